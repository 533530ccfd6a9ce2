//! `plan-targets`: the command line over the library.
//!
//! Exit codes: 0 success; 1 a target failed to parse (`parse`); 2 bad input to `eval` or
//! `report` (a malformed series or data file, an unknown indicator, a unit mismatch).

use std::io::{BufRead, Write};
use std::process::ExitCode;

use clap::{Parser as ClapParser, Subcommand, ValueEnum};
use plan_targets::Target;
use plan_targets::catalog::{self, Plan, Row};

#[derive(ClapParser, Debug)]
#[command(
    name = "plan-targets",
    version,
    about = "Parse, check and monitor the targets of development plans"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Parse targets and print their canonical form (or JSON).
    Parse {
        /// One JSON object per input instead of the canonical form.
        #[arg(long)]
        json: bool,
        /// Read one target per line from standard input.
        #[arg(long, conflicts_with = "targets")]
        stdin: bool,
        /// The targets to parse.
        #[arg(required_unless_present = "stdin")]
        targets: Vec<String>,
    },
    /// List the embedded catalogue: both plans' indicator tables and task-text targets.
    Catalog {
        /// Only one plan's rows.
        #[arg(long, value_parser = parse_plan)]
        plan: Option<Plan>,
        /// Table for people, JSON or CSV for tools.
        #[arg(long, value_enum, default_value_t = CatalogFormat::Table)]
        format: CatalogFormat,
        /// Which rows: the indicator tables, the task-text targets, or both.
        #[arg(long, value_enum, default_value_t = Source::All)]
        source: Source,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum CatalogFormat {
    Table,
    Json,
    Csv,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Source {
    Table,
    Task,
    All,
}

fn parse_plan(s: &str) -> Result<Plan, String> {
    s.parse().map_err(|e: catalog::UnknownPlan| e.to_string())
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let code = match cli.command {
        Command::Parse {
            json,
            stdin,
            targets,
        } => parse_command(&mut out, json, stdin, &targets),
        Command::Catalog {
            plan,
            format,
            source,
        } => catalog_command(&mut out, plan, format, source),
    };
    match out.flush() {
        Ok(()) => code,
        Err(_) => ExitCode::from(1),
    }
}

/// The JSON line for one parsed target: the kind first, then the input, its canonical form and
/// the tree.
fn target_json(input: &str, target: &Target) -> String {
    serde_json::json!({
        "kind": target.kind().as_str(),
        "input": input,
        "canonical": target.to_string(),
        "target": target,
    })
    .to_string()
}

fn parse_command(out: &mut impl Write, json: bool, stdin: bool, targets: &[String]) -> ExitCode {
    let mut failed = false;
    let mut emit =
        |out: &mut dyn Write, text: &str, one_line_errors: bool| -> std::io::Result<()> {
            match text.parse::<Target>() {
                Ok(target) if json => writeln!(out, "{}", target_json(text, &target)),
                Ok(target) => writeln!(out, "{target}"),
                Err(e) => {
                    failed = true;
                    if one_line_errors {
                        writeln!(out, "error: {e}")
                    } else {
                        eprint!("{}", e.render());
                        Ok(())
                    }
                }
            }
        };
    let result = if stdin {
        // One output line per input line, in order, errors included.
        std::io::stdin().lock().lines().try_for_each(|line| {
            let line = line?;
            emit(out, line.trim_end_matches('\r'), true)
        })
    } else {
        targets.iter().try_for_each(|t| emit(out, t, false))
    };
    if let Err(e) = result {
        eprintln!("error: {e}");
        return ExitCode::from(2);
    }
    if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn catalog_command(
    out: &mut impl Write,
    plan: Option<Plan>,
    format: CatalogFormat,
    source: Source,
) -> ExitCode {
    let in_plan = |p: Plan| plan.is_none_or(|want| want == p);
    let rows: Vec<Row<'static>> = catalog::rows()
        .filter(|row| match row {
            Row::Indicator(i) => source != Source::Task && in_plan(i.plan),
            Row::Task(t) => source != Source::Table && in_plan(t.plan),
        })
        .collect();
    let text = match format {
        CatalogFormat::Table => catalog::to_table(rows),
        CatalogFormat::Json => catalog::to_json(rows),
        CatalogFormat::Csv => catalog::to_csv(rows),
    };
    match out.write_all(text.as_bytes()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}
