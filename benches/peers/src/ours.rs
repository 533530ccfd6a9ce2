//! The plan-targets side of the comparison: `str::parse::<Target>` for parsing (what the parse
//! measurement times), and a target parsed and bound once, checked against a value with
//! `BoundTarget::check` (the evaluator's allocation-free single-value path) for evaluation.

use plan_targets::eval::{bind, BoundTarget, IndicatorSpec, Policy};
use rust_decimal::Decimal;

/// A parsed target bound for evaluation (no indicator: the comparison states its direction).
pub type Ours = BoundTarget;

/// Parses and binds one target in plan-targets notation (e.g. `≥82.3`).
///
/// Panics on malformed input: the bench only feeds it its fixed table.
pub fn parse(text: &str) -> Ours {
    let target = text
        .parse()
        .unwrap_or_else(|e| panic!("ours: cannot parse target {text:?}: {e}"));
    bind(&target, &IndicatorSpec::default(), &Policy::default())
        .unwrap_or_else(|e| panic!("ours: cannot bind {text:?}: {e}"))
}

/// Parses only (what the parse measurement times).
pub fn parse_only(text: &str) -> plan_targets::Target {
    text.parse()
        .unwrap_or_else(|e| panic!("ours: cannot parse target {text:?}: {e}"))
}

/// Whether `v` meets target `t`: the evaluator's single-value check.
pub fn holds(t: &Ours, v: Decimal) -> bool {
    t.check(v)
        .expect("a comparison is decided by the value alone")
}
