//! Writes the national case as one CSV data file: 2,844 synthetic county-level regions × every
//! catalogue indicator (and the reference series) × 2020–2030, about 2.8 million rows. The
//! figures are SYNTHETIC (deterministic pseudo-random drifts, the same on every machine), made
//! for timing, not statistics of any place; the region codes `SYN0001`… are made up too.
//!
//! `cargo run --release --example national_csv -- national.csv [REGIONS]`, then
//! `plan-targets report --data national.csv --format csv --output out.csv`.

use std::io::Write;

#[path = "../benches/common/national.rs"]
#[allow(dead_code)] // `country` is the benches'
mod national;

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let path = args.next().unwrap_or_else(|| "national.csv".to_owned());
    let regions = args
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or(national::UNITS);
    let file = std::fs::File::create(&path)?;
    let mut out = std::io::BufWriter::with_capacity(1 << 20, file);
    writeln!(out, "region,indicator,year,value")?;
    let mut rows = 0u64;
    for unit in 0..regions {
        let data = national::unit(unit);
        let region = format!("SYN{:04}", unit + 1);
        for (key, series) in data.references() {
            for (year, observation) in series.iter() {
                writeln!(out, "{region},{key},{year},{observation}")?;
                rows += 1;
            }
        }
    }
    out.flush()?;
    eprintln!("{path}: {regions} regions, {rows} rows (synthetic)");
    Ok(())
}
