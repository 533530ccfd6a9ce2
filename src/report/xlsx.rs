//! The report as an Excel workbook (`.xlsx`), written with [`rust_xlsxwriter`].
//!
//! Sheets:
//! 1. the summary (named `总体情况` or `Summary`): the title and period, the counts per plan and
//!    per area (the columns of the Markdown summary), then the warnings;
//! 2. one sheet per plan in the report, named after the plan's title (cut to Excel's 31
//!    characters): one row per indicator, the header row frozen, columns id, name, unit,
//!    target, attribute, baseline year and value, current year and value, status, outlook,
//!    pace, pace kind, projection, warning, explanation, notes.
//!
//! A regional report ([`regional`]) has a comparison sheet and a sheet of every region's rows.
//!
//! Years, counts, exact figures, rates and projections are numbers (a figure published as a
//! bound, `≤14`, or a ratio, `1:1.2`, is text as it reads); the met share is a number with a
//! percent format. A raised warning fills its cell and the indicator's id cell with its colour.
//! Every fixed text (sheet names, headers, statuses) is in the report's [`Lang`]; names, units,
//! targets and notes are as written.
//!
//! ```
//! use plan_targets::data::Dataset;
//! use plan_targets::report::{Monitor, ReportOptions, lang::Lang, xlsx};
//!
//! let report = Monitor::new(ReportOptions::default())?.report(&Dataset::default());
//! let bytes = xlsx::report(&report, Lang::En)?;
//! assert!(bytes.starts_with(b"PK")); // a zip archive, as every .xlsx
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use rust_xlsxwriter::{Color, Format, FormatBorder, Workbook, Worksheet, XlsxError};

use super::lang::{Lang, Text};
#[cfg(feature = "csv")]
use super::regions::RegionalReport;
use super::render::{projected_label, summary_columns};
use super::{Counts, GroupSummary, Report, ReportRow};
use crate::eval::Status;
use crate::outlook::{Outlook, RateKind, Warning};
use crate::series::Observation;

/// Writing the workbook failed (in practice: never for a report; the message is
/// `rust_xlsxwriter`'s).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("cannot write the workbook: {0}")]
pub struct WriteError(pub String);

impl From<XlsxError> for WriteError {
    fn from(e: XlsxError) -> WriteError {
        WriteError(e.to_string())
    }
}

/// The fill of a warning's cells.
pub fn warning_fill(warning: Warning) -> u32 {
    match warning {
        Warning::Red => 0xF4_B0_B0,
        Warning::Orange => 0xFF_CC_99,
        Warning::Yellow => 0xFF_F2_99,
    }
}

/// The report as the bytes of an `.xlsx` file (see the [module documentation](self)).
///
/// # Errors
///
/// [`WriteError`] when the workbook cannot be assembled.
pub fn report(report: &Report, lang: Lang) -> Result<Vec<u8>, WriteError> {
    let mut workbook = new_workbook()?;
    let header = Format::new()
        .set_bold()
        .set_background_color(Color::RGB(0xEE_EE_EE))
        .set_border_bottom(FormatBorder::Thin);
    summary_sheet(workbook.add_worksheet(), report, lang, &header)?;
    let mut names: Vec<String> = Vec::new();
    for plan in report.plans() {
        let rows: Vec<&ReportRow> = report.rows_of(plan).collect();
        if rows.is_empty() {
            continue;
        }
        let name = sheet_name(plan.title(), &names);
        names.push(name.clone());
        let sheet = workbook.add_worksheet();
        sheet.set_name(name)?;
        plan_sheet(
            sheet,
            report.period_of(plan).target_year,
            &rows,
            lang,
            &header,
        )?;
    }
    Ok(workbook.save_to_buffer()?)
}

/// A workbook whose worksheets keep their temporary files in the system's temporary directory,
/// checked first: an unwritable directory is an error here, not a panic in a worksheet.
fn new_workbook() -> Result<Workbook, WriteError> {
    let mut workbook = Workbook::new();
    let dir = std::env::temp_dir();
    workbook.set_tempdir(&dir).map_err(|e| {
        WriteError(format!(
            "cannot write temporary files in {}: {e}",
            dir.display()
        ))
    })?;
    Ok(workbook)
}

/// A valid, unused sheet name: without `[]:*?/\`, at most 31 characters.
fn sheet_name(title: &str, taken: &[String]) -> String {
    let clean: String = title
        .chars()
        .map(|c| if "[]:*?/\\".contains(c) { '_' } else { c })
        .collect();
    let clean = clean.trim_matches('\'');
    let base: String = clean.chars().take(31).collect();
    let base = if base.is_empty() {
        "plan".to_owned()
    } else {
        base
    };
    let mut name = base.clone();
    let mut n = 2;
    while taken.contains(&name) {
        let suffix = format!(" {n}");
        name = base.chars().take(31 - suffix.len()).collect::<String>() + &suffix;
        n += 1;
    }
    name
}

fn number(d: Decimal) -> Option<f64> {
    d.to_f64().filter(|v| v.is_finite())
}

/// Writes a decimal as a number (text if it has no finite `f64`).
fn write_decimal(
    sheet: &mut Worksheet,
    row: u32,
    col: u16,
    value: Decimal,
) -> Result<(), XlsxError> {
    match number(value) {
        Some(v) => sheet.write_number(row, col, v).map(|_| ()),
        None => sheet.write_string(row, col, value.to_string()).map(|_| ()),
    }
}

fn summary_sheet(
    sheet: &mut Worksheet,
    report: &Report,
    lang: Lang,
    header: &Format,
) -> Result<(), XlsxError> {
    let t = |text| lang.text(text);
    sheet.set_name(t(Text::Summary))?;
    let bold = Format::new().set_bold();
    // Plans of different periods: the assessment year here, each plan's period on the plan
    // summary's rows.
    let years = [
        report.assessment_year,
        report.baseline_year,
        report.target_year,
    ];
    title_block(
        sheet,
        &lang.title(&report.plans().collect::<Vec<_>>(), report.assessment_year),
        years,
        report.one_period(),
        lang,
    )?;
    let mut row = 3;
    let groups: [(Text, &[GroupSummary]); 2] = [
        (Text::Summary, &report.summary.plans),
        (Text::ByArea, &report.summary.areas),
    ];
    for (heading, groups) in groups {
        sheet.write_string_with_format(row, 0, t(heading), &bold)?;
        row += 1;
        let mut columns = vec![t(Text::ColPlan), t(Text::ColArea)];
        columns.extend(summary_columns(lang));
        // The warnings' single Markdown column is three numbers here.
        columns.pop();
        columns.extend([
            lang.warning(Warning::Red),
            lang.warning(Warning::Orange),
            lang.warning(Warning::Yellow),
        ]);
        for (c, name) in columns.iter().enumerate() {
            sheet.write_string_with_format(row, c as u16, *name, header)?;
        }
        row += 1;
        let periods = heading == Text::Summary && !report.one_period();
        if periods {
            let at = columns.len() as u16;
            sheet.write_string_with_format(row - 1, at, t(Text::ColBaseline), header)?;
            sheet.write_string_with_format(row - 1, at + 1, t(Text::ColTargetYear), header)?;
        }
        for g in groups {
            sheet.write_string(row, 0, g.plan.title())?;
            sheet.write_string(row, 1, g.area.as_deref().unwrap_or(t(Text::All)))?;
            counts_row(sheet, row, 2, &g.counts)?;
            if periods {
                let at = columns.len() as u16;
                let period = report.period_of(g.plan);
                sheet.write_number(row, at, period.baseline_year)?;
                sheet.write_number(row, at + 1, period.target_year)?;
            }
            row += 1;
        }
        row += 1;
    }
    sheet.write_string_with_format(row, 0, t(Text::Warnings), &bold)?;
    row += 1;
    if report.warnings.is_empty() {
        sheet.write_string(row, 0, t(Text::NoWarnings))?;
    } else {
        let columns = [
            Text::ColWarning,
            Text::ColId,
            Text::ColName,
            Text::ColAttribute,
            Text::ColStatus,
            Text::ColOutlook,
        ];
        for (c, text) in columns.iter().enumerate() {
            sheet.write_string_with_format(row, c as u16, t(*text), header)?;
        }
        row += 1;
        for w in &report.warnings {
            let fill = Format::new().set_background_color(Color::RGB(warning_fill(w.level)));
            sheet.write_string_with_format(row, 0, lang.warning(w.level), &fill)?;
            sheet.write_string(row, 1, w.id)?;
            sheet.write_string(row, 2, w.name)?;
            sheet.write_string(row, 3, w.attribute.map_or("", |a| lang.attribute(a)))?;
            sheet.write_string(row, 4, lang.status(w.status))?;
            sheet.write_string(row, 5, lang.outlook(w.outlook))?;
            row += 1;
        }
    }
    sheet.set_column_width(0, 36)?;
    sheet.set_column_width(1, 24)?;
    Ok(())
}

/// Rows 0 and 1 of a first sheet: the title, then the assessment year and, when every plan
/// has the same period, the baseline and target years (`years` in that order) as label and
/// number pairs.
fn title_block(
    sheet: &mut Worksheet,
    title: &str,
    years: [crate::series::Year; 3],
    one_period: bool,
    lang: Lang,
) -> Result<(), XlsxError> {
    let title_format = Format::new().set_bold().set_font_size(14);
    sheet.write_string_with_format(0, 0, title, &title_format)?;
    let labels = [
        Text::ColAssessmentYear,
        Text::ColBaseline,
        Text::ColTargetYear,
    ];
    let shown = if one_period { 3 } else { 1 };
    for (i, (label, year)) in labels.iter().zip(years).take(shown).enumerate() {
        let col = 2 * i as u16;
        sheet.write_string(1, col, lang.text(*label))?;
        sheet.write_number(1, col + 1, year)?;
    }
    Ok(())
}

fn counts_row(sheet: &mut Worksheet, row: u32, col: u16, c: &Counts) -> Result<(), XlsxError> {
    let mut values: Vec<Option<f64>> = vec![Some(c.indicators as f64)];
    for s in [
        Status::Met,
        Status::NotMet,
        Status::InsufficientData,
        Status::NeedsJudgement,
    ] {
        values.push(Some(c.status.get(s) as f64));
    }
    let share_col = col + values.len() as u16;
    values.push(None);
    for o in [
        Outlook::Achieved,
        Outlook::OnTrack,
        Outlook::AccelerationNeeded,
        Outlook::LimitedProgress,
        Outlook::Deteriorating,
    ] {
        values.push(Some(c.outlook.get(o) as f64));
    }
    for w in [Warning::Red, Warning::Orange, Warning::Yellow] {
        values.push(Some(c.warnings.get(w) as f64));
    }
    for (i, v) in values.into_iter().enumerate() {
        if let Some(v) = v {
            sheet.write_number(row, col + i as u16, v)?;
        }
    }
    let fraction = c
        .met_share
        .and_then(|s| s.checked_div(Decimal::ONE_HUNDRED))
        .and_then(number);
    if let Some(fraction) = fraction {
        let percent = Format::new().set_num_format("0.0%");
        sheet.write_number_with_format(row, share_col, fraction, &percent)?;
    }
    Ok(())
}

/// The columns of a plan sheet, in `lang`, for a plan whose target year is `target_year`.
fn plan_columns(target_year: crate::series::Year, lang: Lang) -> Vec<String> {
    let t = |text| lang.text(text).to_owned();
    let (year, value) = match lang {
        Lang::Zh => ("年份", "值"),
        Lang::En => (" year", " value"),
    };
    let pace_kind = match lang {
        Lang::Zh => "速度类型",
        Lang::En => "Pace kind",
    };
    vec![
        t(Text::ColId),
        t(Text::ColName),
        t(Text::ColUnit),
        t(Text::ColTarget),
        t(Text::ColAttribute),
        format!("{}{year}", t(Text::ColBaseline)),
        format!("{}{value}", t(Text::ColBaseline)),
        format!("{}{year}", t(Text::ColCurrent)),
        format!("{}{value}", t(Text::ColCurrent)),
        t(Text::ColStatus),
        t(Text::ColOutlook),
        t(Text::ColRate),
        pace_kind.to_owned(),
        projected_label(target_year, lang),
        t(Text::ColWarning),
        t(Text::ColExplanation),
        t(Text::ColNotes),
    ]
}

fn rate_kind(kind: RateKind, lang: Lang) -> &'static str {
    match kind {
        RateKind::Ratio => "R",
        RateKind::PercentPerYear => lang.text(Text::PerYear),
        RateKind::None => "",
    }
}

fn plan_sheet(
    sheet: &mut Worksheet,
    target_year: crate::series::Year,
    rows: &[&ReportRow],
    lang: Lang,
    header: &Format,
) -> Result<(), XlsxError> {
    for (c, name) in plan_columns(target_year, lang).iter().enumerate() {
        sheet.write_string_with_format(0, c as u16, name, header)?;
    }
    sheet.set_freeze_panes(1, 2)?;
    let fills = Fills::new();
    for (i, r) in rows.iter().enumerate() {
        indicator_cells(sheet, i as u32 + 1, 0, r, lang, &fills)?;
    }
    for (col, width) in [(0u16, 8.0), (1, 36.0), (3, 18.0), (15, 60.0), (16, 30.0)] {
        sheet.set_column_width(col, width)?;
    }
    Ok(())
}

/// The fills of the warnings' colours, made once.
struct Fills([Format; 3]);

impl Fills {
    fn new() -> Fills {
        Fills(
            [Warning::Red, Warning::Orange, Warning::Yellow]
                .map(|w| Format::new().set_background_color(Color::RGB(warning_fill(w)))),
        )
    }

    fn of(&self, warning: Warning) -> &Format {
        match warning {
            Warning::Red => &self.0[0],
            Warning::Orange => &self.0[1],
            Warning::Yellow => &self.0[2],
        }
    }
}

/// An indicator's cells in the columns of [`plan_columns`], starting at column `at`.
fn indicator_cells(
    sheet: &mut Worksheet,
    row: u32,
    at: u16,
    r: &ReportRow,
    lang: Lang,
    fills: &Fills,
) -> Result<(), XlsxError> {
    match r.warning {
        Some(w) => {
            sheet.write_string_with_format(row, at, r.id, fills.of(w))?;
            sheet.write_string_with_format(row, at + 14, lang.warning(w), fills.of(w))?;
        }
        None => {
            sheet.write_string(row, at, r.id)?;
        }
    }
    sheet.write_string(row, at + 1, r.name)?;
    sheet.write_string(row, at + 2, r.unit.unwrap_or(""))?;
    sheet.write_string(row, at + 3, r.target)?;
    sheet.write_string(row, at + 4, r.attribute.map_or("", |a| lang.attribute(a)))?;
    for (col, point) in [(at + 5, &r.baseline), (at + 7, &r.current)] {
        if let Some(p) = point {
            sheet.write_number(row, col, p.year)?;
            match p.value {
                Observation::Value(v) => write_decimal(sheet, row, col + 1, v)?,
                ref other => {
                    sheet.write_string(row, col + 1, other.to_string())?;
                }
            }
        }
    }
    sheet.write_string(row, at + 9, lang.status(r.status))?;
    sheet.write_string(row, at + 10, lang.outlook(r.outlook))?;
    if let Some(rate) = r.rate {
        write_decimal(sheet, row, at + 11, rate.round_dp(2))?;
    }
    sheet.write_string(row, at + 12, rate_kind(r.rate_kind, lang))?;
    if let Some(p) = r.projected {
        write_decimal(sheet, row, at + 13, p)?;
    }
    sheet.write_string(row, at + 15, lang.explanation(r))?;
    let notes: Vec<String> = r.notes.iter().map(ToString::to_string).collect();
    sheet.write_string(row, at + 16, notes.join("; "))?;
    Ok(())
}

#[cfg(feature = "csv")]
/// The most rows of a worksheet (Excel's limit).
pub const MAX_SHEET_ROWS: usize = 1_048_576;

#[cfg(feature = "csv")]
/// The regional report as the bytes of an `.xlsx` file, in `lang`.
///
/// Two sheets, whatever the number of regions (a sheet per region would make thousands of
/// sheets for a province's counties, and Excel names sheets in 31 characters):
/// 1. the comparison (`地区比较` / `Regions compared`): the title and period, then one row per
///    region, the regions most in need first: the region, its counts, 达标率 (a percentage) and
///    red, orange and yellow warnings, then per indicator its status in words on the warning's
///    fill (the indicators' names above their ids); header rows and the region column frozen;
/// 2. every region's indicators (`各地区指标` / `Indicators by region`): the region and the
///    plan, then the plan sheets' columns of the single report, one block of rows per region in
///    the comparison's order, with an autofilter to pick a region, a plan or a status.
///
/// # Errors
///
/// [`WriteError`] when the rows do not fit a sheet ([`MAX_SHEET_ROWS`]: some 11,700 regions of
/// 89 indicators) or the workbook cannot be assembled.
///
/// ```
/// use plan_targets::data::Regions;
/// use plan_targets::report::{Monitor, ReportOptions, lang::Lang, xlsx};
///
/// let regions = Regions::from_csv_reader(
///     "region,indicator,year,value\n甲县,W02,2020,78.99\n乙县,W02,2020,80\n".as_bytes(),
/// )?;
/// let report = Monitor::new(ReportOptions::default())?.report_regions(&regions);
/// assert!(xlsx::regional(&report, Lang::Zh)?.starts_with(b"PK"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn regional(report: &RegionalReport, lang: Lang) -> Result<Vec<u8>, WriteError> {
    let rows: usize = report.regions.iter().map(|r| r.rows.len()).sum();
    if rows + 1 > MAX_SHEET_ROWS {
        return Err(WriteError(format!(
            "{rows} indicator rows ({} regions) do not fit an Excel sheet ({} rows at most): \
             write the report as csv, or split the data file by region",
            report.regions.len(),
            MAX_SHEET_ROWS - 1
        )));
    }
    let mut workbook = new_workbook()?;
    let header = Format::new()
        .set_bold()
        .set_background_color(Color::RGB(0xEE_EE_EE))
        .set_border_bottom(FormatBorder::Thin);
    let fills = Fills::new();
    // Both sheets are written row by row, in "constant memory" mode: each row goes to a
    // temporary file as it is finished, so the national case (2,844 regions × 89 indicators)
    // does not hold a quarter of a million rows of cells in memory.
    comparison_sheet(
        workbook.add_worksheet_with_constant_memory(),
        report,
        lang,
        &header,
        &fills,
    )?;
    region_rows_sheet(
        workbook.add_worksheet_with_constant_memory(),
        report,
        lang,
        &header,
        &fills,
    )?;
    Ok(workbook.save_to_buffer()?)
}

#[cfg(feature = "csv")]
fn comparison_sheet(
    sheet: &mut Worksheet,
    report: &RegionalReport,
    lang: Lang,
    header: &Format,
    fills: &Fills,
) -> Result<(), XlsxError> {
    let t = |text| lang.text(text);
    sheet.set_name(t(Text::SheetComparison))?;
    let one_period = report.periods.iter().all(|p| {
        (p.period.baseline_year, p.period.target_year) == (report.baseline_year, report.target_year)
    });
    let years = [
        report.assessment_year,
        report.baseline_year,
        report.target_year,
    ];
    title_block(
        sheet,
        &lang.regional_title(
            &report.periods.iter().map(|p| p.plan).collect::<Vec<_>>(),
            report.assessment_year,
        ),
        years,
        one_period,
        lang,
    )?;
    sheet.write_string(2, 0, t(Text::NeedOrder))?;
    let columns = [
        t(Text::ColRegion),
        t(Text::ColIndicators),
        lang.status(Status::Met),
        lang.status(Status::NotMet),
        lang.status(Status::InsufficientData),
        lang.status(Status::NeedsJudgement),
        t(Text::ColMetShare),
        lang.warning(Warning::Red),
        lang.warning(Warning::Orange),
        lang.warning(Warning::Yellow),
    ];
    // Row 3: the indicators' names above their ids; row 4: the header.
    let first = columns.len() as u16;
    let names: Vec<&str> = report
        .regions
        .first()
        .map(|r| r.rows.iter().map(|row| row.name).collect())
        .unwrap_or_default();
    // Rows strictly in order: the sheet is written in constant-memory mode.
    for (k, name) in names.iter().enumerate() {
        sheet.write_string(3, first + k as u16, *name)?;
    }
    for (c, name) in columns.iter().enumerate() {
        sheet.write_string_with_format(4, c as u16, *name, header)?;
    }
    for (k, id) in report.comparison.indicators.iter().enumerate() {
        sheet.write_string_with_format(4, first + k as u16, *id, header)?;
    }
    let percent = Format::new().set_num_format("0.0%");
    for (i, line) in report.comparison.regions.iter().enumerate() {
        let row = 5 + i as u32;
        let c = &line.counts;
        sheet.write_string(row, 0, &line.region)?;
        let counts = [
            c.indicators,
            c.status.get(Status::Met),
            c.status.get(Status::NotMet),
            c.status.get(Status::InsufficientData),
            c.status.get(Status::NeedsJudgement),
        ];
        for (k, n) in counts.into_iter().enumerate() {
            sheet.write_number(row, 1 + k as u16, n as f64)?;
        }
        let fraction = c
            .met_share
            .and_then(|s| s.checked_div(Decimal::ONE_HUNDRED))
            .and_then(number);
        if let Some(fraction) = fraction {
            sheet.write_number_with_format(row, 6, fraction, &percent)?;
        }
        for (k, w) in [Warning::Red, Warning::Orange, Warning::Yellow]
            .into_iter()
            .enumerate()
        {
            sheet.write_number(row, 7 + k as u16, c.warnings.get(w) as f64)?;
        }
        for (k, cell) in line.cells.iter().enumerate() {
            let col = first + k as u16;
            let text = lang.status(cell.status);
            match cell.warning {
                Some(w) => sheet.write_string_with_format(row, col, text, fills.of(w))?,
                None => sheet.write_string(row, col, text)?,
            };
        }
    }
    sheet.set_freeze_panes(5, 1)?;
    sheet.set_column_width(0, 20)?;
    Ok(())
}

#[cfg(feature = "csv")]
fn region_rows_sheet(
    sheet: &mut Worksheet,
    report: &RegionalReport,
    lang: Lang,
    header: &Format,
    fills: &Fills,
) -> Result<(), XlsxError> {
    let t = |text| lang.text(text);
    sheet.set_name(t(Text::SheetRegionRows))?;
    let mut columns = vec![t(Text::ColRegion).to_owned(), t(Text::ColPlan).to_owned()];
    let one_period = report
        .periods
        .iter()
        .all(|p| p.period.target_year == report.target_year);
    let mut plan = plan_columns(report.target_year, lang);
    if !one_period {
        // Plans of different target years: the projection's column names none.
        plan[13] = t(Text::ColProjected).to_owned();
    }
    columns.extend(plan);
    for (c, name) in columns.iter().enumerate() {
        sheet.write_string_with_format(0, c as u16, name, header)?;
    }
    let by_name: std::collections::HashMap<&str, &super::regions::RegionReport> = report
        .regions
        .iter()
        .map(|r| (r.region.as_str(), r))
        .collect();
    let mut row = 1u32;
    for line in &report.comparison.regions {
        let Some(region) = by_name.get(line.region.as_str()) else {
            continue;
        };
        for r in &region.rows {
            sheet.write_string(row, 0, &region.region)?;
            sheet.write_string(row, 1, r.plan.title())?;
            indicator_cells(sheet, row, 2, r, lang, fills)?;
            row += 1;
        }
    }
    sheet.set_freeze_panes(1, 3)?;
    sheet.autofilter(0, 0, row.saturating_sub(1).max(1), columns.len() as u16 - 1)?;
    for (col, width) in [
        (0u16, 16.0),
        (1, 24.0),
        (2, 8.0),
        (3, 36.0),
        (5, 18.0),
        (17, 60.0),
    ] {
        sheet.set_column_width(col, width)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sheet_names_are_valid_and_distinct() {
        let long = "巫山县妇女发展规划（2021—2030年）：一个很长很长很长很长的标题[附表]";
        let first = sheet_name(long, &[]);
        assert!(first.chars().count() <= 31);
        assert!(!first.contains('['));
        let second = sheet_name(long, std::slice::from_ref(&first));
        assert_ne!(first, second);
        assert!(second.chars().count() <= 31, "{second}");
        assert_eq!(sheet_name("a/b", &[]), "a_b");
    }
}
