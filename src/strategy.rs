//! proptest strategies producing arbitrary valid targets (feature `proptest`).
//!
//! Every tree these strategies produce prints (`Display`) to text that parses back to the same
//! tree, spans aside: downstream crates can property-test their own code over any target the
//! notation allows, and this crate's round-trip laws run over them.
//!
//! ```
//! use proptest::prelude::*;
//! use plan_targets::{strategy, Target};
//!
//! proptest!(|(target in strategy::target())| {
//!     let printed = target.to_string();
//!     let reparsed: Target = printed.parse().unwrap();
//!     prop_assert_eq!(reparsed.without_spans(), target.without_spans());
//! });
//! ```

use proptest::prelude::*;
use rust_decimal::Decimal;

use crate::syntax::{
    Approximately, Attain, CmpOp, Commensurate, Comparison, Direction, Keep, Phrase, Quantity,
    Range, Ratio, Reference, Respectively, Span, Target, Unit, Vocabulary,
};

/// A non-negative decimal with up to 4 decimal places and 12 digits.
pub fn decimal() -> impl Strategy<Value = Decimal> {
    (0i64..1_000_000_000_000, 0u32..=4).prop_map(|(m, scale)| Decimal::new(m, scale))
}

/// Any unit.
pub fn unit() -> impl Strategy<Value = Unit> {
    proptest::sample::select(Unit::ALL.to_vec())
}

/// A comparison operator.
pub fn cmp_op() -> impl Strategy<Value = CmpOp> {
    prop_oneof![
        Just(CmpOp::Gt),
        Just(CmpOp::Ge),
        Just(CmpOp::Lt),
        Just(CmpOp::Le)
    ]
}

/// A number with an optional unit.
pub fn quantity() -> impl Strategy<Value = Quantity> {
    (decimal(), proptest::option::of(unit())).prop_map(|(value, unit)| Quantity {
        value,
        unit,
        span: Span::default(),
    })
}

/// The name of another series: Chinese text, in folded form as the parser stores it.
pub fn series_name() -> impl Strategy<Value = String> {
    "[\u{4e00}-\u{9fa5}]{1,12}".prop_map(|name| name.chars().map(crate::syntax::fold).collect())
}

fn comparison() -> impl Strategy<Value = Target> {
    (cmp_op(), quantity()).prop_map(|(op, value)| {
        Target::Comparison(Comparison {
            op,
            value,
            span: Span::default(),
        })
    })
}

fn attain(directions: bool) -> impl Strategy<Value = Target> {
    let direction = if directions {
        prop_oneof![
            Just(None),
            Just(Some(Direction::Higher)),
            Just(Some(Direction::Lower))
        ]
        .boxed()
    } else {
        Just(None).boxed()
    };
    (quantity(), direction).prop_map(|(value, direction)| {
        Target::Attain(Attain {
            value,
            direction,
            span: Span::default(),
        })
    })
}

fn approximately() -> impl Strategy<Value = Target> {
    (quantity(), proptest::option::of(decimal())).prop_map(|(value, tolerance)| {
        Target::Approximately(Approximately {
            value,
            tolerance,
            span: Span::default(),
        })
    })
}

fn range() -> impl Strategy<Value = Target> {
    (decimal(), decimal(), proptest::option::of(unit())).prop_map(|(a, b, unit)| {
        let (low, high) = if a <= b { (a, b) } else { (b, a) };
        Target::Range(Range {
            low,
            high,
            unit,
            span: Span::default(),
        })
    })
}

fn ratio() -> impl Strategy<Value = Target> {
    // A zero term is not a ratio (a parse error).
    let term = || decimal().prop_filter("a ratio's terms are positive", |d| !d.is_zero());
    (term(), term()).prop_map(|(antecedent, consequent)| {
        Target::Ratio(Ratio {
            antecedent,
            consequent,
            span: Span::default(),
        })
    })
}

fn phrase() -> impl Strategy<Value = Target> {
    let entries: Vec<_> = Vocabulary::default()
        .entries()
        .map(|(p, m)| (p.to_owned(), m))
        .collect();
    proptest::sample::select(entries).prop_map(|(text, meaning)| {
        meaning.target(Phrase {
            text,
            span: Span::default(),
        })
    })
}

/// A quantified target: comparison, attain, approximately, range or ratio.
pub fn quantified() -> impl Strategy<Value = Target> {
    prop_oneof![
        comparison(),
        attain(true),
        approximately(),
        range(),
        ratio()
    ]
}

fn condition() -> impl Strategy<Value = Box<Target>> {
    prop_oneof![comparison(), attain(false), range()].prop_map(Box::new)
}

/// Any valid target of the notation, with the default vocabulary.
pub fn target() -> impl Strategy<Value = Target> {
    let span = Span::default();
    prop_oneof![
        4 => quantified(),
        2 => phrase(),
        1 => (cmp_op(), series_name())
            .prop_map(move |(op, series)| Target::Reference(Reference { op, series, span })),
        1 => series_name()
            .prop_map(move |series| Target::Commensurate(Commensurate { series, span })),
        1 => condition().prop_map(move |condition| Target::Keep(Keep { condition, span })),
        1 => condition().prop_map(move |condition| Target::ReachAndKeep(Keep { condition, span })),
        1 => proptest::collection::vec(
                prop_oneof![comparison(), attain(true), approximately(), range()],
                2..5,
            )
            .prop_map(move |items| Target::Respectively(Respectively { items, span })),
    ]
}
