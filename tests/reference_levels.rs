//! The wider notation's evaluation rules for reference levels and standings, at their
//! boundaries (docs/semantics.md, "Relative to a reference level" and "Standings").

use plan_targets::eval::{Band, BindErrorKind, References};
use plan_targets::{
    Context, Direction, IndicatorSpec, Policy, Series, Status, Target, bind, evaluate,
};

fn spec(direction: Option<Direction>) -> IndicatorSpec {
    IndicatorSpec {
        direction,
        reference: Some("avg".into()),
        ..IndicatorSpec::default()
    }
}

/// The status of `target` for an indicator with `direction`, against the reference `avg` of
/// 80 in 2024.
fn status(target: &str, direction: Option<Direction>, value: &str) -> Status {
    let target: Target = target.parse().expect("parses");
    let bound = bind(&target, &spec(direction), &Policy::default()).expect("binds");
    let mut refs = References::new();
    refs.insert("avg".into(), Series::parse("2024=80").expect("series").0);
    let cx = Context {
        references: Some(&refs),
        ..Context::default()
    };
    let series = Series::parse(&format!("2020=70,2024={value}"))
        .expect("series")
        .0;
    evaluate(&bound, &series, &cx).status
}

const HIGHER: Option<Direction> = Some(Direction::Higher);
const LOWER: Option<Direction> = Some(Direction::Lower);

#[test]
fn reach_is_at_least_the_reference_on_the_better_side() {
    assert_eq!(status("达到全国平均水平", HIGHER, "80"), Status::Met);
    assert_eq!(status("达到全国平均水平", HIGHER, "79.99"), Status::NotMet);
    assert_eq!(status("达到全国平均水平", LOWER, "80"), Status::Met);
    assert_eq!(status("达到全国平均水平", LOWER, "80.01"), Status::NotMet);
    // A band: within δ = 5 % of 80 = 4.
    assert_eq!(
        status("达到全国平均水平", Some(Direction::Band), "84"),
        Status::Met
    );
    assert_eq!(
        status("达到全国平均水平", Some(Direction::Band), "84.01"),
        Status::NotMet
    );
}

#[test]
fn better_is_strict_and_needs_a_direction() {
    assert_eq!(status("优于全市平均水平", HIGHER, "80.01"), Status::Met);
    assert_eq!(status("优于全市平均水平", HIGHER, "80"), Status::NotMet);
    assert_eq!(status("优于全市平均水平", LOWER, "79.99"), Status::Met);
    assert_eq!(status("优于全市平均水平", LOWER, "80"), Status::NotMet);
    let target: Target = "优于全市平均水平".parse().expect("parses");
    for direction in [None, Some(Direction::Band)] {
        let err = bind(&target, &spec(direction), &Policy::default()).expect_err("no side");
        assert!(
            matches!(err.kind(), BindErrorKind::NoDirection { .. }),
            "{err}"
        );
    }
    // Reach needs one too, unless the indicator is a band.
    let reach: Target = "达到全国平均水平".parse().expect("parses");
    assert!(bind(&reach, &spec(None), &Policy::default()).is_err());
}

#[test]
fn near_is_within_the_tolerance_or_better() {
    // 80 − 5 % of 80 = 76.
    assert_eq!(status("接近全国平均水平", HIGHER, "76"), Status::Met);
    assert_eq!(status("接近全国平均水平", HIGHER, "75.99"), Status::NotMet);
    assert_eq!(status("接近全国平均水平", HIGHER, "95"), Status::Met);
    // 80 + 4 = 84 where lower is better.
    assert_eq!(
        status("基本达到或接近全省平均水平", LOWER, "84"),
        Status::Met
    );
    assert_eq!(
        status("基本达到或接近全省平均水平", LOWER, "84.01"),
        Status::NotMet
    );
    assert_eq!(status("基本达到现代化水平", LOWER, "10"), Status::Met);
    // No direction: within δ on either side (commensurate).
    assert_eq!(status("接近全国平均水平", None, "84"), Status::Met);
    assert_eq!(status("接近全国平均水平", None, "75.99"), Status::NotMet);
}

#[test]
fn a_reference_level_without_its_series_is_insufficient_data_or_a_bind_error() {
    let target: Target = "达到全国平均水平".parse().expect("parses");
    let none = IndicatorSpec {
        direction: HIGHER,
        ..IndicatorSpec::default()
    };
    let err = bind(&target, &none, &Policy::default()).expect_err("no reference series");
    assert!(matches!(
        err.kind(),
        BindErrorKind::NoReferenceSeries { .. }
    ));
    let bound = bind(&target, &spec(HIGHER), &Policy::default()).expect("binds");
    let series = Series::parse("2024=90").expect("series").0;
    let status = evaluate(&bound, &series, &Context::default()).status;
    assert_eq!(status, Status::InsufficientData);
}

#[test]
fn a_standing_needs_judgement_unless_the_policy_gives_a_cut_off() {
    let target: Target = "进入全国先进行列".parse().expect("parses");
    let series = |s: &str| Series::parse(s).expect("series").0;
    let none = IndicatorSpec::default();
    let bound = bind(&target, &none, &Policy::default()).expect("binds");
    let status = evaluate(&bound, &series("2024=3"), &Context::default()).status;
    assert_eq!(status, Status::NeedsJudgement);
    // A rank series with the cut-off 10: ranks 1 to 10 are in the front rank.
    let policy = Policy {
        qualitative_band: Some(Band::new(1.into(), 10.into())),
        ..Policy::default()
    };
    let bound = bind(&target, &none, &policy).expect("binds");
    let at = |s: &str| evaluate(&bound, &series(s), &Context::default()).status;
    assert_eq!(at("2024=10"), Status::Met);
    assert_eq!(at("2024=11"), Status::NotMet);
    // A numbered rank is unchanged: within the first 15.
    let numbered = bind(&"进入前15位".parse().expect("parses"), &none, &policy).expect("binds");
    let status = evaluate(&numbered, &series("2024=15"), &Context::default()).status;
    assert_eq!(status, Status::Met);
}
