//! Three-valued comparisons of observations that may be bounds.
//!
//! A single observation against a value condition is decided exactly, with open and closed ends
//! ([`member`]): `<1.5` meets `<1.5`. Rules that compare observations with each other (rise,
//! fall …) use the closed hull of each observation ([`Hull`]), which is sound: a pair is declared
//! met (or not met) only when every pair of values in the closures is, so every pair of allowed
//! values is too; the few cases decided only by an open end are left undecidable.

use rust_decimal::Decimal;

use super::Threshold;
use super::fixed::{self, eq as equal, gt as above, lt as below};
use crate::series::Observation;
use crate::syntax::CmpOp;

/// Yes, no, or undecidable from a bound.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Tri {
    Yes,
    No,
    Unknown,
}

impl Tri {
    pub(crate) fn from_bool(b: bool) -> Tri {
        if b { Tri::Yes } else { Tri::No }
    }

    pub(crate) fn and(self, other: Tri) -> Tri {
        match (self, other) {
            (Tri::No, _) | (_, Tri::No) => Tri::No,
            (Tri::Yes, Tri::Yes) => Tri::Yes,
            _ => Tri::Unknown,
        }
    }

    pub(crate) fn or(self, other: Tri) -> Tri {
        match (self, other) {
            (Tri::Yes, _) | (_, Tri::Yes) => Tri::Yes,
            (Tri::No, Tri::No) => Tri::No,
            _ => Tri::Unknown,
        }
    }

    pub(crate) fn may_be_true(self) -> bool {
        self != Tri::No
    }

    pub(crate) fn may_be_false(self) -> bool {
        self != Tri::Yes
    }
}

/// One end of an interval: the value and whether it is included.
type End = Option<(Decimal, bool)>;

/// An interval with open or closed, finite or infinite ends.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Interval {
    lo: End,
    hi: End,
}

impl Interval {
    /// The values an observation allows; `None` for a ratio.
    pub(crate) fn of(obs: &Observation) -> Option<Interval> {
        Some(match *obs {
            Observation::Value(v) => Interval::point(v),
            Observation::Bound { op, bound } => Interval::of_cmp(op, bound),
            Observation::Ratio { .. } => return None,
        })
    }

    fn point(v: Decimal) -> Interval {
        Interval {
            lo: Some((v, true)),
            hi: Some((v, true)),
        }
    }

    /// `{ y | y op v }`.
    fn of_cmp(op: CmpOp, v: Decimal) -> Interval {
        match op {
            CmpOp::Gt => Interval {
                lo: Some((v, false)),
                hi: None,
            },
            CmpOp::Ge => Interval {
                lo: Some((v, true)),
                hi: None,
            },
            CmpOp::Lt => Interval {
                lo: None,
                hi: Some((v, false)),
            },
            CmpOp::Le => Interval {
                lo: None,
                hi: Some((v, true)),
            },
        }
    }

    /// The values a threshold accepts; `None` for a ratio threshold.
    pub(crate) fn of_threshold(t: &Threshold) -> Option<Interval> {
        match *t {
            Threshold::Compare { op, value } => Some(Interval::of_cmp(op, value)),
            Threshold::Within { low, high } => Some(Interval {
                lo: Some((low, true)),
                hi: Some((high, true)),
            }),
            Threshold::Ratio { .. } => None,
        }
    }

    fn subset_of(&self, s: &Interval) -> bool {
        let lower = match (s.lo, self.lo) {
            (None, _) => true,
            (Some(_), None) => false,
            (Some((sv, sc)), Some((v, c))) => above(v, sv) || (equal(v, sv) && (sc || !c)),
        };
        let upper = match (s.hi, self.hi) {
            (None, _) => true,
            (Some(_), None) => false,
            (Some((sv, sc)), Some((v, c))) => below(v, sv) || (equal(v, sv) && (sc || !c)),
        };
        lower && upper
    }

    fn disjoint_from(&self, s: &Interval) -> bool {
        let lo = tighter(self.lo, s.lo, above);
        let hi = tighter(self.hi, s.hi, below);
        match (lo, hi) {
            (Some((l, lc)), Some((h, hc))) => above(l, h) || (equal(l, h) && !(lc && hc)),
            _ => false,
        }
    }
}

/// The tighter of two ends (`better(a, b)` when `a` is tighter); at equal values, open wins.
fn tighter(a: End, b: End, better: impl Fn(Decimal, Decimal) -> bool) -> End {
    match (a, b) {
        (None, e) | (e, None) => e,
        (Some((x, xc)), Some((y, yc))) => {
            if better(x, y) {
                Some((x, xc))
            } else if better(y, x) {
                Some((y, yc))
            } else {
                Some((x, xc && yc))
            }
        }
    }
}

/// Whether the values of `obs` satisfy `threshold`: yes if all do, no if none does.
/// `None` when `obs` or `threshold` is a ratio.
pub(crate) fn member(obs: &Observation, threshold: &Threshold) -> Option<Tri> {
    // An exact value: the interval logic below comes down to one or two comparisons.
    if let Observation::Value(v) = *obs {
        return match *threshold {
            Threshold::Compare { op, value } => Some(Tri::from_bool(holds(op, v, value))),
            Threshold::Within { low, high } => {
                Some(Tri::from_bool(!above(low, v) && !above(v, high)))
            }
            Threshold::Ratio { .. } => None,
        };
    }
    by_intervals(obs, threshold)
}

/// `lhs op rhs`, as [`CmpOp::holds`] decides it, by [`fixed::cmp`].
pub(crate) fn holds(op: CmpOp, lhs: Decimal, rhs: Decimal) -> bool {
    let order = fixed::cmp(lhs, rhs);
    match op {
        CmpOp::Gt => order.is_gt(),
        CmpOp::Ge => order.is_ge(),
        CmpOp::Lt => order.is_lt(),
        CmpOp::Le => order.is_le(),
    }
}

/// [`member`] by the intervals of both sides (any observation).
fn by_intervals(obs: &Observation, threshold: &Threshold) -> Option<Tri> {
    let i = Interval::of(obs)?;
    let s = Interval::of_threshold(threshold)?;
    Some(if i.subset_of(&s) {
        Tri::Yes
    } else if i.disjoint_from(&s) {
        Tri::No
    } else {
        Tri::Unknown
    })
}

/// The closed hull of an observation: `[lo, hi]`, `None` meaning unbounded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Hull {
    pub(crate) lo: Option<Decimal>,
    pub(crate) hi: Option<Decimal>,
}

impl Hull {
    /// `None` for a ratio.
    pub(crate) fn of(obs: &Observation) -> Option<Hull> {
        let i = Interval::of(obs)?;
        Some(Hull {
            lo: i.lo.map(|(v, _)| v),
            hi: i.hi.map(|(v, _)| v),
        })
    }

    /// The hull of one exact value.
    pub(crate) fn point(v: Decimal) -> Hull {
        Hull {
            lo: Some(v),
            hi: Some(v),
        }
    }

    /// The exact value, when the hull is a point.
    pub(crate) fn exact(&self) -> Option<Decimal> {
        match (self.lo, self.hi) {
            (Some(a), Some(b)) if equal(a, b) => Some(a),
            _ => None,
        }
    }

    /// `f·h` for `f ≥ 0`; `None` on overflow.
    pub(crate) fn scale(&self, f: Decimal) -> Option<Hull> {
        let m = |v: Option<Decimal>| {
            v.map(|v| v.checked_mul(f))
                .map_or(Some(None), |r| r.map(Some))
        };
        Some(Hull {
            lo: m(self.lo)?,
            hi: m(self.hi)?,
        })
    }

    /// `k·h` for any sign of `k` (a negative `k` swaps the ends); `None` on overflow.
    pub(crate) fn times(&self, k: Decimal) -> Option<Hull> {
        if k >= Decimal::ZERO {
            return self.scale(k);
        }
        let m = |v: Option<Decimal>| {
            v.map(|v| v.checked_mul(k))
                .map_or(Some(None), |r| r.map(Some))
        };
        Some(Hull {
            lo: m(self.hi)?,
            hi: m(self.lo)?,
        })
    }

    /// `h + c`; `None` on overflow.
    pub(crate) fn plus(&self, c: Decimal) -> Option<Hull> {
        let m = |v: Option<Decimal>| {
            v.map(|v| v.checked_add(c))
                .map_or(Some(None), |r| r.map(Some))
        };
        Some(Hull {
            lo: m(self.lo)?,
            hi: m(self.hi)?,
        })
    }

    /// `{ |y| : y ∈ h }`.
    pub(crate) fn abs(&self) -> Hull {
        match (self.lo, self.hi) {
            (Some(lo), _) if lo >= Decimal::ZERO => *self,
            (_, Some(hi)) if hi <= Decimal::ZERO => Hull {
                lo: Some(-hi),
                hi: self.lo.map(|v| -v),
            },
            (lo, hi) => Hull {
                lo: Some(Decimal::ZERO),
                hi: lo.zip(hi).map(|(l, h)| (-l).max(h)),
            },
        }
    }

    /// `{ distance(y, band) : y ∈ h }`, the distance being 0 inside the band.
    pub(crate) fn distance_to(&self, low: Decimal, high: Decimal) -> Hull {
        // Saturating: a distance beyond what a Decimal holds is still "very far", and the
        // comparisons made with it stay right.
        let d = |v: Decimal| {
            low.saturating_sub(v)
                .max(v.saturating_sub(high))
                .max(Decimal::ZERO)
        };
        let touches = self.lo.is_none_or(|l| l <= high) && self.hi.is_none_or(|h| h >= low);
        let ends = [self.lo.map(d), self.hi.map(d)];
        let max = if ends.iter().any(Option::is_none) {
            None
        } else {
            ends.iter().flatten().copied().max()
        };
        let min = if touches {
            Decimal::ZERO
        } else {
            ends.iter()
                .flatten()
                .copied()
                .min()
                .unwrap_or(Decimal::ZERO)
        };
        Hull {
            lo: Some(min),
            hi: max,
        }
    }
}

/// `a > b` for every pair (yes), for no pair (no), or undecidable.
pub(crate) fn gt(a: Hull, b: Hull) -> Tri {
    match (a.lo.zip(b.hi), a.hi.zip(b.lo)) {
        (Some((alo, bhi)), _) if above(alo, bhi) => Tri::Yes,
        (_, Some((ahi, blo))) if !above(ahi, blo) => Tri::No,
        _ => Tri::Unknown,
    }
}

/// `a ≥ b` for every pair (yes), for no pair (no), or undecidable.
pub(crate) fn ge(a: Hull, b: Hull) -> Tri {
    match (a.lo.zip(b.hi), a.hi.zip(b.lo)) {
        (Some((alo, bhi)), _) if !below(alo, bhi) => Tri::Yes,
        (_, Some((ahi, blo))) if below(ahi, blo) => Tri::No,
        _ => Tri::Unknown,
    }
}

/// `a = c`.
pub(crate) fn eq(a: Hull, c: Decimal) -> Tri {
    if a.exact().is_some_and(|v| equal(v, c)) {
        Tri::Yes
    } else if a.lo.is_some_and(|l| above(l, c)) || a.hi.is_some_and(|h| below(h, c)) {
        Tri::No
    } else {
        Tri::Unknown
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    fn o(s: &str) -> Observation {
        Observation::parse(s).unwrap().0
    }

    fn th(op: CmpOp, v: &str) -> Threshold {
        Threshold::Compare { op, value: d(v) }
    }

    fn value() -> impl proptest::strategy::Strategy<Value = Decimal> {
        use proptest::prelude::*;
        prop_oneof![
            (-2_000i64..2_000, 0u32..3).prop_map(|(m, s)| Decimal::new(m, s)),
            (any::<i64>(), 0u32..29).prop_map(|(m, s)| Decimal::new(m, s)),
            Just(Decimal::MAX),
            Just(Decimal::MIN),
        ]
    }

    fn op() -> impl proptest::strategy::Strategy<Value = CmpOp> {
        proptest::prop_oneof![
            proptest::strategy::Just(CmpOp::Gt),
            proptest::strategy::Just(CmpOp::Ge),
            proptest::strategy::Just(CmpOp::Lt),
            proptest::strategy::Just(CmpOp::Le),
        ]
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2048))]

        /// An exact value's membership is what the intervals say, and `holds` is
        /// `CmpOp::holds`.
        #[test]
        fn a_value_is_a_member_as_its_interval_is(
            v in value(),
            w in value(),
            x in value(),
            op in op(),
        ) {
            let obs = Observation::Value(v);
            let compare = Threshold::Compare { op, value: w };
            proptest::prop_assert_eq!(member(&obs, &compare), by_intervals(&obs, &compare));
            proptest::prop_assert_eq!(holds(op, v, w), op.holds(v, w));
            let band = Threshold::Within { low: w, high: x };
            proptest::prop_assert_eq!(member(&obs, &band), by_intervals(&obs, &band));
        }
    }

    #[test]
    fn bounds_against_comparisons() {
        // `<1.5` published: every allowed value is < 1.5, so `<1.5` is met, `≤1.5` too.
        assert_eq!(member(&o("<1.5"), &th(CmpOp::Lt, "1.5")), Some(Tri::Yes));
        assert_eq!(member(&o("<1.5"), &th(CmpOp::Le, "1.5")), Some(Tri::Yes));
        // `≤1.5` allows 1.5 itself, which is not < 1.5, and 1.4, which is.
        assert_eq!(
            member(&o("≤1.5"), &th(CmpOp::Lt, "1.5")),
            Some(Tri::Unknown)
        );
        // `≥1.5` is none of `<1.5`; `>1.5` is none of `≤1.5`; `≥1.5` meets `≤1.5` only at 1.5.
        assert_eq!(member(&o("≥1.5"), &th(CmpOp::Lt, "1.5")), Some(Tri::No));
        assert_eq!(member(&o(">1.5"), &th(CmpOp::Le, "1.5")), Some(Tri::No));
        assert_eq!(
            member(&o("≥1.5"), &th(CmpOp::Le, "1.5")),
            Some(Tri::Unknown)
        );
        assert_eq!(member(&o("≥90"), &th(CmpOp::Ge, "87")), Some(Tri::Yes));
        let band = Threshold::Within {
            low: d("103"),
            high: d("107"),
        };
        assert_eq!(member(&o("≤102"), &band), Some(Tri::No));
        assert_eq!(member(&o("<103"), &band), Some(Tri::No));
        assert_eq!(member(&o("≤103"), &band), Some(Tri::Unknown));
        assert_eq!(member(&o("1:2"), &band), None);
    }

    #[test]
    fn hulls() {
        let h = |s: &str| Hull::of(&o(s)).unwrap();
        assert_eq!(gt(h("5"), h("4")), Tri::Yes);
        assert_eq!(gt(h("4"), h("4")), Tri::No);
        assert_eq!(gt(h("≥5"), h("≤4")), Tri::Yes);
        assert_eq!(gt(h("≥4"), h("4")), Tri::Unknown);
        assert_eq!(ge(h("≥4"), h("4")), Tri::Yes);
        assert_eq!(eq(h("≤0"), Decimal::ZERO), Tri::Unknown);
        assert_eq!(eq(h("≥1"), Decimal::ZERO), Tri::No);
        assert_eq!(h("-3").abs(), Hull::point(d("3")));
        let below_minus_3 = Observation::Bound {
            op: CmpOp::Le,
            bound: d("-3"),
        };
        assert_eq!(
            Hull::of(&below_minus_3).unwrap().abs(),
            Hull {
                lo: Some(d("3")),
                hi: None
            }
        );
        assert_eq!(
            h("≤3").abs(),
            Hull {
                lo: Some(d("0")),
                hi: None
            }
        );
        let dist = |s: &str| h(s).distance_to(d("103"), d("107"));
        assert_eq!(dist("110"), Hull::point(d("3")));
        assert_eq!(dist("105"), Hull::point(d("0")));
        assert_eq!(
            dist("≥108"),
            Hull {
                lo: Some(d("1")),
                hi: None
            }
        );
        assert_eq!(
            dist("≤105"),
            Hull {
                lo: Some(d("0")),
                hi: None
            }
        );
    }
}
