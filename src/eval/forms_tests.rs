//! The wider notation's forms at their boundaries: relative and annual change, milestones,
//! all-of, improve, stable, eliminate, rank, and the words around a form.

use rust_decimal::Decimal;

use super::*;
use crate::syntax::Unit;

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

fn series(s: &str) -> Series {
    Series::parse(s).unwrap().0
}

fn bound_in(target: &str, spec: &IndicatorSpec, policy: &Policy) -> BoundTarget {
    bind(&target.parse().unwrap(), spec, policy).unwrap()
}

fn assess_with(target: &str, spec: &IndicatorSpec, s: &str, as_of: Option<Year>) -> Assessment {
    let cx = Context {
        as_of,
        ..Context::default()
    };
    evaluate(&bound_in(target, spec, &Policy::default()), &series(s), &cx)
}

fn assess(target: &str, s: &str) -> Assessment {
    assess_with(target, &IndicatorSpec::default(), s, None)
}

fn status(target: &str, s: &str) -> Status {
    assess(target, s).status
}

fn status_as_of(target: &str, s: &str, t: Year) -> Status {
    assess_with(target, &IndicatorSpec::default(), s, Some(t)).status
}

fn spec(direction: Option<Direction>, unit: Option<Unit>) -> IndicatorSpec {
    IndicatorSpec {
        direction,
        unit,
        ..IndicatorSpec::default()
    }
}

fn bind_err(target: &str, spec: &IndicatorSpec) -> BindError {
    bind(&target.parse().unwrap(), spec, &Policy::default()).unwrap_err()
}

// --- relative change ---

#[test]
fn a_fraction_is_relative_and_inclusive() {
    // 30·(1 − 1/3) = 20.
    assert_eq!(status("下降1/3", "2020=30,2023=20"), Status::Met);
    assert_eq!(status("下降1/3", "2020=30,2023=20.01"), Status::NotMet);
    assert_eq!(status("减少三分之一", "2020=30,2023=19"), Status::Met);
    // 10·2/3 is not a terminating decimal: compared as 3·y_t ≤ 2·10.
    assert_eq!(status("下降1/3", "2020=10,2023=6.666"), Status::Met);
    assert_eq!(status("下降1/3", "2020=10,2023=6.667"), Status::NotMet);
    // `以上` after the amount changes nothing.
    assert_eq!(status("下降1/3以上", "2020=30,2023=20"), Status::Met);
    assert_eq!(status("下降1/3以上", "2020=30,2023=20.01"), Status::NotMet);
    let a = assess("下降1/3", "2020=30,2023=20");
    assert_eq!(
        a.evidence.threshold,
        Some(Threshold::Compare {
            op: CmpOp::Le,
            value: d("20")
        })
    );
    assert_eq!(
        a.explanation,
        "2023 value 20 meets ≤20, a fall of at least 1/3 from 30 in 2020"
    );
}

#[test]
fn a_percentage_of_a_percentage_is_relative_never_points() {
    let pct = spec(None, Some(Unit::Percent));
    // 下降3% on 50 %: 50·0.97 = 48.5, not 47.
    let s = |y: &str| assess_with("下降3%", &pct, &format!("2020=50,2023={y}"), None).status;
    assert_eq!(s("48.5"), Status::Met);
    assert_eq!(s("48.51"), Status::NotMet);
    // Percentage points are absolute: 60 + 5 = 65.
    let s = |y: &str| assess_with("提高5个百分点", &pct, &format!("2020=60,2023={y}"), None).status;
    assert_eq!(s("65"), Status::Met);
    assert_eq!(s("64.99"), Status::NotMet);
}

#[test]
fn about_means_at_least_most_of_the_amount() {
    // 左右: at least (1 − 0.05)·5 = 4.75 points.
    assert_eq!(
        status("提高5个百分点左右", "2020=60,2023=64.75"),
        Status::Met
    );
    assert_eq!(
        status("提高5个百分点左右", "2020=60,2023=64.74"),
        Status::NotMet
    );
    // 1/3 左右: 30·(1 − 0.95/3) = 20.5.
    assert_eq!(status("下降1/3左右", "2020=30,2023=20.5"), Status::Met);
    assert_eq!(status("下降1/3左右", "2020=30,2023=20.51"), Status::NotMet);
}

#[test]
fn the_baseline_year_comes_from_the_clause() {
    assert_eq!(status("较2015年下降30%", "2015=50,2023=35"), Status::Met);
    assert_eq!(
        status("较2015年下降30%", "2015=50,2023=35.01"),
        Status::NotMet
    );
    assert_eq!(
        status("在2015年基础上提高1岁", "2015=77,2023=78"),
        Status::Met
    );
    assert_eq!(
        status("在2015年基础上提高1岁", "2015=77,2023=77.9"),
        Status::NotMet
    );
    assert_eq!(
        status("以2010年为基数下降1/6", "2010=12,2023=10"),
        Status::Met
    );
    assert_eq!(
        status("以2010年为基数下降1/6", "2010=12,2023=10.1"),
        Status::NotMet
    );
    let a = assess("较2015年下降30%", "2015=50,2020=40,2023=35");
    assert_eq!(a.evidence.baseline.as_ref().map(|b| b.year), Some(2015));
    // 在现有基础上 is the plan's B.
    assert_eq!(
        status("在现有基础上提高5%", "2020=100,2023=105"),
        Status::Met
    );
}

#[test]
fn a_missing_baseline_is_never_borrowed() {
    // Nothing in 2020: 2019 is not used.
    assert_eq!(
        status("下降1/3", "2019=30,2023=20"),
        Status::InsufficientData
    );
    assert_eq!(
        assess("下降1/3", "2019=30,2023=20").explanation,
        "no baseline value for 2020"
    );
    assert_eq!(
        status("较2015年下降30%", "2016=50,2023=35"),
        Status::InsufficientData
    );
    // The catalogue's baseline is for B = 2020: it stands in for 2020, never for 2015.
    let base = Observation::Value(d("30"));
    let cx = Context {
        given_baseline: Some(&base),
        ..Context::default()
    };
    let b = bound_in("下降1/3", &IndicatorSpec::default(), &Policy::default());
    assert_eq!(evaluate(&b, &series("2023=20"), &cx).status, Status::Met);
    let b = bound_in(
        "较2015年下降1/3",
        &IndicatorSpec::default(),
        &Policy::default(),
    );
    assert_eq!(
        evaluate(&b, &series("2023=20"), &cx).status,
        Status::InsufficientData
    );
    // Nothing after the baseline year.
    assert_eq!(status("下降1/3", "2020=30"), Status::InsufficientData);
}

#[test]
fn doublings_multiply() {
    assert_eq!(status("比2020年翻一番", "2020=5,2025=10"), Status::Met);
    assert_eq!(status("比2020年翻一番", "2020=5,2025=9.99"), Status::NotMet);
    assert_eq!(status("翻两番", "2020=5,2025=20"), Status::Met);
    assert_eq!(status("翻两番", "2020=5,2025=19.99"), Status::NotMet);
    assert_eq!(
        assess("比2020年翻一番", "2020=5,2025=10").explanation,
        "2025 value 10 meets ≥10, a rise to double from 5 in 2020"
    );
}

#[test]
fn cumulative_is_the_same_rule() {
    assert_eq!(status("累计降低17%", "2020=100,2023=83"), Status::Met);
    assert_eq!(status("累计降低17%", "2020=100,2023=83.01"), Status::NotMet);
}

#[test]
fn a_bound_baseline_is_decided_only_when_every_value_agrees() {
    // 3·20 ≤ 2·y_b needs y_b ≥ 30: `≥30` decides it, `≤30` does not.
    assert_eq!(status("下降1/3", "2020=≥30,2023=20"), Status::Met);
    assert_eq!(
        status("下降1/3", "2020=≤30,2023=20"),
        Status::InsufficientData
    );
    assert_eq!(status("下降1/3", "2020=≤29,2023=20"), Status::NotMet);
    let a = assess("下降1/3", "2020=≥30,2023=20");
    assert_eq!(a.evidence.threshold, None);
    assert_eq!(
        a.explanation,
        "2023 value 20 shows a fall of at least 1/3 from ≥30 in 2020"
    );
}

#[test]
fn the_previous_term_is_the_latest_observation_before_t() {
    assert_eq!(status("较上届有所提高", "2018=30,2023=31"), Status::Met);
    assert_eq!(status("较上届有所提高", "2018=30,2023=30"), Status::NotMet);
    // The 2020 term is the previous one in 2023, the 2018 one in 2020.
    assert_eq!(
        status("较上届有所提高", "2018=30,2020=32,2023=31"),
        Status::NotMet
    );
    assert_eq!(
        status_as_of("较上届有所提高", "2018=30,2020=32,2023=31", 2020),
        Status::Met
    );
    assert_eq!(
        status("较上届有所提高", "2023=31"),
        Status::InsufficientData
    );
    assert_eq!(
        assess("较上届有所提高", "2023=31").explanation,
        "no observation before 2023 to compare with"
    );
}

#[test]
fn a_written_baseline_is_evidence_only() {
    // 从目前的29.3降至25左右: 25 ± 1.25 decides; 29.3 is kept.
    let a = assess("从目前的29.3降至25左右", "2023=26.25");
    assert_eq!(a.status, Status::Met);
    assert_eq!(a.evidence.stated_baseline, Some(d("29.3")));
    assert_eq!(
        status("从目前的29.3降至25左右", "2023=26.26"),
        Status::NotMet
    );
}

#[test]
fn change_units_must_fit_the_indicator() {
    let pct = spec(None, Some(Unit::Percent));
    assert!(matches!(
        bind_err("在2015年基础上提高1岁", &pct).kind(),
        BindErrorKind::UnitMismatch { .. }
    ));
    let per_mille = spec(None, Some(Unit::PerMille));
    assert_eq!(
        bind_err("提高5个百分点", &per_mille).to_string(),
        "ad-hoc target: `提高5个百分点` changes by percentage points but the indicator is in ‰"
    );
    // A scale is not a mismatch: 1万人 on an indicator counted in 人 is 10000.
    let persons = spec(None, Some(Unit::Person));
    let s = |y: &str| assess_with("增加1万人", &persons, &format!("2020=50000,2023={y}"), None);
    assert_eq!(s("60000").status, Status::Met);
    assert_eq!(s("59999").status, Status::NotMet);
}

// --- annual change ---

#[test]
fn points_per_year_accumulate() {
    // 30 − 0.5·3 = 28.5 by 2023.
    assert_eq!(
        status("每年降低0.5个百分点以上", "2020=30,2023=28.5"),
        Status::Met
    );
    assert_eq!(
        status("每年降低0.5个百分点以上", "2020=30,2023=28.51"),
        Status::NotMet
    );
    // A range of paces is met at its smaller figure: 30 − 0.5·2 = 29.
    assert_eq!(
        status("每年降低0.5到1个百分点", "2020=30,2022=29"),
        Status::Met
    );
    assert_eq!(
        status("每年降低0.5到1个百分点", "2020=30,2022=29.01"),
        Status::NotMet
    );
    assert_eq!(
        assess("每年降低0.5个百分点以上", "2020=30,2023=28.5").explanation,
        "2023 value 28.5 meets ≤28.5, a fall of at least 0.5 a year from 30 in 2020"
    );
}

#[test]
fn percent_per_year_compounds() {
    // 100·1.07² = 114.49.
    assert_eq!(
        status("年均增长7%以上", "2020=100,2022=114.49"),
        Status::Met
    );
    assert_eq!(
        status("年均增长7%以上", "2020=100,2022=114.48"),
        Status::NotMet
    );
    // 100·0.98² = 96.04.
    assert_eq!(status("年均下降2%", "2020=100,2022=96.04"), Status::Met);
    assert_eq!(status("年均下降2%", "2020=100,2022=96.05"), Status::NotMet);
    // Nothing after the baseline: undecided, not "no change needed".
    assert_eq!(status("年均增长7%", "2020=100"), Status::InsufficientData);
    assert_eq!(status("年均增长7%", "2021=107"), Status::InsufficientData);
}

// --- milestones ---

const MILESTONES: &str = "到2025年控制在10.5/10万以下，到2030年下降到10/10万以下";

#[test]
fn the_milestone_due_decides() {
    // t = 2024: the 2025 milestone (≤10.5).
    assert_eq!(status(MILESTONES, "2020=12,2024=10.5"), Status::Met);
    assert_eq!(status(MILESTONES, "2020=12,2024=10.6"), Status::NotMet);
    // t = 2025 is still the 2025 milestone; 2026 the 2030 one (≤10).
    assert_eq!(status(MILESTONES, "2020=12,2025=10.5"), Status::Met);
    assert_eq!(status(MILESTONES, "2020=12,2026=10.5"), Status::NotMet);
    assert_eq!(status(MILESTONES, "2020=12,2026=10"), Status::Met);
    // After the last, the last.
    assert_eq!(status(MILESTONES, "2020=12,2032=10"), Status::Met);
    assert_eq!(status(MILESTONES, "2020=12,2032=10.1"), Status::NotMet);
    // t given: the milestone of t, with the latest value up to t.
    assert_eq!(
        status_as_of(MILESTONES, "2020=12,2024=10.4", 2027),
        Status::NotMet
    );
    let a = assess(MILESTONES, "2020=12,2024=10.5");
    assert_eq!(a.evidence.due, Some(2025));
    assert_eq!(a.evidence.parts.len(), 1);
    assert_eq!(
        a.explanation,
        "the 2025 milestone: 2024 value 10.5 meets ≤10.5"
    );
}

#[test]
fn a_milestone_not_met_in_its_year_is_missed() {
    // As of 2025 the latest value is 2020's 12 (> 10.5): missed, even though 9.8 in 2026 meets
    // the 2030 milestone.
    let a = assess(MILESTONES, "2020=12,2026=9.8");
    assert_eq!(a.status, Status::Met);
    assert_eq!(a.evidence.missed, Some(2025));
    assert_eq!(
        a.explanation,
        "the 2030 milestone: 2026 value 9.8 meets ≤10; the 2025 milestone was missed"
    );
    assert_eq!(
        assess(MILESTONES, "2020=12,2025=10.5,2026=10.2")
            .evidence
            .missed,
        None
    );
    // Not yet due: nothing missed.
    assert_eq!(assess(MILESTONES, "2020=12,2024=11").evidence.missed, None);
    // Due this year and not met: missed.
    assert_eq!(
        assess(MILESTONES, "2020=12,2025=11").evidence.missed,
        Some(2025)
    );
}

#[test]
fn a_due_year_is_a_milestone_of_one() {
    let b = bound_in(
        "到2025年达到90%以上",
        &IndicatorSpec::default(),
        &Policy::default(),
    );
    assert_eq!(b.milestones().map(|(y, _)| y).collect::<Vec<_>>(), [2025]);
    assert_eq!(b.target().to_string(), "到2025年≥90%");
    let a = evaluate(&b, &series("2020=80,2026=91"), &Context::default());
    assert_eq!(a.status, Status::Met);
    assert_eq!(a.evidence.missed, Some(2025));
}

// --- all of ---

const BOTH: &str = "有1名以上女干部，并逐步增加";

#[test]
fn all_of_is_its_worst_part() {
    assert_eq!(status(BOTH, "2020=1,2021=2,2022=3"), Status::Met);
    assert_eq!(status(BOTH, "2020=1,2021=1,2022=0"), Status::NotMet);
    // The count holds but the rise cannot be judged from one year.
    assert_eq!(status(BOTH, "2020=1"), Status::InsufficientData);
    // Met count, falling trend.
    assert_eq!(status(BOTH, "2020=1,2021=3,2022=2"), Status::Met);
    assert_eq!(status(BOTH, "2020=2,2021=3,2022=1"), Status::NotMet);
    let a = assess(BOTH, "2020=1,2021=1,2022=0");
    assert_eq!(a.evidence.parts.len(), 2);
    assert_eq!(a.explanation, "part 1 of 2: 2022 value 0 does not meet ≥1");
}

#[test]
fn needs_judgement_only_when_nothing_is_missing() {
    assert_eq!(
        status("≥1，并保持合理比例", "2020=1"),
        Status::NeedsJudgement
    );
    assert_eq!(status("≥1，并保持合理比例", "2020=0"), Status::NotMet);
}

// --- improve, stable, eliminate, rank ---

#[test]
fn improve_moves_the_good_way() {
    let lower = spec(Some(Direction::Lower), None);
    let higher = spec(Some(Direction::Higher), None);
    let s = |sp: &IndicatorSpec, y: &str| {
        assess_with("得到有效改善", sp, &format!("2020=10,2023={y}"), None).status
    };
    assert_eq!(s(&lower, "9.99"), Status::Met);
    assert_eq!(s(&lower, "10"), Status::NotMet);
    assert_eq!(s(&higher, "10.01"), Status::Met);
    assert_eq!(s(&higher, "10"), Status::NotMet);
    assert!(matches!(
        bind_err("改善", &IndicatorSpec::default()).kind(),
        BindErrorKind::NoDirection { .. }
    ));
    assert!(matches!(
        bind_err("好转", &spec(Some(Direction::Band), None)).kind(),
        BindErrorKind::NoDirection { .. }
    ));
}

#[test]
fn stable_stays_within_five_percent_of_the_baseline() {
    // 100 ± 5, every observation 2020..t.
    assert_eq!(status("保持稳定", "2020=100,2021=105,2023=95"), Status::Met);
    assert_eq!(
        status("保持稳定", "2020=100,2021=105.01,2023=100"),
        Status::NotMet
    );
    assert_eq!(
        status("保持基本稳定", "2019=100,2023=100"),
        Status::InsufficientData
    );
    assert_eq!(status("保持稳定", "2020=100"), Status::InsufficientData);
    assert_eq!(
        status("保持稳定", "2020=≤100,2023=100"),
        Status::InsufficientData
    );
    // A negative baseline: |δ·y_B|.
    assert_eq!(status("保持稳定", "2020=-100,2023=-95"), Status::Met);
    let policy = Policy {
        stable_tolerance: d("0.1"),
        ..Policy::default()
    };
    let b = bound_in("保持稳定", &IndicatorSpec::default(), &policy);
    let a = evaluate(&b, &series("2020=100,2023=110"), &Context::default());
    assert_eq!(a.status, Status::Met);
}

#[test]
fn eliminate_attains_zero_and_basically_needs_a_ceiling() {
    assert_eq!(status("消除贫困", "2023=0"), Status::Met);
    assert_eq!(status("消除贫困", "2023=0.01"), Status::NotMet);
    assert_eq!(
        status("基本消除艾滋病", "2023=0.01"),
        Status::NeedsJudgement
    );
    let policy = Policy {
        elimination_ceiling: Some(d("0.1")),
        ..Policy::default()
    };
    let b = bound_in("基本消除艾滋病", &IndicatorSpec::default(), &policy);
    let s = |y: &str| evaluate(&b, &series(y), &Context::default()).status;
    assert_eq!(s("2023=0.1"), Status::Met);
    assert_eq!(s("2023=0.11"), Status::NotMet);
}

#[test]
fn rank_lower_is_better() {
    assert_eq!(status("进入前15位", "2023=15"), Status::Met);
    assert_eq!(status("进入前15位", "2023=16"), Status::NotMet);
    assert_eq!(status("达到世界第二", "2023=1"), Status::Met);
    assert_eq!(status("达到世界第二", "2023=2"), Status::Met);
    assert_eq!(status("达到世界第二", "2023=3"), Status::NotMet);
}

#[test]
fn words_around_a_form_change_nothing() {
    let a = assess("力争达到90%以上", "2023=90");
    assert_eq!(a.status, Status::Met);
    assert_eq!(a.evidence.kind, Kind::Comparison);
    let b = bound_in(
        "力争达到90%以上",
        &IndicatorSpec::default(),
        &Policy::default(),
    );
    assert_eq!(b.target().to_string(), "力争≥90%");
    assert_eq!(status("力争达到90%以上", "2023=89.9"), Status::NotMet);
}

#[test]
fn a_scale_is_no_unit_mismatch() {
    // 1.2亿人 on an indicator counted in 万人 is 12000 (万人).
    let wan = spec(None, Unit::from_label("万人"));
    let s = |y: &str| assess_with("达到1.2亿人以上", &wan, &format!("2023={y}"), None).status;
    assert_eq!(s("12000"), Status::Met);
    assert_eq!(s("11999.9"), Status::NotMet);
    // A different base still is: 人 is not 元.
    assert!(matches!(
        bind_err("达到1.2亿元以上", &wan).kind(),
        BindErrorKind::UnitMismatch { .. }
    ));
}
