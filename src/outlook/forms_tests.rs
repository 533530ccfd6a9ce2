//! The outlook of the wider notation's forms, with worked numbers.

use super::*;
use crate::Direction;
use crate::eval::{Context, IndicatorSpec, bind, evaluate_in};
use crate::series::Series;

fn outlook_with(target: &str, spec: &IndicatorSpec, s: &str) -> OutlookResult {
    let policy = Policy::default();
    let bound = bind(&target.parse().unwrap(), spec, &policy).unwrap();
    let series = Series::parse(s).unwrap().0;
    let context = Context::default();
    let window = Window::new(&bound, &series, &context);
    let assessment = evaluate_in(&bound, &window, &context);
    assess(&bound, &assessment, &window, &policy)
}

fn outlook(target: &str, s: &str) -> OutlookResult {
    outlook_with(target, &IndicatorSpec::default(), s)
}

#[test]
fn relative_change_is_a_quantified_target_once_y_b_is_known() {
    // 下降1/3 from 30: v = 20 by 2030, needs (2/3)^(1/10) − 1 ≈ −3.97 % a year; 27 in 2022 is
    // 0.9^(1/2) − 1 ≈ −5.13 % a year: R ≈ 1.29, on track.
    let r = outlook("下降1/3", "2020=30,2022=27");
    assert_eq!(r.outlook, Outlook::OnTrack);
    assert!(
        r.explanation
            .to_string()
            .contains("needed to reach 20 by 2030")
    );
    // 29.7 in 2022: 0.99^(1/2) − 1 ≈ −0.50 %: R ≈ 0.127, limited progress.
    assert_eq!(
        outlook("下降1/3", "2020=30,2022=29.7").outlook,
        Outlook::LimitedProgress
    );
    assert_eq!(
        outlook("下降1/3", "2020=30,2022=20").outlook,
        Outlook::Achieved
    );
    assert_eq!(
        outlook("下降1/3", "2019=30,2022=20").outlook,
        Outlook::InsufficientData
    );
    // From the named baseline year: 2015 → 2030 is 15 years.
    let r = outlook("较2015年下降30%", "2015=50,2020=40");
    // Needs 0.7^(1/15) − 1 ≈ −2.35 % a year; 0.8^(1/5) − 1 ≈ −4.36 %: on track.
    assert_eq!(r.outlook, Outlook::OnTrack);
}

#[test]
fn annual_change_aims_at_the_rule_at_t() {
    // 年均增长7%: v_T = 100·1.07^10 needs exactly 7 % a year; 1.07² = 1.1449 is 7 %: R = 1.
    let r = outlook("年均增长7%以上", "2020=100,2022=114.49");
    assert_eq!(r.outlook, Outlook::OnTrack);
    assert_eq!(r.rate, Some(Decimal::ONE));
    // 1.06² = 1.1236: R = 6/7 ≈ 0.857, acceleration needed.
    assert_eq!(
        outlook("年均增长7%以上", "2020=100,2022=112.36").outlook,
        Outlook::AccelerationNeeded
    );
    // Already past 100·1.07^10 ≈ 196.72: achieved.
    assert_eq!(
        outlook("年均增长7%以上", "2020=100,2022=200").outlook,
        Outlook::Achieved
    );
    // Points per year: 60 + 0.5·10 = 65 by 2030; 60.5 in 2022 is R ≈ 0.52, limited progress.
    assert_eq!(
        outlook("每年提高0.5个百分点", "2020=60,2022=60.5").outlook,
        Outlook::LimitedProgress
    );
    assert_eq!(
        outlook("每年提高0.5个百分点", "2020=60,2022=61").outlook,
        Outlook::OnTrack
    );
}

const MILESTONES: &str = "到2025年控制在10.5/10万以下，到2030年下降到10/10万以下";

#[test]
fn milestones_project_to_the_milestone_due() {
    // 12 → 11.7 in two years is 0.975^(1/2) − 1 ≈ −1.258 % a year. To 10.5 by 2025 needs
    // 0.875^(1/5) − 1 ≈ −2.635 %: R ≈ 0.477, limited progress (by 2030 it would be R ≈ 0.95).
    let r = outlook(MILESTONES, "2020=12,2022=11.7");
    assert_eq!(r.outlook, Outlook::LimitedProgress);
    assert!(
        r.explanation
            .to_string()
            .starts_with("towards the 2025 milestone: ")
    );
    assert!(r.explanation.to_string().contains("by 2025"));
    // In 2026 the 2030 milestone is due: 12 → 10.2 is on track to 10 by 2030.
    let r = outlook(MILESTONES, "2020=12,2026=10.2");
    assert_eq!(r.outlook, Outlook::OnTrack);
    assert!(r.explanation.to_string().contains("by 2030"));
}

#[test]
fn all_of_is_never_better_than_its_worst_part() {
    let both = "有1名以上女干部，并逐步增加";
    // Part 1 achieved; part 2 from 1 to 3 in two years, +73 % a year: on track.
    assert_eq!(
        outlook(both, "2020=1,2021=2,2022=3").outlook,
        Outlook::OnTrack
    );
    // Part 2 flat: limited progress, though part 1 is achieved.
    let r = outlook(both, "2020=2,2022=2");
    assert_eq!(r.outlook, Outlook::LimitedProgress);
    assert!(r.explanation.to_string().starts_with("part 2 of 2: "));
}

#[test]
fn improve_stable_eliminate_rank() {
    let lower = IndicatorSpec {
        direction: Some(Direction::Lower),
        ..IndicatorSpec::default()
    };
    // A directional goal: 10 → 9.8 in one year is 2 % the better way.
    assert_eq!(
        outlook_with("得到改善", &lower, "2020=10,2021=9.8").outlook,
        Outlook::OnTrack
    );
    assert_eq!(
        outlook("保持稳定", "2020=100,2023=104").outlook,
        Outlook::Achieved
    );
    assert_eq!(
        outlook("基本消除艾滋病", "2020=1,2023=0.5").outlook,
        Outlook::NeedsJudgement
    );
    // Rank 20 → 17 towards 15 by 2030: (17/20)^(1/3) − 1 ≈ −5.27 % a year against
    // (15/20)^(1/10) − 1 ≈ −2.84 %: on track.
    assert_eq!(
        outlook("进入前15位", "2020=20,2023=17").outlook,
        Outlook::OnTrack
    );
}
