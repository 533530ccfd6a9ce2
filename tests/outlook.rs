//! Laws of the outlook: monotone in the current value, projections reproduce lines, and no input
//! makes any function panic.

use plan_targets::Direction;
use plan_targets::eval::Policy;
use plan_targets::outlook::{
    DirectionalInput, Outlook, QuantifiedInput, Warning, directional_outlook, every_year_outlook,
    project, quantified_outlook, warning,
};
use proptest::prelude::*;
use rust_decimal::Decimal;

/// The order of the verdicts from worst to best; the others must not occur here.
fn rank(outlook: Outlook) -> u8 {
    match outlook {
        Outlook::Deteriorating => 0,
        Outlook::LimitedProgress => 1,
        Outlook::AccelerationNeeded => 2,
        Outlook::OnTrack => 3,
        Outlook::Achieved => 4,
        other => panic!("unexpected {other:?}"),
    }
}

/// Values from −1000 to 1000 in hundredths, zero and negatives included.
fn value() -> impl Strategy<Value = Decimal> {
    (-100_000i64..=100_000).prop_map(|m| Decimal::new(m, 2))
}

/// Any decimal at all, extremes included.
fn any_decimal() -> impl Strategy<Value = Decimal> {
    prop_oneof![
        (any::<i64>(), 0u32..=28).prop_map(|(m, s)| Decimal::new(m, s)),
        Just(Decimal::MAX),
        Just(Decimal::MIN),
        Just(Decimal::ZERO),
        Just(Decimal::new(1, 28)),
    ]
}

fn higher_or_lower() -> impl Strategy<Value = Direction> {
    prop_oneof![Just(Direction::Higher), Just(Direction::Lower)]
}

fn quantified(direction: Direction, yb: Decimal, v: Decimal, t: i32, yt: Decimal) -> Outlook {
    let met = match direction {
        Direction::Higher => yt >= v,
        _ => yt <= v,
    };
    let input = QuantifiedInput {
        baseline: Some((2020, yb)),
        current: Some((t, yt)),
        target: v,
        direction,
        target_year: Some(2030),
        met,
    };
    quantified_outlook(&input, &Policy::default()).outlook
}

proptest! {
    /// All else equal, a worse current value never gives a better outlook for a quantified
    /// target (with the status computed consistently: met when `y_t` is on the better side of
    /// `v`).
    #[test]
    fn quantified_is_monotone_in_the_current_value(
        direction in higher_or_lower(),
        yb in value(), v in value(), a in value(), b in value(), t in 2021i32..=2035,
    ) {
        let (worse, better) = match direction {
            Direction::Higher => (a.min(b), a.max(b)),
            _ => (a.max(b), a.min(b)),
        };
        let (w, bt) = (quantified(direction, yb, v, t, worse), quantified(direction, yb, v, t, better));
        prop_assert!(rank(w) <= rank(bt), "{worse} → {w:?} but {better} → {bt:?}");
    }

    /// The same law for directional goals, with and without the natural-limit scaling.
    #[test]
    fn directional_is_monotone_in_the_current_value(
        direction in higher_or_lower(), percentage in any::<bool>(),
        yb in value(), a in value(), b in value(), t in 2021i32..=2035,
    ) {
        let (worse, better) = match direction {
            Direction::Higher => (a.min(b), a.max(b)),
            _ => (a.max(b), a.min(b)),
        };
        let outlook = |yt| {
            let input = DirectionalInput {
                baseline: Some((2020, yb)),
                current: Some((t, yt)),
                direction,
                percentage,
            };
            directional_outlook(&input, &Policy::default()).outlook
        };
        let (w, bt) = (outlook(worse), outlook(better));
        prop_assert!(rank(w) <= rank(bt), "{worse} → {w:?} but {better} → {bt:?}");
    }

    /// Points on a line project exactly onto that line, at any year.
    #[test]
    fn projection_reproduces_a_line(
        intercept in (-1_000_000i64..1_000_000).prop_map(|m| Decimal::new(m, 2)),
        slope in (-100_000i64..100_000).prop_map(|m| Decimal::new(m, 3)),
        years in prop::collection::btree_set(2000i32..2040, 2..10),
        at in 1990i32..2060,
    ) {
        let line = |year: i32| intercept + slope * Decimal::from(year - 2020);
        let points: Vec<_> = years.iter().map(|&y| (y, line(y))).collect();
        prop_assert_eq!(project(&points, at), Some(line(at)));
    }

    /// A rise every year is on track, and lowering any one later value to the one before
    /// makes it deteriorating.
    #[test]
    fn every_year_flags_the_first_non_rise(
        start in value(),
        steps in prop::collection::vec((1i64..1000).prop_map(|m| Decimal::new(m, 2)), 1..10),
        pick in any::<prop::sample::Index>(),
    ) {
        let mut points = vec![(2020, start)];
        for (i, step) in steps.iter().enumerate() {
            let last = points[i].1;
            points.push((2021 + i as i32, last + step));
        }
        prop_assert_eq!(every_year_outlook(&points).outlook, Outlook::OnTrack);
        let i = 1 + pick.index(points.len() - 1);
        points[i].1 = points[i - 1].1;
        prop_assert_eq!(every_year_outlook(&points).outlook, Outlook::Deteriorating);
    }

    /// No input makes any function panic; overflow and nonsense come back as results.
    #[test]
    fn nothing_panics(
        yb in any_decimal(), yt in any_decimal(), v in any_decimal(),
        b in any::<i32>(), t in any::<i32>(), target_year in any::<Option<i32>>(),
        direction in prop_oneof![Just(Direction::Higher), Just(Direction::Lower), Just(Direction::Band)],
        met in any::<bool>(), percentage in any::<bool>(),
        points in prop::collection::vec((any::<i32>(), any_decimal()), 0..6),
        at in any::<i32>(),
    ) {
        let policy = Policy::default();
        let q = quantified_outlook(&QuantifiedInput {
            baseline: Some((b, yb)), current: Some((t, yt)), target: v, direction, target_year, met,
        }, &policy);
        prop_assert!(!q.explanation.to_string().is_empty());
        let d = directional_outlook(&DirectionalInput {
            baseline: Some((b, yb)), current: Some((t, yt)), direction, percentage,
        }, &policy);
        prop_assert!(!d.explanation.to_string().is_empty());
        let _ = every_year_outlook(&points);
        let _ = project(&points, at);
    }

    /// Red exactly when deteriorating or not met at or after the target year.
    #[test]
    fn red_flags(index in 0usize..7, not_met_at_t in any::<bool>()) {
        let outlook = [
            Outlook::Achieved, Outlook::OnTrack, Outlook::AccelerationNeeded,
            Outlook::LimitedProgress, Outlook::Deteriorating, Outlook::InsufficientData,
            Outlook::NeedsJudgement,
        ][index];
        let red = warning(outlook, not_met_at_t) == Some(Warning::Red);
        prop_assert_eq!(red, not_met_at_t || outlook == Outlook::Deteriorating);
    }
}
