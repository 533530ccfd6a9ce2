//! The monitoring report through the binary: golden files for the three formats on the sample
//! data, the report's shape, and bad data.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const SAMPLE: &str = "examples/wushan-sample-2020-2024.csv";

/// The repository root: the sample data and golden files are the library's.
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_plan-targets"))
        .args(args)
        .current_dir(root())
        .output()
        .expect("the binary runs")
}

/// Compares with tests/golden/NAME, or rewrites it when UPDATE_GOLDEN is set.
fn golden(name: &str, actual: &[u8]) {
    let path = root().join("tests/golden").join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, actual).expect("golden file writable");
        return;
    }
    let expected = std::fs::read(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e} (run with UPDATE_GOLDEN=1 to create)",
            path.display()
        )
    });
    if expected != actual {
        let (e, a) = (
            String::from_utf8_lossy(&expected),
            String::from_utf8_lossy(actual),
        );
        let line = e
            .lines()
            .zip(a.lines())
            .position(|(x, y)| x != y)
            .unwrap_or(0);
        panic!(
            "{} differs at line {}:\n expected: {}\n   actual: {}\n(UPDATE_GOLDEN=1 rewrites it after review)",
            path.display(),
            line + 1,
            e.lines().nth(line).unwrap_or(""),
            a.lines().nth(line).unwrap_or("")
        );
    }
}

#[test]
fn golden_markdown_csv_and_json_on_the_sample_data() {
    for (format, file) in [
        ("md", "report.md"),
        ("csv", "report.csv"),
        ("json", "report.json"),
    ] {
        let o = run(&["report", "--data", SAMPLE, "--format", format]);
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        golden(file, &o.stdout);
    }
}

#[test]
fn csv_report_starts_with_a_bom_for_excel() {
    let o = run(&["report", "--data", SAMPLE, "--format", "csv"]);
    assert!(o.stdout.starts_with("\u{feff}id,plan,area,".as_bytes()));
    let text = String::from_utf8(o.stdout).unwrap();
    let mut reader = csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    assert_eq!(reader.records().count(), 89);
}

#[test]
fn json_report_has_the_documented_top_level() {
    let o = run(&["report", "--data", SAMPLE, "--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["assessment_year"], 2024);
    let rows = v["rows"].as_array().unwrap();
    assert_eq!(rows.len(), 89);
    let statuses = ["met", "not_met", "insufficient_data", "needs_judgement"];
    let outlooks = [
        "achieved",
        "on_track",
        "acceleration_needed",
        "limited_progress",
        "deteriorating",
        "insufficient_data",
        "needs_judgement",
    ];
    for row in rows {
        assert!(row["id"].is_string());
        assert!(statuses.contains(&row["status"].as_str().unwrap()), "{row}");
        assert!(
            outlooks.contains(&row["outlook"].as_str().unwrap()),
            "{row}"
        );
        assert!(
            row["warning"].is_null()
                || ["yellow", "orange", "red"].contains(&row["warning"].as_str().unwrap())
        );
    }
    let plans = v["summary"]["plans"].as_array().unwrap();
    assert_eq!(plans.len(), 2);
    assert_eq!(plans[0]["indicators"], 48);
    assert_eq!(plans[1]["indicators"], 41);
    assert!(!v["warnings"].as_array().unwrap().is_empty());
}

#[test]
fn with_no_data_the_report_evaluates_the_catalogue_baselines() {
    let o = run(&["report", "--format", "json"]);
    assert!(o.status.success());
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["assessment_year"], 2020);
    let rows = v["rows"].as_array().unwrap();
    assert_eq!(rows.len(), 89);
    let w02 = rows.iter().find(|r| r["id"] == "W02").unwrap();
    assert_eq!(w02["current"]["value"], "78.99");
    assert_eq!(w02["status"], "not_met");
    // One figure: no pace yet.
    assert_eq!(w02["outlook"], "insufficient_data");
    // No data at all for W01: it still appears.
    let w01 = rows.iter().find(|r| r["id"] == "W01").unwrap();
    assert_eq!(w01["status"], "insufficient_data");
}

#[test]
fn plan_year_and_output_options() {
    let out = std::env::temp_dir().join(format!("plan-targets-report-{}.md", std::process::id()));
    let o = run(&[
        "report",
        "--data",
        SAMPLE,
        "--plan",
        "children",
        "--year",
        "2022",
        "--output",
        out.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(o.stdout.is_empty());
    let text = std::fs::read_to_string(&out).unwrap();
    std::fs::remove_file(&out).ok();
    // Only the chosen plan is in the report, and so in its title.
    assert!(text.starts_with("# 《巫山县儿童发展规划（2021—2030年）》监测报告（2022年）"));
    assert!(text.contains("| C01 |") && !text.contains("| W01 |"));
    // As of 2022, C34 (100 only in 2024) is not met yet.
    let c34 = text.lines().find(|l| l.starts_with("| C34 |")).unwrap();
    assert!(c34.contains("未达标"), "{c34}");
}

#[test]
fn bad_data_gives_every_error_with_its_line_and_no_report() {
    let o = run(&["report", "--data", "tests/data/ingest/bad_many.csv"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(o.stdout.is_empty(), "no report on bad data");
    let err = String::from_utf8(o.stderr).unwrap();
    assert!(
        err.starts_with("error: tests/data/ingest/bad_many.csv has errors; no report was made:\n"),
        "{err}"
    );
    for expected in [
        "line 3: unknown indicator \"W99\"; did you mean W09, W19, W29?",
        "line 4:",
        "line 5:",
        "line 6: W03 in 2020 duplicates line 2",
        "line 7:",
        "line 8:",
    ] {
        assert!(err.contains(expected), "missing {expected:?} in:\n{err}");
    }
    let o = run(&["report", "--data", "no/such/file.csv"]);
    assert_eq!(o.status.code(), Some(2));
    let o = run(&["report", "--data", "README.md"]);
    assert_eq!(o.status.code(), Some(2));
}
