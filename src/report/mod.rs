//! Monitoring reports: every catalogue indicator's status, outlook and warning as of a year.
//!
//! A [`Report`] is plain data (serde `Serialize`); [`render`] turns it into Markdown for people,
//! CSV for spreadsheets and JSON for tools. Computing never prints.
//!
//! For each indicator of the catalogue (all, or one plan), in table order:
//! 1. its target is bound to the indicator ([`crate::bind`]) once, when the [`Monitor`] is built;
//! 2. its series is evaluated as of the assessment year ([`crate::evaluate`]), with the
//!    catalogue's baseline when the series has no figure for the baseline year;
//! 3. the outlook to the target year follows SEMANTICS.md ([`crate::outlook`]):
//!    - quantified targets (comparison, attain, approximately, range, ratio, reference,
//!      commensurate, keep): `achieved` when met, else the ratio `R` of the actual to the
//!      required rate towards the threshold the evaluation applied (a band's nearest edge);
//!    - `逐年提高`: on track while every change is a rise;
//!    - other directional goals: the annual rate `s`, with the natural-limit factor for
//!      percentages; `趋于平衡` is judged as a quantified target whose target is the balance
//!      band's nearest edge, and `缩小` on the absolute gap;
//!    - qualitative goals: `needs_judgement` (`achieved` when a policy band decides them met);
//!    - `分别` lists: `insufficient_data` (each item belongs to another indicator);
//! 4. the value projected to the target year by least squares (for the reader, not the verdict);
//! 5. the warning: yellow, orange or red for `acceleration_needed`, `limited_progress`,
//!    `deteriorating`, and red for `not_met` at or after the target year.
//!
//! Ratio figures (`1:1.2`) enter rates and projections as the second term per unit of the
//! first (`1.2`); the status itself never divides.
//!
//! ```
//! use plan_targets::report::{Monitor, ReportOptions};
//! use plan_targets::data::Dataset;
//!
//! // With no data file: the catalogue's own 2020 baselines.
//! let data = Dataset::from_catalogue_baselines(2020);
//! let report = Monitor::new(ReportOptions::default()).report(&data);
//! assert_eq!(report.assessment_year, 2020);
//! assert_eq!(report.rows.len(), 89);
//! let w03 = report.rows.iter().find(|r| r.id == "W03").unwrap();
//! assert_eq!(w03.current.as_ref().unwrap().value.to_string(), "≤14");
//! ```

pub mod regions;
pub mod render;

use rust_decimal::Decimal;
use serde::Serialize;

use crate::catalog::{Attribute, Catalog, Indicator, Period, Plan};
use crate::data::Dataset;
use crate::eval::{self, BoundTarget, Context, Policy, Status, Threshold};
use crate::outlook::{self, Outlook, OutlookPolicy, OutlookResult, RateKind, Warning};
use crate::series::{Observation, Series, Year};
use crate::syntax::{Direction, Kind, Unit};

/// What a report is computed with.
#[derive(Clone, Debug, Default)]
pub struct ReportOptions {
    /// The assessment year t; `None` for the latest year observed in the data (the baseline
    /// year when there is no data at all).
    pub year: Option<Year>,
    /// One plan, or both.
    pub plan: Option<Plan>,
    /// The status semantics (tolerances, bands). Its baseline and target years are replaced by
    /// each indicator's plan's period (or `period`); per-indicator overrides still apply.
    pub policy: Policy,
    /// The baseline and target years for every plan, instead of each plan's own period (the
    /// command line's `--period`).
    pub period: Option<Period>,
    /// The outlook thresholds.
    pub outlook: OutlookPolicy,
}

/// A report generator: the catalogue's targets bound once, evaluated against any data set.
///
/// Build one per policy and reuse it: binding is done here, so reporting on many data sets
/// (one per county, say) costs only the evaluations.
#[derive(Debug)]
pub struct Monitor {
    options: ReportOptions,
    period: Period,
    indicators: Vec<Prepared>,
}

/// An indicator ready for reports: its bound target and its catalogue baseline, worked out once.
#[derive(Debug)]
struct Prepared {
    indicator: &'static Indicator,
    /// The options' policy with the plan's period, and the indicator's override, applied.
    policy: Policy,
    bound: Result<BoundTarget, eval::BindError>,
    catalogue_baseline: Option<Observation>,
}

impl Monitor {
    /// Binds every indicator of the embedded catalogue of `options.plan` (or both plans).
    pub fn new(options: ReportOptions) -> Monitor {
        Monitor::with_catalog(Catalog::embedded(), options)
    }

    /// Binds every indicator of `catalog` in `options.plan` (or every plan), each with its
    /// plan's period (or `options.period`).
    ///
    /// ```
    /// use plan_targets::catalog::Catalog;
    /// use plan_targets::data::Dataset;
    /// use plan_targets::report::{Monitor, ReportOptions};
    ///
    /// let catalog = Catalog::from_csv_str(
    ///     "id,plan,area,name,unit,target,attribute,direction,period\n\
    ///      G1,outline,教育,高中阶段毛入学率,%,≥90,约束性,,2010-2020\n",
    /// )?
    /// .leak();
    /// let data = Dataset::from_csv_str_in("indicator,year,value\nG1,2010,82.5\nG1,2015,87\n", catalog)?;
    /// let report = Monitor::with_catalog(catalog, ReportOptions::default()).report(&data);
    /// assert_eq!((report.baseline_year, report.target_year), (2010, 2020));
    /// assert_eq!(report.rows[0].status.as_str(), "not_met");
    /// assert_eq!(report.rows[0].outlook.as_str(), "on_track"); // 2010→2015 is fast enough for 2020
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn with_catalog(catalog: &'static Catalog, options: ReportOptions) -> Monitor {
        let in_scope = |i: &&Indicator| options.plan.is_none_or(|p| p == i.plan);
        let period = options.period.unwrap_or_else(|| {
            let first = catalog.indicators().iter().find(in_scope);
            first.map_or_else(Period::default, |i| i.plan.period())
        });
        let indicators = catalog
            .indicators()
            .iter()
            .filter(in_scope)
            .map(|indicator| {
                let mut plan_policy = options.policy.clone();
                let period = options.period.unwrap_or(indicator.plan.period());
                plan_policy.baseline_year = period.baseline_year;
                plan_policy.target_year = period.target_year;
                let policy = plan_policy.for_indicator(Some(&indicator.id)).into_owned();
                Prepared {
                    indicator,
                    bound: eval::bind(&indicator.target, &indicator.spec(), &plan_policy),
                    catalogue_baseline: indicator.baseline_observation(policy.baseline_year),
                    policy,
                }
            })
            .collect();
        Monitor {
            options,
            period,
            indicators,
        }
    }

    /// The options the monitor was built with.
    pub fn options(&self) -> &ReportOptions {
        &self.options
    }

    /// The report on `data` as of the options' year (or the latest year in the data).
    pub fn report(&self, data: &Dataset) -> Report {
        let year = self
            .options
            .year
            .or_else(|| data.latest_year())
            .unwrap_or(self.period.baseline_year);
        self.report_at(data, year)
    }

    /// The report on `data` as of `year`, whatever the options say (one year for every region).
    fn report_at(&self, data: &Dataset, year: Year) -> Report {
        let rows: Vec<ReportRow> = self
            .indicators
            .iter()
            .map(|prepared| self.row(prepared, data, year))
            .collect();
        let summary = Summary::of(&rows);
        let warnings = warnings(&rows);
        Report {
            assessment_year: year,
            baseline_year: self.period.baseline_year,
            target_year: self.period.target_year,
            plan: self.options.plan,
            rows,
            summary,
            warnings,
        }
    }

    fn row(&self, prepared: &Prepared, data: &Dataset, year: Year) -> ReportRow {
        let Prepared {
            indicator,
            policy,
            bound,
            catalogue_baseline,
        } = prepared;
        let indicator: &'static Indicator = indicator;
        let empty = Series::default();
        let series = data.series(&indicator.id).unwrap_or(&empty);
        let baseline = series
            .get(policy.baseline_year)
            .or(catalogue_baseline.as_ref())
            .map(|o| Point::new(policy.baseline_year, o));
        let mut row = ReportRow {
            id: &indicator.id,
            plan: indicator.plan,
            area: &indicator.area,
            name: &indicator.name,
            unit: indicator.unit_label.as_deref(),
            target: &indicator.target_text,
            kind: indicator.target.kind(),
            attribute: indicator.attribute,
            baseline,
            current: None,
            status: Status::InsufficientData,
            outlook: Outlook::InsufficientData,
            rate: None,
            rate_kind: RateKind::None,
            projected: None,
            warning: None,
            explanation: String::new(),
            notes: notes(data, &indicator.id, year),
        };
        let bound = match bound.as_ref() {
            Ok(bound) => bound,
            Err(e) => {
                row.explanation = format!("cannot evaluate: {e}");
                return row;
            }
        };
        let context = Context {
            as_of: Some(year),
            catalogue_baseline: catalogue_baseline.as_ref(),
            references: Some(data.references()),
        };
        let assessment = eval::evaluate(bound, series, &context);
        let observed = assessment.evidence.observed.as_ref();
        // Forms that stop before reading a value (qualitative goals) still show the latest one.
        row.current = observed
            .map(|d| Point::new(d.year, &d.observation))
            .or_else(|| series.latest(Some(year)).map(|(y, o)| Point::new(y, o)));
        row.status = assessment.status;

        let b = policy.baseline_year;
        let y_b = series
            .get(b)
            .or(catalogue_baseline.as_ref())
            .and_then(magnitude)
            .map(|v| (b, v));
        let y_t = observed.and_then(|d| magnitude(&d.observation).map(|v| (d.year, v)));
        let outlook = match (&row.baseline, y_b) {
            // The plans publish some baselines as bounds (`14/10万以内`): no rate starts there.
            (Some(b), None) if y_t.is_some() => plain(
                Outlook::InsufficientData,
                &format!(
                    "the baseline is only known as {} in {}, no rate can start there",
                    b.value, b.year
                ),
            ),
            _ => self.outlook(prepared, &assessment, series, y_b, y_t, year),
        };
        row.outlook = outlook.outlook;
        row.rate = outlook.rate;
        row.rate_kind = outlook.rate_kind;
        row.projected = projection(series, y_b, year, policy.target_year)
            .map(|p| clamp_to_natural_limits(p, indicator.unit, policy));
        let after_target = year >= policy.target_year;
        row.warning = outlook::warning(row.outlook, row.status == Status::NotMet && after_target);
        row.explanation = assessment.explanation;
        row.explanation.push_str("; outlook: ");
        push_clause(&mut row.explanation, &outlook.explanation);
        row
    }

    fn outlook(
        &self,
        prepared: &Prepared,
        assessment: &eval::Assessment,
        series: &Series,
        y_b: Option<(Year, Decimal)>,
        y_t: Option<(Year, Decimal)>,
        year: Year,
    ) -> OutlookResult {
        let indicator = prepared.indicator;
        let policy = &self.options.outlook;
        let met = assessment.status == Status::Met;
        let kind = indicator.target.kind();
        // Progress towards the threshold the evaluation applied; `met` short-cuts to achieved.
        let towards = |threshold: Option<Threshold>, met: bool| match threshold.and_then(goal) {
            Some((target, direction)) => outlook::quantified_outlook(
                &outlook::QuantifiedInput {
                    baseline: y_b,
                    current: y_t,
                    target: target(y_b.map(|(_, v)| v)),
                    direction,
                    target_year: Some(prepared.policy.target_year),
                    met,
                },
                policy,
            ),
            None if met => plain(Outlook::Achieved, "the target is met"),
            None => plain(
                Outlook::InsufficientData,
                "no threshold to measure progress against",
            ),
        };
        match kind {
            Kind::Qualitative if met => plain(Outlook::Achieved, "inside the policy's band"),
            Kind::Qualitative => plain(Outlook::NeedsJudgement, "a qualitative goal"),
            Kind::Respectively => plain(
                Outlook::InsufficientData,
                "a list of targets, each for another indicator",
            ),
            Kind::RiseEveryYear => {
                let points = window(series, y_b, year);
                outlook::every_year_outlook(&points)
            }
            // A directional goal: judged by its pace towards the band, even once inside it.
            Kind::TowardBalance => towards(assessment.evidence.threshold, false),
            k if k.is_directional() => {
                let direction = indicator
                    .target
                    .stated_direction()
                    .unwrap_or(Direction::Higher);
                let gap = |p: Option<(Year, Decimal)>| {
                    if k == Kind::Narrow {
                        p.map(|(y, v)| (y, v.abs()))
                    } else {
                        p
                    }
                };
                outlook::directional_outlook(
                    &outlook::DirectionalInput {
                        baseline: gap(y_b),
                        current: gap(y_t),
                        direction,
                        percentage: indicator.unit == Some(Unit::Percent),
                    },
                    policy,
                )
            }
            _ => towards(assessment.evidence.threshold, met),
        }
    }
}

/// The value an outlook goal aims at (given the baseline) and the direction of "better".
type Goal = (Box<dyn Fn(Option<Decimal>) -> Decimal>, Direction);

/// The goal a threshold sets: a bound to pass, or a band's nearest edge.
fn goal(threshold: Threshold) -> Option<Goal> {
    match threshold {
        Threshold::Compare { op, value } => Some((Box::new(move |_| value), op.direction())),
        Threshold::Within { low, high } => Some((
            Box::new(move |b: Option<Decimal>| outlook::band_target(low, high, b.unwrap_or(low))),
            Direction::Band,
        )),
        Threshold::Ratio {
            antecedent,
            consequent,
            direction,
            tolerance,
        } => {
            let ratio = consequent.checked_div(antecedent)?;
            match direction {
                Some(d @ (Direction::Higher | Direction::Lower)) => {
                    Some((Box::new(move |_| ratio), d))
                }
                Some(Direction::Band) | None => {
                    let delta = ratio.saturating_mul(tolerance);
                    let (low, high) = (ratio.saturating_sub(delta), ratio.saturating_add(delta));
                    Some((
                        Box::new(move |b: Option<Decimal>| {
                            outlook::band_target(low, high, b.unwrap_or(ratio))
                        }),
                        Direction::Band,
                    ))
                }
            }
        }
    }
}

/// Appends a sentence as a clause: lowercase first letter, no final period (`The target…` →
/// `the target…`).
fn push_clause(out: &mut String, sentence: &str) {
    let trimmed = sentence.trim().trim_end_matches('.');
    let mut chars = trimmed.chars();
    if let Some(first) = chars.next() {
        out.extend(first.to_lowercase());
        out.push_str(chars.as_str());
    }
}

fn plain(outlook: Outlook, explanation: &str) -> OutlookResult {
    OutlookResult {
        outlook,
        rate: None,
        rate_kind: RateKind::None,
        explanation: explanation.to_owned(),
    }
}

/// An observation as one number for rates and projections: the value, or a ratio's second term
/// per unit of the first. Bounds have none.
fn magnitude(observation: &Observation) -> Option<Decimal> {
    match *observation {
        Observation::Value(v) => Some(v),
        Observation::Ratio {
            antecedent,
            consequent,
        } => consequent.checked_div(antecedent),
        Observation::Bound { .. } => None,
    }
}

/// The exact points from the baseline year to `year`: the baseline (series or catalogue), then
/// the series' later figures.
fn window(series: &Series, y_b: Option<(Year, Decimal)>, year: Year) -> Vec<(Year, Decimal)> {
    let mut points: Vec<(Year, Decimal)> = y_b.into_iter().collect();
    let from = y_b.map_or(Year::MIN, |(b, _)| b + 1);
    points.extend(
        series
            .iter()
            .filter(|&(y, _)| y >= from && y <= year)
            .filter_map(|(y, o)| magnitude(o).map(|v| (y, v))),
    );
    points
}

fn projection(
    series: &Series,
    y_b: Option<(Year, Decimal)>,
    year: Year,
    target_year: Year,
) -> Option<Decimal> {
    outlook::project(&window(series, y_b, year), target_year).map(|v| v.round_dp(2))
}

/// A projection kept inside what the quantity can be: 0 to 100 for a percentage, at least 0
/// for every other unit (rates and counts). Ratios and unitless figures are left as they are.
fn clamp_to_natural_limits(value: Decimal, unit: Option<Unit>, policy: &Policy) -> Decimal {
    match unit {
        Some(Unit::Percent) => value.clamp(Decimal::ZERO, policy.percentage_limit),
        Some(_) => value.max(Decimal::ZERO),
        None => value,
    }
}

/// A year and a figure; serialized with the figure as it reads (`78.99`, `≤14`, `1:1.2`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Point {
    /// The year.
    pub year: Year,
    /// The figure, written in canonical notation without the unit.
    #[serde(serialize_with = "serialize_display")]
    pub value: Observation,
}

impl Point {
    fn new(year: Year, observation: &Observation) -> Point {
        Point {
            year,
            value: observation.clone(),
        }
    }
}

fn serialize_display<S: serde::Serializer>(value: &Observation, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(value)
}

/// One indicator's line in a report.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ReportRow {
    /// `W03`, `C10.1` …
    pub id: &'static str,
    /// The plan.
    pub plan: Plan,
    /// The table's 类别.
    pub area: &'static str,
    /// The indicator's name as printed.
    pub name: &'static str,
    /// The unit as printed, if any.
    pub unit: Option<&'static str>,
    /// The target, verbatim.
    pub target: &'static str,
    /// The target's form.
    pub kind: Kind,
    /// 约束性 (binding) or 预期性 (expected), `None` where the table is blank.
    pub attribute: Option<Attribute>,
    /// The baseline used (series or catalogue), if any.
    pub baseline: Option<Point>,
    /// The current value: the latest figure up to the assessment year.
    pub current: Option<Point>,
    /// Is the target met as of the assessment year?
    pub status: Status,
    /// Will it be met by the target year?
    pub outlook: Outlook,
    /// The figure the outlook rests on: `R` or the annual rate in % (see `rate_kind`).
    pub rate: Option<Decimal>,
    /// What `rate` measures.
    pub rate_kind: RateKind,
    /// The value projected to the target year by least squares, for the reader.
    pub projected: Option<Decimal>,
    /// The early-warning flag, if raised.
    pub warning: Option<Warning>,
    /// Why: the status's sentence and the outlook's.
    pub explanation: String,
    /// The extra columns of the data file (`note` …) on this indicator's records up to the
    /// assessment year, non-empty ones only, in file order.
    pub notes: Vec<Note>,
}

/// A non-empty extra field of a data record: `2020 note: 公布值为上限`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Note {
    /// The record's year.
    pub year: Year,
    /// The column's header.
    pub column: String,
    /// The field as written.
    pub text: String,
}

impl std::fmt::Display for Note {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}: {}", self.year, self.column, self.text)
    }
}

/// The notes of `id`'s records up to `year`.
fn notes(data: &Dataset, id: &str, year: Year) -> Vec<Note> {
    data.records()
        .iter()
        .filter(|r| r.subject.key() == id && r.year <= year)
        .flat_map(|r| {
            r.extra
                .iter()
                .filter(|(_, text)| !text.trim().is_empty())
                .map(|(column, text)| Note {
                    year: r.year,
                    column: column.clone(),
                    text: text.clone(),
                })
        })
        .collect()
}

/// A value counted in a report's summary: a [`Status`], an [`Outlook`] or a [`Warning`].
pub trait Counted: Copy + PartialEq + 'static {
    /// Every value, in the order the summary lists them.
    const ALL: &'static [Self];
    /// The snake_case name used as the key in JSON.
    fn name(self) -> &'static str;
}

impl Counted for Status {
    const ALL: &'static [Status] = &[
        Status::Met,
        Status::NotMet,
        Status::InsufficientData,
        Status::NeedsJudgement,
    ];
    fn name(self) -> &'static str {
        self.as_str()
    }
}

impl Counted for Outlook {
    const ALL: &'static [Outlook] = &[
        Outlook::Achieved,
        Outlook::OnTrack,
        Outlook::AccelerationNeeded,
        Outlook::LimitedProgress,
        Outlook::Deteriorating,
        Outlook::InsufficientData,
        Outlook::NeedsJudgement,
    ];
    fn name(self) -> &'static str {
        self.as_str()
    }
}

impl Counted for Warning {
    const ALL: &'static [Warning] = &[Warning::Red, Warning::Orange, Warning::Yellow];
    fn name(self) -> &'static str {
        self.as_str()
    }
}

/// How many indicators have each value of `K`; serialized as `{"met": 3, "not_met": 1, …}` with
/// every key, zero included.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tally<K> {
    counts: [usize; 8],
    key: std::marker::PhantomData<K>,
}

impl<K: Counted> Default for Tally<K> {
    fn default() -> Tally<K> {
        Tally {
            counts: [0; 8],
            key: std::marker::PhantomData,
        }
    }
}

impl<K: Counted> Tally<K> {
    fn index(key: K) -> usize {
        K::ALL.iter().position(|&k| k == key).unwrap_or(0)
    }

    fn add(&mut self, key: K) {
        self.counts[Self::index(key)] += 1;
    }

    /// The count of `key`.
    pub fn get(&self, key: K) -> usize {
        self.counts[Self::index(key)]
    }

    /// Every key with its count, in [`Counted::ALL`] order.
    pub fn iter(&self) -> impl Iterator<Item = (K, usize)> + '_ {
        K::ALL.iter().map(|&k| (k, self.get(k)))
    }
}

impl<K: Counted> Serialize for Tally<K> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.iter().map(|(k, n)| (k.name(), n)))
    }
}

/// Counts of statuses and outlooks over a group of indicators.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Indicators in the group.
    pub indicators: usize,
    /// By status.
    pub status: Tally<Status>,
    /// By outlook.
    pub outlook: Tally<Outlook>,
    /// Indicators whose status is `met` or `not_met`.
    pub assessable: usize,
    /// `met / assessable` in percent, one decimal (the 达标率 of official reports); `None`
    /// when nothing is assessable.
    pub met_share: Option<Decimal>,
    /// Raised warnings by colour.
    pub warnings: Tally<Warning>,
}

impl Counts {
    fn of<'a>(rows: impl IntoIterator<Item = &'a ReportRow>) -> Counts {
        let mut c = Counts::default();
        for row in rows {
            c.indicators += 1;
            c.status.add(row.status);
            c.outlook.add(row.outlook);
            if let Some(w) = row.warning {
                c.warnings.add(w);
            }
        }
        let met = c.status.get(Status::Met);
        c.assessable = met + c.status.get(Status::NotMet);
        c.met_share = (c.assessable > 0).then(|| {
            (Decimal::from(met) * Decimal::ONE_HUNDRED / Decimal::from(c.assessable)).round_dp(1)
        });
        c
    }
}

/// A plan's or an area's counts.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct GroupSummary {
    /// The plan.
    pub plan: Plan,
    /// The area (类别), or `None` for the whole plan.
    pub area: Option<String>,
    /// The counts.
    #[serde(flatten)]
    pub counts: Counts,
}

/// The summary of a report: per plan, and per area within each plan, in table order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Summary {
    /// One entry per plan in the report.
    pub plans: Vec<GroupSummary>,
    /// One entry per area, in table order.
    pub areas: Vec<GroupSummary>,
}

impl Summary {
    fn of(rows: &[ReportRow]) -> Summary {
        let mut plans = Vec::new();
        let mut areas: Vec<GroupSummary> = Vec::new();
        let mut in_order: Vec<Plan> = Vec::new();
        for row in rows {
            if !in_order.contains(&row.plan) {
                in_order.push(row.plan);
            }
        }
        for plan in in_order {
            let in_plan: Vec<&ReportRow> = rows.iter().filter(|r| r.plan == plan).collect();
            if in_plan.is_empty() {
                continue;
            }
            plans.push(GroupSummary {
                plan,
                area: None,
                counts: Counts::of(in_plan.iter().copied()),
            });
            let mut seen: Vec<&'static str> = Vec::new();
            for row in &in_plan {
                if !seen.contains(&row.area) {
                    seen.push(row.area);
                }
            }
            for area in seen {
                let counts = Counts::of(in_plan.iter().copied().filter(|r| r.area == area));
                areas.push(GroupSummary {
                    plan,
                    area: Some(area.to_owned()),
                    counts,
                });
            }
        }
        Summary { plans, areas }
    }
}

/// A raised warning, for the warnings list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct WarningEntry {
    /// The indicator's id.
    pub id: &'static str,
    /// Its name.
    pub name: &'static str,
    /// Binding indicators are listed first.
    pub attribute: Option<Attribute>,
    /// The colour.
    pub level: Warning,
    /// The status behind it.
    pub status: Status,
    /// The outlook behind it.
    pub outlook: Outlook,
}

/// The warnings: binding (约束性) indicators first, then the most severe, then table order.
fn warnings(rows: &[ReportRow]) -> Vec<WarningEntry> {
    let mut list: Vec<(usize, &ReportRow, Warning)> = rows
        .iter()
        .enumerate()
        .filter_map(|(i, r)| r.warning.map(|w| (i, r, w)))
        .collect();
    list.sort_by_key(|&(i, r, w)| {
        (
            r.attribute != Some(Attribute::Binding),
            std::cmp::Reverse(w),
            i,
        )
    });
    list.into_iter()
        .map(|(_, r, level)| WarningEntry {
            id: r.id,
            name: r.name,
            attribute: r.attribute,
            level,
            status: r.status,
            outlook: r.outlook,
        })
        .collect()
}

/// A monitoring report: plain data, rendered by [`render`].
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Report {
    /// The assessment year t.
    pub assessment_year: Year,
    /// The baseline year B.
    pub baseline_year: Year,
    /// The target year T.
    pub target_year: Year,
    /// The plan reported on, or `None` for both.
    pub plan: Option<Plan>,
    /// One row per catalogue indicator, in table order; indicators with no data included.
    pub rows: Vec<ReportRow>,
    /// Counts per plan and per area.
    pub summary: Summary,
    /// The raised warnings, binding indicators first.
    pub warnings: Vec<WarningEntry>,
}
