//! Small text helpers shared by the parser, the catalogue and the renderers.

use unicode_width::UnicodeWidthStr;

/// Levenshtein distance over chars, for "did you mean" hints.
pub(crate) fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let substitution = diagonal + usize::from(ca != cb);
            diagonal = row[j + 1];
            row[j + 1] = substitution.min(row[j] + 1).min(row[j + 1] + 1);
        }
    }
    row[b.len()]
}

/// Columns `s` takes in a terminal: a CJK character takes two.
pub(crate) fn display_width(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

/// `s` padded with spaces on the right to `width` display columns.
pub(crate) fn pad_to(s: &str, width: usize) -> String {
    let mut out = String::from(s);
    out.extend(std::iter::repeat_n(
        ' ',
        width.saturating_sub(display_width(s)),
    ));
    out
}

/// The caret rendering every error with source text uses: the message, the line, and `^`
/// under its bytes `start..end` (at least one), padded by display width (a CJK character takes
/// two columns). Control characters are drawn as spaces so the caret lines up.
pub(crate) fn render_caret(message: &str, line: &str, start: usize, end: usize) -> String {
    let start = floor_char_boundary(line, start.min(line.len()));
    let end = floor_char_boundary(line, end.clamp(start, line.len()));
    let before = display_width(&printable(&line[..start]));
    let under = display_width(&printable(&line[start..end])).max(1);
    caret_block(message, &printable(line), before, under)
}

/// [`render_caret`]'s layout, with the columns already counted.
pub(crate) fn caret_block(message: &str, shown: &str, before: usize, under: usize) -> String {
    format!(
        "error: {message}\n  |\n  | {shown}\n  | {}{}\n",
        " ".repeat(before),
        "^".repeat(under)
    )
}

/// `s` with control characters as spaces.
pub(crate) fn printable(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// The largest char boundary of `s` at or before `i`.
pub(crate) fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// `; did you mean A, B?`, or nothing without suggestions: the one way an error message
/// suggests what was meant (appended to the message, after a semicolon).
pub(crate) fn did_you_mean<S: std::fmt::Display>(suggestions: &[S]) -> String {
    let mut out = String::new();
    for (i, s) in suggestions.iter().enumerate() {
        out.push_str(if i == 0 { "; did you mean " } else { ", " });
        out.push_str(&s.to_string());
    }
    if !out.is_empty() {
        out.push('?');
    }
    out
}

/// How many characters of a query "did you mean" hints compare: enough for any id or name,
/// and a bound on the work a long garbage field can cause (edit distance is quadratic).
const HINT_CHARS: usize = 64;

/// Up to `n` candidates closest to `query` (edit distance, then order), for error hints. Only
/// the first [`HINT_CHARS`] characters of the query are compared.
pub(crate) fn nearest<'a>(
    query: &str,
    candidates: impl IntoIterator<Item = &'a str>,
    n: usize,
) -> Vec<&'a str> {
    let query: String = query.chars().take(HINT_CHARS).collect();
    let mut scored: Vec<(usize, usize, &str)> = candidates
        .into_iter()
        .enumerate()
        .map(|(i, c)| (edit_distance(&query, c), i, c))
        .collect();
    scored.sort();
    scored.into_iter().take(n).map(|(_, _, c)| c).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distance_counts_chars_not_bytes() {
        assert_eq!(edit_distance("提高", "提升"), 1);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("W03", "W30"), 2);
    }

    #[test]
    fn hints_compare_only_the_start_of_a_long_query() {
        let names = ["孕产妇死亡率", "婴儿死亡率", "新生儿死亡率"];
        let long = format!("孕产妇死亡率{}", "x".repeat(100_000));
        let short = format!("孕产妇死亡率{}", "x".repeat(HINT_CHARS - 6));
        assert_eq!(nearest(&long, names, 2), nearest(&short, names, 2));
    }

    #[test]
    fn one_way_to_suggest() {
        assert_eq!(did_you_mean::<&str>(&[]), "");
        assert_eq!(did_you_mean(&["W03"]), "; did you mean W03?");
        assert_eq!(did_you_mean(&["W03", "W13"]), "; did you mean W03, W13?");
    }

    #[test]
    fn cjk_takes_two_columns() {
        assert_eq!(display_width("≥82.3"), 5);
        assert_eq!(display_width("提高"), 4);
        assert_eq!(pad_to("提高", 6), "提高  ");
    }
}
