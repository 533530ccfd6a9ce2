//! A deterministic synthetic national data set: 2,844 county-level units × every catalogue
//! indicator × 2020–2030, for the national-scale benchmark. Not real data.

use plan_targets::catalog::{self, Indicator};
use plan_targets::data::Dataset;
use plan_targets::{Observation, Series, Unit};
use rust_decimal::Decimal;

/// County-level divisions of China (the benchmark's unit count).
pub const UNITS: usize = 2_844;
/// 2020–2030.
pub const YEARS: std::ops::RangeInclusive<i32> = 2020..=2030;

/// xorshift64*: small, fast and the same on every machine.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// Uniform in `0..n`.
    fn below(&mut self, n: u64) -> i64 {
        (self.next() % n) as i64
    }
}

/// One unit's series for one indicator: a start near the indicator's scale and a drift of
/// either sign, in hundredths.
fn series(indicator: &Indicator, unit: usize, index: usize) -> Series {
    let mut rng = Rng::new((unit as u64) << 8 | index as u64);
    let (start, spread): (i64, i64) = match indicator.unit {
        Some(Unit::Percent) => (4_000 + rng.below(5_900), 60),
        Some(Unit::PerMille) => (100 + rng.below(900), 10),
        Some(Unit::PerHundredThousand) => (500 + rng.below(2_000), 50),
        _ => (100 + rng.below(20_000), 200),
    };
    let drift = rng.below(2 * spread as u64 + 1) - spread;
    let ratio = indicator.id == "W40";
    let points = YEARS.map(|year| {
        let step = i64::from(year - 2020);
        let noise = rng.below(21) - 10;
        let hundredths = (start + drift * step + noise).max(0);
        let observation = if ratio {
            Observation::Ratio {
                antecedent: Decimal::ONE,
                consequent: Decimal::new(100 + hundredths % 80, 2),
            }
        } else {
            Observation::Value(Decimal::new(hundredths, 2))
        };
        (year, observation)
    });
    Series::new(points).expect("distinct years")
}

/// The data of one unit: every indicator and the external reference series.
pub fn unit(unit: usize) -> Dataset {
    let indicators = catalog::all();
    let mut all: Vec<(String, Series)> = indicators
        .iter()
        .enumerate()
        .map(|(i, indicator)| (indicator.id.clone(), series(indicator, unit, i)))
        .collect();
    let w30 = indicators
        .iter()
        .position(|i| i.id == "W30")
        .expect("W30 in the catalogue");
    for name in plan_targets::data::reference_series_names() {
        all.push((name.to_owned(), series(&indicators[w30], unit, 1_000)));
    }
    Dataset::from_series(all).expect("catalogue ids")
}

/// The data of the first `units` units ([`UNITS`] for the whole country).
pub fn country(units: usize) -> Vec<Dataset> {
    (0..units).map(unit).collect()
}
