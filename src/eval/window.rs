//! The window B..t: the one place that chooses the baseline, the current value and the points a
//! rule or an outlook looks at, and the one least-squares line and rise-by-rise walk over them.
//!
//! A [`Window`] is built once per assessment ([`Window::new`]) and handed to the status rules
//! ([`super::evaluate_in`]) and to the outlook ([`crate::outlook::assess`]), so the two cannot
//! disagree about which baseline was used, which year is current or what the trend is.

use rust_decimal::Decimal;

use super::bind::Base;
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
        let current = series.latest(context.as_of);
        let (b, baseline) = match base {
            Base::Year(b) => {
                let baseline = match series.get(b) {
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
        };
        let after = match current {
            Some((t, _)) if t > b => series.between(b + 1, t),
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
