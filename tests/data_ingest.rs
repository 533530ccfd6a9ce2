//! Reading yearly figures from CSV and JSON: good files, every kind of bad input with its exact
//! message and line, the limits, and ingestion never panicking on arbitrary input.

use std::path::{Path, PathBuf};

use plan_targets::data::{
    self, DataErrorKind, DataErrors, Dataset, MAX_ERRORS, MAX_LINE_BYTES, MAX_RECORDS, Reader,
    Subject,
};
use plan_targets::{CmpOp, Context, Observation, Status, catalog, evaluate};
use proptest::prelude::*;
use rust_decimal::Decimal;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/ingest")
        .join(name)
}

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

fn csv_errors(text: &str) -> Vec<String> {
    Dataset::from_csv_str(text).unwrap_err().lines()
}

fn json_errors(text: &str) -> Vec<String> {
    Dataset::from_json_str(text).unwrap_err().lines()
}

const HEADER: &str = "indicator,year,value\n";

#[test]
fn good_csv_with_bom_crlf_and_a_note_column() {
    let data = Dataset::from_path(&fixture("good.csv")).unwrap();
    let w03 = data.series("W03").unwrap();
    assert_eq!(
        w03.get(2020),
        Some(&Observation::Bound {
            op: CmpOp::Le,
            bound: d("14")
        })
    );
    // By Chinese name, into the same series.
    assert_eq!(w03.get(2023), Some(&Observation::Value(d("9.5"))));
    assert_eq!(
        data.series("W02").unwrap().get(2020),
        Some(&Observation::Value(d("78.99")))
    );
    assert_eq!(
        data.series("W40").unwrap().get(2022).unwrap().to_string(),
        "1:1.2"
    );
    assert_eq!(
        data.series("W11").unwrap().get(2022).unwrap().to_string(),
        "≥99"
    );
    assert_eq!(
        data.series("C01").unwrap().get(2021).unwrap().to_string(),
        "1.2"
    );

    // Records keep their line (blank line 6 skipped, counted), their note and their subject.
    let records = data.records();
    assert_eq!(records.len(), 11);
    assert_eq!(records[0].line, 2);
    assert_eq!(records[0].field("note"), Some("as printed: 14/10万以内"));
    assert_eq!(
        records[1].field("note"),
        Some("provisional, revised in 2024")
    );
    assert_eq!(records[1].indicator_text, "孕产妇死亡率");
    assert_eq!(records[1].subject.key(), "W03");
    assert_eq!(records[2].field("note"), Some(""));
    assert_eq!(records[4].line, 7);
    assert_eq!(records[4].subject.key(), "C01");
    assert_eq!(records[4].field("missing"), None);
    let women_workers = records.iter().find(|r| r.line == 12).unwrap();
    assert_eq!(women_workers.subject, Subject::Reference("女职工比例"));
    assert_eq!(
        women_workers.extra,
        [("note".to_owned(), "survey".to_owned())]
    );

    // Indicators in catalogue order.
    let ids: Vec<&str> = data.indicators().map(|(i, _)| i.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "W02", "W03", "W04", "W11", "W20", "W21", "W39", "W40", "C01"
        ]
    );
}

#[test]
fn the_reference_series_resolve_for_the_evaluator() {
    let data = Dataset::from_path(&fixture("good.csv")).unwrap();
    assert_eq!(
        data::reference_series_names().collect::<Vec<_>>(),
        ["女职工比例"]
    );
    assert_eq!(
        data.reference_series().keys().collect::<Vec<_>>(),
        ["女职工比例"]
    );
    let references = data.references();
    assert!(references.contains_key("女职工比例"));
    assert!(references.contains_key("W20"));
    assert!(references.contains_key("W03"));
    assert_eq!(data.series("女职工比例").unwrap().len(), 1);

    // W21 (不低于本地区党员总数中女性比例) against W20: 31 % or more against 30.5 %.
    let w21 = catalog::get("W21").unwrap();
    let bound =
        plan_targets::bind(&w21.target, &w21.spec(), &plan_targets::Policy::default()).unwrap();
    let context = Context {
        as_of: Some(2023),
        references: Some(references),
        ..Context::default()
    };
    let assessment = evaluate(&bound, data.series("W21").unwrap(), &context);
    assert_eq!(assessment.status, Status::Met);
    // Without the references the evaluator cannot decide.
    let assessment = evaluate(&bound, data.series("W21").unwrap(), &Context::default());
    assert_eq!(assessment.status, Status::InsufficientData);
}

#[test]
fn good_json() {
    let data = Dataset::from_path(&fixture("good.json")).unwrap();
    let records = data.records();
    assert_eq!(
        records.iter().map(|r| r.line).collect::<Vec<_>>(),
        [2, 3, 4, 10]
    );
    assert_eq!(records[0].field("note"), Some("as printed"));
    assert_eq!(records[1].observation, Observation::Value(d("9.5")));
    assert_eq!(records[2].field("source"), Some(r#"{"table":3}"#));
    assert_eq!(
        data.series("W03").unwrap().get(2020).unwrap().to_string(),
        "≤14"
    );
    assert_eq!(data.reference_series().len(), 1);
    assert!(data.references().contains_key("W20"));
}

#[test]
fn csv_and_json_give_the_same_series() {
    let csv = Dataset::from_csv_str(
        "indicator,year,value\nW03,2020,14/10万以内\n孕产妇死亡率,2023,9.5\n女职工比例,2023,41.2%\n",
    )
    .unwrap();
    let json = Dataset::from_json_str(
        r#"[{"indicator":"W03","year":2020,"value":"14/10万以内"},
            {"indicator":"孕产妇死亡率","year":2023,"value":"9.5"},
            {"indicator":"女职工比例","year":2023,"value":"41.2%"}]"#,
    )
    .unwrap();
    assert_eq!(csv.references(), json.references());
}

#[test]
fn lookup_by_chinese_name_and_lenient_id() {
    let data = Dataset::from_csv_str(&format!(
        "{HEADER}孕产妇死亡率,2020,15\nw04,2020,95%\n Ｗ０５ ,2020,80\n"
    ))
    .unwrap();
    assert_eq!(data.series("W03").unwrap().len(), 1);
    assert_eq!(data.series("W04").unwrap().len(), 1);
    assert_eq!(data.series("W05").unwrap().len(), 1);
    assert_eq!(data.records()[2].indicator_text, "Ｗ０５");
}

#[test]
fn many_errors_in_one_file_are_all_reported() {
    let errors = Dataset::from_path(&fixture("bad_many.csv")).unwrap_err();
    assert_eq!(
        errors.lines(),
        [
            r#"line 3: unknown indicator "W99"; did you mean W09, W19, W29?"#,
            r#"line 4: malformed value "abc": not a figure: unknown target phrase at byte 0"#,
            r#"line 5: value "95.6‰" is in ‰ but W04 is in %"#,
            "line 6: W03 in 2020 duplicates line 2",
            "line 7: year 1999 is outside 2000–2100",
            r#"line 8: year "2020.5" is not an integer"#,
            "line 9: expected 4 fields as in the header, found 3",
            "line 10: the year is empty",
            r#"line 11: value "107人" is in 人 but W39 has no unit"#,
            r#"line 12: unknown indicator "孕产妇死亡"; did you mean 孕产妇死亡率, 新生儿死亡率, 婴儿死亡率?"#,
            "line 13: W03 in 2020 duplicates line 2",
        ]
    );
    let columns: Vec<Option<&str>> = errors
        .errors()
        .iter()
        .map(|e| e.column.as_deref())
        .collect();
    assert_eq!(
        columns,
        [
            Some("indicator"),
            Some("value"),
            Some("value"),
            None,
            Some("year"),
            Some("year"),
            None,
            Some("year"),
            Some("value"),
            Some("indicator"),
            None,
        ]
    );
    assert!(matches!(
        errors.errors()[0].kind,
        DataErrorKind::UnknownIndicator { ref suggestions, .. } if suggestions.len() == 3
    ));
    // Display: one error per line.
    assert_eq!(errors.to_string().lines().count(), 11);
}

#[test]
fn one_row_with_several_problems_reports_each() {
    assert_eq!(
        csv_errors(&format!("{HEADER}W99,20x0,\n")),
        [
            "line 2: the value is empty",
            r#"line 2: unknown indicator "W99"; did you mean W09, W19, W29?"#,
            r#"line 2: year "20x0" is not an integer"#,
        ]
    );
}

#[test]
fn unknown_indicator() {
    assert_eq!(
        csv_errors(&format!("{HEADER}W3,2020,1\n")),
        [r#"line 2: unknown indicator "W3"; did you mean W03, W13, W23?"#]
    );
    // Reference series names are suggested too.
    assert_eq!(
        csv_errors(&format!("{HEADER}女职工比率,2020,1\n"))[0],
        r#"line 2: unknown indicator "女职工比率"; did you mean 女职工比例, 婴儿死亡率, 孕产妇死亡率?"#
    );
}

#[test]
fn malformed_values() {
    assert_eq!(
        csv_errors(&format!("{HEADER}W04,2020,提高\n")),
        [
            r#"line 2: malformed value "提高": expected a value, a bound or a ratio, found a rise target"#
        ]
    );
    assert_eq!(
        csv_errors(&format!("{HEADER}W04,2020,-≤3\n")),
        [r#"line 2: malformed value "-≤3": only an exact value may be negative"#]
    );
}

#[test]
fn units_must_agree_with_the_indicator() {
    assert_eq!(
        csv_errors(&format!("{HEADER}C01,2020,1.2%\n")),
        [r#"line 2: value "1.2%" is in % but C01 is in ‰"#]
    );
    assert_eq!(
        csv_errors(&format!("{HEADER}W40,2020,2人\n")),
        [r#"line 2: value "2人" is in 人 but W40 has no unit"#]
    );
    assert_eq!(
        csv_errors(&format!("{HEADER}女职工比例,2020,40‰\n")),
        [r#"line 2: value "40‰" is in ‰ but 女职工比例 is in %"#]
    );
    // No unit is fine; the indicator's own unit is fine.
    assert!(Dataset::from_csv_str(&format!("{HEADER}W03,2020,14\nW03,2021,13/10万\n")).is_ok());
}

#[test]
fn duplicates_name_both_lines() {
    let errors = Dataset::from_csv_str(&format!(
        "{HEADER}W03,2020,14\nW04,2020,95\n\nW03,2020,15\n"
    ))
    .unwrap_err();
    assert_eq!(errors.lines(), ["line 5: W03 in 2020 duplicates line 2"]);
    assert_eq!(
        errors.errors()[0].kind,
        DataErrorKind::Duplicate {
            indicator: "W03".to_owned(),
            year: 2020,
            first_line: 2
        }
    );
}

#[test]
fn years_must_be_integers_in_range() {
    assert_eq!(
        csv_errors(&format!(
            "{HEADER}W03,2101,1\nW03,-5,1\nW03,２０２０,1\nW03,99999999999,1\nW03,2000,1\nW03,2100,1\n"
        )),
        [
            "line 2: year 2101 is outside 2000–2100",
            "line 3: year -5 is outside 2000–2100",
            r#"line 4: year "２０２０" is not an integer"#,
            "line 5: year 99999999999 is outside 2000–2100",
        ]
    );
}

#[test]
fn header_problems() {
    let errors = Dataset::from_path(&fixture("missing_columns.csv")).unwrap_err();
    assert_eq!(
        errors.lines(),
        [r#"line 1: the header has no "year" column"#]
    );
    assert_eq!(errors.errors()[0].column.as_deref(), Some("year"));
    assert_eq!(
        csv_errors("value,note\n1,2\n"),
        [
            r#"line 1: the header has no "indicator" column"#,
            r#"line 1: the header has no "year" column"#,
        ]
    );
    assert_eq!(
        csv_errors("indicator,year,value,note,,note\n"),
        [
            "line 1: column 5 of the header has no name",
            r#"line 1: the header has two columns named "note""#,
        ]
    );
    assert_eq!(
        csv_errors(""),
        ["line 1: no header row: the input is empty"]
    );
    assert_eq!(
        csv_errors("\n\r\n"),
        ["line 1: no header row: the input is empty"]
    );
    // A header alone is an empty dataset.
    assert!(Dataset::from_csv_str(HEADER).unwrap().is_empty());
    // Header names are trimmed, but exact otherwise.
    assert!(Dataset::from_csv_str(" indicator , year,value\nW03,2020,1\n").is_ok());
    assert_eq!(
        csv_errors("Indicator,year,value\n"),
        [r#"line 1: the header has no "indicator" column"#]
    );
}

#[test]
fn wrong_number_of_fields() {
    assert_eq!(
        csv_errors(&format!("{HEADER}W03,2020\nW03,2021,1,x\n   \n")),
        [
            "line 2: expected 3 fields as in the header, found 2",
            "line 3: expected 3 fields as in the header, found 4",
            "line 4: expected 3 fields as in the header, found 1",
        ]
    );
}

#[test]
fn empty_required_fields() {
    assert_eq!(
        csv_errors(&format!("{HEADER}, 2020 ,1\nW03,2020,  \n")),
        [
            "line 2: the indicator is empty",
            "line 3: the value is empty"
        ]
    );
}

#[test]
fn invalid_utf8_is_reported_with_its_position() {
    let errors = Dataset::from_path(&fixture("invalid_utf8.csv")).unwrap_err();
    assert_eq!(
        errors.lines(),
        ["line 3: invalid UTF-8 at byte offset 43 of the input (10 bytes into the line)"]
    );
    assert_eq!(
        errors.errors()[0].kind,
        DataErrorKind::InvalidUtf8 {
            offset: 43,
            in_line: 10
        }
    );
    // In the header, the byte order mark counts in the offset.
    let errors = Reader::new()
        .read_csv(&b"\xef\xbb\xbfindicator,ye\xc3ar,value\n"[..])
        .unwrap_err();
    assert_eq!(
        errors.lines(),
        ["line 1: invalid UTF-8 at byte offset 15 of the input (15 bytes into the line)"]
    );
    let errors = Reader::new()
        .read_json(&b"[\n{\"indicator\": \"W\xff\"}]"[..])
        .unwrap_err();
    assert_eq!(
        errors.lines(),
        ["line 2: invalid UTF-8 at byte offset 18 of the input (16 bytes into the line)"]
    );
}

#[test]
fn line_too_long() {
    let long = format!("W03,2020,1,{}", "x".repeat(MAX_LINE_BYTES));
    let text = format!("indicator,year,value,note\n{long}\nW99,2020,1,\n");
    assert_eq!(
        csv_errors(&text),
        [
            format!(
                "line 2: the line is {} bytes long, more than the limit of 4096",
                long.len()
            ),
            r#"line 3: unknown indicator "W99"; did you mean W09, W19, W29?"#.to_owned(),
        ]
    );
    // Exactly at the limit (CRLF not counted) is fine.
    let note = "x".repeat(MAX_LINE_BYTES - "W03,2020,1,".len());
    let text = format!("indicator,year,value,note\r\nW03,2020,1,{note}\r\n");
    assert_eq!(
        Dataset::from_csv_str(&text).unwrap().records()[0].field("note"),
        Some(&*note)
    );
}

#[test]
fn too_many_records() {
    let mut text = String::from(HEADER);
    for _ in 0..=MAX_RECORDS {
        text.push_str("W03,2020,1\n");
    }
    let errors = Dataset::from_csv_str(&text).unwrap_err();
    assert_eq!(
        errors.lines(),
        [format!("line {}: more than 50000 records", MAX_RECORDS + 2)]
    );
    let json = format!("[{}]", vec!["{}"; MAX_RECORDS + 1].join(",\n"));
    assert_eq!(
        json_errors(&json),
        [format!("line {}: more than 50000 records", MAX_RECORDS + 1)]
    );
}

#[test]
fn too_many_errors_stop_reading() {
    let mut text = String::from(HEADER);
    for _ in 0..MAX_ERRORS + 10 {
        text.push_str("W03,1999,1\n");
    }
    let errors = Dataset::from_csv_str(&text).unwrap_err();
    assert_eq!(errors.errors().len(), MAX_ERRORS + 1);
    assert_eq!(
        errors.lines().last().unwrap(),
        &format!(
            "line {}: more than 1000 errors; reading stopped",
            MAX_ERRORS + 2
        )
    );
}

#[test]
fn input_too_large() {
    let errors = Reader::new().read_csv(std::io::repeat(b'a')).unwrap_err();
    assert_eq!(
        errors.lines(),
        ["the input is larger than the limit of 67108864 bytes"]
    );
    assert_eq!(errors.errors()[0].line, 0);
}

#[test]
fn json_errors_name_the_record_line() {
    let errors = Dataset::from_path(&fixture("bad.json")).unwrap_err();
    assert_eq!(
        errors.lines(),
        [
            r#"line 3: unknown indicator "W99"; did you mean W09, W19, W29?"#,
            "line 4: the year must be an integer, found a string",
            "line 5: the value must be a string or a number, found a boolean",
            r#"line 6: the record has no "year" field"#,
            "line 7: a record must be a JSON object, found a string",
            "line 8: W03 in 2020 duplicates line 2",
            "line 9: year 2101 is outside 2000–2100",
        ]
    );
}

#[test]
fn json_shape_errors() {
    assert_eq!(
        json_errors(r#"{"indicator":"W03"}"#),
        ["line 1: expected a JSON array of records, found an object"]
    );
    assert_eq!(
        json_errors("[\n{\"indicator\": \"W03\",\n}]"),
        ["line 3: invalid JSON: trailing comma at column 1"]
    );
    assert_eq!(
        json_errors(r#"[{"indicator":"W03","year":2020.0,"value":null}]"#),
        [
            "line 1: the value is empty",
            r#"line 1: year "2020.0" is not an integer"#,
        ]
    );
    assert_eq!(
        json_errors(r#"[{"indicator":3,"year":2020,"value":"1"}]"#),
        ["line 1: the indicator must be a string, found a number"]
    );
    assert!(Dataset::from_json_str("\u{feff}[]").unwrap().is_empty());
}

#[test]
fn from_path_chooses_by_extension() {
    let errors = Dataset::from_path(Path::new("figures.ods")).unwrap_err();
    assert_eq!(
        errors.lines(),
        ["cannot tell the format of figures.ods: expected a .csv, .json or .xlsx file"]
    );
    let errors = Dataset::from_path(Path::new("/nonexistent/figures.CSV")).unwrap_err();
    assert!(matches!(errors.errors()[0].kind, DataErrorKind::Io { .. }));
    assert!(
        errors
            .to_string()
            .starts_with("cannot open /nonexistent/figures.CSV: ")
    );
}

#[test]
fn catalogue_baselines_make_a_dataset() {
    let data = Dataset::from_catalog_baselines(2020);
    assert_eq!(
        data.series("W02").unwrap().get(2020),
        Some(&Observation::Value(d("78.99")))
    );
    assert!(data.reference_series().is_empty());
    for (indicator, series) in data.indicators() {
        assert_eq!(
            series.get(2020),
            indicator.baseline_observation(2020).as_ref()
        );
        assert!(data.references().contains_key(&indicator.id));
    }
    assert!(Dataset::from_catalog_baselines(1990).is_empty());
}

#[test]
fn errors_are_std_errors() {
    fn takes_error(_: &dyn std::error::Error) {}
    let errors: DataErrors = Dataset::from_csv_str("").unwrap_err();
    takes_error(&errors);
    takes_error(&errors.errors()[0]);
    assert_eq!(errors.into_iter().count(), 1);
}

/// A character of the notation or of CSV, as a regex class, to build CSV-ish text.
macro_rules! csvish {
    () => {
        "[a-zW0-9,\"\r\n .:：%‰≤≥<>＜＞以内上下万/岁人约左右提高孕产妇死亡率女职工比例\u{feff}-]"
    };
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        let _ = Reader::new().read_csv(&bytes[..]);
        let _ = Reader::new().read_json(&bytes[..]);
    }

    #[test]
    fn arbitrary_csvish_text_never_panics(text in concat!(csvish!(), "{0,300}")) {
        let _ = Dataset::from_csv_str(&text);
        let _ = Dataset::from_csv_str(&format!("{HEADER}{text}"));
        let _ = Dataset::from_json_str(&text);
    }

    #[test]
    fn arbitrary_rows_never_panic_and_errors_have_lines(
        rows in proptest::collection::vec(
            (
                prop::sample::select(vec!["W03", "W04", "W40", "W39", "女职工比例", "孕产妇死亡率", "W99", ""]),
                "(19|20|21)[0-9]{2}|[0-9x.-]{0,5}",
                concat!(csvish!(), "{0,12}"),
            ),
            0..20,
        )
    ) {
        let mut text = String::from(HEADER);
        for (indicator, year, value) in &rows {
            text.push_str(&format!("{indicator},{year},{value}\n"));
        }
        match Dataset::from_csv_str(&text) {
            Ok(data) => prop_assert!(data.records().len() <= rows.len()),
            Err(errors) => {
                prop_assert!(!errors.errors().is_empty());
                prop_assert!(errors.errors().iter().all(|e| e.line >= 1));
            }
        }
    }

    #[test]
    fn json_record_lines_follow_the_layout(
        breaks in proptest::collection::vec(0usize..3, 1..10),
    ) {
        // Records separated by 0–2 blank lines: each record's line is where its object starts.
        let mut text = String::from("[");
        let mut line = 1u64;
        let mut expected = Vec::new();
        for (i, &blank) in breaks.iter().enumerate() {
            if i > 0 {
                text.push(',');
            }
            for _ in 0..blank {
                text.push('\n');
                line += 1;
            }
            expected.push(line);
            text.push_str(&format!(
                r#"{{"indicator":"W03","year":{},"value":"1","note":"a\"[,{{"}}"#,
                2000 + i
            ));
        }
        text.push(']');
        let data = Dataset::from_json_str(&text).unwrap();
        prop_assert_eq!(data.records().iter().map(|r| r.line).collect::<Vec<_>>(), expected);
    }
}
