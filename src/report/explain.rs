//! The explanation of a report row in Chinese: the evaluator's [`Reason`] and
//! [`OutlookReason`] written with the fixed texts of [`Lang::Zh`](super::lang::Lang).
//!
//! The evaluator writes its reasons in English (`Display`), and the machine formats (JSON, CSV
//! `explanation`) keep that text whatever `--lang` says: it is stable, and tools and tests
//! match on it. The reports for people (Markdown, HTML, xlsx) write a row's explanation in
//! the report's language; for Chinese, this module matches on every reason variant
//! exhaustively, so a new variant does not compile until it has its Chinese sentence here.
//! Figures, years, thresholds and names are written as the English text writes them.

use std::fmt::{self, Write as _};

use rust_decimal::Decimal;

use crate::eval::change::{ChangeRule, Reach, Size};
use crate::eval::logic::Tri;
use crate::eval::reason::{ChangeFact, Fact, Reason, RiseThen, Shown, Why};
use crate::eval::{BindError, BindErrorKind, Status};
use crate::outlook::{Figure, Moved, OutlookReason, OutlookWhy};
use crate::syntax::Direction;

/// A figure as the outlook's explanations round it (3 places).
fn show(value: Decimal) -> Decimal {
    value.round_dp(3).normalize()
}

/// A row's explanation in Chinese: `<status>；展望：<outlook>`.
pub(crate) fn zh(explanation: &super::Explanation) -> String {
    match &explanation.0 {
        super::Why::Assessed(status, outlook) => {
            format!("{}；展望：{}", status_zh(status), outlook_zh(outlook))
        }
        super::Why::Unbound(error) => format!("无法评估：{}", bind_zh(error)),
    }
}

/// Why a target cannot be evaluated for its indicator, in Chinese.
pub(crate) fn bind_zh(error: &BindError) -> String {
    let what = match error.kind() {
        BindErrorKind::UnitMismatch { written, expected } => {
            format!("目标的单位是{written}，指标的单位是{expected}")
        }
        BindErrorKind::NoReferenceSeries { written } => {
            format!("目标参照“{written}”，但未配置参照数据")
        }
        BindErrorKind::NoDirection { target } => {
            format!("目标“{target}”需要方向（越高越好、越低越好或区间），目标和指标都没有给出")
        }
        BindErrorKind::NoBalanceBand => {
            "趋于平衡的目标需要平衡区间，政策和指标都没有给出".to_owned()
        }
        BindErrorKind::InvertedBand { low, high } => format!("区间 {low}–{high} 的下限高于上限"),
        BindErrorKind::PointsOnNonPercentage { target, unit } => {
            format!("目标“{target}”按百分点变化，但指标的单位是{unit}")
        }
        BindErrorKind::UnsupportedCondition { kind } => format!("无法保持 {kind} 形式的目标"),
    };
    match error.indicator() {
        Some(id) => format!("指标 {id}：{what}"),
        None => what,
    }
}

/// The status's reason in Chinese.
pub(crate) fn status_zh(reason: &Reason) -> String {
    let mut out = String::new();
    let _ = write_status(&mut out, reason);
    out
}

/// The outlook's reason in Chinese.
pub(crate) fn outlook_zh(reason: &OutlookReason) -> String {
    let mut out = String::new();
    let _ = write_outlook(&mut out, reason);
    out
}

fn status_word(status: Status) -> &'static str {
    super::lang::Lang::Zh.status(status)
}

fn write_status(f: &mut String, reason: &Reason) -> fmt::Result {
    match &reason.0 {
        Why::Items(n) => write!(f, "{n} 项目标各属一个指标：逐项按各自数据评估"),
        Why::NoBand => f.write_str("定性目标，未设定可衡量的区间"),
        Why::NoObservation(Some(y)) => write!(f, "{y} 年及以前无监测值"),
        Why::NoObservation(None) => f.write_str("无监测值"),
        Why::NothingAfterBaseline(b) => write!(f, "基期 {b} 年之后无监测值"),
        Why::NoBaseline(b) => write!(f, "无 {b} 年基期值"),
        Why::RatioWhereValue => f.write_str("需要数值处为比值"),
        Why::NotAValue(y, o) => write!(f, "{y} 年值 {o} 是比值，不是数值"),
        Why::NotARatio(y, o) => write!(
            f,
            "{y} 年值 {o} 不是比值：目标为比值，单个数字两种方向都可能（请写作 a:b）"
        ),
        Why::BoundRatio(y, o) => write!(f, "仅有界值，无法判断：{y} 年值 {o}"),
        Why::Overflow => f.write_str("精确计算溢出"),
        Why::ReferenceNotProvided(name) => write!(f, "未提供参照数据“{name}”"),
        Why::ReferenceNoValue(name, t) => write!(f, "参照数据“{name}”无 {t} 年值"),
        Why::ReferenceNotExact(name, t, o) => {
            write!(f, "参照数据“{name}” {t} 年为 {o}，不是确切值")
        }
        Why::EmptyWindow => f.write_str("基期及以后无监测值"),
        Why::MissingYear(y) => write!(f, "缺 {y} 年监测值"),
        Why::Decided(Tri::Yes, fact) => write_fact(f, fact, true),
        Why::Decided(Tri::No, fact) => write_fact(f, fact, false),
        Why::Decided(Tri::Unknown, fact) => {
            f.write_str("仅有界值，无法判断是否")?;
            write_fact(f, fact, true)
        }
        Why::NoPrevious(t) => write!(f, "{t} 年以前无可比较的监测值"),
        Why::NoPreviousYear(t) => write!(
            f,
            "{} 年（{t} 年的上一年）无监测值可比较",
            t.saturating_sub(1)
        ),
        Why::BaselineNotExact(b, o) => write!(f, "{b} 年基期值 {o} 不是确切值"),
        Why::NoParts => f.write_str("没有可评估的部分"),
        Why::AllOf(Status::Met, parts) => {
            f.write_str("各部分均已达标：")?;
            for (i, (_, reason)) in parts.iter().enumerate() {
                if i > 0 {
                    f.write_str("；")?;
                }
                write_status(f, reason)?;
            }
            Ok(())
        }
        Why::AllOf(status, parts) => {
            let n = parts.len();
            match parts.iter().position(|(s, _)| s == status) {
                Some(i) => {
                    write!(
                        f,
                        "共 {n} 部分，第 {} 部分{}：",
                        i + 1,
                        status_word(*status)
                    )?;
                    write_status(f, &parts[i].1)
                }
                None => write!(f, "共 {n} 部分"),
            }
        }
        Why::Milestone {
            year,
            reason,
            missed,
        } => {
            write!(f, "{year} 年阶段目标：")?;
            write_status(f, reason)?;
            match missed {
                Some(m) => write!(f, "；{m} 年阶段目标未按期实现"),
                None => Ok(()),
            }
        }
        // Read back from JSON: only the (English) text is left.
        Why::Text(text) => f.write_str(text),
    }
}

fn meets(held: bool) -> &'static str {
    if held { "达到" } else { "未达到" }
}

fn baseline_text(baseline: Option<&crate::series::Observation>) -> String {
    baseline.map_or_else(String::new, |b| format!(" {b}"))
}

fn write_fact(f: &mut String, fact: &Fact, held: bool) -> fmt::Result {
    match fact {
        Fact::Value {
            t,
            current,
            threshold,
        } => write!(f, "{t} 年值 {current} {} {}", meets(held), Shown(threshold)),
        Fact::Ratio {
            t,
            observed: (at, bt),
            target: (a, b),
        } => write!(f, "{t} 年比值 {at}:{bt} {} {a}:{b}", meets(held)),
        Fact::Reference {
            t,
            current,
            op,
            name,
            value,
        } => {
            let not = if held { "" } else { "不" };
            write!(f, "{t} 年值 {current} {not}{} {name} {value}", op.symbol())
        }
        // `2024 年值 9 达到 ≥8.5（全市 7.5，提高至少 1）`.
        Fact::ReferenceMargin(fact) => {
            let crate::eval::reason::MarginFact {
                t,
                current,
                name,
                reference,
                margin,
                value,
            } = &**fact;
            write!(f, "{t} 年值 {current} {} ", meets(held))?;
            if let Some(v) = value {
                write!(f, "{}{} ", margin.op().symbol(), v.round_dp(6).normalize())?;
            }
            write!(f, "（{name} {reference}，")?;
            write_rule(f, margin)?;
            f.write_str("）")
        }
        Fact::Commensurate {
            t,
            current,
            delta,
            name,
            value,
        } => {
            let within = if held {
                "相差不超过"
            } else {
                "相差超过"
            };
            write!(f, "{t} 年值 {current} 与{name} {value} {within} {delta}")
        }
        Fact::Keep {
            first,
            last,
            failed,
            threshold,
        } => {
            if held {
                write!(f, "{first}–{last} 年各年值均达到 {}", Shown(threshold))
            } else {
                write!(f, "{failed} 年值未达到 {}", Shown(threshold))
            }
        }
        Fact::ReachAndKeep {
            threshold,
            since,
            t,
        } => {
            if held {
                write!(f, "达到 {}", Shown(threshold))?;
                if let Some(y) = since {
                    write!(f, "（自 {y} 年起）")?;
                }
                write!(f, "，{t} 年仍保持")
            } else {
                write!(f, "{t} 年未达到 {}，或首次达到后又回落", Shown(threshold))
            }
        }
        Fact::InsideBand { t, current, band } => {
            write!(f, "{t} 年值 {current} 在区间 {}–{} 内", band.low, band.high)
        }
        Fact::CloserToBand { t, current, band } => {
            if held {
                write!(
                    f,
                    "{t} 年值 {current} 比基期更接近区间 {}–{}",
                    band.low, band.high
                )
            } else {
                write!(
                    f,
                    "{t} 年值 {current} 在区间 {}–{} 外，且不比基期更接近",
                    band.low, band.high
                )
            }
        }
        Fact::UnderControl { t, current } => {
            let not = if held { "不" } else { "" };
            write!(f, "{t} 年值 {current} {not}高于基期")
        }
        Fact::Fall {
            t,
            gap,
            current,
            b,
            baseline,
            both_zero,
        } => {
            let what = if *gap { "差距" } else { "值" };
            if held && *both_zero {
                write!(f, "{t} 年{what}与 {b} 年基期均为 0")
            } else {
                let not = if held { "" } else { "未" };
                write!(
                    f,
                    "{t} 年{what} {current} {not}低于 {b} 年基期{}",
                    baseline_text(baseline.as_ref())
                )
            }
        }
        Fact::FallFromZero { t, gap } => {
            let what = if *gap { "差距" } else { "值" };
            if held {
                write!(f, "基期{what}为 0，{t} 年{what}也为 0")
            } else {
                write!(f, "基期{what}为 0，{t} 年{what}不为 0")
            }
        }
        Fact::FallMarkedly { t, gap, bound } => {
            let what = if *gap { "差距" } else { "值" };
            let relation = if held { "不高于" } else { "高于" };
            match bound {
                Some(v) => write!(f, "{t} 年{what}{relation} {v}"),
                None => write!(f, "{t} 年{what}{relation}明显下降的路径"),
            }
        }
        Fact::Rise {
            t,
            current,
            b,
            baseline,
            saturated,
            then,
        } => match (held, then) {
            (true, then) => {
                if *saturated {
                    write!(f, "{t} 年值 {current} 与 {b} 年基期均已到自然上限")?;
                } else {
                    write!(
                        f,
                        "{t} 年值 {current} 高于 {b} 年基期{}",
                        baseline_text(baseline.as_ref())
                    )?;
                }
                match then {
                    RiseThen::Nothing => Ok(()),
                    RiseThen::NeverBelow => f.write_str("，且此后从未低于基期"),
                    RiseThen::RisingTrend => f.write_str("，且趋势上升"),
                }
            }
            (false, RiseThen::Nothing) => write!(
                f,
                "{t} 年值 {current} 未高于 {b} 年基期{}",
                baseline_text(baseline.as_ref())
            ),
            (false, RiseThen::NeverBelow) => {
                write!(f, "{t} 年值 {current} 未高于基期，或期间曾低于基期")
            }
            (false, RiseThen::RisingTrend) => {
                write!(f, "{t} 年值 {current} 未高于基期，或趋势未上升")
            }
        },
        Fact::EveryYear { b, t, failed } => {
            if held {
                write!(f, "{b}–{t} 年逐年提高")
            } else {
                f.write_str("未逐年提高")?;
                match failed {
                    Some(y) => write!(f, "（{y} 年）"),
                    None => Ok(()),
                }
            }
        }
        Fact::Change(change) => {
            let ChangeFact {
                t,
                current,
                b,
                baseline,
                rule,
                threshold,
            } = &**change;
            write!(f, "{t} 年值 {current} ")?;
            match threshold {
                Some(th) => {
                    let value = match *th {
                        crate::eval::Threshold::Compare { op, value } => {
                            format!("{}{}", op.symbol(), value.round_dp(6).normalize())
                        }
                        ref other => Shown(other).to_string(),
                    };
                    write!(f, "{} {value}，", meets(held))?;
                }
                None => f.write_str(if held { "" } else { "未" })?,
            }
            write!(
                f,
                "较 {b} 年{}",
                baseline_text(baseline.as_ref()).trim_start()
            )?;
            write_rule(f, rule)
        }
    }
}

/// `下降至少 1/3`, `每年提高至少 0.5`, `翻一番`, `提高`.
fn write_rule(f: &mut String, rule: &ChangeRule) -> fmt::Result {
    let what = if rule.direction == Direction::Lower {
        "下降"
    } else {
        "提高"
    };
    if rule.annual {
        f.write_str("每年")?;
    }
    let reach = match rule.reach {
        Reach::AtLeast => "至少",
        Reach::AtMost => "至多",
    };
    match rule.size {
        Size::Any => f.write_str(what),
        Size::Absolute(a) => write!(f, "{what}{reach} {}", a.normalize()),
        Size::Relative { p, q } if q == Decimal::ONE_HUNDRED => {
            write!(f, "{what}{reach} {}%", p.normalize())
        }
        Size::Relative { p, q } if q == Decimal::ONE && rule.direction != Direction::Lower => {
            if p == Decimal::ONE && rule.reach == Reach::AtLeast {
                f.write_str("翻一番")
            } else {
                let times = p.saturating_add(Decimal::ONE).normalize();
                write!(f, "{what}到{reach} {times} 倍")
            }
        }
        Size::Relative { p, q } => {
            write!(f, "{what}{reach} {}/{}", p.normalize(), q.normalize())
        }
    }
}

fn write_outlook(f: &mut String, reason: &OutlookReason) -> fmt::Result {
    match &reason.0 {
        OutlookWhy::AlreadyMet(Some((t, y))) => {
            write!(f, "目标已实现：{t} 年为 {}", show(*y))
        }
        OutlookWhy::AlreadyMet(None) => f.write_str("目标已实现"),
        OutlookWhy::NoBaseline => f.write_str("无基期值，无法衡量进展"),
        OutlookWhy::NoCurrent => f.write_str("无当前值，无法衡量进展"),
        OutlookWhy::NoPace { b, t } => {
            write!(f, "计算速度需要基期 {b} 年之后的监测值；最新为 {t} 年")
        }
        OutlookWhy::TargetYearNotAfter { target_year, b } => {
            write!(f, "目标年 {target_year} 不在基期 {b} 年之后")
        }
        OutlookWhy::AcrossBand { b, yb, t, yt } => write!(
            f,
            "由 {b} 年 {} 到 {t} 年 {}，跨越整个区间；其速度不能说明能否落在区间内",
            show(*yb),
            show(*yt)
        ),
        OutlookWhy::Compound {
            b,
            yb,
            t,
            yt,
            s,
            required,
            v,
            target_year,
        } => {
            let (s_percent, r, required_percent) = OutlookWhy::compound_figures(*s, *required);
            write!(
                f,
                "由 {b} 年 {} 到 {t} 年 {}，年均向好 {}%，为 {target_year} 年达到 {} 所需年均 {}% 的 R = {}",
                show(*yb),
                show(*yt),
                show(s_percent),
                show(*v),
                show(required_percent),
                show(r)
            )
        }
        OutlookWhy::Linear {
            b,
            yb,
            t,
            yt,
            v,
            r,
            target_year,
        } => write!(
            f,
            "数值或目标不为正，按由 {b} 年 {} 到 {target_year} 年 {} 的线性路径，{t} 年的 {} 为所需速度的 R = {}",
            show(*yb),
            show(*v),
            show(*yt),
            show(*r)
        ),
        OutlookWhy::NoRateRequired { b, yb, v, moved } => {
            write!(
                f,
                "{b} 年基期 {} 已在目标 {} 上，无需速度；数值",
                show(*yb),
                show(*v)
            )?;
            match moved {
                Moved::Not => f.write_str("未变化"),
                Moved::Better(t, yt) => write!(f, "向好变化，{t} 年为 {}", show(*yt)),
                Moved::Away(t, yt) => write!(f, "向坏变化，{t} 年为 {}", show(*yt)),
            }
        }
        OutlookWhy::Overflow => f.write_str("速度超出精确小数运算范围，无法给出展望"),
        OutlookWhy::NoDirection => f.write_str("方向性目标需要向好的方向；区间没有方向"),
        OutlookWhy::FromZero { b, how, t, yt } => {
            let how = match *how {
                "moved the better way" => "向好变化",
                "moved away" => "向坏变化",
                "stayed at the floor 0" => "保持在下限 0",
                "did not move" => "未变化",
                other => other,
            };
            write!(
                f,
                "{b} 年基期为 0，无相对速度；数值{how}（{t} 年 {}）",
                show(*yt)
            )
        }
        OutlookWhy::Pace {
            b,
            yb,
            t,
            yt,
            s,
            method,
            on_track,
            scaled,
        } => {
            let method = match *method {
                "compound" => "复合增长",
                "linear (a value is not positive)" => "线性（数值不为正）",
                other => other,
            };
            write!(
                f,
                "由 {b} 年 {} 到 {t} 年 {}，年均向好 {}%（{method}），进展顺利需 {}%",
                show(*yb),
                show(*yt),
                show(*s),
                show(*on_track)
            )?;
            match scaled {
                Some(c) => write!(f, "（接近自然上限，阈值乘以 {}）", show(*c)),
                None => Ok(()),
            }
        }
        OutlookWhy::TooFewForEveryYear => f.write_str("判断逐年提高至少需要两个监测值"),
        OutlookWhy::OutOfOrder => f.write_str("监测值的年份不是递增顺序"),
        OutlookWhy::DidNotRise { a, ya, z, yz } => {
            write!(f, "数值未由 {a} 年 {} 提高到 {z} 年 {}", fig(ya), fig(yz))
        }
        OutlookWhy::MissingYear(y) => write!(f, "缺 {y} 年监测值，无法检查是否逐年提高"),
        OutlookWhy::Undecided => f.write_str("界值无法判断是否提高，无法检查是否逐年提高"),
        OutlookWhy::NotAValue(y, o) => write!(f, "{y} 年值 {o} 是比值，不是数值"),
        OutlookWhy::RoseEveryYear { a, ya, z, yz } => {
            write!(f, "数值由 {a} 年 {} 逐年提高到 {z} 年 {}", fig(ya), fig(yz))
        }
        OutlookWhy::BoundBaseline { b, value } => {
            write!(f, "{b} 年基期只知为 {value}，无法由此计算速度")
        }
        OutlookWhy::NoThreshold => f.write_str("没有衡量进展的阈值"),
        OutlookWhy::Met => f.write_str("目标已达到"),
        OutlookWhy::InsideBand => f.write_str("在政策设定的区间内"),
        OutlookWhy::Qualitative => f.write_str("定性目标"),
        OutlookWhy::Items => f.write_str("多项目标，各属其他指标"),
        OutlookWhy::Milestone(year, reason) => {
            write!(f, "朝 {year} 年阶段目标：")?;
            write_outlook(f, reason)
        }
        OutlookWhy::Part(i, n, reason) => {
            write!(f, "共 {n} 部分，第 {i} 部分：")?;
            write_outlook(f, reason)
        }
        OutlookWhy::Text(text) => f.write_str(text),
    }
}

fn fig(figure: &Figure) -> String {
    match figure {
        Figure::Number(v) => show(*v).to_string(),
        Figure::Written(o) => o.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eval::{Context, IndicatorSpec, Policy, Window, bind, evaluate_in};
    use crate::series::Series;

    /// The status and outlook of `target` over `series`, in Chinese.
    fn both_zh(target: &str, direction: Option<Direction>, series: &str) -> (String, String) {
        let spec = IndicatorSpec {
            direction,
            ..IndicatorSpec::default()
        };
        let policy = Policy::default();
        let bound = bind(&target.parse().unwrap(), &spec, &policy).unwrap();
        let series = Series::parse(series).unwrap().0;
        let context = Context::default();
        let window = Window::new(&bound, &series, &context);
        let assessment = evaluate_in(&bound, &window, &context);
        let outlook = crate::outlook::assess(&bound, &assessment, &window, &policy);
        (
            status_zh(&assessment.explanation),
            outlook_zh(&outlook.explanation),
        )
    }

    /// Latin words in a Chinese sentence: every run of ASCII letters except the pace ratio `R`.
    fn latin_words(text: &str) -> Vec<&str> {
        text.split(|c: char| !c.is_ascii_alphabetic())
            .filter(|w| !w.is_empty() && *w != "R")
            .collect()
    }

    /// Every form of the wider notation, met and not met, explains itself in Chinese: no
    /// English clause leaks into a Chinese report, and the sentence names the rule it applied.
    #[test]
    fn the_wider_notation_explains_itself_in_chinese() {
        let higher = Some(Direction::Higher);
        let lower = Some(Direction::Lower);
        let cases: &[(&str, Option<Direction>, &str, &str)] = &[
            ("下降1/3", None, "2020=30,2023=20", "下降至少 1/3"),
            ("下降1/3", None, "2020=30,2023=25", "未达到"),
            ("比2020年翻一番", None, "2020=10,2024=21", "翻一番"),
            ("提高5个百分点", None, "2020=60,2024=62", "提高至少 5"),
            (
                "每年降低0.5个百分点以上",
                None,
                "2020=10,2022=8.9",
                "每年下降",
            ),
            ("年均增长7%以上", None, "2020=100,2022=110", "每年提高"),
            (
                "到2025年控制在10.5以下，到2030年下降到10以下",
                lower,
                "2020=12,2024=10.4",
                "2025 年阶段目标",
            ),
            (
                "有1名以上女干部，并逐步增加",
                None,
                "2020=1,2024=2",
                "各部分均已达标",
            ),
            ("有1名以上女干部，并逐步增加", None, "2020=1,2024=0", "部分"),
            ("得到改善", higher, "2020=5,2024=6", "高于"),
            ("保持稳定", None, "2020=5,2022=5.1,2024=4.9", "年"),
            ("消除", lower, "2020=5,2024=0", "达到"),
            ("进入前15位", None, "2020=20,2024=12", "达到"),
            ("同比增长10%以上", None, "2023=100,2024=111", "提高"),
            // The year before t is missing: never an earlier year in its place.
            ("比上年增长10%", None, "2022=100,2024=111", "2023 年"),
        ];
        for &(target, direction, series, keyword) in cases {
            let (status, outlook) = both_zh(target, direction, series);
            for text in [&status, &outlook] {
                assert!(
                    latin_words(text).is_empty(),
                    "{target} over {series}: English in {text:?}"
                );
            }
            assert!(
                status.contains(keyword),
                "{target} over {series}: {status:?} lacks {keyword:?}"
            );
        }
    }

    #[test]
    fn a_target_that_cannot_be_bound_is_explained_in_chinese() {
        let spec = IndicatorSpec {
            unit: Some(crate::syntax::Unit::Percent),
            ..IndicatorSpec::default()
        };
        let errors = [
            bind(&"≥5岁".parse().unwrap(), &spec, &Policy::default()),
            bind(
                &"不低于全国平均水平".parse().unwrap(),
                &spec,
                &Policy::default(),
            ),
            bind(
                &"80".parse().unwrap(),
                &IndicatorSpec::default(),
                &Policy::default(),
            ),
        ];
        let mut seen = Vec::new();
        for error in errors {
            let text = bind_zh(&error.unwrap_err());
            assert!(latin_words(&text).is_empty(), "English in {text:?}");
            seen.push(text);
        }
        assert!(
            seen[0].contains("单位是岁") && seen[0].contains("单位是%"),
            "{}",
            seen[0]
        );
        assert!(seen[1].contains("未配置参照数据"), "{}", seen[1]);
        assert!(seen[2].contains("需要方向"), "{}", seen[2]);
    }
}
