//! The report's formats and languages, and how data files are read (encodings): the options
//! of issue 12, kept out of main.rs.

use std::path::Path;

use clap::ValueEnum;
use plan_targets::data::{DataErrors, Dataset, Encoding};
use plan_targets::report::lang::Lang;
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
    pub fn read_data(&self, path: &Path) -> Result<Dataset, DataErrors> {
        Dataset::from_path_in(path, self.encoding)
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
