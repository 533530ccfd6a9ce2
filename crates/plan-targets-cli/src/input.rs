//! Reading the command line's own inputs safely: `--year` in the data's range, and standard
//! input line by line where a line that is not UTF-8 is reported and skipped.

use std::io::{self, BufRead};

use plan_targets::Year;
use plan_targets::data::{MAX_YEAR, MIN_YEAR};

/// `--year`: an integer from [`MIN_YEAR`] to [`MAX_YEAR`], the range of data years.
pub fn year_in_range(text: &str) -> Result<Year, String> {
    let year: Year = text
        .trim()
        .parse()
        .map_err(|_| format!("`{text}` is not a year"))?;
    if (MIN_YEAR..=MAX_YEAR).contains(&year) {
        Ok(year)
    } else {
        Err(format!(
            "{year} is outside {MIN_YEAR}–{MAX_YEAR}, the range of data years"
        ))
    }
}

/// One line of input: its text (without `\n` or `\r\n`), or where it stops being UTF-8.
#[derive(Debug, PartialEq, Eq)]
pub enum Line {
    /// The line's text.
    Text(String),
    /// The line is not UTF-8: the byte offset of its first invalid byte.
    InvalidUtf8 {
        /// Offset of the first invalid byte in the line.
        at: usize,
    },
}

/// Reads lines as bytes, so that one line that is not UTF-8 does not stop the rest; calls
/// `each` with the 1-based line number and the line.
pub fn for_each_line(
    mut reader: impl BufRead,
    mut each: impl FnMut(u64, Line) -> io::Result<()>,
) -> io::Result<()> {
    let mut buffer = Vec::new();
    let mut number = 0u64;
    loop {
        buffer.clear();
        if reader.read_until(b'\n', &mut buffer)? == 0 {
            return Ok(());
        }
        number += 1;
        let bytes = buffer.strip_suffix(b"\n").unwrap_or(&buffer);
        let bytes = bytes.strip_suffix(b"\r").unwrap_or(bytes);
        let line = match std::str::from_utf8(bytes) {
            Ok(text) => Line::Text(text.to_owned()),
            Err(e) => Line::InvalidUtf8 {
                at: e.valid_up_to(),
            },
        };
        each(number, line)?;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years_outside_the_data_range_are_refused() {
        assert_eq!(year_in_range("2024"), Ok(2024));
        assert_eq!(year_in_range("2000"), Ok(2000));
        assert_eq!(year_in_range("2100"), Ok(2100));
        assert_eq!(
            year_in_range("0"),
            Err("0 is outside 2000–2100, the range of data years".to_owned())
        );
        assert!(year_in_range("99999").is_err());
        assert!(year_in_range("1999").is_err());
        assert!(year_in_range("x").is_err());
    }

    #[test]
    fn lines_go_on_after_invalid_utf8() {
        let mut seen = Vec::new();
        for_each_line(&b"a\r\nb\xffc\n\nd"[..], |n, line| {
            seen.push((n, line));
            Ok(())
        })
        .unwrap();
        assert_eq!(
            seen,
            [
                (1, Line::Text("a".into())),
                (2, Line::InvalidUtf8 { at: 1 }),
                (3, Line::Text(String::new())),
                (4, Line::Text("d".into())),
            ]
        );
    }
}
