//! The hand-written baseline: what one would write without a library.
//!
//! Split off the comparison operator prefix, parse the rest with
//! `rust_decimal::Decimal::from_str`, compare exactly.

use rust_decimal::Decimal;
use std::str::FromStr;

/// A comparison operator of a limit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    Lt,
    Le,
    Gt,
    Ge,
}

/// A parsed limit such as `>= 82.3`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limit {
    pub op: Op,
    pub bound: Decimal,
}

/// Parses `<op> <number>` where `<op>` is one of `>=`, `<=`, `>`, `<`
/// (or the single characters `≥`, `≤`); blanks around the number are allowed.
///
/// Returns `None` for anything else.
pub fn parse(text: &str) -> Option<Limit> {
    let text = text.trim_start();
    // Two-character operators first, so that `>=` is not read as `>`.
    let (op, rest) = if let Some(rest) = text.strip_prefix(">=") {
        (Op::Ge, rest)
    } else if let Some(rest) = text.strip_prefix("<=") {
        (Op::Le, rest)
    } else if let Some(rest) = text.strip_prefix('≥') {
        (Op::Ge, rest)
    } else if let Some(rest) = text.strip_prefix('≤') {
        (Op::Le, rest)
    } else if let Some(rest) = text.strip_prefix('>') {
        (Op::Gt, rest)
    } else if let Some(rest) = text.strip_prefix('<') {
        (Op::Lt, rest)
    } else {
        return None;
    };
    let bound = Decimal::from_str(rest.trim()).ok()?;
    Some(Limit { op, bound })
}

/// Whether `value` satisfies `limit` (exact decimal comparison).
pub fn holds(limit: &Limit, value: Decimal) -> bool {
    match limit.op {
        Op::Lt => value < limit.bound,
        Op::Le => value <= limit.bound,
        Op::Gt => value > limit.bound,
        Op::Ge => value >= limit.bound,
    }
}
