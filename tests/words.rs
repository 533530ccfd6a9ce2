//! The lexicon side of the wider notation (docs/semantics.md, "Words of change"): verbs of
//! change, directional and improve words, `分别` with a change verb, per-period counts and
//! compound units. Each class: the phrases it reads, their canonical form and round trip, and
//! the near-misses that must stay errors.

use plan_targets::eval::{Context, IndicatorSpec, Policy, Status, bind, evaluate};
use plan_targets::series::Series;
use plan_targets::syntax::{Amount, Change, EachWord, IntentWord};
use plan_targets::{Direction, Kind, ParseErrorKind, Target, Unit};

pub(crate) fn parse(text: &str) -> Target {
    text.parse()
        .unwrap_or_else(|e: plan_targets::ParseError| panic!("{text:?}: {}", e.render()))
}

/// Parses `text` as `kind`, checks its canonical form, and that the form reads back to the
/// same tree and prints the same (also used by `free_words`).
pub(crate) fn reads(text: &str, kind: Kind, canonical: &str) -> Target {
    let target = parse(text);
    assert_eq!(target.kind(), kind, "{text:?} read as {target}");
    let printed = target.to_string();
    assert_eq!(printed, canonical, "canonical form of {text:?}");
    let again = parse(&printed);
    assert_eq!(
        again.without_spans(),
        target.without_spans(),
        "{text:?} via {printed:?}"
    );
    assert_eq!(again.to_string(), printed, "{printed:?} prints differently");
    target
}

/// True when `text` is no target.
pub(crate) fn is_error(text: &str) -> bool {
    text.parse::<Target>().is_err()
}

fn error(text: &str) -> ParseErrorKind {
    match text.parse::<Target>() {
        Ok(t) => panic!("{text:?} should be an error, read as {} ({t})", t.kind()),
        Err(e) => e.kind().clone(),
    }
}

/// The status of `target` over `series` with the default spec and policy (also used by
/// `free_words`).
pub(crate) fn status(target: &str, series: &str) -> Status {
    let bound = bind(
        &parse(target),
        &IndicatorSpec::default(),
        &Policy::default(),
    )
    .unwrap_or_else(|e| panic!("{target}: {e}"));
    let (series, _) = Series::parse(series).expect("series");
    evaluate(&bound, &series, &Context::default()).status
}

/// The relative change inside `target` (looking through the words around it).
fn relative(target: &Target) -> &plan_targets::syntax::RelativeChange {
    match target.form() {
        Target::RelativeChange(r) => r,
        other => panic!("not a relative change: {other:?}"),
    }
}

#[test]
fn verbs_of_change_with_an_amount_are_relative_changes() {
    let t = reads("上涨3%", Kind::RelativeChange, "提高3%");
    assert_eq!(relative(&t).direction, Direction::Higher);
    // `新增` is an increase by an amount in the indicator's unit: absolute.
    let t = reads("新增1.5万公里", Kind::RelativeChange, "提高1.5万公里");
    let Change::By(amount) = &relative(&t).change else {
        panic!("{t:?}")
    };
    assert!(matches!(&amount.amount, Amount::Quantity(q) if q.unit.is_some()));
    reads("新增6万个", Kind::RelativeChange, "提高6万个");
    reads("新增2位至3位", Kind::RelativeChange, "提高2—3位");
    // A modifier before the verb is kept as the lead and printed.
    for (text, canonical) in [
        ("实际增长8%", "实际提高8%"),
        ("可比增长7.5%", "可比提高7.5%"),
        ("名义增长9%", "名义提高9%"),
    ] {
        let t = reads(text, Kind::RelativeChange, canonical);
        let Target::Qualified(q) = &t else {
            panic!("{t:?}")
        };
        assert!(q.lead.is_some(), "{text}: the modifier is kept");
    }
    // `新` and an action before an amount: an addition, the action kept.
    let t = reads(
        "累计新改造550万户",
        Kind::RelativeChange,
        "新改造累计提高550万户",
    );
    assert!(relative(&t).cumulative);
    let Target::Qualified(q) = &t else {
        panic!("{t:?}")
    };
    assert_eq!(q.lead.as_ref().map(|w| w.text.as_str()), Some("新改造"));
    reads("新建2000所", Kind::RelativeChange, "新建提高2000所");
    // `突破` is a strict bound, like `超过`.
    reads("突破1万亿元", Kind::Comparison, ">1万亿元");
    assert_eq!(status("突破100", "2020=90,2024=100"), Status::NotMet);
    assert_eq!(status("突破100", "2020=90,2024=100.5"), Status::Met);
    // An absolute increase is measured from the baseline year's value.
    assert_eq!(status("新增10", "2020=90,2024=100"), Status::Met);
    assert_eq!(status("新增10", "2020=90,2024=99"), Status::NotMet);
}

#[test]
fn a_lead_never_hides_a_verb_or_a_baseline() {
    // Without an amount an unknown word before a verb is an error, not a lead.
    assert!(matches!(
        error("飞速提高"),
        ParseErrorKind::UnknownPhrase { .. }
    ));
    // A baseline is not swallowed as a subject: the threshold would be measured from the wrong
    // year. The year before is a baseline of its own (session 17); one the grammar does not
    // know stays an error.
    for text in ["较上年度提升2%", "同比增长5%", "比上年增长5%"] {
        let t = parse(text);
        assert_eq!(t.kind(), Kind::RelativeChange, "{text}");
        assert!(t.to_string().starts_with("比上年"), "{text} printed {t}");
    }
    error("较前年度提升2%");
    // A subject that names the indicator stays a subject (`比重`, `新增就业`).
    reads(
        "比重提高5个百分点",
        Kind::RelativeChange,
        "比重提高5个百分点",
    );
    reads("新增就业2万人", Kind::Attain, "新增就业达到2万人");
    // (A bare `年` before a change is per year: an annual change from the base, not a lead.)
    assert_eq!(parse("在原基础上年增长2以上").kind(), Kind::AnnualChange);
    // `累计` and a verb the lexicon does not know: no lead `累计新改良` before an attain target.
    error("累计改良550万户");
    // A lead never ends with a rank's `第`.
    assert_ne!(
        "全省第一名".parse::<Target>().map(|t| t.kind()).ok(),
        Some(Kind::Attain)
    );
}

#[test]
fn directional_words_of_the_wider_lexicon() {
    for (text, kind) in [
        ("快速提高", Kind::Rise),
        ("加快提高", Kind::Rise),
        ("适度提高", Kind::Rise),
        ("大力提升", Kind::Rise),
        ("较快增长", Kind::Rise),
        ("不断壮大", Kind::Rise),
        ("明显放缓", Kind::FallMarkedly),
        ("逐步放缓", Kind::Fall),
        ("控制", Kind::UnderControl),
        ("严格控制", Kind::UnderControl),
        ("严格合理控制", Kind::UnderControl),
        ("基本得到遏制", Kind::UnderControl),
        ("得到有效防控", Kind::UnderControl),
        ("上升趋势减缓", Kind::UnderControl),
        ("扩大的趋势得到缓解", Kind::UnderControl),
        ("保持不变", Kind::Stable),
        ("更加合理", Kind::Improve),
        ("更趋合理", Kind::Improve),
        ("更加便利", Kind::Improve),
        ("更加健全完善", Kind::Improve),
        ("日趋完善", Kind::Improve),
        ("新增加", Kind::Rise),
        // The Wushan decision: `明显增强` stays qualitative (a table exception).
        ("明显增强", Kind::Qualitative),
    ] {
        reads(text, kind, text);
    }
    // A fall of a gap is a narrowing; of anything else a fall.
    let t = reads(
        "减少地区间健康状况的差距",
        Kind::Narrow,
        "减少地区间健康状况的差距",
    );
    assert!(matches!(t.form(), Target::Narrow { marked: false, .. }));
    let t = reads("明显下降城乡区域差距", Kind::Narrow, "明显下降城乡区域差距");
    assert!(matches!(t.form(), Target::Narrow { marked: true, .. }));
    reads("减少城乡差距以外", Kind::Fall, "减少城乡差距以外");
    reads("明显下降碘缺乏病", Kind::FallMarkedly, "明显下降碘缺乏病");
    // Improve needs the indicator's direction at bind.
    assert!(
        bind(
            &parse("更加合理"),
            &IndicatorSpec::default(),
            &Policy::default()
        )
        .is_err()
    );
    // Near misses: an unknown speed word, an adjective without a comparative, a comparative
    // before a word that is no quality.
    for text in ["飞速放缓", "合理", "更加快"] {
        assert_ne!(
            text.parse::<Target>().ok().map(|t| t.kind()),
            Some(Kind::Improve),
            "{text}"
        );
    }
    error("飞速放缓");
}

#[test]
fn adverbs_of_manner_and_the_verb_of_input() {
    // Manner adverbs read as the plain direction; `加大` (of an input) is a rise.
    for (text, kind) in [
        ("适时提高", Kind::Rise),
        ("有序扩大", Kind::Rise),
        ("稳妥提高", Kind::Rise),
        ("相应提高", Kind::Rise),
        ("小幅提高", Kind::Rise),
        ("逐步加大", Kind::RiseGradually),
        ("明显加大", Kind::Rise),
        ("进一步加大", Kind::Rise),
    ] {
        reads(text, kind, text);
    }
    // The effort put in (`力度`) names no series: an action judged by people.
    reads(
        "持续加大“春蕾计划”助学帮扶力度",
        Kind::Qualitative,
        "持续加大“春蕾计划”助学帮扶力度",
    );
    reads(
        "加大妇女常见病防治力度",
        Kind::Qualitative,
        "加大妇女常见病防治力度",
    );
    // `依法` and `积极` stay manner words of actions: `依法严惩…` is a goal in words, not a
    // damaged directional phrase.
    reads(
        "依法严惩侵犯儿童合法权益的违法犯罪行为",
        Kind::Qualitative,
        "依法严惩侵犯儿童合法权益的违法犯罪行为",
    );
    // An unknown manner word before a verb of direction is still an error.
    error("飞速加大");
}

#[test]
fn respectively_with_a_verb_of_change() {
    let t = reads("分别增长8%和8.5%", Kind::Respectively, "分别提高8%和8.5%");
    let Target::Respectively(r) = &t else {
        panic!("{t:?}")
    };
    assert!(r.items.iter().all(|i| i.kind() == Kind::RelativeChange));
    // The bound word after the last item is every item's.
    let t = reads(
        "分别增长7%、8%左右",
        Kind::Respectively,
        "分别提高7%左右和8%左右",
    );
    let Target::Respectively(r) = &t else {
        panic!("{t:?}")
    };
    assert_eq!(r.items.len(), 2);
    // The baseline is every item's.
    let t = reads(
        "分别比2020年下降14.5%、20.5%",
        Kind::Respectively,
        "分别比2020年下降14.5%和20.5%",
    );
    let Target::Respectively(r) = &t else {
        panic!("{t:?}")
    };
    for item in &r.items {
        assert!(relative(item).baseline.is_some(), "{item}");
        assert_eq!(relative(item).direction, Direction::Lower);
    }
    reads(
        "分别保持增长20%、13%和14%以上",
        Kind::Respectively,
        "分别提高20%以上、13%以上和14%以上",
    );
    // Items that do not share a verb or bound print their own.
    reads(
        "分别提高20%和下降3%以上",
        Kind::Respectively,
        "分别提高20%和下降3%以上",
    );
    reads(
        "分别提高20%和提高3%以上",
        Kind::Respectively,
        "分别提高20%和提高3%以上",
    );
    // A baseline before `分别` is every item's; items that write their own bounds keep them
    // (the last item's `以上` is not the first's).
    let t = reads(
        "比2020年分别下降8%、8%、10%以上、10%以上",
        Kind::Respectively,
        "分别比2020年下降8%、8%、10%以上和10%以上",
    );
    let Target::Respectively(r) = &t else {
        panic!("{t:?}")
    };
    let bounds: Vec<bool> = r
        .items
        .iter()
        .map(|i| match &relative(i).change {
            Change::By(a) => a.bound.is_some(),
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(bounds, [false, false, true, true]);
    // Each item binds as a relative change.
    let Target::Respectively(r) = parse("分别增长8%和8.5%") else {
        panic!()
    };
    let spec = IndicatorSpec::default();
    for item in &r.items {
        bind(item, &spec, &Policy::default()).expect("binds");
    }
    // One item: `分别` says each group named before it grows by that amount (`均`).
    let one = reads("分别增长8%", Kind::RelativeChange, "分别提高8%");
    assert!(matches!(&one, Target::Qualified(q)
        if q.each.as_ref().is_some_and(|e| e.word == EachWord::Fenbie)));
    // Near misses: an item without its amount, an own baseline without a verb.
    error("分别增长8%和");
    error("分别增长8%和比2015年9%");
}

#[test]
fn per_period_counts_keep_their_period_and_bound() {
    for (text, kind, canonical) in [
        ("每年至少组织4次", Kind::Comparison, "每年组织≥4次"),
        ("每学期至少组织2次", Kind::Comparison, "每学期组织≥2次"),
        ("每年培训百万名", Kind::Attain, "每年培训达到1000000名"),
        ("至少每年4次", Kind::Comparison, "每年≥4次"),
        ("不低于每生每年500元", Kind::Comparison, "每年每生≥500元"),
    ] {
        let t = reads(text, kind, canonical);
        let Target::Qualified(q) = &t else {
            panic!("{t:?}")
        };
        assert!(q.period.is_some(), "{text}: the period is kept");
    }
    // `至少` is never dropped: at least 4 a year.
    let t = parse("每年至少组织4次");
    let Target::Comparison(c) = t.form() else {
        panic!("{t:?}")
    };
    assert_eq!(c.op.symbol(), "≥");
    assert_eq!(status("每年至少组织4次", "2020=3,2024=4"), Status::Met);
    assert_eq!(status("每年至少组织4次", "2020=3,2024=3"), Status::NotMet);
    // A change by an amount after `每年` is an annual change, not a period.
    assert_eq!(parse("每年降低0.5个百分点").kind(), Kind::AnnualChange);
    error("每年要飞速提高1%");
    // A directional phrase after `每年` is no count: an error, not a rise with a period
    // (`逐年提高` is the every-year rise).
    for text in ["每年提高", "每年要提高", "每年降低", "每年逐步提高"] {
        error(text);
    }
    // A period and nothing to count.
    error("每年");
    error("每学期至少");
}

#[test]
fn compound_units_and_ratio_colons() {
    let t = reads("达到507公里/万平方公里", Kind::Attain, "507公里/万平方公里");
    let unit = t.unit().expect("a unit");
    assert_eq!(unit.to_string(), "公里/万平方公里");
    assert_eq!(Unit::from_written("公里/万平方公里"), Some(unit));
    reads("达到5公里/百平方公里", Kind::Attain, "5公里/百平方公里");
    reads("6张/千人", Kind::Attain, "6张/千人");
    reads("5.5万元/人", Kind::Attain, "5.5万元/人");
    // The ratio colon U+2236 reads as `:` wherever a ratio is read.
    reads("2.2∶1", Kind::Ratio, "2.2:1");
    reads("1∶1.5", Kind::Ratio, "1:1.5");
    // A denominator is words: nothing, or a bare scale, is no unit.
    error("3公里/");
    error("3元/万");
}

#[test]
fn a_per_mille_split_in_two_is_an_error_that_suggests_it() {
    for (text, suggestion) in [
        ("控制在7.2%。以内", "7.2‰以内"),
        ("控制在1%。以下", "1‰以下"),
        ("5％。左右", "5‰左右"),
    ] {
        let e = text.parse::<Target>().expect_err(text);
        assert!(
            matches!(e.kind(), ParseErrorKind::DamagedPerMille { suggestion: s } if s == suggestion),
            "{text}: {e}"
        );
        assert!(e.render().contains(suggestion), "{}", e.render());
    }
    // A full stop at the end is a sentence's.
    reads("达到90%。", Kind::Attain, "90%");
}

#[test]
fn baselines_written_loosely() {
    reads(
        "以2020年数据为基数下降20%",
        Kind::RelativeChange,
        "比2020年下降20%",
    );
    reads(
        "以比2010年为基数下降1/2",
        Kind::RelativeChange,
        "比2010年下降1/2",
    );
    error("以2020年数据为下降20%");
}

#[test]
fn words_of_cutting_restoring_and_steadiness() {
    // Verbs of a cut are falls, with an amount changes by it.
    reads("进一步削减", Kind::Fall, "进一步削减");
    reads("压减16.2亿立方米", Kind::RelativeChange, "下降16.2亿立方米");
    // Restored is improved; flourishing more and more is better.
    reads("逐步修复", Kind::Improve, "逐步修复");
    reads("日益繁荣", Kind::Improve, "日益繁荣");
    reads("平稳增长", Kind::Rise, "平稳增长");
    reads("趋于一致", Kind::TowardBalance, "趋于一致");
    reads("差异缩小", Kind::Narrow, "差异缩小");
    // `较前` ("than before") frames a direction from the plan's baseline.
    reads("较前有明显提高", Kind::Rise, "较前有明显提高");
    // `约` before an amount of change is about that amount.
    let t = reads(
        "增加约23亿立方米",
        Kind::RelativeChange,
        "提高23亿立方米左右",
    );
    let Change::By(amount) = &relative(&t).change else {
        panic!("{t:?}")
    };
    assert_eq!(amount.bound, Some(plan_targets::syntax::AmountBound::About));
    assert!(is_error("增加约23亿以上"));
    // Near misses keep their errors.
    assert!(is_error("削"));
    assert!(is_error("较前"));
}

#[test]
fn words_of_completion_and_doubling() {
    // `全部`, `普遍` are plain adverbs; `按规定` frames a direction at the rules' pace.
    reads("全部清零", Kind::Eliminate, "消除");
    reads("普遍提高", Kind::Rise, "普遍提高");
    reads("按规定提高", Kind::Rise, "按规定提高");
    // `翻倍` is one doubling, as `翻番`.
    reads("实现翻倍", Kind::RelativeChange, "翻一番");
    // `淘汰` phases out: an elimination, what it ends may open with its size.
    reads("淘汰落后产能", Kind::Eliminate, "消除落后产能");
    reads(
        "基本淘汰35蒸吨/小时及以下燃煤锅炉",
        Kind::Eliminate,
        "基本消除35蒸吨/小时及以下燃煤锅炉",
    );
    // A Chinese numeral before a classifier of things counted one by one is a count; before
    // `支`, `批`, `种` it is "a" (`建设一支…队伍` is an action).
    reads("至少有一处", Kind::Comparison, "≥1处");
    reads("两项", Kind::Attain, "2项");
    assert_eq!(parse("建成一批示范基地").kind(), Kind::Qualitative);
}

#[test]
fn more_words_of_session_23() {
    // Adverb `适当`, verb `扩充`, `稳中有增`/`稳中有减`.
    reads("适当提高", Kind::Rise, "适当提高");
    reads("进一步扩充", Kind::Rise, "进一步扩充");
    reads("稳中有增", Kind::Rise, "稳中有增");
    reads("稳中有减", Kind::Fall, "稳中有减");
    // `全年` before a change names the year the change is set for, not growth per year.
    reads(
        "力争全年增长5%以上",
        Kind::RelativeChange,
        "全年力争提高5%以上",
    );
    reads("全年新增5000个", Kind::RelativeChange, "全年提高5000个");
    // A bare `年` before a change is growth per year (session 25; it was an error).
    reads("年增长2%", Kind::AnnualChange, "每年提高2%");
    // Building and rebuilding is a count of works, not an addition to a stock; renovation
    // (`新改造`) and plain building (`新建`) still add.
    reads("新改建44公里", Kind::Attain, "新改建达到44公里");
    reads("新改扩建4所", Kind::Attain, "新改扩建达到4所");
    reads("新建改建80个", Kind::Attain, "新建改建达到80个");
    reads("新建30所", Kind::RelativeChange, "新建提高30所");
    reads(
        "累计新改造550万户",
        Kind::RelativeChange,
        "新改造累计提高550万户",
    );
}

#[test]
fn more_words_of_session_24() {
    // `大大` is greatly (as `大幅`), `稳健` soundly (the plain direction).
    reads("大大减少", Kind::FallMarkedly, "大大减少");
    reads("稳健增长", Kind::Rise, "稳健增长");
    // `总体` inside `保持…稳定` is the same stability.
    reads("保持总体稳定", Kind::Stable, "保持总体稳定");
    reads("总体稳定", Kind::Stable, "总体稳定");
    // `稳定` before words is an adverb of them or a goal in words, never the stable form.
    assert_eq!(parse("稳定发展").kind(), Kind::Qualitative);
    assert_ne!(parse("稳定退出全国后十位").kind(), Kind::Stable);
    // `与…相衔接` (linked with) and `与…持平` (level with) close a commensurate target, as
    // `相适应` does; `与上年持平` names a baseline year and stays stable.
    reads(
        "与国定扶贫标准相衔接",
        Kind::Commensurate,
        "与国定扶贫标准相适应",
    );
    reads("增速与省持平", Kind::Commensurate, "增速与省相适应");
    reads("与全国基本持平", Kind::Commensurate, "与全国基本相适应");
    reads("与上年持平", Kind::Stable, "比上年持平");
    // Near misses keep their errors.
    assert!(is_error("大大"));
}

#[test]
fn a_plans_end_is_a_due_year_and_a_baseline_year() {
    use plan_targets::syntax::Baseline;
    // `到` before a plan's period is a due year, quoted or not, with or without a comma.
    for text in [
        "到“十三五”末达到90%",
        "到十三五末达到90%",
        "到“十三五”期末，达到90%",
        "“十三五”期末达到90%",
    ] {
        let t = reads(text, Kind::Attain, "到2020年90%");
        let Target::Qualified(q) = &t else {
            panic!("{t:?}")
        };
        assert_eq!(q.due.as_ref().map(|d| d.year), Some(2020), "{text}");
        assert!(
            q.lead.is_none(),
            "{text}: nothing of the name is left as a lead"
        );
    }
    // The end of a plan's period is a baseline year (the plan's last year).
    for (text, year, canonical) in [
        ("比“十一五”期末翻一番", 2010, "比2010年翻一番"),
        ("比十一五末翻一番", 2010, "比2010年翻一番"),
        ("以“十二五”末为基数下降10%", 2015, "比2015年下降10%"),
    ] {
        let t = reads(text, Kind::RelativeChange, canonical);
        assert!(
            matches!(relative(&t).baseline, Some(Baseline::Year { year: y, .. }) if y == year),
            "{text}: {t:?}"
        );
    }
    reads(
        "在“十五”末的基础上,每年下降2.5%",
        Kind::AnnualChange,
        "比2005年每年下降2.5%",
    );
    // A value of a plan's period is the value at its end.
    let t = reads(
        "将由“十一五”的1.75%增加到2.2%",
        Kind::RelativeChange,
        "将从2010年的1.75%提高到2.2%",
    );
    assert!(matches!(
        relative(&t).baseline,
        Some(Baseline::Value {
            year: Some(2010),
            ..
        })
    ));
    // The baseline year decides: the series' value in 2010, never a neighbour's.
    assert_eq!(
        status("比“十一五”期末翻一番", "2010=10,2020=20"),
        Status::Met
    );
    assert_eq!(
        status("比“十一五”期末翻一番", "2010=10,2020=19.9"),
        Status::NotMet
    );
    assert_eq!(
        status("比“十一五”期末翻一番", "2009=10,2011=10,2020=20"),
        Status::InsufficientData
    );
    // The period as a whole is no baseline year.
    assert!(is_error("比“十五”期间明显下降"));
}

#[test]
fn a_measure_word_ends_before_a_verb_to_a_value() {
    // `处增` is no measure word: `增至` ends it, as `降至` does.
    reads(
        "由21000处增至23500处",
        Kind::RelativeChange,
        "从21000处提高到23500处",
    );
}

#[test]
fn again_before_a_doubling() {
    use plan_targets::syntax::Baseline;
    // `再` alone is from the current value, as in `再增加5000张`; after a baseline it adds
    // nothing to it.
    let t = reads("再翻一番", Kind::RelativeChange, "在现有基础上翻一番");
    assert!(matches!(
        relative(&t).baseline,
        Some(Baseline::Current { .. })
    ));
    reads("比2010年再翻一番", Kind::RelativeChange, "比2010年翻一番");
    // `基本实现翻一番`: basically, the plain change, as `基本` before a verb.
    reads(
        "在2020年的基础上基本实现翻一番",
        Kind::RelativeChange,
        "比2020年翻一番",
    );
}

#[test]
fn units_of_the_latin_alphabet() {
    for (text, kind, canonical) in [
        ("达到650GB以上", Kind::Comparison, "≥650GB"),
        ("达到100Mbps", Kind::Attain, "100Mbps"),
        ("1000万kW", Kind::Attain, "1000万kW"),
        ("达到10万TEU", Kind::Attain, "10万TEU"),
    ] {
        let t = reads(text, kind, canonical);
        assert!(matches!(t.unit(), Some(Unit::Measure(_))), "{text}");
    }
    // The one-character unit symbols (`㎡`) are measure words too.
    reads("新增1200万㎡", Kind::RelativeChange, "提高1200万㎡");
    reads("达到300万㎡以上", Kind::Comparison, "≥300万㎡");
    // A scale before a Latin unit is a scale like any other: `1000万kW` is `1000万` kW.
    let wan = parse("1000万kW").unit().expect("unit");
    let plain = parse("1000kW").unit().expect("unit");
    assert_eq!(wan.base().0, plain.base().0);
    // Letters that are no unit after a figure stay part of a name or an error.
    assert!(is_error("达到1000mb"));
    assert!(is_error("5G"));
    assert_eq!(parse("建成4万个5G基站").kind(), Kind::Attain);
}

#[test]
fn words_listed_before_a_long_lead_are_that_lead() {
    // A short list is read whole as a lead; a long one the same (it was all of words and the
    // last piece).
    reads(
        "建立健全妇女发展机制、妇女参政比例达到30%",
        Kind::Attain,
        "建立健全妇女发展机制、妇女参政比例达到30%",
    );
    let t = reads(
        "组织开展思想引领、安全守护、家庭教育、生活帮扶等集中关爱活动1万场",
        Kind::Attain,
        "组织开展思想引领、安全守护、家庭教育、生活帮扶等集中关爱活动达到1万场",
    );
    let Target::Qualified(q) = &t else {
        panic!("{t:?}")
    };
    assert_eq!(
        q.lead.as_ref().map(|w| w.text.as_str()),
        Some("组织开展思想引领、安全守护、家庭教育、生活帮扶等集中关爱活动")
    );
    // Two measured pieces stay two targets.
    assert_eq!(parse("学历高于上届、年龄低于上届").kind(), Kind::AllOf);
}

#[test]
fn figures_in_words_before_a_measure_or_at_the_end() {
    // A numeral of ten or more before a measure word of money, weight, length, area or power,
    // or at the end, is a figure; a trailing scale stays the unit's, as with digits.
    for (text, kind, canonical) in [
        ("突破百亿元", Kind::Comparison, ">100亿元"),
        ("超过一万元", Kind::Comparison, ">1万元"),
        ("十万元以上", Kind::Comparison, "≥10万元"),
        ("两千万元", Kind::Attain, "2000万元"),
        ("过千亿", Kind::Comparison, ">1000亿"),
        ("超过十万", Kind::Comparison, ">10万"),
        ("过亿", Kind::Comparison, ">100000000"),
    ] {
        reads(text, kind, canonical);
    }
    // Compared by value: `百亿元` on an indicator in 亿元 is 100.
    assert_eq!(status("突破百亿元", "2020=90,2024=101"), Status::Met);
    assert_eq!(status("突破百亿元", "2020=90,2024=100"), Status::NotMet);
    // A single digit before a measure word, and numerals before other words, are words.
    for text in ["一元化", "二元结构", "亿万农民", "百姓满意"] {
        assert_eq!(parse(text).kind(), Kind::Qualitative, "{text}");
    }
    // Named units keep their reading: `十万名` is 100000名.
    reads("十万名", Kind::Attain, "100000名");
    // The scale of a figure in digits is no figure in words of its own.
    assert_ne!(
        parse("向全省1万名低收入妇女提供总保额10亿元的女性安康险").kind(),
        Kind::Qualitative
    );
}

#[test]
fn a_lead_never_ends_in_the_to_of_a_due_year() {
    // `逐步实现到` + `2030年…` printed `逐步实现到到2030年…`: the `到` is the due year's, so
    // no lead may end in it; with no other reading the text is an error, not that guess.
    let text = "逐步实现到2030年90%的15岁以下女生完成HPV预防性疫苗全程免疫";
    if let Ok(t) = text.parse::<Target>() {
        assert!(!t.to_string().contains("到到"), "{t}");
    }
    // A lead before `到` and a due year is fine when the lead ends elsewhere.
    let t = reads("全省到2030年达到90%", Kind::Attain, "全省到2030年达到90%");
    assert!(!t.to_string().contains("到到"));
}

#[test]
fn lead_times_restorations_halvings_and_first_place() {
    // `提前` (in advance) is a word of its own, not a misspelt `提高`, and its `前` starts no
    // rank: the time given in advance is the value.
    reads("提前45分钟以上", Kind::Comparison, "提前≥45分钟");
    reads("提前15至30分钟发出", Kind::Range, "提前15—30分钟发出");
    // Verbs to a value that end a measure word: `延长至`, `提前到`, `恢复到`.
    reads(
        "从7.8天延长至8.5天",
        Kind::RelativeChange,
        "从7.8天提高到8.5天",
    );
    reads(
        "从38分钟提前到45分钟",
        Kind::RelativeChange,
        "从38分钟提高到45分钟",
    );
    reads(
        "力争恢复到1.8亿亩左右",
        Kind::Approximately,
        "力争1.8亿亩左右",
    );
    // `减半` is a fall by half.
    let t = reads("比2020年减半", Kind::RelativeChange, "比2020年下降1/2");
    assert_eq!(relative(&t).direction, Direction::Lower);
    assert_eq!(status("减半", "2020=10,2024=5"), Status::Met);
    assert_eq!(status("减半", "2020=10,2024=5.1"), Status::NotMet);
    // `增收` raises by an amount.
    reads(
        "户均增收1000元以上",
        Kind::RelativeChange,
        "户均提高1000元以上",
    );
    // `首位` after a verb of standing is first place.
    reads("稳居世界首位", Kind::Rank, "达到世界第一");
    assert!(is_error("首位"));
    // `趋向` is `趋于`; `与…相同` closes a commensurate target.
    reads("趋向平衡", Kind::TowardBalance, "趋向平衡");
    reads(
        "与城区用户基本相同",
        Kind::Commensurate,
        "与城区用户基本相适应",
    );
    // A level reached and kept is named after `并保持`: `较高水平` names no one's level.
    assert_eq!(parse("达到并保持较高水平").kind(), Kind::Qualitative);
    assert_eq!(parse("达到并保持全国平均水平").kind(), Kind::Reference);
    // Milestones may be listed with `、`.
    reads(
        "到2010年不低于389公斤、到2020年不低于395公斤",
        Kind::Milestones,
        "到2010年≥389公斤；到2020年≥395公斤",
    );
}

#[test]
fn an_age_band_names_a_group() {
    // An age with its bound before words names a group: in a lead (an indicator's name before
    // its target), or in words.
    reads(
        "60岁以上老年人健康管理率达到70%",
        Kind::Attain,
        "60岁以上老年人健康管理率达到70%",
    );
    reads(
        "65岁及以上老年人健康管理率达到70%以上",
        Kind::Comparison,
        "65岁及以上老年人健康管理率≥70%",
    );
    reads("5G基站覆盖率达到90%", Kind::Attain, "5G基站覆盖率达到90%");
    assert_eq!(
        parse("为全省60岁以上老年人免费接种流感疫苗").kind(),
        Kind::Qualitative
    );
    // Alone, or with no words after it, the age is the value.
    reads("达到80岁以上", Kind::Comparison, "≥80岁");
    // A count's bound still lets what it counts follow (`1名以上女干部`).
    reads("有1名以上女干部", Kind::Comparison, "1名以上女干部");
    // Letters and digits that make no name stay errors.
    assert!(is_error("打造3x0分钟"));
}

#[test]
fn laying_a_foundation_is_a_goal_in_words() {
    // The figures and directions inside name the later goal the foundation is for.
    for text in [
        "为2030年工业领域碳达峰奠定坚实基础",
        "为居民主要健康指标水平明显提升奠定坚实基础",
        "更多地区实现率先突破,为到2035年基本建成法治国家、法治政府、法治社会奠定坚实基础",
    ] {
        reads(text, Kind::Qualitative, &parse(text).to_string());
    }
    // Beside a measured clause it is one part of all of them.
    assert_eq!(
        parse("达到90%，为2030年全面达标奠定基础").kind(),
        Kind::AllOf
    );
}

#[test]
fn no_occurrence_is_an_elimination() {
    // Wiped out, or none at all: an elimination (printed `消除`, what is ended after it).
    reads("消灭易感地带钉螺", Kind::Eliminate, "消除易感地带钉螺");
    reads("基本消灭血吸虫病", Kind::Eliminate, "基本消除血吸虫病");
    reads(
        "确保不发生区域性重大动物疫情",
        Kind::Eliminate,
        "确保消除区域性重大动物疫情",
    );
    reads("无重大事故发生", Kind::Eliminate, "消除重大事故发生");
    reads(
        "无输入继发二代疟疾病例",
        Kind::Eliminate,
        "消除输入继发二代疟疾病例",
    );
    // `无` naming no occurrence stays part of a name.
    assert_ne!(parse("无障碍设施明显改善").kind(), Kind::Eliminate);
    assert_ne!(parse("无偿献血人次明显增加").kind(), Kind::Eliminate);
    assert!(is_error("无重大事故发生9。5"));
    // Met only at zero.
    assert_eq!(status("无重大事故发生", "2020=3,2024=0"), Status::Met);
    assert_eq!(status("无重大事故发生", "2020=3,2024=1"), Status::NotMet);
}

#[test]
fn two_intent_words_planned_spans_of_years_and_more_words() {
    // Two intent words written together, or around a time, are kept and printed together.
    let t = reads("将力争达到20%以上", Kind::Comparison, "将力争≥20%");
    let Target::Qualified(q) = &t else {
        panic!("{t:?}")
    };
    let intent = q.intent.as_ref().expect("intent");
    assert_eq!(
        (intent.word, intent.second),
        (IntentWord::Jiang, Some(IntentWord::Lizheng))
    );
    assert!(intent.is_aspirational());
    reads(
        "要确保与城区用户基本相同",
        Kind::Commensurate,
        "要确保与城区用户基本相适应",
    );
    reads(
        "力争到2017年底将全省所有农村留守儿童纳入有效监护范围",
        Kind::Qualitative,
        "到2017年力争将全省所有农村留守儿童纳入有效监护范围",
    );
    // `计划` (planned) is an intent word unless a name starts with it.
    reads(
        "计划2014年至2017年改造79.79万户",
        Kind::Attain,
        "改造到2017年计划达到79.79万户",
    );
    for name in [
        "计划免疫接种率达到95%",
        "计划生育率提高",
        "计划完成率达到95%",
    ] {
        reads(name, parse(name).kind(), name);
    }
    // A span of years written with `年` on both ends is due in the later year, not a range.
    reads(
        "2013年至2017年改造1000万户",
        Kind::Attain,
        "改造到2017年达到1000万户",
    );
    reads(
        "2013年-2017年年均增长8%",
        Kind::AnnualChange,
        "到2017年年均提高8%",
    );
    reads("5年至8年", Kind::Range, "5—8年");
    // `压缩` is a fall, `尽力` an adverb, `复合增长率` a pace.
    reads("努力压缩", Kind::Fall, "努力压缩");
    reads("应尽力压缩", Kind::Fall, "应尽力压缩");
    reads(
        "年均复合增长率保持30%左右",
        Kind::AnnualChange,
        "年均提高30%左右",
    );
}

#[test]
fn fractions_as_values_and_rates_per_a_named_denominator() {
    // A fraction as a value is its numerator per its denominator, printed `1/3`.
    reads("超过三分之一", Kind::Comparison, ">1/3");
    reads("超过1/3", Kind::Comparison, ">1/3");
    reads("保持在三分之一左右", Kind::Approximately, "1/3左右");
    reads("1/3", Kind::Attain, "1/3");
    // As an amount of change it is still relative to the baseline.
    reads("减少三分之一", Kind::RelativeChange, "下降1/3");
    // A denominator that is no whole number above one stays an error.
    assert!(is_error("1/2.5"));
    assert!(is_error("达到1/0"));
    // Against a percentage it is the share in percent; with no unit, a share of one.
    let percent = IndicatorSpec {
        unit: Some(Unit::Percent),
        ..IndicatorSpec::default()
    };
    let policy = Policy::default();
    let over_a_third = bind(&"超过1/3".parse().unwrap(), &percent, &policy).unwrap();
    let check = |bound: &plan_targets::eval::BoundTarget, s: &str| {
        evaluate(bound, &Series::parse(s).unwrap().0, &Context::default()).status
    };
    assert_eq!(check(&over_a_third, "2024=33.34"), Status::Met);
    assert_eq!(check(&over_a_third, "2024=33.33"), Status::NotMet);
    let share = bind(
        &"超过1/3".parse().unwrap(),
        &IndicatorSpec::default(),
        &policy,
    )
    .unwrap();
    assert_eq!(check(&share, "2024=0.34"), Status::Met);
    assert_eq!(check(&share, "2024=0.333"), Status::NotMet);
    // A unit that is not a share is a mismatch, never a guess.
    let years = IndicatorSpec {
        unit: Some(Unit::Year),
        ..IndicatorSpec::default()
    };
    assert!(bind(&"超过1/3".parse().unwrap(), &years, &policy).is_err());

    // A rate per a number of something, no measure before the slash, kept as written.
    reads("达到10/千人口", Kind::Attain, "10/千人口");
    reads("达到5/百户", Kind::Attain, "5/百户");
    reads(
        "到2015年,达到10/千人口;到2020年,达到15/千人口",
        Kind::Milestones,
        "到2015年10/千人口；到2020年15/千人口",
    );
    // Per 10万 or 万 people are those units.
    reads("降至18/10万人口", Kind::Attain, "下降到18/10万");
    reads("3/万人口以下", Kind::Comparison, "≤3/万");
    assert!(is_error("5/人"));
}

#[test]
fn a_span_of_years_from_now_is_a_time_kept_as_written() {
    // `5年内`, `用3到5年时间`, `今后5年`: a time (as `年底前`), kept and printed, never evaluated.
    for (text, kind, canonical, time) in [
        (
            "三年内新增6000所",
            Kind::RelativeChange,
            "三年内提高6000所",
            "三年内",
        ),
        (
            "5年完成5000万亩",
            Kind::Attain,
            "5年完成达到5000万亩",
            "5年",
        ),
        (
            "通过三年时间,实现新增100万人",
            Kind::RelativeChange,
            "通过三年时间提高100万人",
            "通过三年时间",
        ),
        (
            "用3到5年时间基本建成现代金融服务体系",
            Kind::Qualitative,
            "用3到5年时间基本建成现代金融服务体系",
            "用3到5年时间",
        ),
    ] {
        let t = reads(text, kind, canonical);
        let Target::Qualified(q) = &t else {
            panic!("{t:?}")
        };
        assert_eq!(
            q.deadline.as_ref().map(|w| w.text.as_str()),
            Some(time),
            "{text}"
        );
    }
    // A bare number of years is a value before a bound word or alone, and one year ahead
    // inside a clause is no time.
    reads("5年以上", Kind::Comparison, "≥5年");
    reads("达到5年", Kind::Attain, "5年");
    assert_ne!(
        parse("各区域提前一年完成").to_string().find("1年各"),
        Some(0)
    );
    // `累计` after an intent word keeps both (`力争累计突破…` prints so: the intent of a
    // running total prints before it).
    reads(
        "力争累计突破2200亿元",
        Kind::Comparison,
        "力争累计>2200亿元",
    );
}

#[test]
fn a_bare_year_before_a_change_trends_and_the_original_value() {
    reads(
        "年新增16.7万公顷以上",
        Kind::AnnualChange,
        "每年提高16.7万公顷以上",
    );
    reads(
        "在原基础上年增长2以上",
        Kind::AnnualChange,
        "在现有基础上每年提高2以上",
    );
    // Not the year of `全年`, `今年`, nor one before a pace noun, nor `年龄`.
    assert_eq!(parse("全年新增5000个").kind(), Kind::RelativeChange);
    reads("年增长率8%", Kind::AnnualChange, "年均提高8%");
    assert_eq!(parse("年龄低于上届").kind(), Kind::Reference);
    // A trend is what is controlled.
    reads(
        "退化趋势得到根本遏制",
        Kind::UnderControl,
        "退化趋势得到根本遏制",
    );
    // `原来的` names the value before, as `目前的`.
    reads(
        "由原来的45天压缩至20天",
        Kind::RelativeChange,
        "从45天降至20天",
    );
}

#[test]
fn must_not_be_below_reach_or_pass_and_baselines_with_words() {
    reads("不得低于90%", Kind::Comparison, "≥90%");
    reads("不得超过5%", Kind::Comparison, "≤5%");
    reads("下降不得低于15%", Kind::RelativeChange, "下降15%以上");
    reads("达到和超过2100个", Kind::Comparison, "≥2100个");
    reads("达到或超过2100个", Kind::Comparison, "≥2100个");
    // A base year with words naming what is counted, and a comma after it.
    reads(
        "以2010年能源资源消耗为基数,下降15%",
        Kind::RelativeChange,
        "比2010年下降15%",
    );
    reads(
        "以2010年为基数,下降15%",
        Kind::RelativeChange,
        "比2010年下降15%",
    );
    // The end of a year compared with is that year.
    reads("较2021年底翻一番", Kind::RelativeChange, "比2021年翻一番");
    // A figure among the words is no base.
    assert!(is_error("以2010年5个为基数,下降15%"));
}

#[test]
fn fuzz_found_leads_and_times_that_did_not_read_back() {
    // A span of years after a lead would print before it: only where a clause starts.
    assert!(is_error("提用5至10年明显提升"));
    // What `新增` adds, named with a figure's letters at its end, is no lead.
    assert!(is_error("新增扰176UUU0个"));
    reads("新增扰5G基站10个", Kind::RelativeChange, "扰5G基站提高10个");
    // A bare number of years before an attain verb is no time: the verb prints as nothing.
    assert!(is_error("20年达到67%续020年达到67%"));
    // A lead before a time and a bare directional phrase obeys the rule of subjects.
    let t = parse("䨉年内新增;59");
    assert_eq!(parse(&t.to_string()).without_spans(), t.without_spans());
    reads("农村年底前明显提高", Kind::Rise, "年底前农村明显提高");
    // `于2017年底前` is a due year, as `在2017年底`; it left `于` in the lead before.
    reads(
        "直辖市、省会城市、计划单列市建成区要于2017年底前基本消除",
        Kind::Eliminate,
        "直辖市、省会城市、计划单列市建成区到2017年要基本消除",
    );
}

#[test]
fn stray_spaces_after_a_list_mark_and_beside_latin_letters() {
    // After `、` a space is stray, whatever follows.
    reads(
        "基本建成覆盖区、 镇、 村三级的农村物流网",
        Kind::Qualitative,
        "基本建成覆盖区、镇、村三级的农村物流网",
    );
    // A Latin letter stands beside words as a Chinese character does.
    reads(
        "5G 网络实现重点乡镇覆盖",
        Kind::Qualitative,
        "5G网络实现重点乡镇覆盖",
    );
    // A Latin unit after a figure is the figure's.
    assert_eq!(
        parse("达到100 Mbps").to_string(),
        parse("达到100Mbps").to_string()
    );
    // Between two digits a space is still damage.
    assert!(is_error("达到 1 2%"));
}

#[test]
fn more_than_an_amount_is_at_least_it() {
    // `超过` before an amount of change: no strict bound is kept, as with `以上` after it.
    reads("年均增速超过11%", Kind::AnnualChange, "年均提高11%以上");
    reads("增长超过20%", Kind::RelativeChange, "提高20%以上");
    reads(
        "比2020年下降超过20%",
        Kind::RelativeChange,
        "比2020年下降20%以上",
    );
    let t = "比2020年增长超过20%";
    assert_eq!(status(t, "2020=100,2025=120"), Status::Met);
    assert_eq!(status(t, "2020=100,2025=119.9"), Status::NotMet);
    // Before a series it stays a comparison with that series.
    assert_eq!(parse("增速高于全省平均水平").kind(), Kind::Reference);
    // `至少翻一番` is `翻一番以上`; with a bound word after it too, no doubling.
    reads(
        "比2010年至少翻一番",
        Kind::RelativeChange,
        "比2010年翻一番以上",
    );
    assert_ne!(parse("至少翻一番左右").kind(), Kind::RelativeChange);
}

#[test]
fn groups_as_subjects_and_words_of_discourse() {
    reads(
        "全体公民特别是青少年不断提升",
        Kind::Rise,
        "全体公民特别是青少年不断提升",
    );
    reads("中小企业明显增加", Kind::Rise, "中小企业明显增加");
    // An unknown adverb is still no subject.
    assert!(is_error("飞速提高"));
    // `其中`, `届时` before a comma are the lead of the clause after it, with the comma.
    reads("其中,5%", Kind::Attain, "其中,达到5%");
    reads("其中，占70%以上", Kind::Comparison, "其中,占≥70%");
    reads("届时,全市将达41%", Kind::Attain, "届时,全市将达到41%");
    assert!(is_error("其中,"));
    assert!(is_error("其中,提搞"));
}

#[test]
fn an_action_that_closes_with_a_count_is_a_quantity() {
    reads("推广应用24万台", Kind::Attain, "推广应用达到24万台");
    reads("力争推广3000辆", Kind::Attain, "推广力争达到3000辆");
    // With words after the figure it is an action and its object.
    reads("推广应用5G技术", Kind::Qualitative, "推广应用5G技术");
    let t = "推广应用24万台以上";
    assert_eq!(parse(t).kind(), Kind::Comparison);
    assert_eq!(status(t, "2020=10万台,2025=24万台"), Status::Met);
    assert_eq!(status(t, "2020=10万台,2025=23.9万台"), Status::NotMet);
}

#[test]
fn counts_naming_a_group_and_intent_words_around_a_lead() {
    // A count inside the words of a lead names the group the target is about.
    reads(
        "沈阳市4个郊县(市)应不少于3000平方米",
        Kind::Comparison,
        "沈阳市4个郊县(市)应≥3000平方米",
    );
    reads(
        "稻谷、小麦、玉米3大主粮作物达到70%以上",
        Kind::Comparison,
        "稻谷、小麦、玉米3大主粮作物≥70%",
    );
    // Counts listed with `、` are values, not a group.
    assert_ne!(
        parse("新建12个普通消防站、3个小型消防站").kind(),
        Kind::Attain
    );
    // An intent word before the lead and one after it are the two words.
    let t = reads(
        "确保县(市)城区也将达到100%",
        Kind::Attain,
        "县(市)城区也确保将达到100%",
    );
    let Target::Qualified(q) = &t else {
        panic!("{t:?}")
    };
    let intent = q.intent.as_ref().expect("intent");
    assert_eq!(intent.word, IntentWord::Quebao);
    assert_eq!(intent.second, Some(IntentWord::Jiang));
    // The same word twice is no pair.
    assert!(is_error("力争城区力争达到100%"));
}

#[test]
fn a_colon_after_a_word_is_a_label() {
    reads("力争实现:不超过2.2", Kind::Comparison, "力争≤2.2");
    reads("不低于:14 个", Kind::Comparison, "≥14个");
    // Between figures it is a ratio's.
    reads("2:3", Kind::Ratio, "2:3");
    // The label's colon is in no span: spans still point into the text as written.
    let t = parse("不低于：14个");
    assert_eq!(t.span().end, "不低于：14个".len());
}

#[test]
fn after_another_span_of_years() {
    // `再过5到10年` is a span of years from now, as `再经过`.
    reads("再过5到10年,更加健全", Kind::Improve, "再过5到10年更加健全");
    assert!(is_error("再过"));
}

#[test]
fn a_value_written_as_the_base() {
    // `在68%的基础上` is a baseline value, as `从68%`: kept as evidence, the series' own value
    // in the baseline year decides.
    reads("在68%的基础上,提高3%", Kind::RelativeChange, "从68%提高3%");
    reads(
        "在68%基础上提高3个百分点",
        Kind::RelativeChange,
        "从68%提高3个百分点",
    );
    let t = "在68%的基础上,提高3个百分点";
    assert_eq!(status(t, "2020=68%,2025=71%"), Status::Met);
    assert_eq!(status(t, "2020=68%,2025=70.9%"), Status::NotMet);
    // A year is still a baseline year.
    reads(
        "在2015年基础上提高1岁",
        Kind::RelativeChange,
        "比2015年提高1岁",
    );
}

#[test]
fn half_and_multiples() {
    // `一半` is the fraction 1/2, as `减半`.
    reads("减少一半", Kind::RelativeChange, "下降1/2");
    reads("比2015年减少一半", Kind::RelativeChange, "比2015年下降1/2");
    reads("超过一半", Kind::Comparison, ">1/2");
    // `一倍`, `两倍` are multiples, as `1倍`.
    reads("增长一倍", Kind::RelativeChange, "提高1倍");
    reads("增长两倍", Kind::RelativeChange, "提高2倍");
    // A multiple is relative: `增长1倍` is ×2 (翻一番), `提高5倍` is ×6.
    assert_eq!(status("增长一倍", "2020=100,2025=200"), Status::Met);
    assert_eq!(status("增长一倍", "2020=100,2025=199"), Status::NotMet);
    assert_eq!(status("提高5倍", "2020=10,2025=60"), Status::Met);
    assert_eq!(status("提高5倍", "2020=10,2025=59"), Status::NotMet);
    assert_eq!(status("减少一半", "2020=10,2025=5"), Status::Met);
    assert_eq!(status("减少一半", "2020=10,2025=5.1"), Status::NotMet);
}

#[test]
fn fuzz_found_a_total_s_intent_and_a_range_of_years_after_a_lead() {
    // The intent of a running total prints before it: after `累计建成` it read as the lead's.
    reads(
        "力争累计建成13.5亿亩",
        Kind::Attain,
        "力争累计建成达到13.5亿亩",
    );
    // A range in `年` after a lead keeps its verb: without it, a span of years.
    reads("倛争达到2023—2024年", Kind::Range, "倛争达到2023—2024年");
    // Other ranges after a lead print as before.
    reads("城市3至5所", Kind::Range, "城市3—5所");
}

#[test]
fn thousands_grouped_by_spaces_the_state_today_and_more_verbs() {
    // A space that groups thousands, as typeset numbers have it.
    reads("制修订1 000项", Kind::Attain, "制修订达到1000项");
    reads("控制在6 700亿立方米以内", Kind::Comparison, "≤6700亿立方米");
    reads("1 000 000人", Kind::Attain, "1000000人");
    // Any other space between digits is damage.
    assert!(is_error("1 2"));
    assert!(is_error("12 3456"));
    assert!(is_error("1.5 000"));
    // `现状` is the state today, as `目前`.
    reads(
        "由现状的633亿立方米提高到1021亿立方米",
        Kind::RelativeChange,
        "从633亿立方米提高到1021亿立方米",
    );
    reads(
        "较现状水平年压减46亿立方米左右",
        Kind::RelativeChange,
        "在现有基础上下降46亿立方米左右",
    );
    // `减小` is a fall, `回升` a rise.
    reads("明显减小", Kind::FallMarkedly, "明显减小");
    reads("大幅回升", Kind::Rise, "大幅回升");
}

#[test]
fn small_form_variants_and_words_after_more_than_a_measure() {
    // The small form variants of typeset pages fold like full-width forms.
    reads("为47﹪", Kind::Attain, "47%");
    reads(
        "控制在3%以内﹔到2025年达到5%",
        Kind::Milestones,
        "≤3%；到2025年5%",
    );
    assert!(is_error("79﹐5"));
    // After `余` and a measure word that counts nothing one by one, words are no object: its
    // print after a sign would not read back (fuzz).
    assert!(is_error("5200余名城y镇贫"));
    // `每年` before a lead and a change by an amount is no period (it printed first and read
    // back as the annual word; fuzz).
    assert!(is_error("每年组O新建20个上海职工学堂教学点"));
    reads(
        "每年新建20个教学点",
        Kind::AnnualChange,
        "新建每年提高20个教学点",
    );
    // A figure that is part of a name opens a lead after an intent word or a due year, as it
    // does at the start.
    reads("要5G基站达到54万", Kind::Attain, "5G基站要达到54万");
    reads(
        "到2018年60岁以上老年人达到54万",
        Kind::Attain,
        "60岁以上老年人到2018年达到54万",
    );
    reads(
        "5200余名城镇贫困妇女",
        Kind::Comparison,
        ">5200名城镇贫困妇女",
    );
}

#[test]
fn a_sign_is_never_words_of_an_object() {
    // A blind row printed `…都两个产业集聚区>10000亿元`, which read `都` as the each word and the
    // rest, sign and all, as the object of a count.
    reads(
        "大光谷、大车都两个产业集聚区超万亿元",
        Kind::Comparison,
        "大光谷、大车都两个产业集聚区>10000亿元",
    );
}
