//! How plans write sentences around their targets (docs/semantics.md, "Sentences, times and
//! words of the reports"): full stops between sentences, a due year set off by a comma, bare
//! years as milestones, qualitative goals with a due year, and the reports' other words. Each
//! rule with the reading it gives and the near miss that stays an error.

use plan_targets::syntax::{Amount, AmountBound, Change};
use plan_targets::{CmpOp, Kind, Target, Unit};

use crate::words::{is_error, parse, reads, status};

fn due_year(target: &Target) -> Option<i32> {
    match target {
        Target::Qualified(q) => q.due.as_ref().map(|d| d.year),
        _ => None,
    }
}

#[test]
fn a_full_stop_between_sentences_separates_clauses() {
    let t = reads(
        "社会组织管理制度改革基本完成。基本建成管理体制",
        Kind::Qualitative,
        "社会组织管理制度改革基本完成。基本建成管理体制",
    );
    assert!(matches!(t, Target::Qualitative(_)));
    let t = parse("达到90%。农村达到80%");
    assert_eq!(t.kind(), Kind::AllOf, "{t}");
    // After a digit or before a bound word after `%`, `。` is damaged notation, with its hint.
    assert!(is_error("1。8左右"));
    assert!(is_error("控制在7.2%。以内"));
}

#[test]
fn a_due_year_set_off_by_a_comma_is_the_time_of_what_follows() {
    for (text, kind, year) in [
        ("到2020年,达到90%", Kind::Attain, 2020),
        ("2020年,达80%以上", Kind::Comparison, 2020),
        ("到2030年,实现明显下降", Kind::FallMarkedly, 2030),
        ("争取到2020年,接近发达国家水平", Kind::Reference, 2020),
        (
            "到2025年,全市各区开展适龄女孩疫苗接种服务",
            Kind::Qualitative,
            2025,
        ),
        ("确保2020年底实现50%的目标", Kind::Attain, 2020),
    ] {
        let t = parse(text);
        assert_eq!(
            (t.kind(), due_year(&t)),
            (kind, Some(year)),
            "{text} read as {t}"
        );
        let again = parse(&t.to_string());
        assert_eq!(again.without_spans(), t.without_spans(), "{text} via {t}");
    }
    // A year alone is no target.
    assert!(is_error("到2020年"));
}

#[test]
fn bare_years_before_counts_and_intent_words_are_milestones() {
    for (text, years) in [
        ("2025年将达50%,2030年将达70%", vec![2025, 2030]),
        ("2017年14个,2018年17个,2019年27个", vec![2017, 2018, 2019]),
    ] {
        let Target::Milestones(m) = parse(text) else {
            panic!("{text}: milestones")
        };
        let written: Vec<i32> = m.items.iter().filter_map(|i| i.year).collect();
        assert_eq!(written, years);
    }
    let t = parse("2015年分别达到90%、99%");
    assert_eq!((t.kind(), due_year(&t)), (Kind::Respectively, Some(2015)));
    // The status at a milestone's year is that milestone's.
    assert_eq!(
        status("2017年14个以上,2018年17个以上", "2016=10,2017=15"),
        plan_targets::eval::Status::Met
    );
}

#[test]
fn qualitative_goals_due_in_a_year_are_one_goal() {
    let t = reads(
        "2023年,实现国家消除母婴传播指标要求,向国家提交评估申请",
        Kind::Qualitative,
        "到2023年实现国家消除母婴传播指标要求,向国家提交评估申请",
    );
    assert_eq!(due_year(&t), Some(2023));
    let t = parse("力争2016年河南省留守儿童关爱保护体系全面建立");
    assert_eq!((t.kind(), due_year(&t)), (Kind::Qualitative, Some(2016)));
    // With one measurable clause the clauses stay a conjunction.
    assert_eq!(parse("到2025年,完成评估,覆盖率达到90%").kind(), Kind::AllOf);
}

#[test]
fn words_of_the_reports() {
    // A bound word that says again what the word before the value says.
    let t = reads("将超过90%以上", Kind::Comparison, "将>90%");
    assert!(matches!(t, Target::Qualified(ref q)
        if matches!(q.target.as_ref(), Target::Comparison(c) if c.op == CmpOp::Gt)));
    reads("不低于90%以上", Kind::Comparison, "≥90%");
    assert!(is_error("≥90%以下"));
    // The rate's own denominator named.
    let t = reads("下降至50/10万活产及以下", Kind::Comparison, "≤50/10万");
    assert!(
        matches!(t, Target::Comparison(ref c) if c.value.unit == Some(Unit::PerHundredThousand))
    );
    // A doubling with a bound word.
    let t = reads(
        "比2010年翻一番以上",
        Kind::RelativeChange,
        "比2010年翻一番以上",
    );
    assert!(matches!(t, Target::RelativeChange(ref r)
        if matches!(&r.change, Change::By(a)
            if matches!(a.amount, Amount::Doubling(_)) && a.bound == Some(AmountBound::AtLeast))));
    reads("再次实现翻番", Kind::RelativeChange, "再次翻一番");
    // `递增`, `递减`; `增速` and an amount.
    reads("年均递增8%", Kind::AnnualChange, "年均提高8%");
    reads(
        "年均递减1.6个百分点",
        Kind::AnnualChange,
        "年均下降1.6个百分点",
    );
    reads("增速15%", Kind::RelativeChange, "提高15%");
    reads("GDP增速达到7%", Kind::RelativeChange, "GDP提高7%");
    // `杜绝` eliminates.
    reads(
        "杜绝农村留守儿童无人监护现象",
        Kind::Eliminate,
        "消除农村留守儿童无人监护现象",
    );
    // A direction whose size is a target handed down, and bounds named `目标内`.
    reads(
        "下降完成省下达目标",
        Kind::Qualitative,
        "下降完成省下达目标",
    );
    reads("控制在市定目标内", Kind::Qualitative, "控制在市定目标内");
    // Several series named in one comparison; a name missing stays an error.
    reads(
        "高于全国、全省、全市平均水平",
        Kind::Reference,
        "高于全国、全省、全市平均水平",
    );
    assert!(is_error("学历高于上届、"));
    // A change compared with a series, after its subject.
    reads(
        "居民收入增长与经济增长同步",
        Kind::Commensurate,
        "居民收入增长与经济增长相适应",
    );
    // An adjective in `性` is no comparison.
    reads("突破性发展", Kind::Qualitative, "突破性发展");
    // A counting verb before a bound word and a count.
    reads("建成至少一个", Kind::Comparison, "建成≥1个");
    // `健全` (of a system) is a goal judged by people, whatever the adverb (seven blind rows of
    // eight say so); `更加健全` and `日益丰富` are better.
    reads("进一步健全", Kind::Qualitative, "进一步健全");
    reads("基本健全", Kind::Qualitative, "基本健全");
    reads("更加健全", Kind::Improve, "更加健全");
    reads("日益丰富", Kind::Improve, "日益丰富");
    reads("健全儿童保护体系", Kind::Qualitative, "健全儿童保护体系");
    // `基本完成` is no misspelt `基本完善`.
    reads("改革基本完成", Kind::Qualitative, "改革基本完成");
}

#[test]
fn counts_inside_words_are_never_swallowed() {
    // A count before `分别`: an error, not one count with an object nor a comparison with a
    // series named after the words. (Two counts joined by `和` are two parts of a list:
    // tests/levels_classes_lists.rs.)
    assert!(is_error("市级和14个区分别建立"));
    // `的` inside what is counted.
    let t = reads(
        "打造1所全国一流的健康馆",
        Kind::Attain,
        "打造达到1所全国一流的健康馆",
    );
    assert!(matches!(t, Target::Qualified(ref q)
        if q.object.as_ref().is_some_and(|o| o.text == "全国一流的健康馆")));
    // A numeral that is no count leaves a series name alone.
    reads(
        "力争高于前五年的实际水平",
        Kind::Reference,
        "力争高于前五年的实际水平",
    );
}

#[test]
fn a_remark_in_brackets_is_a_note_and_never_evaluated() {
    let t = reads(
        "在2015年基础上提高1.3岁以上(即77.3岁)",
        Kind::RelativeChange,
        "比2015年提高1.3岁以上(即77.3岁)",
    );
    let Target::Qualified(q) = &t else {
        panic!("{t:?}")
    };
    assert_eq!(q.note.as_ref().map(|n| n.text.as_str()), Some("即77.3岁"));
    reads(
        "力争达到6.3张(按建成可开放床位,可达6.5张)",
        Kind::Attain,
        "力争6.3张(按建成可开放床位,可达6.5张)",
    );
    reads(
        "逐年提高(2020年为80%)",
        Kind::RiseEveryYear,
        "逐年提高(2020年为80%)",
    );
    // The note changes no status: the form before it decides.
    assert_eq!(
        status("90%以上(2020年为80%)", "2020=80,2025=91"),
        status("90%以上", "2020=80,2025=91")
    );
    // A value alone in the brackets is the form's; brackets with nothing in them are no note.
    reads("完成省定目标(≥10%)", Kind::Comparison, "完成省定目标≥10%");
    assert!(is_error("90%()"));
    assert!(is_error("(即77.3岁)"));
}

#[test]
fn a_baseline_value_in_brackets_is_written_evidence() {
    let t = reads(
        "比2015年(24.31)降低10个百分点",
        Kind::RelativeChange,
        "从2015年的24.31下降10个百分点",
    );
    let Target::RelativeChange(r) = &t else {
        panic!("{t:?}")
    };
    assert!(matches!(
        &r.baseline,
        Some(plan_targets::syntax::Baseline::Value {
            year: Some(2015),
            ..
        })
    ));
    // The series' value in 2015 decides, not the written one.
    assert_eq!(
        status("比2015年(24.31)降低10个百分点", "2015=30,2020=21"),
        plan_targets::eval::Status::NotMet
    );
    assert_eq!(
        status("比2015年(24.31)降低10个百分点", "2015=30,2020=20"),
        plan_targets::eval::Status::Met
    );
}

#[test]
fn adverbs_before_an_end_state_say_nothing() {
    // An elimination: what it ends may start with any word but a baseline.
    reads("逐步消除路网中断头路", Kind::Eliminate, "消除路网中断头路");
    reads("全面消除", Kind::Eliminate, "消除");
    reads(
        "基本消除较大面积农村黑臭水体",
        Kind::Eliminate,
        "基本消除较大面积农村黑臭水体",
    );
    assert!(is_error("消除较上年"));
    // A standing is a goal in words, its adverbs kept.
    reads("继续走在全省前列", Kind::Qualitative, "继续走在全省前列");
    reads("持续保持全省前列", Kind::Qualitative, "持续保持全省前列");
    reads(
        "继续保持全国一流水平",
        Kind::Qualitative,
        "继续保持全国一流水平",
    );
    // `再` is an adverb without an amount, a start with one.
    reads("再提升", Kind::Rise, "再提升");
    reads("再完善", Kind::Improve, "再完善");
    reads(
        "再增加5000张",
        Kind::RelativeChange,
        "在现有基础上提高5000张",
    );
    // `巩固在` holds a level.
    reads("巩固在98%以上", Kind::Keep, "保持在≥98%");
    // An improve verb's near miss is no misspelling; a rise verb's is.
    reads("总体优良", Kind::Qualitative, "总体优良");
    assert!(is_error("逐年提搞"));
    assert!(is_error("妇女参政水平提高较快"));
}

#[test]
fn an_addition_each_year_is_an_annual_change() {
    let t = reads("每年新建2000所", Kind::AnnualChange, "新建每年提高2000所");
    assert!(matches!(t, Target::Qualified(ref q)
        if q.lead.as_ref().is_some_and(|l| l.text == "新建")));
    // A count per period is still a count: `每年至少组织4次`.
    reads("每年至少组织4次", Kind::Comparison, "每年组织≥4次");
    // Years are four digits, the first not 0.
    assert!(is_error("到0603年达到90%"));
    // An action after a bound word never starts with an intent word, and a level held names
    // no object.
    assert_ne!(parse("不少于 要20%").to_string(), "要≥20%");
    assert!(is_error("保持在1名以上的女性"));
    // `分别` before `、` is a list, and its error stands.
    assert!(is_error("分别达到55平方米、p0平方米、45平方米"));
}

#[test]
fn the_reports_closing_exhortation_is_a_note() {
    let t = reads(
        "增长5%以上,在实际工作中努力争取更好结果",
        Kind::RelativeChange,
        "提高5%以上(在实际工作中努力争取更好结果)",
    );
    let Target::Qualified(q) = &t else {
        panic!("{t:?}")
    };
    assert_eq!(
        q.note.as_ref().map(|n| n.text.as_str()),
        Some("在实际工作中努力争取更好结果")
    );
    // It changes no status.
    assert_eq!(
        status(
            "增长5%以上,在实际工作中努力争取更好结果",
            "2020=100,2025=106"
        ),
        status("增长5%以上", "2020=100,2025=106")
    );
    // Any other second clause is a part, as before.
    assert_eq!(parse("增长5%以上,逐年提高").kind(), Kind::AllOf);
}

#[test]
fn stray_spaces_around_a_decimal_point_are_no_separator() {
    reads("增长6 . 5%左右", Kind::RelativeChange, "提高6.5%左右");
    reads("6. 5", Kind::Attain, "6.5");
    reads("高于 6.5 %", Kind::Comparison, ">6.5%");
    // A point with no digit after it is still an error.
    assert!(is_error("6 ."));
}

#[test]
fn a_range_of_counts_may_say_what_it_counts() {
    let t = reads(
        "在关中、陕南、陕北建成3-6个全国未成年人保护示范县(区)",
        Kind::Range,
        "在关中、陕南、陕北建成3—6个全国未成年人保护示范县(区)",
    );
    let Target::Qualified(q) = &t else {
        panic!("{t:?}")
    };
    // (`(区)` at the end is a remark in brackets, kept as the note.)
    assert_eq!(
        q.object.as_ref().map(|o| o.text.as_str()),
        Some("全国未成年人保护示范县")
    );
    // What is counted is words: a second count or a bound word after it makes no object.
    assert!(is_error("3—6个示范县和"));
}

#[test]
fn a_year_with_before_is_the_time_it_is_due() {
    let t = reads(
        "确保2030年前实现碳达峰",
        Kind::Qualitative,
        "到2030年确保实现碳达峰",
    );
    assert_eq!(due_year(&t), Some(2030));
    let t = reads("2025年前达到90%", Kind::Attain, "到2025年90%");
    assert_eq!(due_year(&t), Some(2025));
    // `前` before a number or `列` is a rank's, and a year alone is no target.
    assert!(is_error("2030年前"));
}

#[test]
fn in_a_year_with_its_end_is_due_and_will_is_said_once() {
    let t = reads(
        "力争在2017年底基本实现义务教育基本均衡",
        Kind::Qualitative,
        "到2017年力争基本实现义务教育基本均衡",
    );
    assert_eq!(due_year(&t), Some(2017));
    // `在2015年基础上` stays a baseline.
    assert_eq!(parse("在2015年基础上提高1岁").kind(), Kind::RelativeChange);
    // `将会` is `将`; `日益` is a plain adverb.
    reads("将会进一步扩大", Kind::Rise, "将进一步扩大");
    reads("将日益增多", Kind::Rise, "将日益增多");
}

#[test]
fn a_lead_never_splits_a_verb() {
    // `升` alone is a verb, but not inside `提升`: no lead `…优化提` before it; nor a lead
    // `切` before `实现…` (it is the adverb `切实`).
    assert!(is_error("其他地区优化提升15分钟健身圈"));
    assert!(is_error("切实现控"));
    reads("城市上升5%", Kind::RelativeChange, "城市提高5%");
    reads("农村降5%", Kind::RelativeChange, "农村下降5%");
}
