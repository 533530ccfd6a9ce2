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

mod check;
#[cfg(feature = "csv")]
mod csv_input;
#[cfg(feature = "csv")]
pub mod encoding;
mod error;
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
pub use error::{DataError, DataErrorKind, DataErrors};
pub use reader::Reader;
#[cfg(feature = "csv")]
pub mod regions;
#[cfg(feature = "csv")]
pub use regions::{MAX_REGIONS, Region, Regions, csv_has_region_column, csv_has_region_column_in};

use std::collections::BTreeMap;
use std::io::Read;
use std::path::Path;

use crate::catalog::{self, Catalog, Indicator};
use crate::eval::References;
use crate::series::{Observation, Series, Year};
use crate::syntax::Unit;

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
