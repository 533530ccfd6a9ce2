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
use super::render::{projected_label, summary_columns};
use super::{Counts, GroupSummary, Report, ReportRow};
use crate::catalog::Plan;
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
    let mut workbook = Workbook::new();
    let header = Format::new()
        .set_bold()
        .set_background_color(Color::RGB(0xEE_EE_EE))
        .set_border_bottom(FormatBorder::Thin);
    summary_sheet(workbook.add_worksheet(), report, lang, &header)?;
    let mut names: Vec<String> = Vec::new();
    for plan in Plan::ALL {
        let rows: Vec<&ReportRow> = report.rows.iter().filter(|r| r.plan == plan).collect();
        if rows.is_empty() {
            continue;
        }
        let name = sheet_name(plan.title(), &names);
        names.push(name.clone());
        let sheet = workbook.add_worksheet();
        sheet.set_name(name)?;
        plan_sheet(sheet, report, &rows, lang, &header)?;
    }
    Ok(workbook.save_to_buffer()?)
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
    sheet.write_string_with_format(
        0,
        0,
        lang.title(report.assessment_year),
        &bold.clone().set_font_size(14),
    )?;
    let period = [
        (t(Text::ColAssessmentYear), report.assessment_year),
        (t(Text::ColBaseline), report.baseline_year),
        (t(Text::ColTargetYear), report.target_year),
    ];
    for (i, (label, year)) in period.iter().enumerate() {
        let col = 2 * i as u16;
        sheet.write_string(1, col, *label)?;
        sheet.write_number(1, col + 1, *year)?;
    }
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
        for g in groups {
            sheet.write_string(row, 0, g.plan.title())?;
            sheet.write_string(row, 1, g.area.as_deref().unwrap_or(t(Text::All)))?;
            counts_row(sheet, row, 2, &g.counts)?;
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

/// The columns of a plan sheet, in `lang`.
fn plan_columns(report: &Report, lang: Lang) -> Vec<String> {
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
        projected_label(report, lang),
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
    report: &Report,
    rows: &[&ReportRow],
    lang: Lang,
    header: &Format,
) -> Result<(), XlsxError> {
    for (c, name) in plan_columns(report, lang).iter().enumerate() {
        sheet.write_string_with_format(0, c as u16, name, header)?;
    }
    sheet.set_freeze_panes(1, 2)?;
    for (i, r) in rows.iter().enumerate() {
        let row = i as u32 + 1;
        match r.warning {
            Some(w) => {
                let fill = Format::new().set_background_color(Color::RGB(warning_fill(w)));
                sheet.write_string_with_format(row, 0, r.id, &fill)?;
                sheet.write_string_with_format(row, 14, lang.warning(w), &fill)?;
            }
            None => {
                sheet.write_string(row, 0, r.id)?;
            }
        }
        sheet.write_string(row, 1, r.name)?;
        sheet.write_string(row, 2, r.unit.unwrap_or(""))?;
        sheet.write_string(row, 3, r.target)?;
        sheet.write_string(row, 4, r.attribute.map_or("", |a| lang.attribute(a)))?;
        for (col, point) in [(5u16, &r.baseline), (7, &r.current)] {
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
        sheet.write_string(row, 9, lang.status(r.status))?;
        sheet.write_string(row, 10, lang.outlook(r.outlook))?;
        if let Some(rate) = r.rate {
            write_decimal(sheet, row, 11, rate.round_dp(2))?;
        }
        sheet.write_string(row, 12, rate_kind(r.rate_kind, lang))?;
        if let Some(p) = r.projected {
            write_decimal(sheet, row, 13, p)?;
        }
        sheet.write_string(row, 15, r.explanation.to_string())?;
        let notes: Vec<String> = r.notes.iter().map(ToString::to_string).collect();
        sheet.write_string(row, 16, notes.join("; "))?;
    }
    for (col, width) in [(0u16, 8.0), (1, 36.0), (3, 18.0), (15, 60.0), (16, 30.0)] {
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
