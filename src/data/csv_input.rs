//! CSV input, read line by line from a stream: memory holds one line (at most
//! [`MAX_LINE_BYTES`] of it) and the records kept, never the whole input.
//!
//! A line ends at `\n`, `\r\n` or a lone `\r` (old Mac files, some exports). A record is one
//! line: a quoted field must close on the line it opens on. A line break inside quotes is
//! reported ([`DataErrorKind::UnterminatedQuote`]) rather than read, because a single stray
//! `"` would otherwise swallow every following row into one field without a word.

use std::io::{self, BufRead};

use crate::catalog::Catalog;

use super::check::Builder;
use super::{DataErrorKind, DataErrors, Dataset, MAX_COLUMNS, MAX_INPUT_BYTES, MAX_LINE_BYTES};

const BOM: &[u8] = b"\xEF\xBB\xBF";
const REQUIRED: [&str; 3] = ["indicator", "year", "value"];

/// Reads a whole CSV input held in memory.
pub(super) fn read(bytes: &[u8], catalog: &'static Catalog) -> Result<Dataset, DataErrors> {
    read_from(bytes, catalog)
}

/// Reads CSV from a stream, enforcing [`MAX_INPUT_BYTES`] as it goes.
pub(super) fn read_from(
    reader: impl BufRead,
    catalog: &'static Catalog,
) -> Result<Dataset, DataErrors> {
    let mut builder = Builder::new(catalog);
    let mut lines = Lines::new(reader);
    let mut raw = Vec::new();
    let mut header: Option<Header> = None;
    let mut records = 0usize;
    loop {
        let line = match lines.next(&mut raw) {
            Ok(Some(line)) => line,
            Ok(None) => break,
            Err(Stop::TooLarge) => return Err(too_large()),
            Err(Stop::Io(e)) => {
                builder.error(
                    lines.number + 1,
                    None,
                    DataErrorKind::Io {
                        message: e.to_string(),
                    },
                );
                return builder.finish();
            }
        };
        if line.length == 0 || (line.number == 1 && raw == BOM) {
            continue; // an entirely empty line
        }
        if header.is_some() {
            records += 1;
            if records > super::MAX_RECORDS {
                // An input over the limit gets this one error.
                builder.errors.clear();
                builder.full = false;
                builder.too_many_records(line.number);
                return builder.finish();
            }
            if builder.full {
                // Past MAX_ERRORS nothing more is checked, but records are still counted.
                continue;
            }
        }
        let Some(text) = check_line(&line, &raw, &mut builder) else {
            if header.is_none() {
                return builder.finish();
            }
            continue;
        };
        let text = if line.number == 1 {
            text.strip_prefix('\u{feff}').unwrap_or(text)
        } else {
            text
        };
        let values = match split(text) {
            Ok(values) => values,
            Err(kind) => {
                builder.error(line.number, None, kind);
                if header.is_none() {
                    return builder.finish();
                }
                continue;
            }
        };
        let Some(columns) = &header else {
            let names: Vec<&str> = values.iter().map(String::as_str).collect();
            header = Header::new(line.number, &names, &mut builder);
            if header.is_none() {
                return builder.finish();
            }
            continue;
        };
        if values.len() != columns.names.len() {
            builder.error(
                line.number,
                None,
                DataErrorKind::FieldCount {
                    expected: columns.names.len(),
                    found: values.len(),
                },
            );
            continue;
        }
        let extra = columns
            .extra
            .iter()
            .map(|&i| (columns.names[i].clone(), values[i].clone()))
            .collect();
        builder.row(
            line.number,
            Some(&values[columns.indicator]),
            Some(&values[columns.year]),
            Some(&values[columns.value]),
            extra,
        );
    }
    if header.is_none() {
        builder.error(1, None, DataErrorKind::NoHeader);
    }
    builder.finish()
}

fn too_large() -> DataErrors {
    DataErrors::one(DataErrorKind::InputTooLarge {
        limit: MAX_INPUT_BYTES,
    })
}

/// The line's text, or `None` after reporting it too long or not UTF-8.
fn check_line<'a>(line: &Line, raw: &'a [u8], builder: &mut Builder) -> Option<&'a str> {
    if line.length > MAX_LINE_BYTES {
        builder.error(
            line.number,
            None,
            DataErrorKind::LineTooLong {
                length: line.length,
                limit: MAX_LINE_BYTES,
            },
        );
        return None;
    }
    match std::str::from_utf8(raw) {
        Ok(text) => Some(text),
        Err(e) => {
            builder.error(
                line.number,
                None,
                DataErrorKind::InvalidUtf8 {
                    offset: line.offset + e.valid_up_to() as u64,
                    in_line: e.valid_up_to(),
                },
            );
            None
        }
    }
}

/// Splits one line into fields (RFC 4180 quoting: a field that starts with `"` is quoted,
/// `""` inside it is a quote). A quote inside an unquoted field is an ordinary character.
///
/// # Errors
///
/// [`DataErrorKind::UnterminatedQuote`] when the line ends inside quotes and
/// [`DataErrorKind::TextAfterQuote`] when a closing quote is followed by anything but a
/// comma or the end of the line; both with the character column of the opening quote.
pub(super) fn split(line: &str) -> Result<Vec<String>, DataErrorKind> {
    let mut fields = Vec::new();
    let mut chars = line.char_indices().peekable();
    let column = |byte: usize| line[..byte].chars().count() + 1;
    loop {
        let mut field = String::new();
        match chars.peek() {
            Some(&(start, '"')) => {
                chars.next();
                loop {
                    match chars.next() {
                        None => {
                            return Err(DataErrorKind::UnterminatedQuote {
                                column: column(start),
                            });
                        }
                        Some((_, '"')) => match chars.peek() {
                            Some(&(_, '"')) => {
                                chars.next();
                                field.push('"');
                            }
                            Some(&(_, ',')) | None => break,
                            Some(_) => {
                                return Err(DataErrorKind::TextAfterQuote {
                                    column: column(start),
                                });
                            }
                        },
                        Some((_, c)) => field.push(c),
                    }
                }
            }
            _ => {
                while let Some(&(_, c)) = chars.peek() {
                    if c == ',' {
                        break;
                    }
                    field.push(c);
                    chars.next();
                }
            }
        }
        fields.push(field);
        match chars.next() {
            Some((_, ',')) => continue,
            _ => return Ok(fields),
        }
    }
}

/// Why reading lines stopped early.
pub(super) enum Stop {
    /// More than [`MAX_INPUT_BYTES`].
    TooLarge,
    /// The reader failed.
    Io(io::Error),
}

/// One physical line.
pub(super) struct Line {
    /// 1-based.
    pub(super) number: u64,
    /// Offset of the line's first byte in the input.
    pub(super) offset: u64,
    /// Length in bytes without the line ending (the buffer holds at most
    /// [`MAX_LINE_BYTES`]` + 1` of them).
    pub(super) length: usize,
}

/// Physical lines of a stream, ended by `\n`, `\r\n` or `\r`.
pub(super) struct Lines<R> {
    reader: R,
    /// Lines returned so far.
    pub(super) number: u64,
    /// The most bytes read ([`MAX_INPUT_BYTES`] unless [`Lines::unlimited`]).
    limit: u64,
    /// Bytes consumed so far.
    consumed: u64,
    /// The last line ended in `\r`: a `\n` right after it belongs to that ending.
    after_cr: bool,
}

impl<R: BufRead> Lines<R> {
    pub(super) fn new(reader: R) -> Lines<R> {
        Lines {
            reader,
            number: 0,
            limit: MAX_INPUT_BYTES,
            consumed: 0,
            after_cr: false,
        }
    }

    /// Lines of a stream of any length (a regional file: memory holds the figures kept, not
    /// the bytes read).
    pub(super) fn unlimited(reader: R) -> Lines<R> {
        Lines {
            limit: u64::MAX,
            ..Lines::new(reader)
        }
    }

    fn consume(&mut self, n: usize) -> Result<(), Stop> {
        self.reader.consume(n);
        self.consumed += n as u64;
        if self.consumed > self.limit {
            Err(Stop::TooLarge)
        } else {
            Ok(())
        }
    }

    fn fill(&mut self) -> Result<&[u8], Stop> {
        loop {
            match self.reader.fill_buf() {
                Ok(_) => break,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(Stop::Io(e)),
            }
        }
        self.reader.fill_buf().map_err(Stop::Io)
    }

    /// The next line into `raw` (cleared first; truncated past [`MAX_LINE_BYTES`]).
    pub(super) fn next(&mut self, raw: &mut Vec<u8>) -> Result<Option<Line>, Stop> {
        raw.clear();
        if self.after_cr {
            self.after_cr = false;
            if self.fill()?.first() == Some(&b'\n') {
                self.consume(1)?;
            }
        }
        let offset = self.consumed;
        let mut length = 0usize;
        let mut any = false;
        loop {
            let available = self.fill()?;
            if available.is_empty() {
                if !any {
                    return Ok(None);
                }
                break;
            }
            any = true;
            let end = available.iter().position(|&b| b == b'\n' || b == b'\r');
            let take = end.unwrap_or(available.len());
            let room = (MAX_LINE_BYTES + 1).saturating_sub(raw.len());
            raw.extend_from_slice(&available[..take.min(room)]);
            length += take;
            match end {
                Some(i) => {
                    self.after_cr = available[i] == b'\r';
                    self.consume(take + 1)?;
                    break;
                }
                None => self.consume(take)?,
            }
        }
        self.number += 1;
        Ok(Some(Line {
            number: self.number,
            offset,
            length,
        }))
    }
}

/// The header's columns: where the required ones are and which are extra.
struct Header {
    names: Vec<String>,
    indicator: usize,
    year: usize,
    value: usize,
    extra: Vec<usize>,
}

impl Header {
    /// Checks the header; `None` after reporting why it cannot be used.
    fn new(line: u64, raw: &[&str], builder: &mut Builder) -> Option<Header> {
        if raw.len() > MAX_COLUMNS {
            builder.error(
                line,
                None,
                DataErrorKind::TooManyColumns { limit: MAX_COLUMNS },
            );
            return None;
        }
        let names: Vec<String> = raw.iter().map(|n| n.trim().to_owned()).collect();
        let mut ok = true;
        for (i, name) in names.iter().enumerate() {
            if name.is_empty() {
                builder.error(line, None, DataErrorKind::UnnamedColumn { index: i + 1 });
                ok = false;
            } else if names[..i].contains(name) {
                builder.error(
                    line,
                    Some(name),
                    DataErrorKind::DuplicateColumn { name: name.clone() },
                );
                ok = false;
            }
        }
        let mut required = [0; 3];
        for (slot, column) in required.iter_mut().zip(REQUIRED) {
            match names.iter().position(|n| n == column) {
                Some(i) => *slot = i,
                None => {
                    builder.error(line, Some(column), DataErrorKind::MissingColumn { column });
                    ok = false;
                }
            }
        }
        if !ok {
            return None;
        }
        let [indicator, year, value] = required;
        let extra = (0..names.len()).filter(|i| !required.contains(i)).collect();
        Some(Header {
            names,
            indicator,
            year,
            value,
            extra,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::DataError;
    use super::*;

    #[test]
    fn lines_end_in_lf_crlf_or_cr() {
        let mut lines = Lines::new(&b"a\r\nb\rc\n\r\nd"[..]);
        let mut raw = Vec::new();
        let mut seen = Vec::new();
        while let Some(line) = lines.next(&mut raw).ok().flatten() {
            seen.push((
                line.number,
                line.offset,
                String::from_utf8(raw.clone()).unwrap(),
            ));
        }
        assert_eq!(
            seen,
            [
                (1, 0, "a".into()),
                (2, 3, "b".into()),
                (3, 5, "c".into()),
                (4, 7, String::new()),
                (5, 9, "d".into()),
            ]
        );
    }

    #[test]
    fn fields_split_with_quotes() {
        assert_eq!(
            split("a,,\"b,\"\"c\"\"\",d\"e").unwrap(),
            ["a", "", "b,\"c\"", "d\"e"]
        );
        assert_eq!(split("").unwrap(), [""]);
        assert_eq!(split("\"\"").unwrap(), [""]);
        assert_eq!(
            split("x,\"ab"),
            Err(DataErrorKind::UnterminatedQuote { column: 3 })
        );
        assert_eq!(
            split("孕,\"ab\"c"),
            Err(DataErrorKind::TextAfterQuote { column: 3 })
        );
    }

    #[test]
    fn invalid_utf8_is_reported_with_its_offsets() {
        let error = read(b"indicator,year,value\r\na\xffb\n", Catalog::embedded()).unwrap_err();
        assert_eq!(
            error.0,
            [DataError::new(
                2,
                None,
                DataErrorKind::InvalidUtf8 {
                    offset: 23,
                    in_line: 1
                }
            )]
        );
    }
}
