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

use std::collections::HashMap;
use std::io::Read;
use std::path::Path;

use super::MAX_RECORDS;
use super::{Builder, DataError, DataErrorKind, DataErrors, Dataset, MAX_ERRORS, MAX_LINE_BYTES};
use crate::catalog::Catalog;
use crate::series::Year;

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
        read(reader, catalog)
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
        read(std::io::BufReader::with_capacity(1 << 16, file), catalog)
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
/// byte order mark). `false` when the file cannot be read: reading it again reports why.
pub fn csv_has_region_column(path: &Path) -> bool {
    let Ok(file) = std::fs::File::open(path) else {
        return false;
    };
    let mut head = Vec::new();
    if file
        .take(MAX_LINE_BYTES as u64 + 3)
        .read_to_end(&mut head)
        .is_err()
    {
        return false;
    }
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&head);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(head);
    let mut record = csv::ByteRecord::new();
    matches!(reader.read_byte_record(&mut record), Ok(true))
        && record.iter().any(|f| f.trim_ascii() == b"region")
}

/// A region being read.
struct Reading {
    name: String,
    builder: Builder,
    records: usize,
}

fn read(reader: impl Read, catalog: &'static Catalog) -> Result<Regions, DataErrors> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .buffer_capacity(1 << 16)
        .from_reader(reader);
    let mut record = csv::ByteRecord::new();
    let mut errors: Vec<DataError> = Vec::new();
    let error = |errors: &mut Vec<DataError>, line, column: Option<&str>, kind| {
        errors.push(DataError::new(line, column, kind));
    };

    // The header.
    let header: Vec<String> = match reader.read_byte_record(&mut record) {
        Ok(true) => {
            let mut names = Vec::new();
            for (i, field) in record.iter().enumerate() {
                let field = if i == 0 {
                    field.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(field)
                } else {
                    field
                };
                match std::str::from_utf8(field) {
                    Ok(name) => names.push(name.trim().to_owned()),
                    Err(e) => {
                        let kind = DataErrorKind::InvalidUtf8 {
                            offset: e.valid_up_to() as u64,
                            in_line: e.valid_up_to(),
                        };
                        return Err(DataErrors(vec![DataError::new(1, None, kind)]));
                    }
                }
            }
            names
        }
        Ok(false) => {
            return Err(DataErrors(vec![DataError::new(
                1,
                None,
                DataErrorKind::NoHeader,
            )]));
        }
        Err(e) => {
            let kind = DataErrorKind::Io {
                message: e.to_string(),
            };
            return Err(DataErrors(vec![DataError::new(1, None, kind)]));
        }
    };
    let header_line = 1;
    let mut position = HashMap::new();
    for (i, name) in header.iter().enumerate() {
        if name.is_empty() {
            error(
                &mut errors,
                header_line,
                None,
                DataErrorKind::UnnamedColumn { index: i + 1 },
            );
        } else if position.insert(name.as_str(), i).is_some() {
            let kind = DataErrorKind::DuplicateColumn { name: name.clone() };
            error(&mut errors, header_line, Some(name), kind);
        }
    }
    let mut required = [0usize; 4];
    for (slot, column) in required
        .iter_mut()
        .zip(["region", "indicator", "year", "value"])
    {
        match position.get(column) {
            Some(&i) => *slot = i,
            None => error(
                &mut errors,
                header_line,
                Some(column),
                DataErrorKind::MissingColumn { column },
            ),
        }
    }
    if !errors.is_empty() {
        return Err(DataErrors(errors));
    }
    let [region_at, indicator_at, year_at, value_at] = required;
    let extra: Vec<usize> = (0..header.len())
        .filter(|i| !required.contains(i))
        .collect();

    let mut regions: Vec<Reading> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut reported = 0usize; // errors in the builders so far
    loop {
        let line = match reader.read_byte_record(&mut record) {
            Ok(false) => break,
            Ok(true) => record.position().map_or(0, csv::Position::line),
            Err(e) => {
                let line = e.position().map_or(0, csv::Position::line);
                let kind = DataErrorKind::Io {
                    message: e.to_string(),
                };
                error(&mut errors, line, None, kind);
                break;
            }
        };
        if errors.len() + reported > MAX_ERRORS {
            break;
        }
        // A line holding nothing: skipped, as in single-region files.
        if record.len() == 1 && record[0].is_empty() {
            continue;
        }
        let length = record.as_slice().len() + record.len().saturating_sub(1);
        if length > MAX_LINE_BYTES {
            let kind = DataErrorKind::LineTooLong {
                length,
                limit: MAX_LINE_BYTES,
            };
            error(&mut errors, line, None, kind);
            continue;
        }
        if record.len() != header.len() {
            let kind = DataErrorKind::FieldCount {
                expected: header.len(),
                found: record.len(),
            };
            error(&mut errors, line, None, kind);
            continue;
        }
        if let Err(e) = std::str::from_utf8(record.as_slice()) {
            let kind = DataErrorKind::InvalidUtf8 {
                offset: record.position().map_or(0, |p| p.byte()),
                in_line: e.valid_up_to(),
            };
            error(&mut errors, line, None, kind);
            continue;
        }
        // Each field is valid: fields are split at ASCII bytes of a valid whole.
        let field = |i: usize| std::str::from_utf8(&record[i]).unwrap_or_default();
        let name = field(region_at).trim();
        if name.is_empty() {
            let kind = DataErrorKind::EmptyField { column: "region" };
            error(&mut errors, line, Some("region"), kind);
            continue;
        }
        let at = match index.get(name) {
            Some(&at) => at,
            None => {
                if regions.len() == MAX_REGIONS {
                    let kind = DataErrorKind::Io {
                        message: format!("more than {MAX_REGIONS} regions"),
                    };
                    error(&mut errors, line, Some("region"), kind);
                    break;
                }
                index.insert(name.to_owned(), regions.len());
                let mut builder = Builder::new(catalog);
                builder.keep_plain_records = false;
                regions.push(Reading {
                    name: name.to_owned(),
                    builder,
                    records: 0,
                });
                regions.len() - 1
            }
        };
        let (indicator, year, value) = (field(indicator_at), field(year_at), field(value_at));
        if indicator.trim().is_empty() && year.trim().is_empty() && value.trim().is_empty() {
            continue; // declares the region
        }
        let region = &mut regions[at];
        region.records += 1;
        if region.records > MAX_RECORDS {
            if region.records == MAX_RECORDS + 1 {
                region.builder.too_many_records(line);
                reported += 1;
            }
            continue;
        }
        let extra_fields = extra
            .iter()
            .map(|&i| (header[i].clone(), field(i).to_owned()))
            .collect();
        let before = region.builder.errors.len();
        region
            .builder
            .row(line, Some(indicator), Some(year), Some(value), extra_fields);
        reported += region.builder.errors.len() - before;
    }

    let mut out = Vec::with_capacity(regions.len());
    for region in regions {
        match region.builder.finish() {
            Ok(data) => out.push(Region {
                name: region.name,
                data,
            }),
            Err(DataErrors(mut more)) => errors.append(&mut more),
        }
    }
    if errors.is_empty() {
        return Ok(Regions { regions: out });
    }
    errors.sort_by_key(|e| e.line);
    if errors.len() > MAX_ERRORS {
        errors.truncate(MAX_ERRORS);
        let line = errors.last().map_or(0, |e| e.line);
        errors.push(DataError::new(
            line,
            None,
            DataErrorKind::TooManyErrors { limit: MAX_ERRORS },
        ));
    }
    Err(DataErrors(errors))
}

#[cfg(test)]
mod tests {
    use super::super::plain_decimal;
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
