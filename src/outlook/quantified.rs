//! Quantified targets: the ratio `R` of the actual to the required rate towards a goal value.

use std::cmp::Ordering;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::rate::{cagr, side, sign, times, years};
use super::{Moved, Outlook, OutlookResult, RATE_DP, RateKind, Why, band_target, span};
use crate::Direction;
use crate::eval::fixed;
use crate::eval::{Policy, Threshold};
use crate::series::Year;

/// The value a quantified outlook aims at, from the threshold the status applied: a bound to
/// pass, or a band whose nearest edge (to the baseline) is the target. Plain data, decided
/// once per assessment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Goal {
    /// Pass `value` in `direction`.
    Bound {
        value: Decimal,
        direction: Direction,
    },
    /// Land in `[low, high]`; `otherwise` stands in for an unknown baseline.
    Band {
        low: Decimal,
        high: Decimal,
        otherwise: Decimal,
    },
}

impl Goal {
    /// The goal a threshold sets; `None` for a ratio `0:b`, which has no rate.
    pub(super) fn of(threshold: Threshold) -> Option<Goal> {
        match threshold {
            Threshold::Compare { op, value } => Some(Goal::Bound {
                value,
                direction: op.direction(),
            }),
            Threshold::Within { low, high } => Some(Goal::Band {
                low,
                high,
                otherwise: low,
            }),
            Threshold::Ratio {
                antecedent,
                consequent,
                direction,
                tolerance,
            } => {
                // Read like the observations: the second term per unit of the first.
                let ratio = consequent.checked_div(antecedent)?;
                match direction {
                    Some(d @ (Direction::Higher | Direction::Lower)) => Some(Goal::Bound {
                        value: ratio,
                        direction: d,
                    }),
                    Some(Direction::Band) | None => {
                        let delta = ratio.saturating_mul(tolerance);
                        Some(Goal::Band {
                            low: ratio.saturating_sub(delta),
                            high: ratio.saturating_add(delta),
                            otherwise: ratio,
                        })
                    }
                }
            }
        }
    }

    /// The target value `v`, given the baseline (a band's edge nearest to it).
    pub(super) fn value(self, baseline: Option<Decimal>) -> Decimal {
        match self {
            Goal::Bound { value, .. } => value,
            Goal::Band {
                low,
                high,
                otherwise,
            } => band_target(low, high, baseline.unwrap_or(otherwise)),
        }
    }

    /// The direction of better; [`Direction::Band`] for a band.
    pub(super) fn direction(self) -> Direction {
        match self {
            Goal::Bound { direction, .. } => direction,
            Goal::Band { .. } => Direction::Band,
        }
    }
}

/// What [`quantified_outlook`] needs: a target with a value to reach.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuantifiedInput {
    /// `(B, y_B)`: the baseline year and value, if known.
    pub baseline: Option<(Year, Decimal)>,
    /// `(t, y_t)`: the year and value of the latest observation at or before the assessment year.
    pub current: Option<(Year, Decimal)>,
    /// The target value `v`; for a band, its edge nearest the baseline (see [`band_target`]).
    pub target: Decimal,
    /// The direction of better; [`Direction::Band`] for a band.
    pub direction: Direction,
    /// The target year `T`; `None` takes [`Policy::target_year`].
    pub target_year: Option<Year>,
    /// Whether the target is met as of `t` (and, for *keep* forms, held so far): the status,
    /// computed by the caller.
    pub met: bool,
}

fn classify_ratio(r: Decimal, policy: &Policy) -> Outlook {
    if r >= policy.outlook.on_track_ratio {
        Outlook::OnTrack
    } else if r >= policy.outlook.acceleration_ratio {
        Outlook::AccelerationNeeded
    } else if r >= Decimal::ZERO {
        Outlook::LimitedProgress
    } else {
        Outlook::Deteriorating
    }
}

/// [`classify_ratio`] of `R = s / required` and `R` as [`OutlookResult::rated`] reports it
/// (`round_dp(6)`, normalized), both from the exact fraction in integers rather than from the
/// 28-digit `Decimal` quotient; `None` when this way cannot vouch for the same answer (the
/// caller then divides in `Decimal`).
///
/// `R = N / D` exactly, with `N = s_m·10^max(0, r_s − s_s)` and `D = r_m·10^max(0, s_s − r_s)`
/// (mantissas and scales of `s` and `required > 0`). It answers for `D < 10^15` and
/// `|R| < 10^4`, where `Decimal`'s quotient is `N / D` to at least 24 places (28 digits), off
/// by at most half of 10⁻²⁴. The verdict: a threshold `p` of at most 8 places (`0.95`, `0.6`,
/// `0`) lies on that grid, and an `R ≠ p` is at least `1/(D·10⁸) > 10⁻²³` from it, so the
/// rounded quotient is on the same side of `p` as `R`: `R ≥ p` exactly when
/// `N·10^p_s ≥ p_m·D`. The rate: `N / D` is a multiple of 10⁻⁶, or a tie at 10⁻⁷ (both exact
/// in `Decimal` too), or at least `1/(2·10⁶·D) > 5·10⁻²²` from every tie, so rounding the
/// quotient half to even at 6 places gives what rounding `N / D` gives. Properties check both
/// against the `Decimal` way.
fn ratio_in_integers(s: Decimal, required: Decimal, policy: &Policy) -> Option<(Outlook, Decimal)> {
    const MAX_D: i128 = 1_000_000_000_000_000;
    const MAX_R: i128 = 10_000;
    let (sm, ss) = fixed::small(s)?;
    let (rm, rs) = fixed::small(required)?;
    if rm <= 0 {
        return None;
    }
    let power = |k: u32| fixed::POW10.get(k as usize).map(|&p| i128::from(p));
    let (n, d) = if rs >= ss {
        (i128::from(sm).checked_mul(power(rs - ss)?)?, i128::from(rm))
    } else {
        (i128::from(sm), i128::from(rm).checked_mul(power(ss - rs)?)?)
    };
    if d >= MAX_D || n.abs() >= MAX_R * d {
        return None;
    }
    // |N| < 10^19, 10^p_s ≤ 10^8, |p_m| < 2^63 and D < 10^15: neither product leaves i128.
    let at_least = |p: Decimal| -> Option<bool> {
        let (pm, ps) = fixed::small(p).filter(|&(_, ps)| ps <= 8)?;
        Some(n * power(ps)? >= i128::from(pm) * d)
    };
    let outlook = if at_least(policy.outlook.on_track_ratio)? {
        Outlook::OnTrack
    } else if at_least(policy.outlook.acceleration_ratio)? {
        Outlook::AccelerationNeeded
    } else if n >= 0 {
        Outlook::LimitedProgress
    } else {
        Outlook::Deteriorating
    };
    // |R|·10^6 < 10^10: the rounded count of millionths fits easily.
    let millionths = n.unsigned_abs() * 1_000_000;
    let d = d.unsigned_abs();
    let (whole, rest) = (millionths / d, millionths % d);
    let up = match (2 * rest).cmp(&d) {
        Ordering::Greater => true,
        Ordering::Equal => whole % 2 == 1,
        Ordering::Less => false,
    };
    let rounded = u64::try_from(whole + u128::from(up)).ok()?;
    Some((outlook, fixed::normalized(n < 0, rounded, RATE_DP)))
}

/// The outlook of a quantified target (comparison, attain, approximately, range, ratio,
/// reference): `achieved` when met, otherwise by the ratio `R` of the actual to the required
/// rate.
///
/// `R = d·CAGR(y_B → y_t) / |CAGR(y_B → v)|`, the first over `t − B` years and the second over
/// `T − B`; where `y_B`, `y_t` or `v` is ≤ 0, the linear reference path
/// `R = d·(y_t − y_B)·(T − B) / ((t − B)·|v − y_B|)`. Then `R ≥ 0.95` is `on_track`,
/// `0.6 ≤ R < 0.95` `acceleration_needed`, `0 ≤ R < 0.6` `limited_progress`, `R < 0`
/// `deteriorating` (thresholds from the policy). Without a baseline, a current value or an
/// observation after `B` (or with `T ≤ B`), `insufficient_data`. See the module docs for the
/// cases where no rate is required and for bands.
///
/// ```
/// use plan_targets::Direction;
/// use plan_targets::eval::Policy;
/// use plan_targets::outlook::{Outlook, QuantifiedInput, RateKind, quantified_outlook};
/// use rust_decimal::Decimal;
///
/// // 100 in 2020; reaching 259.37424601 by 2030 needs 10 % a year (1.1^10 = 2.5937424601).
/// // 119.9025 in 2022 is 9.5 % a year (1.095^2 = 1.199025): R = 0.095 / 0.1 = 0.95, on track.
/// let mut input = QuantifiedInput {
///     baseline: Some((2020, Decimal::from(100))),
///     current: Some((2022, "119.9025".parse().unwrap())),
///     target: "259.37424601".parse().unwrap(),
///     direction: Direction::Higher,
///     target_year: Some(2030),
///     met: false,
/// };
/// let policy = Policy::default();
/// let result = quantified_outlook(&input, &policy);
/// assert_eq!(result.outlook, Outlook::OnTrack);
/// assert_eq!(result.rate, Some("0.95".parse().unwrap()));
/// assert_eq!(result.rate_kind, RateKind::Ratio);
///
/// // 119.6836 is 9.4 % a year (1.094^2): R = 0.94, just below.
/// input.current = Some((2022, "119.6836".parse().unwrap()));
/// assert_eq!(quantified_outlook(&input, &policy).outlook, Outlook::AccelerationNeeded);
///
/// // Met already: achieved, whatever the pace.
/// input.met = true;
/// assert_eq!(quantified_outlook(&input, &policy).outlook, Outlook::Achieved);
/// ```
pub fn quantified_outlook(input: &QuantifiedInput, policy: &Policy) -> OutlookResult {
    if input.met {
        return OutlookResult::new(Outlook::Achieved, Why::AlreadyMet(input.current));
    }
    let ((b, yb), (t, yt)) = match span(input.baseline, input.current) {
        Ok(pair) => pair,
        Err(result) => return result,
    };
    let target_year = input.target_year.unwrap_or(policy.target_year);
    if target_year <= b {
        return OutlookResult::new(
            Outlook::InsufficientData,
            Why::TargetYearNotAfter { target_year, b },
        );
    }
    let v = input.target;
    let d = match input.direction {
        Direction::Band => side(v, yb),
        other => sign(other),
    };
    if fixed::cmp(v, yb) == Ordering::Equal {
        return no_rate_required(input.direction, b, yb, t, yt, v);
    }
    if input.direction == Direction::Band && d == side(yt, v) {
        return OutlookResult::new(Outlook::NeedsJudgement, Why::AcrossBand { b, yb, t, yt });
    }
    let (n_actual, n_required) = (years(b, t), years(b, target_year));
    let positive = fixed::positive(yb) && fixed::positive(yt) && fixed::positive(v);
    if positive {
        let (Some(actual), Some(required)) = (cagr(yb, yt, n_actual), cagr(yb, v, n_required))
        else {
            return OutlookResult::overflow();
        };
        if required.is_zero() {
            return no_rate_required(input.direction, b, yb, t, yt, v);
        }
        let Some(s) = times(d, actual) else {
            return OutlookResult::overflow();
        };
        let required = required.abs();
        let why = Why::Compound {
            b,
            yb,
            t,
            yt,
            s,
            required,
            v,
            target_year,
        };
        if let Some((outlook, rate)) = ratio_in_integers(s, required, policy) {
            return OutlookResult::rated_exactly(outlook, rate, RateKind::Ratio, why);
        }
        let (Some(r), Some(_), Some(_)) = (
            s.checked_div(required),
            s.checked_mul(Decimal::ONE_HUNDRED),
            required.checked_mul(Decimal::ONE_HUNDRED),
        ) else {
            return OutlookResult::overflow();
        };
        let outlook = classify_ratio(r, policy);
        return OutlookResult::rated(outlook, r, RateKind::Ratio, why);
    }
    let linear = || -> Option<Decimal> {
        let numerator = d
            .checked_mul(yt.checked_sub(yb)?)?
            .checked_mul(Decimal::from(n_required))?;
        let denominator = Decimal::from(n_actual).checked_mul(v.checked_sub(yb)?.abs())?;
        numerator.checked_div(denominator)
    };
    let Some(r) = linear() else {
        return OutlookResult::overflow();
    };
    let outlook = classify_ratio(r, policy);
    let why = Why::Linear {
        b,
        yb,
        t,
        yt,
        v,
        r,
        target_year,
    };
    OutlookResult::rated(outlook, r, RateKind::Ratio, why)
}

/// The baseline already sits on the target: judge the direction of the move alone.
fn no_rate_required(
    direction: Direction,
    b: Year,
    yb: Decimal,
    t: Year,
    yt: Decimal,
    v: Decimal,
) -> OutlookResult {
    let better = match direction {
        Direction::Higher => yt > yb,
        Direction::Lower => yt < yb,
        Direction::Band => false,
    };
    let outlook = if better {
        Outlook::OnTrack
    } else if yt == yb {
        Outlook::LimitedProgress
    } else {
        Outlook::Deteriorating
    };
    let moved = if yt == yb {
        Moved::Not
    } else if better {
        Moved::Better(t, yt)
    } else {
        Moved::Away(t, yt)
    };
    OutlookResult::new(outlook, Why::NoRateRequired { b, yb, v, moved })
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    use rust_decimal::Decimal;

    use super::{RATE_DP, classify_ratio, ratio_in_integers};
    use crate::eval::Policy;

    /// The verdict and the rate the `Decimal` way: the 28-digit quotient, classified, then
    /// rounded as `OutlookResult::rated` did before it had an integer way.
    fn by_decimal(
        s: Decimal,
        required: Decimal,
        policy: &Policy,
    ) -> Option<(super::Outlook, [u8; 16])> {
        let r = s.checked_div(required)?;
        Some((
            classify_ratio(r, policy),
            r.round_dp(RATE_DP).normalize().serialize(),
        ))
    }

    /// A rate as `cagr` gives them (12 places), or any small figure.
    fn rate() -> impl Strategy<Value = Decimal> {
        prop_oneof![
            (-2_000_000_000_000i64..2_000_000_000_000, Just(12u32))
                .prop_map(|(m, s)| Decimal::new(m, s)),
            (-1_000_000i64..1_000_000, 0u32..13).prop_map(|(m, s)| Decimal::new(m, s)),
            (any::<i64>(), 0u32..29).prop_map(|(m, s)| Decimal::new(m, s)),
            Just(Decimal::ZERO),
        ]
    }

    fn policy() -> impl Strategy<Value = Policy> {
        let threshold = prop_oneof![
            Just(Decimal::new(95, 2)),
            Just(Decimal::new(6, 1)),
            (-2_000i64..2_000, 0u32..4).prop_map(|(m, s)| Decimal::new(m, s)),
            (any::<i64>(), 0u32..29).prop_map(|(m, s)| Decimal::new(m, s)),
        ];
        (threshold.clone(), threshold).prop_map(|(on_track, acceleration)| {
            let mut policy = Policy::default();
            policy.outlook.on_track_ratio = on_track;
            policy.outlook.acceleration_ratio = acceleration;
            policy
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(8192))]

        /// The integer verdict and rate are the `Decimal` ones, whenever they answer.
        #[test]
        fn ratio_in_integers_is_the_decimal_ratio(
            s in rate(),
            required in rate().prop_map(|r| r.abs()),
            policy in policy(),
        ) {
            if let Some((outlook, rate)) = ratio_in_integers(s, required, &policy) {
                prop_assert_eq!(Some((outlook, rate.serialize())), by_decimal(s, required, &policy));
            }
        }

        /// Ratios near the thresholds and near ties at 6 places: `s = required·k/10^7 ± ε`.
        #[test]
        fn ratios_near_ties_and_thresholds_are_the_decimal_ones(
            required in 1i64..2_000_000_000_000,
            k in -20_000_000i64..20_000_000,
            nudge in -2i64..3,
        ) {
            let required = Decimal::new(required, 12);
            let Some(s) = required
                .checked_mul(Decimal::new(k, 7))
                .map(|s| s.round_dp(12) + Decimal::new(nudge, 12))
            else {
                return Ok(());
            };
            let policy = Policy::default();
            let fast = ratio_in_integers(s, required, &policy);
            prop_assert!(fast.is_some());
            prop_assert_eq!(
                fast.map(|(o, r)| (o, r.serialize())),
                by_decimal(s, required, &policy)
            );
        }
    }

    #[test]
    fn the_worked_ratio_is_exact() {
        // R = 0.095 / 0.1 = 0.95: on track, rate 0.95.
        let policy = Policy::default();
        let (outlook, rate) =
            ratio_in_integers(Decimal::new(95, 3), Decimal::new(1, 1), &policy).unwrap();
        assert_eq!(
            (outlook, rate.to_string().as_str()),
            (super::Outlook::OnTrack, "0.95")
        );
    }
}
