//! A downstream reporting tool built on the library's public API only: it loads a data file,
//! evaluates every catalogue indicator, checks one ad-hoc target of its own, and writes its own
//! output (tab-separated) instead of the library's renderers.
//!
//! ```sh
//! cargo run --example downstream_report                       # the sample data
//! cargo run --example downstream_report -- my-county.csv 2023 # a file and an assessment year
//! ```
//!
//! Exit code 2 when the data file has errors (each printed with its line).

use std::path::PathBuf;
use std::process::ExitCode;

use plan_targets::data::Dataset;
use plan_targets::outlook::Warning;
use plan_targets::report::{Monitor, ReportOptions};
use plan_targets::{Context, Policy, Target, bind, catalog, evaluate};

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let path = args.next().map_or_else(
        || PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("examples/wushan-sample-2020-2024.csv"),
        PathBuf::from,
    );
    let year = match args.next().map(|y| y.parse()) {
        None => None,
        Some(Ok(year)) => Some(year),
        Some(Err(e)) => {
            eprintln!("assessment year: {e}");
            return ExitCode::from(2);
        }
    };

    // 1. Load: every bad line is reported, and nothing is evaluated from a bad file.
    let data = match Dataset::from_path(&path) {
        Ok(data) => data,
        Err(errors) => {
            for line in errors.lines() {
                eprintln!("{}: {line}", path.display());
            }
            return ExitCode::from(2);
        }
    };

    // 2. Evaluate every indicator of both plans as of the year (or the latest in the data).
    let options = ReportOptions {
        year,
        ..ReportOptions::default()
    };
    let monitor = match Monitor::new(options) {
        Ok(monitor) => monitor,
        Err(e) => {
            eprintln!("policy: {e}");
            return ExitCode::from(2);
        }
    };
    let report = monitor.report(&data);

    // 3. Our own output: one tab-separated line per indicator.
    println!("# as of {}", report.assessment_year);
    println!("id\tname\ttarget\tbaseline\tcurrent\tstatus\toutlook\trate\twarning");
    let show = |p: &Option<plan_targets::report::Point>| {
        p.as_ref()
            .map_or_else(|| "-".to_owned(), |p| format!("{}={}", p.year, p.value))
    };
    for row in &report.rows {
        println!(
            "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
            row.id,
            row.name,
            row.target,
            show(&row.baseline),
            show(&row.current),
            row.status,
            row.outlook.as_str(),
            row.rate.map_or_else(|| "-".to_owned(), |r| r.to_string()),
            row.warning.map_or("-", Warning::as_str),
        );
    }
    let flagged = |level| {
        report
            .rows
            .iter()
            .filter(|r| r.warning == Some(level))
            .count()
    };
    println!(
        "# warnings: {} red, {} orange, {} yellow",
        flagged(Warning::Red),
        flagged(Warning::Orange),
        flagged(Warning::Yellow)
    );

    // 4. An ad-hoc target of the tool's own: the county wants W04 (孕产妇系统管理率) at ≥96,
    //    stricter than the plan's ≥94. Bind it to the catalogue's indicator (unit, direction)
    //    and evaluate it against the same series, with the catalogue's baseline.
    let w04 = catalog::get("W04").expect("W04 is in the catalogue");
    let stricter: Target = "≥96%".parse().expect("a valid target");
    let policy = Policy::default();
    match bind(&stricter, &w04.spec(), &policy) {
        Ok(bound) => {
            let baseline = w04.baseline_observation(policy.baseline_year);
            let context = Context {
                as_of: Some(report.assessment_year),
                given_baseline: baseline.as_ref(),
                references: Some(data.references()),
            };
            let empty = plan_targets::Series::default();
            let series = data.series("W04").unwrap_or(&empty);
            let assessment = evaluate(&bound, series, &context);
            println!(
                "# ad hoc: W04 {stricter}: {} ({})",
                assessment.status, assessment.explanation
            );
        }
        Err(e) => println!("# ad hoc: W04 {stricter}: {e}"),
    }
    ExitCode::SUCCESS
}
