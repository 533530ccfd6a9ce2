//! Why an assessment has its status: a small value per rule, written out by `Display` only when
//! someone reads it.
//!
//! Every explanation is one clause in one style: lowercase, no final period (`2023 value 82.5
//! meets ≥82.30`), so a report can join it with the outlook's clause as it is.

use std::fmt;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::change::ChangeRule;
use super::logic::Tri;
use super::{Band, Status, Threshold};
use crate::series::{Observation, Year};
use crate::syntax::CmpOp;

/// Why an [`Assessment`](super::Assessment) has its status, in one clause (lowercase, no final
/// period), rendered by `Display`.
///
/// Nothing is formatted until it is shown. Two reasons are equal when they read the same;
/// a reason read back from JSON keeps only its text.
///
/// ```
/// use plan_targets::eval::{bind, evaluate, Context, IndicatorSpec, Policy};
/// use plan_targets::series::Series;
/// let bound = bind(&"≥82.30".parse()?, &IndicatorSpec::default(), &Policy::default())?;
/// let a = evaluate(&bound, &Series::parse("2023=82.5")?.0, &Context::default());
/// assert_eq!(a.explanation.to_string(), "2023 value 82.5 meets ≥82.30");
/// assert_eq!(a.explanation, "2023 value 82.5 meets ≥82.30");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug)]
pub struct Reason(pub(crate) Why);

/// The reasons, one or more per rule.
#[derive(Clone, Debug)]
pub(crate) enum Why {
    /// A `分别` list: one target per indicator.
    Items(usize),
    /// A qualitative goal with no band.
    NoBand,
    /// No observation up to t (`None`: at all).
    NoObservation(Option<Year>),
    /// The current value is not after B.
    NothingAfterBaseline(Year),
    /// No baseline from either source.
    NoBaseline(Year),
    /// A ratio for the current value or the baseline where values are compared.
    RatioWhereValue,
    /// A ratio where a value is needed.
    NotAValue(Year, Observation),
    /// A bare number (or a bound) for a ratio target: either orientation could be meant.
    NotARatio(Year, Observation),
    /// A bound for a ratio target.
    BoundRatio(Year, Observation),
    /// Exact arithmetic overflowed.
    Overflow,
    /// The reference series is not given.
    ReferenceNotProvided(String),
    /// The reference series has nothing for t.
    ReferenceNoValue(String, Year),
    /// The reference series has a bound or a ratio for t.
    ReferenceNotExact(String, Year, Observation),
    /// Nothing in B..t.
    EmptyWindow,
    /// A year of B..t with no observation.
    MissingYear(Year),
    /// The rule decided (`Unknown`: undecidable from a bound).
    Decided(Tri, Fact),
    /// `较上届`: no observation before t.
    NoPrevious(Year),
    /// `比上年`, `同比`: no observation in the year before t.
    NoPreviousYear(Year),
    /// The baseline is a bound or a ratio where an exact value is needed.
    BaselineNotExact(Year, Observation),
    /// A conjunction or milestones with no part.
    NoParts,
    /// A conjunction: its status and each part's status and reason.
    AllOf(Status, Vec<(Status, Reason)>),
    /// Milestones: the one due decided.
    Milestone {
        year: Year,
        reason: Box<Reason>,
        /// An earlier milestone missed in its year.
        missed: Option<Year>,
    },
    /// Text read back from JSON.
    Text(String),
}

/// What a rule found, written as met or as not met.
#[derive(Clone, Debug)]
pub(crate) enum Fact {
    Value {
        t: Year,
        current: Observation,
        threshold: Threshold,
    },
    Ratio {
        t: Year,
        observed: (Decimal, Decimal),
        target: (Decimal, Decimal),
    },
    Reference {
        t: Year,
        current: Observation,
        op: CmpOp,
        name: String,
        value: Decimal,
    },
    /// `高于全市1个百分点`: the reference moved by the margin.
    ReferenceMargin(Box<MarginFact>),
    Commensurate {
        t: Year,
        current: Observation,
        delta: Decimal,
        name: String,
        value: Decimal,
    },
    Keep {
        first: Year,
        last: Year,
        failed: Year,
        threshold: Threshold,
    },
    ReachAndKeep {
        threshold: Threshold,
        since: Option<Year>,
        t: Year,
    },
    InsideBand {
        t: Year,
        current: Observation,
        band: Band,
    },
    CloserToBand {
        t: Year,
        current: Observation,
        band: Band,
    },
    UnderControl {
        t: Year,
        current: Observation,
    },
    Fall {
        t: Year,
        gap: bool,
        current: Observation,
        b: Year,
        baseline: Option<Observation>,
        both_zero: bool,
    },
    FallFromZero {
        t: Year,
        gap: bool,
    },
    FallMarkedly {
        t: Year,
        gap: bool,
        bound: Option<Decimal>,
    },
    Rise {
        t: Year,
        current: Observation,
        b: Year,
        baseline: Option<Observation>,
        saturated: bool,
        then: RiseThen,
    },
    EveryYear {
        b: Year,
        t: Year,
        failed: Option<Year>,
    },
    Change(Box<ChangeFact>),
}

/// What a change rule found (boxed: the largest fact).
#[derive(Clone, Debug)]
pub(crate) struct ChangeFact {
    pub(crate) t: Year,
    pub(crate) current: Observation,
    pub(crate) b: Year,
    pub(crate) baseline: Option<Observation>,
    pub(crate) rule: ChangeRule,
    pub(crate) threshold: Option<Threshold>,
}

/// What a reference with a margin found (boxed, as [`ChangeFact`]): `r_t` (`reference`)
/// moved by the margin to `value`.
#[derive(Clone, Debug)]
pub(crate) struct MarginFact {
    pub(crate) t: Year,
    pub(crate) current: Observation,
    pub(crate) name: String,
    pub(crate) reference: Decimal,
    pub(crate) margin: ChangeRule,
    /// `None` only when the threshold overflows a decimal.
    pub(crate) value: Option<Decimal>,
}

/// What a rise form asks besides the rise.
#[derive(Clone, Copy, Debug)]
pub(crate) enum RiseThen {
    Nothing,
    NeverBelow,
    RisingTrend,
}

impl Reason {
    pub(crate) fn decided(tri: Tri, fact: Fact) -> (Status, Reason) {
        let status = match tri {
            Tri::Yes => Status::Met,
            Tri::No => Status::NotMet,
            Tri::Unknown => Status::InsufficientData,
        };
        (status, Reason(Why::Decided(tri, fact)))
    }
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.0 {
            Why::Items(n) => write!(
                f,
                "a list of {n} targets, one per indicator: evaluate each item against its own series"
            ),
            Why::NoBand => f.write_str("a qualitative goal with no measurable band configured"),
            Why::NoObservation(Some(y)) => write!(f, "no observation in or before {y}"),
            Why::NoObservation(None) => f.write_str("no observation"),
            Why::NothingAfterBaseline(b) => write!(f, "no observation after the baseline year {b}"),
            Why::NoBaseline(b) => write!(f, "no baseline value for {b}"),
            Why::RatioWhereValue => f.write_str("a ratio observation where a value is needed"),
            Why::NotAValue(y, o) => write!(f, "{y} value {o} is a ratio, not a value"),
            Why::NotARatio(y, o) => write!(
                f,
                "{y} value {o} is not a ratio: the target is a ratio, and a bare number could be either way round (write a:b)"
            ),
            Why::BoundRatio(y, o) => write!(f, "undecidable from a bound: {y} value {o}"),
            Why::Overflow => f.write_str("arithmetic overflow"),
            Why::ReferenceNotProvided(name) => {
                write!(f, "reference series `{name}` not provided")
            }
            Why::ReferenceNoValue(name, t) => {
                write!(f, "reference series `{name}` has no value for {t}")
            }
            Why::ReferenceNotExact(name, t, o) => write!(
                f,
                "reference series `{name}` gives {o} for {t}, not an exact value"
            ),
            Why::EmptyWindow => f.write_str("no observation in the baseline year or after"),
            Why::MissingYear(y) => write!(f, "no observation for {y}"),
            Why::Decided(Tri::Yes, fact) => fact.write(f, true),
            Why::Decided(Tri::No, fact) => fact.write(f, false),
            Why::Decided(Tri::Unknown, fact) => {
                f.write_str("undecidable from a bound: whether ")?;
                fact.write(f, true)
            }
            Why::NoPrevious(t) => write!(f, "no observation before {t} to compare with"),
            Why::NoPreviousYear(t) => write!(
                f,
                "no observation in {} (the year before {t}) to compare with",
                t.saturating_sub(1)
            ),
            Why::BaselineNotExact(b, o) => {
                write!(f, "the {b} baseline {o} is not an exact value")
            }
            Why::NoParts => f.write_str("no part to evaluate"),
            Why::AllOf(Status::Met, parts) => {
                f.write_str("every part is met: ")?;
                for (i, (_, reason)) in parts.iter().enumerate() {
                    if i > 0 {
                        f.write_str("; ")?;
                    }
                    write!(f, "{reason}")?;
                }
                Ok(())
            }
            Why::AllOf(status, parts) => {
                let n = parts.len();
                match parts.iter().position(|(s, _)| s == status) {
                    Some(i) => write!(f, "part {} of {n}: {}", i + 1, parts[i].1),
                    None => write!(f, "{n} parts"),
                }
            }
            Why::Milestone {
                year,
                reason,
                missed,
            } => {
                write!(f, "the {year} milestone: {reason}")?;
                match missed {
                    Some(m) => write!(f, "; the {m} milestone was missed"),
                    None => Ok(()),
                }
            }
            Why::Text(text) => f.write_str(text),
        }
    }
}

impl Fact {
    fn write(&self, f: &mut fmt::Formatter<'_>, held: bool) -> fmt::Result {
        match self {
            Fact::Value {
                t,
                current,
                threshold,
            } => {
                let verb = if held { "meets" } else { "does not meet" };
                write!(f, "{t} value {current} {verb} {}", Shown(threshold))
            }
            Fact::Ratio {
                t,
                observed: (at, bt),
                target: (a, b),
            } => {
                let verb = if held { "meets" } else { "does not meet" };
                write!(f, "{t} ratio {at}:{bt} {verb} {a}:{b}")
            }
            Fact::Reference {
                t,
                current,
                op,
                name,
                value,
            } => {
                let not = if held { "" } else { "is not " };
                write!(f, "{t} value {current} {not}{} {name} {value}", op.symbol())
            }
            Fact::ReferenceMargin(fact) => {
                let MarginFact {
                    t,
                    current,
                    name,
                    reference,
                    margin,
                    value,
                } = &**fact;
                let not = if held { "" } else { "is not " };
                let op = margin.op().symbol();
                write!(f, "{t} value {current} {not}{op} ")?;
                match value {
                    Some(v) => write!(f, "{v}")?,
                    None => write!(f, "{name} {reference}")?,
                }
                write!(f, " ({name} {reference} and {margin})")
            }
            Fact::Commensurate {
                t,
                current,
                delta,
                name,
                value,
            } => {
                if held {
                    write!(f, "{t} value {current} is within {delta} of {name} {value}")
                } else {
                    write!(
                        f,
                        "{t} value {current} is more than {delta} from {name} {value}"
                    )
                }
            }
            Fact::Keep {
                first,
                last,
                failed,
                threshold,
            } => {
                if held {
                    write!(
                        f,
                        "every observation {first}–{last} meets {}",
                        Shown(threshold)
                    )
                } else {
                    write!(f, "the {failed} value does not meet {}", Shown(threshold))
                }
            }
            Fact::ReachAndKeep {
                threshold,
                since,
                t,
            } => {
                if held {
                    write!(f, "meets {}", Shown(threshold))?;
                    if let Some(y) = since {
                        write!(f, " since {y}")?;
                    }
                    write!(f, " and still in {t}")
                } else {
                    write!(
                        f,
                        "does not meet {} in {t}, or slipped after first reaching it",
                        Shown(threshold)
                    )
                }
            }
            Fact::InsideBand { t, current, band } => write!(
                f,
                "{t} value {current} is inside the band {}–{}",
                band.low, band.high
            ),
            Fact::CloserToBand { t, current, band } => {
                if held {
                    write!(
                        f,
                        "{t} value {current} is closer to the band {}–{} than the baseline",
                        band.low, band.high
                    )
                } else {
                    write!(
                        f,
                        "{t} value {current} is outside the band {}–{} and no closer than the baseline",
                        band.low, band.high
                    )
                }
            }
            Fact::UnderControl { t, current } => {
                let not = if held { "not " } else { "" };
                write!(f, "{t} value {current} is {not}above the baseline")
            }
            Fact::Fall {
                t,
                gap,
                current,
                b,
                baseline,
                both_zero,
            } => {
                let what = what(*gap);
                if held && *both_zero {
                    write!(f, "{t} {what} and the {b} baseline are both 0")
                } else {
                    let not = if held { "" } else { "not " };
                    write!(f, "{t} {what} {current} is {not}below the {b} baseline")?;
                    write_baseline(f, baseline.as_ref())
                }
            }
            Fact::FallFromZero { t, gap } => {
                let what = what(*gap);
                let not = if held { "" } else { " not" };
                write!(f, "the baseline {what} is 0 and the {t} {what} is{not}")?;
                if held { f.write_str(" 0") } else { Ok(()) }
            }
            Fact::FallMarkedly { t, gap, bound } => {
                let what = what(*gap);
                let relation = if held { "is at or below" } else { "is above" };
                match bound {
                    Some(v) => write!(f, "{t} {what} {relation} {v}"),
                    None => write!(f, "{t} {what} {relation} the marked-decline path"),
                }
            }
            Fact::Rise {
                t,
                current,
                b,
                baseline,
                saturated,
                then,
            } => match (held, then) {
                (true, then) => {
                    if *saturated {
                        write!(
                            f,
                            "{t} value {current} and the {b} baseline are both at the natural limit"
                        )?;
                    } else {
                        write!(f, "{t} value {current} is above the {b} baseline")?;
                        write_baseline(f, baseline.as_ref())?;
                    }
                    match then {
                        RiseThen::Nothing => Ok(()),
                        RiseThen::NeverBelow => f.write_str(", and never below it since"),
                        RiseThen::RisingTrend => f.write_str(", with a rising trend"),
                    }
                }
                (false, RiseThen::Nothing) => {
                    write!(f, "{t} value {current} is not above the {b} baseline")?;
                    write_baseline(f, baseline.as_ref())
                }
                (false, RiseThen::NeverBelow) => write!(
                    f,
                    "{t} value {current} is not above the baseline, or fell below it on the way"
                ),
                (false, RiseThen::RisingTrend) => write!(
                    f,
                    "{t} value {current} is not above the baseline, or the trend is not rising"
                ),
            },
            Fact::Change(change) => {
                let ChangeFact {
                    t,
                    current,
                    b,
                    baseline,
                    rule,
                    threshold,
                } = &**change;
                match threshold {
                    Some(th) => {
                        let verb = if held { "meets" } else { "does not meet" };
                        write!(f, "{t} value {current} {verb} {}, ", ShownRounded(th))?;
                    }
                    None => {
                        let verb = if held { "shows" } else { "does not show" };
                        write!(f, "{t} value {current} {verb} ")?;
                    }
                }
                write!(f, "{rule} from")?;
                write_baseline(f, baseline.as_ref())?;
                write!(f, " in {b}")
            }
            Fact::EveryYear { b, t, failed } => {
                if held {
                    write!(f, "rose every year {b}–{t}")
                } else {
                    f.write_str("did not rise in ")?;
                    match failed {
                        Some(y) => write!(f, "{y}"),
                        None => Ok(()),
                    }
                }
            }
        }
    }
}

fn what(gap: bool) -> &'static str {
    if gap { "gap" } else { "value" }
}

/// ` 80` after "the 2020 baseline" when the value is known, nothing otherwise.
fn write_baseline(f: &mut fmt::Formatter<'_>, baseline: Option<&Observation>) -> fmt::Result {
    match baseline {
        Some(b) => write!(f, " {b}"),
        None => Ok(()),
    }
}

/// A threshold as an explanation writes it: `≥82.3`, `=1`, `103–107`, `2:3`.
pub(crate) struct Shown<'a>(pub(crate) &'a Threshold);

impl fmt::Display for Shown<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Threshold::Compare { op, value } => write!(f, "{}{value}", op.symbol()),
            Threshold::Within { low, high } if low == high => write!(f, "={low}"),
            Threshold::Within { low, high } => write!(f, "{low}–{high}"),
            Threshold::Ratio {
                antecedent,
                consequent,
                ..
            } => write!(f, "{antecedent}:{consequent}"),
        }
    }
}

/// A threshold computed from a baseline, written to at most 6 decimal places (`≤6.666667`
/// for two thirds of 10); the rule compares exactly.
struct ShownRounded<'a>(&'a Threshold);

impl fmt::Display for ShownRounded<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self.0 {
            Threshold::Compare { op, value } => {
                write!(f, "{}{}", op.symbol(), value.round_dp(6).normalize())
            }
            ref other => Shown(other).fmt(f),
        }
    }
}

/// Whether `shown` writes exactly `text`, compared piece by piece as it is written (no string
/// is built).
pub(crate) fn reads_as(shown: &dyn fmt::Display, text: &str) -> bool {
    struct Rest<'a>(&'a str);
    impl fmt::Write for Rest<'_> {
        fn write_str(&mut self, piece: &str) -> fmt::Result {
            // A mismatch stops the writing early.
            self.0 = self.0.strip_prefix(piece).ok_or(fmt::Error)?;
            Ok(())
        }
    }
    let mut rest = Rest(text);
    fmt::write(&mut rest, format_args!("{shown}")).is_ok() && rest.0.is_empty()
}

impl PartialEq for Reason {
    /// Equal when they read the same (a reason read back from JSON has only its text).
    fn eq(&self, other: &Reason) -> bool {
        reads_as(self, &other.to_string())
    }
}

impl Eq for Reason {}

impl PartialEq<str> for Reason {
    fn eq(&self, other: &str) -> bool {
        reads_as(self, other)
    }
}

impl PartialEq<&str> for Reason {
    fn eq(&self, other: &&str) -> bool {
        reads_as(self, other)
    }
}

impl Serialize for Reason {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Reason {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Reason, D::Error> {
        String::deserialize(d).map(|text| Reason(Why::Text(text)))
    }
}
