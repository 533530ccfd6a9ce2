//! Quantified targets: the ratio `R` of the actual to the required rate towards a goal value.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::rate::{cagr, side, sign, years};
use super::{Moved, Outlook, OutlookResult, RateKind, Why, band_target, span};
use crate::Direction;
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
    if v == yb {
        return no_rate_required(input.direction, b, yb, t, yt, v);
    }
    if input.direction == Direction::Band && d == side(yt, v) {
        return OutlookResult::new(Outlook::NeedsJudgement, Why::AcrossBand { b, yb, t, yt });
    }
    let (n_actual, n_required) = (years(b, t), years(b, target_year));
    let positive = yb > Decimal::ZERO && yt > Decimal::ZERO && v > Decimal::ZERO;
    if positive {
        let (Some(actual), Some(required)) = (cagr(yb, yt, n_actual), cagr(yb, v, n_required))
        else {
            return OutlookResult::overflow();
        };
        if required.is_zero() {
            return no_rate_required(input.direction, b, yb, t, yt, v);
        }
        let s = d * actual;
        let (Some(r), Some(s_percent), Some(required_percent)) = (
            s.checked_div(required.abs()),
            s.checked_mul(Decimal::ONE_HUNDRED),
            required.abs().checked_mul(Decimal::ONE_HUNDRED),
        ) else {
            return OutlookResult::overflow();
        };
        let outlook = classify_ratio(r, policy);
        let why = Why::Compound {
            b,
            yb,
            t,
            yt,
            s_percent,
            r,
            required_percent,
            v,
            target_year,
        };
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
