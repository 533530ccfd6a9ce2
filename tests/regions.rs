//! Regional data (a `region` per row) read from CSV (long and wide), JSON and Excel gives the
//! same regions; bad rows report where they are; a region with no data is declared by a row
//! with only its name. The workbooks are written by tests/data/regions/make_fixtures.py.

use std::path::PathBuf;

use plan_targets::data::{DataErrorKind, Reader, Regions};

const CSV: &str = "region,indicator,year,value\n\
    巫山县,W02,2020,78.99\n\
    巫山县,W02,2024,79.95\n\
    奉节县,W02,2020,79.1\n\
    奉节县,W03,2024,14以内\n\
    城口县,,,\n";

const WIDE_CSV: &str = "region,indicator,2020,2024\n\
    巫山县,W02,78.99,79.95\n\
    奉节县,W02,79.1,\n\
    奉节县,W03,,14以内\n\
    城口县,,,\n";

const JSON: &str = r#"[
  {"region": "巫山县", "indicator": "W02", "year": 2020, "value": 78.99},
  {"region": "巫山县", "indicator": "W02", "year": 2024, "value": "79.95"},
  {"region": "奉节县", "indicator": "W02", "year": 2020, "value": "79.1"},
  {"region": "奉节县", "indicator": "W03", "year": 2024, "value": "14以内"},
  {"region": "城口县"}
]"#;

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/regions")
        .join(name)
}

fn from_csv() -> Regions {
    Reader::new().read_regions_csv(CSV.as_bytes()).unwrap()
}

#[test]
fn the_csv_regions_are_as_written() {
    let regions = from_csv();
    let names: Vec<&str> = regions.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(names, ["巫山县", "奉节县", "城口县"]);
    let wushan = regions.iter().next().unwrap();
    assert_eq!(
        wushan
            .data
            .series("W02")
            .unwrap()
            .get(2024)
            .unwrap()
            .to_string(),
        "79.95"
    );
    assert!(regions.iter().nth(2).unwrap().data.is_empty());
}

#[test]
fn json_wide_csv_and_xlsx_give_the_same_regions_as_csv() {
    let reader = Reader::new();
    let csv = from_csv();
    assert_eq!(reader.read_regions_json(JSON.as_bytes()).unwrap(), csv);
    assert_eq!(reader.read_regions_csv(WIDE_CSV.as_bytes()).unwrap(), csv);
    for name in ["long.xlsx", "wide.xlsx"] {
        let path = fixture(name);
        assert!(reader.has_regions(&path), "{name}");
        assert_eq!(reader.read_regions_path(&path).unwrap(), csv, "{name}");
    }
}

#[test]
fn regions_are_detected_in_every_format_and_not_in_plain_files() {
    let dir = std::env::temp_dir().join(format!("plan-targets-regions-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let write = |name: &str, text: &str| {
        let path = dir.join(name);
        std::fs::write(&path, text).unwrap();
        path
    };
    let reader = Reader::new();
    for (name, text) in [("r.csv", CSV), ("w.csv", WIDE_CSV), ("r.json", JSON)] {
        let path = write(name, text);
        assert!(reader.has_regions(&path), "{name}");
        assert_eq!(
            reader.read_regions_path(&path).unwrap(),
            from_csv(),
            "{name}"
        );
    }
    let plain = write(
        "p.json",
        r#"[{"indicator": "W02", "year": 2020, "value": 78.99}]"#,
    );
    assert!(!reader.has_regions(&plain));
    assert!(!reader.has_regions(&write("p.csv", "indicator,year,value\nW02,2020,1\n")));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_json_record_without_a_region_among_regional_ones_is_an_error_with_its_line() {
    let json = "[\n{\"region\": \"巫山县\", \"indicator\": \"W02\", \"year\": 2020, \"value\": 1},\n\
                {\"indicator\": \"W02\", \"year\": 2024, \"value\": 2}\n]";
    let errors = Reader::new()
        .read_regions_json(json.as_bytes())
        .unwrap_err();
    let errors = errors.errors();
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].line, 3);
    assert_eq!(
        errors[0].kind,
        DataErrorKind::MissingField { field: "region" }
    );

    // Read as one place, a region on some records only is an error too.
    let json = "[\n{\"indicator\": \"W02\", \"year\": 2020, \"value\": 1},\n\
                {\"region\": \"巫山县\", \"indicator\": \"W02\", \"year\": 2024, \"value\": 2}\n]";
    let errors = Reader::new().read_json(json.as_bytes()).unwrap_err();
    assert_eq!(errors.errors()[0].line, 3);
    assert_eq!(
        errors.errors()[0].kind,
        DataErrorKind::MixedRegions {
            first_has_region: false,
            first_line: 2
        }
    );
}

#[test]
fn bad_json_rows_report_their_lines() {
    let json = "[\n{\"region\": \"\", \"indicator\": \"W02\", \"year\": 2020, \"value\": 1},\n\
                {\"region\": \"巫山县\", \"indicator\": \"W99\", \"year\": 2020, \"value\": 1},\n\
                {\"region\": true, \"indicator\": \"W02\", \"year\": 2020, \"value\": 1}\n]";
    let errors = Reader::new()
        .read_regions_json(json.as_bytes())
        .unwrap_err();
    let found: Vec<(u64, Option<&str>)> = errors
        .errors()
        .iter()
        .map(|e| (e.line, e.column.as_deref()))
        .collect();
    assert_eq!(
        found,
        [
            (2, Some("region")),
            (3, Some("indicator")),
            (4, Some("region"))
        ]
    );
}

#[test]
fn bad_xlsx_rows_report_their_sheet_row_and_column() {
    let errors = Reader::new()
        .read_regions_path(&fixture("bad.xlsx"))
        .unwrap_err();
    let found: Vec<(Option<&str>, u64, Option<&str>)> = errors
        .errors()
        .iter()
        .map(|e| (e.sheet.as_deref(), e.line, e.column.as_deref()))
        .collect();
    assert_eq!(
        found,
        [
            (Some("坏"), 3, Some("region")),
            (Some("坏"), 4, Some("indicator"))
        ]
    );
}

#[test]
fn bad_wide_csv_rows_name_their_columns() {
    let csv = "region,indicator,2020\n巫山县,W02,abc\n,W02,1\n";
    let errors = Reader::new().read_regions_csv(csv.as_bytes()).unwrap_err();
    let found: Vec<(u64, Option<&str>)> = errors
        .errors()
        .iter()
        .map(|e| (e.line, e.column.as_deref()))
        .collect();
    assert_eq!(found, [(2, Some("2020")), (3, Some("region"))]);
}

#[test]
fn a_sheet_without_a_region_column_is_an_error_when_reading_regions() {
    let path =
        std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/open/long.xlsx");
    let errors = Reader::new().read_regions_path(&path).unwrap_err();
    assert!(
        errors
            .errors()
            .iter()
            .any(|e| e.kind == DataErrorKind::MissingColumn { column: "region" }),
        "{errors}"
    );
}
