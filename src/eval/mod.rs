//! Status of a target as of a year: the "Status" table of [`crate::semantics`] (docs/semantics.md), rule by rule.
//!
//! Three steps: a [`Policy`] holds the thresholds; [`bind`] checks a parsed [`Target`](crate::Target) against
//! its indicator ([`IndicatorSpec`]) before any data is read; [`evaluate`] checks the bound target
//! against a [`Series`] and returns an [`Assessment`]: a [`Status`], the [`Evidence`] used and a
//! one-sentence explanation.
//!
//! # Terms
//!
//! - The **current value** `y_t` is the latest observation in a year ≤ t (t = [`Context::as_of`],
//!   or the latest observed year); the evidence says which year it came from.
//! - The **baseline** `y_B` is the series' own observation in B ([`Policy::baseline_year`]), else
//!   [`Context::given_baseline`], else missing. Never interpolated. A relative change that
//!   names its own year b (`比2015年…`) takes `y_b` from the series in b only (the catalogue's
//!   figure is for B); `较上届` takes the latest observation before t.
//! - The **window** B..t is the baseline (from either source) followed by the series'
//!   observations in the years after B up to the current value's year. *Keep*, *reach and keep*,
//!   *rise every year*, *rise gradually*, *consolidate* and measurable qualitative goals look at
//!   the window.
//! - Forms that compare with the baseline (rise, fall, under control, toward balance, narrow)
//!   need a current value from a year after B: with nothing after the baseline they are
//!   `insufficient_data`, not "no change".
//! - A **bound** observation (`≤14`) is met when every value it allows meets, not met when none
//!   does, and otherwise `insufficient_data` ("undecidable from a bound"). A **ratio**
//!   observation only meets ratio targets, and a ratio target only reads ratio observations: a
//!   bare number `x` for a ratio target is `insufficient_data`, because `x` could mean `x:1` or
//!   `1:x` (status and outlook alike, see [`Window`]).
//!
//! # Rules, with worked numbers
//!
//! The examples use this helper: bind with the default policy and no indicator data, evaluate
//! the series text as of the given year.
//!
//! ```
//! # use plan_targets::eval::{bind, evaluate, Context, IndicatorSpec, Policy, Status};
//! # use plan_targets::series::Series;
//! fn status(target: &str, series: &str, as_of: Option<i32>) -> Status {
//!     let bound = bind(&target.parse().unwrap(), &IndicatorSpec::default(), &Policy::default()).unwrap();
//!     let (series, _) = Series::parse(series).unwrap();
//!     evaluate(&bound, &series, &Context { as_of, ..Context::default() }).status
//! }
//! // Comparison: `y_t op v`, exact; `＞`/`＜` strict, `以上`/`以下`/`≥`/`≤` inclusive.
//! assert_eq!(status("≥82.3", "2020=80,2023=82.30", None), Status::Met);
//! assert_eq!(status("＞98.5", "2023=98.5", None), Status::NotMet);
//! assert_eq!(status("90%以上", "2023=90", None), Status::Met);
//! // … as of 2022 the 2023 figure is ignored: the current value is 2020's.
//! assert_eq!(status("≥82.3", "2020=80,2023=83", Some(2022)), Status::NotMet);
//! // A bound: `14以内` meets `<15` whatever the value, but not decidably `<14`.
//! assert_eq!(status("<15", "2023=14以内", None), Status::Met);
//! assert_eq!(status("<14", "2023=14以内", None), Status::InsufficientData);
//! assert_eq!(status("<14", "2023=＜14", None), Status::Met);
//! // Approximately: |y − 45| ≤ 5 % of 45 = 2.25; an explicit ±2 sets δ.
//! assert_eq!(status("45左右", "2023=47.25", None), Status::Met);
//! assert_eq!(status("45左右", "2023=47.26", None), Status::NotMet);
//! assert_eq!(status("45±2", "2023=47.25", None), Status::NotMet);
//! // Range: both ends included.
//! assert_eq!(status("103—107", "2023=107", None), Status::Met);
//! assert_eq!(status("103—107", "2023=107.01", None), Status::NotMet);
//! // Rise: y_t > y_B.
//! assert_eq!(status("提高", "2020=80,2023=80.01", None), Status::Met);
//! assert_eq!(status("提高", "2020=80,2023=80", None), Status::NotMet);
//! assert_eq!(status("提高", "2020=80", None), Status::InsufficientData);
//! // Rise every year: strictly, every year; a missing year is insufficient data.
//! assert_eq!(status("逐年提高", "2020=1,2021=2,2022=3", None), Status::Met);
//! assert_eq!(status("逐年提高", "2020=1,2021=2,2022=2", None), Status::NotMet);
//! assert_eq!(status("逐年提高", "2020=1,2022=3", None), Status::InsufficientData);
//! // Rise gradually: above the baseline and a positive least-squares slope over B..t.
//! assert_eq!(status("逐步提高", "2020=10,2021=14,2022=11,2023=12", None), Status::Met);
//! assert_eq!(status("逐步提高", "2020=10,2021=30,2022=11,2023=10.5", None), Status::NotMet);
//! // Consolidate and rise: as rise, and never below the baseline on the way.
//! assert_eq!(status("巩固提高", "2020=90,2021=89.9,2022=91", None), Status::NotMet);
//! assert_eq!(status("巩固提高", "2020=90,2021=90,2022=91", None), Status::Met);
//! // Fall: y_t < y_B, or both 0.
//! assert_eq!(status("下降", "2020=5,2023=4.9", None), Status::Met);
//! assert_eq!(status("下降", "2020=0,2023=0", None), Status::Met);
//! // Fall markedly: y_t ≤ y_B·0.99^(t−B): 100·0.99³ = 97.0299.
//! assert_eq!(status("明显下降", "2020=100,2023=97.0299", None), Status::Met);
//! assert_eq!(status("明显下降", "2020=100,2023=97.03", None), Status::NotMet);
//! // Under control: y_t ≤ y_B.
//! assert_eq!(status("得到控制", "2020=5,2023=5", None), Status::Met);
//! // Narrow: fall of the absolute gap; −3 → 2 narrows.
//! assert_eq!(status("逐步缩小", "2020=-3,2023=2", None), Status::Met);
//! // Keep: at every observation in B..t.
//! assert_eq!(status("保持在90%以上", "2020=91,2021=89,2023=95", None), Status::NotMet);
//! assert_eq!(status("保持在90%以上", "2019=80,2020=91,2023=90", None), Status::Met);
//! // Reach and keep: holds at t and every year after it first held.
//! assert_eq!(status("达到并保持在92.5%以上", "2020=90,2021=93,2023=94", None), Status::Met);
//! assert_eq!(status("达到并保持在92.5%以上", "2020=93,2021=92,2023=94", None), Status::NotMet);
//! // Qualitative: judged by people unless the policy sets a band.
//! assert_eq!(status("保持合理比例", "2023=50", None), Status::NeedsJudgement);
//! // Relative change from y_b: a fraction is relative (30·2/3 = 20), points are absolute.
//! assert_eq!(status("下降1/3", "2020=30,2023=20", None), Status::Met);
//! assert_eq!(status("下降1/3", "2020=30,2023=20.01", None), Status::NotMet);
//! assert_eq!(status("下降1/3", "2019=30,2023=20", None), Status::InsufficientData);
//! assert_eq!(status("较2015年提高5个百分点", "2015=60,2023=65", None), Status::Met);
//! assert_eq!(status("比2020年翻一番", "2020=5,2025=9.99", None), Status::NotMet);
//! // Annual change: 0.5 points a year for 3 years; 7 % a year compounds (100·1.07² = 114.49).
//! assert_eq!(status("每年降低0.5个百分点以上", "2020=30,2023=28.5", None), Status::Met);
//! assert_eq!(status("年均增长7%以上", "2020=100,2022=114.48", None), Status::NotMet);
//! // Milestones: the one due at t decides (2025's in 2024, 2030's in 2026).
//! let m = "到2025年控制在10.5/10万以下，到2030年下降到10/10万以下";
//! assert_eq!(status(m, "2020=12,2024=10.5", None), Status::Met);
//! assert_eq!(status(m, "2020=12,2026=10.5", None), Status::NotMet);
//! // All of: every part; not met when one is not.
//! assert_eq!(status("有1名以上女干部，并逐步增加", "2020=1,2021=2,2022=3", None), Status::Met);
//! assert_eq!(status("有1名以上女干部，并逐步增加", "2020=1,2022=0", None), Status::NotMet);
//! // Stable within 5 % of y_B; eliminate is ≤ 0; a rank is lower-is-better.
//! assert_eq!(status("保持稳定", "2020=100,2021=105.01,2023=100", None), Status::NotMet);
//! assert_eq!(status("消除贫困", "2023=0", None), Status::Met);
//! assert_eq!(status("进入前15位", "2023=16", None), Status::NotMet);
//! ```
//!
//! The rules of the wider notation (relative and annual change, milestones, all of, improve,
//! stable, eliminate, rank) are stated in full in [`crate::semantics`].
//!
//! Ratio, reference, commensurate, toward balance and the policy's bands need indicator data;
//! see [`evaluate`].

mod bind;
pub(crate) mod change;
pub(crate) mod fixed;
pub(crate) mod logic;
mod policy;
pub(crate) mod reason;
mod rules;
mod window;

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

pub(crate) use bind::Pace;
pub use bind::{BindError, BindErrorKind, BoundTarget, IndicatorSpec, bind};
pub use policy::{Band, OutlookThresholds, Policy, PolicyError, PolicyErrorKind, PolicyOverride};
pub use reason::Reason;
pub(crate) use reason::reads_as;
pub(crate) use rules::evaluate_for_report;
pub use rules::{evaluate, evaluate_in};
pub use window::Window;
pub(crate) use window::{Fit, Reading, Rises, Stop};

use crate::series::{Observation, Series, Year};
use crate::syntax::{CmpOp, Direction, Kind};

/// Reference series by name, for reference and commensurate targets.
pub type References = BTreeMap<String, Series>;

/// What an evaluation needs besides the target and the series. `Context::default()` is "as of the
/// latest observation, no given baseline, no reference series".
#[derive(Clone, Copy, Debug, Default)]
pub struct Context<'a> {
    /// The assessment year t; `None` for the latest observed year.
    pub as_of: Option<Year>,
    /// The baseline value to use when the series has no observation in B: the catalogue's
    /// baseline figure ([`Indicator::baseline_observation`](crate::catalog::Indicator::baseline_observation)),
    /// or one a user gives (the command line's `--baseline`).
    pub given_baseline: Option<&'a Observation>,
    /// Reference series by name ([`IndicatorSpec::reference`]).
    pub references: Option<&'a References>,
}

/// Is the target satisfied as of year t?
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// The target is satisfied.
    Met,
    /// The target is not satisfied.
    NotMet,
    /// Something the form needs is missing or undecidable (a bound that allows both).
    InsufficientData,
    /// A qualitative goal with no measurable rule configured.
    NeedsJudgement,
}

impl Status {
    /// The snake_case name: `met`, `not_met`, `insufficient_data`, `needs_judgement`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Status::Met => "met",
            Status::NotMet => "not_met",
            Status::InsufficientData => "insufficient_data",
            Status::NeedsJudgement => "needs_judgement",
        }
    }
}

impl std::fmt::Display for Status {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The condition actually applied to a value, after the policy and the indicator resolved it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Threshold {
    /// `y op value`.
    Compare {
        /// The operator.
        op: CmpOp,
        /// The bound.
        value: Decimal,
    },
    /// `low ≤ y ≤ high` (ranges, `左右` after δ, bands, a bare value with no direction).
    Within {
        /// Lower end, included.
        low: Decimal,
        /// Upper end, included.
        high: Decimal,
    },
    /// `a:b` compared by cross-multiplication with the observed `a_t:b_t`.
    Ratio {
        /// a.
        antecedent: Decimal,
        /// b.
        consequent: Decimal,
        /// Higher: `a·b_t ≥ b·a_t`; lower: `≤`; none: `|a_t·b − a·b_t| ≤ δ·a·b_t`.
        direction: Option<Direction>,
        /// δ, relative.
        tolerance: Decimal,
    },
}

impl Threshold {
    /// Whether an exact value meets the threshold; `None` for a ratio threshold, which needs a
    /// ratio observation.
    ///
    /// ```
    /// use plan_targets::eval::Threshold;
    /// use plan_targets::CmpOp;
    /// use rust_decimal::Decimal;
    /// let t = Threshold::Compare { op: CmpOp::Gt, value: "98.5".parse().unwrap() };
    /// assert_eq!(t.holds("98.5".parse().unwrap()), Some(false));
    /// let band = Threshold::Within { low: Decimal::from(103), high: Decimal::from(107) };
    /// assert_eq!(band.holds(Decimal::from(107)), Some(true));
    /// ```
    pub fn holds(&self, value: Decimal) -> Option<bool> {
        match *self {
            Threshold::Compare { op, value: bound } => Some(op.holds(value, bound)),
            Threshold::Within { low, high } => Some(low <= value && value <= high),
            Threshold::Ratio { .. } => None,
        }
    }
}

/// An observation and its year.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dated {
    /// The year.
    pub year: Year,
    /// The observation.
    pub observation: Observation,
}

/// Where the baseline value came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BaselineSource {
    /// The series' own observation in B.
    Series,
    /// The value given in [`Context::given_baseline`] (the catalogue's baseline figure or a
    /// user's), the series having none in B. `"given"` in JSON.
    Given,
}

/// The baseline used.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BaselineValue {
    /// The baseline year B.
    pub year: Year,
    /// The value.
    pub observation: Observation,
    /// Where it came from.
    pub source: BaselineSource,
}

/// The reference series' value used.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReferenceValue {
    /// The series' name.
    pub series: String,
    /// The year looked up: the current value's year.
    pub year: Year,
    /// The value in that year, if observed.
    pub observation: Option<Observation>,
}

/// The data an assessment used, for reports.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    /// The form of the target.
    pub kind: Kind,
    /// The indicator's id.
    pub indicator: Option<String>,
    /// The assessment year asked for (`None`: the latest observation).
    pub as_of: Option<Year>,
    /// The current value y_t and its year (the [`Window`]'s).
    pub observed: Option<Dated>,
    /// The baseline y_B with its source, when known (the [`Window`]'s), whether or not the
    /// form compares with it.
    pub baseline: Option<BaselineValue>,
    /// The reference value r_t, for reference and commensurate targets.
    pub reference: Option<ReferenceValue>,
    /// The condition applied to the value, where there is one.
    pub threshold: Option<Threshold>,
    /// The years of the observations the rule looked at.
    pub years: Vec<Year>,
    /// The least-squares slope over B..t (per year), for *rise gradually*.
    pub slope: Option<Decimal>,
    /// The first year the condition held, for *reach and keep*.
    pub first_held: Option<Year>,
    /// The first year that decided against the target or was missing, where there is one.
    pub decided_by: Option<Year>,
    /// A baseline value the target writes (`从目前的29.3降至25左右`): kept as evidence; the
    /// series' own value decides.
    pub stated_baseline: Option<Decimal>,
    /// For milestones: the year of the milestone due at t, which decided the status.
    pub due: Option<Year>,
    /// For milestones (and all-of targets holding them): the first milestone whose year has
    /// come (≤ t) and that was not met as of its year. It raises a red warning.
    pub missed: Option<Year>,
    /// The assessments of the parts: every part of an all-of target, or the milestone due.
    pub parts: Vec<Assessment>,
}

impl Evidence {
    /// Sets [`Evidence::years`], in the allocation it already has.
    pub(crate) fn set_years(&mut self, years: &[Year]) {
        self.years.clear();
        self.years.extend_from_slice(years);
    }
}

/// The result of [`evaluate`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Assessment {
    /// Met, not met, insufficient data or needs judgement.
    pub status: Status,
    /// The years and values used.
    pub evidence: Evidence,
    /// Why, as one clause; written out by `Display` (and as a string in JSON).
    pub explanation: Reason,
}

#[cfg(test)]
mod forms_tests;
#[cfg(test)]
mod tests;
