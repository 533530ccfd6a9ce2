//! Nothing lost, nothing silently wrong (issue 14): each test reproduces a way the crate used
//! to lose data or give a wrong answer without an error, and failed before its fix.

use std::io::Read;

use plan_targets::data::{DataErrorKind, Dataset, MAX_INPUT_BYTES, MAX_RECORDS, Reader};
use plan_targets::series::Observation;
use plan_targets::syntax::ParseErrorKind;
use plan_targets::{Policy, Status, Target, catalog};
use rust_decimal::Decimal;

const SAMPLE: &str = include_str!("../examples/wushan-sample-2020-2024.csv");

fn csv_errors(text: &str) -> Vec<String> {
    Dataset::from_csv_str(text).unwrap_err().lines()
}

fn json_errors(text: &str) -> Vec<String> {
    Dataset::from_json_str(text).unwrap_err().lines()
}

// --- CSV: quotes and line endings -------------------------------------------------------

/// One stray `"` used to swallow every later row into a note: the sample's 2024 report became
/// a 2021 report, without an error.
#[test]
fn a_stray_quote_is_an_error_at_the_line_it_opens() {
    let (line_no, _) = SAMPLE
        .lines()
        .enumerate()
        .find(|(_, l)| l.starts_with("W02,2021,"))
        .unwrap();
    let broken: String = SAMPLE
        .lines()
        .enumerate()
        .map(|(i, l)| {
            if i == line_no {
                format!("{l}\"provisional\n")
            } else {
                format!("{l}\n")
            }
        })
        .collect();
    let column = SAMPLE.lines().nth(line_no).unwrap().chars().count() + 1;
    assert_eq!(
        csv_errors(&broken),
        [format!(
            "line {}: the quoted field opened at column {column} is not closed on its line \
             (a field cannot span lines)",
            line_no + 1
        )]
    );
    // The rows after it are still read: every other problem is reported too.
    let mut two = broken.clone();
    two.push_str("W99,2024,1,\n");
    assert_eq!(Dataset::from_csv_str(&two).unwrap_err().errors().len(), 2);
}

#[test]
fn a_quote_closed_on_a_later_line_is_an_error_too() {
    let text = "indicator,year,value,note\nW03,2020,14,\"a\nW03,2021,13,b\"\nW03,2022,12,\n";
    let errors = Dataset::from_csv_str(text).unwrap_err();
    assert_eq!(errors.errors()[0].line, 2);
    assert!(matches!(
        errors.errors()[0].kind,
        DataErrorKind::UnterminatedQuote { column: 13 }
    ));
}

#[test]
fn text_after_a_closing_quote_is_an_error() {
    assert_eq!(
        csv_errors("indicator,year,value\nW03,2020,\"14\"5\n"),
        ["line 2: text after the closing quote of the field opened at column 10"]
    );
    // Quoted fields, escaped quotes and commas inside quotes are still read.
    let data = Dataset::from_csv_str(
        "\"indicator\",year,value,note\n\"W03\",2020,\"14\",\"a \"\"b\"\", c\"\n",
    )
    .unwrap();
    assert_eq!(data.records()[0].field("note"), Some("a \"b\", c"));
}

/// A file with only `\r` line ends was one line: over 4 KiB it was "too long", under it a
/// header with every row as extra columns.
#[test]
fn cr_only_line_endings_are_line_endings() {
    let mut text = String::from("indicator,year,value,note\r");
    for year in 2000..=2100 {
        text.push_str(&format!("W03,{year},14,a note long enough to pass 4 KiB\r"));
    }
    assert!(text.len() > 4096);
    let data = Dataset::from_csv_str(&text).unwrap();
    assert_eq!(data.records().len(), 101);
    assert_eq!(data.records()[100].line, 102);
    // Mixed endings count one line each; CRLF is one line ending, not two.
    let errors = csv_errors("indicator,year,value\rW99,2020,1\r\nW98,2020,1\nW97,2020,1\r");
    let lines: Vec<&str> = errors.iter().map(|e| &e[..7]).collect();
    assert_eq!(lines, ["line 2:", "line 3:", "line 4:"]);
}

/// Past the record limit, one error; past the byte limit, one error, after reading no more
/// than the limit (CSV is decoded whole, for the encoding and layout detection, so the bytes
/// limit bounds its memory).
#[test]
fn a_csv_reader_past_the_limits_gets_one_error() {
    let mut rows = "W03,2020,1\n".repeat(MAX_RECORDS + 1);
    rows.insert_str(0, "indicator,year,value\n");
    let errors = Reader::new().read_csv(rows.as_bytes()).unwrap_err();
    assert_eq!(
        errors.lines(),
        [format!("line {}: more than 50000 records", MAX_RECORDS + 2)]
    );
    let mut rest = std::io::repeat(b'\n').take(2 * MAX_INPUT_BYTES);
    let errors = Reader::new()
        .read_csv(rows.as_bytes().chain(&mut rest))
        .unwrap_err();
    assert_eq!(
        errors.lines(),
        ["the input is larger than the limit of 67108864 bytes"]
    );
    assert!(
        rest.limit() >= MAX_INPUT_BYTES - rows.len() as u64,
        "read past the limit"
    );
}

// --- JSON: exact numbers, duplicate keys, streaming -------------------------------------

/// JSON numbers went through f64: `82.29999999999999999999` became 82.3 and met ≥82.3.
#[test]
fn json_numbers_are_read_exactly() {
    let data = Dataset::from_json_str(
        r#"[{"indicator": "W02", "year": 2024, "value": 82.29999999999999999999}]"#,
    )
    .unwrap();
    let value = data.series("W02").unwrap().get(2024).unwrap();
    let exact: Decimal = "82.29999999999999999999".parse().unwrap();
    assert_eq!(value, &Observation::Value(exact));
    let w02 = catalog::lookup("W02").unwrap();
    let bound = plan_targets::bind(&w02.target, &w02.spec(), &Policy::default()).unwrap();
    let assessment = plan_targets::evaluate(
        &bound,
        data.series("W02").unwrap(),
        &plan_targets::Context::default(),
    );
    assert_ne!(assessment.status, Status::Met);
    // Trailing zeros are kept as written, as in CSV.
    let data =
        Dataset::from_json_str(r#"[{"indicator": "W02", "year": 2024, "value": 80.10}]"#).unwrap();
    assert_eq!(data.records()[0].value_text, "80.10");
    // Extra fields keep their JSON text as written.
    let data = Dataset::from_json_str(
        r#"[{"indicator": "W02", "year": 2024, "value": "80", "n": 1.000000000000000000001}]"#,
    )
    .unwrap();
    assert_eq!(
        data.records()[0].field("n"),
        Some("1.000000000000000000001")
    );
}

/// A duplicated key silently kept the last value.
#[test]
fn a_duplicate_key_is_an_error_with_its_line() {
    let text =
        "[\n{\"indicator\": \"W03\", \"year\": 2020,\n \"value\": \"14\",\n \"value\": \"9\"}\n]";
    assert_eq!(
        json_errors(text),
        [r#"line 4: the key "value" appears twice in one object (first on line 3)"#]
    );
    let nested = r#"[{"indicator": "W03", "year": 2020, "value": "14", "n": {"a": 1, "a": 2}}]"#;
    assert_eq!(
        json_errors(nested),
        [r#"line 1: the key "a" appears twice in one object (first on line 1)"#]
    );
}

#[test]
fn json_nesting_is_limited() {
    let deep = format!("[{}{}]", "[".repeat(100_000), "]".repeat(100_000));
    let errors = json_errors(&deep);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0].contains("nested deeper than 128"),
        "{}",
        errors[0]
    );
}

/// The JSON reader streams: the record limit is enforced while reading, so a reader is not
/// read further than the first record past it (it used to be read whole and parsed whole
/// into a tree: 64 MiB of JSON took gigabytes).
#[test]
fn a_json_reader_past_the_record_limit_is_not_read_further() {
    let records = format!("[{}", "{},\n".repeat(MAX_RECORDS + 1));
    let mut rest = std::io::repeat(b' ').take(2 * MAX_INPUT_BYTES);
    let errors = Reader::new()
        .read_json(records.as_bytes().chain(&mut rest))
        .unwrap_err();
    assert_eq!(
        errors.lines(),
        [format!("line {}: more than 50000 records", MAX_RECORDS + 1)]
    );
    assert_eq!(rest.limit(), 2 * MAX_INPUT_BYTES, "read past the limit");
    // Past the byte limit, whatever the shape, one error.
    let mut spaces = std::io::repeat(b' ').take(2 * MAX_INPUT_BYTES);
    let errors = Reader::new()
        .read_json((&b"["[..]).chain(&mut spaces))
        .unwrap_err();
    assert_eq!(
        errors.lines(),
        ["the input is larger than the limit of 67108864 bytes"]
    );
}

#[test]
fn json_records_before_a_syntax_error_are_checked() {
    let text =
        "[\n{\"indicator\": \"W99\", \"year\": 2020, \"value\": \"1\"},\n{\"indicator\": tru}\n]";
    assert_eq!(
        json_errors(text),
        [
            r#"line 2: unknown indicator "W99"; did you mean W09, W19, W29?"#,
            "line 3: invalid JSON: expected ident at column 18",
        ]
    );
}

// --- Ratios with a zero or negative term ------------------------------------------------

#[test]
fn a_ratio_with_a_zero_term_is_not_a_target() {
    for text in ["0:0", "1:0", "0:1", "0.0:2", "１：０"] {
        let error = text.parse::<Target>().unwrap_err();
        assert_eq!(error.kind(), &ParseErrorKind::ZeroRatioTerm, "{text}");
        assert!(
            error
                .to_string()
                .starts_with("a ratio's terms must be positive")
        );
    }
    assert!("2:3".parse::<Target>().is_ok());
}

#[test]
fn a_ratio_with_a_zero_or_negative_term_is_not_an_observation() {
    for text in ["0:0", "1:0", "-1:2", "−1:2", "0:3"] {
        assert!(Observation::parse(text).is_err(), "{text}");
    }
    let errors = csv_errors("indicator,year,value\nW40,2024,1:0\nW40,2023,-1:2\nW40,2022,0:0\n");
    assert_eq!(errors.len(), 3, "{errors:?}");
    assert!(errors[0].starts_with("line 2: malformed value \"1:0\""));
}

// --- Invisible characters ---------------------------------------------------------------

#[test]
fn invisible_characters_in_an_indicator_are_named() {
    assert_eq!(
        csv_errors("indicator,year,value\nW0\u{200b}3,2020,14\n"),
        [
            "line 2: the indicator \"W0\u{200b}3\" holds an invisible character: \
             U+200B zero-width space at column 3"
        ]
    );
    assert_eq!(
        csv_errors("indicator,year,value\n\u{feff}W03,2020,14\n"),
        [
            "line 2: the indicator \"\u{feff}W03\" holds an invisible character: \
             U+FEFF byte order mark at column 1"
        ]
    );
    assert_eq!(
        json_errors("[{\"indicator\": \"孕产妇\u{a0}死亡率\", \"year\": 2020, \"value\": \"14\"}]"),
        [
            "line 1: the indicator \"孕产妇\u{a0}死亡率\" holds an invisible character: \
             U+00A0 no-break space at column 4"
        ]
    );
    let errors = Dataset::from_csv_str("indicator,year,value\nW03,20\u{200d}20,14\n").unwrap_err();
    assert!(matches!(
        errors.errors()[0].kind,
        DataErrorKind::InvisibleCharacter {
            character: '\u{200d}',
            column: 3,
            ..
        }
    ));
}
