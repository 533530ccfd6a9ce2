//! Peer benchmark for plan-targets.
//!
//! Compares three ways of turning a comparison target such as `>= 82.3` into
//! something that can be checked against a decimal value, and of checking it:
//!
//! * `ours` — plan-targets (see `ours.rs`);
//! * `zen`  — GoRules zen-expression unary tests (see `zen.rs`);
//! * `hand` — a hand-written prefix split + `Decimal::from_str` (see `hand.rs`).
//!
//! The program first checks that all three agree on every (target, value)
//! pair, then times parsing (ns per target) and evaluation (ns per pair) and
//! prints one line per comparison:
//!
//! ```text
//! ratio <name> <ours_ns> <other_ns> <other/ours>
//! ```
//!
//! Lines starting with `#` are context for humans. Run with
//! `cargo run --release --manifest-path benches/peers/Cargo.toml`.

mod hand;
mod ours;
mod zen;

use rust_decimal::Decimal;
use std::hint::black_box;
use std::str::FromStr;
use std::time::{Duration, Instant};

/// The targets, written once per notation: `(zen and hand-written, plan-targets)`.
/// Both columns must denote the same limit; the agreement check enforces it.
const TARGETS: [(&str, &str); 20] = [
    (">= 82.3", "≥82.3"),
    ("< 1.5", "<1.5"),
    ("<= 1.5", "≤1.5"),
    ("> 0", ">0"),
    (">= 95", "≥95"),
    ("<= 30", "≤30"),
    (">= 100", "≥100"),
    ("< 10", "<10"),
    ("> 45", ">45"),
    (">= 0.5", "≥0.5"),
    ("<= 2.8", "≤2.8"),
    (">= 3.6", "≥3.6"),
    ("< 12", "<12"),
    ("> 60", ">60"),
    (">= 98.5", "≥98.5"),
    ("<= 0.8", "≤0.8"),
    (">= 75", "≥75"),
    ("< 5", "<5"),
    ("> 99.9", ">99.9"),
    (">= 1", "≥1"),
];

/// The values every target is checked against; chosen to sit on and next to
/// several bounds (82.3 vs 82.29, 1.5 vs 1.49, 100.0 vs 100, 0, a negative).
const VALUES: [&str; 8] = ["82.3", "82.29", "1.49", "1.5", "45", "0", "100.0", "-3.2"];

/// A few results fixed by hand, so that "all agree" cannot mean "all wrong".
/// `(zen/hand target text, value, expected)`.
const SPOT_CHECKS: [(&str, &str, bool); 10] = [
    (">= 82.3", "82.3", true),
    (">= 82.3", "82.29", false),
    ("< 1.5", "1.49", true),
    ("< 1.5", "1.5", false),
    ("<= 1.5", "1.5", true),
    ("> 0", "0", false),
    (">= 100", "100.0", true),
    ("> 99.9", "100.0", true),
    ("> 45", "45", false),
    ("< 5", "-3.2", true),
];

/// Minimum wall time of one timed batch; the repetition count is doubled
/// until a batch takes at least this long.
const BATCH_TARGET: Duration = Duration::from_millis(20);
/// Number of timed batches per implementation; the median is reported.
const BATCHES: usize = 21;

fn main() {
    let values: Vec<Decimal> = VALUES
        .iter()
        .map(|v| Decimal::from_str(v).expect("bench value must be a decimal"))
        .collect();

    // Parse every target once with each implementation, for the agreement
    // check and as input to the evaluation benchmarks.
    let ours_parsed: Vec<ours::Ours> = TARGETS.iter().map(|(_, p)| ours::parse(p)).collect();
    let hand_parsed: Vec<hand::Limit> = TARGETS
        .iter()
        .map(|(t, _)| hand::parse(t).unwrap_or_else(|| panic!("hand: cannot parse {t:?}")))
        .collect();
    let mut zen_compiler = zen::Compiler::new();
    let zen_parsed: Vec<zen::Compiled> = TARGETS
        .iter()
        .map(|(t, _)| zen_compiler.compile(t))
        .collect();

    let holding = check_agreement(&values, &ours_parsed, &hand_parsed, &zen_parsed);
    print_header(values.len(), holding);

    // --- parsing: ns per target -------------------------------------------
    let parse = run_group(
        TARGETS.len(),
        vec![
            (
                "ours",
                Box::new(|| {
                    for (_, text) in &TARGETS {
                        black_box(ours::parse_only(black_box(text)));
                    }
                }),
            ),
            (
                "zen",
                Box::new(move || {
                    // `compile_unary` reuses the isolate's lexer, compiler
                    // and arena; its output is the reusable bytecode.
                    for (text, _) in &TARGETS {
                        black_box(zen_compiler.compile(black_box(text)));
                    }
                }),
            ),
            (
                "hand",
                Box::new(|| {
                    for (text, _) in &TARGETS {
                        black_box(hand::parse(black_box(text)));
                    }
                }),
            ),
        ],
    );

    // --- evaluation of pre-parsed targets: ns per (target, value) pair -----
    let mut zen_eval = zen::Evaluator::new();
    let eval = run_group(
        TARGETS.len() * values.len(),
        vec![
            (
                "ours",
                Box::new(|| {
                    for &v in &values {
                        for t in &ours_parsed {
                            black_box(ours::holds(black_box(t), black_box(v)));
                        }
                    }
                }),
            ),
            (
                "zen",
                Box::new(|| {
                    for &v in &values {
                        // `$` is bound once per value and shared by the 20
                        // targets, which favours zen over binding per pair.
                        zen_eval.bind(black_box(v));
                        for t in &zen_parsed {
                            black_box(zen_eval.holds(black_box(t)));
                        }
                    }
                }),
            ),
            (
                "hand",
                Box::new(|| {
                    for &v in &values {
                        for t in &hand_parsed {
                            black_box(hand::holds(black_box(t), black_box(v)));
                        }
                    }
                }),
            ),
        ],
    );

    for (group, unit, stats) in [("parse", "target", &parse), ("eval", "pair", &eval)] {
        for s in stats {
            println!(
                "# {group:<5} {:<4} median {:>9.2} ns/{unit}  (min {:.2}, max {:.2}, {} reps/batch)",
                s.name, s.median, s.min, s.max, s.reps
            );
        }
    }
    for (group, stats) in [("parse", &parse), ("eval", &eval)] {
        let ours = &stats[0];
        for other in &stats[1..] {
            println!(
                "ratio {group}_vs_{} {:.2} {:.2} {:.2}",
                other.name,
                ours.median,
                other.median,
                other.median / ours.median
            );
        }
    }
}

/// Checks that the three implementations agree on every (target, value) pair
/// and match the hand-fixed spot checks; panics with the offending pair if
/// not. Returns how many pairs hold.
fn check_agreement(
    values: &[Decimal],
    ours_parsed: &[ours::Ours],
    hand_parsed: &[hand::Limit],
    zen_parsed: &[zen::Compiled],
) -> usize {
    let mut zen_eval = zen::Evaluator::new();
    let mut holding = 0;
    for (i, (text, plan_text)) in TARGETS.iter().enumerate() {
        for (&value, value_text) in values.iter().zip(VALUES) {
            let ours = ours::holds(&ours_parsed[i], value);
            let hand = hand::holds(&hand_parsed[i], value);
            zen_eval.bind(value);
            let zen = zen_eval.holds(&zen_parsed[i]);
            if !(ours == hand && hand == zen) {
                panic!(
                    "implementations disagree on target {text:?} (ours: {plan_text:?}) \
                     with value {value_text}: ours={ours} zen={zen} hand={hand}"
                );
            }
            if let Some(&(_, _, expected)) = SPOT_CHECKS
                .iter()
                .find(|(t, v, _)| t == text && *v == value_text)
            {
                assert_eq!(
                    ours, expected,
                    "all implementations say {ours} for {text:?} with value {value_text}, \
                     but {expected} is correct"
                );
            }
            holding += usize::from(ours);
        }
    }
    holding
}

fn print_header(n_values: usize, holding: usize) {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|info| {
            info.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split_once(':'))
                .map(|(_, name)| name.trim().to_owned())
        })
        .unwrap_or_else(|| "unknown CPU".to_owned());
    let cpus = std::thread::available_parallelism().map_or(0, |n| n.get());
    let pairs = TARGETS.len() * n_values;

    println!("# plan-targets peers: plan-targets vs zen-expression 2.1.6 vs hand-written");
    println!(
        "# machine: {cpu}, {cpus} logical CPUs, {}/{}, nice {}",
        std::env::consts::OS,
        std::env::consts::ARCH,
        niceness()
    );
    println!(
        "# build: {}, {}",
        env!("PEERS_RUSTC_VERSION"),
        if cfg!(debug_assertions) {
            "DEBUG build (numbers meaningless; use --release)"
        } else {
            "release"
        }
    );
    println!(
        "# workload: {} targets x {n_values} values = {pairs} pairs, all agree ({holding} hold)",
        TARGETS.len()
    );
    println!(
        "# timer: {BATCHES} interleaved batches of >= {} ms per implementation, median; \
         parse in ns/target, eval in ns/pair",
        BATCH_TARGET.as_millis()
    );
    println!(
        "# zen: Isolate::compile_unary reused for parse; \
         Expression<Unary>::evaluate_with_scope on a reused VM, $ bound once per value"
    );
}

/// This process's nice value (Linux), or `?` where unavailable.
fn niceness() -> String {
    std::fs::read_to_string("/proc/self/stat")
        .ok()
        .and_then(|stat| {
            // Fields after the parenthesised command name start at field 3;
            // nice is field 19.
            let after = stat.rsplit_once(')')?.1;
            after.split_whitespace().nth(16).map(str::to_owned)
        })
        .unwrap_or_else(|| "?".to_owned())
}

/// Timing result of one implementation, in ns per item.
struct Stats {
    name: &'static str,
    median: f64,
    min: f64,
    max: f64,
    reps: u64,
}

/// A named closure that performs one round of work over `items` items.
type Round<'a> = (&'static str, Box<dyn FnMut() + 'a>);

/// Times several implementations of the same work.
///
/// Each round is first calibrated (which also warms caches and allocators):
/// its repetition count is doubled until one batch takes `BATCH_TARGET`.
/// Then `BATCHES` batches are run, alternating between the implementations
/// so that slow phases of the machine hit all of them alike, and the median
/// batch is reported.
fn run_group(items: usize, mut rounds: Vec<Round<'_>>) -> Vec<Stats> {
    let reps: Vec<u64> = rounds
        .iter_mut()
        .map(|(_, round)| {
            let mut reps = 1;
            while time_batch(round, reps) < BATCH_TARGET {
                reps *= 2;
            }
            reps
        })
        .collect();

    let mut samples = vec![Vec::with_capacity(BATCHES); rounds.len()];
    for _ in 0..BATCHES {
        for (i, (_, round)) in rounds.iter_mut().enumerate() {
            let elapsed = time_batch(round, reps[i]);
            samples[i].push(elapsed.as_nanos() as f64 / (reps[i] as f64 * items as f64));
        }
    }

    rounds
        .iter()
        .zip(samples)
        .zip(reps)
        .map(|(((name, _), mut s), reps)| {
            s.sort_by(f64::total_cmp);
            Stats {
                name,
                median: s[s.len() / 2],
                min: s[0],
                max: s[s.len() - 1],
                reps,
            }
        })
        .collect()
}

/// Wall time of `reps` calls of `round`.
fn time_batch(round: &mut dyn FnMut(), reps: u64) -> Duration {
    let start = Instant::now();
    for _ in 0..reps {
        round();
    }
    start.elapsed()
}
