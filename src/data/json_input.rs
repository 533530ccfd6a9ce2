//! JSON input, read as a stream by a small parser of its own, so that
//!
//! - memory holds one record at a time and the records kept, never the whole input or a tree
//!   of it: a string or an extra field's value over [`MAX_LINE_BYTES`] is an error and is
//!   counted, not kept; a record has at most [`MAX_COLUMNS`] fields; nesting is limited to
//!   [`MAX_DEPTH`]; [`MAX_INPUT_BYTES`] and [`MAX_RECORDS`] are enforced while reading;
//! - numbers keep their literal text (`82.29999999999999999999` is not rounded through a
//!   binary float): a value reads exactly as the same text in a CSV file would;
//! - every key, record and error has its line; a key given twice in one object is an error.
//!
//! The grammar is RFC 8259's, strictly: no comments, no trailing commas, no NaN.

use std::collections::HashMap;
use std::io::{self, BufRead};

use crate::catalog::Catalog;

use super::check::Builder;
#[cfg(feature = "csv")]
use super::regions::{Regions, Split};
use super::{
    DataErrorKind, DataErrors, Dataset, MAX_COLUMNS, MAX_INPUT_BYTES, MAX_LINE_BYTES, MAX_RECORDS,
};

/// The deepest nesting read (the top-level array is level 1, a record level 2).
pub(super) const MAX_DEPTH: usize = 128;

/// Reads JSON from a stream.
pub(super) fn read_from(
    reader: impl BufRead,
    catalog: &'static Catalog,
) -> Result<Dataset, DataErrors> {
    let mut parser = Parser::new(reader);
    let mut builder = Builder::new(catalog);
    parse(&mut parser, &mut builder);
    builder.finish()
}

#[cfg(feature = "csv")]
/// Reads JSON whose records each name their `region` from a stream.
pub(super) fn read_regions_from(
    reader: impl BufRead,
    catalog: &'static Catalog,
) -> Result<Regions, DataErrors> {
    let mut parser = Parser::new(reader);
    parser.split = Some(Split::new());
    let mut builder = Builder::new(catalog);
    parse(&mut parser, &mut builder);
    let split = parser.split.take().unwrap_or_else(Split::new);
    split.finish(builder)
}

/// Whether the first record of a JSON stream has a `region` key; `false` when it cannot be
/// read (reading it again reports why). Regional reading needs the `csv` feature too.
#[cfg(feature = "csv")]
pub(super) fn first_record_has_region(reader: impl BufRead) -> bool {
    let mut parser = Parser::new(reader);
    parser.first_only = true;
    let mut builder = Builder::new(Catalog::embedded());
    let _ = parser.document(&mut builder);
    parser.first.is_some_and(|(_, has)| has)
}

/// Parses the document into `builder` (and the parser's split), every problem reported.
fn parse<R: BufRead>(parser: &mut Parser<R>, builder: &mut Builder) {
    match parser.document(builder) {
        Ok(()) => {}
        Err(Stop::TooLarge) => {
            // An input over the limit gets this one error.
            builder.errors.clear();
            builder.full = false;
            let kind = DataErrorKind::InputTooLarge {
                limit: MAX_INPUT_BYTES,
            };
            builder.error(0, None, kind);
        }
        Err(Stop::TooManyRecords(line)) => {
            // An input over the limit gets this one error.
            builder.errors.clear();
            builder.full = false;
            builder.too_many_records(line);
        }
        Err(Stop::Syntax {
            line,
            column,
            message,
        }) => builder.error(
            line,
            None,
            DataErrorKind::Json {
                message: format!("{message} at column {column}"),
            },
        ),
        Err(Stop::Utf8 {
            line,
            offset,
            in_line,
        }) => builder.error(line, None, DataErrorKind::InvalidUtf8 { offset, in_line }),
        Err(Stop::Io(e)) => builder.error(
            parser.line,
            None,
            DataErrorKind::Io {
                message: e.to_string(),
            },
        ),
    }
}

/// Why parsing stopped before the end.
#[derive(Debug)]
enum Stop {
    TooLarge,
    TooManyRecords(u64),
    Syntax {
        line: u64,
        column: u64,
        message: String,
    },
    Utf8 {
        line: u64,
        offset: u64,
        in_line: usize,
    },
    Io(io::Error),
}

/// What a JSON value is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Null,
    Bool,
    Number,
    String,
    Array,
    Object,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Null => "null",
            Kind::Bool => "a boolean",
            Kind::Number => "a number",
            Kind::String => "a string",
            Kind::Array => "an array",
            Kind::Object => "an object",
        }
    }
}

/// Where a value's text goes: kept up to [`MAX_LINE_BYTES`], counted beyond.
struct Sink {
    text: String,
    length: usize,
    keep: bool,
}

impl Sink {
    fn new() -> Sink {
        Sink {
            text: String::new(),
            length: 0,
            keep: true,
        }
    }

    /// Counts only.
    fn discard() -> Sink {
        Sink {
            keep: false,
            ..Sink::new()
        }
    }

    fn push(&mut self, s: &str) {
        self.length = self.length.saturating_add(s.len());
        if self.keep {
            if self.length <= MAX_LINE_BYTES {
                self.text.push_str(s);
            } else {
                self.keep = false;
                self.text = String::new();
            }
        }
    }

    fn push_char(&mut self, c: char) {
        self.push(c.encode_utf8(&mut [0; 4]));
    }

    /// `c` as it is written inside a JSON string, escaped where it must be.
    fn push_escaped(&mut self, c: char) {
        match c {
            '"' => self.push("\\\""),
            '\\' => self.push("\\\\"),
            '\n' => self.push("\\n"),
            '\r' => self.push("\\r"),
            '\t' => self.push("\\t"),
            '\u{8}' => self.push("\\b"),
            '\u{c}' => self.push("\\f"),
            c if (c as u32) < 0x20 => self.push(&format!("\\u{:04x}", c as u32)),
            c => self.push_char(c),
        }
    }

    fn too_long(&self) -> bool {
        self.length > MAX_LINE_BYTES
    }
}

/// One field of a record object.
struct Field {
    key: String,
    line: u64,
    kind: Kind,
    sink: Sink,
}

struct Parser<R> {
    reader: R,
    /// Bytes consumed.
    offset: u64,
    /// The current line, 1-based.
    line: u64,
    /// The offset of the current line's first byte.
    line_start: u64,
    /// Characters consumed on the current line.
    column: u64,
    /// Keys given twice in objects nested in a field: (line, key, first line).
    nested_duplicates: Vec<(u64, String, u64)>,
    /// Regional reading: the rows by region; `None` reads one place.
    split: Option<Split>,
    /// The first record's line and whether it has a `region`.
    first: Option<(u64, bool)>,
    /// Stop after the first record (to see whether it has a `region`).
    first_only: bool,
}

impl<R: BufRead> Parser<R> {
    fn new(reader: R) -> Parser<R> {
        Parser {
            reader,
            offset: 0,
            line: 1,
            line_start: 0,
            column: 0,
            nested_duplicates: Vec::new(),
            split: None,
            first: None,
            first_only: false,
        }
    }

    // --- Bytes and positions ------------------------------------------------------------

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

    fn peek(&mut self) -> Result<Option<u8>, Stop> {
        Ok(self.fill()?.first().copied())
    }

    /// Consumes `n` bytes already looked at, of which `newlines` are `\n`, the last at
    /// `last_newline` (index within the `n`), and `chars` characters start after it.
    fn advance(
        &mut self,
        n: usize,
        newlines: u64,
        last_newline: Option<usize>,
        chars: u64,
    ) -> Result<(), Stop> {
        self.reader.consume(n);
        let start = self.offset;
        self.offset += n as u64;
        if self.offset > MAX_INPUT_BYTES && self.split.is_none() {
            return Err(Stop::TooLarge);
        }
        match last_newline {
            Some(i) => {
                self.line += newlines;
                self.line_start = start + i as u64 + 1;
                self.column = chars;
            }
            None => self.column += chars,
        }
        Ok(())
    }

    /// Consumes one byte already peeked.
    fn bump(&mut self, b: u8) -> Result<(), Stop> {
        if b == b'\n' {
            self.advance(1, 1, Some(0), 0)
        } else {
            self.advance(1, 0, None, u64::from(b & 0xC0 != 0x80))
        }
    }

    fn next(&mut self) -> Result<Option<u8>, Stop> {
        let b = self.peek()?;
        if let Some(b) = b {
            self.bump(b)?;
        }
        Ok(b)
    }

    fn skip_whitespace(&mut self) -> Result<(), Stop> {
        loop {
            let buf = self.fill()?;
            let len = buf.len();
            let mut n = 0;
            let mut newlines = 0;
            let mut last_newline = None;
            for (i, &b) in buf.iter().enumerate() {
                match b {
                    b' ' | b'\t' | b'\r' => {}
                    b'\n' => {
                        newlines += 1;
                        last_newline = Some(i);
                    }
                    _ => break,
                }
                n = i + 1;
            }
            let chars = (n - last_newline.map_or(0, |i| i + 1)) as u64;
            self.advance(n, newlines, last_newline, chars)?;
            if n < len || len == 0 {
                return Ok(());
            }
        }
    }

    /// A syntax error at the next character.
    /// After an element of an array or object: `,` (and no `close` right after it, a trailing
    /// comma) or `close`, each copied to `sink`. True when the container closed.
    fn after_element(&mut self, sink: &mut Sink, close: u8) -> Result<bool, Stop> {
        match self.peek()? {
            Some(b',') => {
                self.bump(b',')?;
                sink.push(",");
                self.skip_whitespace()?;
                if self.peek()? == Some(close) {
                    return self.error("trailing comma");
                }
                Ok(false)
            }
            Some(c) if c == close => {
                self.bump(close)?;
                sink.push(if close == b']' { "]" } else { "}" });
                Ok(true)
            }
            _ => self.unexpected(if close == b']' {
                "`,` or `]`"
            } else {
                "`,` or `}`"
            }),
        }
    }

    fn error<T>(&self, message: impl Into<String>) -> Result<T, Stop> {
        Err(Stop::Syntax {
            line: self.line,
            column: self.column + 1,
            message: message.into(),
        })
    }

    /// An error for the next byte, which is not what the grammar allows here: bytes that are
    /// not UTF-8 are reported as such.
    fn unexpected<T>(&mut self, message: &str) -> Result<T, Stop> {
        match self.peek()? {
            None => self.error(format!("EOF while parsing {message}")),
            Some(b) if b >= 0x80 => {
                let column = self.column + 1;
                self.utf8_char()?;
                Err(Stop::Syntax {
                    line: self.line,
                    column,
                    message: format!("expected {message}"),
                })
            }
            Some(_) => self.error(format!("expected {message}")),
        }
    }

    /// Reads one multi-byte UTF-8 character (its first byte peeked, ≥ 0x80).
    fn utf8_char(&mut self) -> Result<char, Stop> {
        let (line, offset, in_line) = (
            self.line,
            self.offset,
            (self.offset - self.line_start) as usize,
        );
        let bad = Stop::Utf8 {
            line,
            offset,
            in_line,
        };
        let lead = self.peek()?.unwrap_or(0);
        let len = match lead {
            0xC2..=0xDF => 2,
            0xE0..=0xEF => 3,
            0xF0..=0xF4 => 4,
            _ => return Err(bad),
        };
        let mut bytes = [lead, 0, 0, 0];
        self.bump(lead)?;
        for slot in bytes.iter_mut().take(len).skip(1) {
            match self.peek()? {
                Some(b) if b & 0xC0 == 0x80 => {
                    *slot = b;
                    self.bump(b)?;
                }
                _ => return Err(bad),
            }
        }
        match std::str::from_utf8(&bytes[..len]) {
            Ok(s) => Ok(s.chars().next().unwrap_or('\u{fffd}')),
            Err(_) => Err(bad),
        }
    }

    // --- The document -------------------------------------------------------------------

    fn document(&mut self, builder: &mut Builder) -> Result<(), Stop> {
        // A leading byte order mark.
        if self.fill()?.starts_with(b"\xEF\xBB\xBF") {
            self.advance(3, 0, None, 1)?;
        }
        self.skip_whitespace()?;
        match self.peek()? {
            Some(b'[') => self.bump(b'[')?,
            None => return self.error("EOF while parsing a value"),
            Some(b) => {
                let found = match b {
                    b'{' => Kind::Object,
                    b'"' => Kind::String,
                    b'-' | b'0'..=b'9' => Kind::Number,
                    b't' | b'f' => Kind::Bool,
                    b'n' => Kind::Null,
                    _ => return self.unexpected("value"),
                };
                builder.error(
                    self.line,
                    None,
                    DataErrorKind::NotAnArray {
                        found: found.name(),
                    },
                );
                return Ok(());
            }
        }
        self.skip_whitespace()?;
        if self.peek()? == Some(b']') {
            self.bump(b']')?;
        } else {
            let mut count = 0usize;
            loop {
                self.skip_whitespace()?;
                let line = self.line;
                // A regional file's limit is per region (see `Split`).
                if count == MAX_RECORDS && self.split.is_none() {
                    return Err(Stop::TooManyRecords(line));
                }
                count += 1;
                self.element(builder, line)?;
                if self.first_only {
                    return Ok(());
                }
                self.skip_whitespace()?;
                match self.peek()? {
                    Some(b',') => {
                        self.bump(b',')?;
                        self.skip_whitespace()?;
                        if self.peek()? == Some(b']') {
                            return self.error("trailing comma");
                        }
                    }
                    Some(b']') => {
                        self.bump(b']')?;
                        break;
                    }
                    _ => return self.unexpected("`,` or `]`"),
                }
            }
        }
        self.skip_whitespace()?;
        match self.peek()? {
            None => Ok(()),
            Some(_) => self.error("trailing characters"),
        }
    }

    /// One element of the top-level array: a record object, or anything else (an error).
    fn element(&mut self, builder: &mut Builder, line: u64) -> Result<(), Stop> {
        if self.peek()? != Some(b'{') {
            let found = self.value(&mut Sink::discard(), 2, false)?;
            builder.error(
                line,
                None,
                DataErrorKind::NotAnObject {
                    found: found.name(),
                },
            );
            return Ok(());
        }
        self.bump(b'{')?;
        let mut fields: Vec<Field> = Vec::new();
        let mut too_many = false;
        self.skip_whitespace()?;
        if self.peek()? == Some(b'}') {
            self.bump(b'}')?;
        } else {
            loop {
                self.skip_whitespace()?;
                let key_line = self.line;
                let key = self.key()?;
                let keep = fields.len() < MAX_COLUMNS;
                let mut sink = if keep { Sink::new() } else { Sink::discard() };
                let kind = self.value(&mut sink, 3, true)?;
                for (line, key, first_line) in self.nested_duplicates.drain(..) {
                    let column = key.clone();
                    builder.error(
                        line,
                        Some(&column),
                        DataErrorKind::DuplicateKey { key, first_line },
                    );
                }
                match &key {
                    Err(length) => builder.error(
                        key_line,
                        None,
                        DataErrorKind::FieldTooLong {
                            field: "key".to_owned(),
                            length: *length,
                            limit: MAX_LINE_BYTES,
                        },
                    ),
                    Ok(key) => {
                        if let Some(first) = fields.iter().find(|f| &f.key == key) {
                            builder.error(
                                key_line,
                                Some(key),
                                DataErrorKind::DuplicateKey {
                                    key: key.clone(),
                                    first_line: first.line,
                                },
                            );
                        } else if keep {
                            fields.push(Field {
                                key: key.clone(),
                                line: key_line,
                                kind,
                                sink,
                            });
                        } else if !too_many {
                            too_many = true;
                            builder.error(
                                line,
                                None,
                                DataErrorKind::TooManyColumns { limit: MAX_COLUMNS },
                            );
                        }
                    }
                }
                self.skip_whitespace()?;
                match self.peek()? {
                    Some(b',') => {
                        self.bump(b',')?;
                        self.skip_whitespace()?;
                        if self.peek()? == Some(b'}') {
                            return self.error("trailing comma");
                        }
                    }
                    Some(b'}') => {
                        self.bump(b'}')?;
                        break;
                    }
                    _ => return self.unexpected("`,` or `}`"),
                }
            }
        }
        if builder.full {
            return Ok(()); // past MAX_ERRORS: counted, not checked
        }
        let has_region = fields.iter().any(|f| f.key == "region");
        let (first_line, first_has_region) = *self.first.get_or_insert((line, has_region));
        if self.first_only {
            return Ok(());
        }
        let region = if self.split.is_some() {
            let Some(region) = required(
                builder,
                line,
                &fields,
                "region",
                &[Kind::String, Kind::Number],
                "a string or a number",
            ) else {
                return Ok(());
            };
            let declares = ["indicator", "year", "value"].iter().all(|name| {
                fields
                    .iter()
                    .find(|f| f.key == *name)
                    .is_none_or(|f| f.kind == Kind::Null || f.sink.text.trim().is_empty())
            });
            Some((region, declares))
        } else {
            if has_region != first_has_region {
                let kind = DataErrorKind::MixedRegions {
                    first_has_region,
                    first_line,
                };
                builder.error(line, Some("region"), kind);
                return Ok(());
            }
            None
        };
        let at = match (&mut self.split, &region) {
            (Some(split), Some((name, _))) => match split.region(builder, line, name) {
                Some(at) => Some(at),
                None => return Ok(()),
            },
            _ => None,
        };
        if let Some((_, true)) = region {
            return Ok(()); // declares a region with no data
        }
        let indicator = required(
            builder,
            line,
            &fields,
            "indicator",
            &[Kind::String],
            "a string",
        );
        let year = required(
            builder,
            line,
            &fields,
            "year",
            &[Kind::Number],
            "an integer",
        );
        let value = required(
            builder,
            line,
            &fields,
            "value",
            &[Kind::String, Kind::Number],
            "a string or a number",
        );
        let regional = at.is_some();
        let extra: Vec<(String, String)> = fields
            .into_iter()
            .filter(|f| !matches!(f.key.as_str(), "indicator" | "year" | "value"))
            .filter(|f| !(regional && f.key == "region"))
            .filter_map(|f| {
                if f.sink.too_long() {
                    builder.error(
                        f.line,
                        Some(&f.key),
                        DataErrorKind::FieldTooLong {
                            field: f.key.clone(),
                            length: f.sink.length,
                            limit: MAX_LINE_BYTES,
                        },
                    );
                    None
                } else {
                    Some((f.key, f.sink.text))
                }
            })
            .collect();
        if let (Some(split), Some(at)) = (&mut self.split, at) {
            let blank = extra.iter().all(|(_, text)| text.trim().is_empty());
            let mut extra = Some(extra);
            let mut extra = move || extra.take().unwrap_or_default();
            split.row(
                builder,
                at,
                line,
                [indicator.as_deref(), year.as_deref(), value.as_deref()],
                if blank { None } else { Some(&mut extra) },
            );
        } else {
            builder.row(
                line,
                indicator.as_deref(),
                year.as_deref(),
                value.as_deref(),
                extra,
            );
        }
        Ok(())
    }

    /// An object key and the `:` after it; `Err(length)` for a key too long to keep.
    fn key(&mut self) -> Result<Result<String, usize>, Stop> {
        if self.peek()? != Some(b'"') {
            return self.unexpected("a key (a string)");
        }
        let mut sink = Sink::new();
        self.string(&mut sink, false)?;
        self.skip_whitespace()?;
        if self.peek()? != Some(b':') {
            return self.unexpected("`:`");
        }
        self.bump(b':')?;
        self.skip_whitespace()?;
        Ok(if sink.too_long() {
            Err(sink.length)
        } else {
            Ok(sink.text)
        })
    }

    /// Any value, its text into `sink`: a string's content when `bare` (the value of a
    /// record's field), its JSON text otherwise.
    fn value(&mut self, sink: &mut Sink, depth: usize, bare: bool) -> Result<Kind, Stop> {
        if depth > MAX_DEPTH {
            return self.error(format!("nested deeper than {MAX_DEPTH} levels"));
        }
        match self.peek()? {
            Some(b'"') => {
                self.string(sink, !bare)?;
                Ok(Kind::String)
            }
            Some(b'-' | b'0'..=b'9') => {
                self.number(sink)?;
                Ok(Kind::Number)
            }
            Some(b't') => self.literal("true", sink).map(|()| Kind::Bool),
            Some(b'f') => self.literal("false", sink).map(|()| Kind::Bool),
            Some(b'n') => self.literal("null", sink).map(|()| Kind::Null),
            Some(b'[') => {
                self.bump(b'[')?;
                sink.push("[");
                self.skip_whitespace()?;
                if self.peek()? == Some(b']') {
                    self.bump(b']')?;
                    sink.push("]");
                    return Ok(Kind::Array);
                }
                loop {
                    self.skip_whitespace()?;
                    self.value(sink, depth + 1, false)?;
                    self.skip_whitespace()?;
                    if self.after_element(sink, b']')? {
                        return Ok(Kind::Array);
                    }
                }
            }
            Some(b'{') => {
                self.bump(b'{')?;
                sink.push("{");
                self.skip_whitespace()?;
                if self.peek()? == Some(b'}') {
                    self.bump(b'}')?;
                    sink.push("}");
                    return Ok(Kind::Object);
                }
                // Keys are tracked for duplicates while the text is kept (it is bounded).
                let mut keys: HashMap<String, u64> = HashMap::new();
                loop {
                    self.skip_whitespace()?;
                    let line = self.line;
                    let mut key = Sink::new();
                    if self.peek()? != Some(b'"') {
                        return self.unexpected("a key (a string)");
                    }
                    self.string(&mut key, false)?;
                    if sink.keep && !key.too_long() {
                        if let Some(&first) = keys.get(&key.text) {
                            self.nested_duplicates.push((line, key.text.clone(), first));
                        } else {
                            keys.insert(key.text.clone(), line);
                        }
                    }
                    sink.push("\"");
                    for c in key.text.chars() {
                        sink.push_escaped(c);
                    }
                    sink.push("\":");
                    self.skip_whitespace()?;
                    if self.peek()? != Some(b':') {
                        return self.unexpected("`:`");
                    }
                    self.bump(b':')?;
                    self.skip_whitespace()?;
                    self.value(sink, depth + 1, false)?;
                    self.skip_whitespace()?;
                    if self.after_element(sink, b'}')? {
                        return Ok(Kind::Object);
                    }
                }
            }
            _ => self.unexpected("value"),
        }
    }

    fn literal(&mut self, word: &'static str, sink: &mut Sink) -> Result<(), Stop> {
        for &expected in word.as_bytes() {
            if self.peek()? != Some(expected) {
                return self.unexpected("ident");
            }
            self.bump(expected)?;
        }
        sink.push(word);
        Ok(())
    }

    /// A number, its literal text into `sink`.
    fn number(&mut self, sink: &mut Sink) -> Result<(), Stop> {
        let digits = |parser: &mut Self, sink: &mut Sink| -> Result<usize, Stop> {
            let mut n = 0;
            while let Some(b @ b'0'..=b'9') = parser.peek()? {
                parser.bump(b)?;
                sink.push(digit(b));
                n += 1;
            }
            Ok(n)
        };
        if self.peek()? == Some(b'-') {
            self.bump(b'-')?;
            sink.push("-");
        }
        match self.peek()? {
            Some(b'0') => {
                self.bump(b'0')?;
                sink.push("0");
                if let Some(b'0'..=b'9') = self.peek()? {
                    return self.error("invalid number: a leading zero");
                }
            }
            Some(b'1'..=b'9') => {
                digits(self, sink)?;
            }
            _ => return self.unexpected("a digit"),
        }
        if self.peek()? == Some(b'.') {
            self.bump(b'.')?;
            sink.push(".");
            if digits(self, sink)? == 0 {
                return self.unexpected("a digit after the decimal point");
            }
        }
        if let Some(e @ (b'e' | b'E')) = self.peek()? {
            self.bump(e)?;
            sink.push(if e == b'e' { "e" } else { "E" });
            if let Some(sign @ (b'+' | b'-')) = self.peek()? {
                self.bump(sign)?;
                sink.push(if sign == b'+' { "+" } else { "-" });
            }
            if digits(self, sink)? == 0 {
                return self.unexpected("a digit in the exponent");
            }
        }
        Ok(())
    }

    /// A string (the opening quote peeked), its content into `sink`, JSON-escaped and
    /// quoted when `quoted`.
    fn string(&mut self, sink: &mut Sink, quoted: bool) -> Result<(), Stop> {
        self.bump(b'"')?;
        if quoted {
            sink.push("\"");
        }
        loop {
            // Plain ASCII in one go.
            let buf = self.fill()?;
            let n = buf
                .iter()
                .position(|&b| b == b'"' || b == b'\\' || !(0x20..0x80).contains(&b))
                .unwrap_or(buf.len());
            if n > 0 {
                let plain = std::str::from_utf8(&buf[..n]).unwrap_or_default();
                sink.push(plain);
                self.advance(n, 0, None, n as u64)?;
                continue;
            }
            match self.peek()? {
                None => return self.error("EOF while parsing a string"),
                Some(b'"') => {
                    self.bump(b'"')?;
                    if quoted {
                        sink.push("\"");
                    }
                    return Ok(());
                }
                Some(b'\\') => {
                    self.bump(b'\\')?;
                    let c = self.escape()?;
                    if quoted {
                        sink.push_escaped(c);
                    } else {
                        sink.push_char(c);
                    }
                }
                Some(b) if b < 0x20 => {
                    return self
                        .error("control character (\\u0000-\\u001F) found while parsing a string");
                }
                Some(_) => {
                    let c = self.utf8_char()?;
                    sink.push_char(c);
                }
            }
        }
    }

    /// The character of an escape (after its `\`).
    fn escape(&mut self) -> Result<char, Stop> {
        let c = match self.peek()? {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                self.bump(b'u')?;
                let high = self.hex4()?;
                return match high {
                    0xD800..=0xDBFF => {
                        for expected in [b'\\', b'u'] {
                            if self.peek()? != Some(expected) {
                                return self.error("lone leading surrogate in hex escape");
                            }
                            self.bump(expected)?;
                        }
                        let low = self.hex4()?;
                        if !(0xDC00..=0xDFFF).contains(&low) {
                            return self.error("lone leading surrogate in hex escape");
                        }
                        let code = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00);
                        char::from_u32(code).map_or_else(|| self.error("invalid escape"), Ok)
                    }
                    0xDC00..=0xDFFF => self.error("lone trailing surrogate in hex escape"),
                    code => char::from_u32(code).map_or_else(|| self.error("invalid escape"), Ok),
                };
            }
            _ => {
                return self
                    .unexpected("an escape (\\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t, \\u)");
            }
        };
        self.next()?;
        Ok(c)
    }

    fn hex4(&mut self) -> Result<u32, Stop> {
        let mut code = 0;
        for _ in 0..4 {
            let digit = match self.peek()? {
                Some(b) if b.is_ascii_hexdigit() => {
                    self.bump(b)?;
                    (b as char).to_digit(16).unwrap_or(0)
                }
                _ => return self.unexpected("a hex digit"),
            };
            code = code * 16 + digit;
        }
        Ok(code)
    }
}

/// An ASCII digit as text.
fn digit(b: u8) -> &'static str {
    const DIGITS: [&str; 10] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];
    DIGITS[usize::from(b - b'0')]
}

/// A required field's text: `null` is empty (reported by the builder), a wrong type or a
/// missing field is reported here.
fn required(
    builder: &mut Builder,
    line: u64,
    fields: &[Field],
    name: &'static str,
    kinds: &[Kind],
    expected: &'static str,
) -> Option<String> {
    let Some(field) = fields.iter().find(|f| f.key == name) else {
        builder.error(
            line,
            Some(name),
            DataErrorKind::MissingField { field: name },
        );
        return None;
    };
    if field.kind == Kind::Null {
        return Some(String::new());
    }
    if !kinds.contains(&field.kind) {
        builder.error(
            line,
            Some(name),
            DataErrorKind::WrongType {
                field: name,
                expected,
                found: field.kind.name(),
            },
        );
        return None;
    }
    if field.sink.too_long() {
        builder.error(
            field.line,
            Some(name),
            DataErrorKind::FieldTooLong {
                field: name.to_owned(),
                length: field.sink.length,
                limit: MAX_LINE_BYTES,
            },
        );
        return None;
    }
    Some(field.sink.text.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Dataset, Vec<String>> {
        read_from(text.as_bytes(), Catalog::embedded()).map_err(|e| e.lines())
    }

    #[test]
    fn strings_and_escapes_decode() {
        let data = parse(
            r#"[{"indicator": "W\u0030\u0033", "year": 2020, "value": "1\u0034", "n": "a\"\\\/\b\f\n\r\t\ud83d\ude00é",
                "x": [1, "a\"\n", {"k": null}, true, -0.5e+3]}]"#,
        );
        let data = data.unwrap_or_else(|e| panic!("{e:?}"));
        let record = &data.records()[0];
        assert_eq!(record.value_text, "14");
        assert_eq!(record.field("n"), Some("a\"\\/\u{8}\u{c}\n\r\t😀é"));
        assert_eq!(
            record.field("x"),
            Some(r#"[1,"a\"\n",{"k":null},true,-0.5e+3]"#)
        );
    }

    #[test]
    fn syntax_errors_have_line_and_column() {
        for (text, message) in [
            (
                "",
                "line 1: invalid JSON: EOF while parsing a value at column 1",
            ),
            (
                "[01]",
                "line 1: invalid JSON: invalid number: a leading zero at column 3",
            ),
            (
                "[1.]",
                "line 1: invalid JSON: expected a digit after the decimal point at column 4",
            ),
            (
                "[\"\\ud800\"]",
                "line 1: invalid JSON: lone leading surrogate in hex escape at column 9",
            ),
            (
                "[\"a\nb\"]",
                "line 1: invalid JSON: control character (\\u0000-\\u001F) found while parsing a string at column 4",
            ),
            (
                "[] x",
                "line 1: invalid JSON: trailing characters at column 4",
            ),
            (
                "[\n\n  {",
                "line 3: invalid JSON: EOF while parsing a key (a string) at column 4",
            ),
            ("[é]", "line 1: invalid JSON: expected value at column 2"),
        ] {
            assert_eq!(parse(text).unwrap_err(), [message], "{text:?}");
        }
    }

    #[test]
    fn a_long_string_is_counted_not_kept() {
        let long = "x".repeat(MAX_LINE_BYTES + 1);
        let text =
            format!(r#"[{{"indicator": "W03", "year": 2020, "value": "1", "note": "{long}"}}]"#);
        assert_eq!(
            parse(&text).unwrap_err(),
            ["line 1: the note field is 4097 bytes long, more than the limit of 4096"]
        );
    }
}

/// Without the `csv` feature there is no regional reading: no split is ever made.
#[cfg(not(feature = "csv"))]
enum Split {}

#[cfg(not(feature = "csv"))]
impl Split {
    fn region(&mut self, _: &mut Builder, _: u64, _: &str) -> Option<usize> {
        match *self {}
    }

    fn row(
        &mut self,
        _: &mut Builder,
        _: usize,
        _: u64,
        _: [Option<&str>; 3],
        _: Option<&mut dyn FnMut() -> Vec<(String, String)>>,
    ) {
        match *self {}
    }
}
