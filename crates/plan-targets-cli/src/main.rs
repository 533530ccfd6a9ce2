//! `plan-targets`: the command line over the library.
//!
//! Exit codes: 0 success; 1 a target failed to parse (`parse`); 2 bad input to `eval` or
//! `report` (a malformed series or data file, an unknown indicator, a unit mismatch).

mod input;
mod output;
mod places;

use std::io::Write;
use std::process::ExitCode;

use clap::{Parser as ClapParser, Subcommand, ValueEnum};

mod open;
use plan_targets::catalog::{Period, Row};
use plan_targets::eval::References;
use plan_targets::{Context, Direction, IndicatorSpec, Observation, Policy, Series, Target, Year};

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
    /// List the catalogue: both plans' indicator tables and task-text targets (or a file's).
    Catalog {
        /// A catalogue file (CSV) instead of the embedded Wushan plans.
        #[arg(long)]
        catalog: Option<std::path::PathBuf>,
        /// Only one plan's rows (`women`, `children`, or a key of the catalogue file).
        #[arg(long)]
        plan: Option<String>,
        /// Table for people, JSON or CSV for tools.
        #[arg(long, value_enum, default_value_t = CatalogFormat::Table)]
        format: CatalogFormat,
        /// Which rows: the indicator tables, the task-text targets, or both.
        #[arg(long, value_enum, default_value_t = Source::All)]
        source: Source,
    },
    /// Check one target against a yearly series (status as of a year).
    Eval(EvalArgs),
    /// The monitoring report: every indicator's status, outlook and warning.
    Report(ReportArgs),
    /// The data-entry template departments fill in (one row per indicator, a column per year);
    /// it reads back as `report --data` with no edits.
    Template(open::TemplateArgs),
}

#[derive(clap::Args, Debug)]
struct ReportArgs {
    /// The year's figures: CSV (`indicator,year,value[,note…]`) or JSON. Without it, the
    /// catalogue's own 2020 baselines.
    #[arg(long)]
    data: Option<std::path::PathBuf>,
    /// The assessment year (default: the latest year in the data).
    #[arg(long, value_parser = input::year_in_range)]
    year: Option<Year>,
    /// One plan only (`women`, `children`, or a key of the catalogue file).
    #[arg(long)]
    plan: Option<String>,
    /// A catalogue file (CSV) instead of the embedded Wushan plans.
    #[arg(long)]
    catalog: Option<std::path::PathBuf>,
    /// Baseline and target years `B-T` for every plan instead of each plan's own (`2010-2020`).
    #[arg(long, value_parser = places::parse_period)]
    period: Option<Period>,
    /// Markdown or an HTML page with charts for people, an Excel workbook, CSV (with a BOM,
    /// for Excel) or JSON for tools.
    #[arg(long, value_enum, default_value_t = open::ReportFormat::Md)]
    format: open::ReportFormat,
    /// Write to this file instead of standard output.
    #[arg(long)]
    output: Option<std::path::PathBuf>,
    #[command(flatten)]
    open: open::OpenArgs,
}

#[derive(clap::Args, Debug)]
struct EvalArgs {
    /// The target, in the notation: `≥82.3`, `逐年提高`, `保持在90%以上` …
    target: String,
    /// The observations: `2020=78.99,2023=80.1`; a value may be a bound (`≤14`, `14以内`) or
    /// a ratio (`1:1.2`), and may carry the indicator's unit (`95.6%`).
    #[arg(long)]
    series: String,
    /// A catalogue indicator (id or exact name): direction, unit, reference and band come
    /// from the catalogue, and so does the baseline when the series has none.
    #[arg(long)]
    indicator: Option<String>,
    /// Which way is better, for targets that do not say (a bare `1`); overrides the
    /// catalogue's.
    #[arg(long)]
    direction: Option<Direction>,
    /// The baseline `YEAR=VALUE`: sets the baseline year B and the value used when the series
    /// has no observation in B.
    #[arg(long)]
    baseline: Option<String>,
    /// A reference series `NAME:2020=V,2023=V` (repeatable). A catalogue indicator is named by
    /// its id (W21 refers to W20: `--ref W20:2024=27`), an external series by its name.
    #[arg(long = "ref")]
    references: Vec<String>,
    /// The assessment year t (default: the latest observed year).
    #[arg(long, value_parser = input::year_in_range)]
    year: Option<Year>,
    /// A catalogue file (CSV) for `--indicator`, instead of the embedded Wushan plans.
    #[arg(long)]
    catalog: Option<std::path::PathBuf>,
    /// Baseline and target years `B-T` (default: the indicator's plan's, else 2020-2030).
    #[arg(long, value_parser = places::parse_period)]
    period: Option<Period>,
    /// Print `{"status", "evidence", "explanation"}` as JSON.
    #[arg(long)]
    json: bool,
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
            catalog,
            plan,
            format,
            source,
        } => match catalog_command(
            &mut out,
            catalog.as_deref(),
            plan.as_deref(),
            format,
            source,
        ) {
            Ok(code) => code,
            Err(message) => bad_input(&message),
        },
        Command::Report(args) => match report_command(&mut out, &args) {
            Ok(code) => code,
            Err(message) => bad_input(&message),
        },
        Command::Template(args) => match open::template_command(&mut out, &args) {
            Ok(()) => ExitCode::SUCCESS,
            Err(message) => bad_input(&message),
        },
        Command::Eval(args) => match eval_command(&mut out, &args) {
            Ok(code) => code,
            Err(message) => bad_input(&message),
        },
    };
    match out.flush() {
        Ok(()) => code,
        Err(_) => ExitCode::from(1),
    }
}

/// The JSON line for one parsed target: its top-level `kind`, the input, its canonical form and
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
    let mut invalid = false;
    let result = if stdin {
        // One output line per input line, in order, errors included; a line that is not
        // UTF-8 is one of them.
        input::for_each_line(std::io::stdin().lock(), |number, line| match line {
            input::Line::Text(text) => emit(out, &text, true),
            input::Line::InvalidUtf8 { at } => {
                invalid = true;
                writeln!(
                    out,
                    "error: line {number}: invalid UTF-8 at byte {at} of the line"
                )
            }
        })
    } else {
        targets.iter().try_for_each(|t| emit(out, t, false))
    };
    if let Err(e) = result {
        eprintln!("error: {e}");
        return ExitCode::from(2);
    }
    if failed || invalid {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn catalog_command(
    out: &mut impl Write,
    catalog: Option<&std::path::Path>,
    plan: Option<&str>,
    format: CatalogFormat,
    source: Source,
) -> Result<ExitCode, String> {
    use plan_targets::catalog;
    let catalogue = places::catalog(catalog)?;
    let plan = places::plan(catalogue, plan)?;
    let in_plan = |p: catalog::Plan| plan.is_none_or(|want| want == p);
    let rows: Vec<Row<'static>> = catalogue
        .rows()
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
    out.write_all(text.as_bytes()).map_err(|e| e.to_string())?;
    Ok(ExitCode::SUCCESS)
}

/// Prints `error: <message>` to stderr; the exit code of bad input to `eval` and `report`.
fn bad_input(message: &str) -> ExitCode {
    eprintln!("error: {message}");
    ExitCode::from(2)
}

/// `YEAR=VALUE` as a year and an observation, with the observation's unit if it wrote one:
/// the one-item case of the series syntax.
fn year_value(text: &str) -> Result<(Year, Observation, Option<plan_targets::Unit>), String> {
    let (series, unit) = Series::parse(text).map_err(|e| format!("`{text}`: {e}"))?;
    let mut points = series.iter();
    match (points.next(), points.next()) {
        (Some((year, observation)), None) => Ok((year, observation.clone(), unit)),
        _ => Err(format!("`{text}`: expected one YEAR=VALUE")),
    }
}

/// Checks that a unit written in the data agrees with the indicator's.
fn check_unit(
    what: &str,
    written: Option<plan_targets::Unit>,
    spec: &IndicatorSpec,
) -> Result<(), String> {
    match (written, spec.unit) {
        (Some(w), Some(u)) if w != u => Err(format!(
            "{what} is in `{w}` but indicator {} is in `{u}`",
            spec.id.as_deref().unwrap_or("?")
        )),
        _ => Ok(()),
    }
}

fn eval_command(out: &mut impl Write, args: &EvalArgs) -> Result<ExitCode, String> {
    let target: Target = args.target.parse().map_err(|e: plan_targets::ParseError| {
        format!("target `{}`: {}\n{}", args.target, e, e.render())
    })?;
    let indicator = match &args.indicator {
        Some(query) => {
            let catalogue = places::catalog(args.catalog.as_deref())?;
            Some(catalogue.lookup(query).map_err(|e| e.to_string())?)
        }
        None if args.catalog.is_some() => {
            return Err("--catalog is for --indicator: give the indicator too".to_owned());
        }
        None => None,
    };
    let mut spec = indicator.map(|i| i.spec()).unwrap_or_default();
    if args.direction.is_some() {
        spec.direction = args.direction;
    }
    // An ad-hoc target (no catalogue indicator) compares with the series it names itself:
    // `--ref 全市:2024=7.5` for `高于全市1个百分点`.
    if spec.reference.is_none() {
        spec.reference = target.referenced_series().map(str::to_owned);
    }
    let (series, series_unit) =
        Series::parse(&args.series).map_err(|e| format!("--series: {e}"))?;
    check_unit("--series", series_unit, &spec)?;
    spec.unit = spec.unit.or(series_unit);

    let mut policy = Policy::default();
    let period = args.period.or(indicator.map(|i| i.plan.period()));
    if let Some(period) = period {
        policy.baseline_year = period.baseline_year;
        policy.target_year = period.target_year;
    }
    let baseline = match &args.baseline {
        Some(text) => {
            let (year, observation, unit) =
                year_value(text).map_err(|e| format!("--baseline {e}"))?;
            check_unit("--baseline", unit, &spec)?;
            policy.baseline_year = year;
            Some(observation)
        }
        None => indicator.and_then(|i| i.baseline_observation(policy.baseline_year)),
    };

    let mut references = References::new();
    for text in &args.references {
        let (name, values) = text
            .split_once(':')
            .ok_or_else(|| format!("--ref `{text}`: expected NAME:YEAR=VALUE,…"))?;
        if spec.reference.as_deref() != Some(name) {
            let wanted = match &spec.reference {
                Some(r) => format!("the target refers to `{r}`"),
                None => "the target refers to no other series".to_owned(),
            };
            return Err(format!(
                "--ref `{name}`: unknown reference series; {wanted}"
            ));
        }
        let (values, _) = Series::parse(values).map_err(|e| format!("--ref {name}: {e}"))?;
        references.insert(name.to_owned(), values);
    }

    let bound = plan_targets::bind(&target, &spec, &policy).map_err(|e| e.to_string())?;
    let context = Context {
        as_of: args.year,
        given_baseline: baseline.as_ref(),
        references: Some(&references),
    };
    let assessment = plan_targets::evaluate(&bound, &series, &context);
    let written = if args.json {
        let json = serde_json::to_string(&assessment).map_err(|e| e.to_string())?;
        writeln!(out, "{json}")
    } else {
        let status = serde_json::to_value(assessment.status).map_err(|e| e.to_string())?;
        let status = status.as_str().unwrap_or_default();
        writeln!(out, "{status}: {}", assessment.explanation)
    };
    written.map_err(|e| e.to_string())?;
    Ok(ExitCode::SUCCESS)
}

fn report_command(out: &mut impl Write, args: &ReportArgs) -> Result<ExitCode, String> {
    use plan_targets::data::Dataset;
    use plan_targets::report::{Monitor, ReportOptions};

    // Refused before anything is read or written: the report must never replace its input.
    if let Some(output) = &args.output {
        if let Some(data) = &args.data {
            output::check_not_an_input(output, "data file", data).map_err(|e| e.to_string())?;
        }
        if let Some(catalog) = &args.catalog {
            output::check_not_an_input(output, "catalogue file", catalog)
                .map_err(|e| e.to_string())?;
        }
    }
    let catalogue = places::catalog(args.catalog.as_deref())?;
    let options = ReportOptions {
        year: args.year,
        plan: places::plan(catalogue, args.plan.as_deref())?,
        period: args.period,
        ..ReportOptions::default()
    };
    let regional = args.data.as_deref().and_then(|data| {
        places::regional_report(
            data,
            catalogue,
            options.clone(),
            args.format,
            args.open.lang,
            args.open.encoding,
        )
    });
    if let Some(bytes) = regional {
        return write_report(out, args, &bytes?);
    }
    let data = match &args.data {
        Some(path) => args.open.read_data(path, catalogue).map_err(|errors| {
            format!(
                "{} has errors; no report was made:\n{errors}",
                path.display()
            )
        })?,
        None => Dataset::from_baselines(catalogue, options.period.map(|p| p.baseline_year)),
    };
    let report = Monitor::with_catalog(catalogue, options.clone())
        .map_err(|e| e.to_string())?
        .report(&data);
    let text = open::render(args.format, &report, &data, &options, args.open.lang)?;
    write_report(out, args, &text)
}

fn write_report(out: &mut impl Write, args: &ReportArgs, text: &[u8]) -> Result<ExitCode, String> {
    match &args.output {
        Some(path) => output::write_atomically(path, text).map_err(|e| e.to_string())?,
        None => out.write_all(text).map_err(|e| e.to_string())?,
    }
    Ok(ExitCode::SUCCESS)
}
