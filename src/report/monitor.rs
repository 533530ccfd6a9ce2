//! Computing a report: the catalogue's targets bound once, each row assessed over one window.

use std::collections::HashMap;
use std::sync::OnceLock;

use rust_decimal::Decimal;

use super::summary::{Layout, Summary, warnings};
use super::{Explanation, Note, PlanPeriod, Point, Report, ReportRow};
use crate::catalog::{Catalog, Indicator, Period, Plan};
use crate::data::Dataset;
use crate::eval::{self, BoundTarget, Context, Policy, PolicyError, Status, Window, fixed};
use crate::outlook::{self, Outlook, RateKind};
use crate::series::{Observation, Series, Year};
use crate::syntax::Unit;

/// What a report is computed with.
#[derive(Clone, Debug, Default)]
pub struct ReportOptions {
    /// The assessment year t; `None` for the latest year observed in the data (the baseline
    /// year when there is no data at all).
    pub year: Option<Year>,
    /// One plan, or both.
    pub plan: Option<Plan>,
    /// The semantics of status and outlook (tolerances, baseline and target years, bands,
    /// the outlook's thresholds in [`Policy::outlook`]). Its baseline and target years are
    /// replaced by each indicator's plan's period (or `period`); per-indicator overrides still
    /// apply.
    pub policy: Policy,
    /// The baseline and target years for every plan, instead of each plan's own period (the
    /// command line's `--period`).
    pub period: Option<Period>,
}

/// A report generator: the catalogue's targets bound once, evaluated against any data set.
///
/// Build one per policy and reuse it: binding is done here, so reporting on many data sets
/// (one per county, say) costs only the evaluations.
#[derive(Debug)]
pub struct Monitor {
    options: ReportOptions,
    /// B and T of the report's headings: `options.period`, or the first plan's.
    pub(super) period: Period,
    indicators: Vec<Prepared>,
    /// Positions in `indicators`, by id: the order a dataset keeps its series in.
    by_id: Vec<usize>,
    /// The series of an indicator with no data, so a row never allocates one.
    empty: Series,
    /// Where each row is counted in the summary: the rows are the indicators, in this order.
    layout: Layout,
    /// The plans of the rows with their periods: [`PlanPeriod::of`] the first report's rows,
    /// the same for every report (its rows are the indicators, whatever the data).
    periods: OnceLock<Vec<PlanPeriod>>,
}

/// An indicator ready for reports, worked out once: its bound target, its catalogue baseline
/// and its policy when an override changes it (`None`: the monitor's own).
#[derive(Debug)]
struct Prepared {
    indicator: &'static Indicator,
    bound: Result<BoundTarget, eval::BindError>,
    catalogue_baseline: Option<Observation>,
    policy: Option<Policy>,
}

impl Monitor {
    /// Checks the policy and binds every catalogue indicator of `options.plan` (or both plans).
    ///
    /// # Errors
    ///
    /// A [`PolicyError`] for a policy value the rules cannot use (a negative
    /// `percentage_limit`, say): checked here, so that [`Monitor::report`] never panics on a
    /// caller's numbers.
    ///
    /// ```
    /// use plan_targets::report::{Monitor, ReportOptions};
    /// let mut options = ReportOptions::default();
    /// options.policy.percentage_limit = "-1".parse().unwrap();
    /// let err = Monitor::new(options).unwrap_err();
    /// assert_eq!(err.to_string(), "policy field percentage_limit is -1, expected a number above 0");
    /// ```
    pub fn new(options: ReportOptions) -> Result<Monitor, PolicyError> {
        Monitor::with_catalog(Catalog::embedded(), options)
    }

    /// Checks the policy and binds every indicator of `catalog` in `options.plan` (or every
    /// plan), each with its plan's period (or `options.period`).
    ///
    /// # Errors
    ///
    /// As [`Monitor::new`].
    ///
    /// ```
    /// use plan_targets::catalog::Catalog;
    /// use plan_targets::data::Reader;
    /// use plan_targets::report::{Monitor, ReportOptions};
    ///
    /// let catalog = Catalog::from_csv_str(
    ///     "id,plan,area,name,unit,target,attribute,direction,period\n\
    ///      G1,outline,教育,高中阶段毛入学率,%,≥90,约束性,,2010-2020\n",
    /// )?
    /// .leak();
    /// let data = Reader::new()
    ///     .catalog(catalog)
    ///     .read_csv("indicator,year,value\nG1,2010,82.5\nG1,2015,87\n".as_bytes())?;
    /// let report = Monitor::with_catalog(catalog, ReportOptions::default())?.report(&data);
    /// assert_eq!((report.baseline_year, report.target_year), (2010, 2020));
    /// assert_eq!(report.rows[0].status.as_str(), "not_met");
    /// assert_eq!(report.rows[0].outlook.as_str(), "on_track"); // 2010→2015 is fast enough for 2020
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn with_catalog(
        catalog: &'static Catalog,
        options: ReportOptions,
    ) -> Result<Monitor, PolicyError> {
        options.policy.validate()?;
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
                let bound = eval::bind(&indicator.target, &indicator.spec(), &policy);
                let catalogue_baseline = indicator.baseline_observation(policy.baseline_year);
                Prepared {
                    indicator,
                    bound,
                    catalogue_baseline,
                    policy: Some(policy),
                }
            })
            .collect::<Vec<Prepared>>();
        let mut by_id: Vec<usize> = (0..indicators.len()).collect();
        by_id.sort_by_key(|&i| indicators[i].indicator.id.as_str());
        let layout = Layout::of(
            indicators
                .iter()
                .map(|p| (p.indicator.plan, p.indicator.area.as_str())),
        );
        Ok(Monitor {
            options,
            period,
            indicators,
            by_id,
            empty: Series::default(),
            layout,
            periods: OnceLock::new(),
        })
    }

    /// The ids of the indicators reported on, in table order.
    pub fn indicator_ids(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.indicators.iter().map(|p| p.indicator.id.as_str())
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
    pub(super) fn report_at(&self, data: &Dataset, year: Year) -> Report {
        let mut notes = notes(data, year);
        let series = self.series_of(data);
        // One allocation for every row's evidence years.
        let mut years = Vec::new();
        let rows: Vec<ReportRow> = self
            .indicators
            .iter()
            .zip(series)
            .map(|(prepared, series)| {
                let notes = if notes.is_empty() {
                    Vec::new()
                } else {
                    notes
                        .remove(prepared.indicator.id.as_str())
                        .unwrap_or_default()
                };
                self.row(prepared, series, data, year, notes, &mut years)
            })
            .collect();
        let summary = Summary::of(&self.layout, &rows);
        let warnings = warnings(&rows);
        let periods = self
            .periods
            .get_or_init(|| PlanPeriod::of(&rows, self.options.period))
            .clone();
        Report {
            assessment_year: year,
            baseline_year: self.period.baseline_year,
            target_year: self.period.target_year,
            plan: self.options.plan,
            periods,
            rows,
            summary,
            warnings,
        }
    }

    /// Each indicator's series in `data` ([`Dataset::series`]), in table order: the dataset's
    /// series walked once in id order beside the indicators sorted the same way, rather than
    /// one lookup by name per row.
    fn series_of<'d>(&'d self, data: &'d Dataset) -> Vec<&'d Series> {
        let mut found = vec![&self.empty; self.indicators.len()];
        let mut have = data.indicator_series_by_id().peekable();
        for &i in &self.by_id {
            let id = self.indicators[i].indicator.id.as_str();
            found[i] = loop {
                match have.peek() {
                    // The usual case first: the next series is this indicator's.
                    Some(&(key, series)) if key == id => {
                        have.next();
                        break series;
                    }
                    Some(&(key, _)) if key < id => {
                        have.next();
                    }
                    // Not an indicator series: perhaps a reference series of that name.
                    _ => break data.series(id).unwrap_or(&self.empty),
                }
            };
        }
        found
    }

    fn row(
        &self,
        prepared: &Prepared,
        series: &Series,
        data: &Dataset,
        year: Year,
        notes: Vec<Note>,
        years: &mut Vec<Year>,
    ) -> ReportRow {
        let Prepared {
            indicator,
            bound,
            catalogue_baseline,
            policy,
        } = prepared;
        let indicator: &'static Indicator = indicator;
        let policy = policy.as_ref().unwrap_or(&self.options.policy);
        let context = Context {
            as_of: Some(year),
            given_baseline: catalogue_baseline.as_ref(),
            references: Some(data.references()),
        };
        let bound = match bound.as_ref() {
            Ok(bound) => bound,
            Err(e) => {
                let window = Window::unbound(series, policy.baseline_year, &context);
                let mut row = blank_row(indicator, notes, Explanation::unbound(e.clone()));
                row.baseline = window
                    .baseline()
                    .map(|(o, _)| Point::new(policy.baseline_year, o));
                return row;
            }
        };
        // One window for the status, the outlook and the projection.
        let window = Window::new(bound, series, &context);
        let mut assessment =
            eval::evaluate_for_report(bound, &window, &context, std::mem::take(years));
        let outlook = outlook::assess(bound, &assessment, &window, policy);
        // Red too for a milestone missed in its year.
        let warning = outlook::warning_for(&assessment, outlook.outlook, year, policy.target_year);
        *years = std::mem::take(&mut assessment.evidence.years);
        // The reasons are kept as they are: written out only when someone reads them.
        let mut row = blank_row(
            indicator,
            notes,
            Explanation::assessed(assessment.explanation, outlook.explanation),
        );
        row.baseline = window
            .baseline()
            .map(|(o, _)| Point::new(window.baseline_year(), o));
        row.current = window.current().map(|(y, o)| Point::new(y, o));
        row.status = assessment.status;
        row.outlook = outlook.outlook;
        row.rate = outlook.rate;
        row.rate_kind = outlook.rate_kind;
        row.projected = window
            .projection_2dp(policy.target_year)
            .map(|v| clamp_to_natural_limits(v, indicator.unit, policy));
        row.warning = warning;
        row
    }
}

/// An indicator's row before assessment: no values, `insufficient_data`, no warning.
fn blank_row(
    indicator: &'static Indicator,
    notes: Vec<Note>,
    explanation: Explanation,
) -> ReportRow {
    ReportRow {
        id: &indicator.id,
        plan: indicator.plan,
        area: &indicator.area,
        name: &indicator.name,
        unit: indicator.unit_label.as_deref(),
        target: &indicator.target_text,
        kind: indicator.target.kind(),
        attribute: indicator.attribute,
        baseline: None,
        current: None,
        status: Status::InsufficientData,
        outlook: Outlook::InsufficientData,
        rate: None,
        rate_kind: RateKind::None,
        projected: None,
        warning: None,
        explanation,
        notes,
    }
}

/// A projection kept inside what the quantity can be: 0 to the natural limit for a percentage,
/// at least 0 for every other unit (rates and counts). Ratios and unitless figures are left as
/// they are. `max`/`min` rather than `clamp`: no assertion on the policy's numbers.
fn clamp_to_natural_limits(value: Decimal, unit: Option<Unit>, policy: &Policy) -> Decimal {
    match unit {
        Some(Unit::Percent) => {
            fixed::min(fixed::max(value, Decimal::ZERO), policy.percentage_limit)
        }
        Some(_) => fixed::max(value, Decimal::ZERO),
        None => value,
    }
}

/// The notes of every indicator's records up to `year`, by indicator id, in file order: one
/// pass over the records per report rather than one per row.
fn notes(data: &Dataset, year: Year) -> HashMap<&'static str, Vec<Note>> {
    let mut by_id: HashMap<&'static str, Vec<Note>> = HashMap::new();
    for r in data.records().iter().filter(|r| r.year <= year) {
        for (column, text) in r.extra.iter().filter(|(_, text)| !text.trim().is_empty()) {
            by_id.entry(r.subject.key()).or_default().push(Note {
                year: r.year,
                column: column.clone(),
                text: text.clone(),
            });
        }
    }
    by_id
}
