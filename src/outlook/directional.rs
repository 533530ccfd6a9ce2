//! Directional goals: the annual pace in the direction of better, and 逐年提高.

use std::cmp::Ordering;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::rate::{cagr, limit_factor, side, sign, times, years};
use super::{Figure, Outlook, OutlookResult, RateKind, Why, span};
use crate::Direction;
use crate::eval::{Policy, Reading, Rises, Stop, Window, fixed};
use crate::series::{Observation, Year};

/// What [`directional_outlook`] needs: a goal that only says which way to move (`提高`, `下降`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DirectionalInput {
    /// `(B, y_B)`: the baseline year and value, if known.
    pub baseline: Option<(Year, Decimal)>,
    /// `(t, y_t)`: the year and value of the latest observation at or before the assessment year.
    pub current: Option<(Year, Decimal)>,
    /// Higher or lower is better; [`Direction::Band`] gives `needs_judgement`.
    pub direction: Direction,
    /// Whether the indicator is a percentage with the natural limit
    /// [`Policy::percentage_limit`].
    pub percentage: bool,
}

/// The outlook of a directional goal (`提高`, `下降`, `不断提高`, ...), always judged by its pace,
/// even when met so far.
///
/// `s = d·CAGR(y_B → y_t)` in % a year: `s ≥ 1.5` `on_track`, `0.5 ≤ s < 1.5`
/// `acceleration_needed`, `0 ≤ s < 0.5` `limited_progress`, `s < 0` `deteriorating`. For a
/// higher-is-better percentage the positive thresholds are multiplied by [`limit_factor`]. Where a
/// value is ≤ 0 the rate is the linear annual change relative to `|y_B|` (see the module docs).
///
/// ```
/// use plan_targets::Direction;
/// use plan_targets::eval::Policy;
/// use plan_targets::outlook::{DirectionalInput, Outlook, RateKind, directional_outlook};
/// use rust_decimal::Decimal;
///
/// let policy = Policy::default();
/// // 100 → 101.5 in a year: 1.5 % a year, on track.
/// let mut input = DirectionalInput {
///     baseline: Some((2020, Decimal::from(100))),
///     current: Some((2021, "101.5".parse().unwrap())),
///     direction: Direction::Higher,
///     percentage: false,
/// };
/// let result = directional_outlook(&input, &policy);
/// assert_eq!(result.outlook, Outlook::OnTrack);
/// assert_eq!(result.rate, Some("1.5".parse().unwrap()));
/// assert_eq!(result.rate_kind, RateKind::PercentPerYear);
///
/// // 98 % → 98.13 % is only 0.133 % a year, but near the limit of 100 % the bar is
/// // 1.5 × (1 − 0.98^4.44) ≈ 0.129 % a year: on track.
/// input.baseline = Some((2020, Decimal::from(98)));
/// input.current = Some((2021, "98.13".parse().unwrap()));
/// input.percentage = true;
/// assert_eq!(directional_outlook(&input, &policy).outlook, Outlook::OnTrack);
/// input.percentage = false;
/// assert_eq!(directional_outlook(&input, &policy).outlook, Outlook::LimitedProgress);
/// ```
pub fn directional_outlook(input: &DirectionalInput, policy: &Policy) -> OutlookResult {
    if input.direction == Direction::Band {
        return OutlookResult::new(Outlook::NeedsJudgement, Why::NoDirection);
    }
    let ((b, yb), (t, yt)) = match span(input.baseline, input.current) {
        Ok(pair) => pair,
        Err(result) => return result,
    };
    let d = sign(input.direction);
    let n = years(b, t);
    let (s, method) = if fixed::positive(yb) && fixed::positive(yt) {
        let Some(rate) = cagr(yb, yt, n) else {
            return OutlookResult::overflow();
        };
        let Some(s) = rate
            .checked_mul(Decimal::ONE_HUNDRED)
            .and_then(|percent| times(d, percent))
        else {
            return OutlookResult::overflow();
        };
        (s, "compound")
    } else if yb.is_zero() {
        let change = d * side(yt, yb);
        let (outlook, how) = if change == Decimal::ONE {
            (Outlook::OnTrack, "moved the better way")
        } else if change == Decimal::NEGATIVE_ONE {
            (Outlook::Deteriorating, "moved away")
        } else if input.direction == Direction::Lower {
            (Outlook::OnTrack, "stayed at the floor 0")
        } else {
            (Outlook::LimitedProgress, "did not move")
        };
        return OutlookResult::new(outlook, Why::FromZero { b, how, t, yt });
    } else {
        let relative = || -> Option<Decimal> {
            d.checked_mul(yt.checked_sub(yb)?)?
                .checked_mul(Decimal::ONE_HUNDRED)?
                .checked_div(Decimal::from(n).checked_mul(yb.abs())?)
        };
        let Some(rate) = relative() else {
            return OutlookResult::overflow();
        };
        (rate, "linear (a value is not positive)")
    };
    let c = if input.percentage && input.direction == Direction::Higher {
        match limit_factor(yb, policy) {
            Some(c) => c,
            None => return OutlookResult::overflow(),
        }
    } else {
        Decimal::ONE
    };
    let (Some(on_track), Some(acceleration)) = (
        times(c, policy.outlook.on_track_rate),
        times(c, policy.outlook.acceleration_rate),
    ) else {
        return OutlookResult::overflow();
    };
    let at_least = |p: Decimal| fixed::cmp(s, p) != Ordering::Less;
    let outlook = if at_least(on_track) {
        Outlook::OnTrack
    } else if at_least(acceleration) {
        Outlook::AccelerationNeeded
    } else if !s.is_sign_negative() || s.is_zero() {
        Outlook::LimitedProgress
    } else {
        Outlook::Deteriorating
    };
    let why = Why::Pace {
        b,
        yb,
        t,
        yt,
        s,
        method,
        on_track,
        scaled: (c != Decimal::ONE).then_some(c),
    };
    OutlookResult::rated(outlook, s, RateKind::PercentPerYear, why)
}

/// The outlook of 逐年提高 (a rise every year): `on_track` while every change so far is a rise,
/// `deteriorating` at the first that is not.
///
/// `points` are the observations in `B..=t`, in increasing year order. Fewer than two, years out
/// of order, or a missing year with no failed rise are `insufficient_data`.
///
/// ```
/// use plan_targets::outlook::{Outlook, every_year_outlook};
/// use rust_decimal::Decimal;
///
/// let d = |s: &str| s.parse::<Decimal>().unwrap();
/// let rising = [(2020, d("80")), (2021, d("80.5")), (2022, d("81"))];
/// assert_eq!(every_year_outlook(&rising).outlook, Outlook::OnTrack);
/// let flat = [(2020, d("80")), (2021, d("80.5")), (2022, d("80.5"))];
/// assert_eq!(every_year_outlook(&flat).outlook, Outlook::Deteriorating);
/// ```
pub fn every_year_outlook(points: &[(Year, Decimal)]) -> OutlookResult {
    if points.windows(2).any(|w| w[1].0 <= w[0].0) {
        return OutlookResult::new(Outlook::InsufficientData, Why::OutOfOrder);
    }
    let observations: Vec<(Year, Observation)> = points
        .iter()
        .map(|&(y, v)| (y, Observation::Value(v)))
        .collect();
    let walk = Rises::walk(observations.iter().map(|(y, o)| (*y, o)), None, None);
    from_rises(&walk, Reading::Value)
}

/// 逐年提高 over a window: the walk the status rule makes ([`Window`]'s), read the outlook's
/// way.
pub(super) fn every_year_in(window: &Window<'_>) -> OutlookResult {
    from_rises(&window.rises(), window.reading())
}

/// Fewer than two points: insufficient; a step that certainly did not rise (even across a gap):
/// deteriorating; a missing year, a ratio or a step a bound leaves open: insufficient;
/// otherwise on track.
fn from_rises(walk: &Rises<'_>, reading: Reading) -> OutlookResult {
    let figure = |o: &Observation| match reading.magnitude(o) {
        Some(v) => Figure::Number(v),
        None => Figure::Written(o.clone()),
    };
    if walk.points < 2 {
        return OutlookResult::new(Outlook::InsufficientData, Why::TooFewForEveryYear);
    }
    if let Some(((a, ya), (z, yz))) = walk.first_fall {
        return OutlookResult::new(
            Outlook::Deteriorating,
            Why::DidNotRise {
                a,
                ya: figure(ya),
                z,
                yz: figure(yz),
            },
        );
    }
    match walk.stop {
        Some(Stop::Missing(year)) => {
            return OutlookResult::new(Outlook::InsufficientData, Why::MissingYear(year));
        }
        Some(Stop::Ratio(year, o)) => {
            return OutlookResult::new(Outlook::InsufficientData, Why::NotAValue(year, o.clone()));
        }
        None if walk.undecided => {
            return OutlookResult::new(Outlook::InsufficientData, Why::Undecided);
        }
        None => {}
    }
    match (walk.first, walk.last) {
        (Some((a, ya)), Some((z, yz))) => OutlookResult::new(
            Outlook::OnTrack,
            Why::RoseEveryYear {
                a,
                ya: figure(ya),
                z,
                yz: figure(yz),
            },
        ),
        _ => OutlookResult::new(Outlook::InsufficientData, Why::TooFewForEveryYear),
    }
}
