//! The one-time load: the embedded CSV files parsed, typed and cross-checked.
//!
//! Every check that needs only the catalogue itself is made here, so a bad edit of `catalog/`
//! fails `embedded_data_loads` with the file, line and reason. Checks against the plan text
//! are tests (`tests/catalog.rs`), since the text is not embedded.

use std::collections::{HashMap, HashSet};

use rust_decimal::Decimal;

use super::generated::{BASELINES, DISAGREEMENTS, INDICATORS, TASKS};
use super::{
    Attribute, BaselineFigure, Catalog, Disagreement, DisagreementFigure, Indicator, Observed,
    Plan, PolicyBand, ReferenceSeries, Relation, TaskTarget,
};
use crate::syntax::{Direction, Target, Unit};

/// One embedded CSV file as a string table (see `generated.rs`): each row with its line.
#[derive(Debug)]
pub(super) struct Table<const N: usize> {
    pub(super) file: &'static str,
    pub(super) header: [&'static str; N],
    pub(super) rows: &'static [(u64, [&'static str; N])],
}

/// What is wrong with the embedded data, and where.
#[derive(Debug, thiserror::Error)]
#[error("catalog/{file}, line {line}: {message}")]
pub(super) struct LoadError {
    file: &'static str,
    line: u64,
    message: String,
}

/// A field: `None` when empty, as the CSV reader read blank cells.
fn opt(field: &str) -> Option<String> {
    (!field.is_empty()).then(|| field.to_owned())
}

/// Reads the rows of one embedded table, each with its line number.
fn rows<T, const N: usize>(
    table: &Table<N>,
    header: [&str; N],
    row: impl Fn([&'static str; N]) -> Result<T, String>,
) -> Result<Vec<(u64, T)>, LoadError> {
    if table.header != header {
        return Err(LoadError {
            file: table.file,
            line: 1,
            message: format!("header {:?}, expected {header:?}", table.header),
        });
    }
    table
        .rows
        .iter()
        .map(|&(line, fields)| {
            row(fields).map(|r| (line, r)).map_err(|message| LoadError {
                file: table.file,
                line,
                message,
            })
        })
        .collect()
}

fn number<T: std::str::FromStr>(column: &str, field: &str) -> Result<T, String> {
    field
        .parse()
        .map_err(|_| format!("{column} `{field}` is not a number"))
}

#[derive(Debug)]
struct IndicatorRow {
    id: String,
    plan: String,
    area: String,
    number: Option<u8>,
    name: String,
    unit: Option<String>,
    target: String,
    attribute: Option<String>,
    direction: Option<String>,
    direction_reason: Option<String>,
    reference: Option<String>,
    band: Option<String>,
    band_source: Option<String>,
}

impl IndicatorRow {
    const HEADER: [&'static str; 13] = [
        "id",
        "plan",
        "area",
        "number",
        "name",
        "unit",
        "target",
        "attribute",
        "direction",
        "direction_reason",
        "reference",
        "band",
        "band_source",
    ];

    fn read(f: [&str; 13]) -> Result<IndicatorRow, String> {
        Ok(IndicatorRow {
            id: f[0].to_owned(),
            plan: f[1].to_owned(),
            area: f[2].to_owned(),
            number: opt(f[3]).map(|n| number("number", &n)).transpose()?,
            name: f[4].to_owned(),
            unit: opt(f[5]),
            target: f[6].to_owned(),
            attribute: opt(f[7]),
            direction: opt(f[8]),
            direction_reason: opt(f[9]),
            reference: opt(f[10]),
            band: opt(f[11]),
            band_source: opt(f[12]),
        })
    }
}

#[derive(Debug)]
struct TaskRow {
    id: String,
    plan: String,
    section: String,
    quote: String,
    phrase: String,
    unit: Option<String>,
    indicator: Option<String>,
}

impl TaskRow {
    const HEADER: [&'static str; 7] = [
        "id",
        "plan",
        "section",
        "quote",
        "phrase",
        "unit",
        "indicator",
    ];

    fn read(f: [&str; 7]) -> Result<TaskRow, String> {
        Ok(TaskRow {
            id: f[0].to_owned(),
            plan: f[1].to_owned(),
            section: f[2].to_owned(),
            quote: f[3].to_owned(),
            phrase: f[4].to_owned(),
            unit: opt(f[5]),
            indicator: opt(f[6]),
        })
    }
}

#[derive(Debug)]
struct BaselineRow {
    indicator: String,
    year: u16,
    value: String,
    relation: String,
    reason: Option<String>,
    quote: String,
}

impl BaselineRow {
    const HEADER: [&'static str; 6] = ["indicator", "year", "value", "relation", "reason", "quote"];

    fn read(f: [&str; 6]) -> Result<BaselineRow, String> {
        Ok(BaselineRow {
            indicator: f[0].to_owned(),
            year: number("year", f[1])?,
            value: f[2].to_owned(),
            relation: f[3].to_owned(),
            reason: opt(f[4]),
            quote: f[5].to_owned(),
        })
    }
}

#[derive(Debug)]
struct DisagreementRow {
    topic: String,
    plan: String,
    year: u16,
    value: String,
    quote: String,
    indicator: Option<String>,
}

impl DisagreementRow {
    const HEADER: [&'static str; 6] = ["topic", "plan", "year", "value", "quote", "indicator"];

    fn read(f: [&str; 6]) -> Result<DisagreementRow, String> {
        Ok(DisagreementRow {
            topic: f[0].to_owned(),
            plan: f[1].to_owned(),
            year: number("year", f[2])?,
            value: f[3].to_owned(),
            quote: f[4].to_owned(),
            indicator: opt(f[5]),
        })
    }
}

/// Loads and checks everything embedded.
pub(super) fn load() -> Result<Catalog, LoadError> {
    let mut indicators = Vec::new();
    let mut by_id = HashMap::new();
    let mut names = HashSet::new();
    let mut references = Vec::new();
    for (line, row) in rows(&INDICATORS, IndicatorRow::HEADER, IndicatorRow::read)? {
        let err = |message: String| LoadError {
            file: "indicators.csv",
            line,
            message,
        };
        let indicator = indicator(row).map_err(err)?;
        if by_id
            .insert(indicator.id.clone(), indicators.len())
            .is_some()
        {
            return Err(err(format!("duplicate id {}", indicator.id)));
        }
        if !names.insert(indicator.name.clone()) {
            return Err(err(format!("duplicate name {}", indicator.name)));
        }
        if let Some(ReferenceSeries::Indicator(id)) = &indicator.reference {
            references.push((line, id.clone()));
        }
        indicators.push(indicator);
    }
    for (line, id) in references {
        if !by_id.contains_key(&id) {
            return Err(LoadError {
                file: "indicators.csv",
                line,
                message: format!("reference to unknown indicator {id}"),
            });
        }
    }

    let known = |file, line, id: &Option<String>| match id {
        Some(id) if !by_id.contains_key(id) => Err(LoadError {
            file,
            line,
            message: format!("unknown indicator {id}"),
        }),
        _ => Ok(()),
    };

    let mut seen = HashSet::new();
    for (line, row) in rows(&BASELINES, BaselineRow::HEADER, BaselineRow::read)? {
        let err = |message: String| LoadError {
            file: "baselines.csv",
            line,
            message,
        };
        let Some(&i) = by_id.get(&row.indicator) else {
            return Err(err(format!("unknown indicator {}", row.indicator)));
        };
        if !seen.insert((row.indicator.clone(), row.year, row.value.clone())) {
            return Err(err("figure recorded twice".to_owned()));
        }
        indicators[i].baselines.push(baseline(row).map_err(err)?);
    }

    let mut tasks = Vec::new();
    let mut task_ids = HashSet::new();
    for (line, row) in rows(&TASKS, TaskRow::HEADER, TaskRow::read)? {
        known("tasks.csv", line, &row.indicator)?;
        let task = task(row).map_err(|message| LoadError {
            file: "tasks.csv",
            line,
            message,
        })?;
        if !task_ids.insert(task.id.clone()) {
            return Err(LoadError {
                file: "tasks.csv",
                line,
                message: format!("duplicate id {}", task.id),
            });
        }
        tasks.push(task);
    }

    let mut disagreements: Vec<Disagreement> = Vec::new();
    for (line, row) in rows(
        &DISAGREEMENTS,
        DisagreementRow::HEADER,
        DisagreementRow::read,
    )? {
        known("disagreements.csv", line, &row.indicator)?;
        let err = |message: String| LoadError {
            file: "disagreements.csv",
            line,
            message,
        };
        let figure = DisagreementFigure {
            plan: plan(&row.plan).map_err(err)?,
            year: row.year.into(),
            observed: observed(&row.value).map_err(err)?,
            value: row.value,
            quote: row.quote,
            indicator: row.indicator,
        };
        match disagreements.iter_mut().find(|d| d.topic == row.topic) {
            Some(d) => d.figures.push(figure),
            None => disagreements.push(Disagreement {
                topic: row.topic,
                figures: vec![figure],
            }),
        }
    }
    if let Some(d) = disagreements.iter().find(|d| d.figures.len() < 2) {
        return Err(LoadError {
            file: "disagreements.csv",
            line: 0,
            message: format!("topic {} has a single figure", d.topic),
        });
    }

    Ok(Catalog::assemble(
        Plan::ALL.to_vec(),
        indicators,
        tasks,
        disagreements,
    ))
}

fn plan(s: &str) -> Result<Plan, String> {
    s.parse().map_err(|e: super::UnknownPlan| e.to_string())
}

fn target(text: &str) -> Result<Target, String> {
    text.parse()
        .map_err(|e: crate::ParseError| format!("target `{text}`: {e}"))
}

/// The typed unit of a printed label, checked against the unit the target writes, if any.
fn unit(label: Option<&str>, target: &Target) -> Result<Option<Unit>, String> {
    let unit = match label {
        None => None,
        Some(label) => {
            Some(Unit::from_label(label).ok_or_else(|| format!("unknown unit `{label}`"))?)
        }
    };
    match target.unit() {
        Some(written) if Some(written) != unit => Err(format!(
            "the target writes `{written}`, the row's unit is {}",
            label.unwrap_or("blank")
        )),
        _ => Ok(unit),
    }
}

fn indicator(row: IndicatorRow) -> Result<Indicator, String> {
    let plan = plan(&row.plan)?;
    // W01, C10.1: the plan's letter, two digits, an optional `.n` for unnumbered rows.
    let digits = row
        .id
        .strip_prefix(plan.id_prefix().unwrap_or('W'))
        .ok_or_else(|| format!("id {} does not start with {:?}", row.id, plan.id_prefix()))?;
    let (main, sub) = match digits.split_once('.') {
        Some((main, sub)) => (main, Some(sub)),
        None => (digits, None),
    };
    let well_formed = |s: &str, len| s.len() == len && s.bytes().all(|b| b.is_ascii_digit());
    if !well_formed(main, 2) || !sub.is_none_or(|s| well_formed(s, 1)) {
        return Err(format!("malformed id {}", row.id));
    }
    match (row.number, sub) {
        (Some(n), None) if format!("{n:02}") == main => {}
        (None, Some(_)) => {}
        _ => {
            return Err(format!(
                "id {} does not fit number {:?}",
                row.id, row.number
            ));
        }
    }

    let target = target(&row.target)?;
    let unit = unit(row.unit.as_deref(), &target)?;
    let attribute = match row.attribute.as_deref() {
        None => None,
        Some("binding") => Some(Attribute::Binding),
        Some("expected") => Some(Attribute::Expected),
        Some(other) => return Err(format!("unknown attribute `{other}`")),
    };
    let direction = row
        .direction
        .as_deref()
        .map(str::parse::<Direction>)
        .transpose()
        .map_err(|e| e.to_string())?;
    if let (Some(stated), Some(direction)) = (target.stated_direction(), direction) {
        if stated != direction {
            return Err(format!(
                "direction {direction:?} contradicts the target's {stated:?}"
            ));
        }
    }
    if direction.is_none() && row.direction_reason.is_none() {
        return Err("a blank direction needs a direction_reason".to_owned());
    }

    let reference = row.reference.map(|r| {
        let is_id = r.len() >= 3
            && (r.starts_with('W') || r.starts_with('C'))
            && r[1..].bytes().all(|b| b.is_ascii_digit() || b == b'.');
        if is_id {
            ReferenceSeries::Indicator(r)
        } else {
            ReferenceSeries::Series(r)
        }
    });
    if let Some(ReferenceSeries::Series(series)) = &reference {
        if target.referenced_series() != Some(series.as_str()) {
            return Err(format!(
                "reference `{series}` is not the series the target names"
            ));
        }
    }

    let band = match (row.band, row.band_source) {
        (None, None) => None,
        (Some(band), Some(source)) => {
            let (low, high) = target_of_band(&band)?;
            Some(PolicyBand { low, high, source })
        }
        _ => return Err("band and band_source go together".to_owned()),
    };

    Ok(Indicator {
        id: row.id,
        plan,
        area: row.area,
        number: row.number,
        name: row.name,
        unit_label: row.unit,
        unit,
        target_text: row.target,
        target,
        attribute,
        direction,
        direction_reason: row.direction_reason,
        reference,
        band,
        baselines: Vec::new(),
    })
}

/// The ends of a band written as a range, `103—107`.
pub(super) fn target_of_band(band: &str) -> Result<(Decimal, Decimal), String> {
    match target(band)? {
        Target::Range(r) if r.unit.is_none() => Ok((r.low, r.high)),
        _ => Err(format!("band `{band}` is not a range like 103—107")),
    }
}

fn baseline(row: BaselineRow) -> Result<BaselineFigure, String> {
    let relation = match row.relation.as_str() {
        "same" => Relation::Same,
        "proxy" => Relation::Proxy,
        other => return Err(format!("unknown relation `{other}`")),
    };
    if relation == Relation::Proxy && row.reason.is_none() {
        return Err("a proxy needs a reason".to_owned());
    }
    check_quoted(&row.value, &row.quote)?;
    let observed = observed(&row.value)?;
    Ok(BaselineFigure {
        year: row.year.into(),
        observation: observed.observation(),
        observed,
        value: row.value,
        relation,
        reason: row.reason,
        quote: row.quote,
    })
}

fn task(row: TaskRow) -> Result<TaskTarget, String> {
    let plan = plan(&row.plan)?;
    check_quoted(&row.phrase, &row.quote)?;
    let target = target(&row.phrase)?;
    let unit = unit(row.unit.as_deref(), &target)?;
    Ok(TaskTarget {
        id: row.id,
        plan,
        section: row.section,
        quote: row.quote,
        phrase: row.phrase,
        target,
        unit_label: row.unit,
        unit,
        indicator: row.indicator,
    })
}

fn check_quoted(part: &str, quote: &str) -> Result<(), String> {
    if quote.contains(part) {
        Ok(())
    } else {
        Err(format!("`{part}` is not in its quote `{quote}`"))
    }
}

/// Reads a figure as printed: target notation for a number with unit and bound (`14/10万以内`,
/// `87%以上`, `78.99岁`, `45左右`), optionally after `约`; `千` before `人` multiplies by 1000
/// (`约2千人`).
pub(super) fn observed(printed: &str) -> Result<Observed, String> {
    let (rest, about) = match printed.strip_prefix('约') {
        Some(rest) => (rest, true),
        None => (printed, false),
    };
    if let Some(thousands) = rest.strip_suffix("千人") {
        let n: Decimal = thousands
            .parse()
            .map_err(|_| format!("figure `{printed}`: not a number before 千人"))?;
        return Ok(Observed {
            value: n * Decimal::ONE_THOUSAND,
            unit: Some(Unit::Person),
            bound: None,
            approximate: about,
        });
    }
    let plain = |value: &crate::syntax::Quantity, bound, approximate| Observed {
        value: value.value,
        unit: value.unit,
        bound,
        approximate,
    };
    match target(rest)? {
        Target::Comparison(c) => Ok(plain(&c.value, Some(c.op), about)),
        Target::Attain(a) if a.direction.is_none() => Ok(plain(&a.value, None, about)),
        Target::Approximately(a) if a.tolerance.is_none() => Ok(plain(&a.value, None, true)),
        _ => Err(format!(
            "figure `{printed}` is not a number with unit and bound"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::CmpOp;

    #[test]
    fn embedded_data_loads() {
        let catalog = load().unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(catalog.indicators.len(), 89);
        assert_eq!(catalog.tasks.len(), 8);
        assert_eq!(catalog.disagreements.len(), 2);
        let baselines: usize = catalog.indicators.iter().map(|i| i.baselines.len()).sum();
        assert_eq!(baselines, 32);
    }

    #[test]
    fn observed_reads_bounds_units_and_approximations() {
        let o = observed("14/10万以内").unwrap();
        assert_eq!(o.value, Decimal::from(14));
        assert_eq!(o.unit, Some(Unit::PerHundredThousand));
        assert_eq!((o.bound, o.approximate), (Some(CmpOp::Le), false));

        let o = observed("87%以上").unwrap();
        assert_eq!((o.value, o.unit), (Decimal::from(87), Some(Unit::Percent)));
        assert_eq!(o.bound, Some(CmpOp::Ge));

        let o = observed("78.99岁").unwrap();
        assert_eq!(o.value.to_string(), "78.99");
        assert_eq!((o.unit, o.bound), (Some(Unit::YearsOfAge), None));

        let o = observed("约2千人").unwrap();
        assert_eq!((o.value, o.unit), (Decimal::from(2000), Some(Unit::Person)));
        assert!(o.approximate);

        let o = observed("10.92万人").unwrap();
        assert_eq!(o.value.to_string(), "10.92");
        assert_eq!(o.unit, Some(Unit::TenThousandPersons));

        assert!(observed("45左右").unwrap().approximate);
        assert!(observed("提高").is_err());
        assert!(observed("约千人").is_err());
    }

    #[test]
    fn errors_name_the_file_and_line() {
        static ROWS: [(u64, [&str; 6]); 2] = [
            (2, ["W03", "2020", "1%", "same", "", "q"]),
            (3, ["W03", "twenty", "1%", "same", "", "q"]),
        ];
        let table = Table {
            file: "baselines.csv",
            header: BaselineRow::HEADER,
            rows: &ROWS,
        };
        let e = rows(&table, BaselineRow::HEADER, BaselineRow::read).unwrap_err();
        assert_eq!(
            e.to_string(),
            "catalog/baselines.csv, line 3: year `twenty` is not a number"
        );
        let mut header = BaselineRow::HEADER;
        header[5] = "quotation";
        let e = rows(&table, header, BaselineRow::read).unwrap_err();
        assert!(
            e.to_string()
                .starts_with("catalog/baselines.csv, line 1: header"),
            "{e}"
        );
    }

    /// The Rust source of `generated.rs`: each `catalog/*.csv` file as a string table.
    fn generate() -> String {
        use std::fmt::Write as _;
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("catalog");
        let mut out = String::from(
            "//! The embedded catalogue's CSV files as string tables, so that the library reads\n\
             //! them without a CSV parser.\n//!\n\
             //! GENERATED from `catalog/*.csv` by the test `generated_tables_are_fresh` in\n\
             //! `src/catalog/load.rs`: do not edit. After editing a CSV file, run\n\
             //! `cargo test --lib generated_tables_are_fresh` twice (the first run rewrites this\n\
             //! file and fails).\n\n\
             use super::load::Table;\n",
        );
        for (name, file) in [
            ("INDICATORS", "indicators.csv"),
            ("TASKS", "tasks.csv"),
            ("BASELINES", "baselines.csv"),
            ("DISAGREEMENTS", "disagreements.csv"),
        ] {
            let text = std::fs::read_to_string(dir.join(file)).unwrap();
            let mut reader = csv::Reader::from_reader(text.as_bytes());
            let header: Vec<String> = reader
                .headers()
                .unwrap()
                .iter()
                .map(str::to_owned)
                .collect();
            let n = header.len();
            let _ = write!(
                out,
                "\n#[rustfmt::skip]\npub(super) static {name}: Table<{n}> = Table {{\n    file: {file:?},\n    header: {header:?},\n    rows: &[\n"
            );
            for record in reader.records() {
                let record = record.unwrap();
                let line = record.position().unwrap().line();
                let fields: Vec<&str> = record.iter().collect();
                assert_eq!(fields.len(), n, "{file}, line {line}");
                let _ = writeln!(out, "        ({line}, {fields:?}),");
            }
            out.push_str("    ],\n};\n");
        }
        out
    }

    #[test]
    fn generated_tables_are_fresh() {
        let path =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/catalog/generated.rs");
        let fresh = generate();
        let current = std::fs::read_to_string(&path).unwrap_or_default();
        if current != fresh {
            std::fs::write(&path, &fresh).unwrap();
            panic!(
                "src/catalog/generated.rs was stale and has been regenerated from catalog/*.csv: \
                 rebuild and commit it"
            );
        }
    }

    #[test]
    fn unit_must_agree_with_the_target() {
        let t: Target = "≥90%".parse().unwrap();
        assert_eq!(unit(Some("%"), &t), Ok(Some(Unit::Percent)));
        assert!(unit(Some("‰"), &t).is_err());
        assert!(unit(None, &t).is_err());
        assert!(unit(Some("furlongs"), &"提高".parse().unwrap()).is_err());
    }

    #[test]
    fn bad_rows_are_rejected_with_a_reason() {
        let row = |id: &str, number: Option<u8>, target: &str| IndicatorRow {
            id: id.to_owned(),
            plan: "women".to_owned(),
            area: "妇女与健康".to_owned(),
            number,
            name: "x".to_owned(),
            unit: Some("%".to_owned()),
            target: target.to_owned(),
            attribute: Some("expected".to_owned()),
            direction: Some("higher".to_owned()),
            direction_reason: None,
            reference: None,
            band: None,
            band_source: None,
        };
        assert!(indicator(row("W01", Some(1), "≥94")).is_ok());
        assert!(indicator(row("W01", Some(2), "≥94")).is_err());
        assert!(indicator(row("C01", Some(1), "≥94")).is_err());
        assert!(indicator(row("W01.1", None, "≥94")).is_ok());
        assert!(indicator(row("W1", Some(1), "≥94")).is_err());
        assert!(indicator(row("W01", Some(1), "<94")).is_err()); // direction contradicts
        assert!(indicator(row("W01", Some(1), "≥94‰")).is_err()); // unit disagrees
        assert!(indicator(row("W01", Some(1), "≥≥")).is_err()); // does not parse
    }
}
