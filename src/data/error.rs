//! The errors of reading a data file: one [`DataError`] per problem, with its line and
//! column, all of them in [`DataErrors`].

use crate::series::{ObservationError, Year};
use crate::syntax::Unit;
use crate::text::did_you_mean;

use super::{MAX_YEAR, MIN_YEAR};

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
    pub(super) fn new(line: u64, column: Option<&str>, kind: DataErrorKind) -> DataError {
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
    /// The input is larger than [`MAX_INPUT_BYTES`](super::MAX_INPUT_BYTES).
    #[error("the input is larger than the limit of {limit} bytes")]
    InputTooLarge {
        /// The limit.
        limit: u64,
    },
    /// A CSV line is longer than [`MAX_LINE_BYTES`](super::MAX_LINE_BYTES); its record is not read.
    #[error("the line is {length} bytes long, more than the limit of {limit}")]
    LineTooLong {
        /// The line's length in bytes, without its line ending.
        length: usize,
        /// The limit.
        limit: usize,
    },
    /// More than [`MAX_RECORDS`](super::MAX_RECORDS) records; reported at the first record past
    /// the limit, and nothing else is checked.
    #[error("more than {limit} records")]
    TooManyRecords {
        /// The limit.
        limit: usize,
    },
    /// More than [`MAX_ERRORS`](super::MAX_ERRORS) errors; reading stopped.
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
    /// A header with more than [`MAX_COLUMNS`](super::MAX_COLUMNS) columns, or a JSON record with
    /// more than [`MAX_COLUMNS`](super::MAX_COLUMNS) fields (the fields past the limit are not
    /// kept).
    #[error("more than {limit} columns")]
    TooManyColumns {
        /// The limit.
        limit: usize,
    },
    /// A JSON string or value longer than [`MAX_LINE_BYTES`](super::MAX_LINE_BYTES) (a CSV line
    /// has that limit); counted, not kept.
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
    /// [`Dataset::from_path`](super::Dataset::from_path) was given a file that is not `.csv`,
    /// `.json` or `.xlsx` (or one whose format the build leaves out).
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
    pub(super) fn one(kind: DataErrorKind) -> DataErrors {
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
