//! JSON input: an array of record objects. serde_json gives no position per element, so the
//! line of each record is found by a small scan of the (already valid) text.

use serde_json::Value;

use crate::catalog::Catalog;

use super::{Builder, DataErrorKind, DataErrors, Dataset, MAX_RECORDS};

/// Reads a whole JSON input (already within [`super::MAX_INPUT_BYTES`]).
pub(super) fn read(text: &str, catalog: &'static Catalog) -> Result<Dataset, DataErrors> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut builder = Builder::new(catalog);
    let document: Value = match serde_json::from_str(text) {
        Ok(document) => document,
        Err(e) => {
            let message = e.to_string();
            let suffix = format!(" at line {} column {}", e.line(), e.column());
            let message = message.strip_suffix(&suffix).unwrap_or(&message);
            let message = format!("{message} at column {}", e.column());
            builder.error(e.line() as u64, None, DataErrorKind::Json { message });
            return builder.finish();
        }
    };
    let Value::Array(elements) = document else {
        let line = first_token_line(text);
        builder.error(
            line,
            None,
            DataErrorKind::NotAnArray {
                found: type_name(&document),
            },
        );
        return builder.finish();
    };
    let starts = element_lines(text);
    let line_of = |index: usize| starts.get(index).copied().unwrap_or(index as u64 + 1);
    if elements.len() > MAX_RECORDS {
        builder.too_many_records(line_of(MAX_RECORDS));
        return builder.finish();
    }
    for (index, element) in elements.iter().enumerate() {
        // The scan agrees with serde_json on valid JSON; the index is a fallback only.
        let line = line_of(index);
        let Value::Object(object) = element else {
            builder.error(
                line,
                None,
                DataErrorKind::NotAnObject {
                    found: type_name(element),
                },
            );
            continue;
        };
        let indicator = string_field(&mut builder, line, object, "indicator", false);
        let year = year_field(&mut builder, line, object);
        let value = string_field(&mut builder, line, object, "value", true);
        let extra = object
            .iter()
            .filter(|(k, _)| !matches!(k.as_str(), "indicator" | "year" | "value"))
            .map(|(k, v)| {
                let text = match v {
                    Value::String(s) => s.clone(),
                    other => other.to_string(),
                };
                (k.clone(), text)
            })
            .collect();
        builder.row(
            line,
            indicator.as_deref(),
            year.as_deref(),
            value.as_deref(),
            extra,
        );
        if builder.full {
            break;
        }
    }
    builder.finish()
}

/// A field that must be a string (or, with `numbers`, a number, read as its text). `null`
/// reads as empty (reported as such by the builder).
fn string_field(
    builder: &mut Builder,
    line: u64,
    object: &serde_json::Map<String, Value>,
    field: &'static str,
    numbers: bool,
) -> Option<String> {
    match object.get(field) {
        None => {
            builder.error(line, Some(field), DataErrorKind::MissingField { field });
            None
        }
        Some(Value::Null) => Some(String::new()),
        Some(Value::String(s)) => Some(s.clone()),
        Some(Value::Number(n)) if numbers => Some(n.to_string()),
        Some(other) => {
            builder.error(
                line,
                Some(field),
                DataErrorKind::WrongType {
                    field,
                    expected: if numbers {
                        "a string or a number"
                    } else {
                        "a string"
                    },
                    found: type_name(other),
                },
            );
            None
        }
    }
}

/// The year: a JSON number, as its text (checked as an integer by the builder).
fn year_field(
    builder: &mut Builder,
    line: u64,
    object: &serde_json::Map<String, Value>,
) -> Option<String> {
    match object.get("year") {
        None => {
            builder.error(
                line,
                Some("year"),
                DataErrorKind::MissingField { field: "year" },
            );
            None
        }
        Some(Value::Null) => Some(String::new()),
        Some(Value::Number(n)) => Some(n.to_string()),
        Some(other) => {
            builder.error(
                line,
                Some("year"),
                DataErrorKind::WrongType {
                    field: "year",
                    expected: "an integer",
                    found: type_name(other),
                },
            );
            None
        }
    }
}

fn type_name(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// The line of the first non-whitespace character.
fn first_token_line(text: &str) -> u64 {
    let start = text.len() - text.trim_start().len();
    1 + text[..start].bytes().filter(|&b| b == b'\n').count() as u64
}

/// The line each element of the top-level array starts on, for valid JSON whose top level
/// is an array.
fn element_lines(text: &str) -> Vec<u64> {
    let mut lines = Vec::new();
    let mut line = 1u64;
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    let mut expect_element = false;
    for b in text.bytes() {
        if b == b'\n' {
            line += 1;
        }
        if in_string {
            if escaped {
                escaped = false;
            } else if b == b'\\' {
                escaped = true;
            } else if b == b'"' {
                in_string = false;
            }
            continue;
        }
        if b.is_ascii_whitespace() {
            continue;
        }
        if expect_element && b != b']' {
            lines.push(line);
        }
        expect_element = false;
        match b {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                expect_element = depth == 1 && b == b'[';
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            b',' if depth == 1 => expect_element = true,
            _ => {}
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn element_lines_follow_the_text() {
        let text = "[\n {\"a\": \"[,{\\\"\"},\n 1, [2,\n3],\n\n \"x\"\n]";
        let elements: Vec<Value> = serde_json::from_str(text).unwrap();
        assert_eq!(elements.len(), 4);
        assert_eq!(element_lines(text), [2, 3, 3, 6]);
        assert_eq!(element_lines("[]"), Vec::<u64>::new());
        assert_eq!(element_lines(" [ ]"), Vec::<u64>::new());
    }
}
