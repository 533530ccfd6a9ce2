//! The report as one self-contained HTML page, with an inline SVG chart per indicator.
//!
//! The page has no script, no external style sheet, font or image and makes no request: it
//! opens from a file, a mail attachment or a USB stick alike, and prints on A4 with every
//! indicator's block kept whole (`break-inside: avoid`).
//!
//! Order: the title and period, the summary per plan and per area, the warnings (each linking
//! to its indicator), then per plan one block per indicator: its chart next to its target,
//! baseline, current value, status, outlook, pace, projection, explanation and the data's notes.
//!
//! A regional report ([`regional`]) is one page too: the cross-region table first, then a
//! collapsed section per region (the [`MAX_DETAILED_REGIONS`] most in need) with the same
//! blocks.
//!
//! The chart of an indicator shows, on the years from the baseline to the target year:
//! - the observed series (a line with a dot per year; a figure published only as a bound,
//!   `≤14`, is a hollow dot at the bound), the baseline as a square;
//! - the target the evaluation applies: a line for a bound (`≥82.3`), a band for a range,
//!   `45左右` and `趋于平衡` (its tolerance band), a line at the ratio's second term per unit of
//!   the first for `1:1.2`; none for directional and qualitative goals;
//! - the least-squares projection to the target year as a dashed line;
//! - in the warning's colour (red, orange, yellow; blue when no warning is raised).
//!
//! # Escaping
//!
//! The page is built with [`maud`], whose templates escape every interpolated value, text and
//! attribute alike: indicator names, areas, units, targets, notes and column names of the data
//! file can hold any text, `<script>` included, and it shows as text. The SVG is built with the
//! same templates (elements and numeric attributes, no path strings assembled by hand); the
//! only unescaped text on the page is the style sheet, a constant of this module.
//!
//! ```
//! use plan_targets::data::Dataset;
//! use plan_targets::report::{Monitor, ReportOptions, html, lang::Lang};
//!
//! let data = Dataset::from_csv_str(
//!     "indicator,year,value,note\nW02,2020,78.99,<script>alert(1)</script>\nW02,2024,79.95,\n",
//! )?;
//! let options = ReportOptions::default();
//! let report = Monitor::new(options.clone())?.report(&data);
//! let page = html::html(&report, &data, &options, Lang::Zh);
//! assert!(page.contains(r#"<svg class="chart" id="chart-W02""#));
//! assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
//! assert!(!page.contains("<script"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

#[cfg(feature = "csv")]
use std::collections::HashMap;

use maud::{DOCTYPE, Markup, PreEscaped, html as template};
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

use super::lang::{Lang, Text};
#[cfg(feature = "csv")]
use super::regions::RegionalReport;
use super::render::{period_line, plan_period_line, point_text, projected_label, summary_columns};
use super::{Counts, GroupSummary, Report, ReportOptions, ReportRow};
use crate::catalog::Plan;
use crate::data::Dataset;
#[cfg(feature = "csv")]
use crate::data::Regions;
use crate::eval::{self, Context, Status, Threshold};
use crate::outlook::{Outlook, RateKind, Warning};
use crate::series::{Observation, Year};

/// The page's style sheet: screen and A4 print.
const CSS: &str = r#"
:root { --red: #c62828; --orange: #ef6c00; --yellow: #c59b00; --none: #1f5fa8; --ink: #222; }
* { box-sizing: border-box; }
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei",
  "WenQuanYi Micro Hei", sans-serif; color: var(--ink); margin: 0 auto; max-width: 1100px; padding: 16px 24px;
  font-size: 14px; line-height: 1.45; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 18px; border-bottom: 2px solid #ccc; padding-bottom: 2px; margin-top: 24px; }
h3 { font-size: 15px; margin: 0 0 6px; }
table { border-collapse: collapse; margin: 6px 0; font-size: 12.5px; }
th, td { border: 1px solid #ccc; padding: 2px 6px; text-align: left; vertical-align: top; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
th { background: #f3f3f3; }
.tag { display: inline-block; padding: 0 6px; border-radius: 3px; color: #fff; font-size: 12px; }
.tag.red { background: var(--red); } .tag.orange { background: var(--orange); }
.tag.yellow { background: var(--yellow); } .tag.none { background: #888; }
.indicator { border: 1px solid #ddd; border-left: 5px solid var(--none); padding: 6px 8px;
  margin: 0 0 8px; break-inside: avoid; page-break-inside: avoid; }
.indicator .body { display: grid; grid-template-columns: minmax(240px, 360px) 1fr; gap: 4px 14px;
  align-items: start; }
.indicator.red { border-left-color: var(--red); }
.indicator.orange { border-left-color: var(--orange); }
.indicator.yellow { border-left-color: var(--yellow); }
.indicator .id { color: #666; font-weight: normal; margin-right: 4px; }
.chart { width: 100%; height: auto; display: block; }
svg text { font-size: 10px; fill: #555; font-family: sans-serif; }
.facts { display: grid; grid-template-columns: auto 1fr; gap: 0 8px; margin: 4px 0 0;
  font-size: 12.5px; }
.facts dt { color: #666; } .facts dd { margin: 0; }
.explanation { font-size: 11.5px; color: #444; margin: 4px 0 0; }
.notes { font-size: 11.5px; margin: 4px 0 0; padding-left: 16px; }
.legend { font-size: 12px; color: #555; }
.note { font-size: 12.5px; background: #fff8e1; border-left: 4px solid var(--yellow); padding: 4px 8px; }
.wide { overflow-x: auto; max-width: 100%; }
table.compare { font-size: 11.5px; }
table.compare td { text-align: center; padding: 1px 3px; }
table.compare td.n { text-align: right; }
table.compare th.i { font-weight: normal; font-size: 10.5px; padding: 1px 3px; }
table.compare td.r { background: #f4b0b0; } table.compare td.o { background: #ffcc99; }
table.compare td.y { background: #fff299; }
details > summary { cursor: pointer; }
details > summary h2 { display: inline; font-size: 16px; border: none; }
details > summary .counts { font-size: 12.5px; font-weight: normal; color: #555; }
section.region { margin: 8px 0; }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 11px; }
  h2 { break-after: avoid; page-break-after: avoid; }
  table, tr { break-inside: avoid; page-break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
"#;

/// The report as an HTML page (see the [module documentation](self)), with the data's series
/// for the charts, in `lang`.
///
/// `data` is the data set the report was computed on and `options` the monitor's options:
/// the charts draw the whole series and the threshold the evaluation applied.
pub fn html(report: &Report, data: &Dataset, options: &ReportOptions, lang: Lang) -> String {
    let plans: Vec<_> = report.plans().collect();
    let title = lang.title(&plans, report.assessment_year);
    page(
        &title,
        lang,
        template! {
            header {
                h1 { (title) }
                p.period { (period_line(report, lang).trim_end()) }
            }
            (report_body(report, data, options, lang, Place::PAGE))
        },
    )
}

/// The page around a body: head, style sheet, the legend as footer.
fn page(title: &str, lang: Lang, body: Markup) -> String {
    template! {
        (DOCTYPE)
        html lang=(lang.code()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) }
                style { (PreEscaped(CSS)) }
            }
            body {
                (body)
                footer {
                    p.legend { (lang.text(Text::Legend)) }
                }
            }
        }
    }
    .into_string()
}

/// Where a report's blocks sit on a page: the prefix of their element ids (empty on a
/// single report's page, `r3-` in region 3's section) and the level of their section headings.
#[derive(Clone, Copy, Debug)]
struct Place<'a> {
    prefix: &'a str,
    level: u8,
}

impl Place<'_> {
    /// A single report's page: ids as they are, sections under `h2`.
    const PAGE: Place<'static> = Place {
        prefix: "",
        level: 2,
    };
}

/// A heading of `level` (1 to 6).
fn heading(level: u8, content: Markup) -> Markup {
    let level = level.clamp(1, 6);
    template! {
        (PreEscaped(format!("<h{level}>"))) (content) (PreEscaped(format!("</h{level}>")))
    }
}

/// A report's summary, warnings and per-plan indicator blocks.
fn report_body(
    report: &Report,
    data: &Dataset,
    options: &ReportOptions,
    lang: Lang,
    place: Place<'_>,
) -> Markup {
    let t = |text| lang.text(text);
    let p = place.prefix;
    template! {
        section id=(format!("{p}summary")) {
            (heading(place.level, template! { (t(Text::Summary)) }))
            (summary_table(&report.summary.plans, lang, |g| g.plan.title().to_owned()))
            (heading(place.level + 1, template! { (t(Text::ByArea)) }))
            (summary_table(&report.summary.areas, lang, |g| {
                g.area.clone().unwrap_or_default()
            }))
            p.legend { (t(Text::MetShareNote)) }
        }
        section id=(format!("{p}warnings")) {
            (heading(place.level, template! { (t(Text::Warnings)) }))
            @if report.warnings.is_empty() {
                p { (t(Text::NoWarnings)) }
            } @else {
                table {
                    tr {
                        th { (t(Text::ColWarning)) } th { (t(Text::ColId)) }
                        th { (t(Text::ColName)) } th { (t(Text::ColAttribute)) }
                        th { (t(Text::ColStatus)) } th { (t(Text::ColOutlook)) }
                    }
                    @for w in &report.warnings {
                        tr {
                            td { (tag(Some(w.level), lang)) }
                            td { a href=(format!("#{p}ind-{}", w.id)) { (w.id) } }
                            td { (w.name) }
                            td { (w.attribute.map_or("", |a| lang.attribute(a))) }
                            td { (lang.status(w.status)) }
                            td { (lang.outlook(w.outlook)) }
                        }
                    }
                }
            }
        }
        @for (i, plan) in report.plans().enumerate() {
            (plan_section(report, plan, i, data, options, lang, place))
        }
    }
}

/// A plan's section: its title (and period when the report's plans differ in theirs), then one
/// block per indicator. Its id is `plan-KEY` when the key is a plain name, else `plan-N`.
fn plan_section(
    report: &Report,
    plan: Plan,
    index: usize,
    data: &Dataset,
    options: &ReportOptions,
    lang: Lang,
    place: Place<'_>,
) -> Markup {
    let rows: Vec<&ReportRow> = report.rows_of(plan).collect();
    let key = plan.as_str();
    let plain = !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    let id = if plain {
        format!("{}plan-{key}", place.prefix)
    } else {
        format!("{}plan-{}", place.prefix, index + 1)
    };
    template! {
        @if !rows.is_empty() {
            section.plan id=(id) {
                (heading(place.level, template! { (plan.title()) }))
                @if !report.one_period() {
                    p.period { (plan_period_line(report, plan, lang)) }
                }
                @for row in rows {
                    (indicator(row, report, data, options, lang, place))
                }
            }
        }
    }
}

fn summary_table(
    groups: &[GroupSummary],
    lang: Lang,
    label: impl Fn(&GroupSummary) -> String,
) -> Markup {
    template! {
        table.summary {
            tr {
                th {}
                @for column in summary_columns(lang) { th { (column) } }
            }
            @for g in groups {
                tr {
                    th { (label(g)) }
                    @for cell in counts_cells(&g.counts) { td.n { (cell) } }
                }
            }
        }
    }
}

fn counts_cells(c: &Counts) -> Vec<String> {
    let mut cells = vec![c.indicators.to_string()];
    for s in [
        Status::Met,
        Status::NotMet,
        Status::InsufficientData,
        Status::NeedsJudgement,
    ] {
        cells.push(c.status.get(s).to_string());
    }
    cells.push(
        c.met_share
            .map_or_else(|| "—".to_owned(), |s| format!("{s}%")),
    );
    for o in [
        Outlook::Achieved,
        Outlook::OnTrack,
        Outlook::AccelerationNeeded,
        Outlook::LimitedProgress,
        Outlook::Deteriorating,
    ] {
        cells.push(c.outlook.get(o).to_string());
    }
    cells.push(format!(
        "{} / {} / {}",
        c.warnings.get(Warning::Red),
        c.warnings.get(Warning::Orange),
        c.warnings.get(Warning::Yellow)
    ));
    cells
}

/// The CSS class of a warning's colour.
fn colour(warning: Option<Warning>) -> &'static str {
    warning.map_or("none", Warning::as_str)
}

fn tag(warning: Option<Warning>, lang: Lang) -> Markup {
    template! {
        span class=(format!("tag {}", colour(warning))) {
            (warning.map_or("—", |w| lang.warning(w)))
        }
    }
}

fn indicator(
    row: &ReportRow,
    report: &Report,
    data: &Dataset,
    options: &ReportOptions,
    lang: Lang,
    place: Place<'_>,
) -> Markup {
    let t = |text| lang.text(text);
    let chart = Chart::of(row, report, data, options);
    let rate = match (row.rate, row.rate_kind) {
        (Some(rate), RateKind::Ratio) => Some(format!("R = {}", rate.round_dp(2))),
        (Some(rate), RateKind::PercentPerYear) => {
            Some(format!("{} {}", rate.round_dp(2), t(Text::PerYear)))
        }
        _ => None,
    };
    let unit = row.unit.unwrap_or("");
    template! {
        article class=(format!("indicator {}", colour(row.warning)))
            id=(format!("{}ind-{}", place.prefix, row.id)) data-status=(row.status.as_str()) {
            (heading(place.level + 1, template! { span.id { (row.id) } (row.name) }))
            div.body {
            (chart.svg(row, lang, place.prefix))
            div.text {
            dl.facts {
                dt { (t(Text::ColTarget)) }
                dd { (row.target) @if !unit.is_empty() { " (" (unit) ")" } }
                @if let Some(a) = row.attribute {
                    dt { (t(Text::ColAttribute)) } dd { (lang.attribute(a)) }
                }
                dt { (t(Text::ColBaseline)) } dd { (point_text(&row.baseline)) }
                dt { (t(Text::ColCurrent)) } dd { (point_text(&row.current)) }
                dt { (t(Text::ColStatus)) } dd { (lang.status(row.status)) }
                dt { (t(Text::ColOutlook)) }
                dd { (lang.outlook(row.outlook)) @if let Some(r) = &rate { " · " (r) } }
                @if let Some(p) = row.projected {
                    dt { (projected_label(report.period_of(row.plan).target_year, lang)) }
                    dd { (p) }
                }
                dt { (t(Text::ColWarning)) } dd { (tag(row.warning, lang)) }
            }
            p.explanation { (lang.explanation(row)) }
            @if !row.notes.is_empty() {
                ul.notes {
                    @for note in &row.notes { li.note { (note.to_string()) } }
                }
            }
            }
            }
        }
    }
}

/// A point of a chart: a year and a value, exact or a bound.
#[derive(Clone, Copy, Debug)]
struct Dot {
    year: Year,
    value: f64,
    /// A bound (`≤14`): drawn hollow.
    bound: bool,
}

/// What a target draws: nothing, a line or a band.
#[derive(Clone, Copy, Debug)]
enum Goal {
    None,
    Line(f64),
    Band(f64, f64),
}

/// The figures of one indicator's chart, as numbers.
#[derive(Debug)]
struct Chart {
    dots: Vec<Dot>,
    /// The baseline year, marked as a square when it has a dot.
    baseline_year: Year,
    assessment_year: Year,
    target_year: Year,
    goal: Goal,
    projected: Option<f64>,
}

fn number(d: Decimal) -> Option<f64> {
    d.to_f64().filter(|v| v.is_finite())
}

fn magnitude(observation: &Observation) -> Option<(f64, bool)> {
    match *observation {
        Observation::Value(v) => number(v).map(|v| (v, false)),
        Observation::Bound { bound, .. } => number(bound).map(|v| (v, true)),
        Observation::Ratio {
            antecedent,
            consequent,
        } => consequent
            .checked_div(antecedent)
            .and_then(number)
            .map(|v| (v, false)),
    }
}

impl Chart {
    fn of(row: &ReportRow, report: &Report, data: &Dataset, options: &ReportOptions) -> Chart {
        let mut dots: Vec<Dot> = data
            .series(row.id)
            .into_iter()
            .flat_map(|s| s.iter())
            .filter(|&(y, _)| y <= report.assessment_year)
            .filter_map(|(year, o)| magnitude(o).map(|(value, bound)| Dot { year, value, bound }))
            .collect();
        if let Some(b) = &row.baseline {
            if !dots.iter().any(|d| d.year == b.year) {
                if let Some((value, bound)) = magnitude(&b.value) {
                    dots.insert(
                        0,
                        Dot {
                            year: b.year,
                            value,
                            bound,
                        },
                    );
                }
            }
        }
        let period = report.period_of(row.plan);
        Chart {
            dots,
            baseline_year: period.baseline_year,
            assessment_year: report.assessment_year,
            target_year: period.target_year,
            goal: goal(row, report, data, options),
            projected: row.projected.and_then(number),
        }
    }

    fn svg(&self, row: &ReportRow, lang: Lang, prefix: &str) -> Markup {
        const W: f64 = 360.0;
        const H: f64 = 150.0;
        const LEFT: f64 = 46.0;
        const RIGHT: f64 = 16.0;
        const TOP: f64 = 10.0;
        const BOTTOM: f64 = 22.0;
        let colour = match row.warning {
            Some(Warning::Red) => "#c62828",
            Some(Warning::Orange) => "#ef6c00",
            Some(Warning::Yellow) => "#c59b00",
            None => "#1f5fa8",
        };
        let first_year = self
            .dots
            .first()
            .map_or(self.baseline_year, |d| d.year)
            .min(self.baseline_year);
        let last_year = self
            .target_year
            .max(self.assessment_year)
            .max(first_year + 1);
        let mut values: Vec<f64> = self.dots.iter().map(|d| d.value).collect();
        values.extend(self.projected);
        match self.goal {
            Goal::None => {}
            Goal::Line(v) => values.push(v),
            Goal::Band(lo, hi) => values.extend([lo, hi]),
        }
        let (mut lo, mut hi) = values
            .iter()
            .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), &v| {
                (lo.min(v), hi.max(v))
            });
        if !lo.is_finite() || !hi.is_finite() {
            (lo, hi) = (0.0, 1.0);
        }
        let pad = if hi > lo {
            (hi - lo) * 0.08
        } else {
            lo.abs().max(1.0) * 0.1
        };
        let (lo, hi) = (lo - pad, hi + pad);
        let x = |year: Year| {
            LEFT + (W - LEFT - RIGHT) * f64::from(year - first_year)
                / f64::from(last_year - first_year)
        };
        let y = |v: f64| TOP + (H - TOP - BOTTOM) * (hi - v) / (hi - lo);
        let r1 = |v: f64| (v * 10.0).round() / 10.0;
        let points: String = self
            .dots
            .iter()
            .map(|d| format!("{},{}", r1(x(d.year)), r1(y(d.value))))
            .collect::<Vec<_>>()
            .join(" ");
        let label = format!("{} {}", row.id, row.name);
        let axis_y = H - BOTTOM;
        let last = self.dots.last().copied();
        let value_text = |v: f64| {
            let mut s = format!("{v:.2}");
            while s.contains('.') && (s.ends_with('0') || s.ends_with('.')) {
                s.pop();
            }
            s
        };
        template! {
            svg.chart id=(format!("{prefix}chart-{}", row.id)) data-indicator=(row.id)
                xmlns="http://www.w3.org/2000/svg" viewBox=(format!("0 0 {W} {H}"))
                role="img" aria-label=(label) {
                title { (label) }
                // Axes and the years: first, assessment, target.
                line x1=(LEFT) y1=(TOP) x2=(LEFT) y2=(axis_y) stroke="#999" stroke-width="1" {}
                line x1=(LEFT) y1=(axis_y) x2=(W - RIGHT) y2=(axis_y) stroke="#999"
                    stroke-width="1" {}
                @for year in years_to_label(first_year, self.assessment_year, last_year) {
                    text x=(r1(x(year))) y=(H - 8.0) text-anchor="middle" { (year) }
                }
                line.now x1=(r1(x(self.assessment_year))) y1=(TOP)
                    x2=(r1(x(self.assessment_year))) y2=(axis_y) stroke="#ddd"
                    stroke-dasharray="2 2" {}
                text x=(LEFT - 4.0) y=(r1(y(hi - pad)) + 3.0) text-anchor="end" {
                    (value_text(hi - pad))
                }
                text x=(LEFT - 4.0) y=(r1(y(lo + pad)) + 3.0) text-anchor="end" {
                    (value_text(lo + pad))
                }
                @match self.goal {
                    Goal::Band(b_lo, b_hi) => {
                        rect.target-band x=(LEFT) y=(r1(y(b_hi))) width=(W - LEFT - RIGHT)
                            height=(r1((y(b_lo) - y(b_hi)).max(1.0))) fill="#2e7d32"
                            fill-opacity="0.15" stroke="#2e7d32" stroke-opacity="0.5"
                            stroke-width="0.5" {
                            title { (lang.text(Text::ChartTarget)) ": " (row.target) }
                        }
                        text.target-label x=(W - RIGHT - 2.0) y=(r1(y(b_hi)) - 3.0)
                            text-anchor="end" style="fill:#2e7d32" { (row.target) }
                    }
                    Goal::Line(v) => {
                        line.target-line x1=(LEFT) y1=(r1(y(v))) x2=(W - RIGHT) y2=(r1(y(v)))
                            stroke="#2e7d32" stroke-width="1.5" stroke-dasharray="6 3" {
                            title { (lang.text(Text::ChartTarget)) ": " (row.target) }
                        }
                        text.target-label x=(W - RIGHT - 2.0) y=(r1(y(v)) - 3.0)
                            text-anchor="end" style="fill:#2e7d32" { (row.target) }
                    }
                    Goal::None => {}
                }
                @if let (Some(from), Some(p)) = (last, self.projected) {
                    line.projection x1=(r1(x(from.year))) y1=(r1(y(from.value)))
                        x2=(r1(x(self.target_year))) y2=(r1(y(p))) stroke=(colour)
                        stroke-width="1.5" stroke-dasharray="3 3" {
                        title { (lang.text(Text::ChartProjection)) ": " (value_text(p)) }
                    }
                    circle.projected cx=(r1(x(self.target_year))) cy=(r1(y(p))) r="3" fill="#fff"
                        stroke=(colour) stroke-width="1.5" {}
                }
                @if self.dots.len() > 1 {
                    polyline.observed points=(points) fill="none" stroke=(colour)
                        stroke-width="2" {}
                }
                @for d in &self.dots {
                    @if d.year == self.baseline_year {
                        rect.baseline x=(r1(x(d.year)) - 3.5) y=(r1(y(d.value)) - 3.5)
                            width="7" height="7" fill=(if d.bound { "#fff" } else { colour })
                            stroke=(colour) stroke-width="1.5" {
                            title { (lang.text(Text::Baseline)) " " (d.year) ": " (value_text(d.value)) }
                        }
                    } @else {
                        circle.dot cx=(r1(x(d.year))) cy=(r1(y(d.value))) r="3"
                            fill=(if d.bound { "#fff" } else { colour }) stroke=(colour)
                            stroke-width="1.5" {
                            title { (d.year) ": " (value_text(d.value)) }
                        }
                    }
                }
                @if self.dots.is_empty() {
                    text x=(W / 2.0) y=(H / 2.0) text-anchor="middle" {
                        (lang.text(Text::ChartNoData))
                    }
                }
            }
        }
    }
}

/// The first year, the assessment year and the last, without repeats or crowding.
fn years_to_label(first: Year, now: Year, last: Year) -> Vec<Year> {
    let mut years = vec![first];
    if now > first + 1 && now < last - 1 {
        years.push(now);
    }
    if last > first {
        years.push(last);
    }
    years
}

/// The threshold the evaluation applies to the indicator, as a chart draws it.
fn goal(row: &ReportRow, report: &Report, data: &Dataset, options: &ReportOptions) -> Goal {
    let Some(indicator) = data.catalog().get(row.id) else {
        return Goal::None;
    };
    // The policy the monitor bound the indicator with: the plan's period, then the
    // indicator's overrides.
    let period = report.period_of(row.plan);
    let mut plan_policy = options.policy.clone();
    plan_policy.baseline_year = period.baseline_year;
    plan_policy.target_year = period.target_year;
    let policy = plan_policy.for_indicator(Some(&indicator.id));
    let Ok(bound) = eval::bind(&indicator.target, &indicator.spec(), &policy) else {
        return Goal::None;
    };
    let catalogue_baseline = indicator.baseline_observation(policy.baseline_year);
    let empty = crate::series::Series::default();
    let series = data.series(row.id).unwrap_or(&empty);
    let context = Context {
        as_of: Some(report.assessment_year),
        given_baseline: catalogue_baseline.as_ref(),
        references: Some(data.references()),
    };
    let assessment = eval::evaluate(&bound, series, &context);
    match assessment.evidence.threshold {
        Some(Threshold::Compare { value, .. }) => number(value).map_or(Goal::None, Goal::Line),
        Some(Threshold::Within { low, high }) => match (number(low), number(high)) {
            (Some(lo), Some(hi)) if lo == hi => Goal::Line(lo),
            (Some(lo), Some(hi)) => Goal::Band(lo, hi),
            _ => Goal::None,
        },
        Some(Threshold::Ratio {
            antecedent,
            consequent,
            direction,
            tolerance,
        }) => {
            let Some(ratio) = consequent.checked_div(antecedent).and_then(number) else {
                return Goal::None;
            };
            match (direction, number(tolerance)) {
                (Some(crate::Direction::Higher | crate::Direction::Lower), _) | (_, None) => {
                    Goal::Line(ratio)
                }
                (_, Some(delta)) if delta > 0.0 => {
                    Goal::Band(ratio * (1.0 - delta), ratio * (1.0 + delta))
                }
                _ => Goal::Line(ratio),
            }
        }
        None => Goal::None,
    }
}

#[cfg(feature = "csv")]
/// How many regions a regional page details (their summary, warnings and a chart per
/// indicator, each in a collapsed `<details>`): the regions most in need. Every region is in
/// the cross-region table; beyond this many, the page says so. A detailed region of the 89
/// Wushan indicators weighs some 340 kB and the table some 1.9 kB per region, so the national
/// case (2,844 regions) makes a page of about 9 MB: 5.3 MB of table, 3.4 MB of sections.
pub const MAX_DETAILED_REGIONS: usize = 10;

#[cfg(feature = "csv")]
/// The regional report as one HTML page, in `lang`.
///
/// First the cross-region table: one row per region, the regions most in need first, with the
/// counts, the 达标率 and per indicator a symbol for the status (`✓ ✗ · ?`) on the warning's
/// colour. Then a section per region, in the same order, collapsed in a `<details>` (the first
/// open): the region's summary, warnings and the per-indicator blocks with their charts, as
/// the single report's page has them, ids prefixed `rN-` (N: the region's place in the data
/// file). Only the [`MAX_DETAILED_REGIONS`] regions most in need get a section; a note under
/// the table says how many are left out.
///
/// `regions` is the data the report was computed on (each region's series for its charts).
///
/// ```
/// use plan_targets::data::Regions;
/// use plan_targets::report::{Monitor, ReportOptions, html, lang::Lang};
///
/// let regions = Regions::from_csv_reader(
///     "region,indicator,year,value\n甲县,W02,2020,78.99\n甲县,W02,2024,79.95\n\
///      <b>乙县</b>,W02,2020,80\n<b>乙县</b>,W02,2024,82.5\n"
///         .as_bytes(),
/// )?;
/// let options = ReportOptions::default();
/// let report = Monitor::new(options.clone())?.report_regions(&regions);
/// let page = html::regional(&report, &regions, &options, Lang::Zh);
/// assert!(page.contains(r#"<table class="compare">"#));
/// assert!(page.contains(r#"<svg class="chart" id="r1-chart-W02""#));
/// assert!(page.contains("&lt;b&gt;乙县&lt;/b&gt;"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn regional(
    report: &RegionalReport,
    regions: &Regions,
    options: &ReportOptions,
    lang: Lang,
) -> String {
    let t = |text| lang.text(text);
    let plans: Vec<_> = report.periods.iter().map(|p| p.plan).collect();
    let title = lang.regional_title(&plans, report.assessment_year);
    let data: HashMap<&str, &Dataset> =
        regions.iter().map(|r| (r.name.as_str(), &r.data)).collect();
    let place: HashMap<&str, usize> = report
        .regions
        .iter()
        .enumerate()
        .map(|(i, r)| (r.region.as_str(), i))
        .collect();
    let total = report.comparison.regions.len();
    let detailed = total.min(MAX_DETAILED_REGIONS);
    let empty = Dataset::default();
    let body = template! {
        header {
            h1 { (title) }
            p.period {
                (period_line(&summary_report(report), lang).trim_end())
                " " (lang.region_count(report.regions.len()))
            }
        }
        section #comparison {
            h2 { (t(Text::RegionsCompared)) }
            p.legend { (t(Text::NeedOrder)) " " (t(Text::CellLegend)) " " (t(Text::MetShareNote)) }
            (comparison_table(report, &place, detailed, lang))
            @if detailed < total {
                p.note { (lang.regions_detailed(detailed, total)) }
            }
        }
        section #regions {
            h2 { (t(Text::RegionSections)) }
            @for (n, line) in report.comparison.regions.iter().take(detailed).enumerate() {
                @if let Some(&i) = place.get(line.region.as_str()) {
                    @if let Some(single) = report.region_report(i) {
                        @let prefix = format!("r{}-", i + 1);
                        section.region id=(format!("region-{}", i + 1)) {
                            details open[n == 0] {
                                summary {
                                    h2 {
                                        (line.region) " "
                                        span.counts { (counts_line(&line.counts, lang)) }
                                    }
                                }
                                (report_body(
                                    &single,
                                    data.get(line.region.as_str()).copied().unwrap_or(&empty),
                                    options,
                                    lang,
                                    Place { prefix: &prefix, level: 3 },
                                ))
                            }
                        }
                    }
                }
            }
        }
    };
    page(&title, lang, body)
}

#[cfg(feature = "csv")]
/// The regional report's period as a single report holds it (for the period line).
fn summary_report(report: &RegionalReport) -> Report {
    Report {
        assessment_year: report.assessment_year,
        baseline_year: report.baseline_year,
        target_year: report.target_year,
        plan: report.plan,
        periods: report.periods.clone(),
        rows: Vec::new(),
        summary: super::Summary {
            plans: Vec::new(),
            areas: Vec::new(),
        },
        warnings: Vec::new(),
    }
}

#[cfg(feature = "csv")]
/// `达标率 66.7% · 红 2 橙 3 黄 4` for a region's heading.
fn counts_line(c: &Counts, lang: Lang) -> String {
    let share = c
        .met_share
        .map_or_else(|| "—".to_owned(), |s| format!("{s}%"));
    format!(
        "{} {share} · {} {} {} {} {} {}",
        lang.text(Text::ColMetShare),
        lang.warning(Warning::Red),
        c.warnings.get(Warning::Red),
        lang.warning(Warning::Orange),
        c.warnings.get(Warning::Orange),
        lang.warning(Warning::Yellow),
        c.warnings.get(Warning::Yellow),
    )
}

#[cfg(feature = "csv")]
/// Regions × indicators. Kept small per cell (a symbol, a one-letter class for the warning's
/// fill), as it has a cell per region and indicator: 2,844 × 89 cells make some 4 MB.
fn comparison_table(
    report: &RegionalReport,
    place: &HashMap<&str, usize>,
    detailed: usize,
    lang: Lang,
) -> Markup {
    let t = |text| lang.text(text);
    let names: Vec<&str> = report
        .regions
        .first()
        .map(|r| r.rows.iter().map(|row| row.name).collect())
        .unwrap_or_default();
    let linked: std::collections::HashSet<&str> = report
        .comparison
        .regions
        .iter()
        .take(detailed)
        .map(|r| r.region.as_str())
        .collect();
    let fill = |w: Option<Warning>| match w {
        Some(Warning::Red) => Some("r"),
        Some(Warning::Orange) => Some("o"),
        Some(Warning::Yellow) => Some("y"),
        None => None,
    };
    template! {
        div.wide {
            table.compare {
                thead {
                    tr {
                        th { (t(Text::ColRegion)) }
                        th { (t(Text::ColIndicators)) }
                        th { (lang.status(Status::Met)) }
                        th { (lang.status(Status::NotMet)) }
                        th { (t(Text::ColMetShare)) }
                        th { (lang.warning(Warning::Red)) }
                        th { (lang.warning(Warning::Orange)) }
                        th { (lang.warning(Warning::Yellow)) }
                        @for (k, id) in report.comparison.indicators.iter().enumerate() {
                            th.i title=[names.get(k)] { (id) }
                        }
                    }
                }
                tbody {
                    @for line in &report.comparison.regions {
                        @let c = &line.counts;
                        tr {
                            th {
                                @match place.get(line.region.as_str()) {
                                    Some(i) if linked.contains(line.region.as_str()) => {
                                        a href=(format!("#region-{}", i + 1)) { (line.region) }
                                    }
                                    _ => { (line.region) }
                                }
                            }
                            td.n { (c.indicators) }
                            td.n { (c.status.get(Status::Met)) }
                            td.n { (c.status.get(Status::NotMet)) }
                            td.n {
                                (c.met_share.map_or_else(|| "—".to_owned(), |s| format!("{s}%")))
                            }
                            td.n { (c.warnings.get(Warning::Red)) }
                            td.n { (c.warnings.get(Warning::Orange)) }
                            td.n { (c.warnings.get(Warning::Yellow)) }
                            @for cell in &line.cells {
                                td class=[fill(cell.warning)] { (Lang::status_symbol(cell.status)) }
                            }
                        }
                    }
                }
            }
        }
    }
}
