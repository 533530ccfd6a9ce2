//! The evaluation of each rule.

use rust_decimal::{Decimal, MathematicalOps};

use super::bind::{Base, RiseKind, Rule};
use super::logic::{self, Hull, Tri};
use super::reason::{ChangeFact, Fact, MarginFact, Reason, RiseThen, Why};
use super::window::{Fit, Stop, Window};
use super::{
    Assessment, BaselineValue, BoundTarget, Context, Dated, Evidence, ReferenceValue, Status,
    Threshold,
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
///   `|a_t·b − a·b_t| ≤ δ·a·b_t`. A bound observation is insufficient data, and so is a bare
///   number: `0.7` for `2:3` could be `0.7:1` or `1:0.7`, so the rule never guesses (the
///   outlook reads it as nothing too).
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
    evaluate_in(target, &Window::new(target, series, context), context)
}

/// [`evaluate`] over a [`Window`] already built for `target`, so that a caller who also wants
/// the outlook ([`crate::outlook::assess`]) chooses the baseline and the current value once.
pub fn evaluate_in(target: &BoundTarget, window: &Window<'_>, context: &Context<'_>) -> Assessment {
    assess(
        target,
        window,
        context,
        target.indicator.clone(),
        Vec::new(),
    )
}

/// [`evaluate_in`] for a report, which reads the status, the reason and the evidence's
/// threshold, due, missed and parts, never the indicator's id: the id is left out (`None`,
/// no copy of it per row), and the years are written into `years`' allocation (cleared
/// first), which the caller takes back from [`Evidence::years`] for the next row.
pub(crate) fn evaluate_for_report(
    target: &BoundTarget,
    window: &Window<'_>,
    context: &Context<'_>,
    mut years: Vec<Year>,
) -> Assessment {
    years.clear();
    assess(target, window, context, None, years)
}

fn assess(
    target: &BoundTarget,
    window: &Window<'_>,
    context: &Context<'_>,
    indicator: Option<String>,
    years: Vec<Year>,
) -> Assessment {
    let mut ev = Evidence {
        kind: target.target.kind(),
        indicator,
        as_of: context.as_of,
        observed: window.current().map(|(year, o)| Dated {
            year,
            observation: o.clone(),
        }),
        baseline: window.baseline().map(|(o, source)| BaselineValue {
            year: window.baseline_year(),
            observation: o.clone(),
            source,
        }),
        reference: None,
        threshold: None,
        years,
        slope: None,
        first_held: None,
        decided_by: None,
        stated_baseline: target.stated_baseline,
        due: None,
        missed: None,
        parts: Vec::new(),
    };
    let (status, explanation) = run(target, window, context, &mut ev);
    Assessment {
        status,
        evidence: ev,
        explanation,
    }
}

type Outcome = (Status, Reason);

fn insufficient(why: Why) -> Outcome {
    (Status::InsufficientData, Reason(why))
}

fn run(target: &BoundTarget, window: &Window<'_>, cx: &Context<'_>, ev: &mut Evidence) -> Outcome {
    let current = window.current();
    let rule = &target.rule;
    // Forms that read no value: decided before the current value is looked at.
    if let Rule::Respectively = rule {
        return insufficient(Why::Items(target.items.len()));
    }
    if let Rule::Qualitative(None) = rule {
        return (Status::NeedsJudgement, Reason(Why::NoBand));
    }
    // Forms made of other targets: each part reads the series itself.
    if let Rule::AllOf = rule {
        return all_of(target, window, cx, ev);
    }
    if let Rule::Milestones = rule {
        return milestones(target, window, cx, ev);
    }
    let Some((t, current)) = current else {
        return insufficient(Why::NoObservation(cx.as_of));
    };
    let b_year = window.baseline_year();
    let baseline = window.baseline().map(|(o, _)| o);
    let after = window.after();

    match rule {
        Rule::Value(th) => {
            ev.threshold = Some(*th);
            ev.set_years(&[t]);
            match logic::member(current, th) {
                Some(tri) => Reason::decided(
                    tri,
                    Fact::Value {
                        t,
                        current: current.clone(),
                        threshold: *th,
                    },
                ),
                None => insufficient(Why::NotAValue(t, current.clone())),
            }
        }
        Rule::Ratio(th) => {
            ev.threshold = Some(*th);
            ev.set_years(&[t]);
            ratio(th, current, t)
        }
        Rule::Reference {
            op: _,
            series: name,
            margin: Some(margin),
        } => {
            let Some(r) = reference(name, t, cx, ev) else {
                return reference_missing(name, t, cx);
            };
            // `高于全市1个百分点`: `r_t` plays the part of a baseline value (exact, so the
            // comparison is exact: `y_t·div op r_t·mul + add`).
            let op = margin.op();
            let Some(affine) = margin.affine(1) else {
                return insufficient(Why::Overflow);
            };
            let value = affine.value(r);
            ev.threshold = value.map(|value| Threshold::Compare { op, value });
            ev.set_years(&[t]);
            let Some(yt) = Hull::of(current) else {
                return insufficient(Why::NotAValue(t, current.clone()));
            };
            let Some(tri) = affine.holds(op, yt, Hull::point(r)) else {
                return insufficient(Why::Overflow);
            };
            Reason::decided(
                tri,
                Fact::ReferenceMargin(Box::new(MarginFact {
                    t,
                    current: current.clone(),
                    name: name.clone(),
                    reference: r,
                    margin: *margin,
                    value,
                })),
            )
        }
        Rule::Reference {
            op,
            series: name,
            margin: None,
        } => {
            let Some(r) = reference(name, t, cx, ev) else {
                return reference_missing(name, t, cx);
            };
            let th = Threshold::Compare { op: *op, value: r };
            ev.threshold = Some(th);
            ev.set_years(&[t]);
            match logic::member(current, &th) {
                Some(tri) => Reason::decided(
                    tri,
                    Fact::Reference {
                        t,
                        current: current.clone(),
                        op: *op,
                        name: name.clone(),
                        value: r,
                    },
                ),
                None => insufficient(Why::NotAValue(t, current.clone())),
            }
        }
        // Within δ of the reference or better: the reference moved by δ towards worse.
        Rule::ReferenceNear {
            op,
            series: name,
            tolerance,
        } => {
            let Some(r) = reference(name, t, cx, ev) else {
                return reference_missing(name, t, cx);
            };
            let delta = tolerance.saturating_mul(r).abs();
            let value = match op {
                CmpOp::Ge | CmpOp::Gt => r.saturating_sub(delta),
                CmpOp::Le | CmpOp::Lt => r.saturating_add(delta),
            };
            let th = Threshold::Compare { op: *op, value };
            ev.threshold = Some(th);
            ev.set_years(&[t]);
            match logic::member(current, &th) {
                Some(tri) => Reason::decided(
                    tri,
                    Fact::Reference {
                        t,
                        current: current.clone(),
                        op: *op,
                        name: name.clone(),
                        value,
                    },
                ),
                None => insufficient(Why::NotAValue(t, current.clone())),
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
            ev.set_years(&[t]);
            match logic::member(current, &th) {
                Some(tri) => Reason::decided(
                    tri,
                    Fact::Commensurate {
                        t,
                        current: current.clone(),
                        delta,
                        name: name.clone(),
                        value: r,
                    },
                ),
                None => insufficient(Why::NotAValue(t, current.clone())),
            }
        }
        Rule::Keep(th) => {
            ev.threshold = Some(*th);
            keep(th, window, ev)
        }
        Rule::ReachAndKeep(th) => {
            ev.threshold = Some(*th);
            reach_and_keep(th, window, t, ev)
        }
        Rule::Qualitative(Some(band)) => {
            let th = Threshold::Within {
                low: band.low,
                high: band.high,
            };
            ev.threshold = Some(th);
            keep(&th, window, ev)
        }
        Rule::Qualitative(None) | Rule::Respectively | Rule::AllOf | Rule::Milestones => {
            unreachable!("decided before the current value is read")
        }
        Rule::Change(change) => {
            if let Some(why) = no_previous(target.base, baseline.is_none(), t) {
                return insufficient(why);
            }
            let (yt, yb) = match two_points(current, baseline, t, b_year) {
                Ok(p) => p,
                Err(e) => return e,
            };
            ev.set_years(&[b_year, t]);
            let op = change.op();
            let Some(affine) = change.affine(i64::from(t) - i64::from(b_year)) else {
                return insufficient(Why::Overflow);
            };
            ev.threshold = yb
                .exact()
                .and_then(|y| affine.value(y))
                .map(|value| Threshold::Compare { op, value });
            let Some(tri) = affine.holds(op, yt, yb) else {
                return insufficient(Why::Overflow);
            };
            Reason::decided(
                tri,
                Fact::Change(Box::new(ChangeFact {
                    t,
                    current: current.clone(),
                    b: b_year,
                    baseline: baseline.cloned(),
                    rule: *change,
                    threshold: ev.threshold,
                })),
            )
        }
        Rule::Stable(tolerance) => {
            if let Some(why) = no_previous(target.base, baseline.is_none(), t) {
                return insufficient(why);
            }
            if t <= b_year {
                return insufficient(Why::NothingAfterBaseline(b_year));
            }
            let Some(b) = baseline else {
                return insufficient(Why::NoBaseline(b_year));
            };
            let Some(yb) = b.value() else {
                return insufficient(Why::BaselineNotExact(b_year, b.clone()));
            };
            let delta = tolerance.saturating_mul(yb).abs();
            let th = Threshold::Within {
                low: yb.saturating_sub(delta),
                high: yb.saturating_add(delta),
            };
            ev.threshold = Some(th);
            keep(&th, window, ev)
        }
        Rule::TowardBalance(band) => {
            let th = Threshold::Within {
                low: band.low,
                high: band.high,
            };
            ev.threshold = Some(th);
            ev.set_years(&[t]);
            let Some(inside) = logic::member(current, &th) else {
                return insufficient(Why::NotAValue(t, current.clone()));
            };
            if inside == Tri::Yes {
                return Reason::decided(
                    Tri::Yes,
                    Fact::InsideBand {
                        t,
                        current: current.clone(),
                        band: *band,
                    },
                );
            }
            let (yt, yb) = match two_points(current, baseline, t, b_year) {
                Ok(p) => p,
                Err(e) => return e,
            };
            ev.set_years(&[b_year, t]);
            let closer = logic::gt(
                yb.distance_to(band.low, band.high),
                yt.distance_to(band.low, band.high),
            );
            Reason::decided(
                inside.or(closer),
                Fact::CloserToBand {
                    t,
                    current: current.clone(),
                    band: *band,
                },
            )
        }
        Rule::UnderControl => {
            let (yt, yb) = match two_points(current, baseline, t, b_year) {
                Ok(p) => p,
                Err(e) => return e,
            };
            ev.set_years(&[b_year, t]);
            Reason::decided(
                logic::ge(yb, yt),
                Fact::UnderControl {
                    t,
                    current: current.clone(),
                },
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
            ev.set_years(&[b_year, t]);
            match marked {
                None => {
                    let both_zero = logic::eq(yt, Decimal::ZERO).and(logic::eq(yb, Decimal::ZERO));
                    Reason::decided(
                        logic::gt(yb, yt).or(both_zero),
                        Fact::Fall {
                            t,
                            gap: *gap,
                            current: current.clone(),
                            b: b_year,
                            baseline: baseline.cloned(),
                            both_zero: both_zero == Tri::Yes,
                        },
                    )
                }
                Some(m) => fall_markedly(*m, yt, yb, t, b_year, ev, *gap),
            }
        }
        Rule::Rise { kind, limit } => {
            let (yt, yb) = match two_points(current, baseline, t, b_year) {
                Ok(p) => p,
                Err(e) => return e,
            };
            ev.set_years(&[b_year, t]);
            let saturated = match limit {
                Some(l) => logic::eq(yt, *l).and(logic::eq(yb, *l)),
                None => Tri::No,
            };
            let rose = logic::gt(yt, yb).or(saturated);
            let fact = |then| Fact::Rise {
                t,
                current: current.clone(),
                b: b_year,
                baseline: baseline.cloned(),
                saturated: saturated == Tri::Yes,
                then,
            };
            match kind {
                RiseKind::Plain => Reason::decided(rose, fact(RiseThen::Nothing)),
                RiseKind::Consolidate => {
                    let mut all = rose;
                    ev.years = window.points().map(|(y, _)| y).collect();
                    for (y, o) in after {
                        let Some(h) = Hull::of(o) else {
                            return insufficient(Why::NotAValue(*y, o.clone()));
                        };
                        let not_below = logic::ge(h, yb);
                        if not_below == Tri::No && ev.decided_by.is_none() {
                            ev.decided_by = Some(*y);
                        }
                        all = all.and(not_below);
                    }
                    Reason::decided(all, fact(RiseThen::NeverBelow))
                }
                RiseKind::EveryYear => every_year(window, b_year, t, ev),
                RiseKind::Gradually => {
                    let slope = slope(window, ev);
                    Reason::decided(rose.and(slope), fact(RiseThen::RisingTrend))
                }
            }
        }
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
        return Err(insufficient(Why::NothingAfterBaseline(b_year)));
    }
    let Some(baseline) = baseline else {
        return Err(insufficient(Why::NoBaseline(b_year)));
    };
    match (Hull::of(current), Hull::of(baseline)) {
        (Some(a), Some(b)) => Ok((a, b)),
        _ => Err(insufficient(Why::RatioWhereValue)),
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
    let name = name.to_owned();
    match series.map(|s| s.get(t)) {
        None => insufficient(Why::ReferenceNotProvided(name)),
        Some(None) => insufficient(Why::ReferenceNoValue(name, t)),
        Some(Some(o)) => insufficient(Why::ReferenceNotExact(name, t, o.clone())),
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
        // A bare number could be either orientation of the ratio: never guess.
        Observation::Value(_) => return insufficient(Why::NotARatio(t, current.clone())),
        Observation::Bound { .. } => return insufficient(Why::BoundRatio(t, current.clone())),
    };
    let (Some(lhs), Some(rhs)) = (a.checked_mul(bt), b.checked_mul(at)) else {
        return insufficient(Why::Overflow);
    };
    let ok = match direction {
        Some(Direction::Higher) => lhs >= rhs,
        Some(Direction::Lower) => lhs <= rhs,
        Some(Direction::Band) | None => match tolerance.checked_mul(lhs) {
            Some(limit) => rhs.saturating_sub(lhs).abs() <= limit.abs(),
            None => return insufficient(Why::Overflow),
        },
    };
    Reason::decided(
        Tri::from_bool(ok),
        Fact::Ratio {
            t,
            observed: (at, bt),
            target: (a, b),
        },
    )
}

/// Why a target against the previous observation (`较上届`) or the year before (`比上年`) has
/// no baseline, when it has none.
fn no_previous(base: Base, missing: bool, t: Year) -> Option<Why> {
    match base {
        Base::Previous if missing => Some(Why::NoPrevious(t)),
        Base::PreviousYear if missing => Some(Why::NoPreviousYear(t)),
        _ => None,
    }
}

fn keep(th: &Threshold, window: &Window<'_>, ev: &mut Evidence) -> Outcome {
    let mut all = Tri::Yes;
    for (y, o) in window.points() {
        ev.years.push(y);
        let Some(tri) = logic::member(o, th) else {
            return insufficient(Why::NotAValue(y, o.clone()));
        };
        if tri == Tri::No && ev.decided_by.is_none() {
            ev.decided_by = Some(y);
        }
        all = all.and(tri);
    }
    let (Some(&first), Some(&last)) = (ev.years.first(), ev.years.last()) else {
        return insufficient(Why::EmptyWindow);
    };
    Reason::decided(
        all,
        Fact::Keep {
            first,
            last,
            failed: ev.decided_by.unwrap_or(last),
            threshold: *th,
        },
    )
}

/// Met when the pattern is "not yet, not yet, …, held, held, …, held (at t)".
fn reach_and_keep(th: &Threshold, window: &Window<'_>, t: Year, ev: &mut Evidence) -> Outcome {
    let mut truth = Vec::new();
    for (y, o) in window.points() {
        let Some(tri) = logic::member(o, th) else {
            return insufficient(Why::NotAValue(y, o.clone()));
        };
        ev.years.push(y);
        truth.push(tri);
    }
    let Some(&last) = truth.last() else {
        return insufficient(Why::EmptyWindow);
    };
    // Some resolution of the unknowns breaks the pattern: the last fails, or a failure follows
    // a success.
    let mut seen_true = false;
    let mut can_break = last.may_be_false();
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
    Reason::decided(
        tri,
        Fact::ReachAndKeep {
            threshold: *th,
            since: ev.first_held,
            t,
        },
    )
}

/// Every consecutive pair of years in B..t rises strictly; the first missing year (or ratio)
/// in B..t stops the check as insufficient data. The walk is the window's
/// ([`Window::rises`]), shared with the outlook.
fn every_year(window: &Window<'_>, b_year: Year, t: Year, ev: &mut Evidence) -> Outcome {
    let rises = window.rises();
    ev.years = window
        .points()
        .take(rises.checked)
        .map(|(y, _)| y)
        .collect();
    ev.decided_by = rises.decided_by;
    match rises.stop {
        Some(Stop::Missing(year)) => {
            ev.decided_by = Some(year);
            insufficient(Why::MissingYear(year))
        }
        Some(Stop::Ratio(year, o)) => insufficient(Why::NotAValue(year, o.clone())),
        None => Reason::decided(
            rises.all,
            Fact::EveryYear {
                b: b_year,
                t,
                failed: rises.decided_by,
            },
        ),
    }
}

/// Whether the least-squares slope over the window is positive. Its sign is the sign of
/// `n·Σxy − Σx·Σy`, computed exactly by the window's one fit; the slope itself is reported in
/// the evidence.
fn slope(window: &Window<'_>, ev: &mut Evidence) -> Tri {
    let mut years = Vec::new();
    for (y, o) in window.points() {
        if o.value().is_none() {
            return Tri::Unknown;
        }
        years.push(y);
    }
    ev.years = years;
    let points = window
        .points()
        .filter_map(|(y, o)| o.value().map(|v| (y, v)));
    let Some(fit) = Fit::of(points) else {
        // No point (t before B), or an overflow.
        return if ev.years.is_empty() {
            Tri::No
        } else {
            Tri::Unknown
        };
    };
    let Some(num) = fit.numerator() else {
        return Tri::Unknown;
    };
    ev.slope = fit.slope().map(|s| s.round_dp(6).normalize());
    Tri::from_bool(num > Decimal::ZERO)
}

fn fall_markedly(
    m: Decimal,
    yt: Hull,
    yb: Hull,
    t: Year,
    b_year: Year,
    ev: &mut Evidence,
    gap: bool,
) -> Outcome {
    if yb.exact() == Some(Decimal::ZERO) {
        ev.threshold = Some(Threshold::Within {
            low: Decimal::ZERO,
            high: Decimal::ZERO,
        });
        return Reason::decided(logic::eq(yt, Decimal::ZERO), Fact::FallFromZero { t, gap });
    }
    let factor = (Decimal::ONE - m).checked_powi(i64::from(t - b_year));
    let Some(threshold) = factor.and_then(|f| yb.scale(f)) else {
        return insufficient(Why::Overflow);
    };
    let bound = threshold.exact().map(|v| v.normalize());
    if let Some(v) = bound {
        ev.threshold = Some(Threshold::Compare {
            op: CmpOp::Le,
            value: v,
        });
    }
    Reason::decided(
        logic::ge(threshold, yt),
        Fact::FallMarkedly { t, gap, bound },
    )
}

/// The order of statuses for a conjunction, worst first: not met, insufficient data, needs
/// judgement, met.
fn rank(status: Status) -> u8 {
    match status {
        Status::NotMet => 0,
        Status::InsufficientData => 1,
        Status::NeedsJudgement => 2,
        Status::Met => 3,
    }
}

/// The status of a conjunction: the worst of its parts' (met only when every part is met; not
/// met when any part is not met; otherwise insufficient data before needs judgement).
fn worst(statuses: impl IntoIterator<Item = Status>) -> Option<Status> {
    statuses.into_iter().min_by_key(|s| rank(*s))
}

/// Every part against the same series, each over its own window.
fn all_of(
    target: &BoundTarget,
    window: &Window<'_>,
    cx: &Context<'_>,
    ev: &mut Evidence,
) -> Outcome {
    let parts: Vec<Assessment> = target
        .items
        .iter()
        .map(|item| evaluate_in(item, &Window::new(item, window.series(), cx), cx))
        .collect();
    let Some(status) = worst(parts.iter().map(|a| a.status)) else {
        return insufficient(Why::NoParts);
    };
    ev.missed = parts.iter().find_map(|a| a.evidence.missed);
    let reasons = parts
        .iter()
        .map(|a| (a.status, a.explanation.clone()))
        .collect();
    ev.parts = parts;
    (status, Reason(Why::AllOf(status, reasons)))
}

/// The milestone due at t decides; a milestone whose year has come and that was not met as of
/// its year is recorded as missed.
fn milestones(
    target: &BoundTarget,
    window: &Window<'_>,
    cx: &Context<'_>,
    ev: &mut Evidence,
) -> Outcome {
    let t = cx
        .as_of
        .or(window.current().map(|(t, _)| t))
        .or(target.due.last().copied());
    let Some((year, item)) = t.and_then(|t| target.due_at(t)) else {
        return insufficient(Why::NoParts);
    };
    let series = window.series();
    let part = evaluate_in(item, &Window::new(item, series, cx), cx);
    let t = t.unwrap_or(year);
    ev.missed = target
        .milestones()
        .take_while(|(y, _)| *y <= t)
        .find(|(y, m)| {
            let then = Context {
                as_of: Some(*y),
                ..*cx
            };
            evaluate(m, series, &then).status == Status::NotMet
        })
        .map(|(y, _)| y);
    ev.due = Some(year);
    ev.threshold = part.evidence.threshold;
    ev.years.clone_from(&part.evidence.years);
    ev.missed = ev.missed.or(part.evidence.missed);
    let status = part.status;
    let why = Why::Milestone {
        year,
        reason: Box::new(part.explanation.clone()),
        missed: ev.missed.filter(|m| *m != year),
    };
    ev.parts = vec![part];
    (status, Reason(why))
}
