//! The catalogue: every indicator of the Wushan women's and children's development plans
//! 2021–2030, typed and embedded in the library.
//!
//! The source data are the CSV files under `catalog/` in the repository (made by hand from the
//! plan text, with the provenance of every figure quoted verbatim). They are embedded with
//! `include_str!` and parsed once, at first use; nothing is read from disk at run time. A test
//! loads and validates every row, so the one-time load cannot fail for users.
//!
//! What the catalogue holds:
//!
//! - [`Indicator`]s: the rows of the two 主要指标 tables (48 for women, 41 for children), each
//!   with its target parsed into a [`Target`], its unit typed, and the baselines the plans'
//!   发展基础 paragraphs print for it ([`BaselineFigure`]);
//! - [`TaskTarget`]s: quantified targets written in the plans' task text rather than the
//!   tables (`新生儿访视率保持在90%以上`);
//! - [`Disagreement`]s: figures the two plans print differently for the same thing.
//!
//! # Example
//!
//! ```
//! use plan_targets::catalog::{self, Attribute, Plan};
//! use plan_targets::{Kind, Unit};
//!
//! let w03 = catalog::get("W03").unwrap();
//! assert_eq!(w03.name, "孕产妇死亡率");
//! assert_eq!(w03.plan, Plan::Women);
//! assert_eq!(w03.unit, Some(Unit::PerHundredThousand));
//! assert_eq!(w03.target_text, "<8");
//! assert_eq!(w03.target.kind(), Kind::Comparison);
//! assert_eq!(w03.attribute, Some(Attribute::Binding));
//!
//! // The 2020 baseline, as printed and typed.
//! let baseline = &w03.baselines[0];
//! assert_eq!((baseline.year, baseline.value.as_str()), (2020, "14/10万以内"));
//! assert_eq!(baseline.observed().value, "14".parse().unwrap());
//!
//! // Look up by id or by name; unknown names come with suggestions.
//! assert_eq!(catalog::lookup("孕产妇死亡率").unwrap().id, "W03");
//! let err = catalog::lookup("孕产妇死亡").unwrap_err();
//! assert_eq!(err.suggestions()[0], "孕产妇死亡率");
//! assert_eq!(catalog::by_plan(Plan::Children).count(), 41);
//! ```

mod bridge;
#[cfg(feature = "csv")]
pub mod file;
mod generated;
mod load;
pub mod render;

use std::collections::HashMap;
use std::sync::LazyLock;

use rust_decimal::Decimal;
use serde::Serialize;

use crate::series::Year;
use crate::syntax::{CmpOp, Direction, Target, Unit, fold};
use crate::text::did_you_mean;

#[cfg(feature = "csv")]
pub use file::{CatalogError, CatalogErrorKind, CatalogErrors};
#[cfg(feature = "json")]
pub use render::to_json;
pub use render::{Row, to_csv, to_table};

/// A plan: the embedded Wushan women's ([`Plan::Women`]) and children's ([`Plan::Children`])
/// plans, or a plan of a catalogue file ([`Catalog::from_csv_str`]).
///
/// A plan knows its key (`women`, the `plan` column of a catalogue file), its title and its
/// period: the baseline year B and the target year T that status, outlook and warnings use
/// (2020 → 2030 for the 2021–2030 plans, 2010 → 2020 for the 2011–2020 outlines). It is a
/// small `Copy` handle; two plans are equal when key, title, prefix and period are.
///
/// ```
/// use plan_targets::catalog::Plan;
/// assert_eq!(Plan::Women.as_str(), "women");
/// assert_eq!((Plan::Women.baseline_year(), Plan::Women.target_year()), (2020, 2030));
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Plan(&'static PlanInfo);

/// What a [`Plan`] refers to. Interned: one leaked copy per distinct plan, however often a
/// catalogue declaring it is loaded.
#[derive(Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct PlanInfo {
    // The order of the embedded plans (women first) comes from `order`, compared first.
    order: u32,
    key: &'static str,
    title: &'static str,
    id_prefix: Option<char>,
    baseline_year: Year,
    target_year: Year,
}

#[allow(non_upper_case_globals)]
impl Plan {
    /// 巫山县妇女发展规划（2021—2030年）: ids `W…`; B = 2020, T = 2030.
    pub const Women: Plan = Plan(&PlanInfo {
        order: 0,
        key: "women",
        title: "巫山县妇女发展规划（2021—2030年）",
        id_prefix: Some('W'),
        baseline_year: 2020,
        target_year: 2030,
    });
    /// 巫山县儿童发展规划（2021—2030年）: ids `C…`; B = 2020, T = 2030.
    pub const Children: Plan = Plan(&PlanInfo {
        order: 1,
        key: "children",
        title: "巫山县儿童发展规划（2021—2030年）",
        id_prefix: Some('C'),
        baseline_year: 2020,
        target_year: 2030,
    });

    /// The embedded plans, women's first (the order of the embedded catalogue).
    pub const ALL: [Plan; 2] = [Plan::Women, Plan::Children];

    /// A plan of a catalogue file: `key` is its `plan` column, `title` its `plan_title`,
    /// `period` its `period` (B, T). Interned, so that loading a catalogue again costs nothing.
    #[cfg_attr(not(feature = "csv"), allow(dead_code))]
    pub(crate) fn declare(order: u32, key: &str, title: &str, period: Period) -> Plan {
        use std::sync::Mutex;
        static INTERNED: Mutex<Vec<&'static PlanInfo>> = Mutex::new(Vec::new());
        let mut interned = INTERNED.lock().unwrap_or_else(|e| e.into_inner());
        let same = |p: &&&'static PlanInfo| {
            p.order == order
                && p.key == key
                && p.title == title
                && (p.baseline_year, p.target_year) == (period.baseline_year, period.target_year)
        };
        if let Some(&info) = interned.iter().find(same) {
            return Plan(info);
        }
        let info: &'static PlanInfo = Box::leak(Box::new(PlanInfo {
            order,
            key: Box::leak(key.to_owned().into_boxed_str()),
            title: Box::leak(title.to_owned().into_boxed_str()),
            id_prefix: None,
            baseline_year: period.baseline_year,
            target_year: period.target_year,
        }));
        interned.push(info);
        Plan(info)
    }

    /// The name used in JSON and on the command line: `women`, `children`, or a catalogue
    /// file's `plan` column.
    pub const fn as_str(self) -> &'static str {
        self.0.key
    }

    /// The plan's title as the document gives it (a catalogue file's `plan_title`, or its key
    /// when it has none).
    pub const fn title(self) -> &'static str {
        self.0.title
    }

    /// The letter the embedded plans' indicator ids start with: `W` or `C`; `None` for plans of
    /// catalogue files, whose ids are free.
    pub const fn id_prefix(self) -> Option<char> {
        self.0.id_prefix
    }

    /// The baseline year B: the last year before the plan period (2020 for 2021–2030).
    pub const fn baseline_year(self) -> Year {
        self.0.baseline_year
    }

    /// The target year T (2030 for 2021–2030).
    pub const fn target_year(self) -> Year {
        self.0.target_year
    }

    /// B and T together.
    pub const fn period(self) -> Period {
        Period {
            baseline_year: self.0.baseline_year,
            target_year: self.0.target_year,
        }
    }
}

impl std::fmt::Debug for Plan {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Plan({})", self.0.key)
    }
}

impl Serialize for Plan {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.0.key)
    }
}

impl std::fmt::Display for Plan {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for Plan {
    type Err = UnknownPlan;

    /// Reads `women` or `children` (the embedded plans; a catalogue file's plans are found with
    /// [`Catalog::plan`]).
    fn from_str(s: &str) -> Result<Plan, UnknownPlan> {
        match s {
            "women" => Ok(Plan::Women),
            "children" => Ok(Plan::Children),
            _ => Err(UnknownPlan(s.to_owned())),
        }
    }
}

/// A plan's period: the baseline year B and the target year T, written `2020-2030` (also with
/// `–`, `—` or `~`). The 2021–2030 plans are `2020-2030`, the 2011–2020 outlines `2010-2020`,
/// the 十四五 plans `2020-2025`.
///
/// ```
/// use plan_targets::catalog::Period;
/// let p: Period = "2010-2020".parse().unwrap();
/// assert_eq!((p.baseline_year, p.target_year), (2010, 2020));
/// assert_eq!(p.to_string(), "2010-2020");
/// assert!("2020-2010".parse::<Period>().is_err());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct Period {
    /// B: the year progress is measured from.
    pub baseline_year: Year,
    /// T: the year the targets are for.
    pub target_year: Year,
}

impl Default for Period {
    /// 2020-2030, the period of the embedded plans.
    fn default() -> Period {
        Plan::Women.period()
    }
}

impl std::fmt::Display for Period {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}-{}", self.baseline_year, self.target_year)
    }
}

impl std::str::FromStr for Period {
    type Err = BadPeriod;

    /// Reads `B-T`: two years from 1949 to 2100, B before T.
    fn from_str(s: &str) -> Result<Period, BadPeriod> {
        let bad = || BadPeriod(s.to_owned());
        let (b, t) = s.trim().split_once(['-', '–', '—', '~']).ok_or_else(bad)?;
        let year = |y: &str| {
            let y = y.trim();
            if y.len() == 4 && y.bytes().all(|c| c.is_ascii_digit()) {
                y.parse::<Year>().ok().filter(|y| (1949..=2100).contains(y))
            } else {
                None
            }
        };
        match (year(b), year(t)) {
            (Some(b), Some(t)) if b < t => Ok(Period {
                baseline_year: b,
                target_year: t,
            }),
            _ => Err(bad()),
        }
    }
}

/// The error of parsing a [`Period`].
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error(
    "period `{0}` is not BASELINE-TARGET, two years from 1949 to 2100 with the baseline first, like 2020-2030"
)]
pub struct BadPeriod(pub String);

/// The error of parsing a [`Plan`] from anything but `women` or `children`.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("unknown plan `{0}`: expected women or children")]
pub struct UnknownPlan(pub String);

/// The 指标属性 column of the tables.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Attribute {
    /// 约束性: binding, the government commits to it.
    Binding,
    /// 预期性: expected, a goal to steer towards.
    Expected,
}

impl Attribute {
    /// The name used in JSON: `binding` or `expected`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Attribute::Binding => "binding",
            Attribute::Expected => "expected",
        }
    }

    /// The word the plans print: `约束性` or `预期性`.
    pub const fn as_chinese(self) -> &'static str {
        match self {
            Attribute::Binding => "约束性",
            Attribute::Expected => "预期性",
        }
    }
}

/// The other series an indicator's target is stated against.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ReferenceSeries {
    /// Another indicator of the catalogue, by id: W21 (`不低于本地区党员总数中女性比例`) refers
    /// to W20 (`全县中国共产党女党员比例`).
    Indicator(String),
    /// A series outside the catalogue, by the name the target gives it: W30 refers to
    /// `女职工比例`.
    Series(String),
}

impl ReferenceSeries {
    /// The indicator referred to, when it is one of the embedded catalogue (for a catalogue
    /// file's, use [`Catalog::get`] with the id).
    pub fn indicator(&self) -> Option<&'static Indicator> {
        match self {
            ReferenceSeries::Indicator(id) => get(id),
            ReferenceSeries::Series(_) => None,
        }
    }
}

/// A band of acceptable values set by policy where the plan states none (W39's `趋于平衡`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
#[non_exhaustive]
pub struct PolicyBand {
    /// The lower end (included).
    pub low: Decimal,
    /// The upper end (included).
    pub high: Decimal,
    /// Where the band comes from, since the plan does not state it.
    pub source: String,
}

/// How a baseline figure relates to the indicator it is recorded for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Relation {
    /// The figure measures the indicator itself.
    Same,
    /// The figure measures something close (a sub-population, a different denominator, a
    /// count instead of a rate); [`BaselineFigure::reason`] says how it differs.
    Proxy,
}

impl Relation {
    /// The name used in JSON: `same` or `proxy`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Relation::Same => "same",
            Relation::Proxy => "proxy",
        }
    }
}

/// A figure as the plans print it, typed: `14/10万以内` is at most 14 per hundred thousand,
/// `87%以上` at least 87 %, `约2千人` about 2000 persons.
///
/// This is not a [`Target`]: it is what was observed, with the bound the text attaches to it.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
#[non_exhaustive]
pub struct Observed {
    /// The number, exactly as printed (`2千` reads as `2000`).
    pub value: Decimal,
    /// The unit printed after the number, if any.
    pub unit: Option<Unit>,
    /// `Some(Le)` for `以内`/`以下` (the true value is at most `value`), `Some(Ge)` for `以上`
    /// (at least), `None` for a plain figure.
    pub bound: Option<CmpOp>,
    /// True for `约…` and `…左右`: the figure is rounded.
    pub approximate: bool,
}

/// A figure the plan text prints for an indicator before the plan period (in 发展基础).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
#[non_exhaustive]
pub struct BaselineFigure {
    /// The year the figure is for. When the text gives none, the 发展基础 paragraph's
    /// implicit 2020 (the end of the previous plan); [`BaselineFigure::reason`] then says so.
    pub year: Year,
    /// The figure as printed: `14/10万以内`, `78.99岁`.
    pub value: String,
    /// Whether the figure measures the indicator itself or a proxy.
    pub relation: Relation,
    /// Why the figure is a proxy, or a remark on reading it; required for proxies.
    pub reason: Option<String>,
    /// The sentence (or clause) of the plan text the figure is taken from, verbatim.
    pub quote: String,
    pub(crate) observed: Observed,
    /// The figure as an observation: `observed`'s, or for a catalogue file's `1:1.2` the ratio.
    pub(crate) observation: crate::series::Observation,
}

impl BaselineFigure {
    /// The figure typed: value, unit and bound.
    pub fn observed(&self) -> &Observed {
        &self.observed
    }
}

/// A row of one of the two 主要指标 tables.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
#[non_exhaustive]
pub struct Indicator {
    /// `W01`…`W45`, `C01`…`C34`; rows the tables print without a number take the id of the
    /// numbered row above with a suffix: `W05.1`, `C10.1`…`C10.3`.
    pub id: String,
    /// The plan whose table the row is in.
    pub plan: Plan,
    /// The 类别 column: `妇女与健康`, `儿童与法律保护`…
    pub area: String,
    /// The 序号 column, `None` for the unnumbered rows.
    pub number: Option<u8>,
    /// The indicator's name as printed, without the unit in parentheses.
    pub name: String,
    /// The unit printed in parentheses after the name (`1/10万`), if any.
    pub unit_label: Option<String>,
    /// The unit, typed.
    pub unit: Option<Unit>,
    /// The 2030年目标值 column, verbatim: `＞98.5`, `逐年提高`.
    pub target_text: String,
    /// The target, parsed.
    pub target: Target,
    /// The 指标属性 column; `None` where the table leaves it blank (C10.1–3, C15.1–2).
    pub attribute: Option<Attribute>,
    /// Which way is better; `None` where neither the target nor the plan says.
    pub direction: Option<Direction>,
    /// Why the direction is what it is (or why there is none), where the target does not say.
    pub direction_reason: Option<String>,
    /// The series the target compares the indicator with (W21, W30).
    pub reference: Option<ReferenceSeries>,
    /// A band of acceptable values set by policy, where the plan states none (W39).
    pub band: Option<PolicyBand>,
    /// The figures the plan text gives for the indicator before the plan period.
    pub baselines: Vec<BaselineFigure>,
}

/// A quantified target written in the plans' task text rather than the tables.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
#[non_exhaustive]
pub struct TaskTarget {
    /// `WT01`…, `CT01`…
    pub id: String,
    /// The plan the text is in.
    pub plan: Plan,
    /// The heading of the section the text is in.
    pub section: String,
    /// The sentence (or clause) stating the target, verbatim.
    pub quote: String,
    /// The target phrase within the quote: `保持在90%以上`.
    pub phrase: String,
    /// The phrase, parsed.
    pub target: Target,
    /// The unit written in the phrase, as written.
    pub unit_label: Option<String>,
    /// The unit, typed.
    pub unit: Option<Unit>,
    /// The table indicator the task target belongs to, if any.
    pub indicator: Option<String>,
}

/// One plan's figure in a [`Disagreement`].
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
#[non_exhaustive]
pub struct DisagreementFigure {
    /// The plan printing the figure.
    pub plan: Plan,
    /// The year the figure is for.
    pub year: Year,
    /// The figure as printed.
    pub value: String,
    /// The figure, typed.
    pub observed: Observed,
    /// The text it is printed in, verbatim.
    pub quote: String,
    /// The indicator the figure is about, if one of the catalogue.
    pub indicator: Option<String>,
}

/// Figures the two plans print differently for the same thing.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
#[non_exhaustive]
pub struct Disagreement {
    /// A snake_case name for what the figures are about: `preschool_gross_enrolment_2020`.
    pub topic: String,
    /// The figures, at least two.
    pub figures: Vec<DisagreementFigure>,
}

/// The error of [`lookup`]: no indicator has that id or name.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("unknown indicator `{query}`{}", did_you_mean(.suggestions))]
pub struct UnknownIndicator {
    query: String,
    suggestions: Vec<String>,
}

impl UnknownIndicator {
    /// What was looked up.
    pub fn query(&self) -> &str {
        &self.query
    }

    /// Up to three ids (for an ASCII query) or names (otherwise) closest to the query, closest
    /// first.
    pub fn suggestions(&self) -> &[String] {
        &self.suggestions
    }
}

/// A catalogue: plans, their indicators (targets parsed, units typed), the task-text targets
/// and the figures plans disagree on.
///
/// The embedded Wushan catalogue is [`Catalog::embedded`]; the free functions of this module
/// ([`all`], [`get`], [`lookup`] …) are its methods. A user's catalogue file is read with
/// [`Catalog::from_csv_str`] (feature `csv`; format in [`file`](mod@file)), and is the same type.
///
/// Reports and datasets borrow a catalogue's text for the life of the program (a report row
/// holds `&'static str`s, a record a `&'static Indicator`): hand them a `&'static Catalog`,
/// which for a loaded one is [`Catalog::leak`] — one allocation kept per catalogue loaded,
/// which a program does once.
///
/// ```
/// use plan_targets::catalog::{Catalog, Plan};
/// let wushan = Catalog::embedded();
/// assert_eq!(wushan.indicators().len(), 89);
/// assert_eq!(wushan.plans(), [Plan::Women, Plan::Children]);
/// assert_eq!(wushan.lookup("孕产妇死亡率").unwrap().id, "W03");
/// ```
#[derive(Debug, PartialEq, Eq)]
pub struct Catalog {
    plans: Vec<Plan>,
    indicators: Vec<Indicator>,
    by_id: HashMap<String, usize>,
    tasks: Vec<TaskTarget>,
    disagreements: Vec<Disagreement>,
    /// External reference series (not indicators) with the unit of the first indicator
    /// referring to each, in catalogue order.
    external: Vec<(String, Option<Unit>)>,
}

static CATALOG: LazyLock<Catalog> = LazyLock::new(|| match load::load() {
    Ok(catalog) => catalog,
    // Unreachable for users: `load::tests::embedded_data_loads` loads the same tables.
    Err(e) => panic!("the embedded catalogue is invalid: {e}"),
});

impl Catalog {
    /// The embedded catalogue of Wushan county's women's and children's plans 2021–2030:
    /// the default everywhere a catalogue is not given.
    pub fn embedded() -> &'static Catalog {
        &CATALOG
    }

    /// Assembles a catalogue from checked parts; fills the id index and the external reference
    /// series.
    pub(crate) fn assemble(
        plans: Vec<Plan>,
        indicators: Vec<Indicator>,
        tasks: Vec<TaskTarget>,
        disagreements: Vec<Disagreement>,
    ) -> Catalog {
        let by_id = indicators
            .iter()
            .enumerate()
            .map(|(i, indicator)| (indicator.id.clone(), i))
            .collect();
        let mut external: Vec<(String, Option<Unit>)> = Vec::new();
        for indicator in &indicators {
            if let Some(ReferenceSeries::Series(name)) = &indicator.reference {
                if !external.iter().any(|(n, _)| n == name) {
                    external.push((name.clone(), indicator.unit));
                }
            }
        }
        Catalog {
            plans,
            indicators,
            by_id,
            tasks,
            disagreements,
            external,
        }
    }

    /// Keeps the catalogue for the rest of the program, as reports and datasets need (see the
    /// type's documentation).
    pub fn leak(self) -> &'static Catalog {
        Box::leak(Box::new(self))
    }

    /// The plans, in catalogue order.
    pub fn plans(&self) -> &[Plan] {
        &self.plans
    }

    /// The plan whose key (`plan` column) is `key`.
    ///
    /// # Errors
    ///
    /// [`UnknownPlan`] naming the catalogue's plans.
    pub fn plan(&self, key: &str) -> Result<Plan, UnknownPlan> {
        self.plans
            .iter()
            .copied()
            .find(|p| p.as_str() == key)
            .ok_or_else(|| UnknownPlan(key.to_owned()))
    }

    /// Every indicator, in table order (plan by plan).
    pub fn indicators(&self) -> &[Indicator] {
        &self.indicators
    }

    /// The indicator with this id, exactly as the catalogue spells it.
    pub fn get(&self, id: &str) -> Option<&Indicator> {
        self.by_id.get(id).map(|&i| &self.indicators[i])
    }

    /// The indicators of one plan, in table order.
    pub fn by_plan(&self, plan: Plan) -> impl Iterator<Item = &Indicator> {
        self.indicators.iter().filter(move |i| i.plan == plan)
    }

    /// The indicator with exactly this name (without the unit).
    pub fn by_name(&self, name: &str) -> Option<&Indicator> {
        self.indicators.iter().find(|i| i.name == name)
    }

    /// The indicator with this id or name, leniently (see [`lookup`]).
    ///
    /// # Errors
    ///
    /// [`UnknownIndicator`] with up to three suggestions.
    pub fn lookup(&self, id_or_name: &str) -> Result<&Indicator, UnknownIndicator> {
        let all = &self.indicators;
        let query: String = id_or_name.trim().chars().map(fold).collect();
        let folded_eq = |s: &str| s.chars().map(fold).eq(query.chars());
        let found = all
            .iter()
            .find(|i| i.id.eq_ignore_ascii_case(&query))
            .or_else(|| all.iter().find(|i| folded_eq(&i.name)));
        if let Some(indicator) = found {
            return Ok(indicator);
        }
        let suggestions = if query.is_ascii() {
            let upper = query.to_ascii_uppercase();
            crate::text::nearest(&upper, all.iter().map(|i| i.id.as_str()), 3)
        } else {
            crate::text::nearest(&query, all.iter().map(|i| i.name.as_str()), 3)
        };
        Err(UnknownIndicator {
            query: id_or_name.to_owned(),
            suggestions: suggestions.into_iter().map(str::to_owned).collect(),
        })
    }

    /// The quantified targets of the task text.
    pub fn tasks(&self) -> &[TaskTarget] {
        &self.tasks
    }

    /// The figures the plans disagree on.
    pub fn disagreements(&self) -> &[Disagreement] {
        &self.disagreements
    }

    /// The indicators in table order, then the task targets (see [`rows`]).
    pub fn rows(&self) -> impl Iterator<Item = Row<'_>> {
        self.indicators
            .iter()
            .map(Row::Indicator)
            .chain(self.tasks.iter().map(Row::Task))
    }

    /// The names of the external reference series: series that indicators' targets refer to
    /// and that are not themselves indicators (`女职工比例`), in catalogue order.
    pub fn reference_series_names(&self) -> impl Iterator<Item = &str> {
        self.external.iter().map(|(name, _)| name.as_str())
    }

    /// The unit of an external reference series: that of the first indicator referring to it.
    pub fn reference_unit(&self, name: &str) -> Option<Unit> {
        self.external
            .iter()
            .find(|(n, _)| n == name)
            .and_then(|&(_, unit)| unit)
    }
}

/// Every indicator of the embedded catalogue, in the order of the plans' tables: women's
/// first, then children's.
pub fn all() -> &'static [Indicator] {
    CATALOG.indicators()
}

/// The embedded indicator with this id (`W03`, `C10.1`), exactly as the catalogue spells it.
pub fn get(id: &str) -> Option<&'static Indicator> {
    Catalog::embedded().get(id)
}

/// The embedded indicators of one plan, in table order.
pub fn by_plan(plan: Plan) -> impl Iterator<Item = &'static Indicator> {
    Catalog::embedded().by_plan(plan)
}

/// The embedded indicator with exactly this name (without the unit): `孕产妇死亡率`. Names
/// are unique.
pub fn by_name(name: &str) -> Option<&'static Indicator> {
    Catalog::embedded().by_name(name)
}

/// The embedded indicator with this id or name, leniently: ids in any ASCII case, full-width
/// forms (`Ｗ０３`, `村（社区）` or `村(社区)`) and surrounding whitespace are accepted.
///
/// # Errors
///
/// [`UnknownIndicator`] with up to three suggestions: the nearest ids by edit distance when
/// the query is ASCII, the nearest names otherwise.
///
/// ```
/// use plan_targets::catalog;
/// assert_eq!(catalog::lookup("c10.1").unwrap().name, "小学生近视率");
/// let err = catalog::lookup("W3").unwrap_err();
/// assert_eq!(err.to_string(), "unknown indicator `W3`; did you mean W03, W13, W23?");
/// ```
pub fn lookup(id_or_name: &str) -> Result<&'static Indicator, UnknownIndicator> {
    Catalog::embedded().lookup(id_or_name)
}

/// The quantified targets of the embedded plans' task text, in plan order.
pub fn tasks() -> &'static [TaskTarget] {
    CATALOG.tasks()
}

/// The figures the two embedded plans disagree on.
pub fn disagreements() -> &'static [Disagreement] {
    CATALOG.disagreements()
}

/// Every row a renderer shows for "the whole catalogue": the indicators in table order, then
/// the task targets (marked `source: task`).
pub fn rows() -> impl Iterator<Item = Row<'static>> {
    Catalog::embedded().rows()
}
