//! Input and output safety through the binary: no input is ever overwritten by the report, a
//! failed write leaves the previous file as it was, `--year` has the data's range, and
//! `parse --stdin` survives a line that is not UTF-8.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const SAMPLE: &str = "examples/wushan-sample-2020-2024.csv";

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_plan-targets")
}

/// Runs the binary in `dir`.
fn run_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(bin())
        .args(args)
        .current_dir(dir)
        .output()
        .expect("the binary runs")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A scratch directory holding a copy of the sample data as `d.csv`.
fn scratch_with_data() -> (tempfile::TempDir, Vec<u8>) {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let data = std::fs::read(root().join(SAMPLE)).expect("the sample data");
    std::fs::write(dir.path().join("d.csv"), &data).expect("writable");
    (dir, data)
}

#[test]
fn an_output_that_is_the_data_file_is_refused_by_any_name() {
    let (dir, data) = scratch_with_data();
    let mut names = vec!["d.csv".to_owned(), "./d.csv".to_owned()];
    names.push(dir.path().join("d.csv").display().to_string());
    names.push(dir.path().join("sub/../d.csv").display().to_string());
    std::fs::create_dir(dir.path().join("sub")).unwrap();
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink("d.csv", dir.path().join("link.csv")).unwrap();
        names.push("link.csv".to_owned());
    }
    std::fs::hard_link(dir.path().join("d.csv"), dir.path().join("hard.csv")).unwrap();
    names.push("hard.csv".to_owned());
    for output in &names {
        for format in ["md", "csv", "json"] {
            let o = run_in(
                dir.path(),
                &[
                    "report", "--data", "d.csv", "--format", format, "--output", output,
                ],
            );
            assert_eq!(
                o.status.code(),
                Some(2),
                "--output {output}: {}",
                stderr(&o)
            );
            assert!(
                stderr(&o).contains("is the data file d.csv"),
                "--output {output}: {}",
                stderr(&o)
            );
            assert_eq!(
                std::fs::read(dir.path().join("d.csv")).unwrap(),
                data,
                "--output {output} changed the data"
            );
        }
    }
    // The data file under another name than the output's, the other way round.
    let o = run_in(
        dir.path(),
        &["report", "--data", "hard.csv", "--output", "./d.csv"],
    );
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert_eq!(std::fs::read(dir.path().join("d.csv")).unwrap(), data);
}

#[test]
fn the_same_file_is_refused_before_the_data_is_read() {
    // Bad data and the same file: the refusal comes first, and the data is untouched.
    let dir = tempfile::tempdir().unwrap();
    let bad = "indicator,year,value\nW99,2020,1\n";
    std::fs::write(dir.path().join("bad.csv"), bad).unwrap();
    let o = run_in(
        dir.path(),
        &["report", "--data", "bad.csv", "--output", "bad.csv"],
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("is the data file"), "{}", stderr(&o));
    assert!(!stderr(&o).contains("W99"), "{}", stderr(&o));
    assert_eq!(
        std::fs::read_to_string(dir.path().join("bad.csv")).unwrap(),
        bad
    );
}

#[test]
fn a_different_output_file_is_written_and_replaced_whole() {
    let (dir, _) = scratch_with_data();
    std::fs::write(
        dir.path().join("report.md"),
        "old report, longer than nothing\n",
    )
    .unwrap();
    let o = run_in(
        dir.path(),
        &["report", "--data", "d.csv", "--output", "report.md"],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let stdout = run_in(dir.path(), &["report", "--data", "d.csv"]).stdout;
    assert_eq!(std::fs::read(dir.path().join("report.md")).unwrap(), stdout);
    // No temporary file is left behind.
    let mut names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["d.csv", "report.md"]);
}

#[cfg(unix)]
#[test]
fn an_output_through_a_symlink_replaces_the_file_it_points_to() {
    let (dir, _) = scratch_with_data();
    std::fs::create_dir(dir.path().join("reports")).unwrap();
    std::fs::write(dir.path().join("reports/2024.md"), "old").unwrap();
    std::os::unix::fs::symlink("reports/2024.md", dir.path().join("latest.md")).unwrap();
    let o = run_in(
        dir.path(),
        &["report", "--data", "d.csv", "--output", "latest.md"],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        std::fs::symlink_metadata(dir.path().join("latest.md"))
            .unwrap()
            .file_type()
            .is_symlink()
    );
    let written = std::fs::read_to_string(dir.path().join("reports/2024.md")).unwrap();
    assert!(written.starts_with("# "), "{written}");
}

#[test]
fn an_output_in_a_missing_directory_fails_cleanly() {
    let (dir, _) = scratch_with_data();
    let o = run_in(
        dir.path(),
        &["report", "--data", "d.csv", "--output", "no/such/dir/r.md"],
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).starts_with("error: cannot write no/such/dir/r.md: "),
        "{}",
        stderr(&o)
    );
}

/// A write that fails midway (here: the file size limit, as a full disk would) leaves the
/// previous report as it was, not a truncated or half-written file.
#[cfg(unix)]
#[test]
fn a_write_that_fails_midway_keeps_the_previous_report() {
    let (dir, _) = scratch_with_data();
    let old = "the previous report\n";
    std::fs::write(dir.path().join("report.md"), old).unwrap();
    // `ulimit -f 1`: no file may grow past one block (512 or 1024 bytes); SIGXFSZ ignored, so
    // the write fails with EFBIG instead of killing the process.
    let o = Command::new("sh")
        .arg("-c")
        .arg(format!(
            "trap '' XFSZ; ulimit -f 1 && exec '{}' report --data d.csv --output report.md",
            bin()
        ))
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(
        stderr(&o).starts_with("error: cannot write report.md: "),
        "{}",
        stderr(&o)
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("report.md")).unwrap(),
        old
    );
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 2, "a temporary file was left: {names:?}");
}

#[test]
fn year_outside_the_data_range_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    for year in ["0", "1999", "2101", "99999"] {
        let o = run_in(dir.path(), &["report", "--year", year]);
        assert_eq!(o.status.code(), Some(2), "report --year {year}");
        assert!(
            stderr(&o).contains("2000..=2100") || stderr(&o).contains("2000–2100"),
            "{}",
            stderr(&o)
        );
        let o = run_in(
            dir.path(),
            &["eval", "≥82.3", "--series", "2020=80", "--year", year],
        );
        assert_eq!(o.status.code(), Some(2), "eval --year {year}");
    }
    let o = run_in(dir.path(), &["report", "--year", "2100"]);
    assert!(o.status.success(), "{}", stderr(&o));
}

#[test]
fn parse_stdin_reports_a_line_that_is_not_utf8_and_goes_on() {
    let mut child = Command::new(bin())
        .args(["parse", "--stdin"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut pipe = child.stdin.take().unwrap();
    pipe.write_all(b"\xe2\x89\xa582.3\n4\xff5\r\n45\xe5\xb7\xa6\xe5\x8f\xb3\n")
        .unwrap();
    drop(pipe);
    let o = child.wait_with_output().unwrap();
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert_eq!(
        String::from_utf8(o.stdout).unwrap(),
        "≥82.3\nerror: line 2: invalid UTF-8 at byte 1 of the line\n45左右\n"
    );
}
