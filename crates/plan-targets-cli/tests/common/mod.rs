//! Helpers shared by the CLI's test binaries (each binary uses some of them).
#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// The repository root: the sample data and golden files are the library's.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Compares text with tests/golden/NAME line by line, or rewrites it when UPDATE_GOLDEN is set.
pub fn golden(name: &str, actual: &str) {
    let path = root().join("tests/golden").join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, actual).expect("golden file writable");
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e} (UPDATE_GOLDEN=1 creates it)", path.display()));
    if let Some((i, (e, a))) = expected
        .lines()
        .zip(actual.lines())
        .enumerate()
        .find(|(_, (e, a))| e != a)
    {
        panic!(
            "{} differs at line {}:\n expected: {e}\n   actual: {a}\n(UPDATE_GOLDEN=1 rewrites it after review)",
            path.display(),
            i + 1
        );
    }
    assert_eq!(
        expected.lines().count(),
        actual.lines().count(),
        "{}: line count",
        path.display()
    );
}
