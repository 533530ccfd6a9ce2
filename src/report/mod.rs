//! Monitoring reports: every catalogue indicator's status, outlook and warning as of a year.
//!
//! A [`Report`] is plain data (serde `Serialize`); [`render`] turns it into Markdown for people,
//! CSV for spreadsheets and JSON for tools. Computing never prints.
//!
//! For each indicator of the catalogue (all, or one plan), in table order:
//! 1. its target is bound to the indicator ([`crate::bind`]) once, when the [`Monitor`] is built;
//! 2. its series is evaluated as of the assessment year ([`crate::evaluate`]), with the
//!    catalogue's baseline when the series has no figure for the baseline year;
//! 3. the outlook to the target year follows the semantics ([`crate::semantics`], [`crate::outlook::assess`]), by
//!    the method binding chose for the form, over the same window (baseline, current value,
//!    trend) as the status:
//!    - quantified targets (comparison, attain, approximately, range, ratio, reference,
//!      commensurate, keep): `achieved` when met, else the ratio `R` of the actual to the
//!      required rate towards the threshold the evaluation applied (a band's nearest edge);
//!    - `逐年提高`: on track while every change is a rise;
//!    - other directional goals: the annual rate `s`, with the natural-limit factor for
//!      percentages; `趋于平衡` is judged as a quantified target whose target is the balance
//!      band's nearest edge, and `缩小` on the absolute gap;
//!    - qualitative goals: `needs_judgement` (`achieved` when a policy band decides them met);
//!    - `分别` lists: `insufficient_data` (each item belongs to another indicator);
//!    - relative and annual changes: quantified, towards the threshold their baseline gives;
//!      milestones: the milestone due, towards its year; all of: the worst part's outlook;
//! 4. the value projected to the target year by least squares (for the reader, not the verdict);
//! 5. the warning: yellow, orange or red for `acceleration_needed`, `limited_progress`,
//!    `deteriorating`, and red for `not_met` at or after the target year or for a milestone
//!    missed in its year ([`crate::outlook::warning_for`]).
//!
//! Ratio figures (`1:1.2`) enter rates and projections as the second term per unit of the
//! first (`1.2`); the status itself never divides. A bare number on a ratio indicator is read
//! as nothing, by the status and the outlook alike (it could be either way round).
//!
//! The module is split by concern: this file holds the plain data of a report (`Report`,
//! `ReportRow`, `Point`, `Note`, `WarningEntry`); `monitor` computes it; `summary` counts it;
//! `render` writes it out.
//!
//! ```
//! use plan_targets::report::{Monitor, ReportOptions};
//! use plan_targets::data::Dataset;
//!
//! // With no data file: the catalogue's own 2020 baselines.
//! let data = Dataset::from_catalog_baselines(2020);
//! let report = Monitor::new(ReportOptions::default())?.report(&data);
//! assert_eq!(report.assessment_year, 2020);
//! assert_eq!(report.rows.len(), 89);
//! let w03 = report.rows.iter().find(|r| r.id == "W03").unwrap();
//! assert_eq!(w03.current.as_ref().unwrap().value.to_string(), "≤14");
//! # Ok::<(), plan_targets::eval::PolicyError>(())
//! ```

mod explain;
#[cfg(feature = "html")]
pub mod html;
pub mod lang;
mod monitor;
#[cfg(feature = "csv")]
pub mod regions;
pub mod render;
mod summary;
#[cfg(feature = "xlsx")]
pub mod xlsx;

use rust_decimal::Decimal;
use serde::Serialize;

use crate::catalog::{Attribute, Period, Plan};
use crate::eval::{BindError, Reason, Status};
use crate::outlook::{Outlook, OutlookReason, RateKind, Warning};
use crate::series::{Observation, Year};
use crate::syntax::Kind;

pub use monitor::{Monitor, ReportOptions};
pub use summary::{Counted, Counts, GroupSummary, Summary, Tally};

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
    pub(crate) fn new(year: Year, observation: &Observation) -> Point {
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
    /// Why: the status's clause and the outlook's, written out by `Display` (and serialized
    /// as that text) only when shown.
    pub explanation: Explanation,
    /// The extra columns of the data file (`note` …) on this indicator's records up to the
    /// assessment year, non-empty ones only, in file order.
    pub notes: Vec<Note>,
}

/// Why a row has its status and outlook: `<status's reason>; outlook: <outlook's reason>`, or
/// `cannot evaluate: <why>` for a target that could not be bound to its indicator.
///
/// A small value: nothing is formatted until it is shown (`Display`, `to_string`), so a report
/// nobody reads the explanations of (a national run, a summary) never writes them. Serialized
/// as its text; two explanations are equal when they read the same.
///
/// ```
/// use plan_targets::data::Dataset;
/// use plan_targets::report::{Monitor, ReportOptions};
///
/// let data = Dataset::from_catalog_baselines(2020);
/// let report = Monitor::new(ReportOptions::default())?.report(&data);
/// let w03 = report.rows.iter().find(|r| r.id == "W03").unwrap();
/// let text = w03.explanation.to_string();
/// assert!(text.contains("; outlook: "));
/// assert_eq!(w03.explanation, text.as_str());
/// # Ok::<(), plan_targets::eval::PolicyError>(())
/// ```
#[derive(Clone, Debug)]
pub struct Explanation(Why);

#[derive(Clone, Debug)]
enum Why {
    /// The status's reason and the outlook's.
    Assessed(Reason, OutlookReason),
    /// The target could not be bound to the indicator.
    Unbound(BindError),
}

impl Explanation {
    pub(crate) fn assessed(status: Reason, outlook: OutlookReason) -> Explanation {
        Explanation(Why::Assessed(status, outlook))
    }

    pub(crate) fn unbound(error: BindError) -> Explanation {
        Explanation(Why::Unbound(error))
    }
}

impl std::fmt::Display for Explanation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.0 {
            Why::Assessed(status, outlook) => write!(f, "{status}; outlook: {outlook}"),
            Why::Unbound(e) => write!(f, "cannot evaluate: {e}"),
        }
    }
}

impl Explanation {
    /// Whether the explanation reads `text`, written piece by piece against it (no allocation;
    /// the first mismatch stops the writing).
    fn reads(&self, text: &str) -> bool {
        struct Rest<'a>(&'a str);
        impl std::fmt::Write for Rest<'_> {
            fn write_str(&mut self, piece: &str) -> std::fmt::Result {
                self.0 = self.0.strip_prefix(piece).ok_or(std::fmt::Error)?;
                Ok(())
            }
        }
        let mut rest = Rest(text);
        std::fmt::write(&mut rest, format_args!("{self}")).is_ok() && rest.0.is_empty()
    }
}

impl PartialEq for Explanation {
    fn eq(&self, other: &Explanation) -> bool {
        self.reads(&other.to_string())
    }
}

impl PartialEq<str> for Explanation {
    fn eq(&self, other: &str) -> bool {
        self.reads(other)
    }
}

impl PartialEq<&str> for Explanation {
    fn eq(&self, other: &&str) -> bool {
        self.reads(other)
    }
}

impl Serialize for Explanation {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
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

/// A plan of a report and the baseline and target years its rows were assessed over;
/// serialized as `{"plan": "women", "baseline_year": 2020, "target_year": 2030}`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct PlanPeriod {
    /// The plan.
    pub plan: Plan,
    /// Its B and T.
    #[serde(flatten)]
    pub period: Period,
}

impl PlanPeriod {
    /// The plans of `rows` in order of first appearance, each with `fixed` (one period for every
    /// plan) or its own period.
    pub(crate) fn of(rows: &[ReportRow], fixed: Option<Period>) -> Vec<PlanPeriod> {
        let mut out: Vec<PlanPeriod> = Vec::new();
        for row in rows {
            if out.last().is_none_or(|p| p.plan != row.plan)
                && !out.iter().any(|p| p.plan == row.plan)
            {
                out.push(PlanPeriod {
                    plan: row.plan,
                    period: fixed.unwrap_or(row.plan.period()),
                });
            }
        }
        out
    }
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
    /// Each plan of the report with the period its rows were assessed over (the plan's own, or
    /// the one `ReportOptions::period` gave every plan), in catalogue order. `baseline_year` and
    /// `target_year` above are the first plan's.
    pub periods: Vec<PlanPeriod>,
    /// One row per catalogue indicator, in table order; indicators with no data included.
    pub rows: Vec<ReportRow>,
    /// Counts per plan and per area.
    pub summary: Summary,
    /// The raised warnings, binding indicators first.
    pub warnings: Vec<WarningEntry>,
}

impl Report {
    /// The plans of the report, in catalogue order.
    ///
    /// ```
    /// use plan_targets::catalog::Plan;
    /// use plan_targets::data::Dataset;
    /// use plan_targets::report::{Monitor, ReportOptions};
    /// let report = Monitor::new(ReportOptions::default())?.report(&Dataset::default());
    /// assert_eq!(report.plans().collect::<Vec<_>>(), [Plan::Women, Plan::Children]);
    /// # Ok::<(), plan_targets::eval::PolicyError>(())
    /// ```
    pub fn plans(&self) -> impl Iterator<Item = Plan> + '_ {
        self.periods.iter().map(|p| p.plan)
    }

    /// The baseline and target years `plan`'s rows were assessed over (the report's own for a
    /// plan it does not have).
    pub fn period_of(&self, plan: Plan) -> Period {
        self.periods.iter().find(|p| p.plan == plan).map_or(
            Period {
                baseline_year: self.baseline_year,
                target_year: self.target_year,
            },
            |p| p.period,
        )
    }

    /// True when every plan of the report has the same period (the report's).
    pub fn one_period(&self) -> bool {
        self.periods.iter().all(|p| {
            (p.period.baseline_year, p.period.target_year) == (self.baseline_year, self.target_year)
        })
    }

    /// The rows of `plan`, in table order.
    pub fn rows_of(&self, plan: Plan) -> impl Iterator<Item = &ReportRow> + '_ {
        self.rows.iter().filter(move |r| r.plan == plan)
    }
}
