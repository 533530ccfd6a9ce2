//! Worked numbers at and around every rule's boundaries.

use rust_decimal::Decimal;

use super::*;
use crate::syntax::Unit;

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

fn series(s: &str) -> Series {
    Series::parse(s).unwrap().0
}

fn bound_with(target: &str, spec: &IndicatorSpec, policy: &Policy) -> BoundTarget {
    bind(&target.parse().unwrap(), spec, policy).unwrap()
}

fn assess(target: &str, spec: &IndicatorSpec, s: &str, cx: &Context<'_>) -> Assessment {
    evaluate(
        &bound_with(target, spec, &Policy::default()),
        &series(s),
        cx,
    )
}

fn status(target: &str, s: &str) -> Status {
    assess(target, &IndicatorSpec::default(), s, &Context::default()).status
}

fn percent() -> IndicatorSpec {
    IndicatorSpec {
        unit: Some(Unit::Percent),
        ..IndicatorSpec::default()
    }
}

#[test]
fn comparison_boundaries() {
    assert_eq!(status("≥82.3", "2023=82.29"), Status::NotMet);
    assert_eq!(status("≥82.3", "2023=82.3"), Status::Met);
    assert_eq!(status(">82.3", "2023=82.3"), Status::NotMet);
    assert_eq!(status(">82.3", "2023=82.31"), Status::Met);
    assert_eq!(status("<8", "2023=8"), Status::NotMet);
    assert_eq!(status("≤8", "2023=8"), Status::Met);
    assert_eq!(status("12/10万以下", "2023=12"), Status::Met);
    assert_eq!(status("低于12", "2023=12"), Status::NotMet);
    assert_eq!(status("≥1", "2019=5"), Status::Met); // the latest ≤ t, even before B
}

#[test]
fn current_value_is_latest_up_to_t() {
    let a = assess(
        "≥10",
        &IndicatorSpec::default(),
        "2020=5,2022=10,2025=3",
        &Context {
            as_of: Some(2024),
            ..Context::default()
        },
    );
    assert_eq!(a.status, Status::Met);
    assert_eq!(a.evidence.observed.unwrap().year, 2022);
    let a = assess(
        "≥10",
        &IndicatorSpec::default(),
        "2020=5",
        &Context {
            as_of: Some(2019),
            ..Context::default()
        },
    );
    assert_eq!(a.status, Status::InsufficientData);
    assert_eq!(a.explanation, "no observation in or before 2019");
}

#[test]
fn attain_takes_its_direction_from_the_verb_or_the_indicator() {
    let higher = IndicatorSpec {
        direction: Some(Direction::Higher),
        ..IndicatorSpec::default()
    };
    let lower = IndicatorSpec {
        direction: Some(Direction::Lower),
        ..IndicatorSpec::default()
    };
    let band = IndicatorSpec {
        direction: Some(Direction::Band),
        ..IndicatorSpec::default()
    };
    let cx = Context::default();
    assert_eq!(assess("100", &higher, "2023=100", &cx).status, Status::Met);
    assert_eq!(
        assess("100", &higher, "2023=99.9", &cx).status,
        Status::NotMet
    );
    assert_eq!(assess("5", &lower, "2023=5.1", &cx).status, Status::NotMet);
    assert_eq!(assess("5", &lower, "2023=4", &cx).status, Status::Met);
    assert_eq!(assess("5", &band, "2023=5.00", &cx).status, Status::Met);
    assert_eq!(assess("5", &band, "2023=4.99", &cx).status, Status::NotMet);
    // The verb wins over the indicator.
    assert_eq!(
        assess("增至3.17张", &lower, "2023=3.2", &cx).status,
        Status::Met
    );
}

#[test]
fn approximately_and_range_boundaries() {
    // δ = 5 % of 40 = 2.
    assert_eq!(status("保持在40%左右", "2023=38"), Status::Met);
    assert_eq!(status("保持在40%左右", "2023=37.99"), Status::NotMet);
    assert_eq!(status("45±2", "2023=43"), Status::Met);
    assert_eq!(status("45±2", "2023=42.99"), Status::NotMet);
    assert_eq!(status("103—107", "2023=103"), Status::Met);
    assert_eq!(status("103—107", "2023=102.99"), Status::NotMet);
    // A bound straddling the range's end.
    assert_eq!(status("103—107", "2023=≥105"), Status::InsufficientData);
    assert_eq!(status("103—107", "2023=＞107"), Status::NotMet);
}

#[test]
fn ratio_by_cross_multiplication() {
    let higher = IndicatorSpec {
        direction: Some(Direction::Higher),
        ..IndicatorSpec::default()
    };
    let cx = Context::default();
    // 1:1.5, observed 2:3 → 1·3 = 3 ≥ 1.5·2 = 3: met at the boundary.
    assert_eq!(
        assess("1:1.5", &higher, "2023=2:3", &cx).status,
        Status::Met
    );
    assert_eq!(
        assess("1:1.5", &higher, "2023=2:2.99", &cx).status,
        Status::NotMet
    );
    // No direction: within 5 %: |a_t·b − a·b_t| ≤ 0.05·a·b_t. 2:3 vs observed 2.1:3:
    // |2.1·3 − 2·3| = 0.3 ≤ 0.05·2·3 = 0.3.
    let none = IndicatorSpec::default();
    assert_eq!(assess("2:3", &none, "2023=2.1:3", &cx).status, Status::Met);
    assert_eq!(
        assess("2:3", &none, "2023=2.11:3", &cx).status,
        Status::NotMet
    );
    // A bare number is not a ratio: `2` could be 2:1 or 1:2, so it decides nothing (issue 14:
    // it used to be read as 2:1 here and as 1:2 by the outlook).
    let a = assess("2:1", &none, "2023=2", &cx);
    assert_eq!(a.status, Status::InsufficientData);
    assert_eq!(
        a.explanation,
        "2023 value 2 is not a ratio: the target is a ratio, and a bare number could be either way round (write a:b)"
    );
    assert_eq!(
        assess("2:3", &none, "2023=≤1", &cx).status,
        Status::InsufficientData
    );
    // A ratio observation for a value target.
    assert_eq!(status("≥1", "2023=1:2"), Status::InsufficientData);
}

#[test]
fn reference_and_commensurate() {
    let spec = IndicatorSpec {
        id: Some("W1".into()),
        reference: Some("r".into()),
        ..IndicatorSpec::default()
    };
    let mut refs = References::new();
    refs.insert("r".into(), series("2022=40,2023=≥30"));
    let cx = Context {
        references: Some(&refs),
        ..Context::default()
    };
    let reference = "不低于本地区党员总数中女性比例";
    assert_eq!(assess(reference, &spec, "2022=40", &cx).status, Status::Met);
    assert_eq!(
        assess(reference, &spec, "2022=39.9", &cx).status,
        Status::NotMet
    );
    let a = assess(reference, &spec, "2023=50", &cx);
    assert_eq!(a.status, Status::InsufficientData);
    assert_eq!(
        a.explanation,
        "reference series `r` gives ≥30 for 2023, not an exact value"
    );
    let a = assess(reference, &spec, "2021=50", &cx);
    assert_eq!(a.explanation, "reference series `r` has no value for 2021");
    let a = assess(reference, &spec, "2021=50", &Context::default());
    assert_eq!(a.explanation, "reference series `r` not provided");
    // Commensurate: |y − 40| ≤ 2.
    let c = "与女职工比例相适应";
    assert_eq!(assess(c, &spec, "2022=42", &cx).status, Status::Met);
    assert_eq!(assess(c, &spec, "2022=37.99", &cx).status, Status::NotMet);
}

#[test]
fn baseline_from_the_series_else_the_catalogue() {
    let catalogue = Observation::Value(d("50"));
    let cx = Context {
        given_baseline: Some(&catalogue),
        ..Context::default()
    };
    let spec = IndicatorSpec::default();
    let a = assess("提高", &spec, "2023=51", &cx);
    assert_eq!(a.status, Status::Met);
    let b = a.evidence.baseline.unwrap();
    assert_eq!((b.year, b.source), (2020, BaselineSource::Given));
    // The series' own 2020 wins; a neighbouring year is never borrowed.
    let a = assess("提高", &spec, "2020=52,2023=51", &cx);
    assert_eq!(a.status, Status::NotMet);
    assert_eq!(a.evidence.baseline.unwrap().source, BaselineSource::Series);
    let a = assess("提高", &spec, "2019=40,2021=51", &Context::default());
    assert_eq!(a.status, Status::InsufficientData);
    assert_eq!(a.explanation, "no baseline value for 2020");
}

#[test]
fn rise_saturates_at_the_natural_limit_of_a_percentage() {
    let cx = Context::default();
    assert_eq!(
        assess("提高", &percent(), "2020=100,2023=100", &cx).status,
        Status::Met
    );
    assert_eq!(
        assess("提高", &percent(), "2020=99,2023=99", &cx).status,
        Status::NotMet
    );
    // Not a percentage: no saturation.
    assert_eq!(status("提高", "2020=100,2023=100"), Status::NotMet);
    assert_eq!(
        assess("巩固提高", &percent(), "2020=100,2021=100,2023=100", &cx).status,
        Status::Met
    );
    assert_eq!(
        assess("巩固提高", &percent(), "2020=100,2021=99,2023=100", &cx).status,
        Status::NotMet
    );
}

#[test]
fn rise_with_bounds() {
    assert_eq!(status("提高", "2020=≤80,2023=≥80.1"), Status::Met);
    assert_eq!(status("提高", "2020=≥80,2023=≤80"), Status::NotMet);
    assert_eq!(status("提高", "2020=80,2023=≥80"), Status::InsufficientData);
}

#[test]
fn rise_every_year_needs_every_year() {
    assert_eq!(status("逐年提高", "2020=1,2021=1.1"), Status::Met);
    let a = assess(
        "逐年提高",
        &IndicatorSpec::default(),
        "2020=1,2021=2,2022=1.5,2023=3",
        &Context::default(),
    );
    assert_eq!(a.status, Status::NotMet);
    assert_eq!(a.evidence.decided_by, Some(2022));
    let a = assess(
        "逐年提高",
        &IndicatorSpec::default(),
        "2020=1,2021=2,2023=3",
        &Context::default(),
    );
    assert_eq!(a.status, Status::InsufficientData);
    assert_eq!(a.explanation, "no observation for 2022");
    assert_eq!(
        status("逐年提高", "2021=2,2022=3"),
        Status::InsufficientData
    );
}

#[test]
fn rise_gradually_reports_the_slope() {
    let a = assess(
        "逐步提高",
        &IndicatorSpec::default(),
        "2020=10,2021=14,2022=11,2023=12",
        &Context::default(),
    );
    assert_eq!(a.status, Status::Met);
    assert_eq!(a.evidence.slope, Some(d("0.3"))); // 1.5 / 5
    // A flat trend (slope 0) is not rising.
    assert_eq!(
        status("逐步提高", "2020=10,2021=12,2022=8,2023=10.1"),
        Status::NotMet
    );
    assert_eq!(
        status("逐步提高", "2020=10,2021=≥12,2023=11"),
        Status::InsufficientData
    );
}

#[test]
fn fall_and_fall_markedly() {
    assert_eq!(status("下降", "2020=5,2023=5"), Status::NotMet);
    assert_eq!(status("下降", "2020=0,2023=0.01"), Status::NotMet);
    // 1 year: 50·0.99 = 49.5.
    assert_eq!(status("明显下降", "2020=50,2021=49.5"), Status::Met);
    assert_eq!(status("明显下降", "2020=50,2021=49.51"), Status::NotMet);
    assert_eq!(status("明显下降", "2020=0,2021=0"), Status::Met);
    assert_eq!(status("明显下降", "2020=0,2021=0.1"), Status::NotMet);
    let a = assess(
        "明显降低",
        &IndicatorSpec::default(),
        "2020=100,2022=97",
        &Context::default(),
    );
    assert_eq!(
        a.evidence.threshold,
        Some(Threshold::Compare {
            op: CmpOp::Le,
            value: d("98.01")
        })
    );
    // A policy rate of 2 %: 50·0.98 = 49.
    let policy = Policy {
        marked_decline_rate: d("0.02"),
        ..Policy::default()
    };
    let b = bound_with("明显下降", &IndicatorSpec::default(), &policy);
    let s = series("2020=50,2021=49.5");
    assert_eq!(evaluate(&b, &s, &Context::default()).status, Status::NotMet);
}

#[test]
fn narrow_is_fall_of_the_absolute_gap() {
    assert_eq!(status("逐步缩小", "2020=5,2023=-5"), Status::NotMet);
    assert_eq!(status("逐步缩小", "2020=5,2023=-4.9"), Status::Met);
    assert_eq!(status("明显缩小", "2020=10,2021=9.9"), Status::Met);
    assert_eq!(status("明显缩小", "2020=10,2021=-9.91"), Status::NotMet);
}

#[test]
fn under_control() {
    assert_eq!(status("得到控制", "2020=5,2023=5.01"), Status::NotMet);
    assert_eq!(status("得到遏制", "2020=5,2023=4"), Status::Met);
}

#[test]
fn toward_balance() {
    let srb = IndicatorSpec {
        id: Some("SRB".into()),
        band: Some(Band::new(d("103"), d("107"))),
        ..IndicatorSpec::default()
    };
    let cx = Context::default();
    // Inside the band needs no baseline.
    assert_eq!(
        assess("趋于平衡", &srb, "2023=107", &cx).status,
        Status::Met
    );
    assert_eq!(
        assess("趋于平衡", &srb, "2023=108", &cx).status,
        Status::InsufficientData
    );
    // Equal distance is not closer.
    assert_eq!(
        assess("趋于平衡", &srb, "2020=110,2023=100", &cx).status,
        Status::NotMet
    );
    assert_eq!(
        assess("趋于平衡", &srb, "2020=110,2023=100.01", &cx).status,
        Status::Met
    );
    assert_eq!(
        assess("趋于正常", &srb, "2020=110,2023=≤108", &cx).status,
        Status::InsufficientData
    );
    assert_eq!(
        assess("趋于正常", &srb, "2020=110,2023=≥111", &cx).status,
        Status::NotMet
    );
    // The policy override wins over the catalogue's band.
    let mut policy = Policy::default();
    policy.overrides.insert(
        "SRB".into(),
        PolicyOverride {
            balance_band: Some(Band::new(d("100"), d("110"))),
            ..PolicyOverride::default()
        },
    );
    let b = bound_with("趋于平衡", &srb, &policy);
    assert_eq!(evaluate(&b, &series("2023=109"), &cx).status, Status::Met);
}

#[test]
fn keep_and_reach_and_keep() {
    assert_eq!(
        status("保持在90%以上", "2020=90,2021=90,2023=90"),
        Status::Met
    );
    assert_eq!(
        status("稳定在95%以上", "2020=95,2023=94.99"),
        Status::NotMet
    );
    assert_eq!(status("保持在90%以上", "2020=≥90,2023=95"), Status::Met);
    assert_eq!(
        status("保持在90%以上", "2020=≤91,2023=95"),
        Status::InsufficientData
    );
    assert_eq!(status("保持在90%以上", "2019=95"), Status::InsufficientData);
    let a = assess(
        "达到并保持在92.5%以上",
        &IndicatorSpec::default(),
        "2020=90,2021=92.5,2022=93,2023=95",
        &Context::default(),
    );
    assert_eq!(a.status, Status::Met);
    assert_eq!(a.evidence.first_held, Some(2021));
    let a = assess(
        "达到并保持在92.5%以上",
        &IndicatorSpec::default(),
        "2020=93,2021=92,2023=94",
        &Context::default(),
    );
    assert_eq!(a.status, Status::NotMet);
    assert_eq!(a.evidence.decided_by, Some(2021));
    assert_eq!(
        status("达到并保持在92.5%以上", "2020=90,2023=92"),
        Status::NotMet
    );
    // Unknown before the first sure year: held or not, the pattern fits.
    assert_eq!(
        status("达到并保持在92.5%以上", "2020=≥90,2023=93"),
        Status::Met
    );
    // Unknown after a held year: it may have slipped.
    assert_eq!(
        status("达到并保持在92.5%以上", "2020=93,2021=≥90,2023=93"),
        Status::InsufficientData
    );
}

#[test]
fn qualitative_needs_a_band() {
    let mut policy = Policy::default();
    policy.overrides.insert(
        "Q".into(),
        PolicyOverride {
            qualitative_band: Some(Band::new(d("40"), d("60"))),
            ..PolicyOverride::default()
        },
    );
    let spec = IndicatorSpec {
        id: Some("Q".into()),
        ..IndicatorSpec::default()
    };
    let b = bound_with("保持合理比例", &spec, &policy);
    let cx = Context::default();
    assert_eq!(
        evaluate(&b, &series("2020=40,2023=60"), &cx).status,
        Status::Met
    );
    assert_eq!(
        evaluate(&b, &series("2020=39,2023=60"), &cx).status,
        Status::NotMet
    );
    let b = bound_with("保持合理比例", &IndicatorSpec::default(), &policy);
    assert_eq!(
        evaluate(&b, &series("2023=50"), &cx).status,
        Status::NeedsJudgement
    );
}

#[test]
fn respectively_is_evaluated_item_by_item() {
    let b = bound_with(
        "分别降至2‰、4‰和5.5‰以下",
        &IndicatorSpec::default(),
        &Policy::default(),
    );
    let a = evaluate(&b, &series("2023=1"), &Context::default());
    assert_eq!(a.status, Status::InsufficientData);
    assert_eq!(b.items().len(), 3);
    let statuses: Vec<Status> = b
        .items()
        .iter()
        .zip(["2023=2", "2023=4.1", "2023=5"])
        .map(|(item, s)| evaluate(item, &series(s), &Context::default()).status)
        .collect();
    assert_eq!(statuses, [Status::Met, Status::NotMet, Status::Met]);
}

#[test]
fn bind_errors_name_the_indicator() {
    let spec = IndicatorSpec {
        id: Some("C4".into()),
        unit: Some(Unit::Percent),
        ..IndicatorSpec::default()
    };
    let p = Policy::default();
    let err = |t: &str, spec: &IndicatorSpec| bind(&t.parse().unwrap(), spec, &p).unwrap_err();
    assert_eq!(
        err("保持在5‰以上", &spec).to_string(),
        "indicator C4: the target is in ‰ but the indicator is in %"
    );
    assert_eq!(
        err("与女职工比例相适应", &spec).to_string(),
        "indicator C4: the target refers to `女职工比例` but no reference series is configured"
    );
    assert_eq!(
        err("趋于平衡", &spec).to_string(),
        "indicator C4: a toward-balance target needs a balance band and neither the policy nor the indicator gives one"
    );
    assert_eq!(
        err("100%", &spec).to_string(),
        "indicator C4: `100%` needs a direction (higher, lower or band) and neither the target nor the indicator gives one"
    );
    let inverted = IndicatorSpec {
        band: Some(Band::new(d("107"), d("103"))),
        ..IndicatorSpec::default()
    };
    assert_eq!(
        err("趋于平衡", &inverted).to_string(),
        "ad-hoc target: band 107–103 is inverted"
    );
    assert!(matches!(
        err("分别降至2%、4‰", &spec).kind(),
        BindErrorKind::UnitMismatch { .. }
    ));
}

#[test]
fn assessment_serializes_with_decimal_strings() {
    let a = assess(
        "≥82.30",
        &IndicatorSpec::default(),
        "2020=80,2023=82.5",
        &Context::default(),
    );
    let json = serde_json::to_value(&a).unwrap();
    assert_eq!(json["status"], "met");
    assert_eq!(json["evidence"]["kind"], "comparison");
    assert_eq!(json["evidence"]["observed"]["year"], 2023);
    assert_eq!(json["evidence"]["observed"]["observation"]["value"], "82.5");
    assert_eq!(json["evidence"]["threshold"]["value"], "82.30");
    assert_eq!(json["evidence"]["baseline"]["source"], "series");
    assert_eq!(a.explanation, "2023 value 82.5 meets ≥82.30");
    let back: Assessment = serde_json::from_value(json).unwrap();
    assert_eq!(back, a);
}
