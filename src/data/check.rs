//! Checking rows, whatever the format: the required fields, the indicator, the year, the
//! value and its unit, duplicates; the checked records become a [`Dataset`].

use std::collections::{BTreeMap, HashMap};

use crate::catalog::Catalog;
use crate::series::{Observation, Series, Year};
use crate::syntax::Unit;

use super::{
    DataError, DataErrorKind, DataErrors, Dataset, MAX_ERRORS, MAX_RECORDS, MAX_YEAR, MIN_YEAR,
    Record, Subject, invisible,
};

/// A required field of a row: its text, or `None` when already reported (JSON type errors)
/// or missing.
pub(super) type Field<'a> = Option<&'a str>;

/// A row that passed [`Builder::check`].
pub(super) struct Checked<'a> {
    pub(super) subject: Subject,
    pub(super) year: Year,
    pub(super) observation: Observation,
    pub(super) unit: Option<Unit>,
    /// The `indicator` field, trimmed.
    pub(super) indicator: &'a str,
    /// The `value` field, trimmed.
    pub(super) value: &'a str,
}

/// Checks rows and collects records and errors, whatever the format.
pub(super) struct Builder {
    pub(super) catalog: &'static Catalog,
    pub(super) errors: Vec<DataError>,
    pub(super) records: Vec<Record>,
    pub(super) seen: HashMap<(&'static str, Year), u64>,
    /// True once [`MAX_ERRORS`] was passed: stop reading.
    pub(super) full: bool,
}

impl Builder {
    pub(super) fn new(catalog: &'static Catalog) -> Builder {
        Builder {
            catalog,
            errors: Vec::new(),
            records: Vec::new(),
            seen: HashMap::new(),
            full: false,
        }
    }

    /// Records an error; past [`MAX_ERRORS`], records that and sets `full`.
    pub(super) fn error(&mut self, line: u64, column: Option<&str>, kind: DataErrorKind) {
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
    pub(super) fn too_many_records(&mut self, line: u64) {
        self.error(
            line,
            None,
            DataErrorKind::TooManyRecords { limit: MAX_RECORDS },
        );
    }

    /// Checks one row and keeps it as a record when it has no problem.
    pub(super) fn row(
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
    pub(super) fn check<'a>(
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
    pub(super) fn required<'a>(
        &mut self,
        line: u64,
        column: &'static str,
        field: Field<'a>,
    ) -> Field<'a> {
        let text = field?.trim();
        if text.is_empty() {
            self.error(line, Some(column), DataErrorKind::EmptyField { column });
            return None;
        }
        Some(text)
    }

    pub(super) fn finish(self) -> Result<Dataset, DataErrors> {
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
pub(super) fn resolve(catalog: &'static Catalog, text: &str) -> Result<Subject, DataErrorKind> {
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
pub(super) fn plain_decimal(text: &str) -> Option<rust_decimal::Decimal> {
    let digits = text.strip_prefix('-').unwrap_or(text);
    let (int, frac) = digits.split_once('.').unwrap_or((digits, "1"));
    let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if digits.len() > 24 || !all_digits(int) || !all_digits(frac) {
        return None;
    }
    text.parse().ok()
}

/// An integer year in range: ASCII digits, optionally after `-`.
pub(super) fn parse_year(text: &str) -> Result<Year, DataErrorKind> {
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
