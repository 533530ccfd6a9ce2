//! Data files with a `region` column: one [`Dataset`] per region, read streaming.
//!
//! A CSV data file may have a `region` column (a name or an administrative code such as
//! `500237`). Each row then belongs to its region, and the same indicator and year may appear
//! once per region. A row whose `indicator`, `year` and `value` are all empty declares a region
//! that has no data (it is reported, with every indicator short of data). Regions keep the
//! order of their first row.
//!
//! The file is read record by record from a buffered reader, never whole: memory holds the
//! figures kept, not the file's bytes, so there is no limit on the file's size. A region's
//! [`Dataset::records`] holds only the rows with a non-empty extra field (the notes a report
//! shows); every figure is in its series. The limits are per line ([`MAX_LINE_BYTES`]), per region
//! ([`MAX_RECORDS`] records) and on the number of regions
//! ([`MAX_REGIONS`]). Every row is checked as in a single-region file (see [`super`]), and every
//! problem is reported with its line; a file with any error gives no data.
//!
//! ```
//! use plan_targets::data::Regions;
//!
//! let regions = Regions::from_csv_reader(
//!     "region,indicator,year,value\n\
//!      巫山县,W02,2020,78.99\n\
//!      奉节县,W02,2020,79.10\n\
//!      巫山县,W02,2024,79.95\n\
//!      城口县,,,\n"
//!         .as_bytes(),
//! )?;
//! let names: Vec<&str> = regions.iter().map(|r| r.name.as_str()).collect();
//! assert_eq!(names, ["巫山县", "奉节县", "城口县"]);
//! assert_eq!(regions.iter().next().unwrap().data.series("W02").unwrap().len(), 2);
//! assert!(regions.iter().nth(2).unwrap().data.is_empty());
//! # Ok::<(), plan_targets::data::DataErrors>(())
//! ```

use std::collections::{BTreeMap, HashMap};
use std::io::{BufRead, Read};
use std::path::Path;

use super::check::{Builder, resolve};
use super::csv_input::{Lines, Stop, split as split_quoted};
use super::{DataErrorKind, DataErrors, Dataset, Encoding, Record, Subject};
use super::{MAX_COLUMNS, MAX_LINE_BYTES, MAX_RECORDS, MAX_YEAR, MIN_YEAR};
use crate::catalog::Catalog;
use crate::series::{Observation, Series, Year};

/// The most regions a file may have (China has some 2,844 county-level divisions).
pub const MAX_REGIONS: usize = 10_000;

/// One region's data.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Region {
    /// The `region` field as written (trimmed).
    pub name: String,
    /// Its figures.
    pub data: Dataset,
}

/// The regions of a data file with a `region` column, in the order of their first row.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Regions {
    regions: Vec<Region>,
}

impl Regions {
    /// Reads CSV with a `region` column, indicators of the embedded catalogue.
    ///
    /// # Errors
    ///
    /// Every problem found, each with its line (see the [module documentation](self)).
    pub fn from_csv_reader(reader: impl Read) -> Result<Regions, DataErrors> {
        Regions::from_csv_reader_in(reader, Catalog::embedded())
    }

    /// Reads CSV with a `region` column, indicators of `catalog`.
    ///
    /// # Errors
    ///
    /// Every problem found, each with its line (see the [module documentation](self)).
    pub fn from_csv_reader_in(
        reader: impl Read,
        catalog: &'static Catalog,
    ) -> Result<Regions, DataErrors> {
        read_csv(reader, Encoding::Auto, catalog)
    }

    /// Reads CSV with a `region` column in the given encoding ([`Encoding::Auto`]: a byte
    /// order mark tells UTF-8 or UTF-16; without one, the first line that is not ASCII tells
    /// UTF-8 from GB18030), indicators of `catalog`.
    ///
    /// ```
    /// use plan_targets::catalog::Catalog;
    /// use plan_targets::data::{Encoding, Regions};
    ///
    /// let text = "region,indicator,year,value\n巫山县,孕产妇死亡率,2020,14以内\n";
    /// let (gbk, _, _) = encoding_rs::GB18030.encode(text);
    /// let regions = Regions::from_csv_reader_with(&gbk[..], Encoding::Auto, Catalog::embedded())?;
    /// assert_eq!(regions.iter().next().unwrap().name, "巫山县");
    /// # Ok::<(), plan_targets::data::DataErrors>(())
    /// ```
    ///
    /// # Errors
    ///
    /// Every problem found, each with its line (see the [module documentation](self)).
    pub fn from_csv_reader_with(
        reader: impl Read,
        encoding: Encoding,
        catalog: &'static Catalog,
    ) -> Result<Regions, DataErrors> {
        read_csv(reader, encoding, catalog)
    }

    /// Reads a CSV file with a `region` column.
    ///
    /// # Errors
    ///
    /// As [`Regions::from_csv_reader_in`], and a file that cannot be opened (line 0).
    pub fn from_path_in(path: &Path, catalog: &'static Catalog) -> Result<Regions, DataErrors> {
        let file = std::fs::File::open(path).map_err(|e| {
            DataErrors::one(DataErrorKind::Io {
                message: format!("cannot open {}: {e}", path.display()),
            })
        })?;
        read_csv(file, Encoding::Auto, catalog)
    }

    /// The regions, in the order of their first row.
    pub fn iter(&self) -> impl Iterator<Item = &Region> {
        self.regions.iter()
    }

    /// How many regions.
    pub fn len(&self) -> usize {
        self.regions.len()
    }

    /// True when the file had no region.
    pub fn is_empty(&self) -> bool {
        self.regions.is_empty()
    }

    /// The latest year with a figure in any region.
    pub fn latest_year(&self) -> Option<Year> {
        self.regions
            .iter()
            .filter_map(|r| r.data.latest_year())
            .max()
    }
}

/// Whether a CSV file's header names a `region` column (the first record, after an optional
/// byte order mark), in any encoding [`Encoding::Auto`] reads. `false` when the file cannot be
/// read: reading it again reports why.
pub fn csv_has_region_column(path: &Path) -> bool {
    csv_has_region_column_in(path, Encoding::Auto)
}

/// [`csv_has_region_column`] for a file in the given encoding.
pub fn csv_has_region_column_in(path: &Path, encoding: Encoding) -> bool {
    let Ok(file) = std::fs::File::open(path) else {
        return false;
    };
    let mut head = Vec::new();
    if file
        .take(2 * MAX_LINE_BYTES as u64 + 3)
        .read_to_end(&mut head)
        .is_err()
    {
        return false;
    }
    header_names(head, encoding).iter().any(|f| f == "region")
}

/// The names of the header at the start of `head` (trimmed, unquoted), as far as a regional
/// file needs them: they are ASCII in UTF-8 and GB18030 alike.
fn header_names(mut head: Vec<u8>, encoding: Encoding) -> Vec<String> {
    let utf16 = head.starts_with(b"\xFF\xFE") || head.starts_with(b"\xFE\xFF");
    if utf16 || encoding == Encoding::Utf16 {
        let be = head.starts_with(b"\xFE\xFF");
        let codec = if be {
            encoding_rs::UTF_16BE
        } else {
            encoding_rs::UTF_16LE
        };
        let (text, _) = codec.decode_with_bom_removal(&head);
        head = text.into_owned().into_bytes();
    }
    // The header's names are ASCII in UTF-8 and GB18030 alike.
    let head = head.strip_prefix(BOM).unwrap_or(&head);
    let line = head
        .split(|&b| b == b'\n' || b == b'\r')
        .next()
        .unwrap_or_default();
    line.split(|&b| b == b',')
        .map(|f| String::from_utf8_lossy(f.trim_ascii().trim_ascii_matches_quotes()).into_owned())
        .collect()
}

/// Quotes around a header name.
trait TrimQuotes {
    fn trim_ascii_matches_quotes(&self) -> &[u8];
}

impl TrimQuotes for [u8] {
    fn trim_ascii_matches_quotes(&self) -> &[u8] {
        self.strip_prefix(b"\"")
            .and_then(|f| f.strip_suffix(b"\""))
            .unwrap_or(self)
    }
}

/// A figure kept: its subject's slot (see [`Split`]), year and line.
struct Point {
    slot: u32,
    year: Year,
    line: u64,
    observation: Observation,
}

/// A region's checked rows.
#[derive(Default)]
struct Store {
    points: Vec<Point>,
    /// Per slot, the years seen: bit `year - MIN_YEAR`.
    years: Vec<u128>,
    /// The rows with a non-empty extra field, as records.
    records: Vec<Record>,
    /// Rows read (for [`MAX_RECORDS`]).
    rows: usize,
}

// Every year a row may have is one bit of a `u128`.
const _: () = assert!(MAX_YEAR - MIN_YEAR < 128);

/// Checked rows by region, whatever the format: regions in the order of their first row, and
/// each row's figure kept once (a duplicate indicator-year of a region is reported with the
/// line of its first figure).
pub(super) struct Split {
    names: Vec<String>,
    index: HashMap<String, usize>,
    /// The region of the last row (rows of a region mostly follow each other).
    last: Option<usize>,
    stores: Vec<Store>,
    /// The subjects read so far, by slot.
    subjects: Vec<Subject>,
    slot_of_key: HashMap<&'static str, u32>,
    /// Indicator fields as written, resolved (the last one, then all).
    last_text: Option<(String, u32)>,
    slot_of_text: HashMap<String, u32>,
}

impl Split {
    pub(super) fn new() -> Split {
        Split {
            names: Vec::new(),
            index: HashMap::new(),
            last: None,
            stores: Vec::new(),
            subjects: Vec::new(),
            slot_of_key: HashMap::new(),
            last_text: None,
            slot_of_text: HashMap::new(),
        }
    }

    /// The region named `name` (trimmed), added when new; `None` after reporting an empty name
    /// or one region too many.
    pub(super) fn region(&mut self, builder: &mut Builder, line: u64, name: &str) -> Option<usize> {
        let name = name.trim();
        if let Some(at) = self.last.filter(|&at| self.names[at] == name) {
            return Some(at);
        }
        if name.is_empty() {
            let kind = DataErrorKind::EmptyField { column: "region" };
            builder.error(line, Some("region"), kind);
            return None;
        }
        let at = match self.index.get(name) {
            Some(&at) => at,
            None => {
                if self.names.len() == MAX_REGIONS {
                    let kind = DataErrorKind::Io {
                        message: format!("more than {MAX_REGIONS} regions"),
                    };
                    builder.error(line, Some("region"), kind);
                    builder.full = true;
                    return None;
                }
                self.index.insert(name.to_owned(), self.names.len());
                self.names.push(name.to_owned());
                self.stores.push(Store::default());
                self.names.len() - 1
            }
        };
        self.last = Some(at);
        Some(at)
    }

    /// Checks one row of region `at` and keeps its figure; `extra` (the other fields) is
    /// called only when one of them is not blank, and the row is then kept as a record too.
    pub(super) fn row(
        &mut self,
        builder: &mut Builder,
        at: usize,
        line: u64,
        [indicator, year, value]: [Option<&str>; 3],
        extra: Option<&mut dyn FnMut() -> Vec<(String, String)>>,
    ) {
        let store = &mut self.stores[at];
        store.rows += 1;
        if store.rows > MAX_RECORDS {
            if store.rows == MAX_RECORDS + 1 {
                builder.too_many_records(line);
            }
            return;
        }
        let catalog = builder.catalog;
        let (subjects, slot_of_key) = (&mut self.subjects, &mut self.slot_of_key);
        let (last_text, slot_of_text) = (&mut self.last_text, &mut self.slot_of_text);
        let mut slot = 0u32;
        let checked = builder.check(line, indicator, year, value, &mut |text| {
            if let Some((_, s)) = last_text.as_ref().filter(|(t, _)| t.as_str() == text) {
                slot = *s;
                return Ok(subjects[*s as usize].clone());
            }
            let found = match slot_of_text.get(text) {
                Some(&s) => s,
                None => {
                    let subject = resolve(catalog, text)?;
                    let s = *slot_of_key.entry(subject.key()).or_insert_with(|| {
                        subjects.push(subject);
                        subjects.len() as u32 - 1
                    });
                    slot_of_text.insert(text.to_owned(), s);
                    s
                }
            };
            *last_text = Some((text.to_owned(), found));
            slot = found;
            Ok(subjects[found as usize].clone())
        });
        let Some(checked) = checked else {
            return;
        };
        let store = &mut self.stores[at];
        if store.years.len() <= slot as usize {
            store.years.resize(slot as usize + 1, 0);
        }
        let bit = 1u128 << (checked.year - MIN_YEAR);
        if store.years[slot as usize] & bit != 0 {
            let first_line = store
                .points
                .iter()
                .find(|p| p.slot == slot && p.year == checked.year)
                .map_or(0, |p| p.line);
            builder.error(
                line,
                None,
                DataErrorKind::Duplicate {
                    indicator: checked.subject.key().to_owned(),
                    year: checked.year,
                    first_line,
                },
            );
            return;
        }
        store.years[slot as usize] |= bit;
        if let Some(extra) = extra {
            store.records.push(Record {
                line,
                subject: checked.subject,
                indicator_text: checked.indicator.to_owned(),
                year: checked.year,
                value_text: checked.value.to_owned(),
                observation: checked.observation.clone(),
                unit: checked.unit,
                extra: extra(),
            });
        }
        store.points.push(Point {
            slot,
            year: checked.year,
            line,
            observation: checked.observation,
        });
    }

    /// The regions, or every error the builder has.
    pub(super) fn finish(self, builder: Builder) -> Result<Regions, DataErrors> {
        if !builder.errors.is_empty() {
            return Err(DataErrors(builder.errors));
        }
        let catalog = builder.catalog;
        let mut regions = Vec::with_capacity(self.names.len());
        for (name, store) in self.names.into_iter().zip(self.stores) {
            let mut points = store.points;
            // Stable and linear when the rows of each indicator follow each other.
            points.sort_by_key(|p| p.slot);
            let mut indicators = BTreeMap::new();
            let mut external = BTreeMap::new();
            for run in points.chunk_by(|a, b| a.slot == b.slot) {
                let subject = &self.subjects[run[0].slot as usize];
                let series = Series::new(run.iter().map(|p| (p.year, p.observation.clone())))
                    .expect("duplicate years are rejected per row");
                let map = match subject {
                    Subject::Indicator(_) => &mut indicators,
                    Subject::Reference(_) => &mut external,
                };
                map.insert(subject.key().to_owned(), series);
            }
            drop(points);
            regions.push(Region {
                name,
                data: Dataset::assemble(catalog, indicators, external, store.records),
            });
        }
        Ok(Regions { regions })
    }
}

/// The encoding of a regional file as read: decided up front, or by its first line that is
/// not ASCII.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Decoding {
    Undecided,
    Utf8,
    Gb18030,
    /// Decoded to UTF-8 before the lines are split; a malformed sequence is a byte `0xFF`.
    Utf16,
}

/// A UTF-16 stream as UTF-8; each malformed sequence becomes the byte `0xFF` (never UTF-8),
/// so that its line is reported.
struct Utf16<R> {
    reader: R,
    decoder: encoding_rs::Decoder,
    input: Vec<u8>,
    start: usize,
    end: usize,
    /// The reader is at its end.
    done: bool,
    /// The decoder has seen the end.
    finished: bool,
}

impl<R: Read> Read for Utf16<R> {
    fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
        use encoding_rs::DecoderResult;
        if out.len() < 8 {
            // Room for a whole character or the marker.
            let mut buffer = [0u8; 8];
            let n = self.read(&mut buffer)?;
            let n = n.min(out.len());
            out[..n].copy_from_slice(&buffer[..n]);
            return Ok(n);
        }
        loop {
            if self.finished {
                return Ok(0);
            }
            if self.start == self.end && !self.done {
                self.start = 0;
                self.end = self.reader.read(&mut self.input)?;
                self.done = self.end == 0;
            }
            let room = out.len() - 1;
            let (result, read, written) = self.decoder.decode_to_utf8_without_replacement(
                &self.input[self.start..self.end],
                &mut out[..room],
                self.done,
            );
            self.start += read;
            // The decoder may not be called again after the last input is decoded.
            self.finished = self.done && matches!(result, DecoderResult::InputEmpty);
            let mut written = written;
            if let DecoderResult::Malformed(..) = result {
                out[written] = 0xFF;
                written += 1;
            }
            if written > 0 || self.finished {
                return Ok(written);
            }
        }
    }
}

impl super::table::RowSink for Split {
    fn region(&mut self, builder: &mut Builder, line: u64, name: &str) -> Option<usize> {
        Split::region(self, builder, line, name)
    }

    fn row(
        &mut self,
        builder: &mut Builder,
        at: usize,
        line: u64,
        fields: [Option<&str>; 3],
        extra: Option<&mut dyn FnMut() -> Vec<(String, String)>>,
    ) {
        Split::row(self, builder, at, line, fields, extra);
    }
}

/// Reads a regional CSV file: the long layout as a stream, the wide one (told by its header,
/// see [`super::table`]) whole.
pub(super) fn read_csv(
    reader: impl Read,
    encoding: Encoding,
    catalog: &'static Catalog,
) -> Result<Regions, DataErrors> {
    let mut reader = std::io::BufReader::with_capacity(1 << 16, reader);
    let head = reader.fill_buf().map_err(|e| {
        DataErrors::one(DataErrorKind::Io {
            message: e.to_string(),
        })
    })?;
    if super::table::is_wide(&header_names(head.to_vec(), encoding)) {
        let bytes = super::read_limited(reader)?;
        let bytes = super::encoding::decode(bytes, encoding)?;
        return super::table::read_wide_csv_regions(&bytes, catalog);
    }
    let head = reader.fill_buf().map_err(|e| {
        DataErrors::one(DataErrorKind::Io {
            message: e.to_string(),
        })
    })?;
    let utf16 = match encoding {
        Encoding::Utf16 => true,
        Encoding::Auto => head.starts_with(b"\xFF\xFE") || head.starts_with(b"\xFE\xFF"),
        Encoding::Utf8 | Encoding::Gb18030 => false,
    };
    if utf16 {
        let decoder = if head.starts_with(b"\xFE\xFF") {
            encoding_rs::UTF_16BE.new_decoder_with_bom_removal()
        } else {
            encoding_rs::UTF_16LE.new_decoder_with_bom_removal()
        };
        let utf16 = Utf16 {
            reader,
            decoder,
            input: vec![0; 1 << 16],
            start: 0,
            end: 0,
            done: false,
            finished: false,
        };
        return read_lines(
            std::io::BufReader::with_capacity(1 << 16, utf16),
            Decoding::Utf16,
            catalog,
        );
    }
    let decoding = match encoding {
        Encoding::Utf8 => Decoding::Utf8,
        Encoding::Gb18030 => Decoding::Gb18030,
        _ if head.starts_with(BOM) => Decoding::Utf8,
        _ => Decoding::Undecided,
    };
    read_lines(reader, decoding, catalog)
}

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// The fields of a line: ranges of the line's text, or (a line with quotes) the fields
/// unquoted.
enum Fields {
    Ranges(Vec<(usize, usize)>),
    Owned(Vec<String>),
}

impl Fields {
    fn len(&self) -> usize {
        match self {
            Fields::Ranges(r) => r.len(),
            Fields::Owned(o) => o.len(),
        }
    }

    fn get<'a>(&'a self, text: &'a str, i: usize) -> &'a str {
        match self {
            Fields::Ranges(r) => &text[r[i].0..r[i].1],
            Fields::Owned(o) => &o[i],
        }
    }
}

fn read_lines(
    reader: impl BufRead,
    mut decoding: Decoding,
    catalog: &'static Catalog,
) -> Result<Regions, DataErrors> {
    let mut builder = Builder::new(catalog);
    let mut split = Split::new();
    let mut lines = Lines::unlimited(reader);
    let mut raw = Vec::new();
    let mut decoded = String::new();
    let mut ranges = Vec::new();
    let mut header: Option<Header> = None;
    loop {
        let line = match lines.next(&mut raw) {
            Ok(Some(line)) => line,
            Ok(None) => break,
            Err(Stop::TooLarge) => break, // no limit
            Err(Stop::Io(e)) => {
                let kind = DataErrorKind::Io {
                    message: e.to_string(),
                };
                builder.error(lines.number + 1, None, kind);
                break;
            }
        };
        if builder.full {
            break;
        }
        let bytes = if line.number == 1 {
            raw.strip_prefix(BOM).unwrap_or(&raw)
        } else {
            &raw
        };
        if bytes.is_empty() {
            continue; // an entirely empty line
        }
        if line.length > MAX_LINE_BYTES {
            let kind = DataErrorKind::LineTooLong {
                length: line.length,
                limit: MAX_LINE_BYTES,
            };
            builder.error(line.number, None, kind);
            if header.is_none() {
                break;
            }
            continue;
        }
        if decoding == Decoding::Undecided && !bytes.is_ascii() {
            decoding = if std::str::from_utf8(bytes).is_ok()
                || encoding_rs::GB18030
                    .decode_without_bom_handling_and_without_replacement(bytes)
                    .is_none()
            {
                Decoding::Utf8
            } else {
                Decoding::Gb18030
            };
        }
        let text = match decoding {
            Decoding::Gb18030 if !bytes.is_ascii() => {
                match encoding_rs::GB18030
                    .decode_without_bom_handling_and_without_replacement(bytes)
                {
                    Some(text) => {
                        decoded.clear();
                        decoded.push_str(&text);
                        decoded.as_str()
                    }
                    None => {
                        let kind = DataErrorKind::Undecodable {
                            encoding: "GB18030",
                        };
                        builder.error(line.number, None, kind);
                        if header.is_none() {
                            break;
                        }
                        continue;
                    }
                }
            }
            _ => match std::str::from_utf8(bytes) {
                Ok(text) => text,
                Err(e) => {
                    let kind = if decoding == Decoding::Utf16 {
                        DataErrorKind::Undecodable { encoding: "UTF-16" }
                    } else {
                        let skipped = (raw.len() - bytes.len()) as u64;
                        DataErrorKind::InvalidUtf8 {
                            offset: line.offset + skipped + e.valid_up_to() as u64,
                            in_line: e.valid_up_to(),
                        }
                    };
                    builder.error(line.number, None, kind);
                    if header.is_none() {
                        break;
                    }
                    continue;
                }
            },
        };
        let text = if line.number == 1 {
            text.strip_prefix('\u{feff}').unwrap_or(text)
        } else {
            text
        };
        let fields = if text.contains('"') {
            match split_quoted(text) {
                Ok(fields) => Fields::Owned(fields),
                Err(kind) => {
                    builder.error(line.number, None, kind);
                    if header.is_none() {
                        break;
                    }
                    continue;
                }
            }
        } else {
            let mut r = std::mem::take(&mut ranges);
            r.clear();
            let mut start = 0;
            for (i, b) in text.bytes().enumerate() {
                if b == b',' {
                    r.push((start, i));
                    start = i + 1;
                }
            }
            r.push((start, text.len()));
            Fields::Ranges(r)
        };
        let Some(columns) = &header else {
            let names: Vec<&str> = (0..fields.len()).map(|i| fields.get(text, i)).collect();
            header = Header::new(line.number, &names, &mut builder);
            if header.is_none() {
                break;
            }
            continue;
        };
        if fields.len() != columns.names.len() {
            let kind = DataErrorKind::FieldCount {
                expected: columns.names.len(),
                found: fields.len(),
            };
            builder.error(line.number, None, kind);
        } else if let Some(at) =
            split.region(&mut builder, line.number, fields.get(text, columns.region))
        {
            let [indicator, year, value] =
                [columns.indicator, columns.year, columns.value].map(|i| fields.get(text, i));
            if [indicator, year, value].iter().all(|f| f.trim().is_empty()) {
                // declares the region
            } else {
                let blank = columns
                    .extra
                    .iter()
                    .all(|&i| fields.get(text, i).trim().is_empty());
                let mut extra = || {
                    columns
                        .extra
                        .iter()
                        .map(|&i| (columns.names[i].clone(), fields.get(text, i).to_owned()))
                        .collect()
                };
                split.row(
                    &mut builder,
                    at,
                    line.number,
                    [Some(indicator), Some(year), Some(value)],
                    if blank { None } else { Some(&mut extra) },
                );
            }
        }
        if let Fields::Ranges(r) = fields {
            ranges = r;
        }
    }
    if header.is_none() && builder.errors.is_empty() {
        builder.error(1, None, DataErrorKind::NoHeader);
    }
    split.finish(builder)
}

/// The header's columns.
struct Header {
    names: Vec<String>,
    region: usize,
    indicator: usize,
    year: usize,
    value: usize,
    extra: Vec<usize>,
}

impl Header {
    /// Checks the header; `None` after reporting why it cannot be used.
    fn new(line: u64, raw: &[&str], builder: &mut Builder) -> Option<Header> {
        if raw.len() > MAX_COLUMNS {
            let kind = DataErrorKind::TooManyColumns { limit: MAX_COLUMNS };
            builder.error(line, None, kind);
            return None;
        }
        let names: Vec<String> = raw.iter().map(|n| n.trim().to_owned()).collect();
        for (i, name) in names.iter().enumerate() {
            if name.is_empty() {
                builder.error(line, None, DataErrorKind::UnnamedColumn { index: i + 1 });
            } else if names[..i].contains(name) {
                let kind = DataErrorKind::DuplicateColumn { name: name.clone() };
                builder.error(line, Some(name), kind);
            }
        }
        let mut required = [0usize; 4];
        for (slot, column) in required
            .iter_mut()
            .zip(["region", "indicator", "year", "value"])
        {
            match names.iter().position(|n| n == column) {
                Some(i) => *slot = i,
                None => builder.error(line, Some(column), DataErrorKind::MissingColumn { column }),
            }
        }
        if !builder.errors.is_empty() {
            return None;
        }
        let [region, indicator, year, value] = required;
        let extra = (0..names.len()).filter(|i| !required.contains(i)).collect();
        Some(Header {
            names,
            region,
            indicator,
            year,
            value,
            extra,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::check::plain_decimal;
    use crate::series::Observation;

    #[test]
    fn the_fast_path_reads_plain_decimals_as_the_notation_does() {
        for text in [
            "7.73",
            "100",
            "0",
            "-0.5",
            "007",
            "1.50",
            "123456789.123456789",
        ] {
            let fast = plain_decimal(text).unwrap_or_else(|| panic!("{text}"));
            let (slow, unit) = Observation::parse(text).unwrap();
            assert_eq!(
                (Observation::Value(fast), None),
                (slow.clone(), unit),
                "{text}"
            );
            assert_eq!(
                Observation::Value(fast).to_string(),
                slow.to_string(),
                "{text}"
            );
        }
        for text in [
            "1.", ".5", "+1", "1e3", "95.6%", "≤14", "1:1.2", "", "-", "1.2.3", "１",
        ] {
            assert_eq!(plain_decimal(text), None, "{text}");
        }
    }
}
