//! `--catalog`, `--period` and data files with a `region` column (issue 11).

use std::path::PathBuf;
use std::process::{Command, Output};

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_plan-targets"))
        .args(args)
        .current_dir(root())
        .output()
        .unwrap()
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

const CATALOG: &str = "examples/other-plan/catalog.csv";
const DATA: &str = "examples/other-plan/data.csv";

#[test]
fn a_bad_catalogue_gives_every_error_with_its_line_exit_2_and_no_report() {
    let dir = std::env::temp_dir().join(format!("plan-targets-places-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("bad.csv");
    std::fs::write(
        &bad,
        "id,plan,period,area,name,unit,target,attribute,direction\n\
         A1,p,2020-2025,x,甲,%,≥≥,,\n\
         A1,p,,x,乙,%,<5,,higher\n",
    )
    .unwrap();
    let bad = bad.to_str().unwrap();
    for args in [
        vec!["report", "--catalog", bad, "--data", DATA],
        vec!["catalog", "--catalog", bad],
        vec![
            "eval",
            "<5",
            "--series",
            "2020=4",
            "--catalog",
            bad,
            "--indicator",
            "A1",
        ],
    ] {
        let o = run(&args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert!(o.stdout.is_empty(), "{args:?}");
        let err = String::from_utf8(o.stderr).unwrap();
        assert!(
            err.contains("line 2, column target: target `≥≥` does not parse"),
            "{err}"
        );
        assert!(
            err.contains("line 3, column id: duplicate id A1 (first on line 2)"),
            "{err}"
        );
        assert!(
            err.contains("line 3, column direction: direction higher contradicts the target"),
            "{err}"
        );
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

/// The statuses of the regional report on the example catalogue equal the same targets
/// evaluated one by one with `plan-targets eval`.
#[test]
fn per_region_statuses_match_eval_one_by_one() {
    let o = run(&[
        "report",
        "--catalog",
        CATALOG,
        "--data",
        DATA,
        "--format",
        "json",
    ]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let report: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(
        (
            report["baseline_year"].as_i64(),
            report["target_year"].as_i64()
        ),
        (Some(2020), Some(2025))
    );
    let data = std::fs::read_to_string(root().join(DATA)).unwrap();
    let mut checked = 0;
    for region in report["regions"].as_array().unwrap() {
        let name = region["region"].as_str().unwrap();
        for row in region["rows"].as_array().unwrap() {
            let id = row["id"].as_str().unwrap();
            let series: Vec<String> = data
                .lines()
                .filter_map(|l| {
                    let f: Vec<&str> = l.split(',').collect();
                    (f[0] == name && f[1] == id).then(|| format!("{}={}", f[2], f[3]))
                })
                .collect();
            if series.is_empty() {
                assert_eq!(row["status"], "insufficient_data", "{name} {id}");
                continue;
            }
            let series = series.join(",");
            let o = run(&[
                "eval",
                row["target"].as_str().unwrap(),
                "--series",
                &series,
                "--catalog",
                CATALOG,
                "--indicator",
                id,
                "--year",
                "2024",
            ]);
            assert_eq!(
                o.status.code(),
                Some(0),
                "{}",
                String::from_utf8_lossy(&o.stderr)
            );
            let out = String::from_utf8(o.stdout).unwrap();
            let status = out.split(':').next().unwrap();
            assert_eq!(
                status,
                row["status"].as_str().unwrap(),
                "{name} {id}: {out}"
            );
            checked += 1;
        }
    }
    assert_eq!(checked, 18); // 3 regions with data × 6 targets
}

#[test]
fn period_applies_to_ad_hoc_targets() {
    // 逐年提高 from B: with B = 2022 the fall in 2021 is before the period.
    let series = "2020=5,2021=4,2022=4.5,2023=4.6";
    let status = |period: &str| {
        let o = run(&["eval", "逐年提高", "--series", series, "--period", period]);
        String::from_utf8(o.stdout)
            .unwrap()
            .split(':')
            .next()
            .unwrap()
            .to_owned()
    };
    assert_eq!(status("2020-2030"), "not_met");
    assert_eq!(status("2022-2030"), "met");
    let o = run(&["eval", "≥1", "--series", "2020=1", "--period", "2030-2020"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn the_catalogue_file_lists_like_the_embedded_one() {
    let o = run(&["catalog", "--catalog", CATALOG, "--format", "csv"]);
    assert_eq!(o.status.code(), Some(0));
    let text = String::from_utf8(o.stdout).unwrap();
    assert_eq!(text.lines().count(), 1 + 6);
    assert!(
        text.contains(
            "HC1,table,healthy-children,儿童健康,1,新生儿死亡率,‰,控制在3.1‰以下,comparison"
        ),
        "{text}"
    );
}

#[test]
fn regional_json_and_xlsx_report_as_the_same_csv() {
    let dir = std::env::temp_dir().join(format!("plan-targets-cli-regions-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let csv = dir.join("r.csv");
    std::fs::write(
        &csv,
        "region,indicator,year,value\n巫山县,W02,2020,78.99\n巫山县,W02,2024,79.95\n\
         奉节县,W02,2020,79.1\n奉节县,W03,2024,14以内\n城口县,,,\n",
    )
    .unwrap();
    let json = dir.join("r.json");
    std::fs::write(
        &json,
        r#"[{"region": "巫山县", "indicator": "W02", "year": 2020, "value": 78.99},
{"region": "巫山县", "indicator": "W02", "year": 2024, "value": "79.95"},
{"region": "奉节县", "indicator": "W02", "year": 2020, "value": "79.1"},
{"region": "奉节县", "indicator": "W03", "year": 2024, "value": "14以内"},
{"region": "城口县"}]"#,
    )
    .unwrap();
    let xlsx = root().join("tests/data/regions/long.xlsx");
    for format in ["json", "csv", "md"] {
        let report = |data: &std::path::Path| {
            let out = run(&[
                "report",
                "--data",
                data.to_str().unwrap(),
                "--format",
                format,
            ]);
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
            String::from_utf8(out.stdout).unwrap()
        };
        let expected = report(&csv);
        assert!(expected.contains("城口县"), "{expected}");
        assert_eq!(report(&json), expected, "{format}");
        assert_eq!(report(&xlsx), expected, "{format}");
    }
    // A record without a region among regional ones: its line, exit 2, no report.
    std::fs::write(
        &json,
        "[{\"region\": \"巫山县\", \"indicator\": \"W02\", \"year\": 2020, \"value\": 1},\n\
         {\"indicator\": \"W02\", \"year\": 2024, \"value\": 2}]",
    )
    .unwrap();
    let out = run(&["report", "--data", json.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    assert!(String::from_utf8_lossy(&out.stderr).contains("line 2"));
    std::fs::remove_dir_all(&dir).unwrap();
}
