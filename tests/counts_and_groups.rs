//! Counts, groups and totals (docs/semantics.md, "Counts, groups and totals"): `分别` before a
//! single target, leads that name several groups, cumulative totals, adverbs before a keep
//! verb, what a count counts after its classifier, and the pace of an annual change named as a
//! noun. Each rule with the reading it gives and the near miss that stays an error.

use plan_targets::syntax::{AmountBound, EachWord, PerYear};
use plan_targets::{CmpOp, Direction, Kind, Target, Unit};
use proptest::prelude::*;

use crate::words::{is_error, parse, reads};

/// The wrapper of `target`, which these readings always have.
fn qualified(target: &Target) -> &plan_targets::syntax::Qualified {
    match target {
        Target::Qualified(q) => q,
        other => panic!("expected words around the form: {other:?}"),
    }
}

#[test]
fn fenbie_before_one_target_is_each() {
    // One value for each of the indicators named before it: `分别` says what `均` says.
    let t = reads("分别达到100%", Kind::Attain, "分别100%");
    assert_eq!(
        qualified(&t).each.as_ref().map(|e| e.word),
        Some(EachWord::Fenbie)
    );
    let t = reads(
        "城市、农村分别达到90%",
        Kind::Attain,
        "城市、农村分别达到90%",
    );
    let q = qualified(&t);
    assert_eq!(q.lead.as_ref().map(|w| w.text.as_str()), Some("城市、农村"));
    assert_eq!(q.each.as_ref().map(|e| e.word), Some(EachWord::Fenbie));
    let t = reads("分别占总数80%以上", Kind::Comparison, "占总数分别≥80%");
    assert!(matches!(qualified(&t).target.as_ref(), Target::Comparison(c) if c.op == CmpOp::Ge));
    // Before several values it is still the list.
    reads(
        "分别达到80%和90%",
        Kind::Respectively,
        "分别达到80%和达到90%",
    );
    // A list that lacks an item keeps the list's error; `分别` alone before words is no goal.
    assert!(is_error("分别2%和"));
    assert!(is_error("分别达到80%、"));
    assert!(is_error("分别为"));
}

#[test]
fn each_before_an_action_after_a_bound_word_is_the_each_word() {
    // `各` first is the each word, and `有` alone after it adds nothing.
    let t = reads("至少各有1名女性成员", Kind::Comparison, "各≥1名女性成员");
    assert_eq!(
        qualified(&t).each.as_ref().map(|e| e.word),
        Some(EachWord::Ge)
    );
    assert!(qualified(&t).lead.is_none());
    reads("至少各配备1名", Kind::Comparison, "配备各≥1名");
    // A lead before it would print with `各` after the joined lead, which may read otherwise:
    // an error rather than a reading that does not come back.
    assert!(is_error("每村至少各配备1名"));
    reads("确保至少各有1名", Kind::Comparison, "确保各≥1名");
}

#[test]
fn a_lead_may_name_several_groups() {
    let t = reads("市、县两级均有1所", Kind::Attain, "市、县两级均达到1所");
    let q = qualified(&t);
    assert_eq!(q.lead.as_ref().map(|w| w.text.as_str()), Some("市、县两级"));
    assert_eq!(q.each.as_ref().map(|e| e.word), Some(EachWord::Jun));
    // Clauses joined by `、` that each compare are still clauses, not one lead.
    reads(
        "学历高于上届、年龄低于上届",
        Kind::AllOf,
        "学历高于上届，年龄低于上届",
    );
}

#[test]
fn a_cumulative_total_is_bounded_or_reached() {
    let t = reads("累计超过100万人", Kind::Comparison, "累计>100万人");
    assert_eq!(
        qualified(&t).lead.as_ref().map(|w| w.text.as_str()),
        Some("累计")
    );
    reads("累计达到1万人", Kind::Attain, "累计达到1万人");
    reads("累计不少于5000人", Kind::Comparison, "累计≥5000人");
    reads(
        "返乡入乡创业人员累计超过100万人",
        Kind::Comparison,
        "返乡入乡创业人员累计>100万人",
    );
    // With a verb of change it is a relative change, cumulative.
    let t = reads("累计降低17%", Kind::RelativeChange, "累计下降17%");
    assert!(matches!(t, Target::RelativeChange(ref r) if r.cumulative));
}

#[test]
fn adverbs_before_a_keep_verb_say_nothing() {
    for (text, canonical) in [
        ("继续保持在90%以上", "保持在≥90%"),
        ("持续保持90%以上", "保持在≥90%"),
        ("继续保持500亿斤以上", "保持在≥500亿斤"),
    ] {
        reads(text, Kind::Keep, canonical);
    }
    reads(
        "继续达到并保持在90%以上",
        Kind::ReachAndKeep,
        "达到并保持在≥90%",
    );
    // `保持在40%左右` is approximately, with or without the adverb.
    reads("进一步保持在90%左右", Kind::Approximately, "90%左右");
}

#[test]
fn a_count_names_what_it_counts_after_its_classifier() {
    let t = reads(
        "建成2个省级临床重点专科",
        Kind::Attain,
        "建成达到2个省级临床重点专科",
    );
    let q = qualified(&t);
    assert_eq!(q.lead.as_ref().map(|w| w.text.as_str()), Some("建成"));
    assert_eq!(
        q.object.as_ref().map(|w| w.text.as_str()),
        Some("省级临床重点专科")
    );
    assert!(matches!(q.target.as_ref(), Target::Attain(a) if a.value.unit == Some(Unit::Piece)));
    let t = reads(
        "至少建成1个儿童友好示范社区",
        Kind::Comparison,
        "建成1个以上儿童友好示范社区",
    );
    assert_eq!(
        qualified(&t).object.as_ref().map(|w| w.text.as_str()),
        Some("儿童友好示范社区")
    );
    // Words short enough to be a measure word stay the unit.
    let t = parse("建设3个示范区");
    assert!(qualified(&t).object.is_none(), "{t:?}");
    // A bound word after the words, and `之一`, make no object.
    assert!(is_error("2个省级临床重点专科以上"));
    assert!(is_error("全国100个儿童友好城市建设试点之一"));
    // After `成为` (become) the whole is a goal in words, the count part of the group's name.
    assert_eq!(
        parse("成为全国100个儿童友好城市建设试点之一").kind(),
        Kind::Qualitative
    );
    // Nor does a connective after a share: `2%和` lacks its second item.
    assert!(is_error("2%和"));
}

#[test]
fn what_a_count_counts_may_open_with_a_quote_or_a_figure_of_its_name() {
    // A name in quotes right after the classifier.
    let t = reads("建设18个“青翼家园”", Kind::Attain, "建设达到18个“青翼家园”");
    assert_eq!(
        qualified(&t).object.as_ref().map(|w| w.text.as_str()),
        Some("“青翼家园”")
    );
    reads(
        "新增400家“爱心妈咪小屋”",
        Kind::RelativeChange,
        "提高400家“爱心妈咪小屋”",
    );
    // A figure that is part of a name: a Latin letter after it, or a time, an age or a school
    // year before more words.
    reads("建成4万个5G基站", Kind::Attain, "建成达到4万个5G基站");
    for text in [
        "为1000个0-3岁儿童家庭提供育儿指导服务",
        "为100名55周岁以上贫困女性白内障患者进行免费治疗",
        "为1.6万名常州籍2023级初一女生免费接种HPV疫苗",
    ] {
        let t = parse(text);
        assert_eq!(t.kind(), Kind::Attain, "{text}: {t}");
        let again: Target = t.to_string().parse().expect("reads back");
        assert_eq!(again.without_spans(), t.without_spans(), "{text}");
    }
    // The count is the first figure: 1000, not 3.
    match parse("为1000个0-3岁儿童家庭提供育儿指导服务").form() {
        Target::Attain(a) => assert_eq!(a.value.value, 1000.into()),
        other => panic!("{other:?}"),
    }
    // Near misses: a figure with a bound or nothing after it is the target.
    reads("60岁以上", Kind::Comparison, "≥60岁");
    reads("1小时以内", Kind::Comparison, "≤1小时");
    reads("达到3级以上", Kind::Comparison, "≥3级");
    assert!(is_error("建成10个15分钟"));
}

#[test]
fn what_is_added_may_be_named_before_the_amount() {
    // `新增` + the name of what is added + the amount: a relative change led by the name, as
    // `新增1.5万个` is (the amount in the indicator's unit, absolute).
    for (text, canonical) in [
        ("新增公办幼儿园学位1.5万个", "公办幼儿园学位提高1.5万个"),
        (
            "新增城市(县城)公共停车位2500个",
            "城市(县城)公共停车位提高2500个",
        ),
        ("新增“户外职工爱心驿家”50家", "“户外职工爱心驿家”提高50家"),
        ("新增森林面积29万公顷", "森林面积提高29万公顷"),
        (
            "新增小巷公交等微循环线路10条以上",
            "小巷公交等微循环线路提高10条以上",
        ),
    ] {
        let t = reads(text, Kind::RelativeChange, canonical);
        assert!(qualified(&t).lead.is_some(), "{text}");
    }
    // 2500 added to a baseline of 10000 places.
    assert_eq!(
        crate::words::status("新增城市公共停车位2500个", "2020=10000,2024=12500"),
        plan_targets::Status::Met
    );
    assert_eq!(
        crate::words::status("新增城市公共停车位2500个", "2020=10000,2024=12499"),
        plan_targets::Status::NotMet
    );
    // Not: `新增就业` names a flow (the new jobs of a year), an action that adds stays an
    // addition, and words of the notation inside make no name.
    reads("新增就业2万人", Kind::Attain, "新增就业达到2万人");
    reads("新增配置2处", Kind::RelativeChange, "新增配置提高2处");
    assert!(is_error("新增和改善用水3700万人以上"));
    assert!(is_error("新增及优化调整公交线路60条以上"));
    // A name that would read back split (`供应` as `供` and the intent `应`) is not taken.
    assert_ne!(parse("新增供应100万套左右").kind(), Kind::RelativeChange);
}

#[test]
fn the_pace_of_an_annual_change_may_be_a_noun() {
    let t = reads(
        "年均增长率控制在5%以内",
        Kind::AnnualChange,
        "年均提高5%以内",
    );
    let Target::AnnualChange(a) = &t else {
        panic!("{t:?}")
    };
    assert_eq!((a.per, a.direction), (PerYear::Average, Direction::Higher));
    assert_eq!(a.amount.bound, Some(AmountBound::AtMost));
    reads("年均增速保持在7%以上", Kind::AnnualChange, "年均提高7%以上");
    reads("年均增长率为6%左右", Kind::AnnualChange, "年均提高6%左右");
    // `每年增幅` is the pace, not a period before a change.
    reads("每年增幅达到10%", Kind::AnnualChange, "每年提高10%");
    // The noun alone names an indicator, not a target; neither is a baseline with a phrase no
    // form reads against a baseline a goal in free words (`比上年基本持平` is a stable level,
    // tests/levels_classes_lists.rs).
    assert!(is_error("年均增速"));
    assert!(is_error("比上年趋于平衡"));
}

proptest! {
    /// What a count counts: any count, classifier and words too long to be a measure word read
    /// as a count with that object, and print back to the same tree. After `新建` (an
    /// addition) the count is the amount added, a relative change with that object.
    /// The words may open with a name in quotes (`“职工学堂”`) or with a figure that is part of
    /// a name (`5G`, `0-3岁`, `60岁以上`, `2023级`).
    #[test]
    fn counted_objects_round_trip(
        n in 1u32..10_000,
        classifier in prop::sample::select(vec!["个", "所", "家", "项", "名", "张"]),
        words in "[儿童妇女健康服务示范基地中心学校]{6,10}",
        opening in prop::sample::select(vec![
            "", "“", "5G", "0-3岁", "35—64周岁的", "60岁以上", "2023级", "15分钟",
        ]),
        verb in prop::sample::select(vec!["建成", "新建", "培育", "创建"]),
    ) {
        let object = if opening == "“" {
            format!("“{words}”")
        } else {
            format!("{opening}{words}")
        };
        let text = format!("{verb}{n}{classifier}{object}");
        let t: Target = text.parse().map_err(|e| TestCaseError::fail(format!("{text}: {e}")))?;
        let kind = if verb == "新建" { Kind::RelativeChange } else { Kind::Attain };
        prop_assert_eq!(t.kind(), kind);
        let q = qualified(&t);
        prop_assert_eq!(q.object.as_ref().map(|w| w.text.as_str()), Some(object.as_str()));
        let again: Target = t.to_string().parse().map_err(|e| TestCaseError::fail(format!("{t}: {e}")))?;
        prop_assert_eq!(again.without_spans(), t.without_spans());
    }
}

#[test]
fn a_time_and_the_arrival_done_in_it() {
    // `通达`, `送达`, `可达`: verbs of arrival after a time are part of its measure, not the verb
    // `达` before a value.
    reads("2小时通达", Kind::Attain, "2小时通达");
    reads("1天送达", Kind::Attain, "1天送达");
    reads("3小时可达", Kind::Attain, "3小时可达");
    reads("1—2小时通达", Kind::Range, "1—2小时通达");
    reads("2小时通达以上", Kind::Comparison, "≥2小时通达");
    // A name that holds such a time stays words of the name.
    reads("建成1小时通达圈", Kind::Attain, "建成达到1小时通达圈");
    // `高达` is a verb of attainment, as high as.
    reads("高达30%", Kind::Attain, "30%");
    let Target::Attain(attain) = parse("2小时通达") else {
        panic!("2小时通达 should be an attain target");
    };
    assert_eq!(
        attain.value.unit.as_ref().map(|u| u.to_string()),
        Some("小时通达".to_string())
    );
    // `达` alone, after other words, is still the verb before a value.
    reads("总量达30万吨", Kind::Attain, "总量达到30万吨");
}

#[test]
fn a_written_value_before_a_list_is_every_items_base() {
    // `由目前的X分别…`: one written value, changed to one value per indicator.
    reads(
        "由目前的8835万人分别提高到1亿人和1.1亿人",
        Kind::Respectively,
        "从8835万人分别提高到1亿人和1.1亿人",
    );
    reads(
        "由目前的27.7%分别降至25%和20%",
        Kind::Respectively,
        "从27.7%分别降至25%和20%",
    );
    reads(
        "从27.7%分别降至25%以下和20%以下",
        Kind::Respectively,
        "从27.7%分别降至≤25%和≤20%",
    );
    // or changed by one amount each: the measure word of the value stops at `分别`.
    reads(
        "由目前的10.5克分别下降10%和15%",
        Kind::Respectively,
        "分别从10.5克下降10%和15%",
    );
    let Target::Respectively(list) = parse("由目前的50%分别提升至60%和70%") else {
        panic!("a list of changes to values");
    };
    for item in &list.items {
        let Target::RelativeChange(change) = item else {
            panic!("{item:?} should be a change to a value");
        };
        assert_eq!(change.direction, Direction::Higher);
        assert!(change.baseline.is_some());
    }
    // A neutral verb with values on both sides of the base says no one direction.
    assert!(is_error("从50%分别达到60%和40%"));
}
