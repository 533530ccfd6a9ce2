//! Reports over regions: one report per region of a data file with a `region` column, and a
//! cross-region comparison.
//!
//! Every region is assessed as of the same year (the options' year, or the latest year in any
//! region), so their statuses compare. The comparison is a table of regions × indicators with
//! each cell's status and warning, and per region the counts and the 达标率 (met share), the
//! regions most in need first: most red warnings, then the lowest 达标率 (regions with nothing
//! assessable after those with a share), then most orange and yellow warnings, then the order of
//! the file.
//!
//! # Output
//!
//! - JSON: `{"assessment_year", "baseline_year", "target_year", "plan", "periods", "regions": [{"region",
//!   "rows", "summary", "warnings"}], "comparison": {"indicators": ["W01", …], "regions":
//!   [{"region", "counts": {…as a summary's…}, "cells": [{"status", "warning"}]}]}}`; `rows`,
//!   `summary` and `warnings` as in the single-region schema ([`super::render`]).
//! - CSV: the single-region columns after a leading `region` column, regions in file order.
//! - Markdown: the cross-region table first, then one section per region.
//!
//! ```
//! use plan_targets::data::Regions;
//! use plan_targets::report::{Monitor, ReportOptions};
//!
//! let regions = Regions::from_csv_reader(
//!     "region,indicator,year,value\n甲县,W02,2020,78.99\n甲县,W02,2024,79.95\n\
//!      乙县,W02,2020,80\n乙县,W02,2024,82.5\n"
//!         .as_bytes(),
//! )?;
//! let report = Monitor::new(ReportOptions::default())?.report_regions(&regions);
//! assert_eq!(report.regions.len(), 2);
//! let w02 = |r: usize| report.regions[r].rows.iter().find(|row| row.id == "W02").unwrap().status;
//! assert_eq!((w02(0).as_str(), w02(1).as_str()), ("not_met", "met"));
//! // 甲县 needs more: its 达标率 is lower.
//! assert_eq!(report.comparison.regions[0].region, "甲县");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::fmt::Write as _;

use serde::Serialize;

use super::lang::{Lang, Text};
use super::render::cell;
use super::{Counts, Monitor, Plan, PlanPeriod, Report, ReportRow, Summary, WarningEntry};
use crate::data::Regions;
use crate::eval::Status;
use crate::outlook::Warning;
use crate::series::Year;

/// A report per region and their comparison.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RegionalReport {
    /// The assessment year t, the same for every region.
    pub assessment_year: Year,
    /// The baseline year B.
    pub baseline_year: Year,
    /// The target year T.
    pub target_year: Year,
    /// The plan reported on, or `None` for every plan.
    pub plan: Option<Plan>,
    /// Each plan with its period, as [`Report::periods`].
    pub periods: Vec<PlanPeriod>,
    /// One report per region, in the order of the data file.
    pub regions: Vec<RegionReport>,
    /// Regions × indicators, the regions most in need first.
    pub comparison: RegionComparison,
}

/// One region's report: the single-region report's rows, summary and warnings.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RegionReport {
    /// The region as the data file names it.
    pub region: String,
    /// One row per indicator.
    pub rows: Vec<ReportRow>,
    /// Counts per plan and area.
    pub summary: Summary,
    /// The raised warnings, binding indicators first.
    pub warnings: Vec<WarningEntry>,
}

/// The cross-region table.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RegionComparison {
    /// The indicators' ids: the columns.
    pub indicators: Vec<&'static str>,
    /// One line per region, the most in need first.
    pub regions: Vec<ComparisonRow>,
}

/// A region's line in the comparison.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ComparisonRow {
    /// The region.
    pub region: String,
    /// Its counts over every indicator (达标率 is `met_share`).
    pub counts: Counts,
    /// Per indicator, in the order of [`RegionComparison::indicators`].
    pub cells: Vec<Cell>,
}

/// One region's status and warning for one indicator.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Cell {
    /// The status.
    pub status: Status,
    /// The warning, if raised.
    pub warning: Option<Warning>,
}

impl Monitor {
    /// The report on every region, each as of the same year: the options' year, or the latest
    /// year in any region.
    pub fn report_regions(&self, regions: &Regions) -> RegionalReport {
        let year = self
            .options()
            .year
            .or_else(|| regions.latest_year())
            .unwrap_or(self.period.baseline_year);
        let reports: Vec<(String, Report)> = regions
            .iter()
            .map(|r| (r.name.clone(), self.report_at(&r.data, year)))
            .collect();
        RegionalReport::new(self, year, reports)
    }
}

impl RegionalReport {
    fn new(monitor: &Monitor, year: Year, reports: Vec<(String, Report)>) -> RegionalReport {
        let indicators = monitor.indicator_ids().collect();
        let mut lines: Vec<(usize, ComparisonRow)> = reports
            .iter()
            .enumerate()
            .map(|(i, (region, report))| {
                let row = ComparisonRow {
                    region: region.clone(),
                    counts: Counts::of(&report.rows),
                    cells: report
                        .rows
                        .iter()
                        .map(|r| Cell {
                            status: r.status,
                            warning: r.warning,
                        })
                        .collect(),
                };
                (i, row)
            })
            .collect();
        lines.sort_by(|(i, a), (j, b)| {
            let c = |r: &ComparisonRow, w| r.counts.warnings.get(w);
            c(b, Warning::Red)
                .cmp(&c(a, Warning::Red))
                .then_with(|| match (a.counts.met_share, b.counts.met_share) {
                    (Some(x), Some(y)) => x.cmp(&y),
                    (Some(_), None) => std::cmp::Ordering::Less,
                    (None, Some(_)) => std::cmp::Ordering::Greater,
                    (None, None) => std::cmp::Ordering::Equal,
                })
                .then_with(|| c(b, Warning::Orange).cmp(&c(a, Warning::Orange)))
                .then_with(|| c(b, Warning::Yellow).cmp(&c(a, Warning::Yellow)))
                .then_with(|| i.cmp(j))
        });
        let periods = reports
            .first()
            .map(|(_, report)| report.periods.clone())
            .unwrap_or_default();
        RegionalReport {
            assessment_year: year,
            baseline_year: monitor.period.baseline_year,
            target_year: monitor.period.target_year,
            plan: monitor.options().plan,
            periods,
            regions: reports
                .into_iter()
                .map(|(region, report)| RegionReport {
                    region,
                    rows: report.rows,
                    summary: report.summary,
                    warnings: report.warnings,
                })
                .collect(),
            comparison: RegionComparison {
                indicators,
                regions: lines.into_iter().map(|(_, row)| row).collect(),
            },
        }
    }

    /// One region's part as a single-region [`Report`] (to render it alone).
    pub fn region_report(&self, index: usize) -> Option<Report> {
        let r = self.regions.get(index)?;
        Some(Report {
            assessment_year: self.assessment_year,
            baseline_year: self.baseline_year,
            target_year: self.target_year,
            plan: self.plan,
            periods: self.periods.clone(),
            rows: r.rows.clone(),
            summary: r.summary.clone(),
            warnings: r.warnings.clone(),
        })
    }
}

#[cfg(feature = "json")]
/// The regional report as pretty-printed JSON (schema in the module docs), with a final newline.
pub fn json(report: &RegionalReport) -> String {
    let mut out =
        serde_json::to_string_pretty(report).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    out.push('\n');
    out
}

#[cfg(feature = "csv")]
/// Every region's rows: a leading `region` column, then [`super::render::CSV_COLUMNS`]; UTF-8
/// with a byte order mark and `\r\n` line ends, as the single-region CSV.
pub fn csv(report: &RegionalReport) -> String {
    let mut bytes = "\u{feff}".as_bytes().to_vec();
    // Writing to a Vec cannot fail; a failure would only lose the rest of the output.
    let _ = write_csv(report, &mut bytes);
    // Every field is a Rust string: the bytes are UTF-8.
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

#[cfg(feature = "csv")]
/// Writes [`csv()`]'s records (without the byte order mark) to `out` as they are made, so that
/// a national report need not be held as text.
///
/// # Errors
///
/// The writer's.
pub fn write_csv(report: &RegionalReport, out: impl std::io::Write) -> std::io::Result<()> {
    let mut writer = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .from_writer(out);
    writer.write_record(std::iter::once("region").chain(super::render::CSV_COLUMNS))?;
    for region in &report.regions {
        for row in &region.rows {
            let record = super::render::csv_record(row, report.assessment_year);
            writer.write_record(
                std::iter::once(region.region.as_str()).chain(record.iter().map(String::as_str)),
            )?;
        }
    }
    writer.flush()?;
    Ok(())
}

/// The Chinese report for people: [`markdown_in`] with [`Lang::Zh`].
pub fn markdown(report: &RegionalReport) -> String {
    markdown_in(report, Lang::Zh)
}

/// The report for people, every fixed text in `lang`: the cross-region table first (regions
/// most in need first), then one section per region as the single-region report writes it
/// (headings one level down).
pub fn markdown_in(report: &RegionalReport, lang: Lang) -> String {
    let t = |text| lang.text(text);
    let mut out = String::new();
    let first = report.region_report(0);
    let period = first
        .as_ref()
        .map(|r| super::render::period_line(r, lang))
        .unwrap_or_default();
    let _ = writeln!(
        out,
        "# {}\n\n{} {}\n",
        lang.regional_title(
            &report.periods.iter().map(|p| p.plan).collect::<Vec<_>>(),
            report.assessment_year
        ),
        period.trim_end(),
        lang.region_count(report.regions.len())
    );
    let _ = writeln!(
        out,
        "## {}\n\n{}\n",
        t(Text::RegionsCompared),
        t(Text::NeedOrder)
    );
    let _ = write!(
        out,
        "| {} | {} | {} | {} | {} | {} | {} | {} |",
        t(Text::ColRegion),
        t(Text::ColIndicators),
        lang.status(Status::Met),
        lang.status(Status::NotMet),
        t(Text::ColMetShare),
        lang.warning(Warning::Red),
        lang.warning(Warning::Orange),
        lang.warning(Warning::Yellow),
    );
    let ids = &report.comparison.indicators;
    for id in ids {
        let _ = write!(out, " {id} |");
    }
    out.push_str("\n|---|---:|---:|---:|---:|---:|---:|---:|");
    for _ in ids {
        out.push_str("---|");
    }
    out.push('\n');
    for line in &report.comparison.regions {
        let c = &line.counts;
        let _ = write!(
            out,
            "| {} | {} | {} | {} | {} | {} | {} | {} |",
            cell(&line.region),
            c.indicators,
            c.status.get(Status::Met),
            c.status.get(Status::NotMet),
            c.met_share
                .map_or_else(|| "—".to_owned(), |s| format!("{s}%")),
            c.warnings.get(Warning::Red),
            c.warnings.get(Warning::Orange),
            c.warnings.get(Warning::Yellow),
        );
        for cell in &line.cells {
            match cell.warning {
                Some(w) => {
                    let _ = write!(out, " {}·{} |", lang.status(cell.status), lang.warning(w));
                }
                None => {
                    let _ = write!(out, " {} |", lang.status(cell.status));
                }
            }
        }
        out.push('\n');
    }
    for index in 0..report.regions.len() {
        let Some(single) = report.region_report(index) else {
            continue;
        };
        let name = cell(&report.regions[index].region);
        match lang {
            Lang::Zh => {
                let _ = writeln!(out, "\n## {}：{name}\n", t(Text::ColRegion));
            }
            Lang::En => {
                let _ = writeln!(out, "\n## {}: {name}\n", t(Text::ColRegion));
            }
        }
        let text = super::render::markdown_in(&single, lang);
        // The single report's title is replaced by the region's heading; its sections go one
        // level down.
        for line in text.lines().skip_while(|l| !l.starts_with("## ")) {
            if line.starts_with('#') {
                out.push('#');
            }
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}
