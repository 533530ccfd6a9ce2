//! The monitoring report through the library: warnings, shares, limits and notes.

use plan_targets::data::Dataset;
use plan_targets::eval::Status;
use plan_targets::outlook::{Outlook, Warning};
use plan_targets::report::{Monitor, ReportOptions};
use plan_targets::{Series, catalog};

fn series(points: &[(i32, &str)]) -> Series {
    Series::from_values(points.iter().map(|&(y, v)| (y, v.parse().unwrap()))).unwrap()
}

#[test]
fn warnings_list_binding_indicators_first_then_by_severity() {
    // W03 (binding, <8) worsening: red; W02 (expected, ≥82.3) slow: yellow; W14 (expected)
    // deteriorating: red.
    let data = Dataset::from_series([
        ("W03", series(&[(2020, "10"), (2024, "11")])),
        ("W02", series(&[(2020, "78.99"), (2024, "79.95")])),
        ("W14", series(&[(2020, "9.5"), (2024, "9.3")])),
    ])
    .unwrap();
    let report = Monitor::new(ReportOptions::default())
        .unwrap()
        .report(&data);
    let order: Vec<(&str, Warning)> = report.warnings.iter().map(|w| (w.id, w.level)).collect();
    assert_eq!(
        order,
        [
            ("W03", Warning::Red),
            ("W14", Warning::Red),
            ("W02", Warning::Yellow)
        ]
    );
}

#[test]
fn met_share_counts_only_assessable_indicators() {
    let data = Dataset::from_series([
        ("W02", series(&[(2020, "78.99"), (2024, "83")])), // met
        ("W04", series(&[(2020, "90"), (2024, "93")])),    // not met
        ("W07", series(&[(2020, "98"), (2024, "99")])),    // met
    ])
    .unwrap();
    let options = ReportOptions {
        plan: Some(catalog::Plan::Women),
        ..ReportOptions::default()
    };
    let report = Monitor::new(options).unwrap().report(&data);
    let women = &report.summary.plans[0].counts;
    assert_eq!(women.indicators, 48);
    assert_eq!(women.status.get(Status::Met), 2);
    assert_eq!(women.status.get(Status::NotMet), 1);
    assert_eq!(women.assessable, 3);
    assert_eq!(women.met_share.unwrap().to_string(), "66.7");
    let health = report
        .summary
        .areas
        .iter()
        .find(|a| a.area.as_deref() == Some("妇女与健康"))
        .unwrap();
    assert_eq!(health.counts.assessable, 3);
}

#[test]
fn not_met_at_the_target_year_is_red_whatever_the_pace() {
    let data = Dataset::from_series([("W02", series(&[(2020, "78.99"), (2030, "82.2")]))]).unwrap();
    let report = Monitor::new(ReportOptions::default())
        .unwrap()
        .report(&data);
    let w02 = report.rows.iter().find(|r| r.id == "W02").unwrap();
    assert_eq!(w02.status, Status::NotMet);
    // On pace (R ≈ 0.97) yet short of 82.3 in 2030: red all the same.
    assert_eq!(w02.outlook, Outlook::OnTrack);
    assert_eq!(w02.warning, Some(Warning::Red));
}

#[test]
fn projections_stay_inside_natural_limits() {
    let data =
        Dataset::from_series([("C34", series(&[(2020, "30"), (2022, "60"), (2024, "100")]))])
            .unwrap();
    let report = Monitor::new(ReportOptions::default())
        .unwrap()
        .report(&data);
    let c34 = report.rows.iter().find(|r| r.id == "C34").unwrap();
    assert_eq!(c34.projected.unwrap().to_string(), "100");
}

#[test]
fn extra_columns_of_the_data_are_kept_as_notes() {
    let data = Dataset::from_csv_str(
        "indicator,year,value,note,source\nW03,2020,14以内,公布值为上限,卫健委\nW03,2024,7.9,,\nW03,2025,7.5,预计,\n",
    )
    .unwrap();
    let options = ReportOptions {
        year: Some(2024),
        ..ReportOptions::default()
    };
    let report = Monitor::new(options).unwrap().report(&data);
    let w03 = report.rows.iter().find(|r| r.id == "W03").unwrap();
    let notes: Vec<String> = w03.notes.iter().map(ToString::to_string).collect();
    // Empty fields are left out, and so are records after the assessment year.
    assert_eq!(notes, ["2020 note: 公布值为上限", "2020 source: 卫健委"]);
}

/// Issue 14, item 7: a bare number on a ratio indicator (W40, 2:3) used to be read as `0.7:1`
/// by the status and as `1:0.7` by the outlook. Now neither guesses: both say the figure is not
/// a ratio, and no rate or projection is built on it.
#[test]
fn a_bare_number_on_a_ratio_indicator_is_read_the_same_way_by_status_and_outlook() {
    let data = Dataset::from_csv_str(
        "indicator,year,value\nW40,2020,1:1.2\nW40,2021,1:1.25\nW40,2022,0.7\n",
    )
    .unwrap();
    let report = Monitor::new(ReportOptions::default())
        .unwrap()
        .report(&data);
    let w40 = report.rows.iter().find(|r| r.id == "W40").unwrap();
    assert_eq!(w40.status, Status::InsufficientData);
    assert_eq!(w40.outlook, Outlook::InsufficientData);
    assert!(
        w40.explanation
            .to_string()
            .starts_with("2022 value 0.7 is not a ratio"),
        "{}",
        w40.explanation
    );
    // The projection leaves the bare number out: the line through 1.2 and 1.25, not 0.07.
    assert_eq!(w40.projected.unwrap().to_string(), "1.7");
}

/// Issue 14, item 8: a negative `percentage_limit` made `Monitor::report` panic in
/// `Ord::clamp`. It is now refused where the policy enters, in code and in JSON.
#[test]
fn a_policy_the_rules_cannot_use_is_an_error_not_a_panic() {
    let mut options = ReportOptions::default();
    options.policy.percentage_limit = "-1".parse().unwrap();
    let err = Monitor::new(options).unwrap_err();
    assert_eq!(err.field(), "percentage_limit");
    let mut options = ReportOptions::default();
    options.policy.overrides.insert(
        "C34".into(),
        plan_targets::eval::PolicyOverride {
            percentage_limit: Some("-5".parse().unwrap()),
            ..Default::default()
        },
    );
    let err = Monitor::new(options).unwrap_err();
    assert_eq!(err.indicator(), Some("C34"));
    let err = serde_json::from_str::<plan_targets::Policy>(
        r#"{"overrides": {"C34": {"percentage_limit": "-5"}}}"#,
    )
    .unwrap_err();
    assert!(
        err.to_string()
            .starts_with("indicator C34: policy field percentage_limit is -5"),
        "{err}"
    );
    let ok: plan_targets::Policy = serde_json::from_str(r#"{"target_year": 2035}"#).unwrap();
    assert_eq!(ok.target_year, 2035);
    assert_eq!(ok.baseline_year, 2020);
}

mod never_panics {
    use super::*;
    use plan_targets::Observation;
    use proptest::prelude::*;
    use rust_decimal::Decimal;

    /// Values from the ordinary to the extreme: zero, negatives, tiny and near the top of what a
    /// Decimal holds.
    fn value() -> impl Strategy<Value = Decimal> {
        prop_oneof![
            (-100_000i64..100_000, 0u32..4).prop_map(|(m, s)| Decimal::new(m, s)),
            Just(Decimal::ZERO),
            Just(Decimal::MAX),
            Just(Decimal::MIN),
            (1i64..1000).prop_map(|m| Decimal::new(m, 28)),
        ]
    }

    fn observation() -> impl Strategy<Value = Observation> {
        prop_oneof![
            4 => value().prop_map(Observation::Value),
            1 => (value(), prop_oneof![Just(plan_targets::CmpOp::Le), Just(plan_targets::CmpOp::Gt)])
                .prop_map(|(bound, op)| Observation::Bound { op, bound }),
            1 => (value(), value()).prop_map(|(antecedent, consequent)| Observation::Ratio { antecedent, consequent }),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        /// Any figures for any indicators, any assessment year: a report with every row, and
        /// no panic (overflow, division by zero, an empty window).
        #[test]
        fn reports_on_arbitrary_figures(
            picks in prop::collection::vec(
                (0usize..89, prop::collection::btree_map(2015i32..2035, observation(), 0..8)),
                0..12,
            ),
            year in prop::option::of(2010i32..2040),
        ) {
            let ids: Vec<&str> = catalog::all().iter().map(|i| i.id.as_str()).collect();
            let mut data = std::collections::BTreeMap::new();
            for (i, points) in picks {
                data.insert(ids[i], Series::new(points).unwrap());
            }
            let data = Dataset::from_series(data).unwrap();
            let options = ReportOptions { year, ..ReportOptions::default() };
            let report = Monitor::new(options).unwrap().report(&data);
            prop_assert_eq!(report.rows.len(), 89);
            let _ = plan_targets::report::render::markdown(&report);
            let _ = plan_targets::report::render::csv(&report);
            let _ = plan_targets::report::render::json(&report);
        }
    }
}
