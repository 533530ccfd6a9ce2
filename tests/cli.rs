//! The command line, run as a user runs it.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn run(args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_plan-targets"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let mut pipe = child.stdin.take().expect("stdin is piped");
    pipe.write_all(stdin.unwrap_or("").as_bytes())
        .expect("stdin accepts input");
    drop(pipe);
    child.wait_with_output().expect("the binary finishes")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("stdout is UTF-8")
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).expect("stderr is UTF-8")
}

#[test]
fn parse_prints_canonical_forms() {
    let o = run(
        &["parse", "≥82.3", "＞98.5", "45左右", "保持在90%以上"],
        None,
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o), "≥82.3\n>98.5\n45左右\n保持在≥90%\n");
}

#[test]
fn parse_reports_a_malformed_target_with_a_caret_and_exit_1() {
    let o = run(&["parse", "≥82.3", "≥82..3"], None);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(stdout(&o), "≥82.3\n");
    assert_eq!(
        stderr(&o),
        "error: expected a digit after the decimal point\n  |\n  | ≥82..3\n  |     ^\n"
    );
}

#[test]
fn parse_stdin_json_writes_one_line_per_input_line() {
    let o = run(
        &["parse", "--stdin", "--json"],
        Some("≥82.3\n45左\n逐年提高\r\n\n"),
    );
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 4, "{out}");
    let first: serde_json::Value = serde_json::from_str(lines[0]).unwrap();
    assert_eq!(first["kind"], "comparison");
    assert_eq!(first["canonical"], "≥82.3");
    assert_eq!(first["target"]["value"]["value"], "82.3");
    assert_eq!(
        lines[1],
        "error: expected a unit, a bound word (以上, 以下, 以内, 左右) or the end of the target at byte 2"
    );
    let third: serde_json::Value = serde_json::from_str(lines[2]).unwrap();
    assert_eq!(third["kind"], "rise_every_year");
    assert_eq!(lines[3], "error: empty target at byte 0");
}

#[test]
fn parse_stdin_plain_succeeds_when_every_line_parses() {
    let o = run(&["parse", "--stdin"], Some("＜1.5\n2：3\n"));
    assert!(o.status.success());
    assert_eq!(stdout(&o), "<1.5\n2:3\n");
}

#[test]
fn catalog_json_has_the_documented_shape() {
    let o = run(&["catalog", "--format", "json"], None);
    assert!(o.status.success(), "{}", stderr(&o));
    let rows: Vec<serde_json::Value> = serde_json::from_str(&stdout(&o)).unwrap();
    let tables = rows.iter().filter(|r| r["source"] == "table").count();
    assert_eq!(tables, 89);
    assert!(rows.iter().any(|r| r["source"] == "task"));
    let w03 = rows.iter().find(|r| r["id"] == "W03").expect("W03 listed");
    assert_eq!(w03["plan"], "women");
    assert_eq!(w03["area"], "妇女与健康");
    assert_eq!(w03["number"], 3);
    assert_eq!(w03["name"], "孕产妇死亡率");
    assert_eq!(w03["unit"], "1/10万");
    assert_eq!(w03["target"], "<8");
    assert_eq!(w03["kind"], "comparison");
    assert_eq!(w03["attribute"], "binding");
    assert_eq!(w03["direction"], "lower");
    let baseline = &w03["baselines"][0];
    assert_eq!(
        (&baseline["year"], &baseline["value"], &baseline["relation"]),
        (
            &serde_json::json!(2020),
            &serde_json::json!("14/10万以内"),
            &serde_json::json!("same")
        )
    );
    assert!(baseline["quote"].as_str().unwrap().contains("14/10万以内"));
    // A blank attribute cell stays null; a row without a unit has a null unit.
    let c10_1 = rows.iter().find(|r| r["id"] == "C10.1").unwrap();
    assert!(c10_1["attribute"].is_null());
    let w39 = rows.iter().find(|r| r["id"] == "W39").unwrap();
    assert!(w39["unit"].is_null());
}

#[test]
fn catalog_filters_by_plan_and_source() {
    let o = run(
        &[
            "catalog", "--plan", "children", "--source", "table", "--format", "csv",
        ],
        None,
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let mut reader = csv::Reader::from_reader(o.stdout.as_slice());
    let ids: Vec<String> = reader.records().map(|r| r.unwrap()[0].to_owned()).collect();
    assert_eq!(ids.len(), 41);
    assert!(ids.iter().all(|id| id.starts_with('C')));
    let o = run(&["catalog", "--plan", "martians"], None);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("martians"), "{}", stderr(&o));
}
