//! Parsing throughput: the catalogue's targets, short and long forms.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use plan_targets::Target;

/// Every target of both plans' tables and task texts (the test data file).
fn plan_targets() -> Vec<String> {
    include_str!("../tests/data/plan_targets.tsv")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split('\t').nth(1).map(str::to_owned))
        .collect()
}

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("parse");
    let all = plan_targets();
    group.throughput(Throughput::Elements(all.len() as u64));
    group.bench_function("plan_targets_all", |b| {
        b.iter(|| {
            for text in &all {
                let t: Target = black_box(text.as_str())
                    .parse()
                    .expect("plan targets parse");
                black_box(t);
            }
        })
    });
    for (name, text) in [
        ("short_comparison", "≥82.3"),
        ("full_width", "＞98.5"),
        ("phrase", "逐年提高"),
        ("reference", "不低于本地区党员总数中女性比例"),
        ("keep", "保持在90%以上"),
        ("long_list", "分别降至2‰、4‰、5.5‰、12/10万和0.8‰以下"),
    ] {
        group.throughput(Throughput::Elements(1));
        group.bench_function(name, |b| {
            b.iter(|| {
                let t: Target = black_box(text).parse().expect("parses");
                black_box(t)
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
