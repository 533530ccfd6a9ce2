//! The fixed texts of the rendered reports, in Chinese (the default) and English.
//!
//! Every heading, column label, status, outlook and warning word that a renderer prints comes
//! from here, so that a Chinese report is all Chinese and an English one all English. What
//! the plans or the data write — indicator names, areas, plan titles, units, targets, notes —
//! is printed as written in both languages. The explanation sentences come from the evaluator
//! in English; [`Lang::explanation`] writes them in Chinese for the Chinese reports for people
//! (Markdown, HTML, xlsx), while the JSON and CSV `explanation` stays English.
//!
//! Machine formats keep machine names: the CSV and JSON reports use snake_case keys and values
//! (`not_met`) whatever the language.
//!
//! ```
//! use plan_targets::report::lang::Lang;
//! use plan_targets::eval::Status;
//!
//! let en: Lang = "en".parse()?;
//! assert_eq!(en.status(Status::NotMet), "not met");
//! assert_eq!(Lang::Zh.status(Status::NotMet), "未达标");
//! assert_eq!(Lang::default(), Lang::Zh);
//! # Ok::<(), plan_targets::report::lang::UnknownLang>(())
//! ```

use crate::catalog::{Attribute, Plan};
use crate::eval::Status;
use crate::outlook::{Outlook, Warning};
use crate::series::Year;

/// The language of a report's fixed texts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    /// Chinese (简体中文), the language of the plans.
    #[default]
    Zh,
    /// English.
    En,
}

/// A language code other than `zh` or `en`.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("unknown language `{0}`: expected zh or en")]
pub struct UnknownLang(pub String);

impl std::str::FromStr for Lang {
    type Err = UnknownLang;

    /// Reads `zh` or `en` (ASCII case ignored).
    fn from_str(s: &str) -> Result<Lang, UnknownLang> {
        match s.to_ascii_lowercase().as_str() {
            "zh" => Ok(Lang::Zh),
            "en" => Ok(Lang::En),
            _ => Err(UnknownLang(s.to_owned())),
        }
    }
}

/// The fixed texts that are not a value's name: headings, column labels, sentences.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Text {
    /// The report's title, before the year.
    Title,
    /// "Assessment year", in the line under the title.
    AssessmentYear,
    /// "baseline".
    Baseline,
    /// "target".
    Target,
    /// The summary heading.
    Summary,
    /// The per-area summary heading.
    ByArea,
    /// The definition of the met share.
    MetShareNote,
    /// The warnings heading.
    Warnings,
    /// No warning was raised.
    NoWarnings,
    /// The notes heading.
    Notes,
    /// The indicators heading (HTML).
    Indicators,
    /// Column: number of indicators.
    ColIndicators,
    /// Column: met share.
    ColMetShare,
    /// Column: warnings red / orange / yellow.
    ColWarnings,
    /// Column: warning.
    ColWarning,
    /// Column: id.
    ColId,
    /// Column: indicator name.
    ColName,
    /// Column: unit.
    ColUnit,
    /// Column: target.
    ColTarget,
    /// Column: attribute.
    ColAttribute,
    /// Column: baseline.
    ColBaseline,
    /// Column: current value.
    ColCurrent,
    /// Column: status.
    ColStatus,
    /// Column: outlook.
    ColOutlook,
    /// Column: pace.
    ColRate,
    /// Column: projection to the target year (the year follows or precedes).
    ColProjected,
    /// Column: explanation.
    ColExplanation,
    /// Column: notes.
    ColNotes,
    /// Column: plan.
    ColPlan,
    /// Column: area.
    ColArea,
    /// Column: assessment year.
    ColAssessmentYear,
    /// Column: the year of a figure.
    ColYear,
    /// Label: the target year.
    ColTargetYear,
    /// The legend under the Markdown tables.
    Legend,
    /// The chart's legend: observed.
    ChartObserved,
    /// The chart's legend: target.
    ChartTarget,
    /// The chart's legend: projection.
    ChartProjection,
    /// No figure to draw.
    ChartNoData,
    /// "per year", after a rate.
    PerYear,
    /// The label of a plan's whole row in a summary (`全部`).
    All,
    /// The regional report's title, before the year.
    RegionalTitle,
    /// The cross-region table's heading.
    RegionsCompared,
    /// How the regions are ordered.
    NeedOrder,
    /// Column: region.
    ColRegion,
    /// What the cross-region table's cells show.
    CellLegend,
    /// The per-region sections' heading (HTML).
    RegionSections,
    /// The comparison sheet's name (xlsx).
    SheetComparison,
    /// The sheet of every region's rows (xlsx).
    SheetRegionRows,
}

impl Lang {
    /// The language's code: `zh` or `en` (the HTML `lang` attribute).
    pub const fn code(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }

    /// A fixed text.
    pub const fn text(self, text: Text) -> &'static str {
        use Text::*;
        match self {
            Lang::Zh => match text {
                Title => "规划监测报告",
                AssessmentYear => "评估年度",
                Baseline => "基期",
                Target => "目标年",
                Summary => "总体情况",
                ByArea => "分领域情况",
                MetShareNote => "达标率 = 已达标 ÷ (已达标 + 未达标)。",
                Warnings => "预警",
                NoWarnings => "无预警。",
                Notes => "数据备注",
                Indicators => "指标监测",
                ColIndicators => "指标数",
                ColMetShare => "达标率",
                ColWarnings => "预警 红/橙/黄",
                ColWarning => "预警",
                ColId => "编号",
                ColName => "指标",
                ColUnit => "单位",
                ColTarget => "目标",
                ColAttribute => "属性",
                ColBaseline => "基期",
                ColCurrent => "当前",
                ColStatus => "状态",
                ColOutlook => "展望",
                ColRate => "速度",
                ColProjected => "预测",
                ColExplanation => "说明",
                ColNotes => "备注",
                ColPlan => "规划",
                ColArea => "领域",
                ColAssessmentYear => "评估年度",
                ColYear => "年份",
                ColTargetYear => "目标年",
                Legend => {
                    "速度：R 为实际速度与所需速度之比，方向性目标为年均变化（%/年）。\
                     预测：按最小二乘法外推至目标年，仅供参考。"
                }
                ChartObserved => "监测值",
                ChartTarget => "目标",
                ChartProjection => "预测",
                ChartNoData => "无数据",
                PerYear => "%/年",
                All => "全部",
                RegionalTitle => "规划分地区监测报告",
                RegionsCompared => "地区比较",
                NeedOrder => {
                    "最需关注的地区在前：红色预警最多者在先，其次达标率最低者（无可评估指标的地区在后），再次橙色、黄色预警多者。"
                }
                ColRegion => "地区",
                CellLegend => {
                    "✓ 已达标，✗ 未达标，· 数据不足，? 需研判；底色为预警颜色（红、橙、黄）。"
                }
                RegionSections => "各地区情况",
                SheetComparison => "地区比较",
                SheetRegionRows => "各地区指标",
            },
            Lang::En => match text {
                Title => "Monitoring report on the plans",
                AssessmentYear => "Assessment year",
                Baseline => "baseline",
                Target => "target year",
                Summary => "Summary",
                ByArea => "By area",
                MetShareNote => "Met share = met ÷ (met + not met).",
                Warnings => "Warnings",
                NoWarnings => "No warnings.",
                Notes => "Notes from the data",
                Indicators => "Indicators",
                ColIndicators => "Indicators",
                ColMetShare => "Met share",
                ColWarnings => "Warnings red/orange/yellow",
                ColWarning => "Warning",
                ColId => "Id",
                ColName => "Indicator",
                ColUnit => "Unit",
                ColTarget => "Target",
                ColAttribute => "Attribute",
                ColBaseline => "Baseline",
                ColCurrent => "Current",
                ColStatus => "Status",
                ColOutlook => "Outlook",
                ColRate => "Pace",
                ColProjected => "Projected",
                ColExplanation => "Explanation",
                ColNotes => "Notes",
                ColPlan => "Plan",
                ColArea => "Area",
                ColAssessmentYear => "Assessment year",
                ColYear => "Year",
                ColTargetYear => "Target year",
                Legend => {
                    "Pace: R is the actual rate over the required rate; for directional goals, \
                     the annual change (%/yr). Projected: least-squares extrapolation to the \
                     target year, for reading only."
                }
                ChartObserved => "observed",
                ChartTarget => "target",
                ChartProjection => "projection",
                ChartNoData => "no data",
                PerYear => "%/yr",
                All => "all",
                RegionalTitle => "Monitoring report by region on the plans",
                RegionsCompared => "Regions compared",
                NeedOrder => {
                    "Regions most in need first: most red warnings, then the lowest met share \
                     (regions with nothing assessable after those with a share), then most orange \
                     and yellow warnings."
                }
                ColRegion => "Region",
                CellLegend => {
                    "✓ met, ✗ not met, · insufficient data, ? needs judgement; the fill is the \
                     warning's colour (red, orange, yellow)."
                }
                RegionSections => "Regions",
                SheetComparison => "Regions compared",
                SheetRegionRows => "Indicators by region",
            },
        }
    }

    /// A status in words.
    pub const fn status(self, status: Status) -> &'static str {
        match (self, status) {
            (Lang::Zh, Status::Met) => "已达标",
            (Lang::Zh, Status::NotMet) => "未达标",
            (Lang::Zh, Status::InsufficientData) => "数据不足",
            (Lang::Zh, Status::NeedsJudgement) => "需研判",
            (Lang::En, Status::Met) => "met",
            (Lang::En, Status::NotMet) => "not met",
            (Lang::En, Status::InsufficientData) => "insufficient data",
            (Lang::En, Status::NeedsJudgement) => "needs judgement",
        }
    }

    /// An outlook in words.
    pub const fn outlook(self, outlook: Outlook) -> &'static str {
        match (self, outlook) {
            (Lang::Zh, Outlook::Achieved) => "已实现",
            (Lang::Zh, Outlook::OnTrack) => "进展顺利",
            (Lang::Zh, Outlook::AccelerationNeeded) => "需加快",
            (Lang::Zh, Outlook::LimitedProgress) => "进展有限",
            (Lang::Zh, Outlook::Deteriorating) => "趋于恶化",
            (Lang::Zh, Outlook::InsufficientData) => "数据不足",
            (Lang::Zh, Outlook::NeedsJudgement) => "需研判",
            (Lang::En, Outlook::Achieved) => "achieved",
            (Lang::En, Outlook::OnTrack) => "on track",
            (Lang::En, Outlook::AccelerationNeeded) => "acceleration needed",
            (Lang::En, Outlook::LimitedProgress) => "limited progress",
            (Lang::En, Outlook::Deteriorating) => "deteriorating",
            (Lang::En, Outlook::InsufficientData) => "insufficient data",
            (Lang::En, Outlook::NeedsJudgement) => "needs judgement",
        }
    }

    /// A warning's colour in words.
    pub const fn warning(self, warning: Warning) -> &'static str {
        match (self, warning) {
            (Lang::Zh, Warning::Yellow) => "黄色",
            (Lang::Zh, Warning::Orange) => "橙色",
            (Lang::Zh, Warning::Red) => "红色",
            (Lang::En, Warning::Yellow) => "yellow",
            (Lang::En, Warning::Orange) => "orange",
            (Lang::En, Warning::Red) => "red",
        }
    }

    /// An attribute in words (约束性 / binding).
    pub const fn attribute(self, attribute: Attribute) -> &'static str {
        match self {
            Lang::Zh => attribute.as_chinese(),
            Lang::En => attribute.as_str(),
        }
    }

    /// The regional report's title: the plans it covers and the assessment year, as
    /// [`title`](Lang::title) writes them.
    ///
    /// ```
    /// use plan_targets::catalog::Plan;
    /// use plan_targets::report::lang::Lang;
    /// assert_eq!(
    ///     Lang::Zh.regional_title(&[Plan::Children], 2024),
    ///     "《巫山县儿童发展规划（2021—2030年）》分地区监测报告（2024年）"
    /// );
    /// ```
    pub fn regional_title(self, plans: &[Plan], year: Year) -> String {
        self.titled(plans, year, Text::RegionalTitle)
    }

    /// `《A》《B》监测报告（2024年）` / `Monitoring report on A and B (2024)`, with `heading` the
    /// generic words when there is no plan to name.
    fn titled(self, plans: &[Plan], year: Year, heading: Text) -> String {
        if plans.is_empty() {
            return match self {
                Lang::Zh => format!("{}（{year}年）", self.text(heading)),
                Lang::En => format!("{} ({year})", self.text(heading)),
            };
        }
        let regional = heading == Text::RegionalTitle;
        match self {
            Lang::Zh => {
                let names: String = plans.iter().map(|p| format!("《{}》", p.title())).collect();
                let what = if regional {
                    "分地区监测报告"
                } else {
                    "监测报告"
                };
                format!("{names}{what}（{year}年）")
            }
            Lang::En => {
                let titles: Vec<&str> = plans.iter().map(|p| p.title()).collect();
                let names = match titles.split_last() {
                    Some((last, [])) => (*last).to_owned(),
                    Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
                    None => String::new(),
                };
                let what = if regional {
                    "Monitoring report by region on"
                } else {
                    "Monitoring report on"
                };
                format!("{what} {names} ({year})")
            }
        }
    }

    /// `共 2844 个地区。` / `2844 regions.`
    pub fn region_count(self, n: usize) -> String {
        match self {
            Lang::Zh => format!("共 {n} 个地区。"),
            Lang::En if n == 1 => "1 region.".to_owned(),
            Lang::En => format!("{n} regions."),
        }
    }

    /// The note of a page that details only the regions most in need.
    pub fn regions_detailed(self, shown: usize, total: usize) -> String {
        match self {
            Lang::Zh => format!(
                "本页只详列最需关注的 {shown} 个地区（含逐项图表），其余 {} 个地区只在上表中；\
                 每个地区的完整结果见 CSV、JSON 或 xlsx 格式的报告。",
                total - shown
            ),
            Lang::En => format!(
                "This page details only the {shown} regions most in need (with a chart per \
                 indicator); the other {} are in the table above only. Every region's full \
                 results are in the CSV, JSON or xlsx report.",
                total - shown
            ),
        }
    }

    /// A row's explanation for people: the English text as the evaluator writes it, or the
    /// same reasons in Chinese (`状态；展望：…`). The machine formats keep the English
    /// [`ReportRow::explanation`](super::ReportRow::explanation) whatever the language. A target
    /// that could not be bound keeps the binding error's English text after `无法评估：`.
    ///
    /// ```
    /// use plan_targets::data::Dataset;
    /// use plan_targets::report::{Monitor, ReportOptions, lang::Lang};
    ///
    /// let data = Dataset::from_csv_str("indicator,year,value\nW02,2020,78.99\nW02,2024,79.95\n")?;
    /// let report = Monitor::new(ReportOptions::default())?.report(&data);
    /// let w02 = report.rows.iter().find(|r| r.id == "W02").unwrap();
    /// assert!(w02.explanation.to_string().starts_with("2024 value 79.95 does not meet"));
    /// assert_eq!(w02.explanation, Lang::En.explanation(w02).as_str());
    /// assert!(Lang::Zh.explanation(w02).starts_with("2024 年值 79.95 未达到"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn explanation(self, row: &super::ReportRow) -> String {
        match self {
            Lang::Zh => super::explain::zh(&row.explanation),
            Lang::En => row.explanation.to_string(),
        }
    }

    /// A status as one symbol, for the cross-region table: `✓ ✗ · ?`.
    pub const fn status_symbol(status: Status) -> &'static str {
        match status {
            Status::Met => "✓",
            Status::NotMet => "✗",
            Status::InsufficientData => "·",
            Status::NeedsJudgement => "?",
        }
    }

    /// The report's title: the plans it covers, by their titles as the documents give them,
    /// and the assessment year. A report on a catalogue a user brings is named after that
    /// catalogue's plans, not the embedded ones; with no plan at all the title says
    /// `规划监测报告` / `Monitoring report on the plans`.
    ///
    /// ```
    /// use plan_targets::catalog::Plan;
    /// use plan_targets::report::lang::Lang;
    /// assert_eq!(
    ///     Lang::Zh.title(&[Plan::Women, Plan::Children], 2024),
    ///     "《巫山县妇女发展规划（2021—2030年）》《巫山县儿童发展规划（2021—2030年）》监测报告（2024年）"
    /// );
    /// assert_eq!(
    ///     Lang::En.title(&[Plan::Women], 2024),
    ///     "Monitoring report on 巫山县妇女发展规划（2021—2030年） (2024)"
    /// );
    /// assert_eq!(Lang::Zh.title(&[], 2024), "规划监测报告（2024年）");
    /// ```
    pub fn title(self, plans: &[Plan], year: Year) -> String {
        self.titled(plans, year, Text::Title)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_texts_have_no_chinese_and_chinese_ones_no_latin_words() {
        let all = [
            Text::Title,
            Text::AssessmentYear,
            Text::Baseline,
            Text::Target,
            Text::Summary,
            Text::ByArea,
            Text::MetShareNote,
            Text::Warnings,
            Text::NoWarnings,
            Text::Notes,
            Text::Indicators,
            Text::ColIndicators,
            Text::ColMetShare,
            Text::ColWarnings,
            Text::ColWarning,
            Text::ColId,
            Text::ColName,
            Text::ColUnit,
            Text::ColTarget,
            Text::ColAttribute,
            Text::ColBaseline,
            Text::ColCurrent,
            Text::ColStatus,
            Text::ColOutlook,
            Text::ColRate,
            Text::ColProjected,
            Text::ColExplanation,
            Text::ColNotes,
            Text::ColPlan,
            Text::ColArea,
            Text::ColAssessmentYear,
            Text::ColYear,
            Text::ColTargetYear,
            Text::ChartObserved,
            Text::ChartTarget,
            Text::ChartProjection,
            Text::ChartNoData,
            Text::All,
            Text::RegionalTitle,
            Text::RegionsCompared,
            Text::NeedOrder,
            Text::ColRegion,
            Text::CellLegend,
            Text::RegionSections,
            Text::SheetComparison,
            Text::SheetRegionRows,
        ];
        for t in all {
            let en = Lang::En.text(t);
            assert!(
                en.is_ascii() || en.chars().all(|c| c < '\u{2e80}'),
                "{t:?}: {en}"
            );
            let zh = Lang::Zh.text(t);
            assert!(!zh.chars().any(|c| c.is_ascii_alphabetic()), "{t:?}: {zh}");
        }
    }
}
