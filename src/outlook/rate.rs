//! Rate arithmetic: compound annual growth, fractional powers, the natural-limit factor, band
//! targets and the small sign helpers the classifiers share.

use rust_decimal::Decimal;

use crate::Direction;
use crate::eval::Policy;
use crate::series::Year;

/// Decimal places a fractional power is rounded to (see the module's "Precision").
const POWER_DP: u32 = 12;
/// Decimal places of the figures in an explanation.
const SHOW_DP: u32 = 3;

/// The compound annual growth rate `(to/from)^(1/years) − 1` as a fraction (0.1 = 10 % a year).
///
/// `None` when it is undefined (`from ≤ 0`, `to ≤ 0`, `years ≤ 0`) or overflows. Rounded to 12
/// decimal places (see the module's "Precision").
///
/// ```
/// use plan_targets::outlook::cagr;
/// use rust_decimal::Decimal;
///
/// // 100 → 121 in two years is 10 % a year.
/// assert_eq!(cagr(Decimal::from(100), Decimal::from(121), 2), Some(Decimal::new(1, 1)));
/// assert_eq!(cagr(Decimal::ZERO, Decimal::from(121), 2), None);
/// ```
pub fn cagr(from: Decimal, to: Decimal, years: i64) -> Option<Decimal> {
    if from <= Decimal::ZERO || to <= Decimal::ZERO || years <= 0 {
        return None;
    }
    let ratio = to.checked_div(from)?;
    let growth = if years == 1 {
        ratio
    } else {
        power(ratio, Decimal::ONE.checked_div(Decimal::from(years))?)?
    };
    Some(growth.checked_sub(Decimal::ONE)?.round_dp(POWER_DP))
}

/// `x^e` for `x > 0`, in `f64` rounded to [`POWER_DP`] places; `None` when it is not finite
/// or does not fit a `Decimal`.
pub(super) fn power(x: Decimal, e: Decimal) -> Option<Decimal> {
    use rust_decimal::prelude::ToPrimitive;
    if x <= Decimal::ZERO {
        return None;
    }
    if x == Decimal::ONE || e.is_zero() {
        return Some(Decimal::ONE);
    }
    let value = x.to_f64()?.powf(e.to_f64()?);
    if !value.is_finite() {
        return None;
    }
    Some(decimal_from_f64(value)?.round_dp(POWER_DP))
}

/// `value` rounded to [`POWER_DP`] places as a `Decimal`. Values of ordinary size go through
/// an integer count of 10⁻¹² units (exact and fast); others through `Decimal`'s own conversion.
fn decimal_from_f64(value: f64) -> Option<Decimal> {
    const SCALE: f64 = 1e12;
    let units = (value * SCALE).round();
    if units.abs() < 9.0e15 {
        // Below 2^53: the float holds the integer exactly, and so does an i64.
        return Some(Decimal::new(units as i64, POWER_DP));
    }
    Decimal::try_from(value).ok()
}

/// The natural-limit factor `C = 1 − (y_B/limit)^k` of a higher-is-better percentage, clamped to
/// `[0, 1]` (Statistics Canada), with the limit [`Policy::percentage_limit`] and `k`
/// [`OutlookThresholds::limit_exponent`](crate::eval::OutlookThresholds::limit_exponent).
///
/// The positive thresholds of [`directional_outlook`](super::directional_outlook) are
/// multiplied by it. `None` on overflow.
///
/// ```
/// use plan_targets::eval::Policy;
/// use plan_targets::outlook::limit_factor;
/// use rust_decimal::Decimal;
///
/// let policy = Policy::default();
/// // At 98 %: C = 1 − 0.98^4.44 ≈ 0.0858, so 1.5 %/yr shrinks to about 0.129 %/yr.
/// let c = limit_factor(Decimal::from(98), &policy).unwrap();
/// assert!(c > Decimal::new(857, 4) && c < Decimal::new(858, 4));
/// assert_eq!(limit_factor(Decimal::from(100), &policy), Some(Decimal::ZERO));
/// assert_eq!(limit_factor(Decimal::ZERO, &policy), Some(Decimal::ONE));
/// ```
pub fn limit_factor(baseline: Decimal, policy: &Policy) -> Option<Decimal> {
    if baseline <= Decimal::ZERO {
        return Some(Decimal::ONE);
    }
    if baseline >= policy.percentage_limit {
        return Some(Decimal::ZERO);
    }
    let share = baseline.checked_div(policy.percentage_limit)?;
    let c = Decimal::ONE.checked_sub(power(share, policy.outlook.limit_exponent)?)?;
    // Constant bounds: never a caller's number, so `clamp` cannot assert.
    Some(c.clamp(Decimal::ZERO, Decimal::ONE))
}

/// The target value for a band `[lo, hi]`: the edge nearest the baseline, or the baseline
/// itself when it already lies inside (no rate required). Use it with [`Direction::Band`].
///
/// The edges may be given in either order.
///
/// ```
/// use plan_targets::outlook::band_target;
/// use rust_decimal::Decimal;
///
/// let (lo, hi) = (Decimal::from(103), Decimal::from(107));
/// // Sex ratio at birth 112 in 2020: the path runs to 107.
/// assert_eq!(band_target(lo, hi, Decimal::from(112)), Decimal::from(107));
/// assert_eq!(band_target(lo, hi, Decimal::from(101)), Decimal::from(103));
/// assert_eq!(band_target(lo, hi, Decimal::from(105)), Decimal::from(105));
/// ```
pub fn band_target(lo: Decimal, hi: Decimal, baseline: Decimal) -> Decimal {
    let (lo, hi) = if lo <= hi { (lo, hi) } else { (hi, lo) };
    baseline.clamp(lo, hi)
}

/// The sign of the direction: +1 higher, −1 lower, 0 for a band.
pub(super) fn sign(direction: Direction) -> Decimal {
    match direction {
        Direction::Higher => Decimal::ONE,
        Direction::Lower => Decimal::NEGATIVE_ONE,
        Direction::Band => Decimal::ZERO,
    }
}

/// The sign of `a − b` (+1, −1 or 0), without the subtraction that could overflow.
pub(super) fn side(a: Decimal, b: Decimal) -> Decimal {
    match a.cmp(&b) {
        std::cmp::Ordering::Greater => Decimal::ONE,
        std::cmp::Ordering::Less => Decimal::NEGATIVE_ONE,
        std::cmp::Ordering::Equal => Decimal::ZERO,
    }
}

/// The years from `from` to `to`, without i32 overflow.
pub(super) fn years(from: Year, to: Year) -> i64 {
    i64::from(to) - i64::from(from)
}

/// A figure for an explanation, rounded to [`SHOW_DP`] places; formatted where it is written,
/// so no string is built for it on its own.
pub(super) fn show(value: Decimal) -> impl std::fmt::Display {
    value.round_dp(SHOW_DP).normalize()
}
