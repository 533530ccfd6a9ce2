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

/// The status word `eval` prints before the colon, for the given arguments.
fn eval_status(args: &[&str]) -> String {
    let o = run(args, None);
    assert!(o.status.success(), "{args:?}: {}", stderr(&o));
    let out = stdout(&o);
    out.split_once(": ")
        .map_or(out.clone(), |(status, _)| status.to_owned())
}

#[test]
fn eval_prints_status_and_explanation() {
    assert_eq!(
        eval_status(&["eval", "≥82.3", "--series", "2020=78.99,2023=80.1"]),
        "not_met"
    );
    assert_eq!(
        eval_status(&["eval", "≥82.3", "--series", "2020=78.99,2029=82.3"]),
        "met"
    );
    // As of 2025 the 2029 figure is not known yet.
    assert_eq!(
        eval_status(&[
            "eval",
            "≥82.3",
            "--series",
            "2020=78.99,2029=82.3",
            "--year",
            "2025",
        ]),
        "not_met"
    );
}

#[test]
fn eval_json_has_status_evidence_and_explanation() {
    let o = run(
        &[
            "eval",
            "<8",
            "--indicator",
            "W03",
            "--series",
            "2023=7.5",
            "--json",
        ],
        None,
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(stdout(&o).trim()).unwrap();
    assert_eq!(v["status"], "met");
    assert_eq!(v["evidence"]["observed"]["year"], 2023);
    assert_eq!(v["evidence"]["observed"]["observation"]["value"], "7.5");
    // No 2020 figure in the series: the catalogue's baseline (14/10万以内) is used.
    assert_eq!(v["evidence"]["baseline"]["source"], "given");
    assert_eq!(
        v["evidence"]["baseline"]["observation"]["bound"]["bound"],
        "14"
    );
    assert!(v["explanation"].as_str().unwrap().contains("7.5"));
}

#[test]
fn eval_takes_direction_references_bounds_and_baselines() {
    // W21 refers to W20, passed under W20's id.
    let args = [
        "eval",
        "不低于本地区党员总数中女性比例",
        "--indicator",
        "W21",
    ];
    let with = |more: &[&str]| eval_status(&[&args[..], more].concat());
    assert_eq!(
        with(&["--series", "2024=28", "--ref", "W20:2024=27"]),
        "met"
    );
    assert_eq!(
        with(&["--series", "2024=26", "--ref", "W20:2024=27"]),
        "not_met"
    );
    // Missing reference value that year: not enough data.
    assert_eq!(
        with(&["--series", "2024=28", "--ref", "W20:2023=27"]),
        "insufficient_data"
    );
    // W30's external series by its name.
    assert_eq!(
        eval_status(&[
            "eval",
            "与女职工比例相适应",
            "--indicator",
            "W30",
            "--series",
            "2024=41",
            "--ref",
            "女职工比例:2024=42",
        ]),
        "met"
    );
    // A bare number needs a direction.
    assert_eq!(
        eval_status(&["eval", "1", "--series", "2024=2", "--direction", "higher"]),
        "met"
    );
    // A bound observation: 14以内 meets <15 whatever the value is.
    assert_eq!(
        eval_status(&["eval", "<15", "--series", "2023=14以内"]),
        "met"
    );
    // An explicit baseline for a directional goal.
    assert_eq!(
        eval_status(&[
            "eval",
            "提高",
            "--series",
            "2024=81",
            "--baseline",
            "2020=80"
        ]),
        "met"
    );
}

#[test]
fn eval_of_an_ad_hoc_target_takes_the_series_it_names() {
    // No catalogue indicator: `--ref` names the series the target itself names.
    let at = |value: &str, reference: &str| {
        eval_status(&[
            "eval",
            "高于全市1个百分点",
            "--series",
            value,
            "--ref",
            reference,
        ])
    };
    assert_eq!(at("2024=8.5", "全市:2024=7.5"), "met");
    assert_eq!(at("2024=8.4", "全市:2024=7.5"), "not_met");
    assert_eq!(at("2024=8.5", "全市:2023=7.5"), "insufficient_data");
    // A series the target does not name is refused.
    let o = run(
        &[
            "eval",
            "高于全市1个百分点",
            "--series",
            "2024=8.5",
            "--ref",
            "全省:2024=7.5",
        ],
        None,
    );
    assert!(!o.status.success());
    assert!(
        stderr(&o).contains("the target refers to `全市`"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn eval_rejects_bad_input_with_exit_2() {
    let cases: &[(&[&str], &str)] = &[
        (
            &["eval", "≥82.3", "--indicator", "W99", "--series", "2020=1"],
            "error: unknown indicator `W99`; did you mean W09, W19, W29?\n",
        ),
        (
            &["eval", "≥82.3%", "--indicator", "W02", "--series", "2020=1"],
            "error: indicator W02: the target is in % but the indicator is in 岁\n",
        ),
        (
            &["eval", "≥82.3", "--series", "2020=1,2020=2"],
            "error: --series: year 2020 is observed twice at byte 7\n",
        ),
        (
            &[
                "eval",
                "≥82.3",
                "--indicator",
                "W02",
                "--series",
                "2020=80%",
            ],
            "error: --series is in `%` but indicator W02 is in `岁`\n",
        ),
        (
            &["eval", "1", "--series", "2024=1"],
            "error: ad-hoc target: `1` needs a direction (higher, lower or band) and neither the target nor the indicator gives one\n",
        ),
        (
            &["eval", "≥82.3", "--series", "2020=1", "--ref", "W20:2020=1"],
            "error: --ref `W20`: unknown reference series; the target refers to no other series\n",
        ),
    ];
    for (args, expected) in cases {
        let o = run(args, None);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert_eq!(stderr(&o), *expected, "{args:?}");
    }
    let o = run(&["eval", "≥82..3", "--series", "2020=1"], None);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("  | ≥82..3\n  |     ^\n"),
        "{}",
        stderr(&o)
    );
    let o = run(&["eval", "≥82.3", "--series", "2020=abc"], None);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).starts_with("error: --series: "),
        "{}",
        stderr(&o)
    );
}

#[test]
fn eval_says_when_a_bound_cannot_decide() {
    let o = run(&["eval", "≥82.3", "--series", "2020=80,2023=82以上"], None);
    assert!(o.status.success());
    assert_eq!(
        stdout(&o),
        "insufficient_data: undecidable from a bound: whether 2023 value ≥82 meets ≥82.3\n"
    );
    let o = run(&["eval", "≥82.3", "--series", "2020=80,2023=83以上"], None);
    assert_eq!(stdout(&o), "met: 2023 value ≥83 meets ≥82.3\n");
}

#[test]
fn eval_takes_the_wider_notation() {
    let line = |args: &[&str]| {
        let o = run(args, None);
        assert!(o.status.success(), "{args:?}: {}", stderr(&o));
        stdout(&o)
    };
    // 下降1/3 from 30: at most 20, compared exactly.
    assert_eq!(
        line(&["eval", "下降1/3", "--series", "2020=30,2024=20"]),
        "met: 2024 value 20 meets ≤20, a fall of at least 1/3 from 30 in 2020\n"
    );
    assert_eq!(
        eval_status(&["eval", "下降1/3", "--series", "2020=30,2024=20.01"]),
        "not_met"
    );
    // The baseline year's value must be in --series: 2019 is never borrowed for 2020.
    assert_eq!(
        line(&["eval", "下降1/3", "--series", "2019=30,2024=20"]),
        "insufficient_data: no baseline value for 2020\n"
    );
    // 比2020年翻一番: ×2.
    assert_eq!(
        eval_status(&["eval", "比2020年翻一番", "--series", "2020=5,2025=10"]),
        "met"
    );
    assert_eq!(
        eval_status(&["eval", "比2020年翻一番", "--series", "2020=5,2025=9.99"]),
        "not_met"
    );
    assert_eq!(
        eval_status(&["eval", "比2020年翻一番", "--series", "2025=10"]),
        "insufficient_data"
    );
    // 0.5 points a year for three years: at most 28.5 in 2023.
    assert_eq!(
        eval_status(&[
            "eval",
            "每年降低0.5个百分点以上",
            "--series",
            "2020=30,2023=28.5"
        ]),
        "met"
    );
    assert_eq!(
        eval_status(&[
            "eval",
            "每年降低0.5个百分点以上",
            "--series",
            "2020=30,2023=28.51"
        ]),
        "not_met"
    );
    // Milestones: in 2024 the 2025 one is due; in 2026 the 2030 one, and 2025's was missed.
    let milestones = "到2025年控制在10.5/10万以下，到2030年下降到10/10万以下";
    assert_eq!(
        eval_status(&["eval", milestones, "--series", "2020=12,2024=10.5"]),
        "met"
    );
    assert_eq!(
        line(&["eval", milestones, "--series", "2020=12,2026=9.8"]),
        "met: the 2030 milestone: 2026 value 9.8 meets ≤10; the 2025 milestone was missed\n"
    );
    // All of: a count and a rise.
    let both = "有1名以上女干部，并逐步增加";
    assert_eq!(
        eval_status(&["eval", both, "--series", "2020=1,2021=2,2022=3"]),
        "met"
    );
    assert_eq!(
        line(&["eval", both, "--series", "2020=1,2021=1,2022=0"]),
        "not_met: part 1 of 2: 2022 value 0 does not meet ≥1\n"
    );
}

#[test]
fn eval_json_keeps_the_parts_and_the_milestone_due() {
    let o = run(
        &[
            "eval",
            "--json",
            "到2025年控制在10.5/10万以下，到2030年下降到10/10万以下",
            "--series",
            "2020=12,2024=10.6",
        ],
        None,
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let json: serde_json::Value = serde_json::from_str(stdout(&o).trim()).unwrap();
    assert_eq!(json["status"], "not_met");
    assert_eq!(json["evidence"]["kind"], "milestones");
    assert_eq!(json["evidence"]["due"], 2025);
    assert_eq!(json["evidence"]["parts"][0]["status"], "not_met");
    assert_eq!(
        json["evidence"]["parts"][0]["evidence"]["kind"],
        "comparison"
    );
}

#[test]
fn report_flags_a_missed_milestone_red() {
    let dir = std::env::temp_dir().join(format!("plan-targets-milestones-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let catalog = dir.join("catalog.csv");
    let data = dir.join("data.csv");
    std::fs::write(
        &catalog,
        "id,plan,plan_title,period,area,number,name,unit,target,attribute,direction,note\n\
         M1,health,健康规划,2020-2030,健康,1,孕产妇死亡率,1/10万,到2025年控制在10.5/10万以下，到2030年下降到10/10万以下,,lower,\n\
         M2,health,,,健康,2,女干部人数,名,有1名以上女干部，并逐步增加,,higher,\n",
    )
    .unwrap();
    std::fs::write(
        &data,
        "indicator,year,value\nM1,2020,12\nM1,2025,11\nM1,2026,9.8\nM2,2020,1\nM2,2026,3\n",
    )
    .unwrap();
    let o = run(
        &[
            "report",
            "--catalog",
            catalog.to_str().unwrap(),
            "--data",
            data.to_str().unwrap(),
            "--format",
            "json",
        ],
        None,
    );
    std::fs::remove_dir_all(&dir).ok();
    assert!(o.status.success(), "{}", stderr(&o));
    let json: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let row = |id: &str| {
        json["rows"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["id"] == id)
            .unwrap()
            .clone()
    };
    // 9.8 meets the 2030 milestone, but 11 in 2025 missed 2025's: red.
    let m1 = row("M1");
    assert_eq!(m1["kind"], "milestones");
    assert_eq!(m1["status"], "met");
    assert_eq!(m1["warning"], "red");
    // Both parts met (3 ≥ 1; 1 → 3 is 3^(1/6) − 1 ≈ 20 % a year): on track, no flag.
    let m2 = row("M2");
    assert_eq!(m2["kind"], "all_of");
    assert_eq!(m2["status"], "met");
    assert_eq!(m2["outlook"], "on_track");
    assert!(m2["warning"].is_null(), "{m2}");
}
