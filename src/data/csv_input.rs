//! CSV input: lines checked for length and UTF-8 first, then records read with `csv`.

use std::collections::BTreeSet;

use crate::catalog::Catalog;

use super::{Builder, DataErrorKind, DataErrors, Dataset, MAX_LINE_BYTES, MAX_RECORDS};

const BOM: &[u8] = b"\xEF\xBB\xBF";
const REQUIRED: [&str; 3] = ["indicator", "year", "value"];

/// Reads a whole CSV input (already within [`super::MAX_INPUT_BYTES`]).
pub(super) fn read(bytes: &[u8], catalog: &'static Catalog) -> Result<Dataset, DataErrors> {
    let mut builder = Builder::new(catalog);
    let bad_lines = check_lines(bytes, &mut builder);
    if builder.full {
        return builder.finish();
    }
    let body = bytes.strip_prefix(BOM).unwrap_or(bytes);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(body);
    let mut record = csv::ByteRecord::new();
    let lines = Lines::new(body);

    // The header: the first record (entirely empty lines before it are skipped by `csv`).
    let header = match next(&mut reader, &mut record, &lines, &mut builder) {
        None => {
            builder.error(1, None, DataErrorKind::NoHeader);
            return builder.finish();
        }
        Some(line) if bad_lines.contains(&line) => return builder.finish(),
        Some(line) => match fields(&record) {
            Some(names) => Header::new(line, &names, &mut builder),
            None => return builder.finish(),
        },
    };
    let Some(header) = header else {
        return builder.finish();
    };

    if let Some(line) = past_the_limit(body, &lines) {
        builder.too_many_records(line);
        return builder.finish();
    }
    while let Some(line) = next(&mut reader, &mut record, &lines, &mut builder) {
        if bad_lines.contains(&line) {
            continue; // reported by `check_lines`
        }
        let Some(values) = fields(&record) else {
            continue; // invalid UTF-8 on a line reported by `check_lines`
        };
        if values.len() != header.names.len() {
            builder.error(
                line,
                None,
                DataErrorKind::FieldCount {
                    expected: header.names.len(),
                    found: values.len(),
                },
            );
            continue;
        }
        let extra = header
            .extra
            .iter()
            .map(|&i| (header.names[i].clone(), values[i].to_owned()))
            .collect();
        builder.row(
            line,
            Some(values[header.indicator]),
            Some(values[header.year]),
            Some(values[header.value]),
            extra,
        );
        if builder.full {
            break;
        }
    }
    builder.finish()
}

/// The line of the first record past [`MAX_RECORDS`] (the header is not a record), if any.
fn past_the_limit(body: &[u8], lines: &Lines<'_>) -> Option<u64> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(body);
    let mut record = csv::ByteRecord::new();
    let mut count = 0usize;
    while let Ok(true) = reader.read_byte_record(&mut record) {
        if count > MAX_RECORDS {
            return Some(lines.of(&record));
        }
        count += 1;
    }
    None
}

/// Reads the next record; returns the line it starts on.
fn next(
    reader: &mut csv::Reader<&[u8]>,
    record: &mut csv::ByteRecord,
    lines: &Lines<'_>,
    builder: &mut Builder,
) -> Option<u64> {
    loop {
        match reader.read_byte_record(record) {
            Ok(false) => return None,
            Ok(true) => return Some(lines.of(record)),
            Err(e) => {
                // Reading bytes from a slice with `flexible` set: neither I/O nor UTF-8 nor
                // length errors can occur. Report anything else and go on.
                let line = e.position().map_or(0, csv::Position::line);
                builder.error(
                    line,
                    None,
                    DataErrorKind::Io {
                        message: e.to_string(),
                    },
                );
                if builder.full {
                    return None;
                }
            }
        }
    }
}

/// Physical line numbers. `csv`'s own `Position::line` miscounts after CRLF and blank lines,
/// and its byte offset may point at the line ending before the record (or at blank lines
/// skipped before it): the record starts at the first byte from there that is not a line
/// ending, since a record never starts with one.
struct Lines<'a> {
    body: &'a [u8],
    newlines: Vec<usize>,
}

impl<'a> Lines<'a> {
    fn new(body: &'a [u8]) -> Lines<'a> {
        let newlines = body
            .iter()
            .enumerate()
            .filter(|&(_, &b)| b == b'\n')
            .map(|(i, _)| i)
            .collect();
        Lines { body, newlines }
    }

    /// The line a record starts on, 1-based.
    fn of(&self, record: &csv::ByteRecord) -> u64 {
        let byte = record.position().map_or(0, |p| p.byte() as usize);
        let start = self.body[byte.min(self.body.len())..]
            .iter()
            .position(|&b| b != b'\n' && b != b'\r')
            .map_or(self.body.len(), |i| byte + i);
        1 + self.newlines.partition_point(|&i| i < start) as u64
    }
}

/// The record's fields as text, or `None` when one is not UTF-8.
fn fields(record: &csv::ByteRecord) -> Option<Vec<&str>> {
    record.iter().map(|f| std::str::from_utf8(f).ok()).collect()
}

/// Reports lines too long and invalid UTF-8 (the first invalid byte of each line); returns
/// those lines, whose records are not read.
fn check_lines(bytes: &[u8], builder: &mut Builder) -> BTreeSet<u64> {
    let mut bad = BTreeSet::new();
    let mut offset = 0usize;
    for (index, raw) in bytes.split(|&b| b == b'\n').enumerate() {
        let line = index as u64 + 1;
        let text = raw.strip_suffix(b"\r").unwrap_or(raw);
        if text.len() > MAX_LINE_BYTES {
            builder.error(
                line,
                None,
                DataErrorKind::LineTooLong {
                    length: text.len(),
                    limit: MAX_LINE_BYTES,
                },
            );
            bad.insert(line);
        } else if let Err(e) = std::str::from_utf8(text) {
            builder.error(
                line,
                None,
                DataErrorKind::InvalidUtf8 {
                    offset: (offset + e.valid_up_to()) as u64,
                    in_line: e.valid_up_to(),
                },
            );
            bad.insert(line);
        }
        if builder.full {
            break;
        }
        offset += raw.len() + 1;
    }
    bad
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
    fn line_checks_report_offsets() {
        let mut builder = Builder::new(crate::catalog::Catalog::embedded());
        let bad = check_lines(b"ok\r\na\xffb\nfine", &mut builder);
        assert_eq!(bad.into_iter().collect::<Vec<_>>(), [2]);
        assert_eq!(
            builder.errors,
            [DataError::new(
                2,
                None,
                DataErrorKind::InvalidUtf8 {
                    offset: 5,
                    in_line: 1
                }
            )]
        );
    }
}
