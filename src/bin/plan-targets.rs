//! The `plan-targets` command line (placeholder until the CLI lands).

fn main() {}
