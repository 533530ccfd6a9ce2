//! Catalogues users bring (`--catalog FILE`), plan periods (`--period B-T`) and plans by key.

use std::path::Path;

use plan_targets::catalog::{Catalog, Period, Plan};

/// The catalogue of `--catalog FILE`, or the embedded one. A bad file gives every error with its
/// line and column.
pub fn catalog(path: Option<&Path>) -> Result<&'static Catalog, String> {
    match path {
        None => Ok(Catalog::embedded()),
        Some(path) => Catalog::from_path(path)
            .map(Catalog::leak)
            .map_err(|errors| {
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
    text.parse()
        .map_err(|e: plan_targets::catalog::BadPeriod| e.to_string())
}

/// The report on a data file (CSV, JSON or xlsx) whose rows name their region
/// ([`plan_targets::data::Reader::has_regions`]): one report per region and their comparison,
/// in `format` and `lang`. `None` when the file names no region.
pub fn regional_report(
    data: &Path,
    catalog: &'static Catalog,
    options: plan_targets::report::ReportOptions,
    format: crate::open::ReportFormat,
    lang: plan_targets::report::lang::Lang,
    encoding: plan_targets::data::Encoding,
) -> Option<Result<Vec<u8>, String>> {
    use plan_targets::data::Reader;
    use plan_targets::report::Monitor;

    let reader = Reader::new().catalog(catalog).encoding(encoding);
    if !reader.has_regions(data) {
        return None;
    }
    let read = reader.read_regions_path(data).map_err(|errors| {
        format!(
            "{} has errors; no report was made:\n{errors}",
            data.display()
        )
    });
    let run = || -> Result<Vec<u8>, String> {
        let regions = read?;
        let monitor = Monitor::with_catalog(catalog, options.clone()).map_err(|e| e.to_string())?;
        let report = monitor.report_regions(&regions);
        crate::open::render_regional(format, &report, &regions, &options, lang)
    };
    Some(run())
}
