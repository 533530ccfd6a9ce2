//! Targets written loosely (docs/semantics.md, "Loose writing (session 21)"): decimals in
//! Chinese numerals, a level per year with its verb, spaces beside digits, a first due year
//! without `到`, a comma or a year around a baseline, `提前`, `有` after an action, a stray
//! leading `并`, the gap to someone that `缩小` narrows, and improvements listed with `、`.
//! Each rule with its reading and canonical form (round trip checked), its status on worked
//! numbers where it evaluates, and the near misses that stay errors or other forms.

use plan_targets::eval::Status;
use plan_targets::{Kind, Target};

use crate::words::{is_error, parse, reads, status};

#[test]
fn chinese_numerals_take_decimals_after_dian() {
    reads("控制在千分之四点五以内", Kind::Comparison, "≤4.5‰");
    reads("百分之九十点五", Kind::Attain, "90.5%");
    reads("达到百分之八十点二五", Kind::Attain, "80.25%");
    // `一点` with no digit after it is "a little": no number is read out of it.
    assert!(!parse("提高一点").to_string().contains('1'));
    let text = "控制在千分之四点五以内";
    assert_eq!(status(text, "2020=5,2025=4.5"), Status::Met);
    assert_eq!(status(text, "2020=5,2025=4.6"), Status::NotMet);
}

#[test]
fn a_verb_of_level_after_nianjun_adds_nothing_to_a_level_per_year() {
    // A value per year (on average), its period kept as words, the verb dropped in print.
    let t = reads("年均在300万人", Kind::Attain, "年均300万人");
    assert_eq!(t.without_spans(), parse("年均300万人").without_spans());
    reads("年均达到100亿公斤以上", Kind::Comparison, "年均≥100亿公斤");
    // A share per year with no verb of change is a pace that lost its verb: still an error.
    for text in ["年均达6%", "年均在6%以上"] {
        assert!(is_error(text), "{text}");
    }
}

#[test]
fn spaces_beside_digits_are_stray_between_digits_they_are_not() {
    let t = reads(
        "2025 年和2030年,分别达到80.5岁、81岁",
        Kind::Milestones,
        "到2025年80.5岁；到2030年81岁",
    );
    // The spans still point into the text as written.
    let text = "2025 年和2030年,分别达到80.5岁、81岁";
    assert_eq!(&text[t.span().start..t.span().end], text);
    assert_eq!(
        parse("城市 30%中小学").without_spans(),
        parse("城市30%中小学").without_spans()
    );
    // Two numbers with a space between are damaged text, not one number.
    assert!(is_error("1 2"));
    assert!(is_error("达到 1 2%"));
}

#[test]
fn the_first_of_several_due_years_may_stand_without_dao() {
    reads(
        "2025年、2030年分别达到80%和90%",
        Kind::Milestones,
        "到2025年80%；到2030年90%",
    );
    let text = "2025年和2030年分别不低于80%和90%";
    assert_eq!(status(text, "2020=70,2025=81"), Status::Met);
    assert_eq!(status(text, "2020=70,2025=79"), Status::NotMet);
    // Years with no `分别` after them name no milestones.
    assert!(is_error("2025年和2030年"));
}

#[test]
fn a_comma_after_a_baseline_separates_nothing() {
    reads(
        "与2015年相比,下降10%",
        Kind::RelativeChange,
        "比2015年下降10%",
    );
    reads(
        "在2020年基础上,提高5%",
        Kind::RelativeChange,
        "比2020年提高5%",
    );
    reads("比上年,提高5%", Kind::RelativeChange, "比上年提高5%");
    let text = "与2015年相比,下降10%";
    assert_eq!(status(text, "2015=100,2020=90"), Status::Met);
    assert_eq!(status(text, "2015=100,2020=91"), Status::NotMet);
}

#[test]
fn a_year_before_a_baseline_is_when_the_change_is_due() {
    let t = reads(
        "2010年比2005年下降20%左右",
        Kind::RelativeChange,
        "到2010年比2005年下降20%左右",
    );
    assert_eq!(
        t.without_spans(),
        parse("到2010年比2005年下降20%左右").without_spans()
    );
}

#[test]
fn ahead_of_time_changes_nothing_of_a_doubling() {
    reads(
        "比2010年提前实现翻一番",
        Kind::RelativeChange,
        "比2010年翻一番",
    );
    reads(
        "与2010年相比,提前实现翻一番",
        Kind::RelativeChange,
        "比2010年翻一番",
    );
    let text = "比2010年提前实现翻一番";
    assert_eq!(status(text, "2010=100,2020=200"), Status::Met);
    assert_eq!(status(text, "2010=100,2020=199"), Status::NotMet);
}

#[test]
fn you_after_an_action_adds_nothing_to_a_floor() {
    reads("至少建有一处", Kind::Comparison, "建≥1处");
    reads("至少建有1所", Kind::Comparison, "建≥1所");
    reads("每村至少设有1个", Kind::Comparison, "每村设≥1个");
    assert_eq!(status("至少建有1所", "2020=0,2025=1"), Status::Met);
    assert_eq!(status("至少建有1所", "2020=0,2025=0"), Status::NotMet);
    // `拥有`, `具有`: has, as `有`; a lead never ends inside the verb (`每万人拥` + `有5名`
    // printed `每万人拥达到5名`).
    reads("至少拥有2名", Kind::Comparison, "≥2名");
    reads("至少具有2名", Kind::Comparison, "≥2名");
    reads("每万人拥有5名", Kind::Attain, "每万人达到5名");
}

#[test]
fn a_leading_bing_joins_nothing() {
    reads("并不断巩固提高", Kind::ConsolidateAndRise, "不断巩固提高");
    reads("并逐步增加", Kind::RiseGradually, "逐步增加");
    reads("并且达到90%", Kind::Attain, "90%");
    assert!(is_error("并"));
}

#[test]
fn suoxiao_narrows_the_gap_to_someone() {
    let t = reads(
        "缩小与全国平均水平的差距",
        Kind::Narrow,
        "缩小与全国平均水平的差距",
    );
    assert!(matches!(t, Target::Qualified(_)), "{t:?}");
    reads(
        "力争缩小与全国平均水平的差距",
        Kind::Narrow,
        "力争缩小与全国平均水平的差距",
    );
    // Only a narrowing has a gap for its object.
    assert!(is_error("提高与全国的差距"));
}

#[test]
fn improvements_listed_with_dun_are_one_improvement() {
    let t = reads("更加繁荣、更具魅力", Kind::Improve, "更加繁荣、更具魅力");
    assert!(matches!(t, Target::Improve(_)));
    reads("更友好、更安全", Kind::Improve, "更友好、更安全");
    // Joined by a comma they stay parts of a conjunction; with another form, too.
    reads("更加繁荣，更具魅力", Kind::AllOf, "更加繁荣，更具魅力");
    reads(
        "保持合理比例、稳步提高",
        Kind::AllOf,
        "保持合理比例，稳步提高",
    );
}

#[test]
fn a_count_with_a_scale_keeps_what_it_counts() {
    // `万名`, `万对`: a classifier with a scale still counts one by one, so the words after it
    // are what it counts (the verb `为` adds nothing, as before any value).
    let t = reads(
        "为30万名妇女提供免费检查",
        Kind::Attain,
        "30万名妇女提供免费检查",
    );
    assert!(
        matches!(&t, Target::Qualified(q) if q.object.is_some()),
        "{t:?}"
    );
    reads(
        "为30万对待孕夫妇实施免费孕前检查",
        Kind::Attain,
        "30万对待孕夫妇实施免费孕前检查",
    );
    // A figure inside what is counted describes it; a second count after a connective is
    // no object.
    reads(
        "为2万名中小学生免费开展12天运动技能培训",
        Kind::Attain,
        "2万名中小学生免费开展12天运动技能培训",
    );
    assert!(is_error("1次家庭教育指导和1次实践活动"));
    assert_eq!(
        parse("为30万名妇女提供免费检查").unit(),
        plan_targets::Unit::from_written("万名")
    );
}

#[test]
fn a_goal_in_words_may_be_one_part_of_a_list() {
    reads(
        "逐步提升并稳定在适度水平",
        Kind::AllOf,
        "逐步提升，稳定在适度水平",
    );
    // When the whole list is words, it is one goal in words; a misspelt verb stays an error.
    reads(
        "在清除隐性壁垒、优化再造审批流程、加强事中事后监管等重点领域取得一批标志性成果",
        Kind::Qualitative,
        "在清除隐性壁垒、优化再造审批流程、加强事中事后监管等重点领域取得一批标志性成果",
    );
    assert!(is_error("逐年提搞、稳步提高"));
}

#[test]
fn words_of_keeping_with_someone_inside_a_goal_in_words_say_with_whom() {
    reads(
        "与我国机动化程度相匹配的全社会“汽车文明”基本形成",
        Kind::Qualitative,
        "与我国机动化程度相匹配的全社会“汽车文明”基本形成",
    );
    reads(
        "与国家价格调控目标保持衔接",
        Kind::Qualitative,
        "与国家价格调控目标保持衔接",
    );
    // At the end they close a commensurate target; with none, `与…` lacks its close.
    reads("与经济发展相匹配", Kind::Commensurate, "与经济发展相适应");
    assert!(is_error("与女职工比例"));
}

#[test]
fn verbs_of_their_own_near_a_verb_of_direction_are_no_misspelling() {
    for text in ["得到有效管理", "进一步压实", "持续做大做强", "全面提能"] {
        reads(text, Kind::Qualitative, text);
    }
    // A misspelt verb of direction stays an error with its hints.
    assert!(is_error("逐年提搞"));
    assert!(is_error("持续提质"));
}

#[test]
fn a_figure_inside_a_name_sets_no_target() {
    for text in [
        "打造30分钟基层医疗服务圈",
        "人人拥有“15分钟健身圈”",
        "5G普及应用,工业互联网快速发展",
    ] {
        reads(text, Kind::Qualitative, &parse(text).to_string());
    }
    // A time with a bound word after it, or alone, is a value.
    reads("1小时以内", Kind::Comparison, "≤1小时");
    reads("30分钟", Kind::Attain, "30分钟");
    // Other figures in words are no goal in words: the error stands.
    assert!(is_error("打造3x0分钟"));
    assert!(is_error("打造30。5分钟基层医疗服务圈"));
}

#[test]
fn xin_inside_a_word_is_neither_newly_nor_an_addition() {
    // `更新`, `翻新`: the action before a count, as `更换` is.
    reads("更新60件套", Kind::Attain, "更新达到60件套");
    reads("翻新60套", Kind::Attain, "翻新达到60套");
    reads("更换60套", Kind::Attain, "更换达到60套");
    // `新建` adds; `新` alone before a count is no action.
    reads("新建2000所", Kind::RelativeChange, "新建提高2000所");
    assert!(is_error("新60套"));
}

#[test]
fn an_adverb_before_a_verb_of_value_and_a_count_reads_the_value() {
    // The figure is the target's, never swallowed into a goal in words.
    reads("逐步达到60个", Kind::Attain, "60个");
    reads("逐步达到60%", Kind::Attain, "60%");
    reads(
        "进一步达到国家标准",
        Kind::Qualitative,
        "进一步达到国家标准",
    );
}

#[test]
fn a_name_in_quotes_inside_counted_words_ends_no_measure_word() {
    let t = reads(
        "为500名贫困“两癌”妇女提供救助",
        Kind::Attain,
        "500名贫困“两癌”妇女提供救助",
    );
    assert_eq!(t.unit(), plan_targets::Unit::from_written("名"));
    // Nor does a `、` between the words counted; bare counts listed with `、` stay a list.
    let t = reads(
        "救助1500名低保、特困等宫颈癌和乳腺癌患病妇女",
        Kind::Attain,
        "救助达到1500名低保、特困等宫颈癌和乳腺癌患病妇女",
    );
    assert_eq!(t.unit(), plan_targets::Unit::from_written("名"));
    reads("新增20家、100家", Kind::Respectively, "分别提高20家和100家");
}

#[test]
fn counts_at_the_end_of_an_action_take_two_character_classifiers_and_scales() {
    for (text, canonical) in [
        ("开展巾帼家政培训200期", "开展巾帼家政培训达到200期"),
        (
            "开展科学育儿知识进社区500场次",
            "开展科学育儿知识进社区达到500场次",
        ),
        ("组织开展集中关爱活动1万场", "组织开展集中关爱活动达到1万场"),
    ] {
        reads(text, Kind::Attain, canonical);
    }
    // With no count the action is a goal in words.
    reads("开展活动", Kind::Qualitative, "开展活动");
}

#[test]
fn nianjun_before_an_action_is_the_period_of_a_count() {
    let t = reads(
        "年均发放公租房租赁补贴7000户",
        Kind::Attain,
        "年均发放公租房租赁补贴达到7000户",
    );
    assert!(matches!(&t, Target::Qualified(q) if q.period.is_some() && q.lead.is_some()));
    // Before a value `年均` is a pace, and a share without its verb stays an error.
    reads("年均30亿元以上", Kind::Comparison, "年均≥30亿元");
    for text in ["年均6%", "年均达6%", "年均在6%以上", "年均不低于6%"] {
        assert!(is_error(text), "{text}");
    }
}

#[test]
fn yu_or_duo_after_a_number_means_more_than_it() {
    reads("300余名", Kind::Comparison, ">300名");
    reads("达到7200多名", Kind::Comparison, ">7200名");
    reads("5亿多元", Kind::Comparison, ">5亿元");
    // What is counted may follow, as after `以上`.
    reads(
        "对5200余名城镇贫困妇女开展“两癌”免费检查",
        Kind::Comparison,
        "对>5200名城镇贫困妇女开展“两癌”免费检查",
    );
    assert_eq!(status("300余名", "2020=200,2025=301"), Status::Met);
    assert_eq!(status("300余名", "2020=200,2025=300"), Status::NotMet);
    // With no unit after it, `多` is not read as a bound.
    assert_eq!(parse("10多").kind(), Kind::Attain);
}

#[test]
fn yuesheng_is_a_verb_of_rise() {
    reads("全面跃升", Kind::Rise, "全面跃升");
    reads("跃升5个百分点", Kind::RelativeChange, "提高5个百分点");
}

#[test]
fn mei_before_a_measure_is_the_slash_of_a_compound_unit() {
    // `每` for `/` before a measure of area, volume, length or people; printed `/`.
    let t = reads(
        "控制在29微克每立方米以下",
        Kind::Comparison,
        "≤29微克/立方米",
    );
    assert_eq!(
        t.without_spans(),
        parse("控制在29微克/立方米以下").without_spans()
    );
    reads("达到835人每平方公里", Kind::Attain, "835人/平方公里");
    // A stray space after the slash.
    reads("达到40微克/ 立方米", Kind::Attain, "40微克/立方米");
    // The same unit as written with the slash: an indicator in `微克/立方米` takes it.
    assert_eq!(
        status("控制在29微克每立方米以下", "2020=35,2024=29"),
        Status::Met
    );
    // Before a time `每` opens a period, never a unit.
    assert!(is_error("2次每年"));
    reads("每年至少组织4次", Kind::Comparison, "每年组织≥4次");
}

#[test]
fn a_value_reached_steadily_is_held() {
    // `稳定达` as `稳定达到`, `稳定在`: a keep of the level.
    for text in ["稳定达100%", "稳定达到100%", "稳定在100%"] {
        let t = reads(text, Kind::Keep, "保持在100%");
        assert!(matches!(t.form(), Target::Keep(_)), "{text}");
    }
    // Held every year (higher is better): 2022 below it is not met.
    let held = |series: &str| {
        let spec = plan_targets::IndicatorSpec {
            direction: Some(plan_targets::Direction::Higher),
            ..plan_targets::IndicatorSpec::default()
        };
        let bound =
            plan_targets::bind(&parse("稳定达100%"), &spec, &Default::default()).expect("binds");
        let series = plan_targets::Series::parse(series).expect("series").0;
        plan_targets::evaluate(&bound, &series, &Default::default()).status
    };
    assert_eq!(held("2020=100,2022=99,2024=100"), Status::NotMet);
    assert_eq!(held("2020=100,2022=100,2024=100"), Status::Met);
    // A value reached with a direction is no level held.
    reads("稳定降至10%", Kind::Attain, "下降到10%");
}

#[test]
fn the_existing_base_in_other_words_is_todays_value() {
    // `在原有基础上`, `在原基础上`, `在目前的基础上` say what `在现有基础上` says.
    for (text, canonical) in [
        ("在原基础上继续提高10%", "在现有基础上提高10%"),
        ("在原有基础上进一步提高10%", "在现有基础上提高10%"),
        ("在目前的基础上提高5个百分点", "在现有基础上提高5个百分点"),
    ] {
        reads(text, Kind::RelativeChange, canonical);
    }
    reads(
        "在原有基础上逐步提高",
        Kind::RiseGradually,
        "在原有基础上逐步提高",
    );
    reads(
        "在现有的基础上逐步增加",
        Kind::RiseGradually,
        "在现有的基础上逐步增加",
    );
    // A lead that looks like a base with no year is no lead before adverbs and a change
    // either (fuzz: printed without the adverb, it did not read back).
    assert!(is_error("在年的基础上继续提高10%"));
    // Nor is `年均` a period before words that hold a pace noun (fuzz).
    assert!(is_error("年均年啇增速达到38%"));
}

#[test]
fn stray_spaces_beside_quotes_and_sizes_written_out() {
    // A space between words and a quote is stray, as between two Chinese characters.
    reads("实现 “有鱼有草”", Kind::Qualitative, "实现“有鱼有草”");
    reads("逐步恢复 “有水”", Kind::Qualitative, "逐步恢复“有水”");
    // Between two digits it is damaged text.
    assert!(is_error("1 2"));
    // `下降幅度`, `增长幅度`: the size of a change written out, as `降幅`, `增幅`.
    reads("下降幅度达10%", Kind::RelativeChange, "下降10%");
    reads("增长幅度为8%", Kind::RelativeChange, "提高8%");
    reads(
        "增长幅度高于全国平均水平",
        Kind::Reference,
        "增长幅度高于全国平均水平",
    );
    // A base named in words frames a directional phrase.
    reads(
        "要在“十三五”规划目标基础上进一步提高",
        Kind::Rise,
        "在“十三五”规划目标基础上要进一步提高",
    );
    // `跑赢`: faster than a series.
    reads("努力跑赢全国", Kind::Reference, "努力高于全国");
    reads("增速跑赢全国", Kind::Reference, "增速高于全国");
}
