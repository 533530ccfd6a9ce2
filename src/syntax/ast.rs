//! The typed syntax tree of a target.
//!
//! The tree is faithful to what was written where it matters for meaning (operator strictness,
//! the scale of every number, the unit, the vocabulary phrase) and canonical otherwise: verbs that
//! do not change the meaning (`达到`, `控制在` before a bound word) are not kept. Every node carries
//! the [`Span`] of the text it came from.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::{Span, Unit};

/// Which way an indicator should move: the direction of "better".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// Higher is better (`≥`, `提高`).
    Higher,
    /// Lower is better (`<`, `下降`).
    Lower,
    /// Neither: the value should sit inside a band (`45左右`, `趋于平衡`, `2:3`).
    Band,
}

impl Direction {
    /// The snake_case name used in JSON and on the command line.
    pub const fn as_str(self) -> &'static str {
        match self {
            Direction::Higher => "higher",
            Direction::Lower => "lower",
            Direction::Band => "band",
        }
    }
}

impl std::str::FromStr for Direction {
    type Err = UnknownDirection;

    fn from_str(s: &str) -> Result<Direction, UnknownDirection> {
        match s {
            "higher" => Ok(Direction::Higher),
            "lower" => Ok(Direction::Lower),
            "band" => Ok(Direction::Band),
            _ => Err(UnknownDirection(s.to_owned())),
        }
    }
}

/// The error of parsing a [`Direction`] from anything but `higher`, `lower` or `band`.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("unknown direction `{0}`: expected higher, lower or band")]
pub struct UnknownDirection(pub String);

/// A comparison operator. `Gt` and `Lt` are strict; `Ge` and `Le` include the bound.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CmpOp {
    /// `>`, `＞`, `超过`, `高于`: strictly greater.
    Gt,
    /// `≥`, `以上`, `不低于`, `不少于`, `至少`: greater or equal.
    Ge,
    /// `<`, `＜`, `低于`: strictly less.
    Lt,
    /// `≤`, `以下`, `以内`, `不超过`, `不高于`: less or equal.
    Le,
}

impl CmpOp {
    /// The canonical symbol: `>`, `≥`, `<` or `≤`.
    pub const fn symbol(self) -> &'static str {
        match self {
            CmpOp::Gt => ">",
            CmpOp::Ge => "≥",
            CmpOp::Lt => "<",
            CmpOp::Le => "≤",
        }
    }

    /// True for `>` and `<`.
    pub const fn is_strict(self) -> bool {
        matches!(self, CmpOp::Gt | CmpOp::Lt)
    }

    /// The direction of "better" the operator implies.
    pub const fn direction(self) -> Direction {
        match self {
            CmpOp::Gt | CmpOp::Ge => Direction::Higher,
            CmpOp::Lt | CmpOp::Le => Direction::Lower,
        }
    }

    /// The operator that holds exactly when `self` does not: `≥` ↔ `<`, `>` ↔ `≤`.
    pub const fn negate(self) -> CmpOp {
        match self {
            CmpOp::Gt => CmpOp::Le,
            CmpOp::Ge => CmpOp::Lt,
            CmpOp::Lt => CmpOp::Ge,
            CmpOp::Le => CmpOp::Gt,
        }
    }

    /// Whether `lhs op rhs` holds, compared exactly.
    ///
    /// ```
    /// use plan_targets::CmpOp;
    /// use rust_decimal::Decimal;
    /// let v: Decimal = "82.3".parse().unwrap();
    /// assert!(CmpOp::Ge.holds(v, "82.30".parse().unwrap()));
    /// assert!(!CmpOp::Gt.holds(v, v));
    /// ```
    pub fn holds(self, lhs: Decimal, rhs: Decimal) -> bool {
        match self {
            CmpOp::Gt => lhs > rhs,
            CmpOp::Ge => lhs >= rhs,
            CmpOp::Lt => lhs < rhs,
            CmpOp::Le => lhs <= rhs,
        }
    }
}

/// A number with an optional unit: `82.3`, `12/10万`, `1小时`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Quantity {
    /// The value, exactly as written: `82.30` keeps its scale of two.
    pub value: Decimal,
    /// The unit written after the number, if any.
    pub unit: Option<Unit>,
    /// Where the number and unit were written.
    pub span: Span,
}

/// `y op v`: `≥82.3`, `<8`, `不低于90%`, `控制在25%以内`, `下降到12/10万以下`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Comparison {
    /// The operator.
    pub op: CmpOp,
    /// The bound.
    pub value: Quantity,
    /// The whole comparison.
    pub span: Span,
}

/// A value to reach: bare `1`, `100`, `达到70%`, `增至3.17张`, `下降到5‰`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Attain {
    /// The value to reach.
    pub value: Quantity,
    /// The direction a verb gave (`提高到`, `增至` → higher; `下降到`, `降至`, `控制在` → lower);
    /// `None` for a bare number or a neutral verb (`达到`), where the indicator decides.
    pub direction: Option<Direction>,
    /// The whole target.
    pub span: Span,
}

/// About a value: `45左右`, `保持在40%左右`, or with an explicit tolerance `45±2`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Approximately {
    /// The central value.
    pub value: Quantity,
    /// The explicit tolerance δ (in the value's unit), or `None` for `左右` (policy default).
    pub tolerance: Option<Decimal>,
    /// The whole target.
    pub span: Span,
}

/// A closed interval `lo—hi`: `103—107`, `103~107`, `103到107`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Range {
    /// The lower end (included).
    pub low: Decimal,
    /// The upper end (included); never below `low`.
    pub high: Decimal,
    /// The unit, written after either end.
    pub unit: Option<Unit>,
    /// The whole target.
    pub span: Span,
}

/// A ratio `a:b`: `2:3`, `1:1.5`, full-width `２：３`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Ratio {
    /// The first term.
    pub antecedent: Decimal,
    /// The second term.
    pub consequent: Decimal,
    /// The whole target.
    pub span: Span,
}

/// A comparison with another series: `不低于本地区党员总数中女性比例`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Reference {
    /// How the indicator compares with the other series.
    pub op: CmpOp,
    /// The other series, as written (in folded form: half-width, simplified).
    pub series: String,
    /// The whole target.
    pub span: Span,
}

/// In keeping with another series: `与女职工比例相适应`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Commensurate {
    /// The other series, as written (in folded form).
    pub series: String,
    /// The whole target.
    pub span: Span,
}

/// A phrase of the vocabulary (`提高`, `逐年提高`, `保持合理比例` …), in its canonical spelling.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Phrase {
    /// The vocabulary entry that matched (simplified, as the vocabulary spells it).
    pub text: String,
    /// Where it was written.
    pub span: Span,
}

/// A condition held over time: `保持在90%以上`, `稳定在95%以上`, `达到并保持在92.5%以上`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Keep {
    /// The condition to hold: a [`Target::Comparison`], [`Target::Attain`] (without a verb
    /// direction) or [`Target::Range`].
    pub condition: Box<Target>,
    /// The whole target.
    pub span: Span,
}

/// One target per indicator of a list: `分别降至2‰、4‰和5.5‰以下`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Respectively {
    /// The targets, in the order of the indicators they belong to (at least two). Each is a
    /// quantified target: comparison, attain, approximately or range; a verb or bound word
    /// shared by the list is distributed to every item.
    pub items: Vec<Target>,
    /// The whole target.
    pub span: Span,
}

/// A parsed target.
///
/// Variants are the forms of the team's semantics (SEMANTICS.md); [`Target::kind`] names them.
/// Parse with [`str::parse`] (default vocabulary) or [`crate::syntax::Parser`]; print with
/// `Display`, which is the canonical printer.
///
/// ```
/// use plan_targets::{Target, Kind};
/// let t: Target = "＞98.5".parse()?;
/// assert_eq!(t.kind(), Kind::Comparison);
/// assert_eq!(t.to_string(), ">98.5");
/// # Ok::<(), plan_targets::ParseError>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Target {
    /// `≥82.3`, `<8`, `90%以上`, `不少于1小时`.
    Comparison(Comparison),
    /// Bare `1`, `达到70%`, `增至3.17张`.
    Attain(Attain),
    /// `45左右`, `45±2`.
    Approximately(Approximately),
    /// `103—107`.
    Range(Range),
    /// `2:3`.
    Ratio(Ratio),
    /// `不低于本地区党员总数中女性比例`.
    Reference(Reference),
    /// `与女职工比例相适应`.
    Commensurate(Commensurate),
    /// `提高`, `提升`, `增加`, `上升`, `不断提高`, `稳步提高`.
    Rise(Phrase),
    /// `逐步提高`.
    RiseGradually(Phrase),
    /// `逐年提高`, `逐年上升`.
    RiseEveryYear(Phrase),
    /// `巩固提高`.
    ConsolidateAndRise(Phrase),
    /// `下降`, `降低`, `减少`, `不断下降`.
    Fall(Phrase),
    /// `明显降低`, `明显下降`.
    FallMarkedly(Phrase),
    /// `得到控制`, `得到遏制`.
    UnderControl(Phrase),
    /// `趋于平衡`, `趋于正常`.
    TowardBalance(Phrase),
    /// `逐步缩小`, `不断缩小` (as fall), `明显缩小` (as fall markedly), of a gap.
    Narrow {
        /// True for `明显缩小`: the gap must fall at the marked-decline rate.
        marked: bool,
        /// The phrase.
        phrase: Phrase,
    },
    /// `保持在90%以上`: the condition holds at every observation.
    Keep(Keep),
    /// `达到并保持在92.5%以上`: holds from the first year it holds on.
    ReachAndKeep(Keep),
    /// `保持合理比例`, `明显增强`: judged by people unless a policy band is set.
    Qualitative(Phrase),
    /// `分别降至2‰、4‰和5.5‰以下`.
    Respectively(Respectively),
}

/// The name of a target's form, as SEMANTICS.md and the JSON output spell it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
#[allow(missing_docs)] // each variant is the form of the same name in `Target`
pub enum Kind {
    Comparison,
    Attain,
    Approximately,
    Range,
    Ratio,
    Reference,
    Commensurate,
    Rise,
    RiseGradually,
    RiseEveryYear,
    ConsolidateAndRise,
    Fall,
    FallMarkedly,
    UnderControl,
    TowardBalance,
    Narrow,
    Keep,
    ReachAndKeep,
    Qualitative,
    Respectively,
}

impl Kind {
    /// The snake_case name: `comparison`, `rise_every_year` …
    pub const fn as_str(self) -> &'static str {
        match self {
            Kind::Comparison => "comparison",
            Kind::Attain => "attain",
            Kind::Approximately => "approximately",
            Kind::Range => "range",
            Kind::Ratio => "ratio",
            Kind::Reference => "reference",
            Kind::Commensurate => "commensurate",
            Kind::Rise => "rise",
            Kind::RiseGradually => "rise_gradually",
            Kind::RiseEveryYear => "rise_every_year",
            Kind::ConsolidateAndRise => "consolidate_and_rise",
            Kind::Fall => "fall",
            Kind::FallMarkedly => "fall_markedly",
            Kind::UnderControl => "under_control",
            Kind::TowardBalance => "toward_balance",
            Kind::Narrow => "narrow",
            Kind::Keep => "keep",
            Kind::ReachAndKeep => "reach_and_keep",
            Kind::Qualitative => "qualitative",
            Kind::Respectively => "respectively",
        }
    }

    /// True for the directional goals, judged by their pace rather than against a value.
    pub const fn is_directional(self) -> bool {
        matches!(
            self,
            Kind::Rise
                | Kind::RiseGradually
                | Kind::RiseEveryYear
                | Kind::ConsolidateAndRise
                | Kind::Fall
                | Kind::FallMarkedly
                | Kind::UnderControl
                | Kind::TowardBalance
                | Kind::Narrow
        )
    }
}

impl std::fmt::Display for Kind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Target {
    /// The form of the target.
    pub fn kind(&self) -> Kind {
        match self {
            Target::Comparison(_) => Kind::Comparison,
            Target::Attain(_) => Kind::Attain,
            Target::Approximately(_) => Kind::Approximately,
            Target::Range(_) => Kind::Range,
            Target::Ratio(_) => Kind::Ratio,
            Target::Reference(_) => Kind::Reference,
            Target::Commensurate(_) => Kind::Commensurate,
            Target::Rise(_) => Kind::Rise,
            Target::RiseGradually(_) => Kind::RiseGradually,
            Target::RiseEveryYear(_) => Kind::RiseEveryYear,
            Target::ConsolidateAndRise(_) => Kind::ConsolidateAndRise,
            Target::Fall(_) => Kind::Fall,
            Target::FallMarkedly(_) => Kind::FallMarkedly,
            Target::UnderControl(_) => Kind::UnderControl,
            Target::TowardBalance(_) => Kind::TowardBalance,
            Target::Narrow { .. } => Kind::Narrow,
            Target::Keep(_) => Kind::Keep,
            Target::ReachAndKeep(_) => Kind::ReachAndKeep,
            Target::Qualitative(_) => Kind::Qualitative,
            Target::Respectively(_) => Kind::Respectively,
        }
    }

    /// The span of the whole target.
    pub fn span(&self) -> Span {
        match self {
            Target::Comparison(c) => c.span,
            Target::Attain(a) => a.span,
            Target::Approximately(a) => a.span,
            Target::Range(r) => r.span,
            Target::Ratio(r) => r.span,
            Target::Reference(r) => r.span,
            Target::Commensurate(c) => c.span,
            Target::Rise(p)
            | Target::RiseGradually(p)
            | Target::RiseEveryYear(p)
            | Target::ConsolidateAndRise(p)
            | Target::Fall(p)
            | Target::FallMarkedly(p)
            | Target::UnderControl(p)
            | Target::TowardBalance(p)
            | Target::Qualitative(p)
            | Target::Narrow { phrase: p, .. } => p.span,
            Target::Keep(k) | Target::ReachAndKeep(k) => k.span,
            Target::Respectively(r) => r.span,
        }
    }

    /// The direction the target itself states, if it states one: `≥` and `提高` say higher,
    /// `<` and `下降` lower, `左右`, ranges and `趋于平衡` a band. Bare numbers, ratios,
    /// qualitative goals and lists say nothing (the indicator decides).
    pub fn stated_direction(&self) -> Option<Direction> {
        match self {
            Target::Comparison(c) => Some(c.op.direction()),
            Target::Attain(a) => a.direction,
            Target::Approximately(_) | Target::Range(_) | Target::TowardBalance(_) => {
                Some(Direction::Band)
            }
            Target::Reference(r) => Some(r.op.direction()),
            Target::Commensurate(_) => Some(Direction::Band),
            Target::Rise(_)
            | Target::RiseGradually(_)
            | Target::RiseEveryYear(_)
            | Target::ConsolidateAndRise(_) => Some(Direction::Higher),
            Target::Fall(_)
            | Target::FallMarkedly(_)
            | Target::UnderControl(_)
            | Target::Narrow { .. } => Some(Direction::Lower),
            Target::Keep(k) | Target::ReachAndKeep(k) => k.condition.stated_direction(),
            Target::Ratio(_) | Target::Qualitative(_) | Target::Respectively(_) => None,
        }
    }

    /// The unit the target writes, if any (the first one, for lists).
    pub fn unit(&self) -> Option<Unit> {
        match self {
            Target::Comparison(c) => c.value.unit,
            Target::Attain(a) => a.value.unit,
            Target::Approximately(a) => a.value.unit,
            Target::Range(r) => r.unit,
            Target::Keep(k) | Target::ReachAndKeep(k) => k.condition.unit(),
            Target::Respectively(r) => r.items.iter().find_map(Target::unit),
            _ => None,
        }
    }

    /// A copy with every span set to `0..0`, for comparing trees "spans aside".
    pub fn without_spans(&self) -> Target {
        let mut t = self.clone();
        t.clear_spans();
        t
    }

    fn clear_spans(&mut self) {
        let zero = Span::default();
        match self {
            Target::Comparison(c) => {
                c.span = zero;
                c.value.span = zero;
            }
            Target::Attain(a) => {
                a.span = zero;
                a.value.span = zero;
            }
            Target::Approximately(a) => {
                a.span = zero;
                a.value.span = zero;
            }
            Target::Range(r) => r.span = zero,
            Target::Ratio(r) => r.span = zero,
            Target::Reference(r) => r.span = zero,
            Target::Commensurate(c) => c.span = zero,
            Target::Rise(p)
            | Target::RiseGradually(p)
            | Target::RiseEveryYear(p)
            | Target::ConsolidateAndRise(p)
            | Target::Fall(p)
            | Target::FallMarkedly(p)
            | Target::UnderControl(p)
            | Target::TowardBalance(p)
            | Target::Qualitative(p)
            | Target::Narrow { phrase: p, .. } => p.span = zero,
            Target::Keep(k) | Target::ReachAndKeep(k) => {
                k.span = zero;
                k.condition.clear_spans();
            }
            Target::Respectively(r) => {
                r.span = zero;
                r.items.iter_mut().for_each(Target::clear_spans);
            }
        }
    }
}
