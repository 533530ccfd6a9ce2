//! Evaluation and outlook cases as data: `tests/data/eval/*.tsv`, each row computed by hand from
//! `docs/semantics.md` (the arithmetic is the last column). One harness reads them through the
//! public API and reports every mismatch at once, with its file and line.
//!
//! A row whose arithmetic starts with `known:` is a case where the code disagrees with the rules
//! on purpose or by a known fault: the harness requires the disagreement, so that the mark is
//! removed when the code changes.

use plan_targets::data::Dataset;
use plan_targets::eval::{Band, PolicyOverride, References, Window, evaluate_in};
use plan_targets::outlook::{
    DirectionalInput, OutlookResult, QuantifiedInput, assess, band_target, directional_outlook,
    every_year_outlook, quantified_outlook,
};
use plan_targets::report::{Monitor, ReportOptions};
use plan_targets::series::Observation;
use plan_targets::{
    Context, Direction, IndicatorSpec, Policy, Series, Target, Unit, Year, bind, evaluate,
};
use rust_decimal::Decimal;

/// The reference series' name in the status cases (`ref=`).
const REF: &str = "ref";

/// A case file's data rows: `(line number, columns)`, comments and blank lines skipped.
fn rows(data: &str) -> impl Iterator<Item = (usize, Vec<&str>)> {
    data.lines()
        .enumerate()
        .filter(|(_, l)| !l.starts_with('#') && !l.trim().is_empty())
        .map(|(i, l)| (i + 1, l.split('\t').collect()))
}

/// The outcome of every row of one file.
#[derive(Default)]
struct Tally {
    file: &'static str,
    cases: usize,
    known: usize,
    problems: Vec<String>,
}

impl Tally {
    fn new(file: &'static str) -> Tally {
        Tally {
            file,
            ..Tally::default()
        }
    }

    /// Records one row: `got` against `want`, honouring a `known:` mark in `arithmetic`.
    fn check(&mut self, line: usize, case: &str, want: &str, got: &str, arithmetic: &str) {
        self.cases += 1;
        let known = arithmetic.trim_start().starts_with("known:");
        match (want == got, known) {
            (true, false) => {}
            (false, true) => self.known += 1,
            (false, false) => self.problems.push(format!(
                "{}:{line}: {case}: expected {want}, got {got} ({arithmetic})",
                self.file
            )),
            (true, true) => self.problems.push(format!(
                "{}:{line}: {case}: marked known but the code now agrees ({want}); remove the mark",
                self.file
            )),
        }
    }

    /// A row that could not be run at all.
    fn broken(&mut self, line: usize, why: String) {
        self.cases += 1;
        self.problems.push(format!("{}:{line}: {why}", self.file));
    }

    fn finish(self, at_least: usize) {
        assert!(
            self.problems.is_empty(),
            "{} of {} cases in tests/data/eval/{} disagree:\n{}",
            self.problems.len(),
            self.cases,
            self.file,
            self.problems.join("\n")
        );
        assert!(
            self.cases >= at_least,
            "tests/data/eval/{}: only {} cases read",
            self.file,
            self.cases
        );
        if self.known > 0 {
            println!(
                "tests/data/eval/{}: {} known disagreements (marked `known:`)",
                self.file, self.known
            );
        }
    }
}

fn dec(text: &str) -> Result<Decimal, String> {
    text.parse().map_err(|e| format!("`{text}`: {e}"))
}

fn band(text: &str) -> Result<Band, String> {
    let (low, high) = text
        .split_once('-')
        .ok_or_else(|| format!("`{text}`: expected LO-HI"))?;
    Ok(Band::new(dec(low)?, dec(high)?))
}

fn series(text: &str) -> Result<Series, String> {
    Series::parse(text)
        .map(|(s, _)| s)
        .map_err(|e| format!("series `{text}`: {e}"))
}

/// Runs one status row; `Err` when the row itself is malformed.
fn status_of(target: &str, data: &str, options: &str) -> Result<String, String> {
    let target: Target = target.parse().map_err(|e| format!("target: {e}"))?;
    let series = series(data)?;
    let mut spec = IndicatorSpec {
        id: Some("X".into()),
        ..IndicatorSpec::default()
    };
    let mut policy = Policy::default();
    let mut overrides = PolicyOverride::default();
    let mut as_of = None;
    let mut catalogue_baseline = None;
    let mut references = References::new();
    for option in options.split(' ').filter(|o| *o != "-" && !o.is_empty()) {
        let (key, value) = option
            .split_once('=')
            .ok_or_else(|| format!("option `{option}`: expected KEY=VALUE"))?;
        match key {
            "dir" => spec.direction = Some(value.parse::<Direction>().map_err(|e| e.to_string())?),
            "unit" => spec.unit = Some(Unit::from_label(value).ok_or(format!("unit `{value}`"))?),
            "band" => spec.band = Some(band(value)?),
            "year" => as_of = Some(value.parse::<Year>().map_err(|e| e.to_string())?),
            "base" => {
                let (year, value) = value
                    .split_once('=')
                    .ok_or_else(|| format!("base `{value}`: expected YEAR=VALUE"))?;
                policy.baseline_year = year.parse().map_err(|_| format!("year `{year}`"))?;
                let (observation, _) =
                    Observation::parse(value).map_err(|e| format!("base: {e}"))?;
                catalogue_baseline = Some(observation);
            }
            "ref" => {
                spec.reference = Some(REF.into());
                if value != "-" {
                    references.insert(REF.into(), self::series(value)?);
                }
            }
            // Through the indicator's override, so that overrides are exercised too.
            "tol" => overrides.approximate_tolerance = Some(dec(value)?),
            "m" => overrides.marked_decline_rate = Some(dec(value)?),
            "limit" => overrides.percentage_limit = Some(dec(value)?),
            "qband" => overrides.qualitative_band = Some(band(value)?),
            "stol" => overrides.stable_tolerance = Some(dec(value)?),
            "ceiling" => overrides.elimination_ceiling = Some(dec(value)?),
            // The policy-wide default, not an override: the band's last resort.
            "bband" => policy.balance_band = Some(band(value)?),
            _ => return Err(format!("unknown option `{key}`")),
        }
    }
    policy.overrides.insert("X".into(), overrides);
    let bound = match bind(&target, &spec, &policy) {
        Ok(bound) => bound,
        Err(_) => return Ok("bind_error".into()),
    };
    let context = Context {
        as_of,
        given_baseline: catalogue_baseline.as_ref(),
        references: Some(&references),
    };
    Ok(evaluate(&bound, &series, &context).status.as_str().into())
}

#[test]
fn status_cases() {
    let mut tally = Tally::new("status.tsv");
    for (line, cols) in rows(include_str!("data/eval/status.tsv")) {
        let [target, data, options, want, arithmetic] = cols[..] else {
            tally.broken(line, format!("want 5 columns, got {}", cols.len()));
            continue;
        };
        match status_of(target, data, options) {
            Ok(got) => tally.check(
                line,
                &format!("{target} on {data} [{options}]"),
                want,
                &got,
                arithmetic,
            ),
            Err(why) => tally.broken(line, why),
        }
    }
    tally.finish(100);
}

/// Runs one outlook row through the method it names; `Err` when the row itself is malformed.
fn outlook_of(
    method: &str,
    direction: &str,
    data: &str,
    target: &str,
    options: &str,
) -> Result<OutlookResult, String> {
    if method == "target" {
        return target_outlook(direction, data, target, options);
    }
    let direction: Direction = direction.parse().map_err(|e| format!("{e}"))?;
    let series = series(data)?;
    let points: Vec<(i32, Decimal)> = series
        .iter()
        .map(|(y, o)| o.value().map(|v| (y, v)).ok_or(format!("{y}: not a value")))
        .collect::<Result<_, _>>()?;
    let baseline = points.iter().copied().find(|&(y, _)| y == 2020);
    let current = points.last().copied();
    let (mut met, mut percentage, mut target_year) = (false, false, None);
    for option in options.split(' ').filter(|o| *o != "-" && !o.is_empty()) {
        match option.split_once('=') {
            None if option == "met" => met = true,
            None if option == "pct" => percentage = true,
            Some(("T", y)) => target_year = Some(y.parse().map_err(|_| format!("T `{y}`"))?),
            _ => return Err(format!("unknown option `{option}`")),
        }
    }
    let policy = Policy::default();
    Ok(match method {
        "quantified" => {
            let target = match target.split_once('-').filter(|(lo, _)| !lo.is_empty()) {
                Some((lo, hi)) => {
                    let from = baseline.map_or(dec(lo)?, |(_, v)| v);
                    band_target(dec(lo)?, dec(hi)?, from)
                }
                None => dec(target)?,
            };
            let input = QuantifiedInput {
                baseline,
                current,
                target,
                direction,
                target_year,
                met,
            };
            quantified_outlook(&input, &policy)
        }
        "directional" => directional_outlook(
            &DirectionalInput {
                baseline,
                current,
                direction,
                percentage,
            },
            &policy,
        ),
        "every_year" => every_year_outlook(&points),
        _ => return Err(format!("unknown method `{method}`")),
    })
}

/// Runs one outlook row through the public API from the target's text: bind (the indicator's
/// direction, `-` for none; `pct`: the indicator is in %; `T=YEAR`: the policy's target year),
/// evaluate and assess over one window.
fn target_outlook(
    direction: &str,
    data: &str,
    target: &str,
    options: &str,
) -> Result<OutlookResult, String> {
    let mut spec = IndicatorSpec::default();
    if direction != "-" {
        spec.direction = Some(direction.parse().map_err(|e| format!("{e}"))?);
    }
    let mut policy = Policy::default();
    for option in options.split(' ').filter(|o| *o != "-" && !o.is_empty()) {
        match option.split_once('=') {
            None if option == "pct" => spec.unit = Some(Unit::Percent),
            Some(("T", y)) => policy.target_year = y.parse().map_err(|_| format!("T `{y}`"))?,
            _ => return Err(format!("unknown option `{option}` for the target method")),
        }
    }
    let target: Target = target.parse().map_err(|e| format!("target: {e}"))?;
    let bound = bind(&target, &spec, &policy).map_err(|e| format!("bind: {e}"))?;
    let series = series(data)?;
    let context = Context::default();
    let window = Window::new(&bound, &series, &context);
    let assessment = evaluate_in(&bound, &window, &context);
    Ok(assess(&bound, &assessment, &window, &policy))
}

/// The rate as the case file writes it: `-`, the figure, or `~X` (rounded to X's places).
fn rate_text(rate: Option<Decimal>, want: &str) -> String {
    match (rate, want.strip_prefix('~')) {
        (None, _) => "-".into(),
        (Some(r), Some(approx)) => {
            let places = approx.split_once('.').map_or(0, |(_, f)| f.len() as u32);
            format!("~{}", r.round_dp(places))
        }
        (Some(r), None) => r.normalize().to_string(),
    }
}

#[test]
fn outlook_cases() {
    let mut tally = Tally::new("outlook.tsv");
    for (line, cols) in rows(include_str!("data/eval/outlook.tsv")) {
        let [
            method,
            direction,
            data,
            target,
            options,
            want,
            want_rate,
            arithmetic,
        ] = cols[..]
        else {
            tally.broken(line, format!("want 8 columns, got {}", cols.len()));
            continue;
        };
        match outlook_of(method, direction, data, target, options) {
            Ok(result) => {
                let got = format!(
                    "{} {}",
                    result.outlook.as_str(),
                    rate_text(result.rate, want_rate)
                );
                tally.check(
                    line,
                    &format!("{method} {direction} {data} → {target} [{options}]"),
                    &format!("{want} {want_rate}"),
                    &got,
                    arithmetic,
                );
            }
            Err(why) => tally.broken(line, why),
        }
    }
    tally.finish(50);
}

#[test]
fn report_cases() {
    let mut tally = Tally::new("report.tsv");
    for (line, cols) in rows(include_str!("data/eval/report.tsv")) {
        let [id, data, year, status, outlook, rate, warning, arithmetic] = cols[..] else {
            tally.broken(line, format!("want 8 columns, got {}", cols.len()));
            continue;
        };
        let run = || -> Result<String, String> {
            let dataset = Dataset::from_series([(id, series(data)?)]).map_err(|e| e.to_string())?;
            let options = ReportOptions {
                year: match year {
                    "-" => None,
                    y => Some(y.parse().map_err(|_| format!("year `{y}`"))?),
                },
                ..ReportOptions::default()
            };
            let report = Monitor::new(options)
                .map_err(|e| e.to_string())?
                .report(&dataset);
            let row = report
                .rows
                .iter()
                .find(|r| r.id == id)
                .ok_or(format!("no row for {id}"))?;
            Ok(format!(
                "{} {} {} {}",
                row.status.as_str(),
                row.outlook.as_str(),
                rate_text(row.rate, rate),
                row.warning.map_or("-", |w| w.as_str())
            ))
        };
        match run() {
            Ok(got) => tally.check(
                line,
                &format!("{id} on {data}"),
                &format!("{status} {outlook} {rate} {warning}"),
                &got,
                arithmetic,
            ),
            Err(why) => tally.broken(line, why),
        }
    }
    tally.finish(10);
}
