//! The data-entry template: the sheet a statistics department fills in, which reads back as a
//! data file with no edits.
//!
//! One row per indicator (then one per external reference series a target refers to, such as
//! `女职工比例`), in the wide layout [`crate::data`] reads: the id, name, unit and target as
//! the catalogue has them, the baseline year and value where the catalogue has a baseline of
//! the same quantity, then one empty column per year. The descriptive columns are not read
//! back as data; every filled year cell is a figure (`78.99`, `95.6%`, `14以内`, `1:1.2`), an
//! empty one is no figure. In the `.xlsx` template the year columns are formatted as text, so
//! that Excel keeps `95.6%` and `1:1.2` as typed instead of turning them into `0.956` and a
//! time of day; the header row and the id and name columns are frozen.
//!
//! Headers follow the language: `编号, 指标, 单位, 目标, 基期年份, 基期值, 2021 …` or
//! `id, name, unit, target, baseline_year, baseline, 2021 …`; both read back.
//!
//! The rows come from the embedded catalogue ([`Template::embedded`]) or from any
//! indicators ([`Template::new`]: the hook for a catalogue a user brings).
//!
//! ```
//! use plan_targets::data::Dataset;
//! use plan_targets::report::lang::Lang;
//! use plan_targets::template::Template;
//!
//! let template = Template::embedded(None, 2021..=2025, Lang::Zh);
//! let csv = template.to_csv();
//! assert!(csv.starts_with("\u{feff}编号,指标,单位,目标,基期年份,基期值,2021,2022,2023,2024,2025\r\n"));
//! assert!(csv.contains("\r\nW02,妇女人均预期寿命,岁,≥82.3,2020,78.99,,,,,\r\n"));
//! // Unfilled, it reads back as no figures at all; filled, as the figures typed.
//! assert!(Dataset::from_csv_str(&csv)?.is_empty());
//! let filled = csv.replace("W02,妇女人均预期寿命,岁,≥82.3,2020,78.99,,", "W02,妇女人均预期寿命,岁,≥82.3,2020,78.99,79.1,");
//! let data = Dataset::from_csv_str(&filled)?;
//! assert_eq!(data.series("W02").unwrap().get(2021).unwrap().to_string(), "79.1");
//! # Ok::<(), plan_targets::DataErrors>(())
//! ```

use std::ops::RangeInclusive;

use crate::catalog::{self, Indicator, Plan, ReferenceSeries};
use crate::report::lang::Lang;
use crate::series::{Observation, Year};

/// The baseline year of the catalogue's baselines.
const BASELINE_YEAR: Year = 2020;

/// One row of the template: what describes the indicator (the year cells are empty).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TemplateRow {
    /// The id (`W02`), or the reference series' name (`女职工比例`).
    pub id: String,
    /// The name as printed.
    pub name: String,
    /// The unit as printed.
    pub unit: String,
    /// The target as printed (empty for a reference series).
    pub target: String,
    /// The catalogue's baseline of the same quantity, if any.
    pub baseline: Option<(Year, Observation)>,
}

impl TemplateRow {
    /// The descriptive cells: id, name, unit, target, baseline year and value (the year cells
    /// follow, empty).
    pub fn cells(&self) -> [String; 6] {
        let (year, value) = self
            .baseline
            .as_ref()
            .map_or((String::new(), String::new()), |(y, o)| {
                (y.to_string(), o.to_string())
            });
        [
            self.id.clone(),
            self.name.clone(),
            self.unit.clone(),
            self.target.clone(),
            year,
            value,
        ]
    }
}

/// A data-entry template (see the [module documentation](self)).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Template {
    /// The rows, in catalogue order, reference series last.
    pub rows: Vec<TemplateRow>,
    /// The year columns.
    pub years: RangeInclusive<Year>,
    /// The language of the headers.
    pub lang: Lang,
}

impl Template {
    /// The template of the embedded catalogue: every indicator of `plan` (or both plans), and
    /// the external series their targets refer to.
    pub fn embedded(plan: Option<Plan>, years: RangeInclusive<Year>, lang: Lang) -> Template {
        Template::new(
            catalog::all()
                .iter()
                .filter(|i| plan.is_none_or(|p| p == i.plan)),
            years,
            lang,
        )
    }

    /// The template of these indicators (a catalogue a user brings), with a row for each
    /// external series their targets refer to.
    pub fn new<'a>(
        indicators: impl IntoIterator<Item = &'a Indicator>,
        years: RangeInclusive<Year>,
        lang: Lang,
    ) -> Template {
        let mut rows = Vec::new();
        let mut references: Vec<TemplateRow> = Vec::new();
        for indicator in indicators {
            rows.push(TemplateRow {
                id: indicator.id.clone(),
                name: indicator.name.clone(),
                unit: indicator.unit_label.clone().unwrap_or_default(),
                target: indicator.target_text.clone(),
                baseline: indicator
                    .baseline_observation(BASELINE_YEAR)
                    .map(|o| (BASELINE_YEAR, o)),
            });
            if let Some(ReferenceSeries::Series(name)) = &indicator.reference {
                if !references.iter().any(|r| &r.id == name) {
                    references.push(TemplateRow {
                        id: name.clone(),
                        name: name.clone(),
                        unit: indicator.unit_label.clone().unwrap_or_default(),
                        target: String::new(),
                        baseline: None,
                    });
                }
            }
        }
        rows.extend(references);
        Template { rows, years, lang }
    }

    /// The header row.
    pub fn header(&self) -> Vec<String> {
        let fixed: [&str; 6] = match self.lang {
            Lang::Zh => ["编号", "指标", "单位", "目标", "基期年份", "基期值"],
            Lang::En => ["id", "name", "unit", "target", "baseline_year", "baseline"],
        };
        fixed
            .iter()
            .map(|s| (*s).to_owned())
            .chain(self.years.clone().map(|y| y.to_string()))
            .collect()
    }

    #[cfg(feature = "csv")]
    /// The template as CSV: UTF-8 with a byte order mark (so that Excel reads the Chinese
    /// text), `\r\n` line ends.
    pub fn to_csv(&self) -> String {
        let mut writer = ::csv::WriterBuilder::new()
            .terminator(::csv::Terminator::CRLF)
            .from_writer(Vec::new());
        let empty = vec![String::new(); self.years.clone().count()];
        let mut records = vec![self.header()];
        records.extend(
            self.rows
                .iter()
                .map(|r| r.cells().into_iter().chain(empty.clone()).collect()),
        );
        for record in records {
            // Writing strings to a Vec cannot fail.
            let _ = writer.write_record(&record);
        }
        let bytes = writer.into_inner().unwrap_or_default();
        format!("\u{feff}{}", String::from_utf8_lossy(&bytes))
    }

    #[cfg(feature = "xlsx")]
    /// The template as an `.xlsx` workbook of one sheet (named `数据录入` or `data entry`).
    ///
    /// # Errors
    ///
    /// [`crate::report::xlsx::WriteError`] when the workbook cannot be assembled.
    pub fn to_xlsx(&self) -> Result<Vec<u8>, crate::report::xlsx::WriteError> {
        use rust_xlsxwriter::{Color, Format, FormatBorder, Workbook};
        let mut workbook = Workbook::new();
        let sheet = workbook.add_worksheet();
        sheet.set_name(match self.lang {
            Lang::Zh => "数据录入",
            Lang::En => "data entry",
        })?;
        let header = Format::new()
            .set_bold()
            .set_background_color(Color::RGB(0xEE_EE_EE))
            .set_border_bottom(FormatBorder::Thin);
        let described = Format::new().set_background_color(Color::RGB(0xF7_F7_F7));
        let text = Format::new().set_num_format("@");
        for (c, name) in self.header().iter().enumerate() {
            sheet.write_string_with_format(0, c as u16, name, &header)?;
        }
        let first_year_col = 6u16;
        let year_cols = self.years.clone().count() as u16;
        for c in first_year_col..first_year_col + year_cols {
            sheet.set_column_format(c, &text)?;
            sheet.set_column_width(c, 10)?;
        }
        for (i, row) in self.rows.iter().enumerate() {
            let r = i as u32 + 1;
            for (c, cell) in row.cells().iter().enumerate() {
                sheet.write_string_with_format(r, c as u16, cell, &described)?;
            }
        }
        sheet.set_freeze_panes(1, 2)?;
        sheet.set_column_width(1, 36)?;
        sheet.set_column_width(3, 16)?;
        Ok(workbook.save_to_buffer()?)
    }
}

/// Reads `2021-2025` (or a single year `2024`) as the template's years.
///
/// # Errors
///
/// A message when the text is not `YEAR` or `FIRST-LAST` with years in the data's range and
/// `FIRST ≤ LAST`.
///
/// ```
/// assert_eq!(plan_targets::template::parse_years("2021-2025"), Ok(2021..=2025));
/// assert!(plan_targets::template::parse_years("2025-2021").is_err());
/// ```
pub fn parse_years(text: &str) -> Result<RangeInclusive<Year>, String> {
    let year = |s: &str| -> Result<Year, String> {
        let y: Year = s
            .trim()
            .parse()
            .map_err(|_| format!("`{s}` is not a year"))?;
        if (crate::data::MIN_YEAR..=crate::data::MAX_YEAR).contains(&y) {
            Ok(y)
        } else {
            Err(format!(
                "{y} is outside {}–{}",
                crate::data::MIN_YEAR,
                crate::data::MAX_YEAR
            ))
        }
    };
    let (first, last) = match text.split_once(['-', '–', '—']) {
        Some((a, b)) => (year(a)?, year(b)?),
        None => {
            let y = year(text)?;
            (y, y)
        }
    };
    if first > last {
        return Err(format!("{first} is after {last}"));
    }
    Ok(first..=last)
}
