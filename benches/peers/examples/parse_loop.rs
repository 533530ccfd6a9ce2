//! A plain loop parsing the peer targets, for profilers (callgrind, perf): no timer, no peers.
//!
//! `cargo build --release --example parse_loop --manifest-path benches/peers/Cargo.toml`, then
//! `valgrind --tool=callgrind benches/peers/target/release/examples/parse_loop 20000`.

use std::hint::black_box;

/// The plan-targets column of the peer table (`src/main.rs`).
const TARGETS: [&str; 20] = [
    "≥82.3", "<1.5", "≤1.5", ">0", "≥95", "≤30", "≥100", "<10", ">45", "≥0.5", "≤2.8", "≥3.6",
    "<12", ">60", "≥98.5", "≤0.8", "≥75", "<5", ">99.9", "≥1",
];

fn main() {
    let rounds: usize = std::env::args()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(100_000);
    for _ in 0..rounds {
        for text in TARGETS {
            let t: plan_targets::Target = black_box(text).parse().expect("peer targets parse");
            black_box(t);
        }
    }
}
