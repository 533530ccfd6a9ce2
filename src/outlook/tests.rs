//! Unit tests of the outlook: worked numbers at every boundary.

use super::*;
use crate::Direction;

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

/// 100 in 2020, the target `v` by 2030 in the given direction, `y_t` in 2022.
fn quantified(direction: Direction, v: &str, yt: &str) -> OutlookResult {
    quantified_from(direction, "100", v, 2022, yt)
}

fn quantified_from(direction: Direction, yb: &str, v: &str, t: i32, yt: &str) -> OutlookResult {
    let input = QuantifiedInput {
        baseline: Some((2020, d(yb))),
        current: Some((t, d(yt))),
        target: d(v),
        direction,
        target_year: Some(2030),
        met: false,
    };
    quantified_outlook(&input, &Policy::default())
}

/// 1.1^10 × 100: 10 % a year needed from 100 in 2020.
const UP_10: &str = "259.37424601";
/// 0.9^10 × 100: 10 % a year down needed from 100 in 2020.
const DOWN_10: &str = "34.86784401";

#[test]
fn policy_defaults() {
    let p = Policy::default();
    assert_eq!(p.outlook.on_track_ratio, d("0.95"));
    assert_eq!(p.outlook.acceleration_ratio, d("0.6"));
    assert_eq!(p.outlook.on_track_rate, d("1.5"));
    assert_eq!(p.outlook.acceleration_rate, d("0.5"));
    assert_eq!(p.outlook.limit_exponent, d("4.44"));
    assert_eq!(p.percentage_limit, d("100"));
    assert_eq!(p.target_year, 2030);
}

#[test]
fn cagr_exact_cases() {
    assert_eq!(cagr(d("100"), d("121"), 2), Some(d("0.1")));
    assert_eq!(cagr(d("100"), d(UP_10), 10), Some(d("0.1")));
    assert_eq!(cagr(d("100"), d(DOWN_10), 10), Some(d("-0.1")));
    assert_eq!(cagr(d("100"), d("133.1"), 3), Some(d("0.1")));
    assert_eq!(cagr(d("100"), d("100"), 7), Some(d("0")));
    assert_eq!(cagr(d("100"), d("101.5"), 1), Some(d("0.015")));
    assert_eq!(cagr(d("-1"), d("2"), 1), None);
    assert_eq!(cagr(d("1"), d("0"), 1), None);
    assert_eq!(cagr(d("1"), d("2"), 0), None);
    assert_eq!(cagr(Decimal::new(1, 28), Decimal::MAX, 1), None);
}

#[test]
fn ratio_boundaries_higher() {
    use Direction::Higher;
    // 9.5 % a year of the 10 % needed: exactly 0.95.
    let r = quantified(Higher, UP_10, "119.9025");
    assert_eq!((r.outlook, r.rate), (Outlook::OnTrack, Some(d("0.95"))));
    assert_eq!(r.rate_kind, RateKind::Ratio);
    // 9.4 %: 0.94, just below.
    let r = quantified(Higher, UP_10, "119.6836");
    assert_eq!(
        (r.outlook, r.rate),
        (Outlook::AccelerationNeeded, Some(d("0.94")))
    );
    // 6 %: exactly 0.6.
    let r = quantified(Higher, UP_10, "112.36");
    assert_eq!(
        (r.outlook, r.rate),
        (Outlook::AccelerationNeeded, Some(d("0.6")))
    );
    // 5.9 %: 0.59, just below.
    let r = quantified(Higher, UP_10, "112.1481");
    assert_eq!(
        (r.outlook, r.rate),
        (Outlook::LimitedProgress, Some(d("0.59")))
    );
    // No change: R = 0 exactly.
    let r = quantified(Higher, UP_10, "100");
    assert_eq!(
        (r.outlook, r.rate),
        (Outlook::LimitedProgress, Some(d("0")))
    );
    // A fall: R < 0. 1 % down a year (0.99^2 = 0.9801) is R = −0.1.
    let r = quantified(Higher, UP_10, "98.01");
    assert_eq!(
        (r.outlook, r.rate),
        (Outlook::Deteriorating, Some(d("-0.1")))
    );
}

#[test]
fn ratio_boundaries_lower() {
    use Direction::Lower;
    // Down 9.5 % a year (0.905^2 = 0.819025) of the 10 % needed.
    let r = quantified(Lower, DOWN_10, "81.9025");
    assert_eq!((r.outlook, r.rate), (Outlook::OnTrack, Some(d("0.95"))));
    let r = quantified(Lower, DOWN_10, "82.0836");
    assert_eq!(
        (r.outlook, r.rate),
        (Outlook::AccelerationNeeded, Some(d("0.94")))
    );
    let r = quantified(Lower, DOWN_10, "100.1");
    assert_eq!(r.outlook, Outlook::Deteriorating);
}

#[test]
fn linear_path_boundaries() {
    use Direction::{Higher, Lower};
    // 10 in 2020 down to 0 by 2030 needs −1 a year; −0.95 a year is 0.95.
    let r = quantified_from(Lower, "10", "0", 2022, "8.1");
    assert_eq!((r.outlook, r.rate), (Outlook::OnTrack, Some(d("0.95"))));
    assert!(
        r.explanation.to_string().contains("linear"),
        "{}",
        r.explanation
    );
    let r = quantified_from(Lower, "10", "0", 2022, "8.12");
    assert_eq!(
        (r.outlook, r.rate),
        (Outlook::AccelerationNeeded, Some(d("0.94")))
    );
    let r = quantified_from(Lower, "10", "0", 2022, "8.8");
    assert_eq!(
        (r.outlook, r.rate),
        (Outlook::AccelerationNeeded, Some(d("0.6")))
    );
    let r = quantified_from(Lower, "10", "0", 2022, "8.82");
    assert_eq!(
        (r.outlook, r.rate),
        (Outlook::LimitedProgress, Some(d("0.59")))
    );
    let r = quantified_from(Lower, "10", "0", 2022, "10");
    assert_eq!(
        (r.outlook, r.rate),
        (Outlook::LimitedProgress, Some(d("0")))
    );
    let r = quantified_from(Lower, "10", "0", 2022, "10.1");
    assert_eq!(r.outlook, Outlook::Deteriorating);
    // A negative baseline: −5 to 5 needs 1 a year; −3.1 in 2022 is 0.95 a year.
    let r = quantified_from(Higher, "-5", "5", 2022, "-3.1");
    assert_eq!((r.outlook, r.rate), (Outlook::OnTrack, Some(d("0.95"))));
    // A current value ≤ 0 with positive baseline and target: both rates linear.
    let r = quantified_from(Higher, "10", "20", 2022, "-1");
    assert_eq!(r.outlook, Outlook::Deteriorating);
}

#[test]
fn linear_path_is_sign_adjusted() {
    // `≥ 0` met at the baseline 10 and lost: −1 in 2022. The plain formula would give
    // (−11/2) / (−10/10) = +5.5; signed by direction it is −5.5, deteriorating.
    let r = quantified_from(Direction::Higher, "10", "0", 2022, "-1");
    assert_eq!(
        (r.outlook, r.rate),
        (Outlook::Deteriorating, Some(d("-5.5")))
    );
    // Likewise with the CAGR: `≥ 82.3` met at 90, lost at 80.
    let r = quantified_from(Direction::Higher, "90", "82.3", 2022, "80");
    assert_eq!(r.outlook, Outlook::Deteriorating);
}

#[test]
fn no_rate_required() {
    use Direction::{Band, Higher, Lower};
    let r = quantified(Higher, "100", "101");
    assert_eq!(
        (r.outlook, r.rate, r.rate_kind),
        (Outlook::OnTrack, None, RateKind::None)
    );
    assert_eq!(
        quantified(Higher, "100", "99").outlook,
        Outlook::Deteriorating
    );
    assert_eq!(
        quantified(Higher, "100", "100").outlook,
        Outlook::LimitedProgress
    );
    assert_eq!(quantified(Lower, "100", "99").outlook, Outlook::OnTrack);
    assert_eq!(
        quantified(Lower, "100", "101").outlook,
        Outlook::Deteriorating
    );
    assert_eq!(
        quantified(Band, "100", "101").outlook,
        Outlook::Deteriorating
    );
    assert_eq!(
        quantified(Band, "100", "99").outlook,
        Outlook::Deteriorating
    );
    // A required rate too small to register after rounding counts as none.
    let tiny = "100.0000000000000000000001";
    assert_eq!(quantified(Higher, tiny, "101").outlook, Outlook::OnTrack);
}

#[test]
fn bands() {
    let (lo, hi) = (d("103"), d("107"));
    assert_eq!(band_target(hi, lo, d("112")), d("107"));
    assert_eq!(band_target(lo, hi, d("90")), d("103"));
    assert_eq!(band_target(lo, hi, d("103")), d("103"));
    // Sex ratio 112 → 107 by 2030: −0.458 % a year needed; 111 in 2022 is −0.448 %.
    let v = band_target(lo, hi, d("112"));
    let r = quantified_from(Direction::Band, "112", &v.to_string(), 2022, "111");
    assert_eq!(r.outlook, Outlook::OnTrack, "{}", r.explanation);
    let r = quantified_from(Direction::Band, "112", &v.to_string(), 2022, "113");
    assert_eq!(r.outlook, Outlook::Deteriorating);
    // Overshoot: past the whole band.
    let r = quantified_from(Direction::Band, "112", &v.to_string(), 2022, "101");
    assert_eq!(r.outlook, Outlook::NeedsJudgement);
    // From below.
    let v = band_target(lo, hi, d("100"));
    let r = quantified_from(Direction::Band, "100", &v.to_string(), 2022, "100.1");
    assert_eq!(r.outlook, Outlook::LimitedProgress);
    // Baseline inside the band, current outside: moved away.
    let v = band_target(lo, hi, d("105"));
    let r = quantified_from(Direction::Band, "105", &v.to_string(), 2022, "108");
    assert_eq!(r.outlook, Outlook::Deteriorating);
}

#[test]
fn quantified_data_requirements() {
    let policy = Policy::default();
    let mut input = QuantifiedInput {
        baseline: None,
        current: Some((2020, d("95"))),
        target: d("90"),
        direction: Direction::Higher,
        target_year: None,
        met: true,
    };
    // One observation shows achieved.
    assert_eq!(
        quantified_outlook(&input, &policy).outlook,
        Outlook::Achieved
    );
    input.met = false;
    assert_eq!(
        quantified_outlook(&input, &policy).outlook,
        Outlook::InsufficientData
    );
    input.baseline = Some((2020, d("80")));
    // t = B: no pace yet.
    let r = quantified_outlook(&input, &policy);
    assert_eq!(r.outlook, Outlook::InsufficientData);
    assert!(
        r.explanation
            .to_string()
            .contains("after the baseline year 2020")
    );
    input.current = None;
    assert_eq!(
        quantified_outlook(&input, &policy).outlook,
        Outlook::InsufficientData
    );
    // Target year from the policy, or explicit; not after B is insufficient.
    input.current = Some((2022, d("82")));
    let by_policy = quantified_outlook(&input, &policy);
    input.target_year = Some(2030);
    assert_eq!(quantified_outlook(&input, &policy), by_policy);
    input.target_year = Some(2020);
    assert_eq!(
        quantified_outlook(&input, &policy).outlook,
        Outlook::InsufficientData
    );
    // Extreme years do not overflow.
    input.target_year = Some(i32::MAX);
    input.baseline = Some((i32::MIN, d("80")));
    let _ = quantified_outlook(&input, &policy);
}

#[test]
fn quantified_overflow_is_insufficient_data() {
    let input = QuantifiedInput {
        baseline: Some((2020, Decimal::new(1, 28))),
        current: Some((2021, Decimal::MAX)),
        target: Decimal::MAX,
        direction: Direction::Higher,
        target_year: Some(2030),
        met: false,
    };
    let r = quantified_outlook(&input, &Policy::default());
    assert_eq!(r.outlook, Outlook::InsufficientData);
    assert!(r.explanation.to_string().contains("overflow"));
    let input = QuantifiedInput {
        baseline: Some((2020, Decimal::MIN)),
        current: Some((2021, Decimal::MAX)),
        target: Decimal::MAX,
        ..input
    };
    let r = quantified_outlook(&input, &Policy::default());
    assert_eq!(r.outlook, Outlook::InsufficientData);
}

#[test]
fn after_the_target_year_the_pace_still_counts() {
    let r = quantified_from(Direction::Higher, "100", UP_10, 2031, "110");
    assert_eq!(r.outlook, Outlook::LimitedProgress);
}

fn directional(
    direction: Direction,
    percentage: bool,
    yb: &str,
    t: i32,
    yt: &str,
) -> OutlookResult {
    let input = DirectionalInput {
        baseline: Some((2020, d(yb))),
        current: Some((t, d(yt))),
        direction,
        percentage,
    };
    directional_outlook(&input, &Policy::default())
}

#[test]
fn directional_boundaries() {
    use Direction::{Higher, Lower};
    let r = directional(Higher, false, "100", 2021, "101.5");
    assert_eq!((r.outlook, r.rate), (Outlook::OnTrack, Some(d("1.5"))));
    assert_eq!(r.rate_kind, RateKind::PercentPerYear);
    let r = directional(Higher, false, "100", 2021, "101.4999");
    assert_eq!(
        (r.outlook, r.rate),
        (Outlook::AccelerationNeeded, Some(d("1.4999")))
    );
    let r = directional(Higher, false, "100", 2021, "100.5");
    assert_eq!(
        (r.outlook, r.rate),
        (Outlook::AccelerationNeeded, Some(d("0.5")))
    );
    let r = directional(Higher, false, "100", 2021, "100.4999");
    assert_eq!(
        (r.outlook, r.rate),
        (Outlook::LimitedProgress, Some(d("0.4999")))
    );
    let r = directional(Higher, false, "100", 2021, "100");
    assert_eq!(
        (r.outlook, r.rate),
        (Outlook::LimitedProgress, Some(d("0")))
    );
    let r = directional(Higher, false, "100", 2021, "99.9999");
    assert_eq!(
        (r.outlook, r.rate),
        (Outlook::Deteriorating, Some(d("-0.0001")))
    );
    // Compound over two years: 1.015^2 = 1.030225.
    let r = directional(Higher, false, "100", 2022, "103.0225");
    assert_eq!((r.outlook, r.rate), (Outlook::OnTrack, Some(d("1.5"))));
    // Lower is better: a fall of 1.5 % a year.
    let r = directional(Lower, false, "100", 2021, "98.5");
    assert_eq!((r.outlook, r.rate), (Outlook::OnTrack, Some(d("1.5"))));
    let r = directional(Lower, false, "100", 2021, "100.1");
    assert_eq!(r.outlook, Outlook::Deteriorating);
    // Met so far but slow: a rise of 0.1 is limited progress.
    let r = directional(Higher, false, "100", 2021, "100.1");
    assert_eq!(r.outlook, Outlook::LimitedProgress);
}

#[test]
fn natural_limit_factor_at_98() {
    let policy = Policy::default();
    // 1 − 0.98^4.44 = 0.085794612974047361726..., rounded to 12 places.
    assert_eq!(limit_factor(d("98"), &policy), Some(d("0.085794612974")));
    assert_eq!(limit_factor(d("120"), &policy), Some(Decimal::ZERO));
    assert_eq!(limit_factor(d("-3"), &policy), Some(Decimal::ONE));
    use Direction::{Higher, Lower};
    // Thresholds 0.128692 and 0.042897 % a year.
    assert_eq!(
        directional(Higher, true, "98", 2021, "98.13").outlook,
        Outlook::OnTrack
    );
    assert_eq!(
        directional(Higher, true, "98", 2021, "98.12").outlook,
        Outlook::AccelerationNeeded
    );
    assert_eq!(
        directional(Higher, true, "98", 2021, "98.04").outlook,
        Outlook::LimitedProgress
    );
    assert_eq!(
        directional(Higher, true, "98", 2021, "97.99").outlook,
        Outlook::Deteriorating
    );
    // Unscaled without the percentage flag, and for lower-is-better.
    assert_eq!(
        directional(Higher, false, "98", 2021, "98.13").outlook,
        Outlook::LimitedProgress
    );
    assert_eq!(
        directional(Lower, true, "98", 2021, "97.87").outlook,
        Outlook::LimitedProgress
    );
    // Saturated at 100 %: holding it is on track.
    assert_eq!(
        directional(Higher, true, "100", 2021, "100").outlook,
        Outlook::OnTrack
    );
    assert_eq!(
        directional(Higher, false, "100", 2021, "100").outlook,
        Outlook::LimitedProgress
    );
    // The explanation names the scaling.
    let r = directional(Higher, true, "98", 2021, "98.13");
    assert!(
        r.explanation.to_string().contains("scaled by 0.086"),
        "{}",
        r.explanation
    );
}

#[test]
fn directional_without_cagr() {
    use Direction::{Band, Higher, Lower};
    // −10 → −9.8: 0.2 of |−10| in a year is 2 % a year.
    let r = directional(Higher, false, "-10", 2021, "-9.8");
    assert_eq!((r.outlook, r.rate), (Outlook::OnTrack, Some(d("2"))));
    // 10 → 0 lower-is-better: 100 % of |y_B| in a year.
    let r = directional(Lower, false, "10", 2021, "0");
    assert_eq!((r.outlook, r.rate), (Outlook::OnTrack, Some(d("100"))));
    let r = directional(Lower, false, "10", 2021, "-0.4");
    assert_eq!(r.outlook, Outlook::OnTrack);
    let r = directional(Higher, false, "10", 2022, "-0.1");
    assert_eq!(r.outlook, Outlook::Deteriorating);
    // From 0.
    assert_eq!(
        directional(Lower, false, "0", 2021, "0").outlook,
        Outlook::OnTrack
    );
    assert_eq!(
        directional(Lower, false, "0", 2021, "1").outlook,
        Outlook::Deteriorating
    );
    assert_eq!(
        directional(Higher, false, "0", 2021, "0").outlook,
        Outlook::LimitedProgress
    );
    assert_eq!(
        directional(Higher, false, "0", 2021, "0.01").outlook,
        Outlook::OnTrack
    );
    assert_eq!(
        directional(Higher, false, "0", 2021, "-1").outlook,
        Outlook::Deteriorating
    );
    assert_eq!(
        directional(Band, false, "0", 2021, "1").outlook,
        Outlook::NeedsJudgement
    );
    // Missing data.
    assert_eq!(
        directional(Higher, false, "5", 2020, "6").outlook,
        Outlook::InsufficientData
    );
    let input = DirectionalInput {
        baseline: None,
        current: Some((2022, d("1"))),
        direction: Higher,
        percentage: false,
    };
    let policy = Policy::default();
    assert_eq!(
        directional_outlook(&input, &policy).outlook,
        Outlook::InsufficientData
    );
    // Overflow.
    let input = DirectionalInput {
        baseline: Some((2020, Decimal::new(1, 28))),
        current: Some((2021, Decimal::MAX)),
        ..input
    };
    assert_eq!(
        directional_outlook(&input, &policy).outlook,
        Outlook::InsufficientData
    );
    let input = DirectionalInput {
        baseline: Some((2020, Decimal::new(-1, 28))),
        ..input
    };
    assert_eq!(
        directional_outlook(&input, &policy).outlook,
        Outlook::InsufficientData
    );
}

#[test]
fn every_year() {
    let p = |y: i32, v: &str| (y, d(v));
    assert_eq!(every_year_outlook(&[]).outlook, Outlook::InsufficientData);
    assert_eq!(
        every_year_outlook(&[p(2020, "1")]).outlook,
        Outlook::InsufficientData
    );
    let rising = [p(2020, "1"), p(2021, "1.1"), p(2022, "1.2")];
    assert_eq!(every_year_outlook(&rising).outlook, Outlook::OnTrack);
    // The first change that is not a rise, even a flat one.
    let r = every_year_outlook(&[p(2020, "1"), p(2021, "1.1"), p(2022, "1.1"), p(2023, "0.9")]);
    assert_eq!(r.outlook, Outlook::Deteriorating);
    assert!(
        r.explanation.to_string().contains("in 2021 to 1.1 in 2022"),
        "{}",
        r.explanation
    );
    // A gap: unknown if it rose across, certain failure if it did not.
    let gap = [p(2020, "1"), p(2022, "1.2"), p(2023, "1.3")];
    assert_eq!(every_year_outlook(&gap).outlook, Outlook::InsufficientData);
    let gap_fall = [p(2020, "1"), p(2022, "0.9")];
    assert_eq!(
        every_year_outlook(&gap_fall).outlook,
        Outlook::Deteriorating
    );
    // Out of order or duplicate years.
    let unsorted = [p(2021, "1"), p(2020, "2")];
    assert_eq!(
        every_year_outlook(&unsorted).outlook,
        Outlook::InsufficientData
    );
    let duplicate = [p(2020, "1"), p(2020, "2")];
    assert_eq!(
        every_year_outlook(&duplicate).outlook,
        Outlook::InsufficientData
    );
    let extreme = [p(i32::MIN, "1"), p(i32::MAX, "2")];
    assert_eq!(
        every_year_outlook(&extreme).outlook,
        Outlook::InsufficientData
    );
}

#[test]
fn projection() {
    let p = |y: i32, v: &str| (y, d(v));
    assert_eq!(project(&[], 2030), None);
    assert_eq!(project(&[p(2020, "1")], 2030), None);
    assert_eq!(project(&[p(2020, "1"), p(2020, "2")], 2030), None);
    // Two points: the line through them, also backwards.
    assert_eq!(
        project(&[p(2020, "10"), p(2023, "8.5")], 2030),
        Some(d("5"))
    );
    assert_eq!(
        project(&[p(2020, "10"), p(2023, "8.5")], 2018),
        Some(d("11"))
    );
    // Least squares: x = 0, 1, 2, 3; y = 1, 2, 2, 4: slope 0.9, intercept 0.9.
    let points = [p(2020, "1"), p(2021, "2"), p(2022, "2"), p(2023, "4")];
    assert_eq!(project(&points, 2030), Some(d("9.9")));
    // Order does not matter.
    let shuffled = [points[2], points[0], points[3], points[1]];
    assert_eq!(project(&shuffled, 2030), Some(d("9.9")));
    // Overflow gives None.
    assert_eq!(
        project(&[p(2020, "0"), p(2021, &Decimal::MAX.to_string())], 2030),
        None
    );
    assert_eq!(
        project(&[p(i32::MIN, "0"), p(i32::MAX, "1")], i32::MAX),
        Some(d("1"))
    );
}

#[test]
fn warnings() {
    use Outlook::*;
    let all = [
        Achieved,
        OnTrack,
        AccelerationNeeded,
        LimitedProgress,
        Deteriorating,
        InsufficientData,
        NeedsJudgement,
    ];
    for outlook in all {
        assert_eq!(warning(outlook, true), Some(Warning::Red), "{outlook:?}");
    }
    let flags: Vec<_> = all.iter().map(|&o| warning(o, false)).collect();
    assert_eq!(
        flags,
        [
            None,
            None,
            Some(Warning::Yellow),
            Some(Warning::Orange),
            Some(Warning::Red),
            None,
            None
        ]
    );
    assert!(Warning::Yellow < Warning::Orange && Warning::Orange < Warning::Red);
}

#[test]
fn serde_names() {
    let r = quantified(Direction::Higher, UP_10, "119.6836");
    let json = serde_json::to_value(&r).unwrap();
    assert_eq!(json["outlook"], "acceleration_needed");
    assert_eq!(json["rate"], "0.94");
    assert_eq!(json["rate_kind"], "ratio");
    assert_eq!(serde_json::from_value::<OutlookResult>(json).unwrap(), r);
    for (outlook, name) in [
        (Outlook::Achieved, "achieved"),
        (Outlook::OnTrack, "on_track"),
        (Outlook::AccelerationNeeded, "acceleration_needed"),
        (Outlook::LimitedProgress, "limited_progress"),
        (Outlook::Deteriorating, "deteriorating"),
        (Outlook::InsufficientData, "insufficient_data"),
        (Outlook::NeedsJudgement, "needs_judgement"),
    ] {
        assert_eq!(serde_json::to_value(outlook).unwrap(), name);
        assert_eq!(outlook.as_str(), name);
    }
    for (w, name) in [
        (Warning::Yellow, "yellow"),
        (Warning::Orange, "orange"),
        (Warning::Red, "red"),
    ] {
        assert_eq!(serde_json::to_value(w).unwrap(), name);
        assert_eq!(w.as_str(), name);
    }
    assert_eq!(
        serde_json::to_value(RateKind::PercentPerYear).unwrap(),
        "percent_per_year"
    );
    assert_eq!(serde_json::to_value(RateKind::None).unwrap(), "none");
    let policy = serde_json::to_value(Policy::default()).unwrap();
    assert_eq!(policy["outlook"]["limit_exponent"], "4.44");
    assert_eq!(policy["target_year"], 2030);
}
