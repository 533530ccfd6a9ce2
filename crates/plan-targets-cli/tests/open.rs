//! Files people open: Excel data in (long and wide, made by openpyxl), the xlsx report read
//! back by calamine, CSV in other encodings and layouts, and the report in English.
//! Fixtures: tests/data/open/, made by tests/data/open/make_fixtures.py.

mod common;
use common::{golden, root};

use std::process::{Command, Output};

use calamine::{Data, Reader};

const SAMPLE: &str = "examples/wushan-sample-2020-2024.csv";

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_plan-targets"))
        .args(args)
        .current_dir(root())
        .output()
        .expect("the binary runs")
}

fn report(data: &str, format: &str) -> String {
    let o = run(&["report", "--data", data, "--format", format]);
    assert!(
        o.status.success(),
        "{data}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8(o.stdout).unwrap()
}

/// Decimal numbers without trailing zeros (`98.0` → `98`, `41.90` → `41.9`): a spreadsheet
/// keeps numbers, not how they were written.
fn without_trailing_zeros(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_digit() {
            let start = i;
            while i < chars.len() && chars[i].is_ascii_digit() {
                i += 1;
            }
            if i + 1 < chars.len() && chars[i] == '.' && chars[i + 1].is_ascii_digit() {
                i += 1;
                while i < chars.len() && chars[i].is_ascii_digit() {
                    i += 1;
                }
                let number: String = chars[start..i].iter().collect();
                out.push_str(number.trim_end_matches('0').trim_end_matches('.'));
            } else {
                out.extend(&chars[start..i]);
            }
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}

/// The JSON report's rows without their notes.
fn without_notes(json: &str) -> serde_json::Value {
    let mut v: serde_json::Value = serde_json::from_str(json).unwrap();
    for row in v["rows"].as_array_mut().unwrap() {
        row["notes"] = serde_json::Value::Array(Vec::new());
    }
    v
}

#[test]
fn xlsx_from_another_program_long_layout_gives_the_csv_report() {
    let csv = report(SAMPLE, "json");
    let xlsx = report("tests/data/open/long.xlsx", "json");
    assert_eq!(without_trailing_zeros(&xlsx), without_trailing_zeros(&csv));
}

#[test]
fn wide_layout_in_xlsx_and_csv_gives_the_csv_report() {
    // The wide tables have no notes (one note column per row cannot say which year).
    let csv = without_notes(&without_trailing_zeros(&report(SAMPLE, "json")));
    let wide_csv = without_notes(&without_trailing_zeros(&report(
        "tests/data/open/wide.csv",
        "json",
    )));
    let wide_xlsx = without_notes(&without_trailing_zeros(&report(
        "tests/data/open/wide.xlsx",
        "json",
    )));
    assert_eq!(wide_csv, csv);
    assert_eq!(wide_xlsx, csv);
}

#[test]
fn gb18030_and_utf16_csv_with_chinese_names_give_the_utf8_report() {
    let utf8 = report("tests/data/open/names-utf8.csv", "md");
    // The names resolve to the same indicators as the ids of the sample.
    assert_eq!(utf8, report(SAMPLE, "md"));
    let gb = std::fs::read(root().join("tests/data/open/names-gb18030.csv")).unwrap();
    assert!(
        std::str::from_utf8(&gb).is_err(),
        "the fixture is not UTF-8"
    );
    assert_eq!(report("tests/data/open/names-gb18030.csv", "md"), utf8);
    assert_eq!(report("tests/data/open/names-utf16.csv", "md"), utf8);
    let o = run(&[
        "report",
        "--data",
        "tests/data/open/names-gb18030.csv",
        "--encoding",
        "gbk",
    ]);
    assert!(o.status.success());
    assert_eq!(String::from_utf8(o.stdout).unwrap(), utf8);
    // Read as UTF-8 when told so: every line with Chinese text is an error, with its line.
    let o = run(&[
        "report",
        "--data",
        "tests/data/open/names-gb18030.csv",
        "--encoding",
        "utf-8",
    ]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8(o.stderr).unwrap();
    assert!(
        err.contains("\nline 2: invalid UTF-8 at byte offset"),
        "{err}"
    );
}

#[test]
fn undecodable_gb18030_points_at_its_line() {
    let path = std::env::temp_dir().join(format!("plan-targets-bad-gb-{}.csv", std::process::id()));
    std::fs::write(
        &path,
        b"indicator,year,value\nW02,2020,78.99\n\x81,2021,79\n",
    )
    .unwrap();
    let o = run(&[
        "report",
        "--data",
        path.to_str().unwrap(),
        "--encoding",
        "gb18030",
    ]);
    std::fs::remove_file(&path).ok();
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8(o.stderr).unwrap();
    assert!(
        err.ends_with("\nline 3: the line is not valid GB18030\n"),
        "{err}"
    );
}

#[test]
fn xlsx_errors_name_sheet_row_and_column() {
    let o = run(&["report", "--data", "tests/data/open/bad.xlsx"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(o.stdout.is_empty());
    let err = String::from_utf8(o.stderr).unwrap();
    let lines: Vec<&str> = err.lines().skip(1).collect();
    // Where, and what; why a value is malformed is the parser's wording (not pinned here).
    let expected = [
        r#"sheet "数据", row 3, column "indicator": unknown indicator "W99"; did you mean W09, W19, W29?"#,
        r#"sheet "数据", row 4, column "value": malformed value "79,5": "#,
        r#"sheet "数据", row 5, column "year": year "二〇二三" is not an integer"#,
        r#"sheet "宽表", row 2, column "2022年": malformed value "abc": "#,
        r#"sheet "宽表", row 3, column "编号": the indicator is empty"#,
    ];
    assert_eq!(lines.len(), expected.len(), "{err}");
    for (line, want) in lines.iter().zip(expected) {
        assert!(
            line.starts_with(want),
            "{line:?} does not start with {want:?}"
        );
    }
}

/// Every sheet of a workbook: its name and its cells (numbers as `#value`).
fn cells(bytes: &[u8]) -> Vec<(String, Vec<Vec<String>>)> {
    let mut workbook = calamine::open_workbook_auto_from_rs(std::io::Cursor::new(bytes.to_vec()))
        .expect("calamine opens the workbook");
    let names = workbook.sheet_names();
    names
        .into_iter()
        .map(|name| {
            let range = workbook.worksheet_range(&name).unwrap();
            let rows = range
                .rows()
                .map(|row| {
                    row.iter()
                        .map(|c| match c {
                            Data::Float(v) => format!("#{v}"),
                            Data::Int(v) => format!("#{v}"),
                            Data::Empty => String::new(),
                            other => other.to_string(),
                        })
                        .collect()
                })
                .collect();
            (name, rows)
        })
        .collect()
}

fn xlsx_report(lang: &str) -> Vec<u8> {
    let o = run(&[
        "report", "--data", SAMPLE, "--format", "xlsx", "--lang", lang,
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    o.stdout
}

#[test]
fn golden_xlsx_cells_on_the_sample_data() {
    for (lang, file) in [("zh", "report.xlsx.cells"), ("en", "report.en.xlsx.cells")] {
        let mut text = String::new();
        for (name, rows) in cells(&xlsx_report(lang)) {
            text.push_str(&format!("== {name}\n"));
            for row in rows {
                text.push_str(&row.join("\t"));
                text.push('\n');
            }
        }
        golden(file, &text);
    }
}

#[test]
fn golden_regional_xlsx_cells_on_the_other_plan() {
    let o = run(&[
        "report",
        "--catalog",
        "examples/other-plan/catalog.csv",
        "--data",
        "examples/other-plan/data.csv",
        "--format",
        "xlsx",
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let mut text = String::new();
    for (name, rows) in cells(&o.stdout) {
        text.push_str(&format!("== {name}\n"));
        for row in rows {
            text.push_str(&row.join("\t"));
            text.push('\n');
        }
    }
    golden("regional.xlsx.cells", &text);
}

#[test]
fn xlsx_report_has_the_figures_of_the_csv_report() {
    let sheets = cells(&xlsx_report("zh"));
    assert_eq!(sheets[0].0, "总体情况");
    assert_eq!(
        sheets.iter().map(|s| s.0.as_str()).collect::<Vec<_>>()[1..],
        [
            "巫山县妇女发展规划（2021—2030年）",
            "巫山县儿童发展规划（2021—2030年）"
        ]
    );
    let csv = report(SAMPLE, "csv");
    let mut reader = csv::Reader::from_reader(csv.trim_start_matches('\u{feff}').as_bytes());
    let expected: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let rows: Vec<&Vec<String>> = sheets[1..].iter().flat_map(|s| &s.1[1..]).collect();
    assert_eq!(rows.len(), expected.len());
    // CSV columns: 0 id, 8 baseline year, 9 baseline value, 10 current year, 11 current value,
    // 14 rate, 16 projected. Sheet columns: 0 id, 5–8 the same four, 11 pace, 13 projected.
    let number = |cell: &str| cell.strip_prefix('#').map(|n| n.parse::<f64>().unwrap());
    for (row, record) in rows.iter().zip(&expected) {
        assert_eq!(row[0], record[0]);
        for (sheet_col, csv_col) in [(5, 8), (6, 9), (7, 10), (8, 11), (13, 16)] {
            let (cell, want) = (&row[sheet_col], &record[csv_col]);
            match want.parse::<f64>() {
                Ok(v) => assert_eq!(number(cell), Some(v), "{} col {sheet_col}", &record[0]),
                // Bounds and ratios stay text as they read; empty stays empty.
                Err(_) => assert_eq!(cell, want, "{} col {sheet_col}", &record[0]),
            }
        }
        // The pace is rounded to 2 places in the sheet, as in the Markdown.
        if let Ok(rate) = record[14].parse::<f64>() {
            let got = number(&row[11]).unwrap();
            assert!(
                (got - rate).abs() <= 0.005,
                "{}: {got} vs {rate}",
                &record[0]
            );
        }
    }
}

#[test]
fn english_markdown_has_no_chinese_fixed_text() {
    let o = run(&["report", "--data", SAMPLE, "--lang", "en"]);
    assert!(o.status.success());
    let md = String::from_utf8(o.stdout).unwrap();
    golden("report.en.md", &md);
    let plans = [
        "巫山县妇女发展规划（2021—2030年）",
        "巫山县儿童发展规划（2021—2030年）",
    ];
    for line in md.lines() {
        // Headings and table headers are all English; the title and rows carry the plans'
        // names, which are Chinese whatever the language.
        if line.starts_with('#') && !line.starts_with("## 巫山县") || line.starts_with("| Id ") {
            let fixed = plans.iter().fold(line.to_owned(), |l, p| l.replace(p, ""));
            assert!(
                !fixed
                    .chars()
                    .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
                "{line}"
            );
        }
    }
    assert!(md.starts_with(&format!(
        "# Monitoring report on {} and {} (2024)",
        plans[0], plans[1]
    )));
    let zh = report(SAMPLE, "md");
    assert!(!zh.contains("Summary") && !zh.contains("Warnings") && !zh.contains("Assessment"));
}
