//! Excel input: every non-empty worksheet of an `.xlsx` workbook, read with [`calamine`], as
//! a table in the long or the wide layout ([`super::table`]).
//!
//! Cells become text as a person reads them: a number as its shortest decimal of at most 15
//! significant digits (Excel's precision, so that a formula's `0.30000000000000004` reads
//! `0.3`; trailing zeros are not kept, `82.30` reads `82.3`), text as written, a boolean as
//! `TRUE`/`FALSE`, an error as `#DIV/0!` (then an error of the record). A number formatted as a
//! percentage is the fraction Excel stores (`0.956` for 95.6 %): write percentages as numbers
//! (`95.6`) or text (`95.6%`). Errors name the sheet, the row as Excel numbers it, and the
//! column by its header.

use calamine::{Data, Reader, SheetType};
use rust_decimal::Decimal;

use super::check::Builder;
use super::table::{self, Row, RowSink};
use super::{DataErrorKind, DataErrors, Dataset};

/// Reads a whole workbook (already within [`super::MAX_INPUT_BYTES`]).
pub(super) fn read(
    bytes: Vec<u8>,
    catalog: &'static crate::catalog::Catalog,
) -> Result<Dataset, DataErrors> {
    let mut builder = Builder::new(catalog);
    read_sheets(bytes, &mut builder, None)?;
    builder.finish()
}

#[cfg(feature = "csv")]
/// Reads a whole workbook whose sheets have a `region` column.
pub(super) fn read_regions(
    bytes: Vec<u8>,
    catalog: &'static crate::catalog::Catalog,
) -> Result<super::Regions, DataErrors> {
    let mut builder = Builder::new(catalog);
    let mut split = super::regions::Split::new();
    read_sheets(bytes, &mut builder, Some(&mut split))?;
    split.finish(builder)
}

/// Whether a worksheet's first non-empty row has a `region` cell; `false` for a workbook
/// that cannot be read.
pub(super) fn has_region_column(bytes: Vec<u8>) -> bool {
    let Ok(mut workbook) = calamine::open_workbook_auto_from_rs(std::io::Cursor::new(bytes)) else {
        return false;
    };
    let sheets: Vec<String> = workbook
        .sheets_metadata()
        .iter()
        .filter(|s| s.typ == SheetType::WorkSheet)
        .map(|s| s.name.clone())
        .collect();
    sheets.iter().any(|name| {
        workbook.worksheet_range(name).is_ok_and(|range| {
            range
                .rows()
                .find(|cells| cells.iter().any(|c| !text(c).trim().is_empty()))
                .is_some_and(|cells| cells.iter().any(|c| text(c).trim() == "region"))
        })
    })
}

/// Reads every worksheet into `builder` (or `regions`).
fn read_sheets(
    bytes: Vec<u8>,
    builder: &mut Builder,
    mut regions: Option<&mut dyn RowSink>,
) -> Result<(), DataErrors> {
    let mut workbook =
        calamine::open_workbook_auto_from_rs(std::io::Cursor::new(bytes)).map_err(|e| {
            DataErrors::one(DataErrorKind::Workbook {
                message: e.to_string(),
            })
        })?;
    let sheets: Vec<String> = workbook
        .sheets_metadata()
        .iter()
        .filter(|s| s.typ == SheetType::WorkSheet)
        .map(|s| s.name.clone())
        .collect();
    for name in sheets {
        let before = builder.errors.len();
        match workbook.worksheet_range(&name) {
            Ok(range) => {
                let (first_row, first_col) = range.start().unwrap_or((0, 0));
                let rows = range.rows().enumerate().map(|(i, cells)| Row {
                    line: u64::from(first_row) + i as u64 + 1,
                    // Columns before the range's first are empty: keep positions as Excel's.
                    cells: std::iter::repeat_n(String::new(), first_col as usize)
                        .chain(cells.iter().map(text))
                        .collect(),
                });
                let regions = regions.as_mut().map(|sink| &mut **sink as &mut dyn RowSink);
                table::read(builder, rows, regions);
            }
            Err(e) => builder.error(
                0,
                None,
                DataErrorKind::Workbook {
                    message: e.to_string(),
                },
            ),
        }
        for error in &mut builder.errors[before..] {
            error.sheet = Some(name.clone());
        }
        if builder.full {
            break;
        }
    }
    Ok(())
}

/// A cell as text (see the module documentation).
fn text(cell: &Data) -> String {
    match cell {
        Data::Float(v) => number(*v),
        Data::Int(v) => v.to_string(),
        Data::Bool(true) => "TRUE".to_owned(),
        Data::Bool(false) => "FALSE".to_owned(),
        Data::Empty => String::new(),
        other => other.to_string(),
    }
}

/// A float as its shortest decimal of at most 15 significant digits.
fn number(v: f64) -> String {
    if v.is_finite() {
        if let Ok(d) = Decimal::from_scientific(&format!("{v:.14e}")) {
            return d.normalize().to_string();
        }
    }
    v.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_as_people_read_them() {
        assert_eq!(number(2020.0), "2020");
        assert_eq!(number(78.99), "78.99");
        assert_eq!(number(0.1 + 0.2), "0.3");
        assert_eq!(number(-1.5), "-1.5");
        assert_eq!(number(1e-7), "0.0000001");
        assert_eq!(text(&Data::Bool(true)), "TRUE");
        assert_eq!(text(&Data::Error(calamine::CellErrorType::Div0)), "#DIV/0!");
    }
}
