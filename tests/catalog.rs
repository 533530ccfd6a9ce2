//! The embedded catalogue, checked against itself and against the plan text.
//!
//! The plan text is not part of the crate: the tests that need it read
//! `../shared/plans/*.txt` beside the crate and say they skipped when it is absent.

use std::path::Path;

use plan_targets::catalog::{
    self, Attribute, Indicator, Plan, ReferenceSeries, Relation, UnknownIndicator,
};
use plan_targets::{CmpOp, Direction, Kind, Target, Unit};
use rust_decimal::Decimal;

fn dec(s: &str) -> Decimal {
    s.parse().unwrap()
}

fn ind(id: &str) -> &'static Indicator {
    catalog::get(id).unwrap_or_else(|| panic!("{id} is not in the catalogue"))
}

/// The texts of the plans, or `None` (after saying so) when the folder is absent.
fn plan_texts(test: &str) -> Option<Vec<String>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/plans");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("note: {test} skipped: no plan text at {}", dir.display());
        return None;
    };
    let mut texts = Vec::new();
    for entry in entries {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "txt") {
            texts.push(std::fs::read_to_string(&path).unwrap());
        }
    }
    assert!(!texts.is_empty(), "no .txt file in {}", dir.display());
    Some(texts)
}

fn quoted(texts: &[String], quote: &str) -> bool {
    texts.iter().any(|t| t.contains(quote))
}

/// `(op, value, unit)` of a comparison target.
fn comparison(t: &Target) -> (CmpOp, Decimal, Option<Unit>) {
    match t {
        Target::Comparison(c) => (c.op, c.value.value, c.value.unit),
        other => panic!("not a comparison: {other:?}"),
    }
}

#[test]
fn every_id_in_table_order() {
    let mut women: Vec<String> = (1..=45).map(|n| format!("W{n:02}")).collect();
    for (after, extra) in [("W05", "W05.1"), ("W35", "W35.1"), ("W36", "W36.1")] {
        let at = women.iter().position(|id| id == after).unwrap();
        women.insert(at + 1, extra.to_owned());
    }
    let mut children: Vec<String> = (1..=34).map(|n| format!("C{n:02}")).collect();
    for (after, extras) in [
        ("C10", &["C10.1", "C10.2", "C10.3"][..]),
        ("C13", &["C13.1", "C13.2"]),
        ("C15", &["C15.1", "C15.2"]),
    ] {
        let at = children.iter().position(|id| id == after).unwrap();
        for (k, extra) in extras.iter().enumerate() {
            children.insert(at + 1 + k, (*extra).to_owned());
        }
    }
    assert_eq!(women.len(), 48);
    assert_eq!(children.len(), 41);

    let ids = |plan| {
        catalog::by_plan(plan)
            .map(|i| i.id.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(ids(Plan::Women), women);
    assert_eq!(ids(Plan::Children), children);
    let all: Vec<&str> = catalog::all().iter().map(|i| i.id.as_str()).collect();
    let expected: Vec<&str> = women.iter().chain(&children).map(String::as_str).collect();
    assert_eq!(all, expected);
}

#[test]
fn ids_and_names_are_unique_and_found() {
    let mut ids = std::collections::HashSet::new();
    let mut names = std::collections::HashSet::new();
    for i in catalog::all() {
        assert!(ids.insert(&i.id), "duplicate id {}", i.id);
        assert!(names.insert(&i.name), "duplicate name {}", i.name);
        assert!(std::ptr::eq(catalog::get(&i.id).unwrap(), i));
        assert!(std::ptr::eq(catalog::by_name(&i.name).unwrap(), i));
        assert!(std::ptr::eq(catalog::lookup(&i.id).unwrap(), i));
        assert!(std::ptr::eq(catalog::lookup(&i.name).unwrap(), i));
        assert!(i.id.starts_with(i.plan.id_prefix().unwrap()));
        match i.number {
            Some(n) => assert_eq!(i.id, format!("{}{n:02}", i.plan.id_prefix().unwrap())),
            None => assert!(i.id.contains('.'), "{}", i.id),
        }
    }
    assert_eq!(catalog::all().len(), 89);
}

#[test]
fn every_target_parses_and_agrees_with_its_unit() {
    for i in catalog::all() {
        let reparsed: Target = i.target_text.parse().unwrap();
        assert_eq!(reparsed, i.target, "{}", i.id);
        assert_eq!(
            i.unit,
            i.unit_label.as_deref().and_then(Unit::from_label),
            "{}",
            i.id
        );
        assert_eq!(i.unit.is_some(), i.unit_label.is_some(), "{}", i.id);
        if let Some(written) = i.target.unit() {
            assert_eq!(Some(written), i.unit, "{}", i.id);
        }
        if let (Some(stated), Some(direction)) = (i.target.stated_direction(), i.direction) {
            assert_eq!(stated, direction, "{}", i.id);
        }
        if i.direction.is_none() {
            assert!(i.direction_reason.is_some(), "{}", i.id);
        }
    }
}

#[test]
fn references_resolve() {
    let with_reference: Vec<&str> = catalog::all()
        .iter()
        .filter(|i| i.reference.is_some())
        .map(|i| i.id.as_str())
        .collect();
    assert_eq!(with_reference, ["W21", "W30"]);

    let w21 = ind("W21");
    assert_eq!(
        w21.reference,
        Some(ReferenceSeries::Indicator("W20".into()))
    );
    let w20 = w21.reference.as_ref().unwrap().indicator().unwrap();
    assert_eq!(w20.name, "全县中国共产党女党员比例");

    let w30 = ind("W30");
    let series = ReferenceSeries::Series("女职工比例".into());
    assert_eq!(w30.reference.as_ref(), Some(&series));
    assert!(series.indicator().is_none());
    match &w30.target {
        Target::Commensurate(c) => assert_eq!(c.series, "女职工比例"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn baselines_parse() {
    let mut count = 0;
    for i in catalog::all() {
        for b in &i.baselines {
            count += 1;
            let o = b.observed();
            assert!(b.quote.contains(&b.value), "{} {}", i.id, b.value);
            assert!(
                b.value.contains(&o.value.normalize().to_string()) || b.value.contains('千'),
                "{} {} read as {}",
                i.id,
                b.value,
                o.value
            );
            assert!(matches!(b.year, 2010 | 2020));
            if b.relation == Relation::Same {
                // The indicator itself: same unit.
                assert_eq!(o.unit, i.unit, "{} {}", i.id, b.value);
            } else {
                assert!(b.reason.is_some(), "{} {}", i.id, b.value);
            }
        }
    }
    assert_eq!(count, 32);

    let w03 = &ind("W03").baselines[0];
    let o = w03.observed();
    assert_eq!(
        (o.value, o.unit, o.bound, o.approximate),
        (
            dec("14"),
            Some(Unit::PerHundredThousand),
            Some(CmpOp::Le),
            false
        )
    );
    let w02 = ind("W02").baselines[0].observed();
    assert_eq!(
        (w02.value, w02.unit, w02.bound),
        (dec("78.99"), Some(Unit::YearsOfAge), None)
    );
    let w17 = &ind("W17").baselines[0];
    assert_eq!(w17.value, "约2千人");
    assert_eq!(w17.relation, Relation::Proxy);
    let o = w17.observed();
    assert_eq!(
        (o.value, o.unit, o.approximate),
        (dec("2000"), Some(Unit::Person), true)
    );
    let c07 = ind("C07").baselines[0].observed();
    assert_eq!((c07.value, c07.bound), (dec("99.8"), Some(CmpOp::Ge)));
}

#[test]
fn tasks_parse_and_link() {
    let ids: Vec<&str> = catalog::tasks().iter().map(|t| t.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "WT01", "CT01", "CT02", "CT03", "CT04", "CT05", "CT06", "CT07"
        ]
    );
    for t in catalog::tasks() {
        assert!(t.quote.contains(&t.phrase), "{}", t.id);
        assert_eq!(t.phrase.parse::<Target>().unwrap(), t.target, "{}", t.id);
        assert_eq!(t.target.unit(), t.unit, "{}", t.id);
        assert!(t.id.starts_with(t.plan.id_prefix().unwrap()));
        if let Some(id) = &t.indicator {
            assert!(catalog::get(id).is_some(), "{}", t.id);
        }
    }
    let ct01 = &catalog::tasks()[1];
    assert_eq!(ct01.plan, Plan::Children);
    assert_eq!(ct01.target.kind(), Kind::Keep);
    assert_eq!(ct01.unit, Some(Unit::Percent));
    let ct03 = &catalog::tasks()[3];
    assert_eq!(
        comparison(&ct03.target),
        (CmpOp::Ge, dec("1"), Some(Unit::Hour))
    );
}

#[test]
fn disagreements_pair_the_plans() {
    let topics: Vec<&str> = catalog::disagreements()
        .iter()
        .map(|d| d.topic.as_str())
        .collect();
    assert_eq!(
        topics,
        [
            "preschool_gross_enrolment_2020",
            "rural_centralised_water_supply_2020"
        ]
    );
    for d in catalog::disagreements() {
        let plans: Vec<Plan> = d.figures.iter().map(|f| f.plan).collect();
        assert_eq!(plans, [Plan::Women, Plan::Children], "{}", d.topic);
        assert_ne!(d.figures[0].observed.value, d.figures[1].observed.value);
        for f in &d.figures {
            assert!(f.quote.contains(&f.value));
            let id = f.indicator.as_deref().unwrap();
            // Each figure is also a baseline of its indicator.
            assert!(
                ind(id).baselines.iter().any(|b| b.value == f.value),
                "{id} {}",
                f.value
            );
        }
    }
    let c19 = &catalog::disagreements()[0].figures;
    assert_eq!(
        (c19[0].value.as_str(), c19[1].value.as_str()),
        ("95.6%", "90.02%")
    );
}

#[test]
fn lookup_is_lenient_and_suggests() {
    assert_eq!(catalog::lookup("w03").unwrap().id, "W03");
    assert_eq!(catalog::lookup(" Ｗ０３ ").unwrap().id, "W03");
    assert_eq!(
        catalog::lookup("村(社区)党组织成员中女性比例").unwrap().id,
        "W31"
    );
    assert!(catalog::get("w03").is_none(), "get is exact");
    assert!(catalog::by_name("孕产妇死亡").is_none(), "by_name is exact");

    let err: UnknownIndicator = catalog::lookup("W46").unwrap_err();
    assert_eq!(err.query(), "W46");
    assert_eq!(err.suggestions().len(), 3);
    assert!(err.suggestions().iter().all(|s| s.starts_with('W')));
    assert!(
        err.to_string()
            .starts_with("unknown indicator `W46`; did you mean W")
    );

    let err = catalog::lookup("婴儿死亡").unwrap_err();
    assert_eq!(err.suggestions()[0], "婴儿死亡率");
    assert!(err.suggestions().len() <= 3);
}

#[test]
fn plans_parse_and_print() {
    assert_eq!("women".parse::<Plan>(), Ok(Plan::Women));
    assert_eq!("children".parse::<Plan>(), Ok(Plan::Children));
    let err = "Women".parse::<Plan>().unwrap_err();
    assert_eq!(
        err.to_string(),
        "unknown plan `Women`: expected women or children"
    );
    for plan in Plan::ALL {
        assert_eq!(plan.to_string().parse::<Plan>(), Ok(plan));
    }
    assert_eq!(
        serde_json::to_string(&Plan::Children).unwrap(),
        "\"children\""
    );
    assert_eq!(
        serde_json::to_string(&Attribute::Binding).unwrap(),
        "\"binding\""
    );
}

#[test]
fn indicators_serialize() {
    let v = serde_json::to_value(ind("W39")).unwrap();
    assert_eq!(v["plan"], "women");
    assert_eq!(v["band"]["low"], "103");
    assert_eq!(v["target"]["kind"], "toward_balance");
    let v = serde_json::to_value(ind("W21")).unwrap();
    assert_eq!(v["reference"], serde_json::json!({"indicator": "W20"}));
}

// ---- Field by field, as read from the plan text ----

#[test]
fn sample_w03() {
    let i = ind("W03");
    assert_eq!(i.plan, Plan::Women);
    assert_eq!(i.area, "妇女与健康");
    assert_eq!(i.number, Some(3));
    assert_eq!(i.name, "孕产妇死亡率");
    assert_eq!(i.unit_label.as_deref(), Some("1/10万"));
    assert_eq!(i.unit, Some(Unit::PerHundredThousand));
    assert_eq!(i.target_text, "<8");
    assert_eq!(comparison(&i.target), (CmpOp::Lt, dec("8"), None));
    assert_eq!(i.attribute, Some(Attribute::Binding));
    assert_eq!(i.direction, Some(Direction::Lower));
    assert_eq!(i.direction_reason, None);
    assert_eq!(i.reference, None);
    assert_eq!(i.band, None);
    assert_eq!(i.baselines.len(), 1);
    let b = &i.baselines[0];
    assert_eq!(
        (b.year, b.value.as_str(), b.relation),
        (2020, "14/10万以内", Relation::Same)
    );
    assert_eq!(b.quote, "2020年孕产妇死亡率下降到14/10万以内");
}

#[test]
fn sample_w05_1() {
    let i = ind("W05.1");
    assert_eq!((i.area.as_str(), i.number), ("妇女与健康", None));
    assert_eq!(i.name, "适龄妇女乳腺癌人群筛查率");
    assert_eq!(i.unit, Some(Unit::Percent));
    assert_eq!(i.target_text, "逐步提高");
    assert_eq!(i.target.kind(), Kind::RiseGradually);
    assert_eq!(i.attribute, Some(Attribute::Expected));
    assert_eq!(i.direction, Some(Direction::Higher));
    let b = &i.baselines[0];
    assert_eq!((b.value.as_str(), b.relation), ("87%以上", Relation::Proxy));
    assert_eq!(b.observed().bound, Some(CmpOp::Ge));
}

#[test]
fn sample_w21() {
    let i = ind("W21");
    assert_eq!(i.area, "妇女参与决策管理");
    assert_eq!(i.number, Some(21));
    assert_eq!(i.name, "县党代会中女党员代表比例");
    assert_eq!(i.unit, Some(Unit::Percent));
    assert_eq!(i.target_text, "不低于本地区党员总数中女性比例");
    match &i.target {
        Target::Reference(r) => {
            assert_eq!(r.op, CmpOp::Ge);
            assert_eq!(r.series, "本地区党员总数中女性比例");
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(i.attribute, Some(Attribute::Expected));
    assert_eq!(i.direction, Some(Direction::Higher));
    assert_eq!(i.reference, Some(ReferenceSeries::Indicator("W20".into())));
    assert!(i.baselines.is_empty());
}

#[test]
fn sample_w30() {
    let i = ind("W30");
    assert_eq!((i.area.as_str(), i.number), ("妇女参与决策管理", Some(30)));
    assert_eq!(i.name, "企业职工代表大会中女性比例");
    assert_eq!(i.unit_label.as_deref(), Some("%"));
    assert_eq!(i.target_text, "与女职工比例相适应");
    assert_eq!(i.target.kind(), Kind::Commensurate);
    assert_eq!(i.attribute, Some(Attribute::Expected));
    assert_eq!(i.direction, Some(Direction::Band));
    assert!(
        i.direction_reason
            .as_deref()
            .unwrap()
            .contains("与女职工比例相适应")
    );
    assert_eq!(
        i.reference,
        Some(ReferenceSeries::Series("女职工比例".into()))
    );
    assert_eq!(i.band, None);
}

#[test]
fn sample_w39() {
    let i = ind("W39");
    assert_eq!((i.area.as_str(), i.number), ("妇女与环境", Some(39)));
    assert_eq!(i.name, "出生人口性别比");
    assert_eq!((i.unit_label.as_deref(), i.unit), (None, None));
    assert_eq!(i.target_text, "趋于平衡");
    assert_eq!(i.target.kind(), Kind::TowardBalance);
    assert_eq!(i.attribute, Some(Attribute::Expected));
    assert_eq!(i.direction, Some(Direction::Band));
    let band = i.band.as_ref().unwrap();
    assert_eq!((band.low, band.high), (dec("103"), dec("107")));
    assert!(band.source.starts_with("Not stated in the plan"));
}

#[test]
fn sample_w40() {
    let i = ind("W40");
    assert_eq!((i.area.as_str(), i.number), ("妇女与环境", Some(40)));
    assert_eq!(i.name, "城镇公共厕所男女厕位比");
    assert_eq!(i.unit, None);
    assert_eq!(i.target_text, "2:3");
    match &i.target {
        Target::Ratio(r) => assert_eq!((r.antecedent, r.consequent), (dec("2"), dec("3"))),
        other => panic!("{other:?}"),
    }
    assert_eq!(i.attribute, Some(Attribute::Expected));
    assert_eq!(i.direction, Some(Direction::Band));
}

#[test]
fn sample_w45() {
    let i = ind("W45");
    assert_eq!((i.area.as_str(), i.number), ("妇女与法律", Some(45)));
    assert_eq!(i.name, "杀害、强奸、伤害、侮辱、拐卖妇女刑事案件发生数");
    assert_eq!(i.unit, Some(Unit::Case));
    assert_eq!(i.target.kind(), Kind::UnderControl);
    assert_eq!(i.direction, Some(Direction::Lower));
}

#[test]
fn sample_c10_1() {
    let i = ind("C10.1");
    assert_eq!(i.plan, Plan::Children);
    assert_eq!((i.area.as_str(), i.number), ("儿童与健康", None));
    assert_eq!(i.name, "小学生近视率");
    assert_eq!(i.unit, Some(Unit::Percent));
    assert_eq!(i.target_text, "＜38");
    assert_eq!(comparison(&i.target), (CmpOp::Lt, dec("38"), None));
    assert_eq!(i.attribute, None, "the table leaves the attribute blank");
    assert_eq!(i.direction, Some(Direction::Lower));
    assert!(i.baselines.is_empty());
}

#[test]
fn sample_c13_2() {
    let i = ind("C13.2");
    assert_eq!(i.number, None);
    assert_eq!(
        i.name,
        "每所乡镇卫生院、社区卫生服务中心配备专业从事儿童保健的医生数"
    );
    assert_eq!(i.unit, Some(Unit::Post));
    assert_eq!(comparison(&i.target), (CmpOp::Ge, dec("2"), None));
    assert_eq!(i.attribute, Some(Attribute::Expected));
}

#[test]
fn sample_c19() {
    let i = ind("C19");
    assert_eq!((i.area.as_str(), i.number), ("儿童与教育", Some(19)));
    assert_eq!(i.name, "学前教育毛入园率");
    assert_eq!(i.unit, Some(Unit::Percent));
    assert_eq!(i.target_text, "≥95");
    assert_eq!(comparison(&i.target), (CmpOp::Ge, dec("95"), None));
    assert_eq!(i.attribute, Some(Attribute::Binding));
    assert_eq!(i.direction, Some(Direction::Higher));
    let figures: Vec<(plan_targets::Year, &str, Relation)> = i
        .baselines
        .iter()
        .map(|b| (b.year, b.value.as_str(), b.relation))
        .collect();
    // The children's plan's own figure first: it is the one evaluation uses (the plans disagree).
    assert_eq!(
        figures,
        [
            (2020, "90.02%", Relation::Same),
            (2020, "95.6%", Relation::Same)
        ]
    );
    assert_eq!(i.baselines[1].quote, "2020年学前教育毛入园率达到95.6%");
}

#[test]
fn sample_c34() {
    let i = ind("C34");
    assert_eq!((i.area.as_str(), i.number), ("儿童与法律保护", Some(34)));
    assert_eq!(i.name, "乡镇（街道）未成年人保护工作站覆盖率");
    assert_eq!(i.unit, Some(Unit::Percent));
    assert_eq!(i.target_text, "100");
    match &i.target {
        Target::Attain(a) => {
            assert_eq!((a.value.value, a.value.unit), (dec("100"), None));
            assert_eq!(a.direction, None);
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(i.attribute, Some(Attribute::Expected));
    assert_eq!(i.direction, Some(Direction::Higher));
    assert!(i.direction_reason.is_some());
    assert!(i.baselines.is_empty());
}

// ---- Against the plan text ----

#[test]
fn every_row_is_a_row_of_the_plan_tables_in_order() {
    let Some(texts) = plan_texts("every_row_is_a_row_of_the_plan_tables_in_order") else {
        return;
    };
    for plan in Plan::ALL {
        let mut last: Option<(usize, usize)> = None;
        for i in catalog::by_plan(plan) {
            // The table as the text lays it out: one cell per line, each after a tab.
            let unit = i
                .unit_label
                .as_ref()
                .map(|u| format!("（{u}）"))
                .unwrap_or_default();
            let block = format!(
                "\t{}\n\t{}{unit}\n\t{}\n\t{}\n",
                i.number.map(|n| n.to_string()).unwrap_or_default(),
                i.name,
                i.target_text,
                i.attribute.map(Attribute::as_chinese).unwrap_or_default(),
            );
            let found: Vec<(usize, usize)> = texts
                .iter()
                .enumerate()
                .flat_map(|(t, text)| text.match_indices(&block).map(move |(at, _)| (t, at)))
                .collect();
            assert_eq!(
                found.len(),
                1,
                "{}: {block:?} found {} times",
                i.id,
                found.len()
            );
            assert!(last < Some(found[0]), "{} is out of table order", i.id);
            last = Some(found[0]);
            // The area is printed above its first row, broken over lines.
            let flat: Vec<String> = texts.iter().map(|t| t.replace(['\n', '\t'], "")).collect();
            assert!(quoted(&flat, &i.area), "{}: area {}", i.id, i.area);
        }
    }
}

#[test]
fn every_quote_is_verbatim_in_the_plan_text() {
    let Some(texts) = plan_texts("every_quote_is_verbatim_in_the_plan_text") else {
        return;
    };
    for i in catalog::all() {
        for b in &i.baselines {
            assert!(quoted(&texts, &b.quote), "{} baseline: {}", i.id, b.quote);
        }
    }
    for t in catalog::tasks() {
        assert!(quoted(&texts, &t.quote), "{}: {}", t.id, t.quote);
        assert!(
            quoted(&texts, &t.section),
            "{}: section {}",
            t.id,
            t.section
        );
    }
    for d in catalog::disagreements() {
        for f in &d.figures {
            assert!(quoted(&texts, &f.quote), "{}: {}", d.topic, f.quote);
        }
    }
}

#[test]
fn every_indicator_binds_to_its_target() {
    let policy = plan_targets::Policy::default();
    for indicator in catalog::all() {
        let bound = plan_targets::bind(&indicator.target, &indicator.spec(), &policy);
        assert!(bound.is_ok(), "{}: {}", indicator.id, bound.unwrap_err());
    }
    for task in catalog::tasks() {
        let spec = plan_targets::IndicatorSpec {
            unit: task.unit,
            direction: task.target.stated_direction().or(Some(Direction::Higher)),
            ..Default::default()
        };
        let bound = plan_targets::bind(&task.target, &spec, &policy);
        assert!(bound.is_ok(), "{}: {}", task.id, bound.unwrap_err());
    }
}

#[test]
fn evaluation_baselines_are_same_relation_figures_only() {
    let with_baseline: Vec<&str> = catalog::all()
        .iter()
        .filter(|i| i.baseline_observation(2020).is_some())
        .map(|i| i.id.as_str())
        .collect();
    assert_eq!(
        with_baseline,
        [
            "W02", "W03", "W12", "W15", "W33", "W34", "C01", "C02", "C04", "C19", "C21", "C22"
        ]
    );
    assert_eq!(
        catalog::get("C19")
            .unwrap()
            .baseline_observation(2020)
            .unwrap()
            .to_string(),
        "90.02"
    );
}
