//! Renderers of catalogue rows for the command line: JSON, CSV and an aligned table.
//!
//! They are pure functions returning a `String`. Each takes the rows as anything iterable over
//! things that convert into a [`Row`]: `&[&Indicator]`, [`super::all()`], [`super::tasks()`], or
//! [`super::rows()`] for the whole catalogue (indicators in table order, then task targets, marked
//! `source: task`).
//!
//! # Fields
//!
//! Every row has the same fields, in this order:
//!
//! | field | indicator row | task row |
//! |---|---|---|
//! | `id` | `W03` | `CT01` |
//! | `source` | `table` | `task` |
//! | `plan` | `women` / `children` | same |
//! | `area` | the 类别 column | the section heading |
//! | `number` | the 序号 column or null | null |
//! | `name` | the indicator's name | the quote stating the target |
//! | `unit` | the unit as printed, or null | the unit as written, or null |
//! | `target` | the target, verbatim | the target phrase, verbatim |
//! | `kind` | the parsed target's [`crate::Kind`] | same |
//! | `attribute` | `binding` / `expected` / null | null |
//! | `direction` | `higher` / `lower` / `band` / null | the direction the phrase states, or null |
//! | `reference` | the id or series name the target compares with, or null | null |
//! | `indicator` | null | the table indicator the task belongs to, or null |
//! | `baselines` | the baselines | empty |
//!
//! In JSON, `reference` is `{"indicator": "W20"}` or `{"series": "女职工比例"}`, `band` (an
//! extra field, after `reference`) is `{"low": "103", "high": "107", "source": …}` with the
//! ends as decimal strings (exact), and each baseline is
//! `{year, value, relation, reason, quote}` with `value` as printed. In CSV, `reference` is the
//! id or series name, `band` is `low—high`, and `baselines` is `year:value:relation` items joined
//! by `; `. The table shows the first baseline only, `*` marking a proxy and `(+n)` counting the
//! others.

#[cfg(feature = "json")]
use serde_json::{Value, json};

use super::{Indicator, ReferenceSeries, TaskTarget};
use crate::text::{display_width, pad_to};

/// One row of a rendering: a table indicator or a task target.
#[derive(Clone, Copy, Debug)]
pub enum Row<'a> {
    /// A row of a 主要指标 table (`source: table`).
    Indicator(&'a Indicator),
    /// A target of the task text (`source: task`).
    Task(&'a TaskTarget),
}

impl<'a> From<&'a Indicator> for Row<'a> {
    fn from(indicator: &'a Indicator) -> Row<'a> {
        Row::Indicator(indicator)
    }
}

impl<'a> From<&&'a Indicator> for Row<'a> {
    fn from(indicator: &&'a Indicator) -> Row<'a> {
        Row::Indicator(indicator)
    }
}

impl<'a> From<&'a TaskTarget> for Row<'a> {
    fn from(task: &'a TaskTarget) -> Row<'a> {
        Row::Task(task)
    }
}

impl<'a> From<&Row<'a>> for Row<'a> {
    fn from(row: &Row<'a>) -> Row<'a> {
        *row
    }
}

impl<'a> From<&&'a TaskTarget> for Row<'a> {
    fn from(task: &&'a TaskTarget) -> Row<'a> {
        Row::Task(task)
    }
}

/// The fields shared by every row, as plain strings (see the module documentation).
struct Fields<'a> {
    id: &'a str,
    source: &'static str,
    plan: &'static str,
    area: &'a str,
    number: Option<u8>,
    name: &'a str,
    unit: Option<&'a str>,
    target: &'a str,
    kind: &'static str,
    attribute: Option<&'static str>,
    direction: Option<&'static str>,
    reference: Option<&'a ReferenceSeries>,
    indicator: Option<&'a str>,
}

impl<'a> Row<'a> {
    fn fields(self) -> Fields<'a> {
        match self {
            Row::Indicator(i) => Fields {
                id: &i.id,
                source: "table",
                plan: i.plan.as_str(),
                area: &i.area,
                number: i.number,
                name: &i.name,
                unit: i.unit_label.as_deref(),
                target: &i.target_text,
                kind: i.target.kind().as_str(),
                attribute: i.attribute.map(|a| a.as_str()),
                direction: i.direction.map(|d| d.as_str()),
                reference: i.reference.as_ref(),
                indicator: None,
            },
            Row::Task(t) => Fields {
                id: &t.id,
                source: "task",
                plan: t.plan.as_str(),
                area: &t.section,
                number: None,
                name: &t.quote,
                unit: t.unit_label.as_deref(),
                target: &t.phrase,
                kind: t.target.kind().as_str(),
                attribute: None,
                direction: t.target.stated_direction().map(|d| d.as_str()),
                reference: None,
                indicator: t.indicator.as_deref(),
            },
        }
    }

    fn indicator(self) -> Option<&'a Indicator> {
        match self {
            Row::Indicator(i) => Some(i),
            Row::Task(_) => None,
        }
    }
}

fn reference_text(reference: &ReferenceSeries) -> &str {
    match reference {
        ReferenceSeries::Indicator(s) | ReferenceSeries::Series(s) => s,
    }
}

#[cfg(feature = "json")]
/// A JSON array with one object per row (pretty-printed, keys in the documented order).
///
/// ```
/// use plan_targets::catalog;
/// let json = catalog::to_json([catalog::get("W03").unwrap()]);
/// let v: serde_json::Value = serde_json::from_str(&json).unwrap();
/// assert_eq!(v[0]["kind"], "comparison");
/// assert_eq!(v[0]["baselines"][0]["value"], "14/10万以内");
/// ```
pub fn to_json<'a>(rows: impl IntoIterator<Item = impl Into<Row<'a>>>) -> String {
    let rows: Vec<Value> = rows
        .into_iter()
        .map(|r| {
            let row: Row<'a> = r.into();
            let f = row.fields();
            let indicator = row.indicator();
            let baselines: Vec<Value> = indicator
                .map(|i| i.baselines.as_slice())
                .unwrap_or_default()
                .iter()
                .map(|b| {
                    json!({
                        "year": b.year,
                        "value": b.value,
                        "relation": b.relation.as_str(),
                        "reason": b.reason,
                        "quote": b.quote,
                    })
                })
                .collect();
            let band = indicator.and_then(|i| i.band.as_ref()).map(|b| {
                json!({
                    "low": b.low.to_string(),
                    "high": b.high.to_string(),
                    "source": b.source,
                })
            });
            // `json!` sorts keys unless serde_json's `preserve_order` is on; build the map in
            // order so the output reads in the documented order either way.
            let mut object = serde_json::Map::new();
            let mut put = |key: &str, value: Value| {
                object.insert(key.to_owned(), value);
            };
            put("id", json!(f.id));
            put("source", json!(f.source));
            put("plan", json!(f.plan));
            put("area", json!(f.area));
            put("number", json!(f.number));
            put("name", json!(f.name));
            put("unit", json!(f.unit));
            put("target", json!(f.target));
            put("kind", json!(f.kind));
            put("attribute", json!(f.attribute));
            put("direction", json!(f.direction));
            put("reference", json!(f.reference));
            put("band", json!(band));
            put("indicator", json!(f.indicator));
            put("baselines", Value::Array(baselines));
            Value::Object(object)
        })
        .collect();
    format!("{:#}", Value::Array(rows))
}

/// CSV (UTF-8, `\n` line ends) with a header row; see the module documentation for the
/// columns.
///
/// ```
/// use plan_targets::catalog;
/// let csv = catalog::to_csv([catalog::get("W21").unwrap()]);
/// let mut lines = csv.lines();
/// assert!(lines.next().unwrap().starts_with("id,source,plan,area,number,name,unit,target,kind"));
/// assert!(lines.next().unwrap().starts_with("W21,table,women,妇女参与决策管理,21,"));
/// ```
pub fn to_csv<'a>(rows: impl IntoIterator<Item = impl Into<Row<'a>>>) -> String {
    let mut out = String::from(
        "id,source,plan,area,number,name,unit,target,kind,attribute,direction,reference,band,indicator,baselines\n",
    );
    for r in rows {
        let row: Row<'a> = r.into();
        let f = row.fields();
        let indicator = row.indicator();
        let number = f.number.map(|n| n.to_string()).unwrap_or_default();
        let band = indicator
            .and_then(|i| i.band.as_ref())
            .map(|b| format!("{}—{}", b.low, b.high))
            .unwrap_or_default();
        let baselines = indicator
            .map(|i| {
                i.baselines
                    .iter()
                    .map(|b| format!("{}:{}:{}", b.year, b.value, b.relation.as_str()))
                    .collect::<Vec<_>>()
                    .join("; ")
            })
            .unwrap_or_default();
        let cells = [
            f.id,
            f.source,
            f.plan,
            f.area,
            &number,
            f.name,
            f.unit.unwrap_or(""),
            f.target,
            f.kind,
            f.attribute.unwrap_or(""),
            f.direction.unwrap_or(""),
            f.reference.map(reference_text).unwrap_or(""),
            &band,
            f.indicator.unwrap_or(""),
            &baselines,
        ];
        let line: Vec<String> = cells.iter().map(|c| csv_field(c)).collect();
        out.push_str(&line.join(","));
        out.push('\n');
    }
    out
}

/// A CSV field, quoted when it holds a comma, a quote or a line break.
fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_owned()
    }
}

/// The widest an area or name cell of [`to_table`] gets, in display columns; longer text (the
/// quoted sentence of a task target) is cut with `…`. JSON and CSV always carry the full text.
pub const TABLE_CELL_WIDTH: usize = 48;

/// `text` cut to at most `width` display columns, ending in `…` when cut.
fn clip(text: &str, width: usize) -> String {
    if display_width(text) <= width {
        return text.to_owned();
    }
    let mut out = String::new();
    for c in text.chars() {
        let next = display_width(&out) + unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if next + 1 > width {
            break;
        }
        out.push(c);
    }
    out.push('…');
    out
}

/// An aligned table for people: a header, a rule, one line per row. Columns are padded by
/// display width (a CJK character takes two columns); the last column is not padded, so lines
/// have no trailing spaces. Blank cells print as `-`. The `baseline` column shows the first
/// baseline, `*` marking a proxy and `(+n)` counting the others.
///
/// ```
/// use plan_targets::catalog;
/// let table = catalog::to_table(["W03", "C10.1"].map(|id| catalog::get(id).unwrap()));
/// let lines: Vec<&str> = table.lines().collect();
/// assert!(lines[0].starts_with("id     plan      area"));
/// assert!(lines[2].starts_with("W03    women     妇女与健康  "));
/// assert!(lines[2].ends_with("2020 14/10万以内"));
/// ```
pub fn to_table<'a>(rows: impl IntoIterator<Item = impl Into<Row<'a>>>) -> String {
    const HEADER: [&str; 10] = [
        "id",
        "plan",
        "area",
        "name",
        "unit",
        "target",
        "kind",
        "attribute",
        "direction",
        "baseline",
    ];
    let dash = |s: Option<&str>| s.unwrap_or("-").to_owned();
    let body: Vec<[String; 10]> = rows
        .into_iter()
        .map(|r| {
            let row: Row<'a> = r.into();
            let f = row.fields();
            let baseline = row.indicator().and_then(|i| {
                let b = i.baselines.first()?;
                let proxy = if b.relation == super::Relation::Proxy {
                    "*"
                } else {
                    ""
                };
                let more = match i.baselines.len() {
                    1 => String::new(),
                    n => format!(" (+{})", n - 1),
                };
                Some(format!("{} {}{proxy}{more}", b.year, b.value))
            });
            [
                f.id.to_owned(),
                f.plan.to_owned(),
                clip(f.area, TABLE_CELL_WIDTH),
                clip(f.name, TABLE_CELL_WIDTH),
                dash(f.unit),
                f.target.to_owned(),
                f.kind.to_owned(),
                dash(f.attribute),
                dash(f.direction),
                dash(baseline.as_deref()),
            ]
        })
        .collect();
    let mut widths = HEADER.map(display_width);
    for cells in &body {
        for (width, cell) in widths.iter_mut().zip(cells) {
            *width = (*width).max(display_width(cell));
        }
    }
    let mut out = String::new();
    let mut line = |cells: &[&str]| {
        let last = cells.len() - 1;
        for (i, cell) in cells.iter().enumerate() {
            if i == last {
                out.push_str(cell);
            } else {
                out.push_str(&pad_to(cell, widths[i]));
                out.push_str("  ");
            }
        }
        out.push('\n');
    };
    line(&HEADER);
    let rule: Vec<String> = widths.iter().map(|&w| "-".repeat(w)).collect();
    line(&rule.iter().map(String::as_str).collect::<Vec<_>>());
    for cells in &body {
        line(&cells.iter().map(String::as_str).collect::<Vec<_>>());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::{self, get};

    #[test]
    fn csv_quotes_only_when_needed() {
        assert_eq!(csv_field("孕产妇死亡率"), "孕产妇死亡率");
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
    }

    #[test]
    fn json_has_the_documented_fields() {
        let v: Value = serde_json::from_str(&to_json(catalog::rows())).unwrap();
        let v = v.as_array().unwrap();
        assert_eq!(v.len(), 89 + catalog::tasks().len());
        let w03 = &v[2];
        assert_eq!(
            w03,
            &json!({
                "id": "W03", "source": "table", "plan": "women", "area": "妇女与健康",
                "number": 3, "name": "孕产妇死亡率", "unit": "1/10万", "target": "<8",
                "kind": "comparison", "attribute": "binding", "direction": "lower",
                "reference": null, "band": null, "indicator": null,
                "baselines": [{"year": 2020, "value": "14/10万以内", "relation": "same",
                               "reason": null, "quote": "2020年孕产妇死亡率下降到14/10万以内"}],
            })
        );
        let keys: Vec<&str> = w03
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(keys.len(), 15);
        let find = |id: &str| v.iter().find(|r| r["id"] == id).unwrap();
        assert_eq!(find("W21")["reference"], json!({"indicator": "W20"}));
        assert_eq!(find("W30")["reference"], json!({"series": "女职工比例"}));
        assert_eq!(find("W39")["band"]["low"], "103");
        assert_eq!(find("W39")["unit"], Value::Null);
        assert_eq!(find("C10.1")["attribute"], Value::Null);
        assert_eq!(find("C10.1")["number"], Value::Null);
        let ct01 = find("CT01");
        assert_eq!(ct01["source"], "task");
        assert_eq!(ct01["kind"], "keep");
        assert_eq!(ct01["direction"], "higher");
        assert_eq!(ct01["target"], "保持在90%以上");
    }

    #[test]
    fn csv_round_trips_through_a_csv_reader() {
        let rows: Vec<Row> = catalog::rows().collect();
        let text = to_csv(&rows);
        let mut reader = csv::Reader::from_reader(text.as_bytes());
        assert_eq!(reader.headers().unwrap().len(), 15);
        let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        assert_eq!(records.len(), rows.len());
        let w05 = records.iter().find(|r| &r[0] == "W05").unwrap();
        assert_eq!(&w05[14], "2020:87%以上:proxy");
        let w39 = records.iter().find(|r| &r[0] == "W39").unwrap();
        assert_eq!((&w39[6], &w39[12]), ("", "103—107"));
        let c06 = records.iter().find(|r| &r[0] == "C06").unwrap();
        assert_eq!(&c06[14], "2010:2.94%:proxy; 2020:0.87%:proxy");
    }

    #[test]
    fn long_cells_are_clipped_by_display_width() {
        assert_eq!(clip("孕产妇死亡率", 48), "孕产妇死亡率");
        // Six columns: two CJK characters, then the ellipsis (one column).
        assert_eq!(clip("孕产妇死亡率", 6), "孕产…");
        assert!(display_width(&clip(&"儿".repeat(100), TABLE_CELL_WIDTH)) <= TABLE_CELL_WIDTH);
        let table = to_table(catalog::rows());
        assert!(
            table.contains("不少于2次的产…"),
            "a task quote is cut in the table"
        );
        assert!(to_json(catalog::rows()).contains("不少于2次的产品质量专项监督活动"));
    }

    #[test]
    fn table_columns_line_up_by_display_width() {
        let rows: Vec<Row> = catalog::rows().collect();
        let table = to_table(&rows);
        let lines: Vec<&str> = table.lines().collect();
        assert_eq!(lines.len(), rows.len() + 2);
        // The `target` column starts at the same display column on every line.
        let column = |line: &str, cell: &str| display_width(&line[..line.find(cell).unwrap()]);
        let header_at = column(lines[0], "target");
        let w03 = lines.iter().find(|l| l.starts_with("W03 ")).unwrap();
        let c34 = lines.iter().find(|l| l.starts_with("C34 ")).unwrap();
        assert_eq!(column(w03, "  <8  ") + 2, header_at);
        assert_eq!(column(c34, "  100  ") + 2, header_at);
        assert!(lines.iter().all(|l| !l.ends_with(' ')));
        assert!(c34.ends_with(" -"));
        let w09 = lines.iter().find(|l| l.starts_with("W09 ")).unwrap();
        assert!(w09.ends_with("2020 80.6%*"));
        let c19 = lines.iter().find(|l| l.starts_with("C19 ")).unwrap();
        assert!(c19.ends_with("2020 90.02% (+1)"));
    }

    #[test]
    fn renderers_accept_indicator_references() {
        let w03 = get("W03").unwrap();
        assert_eq!(to_csv([w03]).lines().count(), 2);
        assert_eq!(to_csv(catalog::all()).lines().count(), 90);
        assert_eq!(
            to_json(catalog::tasks())
                .matches("\"source\": \"task\"")
                .count(),
            8
        );
        assert_eq!(to_json(Vec::<Row>::new()), "[]");
        assert_eq!(to_table(Vec::<Row>::new()).lines().count(), 2);
    }
}
