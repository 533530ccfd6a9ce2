//! The shape of the public API: one name per concept.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Every `pub struct|enum|type|trait Name` (not `pub(crate)`) under `dir`, with where it is.
fn public_types(dir: &Path, found: &mut BTreeMap<String, Vec<String>>) {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            public_types(&path, found);
            continue;
        }
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        for (i, line) in text.lines().enumerate() {
            let line = line.trim_start();
            let Some(rest) = ["pub struct ", "pub enum ", "pub type ", "pub trait "]
                .iter()
                .find_map(|p| line.strip_prefix(p))
            else {
                continue;
            };
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            found
                .entry(name)
                .or_default()
                .push(format!("{}:{}", path.display(), i + 1));
        }
    }
}

#[test]
fn no_public_type_name_is_defined_twice() {
    let mut found = BTreeMap::new();
    public_types(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut found,
    );
    assert!(found.contains_key("Target") && found.contains_key("Dataset"));
    let twice: Vec<_> = found.iter().filter(|(_, at)| at.len() > 1).collect();
    assert!(
        twice.is_empty(),
        "public type names defined more than once (one name per concept): {twice:#?}"
    );
}
