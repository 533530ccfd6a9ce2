//! The HTML report: its outline as a golden file, and the page as a real browser renders it
//! (headless Chromium; skipped with a note when Chromium is not installed).

mod common;
use common::{golden, root};

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const SAMPLE: &str = "examples/wushan-sample-2020-2024.csv";
const INJECTED: &str = "<script>alert(1)</script>";

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_plan-targets"))
        .args(args)
        .current_dir(root())
        .output()
        .expect("the binary runs")
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("plan-targets-html-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

/// The sample data with the note of W02's 2022 row replaced by a script tag.
fn injected_sample() -> PathBuf {
    let text = std::fs::read_to_string(root().join(SAMPLE)).unwrap();
    let mut found = false;
    let lines: Vec<String> = text
        .lines()
        .map(|line| {
            if line.starts_with("W02,2022,") {
                found = true;
                let (head, _) = line.rsplit_once(',').unwrap();
                format!("{head},{INJECTED}")
            } else {
                line.to_owned()
            }
        })
        .collect();
    assert!(found, "the sample has W02 in 2022");
    let path = scratch("injected.csv");
    std::fs::write(&path, lines.join("\n") + "\n").unwrap();
    path
}

/// One tag of an HTML text: its name (lowercase, `/name` for an end tag) and attributes.
struct Tag<'a> {
    name: String,
    attrs: &'a str,
    /// The text after the tag, up to the next one.
    text: &'a str,
}

fn tags(html: &str) -> Vec<Tag<'_>> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        let after = &rest[start + 1..];
        let Some(end) = after.find('>') else { break };
        let inside = &after[..end];
        let (name, attrs) = inside
            .split_once(|c: char| c.is_whitespace())
            .unwrap_or((inside, ""));
        let tail = &after[end + 1..];
        let text = &tail[..tail.find('<').unwrap_or(tail.len())];
        out.push(Tag {
            name: name.trim_end_matches('/').to_ascii_lowercase(),
            attrs,
            text,
        });
        rest = tail;
    }
    out
}

fn attr<'a>(attrs: &'a str, name: &str) -> Option<&'a str> {
    let key = format!("{name}=\"");
    let at = attrs
        .match_indices(&key)
        .find(|&(i, _)| i == 0 || attrs[..i].ends_with(char::is_whitespace))?
        .0;
    let value = &attrs[at + key.len()..];
    value.find('"').map(|end| &value[..end])
}

/// A normalised outline of a report page: headings, sections, and per indicator its classes,
/// status and what its chart draws (counts of dots, baseline, target line or band,
/// projection). Stable across cosmetic changes of the markup, not across structural ones.
fn outline(html: &str) -> String {
    let mut out = Vec::new();
    let tags = tags(html);
    let mut heading: Option<(String, String)> = None;
    let mut article: Option<(String, Vec<String>)> = None;
    let flush = |article: &mut Option<(String, Vec<String>)>, out: &mut Vec<String>| {
        if let Some((head, parts)) = article.take() {
            out.push(format!("{head} [{}]", parts.join(" ")));
        }
    };
    for tag in &tags {
        match tag.name.as_str() {
            "h1" | "h2" | "h3" => heading = Some((tag.name.clone(), tag.text.to_owned())),
            "/h1" | "/h2" | "/h3" => {
                if let Some((name, text)) = heading.take() {
                    if article.is_none() {
                        out.push(format!("{name} {}", text.trim()));
                    }
                }
            }
            "span" | "/span" => {
                if let Some((_, text)) = &mut heading {
                    text.push_str(tag.text);
                }
            }
            "section" => {
                flush(&mut article, &mut out);
                out.push(format!("section #{}", attr(tag.attrs, "id").unwrap_or("")));
            }
            "article" => {
                flush(&mut article, &mut out);
                article = Some((
                    format!(
                        "  article #{} .{} status={}",
                        attr(tag.attrs, "id").unwrap_or(""),
                        attr(tag.attrs, "class").unwrap_or("").replace(' ', "."),
                        attr(tag.attrs, "data-status").unwrap_or("")
                    ),
                    Vec::new(),
                ));
            }
            "svg" | "circle" | "rect" | "line" | "polyline" | "li" => {
                if let Some((_, parts)) = &mut article {
                    let class = attr(tag.attrs, "class").unwrap_or(&tag.name);
                    parts.push(class.to_owned());
                }
            }
            "footer" => flush(&mut article, &mut out),
            _ => {}
        }
    }
    flush(&mut article, &mut out);
    // Runs of the same part (`dot dot dot`) as a count.
    out.iter()
        .map(|line| {
            let Some((head, parts)) = line.split_once(" [") else {
                return line.clone();
            };
            let parts: Vec<&str> = parts.trim_end_matches(']').split(' ').collect();
            let mut counted: Vec<(String, usize)> = Vec::new();
            for p in parts {
                match counted.last_mut() {
                    Some((q, n)) if q == p => *n += 1,
                    _ => counted.push((p.to_owned(), 1)),
                }
            }
            let parts: Vec<String> = counted
                .into_iter()
                .map(|(p, n)| if n == 1 { p } else { format!("{p}×{n}") })
                .collect();
            format!("{head} [{}]\n", parts.join(" "))
        })
        .map(|l| if l.ends_with('\n') { l } else { l + "\n" })
        .collect()
}

/// The ids of the report's indicators, from the CSV report.
fn indicator_ids() -> Vec<String> {
    let o = run(&["report", "--data", SAMPLE, "--format", "csv"]);
    let text = String::from_utf8(o.stdout).unwrap();
    let mut reader = csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    reader.records().map(|r| r.unwrap()[0].to_owned()).collect()
}

#[test]
fn golden_html_outline_on_the_sample_data() {
    for (lang, file) in [
        ("zh", "report.html.outline"),
        ("en", "report.en.html.outline"),
    ] {
        let o = run(&[
            "report", "--data", SAMPLE, "--format", "html", "--lang", lang,
        ]);
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        let html = String::from_utf8(o.stdout).unwrap();
        golden(file, &outline(&html));
    }
}

#[test]
fn html_page_is_self_contained_and_escapes_the_data() {
    let data = injected_sample();
    let o = run(&[
        "report",
        "--data",
        data.to_str().unwrap(),
        "--format",
        "html",
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let html = String::from_utf8(o.stdout).unwrap();
    assert!(html.starts_with("<!DOCTYPE html><html lang=\"zh-CN\">"));
    assert!(!html.contains("<script"), "no script element at all");
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    // Nothing is fetched: no external resource of any kind.
    for needle in ["src=", "<link", "@import", "url(", "http://", "https://"] {
        let allowed = needle == "http://"
            && html.matches(needle).count()
                == html.matches("xmlns=\"http://www.w3.org/2000/svg\"").count();
        assert!(!html.contains(needle) || allowed, "{needle}");
    }
    assert_eq!(
        html.matches("<svg class=\"chart\"").count(),
        indicator_ids().len()
    );
    assert!(html.contains("@page { size: A4"));
    assert!(html.contains("break-inside: avoid"));
}

/// Chromium's binary, if installed (`CHROMIUM` names another).
fn chromium() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("CHROMIUM").filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(path));
    }
    ["chromium", "chromium-browser", "google-chrome"]
        .iter()
        .find_map(|name| {
            std::env::var_os("PATH").and_then(|paths| {
                std::env::split_paths(&paths)
                    .map(|dir| dir.join(name))
                    .find(|p| p.is_file())
            })
        })
}

fn headless(chromium: &Path, args: &[&str], page: &Path) -> Output {
    Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
            "--no-first-run",
            "--disable-extensions",
        ])
        .args(args)
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("chromium runs")
}

#[test]
fn chromium_renders_every_chart_and_shows_the_injected_note_as_text() {
    let Some(chromium) = chromium() else {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI is set but chromium is not installed (.ci/run installs it)"
        );
        eprintln!(
            "note: chromium not found; skipping the browser test (CI installs it: apt-get install chromium)"
        );
        return;
    };
    let data = injected_sample();
    let page = scratch("report.html");
    let o = run(&[
        "report",
        "--data",
        data.to_str().unwrap(),
        "--format",
        "html",
        "--output",
        page.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));

    let o = headless(&chromium, &["--dump-dom"], &page);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let dom = String::from_utf8(o.stdout).unwrap();
    // The DOM the browser built: one chart per indicator, each an SVG element with its id.
    let tags = tags(&dom);
    let charts: Vec<&str> = tags
        .iter()
        .filter(|t| t.name == "svg")
        .filter_map(|t| attr(t.attrs, "data-indicator"))
        .collect();
    let ids = indicator_ids();
    assert_eq!(charts, ids, "one chart per indicator, in table order");
    for id in &ids {
        assert!(
            dom.contains(&format!("id=\"chart-{id}\"")),
            "chart of {id} missing"
        );
    }
    // Every chart drew something: a dot, a baseline square or its no-data text.
    let drawn = tags
        .iter()
        .filter(|t| {
            matches!(t.name.as_str(), "circle" | "rect")
                && attr(t.attrs, "class").is_some_and(|c| c == "dot" || c == "baseline")
        })
        .count();
    assert!(drawn >= ids.len(), "{drawn} marks for {} charts", ids.len());
    // The injected note is text: no script element was created, the text is there.
    assert!(!tags.iter().any(|t| t.name == "script"), "a script element");
    let note = tags
        .iter()
        .find(|t| t.name == "li" && t.text.contains("alert(1)"))
        .expect("the note's list item");
    assert_eq!(
        note.text,
        "2022 note: &lt;script&gt;alert(1)&lt;/script&gt;"
    );

    // And it paints: a screenshot of the page (kept next to the page for looking at).
    let shot = scratch("report.png");
    let o = headless(
        &chromium,
        &[
            "--window-size=1100,2200",
            &format!("--screenshot={}", shot.display()),
        ],
        &page,
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let png = std::fs::read(&shot).expect("a screenshot");
    assert!(png.starts_with(b"\x89PNG"), "a PNG");
    assert!(
        png.len() > 20_000,
        "a page with content, {} bytes",
        png.len()
    );
    eprintln!("screenshot: {}", shot.display());
}

const OTHER_CATALOG: &str = "examples/other-plan/catalog.csv";
const OTHER_DATA: &str = "examples/other-plan/data.csv";

/// The cross-region table of a regional page as text: a line per row, its cells' text (with
/// the warning's class after a `/`).
fn comparison_rows(html: &str) -> String {
    let start = html.find(r#"<table class="compare">"#).expect("the table");
    let end = start + html[start..].find("</table>").unwrap();
    let mut out = String::new();
    let mut line: Vec<String> = Vec::new();
    for tag in tags(&html[start..end]) {
        match tag.name.as_str() {
            "th" | "td" => {
                let text = tag.text.to_owned();
                line.push(match attr(tag.attrs, "class") {
                    Some(c) if c != "n" && c != "i" => format!("{text}/{c}"),
                    _ => text,
                });
            }
            "a" => {
                if let Some(last) = line.last_mut() {
                    last.push_str(tag.text);
                }
            }
            "/tr" => {
                out.push_str(&line.join("\t"));
                out.push('\n');
                line.clear();
            }
            _ => {}
        }
    }
    out
}

#[test]
fn golden_regional_html_outline_on_the_other_plan() {
    let o = run(&[
        "report",
        "--catalog",
        OTHER_CATALOG,
        "--data",
        OTHER_DATA,
        "--format",
        "html",
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let html = String::from_utf8(o.stdout).unwrap();
    assert!(!html.contains("<script"));
    let text = format!(
        "{}== comparison\n{}",
        outline(&html),
        comparison_rows(&html)
    );
    golden("regional.html.outline", &text);
}

#[test]
fn chromium_renders_the_regional_page() {
    let Some(chromium) = chromium() else {
        eprintln!("note: chromium not found; skipping the regional browser test");
        return;
    };
    let page = scratch("regional.html");
    let o = run(&[
        "report",
        "--catalog",
        OTHER_CATALOG,
        "--data",
        OTHER_DATA,
        "--format",
        "html",
        "--output",
        page.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let o = headless(&chromium, &["--dump-dom"], &page);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let dom = String::from_utf8(o.stdout).unwrap();
    let tags = tags(&dom);
    // Every region's section with a chart per indicator (4 regions × 6 indicators), each id
    // once; the table has a row per region.
    let charts: Vec<&str> = tags
        .iter()
        .filter(|t| t.name == "svg")
        .filter_map(|t| attr(t.attrs, "id"))
        .collect();
    assert_eq!(charts.len(), 4 * 6);
    let mut unique = charts.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), charts.len(), "chart ids are distinct");
    assert_eq!(tags.iter().filter(|t| t.name == "details").count(), 4);
    let rows = comparison_rows(&dom);
    assert_eq!(rows.lines().count(), 1 + 4, "{rows}");
}
