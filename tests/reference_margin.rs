//! A margin over a reference series (docs/semantics.md, "A margin over a reference"):
//! `高于全市1个百分点`, `高于经济增速1个百分点以上`, `高出全国平均水平1到2个百分点`,
//! `低于全省平均水平2个百分点`. How they read and print, what stays something else, and
//! their statuses at the boundaries.

use plan_targets::eval::{BindErrorKind, References};
use plan_targets::syntax::{Amount, AmountBound};
use plan_targets::{
    CmpOp, Context, Direction, IndicatorSpec, Kind, Policy, Series, Status, Target, Unit, bind,
    evaluate,
};

use crate::words::{is_error, parse, reads};

fn margin_of(target: &Target) -> &plan_targets::syntax::Reference {
    match target.form() {
        Target::Reference(r) => r,
        other => panic!("not a reference: {other:?}"),
    }
}

#[test]
fn a_figure_after_the_series_is_a_margin_over_it() {
    let t = reads("高于全市1个百分点", Kind::Reference, "高于全市1个百分点");
    let r = margin_of(&t);
    assert_eq!(r.series, "全市");
    assert_eq!(r.op, CmpOp::Gt);
    let margin = r.margin.as_ref().expect("a margin");
    assert!(
        matches!(&margin.amount, Amount::Quantity(q) if q.unit == Some(Unit::PercentagePoint) && q.value == 1.into())
    );
    assert_eq!(margin.bound, None);

    let t = reads(
        "高于经济增速 1 个百分点以上",
        Kind::Reference,
        "高于经济增速1个百分点以上",
    );
    let r = margin_of(&t);
    assert_eq!(r.series, "经济增速");
    assert_eq!(r.margin.as_ref().unwrap().bound, Some(AmountBound::AtLeast));

    // `高出` is `高于`; a range of margins keeps both ends; Chinese numerals read as digits.
    let t = reads(
        "高出全国平均水平1到2个百分点",
        Kind::Reference,
        "高于全国平均水平1—2个百分点",
    );
    assert!(margin_of(&t).margin.as_ref().unwrap().up_to.is_some());
    reads("高于全市一个百分点", Kind::Reference, "高于全市1个百分点");
    reads(
        "低于全省平均水平2个百分点",
        Kind::Reference,
        "低于全省平均水平2个百分点",
    );
    reads(
        "高于全省平均水平10%",
        Kind::Reference,
        "高于全省平均水平10%",
    );
    reads(
        "快于全市0.5个百分点",
        Kind::Reference,
        "高于全市0.5个百分点",
    );
    // What is compared may lead, and adverbs before the comparison add nothing.
    reads(
        "增速高于全省平均水平1个百分点",
        Kind::Reference,
        "增速高于全省平均水平1个百分点",
    );
    reads(
        "年均增速高于全省1个百分点",
        Kind::Reference,
        "年均增速高于全省1个百分点",
    );
    reads(
        "明显高于全省平均水平1个百分点",
        Kind::Reference,
        "高于全省平均水平1个百分点",
    );
}

#[test]
fn near_misses_of_a_margin_keep_their_readings() {
    // No figure: a plain reference, no margin.
    let t = reads("高于全国平均水平", Kind::Reference, "高于全国平均水平");
    assert!(margin_of(&t).margin.is_none());
    // No series: a comparison with the figure.
    reads("高于90%", Kind::Comparison, ">90%");
    // `至少` + an action + a count stays a count.
    reads("至少配备1名", Kind::Comparison, "配备≥1名");
    // A bare number says no margin (no unit): the words are no series.
    assert!(
        parse("高于全市1")
            .form()
            .referenced_series()
            .is_none_or(|s| s != "全市")
    );
    // `不低于` takes no margin: a margin is the strict comparisons' (`高于`, `低于`).
    let t = "不低于全省平均水平2个百分点".parse::<Target>();
    assert!(
        t.as_ref().map_or(
            true,
            |t| !matches!(t.form(), Target::Reference(r) if r.margin.is_some())
        ),
        "{t:?}"
    );
    // Words after the figure make no margin.
    assert!(
        is_error("高于全市1个百分点的水平") || {
            let t = parse("高于全市1个百分点的水平");
            !matches!(t.form(), Target::Reference(r) if r.margin.is_some())
        }
    );
}

#[test]
fn the_margin_is_in_the_json() {
    let t = parse("高于全市1个百分点以上");
    let json = serde_json::to_value(&t).expect("json");
    assert_eq!(json["kind"], "reference");
    assert_eq!(json["series"], "全市");
    assert_eq!(json["margin"]["bound"], "at_least");
    // A reference without a margin writes none.
    let plain = serde_json::to_value(parse("高于全市")).expect("json");
    assert!(plain.get("margin").is_none(), "{plain}");
    let back: Target = serde_json::from_value(json).expect("reads back");
    assert_eq!(back, t);
}

fn spec(unit: Option<Unit>) -> IndicatorSpec {
    IndicatorSpec {
        direction: Some(Direction::Higher),
        unit,
        reference: Some("ref".into()),
        ..IndicatorSpec::default()
    }
}

/// The status in 2024 of `target` against a reference of `reference` that year.
fn status_with(target: &str, unit: Option<Unit>, reference: &str, value: &str) -> Status {
    let bound = bind(&parse(target), &spec(unit), &Policy::default()).expect("binds");
    let mut refs = References::new();
    refs.insert(
        "ref".into(),
        Series::parse(&format!("2024={reference}")).unwrap().0,
    );
    let cx = Context {
        references: Some(&refs),
        ..Context::default()
    };
    let series = Series::parse(&format!("2020=5,2024={value}")).unwrap().0;
    evaluate(&bound, &series, &cx).status
}

fn status(target: &str, value: &str) -> Status {
    status_with(target, Some(Unit::Percent), "7.5", value)
}

#[test]
fn points_are_added_to_the_reference() {
    // 7.5 + 1 = 8.5, reached with equality: `高于 r 1个百分点` is a lead of at least 1.
    assert_eq!(status("高于全市1个百分点", "8.5"), Status::Met);
    assert_eq!(status("高于全市1个百分点", "8.49"), Status::NotMet);
    assert_eq!(status("高于全市1个百分点以上", "8.5"), Status::Met);
    // Below: 7.5 − 2 = 5.5 at most.
    assert_eq!(status("低于全省平均水平2个百分点", "5.5"), Status::Met);
    assert_eq!(status("低于全省平均水平2个百分点", "5.51"), Status::NotMet);
}

#[test]
fn a_percentage_margin_is_relative_to_the_reference() {
    // 7.5 × 1.1 = 8.25, not 7.5 + 10.
    assert_eq!(status("高于全市10%", "8.25"), Status::Met);
    assert_eq!(status("高于全市10%", "8.24"), Status::NotMet);
    // A fraction too: 7.5 × 4/3 = 10.
    assert_eq!(status("高于全市三分之一", "10"), Status::Met);
    assert_eq!(status("高于全市三分之一", "9.99"), Status::NotMet);
}

#[test]
fn a_range_of_margins_is_met_at_its_smaller_figure_and_about_at_its_share() {
    assert_eq!(status("高出全市1到2个百分点", "8.5"), Status::Met);
    assert_eq!(status("高出全市1到2个百分点", "8.49"), Status::NotMet);
    // `左右`: at least (1 − δ) of the margin, δ = 5 %: 7.5 + 0.95 = 8.45.
    assert_eq!(status("高于全市1个百分点左右", "8.45"), Status::Met);
    assert_eq!(status("高于全市1个百分点左右", "8.44"), Status::NotMet);
}

#[test]
fn a_margin_in_units_is_rescaled_and_checked_against_the_indicators_unit() {
    // An indicator in 元 against a reference of 30000 元: 1万元 more is 40000.
    let yuan = Unit::from_written("元").expect("a unit");
    assert_eq!(
        status_with("高于全省平均水平1万元", Some(yuan), "30000", "40000"),
        Status::Met
    );
    assert_eq!(
        status_with("高于全省平均水平1万元", Some(yuan), "30000", "39999"),
        Status::NotMet
    );
    // Points on an indicator that is no percentage, and a unit of another kind, are bind
    // errors (as for a change from a baseline).
    let err = bind(
        &parse("高于全市1个百分点"),
        &spec(Some(yuan)),
        &Policy::default(),
    )
    .expect_err("points on 元");
    assert!(
        matches!(err.kind(), BindErrorKind::PointsOnNonPercentage { .. }),
        "{err}"
    );
    let err =
        bind(&parse("高于全市1岁"), &spec(Some(yuan)), &Policy::default()).expect_err("岁 on 元");
    assert!(
        matches!(err.kind(), BindErrorKind::UnitMismatch { .. }),
        "{err}"
    );
}

#[test]
fn without_the_references_value_that_year_it_is_insufficient_data() {
    let bound = bind(
        &parse("高于全市1个百分点"),
        &spec(Some(Unit::Percent)),
        &Policy::default(),
    )
    .unwrap();
    let mut refs = References::new();
    refs.insert("ref".into(), Series::parse("2023=7.5").unwrap().0);
    let cx = Context {
        references: Some(&refs),
        ..Context::default()
    };
    let series = Series::parse("2024=9").unwrap().0;
    assert_eq!(
        evaluate(&bound, &series, &cx).status,
        Status::InsufficientData
    );
    // And with no reference series at all.
    assert_eq!(
        evaluate(&bound, &series, &Context::default()).status,
        Status::InsufficientData
    );
}

proptest::proptest! {
    /// A larger margin never turns not_met into met (and a smaller never met into not_met).
    #[test]
    fn a_larger_margin_is_never_easier(
        small in 0u32..400,
        extra in 0u32..400,
        value in 0u32..2000,
    ) {
        let small = rust_decimal::Decimal::new(i64::from(small), 2);
        let large = small + rust_decimal::Decimal::new(i64::from(extra), 2);
        let value = rust_decimal::Decimal::new(i64::from(value), 2).to_string();
        let easy = status(&format!("高于全市{small}个百分点"), &value);
        let hard = status(&format!("高于全市{large}个百分点"), &value);
        if hard == Status::Met {
            proptest::prop_assert_eq!(easy, Status::Met);
        }
    }
}
