//! Rendering a [`Report`]: Markdown for people, CSV for spreadsheets, JSON for tools (HTML and
//! xlsx: [`super::html`], [`super::xlsx`]).
//!
//! # JSON schema
//!
//! ```text
//! {
//!   "assessment_year": 2024, "baseline_year": 2020, "target_year": 2030,
//!   "plan": "women" | "children" | null,
//!   "periods": [{"plan": "women", "baseline_year": 2020, "target_year": 2030}],
//!   "rows": [{
//!     "id": "W03", "plan": "women", "area": "妇女与健康", "name": "孕产妇死亡率",
//!     "unit": "1/10万" | null, "target": "<8", "kind": "comparison",
//!     "attribute": "binding" | "expected" | null,
//!     "baseline": {"year": 2020, "value": "≤14"} | null,
//!     "current":  {"year": 2024, "value": "7.9"} | null,
//!     "status": "met" | "not_met" | "insufficient_data" | "needs_judgement",
//!     "outlook": "achieved" | "on_track" | "acceleration_needed" | "limited_progress"
//!              | "deteriorating" | "insufficient_data" | "needs_judgement",
//!     "rate": "0.93" | null, "rate_kind": "ratio" | "percent_per_year" | "none",
//!     "projected": "7.1" | null,
//!     "warning": "yellow" | "orange" | "red" | null,
//!     "explanation": "…",
//!     "notes": [{"year": 2020, "column": "note", "text": "公布值为上限"}]
//!   }],
//!   "summary": {
//!     "plans": [{"plan": "women", "area": null, "indicators": 48,
//!                "status": {"met": 20, …}, "outlook": {"on_track": 9, …},
//!                "assessable": 30, "met_share": "66.7" | null,
//!                "warnings": {"red": 2, "orange": 3, "yellow": 4}}],
//!     "areas": [{"plan": "women", "area": "妇女与健康", …same counts…}]
//!   },
//!   "warnings": [{"id", "name", "attribute", "level", "status", "outlook"}]
//! }
//! ```
//!
//! Decimals are strings, so no precision is lost; counts and years are numbers.

use std::fmt::Write as _;

use super::lang::{Lang, Text};
use super::{Counts, GroupSummary, Report, ReportRow};
use crate::eval::Status;
use crate::outlook::{Outlook, RateKind, Warning};

#[cfg(feature = "json")]
/// The report as pretty-printed JSON (schema in the module docs), with a final newline.
pub fn json(report: &Report) -> String {
    let mut out = serde_json::to_string_pretty(report).unwrap_or_else(|e| {
        // Every field is a string, number, bool or map with string keys: this cannot fail.
        format!("{{\"error\": \"{e}\"}}")
    });
    out.push('\n');
    out
}

#[cfg(feature = "csv")]
/// The columns of [`csv()`].
pub const CSV_COLUMNS: [&str; 21] = [
    "id",
    "plan",
    "area",
    "name",
    "unit",
    "target",
    "kind",
    "attribute",
    "baseline_year",
    "baseline_value",
    "current_year",
    "current_value",
    "status",
    "outlook",
    "rate",
    "rate_kind",
    "projected",
    "warning",
    "assessment_year",
    "explanation",
    "notes",
];

#[cfg(feature = "csv")]
/// One row per indicator, UTF-8 with a byte-order mark so that Excel reads the Chinese text
/// correctly; `\r\n` line ends. Empty cells for missing values.
pub fn csv(report: &Report) -> String {
    let mut writer = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let mut rows: Vec<Vec<String>> = vec![CSV_COLUMNS.iter().map(|c| (*c).to_owned()).collect()];
    rows.extend(
        report
            .rows
            .iter()
            .map(|r| csv_record(r, report.assessment_year)),
    );
    let mut failed = None;
    for record in rows {
        if let Err(e) = writer.write_record(&record) {
            failed = Some(e);
        }
    }
    let bytes = writer.into_inner().unwrap_or_default();
    let mut out = String::from("\u{feff}");
    // The records are Rust strings: the bytes are UTF-8.
    out.push_str(&String::from_utf8_lossy(&bytes));
    if let Some(e) = failed {
        let _ = writeln!(out, "error: {e}");
    }
    out
}

#[cfg(feature = "csv")]
pub(super) fn csv_record(r: &ReportRow, year: i32) -> Vec<String> {
    let opt = |s: Option<String>| s.unwrap_or_default();
    vec![
        r.id.to_owned(),
        r.plan.as_str().to_owned(),
        r.area.to_owned(),
        r.name.to_owned(),
        opt(r.unit.map(str::to_owned)),
        r.target.to_owned(),
        r.kind.as_str().to_owned(),
        opt(r.attribute.map(|a| a.as_str().to_owned())),
        opt(r.baseline.as_ref().map(|p| p.year.to_string())),
        opt(r.baseline.as_ref().map(|p| p.value.to_string())),
        opt(r.current.as_ref().map(|p| p.year.to_string())),
        opt(r.current.as_ref().map(|p| p.value.to_string())),
        r.status.as_str().to_owned(),
        r.outlook.as_str().to_owned(),
        opt(r.rate.map(|d| d.to_string())),
        rate_kind(r.rate_kind).to_owned(),
        opt(r.projected.map(|d| d.to_string())),
        opt(r.warning.map(|w| w.as_str().to_owned())),
        year.to_string(),
        r.explanation.to_string(),
        r.notes
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("; "),
    ]
}

#[cfg(feature = "csv")]
fn rate_kind(kind: RateKind) -> &'static str {
    match kind {
        RateKind::Ratio => "ratio",
        RateKind::PercentPerYear => "percent_per_year",
        RateKind::None => "none",
    }
}

fn rate_text(r: &ReportRow, lang: Lang) -> String {
    match (r.rate, r.rate_kind) {
        (Some(rate), RateKind::Ratio) => format!("R={}", rate.round_dp(2)),
        (Some(rate), RateKind::PercentPerYear) => {
            format!("{}{}", rate.round_dp(2), lang.text(Text::PerYear))
        }
        _ => String::new(),
    }
}

/// Escapes the characters that would break a Markdown table cell.
pub(super) fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

fn counts_line(out: &mut String, label: &str, c: &Counts) {
    let share = c
        .met_share
        .map_or_else(|| "—".to_owned(), |s| format!("{s}%"));
    let status = |k| c.status.get(k);
    let outlook = |k| c.outlook.get(k);
    let warn = |k| c.warnings.get(k);
    let _ = writeln!(
        out,
        "| {label} | {} | {} | {} | {} | {} | {share} | {} | {} | {} | {} | {} | {} / {} / {} |",
        c.indicators,
        status(Status::Met),
        status(Status::NotMet),
        status(Status::InsufficientData),
        status(Status::NeedsJudgement),
        outlook(Outlook::Achieved),
        outlook(Outlook::OnTrack),
        outlook(Outlook::AccelerationNeeded),
        outlook(Outlook::LimitedProgress),
        outlook(Outlook::Deteriorating),
        warn(Warning::Red),
        warn(Warning::Orange),
        warn(Warning::Yellow),
    );
}

/// The summary table's column labels after the group's: counts, statuses, share, outlooks,
/// warnings.
pub(crate) fn summary_columns(lang: Lang) -> Vec<&'static str> {
    let mut columns = vec![lang.text(Text::ColIndicators)];
    columns.extend(
        [
            Status::Met,
            Status::NotMet,
            Status::InsufficientData,
            Status::NeedsJudgement,
        ]
        .map(|s| lang.status(s)),
    );
    columns.push(lang.text(Text::ColMetShare));
    columns.extend(
        [
            Outlook::Achieved,
            Outlook::OnTrack,
            Outlook::AccelerationNeeded,
            Outlook::LimitedProgress,
            Outlook::Deteriorating,
        ]
        .map(|o| lang.outlook(o)),
    );
    columns.push(lang.text(Text::ColWarnings));
    columns
}

fn summary_table(
    out: &mut String,
    groups: &[GroupSummary],
    lang: Lang,
    label: impl Fn(&GroupSummary) -> String,
) {
    let _ = writeln!(out, "| | {} |", summary_columns(lang).join(" | "));
    out.push_str("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
    for g in groups {
        counts_line(out, &label(g), &g.counts);
    }
}

/// The Chinese report for people: [`markdown_in`] with [`Lang::Zh`].
pub fn markdown(report: &Report) -> String {
    markdown_in(report, Lang::Zh)
}

/// The report for people: summary per plan and area, the warnings (binding first), then one
/// table per plan, then the data's notes. Every fixed text is in `lang`; indicator names,
/// areas and plan titles are as the plans write them.
///
/// ```
/// use plan_targets::data::Dataset;
/// use plan_targets::report::{Monitor, ReportOptions, lang::Lang, render};
///
/// let report = Monitor::new(ReportOptions::default())?.report(&Dataset::default());
/// assert!(render::markdown_in(&report, Lang::En).contains("\n## Summary\n"));
/// assert!(render::markdown_in(&report, Lang::Zh).contains("\n## 总体情况\n"));
/// # Ok::<(), plan_targets::eval::PolicyError>(())
/// ```
pub fn markdown_in(report: &Report, lang: Lang) -> String {
    let t = |text| lang.text(text);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# {}\n\n{}",
        lang.title(&report.plans().collect::<Vec<_>>(), report.assessment_year),
        period_line(report, lang)
    );
    let _ = writeln!(out, "## {}\n", t(Text::Summary));
    summary_table(&mut out, &report.summary.plans, lang, |g| {
        g.plan.title().to_owned()
    });
    let _ = writeln!(out, "\n### {}\n", t(Text::ByArea));
    summary_table(&mut out, &report.summary.areas, lang, |g| {
        format!("{} · {}", g.plan.title(), g.area.as_deref().unwrap_or(""))
    });
    let _ = writeln!(
        out,
        "\n{}\n\n## {}\n",
        t(Text::MetShareNote),
        t(Text::Warnings)
    );
    if report.warnings.is_empty() {
        let _ = writeln!(out, "{}", t(Text::NoWarnings));
    } else {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} |\n|---|---|---|---|---|---|",
            t(Text::ColWarning),
            t(Text::ColId),
            t(Text::ColName),
            t(Text::ColAttribute),
            t(Text::ColStatus),
            t(Text::ColOutlook),
        );
        for w in &report.warnings {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} | {} |",
                lang.warning(w.level),
                w.id,
                cell(w.name),
                w.attribute.map_or("", |a| lang.attribute(a)),
                lang.status(w.status),
                lang.outlook(w.outlook),
            );
        }
    }
    for plan in report.plans() {
        let rows: Vec<&ReportRow> = report.rows_of(plan).collect();
        if rows.is_empty() {
            continue;
        }
        let _ = writeln!(out, "\n## {}\n", plan.title());
        if !report.one_period() {
            let _ = writeln!(out, "{}", plan_period_line(report, plan, lang));
        }
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |",
            t(Text::ColId),
            t(Text::ColName),
            t(Text::ColUnit),
            t(Text::ColTarget),
            t(Text::ColAttribute),
            t(Text::ColBaseline),
            t(Text::ColCurrent),
            t(Text::ColStatus),
            t(Text::ColOutlook),
            t(Text::ColRate),
            projected_label(report.period_of(plan).target_year, lang),
            t(Text::ColWarning),
        );
        out.push_str("|---|---|---|---|---|---|---|---|---|---|---:|---|\n");
        for r in rows {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |",
                r.id,
                cell(r.name),
                r.unit.unwrap_or(""),
                cell(r.target),
                r.attribute.map_or("", |a| lang.attribute(a)),
                point_text(&r.baseline),
                point_text(&r.current),
                lang.status(r.status),
                lang.outlook(r.outlook),
                rate_text(r, lang),
                r.projected.map_or_else(String::new, |p| p.to_string()),
                r.warning.map_or("", |w| lang.warning(w)),
            );
        }
    }
    let noted: Vec<&ReportRow> = report.rows.iter().filter(|r| !r.notes.is_empty()).collect();
    if !noted.is_empty() {
        let _ = writeln!(out, "\n## {}\n", t(Text::Notes));
        for r in noted {
            for note in &r.notes {
                let _ = writeln!(out, "- {} {}: {}", r.id, r.name, cell(&note.to_string()));
            }
        }
    }
    let _ = writeln!(out, "\n{}", t(Text::Legend));
    out
}

/// `评估年度 2024，基期 2020，目标年 2030。` / `Assessment year 2024, baseline 2020, target
/// year 2030.`; when the report's plans have different periods, the assessment year alone
/// (each plan's section states its period: [`plan_period_line`]).
pub(crate) fn period_line(report: &Report, lang: Lang) -> String {
    let t = |text| lang.text(text);
    if !report.one_period() {
        return match lang {
            Lang::Zh => format!("{} {}。\n", t(Text::AssessmentYear), report.assessment_year),
            Lang::En => format!("{} {}.\n", t(Text::AssessmentYear), report.assessment_year),
        };
    }
    match lang {
        Lang::Zh => format!(
            "{} {}，{} {}，{} {}。\n",
            t(Text::AssessmentYear),
            report.assessment_year,
            t(Text::Baseline),
            report.baseline_year,
            t(Text::Target),
            report.target_year
        ),
        Lang::En => format!(
            "{} {}, {} {}, {} {}.\n",
            t(Text::AssessmentYear),
            report.assessment_year,
            t(Text::Baseline),
            report.baseline_year,
            t(Text::Target),
            report.target_year
        ),
    }
}

/// A plan's period: `基期 2020，目标年 2025。` / `Baseline 2020, target year 2025.`
pub(crate) fn plan_period_line(report: &Report, plan: crate::catalog::Plan, lang: Lang) -> String {
    let t = |text| lang.text(text);
    let period = report.period_of(plan);
    match lang {
        Lang::Zh => format!(
            "{} {}，{} {}。",
            t(Text::Baseline),
            period.baseline_year,
            t(Text::Target),
            period.target_year
        ),
        Lang::En => format!(
            "Baseline {}, {} {}.",
            period.baseline_year,
            t(Text::Target),
            period.target_year
        ),
    }
}

/// `2030预测` / `Projected 2030`, for the target year `year`.
pub(crate) fn projected_label(year: crate::series::Year, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{}{}", year, lang.text(Text::ColProjected)),
        Lang::En => format!("{} {}", lang.text(Text::ColProjected), year),
    }
}

/// `78.99 (2020)`, or empty.
pub(crate) fn point_text(point: &Option<super::Point>) -> String {
    point
        .as_ref()
        .map_or_else(String::new, |p| format!("{} ({})", p.value, p.year))
}
