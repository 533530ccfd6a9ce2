//! The fast path ([`plain_comparison`]) builds exactly the tree of the general path.
//!
//! Compared as values and as `Debug` text: `Decimal`'s `==` is numeric (`1.0 == 1.00`), and the
//! tree keeps the scale as written, so the text comparison is the one that sees a lost scale.

use proptest::prelude::*;

use super::{Parser, plain_comparison};
use crate::strategy;
use crate::syntax::{CmpOp, Target};

/// Both paths on one text, and `str::parse` (which tries the fast path before the thread-local
/// parser): the same result, error or tree, down to spans and scales.
fn same_as_general(text: &str) -> Result<(), TestCaseError> {
    let parser = Parser::new();
    let general = parser.parse_general(text);
    let parsed = parser.parse(text);
    let from_str = text.parse::<Target>();
    prop_assert_eq!(&parsed, &general, "Parser::parse vs general on {:?}", text);
    prop_assert_eq!(&from_str, &general, "str::parse vs general on {:?}", text);
    prop_assert_eq!(
        format!("{parsed:?}"),
        format!("{general:?}"),
        "on {:?}",
        text
    );
    if let Some(fast) = plain_comparison(text) {
        prop_assert_eq!(
            format!(
                "{:?}",
                Ok::<_, crate::syntax::ParseError>(Target::Comparison(fast))
            ),
            format!("{general:?}"),
            "fast vs general on {:?}",
            text
        );
    }
    Ok(())
}

/// Texts near the fast path's edge: its signs and their full-width and two-character forms,
/// spaces, digit runs with and without points (too many, misplaced, full-width), and what
/// may follow a number.
fn near_plain() -> impl Strategy<Value = String> {
    let sign = prop::sample::select(vec![
        "", ">", ">=", "<", "<=", "≥", "≤", "＞", "＜", "＞＝", ">＝", "<＝", "＜=", "≧", "≦", "=",
        "≥=", "≥>", "> =",
    ]);
    let space = prop::sample::select(vec!["", " ", "\u{3000}"]);
    let number = "[0-9]{0,22}(\\.[0-9]{0,9})?(\\.[0-9]{0,3})?|[0-9０-９.．。,]{0,6}";
    let tail = prop::sample::select(vec![
        "",
        "%",
        "‰",
        "％",
        " ",
        "。",
        "以上",
        "个百分点",
        "/10万",
        "x",
        ".",
        "%%",
        "%以上",
        "‰ ",
        "，≥1",
    ]);
    (space.clone(), sign, space, number, tail)
        .prop_map(|(lead, sign, gap, number, tail)| format!("{lead}{sign}{gap}{number}{tail}"))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4096))]

    #[test]
    fn fast_path_is_the_general_path_near_its_edge(text in near_plain()) {
        same_as_general(&text)?;
    }

    /// The printed form of every generated quantified target (comparisons with any unit,
    /// attain, approximately, range, ratio).
    #[test]
    fn fast_path_is_the_general_path_on_printed_targets(target in strategy::quantified()) {
        same_as_general(&target.to_string())?;
    }

    /// Comparisons printed without a unit, `%` or `‰`: the fast path takes every one of them
    /// up to 19 characters, so this property is about the fast path, not the fallback.
    #[test]
    fn fast_path_takes_plain_comparisons(
        op in strategy::cmp_op(),
        value in strategy::decimal(),
        unit in prop::sample::select(vec!["", "%", "‰"]),
    ) {
        let text = format!("{}{value}{unit}", op_sign(op));
        same_as_general(&text)?;
        prop_assert!(plain_comparison(&text).is_some(), "fast path skipped {:?}", text);
    }
}

fn op_sign(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Gt => ">",
        CmpOp::Ge => "≥",
        CmpOp::Lt => "<",
        CmpOp::Le => "≤",
    }
}

/// Every phrase of the default table, as written and with each character in its full-width or
/// traditional spelling where it has one, takes the fast path and gets the general path's tree.
#[test]
fn listed_phrases_take_the_fast_path() {
    let parser = Parser::new();
    let unfold: std::collections::HashMap<char, char> = ('\u{3000}'..='\u{FFEF}')
        .filter_map(|c| {
            let f = crate::syntax::input::fold(c);
            (f != c).then_some((f, c))
        })
        .collect();
    let mut taken = 0;
    for (phrase, _) in crate::syntax::Vocabulary::default().entries() {
        let other: String = phrase
            .chars()
            .map(|c| *unfold.get(&c).unwrap_or(&c))
            .collect();
        for text in [phrase, other.as_str()] {
            same_as_general(text).unwrap();
            if parser.listed_phrase(text).is_some() {
                taken += 1;
            }
        }
        assert!(
            parser.listed_phrase(phrase).is_some(),
            "{phrase} skipped the fast path"
        );
    }
    assert!(taken > 100, "only {taken} phrases took the fast path");
    // A phrase with anything around it goes the general way.
    for text in [
        "提高 ",
        " 提高",
        "提高。",
        "逐步提高儿童健康水平",
        "力争提高",
        "提高1%",
    ] {
        assert!(parser.listed_phrase(text).is_none(), "{text}");
        same_as_general(text).unwrap();
    }
}

#[test]
fn fast_path_takes_the_peer_targets_and_leaves_the_rest() {
    for text in [
        "≥82.3", "<1.5", ">=95", "<=0.8", "＞98.5", "≥0", "≥90%", "≤5‰", "≥98.50",
    ] {
        assert!(plain_comparison(text).is_some(), "{text}");
        same_as_general(text).unwrap();
    }
    for text in [
        "82.3",
        "≥ 82.3",
        " ≥82.3",
        "≥82.3 ",
        "≥82.3。",
        "≥.5",
        "≥5.",
        "≥1.2.3",
        "≥８",
        "≥5．5",
        "≥90％",
        "≥12/10万",
        "≥1,5",
        "≥1。5",
        "≥-1",
        "≥12345678901234567890",
    ] {
        assert!(plain_comparison(text).is_none(), "{text}");
        same_as_general(text).unwrap();
    }
}
