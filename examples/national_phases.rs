//! Times the phases of the national report from a file (read and check, evaluate, write):
//! `cargo run --release --example national_phases -- national.csv` (make the file with the
//! `national_csv` example). Synthetic data; prints seconds per phase.

use std::time::Instant;

use plan_targets::catalog::Catalog;
use plan_targets::data::Regions;
use plan_targets::report::{Monitor, ReportOptions, regions};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "national.csv".to_owned());
    let started = Instant::now();
    let data = Regions::from_path_in(path.as_ref(), Catalog::embedded())?;
    let read = started.elapsed();
    let started = Instant::now();
    let monitor = Monitor::new(ReportOptions::default())?;
    let report = monitor.report_regions(&data);
    let evaluated = started.elapsed();
    let started = Instant::now();
    let mut out = Vec::new();
    regions::write_csv(&report, &mut out)?;
    let written = started.elapsed();
    println!(
        "{} regions: read and check {:.2?}, evaluate {:.2?}, write CSV {:.2?} ({} MB)",
        data.len(),
        read,
        evaluated,
        written,
        out.len() / 1_000_000
    );
    Ok(())
}
