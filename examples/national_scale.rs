//! The national-scale case on its own, for timing and peak memory (`/usr/bin/time -v`):
//! 2,844 synthetic county-level units × every indicator × 2020–2030, into full reports.
//!
//! `cargo run --release --example national_scale [UNITS]` (default: all 2,844).

use std::time::{Duration, Instant};

use plan_targets::report::{Monitor, ReportOptions};

#[path = "../benches/common/national.rs"]
mod national;

fn main() {
    let started = Instant::now();
    let units = std::env::args()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(national::UNITS);
    let country = national::country(units);
    let generated = started.elapsed();
    let monitor = Monitor::new(ReportOptions {
        year: Some(2030),
        ..ReportOptions::default()
    })
    .expect("the default policy is valid");
    let started = Instant::now();
    let cpu_started = thread_cpu();
    let mut rows = 0;
    let mut warnings = 0;
    for unit in &country {
        let report = monitor.report(unit);
        rows += report.rows.len();
        warnings += report.warnings.len();
    }
    let elapsed = started.elapsed();
    let cpu = thread_cpu()
        .zip(cpu_started)
        .map(|(end, start)| end - start);
    println!(
        "{} units, {rows} assessments, {warnings} warnings: generated in {:.2?}, reported in {:.3?} ({:.0} assessments/s){}",
        country.len(),
        generated,
        elapsed,
        rows as f64 / elapsed.as_secs_f64(),
        cpu.map_or_else(String::new, |cpu| format!(", {cpu:.3?} on the CPU"))
    );
}

/// The time this thread has spent on a CPU (Linux's `/proc/thread-self/schedstat`), so that a
/// loaded machine's waiting is not counted; `None` elsewhere.
fn thread_cpu() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let nanos = stat.split_whitespace().next()?.parse().ok()?;
    Some(Duration::from_nanos(nanos))
}
