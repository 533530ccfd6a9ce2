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
//!   发展基础 paragraphs print for it ([`Baseline`]);
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
mod load;
pub mod render;

use std::collections::HashMap;
use std::sync::LazyLock;

use rust_decimal::Decimal;
use serde::Serialize;

use crate::syntax::{CmpOp, Direction, Target, Unit, fold};

#[cfg(feature = "json")]
pub use render::to_json;
pub use render::{Row, to_csv, to_table};

/// One of the two plans.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Plan {
    /// 巫山县妇女发展规划（2021—2030年）: ids `W…`.
    Women,
    /// 巫山县儿童发展规划（2021—2030年）: ids `C…`.
    Children,
}

impl Plan {
    /// Both plans, women's first (the order of the catalogue).
    pub const ALL: [Plan; 2] = [Plan::Women, Plan::Children];

    /// The name used in JSON and on the command line: `women` or `children`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Plan::Women => "women",
            Plan::Children => "children",
        }
    }

    /// The plan's title as the document gives it.
    pub const fn title(self) -> &'static str {
        match self {
            Plan::Women => "巫山县妇女发展规划（2021—2030年）",
            Plan::Children => "巫山县儿童发展规划（2021—2030年）",
        }
    }

    /// The letter the plan's indicator ids start with: `W` or `C`.
    pub const fn id_prefix(self) -> char {
        match self {
            Plan::Women => 'W',
            Plan::Children => 'C',
        }
    }
}

impl std::fmt::Display for Plan {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for Plan {
    type Err = UnknownPlan;

    /// Reads `women` or `children`.
    fn from_str(s: &str) -> Result<Plan, UnknownPlan> {
        match s {
            "women" => Ok(Plan::Women),
            "children" => Ok(Plan::Children),
            _ => Err(UnknownPlan(s.to_owned())),
        }
    }
}

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
pub enum Reference {
    /// Another indicator of the catalogue, by id: W21 (`不低于本地区党员总数中女性比例`) refers
    /// to W20 (`全县中国共产党女党员比例`).
    Indicator(String),
    /// A series outside the catalogue, by the name the target gives it: W30 refers to
    /// `女职工比例`.
    Series(String),
}

impl Reference {
    /// The indicator referred to, when it is one of the catalogue.
    pub fn indicator(&self) -> Option<&'static Indicator> {
        match self {
            Reference::Indicator(id) => get(id),
            Reference::Series(_) => None,
        }
    }
}

/// A band of acceptable values set by policy where the plan states none (W39's `趋于平衡`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
#[non_exhaustive]
pub struct Band {
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
    /// count instead of a rate); [`Baseline::reason`] says how it differs.
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
pub struct Baseline {
    /// The year the figure is for. When the text gives none, the 发展基础 paragraph's
    /// implicit 2020 (the end of the previous plan); [`Baseline::reason`] then says so.
    pub year: u16,
    /// The figure as printed: `14/10万以内`, `78.99岁`.
    pub value: String,
    /// Whether the figure measures the indicator itself or a proxy.
    pub relation: Relation,
    /// Why the figure is a proxy, or a remark on reading it; required for proxies.
    pub reason: Option<String>,
    /// The sentence (or clause) of the plan text the figure is taken from, verbatim.
    pub quote: String,
    pub(crate) observed: Observed,
}

impl Baseline {
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
    pub reference: Option<Reference>,
    /// A band of acceptable values set by policy, where the plan states none (W39).
    pub band: Option<Band>,
    /// The figures the plan text gives for the indicator before the plan period.
    pub baselines: Vec<Baseline>,
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
    pub year: u16,
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

fn did_you_mean(suggestions: &[String]) -> String {
    if suggestions.is_empty() {
        String::new()
    } else {
        format!(": did you mean {}?", suggestions.join(", "))
    }
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

/// Everything embedded, loaded at first use.
#[derive(Debug)]
struct Catalog {
    indicators: Vec<Indicator>,
    by_id: HashMap<String, usize>,
    tasks: Vec<TaskTarget>,
    disagreements: Vec<Disagreement>,
}

static CATALOG: LazyLock<Catalog> = LazyLock::new(|| match load::load() {
    Ok(catalog) => catalog,
    // Unreachable for users: `load::tests::embedded_data_loads` loads the same bytes.
    Err(e) => panic!("the embedded catalogue is invalid: {e}"),
});

/// Every indicator, in the order of the plans' tables: women's first, then children's.
pub fn all() -> &'static [Indicator] {
    &CATALOG.indicators
}

/// The indicator with this id (`W03`, `C10.1`), exactly as the catalogue spells it.
pub fn get(id: &str) -> Option<&'static Indicator> {
    let catalog = &*CATALOG;
    catalog.by_id.get(id).map(|&i| &catalog.indicators[i])
}

/// The indicators of one plan, in table order.
pub fn by_plan(plan: Plan) -> impl Iterator<Item = &'static Indicator> {
    all().iter().filter(move |i| i.plan == plan)
}

/// The indicator with exactly this name (without the unit): `孕产妇死亡率`. Names are unique.
pub fn by_name(name: &str) -> Option<&'static Indicator> {
    all().iter().find(|i| i.name == name)
}

/// The indicator with this id or name, leniently: ids in any ASCII case, full-width forms
/// (`Ｗ０３`, `村（社区）` or `村(社区)`) and surrounding whitespace are accepted.
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
/// assert_eq!(err.to_string(), "unknown indicator `W3`: did you mean W03, W13, W23?");
/// ```
pub fn lookup(id_or_name: &str) -> Result<&'static Indicator, UnknownIndicator> {
    let query: String = id_or_name.trim().chars().map(fold).collect();
    let folded_eq = |s: &str| s.chars().map(fold).eq(query.chars());
    let found = all()
        .iter()
        .find(|i| i.id.eq_ignore_ascii_case(&query))
        .or_else(|| all().iter().find(|i| folded_eq(&i.name)));
    if let Some(indicator) = found {
        return Ok(indicator);
    }
    let suggestions = if query.is_ascii() {
        let upper = query.to_ascii_uppercase();
        crate::text::nearest(&upper, all().iter().map(|i| i.id.as_str()), 3)
    } else {
        crate::text::nearest(&query, all().iter().map(|i| i.name.as_str()), 3)
    };
    Err(UnknownIndicator {
        query: id_or_name.to_owned(),
        suggestions: suggestions.into_iter().map(str::to_owned).collect(),
    })
}

/// The quantified targets of the task text, in plan order.
pub fn tasks() -> &'static [TaskTarget] {
    &CATALOG.tasks
}

/// The figures the two plans disagree on.
pub fn disagreements() -> &'static [Disagreement] {
    &CATALOG.disagreements
}

/// Every row a renderer shows for "the whole catalogue": the indicators in table order, then
/// the task targets (marked `source: task`).
pub fn rows() -> impl Iterator<Item = Row<'static>> {
    all()
        .iter()
        .map(Row::Indicator)
        .chain(tasks().iter().map(Row::Task))
}
