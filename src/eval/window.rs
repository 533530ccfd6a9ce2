//! The window B..t: the one place that chooses the baseline, the current value and the points a
//! rule or an outlook looks at, and the one least-squares line and rise-by-rise walk over them.
//!
//! A [`Window`] is built once per assessment ([`Window::new`]) and handed to the status rules
//! ([`super::evaluate_in`]) and to the outlook ([`crate::outlook::assess`]), so the two cannot
//! disagree about which baseline was used, which year is current or what the trend is.

use rust_decimal::Decimal;

use super::bind::Base;
use super::fixed;
use super::logic::{self, Hull, Tri};
use super::{BaselineSource, BoundTarget, Context};
use crate::series::{Observation, Series, Year};

/// How a target reads one observation as a number, for rates, trends and projections.
///
/// Decided by [`super::bind`] from the form: a ratio target reads only ratios, as the second
/// term per unit of the first (`1:1.2` → 1.2); every other target reads only exact values. A
/// bare number on a ratio target, or a ratio on any other, reads as nothing, and whatever
/// needs it is `insufficient_data` (a bare `0.7` could be either orientation of `2:3`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Reading {
    /// Exact values; bounds and ratios read as nothing.
    Value,
    /// Ratios `a:b` as `b/a`; values and bounds read as nothing.
    Ratio,
}

impl Reading {
    /// The number `obs` stands for under this reading, if any.
    pub(crate) fn magnitude(self, obs: &Observation) -> Option<Decimal> {
        match (self, obs) {
            (Reading::Value, Observation::Value(v)) => Some(*v),
            (
                Reading::Ratio,
                Observation::Ratio {
                    antecedent,
                    consequent,
                },
            ) => consequent.checked_div(*antecedent),
            (Reading::Value, Observation::Bound { .. } | Observation::Ratio { .. })
            | (Reading::Ratio, Observation::Value(_) | Observation::Bound { .. }) => None,
        }
    }
}

/// The observations an assessment looks at, as of year t: the current value `y_t`, the baseline
/// `y_B` with its source, and the series' observations in the years after B up to t.
///
/// Borrowed from the series and the context; built by [`Window::new`]. The baseline year is
/// the plan's B unless the target names another (`比2015年…`: 2015) or asks for the previous
/// observation (`较上届`: the latest observation before t).
#[derive(Clone, Copy, Debug)]
pub struct Window<'a> {
    baseline_year: Year,
    current: Option<(Year, &'a Observation)>,
    baseline: Option<(&'a Observation, BaselineSource)>,
    after: &'a [(Year, Observation)],
    reading: Reading,
    series: &'a Series,
    context: Context<'a>,
}

impl<'a> Window<'a> {
    /// The window of `target` over `series` as of [`Context::as_of`]: the current value is the
    /// latest observation in a year ≤ t; the baseline is the series' own observation in B, else
    /// [`Context::given_baseline`] (only for the plan's own B); never interpolated.
    pub fn new(target: &BoundTarget, series: &'a Series, context: &Context<'a>) -> Window<'a> {
        Window::of(
            series,
            target.base,
            target.baseline_year,
            target.reading,
            context,
        )
    }

    /// The window of a target that could not be bound: exact values read as themselves.
    pub(crate) fn unbound(
        series: &'a Series,
        baseline_year: Year,
        context: &Context<'a>,
    ) -> Window<'a> {
        Window::of(
            series,
            Base::Year(baseline_year),
            baseline_year,
            Reading::Value,
            context,
        )
    }

    fn of(
        series: &'a Series,
        base: Base,
        plan_b: Year,
        reading: Reading,
        context: &Context<'a>,
    ) -> Window<'a> {
        // Every observation, by year: the current one is usually the last, and B's usually
        // sits at its offset from the first year; a binary search finds them otherwise.
        let all = series.between(Year::MIN, Year::MAX);
        let end = match (context.as_of, all.last()) {
            (Some(t), Some(&(last, _))) if last > t => all.partition_point(|&(y, _)| y <= t),
            _ => all.len(),
        };
        let current = end.checked_sub(1).map(|i| (all[i].0, &all[i].1));
        // Where the observations after B start, when B's own was found (its index + 1).
        let mut after_b = None;
        let (b, baseline) = match base {
            Base::Year(b) => {
                let guess = all
                    .first()
                    .and_then(|&(first, _)| usize::try_from(i64::from(b) - i64::from(first)).ok())
                    .filter(|&k| all.get(k).is_some_and(|&(y, _)| y == b));
                let found = guess.or_else(|| all.binary_search_by_key(&b, |&(y, _)| y).ok());
                after_b = found.map(|k| k + 1);
                let baseline = match found.map(|k| &all[k].1) {
                    Some(o) => Some((o, BaselineSource::Series)),
                    None if b == plan_b => {
                        context.given_baseline.map(|o| (o, BaselineSource::Given))
                    }
                    // The catalogue's figure is for B: never borrowed for another year.
                    None => None,
                };
                (b, baseline)
            }
            Base::Previous => {
                let t = current.map_or(plan_b, |(t, _)| t);
                match t.checked_sub(1).and_then(|p| series.latest(Some(p))) {
                    Some((year, o)) => (year, Some((o, BaselineSource::Series))),
                    None => (t.saturating_sub(1), None),
                }
            }
            // The year before t itself: never an earlier one in its place.
            Base::PreviousYear => {
                let t = current.map_or(plan_b, |(t, _)| t);
                let b = t.saturating_sub(1);
                (b, series.get(b).map(|o| (o, BaselineSource::Series)))
            }
        };
        // The years after B up to t: `series.between(b + 1, t)`, which ends where the current
        // observation does.
        let after = match current {
            Some((t, _)) if t > b => {
                let start = after_b.unwrap_or_else(|| all.partition_point(|&(y, _)| y <= b));
                &all[start..end.max(start)]
            }
            _ => &[],
        };
        Window {
            baseline_year: b,
            current,
            baseline,
            after,
            reading,
            series,
            context: *context,
        }
    }

    /// The series the window was taken from.
    pub(crate) fn series(&self) -> &'a Series {
        self.series
    }

    /// The context the window was taken with.
    pub(crate) fn context(&self) -> &Context<'a> {
        &self.context
    }

    /// The baseline year B.
    pub fn baseline_year(&self) -> Year {
        self.baseline_year
    }

    /// The current value `y_t` and its year t, if any observation is in a year ≤ t.
    pub fn current(&self) -> Option<(Year, &'a Observation)> {
        self.current
    }

    /// The baseline `y_B` and where it came from, if known.
    pub fn baseline(&self) -> Option<(&'a Observation, BaselineSource)> {
        self.baseline
    }

    /// The series' observations in the years after B up to t.
    pub fn after(&self) -> &'a [(Year, Observation)] {
        self.after
    }

    /// The observations of B..t in year order: the baseline (from either source, when t ≥ B),
    /// then [`Window::after`].
    pub fn points(&self) -> impl Iterator<Item = (Year, &'a Observation)> + 'a {
        let b = self.baseline_year;
        let baseline = self
            .baseline
            .filter(|_| self.current.is_some_and(|(t, _)| t >= b))
            .map(|(o, _)| (b, o));
        baseline
            .into_iter()
            .chain(self.after.iter().map(|(y, o)| (*y, o)))
    }

    /// `y_B` as a number under the target's reading.
    pub(crate) fn baseline_magnitude(&self) -> Option<(Year, Decimal)> {
        let (o, _) = self.baseline?;
        Some((self.baseline_year, self.reading.magnitude(o)?))
    }

    /// `y_t` as a number under the target's reading.
    pub(crate) fn current_magnitude(&self) -> Option<(Year, Decimal)> {
        let (t, o) = self.current?;
        Some((t, self.reading.magnitude(o)?))
    }

    pub(crate) fn reading(&self) -> Reading {
        self.reading
    }

    /// The least-squares line through the points of B..t that read as numbers (points that do
    /// not are left out: a projection is for the reader, not the verdict). The baseline counts
    /// whether or not t ≥ B, as a projection starts from it.
    pub(crate) fn trend(&self) -> Option<Fit> {
        let baseline = self.baseline_magnitude();
        let after = self
            .after
            .iter()
            .filter_map(|(y, o)| self.reading.magnitude(o).map(|v| (*y, v)));
        Fit::of(baseline.into_iter().chain(after))
    }

    /// The trend's value at `year` rounded to 2 decimal places, as a report shows it:
    /// `self.trend()?.at(year).map(|v| v.round_dp(2))`, digit for digit and scale for scale.
    ///
    /// The common case (exact values of moderate size) is computed directly in integers by
    /// [`projection_2dp`]; anything it cannot vouch for goes the `Decimal` way.
    pub(crate) fn projection_2dp(&self, year: Year) -> Option<Decimal> {
        if let Some(decided) = self.projection_2dp_in_integers(year) {
            return decided;
        }
        self.trend()?.at(year).map(|v| v.round_dp(2))
    }

    /// [`Sums::projection_2dp`] of the trend's points, when they are exact values.
    fn projection_2dp_in_integers(&self, year: Year) -> Option<Option<Decimal>> {
        if self.reading != Reading::Value {
            return None;
        }
        let mut sums = Sums::default();
        if let Some((b, yb)) = self.baseline_magnitude() {
            sums.push(b, yb)?;
        }
        for (y, o) in self.after {
            if let Observation::Value(v) = o {
                sums.push(*y, *v)?;
            }
        }
        sums.projection_2dp(year)
    }

    /// The rise-by-rise walk over B..t, starting at B.
    pub(crate) fn rises(&self) -> Rises<'a> {
        Rises::walk(
            self.points(),
            Some(self.baseline_year),
            self.current.map(|c| c.0),
        )
    }
}

/// The largest mantissa of a `Decimal`.
const MAX_96: i128 = (1 << 96) - 1;

/// How many points [`Fit::of`] gathers before it leaves the `i128` path (B..T of a plan
/// period is 11 years).
const FAST_POINTS: usize = 16;

/// 10^0 … 10^28: widening a value to a larger scale.
const POWERS_OF_TEN: [i128; 29] = {
    let mut powers = [1i128; 29];
    let mut i = 1;
    while i < 29 {
        powers[i] = powers[i - 1] * 10;
        i += 1;
    }
    powers
};

/// Sums of a least-squares fit, exact, with years taken relative to the first point.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Fit {
    x0: i64,
    n: Decimal,
    sx: Decimal,
    sy: Decimal,
    sxy: Decimal,
    sxx: Decimal,
}

impl Fit {
    /// The sums over `points`; `None` with no point or on overflow.
    ///
    /// Points arrive as copies of a window's few observations, so they are gathered first: the
    /// common case (every value above zero, no year before the first, small enough figures) is
    /// summed in `i128` ([`Fit::of_positive`]), the rest in `Decimal` ([`Fit::of_decimal`]);
    /// both give the same sums, digit for digit and scale for scale.
    pub(crate) fn of(points: impl IntoIterator<Item = (Year, Decimal)>) -> Option<Fit> {
        let mut gathered = [(0, Decimal::ZERO); FAST_POINTS];
        let mut len = 0;
        let mut points = points.into_iter();
        for point in points.by_ref() {
            if len == FAST_POINTS {
                // More points than a window usually has: all in Decimal.
                let all = gathered.into_iter().chain([point]).chain(points);
                return Fit::of_decimal(all);
            }
            gathered[len] = point;
            len += 1;
        }
        let gathered = &gathered[..len];
        match Fit::of_positive(gathered) {
            Some(fit) => Some(fit),
            None => Fit::of_decimal(gathered.iter().copied()),
        }
    }

    /// The sums in `i128` when every value is above zero, no year precedes the first and
    /// every sum fits `Decimal`'s 96 bits; `None` otherwise (and with no point).
    ///
    /// The sums are then built with the very representation `Decimal` arithmetic gives
    /// [`Fit::of_decimal`]: with only positive terms no running sum is ever zero, so `Σy` takes
    /// the largest scale of the values, `Σxy` the largest scale of the values at `x > 0`
    /// (`0·y` is a scale-0 zero, which addition drops), and the sums of years are integers.
    pub(crate) fn of_positive(points: &[(Year, Decimal)]) -> Option<Fit> {
        let x0 = i64::from(points.first()?.0);
        let (mut scale, mut xy_scale) = (0, None::<u32>);
        for &(year, y) in points {
            if y.is_sign_negative() || y.is_zero() || i64::from(year) < x0 {
                return None;
            }
            scale = scale.max(y.scale());
            if i64::from(year) > x0 {
                xy_scale = Some(xy_scale.map_or(y.scale(), |s| s.max(y.scale())));
            }
        }
        let xy_scale_or_0 = xy_scale.unwrap_or(0);
        // Bounded operands, so plain `i128` arithmetic cannot overflow: a mantissa below 2^63
        // times 10^k ≤ 10^18 is below 2^123, kept only when below 2^96; a year offset below
        // 2^20 times that is below 2^116, and at most `FAST_POINTS` of them below 2^120.
        let widen = |m: i128, k: u32| -> Option<i128> {
            let widened = m * *POWERS_OF_TEN.get(k as usize).filter(|_| k <= 18)?;
            (widened <= MAX_96).then_some(widened)
        };
        let (mut sx, mut sxx, mut sy, mut sxy) = (0i128, 0i128, 0i128, 0i128);
        for &(year, y) in points {
            let x = i128::from(i64::from(year) - x0);
            let m = y.mantissa();
            if m >= 1 << 63 || x >= 1 << 20 {
                return None;
            }
            sx += x;
            sxx += x * x;
            sy += widen(m, scale - y.scale())?;
            if x > 0 {
                sxy += x * widen(m, xy_scale_or_0 - y.scale())?;
            }
        }
        if sy > MAX_96 || sxy > MAX_96 || sxx > MAX_96 {
            return None;
        }
        Some(Fit {
            x0,
            n: Decimal::from(points.len()),
            sx: Decimal::from_i128_with_scale(sx, 0),
            sy: Decimal::from_i128_with_scale(sy, scale),
            sxy: match xy_scale {
                Some(s) => Decimal::from_i128_with_scale(sxy, s),
                None => Decimal::ZERO,
            },
            sxx: Decimal::from_i128_with_scale(sxx, 0),
        })
    }

    /// The sums in `Decimal` arithmetic, whatever the points; `None` with no point or on
    /// overflow.
    pub(crate) fn of_decimal(points: impl IntoIterator<Item = (Year, Decimal)>) -> Option<Fit> {
        let mut points = points.into_iter().peekable();
        let x0 = i64::from(points.peek()?.0);
        let mut fit = Fit {
            x0,
            n: Decimal::ZERO,
            sx: Decimal::ZERO,
            sy: Decimal::ZERO,
            sxy: Decimal::ZERO,
            sxx: Decimal::ZERO,
        };
        for (x, y) in points {
            let x = Decimal::from(i64::from(x) - x0);
            fit.n += Decimal::ONE;
            fit.sx = fit.sx.checked_add(x)?;
            fit.sy = fit.sy.checked_add(y)?;
            fit.sxy = fit.sxy.checked_add(x.checked_mul(y)?)?;
            fit.sxx = fit.sxx.checked_add(x.checked_mul(x)?)?;
        }
        Some(fit)
    }

    /// `N = n·Σxy − Σx·Σy`, whose sign is the slope's.
    pub(crate) fn numerator(&self) -> Option<Decimal> {
        self.n
            .checked_mul(self.sxy)?
            .checked_sub(self.sx.checked_mul(self.sy)?)
    }

    /// `D = n·Σx² − (Σx)²`, zero when every point has the same year.
    fn denominator(&self) -> Option<Decimal> {
        self.n
            .checked_mul(self.sxx)?
            .checked_sub(self.sx.checked_mul(self.sx)?)
    }

    /// The slope per year, `N / D`; `None` when all points share one year or on overflow.
    pub(crate) fn slope(&self) -> Option<Decimal> {
        let d = self.denominator()?;
        if d.is_zero() {
            return None;
        }
        self.numerator()?.checked_div(d)
    }

    /// The value at `year` on the line (two points or more):
    /// `ŷ = (Σy·D + N·(n·x − Σx)) / (n·D)`, exact but for that one division.
    pub(crate) fn at(&self, year: Year) -> Option<Decimal> {
        if self.n < Decimal::TWO {
            return None;
        }
        let d = self.denominator()?;
        if d.is_zero() {
            return None;
        }
        let x = Decimal::from(i64::from(year) - self.x0);
        let top = self.sy.checked_mul(d)?.checked_add(
            self.numerator()?
                .checked_mul(self.n.checked_mul(x)?.checked_sub(self.sx)?)?,
        )?;
        Some(top.checked_div(self.n.checked_mul(d)?)?.normalize())
    }
}

/// [`Sums::projection_2dp`] of `points`, for the tests.
#[cfg(test)]
fn projection_2dp(
    points: impl Iterator<Item = (Year, Decimal)>,
    year: Year,
) -> Option<Option<Decimal>> {
    let mut sums = Sums::default();
    for (year, y) in points {
        sums.push(year, y)?;
    }
    sums.projection_2dp(year)
}

/// The integer sums of [`Sums::projection_2dp`], gathered one point at a time at the largest scale
/// so far: a point at a larger scale widens the sums of values by the power of ten between the
/// two, which is what summing every value at the final scale gives.
///
/// The bounds are checked once, at the end ([`Sums::projection_2dp`]): `bits` and `x_bits`
/// are the bitwise or of every |value| and |x| (at least the largest of each, and below 2^k
/// exactly when all are), so the sums are exact whenever the checks pass; wrapping arithmetic
/// keeps anything else from panicking on its way to being refused.
#[derive(Clone, Copy, Debug, Default)]
struct Sums {
    n: u32,
    scale: u32,
    x0: i64,
    sx: i64,
    sxx: i64,
    sy: i64,
    sxy: i64,
    bits: u64,
    x_bits: u64,
}

impl Sums {
    /// One more point; `None` when this way cannot take it.
    #[inline(always)]
    fn push(&mut self, year: Year, y: Decimal) -> Option<()> {
        let (mut m, s) = fixed::small(y)?;
        if self.n == 0 {
            self.x0 = i64::from(year);
        }
        if s > self.scale {
            if s > 10 {
                return None;
            }
            let f = fixed::POW10[(s - self.scale) as usize];
            // The bound on every value so far, widened: still a bound.
            self.bits = self.bits.checked_mul(f as u64)?;
            self.sy = self.sy.wrapping_mul(f);
            self.sxy = self.sxy.wrapping_mul(f);
            self.scale = s;
        } else if s < self.scale {
            m = m.checked_mul(fixed::POW10[(self.scale - s) as usize])?;
        }
        let x = i64::from(year) - self.x0;
        self.n += 1;
        self.bits |= m.unsigned_abs();
        self.x_bits |= x.unsigned_abs();
        self.sx = self.sx.wrapping_add(x);
        self.sxx = self.sxx.wrapping_add(x.wrapping_mul(x));
        self.sy = self.sy.wrapping_add(m);
        self.sxy = self.sxy.wrapping_add(x.wrapping_mul(m));
        Some(())
    }

    /// `Fit::of(points)?.at(year).map(|v| v.round_dp(2))` of the points pushed, computed in
    /// integers with one rounding; `None` when it cannot vouch for the same digits and scale (the caller then takes the
    /// `Decimal` way), `Some(None)` when the line has no value at `year`.
    ///
    /// It takes up to [`FAST_POINTS`] points whose years lie within 2^10 of the first (and so
    /// does `year`), at a common scale `s ≤ 10` with every value below 2^48 there. Then no
    /// integer below overflows, and every sum, product and numerator stays below 2^83, so each
    /// `Decimal` operation of [`Fit::of`] and [`Fit::at`] is exact (its mantissas are these
    /// integers, or smaller ones at a smaller scale): the one inexact step is the final division
    /// `P / Q` (`Q = n·D·10^s < 2^67`), whose quotient keeps 28 significant digits, an absolute
    /// error below `max(|P/Q|·10⁻²⁷, 10⁻²⁸)`. A quotient that is not a multiple of 0.005 is at
    /// least `1/(200·Q)` away from every multiple of 0.005, which with `|P| < 2^80` is far more
    /// than that error: rounding the `Decimal` quotient half to even at 2 places gives what
    /// rounding the exact `P/Q` gives. A multiple of 0.005 is exact in `Decimal` too; a multiple
    /// of 0.01 comes out normalized (`round_dp` keeps a smaller scale), anything else at scale 2.
    /// A zero is left to `Decimal` (its sign and scale are its own).
    fn projection_2dp(self, year: Year) -> Option<Option<Decimal>> {
        const MAX_80: i128 = 1 << 80;
        const SPAN: i64 = 1 << 10;
        if self.n < 2 {
            return Some(None);
        }
        // Bounded by the checks: |x| < 2^10, |Y| < 2^48, n ≤ 16, so |Σxy| < 2^62.
        if self.n as usize > FAST_POINTS || self.bits >= 1 << 48 || self.x_bits >= SPAN as u64 {
            return None;
        }
        let Sums {
            n,
            scale,
            x0,
            sx,
            sxx,
            sy,
            sxy,
            ..
        } = self;
        let n = i64::from(n);
        let x = i64::from(year) - x0;
        if x.abs() >= SPAN {
            return None;
        }
        // D < 2^29, N < 2^67, n·x − Σx < 2^15, P < 2^83.
        let d = n * sxx - sx * sx;
        if d == 0 {
            return Some(None);
        }
        let (n, d, sx, sy, sxy) = (
            i128::from(n),
            i128::from(d),
            i128::from(sx),
            i128::from(sy),
            i128::from(sxy),
        );
        let numerator = n * sxy - sx * sy;
        let top = sy * d + numerator * (n * i128::from(x) - sx);
        let q = n * d * i128::from(fixed::POW10[scale as usize]);
        if top == 0 || top.abs() >= MAX_80 {
            return None;
        }
        // q > 0: D = n·Σ(x − x̄)² > 0 once it is not zero.
        let magnitude = top.unsigned_abs() * 100;
        let q = q.unsigned_abs();
        let (whole, rest) = (magnitude / q, magnitude % q);
        let negative = top < 0;
        let signed = |m: u128| {
            let m = i128::try_from(m).unwrap_or(i128::MAX);
            Decimal::from_i128_with_scale(if negative { -m } else { m }, 2)
        };
        if rest == 0 {
            return Some(Some(signed(whole).normalize()));
        }
        let up = match (2 * rest).cmp(&q) {
            std::cmp::Ordering::Greater => true,
            std::cmp::Ordering::Equal => whole % 2 == 1,
            std::cmp::Ordering::Less => false,
        };
        let rounded = whole + u128::from(up);
        if rounded == 0 {
            return None;
        }
        Some(Some(signed(rounded)))
    }
}

/// What the walk over consecutive observations found.
#[derive(Clone, Debug)]
pub(crate) struct Rises<'a> {
    /// The first thing that stops a year-by-year check, in year order: a missing year or a
    /// ratio observation.
    pub(crate) stop: Option<Stop<'a>>,
    /// How many points came before the stop (all of them without one).
    pub(crate) checked: usize,
    /// Every step before the stop rose (three-valued).
    pub(crate) all: Tri,
    /// The first step, anywhere (across a gap too), that certainly did not rise: a fall from one
    /// observation to the next means some year in between did not rise.
    pub(crate) first_fall: Option<Step<'a>>,
    /// The first step before the stop that certainly did not rise, by its later year.
    pub(crate) decided_by: Option<Year>,
    /// A step that may or may not have risen (a bound), after which only a rise every year can
    /// still be confirmed by exact data.
    pub(crate) undecided: bool,
    /// The number of points.
    pub(crate) points: usize,
    /// The first and the last point.
    pub(crate) first: Option<(Year, &'a Observation)>,
    pub(crate) last: Option<(Year, &'a Observation)>,
}

/// Two consecutive observations, earlier first.
pub(crate) type Step<'a> = ((Year, &'a Observation), (Year, &'a Observation));

/// Why a year-by-year check stopped.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Stop<'a> {
    /// No observation for this year.
    Missing(Year),
    /// A ratio where a value is needed.
    Ratio(Year, &'a Observation),
}

impl<'a> Rises<'a> {
    /// Walks `points` (in year order). With `from = Some(B)`, the first point must be B's and
    /// `until` (t) the last year; with `None`, the walk starts at the first point.
    pub(crate) fn walk(
        points: impl Iterator<Item = (Year, &'a Observation)>,
        from: Option<Year>,
        until: Option<Year>,
    ) -> Rises<'a> {
        let mut r = Rises {
            stop: None,
            checked: 0,
            all: Tri::Yes,
            first_fall: None,
            decided_by: None,
            undecided: false,
            points: 0,
            first: None,
            last: None,
        };
        let mut expected = from;
        let mut prev: Option<(Year, &'a Observation, Hull)> = None;
        for (y, o) in points {
            r.points += 1;
            r.first = r.first.or(Some((y, o)));
            r.last = Some((y, o));
            if r.stop.is_none() && expected.is_some_and(|e| y != e) {
                r.stop = expected.map(Stop::Missing);
            }
            let Some(h) = Hull::of(o) else {
                if r.stop.is_none() {
                    r.stop = Some(Stop::Ratio(y, o));
                }
                continue;
            };
            if r.stop.is_none() {
                r.checked += 1;
            }
            if let Some((py, po, p)) = prev {
                let rose = logic::gt(h, p);
                if rose == Tri::No && r.first_fall.is_none() {
                    r.first_fall = Some(((py, po), (y, o)));
                }
                r.undecided |= rose == Tri::Unknown;
                if r.stop.is_none() {
                    if rose == Tri::No && r.decided_by.is_none() {
                        r.decided_by = Some(y);
                    }
                    r.all = r.all.and(rose);
                }
            }
            prev = Some((y, o, h));
            // `None` after the last representable year: nothing can follow it.
            expected = y.checked_add(1);
        }
        if r.stop.is_none() {
            if let (Some(e), Some(t)) = (expected, until) {
                if e <= t {
                    r.stop = Some(Stop::Missing(e));
                }
            }
        }
        r
    }
}

#[cfg(test)]
mod fit_tests {
    use proptest::prelude::*;
    use rust_decimal::Decimal;

    use super::Fit;
    use crate::series::Year;

    /// Every sum, digit for digit and scale for scale (`Decimal`'s `==` compares values only).
    fn bits(fit: Option<Fit>) -> Option<[[u8; 16]; 5]> {
        fit.map(|f| [f.n, f.sx, f.sy, f.sxy, f.sxx].map(|d| d.serialize()))
    }

    fn value() -> impl Strategy<Value = Decimal> {
        prop_oneof![
            (1i64..100_000, 0u32..4).prop_map(|(m, s)| Decimal::new(m, s)),
            (-1_000i64..1_000, 0u32..6).prop_map(|(m, s)| Decimal::new(m, s)),
            Just(Decimal::ZERO),
            Just(Decimal::new(0, 2)),
            (1i64..i64::MAX, 0u32..28).prop_map(|(m, s)| Decimal::new(m, s)),
            Just(Decimal::MAX),
        ]
    }

    fn points() -> impl Strategy<Value = Vec<(Year, Decimal)>> {
        prop::collection::vec((2015i32..2035, value()), 0..20)
    }

    proptest! {
        /// The `i128` sums are the `Decimal` sums, whenever the `i128` path takes the points.
        #[test]
        fn positive_sums_are_the_decimal_sums(mut points in points(), sorted in any::<bool>()) {
            if sorted {
                points.sort_by_key(|p| p.0);
                points.dedup_by_key(|p| p.0);
            }
            let fast = Fit::of_positive(&points);
            let slow = Fit::of_decimal(points.iter().copied());
            if fast.is_some() {
                prop_assert_eq!(fast.map(|f| f.x0), slow.map(|f| f.x0));
                prop_assert_eq!(bits(fast), bits(slow));
            }
            prop_assert_eq!(bits(Fit::of(points.iter().copied())), bits(slow));
        }
    }

    /// The window's lookups (by offset, else by binary search) find what the series' own
    /// `latest`, `get` and `between` find.
    #[test]
    fn window_lookups_are_the_series_lookups() {
        use crate::eval::Context;
        use crate::eval::bind::Base;
        use crate::series::{Observation, Series};
        proptest!(|(
            years in prop::collection::btree_set(2010i32..2040, 0..14),
            as_of in prop::option::of(2005i32..2045),
            b in 2005i32..2045,
            previous in any::<bool>(),
        )| {
            let series = Series::new(
                years.iter().map(|&y| (y, Observation::Value(Decimal::from(y)))),
            ).unwrap();
            let given = Observation::Value(Decimal::ONE);
            let context = Context { as_of, given_baseline: Some(&given), references: None };
            let base = if previous { Base::Previous } else { Base::Year(b) };
            let w = super::Window::of(&series, base, b, super::Reading::Value, &context);
            let current = series.latest(as_of);
            prop_assert_eq!(w.current(), current);
            if !previous {
                let expected = series.get(b).map(|o| (o, super::BaselineSource::Series))
                    .or(Some((&given, super::BaselineSource::Given)));
                prop_assert_eq!(w.baseline(), expected);
            }
            let b = w.baseline_year();
            let after = match current {
                Some((t, _)) if t > b => series.between(b + 1, t),
                _ => &[],
            };
            prop_assert_eq!(w.after(), after);
        });
    }

    /// The report's projection, the `Decimal` way.
    fn projection_by_decimal(points: &[(Year, Decimal)], year: Year) -> Option<Decimal> {
        Fit::of(points.iter().copied())?
            .at(year)
            .map(|v| v.round_dp(2))
    }

    fn serialized(value: Option<Option<Decimal>>) -> Option<Option<[u8; 16]>> {
        value.map(|v| v.map(|d| d.serialize()))
    }

    proptest! {
        /// The `i128` projection at 2 places is the `Decimal` one, whenever it answers.
        #[test]
        fn projection_at_2_places_is_the_decimal_one(
            mut points in points(),
            sorted in any::<bool>(),
            year in 2015i32..2040,
        ) {
            if sorted {
                points.sort_by_key(|p| p.0);
                points.dedup_by_key(|p| p.0);
            }
            let fast = super::projection_2dp(points.iter().copied(), year);
            if fast.is_some() {
                prop_assert_eq!(
                    serialized(fast),
                    serialized(Some(projection_by_decimal(&points, year)))
                );
            }
        }

        /// Small figures as the data has them (hundredths, a few years), where ties at
        /// 0.005 and exact hundredths are common: the fast way answers and agrees.
        #[test]
        fn projection_of_hundredths_is_the_decimal_one(
            values in prop::collection::vec((-2_000i64..20_000, 0u32..3), 2..12),
            year in 2020i32..2036,
        ) {
            let points: Vec<(Year, Decimal)> = values
                .iter()
                .enumerate()
                .map(|(i, &(m, s))| (2020 + i as Year, Decimal::new(m, s)))
                .collect();
            let fast = super::projection_2dp(points.iter().copied(), year);
            let slow = projection_by_decimal(&points, year);
            if slow.is_some_and(|v| !v.is_zero()) {
                prop_assert!(fast.is_some());
            }
            if fast.is_some() {
                prop_assert_eq!(serialized(fast), serialized(Some(slow)));
            }
        }
    }

    #[test]
    fn projection_rounds_half_to_even_and_keeps_the_scale_decimal_gives() {
        let d = |s: &str| s.parse::<Decimal>().unwrap();
        // 87.125 → 87.12 (tie, even); 87.135 → 87.14; 87.1 stays at one place.
        for (points, year, expected) in [
            (
                vec![(2020, d("78.5")), (2021, d("79")), (2022, d("80.25"))],
                2030,
                "87.12",
            ),
            (vec![(2020, d("80")), (2030, d("87.135"))], 2030, "87.14"),
            (vec![(2020, d("80")), (2022, d("81.42"))], 2030, "87.1"),
            (vec![(2020, d("1")), (2023, d("2"))], 2030, "4.33"),
        ] {
            let fast = super::projection_2dp(points.iter().copied(), year).flatten();
            assert_eq!(fast.map(|v| v.to_string()).as_deref(), Some(expected));
            assert_eq!(
                fast.map(|v| v.serialize()),
                projection_by_decimal(&points, year).map(|v| v.serialize())
            );
        }
    }

    #[test]
    fn a_window_of_positive_values_takes_the_i128_path() {
        let d = |s: &str| s.parse::<Decimal>().unwrap();
        let points = [(2020, d("78.5")), (2021, d("79")), (2022, d("80.25"))];
        assert!(Fit::of_positive(&points).is_some());
        assert!(Fit::of_positive(&[(2020, d("1")), (2021, d("0"))]).is_none());
        assert!(Fit::of_positive(&[(2021, d("1")), (2020, d("2"))]).is_none());
        let fit = Fit::of(points).unwrap();
        assert_eq!(fit.slope(), Some(d("0.875")));
        assert_eq!(fit.at(2030), Some(d("87.125")));
    }
}
