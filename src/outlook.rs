//! Outlook: will a target be met by the target year `T`, and the early warning (动态化预警).
//!
//! Pure functions over plain data, following `SEMANTICS.md` ("Outlook" and "Early warning"):
//! a series is a slice of `(year, value)` points sorted by year, and the caller, who evaluates
//! the status, says whether the target is already met. Every threshold lives in
//! [`OutlookPolicy`].
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
//! # Decisions where `SEMANTICS.md` is silent
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
//!   is inside, which means no rate is required); with [`Direction::Band`] the sign `d` is the
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
//!   gives 1). A directional goal with [`Direction::Band`] is `needs_judgement`.
//! * **逐年提高 with a missing year**: a pair of consecutive observations that does not rise is
//!   `deteriorating` even across a gap (some year in between did not rise); otherwise a gap is
//!   `insufficient_data`, as in the status rule.
//! * **Warning**: a status `not_met` at or after `T` is red whatever the outlook;
//!   `insufficient_data`, `needs_judgement`, `on_track` and `achieved` raise no flag.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::Direction;

/// Decimal places a fractional power is rounded to (see the module's "Precision").
const POWER_DP: u32 = 12;
/// Decimal places of the rate reported in [`OutlookResult::rate`].
const RATE_DP: u32 = 6;
/// Decimal places of the figures in an explanation.
const SHOW_DP: u32 = 3;

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

/// An outlook with the figure it rests on and a one-sentence explanation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutlookResult {
    /// The verdict.
    pub outlook: Outlook,
    /// The ratio `R` or the rate `s` in % a year (see [`OutlookResult::rate_kind`]), rounded
    /// to 6 decimal places; serialized as a string.
    pub rate: Option<Decimal>,
    /// What [`OutlookResult::rate`] measures.
    pub rate_kind: RateKind,
    /// One sentence for the reader.
    pub explanation: String,
}

impl OutlookResult {
    fn new(outlook: Outlook, explanation: String) -> OutlookResult {
        OutlookResult {
            outlook,
            rate: None,
            rate_kind: RateKind::None,
            explanation,
        }
    }

    fn rated(outlook: Outlook, rate: Decimal, kind: RateKind, explanation: String) -> Self {
        OutlookResult {
            outlook,
            rate: Some(rate.round_dp(RATE_DP).normalize()),
            rate_kind: kind,
            explanation,
        }
    }

    fn overflow() -> OutlookResult {
        OutlookResult::new(
            Outlook::InsufficientData,
            "The rates overflow exact decimal arithmetic, so no outlook can be computed.".into(),
        )
    }
}

/// The thresholds of the outlook. Every one is a default a caller can change.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutlookPolicy {
    /// `R` at or above this is `on_track` (default 0.95).
    pub on_track_ratio: Decimal,
    /// `R` at or above this (and below [`OutlookPolicy::on_track_ratio`]) is
    /// `acceleration_needed` (default 0.6); from 0 up to it, `limited_progress`.
    pub acceleration_ratio: Decimal,
    /// A directional rate `s` at or above this many % a year is `on_track` (default 1.5).
    pub on_track_rate: Decimal,
    /// A directional rate `s` at or above this many % a year (and below
    /// [`OutlookPolicy::on_track_rate`]) is `acceleration_needed` (default 0.5); from 0 up to it,
    /// `limited_progress`.
    pub acceleration_rate: Decimal,
    /// The exponent `k` of the natural-limit factor `C = 1 − (y_B/limit)^k` (default 4.44,
    /// Statistics Canada).
    pub limit_exponent: Decimal,
    /// The natural limit of a percentage (default 100).
    pub percent_limit: Decimal,
    /// The target year `T` when an input does not give one (default 2030).
    pub target_year: i32,
}

impl Default for OutlookPolicy {
    fn default() -> OutlookPolicy {
        OutlookPolicy {
            on_track_ratio: Decimal::new(95, 2),
            acceleration_ratio: Decimal::new(6, 1),
            on_track_rate: Decimal::new(15, 1),
            acceleration_rate: Decimal::new(5, 1),
            limit_exponent: Decimal::new(444, 2),
            percent_limit: Decimal::ONE_HUNDRED,
            target_year: 2030,
        }
    }
}

/// What [`quantified_outlook`] needs: a target with a value to reach.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuantifiedInput {
    /// `(B, y_B)`: the baseline year and value, if known.
    pub baseline: Option<(i32, Decimal)>,
    /// `(t, y_t)`: the year and value of the latest observation at or before the assessment year.
    pub current: Option<(i32, Decimal)>,
    /// The target value `v`; for a band, its edge nearest the baseline (see [`band_target`]).
    pub target: Decimal,
    /// The direction of better; [`Direction::Band`] for a band.
    pub direction: Direction,
    /// The target year `T`; `None` takes [`OutlookPolicy::target_year`].
    pub target_year: Option<i32>,
    /// Whether the target is met as of `t` (and, for *keep* forms, held so far): the status,
    /// computed by the caller.
    pub met: bool,
}

/// What [`directional_outlook`] needs: a goal that only says which way to move (`提高`, `下降`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DirectionalInput {
    /// `(B, y_B)`: the baseline year and value, if known.
    pub baseline: Option<(i32, Decimal)>,
    /// `(t, y_t)`: the year and value of the latest observation at or before the assessment year.
    pub current: Option<(i32, Decimal)>,
    /// Higher or lower is better; [`Direction::Band`] gives `needs_judgement`.
    pub direction: Direction,
    /// Whether the indicator is a percentage with the natural limit
    /// [`OutlookPolicy::percent_limit`].
    pub percentage: bool,
}

/// The compound annual growth rate `(to/from)^(1/years) − 1` as a fraction (0.1 = 10 % a year).
///
/// `None` when it is undefined (`from ≤ 0`, `to ≤ 0`, `years ≤ 0`) or overflows. Rounded to 12
/// decimal places (see the module's "Precision").
///
/// ```
/// use plan_targets::outlook::cagr;
/// use rust_decimal::Decimal;
///
/// // 100 → 121 in two years is 10 % a year.
/// assert_eq!(cagr(Decimal::from(100), Decimal::from(121), 2), Some(Decimal::new(1, 1)));
/// assert_eq!(cagr(Decimal::ZERO, Decimal::from(121), 2), None);
/// ```
pub fn cagr(from: Decimal, to: Decimal, years: i64) -> Option<Decimal> {
    if from <= Decimal::ZERO || to <= Decimal::ZERO || years <= 0 {
        return None;
    }
    let ratio = to.checked_div(from)?;
    let growth = if years == 1 {
        ratio
    } else {
        power(ratio, Decimal::ONE.checked_div(Decimal::from(years))?)?
    };
    Some(growth.checked_sub(Decimal::ONE)?.round_dp(POWER_DP))
}

/// `x^e` for `x > 0`, in `f64` rounded to [`POWER_DP`] places; `None` when it is not finite
/// or does not fit a `Decimal`.
fn power(x: Decimal, e: Decimal) -> Option<Decimal> {
    use rust_decimal::prelude::ToPrimitive;
    if x <= Decimal::ZERO {
        return None;
    }
    if x == Decimal::ONE || e.is_zero() {
        return Some(Decimal::ONE);
    }
    let value = x.to_f64()?.powf(e.to_f64()?);
    if !value.is_finite() {
        return None;
    }
    Some(decimal_from_f64(value)?.round_dp(POWER_DP))
}

/// `value` rounded to [`POWER_DP`] places as a `Decimal`. Values of ordinary size go through
/// an integer count of 10⁻¹² units (exact and fast); others through `Decimal`'s own conversion.
fn decimal_from_f64(value: f64) -> Option<Decimal> {
    const SCALE: f64 = 1e12;
    let units = (value * SCALE).round();
    if units.abs() < 9.0e15 {
        // Below 2^53: the float holds the integer exactly, and so does an i64.
        return Some(Decimal::new(units as i64, POWER_DP));
    }
    Decimal::try_from(value).ok()
}

/// The natural-limit factor `C = 1 − (y_B/limit)^k` of a higher-is-better percentage, clamped to
/// `[0, 1]` (Statistics Canada), with `limit` and `k` from the policy.
///
/// The positive thresholds of [`directional_outlook`] are multiplied by it. `None` on overflow.
///
/// ```
/// use plan_targets::outlook::{OutlookPolicy, limit_factor};
/// use rust_decimal::Decimal;
///
/// let policy = OutlookPolicy::default();
/// // At 98 %: C = 1 − 0.98^4.44 ≈ 0.0858, so 1.5 %/yr shrinks to about 0.129 %/yr.
/// let c = limit_factor(Decimal::from(98), &policy).unwrap();
/// assert!(c > Decimal::new(857, 4) && c < Decimal::new(858, 4));
/// assert_eq!(limit_factor(Decimal::from(100), &policy), Some(Decimal::ZERO));
/// assert_eq!(limit_factor(Decimal::ZERO, &policy), Some(Decimal::ONE));
/// ```
pub fn limit_factor(baseline: Decimal, policy: &OutlookPolicy) -> Option<Decimal> {
    if baseline <= Decimal::ZERO {
        return Some(Decimal::ONE);
    }
    if baseline >= policy.percent_limit {
        return Some(Decimal::ZERO);
    }
    let share = baseline.checked_div(policy.percent_limit)?;
    let c = Decimal::ONE.checked_sub(power(share, policy.limit_exponent)?)?;
    Some(c.clamp(Decimal::ZERO, Decimal::ONE))
}

/// The target value for a band `[lo, hi]`: the edge nearest the baseline, or the baseline
/// itself when it already lies inside (no rate required). Use it with [`Direction::Band`].
///
/// The edges may be given in either order.
///
/// ```
/// use plan_targets::outlook::band_target;
/// use rust_decimal::Decimal;
///
/// let (lo, hi) = (Decimal::from(103), Decimal::from(107));
/// // Sex ratio at birth 112 in 2020: the path runs to 107.
/// assert_eq!(band_target(lo, hi, Decimal::from(112)), Decimal::from(107));
/// assert_eq!(band_target(lo, hi, Decimal::from(101)), Decimal::from(103));
/// assert_eq!(band_target(lo, hi, Decimal::from(105)), Decimal::from(105));
/// ```
pub fn band_target(lo: Decimal, hi: Decimal, baseline: Decimal) -> Decimal {
    let (lo, hi) = if lo <= hi { (lo, hi) } else { (hi, lo) };
    baseline.clamp(lo, hi)
}

/// The sign of the direction: +1 higher, −1 lower, 0 for a band.
fn sign(direction: Direction) -> Decimal {
    match direction {
        Direction::Higher => Decimal::ONE,
        Direction::Lower => Decimal::NEGATIVE_ONE,
        Direction::Band => Decimal::ZERO,
    }
}

/// The sign of `a − b` (+1, −1 or 0), without the subtraction that could overflow.
fn side(a: Decimal, b: Decimal) -> Decimal {
    match a.cmp(&b) {
        std::cmp::Ordering::Greater => Decimal::ONE,
        std::cmp::Ordering::Less => Decimal::NEGATIVE_ONE,
        std::cmp::Ordering::Equal => Decimal::ZERO,
    }
}

/// The years from `from` to `to`, without i32 overflow.
fn years(from: i32, to: i32) -> i64 {
    i64::from(to) - i64::from(from)
}

/// A figure rounded for an explanation.
/// A figure for an explanation, rounded to [`SHOW_DP`] places; formatted where it is written,
/// so no string is built for it on its own.
fn show(value: Decimal) -> impl std::fmt::Display {
    value.round_dp(SHOW_DP).normalize()
}

/// A `(year, value)` observation.
type Point = (i32, Decimal);

/// The two observations, or why the outlook cannot be computed.
fn span(
    baseline: Option<(i32, Decimal)>,
    current: Option<(i32, Decimal)>,
) -> Result<(Point, Point), OutlookResult> {
    let Some(base) = baseline else {
        return Err(OutlookResult::new(
            Outlook::InsufficientData,
            "There is no baseline value to measure progress from.".into(),
        ));
    };
    let Some(cur) = current else {
        return Err(OutlookResult::new(
            Outlook::InsufficientData,
            "There is no current value to measure progress to.".into(),
        ));
    };
    if cur.0 <= base.0 {
        return Err(OutlookResult::new(
            Outlook::InsufficientData,
            format!(
                "A pace needs an observation after the baseline year {}; the latest is from {}.",
                base.0, cur.0
            ),
        ));
    }
    Ok((base, cur))
}

fn classify_ratio(r: Decimal, policy: &OutlookPolicy) -> Outlook {
    if r >= policy.on_track_ratio {
        Outlook::OnTrack
    } else if r >= policy.acceleration_ratio {
        Outlook::AccelerationNeeded
    } else if r >= Decimal::ZERO {
        Outlook::LimitedProgress
    } else {
        Outlook::Deteriorating
    }
}

/// The outlook of a quantified target (comparison, attain, approximately, range, ratio,
/// reference): `achieved` when met, otherwise by the ratio `R` of the actual to the required
/// rate.
///
/// `R = d·CAGR(y_B → y_t) / |CAGR(y_B → v)|`, the first over `t − B` years and the second over
/// `T − B`; where `y_B`, `y_t` or `v` is ≤ 0, the linear reference path
/// `R = d·(y_t − y_B)·(T − B) / ((t − B)·|v − y_B|)`. Then `R ≥ 0.95` is `on_track`,
/// `0.6 ≤ R < 0.95` `acceleration_needed`, `0 ≤ R < 0.6` `limited_progress`, `R < 0`
/// `deteriorating` (thresholds from the policy). Without a baseline, a current value or an
/// observation after `B` (or with `T ≤ B`), `insufficient_data`. See the module docs for the
/// cases where no rate is required and for bands.
///
/// ```
/// use plan_targets::Direction;
/// use plan_targets::outlook::{Outlook, OutlookPolicy, QuantifiedInput, RateKind, quantified_outlook};
/// use rust_decimal::Decimal;
///
/// // 100 in 2020; reaching 259.37424601 by 2030 needs 10 % a year (1.1^10 = 2.5937424601).
/// // 119.9025 in 2022 is 9.5 % a year (1.095^2 = 1.199025): R = 0.095 / 0.1 = 0.95, on track.
/// let mut input = QuantifiedInput {
///     baseline: Some((2020, Decimal::from(100))),
///     current: Some((2022, "119.9025".parse().unwrap())),
///     target: "259.37424601".parse().unwrap(),
///     direction: Direction::Higher,
///     target_year: Some(2030),
///     met: false,
/// };
/// let policy = OutlookPolicy::default();
/// let result = quantified_outlook(&input, &policy);
/// assert_eq!(result.outlook, Outlook::OnTrack);
/// assert_eq!(result.rate, Some("0.95".parse().unwrap()));
/// assert_eq!(result.rate_kind, RateKind::Ratio);
///
/// // 119.6836 is 9.4 % a year (1.094^2): R = 0.94, just below.
/// input.current = Some((2022, "119.6836".parse().unwrap()));
/// assert_eq!(quantified_outlook(&input, &policy).outlook, Outlook::AccelerationNeeded);
///
/// // Met already: achieved, whatever the pace.
/// input.met = true;
/// assert_eq!(quantified_outlook(&input, &policy).outlook, Outlook::Achieved);
/// ```
pub fn quantified_outlook(input: &QuantifiedInput, policy: &OutlookPolicy) -> OutlookResult {
    if input.met {
        let explanation = match input.current {
            Some((t, y)) => format!("The target is already met: {} in {t}.", show(y)),
            None => "The target is already met.".into(),
        };
        return OutlookResult::new(Outlook::Achieved, explanation);
    }
    let ((b, yb), (t, yt)) = match span(input.baseline, input.current) {
        Ok(pair) => pair,
        Err(result) => return result,
    };
    let target_year = input.target_year.unwrap_or(policy.target_year);
    if target_year <= b {
        return OutlookResult::new(
            Outlook::InsufficientData,
            format!("The target year {target_year} is not after the baseline year {b}."),
        );
    }
    let v = input.target;
    let d = match input.direction {
        Direction::Band => side(v, yb),
        other => sign(other),
    };
    if v == yb {
        return no_rate_required(input.direction, b, yb, t, yt, v);
    }
    if input.direction == Direction::Band && d == side(yt, v) {
        return OutlookResult::new(
            Outlook::NeedsJudgement,
            format!(
                "The value went from {} in {b} to {} in {t}, across the whole band; \
                 its pace says nothing about landing inside it.",
                show(yb),
                show(yt)
            ),
        );
    }
    let (n_actual, n_required) = (years(b, t), years(b, target_year));
    let positive = yb > Decimal::ZERO && yt > Decimal::ZERO && v > Decimal::ZERO;
    if positive {
        let (Some(actual), Some(required)) = (cagr(yb, yt, n_actual), cagr(yb, v, n_required))
        else {
            return OutlookResult::overflow();
        };
        if required.is_zero() {
            return no_rate_required(input.direction, b, yb, t, yt, v);
        }
        let s = d * actual;
        let (Some(r), Some(s_percent), Some(required_percent)) = (
            s.checked_div(required.abs()),
            s.checked_mul(Decimal::ONE_HUNDRED),
            required.abs().checked_mul(Decimal::ONE_HUNDRED),
        ) else {
            return OutlookResult::overflow();
        };
        let outlook = classify_ratio(r, policy);
        let explanation = format!(
            "From {} in {b} to {} in {t} is {} % a year the better way, R = {} of the {} % a \
             year needed to reach {} by {target_year}.",
            show(yb),
            show(yt),
            show(s_percent),
            show(r),
            show(required_percent),
            show(v)
        );
        return OutlookResult::rated(outlook, r, RateKind::Ratio, explanation);
    }
    let linear = || -> Option<Decimal> {
        let numerator = d
            .checked_mul(yt.checked_sub(yb)?)?
            .checked_mul(Decimal::from(n_required))?;
        let denominator = Decimal::from(n_actual).checked_mul(v.checked_sub(yb)?.abs())?;
        numerator.checked_div(denominator)
    };
    let Some(r) = linear() else {
        return OutlookResult::overflow();
    };
    let outlook = classify_ratio(r, policy);
    let explanation = format!(
        "A value or the target is not positive, so on the linear path from {} in {b} to {} by \
         {target_year}, the change to {} in {t} is R = {} of the pace needed.",
        show(yb),
        show(v),
        show(yt),
        show(r)
    );
    OutlookResult::rated(outlook, r, RateKind::Ratio, explanation)
}

/// The baseline already sits on the target: judge the direction of the move alone.
fn no_rate_required(
    direction: Direction,
    b: i32,
    yb: Decimal,
    t: i32,
    yt: Decimal,
    v: Decimal,
) -> OutlookResult {
    let better = match direction {
        Direction::Higher => yt > yb,
        Direction::Lower => yt < yb,
        Direction::Band => false,
    };
    let outlook = if better {
        Outlook::OnTrack
    } else if yt == yb {
        Outlook::LimitedProgress
    } else {
        Outlook::Deteriorating
    };
    let moved = if yt == yb {
        "did not move".to_owned()
    } else if better {
        format!("moved the better way, to {} in {t}", show(yt))
    } else {
        format!("moved away, to {} in {t}", show(yt))
    };
    OutlookResult::new(
        outlook,
        format!(
            "The baseline {} in {b} already sits on the target {}, so no rate is required; the \
             value {moved}.",
            show(yb),
            show(v)
        ),
    )
}

/// The outlook of a directional goal (`提高`, `下降`, `不断提高`, ...), always judged by its pace,
/// even when met so far.
///
/// `s = d·CAGR(y_B → y_t)` in % a year: `s ≥ 1.5` `on_track`, `0.5 ≤ s < 1.5`
/// `acceleration_needed`, `0 ≤ s < 0.5` `limited_progress`, `s < 0` `deteriorating`. For a
/// higher-is-better percentage the positive thresholds are multiplied by [`limit_factor`]. Where a
/// value is ≤ 0 the rate is the linear annual change relative to `|y_B|` (see the module docs).
///
/// ```
/// use plan_targets::Direction;
/// use plan_targets::outlook::{DirectionalInput, Outlook, OutlookPolicy, RateKind, directional_outlook};
/// use rust_decimal::Decimal;
///
/// let policy = OutlookPolicy::default();
/// // 100 → 101.5 in a year: 1.5 % a year, on track.
/// let mut input = DirectionalInput {
///     baseline: Some((2020, Decimal::from(100))),
///     current: Some((2021, "101.5".parse().unwrap())),
///     direction: Direction::Higher,
///     percentage: false,
/// };
/// let result = directional_outlook(&input, &policy);
/// assert_eq!(result.outlook, Outlook::OnTrack);
/// assert_eq!(result.rate, Some("1.5".parse().unwrap()));
/// assert_eq!(result.rate_kind, RateKind::PercentPerYear);
///
/// // 98 % → 98.13 % is only 0.133 % a year, but near the limit of 100 % the bar is
/// // 1.5 × (1 − 0.98^4.44) ≈ 0.129 % a year: on track.
/// input.baseline = Some((2020, Decimal::from(98)));
/// input.current = Some((2021, "98.13".parse().unwrap()));
/// input.percentage = true;
/// assert_eq!(directional_outlook(&input, &policy).outlook, Outlook::OnTrack);
/// input.percentage = false;
/// assert_eq!(directional_outlook(&input, &policy).outlook, Outlook::LimitedProgress);
/// ```
pub fn directional_outlook(input: &DirectionalInput, policy: &OutlookPolicy) -> OutlookResult {
    if input.direction == Direction::Band {
        return OutlookResult::new(
            Outlook::NeedsJudgement,
            "A directional goal needs a direction of better; a band has none.".into(),
        );
    }
    let ((b, yb), (t, yt)) = match span(input.baseline, input.current) {
        Ok(pair) => pair,
        Err(result) => return result,
    };
    let d = sign(input.direction);
    let n = years(b, t);
    let (s, method) = if yb > Decimal::ZERO && yt > Decimal::ZERO {
        let Some(rate) = cagr(yb, yt, n) else {
            return OutlookResult::overflow();
        };
        let Some(percent) = rate.checked_mul(Decimal::ONE_HUNDRED) else {
            return OutlookResult::overflow();
        };
        (d * percent, "compound")
    } else if yb.is_zero() {
        let change = d * side(yt, yb);
        let (outlook, how) = if change == Decimal::ONE {
            (Outlook::OnTrack, "moved the better way")
        } else if change == Decimal::NEGATIVE_ONE {
            (Outlook::Deteriorating, "moved away")
        } else if input.direction == Direction::Lower {
            (Outlook::OnTrack, "stayed at the floor 0")
        } else {
            (Outlook::LimitedProgress, "did not move")
        };
        return OutlookResult::new(
            outlook,
            format!(
                "From a baseline of 0 in {b} no relative rate exists; the value {how} ({} in {t}).",
                show(yt)
            ),
        );
    } else {
        let relative = || -> Option<Decimal> {
            d.checked_mul(yt.checked_sub(yb)?)?
                .checked_mul(Decimal::ONE_HUNDRED)?
                .checked_div(Decimal::from(n).checked_mul(yb.abs())?)
        };
        let Some(rate) = relative() else {
            return OutlookResult::overflow();
        };
        (rate, "linear (a value is not positive)")
    };
    let c = if input.percentage && input.direction == Direction::Higher {
        match limit_factor(yb, policy) {
            Some(c) => c,
            None => return OutlookResult::overflow(),
        }
    } else {
        Decimal::ONE
    };
    let (Some(on_track), Some(acceleration)) = (
        policy.on_track_rate.checked_mul(c),
        policy.acceleration_rate.checked_mul(c),
    ) else {
        return OutlookResult::overflow();
    };
    let outlook = if s >= on_track {
        Outlook::OnTrack
    } else if s >= acceleration {
        Outlook::AccelerationNeeded
    } else if s >= Decimal::ZERO {
        Outlook::LimitedProgress
    } else {
        Outlook::Deteriorating
    };
    let scaled = if c == Decimal::ONE {
        String::new()
    } else {
        format!(" (thresholds scaled by {} near the natural limit)", show(c))
    };
    let explanation = format!(
        "From {} in {b} to {} in {t} is {} % a year the better way, {method}, against {} % for \
         on track{scaled}.",
        show(yb),
        show(yt),
        show(s),
        show(on_track)
    );
    OutlookResult::rated(outlook, s, RateKind::PercentPerYear, explanation)
}

/// The outlook of 逐年提高 (a rise every year): `on_track` while every change so far is a rise,
/// `deteriorating` at the first that is not.
///
/// `points` are the observations in `B..=t`, in increasing year order. Fewer than two, years out
/// of order, or a missing year with no failed rise are `insufficient_data`.
///
/// ```
/// use plan_targets::outlook::{Outlook, every_year_outlook};
/// use rust_decimal::Decimal;
///
/// let d = |s: &str| s.parse::<Decimal>().unwrap();
/// let rising = [(2020, d("80")), (2021, d("80.5")), (2022, d("81"))];
/// assert_eq!(every_year_outlook(&rising).outlook, Outlook::OnTrack);
/// let flat = [(2020, d("80")), (2021, d("80.5")), (2022, d("80.5"))];
/// assert_eq!(every_year_outlook(&flat).outlook, Outlook::Deteriorating);
/// ```
pub fn every_year_outlook(points: &[(i32, Decimal)]) -> OutlookResult {
    if points.len() < 2 {
        return OutlookResult::new(
            Outlook::InsufficientData,
            "A rise every year needs at least two observations.".into(),
        );
    }
    if points.windows(2).any(|w| w[1].0 <= w[0].0) {
        return OutlookResult::new(
            Outlook::InsufficientData,
            "The observations are not in increasing year order.".into(),
        );
    }
    if let Some(w) = points.windows(2).find(|w| w[1].1 <= w[0].1) {
        let ((a, ya), (z, yz)) = (w[0], w[1]);
        return OutlookResult::new(
            Outlook::Deteriorating,
            format!(
                "The value did not rise from {} in {a} to {} in {z}.",
                show(ya),
                show(yz)
            ),
        );
    }
    if let Some(w) = points.windows(2).find(|w| years(w[0].0, w[1].0) > 1) {
        return OutlookResult::new(
            Outlook::InsufficientData,
            format!(
                "Years between {} and {} are missing, so a rise in each cannot be checked.",
                w[0].0, w[1].0
            ),
        );
    }
    let (first, last) = (points[0], points[points.len() - 1]);
    OutlookResult::new(
        Outlook::OnTrack,
        format!(
            "The value rose every year from {} in {} to {} in {}.",
            show(first.1),
            first.0,
            show(last.1),
            last.0
        ),
    )
}

/// The value at `year` on the least-squares line through `points` (three or more); the line
/// through both points for two; `None` for fewer, when all points share one year, or on
/// overflow.
///
/// For charts and the reader, never for the verdict. Computed exactly but for one final division:
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
pub fn project(points: &[(i32, Decimal)], year: i32) -> Option<Decimal> {
    if points.len() < 2 {
        return None;
    }
    let x0 = i64::from(points.first()?.0);
    let n = Decimal::from(points.len());
    let (mut sx, mut sy, mut sxy, mut sxx) =
        (Decimal::ZERO, Decimal::ZERO, Decimal::ZERO, Decimal::ZERO);
    for &(x, y) in points {
        let x = Decimal::from(i64::from(x) - x0);
        sx = sx.checked_add(x)?;
        sy = sy.checked_add(y)?;
        sxy = sxy.checked_add(x.checked_mul(y)?)?;
        sxx = sxx.checked_add(x.checked_mul(x)?)?;
    }
    let denominator = n.checked_mul(sxx)?.checked_sub(sx.checked_mul(sx)?)?;
    if denominator.is_zero() {
        return None;
    }
    let numerator = n.checked_mul(sxy)?.checked_sub(sx.checked_mul(sy)?)?;
    let x = Decimal::from(i64::from(year) - x0);
    let top = sy
        .checked_mul(denominator)?
        .checked_add(numerator.checked_mul(n.checked_mul(x)?.checked_sub(sx)?)?)?;
    Some(top.checked_div(n.checked_mul(denominator)?)?.normalize())
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

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    /// 100 in 2020, the target `v` by 2030 in the given direction, `y_t` in 2022.
    fn quantified(direction: Direction, v: &str, yt: &str) -> OutlookResult {
        quantified_from(direction, "100", v, 2022, yt)
    }

    fn quantified_from(direction: Direction, yb: &str, v: &str, t: i32, yt: &str) -> OutlookResult {
        let input = QuantifiedInput {
            baseline: Some((2020, d(yb))),
            current: Some((t, d(yt))),
            target: d(v),
            direction,
            target_year: Some(2030),
            met: false,
        };
        quantified_outlook(&input, &OutlookPolicy::default())
    }

    /// 1.1^10 × 100: 10 % a year needed from 100 in 2020.
    const UP_10: &str = "259.37424601";
    /// 0.9^10 × 100: 10 % a year down needed from 100 in 2020.
    const DOWN_10: &str = "34.86784401";

    #[test]
    fn policy_defaults() {
        let p = OutlookPolicy::default();
        assert_eq!(p.on_track_ratio, d("0.95"));
        assert_eq!(p.acceleration_ratio, d("0.6"));
        assert_eq!(p.on_track_rate, d("1.5"));
        assert_eq!(p.acceleration_rate, d("0.5"));
        assert_eq!(p.limit_exponent, d("4.44"));
        assert_eq!(p.percent_limit, d("100"));
        assert_eq!(p.target_year, 2030);
    }

    #[test]
    fn cagr_exact_cases() {
        assert_eq!(cagr(d("100"), d("121"), 2), Some(d("0.1")));
        assert_eq!(cagr(d("100"), d(UP_10), 10), Some(d("0.1")));
        assert_eq!(cagr(d("100"), d(DOWN_10), 10), Some(d("-0.1")));
        assert_eq!(cagr(d("100"), d("133.1"), 3), Some(d("0.1")));
        assert_eq!(cagr(d("100"), d("100"), 7), Some(d("0")));
        assert_eq!(cagr(d("100"), d("101.5"), 1), Some(d("0.015")));
        assert_eq!(cagr(d("-1"), d("2"), 1), None);
        assert_eq!(cagr(d("1"), d("0"), 1), None);
        assert_eq!(cagr(d("1"), d("2"), 0), None);
        assert_eq!(cagr(Decimal::new(1, 28), Decimal::MAX, 1), None);
    }

    #[test]
    fn ratio_boundaries_higher() {
        use Direction::Higher;
        // 9.5 % a year of the 10 % needed: exactly 0.95.
        let r = quantified(Higher, UP_10, "119.9025");
        assert_eq!((r.outlook, r.rate), (Outlook::OnTrack, Some(d("0.95"))));
        assert_eq!(r.rate_kind, RateKind::Ratio);
        // 9.4 %: 0.94, just below.
        let r = quantified(Higher, UP_10, "119.6836");
        assert_eq!(
            (r.outlook, r.rate),
            (Outlook::AccelerationNeeded, Some(d("0.94")))
        );
        // 6 %: exactly 0.6.
        let r = quantified(Higher, UP_10, "112.36");
        assert_eq!(
            (r.outlook, r.rate),
            (Outlook::AccelerationNeeded, Some(d("0.6")))
        );
        // 5.9 %: 0.59, just below.
        let r = quantified(Higher, UP_10, "112.1481");
        assert_eq!(
            (r.outlook, r.rate),
            (Outlook::LimitedProgress, Some(d("0.59")))
        );
        // No change: R = 0 exactly.
        let r = quantified(Higher, UP_10, "100");
        assert_eq!(
            (r.outlook, r.rate),
            (Outlook::LimitedProgress, Some(d("0")))
        );
        // A fall: R < 0. 1 % down a year (0.99^2 = 0.9801) is R = −0.1.
        let r = quantified(Higher, UP_10, "98.01");
        assert_eq!(
            (r.outlook, r.rate),
            (Outlook::Deteriorating, Some(d("-0.1")))
        );
    }

    #[test]
    fn ratio_boundaries_lower() {
        use Direction::Lower;
        // Down 9.5 % a year (0.905^2 = 0.819025) of the 10 % needed.
        let r = quantified(Lower, DOWN_10, "81.9025");
        assert_eq!((r.outlook, r.rate), (Outlook::OnTrack, Some(d("0.95"))));
        let r = quantified(Lower, DOWN_10, "82.0836");
        assert_eq!(
            (r.outlook, r.rate),
            (Outlook::AccelerationNeeded, Some(d("0.94")))
        );
        let r = quantified(Lower, DOWN_10, "100.1");
        assert_eq!(r.outlook, Outlook::Deteriorating);
    }

    #[test]
    fn linear_path_boundaries() {
        use Direction::{Higher, Lower};
        // 10 in 2020 down to 0 by 2030 needs −1 a year; −0.95 a year is 0.95.
        let r = quantified_from(Lower, "10", "0", 2022, "8.1");
        assert_eq!((r.outlook, r.rate), (Outlook::OnTrack, Some(d("0.95"))));
        assert!(r.explanation.contains("linear"), "{}", r.explanation);
        let r = quantified_from(Lower, "10", "0", 2022, "8.12");
        assert_eq!(
            (r.outlook, r.rate),
            (Outlook::AccelerationNeeded, Some(d("0.94")))
        );
        let r = quantified_from(Lower, "10", "0", 2022, "8.8");
        assert_eq!(
            (r.outlook, r.rate),
            (Outlook::AccelerationNeeded, Some(d("0.6")))
        );
        let r = quantified_from(Lower, "10", "0", 2022, "8.82");
        assert_eq!(
            (r.outlook, r.rate),
            (Outlook::LimitedProgress, Some(d("0.59")))
        );
        let r = quantified_from(Lower, "10", "0", 2022, "10");
        assert_eq!(
            (r.outlook, r.rate),
            (Outlook::LimitedProgress, Some(d("0")))
        );
        let r = quantified_from(Lower, "10", "0", 2022, "10.1");
        assert_eq!(r.outlook, Outlook::Deteriorating);
        // A negative baseline: −5 to 5 needs 1 a year; −3.1 in 2022 is 0.95 a year.
        let r = quantified_from(Higher, "-5", "5", 2022, "-3.1");
        assert_eq!((r.outlook, r.rate), (Outlook::OnTrack, Some(d("0.95"))));
        // A current value ≤ 0 with positive baseline and target: both rates linear.
        let r = quantified_from(Higher, "10", "20", 2022, "-1");
        assert_eq!(r.outlook, Outlook::Deteriorating);
    }

    #[test]
    fn linear_path_is_sign_adjusted() {
        // `≥ 0` met at the baseline 10 and lost: −1 in 2022. The plain formula would give
        // (−11/2) / (−10/10) = +5.5; signed by direction it is −5.5, deteriorating.
        let r = quantified_from(Direction::Higher, "10", "0", 2022, "-1");
        assert_eq!(
            (r.outlook, r.rate),
            (Outlook::Deteriorating, Some(d("-5.5")))
        );
        // Likewise with the CAGR: `≥ 82.3` met at 90, lost at 80.
        let r = quantified_from(Direction::Higher, "90", "82.3", 2022, "80");
        assert_eq!(r.outlook, Outlook::Deteriorating);
    }

    #[test]
    fn no_rate_required() {
        use Direction::{Band, Higher, Lower};
        let r = quantified(Higher, "100", "101");
        assert_eq!(
            (r.outlook, r.rate, r.rate_kind),
            (Outlook::OnTrack, None, RateKind::None)
        );
        assert_eq!(
            quantified(Higher, "100", "99").outlook,
            Outlook::Deteriorating
        );
        assert_eq!(
            quantified(Higher, "100", "100").outlook,
            Outlook::LimitedProgress
        );
        assert_eq!(quantified(Lower, "100", "99").outlook, Outlook::OnTrack);
        assert_eq!(
            quantified(Lower, "100", "101").outlook,
            Outlook::Deteriorating
        );
        assert_eq!(
            quantified(Band, "100", "101").outlook,
            Outlook::Deteriorating
        );
        assert_eq!(
            quantified(Band, "100", "99").outlook,
            Outlook::Deteriorating
        );
        // A required rate too small to register after rounding counts as none.
        let tiny = "100.0000000000000000000001";
        assert_eq!(quantified(Higher, tiny, "101").outlook, Outlook::OnTrack);
    }

    #[test]
    fn bands() {
        let (lo, hi) = (d("103"), d("107"));
        assert_eq!(band_target(hi, lo, d("112")), d("107"));
        assert_eq!(band_target(lo, hi, d("90")), d("103"));
        assert_eq!(band_target(lo, hi, d("103")), d("103"));
        // Sex ratio 112 → 107 by 2030: −0.458 % a year needed; 111 in 2022 is −0.448 %.
        let v = band_target(lo, hi, d("112"));
        let r = quantified_from(Direction::Band, "112", &v.to_string(), 2022, "111");
        assert_eq!(r.outlook, Outlook::OnTrack, "{}", r.explanation);
        let r = quantified_from(Direction::Band, "112", &v.to_string(), 2022, "113");
        assert_eq!(r.outlook, Outlook::Deteriorating);
        // Overshoot: past the whole band.
        let r = quantified_from(Direction::Band, "112", &v.to_string(), 2022, "101");
        assert_eq!(r.outlook, Outlook::NeedsJudgement);
        // From below.
        let v = band_target(lo, hi, d("100"));
        let r = quantified_from(Direction::Band, "100", &v.to_string(), 2022, "100.1");
        assert_eq!(r.outlook, Outlook::LimitedProgress);
        // Baseline inside the band, current outside: moved away.
        let v = band_target(lo, hi, d("105"));
        let r = quantified_from(Direction::Band, "105", &v.to_string(), 2022, "108");
        assert_eq!(r.outlook, Outlook::Deteriorating);
    }

    #[test]
    fn quantified_data_requirements() {
        let policy = OutlookPolicy::default();
        let mut input = QuantifiedInput {
            baseline: None,
            current: Some((2020, d("95"))),
            target: d("90"),
            direction: Direction::Higher,
            target_year: None,
            met: true,
        };
        // One observation shows achieved.
        assert_eq!(
            quantified_outlook(&input, &policy).outlook,
            Outlook::Achieved
        );
        input.met = false;
        assert_eq!(
            quantified_outlook(&input, &policy).outlook,
            Outlook::InsufficientData
        );
        input.baseline = Some((2020, d("80")));
        // t = B: no pace yet.
        let r = quantified_outlook(&input, &policy);
        assert_eq!(r.outlook, Outlook::InsufficientData);
        assert!(r.explanation.contains("after the baseline year 2020"));
        input.current = None;
        assert_eq!(
            quantified_outlook(&input, &policy).outlook,
            Outlook::InsufficientData
        );
        // Target year from the policy, or explicit; not after B is insufficient.
        input.current = Some((2022, d("82")));
        let by_policy = quantified_outlook(&input, &policy);
        input.target_year = Some(2030);
        assert_eq!(quantified_outlook(&input, &policy), by_policy);
        input.target_year = Some(2020);
        assert_eq!(
            quantified_outlook(&input, &policy).outlook,
            Outlook::InsufficientData
        );
        // Extreme years do not overflow.
        input.target_year = Some(i32::MAX);
        input.baseline = Some((i32::MIN, d("80")));
        let _ = quantified_outlook(&input, &policy);
    }

    #[test]
    fn quantified_overflow_is_insufficient_data() {
        let input = QuantifiedInput {
            baseline: Some((2020, Decimal::new(1, 28))),
            current: Some((2021, Decimal::MAX)),
            target: Decimal::MAX,
            direction: Direction::Higher,
            target_year: Some(2030),
            met: false,
        };
        let r = quantified_outlook(&input, &OutlookPolicy::default());
        assert_eq!(r.outlook, Outlook::InsufficientData);
        assert!(r.explanation.contains("overflow"));
        let input = QuantifiedInput {
            baseline: Some((2020, Decimal::MIN)),
            current: Some((2021, Decimal::MAX)),
            target: Decimal::MAX,
            ..input
        };
        let r = quantified_outlook(&input, &OutlookPolicy::default());
        assert_eq!(r.outlook, Outlook::InsufficientData);
    }

    #[test]
    fn after_the_target_year_the_pace_still_counts() {
        let r = quantified_from(Direction::Higher, "100", UP_10, 2031, "110");
        assert_eq!(r.outlook, Outlook::LimitedProgress);
    }

    fn directional(
        direction: Direction,
        percentage: bool,
        yb: &str,
        t: i32,
        yt: &str,
    ) -> OutlookResult {
        let input = DirectionalInput {
            baseline: Some((2020, d(yb))),
            current: Some((t, d(yt))),
            direction,
            percentage,
        };
        directional_outlook(&input, &OutlookPolicy::default())
    }

    #[test]
    fn directional_boundaries() {
        use Direction::{Higher, Lower};
        let r = directional(Higher, false, "100", 2021, "101.5");
        assert_eq!((r.outlook, r.rate), (Outlook::OnTrack, Some(d("1.5"))));
        assert_eq!(r.rate_kind, RateKind::PercentPerYear);
        let r = directional(Higher, false, "100", 2021, "101.4999");
        assert_eq!(
            (r.outlook, r.rate),
            (Outlook::AccelerationNeeded, Some(d("1.4999")))
        );
        let r = directional(Higher, false, "100", 2021, "100.5");
        assert_eq!(
            (r.outlook, r.rate),
            (Outlook::AccelerationNeeded, Some(d("0.5")))
        );
        let r = directional(Higher, false, "100", 2021, "100.4999");
        assert_eq!(
            (r.outlook, r.rate),
            (Outlook::LimitedProgress, Some(d("0.4999")))
        );
        let r = directional(Higher, false, "100", 2021, "100");
        assert_eq!(
            (r.outlook, r.rate),
            (Outlook::LimitedProgress, Some(d("0")))
        );
        let r = directional(Higher, false, "100", 2021, "99.9999");
        assert_eq!(
            (r.outlook, r.rate),
            (Outlook::Deteriorating, Some(d("-0.0001")))
        );
        // Compound over two years: 1.015^2 = 1.030225.
        let r = directional(Higher, false, "100", 2022, "103.0225");
        assert_eq!((r.outlook, r.rate), (Outlook::OnTrack, Some(d("1.5"))));
        // Lower is better: a fall of 1.5 % a year.
        let r = directional(Lower, false, "100", 2021, "98.5");
        assert_eq!((r.outlook, r.rate), (Outlook::OnTrack, Some(d("1.5"))));
        let r = directional(Lower, false, "100", 2021, "100.1");
        assert_eq!(r.outlook, Outlook::Deteriorating);
        // Met so far but slow: a rise of 0.1 is limited progress.
        let r = directional(Higher, false, "100", 2021, "100.1");
        assert_eq!(r.outlook, Outlook::LimitedProgress);
    }

    #[test]
    fn natural_limit_factor_at_98() {
        let policy = OutlookPolicy::default();
        // 1 − 0.98^4.44 = 0.085794612974047361726..., rounded to 12 places.
        assert_eq!(limit_factor(d("98"), &policy), Some(d("0.085794612974")));
        assert_eq!(limit_factor(d("120"), &policy), Some(Decimal::ZERO));
        assert_eq!(limit_factor(d("-3"), &policy), Some(Decimal::ONE));
        use Direction::{Higher, Lower};
        // Thresholds 0.128692 and 0.042897 % a year.
        assert_eq!(
            directional(Higher, true, "98", 2021, "98.13").outlook,
            Outlook::OnTrack
        );
        assert_eq!(
            directional(Higher, true, "98", 2021, "98.12").outlook,
            Outlook::AccelerationNeeded
        );
        assert_eq!(
            directional(Higher, true, "98", 2021, "98.04").outlook,
            Outlook::LimitedProgress
        );
        assert_eq!(
            directional(Higher, true, "98", 2021, "97.99").outlook,
            Outlook::Deteriorating
        );
        // Unscaled without the percentage flag, and for lower-is-better.
        assert_eq!(
            directional(Higher, false, "98", 2021, "98.13").outlook,
            Outlook::LimitedProgress
        );
        assert_eq!(
            directional(Lower, true, "98", 2021, "97.87").outlook,
            Outlook::LimitedProgress
        );
        // Saturated at 100 %: holding it is on track.
        assert_eq!(
            directional(Higher, true, "100", 2021, "100").outlook,
            Outlook::OnTrack
        );
        assert_eq!(
            directional(Higher, false, "100", 2021, "100").outlook,
            Outlook::LimitedProgress
        );
        // The explanation names the scaling.
        let r = directional(Higher, true, "98", 2021, "98.13");
        assert!(
            r.explanation.contains("scaled by 0.086"),
            "{}",
            r.explanation
        );
    }

    #[test]
    fn directional_without_cagr() {
        use Direction::{Band, Higher, Lower};
        // −10 → −9.8: 0.2 of |−10| in a year is 2 % a year.
        let r = directional(Higher, false, "-10", 2021, "-9.8");
        assert_eq!((r.outlook, r.rate), (Outlook::OnTrack, Some(d("2"))));
        // 10 → 0 lower-is-better: 100 % of |y_B| in a year.
        let r = directional(Lower, false, "10", 2021, "0");
        assert_eq!((r.outlook, r.rate), (Outlook::OnTrack, Some(d("100"))));
        let r = directional(Lower, false, "10", 2021, "-0.4");
        assert_eq!(r.outlook, Outlook::OnTrack);
        let r = directional(Higher, false, "10", 2022, "-0.1");
        assert_eq!(r.outlook, Outlook::Deteriorating);
        // From 0.
        assert_eq!(
            directional(Lower, false, "0", 2021, "0").outlook,
            Outlook::OnTrack
        );
        assert_eq!(
            directional(Lower, false, "0", 2021, "1").outlook,
            Outlook::Deteriorating
        );
        assert_eq!(
            directional(Higher, false, "0", 2021, "0").outlook,
            Outlook::LimitedProgress
        );
        assert_eq!(
            directional(Higher, false, "0", 2021, "0.01").outlook,
            Outlook::OnTrack
        );
        assert_eq!(
            directional(Higher, false, "0", 2021, "-1").outlook,
            Outlook::Deteriorating
        );
        assert_eq!(
            directional(Band, false, "0", 2021, "1").outlook,
            Outlook::NeedsJudgement
        );
        // Missing data.
        assert_eq!(
            directional(Higher, false, "5", 2020, "6").outlook,
            Outlook::InsufficientData
        );
        let input = DirectionalInput {
            baseline: None,
            current: Some((2022, d("1"))),
            direction: Higher,
            percentage: false,
        };
        let policy = OutlookPolicy::default();
        assert_eq!(
            directional_outlook(&input, &policy).outlook,
            Outlook::InsufficientData
        );
        // Overflow.
        let input = DirectionalInput {
            baseline: Some((2020, Decimal::new(1, 28))),
            current: Some((2021, Decimal::MAX)),
            ..input
        };
        assert_eq!(
            directional_outlook(&input, &policy).outlook,
            Outlook::InsufficientData
        );
        let input = DirectionalInput {
            baseline: Some((2020, Decimal::new(-1, 28))),
            ..input
        };
        assert_eq!(
            directional_outlook(&input, &policy).outlook,
            Outlook::InsufficientData
        );
    }

    #[test]
    fn every_year() {
        let p = |y: i32, v: &str| (y, d(v));
        assert_eq!(every_year_outlook(&[]).outlook, Outlook::InsufficientData);
        assert_eq!(
            every_year_outlook(&[p(2020, "1")]).outlook,
            Outlook::InsufficientData
        );
        let rising = [p(2020, "1"), p(2021, "1.1"), p(2022, "1.2")];
        assert_eq!(every_year_outlook(&rising).outlook, Outlook::OnTrack);
        // The first change that is not a rise, even a flat one.
        let r = every_year_outlook(&[p(2020, "1"), p(2021, "1.1"), p(2022, "1.1"), p(2023, "0.9")]);
        assert_eq!(r.outlook, Outlook::Deteriorating);
        assert!(
            r.explanation.contains("in 2021 to 1.1 in 2022"),
            "{}",
            r.explanation
        );
        // A gap: unknown if it rose across, certain failure if it did not.
        let gap = [p(2020, "1"), p(2022, "1.2"), p(2023, "1.3")];
        assert_eq!(every_year_outlook(&gap).outlook, Outlook::InsufficientData);
        let gap_fall = [p(2020, "1"), p(2022, "0.9")];
        assert_eq!(
            every_year_outlook(&gap_fall).outlook,
            Outlook::Deteriorating
        );
        // Out of order or duplicate years.
        let unsorted = [p(2021, "1"), p(2020, "2")];
        assert_eq!(
            every_year_outlook(&unsorted).outlook,
            Outlook::InsufficientData
        );
        let duplicate = [p(2020, "1"), p(2020, "2")];
        assert_eq!(
            every_year_outlook(&duplicate).outlook,
            Outlook::InsufficientData
        );
        let extreme = [p(i32::MIN, "1"), p(i32::MAX, "2")];
        assert_eq!(
            every_year_outlook(&extreme).outlook,
            Outlook::InsufficientData
        );
    }

    #[test]
    fn projection() {
        let p = |y: i32, v: &str| (y, d(v));
        assert_eq!(project(&[], 2030), None);
        assert_eq!(project(&[p(2020, "1")], 2030), None);
        assert_eq!(project(&[p(2020, "1"), p(2020, "2")], 2030), None);
        // Two points: the line through them, also backwards.
        assert_eq!(
            project(&[p(2020, "10"), p(2023, "8.5")], 2030),
            Some(d("5"))
        );
        assert_eq!(
            project(&[p(2020, "10"), p(2023, "8.5")], 2018),
            Some(d("11"))
        );
        // Least squares: x = 0, 1, 2, 3; y = 1, 2, 2, 4: slope 0.9, intercept 0.9.
        let points = [p(2020, "1"), p(2021, "2"), p(2022, "2"), p(2023, "4")];
        assert_eq!(project(&points, 2030), Some(d("9.9")));
        // Order does not matter.
        let shuffled = [points[2], points[0], points[3], points[1]];
        assert_eq!(project(&shuffled, 2030), Some(d("9.9")));
        // Overflow gives None.
        assert_eq!(
            project(&[p(2020, "0"), p(2021, &Decimal::MAX.to_string())], 2030),
            None
        );
        assert_eq!(
            project(&[p(i32::MIN, "0"), p(i32::MAX, "1")], i32::MAX),
            Some(d("1"))
        );
    }

    #[test]
    fn warnings() {
        use Outlook::*;
        let all = [
            Achieved,
            OnTrack,
            AccelerationNeeded,
            LimitedProgress,
            Deteriorating,
            InsufficientData,
            NeedsJudgement,
        ];
        for outlook in all {
            assert_eq!(warning(outlook, true), Some(Warning::Red), "{outlook:?}");
        }
        let flags: Vec<_> = all.iter().map(|&o| warning(o, false)).collect();
        assert_eq!(
            flags,
            [
                None,
                None,
                Some(Warning::Yellow),
                Some(Warning::Orange),
                Some(Warning::Red),
                None,
                None
            ]
        );
        assert!(Warning::Yellow < Warning::Orange && Warning::Orange < Warning::Red);
    }

    #[test]
    fn serde_names() {
        let r = quantified(Direction::Higher, UP_10, "119.6836");
        let json = serde_json::to_value(&r).unwrap();
        assert_eq!(json["outlook"], "acceleration_needed");
        assert_eq!(json["rate"], "0.94");
        assert_eq!(json["rate_kind"], "ratio");
        assert_eq!(serde_json::from_value::<OutlookResult>(json).unwrap(), r);
        for (outlook, name) in [
            (Outlook::Achieved, "achieved"),
            (Outlook::OnTrack, "on_track"),
            (Outlook::AccelerationNeeded, "acceleration_needed"),
            (Outlook::LimitedProgress, "limited_progress"),
            (Outlook::Deteriorating, "deteriorating"),
            (Outlook::InsufficientData, "insufficient_data"),
            (Outlook::NeedsJudgement, "needs_judgement"),
        ] {
            assert_eq!(serde_json::to_value(outlook).unwrap(), name);
            assert_eq!(outlook.as_str(), name);
        }
        for (w, name) in [
            (Warning::Yellow, "yellow"),
            (Warning::Orange, "orange"),
            (Warning::Red, "red"),
        ] {
            assert_eq!(serde_json::to_value(w).unwrap(), name);
            assert_eq!(w.as_str(), name);
        }
        assert_eq!(
            serde_json::to_value(RateKind::PercentPerYear).unwrap(),
            "percent_per_year"
        );
        assert_eq!(serde_json::to_value(RateKind::None).unwrap(), "none");
        let policy = serde_json::to_value(OutlookPolicy::default()).unwrap();
        assert_eq!(policy["limit_exponent"], "4.44");
        assert_eq!(policy["target_year"], 2030);
    }
}
