//! Rate arithmetic: compound annual growth, fractional powers, the natural-limit factor, band
//! targets and the small sign helpers the classifiers share.

use std::cmp::Ordering;

use rust_decimal::Decimal;

use crate::Direction;
use crate::eval::Policy;
use crate::eval::fixed;
use crate::series::Year;

/// Decimal places a fractional power is rounded to (see the module's "Precision").
const POWER_DP: u32 = 12;
/// One in 10⁻¹² units.
const UNITS_OF_ONE: i64 = 1_000_000_000_000;
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
    if !fixed::positive(from) || !fixed::positive(to) || years <= 0 {
        return None;
    }
    let growth = match reciprocal(years) {
        Some(e) if fixed::cmp(to, from) != Ordering::Equal => {
            match power_units(to, from, e) {
                // growth − 1 at 12 places, as `Decimal` subtracts it (a zero is left to it: its
                // sign and scale are its own).
                Some(units) if units != UNITS_OF_ONE => {
                    return Some(Decimal::new(units - UNITS_OF_ONE, POWER_DP));
                }
                Some(units) => Decimal::new(units, POWER_DP),
                None => power(
                    to.checked_div(from)?,
                    Decimal::ONE.checked_div(Decimal::from(years))?,
                )?,
            }
        }
        _ => {
            let ratio = to.checked_div(from)?;
            if years == 1 {
                ratio
            } else {
                power(ratio, Decimal::ONE.checked_div(Decimal::from(years))?)?
            }
        }
    };
    Some(growth.checked_sub(Decimal::ONE)?.round_dp(POWER_DP))
}

/// The exponent `1/years` as [`power`] receives it from [`cagr`] (the `Decimal` quotient,
/// then `to_f64`), for 2 to 64 years, worked out once; `None` for other spans.
fn reciprocal(years: i64) -> Option<f64> {
    use rust_decimal::prelude::ToPrimitive;
    use std::sync::OnceLock;
    static RECIPROCALS: OnceLock<[Option<f64>; 65]> = OnceLock::new();
    let table = RECIPROCALS.get_or_init(|| {
        let mut table = [None; 65];
        for (years, slot) in table.iter_mut().enumerate().skip(2) {
            *slot = Decimal::ONE
                .checked_div(Decimal::from(years))
                .and_then(|e| e.to_f64());
        }
        table
    });
    *table.get(usize::try_from(years).ok()?)?
}

/// `power(num / den, e)` for `num, den > 0`, `num ≠ den`, `e ≠ 0` (the `f64` of a `Decimal`
/// exponent) as a count of 10⁻¹² units, without the `Decimal` division and its conversion to
/// `f64`: `None` when this way cannot vouch for the very digits [`power`] gives (the caller
/// then takes that way).
///
/// Why the digits are the same. Both ways raise nearly the same `f64` to the same `e`: here
/// `a/b` from the correctly rounded `f64`s of `num` and `den` (within 3 units in the last
/// place of `num/den`), there the 28-digit `Decimal` quotient through `Decimal::to_f64`
/// (within 30 such units, the bound of its integer-and-fraction conversion). `powf` (within
/// an ulp) then turns a relative difference `δ` of the bases into about `|e|·δ`, so the two
/// powers times 10¹² differ by less than `(1 + |e|)·4·10⁻¹⁵` of their size. When this
/// way's scaled power lies further than `(1 + |e|)·10⁻¹⁴` of its size from a half-integer,
/// both round to the same count of 10⁻¹² units. Bases outside `[10⁻⁹, 10⁹]` (where the
/// `Decimal` quotient loses relative precision), figures `f64` does not hold exactly, and
/// powers that [`power`] converts another way are left to it. The properties in the tests
/// check it against [`power`] over wide and close-to-a-tie inputs.
fn power_units(num: Decimal, den: Decimal, e: f64) -> Option<i64> {
    let x = exact_f64(num)? / exact_f64(den)?;
    if !(1e-9..=1e9).contains(&x) || e == 0.0 {
        return None;
    }
    let units = x.powf(e) * 1e12;
    if units.is_nan() || units.abs() >= 8.0e15 {
        return None;
    }
    // Below 2^53: the float holds the integer part exactly, and so does an i64 (`trunc` and
    // `round` without the library calls).
    let whole = units as i64;
    let fraction = units - whole as f64;
    let half_off = (fraction.abs() - 0.5).abs();
    if half_off <= (1.0 + e.abs()) * 1e-14 * units.abs() {
        return None;
    }
    // Not near a half: rounding half away from zero is a step away from the whole part
    // exactly when the fraction is above a half.
    Some(if fraction > 0.5 {
        whole + 1
    } else if fraction < -0.5 {
        whole - 1
    } else {
        whole
    })
}

/// [`power_units`] as a `Decimal` at 12 places.
#[cfg(test)]
fn power_of_quotient(num: Decimal, den: Decimal, e: f64) -> Option<Decimal> {
    power_units(num, den, e).map(|units| Decimal::new(units, POWER_DP))
}

/// `value` as the nearest `f64` when that is one correctly rounded division (a mantissa below
/// 2^53 over a power of ten up to 10^22, both exact in `f64`); `None` otherwise.
fn exact_f64(value: Decimal) -> Option<f64> {
    const POWERS: [f64; 23] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];
    let (m, scale) = fixed::small(value)?;
    if m.unsigned_abs() >= 1 << 53 {
        return None;
    }
    Some(m as f64 / POWERS.get(scale as usize)?)
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
    use rust_decimal::prelude::ToPrimitive;
    if !fixed::positive(baseline) {
        return Some(Decimal::ONE);
    }
    if !fixed::lt(baseline, policy.percentage_limit) {
        return Some(Decimal::ZERO);
    }
    let k = policy.outlook.limit_exponent;
    let fast = k
        .to_f64()
        .and_then(|e| power_units(baseline, policy.percentage_limit, e))
        .map(|units| Decimal::new(units, POWER_DP));
    let powered = match fast {
        Some(p) => p,
        None => power(baseline.checked_div(policy.percentage_limit)?, k)?,
    };
    let c = Decimal::ONE.checked_sub(powered)?;
    // `clamp` to constant bounds, by `fixed::cmp`.
    Some(fixed::min(fixed::max(c, Decimal::ZERO), Decimal::ONE))
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
    let (lo, hi) = if fixed::gt(lo, hi) {
        (hi, lo)
    } else {
        (lo, hi)
    };
    // `clamp`, by `fixed::cmp`.
    if fixed::lt(baseline, lo) {
        lo
    } else if fixed::gt(baseline, hi) {
        hi
    } else {
        baseline
    }
}

/// The sign of the direction: +1 higher, −1 lower, 0 for a band.
pub(super) fn sign(direction: Direction) -> Decimal {
    match direction {
        Direction::Higher => Decimal::ONE,
        Direction::Lower => Decimal::NEGATIVE_ONE,
        Direction::Band => Decimal::ZERO,
    }
}

/// `a.checked_mul(b)`, without the multiplication when either is +1, −1 or 0 (a sign, or the
/// factor 1): then the other or its negation with its scale, or `Decimal::ZERO` for a zero
/// product, as the product writes them.
pub(super) fn times(a: Decimal, b: Decimal) -> Option<Decimal> {
    let unit = |d: Decimal| {
        let u = d.unpack();
        ((u.lo, u.mid, u.hi, u.scale) == (1, 0, 0, 0)).then_some(u.negative)
    };
    if a.is_zero() || b.is_zero() {
        return Some(Decimal::ZERO);
    }
    match (unit(a), unit(b)) {
        (Some(negative), _) => Some(if negative { -b } else { b }),
        (None, Some(negative)) => Some(if negative { -a } else { a }),
        (None, None) => a.checked_mul(b),
    }
}

/// The sign of `a − b` (+1, −1 or 0), without the subtraction that could overflow.
pub(super) fn side(a: Decimal, b: Decimal) -> Decimal {
    match fixed::cmp(a, b) {
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

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    use rust_decimal::Decimal;
    use rust_decimal::prelude::ToPrimitive;

    use super::{POWER_DP, cagr, power, power_of_quotient};

    /// [`cagr`] the `Decimal` way only.
    fn cagr_by_decimal(from: Decimal, to: Decimal, years: i64) -> Option<Decimal> {
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

    fn bits(value: Option<Decimal>) -> Option<[u8; 16]> {
        value.map(|d| d.serialize())
    }

    fn figure() -> impl Strategy<Value = Decimal> {
        prop_oneof![
            // As the data has them: hundredths of a few digits.
            (1i64..2_000_000, 0u32..3).prop_map(|(m, s)| Decimal::new(m, s)),
            // Anything f64 holds exactly, and beyond.
            (1i64..(1 << 53), 0u32..23).prop_map(|(m, s)| Decimal::new(m, s)),
            (1i64..i64::MAX, 0u32..29).prop_map(|(m, s)| Decimal::new(m, s)),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4096))]

        /// `times` is the product, digit for digit and scale for scale.
        #[test]
        fn times_is_the_product(
            d in prop_oneof![Just(Decimal::ONE), Just(Decimal::NEGATIVE_ONE), Just(Decimal::ZERO),
                Just(Decimal::new(10, 1)), Just(Decimal::new(-2, 0)), figure()],
            x in prop_oneof![figure(), figure().prop_map(|x| -x), Just(Decimal::new(0, 12)),
                Just(Decimal::ONE), Just(Decimal::NEGATIVE_ONE)],
            flip in any::<bool>(),
        ) {
            let (d, x) = if flip { (x, d) } else { (d, x) };
            prop_assert_eq!(
                super::times(d, x).map(|p| p.serialize()),
                d.checked_mul(x).map(|p| p.serialize())
            );
        }

        /// The `f64` way of [`cagr`] gives the `Decimal` way's digits and scale.
        #[test]
        fn cagr_is_the_decimal_cagr(from in figure(), to in figure(), years in 1i64..70) {
            prop_assert_eq!(bits(cagr(from, to, years)), bits(cagr_by_decimal(from, to, years)));
        }

        /// Close pairs (rates near zero, where a rate rounds to few digits) too.
        #[test]
        fn cagr_of_close_figures_is_the_decimal_cagr(
            from in 1i64..2_000_000,
            step in -50i64..50,
            years in 2i64..12,
        ) {
            let (from, to) = (Decimal::new(from, 2), Decimal::new((from + step).max(1), 2));
            prop_assert_eq!(bits(cagr(from, to, years)), bits(cagr_by_decimal(from, to, years)));
        }

        /// The natural-limit power (exponent 4.44, or any other) as `power` gives it.
        #[test]
        fn power_of_a_share_is_the_decimal_power(
            baseline in 1i64..10_000,
            limit in prop_oneof![Just(10_000i64), 1i64..1_000_000],
            exponent in prop_oneof![Just(444i64), 1i64..2_000],
        ) {
            let (num, den) = (Decimal::new(baseline, 2), Decimal::new(limit, 2));
            let e = Decimal::new(exponent, 2);
            if num != den {
                let fast = power_of_quotient(num, den, e.to_f64().unwrap());
                if fast.is_some() {
                    prop_assert_eq!(bits(fast), bits(power(num.checked_div(den).unwrap(), e)));
                }
            }
        }
    }

    #[test]
    fn worked_rates_come_out_exact() {
        let d = |s: &str| s.parse::<Decimal>().unwrap();
        // 1.21^(1/2) − 1 = 0.1, 1.199025^(1/2) − 1 = 0.095: exact, at 12 places.
        assert_eq!(cagr(d("100"), d("121"), 2), Some(d("0.1")));
        assert_eq!(cagr(d("100"), d("119.9025"), 2), Some(d("0.095")));
        assert_eq!(
            bits(cagr(d("100"), d("121"), 2)),
            bits(cagr_by_decimal(d("100"), d("121"), 2))
        );
        // Equal figures: no growth, as Decimal writes it (scale 0).
        assert_eq!(cagr(d("80.5"), d("80.50"), 3).map(|r| r.scale()), Some(0));
        // 1/3 → 0.3333…: the exponent as the Decimal way has it.
        assert_eq!(
            bits(cagr(d("8"), d("27"), 3)),
            bits(cagr_by_decimal(d("8"), d("27"), 3))
        );
    }
}
