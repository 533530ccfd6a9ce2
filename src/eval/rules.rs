//! The evaluation of each rule.

use rust_decimal::{Decimal, MathematicalOps};

use super::bind::{RiseKind, Rule};
use super::logic::{self, Hull, Tri};
use super::{
    Assessment, Baseline, BaselineSource, BoundTarget, Context, Dated, Evidence, ReferenceValue,
    Status, Threshold,
};
use crate::series::{Observation, Series, Year};
use crate::syntax::{CmpOp, Direction};

/// Checks a bound target against a series as of [`Context::as_of`].
///
/// Never fails: whatever is missing makes the status `insufficient_data`, with the explanation
/// saying what. The forms are those of the module documentation ([`crate::eval`]); the ones that
/// need indicator data:
///
/// - **Ratio** `a:b`, compared by cross-multiplication with the observed `a_t:b_t`: with the
///   indicator's direction higher, `a·b_t ≥ b·a_t`; lower, `≤`; none, equal within δ:
///   `|a_t·b − a·b_t| ≤ δ·a·b_t`. A bound observation is insufficient data.
/// - **Reference**: `y_t op r_t`, r the reference series in the year of `y_t`; no `r_t` →
///   insufficient data. **Commensurate**: `|y_t − r_t| ≤ δ·|r_t|`.
/// - **Toward balance**: `y_t` in the band, or its distance to the band below `y_B`'s.
/// - **Qualitative** with a policy band `[L, U]`: every observation in B..t in the band.
/// - **Respectively** (`分别`): one target per indicator, so one series cannot decide it; the
///   status is insufficient data and [`BoundTarget::items`] gives the items to evaluate one by
///   one.
///
/// # Example: a ratio, a reference and toward balance
///
/// ```
/// use plan_targets::eval::{bind, evaluate, Band, Context, IndicatorSpec, Policy, References, Status};
/// use plan_targets::series::Series;
/// use plan_targets::Direction;
/// use rust_decimal::Decimal;
///
/// let policy = Policy::default();
/// let higher = IndicatorSpec { direction: Some(Direction::Higher), ..Default::default() };
/// // 2:3 with more of the second term: 2·3.5 = 7 ≥ 3·2 = 6.
/// let ratio = bind(&"2:3".parse()?, &higher, &policy)?;
/// let s = Series::parse("2023=2:3.5")?.0;
/// assert_eq!(evaluate(&ratio, &s, &Context::default()).status, Status::Met);
/// let s = Series::parse("2023=2:2.9")?.0;
/// assert_eq!(evaluate(&ratio, &s, &Context::default()).status, Status::NotMet);
///
/// // At least the share of women among party members, in the same year.
/// let spec = IndicatorSpec { reference: Some("party".into()), ..Default::default() };
/// let target = bind(&"不低于本地区党员总数中女性比例".parse()?, &spec, &policy)?;
/// let mut refs = References::new();
/// refs.insert("party".into(), Series::parse("2022=30,2023=31")?.0);
/// let ctx = Context { references: Some(&refs), ..Context::default() };
/// assert_eq!(evaluate(&target, &Series::parse("2023=31")?.0, &ctx).status, Status::Met);
/// assert_eq!(evaluate(&target, &Series::parse("2021=40")?.0, &ctx).status, Status::InsufficientData);
///
/// // Sex ratio at birth toward 103–107: 112 → 110 is closer.
/// let srb = IndicatorSpec { band: Some(Band::new(Decimal::from(103), Decimal::from(107))), ..Default::default() };
/// let target = bind(&"趋于平衡".parse()?, &srb, &policy)?;
/// let a = evaluate(&target, &Series::parse("2020=112,2023=110")?.0, &Context::default());
/// assert_eq!(a.status, Status::Met);
/// let a = evaluate(&target, &Series::parse("2020=108,2023=101")?.0, &Context::default());
/// assert_eq!(a.status, Status::NotMet); // 2 from the band, was 1
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn evaluate(target: &BoundTarget, series: &Series, context: &Context<'_>) -> Assessment {
    let mut ev = Evidence {
        kind: target.target.kind(),
        indicator: target.indicator.clone(),
        as_of: context.as_of,
        observed: None,
        baseline: None,
        reference: None,
        threshold: None,
        years: Vec::new(),
        slope: None,
        first_held: None,
        decided_by: None,
    };
    let (status, explanation) = run(target, series, context, &mut ev);
    Assessment {
        status,
        evidence: ev,
        explanation,
    }
}

type Outcome = (Status, String);

fn insufficient(why: impl Into<String>) -> Outcome {
    (Status::InsufficientData, why.into())
}

/// Turns a three-valued verdict into a status, with the sentence for each case.
fn verdict(t: Tri, met: String, not_met: String) -> Outcome {
    match t {
        Tri::Yes => (Status::Met, met),
        Tri::No => (Status::NotMet, not_met),
        Tri::Unknown => insufficient(format!("undecidable from a bound: whether {met}")),
    }
}

fn run(target: &BoundTarget, series: &Series, cx: &Context<'_>, ev: &mut Evidence) -> Outcome {
    let rule = &target.rule;
    if *rule == Rule::Respectively {
        return insufficient(format!(
            "a list of {} targets, one per indicator: evaluate each item against its own series",
            target.items.len()
        ));
    }
    if let Rule::Qualitative(None) = rule {
        return (
            Status::NeedsJudgement,
            "a qualitative goal with no measurable band configured".to_owned(),
        );
    }
    let Some((t, current)) = series.latest(cx.as_of) else {
        return insufficient(match cx.as_of {
            Some(y) => format!("no observation in or before {y}"),
            None => "no observation".to_owned(),
        });
    };
    ev.observed = Some(Dated {
        year: t,
        observation: current.clone(),
    });
    let b_year = target.baseline_year;
    let baseline = match series.get(b_year) {
        Some(o) => Some((o, BaselineSource::Series)),
        None => cx
            .catalogue_baseline
            .map(|o| (o, BaselineSource::Catalogue)),
    };
    ev.baseline = baseline.map(|(o, source)| Baseline {
        year: b_year,
        observation: o.clone(),
        source,
    });
    let baseline = baseline.map(|(o, _)| o);
    // The window B..t: the baseline, then the series after B up to t (empty when t < B).
    let after: &[(Year, Observation)] = if t > b_year {
        series.between(b_year + 1, t)
    } else {
        &[]
    };
    let window = || {
        baseline
            .filter(|_| t >= b_year)
            .map(|o| (b_year, o))
            .into_iter()
            .chain(after.iter().map(|(y, o)| (*y, o)))
    };

    match rule {
        Rule::Value(th) => {
            ev.threshold = Some(*th);
            ev.years = vec![t];
            match logic::member(current, th) {
                Some(tri) => verdict(
                    tri,
                    format!("{t} value {current} meets {}", show(th)),
                    format!("{t} value {current} does not meet {}", show(th)),
                ),
                None => insufficient(format!("{t} value {current} is a ratio, not a value")),
            }
        }
        Rule::Ratio(th) => {
            ev.threshold = Some(*th);
            ev.years = vec![t];
            ratio(th, current, t)
        }
        Rule::Reference { op, series: name } => {
            let Some(r) = reference(name, t, cx, ev) else {
                return reference_missing(name, t, cx);
            };
            let th = Threshold::Compare { op: *op, value: r };
            ev.threshold = Some(th);
            ev.years = vec![t];
            match logic::member(current, &th) {
                Some(tri) => verdict(
                    tri,
                    format!("{t} value {current} {} {name} {r}", op.symbol()),
                    format!("{t} value {current} is not {} {name} {r}", op.symbol()),
                ),
                None => insufficient(format!("{t} value {current} is a ratio, not a value")),
            }
        }
        Rule::Commensurate {
            series: name,
            tolerance,
        } => {
            let Some(r) = reference(name, t, cx, ev) else {
                return reference_missing(name, t, cx);
            };
            let delta = tolerance.saturating_mul(r).abs();
            let th = Threshold::Within {
                low: r.saturating_sub(delta),
                high: r.saturating_add(delta),
            };
            ev.threshold = Some(th);
            ev.years = vec![t];
            match logic::member(current, &th) {
                Some(tri) => verdict(
                    tri,
                    format!("{t} value {current} is within {delta} of {name} {r}"),
                    format!("{t} value {current} is more than {delta} from {name} {r}"),
                ),
                None => insufficient(format!("{t} value {current} is a ratio, not a value")),
            }
        }
        Rule::Keep(th) => {
            ev.threshold = Some(*th);
            keep(th, window(), ev)
        }
        Rule::ReachAndKeep(th) => {
            ev.threshold = Some(*th);
            reach_and_keep(th, window(), t, ev)
        }
        Rule::Qualitative(Some(band)) => {
            let th = Threshold::Within {
                low: band.low,
                high: band.high,
            };
            ev.threshold = Some(th);
            keep(&th, window(), ev)
        }
        Rule::Qualitative(None) | Rule::Respectively => unreachable!("handled above"),
        Rule::TowardBalance(band) => {
            let th = Threshold::Within {
                low: band.low,
                high: band.high,
            };
            ev.threshold = Some(th);
            ev.years = vec![t];
            let Some(inside) = logic::member(current, &th) else {
                return insufficient(format!("{t} value {current} is a ratio, not a value"));
            };
            if inside == Tri::Yes {
                return (
                    Status::Met,
                    format!(
                        "{t} value {current} is inside the band {}–{}",
                        band.low, band.high
                    ),
                );
            }
            let (yt, yb) = match two_points(current, baseline, t, b_year) {
                Ok(p) => p,
                Err(e) => return e,
            };
            ev.years = vec![b_year, t];
            let closer = logic::gt(
                yb.distance_to(band.low, band.high),
                yt.distance_to(band.low, band.high),
            );
            verdict(
                inside.or(closer),
                format!(
                    "{t} value {current} is closer to the band {}–{} than the baseline",
                    band.low, band.high
                ),
                format!(
                    "{t} value {current} is outside the band {}–{} and no closer than the baseline",
                    band.low, band.high
                ),
            )
        }
        Rule::UnderControl => {
            let (yt, yb) = match two_points(current, baseline, t, b_year) {
                Ok(p) => p,
                Err(e) => return e,
            };
            ev.years = vec![b_year, t];
            verdict(
                logic::ge(yb, yt),
                format!("{t} value {current} is not above the baseline"),
                format!("{t} value {current} is above the baseline"),
            )
        }
        Rule::Fall { marked, gap } => {
            let (mut yt, mut yb) = match two_points(current, baseline, t, b_year) {
                Ok(p) => p,
                Err(e) => return e,
            };
            if *gap {
                (yt, yb) = (yt.abs(), yb.abs());
            }
            ev.years = vec![b_year, t];
            let what = if *gap { "gap" } else { "value" };
            match marked {
                None => {
                    let both_zero = logic::eq(yt, Decimal::ZERO).and(logic::eq(yb, Decimal::ZERO));
                    let base = BaselineValue(baseline);
                    let fell_text = if both_zero == Tri::Yes {
                        format!("{t} {what} and the {b_year} baseline are both 0")
                    } else {
                        format!("{t} {what} {current} is below the {b_year} baseline{base}")
                    };
                    verdict(
                        logic::gt(yb, yt).or(both_zero),
                        fell_text,
                        format!("{t} {what} {current} is not below the {b_year} baseline{base}"),
                    )
                }
                Some(m) => fall_markedly(*m, yt, yb, t, b_year, ev, what),
            }
        }
        Rule::Rise { kind, limit } => {
            let (yt, yb) = match two_points(current, baseline, t, b_year) {
                Ok(p) => p,
                Err(e) => return e,
            };
            ev.years = vec![b_year, t];
            let saturated = match limit {
                Some(l) => logic::eq(yt, *l).and(logic::eq(yb, *l)),
                None => Tri::No,
            };
            let rose = logic::gt(yt, yb).or(saturated);
            let base = BaselineValue(baseline);
            let rose_text = if saturated == Tri::Yes {
                format!(
                    "{t} value {current} and the {b_year} baseline are both at the natural limit"
                )
            } else {
                format!("{t} value {current} is above the {b_year} baseline{base}")
            };
            let fell_text = format!("{t} value {current} is not above the {b_year} baseline{base}");
            match kind {
                RiseKind::Plain => verdict(rose, rose_text, fell_text),
                RiseKind::Consolidate => {
                    let mut all = rose;
                    ev.years = window().map(|(y, _)| y).collect();
                    for (y, o) in after {
                        let Some(h) = Hull::of(o) else {
                            return insufficient(format!("{y} value {o} is a ratio"));
                        };
                        let not_below = logic::ge(h, yb);
                        if not_below == Tri::No && ev.decided_by.is_none() {
                            ev.decided_by = Some(*y);
                        }
                        all = all.and(not_below);
                    }
                    verdict(
                        all,
                        format!("{rose_text}, and never below it since"),
                        format!(
                            "{t} value {current} is not above the baseline, or fell below it on the way"
                        ),
                    )
                }
                RiseKind::EveryYear => every_year(window(), b_year, t, ev),
                RiseKind::Gradually => {
                    let slope = slope(window(), ev);
                    verdict(
                        rose.and(slope),
                        format!("{rose_text}, with a rising trend"),
                        format!(
                            "{t} value {current} is not above the baseline, or the trend is not rising"
                        ),
                    )
                }
            }
        }
    }
}

fn show(th: &Threshold) -> String {
    match th {
        Threshold::Compare { op, value } => format!("{}{value}", op.symbol()),
        Threshold::Within { low, high } if low == high => format!("={low}"),
        Threshold::Within { low, high } => format!("{low}–{high}"),
        Threshold::Ratio {
            antecedent,
            consequent,
            ..
        } => format!("{antecedent}:{consequent}"),
    }
}

/// The current value and the baseline as hulls, or why the form cannot be decided.
fn two_points(
    current: &Observation,
    baseline: Option<&Observation>,
    t: Year,
    b_year: Year,
) -> Result<(Hull, Hull), Outcome> {
    if t <= b_year {
        return Err(insufficient(format!(
            "no observation after the baseline year {b_year}"
        )));
    }
    let Some(baseline) = baseline else {
        return Err(insufficient(format!("no baseline value for {b_year}")));
    };
    match (Hull::of(current), Hull::of(baseline)) {
        (Some(a), Some(b)) => Ok((a, b)),
        _ => Err(insufficient("a ratio observation where a value is needed")),
    }
}

fn reference(name: &str, t: Year, cx: &Context<'_>, ev: &mut Evidence) -> Option<Decimal> {
    let series = cx.references.and_then(|r| r.get(name));
    let obs = series.and_then(|s| s.get(t));
    ev.reference = Some(ReferenceValue {
        series: name.to_owned(),
        year: t,
        observation: obs.cloned(),
    });
    obs.and_then(Observation::value)
}

fn reference_missing(name: &str, t: Year, cx: &Context<'_>) -> Outcome {
    let series = cx.references.and_then(|r| r.get(name));
    match series.map(|s| s.get(t)) {
        None => insufficient(format!("reference series `{name}` not provided")),
        Some(None) => insufficient(format!("reference series `{name}` has no value for {t}")),
        Some(Some(o)) => insufficient(format!(
            "reference series `{name}` gives {o} for {t}, not an exact value"
        )),
    }
}

fn ratio(th: &Threshold, current: &Observation, t: Year) -> Outcome {
    let Threshold::Ratio {
        antecedent: a,
        consequent: b,
        direction,
        tolerance,
    } = *th
    else {
        unreachable!("a ratio rule has a ratio threshold")
    };
    let (at, bt) = match *current {
        Observation::Ratio {
            antecedent,
            consequent,
        } => (antecedent, consequent),
        Observation::Value(v) => (v, Decimal::ONE),
        Observation::Bound { .. } => {
            return insufficient(format!("undecidable from a bound: {t} value {current}"));
        }
    };
    let (Some(lhs), Some(rhs)) = (a.checked_mul(bt), b.checked_mul(at)) else {
        return insufficient("arithmetic overflow");
    };
    let ok = match direction {
        Some(Direction::Higher) => lhs >= rhs,
        Some(Direction::Lower) => lhs <= rhs,
        _ => match tolerance.checked_mul(lhs) {
            Some(limit) => rhs.saturating_sub(lhs).abs() <= limit.abs(),
            None => return insufficient("arithmetic overflow"),
        },
    };
    verdict(
        Tri::from_bool(ok),
        format!("{t} ratio {at}:{bt} meets {a}:{b}"),
        format!("{t} ratio {at}:{bt} does not meet {a}:{b}"),
    )
}

fn keep<'a>(
    th: &Threshold,
    window: impl Iterator<Item = (Year, &'a Observation)>,
    ev: &mut Evidence,
) -> Outcome {
    let mut all = Tri::Yes;
    let mut any = false;
    for (y, o) in window {
        any = true;
        ev.years.push(y);
        let Some(tri) = logic::member(o, th) else {
            return insufficient(format!("{y} value {o} is a ratio"));
        };
        if tri == Tri::No && ev.decided_by.is_none() {
            ev.decided_by = Some(y);
        }
        all = all.and(tri);
    }
    if !any {
        return insufficient("no observation in the baseline year or after");
    }
    let first = ev.years[0];
    let last = ev.years[ev.years.len() - 1];
    verdict(
        all,
        format!("every observation {first}–{last} meets {}", show(th)),
        format!(
            "the {} value does not meet {}",
            ev.decided_by.unwrap_or(last),
            show(th)
        ),
    )
}

/// Met when the pattern is "not yet, not yet, …, held, held, …, held (at t)".
fn reach_and_keep<'a>(
    th: &Threshold,
    window: impl Iterator<Item = (Year, &'a Observation)>,
    t: Year,
    ev: &mut Evidence,
) -> Outcome {
    let mut truth = Vec::new();
    for (y, o) in window {
        let Some(tri) = logic::member(o, th) else {
            return insufficient(format!("{y} value {o} is a ratio"));
        };
        ev.years.push(y);
        truth.push(tri);
    }
    if truth.is_empty() {
        return insufficient("no observation in the baseline year or after");
    }
    // Some resolution of the unknowns breaks the pattern: the last fails, or a failure follows
    // a success.
    let mut seen_true = false;
    let mut can_break = truth[truth.len() - 1].may_be_false();
    for tri in &truth {
        if seen_true && tri.may_be_false() {
            can_break = true;
        }
        seen_true |= tri.may_be_true();
    }
    // Some resolution fits: a split k with all before possibly false and all after possibly true.
    let n = truth.len();
    let can_fit = (0..n).any(|k| {
        truth[..k].iter().all(|x| x.may_be_false()) && truth[k..].iter().all(|x| x.may_be_true())
    });
    ev.first_held = truth
        .iter()
        .position(|&x| x == Tri::Yes)
        .map(|i| ev.years[i]);
    if let Some(first) = ev.first_held {
        ev.decided_by = truth
            .iter()
            .zip(&ev.years)
            .find(|&(&x, &y)| y > first && x == Tri::No)
            .map(|(_, &y)| y);
    }
    let tri = if !can_break {
        Tri::Yes
    } else if !can_fit {
        Tri::No
    } else {
        Tri::Unknown
    };
    let from = ev
        .first_held
        .map_or(String::new(), |y| format!(" since {y}"));
    verdict(
        tri,
        format!("meets {}{from} and still in {t}", show(th)),
        format!(
            "does not meet {} in {t}, or slipped after first reaching it",
            show(th)
        ),
    )
}

fn every_year<'a>(
    window: impl Iterator<Item = (Year, &'a Observation)>,
    b_year: Year,
    t: Year,
    ev: &mut Evidence,
) -> Outcome {
    let mut prev: Option<(Year, Hull)> = None;
    let mut all = Tri::Yes;
    let mut expected = b_year;
    for (y, o) in window {
        if y != expected {
            ev.decided_by = Some(expected);
            return insufficient(format!("no observation for {expected}"));
        }
        let Some(h) = Hull::of(o) else {
            return insufficient(format!("{y} value {o} is a ratio"));
        };
        ev.years.push(y);
        if let Some((_, p)) = prev {
            let rose = logic::gt(h, p);
            if rose == Tri::No && ev.decided_by.is_none() {
                ev.decided_by = Some(y);
            }
            all = all.and(rose);
        }
        prev = Some((y, h));
        expected = y + 1;
    }
    if expected <= t {
        ev.decided_by = Some(expected);
        return insufficient(format!("no observation for {expected}"));
    }
    verdict(
        all,
        format!("rose every year {b_year}–{t}"),
        format!(
            "did not rise in {}",
            ev.decided_by.map_or(String::new(), |y| y.to_string())
        ),
    )
}

/// Whether the least-squares slope over the window is positive. Its sign is the sign of
/// `n·Σxy − Σx·Σy`, computed exactly; the slope itself is reported in the evidence.
fn slope<'a>(window: impl Iterator<Item = (Year, &'a Observation)>, ev: &mut Evidence) -> Tri {
    let mut points = Vec::new();
    for (y, o) in window {
        match o.value() {
            Some(v) => points.push((Decimal::from(y), v)),
            None => return Tri::Unknown,
        }
    }
    ev.years = points
        .iter()
        .map(|&(x, _)| x.try_into().unwrap_or_default())
        .collect();
    let n = Decimal::from(points.len());
    let x0 = points.first().map_or(Decimal::ZERO, |p| p.0);
    let (mut sx, mut sy, mut sxy, mut sxx) =
        (Decimal::ZERO, Decimal::ZERO, Decimal::ZERO, Decimal::ZERO);
    for &(x, y) in &points {
        let x = x - x0;
        let (Some(xy), Some(s)) = (x.checked_mul(y), sy.checked_add(y)) else {
            return Tri::Unknown;
        };
        let Some(sum_xy) = sxy.checked_add(xy) else {
            return Tri::Unknown;
        };
        sx += x;
        sy = s;
        sxy = sum_xy;
        sxx += x * x;
    }
    // Years are small: Σx and Σx² cannot overflow; the value sums are checked.
    let (Some(a), Some(b)) = (n.checked_mul(sxy), sx.checked_mul(sy)) else {
        return Tri::Unknown;
    };
    let Some(num) = a.checked_sub(b) else {
        return Tri::Unknown;
    };
    let den = n * sxx - sx * sx;
    if !den.is_zero() {
        ev.slope = num.checked_div(den).map(|s| s.round_dp(6).normalize());
    }
    Tri::from_bool(num > Decimal::ZERO)
}

fn fall_markedly(
    m: Decimal,
    yt: Hull,
    yb: Hull,
    t: Year,
    b_year: Year,
    ev: &mut Evidence,
    what: &str,
) -> Outcome {
    if yb.exact() == Some(Decimal::ZERO) {
        ev.threshold = Some(Threshold::Within {
            low: Decimal::ZERO,
            high: Decimal::ZERO,
        });
        return verdict(
            logic::eq(yt, Decimal::ZERO),
            format!("the baseline {what} is 0 and the {t} {what} is 0"),
            format!("the baseline {what} is 0 and the {t} {what} is not"),
        );
    }
    let factor = (Decimal::ONE - m).checked_powi(i64::from(t - b_year));
    let Some(threshold) = factor.and_then(|f| yb.scale(f)) else {
        return insufficient("arithmetic overflow");
    };
    if let Some(v) = threshold.exact() {
        ev.threshold = Some(Threshold::Compare {
            op: CmpOp::Le,
            value: v.normalize(),
        });
    }
    let bound = threshold.exact().map_or_else(
        || "the marked-decline path".to_owned(),
        |v| v.normalize().to_string(),
    );
    verdict(
        logic::ge(threshold, yt),
        format!("{t} {what} is at or below {bound}"),
        format!("{t} {what} is above {bound}"),
    )
}

/// ` 80` after "the 2020 baseline" when the value is known, nothing otherwise; written straight
/// into the explanation.
struct BaselineValue<'a>(Option<&'a Observation>);

impl std::fmt::Display for BaselineValue<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.0 {
            Some(b) => write!(f, " {b}"),
            None => Ok(()),
        }
    }
}
