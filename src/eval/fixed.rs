//! Small fixed-point helpers for the fast paths: a `Decimal` read as an `i64` mantissa and a
//! scale, and powers of ten. Every fast path that uses them is checked against the `Decimal`
//! way it stands in for by a property test beside it.

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

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    use rust_decimal::Decimal;

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
