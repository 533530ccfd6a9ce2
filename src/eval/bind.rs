//! Binding: a target, checked against what is known of its indicator, ready to evaluate.
//!
//! This is the one translation from syntax to meaning (regex-syntax's AST → HIR): per form,
//! [`bind`] decides the status [`Rule`], the outlook's [`Pace`] and how observations are read
//! ([`Reading`]). Nothing downstream looks at the [`Target`] or its [`Kind`] to decide what a
//! form means; a new form needs one arm here and its rule, and the compiler points at both
//! (every match over `Target`, `Rule` and `Pace` is exhaustive).

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::window::Reading;
use super::{Band, Policy, Threshold};
use crate::series::Year;
use crate::syntax::{CmpOp, Direction, Kind, Target, Unit};

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
    pub(crate) baseline_year: Year,
    pub(crate) items: Vec<BoundTarget>,
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
            | Rule::Rise { .. }
            | Rule::Fall { .. }
            | Rule::UnderControl
            | Rule::TowardBalance(_)
            | Rule::Keep(_)
            | Rule::ReachAndKeep(_)
            | Rule::Qualitative(_)
            | Rule::Respectively => None,
        }
    }

    /// The bound items of a `分别` list, in order (empty for any other form). Evaluate each
    /// against the series of its own indicator.
    pub fn items(&self) -> &[BoundTarget] {
        &self.items
    }
}

/// The rule a bound target is evaluated by.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Rule {
    /// The current value meets the threshold (comparison, attain, approximately, range).
    Value(Threshold),
    /// Cross-multiplied ratio.
    Ratio(Threshold),
    Reference {
        op: CmpOp,
        series: String,
    },
    Commensurate {
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
}

/// How the outlook judges a bound target (SEMANTICS.md, "Outlook"), decided with its rule.
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
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum RiseKind {
    Plain,
    Gradually,
    EveryYear,
    Consolidate,
}

/// Why a target cannot be evaluated for an indicator, found before any data is read.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum BindError {
    /// The target writes a unit other than the indicator's.
    #[error("{}: the target is in {written} but the indicator is in {expected}", who(.indicator))]
    UnitMismatch {
        /// The indicator's id.
        indicator: Option<String>,
        /// The unit the target writes.
        written: Unit,
        /// The indicator's unit.
        expected: Unit,
    },
    /// A reference or commensurate target for an indicator with no reference series.
    #[error("{}: the target refers to `{written}` but no reference series is configured", who(.indicator))]
    NoReferenceSeries {
        /// The indicator's id.
        indicator: Option<String>,
        /// The other series as the target writes it.
        written: String,
    },
    /// A value to attain with no direction from the verb or the indicator.
    #[error("{}: `{target}` needs a direction (higher, lower or band) and neither the target nor the indicator gives one", who(.indicator))]
    NoDirection {
        /// The indicator's id.
        indicator: Option<String>,
        /// The target, printed.
        target: String,
    },
    /// `趋于平衡` with no band from the policy or the indicator.
    #[error("{}: a toward-balance target needs a balance band and neither the policy nor the indicator gives one", who(.indicator))]
    NoBalanceBand {
        /// The indicator's id.
        indicator: Option<String>,
    },
    /// A band whose low end is above its high end.
    #[error("{}: band {low}–{high} is inverted", who(.indicator))]
    InvertedBand {
        /// The indicator's id.
        indicator: Option<String>,
        /// The low end given.
        low: Decimal,
        /// The high end given.
        high: Decimal,
    },
    /// A form whose evaluation is not implemented yet (the wider notation: relative and annual
    /// change, milestones, all of, improve, stable, eliminate, rank).
    #[error("{}: this form is not evaluable yet: {kind}", who(.indicator))]
    NotEvaluableYet {
        /// The indicator's id.
        indicator: Option<String>,
        /// The form.
        kind: Kind,
    },
    /// A keep target whose condition is not a value condition.
    #[error("{}: cannot keep a {kind} target", who(.indicator))]
    UnsupportedCondition {
        /// The indicator's id.
        indicator: Option<String>,
        /// The form of the condition.
        kind: Kind,
    },
}

fn who(indicator: &Option<String>) -> String {
    match indicator {
        Some(id) => format!("indicator {id}"),
        None => "ad-hoc target".to_owned(),
    }
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
/// use plan_targets::eval::{bind, BindError, IndicatorSpec, Policy};
/// use plan_targets::{Target, Unit};
///
/// let spec = IndicatorSpec { id: Some("B3".into()), unit: Some(Unit::PerMille), ..Default::default() };
/// let err = bind(&"<12/10万".parse::<Target>()?, &spec, &Policy::default()).unwrap_err();
/// assert_eq!(err.to_string(), "indicator B3: the target is in /10万 but the indicator is in ‰");
/// assert!(bind(&"<12".parse::<Target>()?, &spec, &Policy::default()).is_ok());
/// let err = bind(&"100".parse::<Target>()?, &spec, &Policy::default()).unwrap_err();
/// assert!(matches!(err, BindError::NoDirection { .. }));
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
    if let Target::Qualified(q) = target {
        let mut bound = bind(&q.target, indicator, policy)?;
        bound.target = target.clone();
        return Ok(bound);
    }
    let policy = policy.for_indicator(id.as_deref());
    if let (Some(written), Some(expected)) = (target.unit(), indicator.unit) {
        if written != expected {
            return Err(BindError::UnitMismatch {
                indicator: id,
                written,
                expected,
            });
        }
    }
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
            Err(BindError::InvertedBand {
                indicator: id.clone(),
                low: band.low,
                high: band.high,
            })
        } else {
            Ok(band)
        }
    };
    let mut items = Vec::new();
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
                return Err(BindError::UnsupportedCondition {
                    indicator: id,
                    kind: k.condition.kind(),
                });
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
                value: c.value.value,
            }),
            towards,
        ),
        Target::Attain(a) => {
            let v = a.value.value;
            let rule = match a.direction.or(indicator.direction) {
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
                    return Err(BindError::NoDirection {
                        indicator: id,
                        target: target.to_string(),
                    });
                }
            };
            (rule, towards)
        }
        Target::Approximately(a) => {
            let v = a.value.value;
            let delta = a
                .tolerance
                .unwrap_or_else(|| policy.approximate_tolerance.saturating_mul(v).abs());
            (
                Rule::Value(Threshold::Within {
                    low: v.saturating_sub(delta),
                    high: v.saturating_add(delta),
                }),
                towards,
            )
        }
        Target::Range(r) => (
            Rule::Value(Threshold::Within {
                low: r.low,
                high: r.high,
            }),
            towards,
        ),
        Target::Ratio(r) => (
            Rule::Ratio(Threshold::Ratio {
                antecedent: r.antecedent,
                consequent: r.consequent,
                direction: indicator.direction.filter(|&d| d != Direction::Band),
                tolerance: policy.approximate_tolerance,
            }),
            towards,
        ),
        Target::Reference(r) => (
            Rule::Reference {
                op: r.op,
                series: indicator.reference.clone().ok_or_else(|| {
                    BindError::NoReferenceSeries {
                        indicator: id.clone(),
                        written: r.series.clone(),
                    }
                })?,
            },
            towards,
        ),
        Target::Commensurate(c) => (
            Rule::Commensurate {
                series: indicator.reference.clone().ok_or_else(|| {
                    BindError::NoReferenceSeries {
                        indicator: id.clone(),
                        written: c.series.clone(),
                    }
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
                .ok_or_else(|| BindError::NoBalanceBand {
                    indicator: id.clone(),
                })?;
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
        Target::RelativeChange(_)
        | Target::AnnualChange(_)
        | Target::Milestones(_)
        | Target::AllOf(_)
        | Target::Improve(_)
        | Target::Stable(_)
        | Target::Eliminate(_)
        | Target::Rank(_)
        | Target::Qualified(_) => {
            return Err(BindError::NotEvaluableYet {
                indicator: id,
                kind: target.kind(),
            });
        }
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
        | Rule::Rise { .. }
        | Rule::Fall { .. }
        | Rule::UnderControl
        | Rule::TowardBalance(_)
        | Rule::Keep(_)
        | Rule::ReachAndKeep(_)
        | Rule::Qualitative(_)
        | Rule::Respectively => Reading::Value,
    };
    Ok(BoundTarget {
        target: target.clone(),
        indicator: id,
        rule,
        pace,
        reading,
        baseline_year: policy.baseline_year,
        items,
    })
}
