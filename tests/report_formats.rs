//! Every renderer on a catalogue users bring: each plan of the report in its own section, with
//! its own period (issue 12's gaps).

use plan_targets::catalog::Catalog;
use plan_targets::data::{Dataset, Reader, Regions};
use plan_targets::report::lang::Lang;
use plan_targets::report::{Monitor, Report, ReportOptions, html, regions, render, xlsx};

/// Two plans of different periods: 2010 → 2020 and 2020 → 2025.
const TWO_PERIODS: &str = "id,plan,plan_title,period,area,name,unit,target,attribute,direction\n\
M1,outline,某省妇女发展规划（2011—2020年）,2010-2020,健康,孕产妇死亡率,1/10万,<22,约束性,\n\
M2,outline,,,教育,高中阶段毛入学率,%,≥90,预期性,higher\n\
K1,kids,十四五儿童规划,2020-2025,教育,学前教育毛入园率,%,≥90,,\n";

const DATA: &str = "indicator,year,value\nM1,2010,30\nM1,2015,25\nM2,2010,80\nM2,2015,85\n\
K1,2020,80\nK1,2022,84\nK1,2023,85\n";

fn setup() -> (Report, Dataset, ReportOptions) {
    let catalog = Catalog::from_csv_str(TWO_PERIODS)
        .unwrap_or_else(|e| panic!("{e}"))
        .leak();
    let data = Reader::new()
        .catalog(catalog)
        .read_csv(DATA.as_bytes())
        .unwrap();
    let options = ReportOptions::default();
    let report = Monitor::with_catalog(catalog, options.clone())
        .unwrap()
        .report(&data);
    (report, data, options)
}

#[test]
fn the_report_knows_each_plan_s_period() {
    let (report, _, _) = setup();
    let keys: Vec<&str> = report.plans().map(|p| p.as_str()).collect();
    assert_eq!(keys, ["outline", "kids"]);
    let kids = report.plans().nth(1).unwrap();
    assert_eq!(report.period_of(kids).to_string(), "2020-2025");
    assert!(!report.one_period());
    let json: serde_json::Value = serde_json::from_str(&render::json(&report)).unwrap();
    assert_eq!(json["periods"][1]["plan"], "kids");
    assert_eq!(json["periods"][1]["target_year"], 2025);
    assert_eq!(json["periods"][0]["baseline_year"], 2010);
}

#[test]
fn markdown_gives_each_plan_its_period_and_projection_year() {
    let (report, _, _) = setup();
    let md = render::markdown(&report);
    // No single period in the heading: each plan's section states its own.
    assert!(md.contains("\n评估年度 2023。\n"), "{md}");
    let outline = md
        .find("## 某省妇女发展规划（2011—2020年）\n\n基期 2010，目标年 2020。")
        .unwrap();
    let kids = md
        .find("## 十四五儿童规划\n\n基期 2020，目标年 2025。")
        .unwrap();
    assert!(outline < kids);
    assert!(md[outline..kids].contains("| 2020预测 |"));
    assert!(md[kids..].contains("| 2025预测 |"));
    assert!(!md[kids..].contains("2020预测"));
    let en = render::markdown_in(&report, Lang::En);
    assert!(en.contains("Baseline 2020, target year 2025."), "{en}");
    assert!(en.contains("| Projected 2025 |"));
}

#[test]
fn html_has_a_section_per_plan_with_its_own_target_year() {
    let (report, data, options) = setup();
    let page = html::html(&report, &data, &options, Lang::Zh);
    let outline = page
        .find(r#"<section class="plan" id="plan-outline">"#)
        .unwrap();
    let kids = page
        .find(r#"<section class="plan" id="plan-kids">"#)
        .unwrap();
    assert!(outline < kids);
    assert_eq!(page.matches(r#"<svg class="chart""#).count(), 3);
    // K1's chart runs to 2025 and draws its target line (the user's catalogue, not Wushan's).
    let k1 = &page[page.find(r#"id="chart-K1""#).unwrap()..];
    let k1 = &k1[..k1.find("</svg>").unwrap()];
    assert!(k1.contains(">2025</text>"), "{k1}");
    assert!(k1.contains(r#"class="target-line""#), "{k1}");
    assert!(page[kids..].contains("<dt>2025预测</dt>"));
    let m2 = &page[page.find(r#"id="chart-M2""#).unwrap()..];
    // M2's plan ends in 2020: its chart runs to the assessment year, not to the other plan's T.
    assert!(!m2[..m2.find("</svg>").unwrap()].contains(">2025</text>"));
}

#[test]
fn xlsx_has_a_sheet_per_plan_with_its_own_target_year() {
    use calamine::{Reader, open_workbook_auto_from_rs};
    let (report, _, _) = setup();
    let bytes = xlsx::report(&report, Lang::Zh).unwrap();
    let mut book = open_workbook_auto_from_rs(std::io::Cursor::new(bytes)).unwrap();
    assert_eq!(
        book.sheet_names(),
        [
            "总体情况",
            "某省妇女发展规划（2011—2020年）",
            "十四五儿童规划"
        ]
    );
    let kids = book.worksheet_range("十四五儿童规划").unwrap();
    assert_eq!(kids.get((0, 13)).unwrap().to_string(), "2025预测");
    assert_eq!(kids.get((1, 0)).unwrap().to_string(), "K1");
    let summary = book.worksheet_range("总体情况").unwrap();
    // The plan summary's rows carry each plan's period.
    let row = (0..summary.height())
        .find(|&r| summary.get((r, 0)).is_some_and(|c| *c == "十四五儿童规划"))
        .unwrap();
    let width = summary.width();
    let cells: Vec<String> = (0..width)
        .filter_map(|c| summary.get((row, c)).map(ToString::to_string))
        .collect();
    assert!(
        cells.ends_with(&["2020".to_owned(), "2025".to_owned()]),
        "{cells:?}"
    );
}

const REGIONAL: &str = "region,indicator,year,value\n\
甲县,K1,2020,80\n甲县,K1,2023,82\n<i>乙县</i>,K1,2020,80\n<i>乙县</i>,K1,2023,91\n丙县,,,\n";

fn regional() -> (regions::RegionalReport, Regions, ReportOptions) {
    let catalog = Catalog::from_csv_str(TWO_PERIODS)
        .unwrap_or_else(|e| panic!("{e}"))
        .leak();
    let data = Regions::from_csv_reader_in(REGIONAL.as_bytes(), catalog).unwrap();
    let options = ReportOptions::default();
    let report = Monitor::with_catalog(catalog, options.clone())
        .unwrap()
        .report_regions(&data);
    (report, data, options)
}

#[test]
fn regional_html_puts_the_comparison_first_then_a_section_per_region() {
    let (report, data, options) = regional();
    let page = html::regional(&report, &data, &options, Lang::Zh);
    let table = page.find(r#"<table class="compare">"#).unwrap();
    let sections = page.find(r#"<section id="regions">"#).unwrap();
    assert!(table < sections);
    // The region most in need first, in the table and the sections; names are escaped text.
    let order: Vec<usize> = ["甲县", "&lt;i&gt;乙县&lt;/i&gt;", "丙县"]
        .iter()
        .map(|n| page[sections..].find(&format!("<h2>{n} ")).unwrap())
        .collect();
    assert!(order[0] < order[1] && order[1] < order[2], "{order:?}");
    assert!(!page.contains("<i>"));
    // 甲县's K1 is not met (82 < 90, too slow: orange): a ✗ on orange in its row; 乙县's met.
    let row = |name: &str| {
        let at = page[table..].find(&format!(">{name}</a></th>")).unwrap() + table;
        page[at..at + page[at..].find("</tr>").unwrap()].to_owned()
    };
    assert!(
        row("甲县").ends_with(r#"<td class="o">✗</td>"#),
        "{}",
        row("甲县")
    );
    assert!(row("&lt;i&gt;乙县&lt;/i&gt;").ends_with("<td>✓</td>"));
    // One chart per region and indicator, ids distinct per region; the first region open.
    assert_eq!(page.matches(r#"<svg class="chart""#).count(), 3 * 3);
    assert!(page.contains(r#"id="r1-chart-K1""#) && page.contains(r#"id="r2-chart-K1""#));
    assert_eq!(page.matches("<details open>").count(), 1);
    assert!(
        !page.contains("本页只详列"),
        "three regions: every one detailed"
    );
}

#[test]
fn regional_html_details_only_the_regions_most_in_need_when_there_are_many() {
    let catalog = Catalog::embedded();
    let n = html::MAX_DETAILED_REGIONS + 5;
    let mut text = String::from("region,indicator,year,value\n");
    for i in 0..n {
        // Region i has W02 rising by i/10 a year: the last ones are on track.
        text.push_str(&format!(
            "县{i},W02,2020,78\n县{i},W02,2024,{}\n",
            78 + i / 5
        ));
    }
    let data = Regions::from_csv_reader_in(text.as_bytes(), catalog).unwrap();
    let options = ReportOptions::default();
    let report = Monitor::new(options.clone()).unwrap().report_regions(&data);
    let page = html::regional(&report, &data, &options, Lang::En);
    assert_eq!(
        page.matches(r#"<section class="region""#).count(),
        html::MAX_DETAILED_REGIONS
    );
    assert!(page.contains(&format!(
        "This page details only the {} regions most in need",
        html::MAX_DETAILED_REGIONS
    )));
    // Every region has its row in the table; only the detailed ones link to a section.
    let rows = page[page.find("<tbody>").unwrap()..page.find("</tbody>").unwrap()]
        .matches("<tr>")
        .count();
    assert_eq!(rows, n);
    assert_eq!(
        page.matches(r##"<a href="#region-"##).count(),
        html::MAX_DETAILED_REGIONS
    );
}

#[test]
fn regional_xlsx_has_the_comparison_and_every_region_s_rows() {
    use calamine::{Reader, open_workbook_auto_from_rs};
    let (report, _, _) = regional();
    let bytes = xlsx::regional(&report, Lang::Zh).unwrap();
    let mut book = open_workbook_auto_from_rs(std::io::Cursor::new(bytes)).unwrap();
    assert_eq!(book.sheet_names(), ["地区比较", "各地区指标"]);
    let compare = book.worksheet_range("地区比较").unwrap();
    let header: Vec<String> = (0..compare.width())
        .map(|c| {
            compare
                .get((4, c))
                .map(ToString::to_string)
                .unwrap_or_default()
        })
        .collect();
    assert_eq!(&header[..2], ["地区", "指标数"]);
    assert_eq!(&header[10..], ["M1", "M2", "K1"]);
    let first: Vec<String> = (0..compare.width())
        .map(|c| {
            compare
                .get((5, c))
                .map(ToString::to_string)
                .unwrap_or_default()
        })
        .collect();
    assert_eq!(first[0], "甲县");
    assert_eq!(first[12], "未达标");
    let rows = book.worksheet_range("各地区指标").unwrap();
    assert_eq!(rows.height(), 1 + 3 * 3);
    assert_eq!(rows.get((1, 0)).unwrap().to_string(), "甲县");
    assert_eq!(
        rows.get((0, 15)).unwrap().to_string(),
        "预测",
        "two target years: no year"
    );
}

#[test]
fn regional_markdown_is_in_one_language() {
    let (report, _, _) = regional();
    let en = regions::markdown_in(&report, Lang::En);
    assert!(en.starts_with("# Monitoring report by region"), "{en}");
    assert!(en.contains("\n## Regions compared\n"));
    assert!(en.contains("\n## Region: 甲县\n"));
    assert!(!en.contains("地区"), "{en}");
    let zh = regions::markdown(&report);
    assert!(!zh.contains("Region"), "{zh}");
}

#[test]
fn chinese_reports_write_the_explanation_in_chinese_and_json_keeps_english() {
    let data =
        Dataset::from_path(std::path::Path::new("examples/wushan-sample-2020-2024.csv")).unwrap();
    let options = ReportOptions::default();
    let report = Monitor::new(options.clone()).unwrap().report(&data);
    let english_word = |text: &str| {
        text.split(|c: char| !c.is_ascii_alphabetic())
            .find(|w| w.len() >= 3 && *w != "W20")
            .map(str::to_owned)
    };
    let mut checked = 0;
    for row in &report.rows {
        let zh = Lang::Zh.explanation(row);
        assert_eq!(english_word(&zh), None, "{}: {zh}", row.id);
        assert!(zh.contains("；展望："), "{}: {zh}", row.id);
        assert_eq!(row.explanation, Lang::En.explanation(row).as_str());
        checked += 1;
    }
    assert_eq!(checked, 89);
    let page = html::html(&report, &data, &options, Lang::Zh);
    assert!(page.contains("<p class=\"explanation\">2024 年值 79.95 未达到 ≥82.3；展望："));
    let page = html::html(&report, &data, &options, Lang::En);
    assert!(
        page.contains("<p class=\"explanation\">2024 value 79.95 does not meet ≥82.3; outlook:")
    );
    let json: serde_json::Value = serde_json::from_str(&render::json(&report)).unwrap();
    let w02 = json["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == "W02")
        .unwrap();
    assert!(
        w02["explanation"]
            .as_str()
            .unwrap()
            .starts_with("2024 value 79.95 does not meet")
    );
    assert!(w02.get("reasons").is_none());
}
