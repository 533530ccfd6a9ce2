//! Catalogues users bring (`--catalog FILE`), plan periods (`--period B-T`) and plans by key.

use std::path::Path;

use plan_targets::catalog::{Catalog, Period, Plan};

/// The catalogue of `--catalog FILE`, or the embedded one. A bad file gives every error with its
/// line and column.
pub fn catalog(path: Option<&Path>) -> Result<&'static Catalog, String> {
    match path {
        None => Ok(Catalog::embedded()),
        Some(path) => Catalog::from_path(path).map(Catalog::leak).map_err(|errors| {
            format!(
                "catalogue {} has errors; nothing was done:\n{errors}",
                path.display()
            )
        }),
    }
}

/// The plan `--plan KEY` of the catalogue.
pub fn plan(catalog: &Catalog, key: Option<&str>) -> Result<Option<Plan>, String> {
    key.map(|key| {
        catalog.plan(key).map_err(|_| {
            let keys: Vec<&str> = catalog.plans().iter().map(|p| p.as_str()).collect();
            format!("unknown plan `{key}`: expected {}", keys.join(" or "))
        })
    })
    .transpose()
}

/// `--period B-T`.
pub fn parse_period(text: &str) -> Result<Period, String> {
    text.parse().map_err(|e: plan_targets::catalog::BadPeriod| e.to_string())
}
