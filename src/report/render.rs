//! Rendering a [`Report`]: Markdown for people, CSV for spreadsheets, JSON for tools.
//!
//! # JSON schema
//!
//! ```text
//! {
//!   "assessment_year": 2024, "baseline_year": 2020, "target_year": 2030,
//!   "plan": "women" | "children" | null,
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
        r.explanation.clone(),
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

/// 达标状态 in words.
pub(super) fn status_zh(s: Status) -> &'static str {
    match s {
        Status::Met => "已达标",
        Status::NotMet => "未达标",
        Status::InsufficientData => "数据不足",
        Status::NeedsJudgement => "需研判",
    }
}

/// 展望 in words.
pub(super) fn outlook_zh(o: Outlook) -> &'static str {
    match o {
        Outlook::Achieved => "已实现",
        Outlook::OnTrack => "进展顺利",
        Outlook::AccelerationNeeded => "需加快",
        Outlook::LimitedProgress => "进展有限",
        Outlook::Deteriorating => "趋于恶化",
        Outlook::InsufficientData => "数据不足",
        Outlook::NeedsJudgement => "需研判",
    }
}

pub(super) fn warning_zh(w: Warning) -> &'static str {
    match w {
        Warning::Yellow => "黄色",
        Warning::Orange => "橙色",
        Warning::Red => "红色",
    }
}

fn rate_text(r: &ReportRow) -> String {
    match (r.rate, r.rate_kind) {
        (Some(rate), RateKind::Ratio) => format!("R={}", rate.round_dp(2)),
        (Some(rate), RateKind::PercentPerYear) => format!("{}%/年", rate.round_dp(2)),
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

fn summary_table(
    out: &mut String,
    groups: &[GroupSummary],
    label: impl Fn(&GroupSummary) -> String,
) {
    out.push_str(
        "| | 指标数 | 已达标 | 未达标 | 数据不足 | 需研判 | 达标率 | 已实现 | 进展顺利 | 需加快 | 进展有限 | 趋于恶化 | 预警 红/橙/黄 |\n",
    );
    out.push_str("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
    for g in groups {
        counts_line(out, &label(g), &g.counts);
    }
}

/// The report for people: summary per plan and area, the warnings (binding first), then one
/// table per plan. Indicator names and labels are in Chinese, as in the plans; the snake_case
/// names of tools are given in the legend.
pub fn markdown(report: &Report) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# 妇女儿童发展规划监测报告（{}年）\n\nAssessment year {}, baseline {}, target {}.\n",
        report.assessment_year, report.assessment_year, report.baseline_year, report.target_year
    );
    out.push_str("## 总体情况 Summary\n\n");
    summary_table(&mut out, &report.summary.plans, |g| {
        g.plan.title().to_owned()
    });
    out.push_str("\n### 分领域 By area\n\n");
    summary_table(&mut out, &report.summary.areas, |g| {
        format!("{} · {}", g.plan.title(), g.area.as_deref().unwrap_or(""))
    });
    out.push_str("\n达标率 = 已达标 / (已达标 + 未达标).\n\n## 预警 Warnings\n\n");
    if report.warnings.is_empty() {
        out.push_str("无预警。\n");
    } else {
        out.push_str("| 预警 | 编号 | 指标 | 属性 | 状态 | 展望 |\n|---|---|---|---|---|---|\n");
        for w in &report.warnings {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} | {} |",
                warning_zh(w.level),
                w.id,
                cell(w.name),
                w.attribute.map_or("", |a| a.as_chinese()),
                status_zh(w.status),
                outlook_zh(w.outlook),
            );
        }
    }
    for plan in report.summary.plans.iter().map(|g| g.plan) {
        let rows: Vec<&ReportRow> = report.rows.iter().filter(|r| r.plan == plan).collect();
        if rows.is_empty() {
            continue;
        }
        let _ = writeln!(out, "\n## {}\n", plan.title());
        let _ = writeln!(
            out,
            "| 编号 | 指标 | 单位 | 目标 | 属性 | 基期 | 当前 | 状态 | 展望 | 速度 | {}预测 | 预警 |",
            plan.target_year()
        );
        out.push_str("|---|---|---|---|---|---|---|---|---|---|---:|---|\n");
        for r in rows {
            let point = |p: &Option<super::Point>| {
                p.as_ref()
                    .map_or_else(String::new, |p| format!("{} ({})", p.value, p.year))
            };
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |",
                r.id,
                cell(r.name),
                r.unit.unwrap_or(""),
                cell(r.target),
                r.attribute.map_or("", |a| a.as_chinese()),
                point(&r.baseline),
                point(&r.current),
                status_zh(r.status),
                outlook_zh(r.outlook),
                rate_text(r),
                r.projected.map_or_else(String::new, |p| p.to_string()),
                r.warning.map_or("", warning_zh),
            );
        }
    }
    let noted: Vec<&ReportRow> = report.rows.iter().filter(|r| !r.notes.is_empty()).collect();
    if !noted.is_empty() {
        out.push_str("\n## 数据备注 Notes from the data\n\n");
        for r in noted {
            for note in &r.notes {
                let _ = writeln!(out, "- {} {}: {}", r.id, r.name, cell(&note.to_string()));
            }
        }
    }
    let _ = writeln!(
        out,
        "\n状态 status: 已达标 met · 未达标 not_met · 数据不足 insufficient_data · 需研判 needs_judgement. \
         展望 outlook: 已实现 achieved · 进展顺利 on_track · 需加快 acceleration_needed · \
         进展有限 limited_progress · 趋于恶化 deteriorating. 速度: R = actual/required rate, or %/年 \
         for directional goals. {}预测: least-squares projection, for reading only.",
        report.target_year
    );
    out
}
