//! Reading a statistics office's yearly figures into series for the report.
//!
//! A data file gives one figure per row: which indicator, which year, what value. It is read
//! into a [`Dataset`]: one [`Series`] per catalogue indicator (by id) and per external
//! reference series (by name), plus the [`Record`]s themselves with their extra columns (a
//! `note` column, say) and the line they came from.
//!
//! # Input
//!
//! CSV ([`Reader::read_csv`], [`Dataset::from_csv_str`]):
//!
//! - UTF-8, with or without a byte order mark (Excel writes one); lines end in LF, CRLF or a
//!   lone CR (each counts as one line);
//! - a record is one line: a field may be quoted (`"a, b"`, `""` for a quote inside), but a
//!   quoted field must close on the line it opens on, and nothing but a comma or the end of
//!   the line may follow its closing quote. A line break inside quotes is reported on the line
//!   where the quote opened ([`DataErrorKind::UnterminatedQuote`]): one stray `"` would
//!   otherwise swallow every following row into a single field;
//! - a header row is required; it names the columns `indicator`, `year` and `value` (exact,
//!   lowercase, surrounding whitespace ignored) in any order. Other columns are kept: each
//!   [`Record`] holds its extra fields by header name, in header order. Column names must be
//!   non-empty and distinct;
//! - a line that is entirely empty is skipped; any other line is a record (a line holding only
//!   spaces is a record with one field, hence an error). Nothing else is skipped or guessed;
//! - the `indicator`, `year` and `value` fields are trimmed of surrounding whitespace; extra
//!   fields are kept verbatim.
//!
//! Other encodings and layouts ([`Reader::encoding`]): CSV in GB18030/GBK or
//! UTF-16 (detected, or given as an [`Encoding`]; see [`encoding`]), and the wide layout — an
//! indicator column (`indicator`, `id`, `编号` or `name`, `指标`), then one column per year
//! (`2021` or `2021年`) — told apart by its header. Excel workbooks
//! ([`Reader::read_xlsx`], feature `xlsx`): every non-empty worksheet, long or wide;
//! errors name the sheet, the row and the column. The data-entry template
//! ([`crate::template`]) is a wide table and reads back as it is.
//!
//! JSON ([`Reader::read_json`], [`Dataset::from_json_str`]): an array of objects with the same fields,
//! `{ "indicator": "W03", "year": 2020, "value": "14以内", "note": "…" }`. `year` is a JSON
//! integer; `value` a string or a number (a number reads from its literal text, exactly:
//! `82.29999999999999999999` stays that, `80.10` keeps its trailing zero); other fields are
//! kept as their text (strings) or their JSON text as written (anything else), in the order
//! written. A key given twice in one object is an error ([`DataErrorKind::DuplicateKey`]). A
//! leading byte order mark is skipped. A record's "line" is the line of the file on which its
//! object starts. The input is read as a stream: memory holds the records kept, not the file.
//!
//! Fields:
//!
//! - `indicator`: a catalogue id (`W03`) or name (`孕产妇死亡率`), as
//!   [`catalog::lookup`] reads them, or the name of an external
//!   reference series, a series a catalogue indicator's target refers to (`女职工比例`, W30's;
//!   see [`reference_series_names`]);
//! - `year`: an integer from [`MIN_YEAR`] to [`MAX_YEAR`];
//! - `value`: a figure as [`Observation::parse`] reads it: a decimal, optionally with the
//!   indicator's unit (`78.99岁`, `95.6%`, `14/10万`), a bound (`≤14`, `14以内`, `87%以上`) or a
//!   ratio (`1:1.2`). A unit written in the value must be the indicator's unit: `95.6‰` for a
//!   percentage is an error, and so is any unit on an indicator without one. An external
//!   reference series takes the unit of the indicator referring to it.
//!
//! # Errors
//!
//! Every problem is reported, with its line (CSV: the physical line of the file, the header
//! being line 1; JSON: the line its record starts on), not only the first: see
//! [`DataErrorKind`] for the list. A file with any error gives no dataset.
//!
//! # Limits
//!
//! [`MAX_INPUT_BYTES`] per input, [`MAX_LINE_BYTES`] per CSV line and per JSON string or
//! extra field, [`MAX_COLUMNS`] columns (fields of a JSON record), [`MAX_RECORDS`] records,
//! JSON nesting 128 levels deep, and [`MAX_ERRORS`] errors reported (checking stops there);
//! each is a typed error. The limits are enforced while reading: an input is never read whole
//! into memory, and peak memory is bounded by what is kept, whatever the input's size or shape.
//!
//! A field that does not read because of an invisible character (a byte order mark in the
//! middle of a file, a zero-width or no-break space) is reported with that character named
//! and its column ([`DataErrorKind::InvisibleCharacter`]).
//!
//! # Example
//!
//! ```
//! use plan_targets::data::Dataset;
//!
//! let data = Dataset::from_csv_str(
//!     "\u{feff}indicator,year,value,note\r\n\
//!      W03,2020,14/10万以内,provisional\r\n\
//!      孕产妇死亡率,2023,9.5,\r\n\
//!      女职工比例,2023,41.2%,\r\n",
//! )?;
//! let w03 = data.series("W03").unwrap();
//! assert_eq!(w03.get(2020).unwrap().to_string(), "≤14");
//! assert_eq!(data.records()[0].field("note"), Some("provisional"));
//! assert!(data.references().contains_key("女职工比例"));
//!
//! let errors = Dataset::from_csv_str("indicator,year,value\nW99,2020,1\n").unwrap_err();
//! assert_eq!(
//!     errors.to_string(),
//!     r#"line 2: unknown indicator "W99"; did you mean W09, W19, W29?"#
//! );
//! # Ok::<(), plan_targets::data::DataErrors>(())
//! ```
#![cfg_attr(not(any(feature = "csv", feature = "json")), allow(dead_code))]

#[cfg(feature = "csv")]
mod csv_input;
#[cfg(feature = "csv")]
pub mod encoding;
mod invisible;
#[cfg(feature = "json")]
mod json_input;
mod reader;
#[cfg(any(feature = "csv", feature = "xlsx"))]
mod table;
#[cfg(feature = "xlsx")]
mod xlsx_input;

#[cfg(feature = "csv")]
pub use encoding::Encoding;
pub use reader::Reader;
#[cfg(feature = "csv")]
pub mod regions;
#[cfg(feature = "csv")]
pub use regions::{MAX_REGIONS, Region, Regions, csv_has_region_column, csv_has_region_column_in};

use std::collections::{BTreeMap, HashMap};
use std::io::Read;
use std::path::Path;

use crate::catalog::{self, Catalog, Indicator};
use crate::eval::References;
use crate::series::{Observation, ObservationError, Series, Year};
use crate::syntax::Unit;
use crate::text::did_you_mean;

/// The largest input read, in bytes (64 MiB).
pub const MAX_INPUT_BYTES: u64 = 64 * 1024 * 1024;
/// The longest CSV line, in bytes, without its line ending (4 KiB).
pub const MAX_LINE_BYTES: usize = 4 * 1024;
/// The most records (data rows or JSON objects) read: well above the number of distinct
/// indicator-years (the catalogue's indicators and reference series times 101 years), so it
/// only stops pathological input. An input over the limit gets this one error (reading stops
/// at the first record past it).
pub const MAX_RECORDS: usize = 50_000;
/// The most columns of a CSV header, and the most fields of a JSON record: well above what a
/// data file needs (indicator, year, value, a note, a source …), so that memory stays bounded
/// by what is kept.
pub const MAX_COLUMNS: usize = 64;
/// The most errors reported; reading stops after one more error saying so.
pub const MAX_ERRORS: usize = 1_000;
/// The earliest year accepted.
pub const MIN_YEAR: Year = 2000;
/// The latest year accepted.
pub const MAX_YEAR: Year = 2100;

/// What a record gives a figure for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Subject {
    /// A catalogue indicator.
    Indicator(&'static Indicator),
    /// An external series a catalogue indicator refers to, by name (`女职工比例`).
    Reference(&'static str),
}

impl Subject {
    /// The key of the subject's series: the indicator's id, or the reference series' name.
    pub fn key(&self) -> &'static str {
        match self {
            Subject::Indicator(indicator) => &indicator.id,
            Subject::Reference(name) => name,
        }
    }

    /// The unit the subject is measured in: the indicator's, or for a reference series the
    /// unit of the embedded catalogue's indicator referring to it (see [`Subject::unit_in`]).
    pub fn unit(&self) -> Option<Unit> {
        self.unit_in(Catalog::embedded())
    }

    /// The unit the subject is measured in: the indicator's, or for a reference series the
    /// unit of `catalog`'s indicator referring to it.
    pub fn unit_in(&self, catalog: &Catalog) -> Option<Unit> {
        match self {
            Subject::Indicator(indicator) => indicator.unit,
            Subject::Reference(name) => catalog.reference_unit(name),
        }
    }
}

/// One row of the input, checked.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Record {
    /// The line the record starts on (CSV: physical line, header = 1; JSON: the line its
    /// object starts on).
    pub line: u64,
    /// The indicator or reference series, resolved.
    pub subject: Subject,
    /// The `indicator` field as written (trimmed).
    pub indicator_text: String,
    /// The year.
    pub year: Year,
    /// The `value` field as written (trimmed).
    pub value_text: String,
    /// The value, parsed.
    pub observation: Observation,
    /// The unit written in the value, if any (always the subject's unit).
    pub unit: Option<Unit>,
    /// The other columns, by header name, in header order (JSON: in key order).
    pub extra: Vec<(String, String)>,
}

impl Record {
    /// The extra field named `name` (`note`), if the input has that column.
    pub fn field(&self, name: &str) -> Option<&str> {
        self.extra
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// The catalogue a dataset's records resolve against: the embedded one by default. Equal when
/// the same catalogue.
#[derive(Clone, Copy)]
struct CatalogRef(&'static Catalog);

impl Default for CatalogRef {
    fn default() -> CatalogRef {
        CatalogRef(Catalog::embedded())
    }
}

impl PartialEq for CatalogRef {
    fn eq(&self, other: &CatalogRef) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

impl Eq for CatalogRef {}

impl std::fmt::Debug for CatalogRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Catalog({} indicators)", self.0.indicators().len())
    }
}

/// Yearly figures read from a data file: a series per indicator and per reference series.
///
/// Indicators are those of a catalogue: the embedded one, or one given to a [`Reader`]
/// ([`Reader::catalog`]).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Dataset {
    catalog: CatalogRef,
    /// Indicator series by id.
    indicators: BTreeMap<String, Series>,
    /// External reference series by name.
    external: References,
    /// Both of the above in one map.
    references: References,
    records: Vec<Record>,
}

impl Dataset {
    /// Reads a `.csv`, `.json` or `.xlsx` file (the extension, in any ASCII case, chooses) of
    /// the embedded catalogue's indicators; CSV in any encoding [`Encoding::Auto`] detects. For
    /// another catalogue or encoding, see [`Reader`].
    ///
    /// # Errors
    ///
    /// [`DataErrorKind::UnsupportedExtension`] for any other extension,
    /// [`DataErrorKind::Io`] when the file cannot be read (both with line 0), and every
    /// problem in the file, as [`Reader::read_path`].
    pub fn from_path(path: &Path) -> Result<Dataset, DataErrors> {
        Reader::new().read_path(path)
    }

    #[cfg(feature = "csv")]
    /// Reads CSV from a string (see the [module documentation](self) for the format), of the
    /// embedded catalogue's indicators. For another catalogue, see [`Reader`].
    ///
    /// # Errors
    ///
    /// Every problem found, each with its line: see [`DataErrorKind`].
    pub fn from_csv_str(text: &str) -> Result<Dataset, DataErrors> {
        Reader::new().read_csv(text.as_bytes())
    }

    #[cfg(feature = "json")]
    /// Reads JSON: an array of `{ "indicator", "year", "value", … }` objects (see the
    /// [module documentation](self)), of the embedded catalogue's indicators. A record's line is
    /// the line its object starts on. For another catalogue, see [`Reader`].
    ///
    /// # Errors
    ///
    /// Every problem found, each with its line: see [`DataErrorKind`].
    pub fn from_json_str(text: &str) -> Result<Dataset, DataErrors> {
        if text.len() as u64 > MAX_INPUT_BYTES {
            return Err(DataErrors::one(DataErrorKind::InputTooLarge {
                limit: MAX_INPUT_BYTES,
            }));
        }
        json_input::read_from(text.as_bytes(), Catalog::embedded())
    }

    /// A dataset made of the catalogue's own figures for `year`: each indicator's
    /// same-relation baseline ([`Indicator::baseline_observation`]), so that a report can run
    /// without a data file. Indicators without such a baseline have no series; there are no
    /// records (nothing was read) and no external reference series.
    ///
    /// ```
    /// use plan_targets::data::Dataset;
    /// let data = Dataset::from_catalog_baselines(2020);
    /// assert_eq!(data.series("W03").unwrap().get(2020).unwrap().to_string(), "≤14");
    /// assert!(data.series("W09").is_none()); // a proxy baseline only
    /// assert!(data.records().is_empty());
    /// ```
    pub fn from_catalog_baselines(year: Year) -> Dataset {
        Dataset::from_baselines(Catalog::embedded(), Some(year))
    }

    /// A dataset made of `catalog`'s own baseline figures: for `year`, or (`None`) for each
    /// indicator's plan's baseline year B.
    pub fn from_baselines(catalog: &'static Catalog, year: Option<Year>) -> Dataset {
        let indicators = catalog
            .indicators()
            .iter()
            .filter_map(|indicator| {
                let year = year.unwrap_or(indicator.plan.baseline_year());
                let observation = indicator.baseline_observation(year)?;
                let series = Series::new([(year, observation)]).expect("one point");
                Some((indicator.id.clone(), series))
            })
            .collect();
        Dataset::assemble(catalog, indicators, References::new(), Vec::new())
    }

    /// A dataset of series built in a program: indicator series keyed by catalogue id or exact
    /// name, and external reference series (`女职工比例`) by name.
    ///
    /// # Errors
    ///
    /// The first key that is neither a catalogue indicator nor an external reference series,
    /// with the nearest ids or names.
    ///
    /// ```
    /// use plan_targets::data::Dataset;
    /// use plan_targets::Series;
    /// let w02 = Series::from_values([(2020, "78.99".parse()?), (2024, "80.1".parse()?)])?;
    /// let data = Dataset::from_series([("W02", w02)])?;
    /// assert_eq!(data.latest_year(), Some(2024));
    /// assert!(Dataset::from_series([("W99", Series::default())]).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_series<K: AsRef<str>>(
        series: impl IntoIterator<Item = (K, Series)>,
    ) -> Result<Dataset, catalog::UnknownIndicator> {
        let mut indicators = BTreeMap::new();
        let mut external = References::new();
        for (key, values) in series {
            let key = key.as_ref();
            if let Some(name) = reference_series_names().find(|&n| n == key) {
                external.insert(name.to_owned(), values);
            } else {
                indicators.insert(catalog::lookup(key)?.id.clone(), values);
            }
        }
        Ok(Dataset::assemble(
            Catalog::embedded(),
            indicators,
            external,
            Vec::new(),
        ))
    }

    /// The latest year with a figure in any series; `None` for an empty dataset.
    pub fn latest_year(&self) -> Option<Year> {
        self.references
            .values()
            .filter_map(|s| s.years().next_back())
            .max()
    }

    fn assemble(
        catalog: &'static Catalog,
        indicators: BTreeMap<String, Series>,
        external: References,
        records: Vec<Record>,
    ) -> Dataset {
        let references = indicators
            .iter()
            .chain(&external)
            .map(|(k, s)| (k.clone(), s.clone()))
            .collect();
        Dataset {
            catalog: CatalogRef(catalog),
            indicators,
            external,
            references,
            records,
        }
    }

    /// The series of the indicator with this id (`W03`, exactly as the catalogue spells it),
    /// or of the external reference series with this name.
    pub fn series(&self, id: &str) -> Option<&Series> {
        self.indicators.get(id).or_else(|| self.external.get(id))
    }

    /// The indicator series in id order (`str`'s order), for a caller that walks them beside
    /// its own ids sorted the same way rather than looking each one up.
    pub(crate) fn indicator_series_by_id(&self) -> impl Iterator<Item = (&str, &Series)> + '_ {
        self.indicators.iter().map(|(id, s)| (id.as_str(), s))
    }

    /// Every indicator with data and its series, in catalogue order.
    pub fn indicators(&self) -> impl Iterator<Item = (&'static Indicator, &Series)> + '_ {
        self.catalog
            .0
            .indicators()
            .iter()
            .filter_map(|i| self.indicators.get(&i.id).map(|s| (i, s)))
    }

    /// The catalogue the dataset's indicators are from.
    pub fn catalog(&self) -> &'static Catalog {
        self.catalog.0
    }

    /// The external reference series (`女职工比例`), by name.
    pub fn reference_series(&self) -> &References {
        &self.external
    }

    /// Every series by the name an [`IndicatorSpec::reference`](crate::IndicatorSpec) uses:
    /// the external series by name and every indicator series by id, so that W21's reference
    /// `W20` and W30's `女职工比例` both resolve. Pass it as
    /// [`Context::references`](crate::Context).
    pub fn references(&self) -> &References {
        &self.references
    }

    /// The records read, in input order.
    pub fn records(&self) -> &[Record] {
        &self.records
    }

    /// True when no series has any figure.
    pub fn is_empty(&self) -> bool {
        self.references.is_empty()
    }
}

/// The names of the embedded catalogue's external reference series: the series its
/// indicators' targets refer to that are not themselves indicators (`女职工比例`); see
/// [`Catalog::reference_series_names`].
pub fn reference_series_names() -> impl Iterator<Item = &'static str> {
    Catalog::embedded().reference_series_names()
}

/// Reads everything, up to [`MAX_INPUT_BYTES`] (for formats that need the whole input; CSV
/// and JSON are read as streams).
#[allow(dead_code)]
fn read_limited(reader: impl Read) -> Result<Vec<u8>, DataErrors> {
    let mut bytes = Vec::new();
    reader
        .take(MAX_INPUT_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| {
            DataErrors::one(DataErrorKind::Io {
                message: e.to_string(),
            })
        })?;
    if bytes.len() as u64 > MAX_INPUT_BYTES {
        return Err(DataErrors::one(DataErrorKind::InputTooLarge {
            limit: MAX_INPUT_BYTES,
        }));
    }
    Ok(bytes)
}

/// One problem in the input.
///
/// `Display` is `line N: what` (or just `what` for line 0, a problem of the input as a
/// whole: an unreadable file, an unsupported extension, an input too large).
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct DataError {
    /// The line: CSV, the physical line of the file (header = 1); JSON, the line the record's
    /// object starts on. 0 when the problem is not on a line.
    pub line: u64,
    /// The column (header name or JSON field) at fault, when one is.
    pub column: Option<String>,
    /// The worksheet, for a workbook (`line` is then the sheet's row number, as Excel shows
    /// it); `None` for CSV and JSON.
    pub sheet: Option<String>,
    /// What is wrong.
    pub kind: DataErrorKind,
}

impl DataError {
    fn new(line: u64, column: Option<&str>, kind: DataErrorKind) -> DataError {
        DataError {
            line,
            column: column.map(str::to_owned),
            sheet: None,
            kind,
        }
    }
}

impl std::fmt::Display for DataError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if let Some(sheet) = &self.sheet {
            write!(f, "sheet \"{sheet}\"")?;
            if self.line > 0 {
                write!(f, ", row {}", self.line)?;
            }
            if let Some(column) = &self.column {
                write!(f, ", column \"{column}\"")?;
            }
            write!(f, ": {}", self.kind)
        } else if self.line == 0 {
            write!(f, "{}", self.kind)
        } else {
            write!(f, "line {}: {}", self.line, self.kind)
        }
    }
}

impl std::error::Error for DataError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &self.kind {
            DataErrorKind::MalformedValue { error, .. } => Some(error),
            _ => None,
        }
    }
}

/// What is wrong with the input.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DataErrorKind {
    /// The input is larger than [`MAX_INPUT_BYTES`].
    #[error("the input is larger than the limit of {limit} bytes")]
    InputTooLarge {
        /// The limit.
        limit: u64,
    },
    /// A CSV line is longer than [`MAX_LINE_BYTES`]; its record is not read.
    #[error("the line is {length} bytes long, more than the limit of {limit}")]
    LineTooLong {
        /// The line's length in bytes, without its line ending.
        length: usize,
        /// The limit.
        limit: usize,
    },
    /// More than [`MAX_RECORDS`] records; reported at the first record past the limit, and
    /// nothing else is checked.
    #[error("more than {limit} records")]
    TooManyRecords {
        /// The limit.
        limit: usize,
    },
    /// More than [`MAX_ERRORS`] errors; reading stopped.
    #[error("more than {limit} errors; reading stopped")]
    TooManyErrors {
        /// The limit.
        limit: usize,
    },
    /// Bytes that are not UTF-8; the record on that line is not read.
    #[error("invalid UTF-8 at byte offset {offset} of the input ({in_line} bytes into the line)")]
    InvalidUtf8 {
        /// The offset of the first invalid byte in the input (a byte order mark counts).
        offset: u64,
        /// The offset of the first invalid byte in its line.
        in_line: usize,
    },
    /// The input has no header row (it is empty or only blank lines).
    #[error("no header row: the input is empty")]
    NoHeader,
    /// A required column is missing from the CSV header.
    #[error("the header has no \"{column}\" column")]
    MissingColumn {
        /// `indicator`, `year` or `value`.
        column: &'static str,
    },
    /// Two header columns have the same name.
    #[error("the header has two columns named \"{name}\"")]
    DuplicateColumn {
        /// The name.
        name: String,
    },
    /// A header column has no name.
    #[error("column {index} of the header has no name")]
    UnnamedColumn {
        /// The column's position, 1-based.
        index: usize,
    },
    /// A row has more or fewer fields than the header.
    #[error("expected {expected} fields as in the header, found {found}")]
    FieldCount {
        /// The number of header columns.
        expected: usize,
        /// The number of fields in the row.
        found: usize,
    },
    /// A JSON record lacks a required field.
    #[error("the record has no \"{field}\" field")]
    MissingField {
        /// `indicator`, `year` or `value`.
        field: &'static str,
    },
    /// In a JSON file, this record has a `region` and the first one has none, or the other
    /// way round: a file's records either all name their region or none does.
    #[error("{}", mixed_regions(*first_has_region, *first_line))]
    MixedRegions {
        /// Whether the first record has a `region`.
        first_has_region: bool,
        /// The first record's line.
        first_line: u64,
    },
    /// A required field is empty (or only whitespace; in JSON, `null` or `""`).
    #[error("the {column} is empty")]
    EmptyField {
        /// `indicator`, `year` or `value`.
        column: &'static str,
    },
    /// Neither a catalogue indicator nor an external reference series.
    #[error("unknown indicator \"{query}\"{}", did_you_mean(.suggestions))]
    UnknownIndicator {
        /// The field as written (trimmed).
        query: String,
        /// Up to three nearest ids (ASCII query) or names (otherwise), nearest first.
        suggestions: Vec<String>,
    },
    /// The year is not an integer.
    #[error("year \"{text}\" is not an integer")]
    YearNotInteger {
        /// The field as written.
        text: String,
    },
    /// The year is an integer outside [`MIN_YEAR`]–[`MAX_YEAR`].
    #[error("year {text} is outside {MIN_YEAR}–{MAX_YEAR}")]
    YearOutOfRange {
        /// The field as written.
        text: String,
    },
    /// The value is not a figure.
    #[error("malformed value \"{text}\": {error}")]
    MalformedValue {
        /// The field as written.
        text: String,
        /// Why it does not read as a figure.
        error: ObservationError,
    },
    /// The value writes a unit that is not its indicator's.
    #[error("value \"{text}\" is in {written} but {indicator} {}", measured_in(*.expected))]
    UnitMismatch {
        /// The field as written.
        text: String,
        /// The unit written.
        written: Unit,
        /// The indicator's id or the reference series' name.
        indicator: String,
        /// The indicator's unit.
        expected: Option<Unit>,
    },
    /// A second figure for the same indicator and year.
    #[error("{indicator} in {year} duplicates line {first_line}")]
    Duplicate {
        /// The indicator's id or the reference series' name.
        indicator: String,
        /// The year.
        year: Year,
        /// The line of the first figure.
        first_line: u64,
    },
    /// A JSON field has the wrong type.
    #[error("the {field} must be {expected}, found {found}")]
    WrongType {
        /// The field.
        field: &'static str,
        /// What it must be: `a string`, `an integer`, `a string or a number`.
        expected: &'static str,
        /// What it is: `an array`, `a boolean`…
        found: &'static str,
    },
    /// A JSON array element is not an object.
    #[error("a record must be a JSON object, found {found}")]
    NotAnObject {
        /// What it is.
        found: &'static str,
    },
    /// The JSON document is not an array.
    #[error("expected a JSON array of records, found {found}")]
    NotAnArray {
        /// What it is.
        found: &'static str,
    },
    /// The JSON does not parse.
    #[error("invalid JSON: {message}")]
    Json {
        /// serde_json's description (its column included).
        message: String,
    },
    /// A header with more than [`MAX_COLUMNS`] columns, or a JSON record with more than
    /// [`MAX_COLUMNS`] fields (the fields past the limit are not kept).
    #[error("more than {limit} columns")]
    TooManyColumns {
        /// The limit.
        limit: usize,
    },
    /// A JSON string or value longer than [`MAX_LINE_BYTES`] (a CSV line has that limit);
    /// counted, not kept.
    #[error("the {field} field is {length} bytes long, more than the limit of {limit}")]
    FieldTooLong {
        /// The field's key.
        field: String,
        /// Its length in bytes (as JSON text, or the string's content).
        length: usize,
        /// The limit.
        limit: usize,
    },
    /// A CSV line ends inside a quoted field: a record is one line, so a stray `"` cannot
    /// swallow the rows after it. Reported on the line where the quote opened.
    #[error(
        "the quoted field opened at column {column} is not closed on its line (a field cannot span lines)"
    )]
    UnterminatedQuote {
        /// The column (in characters, 1-based) of the opening quote.
        column: usize,
    },
    /// A CSV quoted field's closing quote is followed by something other than a comma or the
    /// end of the line (`"14"5`).
    #[error("text after the closing quote of the field opened at column {column}")]
    TextAfterQuote {
        /// The column (in characters, 1-based) of the opening quote.
        column: usize,
    },
    /// A JSON object has the same key twice; reported on the line of the second.
    #[error("the key \"{key}\" appears twice in one object (first on line {first_line})")]
    DuplicateKey {
        /// The key.
        key: String,
        /// The line of the first occurrence.
        first_line: u64,
    },
    /// A required field does not read because it holds an invisible character (a byte order
    /// mark, a zero-width space, a no-break space …), named with its position.
    #[error(
        "the {column_name} \"{text}\" holds an invisible character: U+{:04X} {name} at column {column}",
        *.character as u32
    )]
    InvisibleCharacter {
        /// `indicator`, `year` or `value`.
        column_name: &'static str,
        /// The field as written (trimmed).
        text: String,
        /// The character.
        character: char,
        /// Its name (`zero-width space`).
        name: &'static str,
        /// Its column in the field, in characters, 1-based.
        column: usize,
    },
    /// A line that is not text in the encoding given (or detected).
    #[error("the line is not valid {encoding}")]
    Undecodable {
        /// `GB18030`, `UTF-16` …
        encoding: &'static str,
    },
    /// The workbook cannot be opened or a sheet read.
    #[error("cannot read the workbook: {message}")]
    Workbook {
        /// The reader's description.
        message: String,
    },
    /// A wide table (one column per year) has no column naming the indicator.
    #[error(
        "a table with one column per year needs a column naming the indicator: indicator, id, 编号, name or 指标"
    )]
    NoIndicatorColumn,
    /// The input could not be read.
    #[error("{message}")]
    Io {
        /// The I/O error.
        message: String,
    },
    /// [`Dataset::from_path`] was given a file that is not `.csv`, `.json` or `.xlsx` (or
    /// one whose format the build leaves out).
    #[error("cannot tell the format of {path}: expected a .csv, .json or .xlsx file")]
    UnsupportedExtension {
        /// The path.
        path: String,
    },
}

fn mixed_regions(first_has_region: bool, first_line: u64) -> String {
    if first_has_region {
        format!("the record has no region, but the first record (line {first_line}) has one")
    } else {
        format!("the record has a region, but the first record (line {first_line}) has none")
    }
}

fn measured_in(unit: Option<Unit>) -> String {
    match unit {
        Some(unit) => format!("is in {unit}"),
        None => "has no unit".to_owned(),
    }
}

/// Every problem found in an input, in the order found (by line, mostly). Never empty when
/// returned by this module. `Display` prints one error per line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataErrors(pub Vec<DataError>);

impl DataErrors {
    fn one(kind: DataErrorKind) -> DataErrors {
        DataErrors(vec![DataError::new(0, None, kind)])
    }

    /// The errors.
    pub fn errors(&self) -> &[DataError] {
        &self.0
    }

    /// The errors, one per line as `Display` prints them.
    pub fn lines(&self) -> Vec<String> {
        self.0.iter().map(DataError::to_string).collect()
    }
}

impl std::fmt::Display for DataErrors {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for (i, error) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            write!(f, "{error}")?;
        }
        Ok(())
    }
}

impl std::error::Error for DataErrors {}

impl IntoIterator for DataErrors {
    type Item = DataError;
    type IntoIter = std::vec::IntoIter<DataError>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

/// A required field of a row: its text, or `None` when already reported (JSON type errors)
/// or missing.
type Field<'a> = Option<&'a str>;

/// A row that passed [`Builder::check`].
struct Checked<'a> {
    subject: Subject,
    year: Year,
    observation: Observation,
    unit: Option<Unit>,
    /// The `indicator` field, trimmed.
    indicator: &'a str,
    /// The `value` field, trimmed.
    value: &'a str,
}

/// Checks rows and collects records and errors, whatever the format.
struct Builder {
    catalog: &'static Catalog,
    errors: Vec<DataError>,
    records: Vec<Record>,
    seen: HashMap<(&'static str, Year), u64>,
    /// True once [`MAX_ERRORS`] was passed: stop reading.
    full: bool,
}

impl Builder {
    fn new(catalog: &'static Catalog) -> Builder {
        Builder {
            catalog,
            errors: Vec::new(),
            records: Vec::new(),
            seen: HashMap::new(),
            full: false,
        }
    }

    /// Records an error; past [`MAX_ERRORS`], records that and sets `full`.
    fn error(&mut self, line: u64, column: Option<&str>, kind: DataErrorKind) {
        if self.full {
            return;
        }
        if self.errors.len() == MAX_ERRORS {
            self.errors.push(DataError::new(
                line,
                None,
                DataErrorKind::TooManyErrors { limit: MAX_ERRORS },
            ));
            self.full = true;
        } else {
            self.errors.push(DataError::new(line, column, kind));
        }
    }

    /// Reports [`DataErrorKind::TooManyRecords`] at the first record past the limit.
    fn too_many_records(&mut self, line: u64) {
        self.error(
            line,
            None,
            DataErrorKind::TooManyRecords { limit: MAX_RECORDS },
        );
    }

    /// Checks one row and keeps it as a record when it has no problem.
    fn row(
        &mut self,
        line: u64,
        indicator: Field<'_>,
        year: Field<'_>,
        value: Field<'_>,
        extra: Vec<(String, String)>,
    ) {
        let catalog = self.catalog;
        let Some(Checked {
            subject,
            year,
            observation,
            unit,
            indicator,
            value,
        }) = self.check(line, indicator, year, value, &mut |text| {
            resolve(catalog, text)
        })
        else {
            return;
        };
        if let Some(&first_line) = self.seen.get(&(subject.key(), year)) {
            self.error(
                line,
                None,
                DataErrorKind::Duplicate {
                    indicator: subject.key().to_owned(),
                    year,
                    first_line,
                },
            );
            return;
        }
        self.seen.insert((subject.key(), year), line);
        self.records.push(Record {
            line,
            subject,
            indicator_text: indicator.to_owned(),
            year,
            value_text: value.to_owned(),
            observation,
            unit,
            extra,
        });
    }

    /// Checks one row's required fields (each reported when empty or wrong), `resolve`
    /// reading the indicator field; the row's figure when it has no problem. Duplicates are
    /// the caller's to check.
    fn check<'a>(
        &mut self,
        line: u64,
        indicator: Field<'a>,
        year: Field<'a>,
        value: Field<'a>,
        resolve: &mut dyn FnMut(&str) -> Result<Subject, DataErrorKind>,
    ) -> Option<Checked<'a>> {
        let indicator = self.required(line, "indicator", indicator);
        let year_text = self.required(line, "year", year);
        let value = self.required(line, "value", value);

        let subject = indicator.and_then(|text| match resolve(text) {
            Ok(subject) => Some(subject),
            Err(kind) => {
                let kind = invisible::explain("indicator", text).unwrap_or(kind);
                self.error(line, Some("indicator"), kind);
                None
            }
        });
        let year = year_text.and_then(|text| match parse_year(text) {
            Ok(year) => Some(year),
            Err(kind) => {
                let kind = invisible::explain("year", text).unwrap_or(kind);
                self.error(line, Some("year"), kind);
                None
            }
        });
        let observation = value.and_then(|text| {
            match plain_decimal(text)
                .map(|v| Ok((Observation::Value(v), None)))
                .unwrap_or_else(|| Observation::parse(text))
            {
                Ok(parsed) => Some(parsed),
                Err(error) => {
                    let kind = invisible::explain("value", text).unwrap_or(
                        DataErrorKind::MalformedValue {
                            text: text.to_owned(),
                            error,
                        },
                    );
                    self.error(line, Some("value"), kind);
                    None
                }
            }
        });
        let (Some(subject), Some(year), Some((observation, unit)), Some(value), Some(indicator)) =
            (subject, year, observation, value, indicator)
        else {
            return None;
        };
        if let Some(written) = unit {
            if subject.unit_in(self.catalog) != Some(written) {
                self.error(
                    line,
                    Some("value"),
                    DataErrorKind::UnitMismatch {
                        text: value.to_owned(),
                        written,
                        indicator: subject.key().to_owned(),
                        expected: subject.unit_in(self.catalog),
                    },
                );
                return None;
            }
        }
        Some(Checked {
            subject,
            year,
            observation,
            unit,
            indicator,
            value,
        })
    }

    /// The trimmed field, or `None` after reporting it empty.
    fn required<'a>(&mut self, line: u64, column: &'static str, field: Field<'a>) -> Field<'a> {
        let text = field?.trim();
        if text.is_empty() {
            self.error(line, Some(column), DataErrorKind::EmptyField { column });
            return None;
        }
        Some(text)
    }

    fn finish(self) -> Result<Dataset, DataErrors> {
        if !self.errors.is_empty() {
            return Err(DataErrors(self.errors));
        }
        type Points = BTreeMap<&'static str, Vec<(Year, Observation)>>;
        let (mut indicator_points, mut external_points) = (Points::new(), Points::new());
        let figures = self
            .records
            .iter()
            .map(|r| (&r.subject, r.year, &r.observation));
        for (subject, year, observation) in figures {
            let points = match subject {
                Subject::Indicator(_) => &mut indicator_points,
                Subject::Reference(_) => &mut external_points,
            };
            points
                .entry(subject.key())
                .or_default()
                .push((year, observation.clone()));
        }
        let to_series = |points: Points| -> BTreeMap<String, Series> {
            points
                .into_iter()
                .map(|(key, points)| {
                    let series = Series::new(points).expect("duplicate years are rejected per row");
                    (key.to_owned(), series)
                })
                .collect()
        };
        let indicators = to_series(indicator_points);
        let external = to_series(external_points);
        Ok(Dataset::assemble(
            self.catalog,
            indicators,
            external,
            self.records,
        ))
    }
}

/// A catalogue indicator (id or name) or an external reference series.
fn resolve(catalog: &'static Catalog, text: &str) -> Result<Subject, DataErrorKind> {
    // The common case first: an id exactly as the catalogue spells it.
    if let Some(indicator) = catalog.get(text) {
        return Ok(Subject::Indicator(indicator));
    }
    let error = match catalog.lookup(text) {
        Ok(indicator) => return Ok(Subject::Indicator(indicator)),
        Err(error) => error,
    };
    if let Some(name) = catalog.reference_series_names().find(|&n| n == text) {
        return Ok(Subject::Reference(name));
    }
    let suggestions = if text.is_ascii() {
        error.suggestions().to_vec()
    } else {
        let names = catalog
            .indicators()
            .iter()
            .map(|i| i.name.as_str())
            .chain(catalog.reference_series_names());
        crate::text::nearest(text, names, 3)
            .into_iter()
            .map(str::to_owned)
            .collect()
    };
    Err(DataErrorKind::UnknownIndicator {
        query: text.to_owned(),
        suggestions,
    })
}

/// A plain decimal (`7.73`, `-0.5`, `100`: ASCII digits, at most one point between digits, an
/// optional leading `-`), read directly; anything else goes to [`Observation::parse`], which
/// reads these the same way, only slower.
fn plain_decimal(text: &str) -> Option<rust_decimal::Decimal> {
    let digits = text.strip_prefix('-').unwrap_or(text);
    let (int, frac) = digits.split_once('.').unwrap_or((digits, "1"));
    let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if digits.len() > 24 || !all_digits(int) || !all_digits(frac) {
        return None;
    }
    text.parse().ok()
}

/// An integer year in range: ASCII digits, optionally after `-`.
fn parse_year(text: &str) -> Result<Year, DataErrorKind> {
    let digits = text.strip_prefix('-').unwrap_or(text);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(DataErrorKind::YearNotInteger {
            text: text.to_owned(),
        });
    }
    match text.parse::<Year>() {
        Ok(year) if (MIN_YEAR..=MAX_YEAR).contains(&year) => Ok(year),
        _ => Err(DataErrorKind::YearOutOfRange {
            text: text.to_owned(),
        }),
    }
}
