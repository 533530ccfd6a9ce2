//! Held-out corpora: real target phrases from plans whose documents are in no other corpus,
//! each labelled with its form from the meaning before the parser ever read it
//! (`tests/data/corpus-fresh.tsv` … `corpus-fresh16.tsv`). They estimate how the parser does on
//! plans it has not seen. The grammar was since improved with their failures in view, so today's
//! rates flatter it; the first measurement of each file is noted below and in its history. The
//! test prints every row that fails and holds the rate to a floor so it cannot silently fall.

use crate::syntax::corpus_case;

/// The pass rate of one corpus file; prints each failing row.
fn rate(name: &str, data: &str) -> f64 {
    let (mut rows, mut passed) = (0usize, 0usize);
    for (line_no, line) in data.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let mut fields = line.split('\t');
        let (Some(text), Some(kind)) = (fields.next(), fields.next()) else {
            panic!("{name}:{}: want PHRASE and KIND columns", line_no + 1);
        };
        rows += 1;
        match corpus_case(text, kind) {
            Ok(()) => passed += 1,
            Err(why) => eprintln!("{name}:{}: {why}", line_no + 1),
        }
    }
    assert!(rows >= 20, "{name}: only {rows} rows");
    let rate = passed as f64 / rows as f64;
    eprintln!("{name}: {passed}/{rows} ({:.1} %)", rate * 100.0);
    rate
}

#[test]
fn held_out_phrases_parse_to_their_forms() {
    let first = rate("corpus-fresh.tsv", include_str!("data/corpus-fresh.tsv"));
    let second = rate("corpus-fresh2.tsv", include_str!("data/corpus-fresh2.tsv"));
    // First measured at 79.5 %.
    let third = rate("corpus-fresh3.tsv", include_str!("data/corpus-fresh3.tsv"));
    // Labelled blind in session 17 and first measured after the free-words rule, before any
    // change made with them in view: 40/42 (95.2 %) and 268/298 (89.9 %).
    let fourth = rate("corpus-fresh4.tsv", include_str!("data/corpus-fresh4.tsv"));
    let fifth = rate("corpus-fresh5.tsv", include_str!("data/corpus-fresh5.tsv"));
    // Labelled blind later in session 17 and first measured (135/158, 85.4 %) after the
    // changes made with the fourth and fifth in view.
    let sixth = rate("corpus-fresh6.tsv", include_str!("data/corpus-fresh6.tsv"));
    // The last one of session 17, first measured at 140/157 (89.2 %).
    let seventh = rate("corpus-fresh7.tsv", include_str!("data/corpus-fresh7.tsv"));
    // Labelled blind in session 18 and first measured after the counts-and-groups changes,
    // before any change made with them in view: 59/89 (66.3 %), 169/204 (82.8 %) and
    // 132/157 (84.1 %), 360/450 (80.0 %) together.
    let eighth = rate("corpus-fresh8.tsv", include_str!("data/corpus-fresh8.tsv"));
    let ninth = rate("corpus-fresh9.tsv", include_str!("data/corpus-fresh9.tsv"));
    let tenth = rate(
        "corpus-fresh10.tsv",
        include_str!("data/corpus-fresh10.tsv"),
    );
    // Labelled blind in session 18 and first measured after the changes made with the eighth
    // to tenth in view: 154/174 (88.5 %) and 129/140 (92.1 %), 283/314 (90.1 %) together.
    let eleventh = rate(
        "corpus-fresh11.tsv",
        include_str!("data/corpus-fresh11.tsv"),
    );
    let twelfth = rate(
        "corpus-fresh12.tsv",
        include_str!("data/corpus-fresh12.tsv"),
    );
    // Labelled blind in session 19 and first measured after that session's changes (levels
    // against a year, classes, lists of counts, leads after a neutral verb, ranges with
    // `左右`), before any change made with them in view: 45/57 (78.9 %), 137/154 (89.0 %),
    // 138/160 (86.2 %) and 114/139 (82.0 %), 434/510 (85.1 %) together.
    let blind19 = [
        (
            "corpus-fresh13.tsv",
            include_str!("data/corpus-fresh13.tsv"),
        ),
        (
            "corpus-fresh14.tsv",
            include_str!("data/corpus-fresh14.tsv"),
        ),
        (
            "corpus-fresh15.tsv",
            include_str!("data/corpus-fresh15.tsv"),
        ),
        (
            "corpus-fresh16.tsv",
            include_str!("data/corpus-fresh16.tsv"),
        ),
    ]
    .map(|(name, data)| (name, rate(name, data)));
    // Labelled blind in session 19 and first measured after the changes made with the
    // thirteenth to sixteenth in view: 107/121 (88.4 %) and 147/176 (83.5 %), 254/297
    // (85.5 %) together.
    let seventeenth = rate(
        "corpus-fresh17.tsv",
        include_str!("data/corpus-fresh17.tsv"),
    );
    let eighteenth = rate(
        "corpus-fresh18.tsv",
        include_str!("data/corpus-fresh18.tsv"),
    );
    // The last two of session 19, first measured after the changes made with the thirteenth
    // to eighteenth in view (the nineteenth is small: its helper reached four documents):
    // 24/24 and 112/135 (83.0 %), 136/159 (85.5 %) together.
    let nineteenth = rate(
        "corpus-fresh19.tsv",
        include_str!("data/corpus-fresh19.tsv"),
    );
    let twentieth = rate(
        "corpus-fresh20.tsv",
        include_str!("data/corpus-fresh20.tsv"),
    );
    // A fourth round of session 19, first measured after the changes made with the
    // nineteenth and twentieth in view: 95/100 (95.0 %) and 134/150 (89.3 %), 229/250
    // (91.6 %) together.
    let twenty_first = rate(
        "corpus-fresh21.tsv",
        include_str!("data/corpus-fresh21.tsv"),
    );
    let twenty_second = rate(
        "corpus-fresh22.tsv",
        include_str!("data/corpus-fresh22.tsv"),
    );
    // First measured at 77.9 % and 74.9 % (before any tuning to them).
    assert!(
        first >= 0.93,
        "corpus-fresh.tsv fell to {:.1} %",
        first * 100.0
    );
    assert!(
        second >= 0.92,
        "corpus-fresh2.tsv fell to {:.1} %",
        second * 100.0
    );
    assert!(
        third >= 0.95,
        "corpus-fresh3.tsv fell to {:.1} %",
        third * 100.0
    );
    assert!(
        fourth >= 0.95,
        "corpus-fresh4.tsv fell to {:.1} %",
        fourth * 100.0
    );
    assert!(
        fifth >= 0.94,
        "corpus-fresh5.tsv fell to {:.1} %",
        fifth * 100.0
    );
    assert!(
        sixth >= 0.94,
        "corpus-fresh6.tsv fell to {:.1} %",
        sixth * 100.0
    );
    assert!(
        seventh >= 0.90,
        "corpus-fresh7.tsv fell to {:.1} %",
        seventh * 100.0
    );
    for (name, rate, floor) in [
        ("corpus-fresh8.tsv", eighth, 0.86),
        ("corpus-fresh9.tsv", ninth, 0.92),
        ("corpus-fresh10.tsv", tenth, 0.89),
        ("corpus-fresh11.tsv", eleventh, 0.91),
        ("corpus-fresh12.tsv", twelfth, 0.95),
    ]
    .into_iter()
    .chain(blind19.map(|(name, rate)| (name, rate, 0.78)))
    .chain([
        ("corpus-fresh17.tsv", seventeenth, 0.88),
        ("corpus-fresh18.tsv", eighteenth, 0.83),
        ("corpus-fresh19.tsv", nineteenth, 0.95),
        ("corpus-fresh20.tsv", twentieth, 0.82),
        ("corpus-fresh21.tsv", twenty_first, 0.95),
        ("corpus-fresh22.tsv", twenty_second, 0.89),
    ]) {
        assert!(rate >= floor, "{name} fell to {:.1} %", rate * 100.0);
    }
}
