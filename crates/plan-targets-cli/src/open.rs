//! The report's formats and languages, and how data files are read (encodings): the options
//! of issue 12, kept out of main.rs.

use std::path::Path;

use clap::ValueEnum;
use plan_targets::data::{DataErrors, Dataset, Encoding, Reader, Regions};
use plan_targets::report::lang::Lang;
use plan_targets::report::regions::{self, RegionalReport};
use plan_targets::report::{Report, ReportOptions, html, render, xlsx};

/// The report's formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    Md,
    Html,
    Xlsx,
    Csv,
    Json,
}

/// How data files are read and in which language the report is written.
#[derive(clap::Args, Debug)]
pub struct OpenArgs {
    /// The language of the report's fixed texts (headings, labels, statuses); indicator names
    /// stay as the plans write them. CSV and JSON keep machine names.
    #[arg(long, default_value = "zh", value_parser = parse_lang)]
    pub lang: Lang,
    /// The encoding of a CSV data file: auto (UTF-8, UTF-16 with a BOM, else GB18030), utf-8,
    /// gb18030 (gbk) or utf-16.
    #[arg(long, default_value = "auto", value_parser = parse_encoding)]
    pub encoding: Encoding,
}

fn parse_encoding(s: &str) -> Result<Encoding, String> {
    s.parse()
        .map_err(|e: plan_targets::data::encoding::UnknownEncoding| e.to_string())
}

fn parse_lang(s: &str) -> Result<Lang, String> {
    s.parse()
        .map_err(|e: plan_targets::report::lang::UnknownLang| e.to_string())
}

impl OpenArgs {
    /// Reads a data file: `.csv` (in the encoding asked for), `.json` or `.xlsx`.
    pub fn read_data(
        &self,
        path: &Path,
        catalog: &'static plan_targets::catalog::Catalog,
    ) -> Result<Dataset, DataErrors> {
        Reader::new()
            .catalog(catalog)
            .encoding(self.encoding)
            .read_path(path)
    }
}

/// The report in `format`, as the bytes to write.
pub fn render(
    format: ReportFormat,
    report: &Report,
    data: &Dataset,
    options: &ReportOptions,
    lang: Lang,
) -> Result<Vec<u8>, String> {
    Ok(match format {
        ReportFormat::Md => render::markdown_in(report, lang).into_bytes(),
        ReportFormat::Html => html::html(report, data, options, lang).into_bytes(),
        ReportFormat::Xlsx => xlsx::report(report, lang).map_err(|e| e.to_string())?,
        ReportFormat::Csv => render::csv(report).into_bytes(),
        ReportFormat::Json => render::json(report).into_bytes(),
    })
}

/// The regional report in `format`, as the bytes to write.
pub fn render_regional(
    format: ReportFormat,
    report: &RegionalReport,
    regions: &Regions,
    options: &ReportOptions,
    lang: Lang,
) -> Result<Vec<u8>, String> {
    Ok(match format {
        ReportFormat::Md => regions::markdown_in(report, lang).into_bytes(),
        ReportFormat::Html => html::regional(report, regions, options, lang).into_bytes(),
        ReportFormat::Xlsx => xlsx::regional(report, lang).map_err(|e| e.to_string())?,
        ReportFormat::Csv => regions::csv(report).into_bytes(),
        ReportFormat::Json => regions::json(report).into_bytes(),
    })
}

/// The template's formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum TemplateFormat {
    Xlsx,
    Csv,
}

/// `plan-targets template`.
#[derive(clap::Args, Debug)]
pub struct TemplateArgs {
    /// The year columns: `2021-2025`, or one year.
    #[arg(long, default_value = "2021-2025", value_parser = plan_targets::template::parse_years)]
    pub years: std::ops::RangeInclusive<plan_targets::Year>,
    /// One plan only.
    #[arg(long, value_parser = parse_plan)]
    pub plan: Option<plan_targets::catalog::Plan>,
    /// An Excel workbook, or CSV (UTF-8 with a BOM).
    #[arg(long, value_enum, default_value_t = TemplateFormat::Xlsx)]
    pub format: TemplateFormat,
    /// The language of the headers (both read back).
    #[arg(long, default_value = "zh", value_parser = parse_lang)]
    pub lang: Lang,
    /// Write to this file instead of standard output.
    #[arg(long)]
    pub output: Option<std::path::PathBuf>,
    // Hook: `--catalog FILE` (a catalogue the user brings, issue 11) builds the template from
    // that catalogue's indicators with `Template::new` once the catalogue can be loaded.
}

fn parse_plan(s: &str) -> Result<plan_targets::catalog::Plan, String> {
    s.parse()
        .map_err(|e: plan_targets::catalog::UnknownPlan| e.to_string())
}

/// Writes the data-entry template.
pub fn template_command(out: &mut impl std::io::Write, args: &TemplateArgs) -> Result<(), String> {
    use plan_targets::template::Template;
    let template = Template::embedded(args.plan, args.years.clone(), args.lang);
    let bytes = match args.format {
        TemplateFormat::Csv => template.to_csv().into_bytes(),
        TemplateFormat::Xlsx => template.to_xlsx().map_err(|e| e.to_string())?,
    };
    match &args.output {
        Some(path) => {
            std::fs::write(path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))
        }
        None => out.write_all(&bytes).map_err(|e| e.to_string()),
    }
}
