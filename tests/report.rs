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
    let report = Monitor::new(ReportOptions::default()).report(&data);
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
    let report = Monitor::new(options).report(&data);
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
    let report = Monitor::new(ReportOptions::default()).report(&data);
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
    let report = Monitor::new(ReportOptions::default()).report(&data);
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
    let report = Monitor::new(options).report(&data);
    let w03 = report.rows.iter().find(|r| r.id == "W03").unwrap();
    let notes: Vec<String> = w03.notes.iter().map(ToString::to_string).collect();
    // Empty fields are left out, and so are records after the assessment year.
    assert_eq!(notes, ["2020 note: 公布值为上限", "2020 source: 卫健委"]);
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
            let report = Monitor::new(options).report(&data);
            prop_assert_eq!(report.rows.len(), 89);
            let _ = plan_targets::report::render::markdown(&report);
            let _ = plan_targets::report::render::csv(&report);
            let _ = plan_targets::report::render::json(&report);
        }
    }
}
