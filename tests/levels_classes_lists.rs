//! Levels held against a year, quality classes and lists of counts (docs/semantics.md,
//! "Levels, classes and lists"): `与上年持平` is a stable level against the year before;
//! `达到或优于Ⅲ类` compares classes, where a better class is a lower one; counts joined by `和`
//! are the parts of a list, sharing the words before the first. Each rule with its reading,
//! its status on worked numbers, and the near misses that stay errors.

use plan_targets::eval::Status;
use plan_targets::syntax::Baseline;
use plan_targets::{CmpOp, Kind, ParseErrorKind, Target, Unit};

use crate::words::{is_error, parse, reads, status};

fn stable_baseline(target: &Target) -> Option<&Baseline> {
    match target.form() {
        Target::Stable { baseline, .. } => baseline.as_ref(),
        other => panic!("not a stable level: {other:?}"),
    }
}

#[test]
fn a_level_held_against_a_named_year_is_stable_with_that_baseline() {
    for (text, canonical) in [
        ("与上年持平", "比上年持平"),
        ("与上年度持平", "比上年持平"),
        ("与上年基本持平", "比上年基本持平"),
        ("比上年基本持平", "比上年基本持平"),
        ("同上年持平", "比上年持平"),
    ] {
        let t = reads(text, Kind::Stable, canonical);
        assert!(
            matches!(stable_baseline(&t), Some(Baseline::PreviousYear { .. })),
            "{text}: {t:?}"
        );
    }
    let t = reads("比2020年保持稳定", Kind::Stable, "比2020年保持稳定");
    assert!(matches!(
        stable_baseline(&t),
        Some(Baseline::Year { year: 2020, .. })
    ));
    let t = reads("较上届基本持平", Kind::Stable, "比上届基本持平");
    assert!(matches!(
        stable_baseline(&t),
        Some(Baseline::PreviousTerm { .. })
    ));
    // Without a baseline clause it is the plan's baseline, as before.
    assert_eq!(
        stable_baseline(&reads("保持稳定", Kind::Stable, "保持稳定")),
        None
    );
    // A stable level joins other parts like any form.
    assert_eq!(parse("与上年持平，逐步提高").kind(), Kind::AllOf);
    // A phrase with no reading against a baseline stays an error.
    assert!(is_error("比上年趋于平衡"));
}

#[test]
fn a_level_held_against_the_year_before_is_judged_on_those_two_years() {
    // δ = 5 % of the year before: 100 → [95, 105].
    assert_eq!(status("与上年持平", "2020=100,2021=103"), Status::Met);
    assert_eq!(status("与上年持平", "2020=100,2021=105"), Status::Met);
    assert_eq!(status("与上年持平", "2020=100,2021=106"), Status::NotMet);
    assert_eq!(status("与上年持平", "2020=100,2021=94"), Status::NotMet);
    // Only t − 1 counts: an earlier year out of band changes nothing.
    assert_eq!(
        status("与上年持平", "2018=50,2020=100,2021=104"),
        Status::Met
    );
    // The year before t missing: never an earlier year in its place.
    assert_eq!(
        status("与上年持平", "2019=100,2021=103"),
        Status::InsufficientData
    );
    // Against a named year: every observation from that year on within δ of its value.
    assert_eq!(
        status("比2020年保持稳定", "2020=100,2021=104,2022=96"),
        Status::Met
    );
    assert_eq!(
        status("比2020年保持稳定", "2020=100,2021=107,2022=100"),
        Status::NotMet
    );
}

fn comparison(target: &Target) -> (CmpOp, rust_decimal::Decimal, Option<Unit>) {
    match target.form() {
        Target::Comparison(c) => (c.op, c.value.value, c.value.unit),
        other => panic!("not a comparison: {other:?}"),
    }
}

#[test]
fn quality_classes_compare_as_better_is_lower() {
    for (text, op, class, canonical) in [
        ("达到或优于Ⅲ类", CmpOp::Le, 3, "≤Ⅲ类"),
        ("达到或好于Ⅲ类", CmpOp::Le, 3, "≤Ⅲ类"),
        ("优于Ⅲ类", CmpOp::Lt, 3, "<Ⅲ类"),
        ("好于Ⅳ类", CmpOp::Lt, 4, "<Ⅳ类"),
        ("劣于Ⅴ类", CmpOp::Gt, 5, ">Ⅴ类"),
        ("不劣于Ⅲ类", CmpOp::Le, 3, "≤Ⅲ类"),
        // Words of comparison speak of quality: `以上` and `不低于` are "this class or better".
        ("Ⅲ类以上", CmpOp::Le, 3, "≤Ⅲ类"),
        ("达到III类以上", CmpOp::Le, 3, "≤Ⅲ类"),
        ("不低于Ⅱ类", CmpOp::Le, 2, "≤Ⅱ类"),
        ("高于Ⅲ类", CmpOp::Lt, 3, "<Ⅲ类"),
        // Signs are the numbers': `≥Ⅲ类` is class Ⅲ or worse.
        ("≥Ⅲ类", CmpOp::Ge, 3, "≥Ⅲ类"),
        ("<ⅲ类", CmpOp::Lt, 3, "<Ⅲ类"),
    ] {
        let t = reads(text, Kind::Comparison, canonical);
        assert_eq!(
            comparison(&t),
            (op, class.into(), Some(Unit::Class)),
            "{text}"
        );
    }
}

#[test]
fn a_class_to_reach_is_better_lower_whatever_the_verb() {
    let t = reads("达到Ⅲ类", Kind::Attain, "Ⅲ类");
    let Target::Attain(a) = t.form() else {
        panic!("{t:?}")
    };
    assert_eq!((a.value.value, a.value.unit), (3.into(), Some(Unit::Class)));
    // `提升到Ⅱ类`: a rise toward a class is a better, lower class; the verb gives no side.
    let t = reads("力争提升到Ⅱ类", Kind::Attain, "力争Ⅱ类");
    let Target::Attain(a) = t.form() else {
        panic!("{t:?}")
    };
    assert_eq!(a.direction, None);
    // `保持或优于Ⅱ类` holds the class at every observation.
    let t = reads("整体保持或优于Ⅱ类", Kind::Keep, "整体保持在≤Ⅱ类");
    let Target::Keep(k) = t.form() else {
        panic!("{t:?}")
    };
    assert_eq!(comparison(&k.condition).0, CmpOp::Le);
    reads("保持在Ⅱ类以上", Kind::Keep, "保持在≤Ⅱ类");
    // A series of classes holds their numbers (Ⅲ类 = 3); lower is better.
    assert_eq!(status("达到Ⅲ类", "2020=4,2025=3"), Status::Met);
    assert_eq!(status("达到Ⅲ类", "2020=4,2025=2"), Status::Met);
    assert_eq!(status("力争提升到Ⅱ类", "2020=4,2025=3"), Status::NotMet);
    assert_eq!(status("达到或优于Ⅲ类", "2020=4,2025=3"), Status::Met);
    assert_eq!(status("优于Ⅲ类", "2020=4,2025=3"), Status::NotMet);
    assert_eq!(
        status("保持或优于Ⅱ类", "2020=2,2022=1,2025=3"),
        Status::NotMet
    );
    assert_eq!(status("保持或优于Ⅱ类", "2020=2,2022=1,2025=2"), Status::Met);
}

#[test]
fn classes_keep_their_near_misses() {
    // A ceiling word on a class may mean "no worse" or "no better": an error that says so.
    for text in ["Ⅲ类以下", "控制在Ⅳ类以内", "不超过Ⅲ类"] {
        match text.parse::<Target>() {
            Err(e) => assert_eq!(e.kind(), &ParseErrorKind::AmbiguousClassBound, "{text}"),
            Ok(t) => panic!("{text} read as {t}"),
        }
    }
    // Only a Roman numeral makes a class: `3类` counts three kinds, and letters that are no
    // numeral are none.
    let t = parse("建成3类");
    assert!(!t.to_string().contains('Ⅲ'), "{t}");
    assert!(is_error("IIII类"));
    assert!(is_error("优于"));
    // A class counts nothing: no object after it.
    assert!(is_error("≥Ⅰ类女干部"));
    // `优于` before a series is still a reference.
    assert_eq!(parse("优于全省平均水平").kind(), Kind::Reference);
    // `劣Ⅴ类` names water worse than class Ⅴ: eliminating it is an elimination.
    assert_eq!(parse("消除劣Ⅴ类水体").kind(), Kind::Eliminate);
}

#[test]
fn counts_joined_by_and_are_parts_sharing_the_words_before_the_first() {
    let t = reads(
        "每学期至少组织1次家庭教育指导和1次家庭教育实践活动",
        Kind::AllOf,
        "每学期组织1次以上家庭教育指导，每学期1次以上家庭教育实践活动",
    );
    let Target::AllOf(all) = &t else {
        panic!("{t:?}")
    };
    // The second count takes the first's bound and period; the action is printed once.
    for part in &all.parts {
        let Target::Qualified(q) = part else {
            panic!("{part:?}")
        };
        assert_eq!(q.period.as_ref().map(|p| p.text.as_str()), Some("每学期"));
        assert!(q.object.is_some());
        assert_eq!(comparison(part).0, CmpOp::Ge);
    }
    reads(
        "每年至少组织两次家庭教育指导和两次家庭教育实践活动",
        Kind::AllOf,
        "每年组织2次以上家庭教育指导，每年2次以上家庭教育实践活动",
    );
    reads(
        "建设1个市级和3个县级示范基地",
        Kind::AllOf,
        "建设达到1个市级，3个县级示范基地",
    );
    // `和` before a bare number joins no counts (which indicator would each be?), and `和`
    // before a year starts no count.
    assert!(is_error("达到90%和80%"));
    assert!(is_error("至少组织1次指导和2020年"));
    // `分别` keeps its list.
    assert_eq!(parse("分别达到90%和80%").kind(), Kind::Respectively);
}

#[test]
fn a_neutral_verb_before_words_starts_what_is_reached() {
    // `达到`/`有` + the words naming what is measured + the value: the words are the lead.
    let t = reads("达到中等强度4次以上", Kind::Comparison, "达到中等强度≥4次");
    let Target::Qualified(q) = &t else {
        panic!("{t:?}")
    };
    assert_eq!(
        q.lead.as_ref().map(|l| l.text.as_str()),
        Some("达到中等强度")
    );
    reads(
        "有轨道交通的城市达到45%以上",
        Kind::Comparison,
        "有轨道交通的城市≥45%",
    );
    // The verb before a value or a series keeps its reading.
    assert_eq!(parse("有1名").kind(), Kind::Attain);
    assert_eq!(parse("达到全国平均水平").kind(), Kind::Reference);
    // Words and no value are a goal in words, not a lead before nothing.
    assert_eq!(parse("达到强度").kind(), Kind::Qualitative);
    // Any other verb before words keeps its error.
    assert!(is_error("提高到强度4次以上"));
}

#[test]
fn a_range_with_approximate_ends_widens_each_end_by_delta() {
    let t = reads("6到6.5%左右", Kind::Range, "6—6.5%左右");
    let Target::Range(r) = &t else {
        panic!("{t:?}")
    };
    assert!(r.about);
    reads("保持在3—5%左右", Kind::Keep, "保持在3—5%左右");
    // δ = 5 % of each end: 6 → 5.7, 6.5 → 6.825.
    assert_eq!(status("6到6.5%左右", "2020=6,2025=5.7"), Status::Met);
    assert_eq!(status("6到6.5%左右", "2020=6,2025=6.825"), Status::Met);
    assert_eq!(status("6到6.5%左右", "2020=6,2025=6.83"), Status::NotMet);
    assert_eq!(status("6到6.5%左右", "2020=6,2025=5.69"), Status::NotMet);
    // Without `左右` the ends are exact.
    assert_eq!(status("6到6.5%", "2020=6,2025=6.6"), Status::NotMet);
    // Another bound word after a range is no range of either kind.
    assert!(is_error("6到6.5%以上"));
}

proptest::proptest! {
    /// `左右` after a range only widens it: whatever the exact range meets, the approximate one
    /// meets too.
    #[test]
    fn approximate_ends_never_turn_met_into_not_met(
        low in 0u32..1000,
        width in 0u32..1000,
        value in 0u32..3000,
    ) {
        let exact = format!("{low}—{}", low + width);
        let about = format!("{exact}左右");
        let series = format!("2020=1,2025={value}");
        if status(&exact, &series) == Status::Met {
            proptest::prop_assert_eq!(status(&about, &series), Status::Met);
        }
    }

    /// A stable level against the year before depends on those two years only.
    #[test]
    fn stable_against_the_year_before_ignores_earlier_years(
        early in 0u32..1000,
        before in 1u32..1000,
        now in 0u32..1000,
    ) {
        let with = status("与上年持平", &format!("2018={early},2020={before},2021={now}"));
        let without = status("与上年持平", &format!("2020={before},2021={now}"));
        proptest::prop_assert_eq!(with, without);
    }
}

#[test]
fn bare_values_listed_after_one_verb_are_one_per_indicator() {
    // As with `分别`, and printed with it.
    for (text, canonical) in [
        (
            "培育5个以上、10家以上、35个",
            "培育分别≥5个、≥10家和达到35个",
        ),
        ("新增20家、100家", "分别提高20家和100家"),
        ("争取新增3家、3家", "争取分别提高3家和3家"),
        ("达到90%、80%", "分别达到90%和达到80%"),
    ] {
        reads(text, Kind::Respectively, canonical);
    }
    // A later clause with words of its own is a part of a conjunction, not a value of a list.
    assert_eq!(parse("达到90%、逐步提高").kind(), Kind::AllOf);
    // `、并`: the connective after `、` joins the next clause, never an object's words.
    reads(
        "有1名以上女干部、并逐步增加",
        Kind::AllOf,
        "1名以上女干部，逐步增加",
    );
}

#[test]
fn steadily_reached_is_held() {
    // `稳定` before a verb with a bound (or a class) holds it at every observation, as
    // `稳定在` does; other adverbs add nothing.
    reads(
        "稳定控制在35微克/立方米以下",
        Kind::Keep,
        "保持在≤35微克/立方米",
    );
    reads("稳定达到或好于Ⅲ类", Kind::Keep, "保持在≤Ⅲ类");
    reads("进一步降至112以下", Kind::Comparison, "≤112");
    assert_eq!(
        status("稳定控制在35以下", "2020=30,2022=36,2025=34"),
        Status::NotMet
    );
    assert_eq!(
        status("控制在35以下", "2020=30,2022=36,2025=34"),
        Status::Met
    );
}

#[test]
fn within_a_time_is_a_ceiling_at_the_end_of_a_target() {
    reads("10分钟内", Kind::Comparison, "≤10分钟");
    reads("震后2分钟内", Kind::Comparison, "震后≤2分钟");
    reads("缩减到30分钟内", Kind::Comparison, "≤30分钟");
    reads(
        "确保自然灾害发生12小时之内",
        Kind::Comparison,
        "自然灾害发生确保≤12小时",
    );
    // Before more words it is the time of what follows, not a bound.
    assert_eq!(parse("三年内新增6000所").kind(), Kind::RelativeChange);
}

#[test]
fn a_bound_before_an_amount_of_change_bounds_it() {
    reads("新增不少于150所", Kind::RelativeChange, "提高150所以上");
    reads("下降不超过2%", Kind::RelativeChange, "下降2%以内");
    // Two bounds on one amount: an error.
    assert!(is_error("新增不少于150所以上"));
    // A name in quotes may lead.
    reads(
        "“三州”地区提高15个百分点以上",
        Kind::RelativeChange,
        "“三州”地区提高15个百分点以上",
    );
}
