//! Small fixed-point helpers for the fast paths: a `Decimal` read as an `i64` mantissa and a
//! scale, and powers of ten. Every fast path that uses them is checked against the `Decimal`
//! way it stands in for by a property test beside it.

use std::cmp::Ordering;

use rust_decimal::Decimal;

/// 10^0 … 10^18 in `i64`.
pub(crate) const POW10: [i64; 19] = {
    let mut powers = [1i64; 19];
    let mut i = 1;
    while i < 19 {
        powers[i] = powers[i - 1] * 10;
        i += 1;
    }
    powers
};

/// The signed mantissa and the scale of `value` when the mantissa's magnitude is below 2^63;
/// `None` for larger ones. A zero keeps its sign bit out: `-0` reads as `(0, scale)`.
#[inline]
pub(crate) fn small(value: Decimal) -> Option<(i64, u32)> {
    let u = value.unpack();
    if u.hi != 0 || u.mid >= 1 << 31 {
        return None;
    }
    let m = (i64::from(u.mid) << 32) | i64::from(u.lo);
    Some((if u.negative { -m } else { m }, u.scale))
}

/// `value > 0`, from the sign and the mantissa alone (`Decimal`'s `>` against zero compares
/// the same two things, whatever the scale; `-0` is not above zero).
#[inline]
pub(crate) fn positive(value: Decimal) -> bool {
    value.is_sign_positive() && !value.is_zero()
}

/// `a.cmp(&b)`: in `i64` when both mantissas are small and one widens to the other's scale
/// without overflow (the common case), otherwise `Decimal`'s own comparison.
#[inline]
pub(crate) fn cmp(a: Decimal, b: Decimal) -> Ordering {
    let (Some((ma, sa)), Some((mb, sb))) = (small(a), small(b)) else {
        return a.cmp(&b);
    };
    if sa == sb {
        return ma.cmp(&mb);
    }
    // One widened to the other's scale, when that fits.
    let widened = |m: i64, by: u32| POW10.get(by as usize).and_then(|&f| m.checked_mul(f));
    let both = if sa > sb {
        widened(mb, sa - sb).map(|wb| (ma, wb))
    } else {
        widened(ma, sb - sa).map(|wa| (wa, mb))
    };
    match both {
        Some((wa, wb)) => wa.cmp(&wb),
        None => a.cmp(&b),
    }
}

/// `a < b` by [`cmp`].
#[inline]
pub(crate) fn lt(a: Decimal, b: Decimal) -> bool {
    cmp(a, b) == Ordering::Less
}

/// `a > b` by [`cmp`].
#[inline]
pub(crate) fn gt(a: Decimal, b: Decimal) -> bool {
    cmp(a, b) == Ordering::Greater
}

/// `a == b` (in value) by [`cmp`].
#[inline]
pub(crate) fn eq(a: Decimal, b: Decimal) -> bool {
    cmp(a, b) == Ordering::Equal
}

/// `a.max(b)` as `Decimal` picks it (`b` only when `a < b`), by [`cmp`].
#[inline]
pub(crate) fn max(a: Decimal, b: Decimal) -> Decimal {
    if lt(a, b) { b } else { a }
}

/// `a.min(b)` as `Decimal` picks it (`b` only when `a > b`), by [`cmp`].
#[inline]
pub(crate) fn min(a: Decimal, b: Decimal) -> Decimal {
    if gt(a, b) { b } else { a }
}

/// `value.round_dp(dp).normalize()`, in `i64` when the mantissa is small: half to even on the
/// magnitude (as `round_dp` rounds), then trailing zeros stripped, a zero as `Decimal::ZERO`
/// (as `normalize` leaves it, sign and scale dropped).
pub(crate) fn round_dp_normalized(value: Decimal, dp: u32) -> Decimal {
    let Some((m, scale)) = small(value).filter(|&(_, s)| s <= dp || s - dp <= 18) else {
        return value.round_dp(dp).normalize();
    };
    let (mut magnitude, mut scale) = (m.unsigned_abs(), scale);
    if scale > dp {
        let f = POW10[(scale - dp) as usize].unsigned_abs();
        let (whole, rest) = (magnitude / f, magnitude % f);
        let up = match (2 * rest).cmp(&f) {
            Ordering::Greater => true,
            Ordering::Equal => whole % 2 == 1,
            Ordering::Less => false,
        };
        magnitude = whole + u64::from(up);
        scale = dp;
    }
    normalized(m < 0, magnitude, scale)
}

/// The `Decimal` `±magnitude · 10^-scale` (magnitude below 2^63, scale ≤ 28) with trailing
/// zeros stripped, as `normalize` writes it; a zero is `Decimal::ZERO`.
pub(crate) fn normalized(negative: bool, mut magnitude: u64, mut scale: u32) -> Decimal {
    if magnitude == 0 {
        return Decimal::ZERO;
    }
    while scale > 0 && magnitude % 10 == 0 {
        magnitude /= 10;
        scale -= 1;
    }
    // Below 2^63 by the caller's bound, so the cast keeps the value.
    let m = magnitude as i64;
    Decimal::new(if negative { -m } else { m }, scale)
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    use rust_decimal::Decimal;

    fn figure() -> impl Strategy<Value = Decimal> {
        prop_oneof![
            (-2_000_000i64..2_000_000, 0u32..4).prop_map(|(m, s)| Decimal::new(m, s)),
            (any::<i64>(), 0u32..29).prop_map(|(m, s)| Decimal::new(m, s)),
            (any::<i128>(), 0u32..29)
                .prop_map(|(m, s)| Decimal::from_i128_with_scale(m % (1i128 << 96), s)),
            Just(Decimal::ZERO),
            Just(Decimal::new(0, 12)),
            Just(-Decimal::new(0, 3)),
            Just(Decimal::MAX),
            Just(Decimal::MIN),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4096))]

        /// `positive` is `> 0`.
        #[test]
        fn positive_is_above_zero(a in figure()) {
            prop_assert_eq!(super::positive(a), a > Decimal::ZERO);
        }

        /// `cmp` is `Decimal`'s comparison, at equal scales and across them.
        #[test]
        fn cmp_is_the_decimal_cmp(a in figure(), b in figure(), same in any::<bool>()) {
            prop_assert_eq!(super::cmp(a, b), a.cmp(&b));
            if same {
                // The same scale: the integer way.
                let mut b = b;
                if b.set_scale(a.scale()).is_ok() {
                    prop_assert_eq!(super::cmp(a, b), a.cmp(&b));
                }
            }
        }

        /// `round_dp_normalized` is `round_dp(dp).normalize()`, digit for digit and scale for
        /// scale, ties included.
        #[test]
        fn round_dp_normalized_is_round_then_normalize(
            a in prop_oneof![
                figure(),
                // Ties at the rounding place, either parity, either sign.
                (-10_000_000i64..10_000_000, 0u32..6).prop_map(|(m, s)| Decimal::new(m * 10 + 5, s + 1)),
            ],
            dp in 0u32..14,
        ) {
            prop_assert_eq!(
                super::round_dp_normalized(a, dp).serialize(),
                a.round_dp(dp).normalize().serialize()
            );
        }
    }

    proptest! {
        /// `small` reads the very mantissa and scale `Decimal` has, whenever it answers, and
        /// answers for every mantissa below 2^63.
        #[test]
        fn small_is_the_mantissa(m in any::<i128>(), s in 0u32..29) {
            let m = m % (1i128 << 96);
            let d = Decimal::from_i128_with_scale(m, s);
            match super::small(d) {
                Some((mantissa, scale)) => {
                    prop_assert_eq!(i128::from(mantissa), d.mantissa());
                    prop_assert_eq!(scale, d.scale());
                }
                None => prop_assert!(d.mantissa().unsigned_abs() >= 1 << 63),
            }
        }
    }
}
