//! Binding: a target, checked against what is known of its indicator, ready to evaluate.
//!
//! This is the one translation from syntax to meaning (regex-syntax's AST → HIR): per form,
//! [`bind`] decides the status [`Rule`], the outlook's [`Pace`] and how observations are read
//! ([`Reading`]). Nothing downstream looks at the [`Target`] or its [`Kind`] to decide what a
//! form means; a new form needs one arm here and its rule, and the compiler points at both
//! (every match over `Target`, `Rule` and `Pace` is exhaustive).

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::change::{ChangeRule, Reach, Size};
use super::window::Reading;
use super::{Band, Policy, Threshold};
use crate::series::Year;
use crate::syntax::{
    Amount, AmountBound, Baseline, Change, ChangeAmount, CmpOp, Direction, Kind, Target, Unit,
};
use crate::syntax::{Rank, ReferenceRelation};

/// What the evaluator needs to know about an indicator, from the catalogue.
///
/// Every field is optional; binding fails only when the target needs one that is missing.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct IndicatorSpec {
    /// The indicator's id, used in errors and evidence and to find policy overrides.
    pub id: Option<String>,
    /// Which way is better, when the target does not say (bare `1`, `100`).
    pub direction: Option<Direction>,
    /// The unit series values are in. A target writing another unit is rejected.
    pub unit: Option<Unit>,
    /// The name of the reference series, for reference and commensurate targets (the key in
    /// [`super::References`]).
    pub reference: Option<String>,
    /// The indicator's balance band (sex ratio at birth: 103–107), for `趋于平衡`.
    pub band: Option<Band>,
}

/// A target checked against its indicator and a policy: what [`super::evaluate`] takes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BoundTarget {
    pub(crate) target: Target,
    pub(crate) indicator: Option<String>,
    pub(crate) rule: Rule,
    pub(crate) pace: Pace,
    pub(crate) reading: Reading,
    /// The plan's baseline year B (the year of [`super::Context::given_baseline`]).
    pub(crate) baseline_year: Year,
    /// Where the window takes its baseline `y_b` from.
    pub(crate) base: Base,
    /// A baseline value the target writes (`从目前的29.3`): evidence only.
    pub(crate) stated_baseline: Option<Decimal>,
    /// The items of a `分别` list, the parts of an all-of, the milestones (in year order).
    pub(crate) items: Vec<BoundTarget>,
    /// The year of each milestone, aligned with `items` (empty for other forms).
    pub(crate) due: Vec<Year>,
}

/// Where a window takes its baseline `y_b` from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Base {
    /// The observation in this year (the plan's B unless the target names another year). The
    /// catalogue's baseline stands in only for the plan's own B.
    Year(Year),
    /// `较上届`: the latest observation before the current value's year.
    Previous,
    /// `比上年`, `同比`: the observation of the year before the current value's, exactly.
    PreviousYear,
}

impl BoundTarget {
    /// The target as written.
    pub fn target(&self) -> &Target {
        &self.target
    }

    /// The indicator's id, if the spec gave one.
    pub fn indicator(&self) -> Option<&str> {
        self.indicator.as_deref()
    }

    /// The status of a target decided by the current value alone (comparison, attain,
    /// approximately, range) for one exact value: `Some(true)` met, `Some(false)` not met;
    /// `None` for every form that needs a series, a baseline, a reference or a ratio.
    ///
    /// This is the allocation-free check for a single figure; [`super::evaluate`] is the full
    /// evaluation with evidence and explanation.
    ///
    /// ```
    /// use plan_targets::eval::{bind, IndicatorSpec, Policy};
    /// let bound = bind(&"45左右".parse()?, &IndicatorSpec::default(), &Policy::default())?;
    /// assert_eq!(bound.check("47.25".parse()?), Some(true)); // δ = 5 % of 45 = 2.25
    /// assert_eq!(bound.check("47.26".parse()?), Some(false));
    /// let rise = bind(&"提高".parse()?, &IndicatorSpec::default(), &Policy::default())?;
    /// assert_eq!(rise.check("50".parse()?), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn check(&self, value: Decimal) -> Option<bool> {
        match &self.rule {
            Rule::Value(threshold) => threshold.holds(value),
            Rule::Ratio(_)
            | Rule::Reference { .. }
            | Rule::Commensurate { .. }
            | Rule::ReferenceNear { .. }
            | Rule::Rise { .. }
            | Rule::Fall { .. }
            | Rule::UnderControl
            | Rule::TowardBalance(_)
            | Rule::Keep(_)
            | Rule::ReachAndKeep(_)
            | Rule::Qualitative(_)
            | Rule::Respectively
            | Rule::Change(_)
            | Rule::Stable(_)
            | Rule::Milestones
            | Rule::AllOf => None,
        }
    }

    /// The bound items of a `分别` list, in order (empty for any other form). Evaluate each
    /// against the series of its own indicator.
    ///
    /// For an all-of target, its parts; for milestones, the milestones in year order (see
    /// [`BoundTarget::milestones`]). Those are evaluated against the same series by
    /// [`super::evaluate`] itself.
    pub fn items(&self) -> &[BoundTarget] {
        &self.items
    }

    /// The milestones `(year, target)` in year order; empty for every other form. A target with
    /// a single due year (`到2025年…`) is one milestone.
    pub fn milestones(&self) -> impl Iterator<Item = (Year, &BoundTarget)> {
        self.due.iter().copied().zip(&self.items)
    }

    /// The milestone due at year `t`: the earliest whose year is `t` or later, after the last
    /// the last; `None` when the target has no milestones.
    pub(crate) fn due_at(&self, t: Year) -> Option<(Year, &BoundTarget)> {
        self.milestones()
            .find(|(year, _)| *year >= t)
            .or_else(|| self.milestones().last())
    }
}

/// The rule a bound target is evaluated by.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Rule {
    /// The current value meets the threshold (comparison, attain, approximately, range).
    Value(Threshold),
    /// Cross-multiplied ratio.
    Ratio(Threshold),
    /// `y_t op r_t`; with a margin (`高于全市1个百分点`), `y_t op' v`, v the margin's
    /// change from `r_t` and op' its operator.
    Reference {
        op: CmpOp,
        series: String,
        margin: Option<ChangeRule>,
    },
    Commensurate {
        series: String,
        tolerance: Decimal,
    },
    /// `接近全国平均水平` on an indicator with a direction: `y_t op r_t ∓ δ·|r_t|` (within δ of
    /// the reference, or better).
    ReferenceNear {
        op: CmpOp,
        series: String,
        tolerance: Decimal,
    },
    Rise {
        kind: RiseKind,
        limit: Option<Decimal>,
    },
    Fall {
        marked: Option<Decimal>,
        gap: bool,
    },
    UnderControl,
    TowardBalance(Band),
    Keep(Threshold),
    ReachAndKeep(Threshold),
    Qualitative(Option<Band>),
    Respectively,
    /// A relative or annual change from `y_b`.
    Change(ChangeRule),
    /// Every observation in B..t within δ of `y_B` (δ relative).
    Stable(Decimal),
    /// The milestone due at t decides ([`BoundTarget::due_at`]).
    Milestones,
    /// Every part ([`BoundTarget::items`]) must be met.
    AllOf,
}

/// How the outlook judges a bound target ([`crate::semantics`], "Outlook"), decided with its rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Pace {
    /// A quantified target: the ratio `R` of the actual to the required rate towards the
    /// threshold the status applied (a band's nearest edge). `achieved_when_met`: a met target
    /// is `achieved`; `趋于平衡` is judged by its pace even once inside the band.
    Towards { achieved_when_met: bool },
    /// A directional goal: the annual rate in the direction of better, always by its pace.
    Directional {
        /// Higher or lower is better.
        direction: Direction,
        /// A percentage: the thresholds shrink near [`Policy::percentage_limit`].
        percentage: bool,
        /// The absolute gap is what moves (`缩小`).
        gap: bool,
    },
    /// `逐年提高`: on track while every change is a rise.
    EveryYear,
    /// A qualitative goal: `achieved` when a policy band decides it met, else a person judges.
    Judgement,
    /// A `分别` list: each item belongs to another indicator.
    Items,
    /// An annual change: a quantified target whose threshold is the change's rule at T.
    Annual(ChangeRule),
    /// Milestones: the outlook of the milestone due, projected to its year.
    Milestones,
    /// All of: the worst of the parts' outlooks.
    AllOf,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum RiseKind {
    Plain,
    Gradually,
    EveryYear,
    Consolidate,
}

/// Why a target cannot be evaluated for an indicator, found before any data is read: which
/// indicator ([`BindError::indicator`]) and what ([`BindError::kind`]).
///
/// `Display` writes `indicator W03: <kind>` (`ad-hoc target: <kind>` without an id).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BindError {
    indicator: Option<String>,
    kind: BindErrorKind,
}

impl BindError {
    pub(crate) fn new(indicator: Option<String>, kind: BindErrorKind) -> BindError {
        BindError { indicator, kind }
    }

    /// The indicator's id; `None` for an ad-hoc target.
    pub fn indicator(&self) -> Option<&str> {
        self.indicator.as_deref()
    }

    /// What is wrong.
    pub fn kind(&self) -> &BindErrorKind {
        &self.kind
    }
}

impl std::fmt::Display for BindError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.indicator {
            Some(id) => write!(f, "indicator {id}: {}", self.kind),
            None => write!(f, "ad-hoc target: {}", self.kind),
        }
    }
}

impl std::error::Error for BindError {}

/// What is wrong with a target for an indicator ([`BindError::kind`]); `Display` writes it
/// without the indicator.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum BindErrorKind {
    /// The target writes a unit other than the indicator's.
    #[error("the target is in {written} but the indicator is in {expected}")]
    UnitMismatch {
        /// The unit the target writes.
        written: Unit,
        /// The indicator's unit.
        expected: Unit,
    },
    /// A reference or commensurate target for an indicator with no reference series.
    #[error("the target refers to `{written}` but no reference series is configured")]
    NoReferenceSeries {
        /// The other series as the target writes it.
        written: String,
    },
    /// A value to attain with no direction from the verb or the indicator.
    #[error(
        "`{target}` needs a direction (higher, lower or band) and neither the target nor the indicator gives one"
    )]
    NoDirection {
        /// The target, printed.
        target: String,
    },
    /// `趋于平衡` with no band from the policy or the indicator.
    #[error(
        "a toward-balance target needs a balance band and neither the policy nor the indicator gives one"
    )]
    NoBalanceBand,
    /// A band whose low end is above its high end.
    #[error("band {low}–{high} is inverted")]
    InvertedBand {
        /// The low end given.
        low: Decimal,
        /// The high end given.
        high: Decimal,
    },
    /// A change whose amount is in percentage points on an indicator that is not a
    /// percentage.
    #[error("`{target}` changes by percentage points but the indicator is in {unit}")]
    PointsOnNonPercentage {
        /// The target, printed.
        target: String,
        /// The indicator's unit.
        unit: Unit,
    },
    /// A keep target whose condition is not a value condition.
    #[error("cannot keep a {kind} target")]
    UnsupportedCondition {
        /// The form of the condition.
        kind: Kind,
    },
}

/// Checks `target` against `indicator` and resolves the policy's thresholds.
///
/// Checks, in this order: the unit (a target that writes a unit must write the indicator's; a
/// target without one is fine), then what the form needs: a direction for a bare value (from the
/// verb, else the indicator; `Direction::Band` means "equal"), a reference series for reference
/// and commensurate targets, a balance band for `趋于平衡` (the indicator's override in the
/// policy, else the indicator's band, else the policy's default), a well-ordered band.
///
/// A target's own direction wins over the indicator's: `≥90` is "at least 90" even for an
/// indicator the catalogue marks lower-is-better.
///
/// # Errors
///
/// A [`BindError`] naming the indicator.
///
/// ```
/// use plan_targets::eval::{bind, BindErrorKind, IndicatorSpec, Policy};
/// use plan_targets::{Target, Unit};
///
/// let spec = IndicatorSpec { id: Some("B3".into()), unit: Some(Unit::PerMille), ..Default::default() };
/// let err = bind(&"<12/10万".parse::<Target>()?, &spec, &Policy::default()).unwrap_err();
/// assert_eq!(err.to_string(), "indicator B3: the target is in /10万 but the indicator is in ‰");
/// assert!(bind(&"<12".parse::<Target>()?, &spec, &Policy::default()).is_ok());
/// let err = bind(&"100".parse::<Target>()?, &spec, &Policy::default()).unwrap_err();
/// assert!(matches!(err.kind(), BindErrorKind::NoDirection { .. }));
/// assert_eq!(err.indicator(), Some("B3"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn bind(
    target: &Target,
    indicator: &IndicatorSpec,
    policy: &Policy,
) -> Result<BoundTarget, BindError> {
    let id = indicator.id.clone();
    // The words around a form (intent, `均`, a scope …) change no meaning: bind the form, keep
    // the whole target.
    // A due year (`到2025年…`) is a milestone of one: the outlook looks to that year.
    if let Target::Qualified(q) = target {
        let mut bound = match &q.due {
            Some(due) => milestones(
                target,
                std::iter::once((due.year, &*q.target)),
                indicator,
                &policy.for_indicator(id.as_deref()),
            )?,
            None => bind(&q.target, indicator, policy)?,
        };
        bound.target = target.clone();
        return Ok(bound);
    }
    let policy = policy.for_indicator(id.as_deref());
    // A scale is not a mismatch (`1.2亿人` on an indicator in `万人`): the target's figures are
    // taken in the indicator's unit, by value.
    // A fraction (`超过1/3`) is a share: in percent on an indicator in `%` (33.33…), a share of
    // one on an indicator with no unit (0.333…).
    let mut scale = Decimal::ONE;
    match (target.unit(), indicator.unit) {
        (Some(written), Some(expected)) => {
            let ((wb, wf), (eb, ef)) = (written.base(), expected.base());
            if wb != eb {
                return Err(BindError::new(
                    id,
                    BindErrorKind::UnitMismatch { written, expected },
                ));
            }
            scale = wf.checked_div(ef).unwrap_or(Decimal::ONE);
        }
        (Some(written), None) => {
            if let Some(denominator) = written.fraction_denominator() {
                scale = Decimal::ONE
                    .checked_div(denominator)
                    .unwrap_or(Decimal::ONE);
            }
        }
        _ => {}
    }
    let scaled = |v: Decimal| {
        if scale == Decimal::ONE {
            v
        } else {
            v.saturating_mul(scale).normalize()
        }
    };
    let percentage = indicator
        .unit
        .or(target.unit())
        .is_some_and(Unit::is_percentage);
    let rise = |kind, pace| {
        (
            Rule::Rise {
                kind,
                limit: percentage.then_some(policy.percentage_limit),
            },
            pace,
        )
    };
    let check_band = |band: Band| {
        if band.low > band.high {
            Err(BindError::new(
                id.clone(),
                BindErrorKind::InvertedBand {
                    low: band.low,
                    high: band.high,
                },
            ))
        } else {
            Ok(band)
        }
    };
    let mut items = Vec::new();
    let mut base = Base::Year(policy.baseline_year);
    let mut stated_baseline = None;
    let towards = Pace::Towards {
        achieved_when_met: true,
    };
    let directional = |direction, gap| Pace::Directional {
        direction,
        percentage,
        gap,
    };
    let (rule, pace) = match target {
        Target::Keep(k) | Target::ReachAndKeep(k) => {
            let inner = bind(&k.condition, indicator, &policy)?;
            let Rule::Value(threshold) = inner.rule else {
                return Err(BindError::new(
                    id,
                    BindErrorKind::UnsupportedCondition {
                        kind: k.condition.kind(),
                    },
                ));
            };
            if matches!(target, Target::Keep(_)) {
                (Rule::Keep(threshold), towards)
            } else {
                (Rule::ReachAndKeep(threshold), towards)
            }
        }
        Target::Comparison(c) => (
            Rule::Value(Threshold::Compare {
                op: c.op,
                value: scaled(c.value.value),
            }),
            towards,
        ),
        Target::Attain(a) => {
            let v = scaled(a.value.value);
            // A class is better lower, whatever the indicator says.
            let direction = match a.value.unit {
                Some(Unit::Class) => Some(Direction::Lower),
                _ => a.direction.or(indicator.direction),
            };
            let rule = match direction {
                Some(Direction::Higher) => Rule::Value(Threshold::Compare {
                    op: CmpOp::Ge,
                    value: v,
                }),
                Some(Direction::Lower) => Rule::Value(Threshold::Compare {
                    op: CmpOp::Le,
                    value: v,
                }),
                Some(Direction::Band) => Rule::Value(Threshold::Within { low: v, high: v }),
                None => {
                    return Err(BindError::new(
                        id,
                        BindErrorKind::NoDirection {
                            target: target.to_string(),
                        },
                    ));
                }
            };
            (rule, towards)
        }
        Target::Approximately(a) => {
            let v = scaled(a.value.value);
            let delta = a
                .tolerance
                .map(scaled)
                .unwrap_or_else(|| policy.approximate_tolerance.saturating_mul(v).abs());
            (
                Rule::Value(Threshold::Within {
                    low: v.saturating_sub(delta),
                    high: v.saturating_add(delta),
                }),
                towards,
            )
        }
        Target::Range(r) => {
            let (low, high) = (scaled(r.low), scaled(r.high));
            // `6到6.5%左右`: each end approximate, widened by δ of itself.
            let widen = |end: Decimal| match r.about {
                true => policy.approximate_tolerance.saturating_mul(end).abs(),
                false => Decimal::ZERO,
            };
            (
                Rule::Value(Threshold::Within {
                    low: low.saturating_sub(widen(low)),
                    high: high.saturating_add(widen(high)),
                }),
                towards,
            )
        }
        Target::Ratio(r) => (
            Rule::Ratio(Threshold::Ratio {
                antecedent: r.antecedent,
                consequent: r.consequent,
                direction: indicator.direction.filter(|&d| d != Direction::Band),
                tolerance: policy.approximate_tolerance,
            }),
            towards,
        ),
        // `达到`, `优于`, `接近` a reference: the side comes from the indicator's direction.
        Target::Reference(r) if !r.relation.is_compare() => {
            let series = indicator.reference.clone().ok_or_else(|| {
                BindError::new(
                    id.clone(),
                    BindErrorKind::NoReferenceSeries {
                        written: r.series.clone(),
                    },
                )
            })?;
            let rule = reference_relation(r.relation, series, indicator.direction, &policy)
                .ok_or_else(|| {
                    BindError::new(
                        id.clone(),
                        BindErrorKind::NoDirection {
                            target: target.to_string(),
                        },
                    )
                })?;
            (rule, towards)
        }
        Target::Reference(r) => (
            Rule::Reference {
                op: r.op,
                series: indicator.reference.clone().ok_or_else(|| {
                    BindError::new(
                        id.clone(),
                        BindErrorKind::NoReferenceSeries {
                            written: r.series.clone(),
                        },
                    )
                })?,
                // `高于全市1个百分点`: `r_t` moved by the margin, sized as a change from it is.
                margin: match &r.margin {
                    Some(margin) => {
                        let direction = match r.op {
                            CmpOp::Ge | CmpOp::Gt => Direction::Higher,
                            CmpOp::Le | CmpOp::Lt => Direction::Lower,
                        };
                        Some(change_rule(
                            direction, margin, false, target, indicator, &policy,
                        )?)
                    }
                    None => None,
                },
            },
            towards,
        ),
        Target::Commensurate(c) => (
            Rule::Commensurate {
                series: indicator.reference.clone().ok_or_else(|| {
                    BindError::new(
                        id.clone(),
                        BindErrorKind::NoReferenceSeries {
                            written: c.series.clone(),
                        },
                    )
                })?,
                tolerance: policy.approximate_tolerance,
            },
            towards,
        ),
        Target::Rise(_) => rise(RiseKind::Plain, directional(Direction::Higher, false)),
        Target::RiseGradually(_) => {
            rise(RiseKind::Gradually, directional(Direction::Higher, false))
        }
        Target::RiseEveryYear(_) => rise(RiseKind::EveryYear, Pace::EveryYear),
        Target::ConsolidateAndRise(_) => {
            rise(RiseKind::Consolidate, directional(Direction::Higher, false))
        }
        Target::Fall(_) => (
            Rule::Fall {
                marked: None,
                gap: false,
            },
            directional(Direction::Lower, false),
        ),
        Target::FallMarkedly(_) => (
            Rule::Fall {
                marked: Some(policy.marked_decline_rate),
                gap: false,
            },
            directional(Direction::Lower, false),
        ),
        Target::Narrow { marked, .. } => (
            Rule::Fall {
                marked: marked.then_some(policy.marked_decline_rate),
                gap: true,
            },
            directional(Direction::Lower, true),
        ),
        Target::UnderControl(_) => (Rule::UnderControl, directional(Direction::Lower, false)),
        Target::TowardBalance(_) => {
            let band = id
                .as_deref()
                .and_then(|id| policy.overrides.get(id))
                .and_then(|o| o.balance_band)
                .or(indicator.band)
                .or(policy.balance_band)
                .ok_or_else(|| BindError::new(id.clone(), BindErrorKind::NoBalanceBand))?;
            // A directional goal: judged by its pace towards the band, even once inside it.
            (
                Rule::TowardBalance(check_band(band)?),
                Pace::Towards {
                    achieved_when_met: false,
                },
            )
        }
        Target::Qualitative(_) => (
            Rule::Qualitative(policy.qualitative_band.map(check_band).transpose()?),
            Pace::Judgement,
        ),
        Target::Qualified(_) => unreachable!("a qualified target is bound through its form"),
        Target::RelativeChange(r) => {
            let direction = change_direction(r.direction, target, &id)?;
            (base, stated_baseline) = base_of(r.baseline.as_ref(), base);
            match &r.change {
                // A change to a value: that value decides; the written baseline is evidence.
                Change::To(inner) => {
                    let inner = bind(inner, indicator, &policy)?;
                    (inner.rule, inner.pace)
                }
                Change::By(amount) => (
                    Rule::Change(change_rule(
                        direction, amount, false, target, indicator, &policy,
                    )?),
                    towards,
                ),
                Change::Unquantified(_) => (
                    Rule::Change(ChangeRule {
                        direction,
                        size: Size::Any,
                        reach: Reach::AtLeast,
                        annual: false,
                    }),
                    towards,
                ),
            }
        }
        Target::AnnualChange(a) => {
            let direction = change_direction(a.direction, target, &id)?;
            // `在2015年基础上每年…`: the pace counts from that year.
            if let Some(Baseline::Year { year, .. }) = &a.baseline {
                base = Base::Year(*year);
            }
            let rule = change_rule(direction, &a.amount, true, target, indicator, &policy)?;
            (Rule::Change(rule), Pace::Annual(rule))
        }
        Target::Milestones(m) => {
            return milestones(
                target,
                // An undated milestone is due at the plan's target year.
                m.items
                    .iter()
                    .map(|i| (i.year.unwrap_or(policy.target_year), &i.target)),
                indicator,
                &policy,
            );
        }
        Target::AllOf(a) => {
            items = a
                .parts
                .iter()
                .map(|part| bind(part, indicator, &policy))
                .collect::<Result<_, _>>()?;
            (Rule::AllOf, Pace::AllOf)
        }
        // A move the indicator's good way: a rise or a fall, as those forms.
        Target::Improve(_) => match indicator.direction {
            Some(Direction::Higher) => rise(RiseKind::Plain, directional(Direction::Higher, false)),
            Some(Direction::Lower) => (
                Rule::Fall {
                    marked: None,
                    gap: false,
                },
                directional(Direction::Lower, false),
            ),
            Some(Direction::Band) | None => {
                return Err(BindError::new(
                    id,
                    BindErrorKind::NoDirection {
                        target: target.to_string(),
                    },
                ));
            }
        },
        Target::Stable { baseline, .. } => {
            (base, stated_baseline) = base_of(baseline.as_ref(), base);
            (Rule::Stable(policy.stable_tolerance), towards)
        }
        Target::Eliminate(e) => match (e.basically, policy.elimination_ceiling) {
            (false, _) => (
                Rule::Value(Threshold::Compare {
                    op: CmpOp::Le,
                    value: Decimal::ZERO,
                }),
                towards,
            ),
            (true, Some(ceiling)) => (
                Rule::Value(Threshold::Compare {
                    op: CmpOp::Le,
                    value: ceiling,
                }),
                towards,
            ),
            (true, None) => (Rule::Qualitative(None), Pace::Judgement),
        },
        // Ranks: lower is better, `前15位` and `第二` alike mean "that rank or better".
        Target::Rank(Rank { position, .. }) => (
            Rule::Value(Threshold::Compare {
                op: CmpOp::Le,
                value: Decimal::from(*position),
            }),
            towards,
        ),
        Target::Respectively(r) => {
            items = r
                .items
                .iter()
                .map(|item| bind(item, indicator, &policy))
                .collect::<Result<_, _>>()?;
            (Rule::Respectively, Pace::Items)
        }
    };
    let reading = match rule {
        Rule::Ratio(_) => Reading::Ratio,
        Rule::Value(_)
        | Rule::Reference { .. }
        | Rule::Commensurate { .. }
        | Rule::ReferenceNear { .. }
        | Rule::Rise { .. }
        | Rule::Fall { .. }
        | Rule::UnderControl
        | Rule::TowardBalance(_)
        | Rule::Keep(_)
        | Rule::ReachAndKeep(_)
        | Rule::Qualitative(_)
        | Rule::Respectively
        | Rule::Change(_)
        | Rule::Stable(_)
        | Rule::Milestones
        | Rule::AllOf => Reading::Value,
    };
    Ok(BoundTarget {
        target: target.clone(),
        indicator: id,
        rule,
        pace,
        reading,
        baseline_year: policy.baseline_year,
        base,
        stated_baseline,
        items,
        due: Vec::new(),
    })
}

/// The rule of a reference whose relation takes its side from the indicator's direction
/// (docs/semantics.md, "Relative to a reference level"); `None` when it needs a direction and
/// the indicator has none.
///
/// - `达到` (reach): `y_t ≥ r_t` (higher is better) or `≤ r_t` (lower); for a band, within δ of
///   `r_t` (commensurate).
/// - `优于` (better): `y_t > r_t` or `< r_t`; a band or no direction has no better side.
/// - `接近` (near): `y_t ≥ r_t − δ·|r_t|` or `y_t ≤ r_t + δ·|r_t|`; for a band or no direction,
///   within δ of `r_t`.
fn reference_relation(
    relation: ReferenceRelation,
    series: String,
    direction: Option<Direction>,
    policy: &Policy,
) -> Option<Rule> {
    let tolerance = policy.approximate_tolerance;
    let within = |series| Rule::Commensurate { series, tolerance };
    let side = |higher, lower| match direction {
        Some(Direction::Higher) => Some(higher),
        Some(Direction::Lower) => Some(lower),
        Some(Direction::Band) | None => None,
    };
    match relation {
        ReferenceRelation::Compare => None,
        ReferenceRelation::Reach => Some(match side(CmpOp::Ge, CmpOp::Le) {
            Some(op) => Rule::Reference {
                op,
                series,
                margin: None,
            },
            None if direction == Some(Direction::Band) => within(series),
            None => return None,
        }),
        ReferenceRelation::Better => side(CmpOp::Gt, CmpOp::Lt).map(|op| Rule::Reference {
            op,
            series,
            margin: None,
        }),
        ReferenceRelation::Near => Some(match side(CmpOp::Ge, CmpOp::Le) {
            Some(op) => Rule::ReferenceNear {
                op,
                series,
                tolerance,
            },
            None => within(series),
        }),
    }
}

/// Milestones `(year, target)`, each bound, in year order (a stable sort: two milestones of
/// one year keep their written order, and the first of them is the one due).
fn milestones<'t>(
    whole: &Target,
    parts: impl Iterator<Item = (Year, &'t Target)>,
    indicator: &IndicatorSpec,
    policy: &Policy,
) -> Result<BoundTarget, BindError> {
    let mut bound: Vec<(Year, BoundTarget)> = parts
        .map(|(year, t)| bind(t, indicator, policy).map(|b| (year, b)))
        .collect::<Result<_, _>>()?;
    bound.sort_by_key(|(year, _)| *year);
    let (due, items): (Vec<Year>, Vec<BoundTarget>) = bound.into_iter().unzip();
    Ok(BoundTarget {
        target: whole.clone(),
        indicator: indicator.id.clone(),
        rule: Rule::Milestones,
        pace: Pace::Milestones,
        reading: Reading::Value,
        baseline_year: policy.baseline_year,
        base: Base::Year(policy.baseline_year),
        stated_baseline: None,
        items,
        due,
    })
}

/// The direction of a change: a rise or a fall (the parser gives nothing else).
fn change_direction(
    direction: Direction,
    target: &Target,
    id: &Option<String>,
) -> Result<Direction, BindError> {
    match direction {
        Direction::Higher | Direction::Lower => Ok(direction),
        Direction::Band => Err(BindError::new(
            id.clone(),
            BindErrorKind::NoDirection {
                target: target.to_string(),
            },
        )),
    }
}

/// The rule of a change by an amount: its size (relative or absolute, from the unit), what the
/// word after it does (`以上` nothing, `左右` at least `(1 − δ)` of it, `以内` a cap), and the
/// smaller figure of a range of amounts.
fn change_rule(
    direction: Direction,
    amount: &ChangeAmount,
    annual: bool,
    target: &Target,
    indicator: &IndicatorSpec,
    policy: &Policy,
) -> Result<ChangeRule, BindError> {
    let size = size_of(&amount.amount, target, indicator)?;
    // A range of paces (`0.5到1个百分点`) is met at its smaller figure: `amount` is that one;
    // the larger end must still be in a unit the indicator can take.
    if let Some(up_to) = &amount.up_to {
        size_of(up_to, target, indicator)?;
    }
    let (size, reach) = match amount.bound {
        None | Some(AmountBound::AtLeast) => (size, Reach::AtLeast),
        Some(AmountBound::AtMost) => (size, Reach::AtMost),
        Some(AmountBound::About) => {
            let keep = Decimal::ONE.saturating_sub(policy.approximate_tolerance);
            let size = match size {
                Size::Relative { p, q } => Size::Relative {
                    p: p.saturating_mul(keep),
                    q,
                },
                Size::Absolute(a) => Size::Absolute(a.saturating_mul(keep)),
                Size::Any => Size::Any,
            };
            (size, Reach::AtLeast)
        }
    };
    Ok(ChangeRule {
        direction,
        size,
        reach,
        annual,
    })
}

/// A fraction, a percentage (`%`, `‰`), a multiple (`倍`) or a doubling is relative to `y_b`;
/// percentage points
/// and quantities in the indicator's unit (rescaled: `1万人` on an indicator in `人` is 10000)
/// are absolute.
fn size_of(amount: &Amount, target: &Target, indicator: &IndicatorSpec) -> Result<Size, BindError> {
    let id = || indicator.id.clone();
    Ok(match amount {
        Amount::Fraction(f) => Size::Relative {
            p: f.numerator,
            q: f.denominator,
        },
        // ×2ⁿ: a rise of 2ⁿ − 1 times y_b; as a fall (never written), a halving n times.
        Amount::Doubling(d) => {
            let factor =
                (0..d.times.min(64)).fold(Decimal::ONE, |x, _| x.saturating_mul(Decimal::TWO));
            Size::Relative {
                p: factor - Decimal::ONE,
                q: Decimal::ONE,
            }
        }
        Amount::Quantity(q) => match q.unit {
            Some(Unit::Percent) => Size::Relative {
                p: q.value,
                q: Decimal::ONE_HUNDRED,
            },
            Some(Unit::PerMille) => Size::Relative {
                p: q.value,
                q: Decimal::ONE_THOUSAND,
            },
            Some(Unit::PercentagePoint) => match indicator.unit {
                None | Some(Unit::Percent) => Size::Absolute(q.value),
                Some(unit) => {
                    return Err(BindError::new(
                        id(),
                        BindErrorKind::PointsOnNonPercentage {
                            target: target.to_string(),
                            unit,
                        },
                    ));
                }
            },
            // `增长1倍`, `提高5倍`: by so many times `y_b`, relative (×2 and ×6: `增长1倍` is
            // `翻一番`), whatever the indicator's unit.
            Some(written) if written.to_string() == "倍" => Size::Relative {
                p: q.value,
                q: Decimal::ONE,
            },
            Some(written) => match indicator.unit {
                None => Size::Absolute(q.value),
                Some(expected) => {
                    let ((wb, wf), (eb, ef)) = (written.base(), expected.base());
                    if wb != eb {
                        return Err(BindError::new(
                            id(),
                            BindErrorKind::UnitMismatch { written, expected },
                        ));
                    }
                    Size::Absolute(
                        q.value
                            .saturating_mul(wf)
                            .checked_div(ef)
                            .unwrap_or(q.value),
                    )
                }
            },
            None => Size::Absolute(q.value),
        },
    })
}

/// Where a written baseline clause takes `y_b` from, given the plan's default `base`, and the
/// value it writes, if any (kept as evidence: the series' own value decides).
fn base_of(baseline: Option<&Baseline>, base: Base) -> (Base, Option<Decimal>) {
    match baseline {
        Some(Baseline::Year { year, .. }) => (Base::Year(*year), None),
        Some(Baseline::PreviousTerm { .. }) => (Base::Previous, None),
        Some(Baseline::PreviousYear { .. }) => (Base::PreviousYear, None),
        // `从2015年的1.6`: the value of that year.
        Some(Baseline::Value { value, year, .. }) => {
            (year.map_or(base, Base::Year), Some(value.value))
        }
        Some(Baseline::Current { .. }) | None => (base, None),
    }
}
