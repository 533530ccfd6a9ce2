//! Catalogue files: the indicator table of any plan, as CSV, loaded into a [`Catalog`].
//!
//! # Format
//!
//! UTF-8, with or without a byte order mark; lines end in LF or CRLF; a header row names the
//! columns, in any order (exact lowercase names, surrounding whitespace ignored). One row per
//! indicator, in table order.
//!
//! | column | required | content |
//! |---|---|---|
//! | `id` | yes | the indicator's id, unique: `W03`, `1.2`, `妇女-3` |
//! | `plan` | yes | the plan's key (`women`, `sc-children`): rows with the same key are one plan |
//! | `area` | yes | the 类别 the row is under (may be blank) |
//! | `name` | yes | the indicator's name without the unit, unique |
//! | `unit` | yes | the unit printed after the name (`%`, `‰`, `1/10万`, `岁` …), blank for none |
//! | `target` | yes | the target, verbatim in the notation: `≥82.3`, `逐年提高`, `<8` |
//! | `attribute` | yes | `约束性`/`binding`, `预期性`/`expected`, or blank |
//! | `direction` | yes | `higher`, `lower`, `band`, or blank when the target states it (or none applies) |
//! | `period` | yes, on a plan's first row | the plan's baseline and target years, `2020-2030` (see [`Period`]); blank on later rows of the plan, or the same |
//! | `plan_title` | no | the plan's title for report headings (default: the key); blank on later rows, or the same |
//! | `number` | no | the 序号 column, 0–255 |
//! | `baseline_year`, `baseline_value` | no, together | a figure for the baseline, written as in a data file: `78.99`, `≤14`, `14/10万以内`, `1:1.2` |
//! | `reference` | no | the id of the indicator the target compares with, or the name of the external series it names (`女职工比例`); blank takes the series the target names |
//! | `band` | no | a balance band for `趋于平衡`, `103—107` |
//! | `note` | no | free text, kept as the band's source and the baseline's remark |
//!
//! Every problem is reported with its line and column, not only the first, and a file with any
//! problem gives no catalogue: [`CatalogErrorKind`] lists them (a target that does not parse,
//! an unknown unit or one the target contradicts, a duplicate id or name, a reference to an
//! unknown id, a direction contradicting the target …).
//!
//! ```
//! use plan_targets::catalog::{Catalog, Plan};
//!
//! let catalog = Catalog::from_csv_str(
//!     "id,plan,area,name,unit,target,attribute,direction,period,baseline_year,baseline_value\n\
//!      M1,outline,健康,孕产妇死亡率,1/10万,<22,约束性,,2010-2020,2010,30\n\
//!      M2,outline,教育,高中阶段毛入学率,%,≥90,预期性,higher,,,\n",
//! )?;
//! let plan = catalog.plan("outline").unwrap();
//! assert_eq!((plan.baseline_year(), plan.target_year()), (2010, 2020));
//! assert_eq!(catalog.get("M1").unwrap().baseline_observation(2010).unwrap().to_string(), "30");
//!
//! let errors = Catalog::from_csv_str(
//!     "id,plan,area,name,unit,target,attribute,direction,period\n\
//!      M1,outline,健康,孕产妇死亡率,1/10万,<22,约束性,higher,2010-2020\n\
//!      M1,outline,健康,婴儿死亡率,‰,≥≥,,,\n",
//! )
//! .unwrap_err();
//! assert_eq!(errors.lines(), [
//!     "line 2, column direction: direction higher contradicts the target, which states lower",
//!     "line 3, column id: duplicate id M1 (first on line 2)",
//!     "line 3, column target: target `≥≥` does not parse: expected a number at byte 3",
//! ]);
//! # Ok::<(), plan_targets::catalog::CatalogErrors>(())
//! ```

use std::collections::HashMap;
use std::io::Read;
use std::path::Path;

use super::load::{observed, target_of_band};
use super::{
    Attribute, BaselineFigure, Catalog, Indicator, Observed, Period, Plan, PolicyBand,
    ReferenceSeries,
};
use crate::series::Observation;
use crate::syntax::{Direction, Target, Unit};
use crate::text::did_you_mean;

/// The largest catalogue file read (4 MiB: some 20,000 indicators).
pub const MAX_CATALOG_BYTES: u64 = 4 * 1024 * 1024;
/// The most errors reported; reading stops after one more saying so.
pub const MAX_CATALOG_ERRORS: usize = 1_000;

const REQUIRED: [&str; 8] = [
    "id",
    "plan",
    "area",
    "name",
    "unit",
    "target",
    "attribute",
    "direction",
];
const OPTIONAL: [&str; 9] = [
    "period",
    "plan_title",
    "number",
    "baseline_year",
    "baseline_value",
    "reference",
    "band",
    "note",
    // Accepted so that a catalogue can be written straight from `plan-targets catalog --format csv`.
    "kind",
];

/// One problem in a catalogue file.
///
/// `Display` is `line N, column C: what` (`line N: what` when no column is at fault, `what`
/// alone for line 0, a problem of the file as a whole).
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct CatalogError {
    /// The physical line of the file (the header is line 1); 0 for the file as a whole.
    pub line: u64,
    /// The column at fault, by header name.
    pub column: Option<String>,
    /// What is wrong.
    pub kind: CatalogErrorKind,
}

impl std::fmt::Display for CatalogError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match (self.line, &self.column) {
            (0, _) => write!(f, "{}", self.kind),
            (line, Some(column)) => write!(f, "line {line}, column {column}: {}", self.kind),
            (line, None) => write!(f, "line {line}: {}", self.kind),
        }
    }
}

impl std::error::Error for CatalogError {}

/// What is wrong with a catalogue file.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CatalogErrorKind {
    /// The file could not be read, or is not CSV (unbalanced quotes), or is too large.
    #[error("{message}")]
    Io {
        /// What went wrong.
        message: String,
    },
    /// Bytes that are not UTF-8.
    #[error("invalid UTF-8")]
    InvalidUtf8,
    /// The file has no header row.
    #[error("no header row: the file is empty")]
    NoHeader,
    /// A required column is missing from the header.
    #[error("the header has no \"{column}\" column")]
    MissingColumn {
        /// The column.
        column: &'static str,
    },
    /// A header column that is not part of the format (a typo, say).
    #[error("unknown column \"{name}\"; the columns are {}, {}", REQUIRED.join(", "), OPTIONAL.join(", "))]
    UnknownColumn {
        /// The name.
        name: String,
    },
    /// Two header columns have the same name.
    #[error("the header has two columns named \"{name}\"")]
    DuplicateColumn {
        /// The name.
        name: String,
    },
    /// A row has more or fewer fields than the header.
    #[error("expected {expected} fields as in the header, found {found}")]
    FieldCount {
        /// The number of header columns.
        expected: usize,
        /// The number of fields in the row.
        found: usize,
    },
    /// A field that must have a value is blank.
    #[error("the {column} is empty")]
    EmptyField {
        /// The column.
        column: &'static str,
    },
    /// The target does not parse.
    #[error("target `{text}` does not parse: {error}")]
    Target {
        /// The field.
        text: String,
        /// Why.
        error: crate::ParseError,
    },
    /// The unit is not one the notation knows.
    #[error("unknown unit `{label}`")]
    UnknownUnit {
        /// The field.
        label: String,
    },
    /// The target (or the baseline) writes a unit other than the row's.
    #[error("{what} is in {written} but the unit column says {}", .unit.as_deref().unwrap_or("none"))]
    UnitMismatch {
        /// `the target`, `the baseline`.
        what: &'static str,
        /// The unit written.
        written: Unit,
        /// The unit column.
        unit: Option<String>,
    },
    /// Two rows with the same id.
    #[error("duplicate id {id} (first on line {first_line})")]
    DuplicateId {
        /// The id.
        id: String,
        /// The first row with it.
        first_line: u64,
    },
    /// Two rows with the same name.
    #[error("duplicate name {name} (first on line {first_line})")]
    DuplicateName {
        /// The name.
        name: String,
        /// The first row with it.
        first_line: u64,
    },
    /// The reference is neither an id of the file nor the series the target names.
    #[error("reference to unknown id {reference}{}", did_you_mean(.suggestions))]
    UnknownReference {
        /// The field.
        reference: String,
        /// The nearest ids.
        suggestions: Vec<String>,
    },
    /// The direction is not `higher`, `lower` or `band`.
    #[error("unknown direction `{text}`: expected higher, lower, band or blank")]
    UnknownDirection {
        /// The field.
        text: String,
    },
    /// The direction contradicts the target's own.
    #[error("direction {given} contradicts the target, which states {stated}")]
    DirectionContradicts {
        /// The direction column.
        given: &'static str,
        /// The target's.
        stated: &'static str,
    },
    /// The attribute is not one of the four words.
    #[error("unknown attribute `{text}`: expected 约束性, 预期性, binding, expected or blank")]
    UnknownAttribute {
        /// The field.
        text: String,
    },
    /// Not a number in range (`number`, `baseline_year`).
    #[error("`{text}` is not {expected}")]
    NotANumber {
        /// The field.
        text: String,
        /// What it must be.
        expected: &'static str,
    },
    /// The baseline value is not a figure.
    #[error("baseline value `{text}` is not a figure: {message}")]
    BadBaseline {
        /// The field.
        text: String,
        /// Why.
        message: String,
    },
    /// `baseline_year` without `baseline_value` or the other way round.
    #[error("baseline_year and baseline_value go together")]
    HalfBaseline,
    /// The band is not a range.
    #[error("band `{text}` is not a range like 103—107")]
    BadBand {
        /// The field.
        text: String,
    },
    /// The period is not `B-T`.
    #[error("{0}")]
    BadPeriod(super::BadPeriod),
    /// A plan's first row has no period.
    #[error("plan {plan} has no period: give it on the plan's first row, like 2020-2030")]
    MissingPeriod {
        /// The plan's key.
        plan: String,
    },
    /// A later row states another period (or title) for the plan than its first row.
    #[error("plan {plan} has {column} `{first}` on line {first_line}, not `{text}`")]
    PlanConflict {
        /// The plan's key.
        plan: String,
        /// `period` or `plan_title`.
        column: &'static str,
        /// The first value.
        first: String,
        /// Its line.
        first_line: u64,
        /// This value.
        text: String,
    },
    /// The file has no indicator row.
    #[error("the catalogue has no indicators")]
    Empty,
    /// More than [`MAX_CATALOG_ERRORS`] errors; reading stopped.
    #[error("more than {limit} errors; reading stopped")]
    TooManyErrors {
        /// The limit.
        limit: usize,
    },
}

/// Every problem found in a catalogue file, by line. Never empty. `Display` prints one per line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CatalogErrors(pub Vec<CatalogError>);

impl CatalogErrors {
    fn one(kind: CatalogErrorKind) -> CatalogErrors {
        CatalogErrors(vec![CatalogError {
            line: 0,
            column: None,
            kind,
        }])
    }

    /// The errors.
    pub fn errors(&self) -> &[CatalogError] {
        &self.0
    }

    /// The errors, one string each, as `Display` prints them.
    pub fn lines(&self) -> Vec<String> {
        self.0.iter().map(ToString::to_string).collect()
    }
}

impl std::fmt::Display for CatalogErrors {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for (i, e) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            write!(f, "{e}")?;
        }
        Ok(())
    }
}

impl std::error::Error for CatalogErrors {}

impl Catalog {
    /// Reads a catalogue file (format in [`self::file`](crate::catalog::file)).
    ///
    /// # Errors
    ///
    /// Every problem, each with its line and column; nothing is loaded.
    pub fn from_csv_str(text: &str) -> Result<Catalog, CatalogErrors> {
        if text.len() as u64 > MAX_CATALOG_BYTES {
            return Err(too_large());
        }
        Reader::default().read(text)
    }

    /// Reads a catalogue file from a reader (format in [`self::file`](crate::catalog::file)).
    ///
    /// # Errors
    ///
    /// As [`Catalog::from_csv_str`]; also an unreadable, oversized or non-UTF-8 input.
    pub fn from_csv_reader(reader: impl Read) -> Result<Catalog, CatalogErrors> {
        let mut bytes = Vec::new();
        reader
            .take(MAX_CATALOG_BYTES + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| {
                CatalogErrors::one(CatalogErrorKind::Io {
                    message: e.to_string(),
                })
            })?;
        if bytes.len() as u64 > MAX_CATALOG_BYTES {
            return Err(too_large());
        }
        match String::from_utf8(bytes) {
            Ok(text) => Catalog::from_csv_str(&text),
            Err(e) => {
                let before = &e.as_bytes()[..e.utf8_error().valid_up_to()];
                let line = 1 + before.iter().filter(|&&b| b == b'\n').count() as u64;
                Err(CatalogErrors(vec![CatalogError {
                    line,
                    column: None,
                    kind: CatalogErrorKind::InvalidUtf8,
                }]))
            }
        }
    }

    /// Reads a catalogue file from disk.
    ///
    /// # Errors
    ///
    /// As [`Catalog::from_csv_reader`], and a file that cannot be opened (line 0).
    pub fn from_path(path: &Path) -> Result<Catalog, CatalogErrors> {
        let file = std::fs::File::open(path).map_err(|e| {
            CatalogErrors::one(CatalogErrorKind::Io {
                message: format!("cannot open {}: {e}", path.display()),
            })
        })?;
        Catalog::from_csv_reader(file)
    }
}

fn too_large() -> CatalogErrors {
    CatalogErrors::one(CatalogErrorKind::Io {
        message: format!("the file is larger than the limit of {MAX_CATALOG_BYTES} bytes"),
    })
}

/// A plan as declared by its rows.
struct PlanDecl {
    key: String,
    line: u64,
    period: Option<(Period, u64, String)>,
    title: Option<(String, u64)>,
}

#[derive(Default)]
struct Reader {
    errors: Vec<CatalogError>,
    full: bool,
}

/// A row's fields by column name.
struct Row<'a> {
    line: u64,
    columns: &'a HashMap<String, usize>,
    fields: Vec<&'a str>,
}

impl<'a> Row<'a> {
    /// The trimmed field, `""` when the column is absent.
    fn get(&self, column: &str) -> &'a str {
        self.columns
            .get(column)
            .map_or("", |&i| self.fields[i].trim())
    }

    fn opt(&self, column: &str) -> Option<&'a str> {
        Some(self.get(column)).filter(|s| !s.is_empty())
    }
}

impl Reader {
    fn error(&mut self, line: u64, column: Option<&str>, kind: CatalogErrorKind) {
        if self.full {
            return;
        }
        if self.errors.len() == MAX_CATALOG_ERRORS {
            self.full = true;
            self.errors.push(CatalogError {
                line,
                column: None,
                kind: CatalogErrorKind::TooManyErrors {
                    limit: MAX_CATALOG_ERRORS,
                },
            });
        } else {
            self.errors.push(CatalogError {
                line,
                column: column.map(str::to_owned),
                kind,
            });
        }
    }

    fn read(mut self, text: &str) -> Result<Catalog, CatalogErrors> {
        let body = text.strip_prefix('\u{feff}').unwrap_or(text);
        let newlines: Vec<usize> = body
            .bytes()
            .enumerate()
            .filter(|&(_, b)| b == b'\n')
            .map(|(i, _)| i)
            .collect();
        // The physical line a record starts on: the first byte from its position that is not a
        // line ending (see `data::csv_input::Lines`).
        let line_of = |record: &csv::StringRecord| -> u64 {
            let byte = record.position().map_or(0, |p| p.byte() as usize);
            let start = body.as_bytes()[byte.min(body.len())..]
                .iter()
                .position(|&b| b != b'\n' && b != b'\r')
                .map_or(body.len(), |i| byte + i);
            1 + newlines.partition_point(|&i| i < start) as u64
        };
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(body.as_bytes());
        let mut records = Vec::new();
        for record in reader.records() {
            match record {
                Ok(record) => {
                    let line = line_of(&record);
                    records.push((line, record));
                }
                Err(e) => {
                    let line = e.position().map_or(0, |p| p.line());
                    self.error(
                        line,
                        None,
                        CatalogErrorKind::Io {
                            message: e.to_string(),
                        },
                    );
                    return Err(CatalogErrors(self.errors));
                }
            }
        }
        let mut records = records.into_iter();
        let Some((header_line, header)) = records.next() else {
            return Err(CatalogErrors::one(CatalogErrorKind::NoHeader));
        };
        let mut columns = HashMap::new();
        for (i, name) in header.iter().enumerate() {
            let name = name.trim();
            if !REQUIRED.contains(&name) && !OPTIONAL.contains(&name) {
                self.error(
                    header_line,
                    Some(name),
                    CatalogErrorKind::UnknownColumn {
                        name: name.to_owned(),
                    },
                );
            } else if columns.insert(name.to_owned(), i).is_some() {
                self.error(
                    header_line,
                    Some(name),
                    CatalogErrorKind::DuplicateColumn {
                        name: name.to_owned(),
                    },
                );
            }
        }
        for column in REQUIRED {
            if !columns.contains_key(column) {
                self.error(
                    header_line,
                    Some(column),
                    CatalogErrorKind::MissingColumn { column },
                );
            }
        }
        if !self.errors.is_empty() {
            return Err(CatalogErrors(self.errors));
        }

        let mut plans: Vec<PlanDecl> = Vec::new();
        let mut rows: Vec<(u64, String, Option<Indicator>, Option<String>)> = Vec::new();
        let mut ids: HashMap<String, u64> = HashMap::new();
        let mut names: HashMap<String, u64> = HashMap::new();
        for (line, record) in records {
            if self.full {
                break;
            }
            if record.len() != header.len() {
                self.error(
                    line,
                    None,
                    CatalogErrorKind::FieldCount {
                        expected: header.len(),
                        found: record.len(),
                    },
                );
                continue;
            }
            let row = Row {
                line,
                columns: &columns,
                fields: record.iter().collect(),
            };
            let plan_key = row.get("plan").to_owned();
            self.declare(&mut plans, &row, &plan_key);
            let id = row.get("id").to_owned();
            if !id.is_empty() {
                if let Some(&first_line) = ids.get(&id) {
                    self.error(
                        line,
                        Some("id"),
                        CatalogErrorKind::DuplicateId {
                            id: id.clone(),
                            first_line,
                        },
                    );
                } else {
                    ids.insert(id.clone(), line);
                }
            }
            let name = row.get("name");
            if !name.is_empty() {
                if let Some(&first_line) = names.get(name) {
                    self.error(
                        line,
                        Some("name"),
                        CatalogErrorKind::DuplicateName {
                            name: name.to_owned(),
                            first_line,
                        },
                    );
                } else {
                    names.insert(name.to_owned(), line);
                }
            }
            let indicator = self.indicator(&row);
            // The reference is resolved once every id is known (it may point forward).
            let reference = row.opt("reference").map(str::to_owned);
            rows.push((line, plan_key, indicator, reference));
        }
        if rows.is_empty() && self.errors.is_empty() {
            self.error(0, None, CatalogErrorKind::Empty);
        }

        // Plans, in order of first appearance.
        let mut typed: HashMap<String, Plan> = HashMap::new();
        for (order, decl) in plans.iter().enumerate() {
            match &decl.period {
                Some((period, _, _)) => {
                    let title = decl.title.as_ref().map_or(&decl.key, |(t, _)| t);
                    let plan = Plan::declare(order as u32 + 2, &decl.key, title, *period);
                    typed.insert(decl.key.clone(), plan);
                }
                None => self.error(
                    decl.line,
                    Some("period"),
                    CatalogErrorKind::MissingPeriod {
                        plan: decl.key.clone(),
                    },
                ),
            }
        }

        let mut indicators = Vec::new();
        for (line, plan_key, indicator, reference) in rows {
            let Some(mut indicator) = indicator else {
                continue;
            };
            indicator.reference =
                self.reference(line, &indicator.target, reference.as_deref(), &ids);
            match typed.get(&plan_key) {
                Some(&plan) => indicator.plan = plan,
                None => continue, // no period: reported above
            }
            indicators.push(indicator);
        }
        if !self.errors.is_empty() {
            self.errors.sort_by_key(|e| e.line);
            return Err(CatalogErrors(self.errors));
        }
        let plans = plans
            .iter()
            .filter_map(|d| typed.get(&d.key).copied())
            .collect();
        Ok(Catalog::assemble(plans, indicators, Vec::new(), Vec::new()))
    }

    /// Records the plan of a row, with its period and title the first time they are given.
    fn declare(&mut self, plans: &mut Vec<PlanDecl>, row: &Row<'_>, key: &str) {
        if key.is_empty() {
            self.error(
                row.line,
                Some("plan"),
                CatalogErrorKind::EmptyField { column: "plan" },
            );
            return;
        }
        let index = match plans.iter().position(|p| p.key == key) {
            Some(i) => i,
            None => {
                plans.push(PlanDecl {
                    key: key.to_owned(),
                    line: row.line,
                    period: None,
                    title: None,
                });
                plans.len() - 1
            }
        };
        if let Some(text) = row.opt("period") {
            match text.parse::<Period>() {
                Err(e) => self.error(row.line, Some("period"), CatalogErrorKind::BadPeriod(e)),
                Ok(period) => match &plans[index].period {
                    None if plans[index].line == row.line => {
                        plans[index].period = Some((period, row.line, text.to_owned()));
                    }
                    None => {} // the first row lacked it: reported as missing
                    Some((first, first_line, first_text)) if *first != period => {
                        let kind = CatalogErrorKind::PlanConflict {
                            plan: key.to_owned(),
                            column: "period",
                            first: first_text.clone(),
                            first_line: *first_line,
                            text: text.to_owned(),
                        };
                        self.error(row.line, Some("period"), kind);
                    }
                    Some(_) => {}
                },
            }
        }
        if let Some(text) = row.opt("plan_title") {
            match &plans[index].title {
                None => plans[index].title = Some((text.to_owned(), row.line)),
                Some((first, first_line)) if first != text => {
                    let kind = CatalogErrorKind::PlanConflict {
                        plan: key.to_owned(),
                        column: "plan_title",
                        first: first.clone(),
                        first_line: *first_line,
                        text: text.to_owned(),
                    };
                    self.error(row.line, Some("plan_title"), kind);
                }
                Some(_) => {}
            }
        }
    }

    /// The row as an indicator (plan and reference filled in later), or `None` after reporting
    /// its problems.
    fn indicator(&mut self, row: &Row<'_>) -> Option<Indicator> {
        let line = row.line;
        let before = self.errors.len();
        for column in ["id", "name", "target"] {
            if row.get(column).is_empty() {
                let column = REQUIRED.iter().copied().find(|&c| c == column)?;
                self.error(line, Some(column), CatalogErrorKind::EmptyField { column });
            }
        }
        let target_text = row.get("target");
        let target = match target_text.parse::<Target>() {
            Ok(target) => Some(target),
            Err(error) if !target_text.is_empty() => {
                let kind = CatalogErrorKind::Target {
                    text: target_text.to_owned(),
                    error,
                };
                self.error(line, Some("target"), kind);
                None
            }
            Err(_) => None,
        };
        let unit_label = row.opt("unit");
        let unit = match unit_label {
            None => None,
            Some(label) => match Unit::from_label(label) {
                Some(unit) => Some(unit),
                None => {
                    let kind = CatalogErrorKind::UnknownUnit {
                        label: label.to_owned(),
                    };
                    self.error(line, Some("unit"), kind);
                    None
                }
            },
        };
        if let (Some(target), true) = (&target, unit.is_some() || unit_label.is_none()) {
            if let Some(written) = target.unit() {
                if Some(written) != unit {
                    let kind = CatalogErrorKind::UnitMismatch {
                        what: "the target",
                        written,
                        unit: unit_label.map(str::to_owned),
                    };
                    self.error(line, Some("unit"), kind);
                }
            }
        }
        let attribute = match row.get("attribute") {
            "" => None,
            "约束性" | "binding" => Some(Attribute::Binding),
            "预期性" | "expected" => Some(Attribute::Expected),
            other => {
                let kind = CatalogErrorKind::UnknownAttribute {
                    text: other.to_owned(),
                };
                self.error(line, Some("attribute"), kind);
                None
            }
        };
        let direction = match row.opt("direction").map(str::parse::<Direction>) {
            None => target.as_ref().and_then(Target::stated_direction),
            Some(Ok(given)) => {
                if let Some(stated) = target.as_ref().and_then(Target::stated_direction) {
                    if stated != given {
                        let kind = CatalogErrorKind::DirectionContradicts {
                            given: given.as_str(),
                            stated: stated.as_str(),
                        };
                        self.error(line, Some("direction"), kind);
                    }
                }
                Some(given)
            }
            Some(Err(e)) => {
                self.error(
                    line,
                    Some("direction"),
                    CatalogErrorKind::UnknownDirection { text: e.0 },
                );
                None
            }
        };
        let number = row.opt("number").and_then(|text| match text.parse::<u8>() {
            Ok(n) => Some(n),
            Err(_) => {
                let kind = CatalogErrorKind::NotANumber {
                    text: text.to_owned(),
                    expected: "a number from 0 to 255",
                };
                self.error(line, Some("number"), kind);
                None
            }
        });
        let note = row.opt("note");
        let baselines = self.baseline(row, unit, unit_label, note);
        let band = row.opt("band").and_then(|text| match target_of_band(text) {
            Ok((low, high)) => Some(PolicyBand {
                low,
                high,
                source: note.map_or_else(|| format!("catalogue file, line {line}"), str::to_owned),
            }),
            Err(_) => {
                let kind = CatalogErrorKind::BadBand {
                    text: text.to_owned(),
                };
                self.error(line, Some("band"), kind);
                None
            }
        });
        if self.errors.len() > before {
            return None;
        }
        Some(Indicator {
            id: row.get("id").to_owned(),
            plan: Plan::Women, // replaced by the row's plan
            area: row.get("area").to_owned(),
            number,
            name: row.get("name").to_owned(),
            unit_label: unit_label.map(str::to_owned),
            unit,
            target_text: target_text.to_owned(),
            target: target?,
            attribute,
            direction,
            direction_reason: None,
            reference: None,
            band,
            baselines,
        })
    }

    fn baseline(
        &mut self,
        row: &Row<'_>,
        unit: Option<Unit>,
        unit_label: Option<&str>,
        note: Option<&str>,
    ) -> Vec<BaselineFigure> {
        let line = row.line;
        let (year, value) = match (row.opt("baseline_year"), row.opt("baseline_value")) {
            (None, None) => return Vec::new(),
            (Some(year), Some(value)) => (year, value),
            (year, _) => {
                let column = if year.is_some() {
                    "baseline_value"
                } else {
                    "baseline_year"
                };
                self.error(line, Some(column), CatalogErrorKind::HalfBaseline);
                return Vec::new();
            }
        };
        let year = match year.parse::<u16>() {
            Ok(y) if (1949..=2100).contains(&y) => Some(y),
            _ => {
                let kind = CatalogErrorKind::NotANumber {
                    text: year.to_owned(),
                    expected: "a year from 1949 to 2100",
                };
                self.error(line, Some("baseline_year"), kind);
                None
            }
        };
        let figure = match Observation::parse(value) {
            Ok(figure) => Some(figure),
            Err(e) => {
                let kind = CatalogErrorKind::BadBaseline {
                    text: value.to_owned(),
                    message: e.to_string(),
                };
                self.error(line, Some("baseline_value"), kind);
                None
            }
        };
        let (Some(year), Some((observation, written))) = (year, figure) else {
            return Vec::new();
        };
        if let Some(written) = written {
            if Some(written) != unit {
                let kind = CatalogErrorKind::UnitMismatch {
                    what: "the baseline",
                    written,
                    unit: unit_label.map(str::to_owned),
                };
                self.error(line, Some("baseline_value"), kind);
                return Vec::new();
            }
        }
        let observed = observed(value).unwrap_or_else(|_| {
            let (value, bound) = match observation {
                Observation::Value(v) => (v, None),
                Observation::Bound { op, bound } => (bound, Some(op)),
                Observation::Ratio {
                    antecedent,
                    consequent,
                } => (consequent.checked_div(antecedent).unwrap_or_default(), None),
            };
            Observed {
                value,
                unit,
                bound,
                approximate: false,
            }
        });
        vec![BaselineFigure {
            year: year.into(),
            value: value.to_owned(),
            relation: super::Relation::Same,
            reason: note.map(str::to_owned),
            quote: value.to_owned(),
            observed,
            observation,
        }]
    }

    /// The reference of a row: an id of the file, the series the target names, or (blank) the
    /// series the target names if any.
    fn reference(
        &mut self,
        line: u64,
        target: &Target,
        reference: Option<&str>,
        ids: &HashMap<String, u64>,
    ) -> Option<ReferenceSeries> {
        let named = target.referenced_series();
        match reference {
            None => named.map(|s| ReferenceSeries::Series(s.to_owned())),
            Some(r) if ids.contains_key(r) => Some(ReferenceSeries::Indicator(r.to_owned())),
            Some(r) if named == Some(r) => Some(ReferenceSeries::Series(r.to_owned())),
            Some(r) => {
                let suggestions = crate::text::nearest(r, ids.keys().map(String::as_str), 3)
                    .into_iter()
                    .map(str::to_owned)
                    .collect();
                let kind = CatalogErrorKind::UnknownReference {
                    reference: r.to_owned(),
                    suggestions,
                };
                self.error(line, Some("reference"), kind);
                None
            }
        }
    }
}
