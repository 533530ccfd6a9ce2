//! Catalogues users bring, plan periods and regions (issue 11).

use plan_targets::catalog::{Catalog, CatalogErrorKind, Plan};
use plan_targets::data::{DataErrorKind, Dataset, Reader, Regions};
use plan_targets::report::{Monitor, ReportOptions, regions};

const GOOD: &str = "\u{feff}id,plan,plan_title,period,area,number,name,unit,target,attribute,direction,baseline_year,baseline_value,reference,band,note\r\n\
M1,outline,某省妇女发展规划（2011—2020年）,2010-2020,健康,1,孕产妇死亡率,1/10万,<22,约束性,,2010,≤30,,,\r\n\
M2,outline,,,教育,2,高中阶段毛入学率,%,≥90,预期性,higher,,,,,\r\n\
M3,outline,,,决策,3,女性比例,%,不低于本地区党员总数中女性比例,,higher,,,M4,,\r\n\
M4,outline,,,决策,4,女党员比例,%,提高,,,,,,,\r\n\
K1,kids,十四五儿童规划,2020-2025,健康,1,出生人口性别比,,趋于平衡,,,2020,1:1.08,,103—107,国家标准\r\n";

fn good() -> &'static Catalog {
    Catalog::from_csv_str(GOOD)
        .unwrap_or_else(|e| panic!("{e}"))
        .leak()
}

#[test]
fn a_catalogue_file_loads_into_the_same_type_as_the_embedded_one() {
    let catalog = good();
    assert_eq!(catalog.indicators().len(), 5);
    let outline = catalog.plan("outline").unwrap();
    assert_eq!(outline.title(), "某省妇女发展规划（2011—2020年）");
    assert_eq!(
        (outline.baseline_year(), outline.target_year()),
        (2010, 2020)
    );
    let kids = catalog.plan("kids").unwrap();
    assert_eq!((kids.baseline_year(), kids.target_year()), (2020, 2025));
    assert_ne!(outline, Plan::Women);

    let m1 = catalog.lookup("孕产妇死亡率").unwrap();
    assert_eq!(m1.plan, outline);
    assert_eq!(m1.direction, Some(plan_targets::Direction::Lower)); // from the target
    assert_eq!(m1.baseline_observation(2010).unwrap().to_string(), "≤30");
    let m3 = catalog.get("M3").unwrap();
    assert_eq!(m3.spec().reference.as_deref(), Some("M4"));
    let k1 = catalog.get("K1").unwrap();
    assert_eq!(k1.baseline_observation(2020).unwrap().to_string(), "1:1.08");
    assert_eq!(k1.band.as_ref().unwrap().source, "国家标准");
    // Loading the same file again gives equal plans (interned, not leaked again).
    let again = Catalog::from_csv_str(GOOD).unwrap();
    assert_eq!(again.plan("outline").unwrap(), outline);
    // The embedded catalogue is one instance of the type.
    assert_eq!(Catalog::embedded().plans(), [Plan::Women, Plan::Children]);
}

#[test]
fn every_problem_of_a_bad_catalogue_is_reported_by_line_and_column_and_nothing_loads() {
    let text = "id,plan,period,area,name,unit,target,attribute,direction,reference\n\
                A1,p,2010-2020,x,甲,%,≥≥,,,\n\
                A2,p,,x,乙,furlongs,提高,,,\n\
                A1,p,,x,丙,%,<5,,higher,\n\
                A4,p,,x,丁,%,不低于本地区党员总数中女性比例,,,A9\n\
                A5,q,,x,戊,‰,≥90%,重要,,\n";
    let errors = Catalog::from_csv_str(text).unwrap_err();
    let found: Vec<(u64, Option<&str>)> = errors
        .errors()
        .iter()
        .map(|e| (e.line, e.column.as_deref()))
        .collect();
    assert_eq!(
        found,
        [
            (2, Some("target")),
            (3, Some("unit")),
            (4, Some("id")),
            (4, Some("direction")),
            (5, Some("reference")),
            (6, Some("unit")),
            (6, Some("attribute")),
            (6, Some("period")),
        ],
        "{errors}"
    );
    assert!(matches!(
        errors.errors()[3].kind,
        CatalogErrorKind::DirectionContradicts {
            given: "higher",
            stated: "lower"
        }
    ));
    assert!(matches!(
        errors.errors()[4].kind,
        CatalogErrorKind::UnknownReference { .. }
    ));
    let lines = errors.lines();
    assert_eq!(
        lines[2],
        "line 4, column id: duplicate id A1 (first on line 2)"
    );
    assert!(
        lines[4].starts_with("line 5, column reference: reference to unknown id A9"),
        "{}",
        lines[4]
    );

    for (text, want) in [
        ("", "no header row: the file is empty"),
        (
            "id,plan\n",
            "line 1, column area: the header has no \"area\" column",
        ),
        (
            "id,plan,area,name,unit,target,attribute,direction,period,colour\n",
            "line 1, column colour: unknown column",
        ),
    ] {
        let errors = Catalog::from_csv_str(text).unwrap_err();
        assert!(errors.to_string().contains(want), "{errors}");
    }
}

#[test]
fn the_report_uses_each_plan_s_own_period() {
    let catalog = good();
    let data = Reader::new()
        .catalog(catalog)
        .read_csv(
            "indicator,year,value\n孕产妇死亡率,2010,30\nM1,2015,25\nM2,2010,80\nM2,2015,85\nK1,2023,1:1.10\n"
                .as_bytes(),
        )
        .unwrap();
    let monitor = Monitor::with_catalog(catalog, ReportOptions::default()).unwrap();
    let report = monitor.report(&data);
    assert_eq!((report.baseline_year, report.target_year), (2010, 2020));
    let row = |id: &str| report.rows.iter().find(|r| r.id == id).unwrap();
    assert_eq!(row("M1").baseline.as_ref().unwrap().year, 2010);
    assert_eq!(row("M2").outlook.as_str(), "on_track"); // 80 → 85 in 5 years reaches 90 by 2020
    // K1's plan runs 2020 → 2025: its baseline is 2020's, from the catalogue.
    assert_eq!(row("K1").baseline.as_ref().unwrap().year, 2020);
    let md = plan_targets::report::render::markdown(&report);
    assert!(md.contains("## 十四五儿童规划"), "{md}");
    assert!(md.contains("2020预测"), "{md}");

    // --period overrides every plan's.
    let options = ReportOptions {
        period: Some("2015-2030".parse().unwrap()),
        ..ReportOptions::default()
    };
    let report = Monitor::with_catalog(catalog, options)
        .unwrap()
        .report(&data);
    assert_eq!((report.baseline_year, report.target_year), (2015, 2030));
}

const REGIONAL: &str = "region,indicator,year,value,note\n\
    甲县,W02,2020,78.99,\n\
    甲县,W02,2024,79.95,\n\
    乙县,W02,2020,80,\n\
    乙县,W02,2024,82.5,预计\n\
    丙县,,,,未上报\n\
    甲县,W03,2024,7.9,\n";

#[test]
fn regions_get_a_report_each_and_a_comparison_most_in_need_first() {
    let regions = Regions::from_csv_reader(REGIONAL.as_bytes()).unwrap();
    assert_eq!(regions.len(), 3);
    let monitor = Monitor::new(ReportOptions::default()).unwrap();
    let report = monitor.report_regions(&regions);
    assert_eq!(report.assessment_year, 2024);
    let names: Vec<&str> = report.regions.iter().map(|r| r.region.as_str()).collect();
    assert_eq!(names, ["甲县", "乙县", "丙县"]);
    let status = |r: usize, id: &str| {
        report.regions[r]
            .rows
            .iter()
            .find(|row| row.id == id)
            .unwrap()
            .status
            .as_str()
    };
    assert_eq!(
        (status(0, "W02"), status(0, "W03"), status(1, "W02")),
        ("not_met", "met", "met")
    );
    // The region with no data: every indicator short of data, nothing assessable.
    assert!(report.regions[2].rows.iter().all(|r| r.current.is_none()));
    assert!(
        report.regions[2]
            .rows
            .iter()
            .all(|r| !matches!(r.status.as_str(), "met" | "not_met"))
    );
    let order: Vec<&str> = report
        .comparison
        .regions
        .iter()
        .map(|r| r.region.as_str())
        .collect();
    assert_eq!(order, ["甲县", "乙县", "丙县"]); // 50 % before 100 %, no share last
    assert_eq!(report.comparison.regions[2].counts.met_share, None);
    assert_eq!(report.comparison.indicators.len(), 89);
    // Notes stay with their region.
    let w02 = report.regions[1]
        .rows
        .iter()
        .find(|r| r.id == "W02")
        .unwrap();
    assert_eq!(w02.notes[0].text, "预计");

    let json: serde_json::Value = serde_json::from_str(&regions::json(&report)).unwrap();
    assert_eq!(json["regions"][0]["region"], "甲县");
    assert!(json["regions"][0]["rows"].is_array() && json["regions"][0]["summary"].is_object());
    assert_eq!(
        json["comparison"]["regions"][0]["cells"][1]["status"],
        "not_met"
    );
    let csv = regions::csv(&report);
    assert!(csv.starts_with("\u{feff}region,id,plan,"), "{}", &csv[..40]);
    assert_eq!(csv.lines().count(), 1 + 3 * 89);
    let md = regions::markdown(&report);
    assert!(md.find("## 地区比较").unwrap() < md.find("## 地区：甲县").unwrap());
}

#[test]
fn data_for_an_indicator_the_catalogue_lacks_is_an_error_not_a_drop() {
    let catalog = good();
    let text = "region,indicator,year,value\n甲县,M2,2015,85\n乙县,W02,2015,80\n乙县,M2,2015,x\n";
    let errors = Regions::from_csv_reader_in(text.as_bytes(), catalog).unwrap_err();
    let kinds: Vec<(u64, &DataErrorKind)> =
        errors.errors().iter().map(|e| (e.line, &e.kind)).collect();
    assert_eq!(kinds.len(), 2, "{errors}");
    assert!(
        matches!(kinds[0], (3, DataErrorKind::UnknownIndicator { .. })),
        "{errors}"
    );
    assert!(
        matches!(kinds[1], (4, DataErrorKind::MalformedValue { .. })),
        "{errors}"
    );
    // The same indicator and year twice in one region is a duplicate; in two regions it is not.
    let dup = "region,indicator,year,value\n甲县,W02,2020,1\n乙县,W02,2020,1\n甲县,W02,2020,2\n";
    let errors = Regions::from_csv_reader(dup.as_bytes()).unwrap_err();
    assert_eq!(errors.lines(), ["line 4: W02 in 2020 duplicates line 2"]);
    let errors = Regions::from_csv_reader("region,indicator,year,value\n,W02,2020,1\n".as_bytes())
        .unwrap_err();
    assert_eq!(errors.lines(), ["line 2: the region is empty"]);
}

#[test]
fn without_a_region_column_nothing_changes() {
    let text = "indicator,year,value\nW02,2020,78.99\n";
    let errors = Regions::from_csv_reader(text.as_bytes()).unwrap_err();
    assert_eq!(
        errors.lines(),
        ["line 1: the header has no \"region\" column"]
    );
    // The single-region reader is untouched: the golden files still hold (tests/report.rs).
    assert!(Dataset::from_csv_str(text).is_ok());
}

#[test]
fn regional_csv_errors_name_the_physical_line_after_crlf_cr_and_blank_lines() {
    // Line 1 header (CRLF), 2 blank, 3 good, 4 blank (CRLF), 5 bad year, 6 lone-CR line,
    // 7 good after the lone CR, 8 bad value, 9 quoted region name with a comma, 10 bad.
    let text = "region,indicator,year,value\r\n\
                \r\n\
                甲县,W02,2020,78.99\r\n\
                \r\n\
                甲县,W02,20x0,1\r\n\
                乙县,W02,2020,80\r\
                乙县,W02,2021,81\n\
                乙县,W02,2022,x\n\
                \"丙县, 新区\",W02,2020,79\n\
                \"丁县,W02,2020,79\n";
    let errors = Regions::from_csv_reader(text.as_bytes()).unwrap_err();
    let lines: Vec<(u64, Option<&str>)> = errors
        .errors()
        .iter()
        .map(|e| (e.line, e.column.as_deref()))
        .collect();
    assert_eq!(
        lines,
        [(5, Some("year")), (8, Some("value")), (10, None)],
        "{errors}"
    );
    assert!(matches!(
        errors.errors()[2].kind,
        DataErrorKind::UnterminatedQuote { column: 1 }
    ));
    // Without the bad lines: the regions, a quoted name whole.
    let good: String = text
        .split_inclusive(['\n', '\r'])
        .filter(|l| !l.contains("20x0") && !l.contains(",x") && !l.starts_with("\"丁"))
        .collect();
    let regions = Regions::from_csv_reader(good.as_bytes()).unwrap_or_else(|e| panic!("{e}"));
    let names: Vec<&str> = regions.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(names, ["甲县", "乙县", "丙县, 新区"]);
    let w02 = regions.iter().nth(1).unwrap().data.series("W02").unwrap();
    assert_eq!(w02.years().collect::<Vec<_>>(), [2020, 2021]);
}

#[test]
fn regional_csv_reads_gb18030_and_utf16_and_reports_undecodable_lines() {
    use plan_targets::data::Encoding;
    let text = "region,indicator,year,value,note\n巫山县,孕产妇死亡率,2020,14以内,初步\n奉节县,W02,2020,79.1,\n";
    let utf8 = Regions::from_csv_reader(text.as_bytes()).unwrap_or_else(|e| panic!("{e}"));
    let (gbk, _, _) = encoding_rs::GB18030.encode(text);
    let mut le = b"\xFF\xFE".to_vec();
    le.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    let mut be = b"\xFE\xFF".to_vec();
    be.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
    for (bytes, encoding) in [
        (&gbk[..], Encoding::Auto),
        (&gbk[..], Encoding::Gb18030),
        (&le[..], Encoding::Auto),
        (&le[..], Encoding::Utf16),
        (&be[..], Encoding::Auto),
    ] {
        let read = Regions::from_csv_reader_with(bytes, encoding, Catalog::embedded())
            .unwrap_or_else(|e| panic!("{encoding:?}: {e}"));
        assert_eq!(read, utf8, "{encoding:?}");
    }
    assert_eq!(
        utf8.iter().next().unwrap().data.records()[0].field("note"),
        Some("初步")
    );
    // A line that is not GB18030 (a lead byte with no trail byte) is reported on its line;
    // so is an unpaired surrogate in UTF-16.
    let mut bad = gbk.to_vec();
    bad.extend(b"\x81,W02,2021,1\n");
    let errors = Regions::from_csv_reader(&bad[..]).unwrap_err();
    assert_eq!(errors.lines(), ["line 4: the line is not valid GB18030"]);
    let mut bad = le.clone();
    bad.extend([0x00, 0xD8]);
    bad.extend(",W02,2021,1\n".encode_utf16().flat_map(u16::to_le_bytes));
    let errors = Regions::from_csv_reader(&bad[..]).unwrap_err();
    assert_eq!(errors.lines(), ["line 4: the line is not valid UTF-16"]);
}

#[test]
fn a_region_column_is_found_in_every_encoding() {
    use plan_targets::data::{Encoding, csv_has_region_column, csv_has_region_column_in};
    let text = "\"region\",indicator,year,value\n巫山县,W02,2020,79\n";
    let (gbk, _, _) = encoding_rs::GB18030.encode(text);
    let mut le = b"\xFF\xFE".to_vec();
    le.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    let dir = std::env::temp_dir().join(format!("plan-targets-regions-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for (name, bytes) in [
        ("utf8.csv", text.as_bytes()),
        ("gbk.csv", &gbk[..]),
        ("le.csv", &le[..]),
    ] {
        let path = dir.join(name);
        std::fs::write(&path, bytes).unwrap();
        assert!(csv_has_region_column(&path), "{name}");
    }
    let path = dir.join("single.csv");
    std::fs::write(&path, "indicator,year,value\nW02,2020,79\n").unwrap();
    assert!(!csv_has_region_column_in(&path, Encoding::Gb18030));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_reference_behind_an_intent_word_is_still_the_series_the_target_names() {
    let catalog = Catalog::from_csv_str(
        "id,plan,area,name,unit,target,attribute,direction,period\n\
         P1,p,参与,女干部比例,%,力争不低于女职工比例,,,2020-2025\n",
    )
    .unwrap();
    let p1 = catalog.get("P1").unwrap();
    assert_eq!(
        p1.reference,
        Some(plan_targets::catalog::ReferenceSeries::Series(
            "女职工比例".into()
        ))
    );
}
