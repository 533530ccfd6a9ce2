//! Times the phases of the national report from a file (read and check, evaluate, write):
//! `cargo run --release --example national_phases -- national.csv` (make the file with the
//! `national_csv` example). Synthetic data; prints, per phase, the CPU time this process spent
//! (from `/proc/self/schedstat` on Linux, so that a loaded machine does not inflate the figures;
//! wall-clock time elsewhere) and the wall-clock time.

use std::time::{Duration, Instant};

use plan_targets::catalog::Catalog;
use plan_targets::data::Regions;
use plan_targets::report::{Monitor, ReportOptions, regions};

/// CPU time of this process so far (on-CPU nanoseconds of `/proc/self/schedstat`), if known.
fn cpu() -> Option<Duration> {
    let text = std::fs::read_to_string("/proc/self/schedstat").ok()?;
    let ns = text.split_whitespace().next()?.parse().ok()?;
    Some(Duration::from_nanos(ns))
}

/// Runs a phase; its CPU and wall-clock time.
fn phase<T>(f: impl FnOnce() -> T) -> (T, Duration, Duration) {
    let (cpu_before, wall) = (cpu(), Instant::now());
    let out = f();
    let wall = wall.elapsed();
    let cpu = match (cpu_before, cpu()) {
        (Some(a), Some(b)) => b.saturating_sub(a),
        _ => wall,
    };
    (out, cpu, wall)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "national.csv".to_owned());
    let (data, read_cpu, read_wall) =
        phase(|| Regions::from_path_in(path.as_ref(), Catalog::embedded()));
    let data = data?;
    let monitor = Monitor::new(ReportOptions::default())?;
    let (report, eval_cpu, eval_wall) = phase(|| monitor.report_regions(&data));
    let (written, write_cpu, write_wall) = phase(|| {
        let mut out = Vec::new();
        regions::write_csv(&report, &mut out).map(|()| out.len())
    });
    let written = written?;
    let total = read_cpu + eval_cpu + write_cpu;
    let share = |d: Duration| 100.0 * d.as_secs_f64() / total.as_secs_f64();
    println!(
        "{} regions, {} MB of CSV written. CPU: read and check {:.2?} ({:.0}%), evaluate {:.2?} ({:.0}%), write CSV {:.2?} ({:.0}%), total {:.2?}. Wall: {:.2?}, {:.2?}, {:.2?}",
        data.len(),
        written / 1_000_000,
        read_cpu,
        share(read_cpu),
        eval_cpu,
        share(eval_cpu),
        write_cpu,
        share(write_cpu),
        total,
        read_wall,
        eval_wall,
        write_wall,
    );
    Ok(())
}
