//! Report throughput: the whole catalogue on the sample data, and the national-scale case of
//! 2,844 county-level units × every indicator × 2020–2030 (synthetic, deterministic).

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use plan_targets::data::Dataset;
use plan_targets::report::{Monitor, ReportOptions};

#[path = "common/national.rs"]
mod national;

fn bench(c: &mut Criterion) {
    let sample = Dataset::from_csv_str(include_str!("../examples/wushan-sample-2020-2024.csv"))
        .expect("the sample data is valid");
    let monitor = Monitor::new(ReportOptions::default()).expect("the default policy is valid");
    let indicators = plan_targets::catalog::all().len() as u64;

    let mut group = c.benchmark_group("report");
    group.throughput(Throughput::Elements(indicators));
    group.bench_function("catalogue_sample_data", |b| {
        b.iter(|| {
            let report = monitor.report(black_box(&sample));
            assert_eq!(report.rows.len(), indicators as usize);
            black_box(report)
        })
    });
    group.bench_function("catalogue_sample_data_markdown", |b| {
        b.iter(|| {
            black_box(plan_targets::report::render::markdown(
                &monitor.report(&sample),
            ))
        })
    });
    group.finish();

    let country = national::country(national::UNITS);
    let options = ReportOptions {
        year: Some(2030),
        ..ReportOptions::default()
    };
    let monitor = Monitor::new(options).expect("the default policy is valid");
    let mut group = c.benchmark_group("national");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(20));
    group.throughput(Throughput::Elements(national::UNITS as u64 * indicators));
    group.bench_function("2844_units_full_reports", |b| {
        b.iter(|| {
            let mut warnings = 0;
            for unit in &country {
                let report = monitor.report(black_box(unit));
                warnings += report.warnings.len();
                black_box(&report);
            }
            assert!(warnings > 0);
            warnings
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
