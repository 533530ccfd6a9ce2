//! Evaluation throughput: each target form against an 11-year series (2020–2030).

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use plan_targets::eval::{Band, Context, IndicatorSpec, Policy, References, bind, evaluate};
use plan_targets::{Direction, Series};
use rust_decimal::Decimal;

/// A rising series 80.0, 80.7, … over 2020–2030 (values in hundredths).
fn rising() -> Series {
    Series::from_values((0..11).map(|i| (2020 + i, Decimal::new(8000 + 70 * i64::from(i), 2))))
        .expect("distinct years")
}

fn bench(c: &mut Criterion) {
    let series = rising();
    let mut references = References::new();
    references.insert("ref".to_owned(), rising());
    let cases: &[(&str, &str)] = &[
        ("comparison", "≥82.3"),
        ("attain", "85"),
        ("approximately", "85左右"),
        ("range", "80—90"),
        ("ratio", "2:3"),
        ("reference", "不低于ref"),
        ("commensurate", "与ref相适应"),
        ("rise", "提高"),
        ("rise_gradually", "逐步提高"),
        ("rise_every_year", "逐年提高"),
        ("consolidate_and_rise", "巩固提高"),
        ("fall", "下降"),
        ("fall_markedly", "明显降低"),
        ("under_control", "得到控制"),
        ("toward_balance", "趋于平衡"),
        ("narrow", "逐步缩小"),
        ("keep", "保持在80%以上"),
        ("reach_and_keep", "达到并保持在82%以上"),
        ("qualitative", "保持合理比例"),
    ];
    let spec = IndicatorSpec {
        direction: Some(Direction::Higher),
        reference: Some("ref".to_owned()),
        band: Some(Band::new(Decimal::from(103), Decimal::from(107))),
        ..IndicatorSpec::default()
    };
    let policy = Policy::default();
    let context = Context {
        references: Some(&references),
        ..Context::default()
    };
    let mut group = c.benchmark_group("evaluate");
    group.throughput(Throughput::Elements(1));
    for (name, text) in cases {
        let bound = bind(&text.parse().expect("parses"), &spec, &policy).expect("binds");
        group.bench_function(*name, |b| {
            b.iter(|| black_box(evaluate(black_box(&bound), black_box(&series), &context)))
        });
    }
    let comparison = bind(&"≥82.3".parse().expect("parses"), &spec, &policy).expect("binds");
    let value: Decimal = "82.29".parse().expect("a decimal");
    group.bench_function("check_one_value", |b| {
        b.iter(|| black_box(comparison.check(black_box(value))))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
