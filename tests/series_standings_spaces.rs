//! Comparisons with a series, standings, spans of years and stray spaces (docs/semantics.md,
//! "Dated values, paces and counts"): `相匹配` and `X和Y同步` are in keeping with a series; a
//! pace compared with a series is a reference; `N强` is a rank among the first N and
//! `全国领先` a standing; a span of years is due at its end; spaces between two Chinese
//! characters are stray. Each rule with its reading and its near misses.

use plan_targets::eval::Status;
use plan_targets::{Kind, Target};

use crate::words::{is_error, parse, reads, status};

#[test]
fn matched_to_and_in_step_with_a_series_are_commensurate() {
    reads("与经济增长相匹配", Kind::Commensurate, "与经济增长相适应");
    reads("与经济发展相协调", Kind::Commensurate, "与经济发展相适应");
    // The subject first and `和` for `与`.
    reads(
        "劳动报酬增长和劳动生产率提高同步",
        Kind::Commensurate,
        "劳动报酬增长与劳动生产率提高相适应",
    );
    // After an action the action is the lead; `保持` adds nothing.
    reads(
        "努力实现城乡居民收入增长和经济发展同步",
        Kind::Commensurate,
        "实现城乡居民收入增长努力与经济发展相适应",
    );
    reads(
        "力争保持与经济增长基本同步",
        Kind::Commensurate,
        "力争与经济增长基本相适应",
    );
    // A phrase of change followed by other words is still a phrase with its object.
    assert_eq!(parse("逐步提高城乡居民收入").kind(), Kind::RiseGradually);
}

#[test]
fn a_pace_or_a_subject_compared_with_a_series_is_a_reference() {
    reads("增速快于经济增速", Kind::Reference, "增速高于经济增速");
    reads("收入慢于经济增速", Kind::Reference, "收入低于经济增速");
    reads(
        "年均增速高于全省平均水平",
        Kind::Reference,
        "年均增速高于全省平均水平",
    );
}

#[test]
fn the_first_n_strongest_are_a_rank_and_a_whole_leading_a_standing() {
    for (text, canonical, n) in [
        (
            "进入全省县域经济社会高质量发展十强",
            "进入全省县域经济社会高质量发展前10位",
            10,
        ),
        ("力争进入长三角县域前20强", "力争进入长三角县域前20位", 20),
        ("进入世界百强", "进入世界前100位", 100),
    ] {
        let t = reads(text, Kind::Rank, canonical);
        match t.form() {
            Target::Rank(r) => {
                assert_eq!(r.position, n, "{text}");
                assert!(r.within, "{text}");
            }
            other => panic!("{other:?}"),
        }
    }
    // Among the first ten: 10th meets, 11th does not.
    assert_eq!(status("进入世界十强", "2020=15,2025=10"), Status::Met);
    assert_eq!(status("进入世界十强", "2020=15,2025=11"), Status::NotMet);
    // No verb, no numeral or zero: no rank.
    for text in ["进入强", "进入前0强"] {
        assert_ne!(parse(text).kind(), Kind::Rank, "{text}");
    }
    assert!(is_error("十强"));
    // A standing of a whole, its verb unwritten or `实现`: a goal in words (no number to rank
    // against), kept as written.
    reads("全国领先", Kind::Qualitative, "全国领先");
    reads("将实现全国领先", Kind::Qualitative, "将实现全国领先");
    reads("国内一流", Kind::Qualitative, "国内一流");
}

#[test]
fn a_neutral_verb_before_a_fenbie_list_adds_nothing() {
    let t = reads(
        "力争实现分别达到650亿元以上、8万元以上",
        Kind::Respectively,
        "力争分别≥650亿元和≥8万元",
    );
    match t.form() {
        Target::Respectively(r) => assert_eq!(r.items.len(), 2),
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_span_of_years_is_due_at_its_end() {
    let t = reads(
        "2021至2023年,年均增速11.3%",
        Kind::AnnualChange,
        "到2023年年均提高11.3%",
    );
    let Target::Qualified(q) = &t else {
        panic!("{t:?}")
    };
    assert_eq!(q.due.as_ref().map(|d| d.year), Some(2023));
    reads(
        "2021到2025年期间,新增100所",
        Kind::RelativeChange,
        "到2025年提高100所",
    );
    // The later year first is no span.
    assert!(is_error("2025至2021年,年均增速11.3%"));
    // A pace named as a noun after a bare year: that year's change.
    reads("2022年增速实现10%", Kind::RelativeChange, "到2022年提高10%");
    let t = reads(
        "2021年增速15%,2022年增速10%",
        Kind::Milestones,
        "到2021年提高15%；到2022年提高10%",
    );
    assert!(matches!(t, Target::Milestones(_)));
}

#[test]
fn words_of_doubling_growth_again_and_becoming() {
    reads(
        "在2020年的基础上实现翻一番",
        Kind::RelativeChange,
        "比2020年翻一番",
    );
    reads("恢复增长", Kind::Rise, "恢复增长");
    assert_eq!(
        parse("成为河西走廊城市群重要增长极").kind(),
        Kind::Qualitative
    );
}

#[test]
fn spaces_between_two_chinese_characters_are_stray() {
    let t = reads(
        "上升趋势得到有效控 制",
        Kind::UnderControl,
        "上升趋势得到有效控制",
    );
    // Spans still point into the text as written (the space counted).
    assert_eq!(t.span().end, "上升趋势得到有效控 制".len());
    reads("增长速度 明显放缓", Kind::FallMarkedly, "增长速度明显放缓");
    reads("逐步　提高", Kind::RiseGradually, "逐步提高");
    // Spaces beside a number were already read; an error's span points into the original.
    reads("控制在 12%以下", Kind::Comparison, "≤12%");
    let e = "逐步 提搞 x".parse::<Target>().expect_err("a misspelling");
    assert!(e.span().end <= "逐步 提搞 x".len());
}

#[test]
fn a_level_set_abroad_is_a_reference_and_a_domestic_one_a_standing() {
    for text in ["达到国际先进水平", "达到世界领先水平"] {
        assert_eq!(parse(text).kind(), Kind::Reference, "{text}");
    }
    reads(
        "达到或接近世界先进水平",
        Kind::Reference,
        "接近世界先进水平",
    );
    // A domestic level is a standing: no number, a goal in words.
    assert_eq!(parse("达到全国先进水平").kind(), Kind::Qualitative);
    assert_eq!(parse("进入世界前列").kind(), Kind::Qualitative);
}

#[test]
fn words_that_look_like_notation_inside_goals_in_words() {
    // `突破` at the end is a breakthrough; any other bound word there lost its value.
    for text in [
        "取得重大突破",
        "取得较大突破",
        "绿色低碳技术取得关键突破,绿色生活方式成为公众自觉选择",
    ] {
        assert_eq!(parse(text).kind(), Kind::Qualitative, "{text}");
    }
    assert!(is_error("收入高于"));
    // `同步`, `相适应` before more words say with whom or in step with what a goal is reached.
    for text in ["确保同步全面建成小康社会", "与全国同步全面建成小康社会"]
    {
        assert_eq!(parse(text).kind(), Kind::Qualitative, "{text}");
    }
    // At the end they close a comparison with a series, which a name alone lacks.
    assert!(is_error("与女职工比例"));
    assert_eq!(parse("收入与经济增长同步").kind(), Kind::Commensurate);
    // Bounds set elsewhere may name several levels.
    assert_eq!(
        parse("控制在省、市下达的目标以内").kind(),
        Kind::Qualitative
    );
}

#[test]
fn reaching_a_level_or_above_and_adverbs_before_a_series() {
    reads("达到全国平均水平以上", Kind::Reference, "达到全国平均水平");
    reads(
        "明显高于财政经常性收入的增幅",
        Kind::Reference,
        "高于财政经常性收入的增幅",
    );
    reads("总体高于全国平均水平", Kind::Reference, "高于全国平均水平");
}
