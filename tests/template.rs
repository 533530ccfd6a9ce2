//! The data-entry template reads back with no edits: written, filled programmatically (as a
//! department would type the figures), read back as data, it gives the series typed.

use plan_targets::catalog;
use plan_targets::data::{self, Dataset};
use plan_targets::report::lang::Lang;
use plan_targets::template::Template;

const SAMPLE: &str = include_str!("../examples/wushan-sample-2020-2024.csv");

/// The sample's figures as (key, year, value text): the key is what a template row's first
/// cell holds (the id, or the reference series' name).
fn figures() -> Vec<(String, i32, String)> {
    let data = Dataset::from_csv_str(SAMPLE).unwrap();
    data.records()
        .iter()
        .map(|r| (r.subject.key().to_owned(), r.year, r.value_text.clone()))
        .collect()
}

/// The template's cells with the figures typed into the year columns.
fn filled(template: &Template) -> Vec<Vec<String>> {
    let header = template.header();
    let mut rows = vec![header.clone()];
    let csv = template.to_csv();
    let mut reader = csv::Reader::from_reader(csv.trim_start_matches('\u{feff}').as_bytes());
    for record in reader.records() {
        let mut cells: Vec<String> = record.unwrap().iter().map(str::to_owned).collect();
        for (key, year, value) in figures() {
            if cells[0] == key {
                let col = header.iter().position(|h| *h == year.to_string()).unwrap();
                cells[col] = value;
            }
        }
        rows.push(cells);
    }
    rows
}

fn assert_same_series(data: &Dataset) {
    let sample = Dataset::from_csv_str(SAMPLE).unwrap();
    for indicator in catalog::all() {
        assert_eq!(
            data.series(&indicator.id),
            sample.series(&indicator.id),
            "{}",
            indicator.id
        );
    }
    assert_eq!(data.reference_series(), sample.reference_series());
    assert_eq!(data.records().len(), sample.records().len());
}

#[test]
fn template_has_a_row_per_indicator_and_reference_series() {
    let template = Template::embedded(None, 2021..=2025, Lang::En);
    assert_eq!(template.rows.len(), 89 + 1);
    assert_eq!(template.rows.last().unwrap().id, "女职工比例");
    assert_eq!(
        template.header(),
        [
            "id",
            "name",
            "unit",
            "target",
            "baseline_year",
            "baseline",
            "2021",
            "2022",
            "2023",
            "2024",
            "2025"
        ]
    );
    let w03 = template.rows.iter().find(|r| r.id == "W03").unwrap();
    assert_eq!(w03.baseline.as_ref().unwrap().1.to_string(), "≤14");
    let women = Template::embedded(Some(catalog::Plan::Women), 2024..=2024, Lang::Zh);
    assert!(women.rows.iter().all(|r| !r.id.starts_with('C')));
}

#[test]
fn filled_csv_template_reads_back_as_the_figures_typed() {
    for lang in [Lang::Zh, Lang::En] {
        let template = Template::embedded(None, 2020..=2024, lang);
        // Unfilled: no figures, and no error.
        assert!(
            Dataset::from_csv_str(&template.to_csv())
                .unwrap()
                .is_empty()
        );
        let mut writer = csv::Writer::from_writer(Vec::new());
        for row in filled(&template) {
            writer.write_record(&row).unwrap();
        }
        let text = String::from_utf8(writer.into_inner().unwrap()).unwrap();
        assert_same_series(&Dataset::from_csv_str(&text).unwrap());
    }
}

#[test]
fn filled_xlsx_template_reads_back_as_the_figures_typed() {
    use calamine::Reader;
    let template = Template::embedded(None, 2020..=2024, Lang::Zh);
    let bytes = template.to_xlsx().unwrap();
    // Unfilled: no figures, and no error.
    assert!(
        data::Reader::new()
            .read_xlsx(&bytes[..])
            .unwrap()
            .is_empty()
    );

    // The template as another program sees it: every descriptive cell as the CSV has it.
    let mut workbook =
        calamine::open_workbook_auto_from_rs(std::io::Cursor::new(bytes.clone())).unwrap();
    assert_eq!(workbook.sheet_names(), ["数据录入"]);
    let range = workbook.worksheet_range("数据录入").unwrap();
    let cells: Vec<Vec<String>> = range
        .rows()
        .map(|r| r.iter().map(ToString::to_string).collect())
        .collect();
    let expected = filled(&Template::embedded(None, 2020..=2024, Lang::Zh));
    for (row, want) in cells.iter().zip(&expected) {
        assert_eq!(row[..6], want[..6]);
    }

    // Filled as a person would: plain figures typed as numbers, the others as text.
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("数据录入").unwrap();
    for (r, row) in expected.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            let (r, c) = (r as u32, c as u16);
            match cell.parse::<f64>() {
                Ok(v) if c >= 6 && r > 0 && !cell.ends_with('0') => {
                    sheet.write_number(r, c, v).unwrap();
                }
                _ if cell.is_empty() => {}
                _ => {
                    sheet.write_string(r, c, cell).unwrap();
                }
            }
        }
    }
    let filled_bytes = book.save_to_buffer().unwrap();
    assert_same_series(&data::Reader::new().read_xlsx(&filled_bytes[..]).unwrap());
}
