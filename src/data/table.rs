//! Tables of cells, from a worksheet or a CSV file, in the long layout (`indicator`, `year`,
//! `value` columns) or the wide one (an indicator column, then one column per year).
//!
//! The layout is told by the header row: a header with `indicator`, `year` and `value` is
//! long; a header with no `year` column and at least one year-like column (`2021`, or `2021年`,
//! from 2000 to 2100) is wide. In the wide layout:
//! - the indicator is named by the first of the columns `indicator`, `id`, `编号`, `指标编号`,
//!   else by `name`, `指标`, `指标名称` (id or exact name, as in the long layout);
//! - the descriptive columns of the data-entry template ([`crate::template`]: `name`, `unit`,
//!   `target`, `baseline_year`, `baseline`, `attribute`, `area`, `plan`, `指标`, `指标名称`,
//!   `单位`, `目标`, `目标值`, `基期年份`, `基期值`, `属性`, `领域`, `类别`, `规划`) are not data and
//!   are not read;
//! - every non-empty year cell is a record of that indicator and year (an empty one is no
//!   figure); any other column (`note`, `备注` …) is an extra field on the row's last record,
//!   so that a note appears once in the report;
//! - a row whose cells are all empty is skipped; a row with figures and no indicator is an
//!   error.

use std::collections::BTreeSet;

use super::check::Builder;
use super::{DataErrorKind, MAX_RECORDS, MAX_YEAR};
#[cfg(feature = "csv")]
use super::{DataErrors, Dataset, MAX_LINE_BYTES};
use super::{MIN_YEAR, Year};

/// Columns naming the indicator by id, in order of preference.
const ID_COLUMNS: [&str; 4] = ["indicator", "id", "编号", "指标编号"];
/// Columns naming the indicator by name.
const NAME_COLUMNS: [&str; 3] = ["name", "指标", "指标名称"];
/// Columns describing the indicator (the template's), not read as data.
const DESCRIPTIVE: [&str; 19] = [
    "name",
    "unit",
    "target",
    "baseline_year",
    "baseline",
    "attribute",
    "area",
    "plan",
    "指标",
    "指标名称",
    "单位",
    "目标",
    "目标值",
    "基期年份",
    "基期值",
    "属性",
    "领域",
    "类别",
    "规划",
];

/// Where the rows of a table with a `region` column go (the regional reader's `Split`):
/// [`RowSink::region`] finds or adds a region, [`RowSink::row`] checks and keeps a row of it.
pub(super) trait RowSink {
    /// The region named `name`; `None` after reporting why it cannot be used.
    fn region(&mut self, builder: &mut Builder, line: u64, name: &str) -> Option<usize>;
    /// One row of region `at`; `extra` is given when an extra field is not blank.
    fn row(
        &mut self,
        builder: &mut Builder,
        at: usize,
        line: u64,
        fields: [Option<&str>; 3],
        extra: Option<&mut dyn FnMut() -> Vec<(String, String)>>,
    );
}

/// One row of a table: its line (CSV) or row number (sheet), and its cells as text.
#[derive(Debug)]
pub(super) struct Row {
    pub line: u64,
    pub cells: Vec<String>,
}

/// A header cell as a year, if it is one: `2021`, `2021年`.
fn year_of(header: &str) -> Option<Year> {
    let digits = header.trim().trim_end_matches('年');
    if digits.len() != 4 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits
        .parse()
        .ok()
        .filter(|y| (MIN_YEAR..=MAX_YEAR).contains(y))
}

/// True when a header row is the wide layout's.
pub(super) fn is_wide(header: &[String]) -> bool {
    !header.iter().any(|h| h.trim() == "year") && header.iter().any(|h| year_of(h).is_some())
}

/// Reads the rows of one table (a sheet, or a CSV file) into `builder`, or with `regions` into
/// it (the table then needs a `region` column). The first row is the header.
pub(super) fn read(
    builder: &mut Builder,
    rows: impl IntoIterator<Item = Row>,
    regions: Option<&mut dyn RowSink>,
) {
    let mut rows = rows
        .into_iter()
        .filter(|r| r.cells.iter().any(|c| !c.trim().is_empty()));
    let Some(header) = rows.next() else {
        return; // an empty sheet
    };
    let names: Vec<String> = header.cells.iter().map(|c| c.trim().to_owned()).collect();
    let rows: Vec<Row> = rows.collect();
    // Columns with neither a header nor any figure are not there (a formatted blank column).
    let used: BTreeSet<usize> = (0..names.len())
        .filter(|&i| {
            !names[i].is_empty()
                || rows
                    .iter()
                    .any(|r| r.cells.get(i).is_some_and(|c| !c.trim().is_empty()))
        })
        .collect();
    let mut ok = true;
    for &i in &used {
        if names[i].is_empty() {
            builder.error(
                header.line,
                None,
                DataErrorKind::UnnamedColumn { index: i + 1 },
            );
            ok = false;
        } else if names[..i].contains(&names[i]) {
            builder.error(
                header.line,
                Some(&names[i]),
                DataErrorKind::DuplicateColumn {
                    name: names[i].clone(),
                },
            );
            ok = false;
        }
    }
    if !ok {
        return;
    }
    let regions = match regions {
        Some(sink) => match names.iter().position(|n| n == "region") {
            Some(column) => Some((sink, column)),
            None => {
                let column = "region";
                builder.error(
                    header.line,
                    Some(column),
                    DataErrorKind::MissingColumn { column },
                );
                return;
            }
        },
        None => None,
    };
    if is_wide(&names) {
        wide(builder, header.line, &names, &used, rows, regions);
    } else {
        long(builder, header.line, &names, &used, rows, regions);
    }
}

/// Extra fields as pairs, when one is not blank.
fn extras(names: &[String], row: &Row, extra: &[usize]) -> Option<Vec<(String, String)>> {
    extra
        .iter()
        .any(|&i| !cell(row, i).trim().is_empty())
        .then(|| {
            extra
                .iter()
                .map(|&i| (names[i].clone(), cell(row, i).to_owned()))
                .collect()
        })
}

fn cell(row: &Row, i: usize) -> &str {
    row.cells.get(i).map_or("", String::as_str)
}

fn long(
    builder: &mut Builder,
    line: u64,
    names: &[String],
    used: &BTreeSet<usize>,
    rows: Vec<Row>,
    mut regions: Option<(&mut dyn RowSink, usize)>,
) {
    let mut required = [0; 3];
    let mut ok = true;
    for (slot, column) in required.iter_mut().zip(["indicator", "year", "value"]) {
        match names.iter().position(|n| n == column) {
            Some(i) => *slot = i,
            None => {
                builder.error(line, Some(column), DataErrorKind::MissingColumn { column });
                ok = false;
            }
        }
    }
    if !ok {
        return;
    }
    let [indicator, year, value] = required;
    let region = regions.as_ref().map(|(_, column)| *column);
    let extra: Vec<usize> = used
        .iter()
        .copied()
        .filter(|i| !required.contains(i) && Some(*i) != region)
        .collect();
    for row in rows {
        if let Some((sink, column)) = &mut regions {
            let Some(at) = sink.region(builder, row.line, cell(&row, *column)) else {
                continue;
            };
            let fields = [indicator, year, value].map(|i| cell(&row, i));
            if fields.iter().all(|f| f.trim().is_empty()) {
                continue; // declares the region
            }
            let mut given = extras(names, &row, &extra);
            let has_extra = given.is_some();
            let mut take = || given.take().unwrap_or_default();
            sink.row(
                builder,
                at,
                row.line,
                fields.map(Some),
                if has_extra { Some(&mut take) } else { None },
            );
            if builder.full {
                return;
            }
            continue;
        }
        if builder.records.len() >= MAX_RECORDS {
            builder.too_many_records(row.line);
            return;
        }
        let extras = extra
            .iter()
            .map(|&i| (names[i].clone(), cell(&row, i).to_owned()))
            .collect();
        builder.row(
            row.line,
            Some(cell(&row, indicator)),
            Some(cell(&row, year)),
            Some(cell(&row, value)),
            extras,
        );
        if builder.full {
            return;
        }
    }
}

fn wide(
    builder: &mut Builder,
    line: u64,
    names: &[String],
    used: &BTreeSet<usize>,
    rows: Vec<Row>,
    mut regions: Option<(&mut dyn RowSink, usize)>,
) {
    let find = |candidates: &[&str]| {
        candidates
            .iter()
            .find_map(|c| names.iter().position(|n| n == c))
    };
    let Some(id) = find(&ID_COLUMNS).or_else(|| find(&NAME_COLUMNS)) else {
        builder.error(line, None, DataErrorKind::NoIndicatorColumn);
        return;
    };
    let years: Vec<(usize, Year)> = used
        .iter()
        .filter_map(|&i| year_of(&names[i]).map(|y| (i, y)))
        .collect();
    let region = regions.as_ref().map(|(_, column)| *column);
    let extra: Vec<usize> = used
        .iter()
        .copied()
        .filter(|&i| {
            i != id
                && Some(i) != region
                && year_of(&names[i]).is_none()
                && !DESCRIPTIVE.contains(&names[i].as_str())
        })
        .collect();
    for row in rows {
        let filled: Vec<(usize, Year)> = years
            .iter()
            .copied()
            .filter(|&(i, _)| !cell(&row, i).trim().is_empty())
            .collect();
        // The row's region (a row with only a region declares it).
        let at = match &mut regions {
            Some((sink, column)) => {
                let name = cell(&row, *column);
                if filled.is_empty() && name.trim().is_empty() {
                    continue; // an unfilled template row
                }
                match sink.region(builder, row.line, name) {
                    Some(at) => Some(at),
                    None => continue,
                }
            }
            None => None,
        };
        let Some(&(last, _)) = filled.last() else {
            continue; // no figure on this row (an unfilled template row)
        };
        for (i, year) in filled {
            if let (Some((sink, _)), Some(at)) = (&mut regions, at) {
                let before = builder.errors.len();
                let year_text = year.to_string();
                let mut given = if i == last {
                    extras(names, &row, &extra)
                } else {
                    None
                };
                let has_extra = given.is_some();
                let mut take = || given.take().unwrap_or_default();
                sink.row(
                    builder,
                    at,
                    row.line,
                    [Some(cell(&row, id)), Some(&year_text), Some(cell(&row, i))],
                    if has_extra { Some(&mut take) } else { None },
                );
                rename_columns(builder, before, names, id, i);
                if builder.full {
                    return;
                }
                continue;
            }
            if builder.records.len() >= MAX_RECORDS {
                builder.too_many_records(row.line);
                return;
            }
            let extras = if i == last {
                extra
                    .iter()
                    .map(|&e| (names[e].clone(), cell(&row, e).to_owned()))
                    .collect()
            } else {
                Vec::new()
            };
            let before = builder.errors.len();
            builder.row(
                row.line,
                Some(cell(&row, id)),
                Some(&year.to_string()),
                Some(cell(&row, i)),
                extras,
            );
            rename_columns(builder, before, names, id, i);
            if builder.full {
                return;
            }
        }
    }
}

/// Errors from `before` on name the table's columns (indicator `id`, year column `i`), not the
/// long layout's.
fn rename_columns(builder: &mut Builder, before: usize, names: &[String], id: usize, i: usize) {
    for error in &mut builder.errors[before..] {
        error.column = match error.column.as_deref() {
            Some("indicator") => Some(names[id].clone()),
            Some("year" | "value") | None => Some(names[i].clone()),
            Some(other) => Some(other.to_owned()),
        };
    }
}

#[cfg(feature = "csv")]
/// True when a CSV input (UTF-8) has the wide layout's header.
pub(super) fn csv_is_wide(bytes: &[u8]) -> bool {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return false;
    };
    let text = text.trim_start_matches('\u{feff}');
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut record = csv::StringRecord::new();
    match reader.read_record(&mut record) {
        Ok(true) => is_wide(&record.iter().map(str::to_owned).collect::<Vec<_>>()),
        _ => false,
    }
}

#[cfg(feature = "csv")]
/// Reads a wide CSV input (UTF-8, header checked by [`csv_is_wide`]).
pub(super) fn read_wide_csv(
    bytes: &[u8],
    catalog: &'static crate::catalog::Catalog,
) -> Result<Dataset, DataErrors> {
    let mut builder = Builder::new(catalog);
    read_csv_rows(&mut builder, bytes, None);
    builder.finish()
}

#[cfg(feature = "csv")]
/// Reads a wide CSV input with a `region` column (UTF-8, header checked by [`csv_is_wide`]).
pub(super) fn read_wide_csv_regions(
    bytes: &[u8],
    catalog: &'static crate::catalog::Catalog,
) -> Result<super::Regions, DataErrors> {
    let mut builder = Builder::new(catalog);
    let mut split = super::regions::Split::new();
    read_csv_rows(&mut builder, bytes, Some(&mut split));
    split.finish(builder)
}

#[cfg(feature = "csv")]
/// The rows of a CSV input as a table into `builder` (or `regions`).
fn read_csv_rows(builder: &mut Builder, bytes: &[u8], regions: Option<&mut dyn RowSink>) {
    let text = std::str::from_utf8(bytes).unwrap_or_default();
    let bom = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let body = &text[bom..];
    // Lines too long are reported, and their rows not read.
    let mut bad = BTreeSet::new();
    for (index, line) in body.split('\n').enumerate() {
        let length = line.trim_end_matches('\r').len();
        if length > MAX_LINE_BYTES {
            builder.error(
                index as u64 + 1,
                None,
                DataErrorKind::LineTooLong {
                    length,
                    limit: MAX_LINE_BYTES,
                },
            );
            bad.insert(index as u64 + 1);
        }
    }
    let newlines: Vec<usize> = body
        .bytes()
        .enumerate()
        .filter(|&(_, b)| b == b'\n')
        .map(|(i, _)| i)
        .collect();
    let line_of = |record: &csv::StringRecord| {
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
    let mut rows = Vec::new();
    let mut width = None;
    for record in reader.records() {
        match record {
            Ok(record) => {
                let line = line_of(&record);
                if bad.contains(&line) {
                    continue;
                }
                let expected = *width.get_or_insert(record.len());
                if record.len() != expected {
                    builder.error(
                        line,
                        None,
                        DataErrorKind::FieldCount {
                            expected,
                            found: record.len(),
                        },
                    );
                    continue;
                }
                rows.push(Row {
                    line,
                    cells: record.iter().map(str::to_owned).collect(),
                });
            }
            Err(e) => builder.error(
                e.position().map_or(0, csv::Position::line),
                None,
                DataErrorKind::Io {
                    message: e.to_string(),
                },
            ),
        }
        if rows.len() > MAX_RECORDS {
            break;
        }
    }
    read(builder, rows, regions);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn year_headers() {
        assert_eq!(year_of("2021"), Some(2021));
        assert_eq!(year_of(" 2021年 "), Some(2021));
        assert_eq!(year_of("1999"), None);
        assert_eq!(year_of("基期值2020"), None);
        assert_eq!(year_of("２０２１"), None);
        assert!(is_wide(&["编号".into(), "2021".into()]));
        assert!(!is_wide(&[
            "indicator".into(),
            "year".into(),
            "2021".into()
        ]));
    }
}
