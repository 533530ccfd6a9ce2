//! Laws of the evaluator: monotonicity, duality, boundaries, time, bounds, symmetry.

use plan_targets::eval::{BoundTarget, Context, IndicatorSpec, Policy, Status, bind, evaluate};
use plan_targets::series::{Observation, Series, Year};
use plan_targets::{CmpOp, Target};
use proptest::prelude::*;
use rust_decimal::Decimal;

const B: Year = 2020;

fn bound(target: &str) -> BoundTarget {
    let target: Target = target.parse().unwrap();
    bind(&target, &IndicatorSpec::default(), &Policy::default()).unwrap()
}

fn status_of(target: &BoundTarget, series: &Series, as_of: Option<Year>) -> Status {
    let cx = Context {
        as_of,
        ..Context::default()
    };
    evaluate(target, series, &cx).status
}

fn one(y: Decimal) -> Series {
    Series::from_values([(2023, y)]).unwrap()
}

/// A decimal with two places in [-100, 100].
fn dec() -> impl Strategy<Value = Decimal> {
    (-10_000i64..=10_000).prop_map(|n| Decimal::new(n, 2))
}

/// A non-negative decimal with two places, written without a sign (the notation has none).
fn pos() -> impl Strategy<Value = Decimal> {
    (0i64..=10_000).prop_map(|n| Decimal::new(n, 2))
}

fn op() -> impl Strategy<Value = CmpOp> {
    prop_oneof![
        Just(CmpOp::Gt),
        Just(CmpOp::Ge),
        Just(CmpOp::Lt),
        Just(CmpOp::Le)
    ]
}

/// A series with an observation in B and some of the years after it.
fn series_from_b() -> impl Strategy<Value = Vec<(Year, Decimal)>> {
    (dec(), prop::collection::vec(prop::option::of(dec()), 1..7)).prop_map(|(b, rest)| {
        std::iter::once((B, b))
            .chain(
                rest.into_iter()
                    .enumerate()
                    .filter_map(|(i, v)| v.map(|v| (B + 1 + i as Year, v))),
            )
            .collect()
    })
}

const DIRECTIONAL: &[&str] = &[
    "提高",
    "逐步提高",
    "逐年提高",
    "巩固提高",
    "下降",
    "明显下降",
    "得到控制",
    "逐步缩小",
    "明显缩小",
];

const HELD: &[&str] = &["保持在10以上", "达到并保持在10以上", "≥10", "<10"];

proptest! {
    #[test]
    fn raising_the_value_never_breaks_at_least(v in pos(), y in dec(), up in pos(), strict: bool) {
        let t = bound(&format!("{}{v}", if strict { ">" } else { "≥" }));
        if status_of(&t, &one(y), None) == Status::Met {
            prop_assert_eq!(status_of(&t, &one(y + up), None), Status::Met);
        }
    }

    #[test]
    fn lowering_the_value_never_breaks_at_most(v in pos(), y in dec(), down in pos(), strict: bool) {
        let t = bound(&format!("{}{v}", if strict { "<" } else { "≤" }));
        if status_of(&t, &one(y), None) == Status::Met {
            prop_assert_eq!(status_of(&t, &one(y - down), None), Status::Met);
        }
    }

    #[test]
    fn an_operator_and_its_negation_disagree_on_exact_values(v in pos(), y in dec(), op in op()) {
        let a = status_of(&bound(&format!("{}{v}", op.symbol())), &one(y), None);
        let b = status_of(&bound(&format!("{}{v}", op.negate().symbol())), &one(y), None);
        prop_assert!(matches!(a, Status::Met | Status::NotMet));
        prop_assert_eq!(a == Status::Met, b == Status::NotMet);
        prop_assert_eq!(a == Status::Met, op.holds(y, v));
    }

    #[test]
    fn at_the_bound_inclusive_holds_and_strict_does_not(v in pos()) {
        let s = one(v);
        prop_assert_eq!(status_of(&bound(&format!("≥{v}")), &s, None), Status::Met);
        prop_assert_eq!(status_of(&bound(&format!("≤{v}")), &s, None), Status::Met);
        prop_assert_eq!(status_of(&bound(&format!(">{v}")), &s, None), Status::NotMet);
        prop_assert_eq!(status_of(&bound(&format!("<{v}")), &s, None), Status::NotMet);
        prop_assert_eq!(status_of(&bound(&format!("{v}以上")), &s, None), Status::Met);
        prop_assert_eq!(status_of(&bound(&format!("低于{v}")), &s, None), Status::NotMet);
    }

    #[test]
    fn observations_after_t_are_ignored(
        points in series_from_b(),
        later in prop::collection::vec(dec(), 1..4),
        form in prop::sample::select([DIRECTIONAL, HELD].concat()),
    ) {
        let last = points.last().unwrap().0;
        let t = bound(form);
        let short = Series::from_values(points.clone()).unwrap();
        let long = Series::from_values(
            points.into_iter().chain(later.into_iter().enumerate().map(|(i, v)| (last + 1 + i as Year, v))),
        )
        .unwrap();
        let cx = Context { as_of: Some(last), ..Context::default() };
        let a = evaluate(&t, &short, &Context::default());
        let b = evaluate(&t, &long, &cx);
        prop_assert_eq!(a.status, b.status);
        prop_assert_eq!(a.evidence.observed, b.evidence.observed);
        prop_assert_eq!(a.evidence.years, b.evidence.years);
    }

    #[test]
    fn a_decided_bound_agrees_with_every_value_it_allows(
        bop in op(), b in pos(), top in op(), v in pos(), step in 1i64..500,
    ) {
        let t = bound(&format!("{}{v}", top.symbol()));
        let obs = Observation::Bound { op: bop, bound: b };
        let s = Series::new([(2023, obs)]).unwrap();
        let verdict = status_of(&t, &s, None);
        prop_assume!(verdict != Status::InsufficientData);
        let step = Decimal::new(step, 2);
        // Values the bound allows: its end (if included), just inside, far inside, and the
        // target's own bound and its neighbours when allowed.
        let candidates = [b, b + step, b - step, b + Decimal::new(1, 4), b - Decimal::new(1, 4), v,
            v + Decimal::new(1, 4), v - Decimal::new(1, 4), b * Decimal::TEN, -b * Decimal::TEN];
        for y in candidates.into_iter().filter(|&y| bop.holds(y, b)) {
            prop_assert_eq!(status_of(&t, &one(y), None), verdict, "value {}", y);
        }
    }

    #[test]
    fn rise_and_fall_mirror_on_the_negated_series(points in series_from_b()) {
        let s = Series::from_values(points.clone()).unwrap();
        let neg = Series::from_values(points.iter().map(|&(y, v)| (y, -v))).unwrap();
        let zero = |s: &Series, year: Year| s.get(year).and_then(Observation::value) == Some(Decimal::ZERO);
        let last = points.last().unwrap().0;
        prop_assume!(!(zero(&s, B) && zero(&s, last))); // fall's "both 0" clause has no mirror
        prop_assert_eq!(status_of(&bound("提高"), &s, None), status_of(&bound("下降"), &neg, None));
    }

    #[test]
    fn a_year_before_the_baseline_changes_nothing(
        points in series_from_b(),
        early in dec(),
        years_before in 1..5i32,
        form in prop::sample::select([DIRECTIONAL, HELD].concat()),
    ) {
        let t = bound(form);
        let s = Series::from_values(points.clone()).unwrap();
        let more = Series::from_values(points.into_iter().chain([(B - years_before, early)])).unwrap();
        let a = evaluate(&t, &s, &Context::default());
        let b = evaluate(&t, &more, &Context::default());
        prop_assert_eq!(a, b);
    }
}

proptest! {
    /// The single-value check agrees with the full evaluation of a one-year series, for every
    /// quantified target the notation can write that the value alone decides.
    #[test]
    fn check_agrees_with_evaluate(target in plan_targets::strategy::quantified(), y in dec()) {
        let spec = IndicatorSpec {
            direction: Some(plan_targets::Direction::Higher),
            ..IndicatorSpec::default()
        };
        let Ok(bound) = bind(&target, &spec, &Policy::default()) else { return Ok(()) };
        if let Some(met) = bound.check(y) {
            let status = status_of(&bound, &one(y), None);
            prop_assert_eq!(status, if met { Status::Met } else { Status::NotMet }, "{} at {}", target, y);
        }
    }
}

/// Values from the ordinary to the extreme, for the no-panic property.
fn any_value() -> impl Strategy<Value = Decimal> {
    prop_oneof![
        4 => dec(),
        1 => Just(Decimal::ZERO),
        1 => Just(Decimal::MAX),
        1 => Just(Decimal::MIN),
        1 => (1i64..1000).prop_map(|m| Decimal::new(m, 28)),
    ]
}

fn any_observation() -> impl Strategy<Value = Observation> {
    prop_oneof![
        4 => any_value().prop_map(Observation::Value),
        1 => (any_value(), op()).prop_map(|(bound, op)| Observation::Bound { op, bound }),
        1 => (any_value(), any_value())
            .prop_map(|(antecedent, consequent)| Observation::Ratio { antecedent, consequent }),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// Any target of the notation, any figures (zero, negative, the largest and the tiniest
    /// decimals, bounds, ratios), any year: an assessment, never a panic.
    #[test]
    fn evaluation_never_panics(
        target in plan_targets::strategy::target(),
        points in prop::collection::btree_map(2015i32..2035, any_observation(), 0..8),
        reference in prop::collection::btree_map(2015i32..2035, any_observation(), 0..4),
        baseline in prop::option::of(any_observation()),
        as_of in prop::option::of(2010i32..2040),
    ) {
        let spec = IndicatorSpec {
            direction: Some(plan_targets::Direction::Higher),
            reference: Some("ref".to_owned()),
            band: Some(plan_targets::eval::Band::new(Decimal::from(103), Decimal::from(107))),
            ..IndicatorSpec::default()
        };
        let Ok(bound) = bind(&target, &spec, &Policy::default()) else { return Ok(()) };
        let series = Series::new(points).unwrap();
        let mut references = plan_targets::eval::References::new();
        references.insert("ref".to_owned(), Series::new(reference).unwrap());
        let cx = Context {
            as_of,
            given_baseline: baseline.as_ref(),
            references: Some(&references),
        };
        let assessment = evaluate(&bound, &series, &cx);
        prop_assert!(!assessment.explanation.to_string().is_empty());
    }
}

// --- the wider notation ---

/// Falls written every way the notation has: relative, absolute, from a named year, per year.
const FALLS: &[&str] = &[
    "下降1/3",
    "减少三分之一以上",
    "下降30%",
    "下降1/3左右",
    "较2018年下降20%",
    "下降5个百分点",
    "累计降低17%",
    "每年降低0.5个百分点以上",
    "年均下降2%",
    "比上届有所下降",
];

/// A positive decimal with two places, at least 0.01.
fn positive() -> impl Strategy<Value = Decimal> {
    (1i64..=10_000).prop_map(|n| Decimal::new(n, 2))
}

/// The order of statuses worst first, as a conjunction combines them.
fn status_rank(s: Status) -> u8 {
    match s {
        Status::NotMet => 0,
        Status::InsufficientData => 1,
        Status::NeedsJudgement => 2,
        Status::Met => 3,
    }
}

fn outlook_rank(o: plan_targets::outlook::Outlook) -> u8 {
    use plan_targets::outlook::Outlook;
    match o {
        Outlook::Deteriorating => 0,
        Outlook::LimitedProgress => 1,
        Outlook::AccelerationNeeded => 2,
        Outlook::InsufficientData => 3,
        Outlook::NeedsJudgement => 4,
        Outlook::OnTrack => 5,
        Outlook::Achieved => 6,
    }
}

fn outlook_of(
    bound: &BoundTarget,
    series: &Series,
    cx: &Context<'_>,
) -> plan_targets::outlook::Outlook {
    let window = plan_targets::eval::Window::new(bound, series, cx);
    let assessment = plan_targets::eval::evaluate_in(bound, &window, cx);
    plan_targets::outlook::assess(bound, &assessment, &window, &Policy::default()).outlook
}

proptest! {
    /// Relative change: a larger fall never turns met into not_met (nor into anything else).
    #[test]
    fn a_larger_fall_never_breaks_a_relative_change(
        i in 0..FALLS.len(),
        y2018 in positive(),
        y2020 in positive(),
        yt in positive(),
        more in pos(),
        t in 2021i32..2031,
    ) {
        let b = bound(FALLS[i]);
        let points = |y: Decimal| {
            Series::from_values([(2018, y2018), (B, y2020), (t, y)]).unwrap()
        };
        let before = status_of(&b, &points(yt), None);
        let after = status_of(&b, &points(yt - more), None);
        if before == Status::Met {
            prop_assert_eq!(after, Status::Met, "{} with {} then {}", FALLS[i], yt, yt - more);
        }
        if after == Status::NotMet {
            prop_assert_eq!(before, Status::NotMet);
        }
    }

    /// Milestones: the status at t is that of the milestone due (the earliest whose year is t
    /// or later; after the last, the last), evaluated on its own.
    #[test]
    fn milestones_take_the_status_of_the_milestone_due(
        (op1, v1) in (op(), pos()),
        (op2, v2) in (op(), pos()),
        points in series_from_b(),
        as_of in prop::option::of(2018i32..2034),
    ) {
        let first = format!("{}{v1}", op1.symbol());
        let second = format!("{}{v2}", op2.symbol());
        let whole = bound(&format!("到2023年{first}，到2026年{second}"));
        let series = Series::from_values(points).unwrap();
        let t = as_of.or(series.latest(None).map(|(y, _)| y)).unwrap();
        let due = if t <= 2023 { &first } else { &second };
        prop_assert_eq!(
            status_of(&whole, &series, as_of),
            status_of(&bound(due), &series, as_of)
        );
    }

    /// All of: never better than its worst part, for the status and for the outlook.
    #[test]
    fn a_conjunction_is_never_better_than_its_worst_part(
        i in 0..HELD.len(),
        j in 0..DIRECTIONAL.len(),
        points in series_from_b(),
        as_of in prop::option::of(2018i32..2030),
    ) {
        let parts = [HELD[i], DIRECTIONAL[j]];
        let whole = bound(&format!("{}，并{}", parts[0], parts[1]));
        prop_assert_eq!(whole.items().len(), 2);
        let series = Series::from_values(points).unwrap();
        let cx = Context { as_of, ..Context::default() };
        let worst_status = parts.iter().map(|p| status_rank(evaluate(&bound(p), &series, &cx).status)).min();
        prop_assert_eq!(Some(status_rank(evaluate(&whole, &series, &cx).status)), worst_status);
        let worst_outlook = parts.iter().map(|p| outlook_rank(outlook_of(&bound(p), &series, &cx))).min();
        prop_assert!(Some(outlook_rank(outlook_of(&whole, &series, &cx))) <= worst_outlook);
    }

    /// Every target the notation's generator makes binds to an indicator that gives what forms
    /// need (a direction, a reference series, a band), composed directional phrases included.
    #[test]
    fn every_generated_target_binds(target in plan_targets::strategy::target()) {
        let spec = IndicatorSpec {
            direction: Some(plan_targets::Direction::Higher),
            reference: Some("ref".to_owned()),
            band: Some(plan_targets::eval::Band::new(Decimal::from(103), Decimal::from(107))),
            ..IndicatorSpec::default()
        };
        match bind(&target, &spec, &Policy::default()) {
            Ok(_) => {}
            Err(e) if matches!(e.kind(), plan_targets::eval::BindErrorKind::UnsupportedCondition { .. }) => {}
            Err(e) => prop_assert!(false, "`{}` does not bind: {}", target, e),
        }
    }
}
