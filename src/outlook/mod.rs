//! Outlook: will a target be met by the target year `T`, and the early warning (动态化预警).
//!
//! Following [`crate::semantics`] (docs/semantics.md: "Outlook" and "Early warning"). [`assess`] is the entry point for
//! a bound target: [`crate::bind`] already decided its method (towards a goal value, directional
//! pace, every year, judgement) and the [`Window`] of its assessment gives the baseline, the
//! current value and the trend, so nothing here looks at the target's form again. Every
//! threshold lives in [`Policy`] ([`Policy::outlook`], [`Policy::target_year`],
//! [`Policy::percentage_limit`]).
//!
//! The module is split by concern: `rate` (growth rates, powers, the natural-limit factor),
//! `quantified` (the ratio `R` towards a goal value) and `directional` (the pace of a
//! directional goal and 逐年提高).
//!
//! # Methods
//!
//! * [`quantified_outlook`]: the ratio `R = s / |required|` of the actual rate
//!   `s = d·CAGR(y_B → y_t)` to the rate `CAGR(y_B → v)` required over `T − B` years
//!   (Statistics Canada / Eurostat). Where a value or the target is ≤ 0 the linear reference path
//!   is used instead.
//! * [`directional_outlook`]: the actual rate `s` in % a year against fixed thresholds, scaled
//!   near the natural limit of a percentage.
//! * [`every_year_outlook`]: 逐年提高, a rise in every year so far.
//! * [`project`]: the least-squares value at a year, for charts, never for the verdict.
//! * [`warning`]: the colour of the early-warning flag.
//!
//! # Precision
//!
//! Everything is exact [`Decimal`] arithmetic except the fractional powers of a compound annual
//! growth rate (`(y_t/y_B)^(1/n)`, and `(y_B/100)^4.44`). Those are computed in binary floating
//! point (`f64::powf`, about 16 significant digits) and rounded to 12 decimal places, so that a
//! rate which is exact (e.g. `1.21^(1/2) − 1 = 0.1`) comes out exact and lands on the boundary
//! the worked numbers say, and the verdict is the same on every machine unless the exact rate
//! lies within 1e-12 of a category boundary. Decimal `exp(e·ln x)` would give 26 digits but
//! costs microseconds a power, and the national-scale report computes millions of them.
//! No function panics: every operation is checked, and an overflow gives `insufficient_data`
//! with an explanation (or `None` from [`project`] and [`cagr`]). Rates in
//! [`OutlookResult::rate`] are rounded to 6 decimal places for the reader; the verdict uses the
//! unrounded figure.
//!
//! # Decisions where the semantics are silent
//!
//! * **Sign of the linear reference path.** `R = d·(y_t − y_B)·(T − B) / ((t − B)·|v − y_B|)`:
//!   the actual change is signed by the direction and the required change taken by magnitude,
//!   exactly as `s / |required|` for rates. It equals the plain formula
//!   `((y_t − y_B)/(t − B)) / ((v − y_B)/(T − B))` whenever the target lies on the better side
//!   of the baseline; when it does not (the target was met at the baseline and lost since) a
//!   move the wrong way stays negative, i.e. `deteriorating`. It is computed with one division.
//! * **Either method for both rates.** The CAGR method is used only when `y_B`, `y_t` and `v` are
//!   all positive; otherwise both the actual and the required rate are linear, never a mix.
//! * **No rate required** (`v = y_B`, or a required CAGR that rounds to zero): a move in the
//!   better direction is `on_track`, a move the other way (for a band: any move) `deteriorating`,
//!   and no move at all `limited_progress` (the limit `R = 0` of the general rule: no progress
//!   towards a target not yet met). No rate is reported.
//! * **Bands.** [`band_target`] picks the edge nearest the baseline (the baseline itself when it
//!   is inside, which means no rate is required); with [`Direction::Band`](crate::Direction::Band) the sign `d` is the
//!   side the edge lies on. A value that crossed the whole band (past the nearest edge and still
//!   not met) is `needs_judgement`: its pace says nothing about landing inside the band.
//! * **Target year passed** (`t ≥ T`): the outlook is still computed from the pace so far; the
//!   red flag for a target not met at `T` comes from [`warning`].
//! * **Directional goals without a CAGR** (a zero or negative value): the linear annual change
//!   relative to `|y_B|`, in % a year, against the same thresholds. With `y_B = 0` no relative
//!   rate exists: a move in the better direction is `on_track`, the other way `deteriorating`;
//!   no move is `on_track` for lower-is-better (the natural floor 0 is reached, as in the status
//!   rule `y_B = y_t = 0`) and `limited_progress` for higher-is-better.
//! * **Natural limit factor** `C = 1 − (y_B/100)^4.44` applies to higher-is-better percentages
//!   only, clamped to `[0, 1]` (`y_B ≥ 100` gives 0, so holding 100 % is `on_track`; `y_B ≤ 0`
//!   gives 1). A directional goal with [`Direction::Band`](crate::Direction::Band) is `needs_judgement`.
//! * **逐年提高 with a missing year**: the walk over consecutive observations is the one the
//!   status rule uses ([`Window`]); a pair that does not rise is `deteriorating` even across a
//!   gap (some year in between did not rise); otherwise a gap, or a bound that leaves a rise
//!   undecided, is `insufficient_data`, as in the status rule.
//! * **Ratio targets** read only ratio observations, as the second term per unit of the first
//!   (`1:1.2` → 1.2), like the status rule; a bare number on a ratio target reads as nothing
//!   (`0.7` could be either way round), so rates and projections leave it out.
//! * **Warning**: a status `not_met` at or after `T` is red whatever the outlook;
//!   `insufficient_data`, `needs_judgement`, `on_track` and `achieved` raise no flag.

use std::fmt;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::eval::{Assessment, BoundTarget, Pace, Policy, Status, Window, fixed};
use crate::series::{Observation, Year};

mod directional;
mod quantified;
mod rate;

pub(crate) use Why as OutlookWhy;
pub use directional::{DirectionalInput, directional_outlook, every_year_outlook};
pub use quantified::{QuantifiedInput, quantified_outlook};
pub use rate::{band_target, cagr, limit_factor};

use quantified::Goal;
use rate::show;

/// Decimal places of the rate reported in [`OutlookResult::rate`].
const RATE_DP: u32 = 6;

/// Will the target be met by the target year?
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outlook {
    /// The target is already met (quantified targets only).
    Achieved,
    /// The pace so far is enough.
    OnTrack,
    /// Progress, but too slow: it must speed up.
    AccelerationNeeded,
    /// Little or no progress.
    LimitedProgress,
    /// Moving away from the target.
    Deteriorating,
    /// Something the method needs is missing or cannot be computed.
    InsufficientData,
    /// No rule can decide; a person must.
    NeedsJudgement,
}

impl Outlook {
    /// The snake_case name used in JSON.
    pub const fn as_str(self) -> &'static str {
        match self {
            Outlook::Achieved => "achieved",
            Outlook::OnTrack => "on_track",
            Outlook::AccelerationNeeded => "acceleration_needed",
            Outlook::LimitedProgress => "limited_progress",
            Outlook::Deteriorating => "deteriorating",
            Outlook::InsufficientData => "insufficient_data",
            Outlook::NeedsJudgement => "needs_judgement",
        }
    }
}

/// The colour of an early-warning flag (动态化预警).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Warning {
    /// Acceleration needed.
    Yellow,
    /// Limited progress.
    Orange,
    /// Deteriorating, or not met at or after the target year.
    Red,
}

impl Warning {
    /// The lowercase name used in JSON.
    pub const fn as_str(self) -> &'static str {
        match self {
            Warning::Yellow => "yellow",
            Warning::Orange => "orange",
            Warning::Red => "red",
        }
    }
}

/// What [`OutlookResult::rate`] measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RateKind {
    /// The ratio `R` of the actual to the required rate (1 = exactly the pace needed).
    Ratio,
    /// The actual rate `s` in % a year, signed so that positive is better.
    PercentPerYear,
    /// No rate: the verdict did not come from a rate.
    None,
}

impl RateKind {
    /// The snake_case name used in JSON: `ratio`, `percent_per_year`, `none`.
    pub const fn as_str(self) -> &'static str {
        match self {
            RateKind::Ratio => "ratio",
            RateKind::PercentPerYear => "percent_per_year",
            RateKind::None => "none",
        }
    }
}

/// An outlook with the figure it rests on and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutlookResult {
    /// The verdict.
    pub outlook: Outlook,
    /// The ratio `R` or the rate `s` in % a year (see [`OutlookResult::rate_kind`]), rounded
    /// to 6 decimal places; serialized as a string.
    pub rate: Option<Decimal>,
    /// What [`OutlookResult::rate`] measures.
    pub rate_kind: RateKind,
    /// Why, as one clause (lowercase, no final period), written out by `Display`.
    pub explanation: OutlookReason,
}

impl OutlookResult {
    fn new(outlook: Outlook, why: Why) -> OutlookResult {
        OutlookResult {
            outlook,
            rate: None,
            rate_kind: RateKind::None,
            explanation: OutlookReason(why),
        }
    }

    fn rated(outlook: Outlook, rate: Decimal, kind: RateKind, why: Why) -> Self {
        OutlookResult::rated_exactly(
            outlook,
            fixed::round_dp_normalized(rate, RATE_DP),
            kind,
            why,
        )
    }

    /// [`OutlookResult::rated`] with the rate already rounded to [`RATE_DP`] places and
    /// normalized.
    fn rated_exactly(outlook: Outlook, rate: Decimal, kind: RateKind, why: Why) -> Self {
        OutlookResult {
            outlook,
            rate: Some(rate),
            rate_kind: kind,
            explanation: OutlookReason(why),
        }
    }

    fn overflow() -> OutlookResult {
        OutlookResult::new(Outlook::InsufficientData, Why::Overflow)
    }
}

/// Why an outlook is what it is, in one clause (lowercase, no final period) rendered by
/// `Display`, in the style of the status's [`Reason`](crate::eval::Reason).
///
/// Nothing is formatted until it is shown. Two reasons are equal when they read the same; a
/// reason read back from JSON keeps only its text.
#[derive(Clone, Debug)]
pub struct OutlookReason(pub(crate) Why);

/// The reasons, per method.
#[derive(Clone, Debug)]
pub(crate) enum Why {
    AlreadyMet(Option<(Year, Decimal)>),
    NoBaseline,
    NoCurrent,
    NoPace {
        b: Year,
        t: Year,
    },
    TargetYearNotAfter {
        target_year: Year,
        b: Year,
    },
    AcrossBand {
        b: Year,
        yb: Decimal,
        t: Year,
        yt: Decimal,
    },
    /// The actual rate `s` and the magnitude of the required one, as fractions: the figures
    /// shown ([`Why::compound_figures`]) are worked out only when the reason is.
    Compound {
        b: Year,
        yb: Decimal,
        t: Year,
        yt: Decimal,
        s: Decimal,
        required: Decimal,
        v: Decimal,
        target_year: Year,
    },
    Linear {
        b: Year,
        yb: Decimal,
        t: Year,
        yt: Decimal,
        v: Decimal,
        r: Decimal,
        target_year: Year,
    },
    NoRateRequired {
        b: Year,
        yb: Decimal,
        v: Decimal,
        moved: Moved,
    },
    Overflow,
    NoDirection,
    FromZero {
        b: Year,
        how: &'static str,
        t: Year,
        yt: Decimal,
    },
    Pace {
        b: Year,
        yb: Decimal,
        t: Year,
        yt: Decimal,
        s: Decimal,
        method: &'static str,
        on_track: Decimal,
        scaled: Option<Decimal>,
    },
    TooFewForEveryYear,
    OutOfOrder,
    DidNotRise {
        a: Year,
        ya: Figure,
        z: Year,
        yz: Figure,
    },
    MissingYear(Year),
    Undecided,
    NotAValue(Year, Observation),
    RoseEveryYear {
        a: Year,
        ya: Figure,
        z: Year,
        yz: Figure,
    },
    BoundBaseline {
        b: Year,
        value: Observation,
    },
    NoThreshold,
    Met,
    InsideBand,
    Qualitative,
    Items,
    Milestone(Year, Box<OutlookReason>),
    Part(usize, usize, Box<OutlookReason>),
    Text(String),
}

impl Why {
    /// The figures of [`Why::Compound`] as shown: `s` and the required rate in % a year, and
    /// `R = s / required` (checked when the reason was made; zero should one ever overflow).
    pub(crate) fn compound_figures(s: Decimal, required: Decimal) -> (Decimal, Decimal, Decimal) {
        (
            s.checked_mul(Decimal::ONE_HUNDRED).unwrap_or_default(),
            s.checked_div(required).unwrap_or_default(),
            required
                .checked_mul(Decimal::ONE_HUNDRED)
                .unwrap_or_default(),
        )
    }
}

/// Which way a value moved when no rate was required.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Moved {
    Not,
    Better(Year, Decimal),
    Away(Year, Decimal),
}

/// A figure in an explanation: a number (rounded for the reader) or an observation as written.
#[derive(Clone, Debug)]
pub(crate) enum Figure {
    Number(Decimal),
    Written(Observation),
}

impl fmt::Display for Figure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Figure::Number(v) => write!(f, "{}", show(*v)),
            Figure::Written(o) => write!(f, "{o}"),
        }
    }
}

impl fmt::Display for OutlookReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.0 {
            Why::AlreadyMet(Some((t, y))) => {
                write!(f, "the target is already met: {} in {t}", show(*y))
            }
            Why::AlreadyMet(None) => f.write_str("the target is already met"),
            Why::NoBaseline => f.write_str("there is no baseline value to measure progress from"),
            Why::NoCurrent => f.write_str("there is no current value to measure progress to"),
            Why::NoPace { b, t } => write!(
                f,
                "a pace needs an observation after the baseline year {b}; the latest is from {t}"
            ),
            Why::TargetYearNotAfter { target_year, b } => write!(
                f,
                "the target year {target_year} is not after the baseline year {b}"
            ),
            Why::AcrossBand { b, yb, t, yt } => write!(
                f,
                "the value went from {} in {b} to {} in {t}, across the whole band; its pace \
                 says nothing about landing inside it",
                show(*yb),
                show(*yt)
            ),
            Why::Compound {
                b,
                yb,
                t,
                yt,
                s,
                required,
                v,
                target_year,
            } => {
                let (s_percent, r, required_percent) = Why::compound_figures(*s, *required);
                write!(
                    f,
                    "from {} in {b} to {} in {t} is {} % a year the better way, R = {} of the {} \
                     % a year needed to reach {} by {target_year}",
                    show(*yb),
                    show(*yt),
                    show(s_percent),
                    show(r),
                    show(required_percent),
                    show(*v)
                )
            }
            Why::Linear {
                b,
                yb,
                t,
                yt,
                v,
                r,
                target_year,
            } => write!(
                f,
                "a value or the target is not positive, so on the linear path from {} in {b} to \
                 {} by {target_year}, the change to {} in {t} is R = {} of the pace needed",
                show(*yb),
                show(*v),
                show(*yt),
                show(*r)
            ),
            Why::NoRateRequired { b, yb, v, moved } => {
                write!(
                    f,
                    "the baseline {} in {b} already sits on the target {}, so no rate is \
                     required; the value ",
                    show(*yb),
                    show(*v)
                )?;
                match moved {
                    Moved::Not => f.write_str("did not move"),
                    Moved::Better(t, yt) => {
                        write!(f, "moved the better way, to {} in {t}", show(*yt))
                    }
                    Moved::Away(t, yt) => write!(f, "moved away, to {} in {t}", show(*yt)),
                }
            }
            Why::Overflow => f.write_str(
                "the rates overflow exact decimal arithmetic, so no outlook can be computed",
            ),
            Why::NoDirection => {
                f.write_str("a directional goal needs a direction of better; a band has none")
            }
            Why::FromZero { b, how, t, yt } => write!(
                f,
                "from a baseline of 0 in {b} no relative rate exists; the value {how} ({} in {t})",
                show(*yt)
            ),
            Why::Pace {
                b,
                yb,
                t,
                yt,
                s,
                method,
                on_track,
                scaled,
            } => {
                write!(
                    f,
                    "from {} in {b} to {} in {t} is {} % a year the better way, {method}, against \
                     {} % for on track",
                    show(*yb),
                    show(*yt),
                    show(*s),
                    show(*on_track)
                )?;
                match scaled {
                    Some(c) => write!(
                        f,
                        " (thresholds scaled by {} near the natural limit)",
                        show(*c)
                    ),
                    None => Ok(()),
                }
            }
            Why::TooFewForEveryYear => {
                f.write_str("a rise every year needs at least two observations")
            }
            Why::OutOfOrder => f.write_str("the observations are not in increasing year order"),
            Why::DidNotRise { a, ya, z, yz } => {
                write!(f, "the value did not rise from {ya} in {a} to {yz} in {z}")
            }
            Why::MissingYear(y) => write!(
                f,
                "no observation for {y}, so a rise in every year cannot be checked"
            ),
            Why::Undecided => f.write_str(
                "a bound leaves a rise undecided, so a rise in every year cannot be checked",
            ),
            Why::NotAValue(y, o) => write!(f, "{y} value {o} is a ratio, not a value"),
            Why::RoseEveryYear { a, ya, z, yz } => {
                write!(
                    f,
                    "the value rose every year from {ya} in {a} to {yz} in {z}"
                )
            }
            Why::BoundBaseline { b, value } => write!(
                f,
                "the baseline is only known as {value} in {b}, no rate can start there"
            ),
            Why::NoThreshold => f.write_str("no threshold to measure progress against"),
            Why::Met => f.write_str("the target is met"),
            Why::InsideBand => f.write_str("inside the policy's band"),
            Why::Qualitative => f.write_str("a qualitative goal"),
            Why::Items => f.write_str("a list of targets, each for another indicator"),
            Why::Milestone(year, reason) => write!(f, "towards the {year} milestone: {reason}"),
            Why::Part(i, n, reason) => write!(f, "part {i} of {n}: {reason}"),
            Why::Text(text) => f.write_str(text),
        }
    }
}

impl PartialEq for OutlookReason {
    /// Equal when they read the same (a reason read back from JSON has only its text).
    fn eq(&self, other: &OutlookReason) -> bool {
        crate::eval::reads_as(self, &other.to_string())
    }
}

impl Eq for OutlookReason {}

impl Serialize for OutlookReason {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for OutlookReason {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<OutlookReason, D::Error> {
        String::deserialize(d).map(|text| OutlookReason(Why::Text(text)))
    }
}

/// The outlook of a bound target, from its assessment and the [`Window`] the assessment was
/// made over, by the method [`crate::bind`] chose for its form.
///
/// - quantified targets (comparison, attain, approximately, range, ratio, reference,
///   commensurate, keep): `achieved` when met, else [`quantified_outlook`] towards the
///   threshold the status applied (a band's nearest edge); `趋于平衡` likewise but always by
///   its pace;
/// - directional goals: [`directional_outlook`], on the absolute gap for `缩小`;
/// - `逐年提高`: on track while every change is a rise (the window's walk);
/// - qualitative goals: `needs_judgement` (`achieved` when a policy band decides them met);
/// - `分别` lists: `insufficient_data` (each item belongs to another indicator);
/// - relative changes: a quantified target towards the threshold `y_b` gives, from b;
/// - annual changes: a quantified target towards the change's threshold at T (`achieved` once
///   the value already reaches it);
/// - milestones: the outlook of the milestone due, towards its year instead of T;
/// - all of: the worst of the parts' outlooks (deteriorating, limited progress, acceleration
///   needed, insufficient data, needs judgement, on track, achieved).
///
/// A rate cannot start from a baseline known only as a bound (`14/10万以内`): with an exact
/// current value, that is `insufficient_data`.
///
/// ```
/// use plan_targets::eval::{bind, evaluate_in, Context, IndicatorSpec, Policy, Window};
/// use plan_targets::outlook::{assess, Outlook};
/// use plan_targets::series::Series;
///
/// let policy = Policy::default();
/// let bound = bind(&"提高".parse()?, &IndicatorSpec::default(), &policy)?;
/// let series = Series::parse("2020=100,2021=101.5")?.0;
/// let context = Context::default();
/// let window = Window::new(&bound, &series, &context);
/// let assessment = evaluate_in(&bound, &window, &context);
/// let outlook = assess(&bound, &assessment, &window, &policy);
/// assert_eq!(outlook.outlook, Outlook::OnTrack); // 1.5 % a year
/// assert_eq!(
///     outlook.explanation.to_string(),
///     "from 100 in 2020 to 101.5 in 2021 is 1.5 % a year the better way, compound, against 1.5 % for on track"
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn assess(
    target: &BoundTarget,
    assessment: &Assessment,
    window: &Window<'_>,
    policy: &Policy,
) -> OutlookResult {
    assess_to(target, assessment, window, policy, policy.target_year)
}

/// [`assess`] towards `target_year` (a milestone's year, or the policy's T).
fn assess_to(
    target: &BoundTarget,
    assessment: &Assessment,
    window: &Window<'_>,
    policy: &Policy,
    target_year: Year,
) -> OutlookResult {
    let met = assessment.status == Status::Met;
    let y_b = window.baseline_magnitude();
    let y_t = window.current_magnitude();
    let bound_baseline = || match (window.baseline(), y_b, y_t) {
        (Some((value, _)), None, Some(_)) => Some(OutlookResult::new(
            Outlook::InsufficientData,
            Why::BoundBaseline {
                b: window.baseline_year(),
                value: value.clone(),
            },
        )),
        _ => None,
    };
    match target.pace {
        Pace::Towards { achieved_when_met } => {
            if let Some(result) = bound_baseline() {
                return result;
            }
            let met = met && achieved_when_met;
            match assessment.evidence.threshold.and_then(Goal::of) {
                Some(goal) => quantified_outlook(
                    &QuantifiedInput {
                        baseline: y_b,
                        current: y_t,
                        target: goal.value(y_b.map(|(_, v)| v)),
                        direction: goal.direction(),
                        target_year: Some(target_year),
                        met,
                    },
                    policy,
                ),
                None if met => OutlookResult::new(Outlook::Achieved, Why::Met),
                None => OutlookResult::new(Outlook::InsufficientData, Why::NoThreshold),
            }
        }
        Pace::Annual(rule) => {
            if let Some(result) = bound_baseline() {
                return result;
            }
            let Some((b, yb)) = y_b else {
                return OutlookResult::new(Outlook::InsufficientData, Why::NoBaseline);
            };
            // The same rule at T: the threshold the change must reach by the target year.
            let Some(v) = rule
                .affine(rate::years(b, target_year))
                .and_then(|a| a.value(yb))
            else {
                return OutlookResult::overflow();
            };
            let op = rule.op();
            quantified_outlook(
                &QuantifiedInput {
                    baseline: y_b,
                    current: y_t,
                    target: v,
                    direction: op.direction(),
                    target_year: Some(target_year),
                    met: y_t.is_some_and(|(_, y)| op.holds(y, v)),
                },
                policy,
            )
        }
        Pace::Directional {
            direction,
            percentage,
            gap,
        } => {
            if let Some(result) = bound_baseline() {
                return result;
            }
            let gap =
                |p: Option<(Year, Decimal)>| if gap { p.map(|(y, v)| (y, v.abs())) } else { p };
            directional_outlook(
                &DirectionalInput {
                    baseline: gap(y_b),
                    current: gap(y_t),
                    direction,
                    percentage,
                },
                policy,
            )
        }
        Pace::EveryYear => {
            if let Some(result) = bound_baseline() {
                return result;
            }
            directional::every_year_in(window)
        }
        Pace::Judgement if met => OutlookResult::new(Outlook::Achieved, Why::InsideBand),
        Pace::Judgement => OutlookResult::new(Outlook::NeedsJudgement, Why::Qualitative),
        Pace::Items => OutlookResult::new(Outlook::InsufficientData, Why::Items),
        Pace::Milestones => {
            let due = assessment.evidence.due.and_then(|year| {
                let (_, item) = target.milestones().find(|(y, _)| *y == year)?;
                Some((year, item, assessment.evidence.parts.first()?))
            });
            let Some((year, item, part)) = due else {
                return OutlookResult::new(Outlook::InsufficientData, Why::NoThreshold);
            };
            let sub = Window::new(item, window.series(), window.context());
            let mut result = assess_to(item, part, &sub, policy, year);
            result.explanation = OutlookReason(Why::Milestone(year, Box::new(result.explanation)));
            result
        }
        Pace::AllOf => {
            let n = target.items.len();
            let worst = target
                .items
                .iter()
                .zip(&assessment.evidence.parts)
                .map(|(item, part)| {
                    let sub = Window::new(item, window.series(), window.context());
                    assess_to(item, part, &sub, policy, target_year)
                })
                .enumerate()
                .min_by_key(|(_, r)| rank(r.outlook));
            match worst {
                Some((i, mut result)) => {
                    result.explanation =
                        OutlookReason(Why::Part(i + 1, n, Box::new(result.explanation)));
                    result
                }
                None => OutlookResult::new(Outlook::InsufficientData, Why::NoThreshold),
            }
        }
    }
}

/// The order of outlooks for a conjunction, worst first: deteriorating, limited progress,
/// acceleration needed, insufficient data, needs judgement, on track, achieved. A part that
/// cannot be judged keeps the whole from looking better than on track.
pub(crate) fn rank(outlook: Outlook) -> u8 {
    match outlook {
        Outlook::Deteriorating => 0,
        Outlook::LimitedProgress => 1,
        Outlook::AccelerationNeeded => 2,
        Outlook::InsufficientData => 3,
        Outlook::NeedsJudgement => 4,
        Outlook::OnTrack => 5,
        Outlook::Achieved => 6,
    }
}

/// The early-warning flag of an assessment and its outlook as of year `t`: [`warning`], with
/// `not_met` at or after `target_year` red, and red too for a milestone whose year has come
/// and that was not met as of its year ([`Evidence::missed`](crate::eval::Evidence::missed)).
///
/// ```
/// use plan_targets::eval::{bind, evaluate, Context, IndicatorSpec, Policy};
/// use plan_targets::outlook::{warning_for, Outlook, Warning};
/// use plan_targets::series::Series;
///
/// let target = "到2025年控制在10.5/10万以下，到2030年下降到10/10万以下".parse()?;
/// let bound = bind(&target, &IndicatorSpec::default(), &Policy::default())?;
/// // 11 in 2025 missed the 2025 milestone (≤10.5): red, whatever the outlook to 2030.
/// let series = Series::parse("2020=12,2025=11,2026=9.8")?.0;
/// let a = evaluate(&bound, &series, &Context::default());
/// assert_eq!(a.evidence.missed, Some(2025));
/// assert_eq!(warning_for(&a, Outlook::Achieved, 2026, 2030), Some(Warning::Red));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn warning_for(
    assessment: &Assessment,
    outlook: Outlook,
    t: Year,
    target_year: Year,
) -> Option<Warning> {
    let late = assessment.status == Status::NotMet && t >= target_year;
    warning(outlook, late || assessment.evidence.missed.is_some())
}

/// The value at `year` on the least-squares line through `points` (three or more); the line
/// through both points for two; `None` for fewer, when all points share one year, or on
/// overflow.
///
/// For charts and the reader, never for the verdict. The fit is the one the status rules use
/// ([`Window`]); computed exactly but for one final division:
/// `ŷ = (Σy·D + N·(n·x − Σx)) / (n·D)` with `N = nΣxy − ΣxΣy` and `D = nΣx² − (Σx)²`, years
/// taken relative to the first point.
///
/// ```
/// use plan_targets::outlook::project;
/// use rust_decimal::Decimal;
///
/// let d = |s: &str| s.parse::<Decimal>().unwrap();
/// // Two points: the line through them, 80 + 0.5 a year.
/// assert_eq!(project(&[(2020, d("80")), (2022, d("81"))], 2030), Some(d("85")));
/// // Least squares over 1, 3, 2 at 0, 1, 2: slope 0.5, mean 2 at x = 1, so 6 at x = 9.
/// let points = [(2020, d("1")), (2021, d("3")), (2022, d("2"))];
/// assert_eq!(project(&points, 2029), Some(d("6")));
/// assert_eq!(project(&points[..1], 2030), None);
/// ```
pub fn project(points: &[(Year, Decimal)], year: Year) -> Option<Decimal> {
    crate::eval::Fit::of(points.iter().copied())?.at(year)
}

/// The early-warning flag: yellow for `acceleration_needed`, orange for `limited_progress`, red
/// for `deteriorating`, and red whatever the outlook when the status is `not_met` at or after
/// the target year. No flag otherwise.
///
/// ```
/// use plan_targets::outlook::{Outlook, Warning, warning};
///
/// assert_eq!(warning(Outlook::AccelerationNeeded, false), Some(Warning::Yellow));
/// assert_eq!(warning(Outlook::LimitedProgress, false), Some(Warning::Orange));
/// assert_eq!(warning(Outlook::Deteriorating, false), Some(Warning::Red));
/// assert_eq!(warning(Outlook::OnTrack, true), Some(Warning::Red));
/// assert_eq!(warning(Outlook::OnTrack, false), None);
/// ```
pub fn warning(outlook: Outlook, status_not_met_at_or_after_target_year: bool) -> Option<Warning> {
    if status_not_met_at_or_after_target_year {
        return Some(Warning::Red);
    }
    match outlook {
        Outlook::AccelerationNeeded => Some(Warning::Yellow),
        Outlook::LimitedProgress => Some(Warning::Orange),
        Outlook::Deteriorating => Some(Warning::Red),
        Outlook::Achieved
        | Outlook::OnTrack
        | Outlook::InsufficientData
        | Outlook::NeedsJudgement => None,
    }
}

/// The two observations, or why the outlook cannot be computed.
// The error is the finished result, returned straight to the caller: boxing it would only add
// an allocation.
#[allow(clippy::type_complexity, clippy::result_large_err)]
fn span(
    baseline: Option<(Year, Decimal)>,
    current: Option<(Year, Decimal)>,
) -> Result<((Year, Decimal), (Year, Decimal)), OutlookResult> {
    let Some(base) = baseline else {
        return Err(OutlookResult::new(
            Outlook::InsufficientData,
            Why::NoBaseline,
        ));
    };
    let Some(cur) = current else {
        return Err(OutlookResult::new(
            Outlook::InsufficientData,
            Why::NoCurrent,
        ));
    };
    if cur.0 <= base.0 {
        return Err(OutlookResult::new(
            Outlook::InsufficientData,
            Why::NoPace {
                b: base.0,
                t: cur.0,
            },
        ));
    }
    Ok((base, cur))
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod forms_tests;
