//! Changes from a baseline value: relative change (`下降1/3`, `比2020年翻一番`,
//! `提高5个百分点`) and annual change (`每年降低0.5个百分点`, `年均增长7%`).
//!
//! Once the baseline value `y_b` is known, a change is a threshold `v` on the current value
//! (docs/semantics.md, "Relative change" and "Annual change"):
//!
//! - a **relative** size `p/q` (a fraction, a percentage `X/100`, a doubling `2^n − 1`) gives
//!   `v = y_b·(q ± p)/q`, per year compounded: `v = y_b·((q ± p)/q)^(t−b)`;
//! - an **absolute** size `a` (percentage points, a quantity in the indicator's unit) gives
//!   `v = y_b ± a`, per year `v = y_b ± a·(t−b)`;
//! - a change of no stated size (`较上届有所提高`) gives `v = y_b`, strictly.
//!
//! The comparison is made without dividing: `y_t·q op y_b·(q ± p)` (and `y_t·q^n op
//! y_b·(q ± p)^n` per year), so `1/3` is exact; the threshold in the evidence is `v` rounded
//! to 28 digits only where it is not a terminating decimal.

use std::fmt;

use rust_decimal::Decimal;

use super::logic::{self, Hull, Tri};
use crate::syntax::{CmpOp, Direction};

/// The size of a change.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Size {
    /// `p/q` of the baseline value (`q > 0`).
    Relative { p: Decimal, q: Decimal },
    /// An amount in the indicator's unit (already converted to its scale).
    Absolute(Decimal),
    /// No stated size: any change the right way (`有所提高`).
    Any,
}

/// How the amount bounds the change.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Reach {
    /// At least the amount (no word, `以上`, and `左右` after its `(1 − δ)` scaling).
    AtLeast,
    /// At most the amount (`以内`, `以下`): a cap on the change.
    AtMost,
}

/// A change from `y_b`, relative or annual: the rule of both forms.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct ChangeRule {
    /// [`Direction::Higher`] for a rise, [`Direction::Lower`] for a fall.
    pub(crate) direction: Direction,
    pub(crate) size: Size,
    pub(crate) reach: Reach,
    /// Per year (`每年`, `年均`): the size applies `t − b` times.
    pub(crate) annual: bool,
}

/// `v = (y_b·mul + add)/div`, `div > 0`: the threshold as an exact affine function of `y_b`.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Affine {
    mul: Decimal,
    add: Decimal,
    div: Decimal,
}

impl ChangeRule {
    /// The operator `y_t op v` applies.
    pub(crate) fn op(&self) -> CmpOp {
        let rise = self.direction != Direction::Lower;
        match (self.size, self.reach, rise) {
            (Size::Any, _, true) => CmpOp::Gt,
            (Size::Any, _, false) => CmpOp::Lt,
            (_, Reach::AtLeast, true) | (_, Reach::AtMost, false) => CmpOp::Ge,
            (_, Reach::AtLeast, false) | (_, Reach::AtMost, true) => CmpOp::Le,
        }
    }

    /// The threshold after `years` years from b (ignored unless annual); `None` on overflow.
    pub(crate) fn affine(&self, years: i64) -> Option<Affine> {
        let n = if self.annual { years.max(0) } else { 1 };
        let sign = if self.direction == Direction::Lower {
            Decimal::NEGATIVE_ONE
        } else {
            Decimal::ONE
        };
        Some(match self.size {
            Size::Any => Affine {
                mul: Decimal::ONE,
                add: Decimal::ZERO,
                div: Decimal::ONE,
            },
            Size::Absolute(a) => Affine {
                mul: Decimal::ONE,
                add: sign.checked_mul(a)?.checked_mul(Decimal::from(n))?,
                div: Decimal::ONE,
            },
            Size::Relative { p, q } => {
                let factor = q.checked_add(sign.checked_mul(p)?)?;
                Affine {
                    mul: checked_powi(factor, n)?,
                    add: Decimal::ZERO,
                    div: checked_powi(q, n)?,
                }
            }
        })
    }
}

fn checked_powi(x: Decimal, n: i64) -> Option<Decimal> {
    let mut r = Decimal::ONE;
    for _ in 0..n {
        r = r.checked_mul(x)?;
    }
    Some(r)
}

impl Affine {
    /// `v` for an exact `y_b`, normalized; `None` on overflow.
    pub(crate) fn value(&self, yb: Decimal) -> Option<Decimal> {
        Some(
            yb.checked_mul(self.mul)?
                .checked_add(self.add)?
                .checked_div(self.div)?
                .normalize(),
        )
    }

    /// Whether `y_t op v` for every (yes), no (no) pair of values the hulls allow, compared as
    /// `y_t·div op y_b·mul + add`; `None` on overflow.
    pub(crate) fn holds(&self, op: CmpOp, yt: Hull, yb: Hull) -> Option<Tri> {
        let lhs = yt.scale(self.div)?;
        let rhs = yb.times(self.mul)?.plus(self.add)?;
        Some(match op {
            CmpOp::Ge => logic::ge(lhs, rhs),
            CmpOp::Gt => logic::gt(lhs, rhs),
            CmpOp::Le => logic::ge(rhs, lhs),
            CmpOp::Lt => logic::gt(rhs, lhs),
        })
    }
}

impl fmt::Display for ChangeRule {
    /// `a fall of at least 1/3`, `a rise of at least 0.5 a year`, `a rise to double`, `a rise`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = if self.direction == Direction::Lower {
            "a fall"
        } else {
            "a rise"
        };
        f.write_str(what)?;
        let reach = match self.reach {
            Reach::AtLeast => "at least",
            Reach::AtMost => "at most",
        };
        match self.size {
            Size::Any => return Ok(()),
            Size::Absolute(a) => write!(f, " of {reach} {}", a.normalize())?,
            Size::Relative { p, q } if q == Decimal::ONE_HUNDRED => {
                write!(f, " of {reach} {} %", p.normalize())?;
            }
            Size::Relative { p, q } if q == Decimal::ONE && self.direction != Direction::Lower => {
                if p == Decimal::ONE && self.reach == Reach::AtLeast {
                    f.write_str(" to double")?;
                } else {
                    let times = p.saturating_add(Decimal::ONE).normalize();
                    write!(f, " by a factor of {reach} {times}")?;
                }
            }
            Size::Relative { p, q } => {
                write!(f, " of {reach} {}/{}", p.normalize(), q.normalize())?
            }
        }
        if self.annual {
            f.write_str(" a year")?;
        }
        Ok(())
    }
}
