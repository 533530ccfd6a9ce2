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

/// A closed interval `lo—hi`: `103—107`, `103~107`, `103到107`, and `6到6.5%左右` with ends
/// that are approximate.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Range {
    /// The lower end (included).
    pub low: Decimal,
    /// The upper end (included); never below `low`.
    pub high: Decimal,
    /// The unit, written after either end.
    pub unit: Option<Unit>,
    /// True for `左右` after the range (`6到6.5%左右`): each end is approximate, so the
    /// interval widens by the policy's tolerance δ of each end (`6·(1−δ)` to `6.5·(1+δ)`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub about: bool,
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

/// A comparison with another series: `不低于本地区党员总数中女性比例`, `达到全国平均水平`,
/// `优于全市平均水平`, `接近全国平均水平`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Reference {
    /// How the indicator compares with the other series when [`Reference::relation`] is
    /// [`ReferenceRelation::Compare`]. For the other relations it is the comparison read in the
    /// higher-is-better direction (`≥` for reach and near, `>` for better); binding mirrors it
    /// for an indicator where lower is better.
    pub op: CmpOp,
    /// The relation the words state: a comparison as written (`不低于`, `高于`), or one that
    /// takes its side from the indicator's direction (`达到`, `优于`, `接近`).
    #[serde(default, skip_serializing_if = "ReferenceRelation::is_compare")]
    pub relation: ReferenceRelation,
    /// The other series, as written (in folded form: half-width, simplified).
    pub series: String,
    /// A margin by which the indicator must be above (`高于`) or below (`低于`) the other
    /// series: `高于全市1个百分点`, `高于经济增速1个百分点以上`, `高出全国平均水平1到2个百分点`.
    /// Only a strict comparison (`高于`, `高出`, `快于`, `超过`, `低于`, `慢于` …) takes one;
    /// the rule is then `y_t ≥ r_t + m` (or `y_t ≤ r_t − m`), the margin sized as an amount of
    /// relative change is (points and units absolute, `%` and fractions of `r_t`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub margin: Option<ChangeAmount>,
    /// The whole target.
    pub span: Span,
}

impl Reference {
    /// True when the words name a level reached (`达到国际先进水平`, `优于国家一级标准`): no
    /// comparison with a series as written, no average, no margin. Beside a goal in words such
    /// a clause states no measure of its own (see [`AllOf`]).
    pub(crate) fn is_level_in_words(&self) -> bool {
        self.margin.is_none() && !self.relation.is_compare() && !self.series.contains("平均")
    }
}

/// How a [`Reference`] relates the indicator to the other series.
///
/// [`crate::semantics`] (docs/semantics.md, "Relative to a reference level"): `达到` (reach) is
/// `≥ r_t` where higher is better and `≤ r_t` where lower is; `优于` (better) the strict form of
/// that; `接近` (near: also `基本达到`, `达到或接近`) is within `δ·|r_t|` of `r_t` or better.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReferenceRelation {
    /// The comparison [`Reference::op`] as written: `不低于`, `高于`, `低于`, `不超过`.
    #[default]
    Compare,
    /// `达到`, `达`: at least as good as the series, in the indicator's direction.
    Reach,
    /// `优于`, `好于`: strictly better than the series, in the indicator's direction.
    Better,
    /// `接近`, `基本达到`, `达到或接近`: within the policy tolerance δ of the series, or better.
    Near,
}

impl ReferenceRelation {
    /// True for [`ReferenceRelation::Compare`].
    pub fn is_compare(&self) -> bool {
        *self == ReferenceRelation::Compare
    }

    /// The words printed before the series for the relations that are not a comparison.
    pub const fn word(self) -> Option<&'static str> {
        match self {
            ReferenceRelation::Compare => None,
            ReferenceRelation::Reach => Some("达到"),
            ReferenceRelation::Better => Some("优于"),
            ReferenceRelation::Near => Some("接近"),
        }
    }
}

/// In keeping with another series: `与女职工比例相适应`, `和经济增长基本同步`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Commensurate {
    /// The other series, as written (in folded form).
    pub series: String,
    /// True for `基本相适应`, `基本同步` (basically in keeping).
    #[serde(default)]
    pub basically: bool,
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

/// An amount of change: a quantity (`30%`, `5个百分点`, `1岁`, `0.5`) or a fraction (`1/3`,
/// `三分之一`).
///
/// [`crate::semantics`]: a fraction or a percentage is relative to the baseline value; percentage points
/// and quantities in the indicator's unit are absolute.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Amount {
    /// A number with an optional unit: `30%`, `5个百分点`, `1岁` (`百分之三十` reads as `30%`).
    Quantity(Quantity),
    /// `1/3`, `三分之一`.
    Fraction(Fraction),
    /// `翻一番` (×2), `翻两番` (×4): doublings.
    Doubling(Doubling),
}

impl Amount {
    /// Where the amount was written.
    pub fn span(&self) -> Span {
        match self {
            Amount::Quantity(q) => q.span,
            Amount::Fraction(f) => f.span,
            Amount::Doubling(d) => d.span,
        }
    }

    /// The unit, for a quantity that writes one.
    pub fn unit(&self) -> Option<Unit> {
        match self {
            Amount::Quantity(q) => q.unit,
            Amount::Fraction(_) | Amount::Doubling(_) => None,
        }
    }
}

/// A fraction `numerator/denominator`: `1/3`, `三分之一` (the denominator is never zero).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Fraction {
    /// The part: `1` of `1/3`.
    pub numerator: Decimal,
    /// The whole: `3` of `1/3`; never zero.
    pub denominator: Decimal,
    /// Where it was written.
    pub span: Span,
}

/// `翻一番` = ×2, `翻两番` = ×4: the value doubles `times` times.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Doubling {
    /// How many doublings (at least one).
    pub times: u32,
    /// Where it was written.
    pub span: Span,
}

/// A word after an amount of change: `以上` (at least that change), `以内`/`以下` (at most),
/// `左右` (about).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AmountBound {
    /// `以上`: at least the amount.
    AtLeast,
    /// `以内`, `以下`: at most the amount.
    AtMost,
    /// `左右`: about the amount.
    About,
}

/// How much a value changes: an amount, or a range of amounts (`0.5到1个百分点`), and a bound
/// word after it.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ChangeAmount {
    /// The amount, or the smaller end of a range.
    pub amount: Amount,
    /// The larger end of a range (`0.5到1个百分点`), if one is written.
    pub up_to: Option<Amount>,
    /// `以上`, `以内` or `左右` after the amount.
    pub bound: Option<AmountBound>,
    /// Where the amount and its bound were written.
    pub span: Span,
}

/// The value a relative change starts from.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Baseline {
    /// `比2020年`, `较2015年`, `在2015年基础上`, `以2010年为基数`: the series' value in that year.
    Year {
        /// The year named.
        year: i32,
        /// Where the clause was written.
        span: Span,
    },
    /// `较上届`, `比上届`: the previous observation before the assessment year.
    PreviousTerm {
        /// Where the clause was written.
        span: Span,
    },
    /// `比上年`, `较上年度`, `同比`: the observation of the year before the assessment year,
    /// that year exactly (a missing one is never replaced by an earlier year).
    PreviousYear {
        /// Where the clause was written.
        span: Span,
    },
    /// `在现有基础上`: the plan's baseline year.
    Current {
        /// Where the clause was written.
        span: Span,
    },
    /// `从目前的29.3`, `由目前的50%`, `从2015年的1.6左右`: a written baseline value, kept as
    /// evidence (the series' own value still decides).
    Value {
        /// The value written.
        value: Quantity,
        /// The year the value is of (`从2015年的1.6`), if written: the baseline year b.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        year: Option<i32>,
        /// A bound word after the value (`从目前的2%以上`, `1.6左右`), if written.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        bound: Option<AmountBound>,
        /// Where the clause was written.
        span: Span,
    },
}

impl Baseline {
    /// Where the clause was written.
    pub fn span(&self) -> Span {
        match self {
            Baseline::Year { span, .. }
            | Baseline::PreviousTerm { span }
            | Baseline::PreviousYear { span }
            | Baseline::Current { span }
            | Baseline::Value { span, .. } => *span,
        }
    }
}

/// What a relative change requires.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Change {
    /// A change by an amount: `下降1/3`, `提高5个百分点以上`, `翻一番`.
    By(ChangeAmount),
    /// A change to a value, from a written baseline: `从目前的29.3降至25左右` (a quantified
    /// target).
    To(Box<Target>),
    /// A change of no stated size from a named baseline: `较上届有所提高`. The phrase is a
    /// directional phrase of the vocabulary.
    Unquantified(Phrase),
}

/// A change from a baseline value: `下降1/3`, `比2020年翻一番`, `在2015年基础上提高1岁`,
/// `累计降低17%`, `从目前的29.3降至25左右`, `较上届有所提高`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct RelativeChange {
    /// The baseline clause, if one is written (otherwise the plan's baseline year).
    pub baseline: Option<Baseline>,
    /// `累计`: cumulative (the same rule; kept because it was written).
    pub cumulative: bool,
    /// [`Direction::Higher`] for a rise, [`Direction::Lower`] for a fall.
    pub direction: Direction,
    /// What the change must be.
    pub change: Change,
    /// The whole target.
    pub span: Span,
}

/// How an annual change is stated.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PerYear {
    /// `每年`: every year.
    EveryYear,
    /// `年均`, `年平均`: on average per year.
    Average,
}

/// A change per year: `每年降低0.5个百分点以上`, `年均增长7%以上`, `每年降低0.5到1个百分点`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct AnnualChange {
    /// The baseline clause before the pace (`在2020年基础上每年降低…`), if written; otherwise
    /// the plan's baseline year.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub baseline: Option<Baseline>,
    /// `每年` or `年均`.
    pub per: PerYear,
    /// [`Direction::Higher`] for a rise, [`Direction::Lower`] for a fall.
    pub direction: Direction,
    /// The change per year.
    pub amount: ChangeAmount,
    /// The whole target.
    pub span: Span,
}

/// One milestone: `到2025年控制在10.5/10万以下`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Milestone {
    /// The year the target is due; `None` for the first milestone when it names no year
    /// (`达到60%以上` of `达到60%以上，到2030年达到80%以上`): it is due at the plan's target
    /// year ([`crate::eval::Policy::target_year`]). JSON `null`.
    pub year: Option<i32>,
    /// The target due that year.
    pub target: Target,
    /// Where the milestone was written.
    pub span: Span,
}

/// Targets due in successive years: `到2025年控制在10.5/10万以下，到2030年下降到10/10万以下`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Milestones {
    /// The milestones in the order written (at least one).
    pub items: Vec<Milestone>,
    /// The whole target.
    pub span: Span,
}

/// Targets that must all hold: `有1名以上女干部，并逐步增加`.
///
/// At least one part is not a [`Target::Qualitative`]: clauses that are all goals in words
/// (`推广使用儿童安全座椅，儿童出行安全得到有效保障`) read as one qualitative goal of the whole
/// text, since all of several goals that each need judgement needs judgement as a whole. So do
/// goals in words beside clauses that state no measure: an improvement, an elimination, a level
/// reached that is named in words (`达到国际先进水平`, not a comparison with a series nor an
/// average), a rise or fall of something named that is no measure (`扩大儿童福利范围`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct AllOf {
    /// The parts, in the order written (at least two).
    pub parts: Vec<Target>,
    /// The whole target.
    pub span: Span,
}

/// `消除…` (attain zero) or `基本消除…` (basically eliminate).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Eliminate {
    /// True for `基本消除`.
    pub basically: bool,
    /// The whole target.
    pub span: Span,
}

/// A rank to reach: `进入前15位` (within the first 15), `达到世界第二` (second). A standing with
/// no number (`进入全国先进行列`, `走在全省前列`) is no rank: a goal in words.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Rank {
    /// Among whom: `世界`, `全国` (folded), if written.
    pub among: Option<String>,
    /// The rank: 1 is first. (A standing with no number, `进入全国前列`, `达到全国先进水平`, is
    /// no rank: it is a goal in words, [`Target::Qualitative`].)
    pub position: u32,
    /// True for `前N位` (any rank up to N), false for `第N` (that rank or better).
    pub within: bool,
    /// The whole target.
    pub span: Span,
}

/// Text kept in the tree but not interpreted: a scope, a subject, an object.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Words {
    /// The text, folded (half-width, simplified).
    pub text: String,
    /// Where it was written.
    pub span: Span,
}

/// `到2025年`: the year a target is due.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Due {
    /// The year.
    pub year: i32,
    /// Where the clause was written.
    pub span: Span,
}

/// A word of intent before a target: it changes nothing that is checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IntentWord {
    /// `力争` (aspirational).
    Lizheng,
    /// `争取` (aspirational).
    Zhengqu,
    /// `努力` (aspirational).
    Nuli,
    /// `确保` (firm).
    Quebao,
    /// `要` (firm).
    Yao,
    /// `应` (firm).
    Ying,
    /// `应当` (firm).
    Yingdang,
    /// `将` (firm: "will").
    Jiang,
    /// `有望` (aspirational: "is expected to").
    Youwang,
    /// `预计` (aspirational: "is forecast to").
    Yuji,
    /// `计划` (firm: "is planned to").
    Jihua,
}

impl IntentWord {
    /// Every intent word, longest spelling first where one is a prefix of another.
    pub const ALL: [IntentWord; 11] = [
        IntentWord::Lizheng,
        IntentWord::Zhengqu,
        IntentWord::Nuli,
        IntentWord::Quebao,
        IntentWord::Yingdang,
        IntentWord::Ying,
        IntentWord::Yao,
        IntentWord::Jiang,
        IntentWord::Youwang,
        IntentWord::Yuji,
        IntentWord::Jihua,
    ];

    /// The word as written (simplified).
    pub const fn as_str(self) -> &'static str {
        match self {
            IntentWord::Lizheng => "力争",
            IntentWord::Zhengqu => "争取",
            IntentWord::Nuli => "努力",
            IntentWord::Quebao => "确保",
            IntentWord::Yao => "要",
            IntentWord::Ying => "应",
            IntentWord::Yingdang => "应当",
            IntentWord::Jiang => "将",
            IntentWord::Youwang => "有望",
            IntentWord::Yuji => "预计",
            IntentWord::Jihua => "计划",
        }
    }

    /// True for the aspirational words (`力争`, `争取`, `努力`, `有望`, `预计`); the others are
    /// firm.
    pub const fn is_aspirational(self) -> bool {
        matches!(
            self,
            IntentWord::Lizheng
                | IntentWord::Zhengqu
                | IntentWord::Nuli
                | IntentWord::Youwang
                | IntentWord::Yuji
        )
    }
}

/// An intent word (or two written together: `将力争`, `要确保`) and where it was written.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Intent {
    /// The word.
    pub word: IntentWord,
    /// A second word written right after the first (`力争` of `将力争`), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub second: Option<IntentWord>,
    /// Where it was written.
    pub span: Span,
}

impl Intent {
    /// True when either word is aspirational (`将力争` aspires, as `力争` does).
    pub fn is_aspirational(&self) -> bool {
        self.word.is_aspirational() || self.second.is_some_and(IntentWord::is_aspirational)
    }
}

/// `均`, `各`, `都` or `分别` (before one value): the target applies to each unit of a group.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EachWord {
    /// `均`: all, each.
    Jun,
    /// `各`: each.
    Ge,
    /// `都`: all (`都要有1名以上的女性`).
    Dou,
    /// `分别` before a single target: one value for each of the indicators or groups named
    /// before it (`普惠性幼儿园数、在园幼儿数分别占总数80%以上`). Before several values
    /// `分别` makes a [`Target::Respectively`] list instead.
    Fenbie,
}

impl EachWord {
    /// The word as written.
    pub const fn as_str(self) -> &'static str {
        match self {
            EachWord::Jun => "均",
            EachWord::Ge => "各",
            EachWord::Dou => "都",
            EachWord::Fenbie => "分别",
        }
    }
}

/// `均` or `各` and where it was written.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Each {
    /// The word.
    pub word: EachWord,
    /// Where it was written.
    pub span: Span,
}

/// A target with the words around it that change no meaning but are kept: a subject or action
/// before it (`农村`, `配备`), a scope (`以乡(镇、街道)为单位`), an intent word (`力争`, `要`),
/// `均`/`各`, and what is counted or changed after it (`女干部`, `城乡区域差距`).
///
/// **Why a wrapper.** These words sit around every form, so they are one node around the form
/// rather than fields on every node; [`Target::kind`] and [`Target::form`] look through it, so
/// `力争达到90%以上` is still a comparison. In JSON the wrapper is `"kind": "qualified"` with the
/// form under `target` (the CLI's top-level `kind` is the form's). At least one of the optional
/// parts is present, and the inner target is never itself a wrapper.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Qualified {
    /// Words naming whom or what the target is about, or an action (`农村`, `城市`, `配备`,
    /// `妇女的人均预期寿命`), written first.
    pub lead: Option<Words>,
    /// `以X为单位`: the unit of assessment `X` (`乡(镇、街道)`).
    pub scope: Option<Words>,
    /// `到2025年`: the year the target is due, when a single clause names one (several due
    /// years make [`Target::Milestones`]).
    pub due: Option<Due>,
    /// `6月底前`, `12月25日前`, `年底前`, `一季度`: a time within the year by which the target
    /// is due; or a span of years from now (`5年内`, `用3到5年时间`). Kept as written (folded)
    /// and printed after the due year, both before any lead. Yearly data cannot check it (and
    /// a span names no year): it changes nothing that is evaluated. Absent from JSON when not
    /// written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline: Option<Words>,
    /// `力争`, `确保`, `要` …
    pub intent: Option<Intent>,
    /// `均`, `各`.
    pub each: Option<Each>,
    /// `每年`, `每学期` …: the period a count is per (`每年至少组织4次` is at least 4 a year,
    /// judged on a series of yearly counts). Absent from JSON when not written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<Words>,
    /// The target.
    pub target: Box<Target>,
    /// What is counted or changed, written after the target (`女干部`, `城乡区域差距`).
    pub object: Option<Words>,
    /// A remark in brackets written after the target (`即77.3岁` of `提高1.3岁以上(即77.3岁)`,
    /// `按建成可开放床位,可达6.5张`): kept as written, printed in brackets, never evaluated.
    /// Absent from JSON when not written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Words>,
    /// The whole target.
    pub span: Span,
}

/// Declares [`Target`] and derives [`Kind`] from it, so the two cannot drift: each form is listed
/// once with its JSON name and its doc. `Target::kind` is generated with a match that names every
/// variant (no wildcard): a variant added to `Target` without a `Kind` does not compile.
macro_rules! forms {
    ($( $(#[$doc:meta])* $variant:ident $payload:tt => $name:literal, )*) => {
        /// A parsed target.
        ///
        /// Variants are the forms of the team's semantics ([`crate::semantics`]); [`Target::kind`] names
        /// them. [`Target::Qualified`] is not a form: it keeps the words around a form (intent,
        /// `均`, a scope …) and every accessor looks through it. Parse with [`str::parse`]
        /// (default vocabulary) or [`crate::syntax::Parser`]; print with `Display`, which is the
        /// canonical printer.
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
            $( $(#[$doc])* $variant $payload, )*
            /// A form with the words around it that change no meaning (see [`Qualified`]).
            Qualified(Qualified),
        }

        /// The name of a target's form, as [`crate::semantics`] and the JSON output spell it.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        #[non_exhaustive]
        pub enum Kind {
            $( #[doc = concat!("`", $name, "`: see [`Target::", stringify!($variant), "`].")] $variant, )*
        }

        impl Kind {
            /// Every kind, in the order of [`Target`]'s variants.
            pub const ALL: &'static [Kind] = &[$(Kind::$variant),*];

            /// The snake_case name: `comparison`, `rise_every_year` …
            pub const fn as_str(self) -> &'static str {
                match self {
                    $( Kind::$variant => $name, )*
                }
            }
        }

        impl Target {
            /// The form of the target (of the inner target, for [`Target::Qualified`]).
            pub fn kind(&self) -> Kind {
                match self {
                    $( Target::$variant { .. } => Kind::$variant, )*
                    Target::Qualified(q) => q.target.kind(),
                }
            }
        }
    };
}

forms! {
    /// `≥82.3`, `<8`, `90%以上`, `不少于1小时`.
    Comparison(Comparison) => "comparison",
    /// Bare `1`, `达到70%`, `增至3.17张`.
    Attain(Attain) => "attain",
    /// `45左右`, `45±2`.
    Approximately(Approximately) => "approximately",
    /// `103—107`.
    Range(Range) => "range",
    /// `2:3`.
    Ratio(Ratio) => "ratio",
    /// `不低于本地区党员总数中女性比例`.
    Reference(Reference) => "reference",
    /// `与女职工比例相适应`.
    Commensurate(Commensurate) => "commensurate",
    /// `提高`, `提升`, `增加`, `上升`, `不断提高`, `稳步提高`, `延长`, `得到提高`.
    Rise(Phrase) => "rise",
    /// `逐步提高`, `逐步扩大`, `在现有基础上逐步增加`.
    RiseGradually(Phrase) => "rise_gradually",
    /// `逐年提高`, `逐年上升`.
    RiseEveryYear(Phrase) => "rise_every_year",
    /// `巩固提高`.
    ConsolidateAndRise(Phrase) => "consolidate_and_rise",
    /// `下降`, `降低`, `减少`, `不断下降`, `继续下降`.
    Fall(Phrase) => "fall",
    /// `明显降低`, `明显下降`.
    FallMarkedly(Phrase) => "fall_markedly",
    /// `得到控制`, `得到遏制`, `升高趋势得到遏制`.
    UnderControl(Phrase) => "under_control",
    /// `趋于平衡`, `趋于正常`.
    TowardBalance(Phrase) => "toward_balance",
    /// `逐步缩小`, `不断缩小` (as fall), `明显缩小` (as fall markedly), of a gap.
    Narrow {
        /// True for `明显缩小`: the gap must fall at the marked-decline rate.
        marked: bool,
        /// The phrase.
        phrase: Phrase,
    } => "narrow",
    /// `保持在90%以上`: the condition holds at every observation.
    Keep(Keep) => "keep",
    /// `达到并保持在92.5%以上`: holds from the first year it holds on.
    ReachAndKeep(Keep) => "reach_and_keep",
    /// `保持合理比例`, `明显增强`: judged by people unless a policy band is set.
    Qualitative(Phrase) => "qualitative",
    /// `分别降至2‰、4‰和5.5‰以下`.
    Respectively(Respectively) => "respectively",
    /// `下降1/3`, `比2020年翻一番`, `在2015年基础上提高1岁`, `从目前的29.3降至25左右`.
    RelativeChange(RelativeChange) => "relative_change",
    /// `每年降低0.5个百分点以上`, `年均增长7%以上`.
    AnnualChange(AnnualChange) => "annual_change",
    /// `到2025年控制在10.5/10万以下，到2030年下降到10/10万以下`.
    Milestones(Milestones) => "milestones",
    /// `有1名以上女干部，并逐步增加`.
    AllOf(AllOf) => "all_of",
    /// `改善`, `得到有效改善`, `好转`.
    Improve(Phrase) => "improve",
    /// `保持稳定`, `保持基本稳定`, `与上年持平`.
    Stable {
        /// The phrase.
        phrase: Phrase,
        /// What the level is held against, when written (`与上年持平`, `比2020年基本持平`);
        /// otherwise the plan's baseline year.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        baseline: Option<Baseline>,
    } => "stable",
    /// `消除…`, `基本消除…`.
    Eliminate(Eliminate) => "eliminate",
    /// `进入前15位`, `达到世界第二`.
    Rank(Rank) => "rank",
}

impl Kind {
    /// True for the directional goals, judged by their pace rather than against a value.
    pub const fn is_directional(self) -> bool {
        match self {
            Kind::Rise
            | Kind::RiseGradually
            | Kind::RiseEveryYear
            | Kind::ConsolidateAndRise
            | Kind::Fall
            | Kind::FallMarkedly
            | Kind::UnderControl
            | Kind::TowardBalance
            | Kind::Narrow
            | Kind::Improve => true,
            Kind::Comparison
            | Kind::Attain
            | Kind::Approximately
            | Kind::Range
            | Kind::Ratio
            | Kind::Reference
            | Kind::Commensurate
            | Kind::Keep
            | Kind::ReachAndKeep
            | Kind::Qualitative
            | Kind::Respectively
            | Kind::RelativeChange
            | Kind::AnnualChange
            | Kind::Milestones
            | Kind::AllOf
            | Kind::Stable
            | Kind::Eliminate
            | Kind::Rank => false,
        }
    }
}

impl std::fmt::Display for Kind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Target {
    /// The form itself: the inner target of a [`Target::Qualified`], `self` otherwise.
    pub fn form(&self) -> &Target {
        match self {
            Target::Qualified(q) => q.target.form(),
            other => other,
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
            | Target::Improve(p)
            | Target::Stable {
                phrase: p,
                baseline: None,
            }
            | Target::Narrow { phrase: p, .. } => p.span,
            Target::Stable {
                phrase,
                baseline: Some(b),
            } => Span::new(b.span().start, phrase.span.end),
            Target::Keep(k) | Target::ReachAndKeep(k) => k.span,
            Target::Respectively(r) => r.span,
            Target::RelativeChange(r) => r.span,
            Target::AnnualChange(a) => a.span,
            Target::Milestones(m) => m.span,
            Target::AllOf(a) => a.span,
            Target::Eliminate(e) => e.span,
            Target::Rank(r) => r.span,
            Target::Qualified(q) => q.span,
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
            Target::Reference(r) if r.relation.is_compare() => Some(r.op.direction()),
            // `达到`, `优于`, `接近`: the indicator says which side is better.
            Target::Reference(_) => None,
            Target::Commensurate(_) | Target::Stable { .. } => Some(Direction::Band),
            Target::Rise(_)
            | Target::RiseGradually(_)
            | Target::RiseEveryYear(_)
            | Target::ConsolidateAndRise(_) => Some(Direction::Higher),
            Target::Fall(_)
            | Target::FallMarkedly(_)
            | Target::UnderControl(_)
            | Target::Eliminate(_)
            | Target::Rank(_)
            | Target::Narrow { .. } => Some(Direction::Lower),
            Target::RelativeChange(r) => Some(r.direction),
            Target::AnnualChange(a) => Some(a.direction),
            Target::Keep(k) | Target::ReachAndKeep(k) => k.condition.stated_direction(),
            Target::Milestones(m) => m.items.last().and_then(|i| i.target.stated_direction()),
            Target::Qualified(q) => q.target.stated_direction(),
            Target::Ratio(_)
            | Target::Qualitative(_)
            | Target::Respectively(_)
            | Target::AllOf(_)
            | Target::Improve(_) => None,
        }
    }

    /// The name of the series the target compares with (`不低于本地区党员总数中女性比例`,
    /// `与女职工比例相适应`), looking through the words around a form, keep, milestones and
    /// conjunctions (the first one named).
    ///
    /// ```
    /// use plan_targets::Target;
    /// let t: Target = "力争不低于女职工比例".parse().unwrap();
    /// assert_eq!(t.referenced_series(), Some("女职工比例"));
    /// assert_eq!("≥90%".parse::<Target>().unwrap().referenced_series(), None);
    /// ```
    pub fn referenced_series(&self) -> Option<&str> {
        match self {
            Target::Reference(r) => Some(r.series.as_str()),
            Target::Commensurate(c) => Some(c.series.as_str()),
            Target::Keep(k) | Target::ReachAndKeep(k) => k.condition.referenced_series(),
            Target::Respectively(r) => r.items.iter().find_map(Target::referenced_series),
            Target::AllOf(a) => a.parts.iter().find_map(Target::referenced_series),
            Target::Milestones(m) => m.items.iter().find_map(|i| i.target.referenced_series()),
            Target::Qualified(q) => q.target.referenced_series(),
            Target::Comparison(_)
            | Target::Attain(_)
            | Target::Approximately(_)
            | Target::Range(_)
            | Target::Ratio(_)
            | Target::Rise(_)
            | Target::RiseGradually(_)
            | Target::RiseEveryYear(_)
            | Target::ConsolidateAndRise(_)
            | Target::Fall(_)
            | Target::FallMarkedly(_)
            | Target::UnderControl(_)
            | Target::TowardBalance(_)
            | Target::Narrow { .. }
            | Target::Qualitative(_)
            | Target::RelativeChange(_)
            | Target::AnnualChange(_)
            | Target::Improve(_)
            | Target::Stable { .. }
            | Target::Eliminate(_)
            | Target::Rank(_) => None,
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
            Target::AllOf(a) => a.parts.iter().find_map(Target::unit),
            Target::Milestones(m) => m.items.iter().find_map(|i| i.target.unit()),
            Target::Qualified(q) => q.target.unit(),
            // The unit of a change is not the indicator's: `5个百分点`, `30%` of a value in `岁`.
            // A change *to* a value writes the indicator's unit.
            Target::RelativeChange(r) => match &r.change {
                Change::To(t) => t.unit(),
                Change::By(_) | Change::Unquantified(_) => None,
            },
            Target::AnnualChange(_)
            | Target::Ratio(_)
            | Target::Reference(_)
            | Target::Commensurate(_)
            | Target::Rise(_)
            | Target::RiseGradually(_)
            | Target::RiseEveryYear(_)
            | Target::ConsolidateAndRise(_)
            | Target::Fall(_)
            | Target::FallMarkedly(_)
            | Target::UnderControl(_)
            | Target::TowardBalance(_)
            | Target::Narrow { .. }
            | Target::Qualitative(_)
            | Target::Improve(_)
            | Target::Stable { .. }
            | Target::Eliminate(_)
            | Target::Rank(_) => None,
        }
    }

    /// A copy with every span set to `0..0`, for comparing trees "spans aside".
    pub fn without_spans(&self) -> Target {
        let mut t = self.clone();
        t.map_spans(&mut |_| Span::default());
        t
    }

    /// Every span in the tree replaced by `f` of it (spans aside, the same tree).
    pub(crate) fn map_spans(&mut self, f: &mut impl FnMut(Span) -> Span) {
        match self {
            Target::Comparison(c) => {
                c.span = f(c.span);
                c.value.span = f(c.value.span);
            }
            Target::Attain(a) => {
                a.span = f(a.span);
                a.value.span = f(a.value.span);
            }
            Target::Approximately(a) => {
                a.span = f(a.span);
                a.value.span = f(a.value.span);
            }
            Target::Range(r) => r.span = f(r.span),
            Target::Ratio(r) => r.span = f(r.span),
            Target::Reference(r) => {
                r.span = f(r.span);
                if let Some(m) = &mut r.margin {
                    m.map_spans(f);
                }
            }
            Target::Commensurate(c) => c.span = f(c.span),
            Target::Rise(p)
            | Target::RiseGradually(p)
            | Target::RiseEveryYear(p)
            | Target::ConsolidateAndRise(p)
            | Target::Fall(p)
            | Target::FallMarkedly(p)
            | Target::UnderControl(p)
            | Target::TowardBalance(p)
            | Target::Qualitative(p)
            | Target::Improve(p)
            | Target::Narrow { phrase: p, .. } => p.span = f(p.span),
            Target::Stable { phrase, baseline } => {
                phrase.span = f(phrase.span);
                if let Some(b) = baseline {
                    b.map_spans(f);
                }
            }
            Target::Keep(k) | Target::ReachAndKeep(k) => {
                k.span = f(k.span);
                k.condition.map_spans(f);
            }
            Target::Respectively(r) => {
                r.span = f(r.span);
                r.items.iter_mut().for_each(|t| t.map_spans(f));
            }
            Target::RelativeChange(r) => {
                r.span = f(r.span);
                if let Some(b) = &mut r.baseline {
                    b.map_spans(f);
                }
                match &mut r.change {
                    Change::By(a) => a.map_spans(f),
                    Change::To(t) => t.map_spans(f),
                    Change::Unquantified(p) => p.span = f(p.span),
                }
            }
            Target::AnnualChange(a) => {
                a.span = f(a.span);
                a.amount.map_spans(f);
                if let Some(b) = &mut a.baseline {
                    b.map_spans(f);
                }
            }
            Target::Milestones(m) => {
                m.span = f(m.span);
                for item in &mut m.items {
                    item.span = f(item.span);
                    item.target.map_spans(f);
                }
            }
            Target::AllOf(a) => {
                a.span = f(a.span);
                a.parts.iter_mut().for_each(|t| t.map_spans(f));
            }
            Target::Eliminate(e) => e.span = f(e.span),
            Target::Rank(r) => r.span = f(r.span),
            Target::Qualified(q) => {
                q.span = f(q.span);
                for words in [
                    &mut q.lead,
                    &mut q.scope,
                    &mut q.deadline,
                    &mut q.period,
                    &mut q.object,
                    &mut q.note,
                ]
                .into_iter()
                .flatten()
                {
                    words.span = f(words.span);
                }
                if let Some(d) = &mut q.due {
                    d.span = f(d.span);
                }
                if let Some(i) = &mut q.intent {
                    i.span = f(i.span);
                }
                if let Some(e) = &mut q.each {
                    e.span = f(e.span);
                }
                q.target.map_spans(f);
            }
        }
    }
}

impl Baseline {
    fn map_spans(&mut self, f: &mut impl FnMut(Span) -> Span) {
        match self {
            Baseline::Year { span, .. }
            | Baseline::PreviousTerm { span }
            | Baseline::PreviousYear { span }
            | Baseline::Current { span } => *span = f(*span),
            Baseline::Value { value, span, .. } => {
                *span = f(*span);
                value.span = f(value.span);
            }
        }
    }
}

impl ChangeAmount {
    fn map_spans(&mut self, f: &mut impl FnMut(Span) -> Span) {
        self.span = f(self.span);
        for amount in std::iter::once(&mut self.amount).chain(self.up_to.as_mut()) {
            match amount {
                Amount::Quantity(q) => q.span = f(q.span),
                Amount::Fraction(x) => x.span = f(x.span),
                Amount::Doubling(d) => d.span = f(d.span),
            }
        }
    }
}
