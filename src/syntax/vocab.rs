//! The vocabulary of directional and qualitative goals: a table of whole phrases, and a lexicon
//! from which directional phrases are composed.
//!
//! A directional phrase is compositional ([`crate::semantics`]): frames (`在现有基础上…`, `得到…`)
//! and adverbs in any order ([`Pace`]: `逐步` gradually, `逐年` every year, `明显`/`显著`/`大幅`/
//! `快速` markedly, the rest plain), a verb ([`Sense`]: rise, fall, narrow, improve, control,
//! slow) and an optional closing frame (`…趋势得到遏制`, `…趋势减缓`: under control); or a
//! comparative before adjectives of quality (`更加合理`, `更趋完善`: improve). A phrase of the
//! table wins over a composition of the same length, so the table also holds the exceptions
//! (`明显增强` is qualitative).

use serde::{Deserialize, Serialize};

use super::ast::{Phrase, Target};
use super::input::{Src, fold, is_han};

/// What a vocabulary phrase means: the form of target it stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Meaning {
    /// [`Target::Rise`]: above the baseline.
    Rise,
    /// [`Target::RiseGradually`]: above the baseline with a rising trend.
    RiseGradually,
    /// [`Target::RiseEveryYear`]: up every year.
    RiseEveryYear,
    /// [`Target::ConsolidateAndRise`]: up, and never below the baseline on the way.
    ConsolidateAndRise,
    /// [`Target::Fall`]: below the baseline.
    Fall,
    /// [`Target::FallMarkedly`]: down at the marked-decline rate.
    FallMarkedly,
    /// [`Target::UnderControl`]: not above the baseline.
    UnderControl,
    /// [`Target::TowardBalance`]: inside, or closer to, the balance band.
    TowardBalance,
    /// [`Target::Narrow`] (`marked: false`): a gap that falls.
    Narrow,
    /// [`Target::Narrow`] (`marked: true`): a gap that falls markedly.
    NarrowMarkedly,
    /// [`Target::Qualitative`]: judged by people.
    Qualitative,
    /// [`Target::Improve`]: a move in the good direction.
    Improve,
    /// [`Target::Stable`]: within δ of the baseline throughout.
    Stable,
}

/// The pace an adverb gives a directional verb.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Pace {
    /// `不断`, `持续`, `稳步`, `继续`, `进一步`, `有效`, `有所`, `一定`, `较快`, `加快`, `适度`,
    /// `大力`, `严格`, `合理`, `基本`: the plain direction.
    Plain,
    /// `明显`, `显著`, `大幅`, `快速`: markedly.
    Markedly,
    /// `逐步`: gradually.
    Gradually,
    /// `逐年`: every year.
    EveryYear,
}

/// The sense of a directional verb.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Sense {
    /// `提高`, `提升`, `增加`, `增长`, `增多`, `扩大`, `增强`, `上升`, `延长`, `升高`, `上涨`,
    /// `壮大`, `新增`.
    Rise,
    /// `下降`, `降低`, `减少`, `缩短`, `减轻`.
    Fall,
    /// `缩小` (a gap).
    Narrow,
    /// `改善`, `好转`.
    Improve,
    /// `控制`, `遏制`, `防控`: under control at any pace (`严格控制`, `基本得到遏制`).
    Control,
    /// `放缓`, `减缓`, `趋缓`: a slowing (of a growth rate): a fall, or a marked fall at a marked
    /// pace (`明显放缓`).
    Slow,
}

impl Sense {
    /// The meaning of this verb at `pace`: `逐步` + rise is rise gradually, `逐年` + rise every
    /// year, `明显` + fall falls markedly; a gradual, yearly or marked rise otherwise reads as
    /// rise, a gradual or yearly fall as fall (the decisions of the phrase table).
    pub const fn meaning(self, pace: Pace) -> Meaning {
        match (self, pace) {
            (Sense::Rise, Pace::Gradually) => Meaning::RiseGradually,
            (Sense::Rise, Pace::EveryYear) => Meaning::RiseEveryYear,
            (Sense::Rise, Pace::Plain | Pace::Markedly) => Meaning::Rise,
            (Sense::Fall, Pace::Markedly) => Meaning::FallMarkedly,
            (Sense::Fall, Pace::Plain | Pace::Gradually | Pace::EveryYear) => Meaning::Fall,
            (Sense::Narrow, Pace::Markedly) => Meaning::NarrowMarkedly,
            (Sense::Narrow, Pace::Plain | Pace::Gradually | Pace::EveryYear) => Meaning::Narrow,
            (Sense::Improve, _) => Meaning::Improve,
            (Sense::Control, _) => Meaning::UnderControl,
            (Sense::Slow, Pace::Markedly) => Meaning::FallMarkedly,
            (Sense::Slow, Pace::Plain | Pace::Gradually | Pace::EveryYear) => Meaning::Fall,
        }
    }
}

/// The default adverbs.
const ADVERBS: &[(&str, Pace)] = &[
    ("逐步", Pace::Gradually),
    ("逐渐", Pace::Gradually),
    ("逐年", Pace::EveryYear),
    ("不断", Pace::Plain),
    ("持续", Pace::Plain),
    ("稳步", Pace::Plain),
    ("继续", Pace::Plain),
    ("进一步", Pace::Plain),
    ("有效", Pace::Plain),
    ("有所", Pace::Plain),
    ("有一定", Pace::Plain),
    ("一定", Pace::Plain),
    ("总体", Pace::Plain),
    ("明显", Pace::Markedly),
    ("显著", Pace::Markedly),
    // `显着` is an older spelling of `显著` (着 is not folded: `着力` is another word).
    ("显着", Pace::Markedly),
    // `着力防控`: with effort, the plain direction; so `尽力压缩` (as far as one can).
    ("着力", Pace::Plain),
    ("尽力", Pace::Plain),
    ("大幅", Pace::Markedly),
    // `大大减少`: greatly, as `大幅`.
    ("大大", Pace::Markedly),
    ("大幅度", Pace::Markedly),
    ("较大幅度", Pace::Markedly),
    ("较大", Pace::Markedly),
    ("根本性", Pace::Markedly),
    ("根本", Pace::Markedly),
    ("全面", Pace::Plain),
    ("更加", Pace::Plain),
    ("更为", Pace::Plain),
    ("稳定", Pace::Plain),
    ("切实", Pace::Plain),
    ("新", Pace::Plain),
    // The wider lexicon (docs/semantics.md, "Words of change"): speed and effort adverbs read
    // as the plain direction, except `快速` (markedly).
    ("快速", Pace::Markedly),
    ("较快", Pace::Plain),
    ("加快", Pace::Plain),
    ("适度", Pace::Plain),
    ("大力", Pace::Plain),
    ("严格", Pace::Plain),
    ("合理", Pace::Plain),
    ("基本", Pace::Plain),
    // `初步遏制…的趋势`, `初步恢复`, `得到阶段性改善`: a first step, read as the plain direction.
    ("初步", Pace::Plain),
    // `平稳增长`: steadily, the plain direction; `普遍提高`: across the board; `全部清零`.
    ("平稳", Pace::Plain),
    // `稳健增长`: soundly, the plain direction.
    ("稳健", Pace::Plain),
    ("普遍", Pace::Plain),
    // `日益增多`: more and more, the plain direction (`日益完善` is improve either way).
    ("日益", Pace::Plain),
    ("全部", Pace::Plain),
    ("阶段性", Pace::Plain),
    // `再提升`, `再完善`: again, further; the plain direction.
    ("再", Pace::Plain),
    // Manner: `适时提高` (when the time is right), `有序扩大`, `稳妥提高`, `相应提高` (in
    // step), `小幅提高` (a little): the plain direction. (Not `依法`, `积极`: mostly before
    // actions, `依法严惩…`, where a direction adverb would make the words look like damaged
    // notation.)
    ("适时", Pace::Plain),
    // `实现中高速增长`: a pace of growth, the plain direction.
    ("中高速", Pace::Plain),
    ("高速", Pace::Plain),
    ("有序", Pace::Plain),
    ("稳妥", Pace::Plain),
    ("相应", Pace::Plain),
    ("小幅", Pace::Plain),
    // `适当提高`: as fits, the plain direction.
    ("适当", Pace::Plain),
];

/// The default directional verbs.
const VERBS: &[(&str, Sense)] = &[
    ("提高", Sense::Rise),
    ("提升", Sense::Rise),
    ("增加", Sense::Rise),
    ("增长", Sense::Rise),
    ("增多", Sense::Rise),
    ("扩大", Sense::Rise),
    // `进一步扩充` (of a supply, a force): enlarged, a rise.
    ("扩充", Sense::Rise),
    // `户均增收1000元以上`: income raised by, a rise.
    ("增收", Sense::Rise),
    // `逐步加大` (of an input: funding, support): increased, a rise.
    ("加大", Sense::Rise),
    ("增强", Sense::Rise),
    ("上升", Sense::Rise),
    ("延长", Sense::Rise),
    ("升高", Sense::Rise),
    ("回升", Sense::Rise),
    // `全面跃升`: leaps up, a rise.
    ("跃升", Sense::Rise),
    ("下降", Sense::Fall),
    ("降低", Sense::Fall),
    ("减少", Sense::Fall),
    ("缩短", Sense::Fall),
    ("减轻", Sense::Fall),
    // `明显减小`: made smaller, a fall; `大幅回升`: back up, a rise.
    ("减小", Sense::Fall),
    // `得到缓解`, `有效缓解`: eased, kept from getting worse: under control, as `得到控制`.
    ("缓解", Sense::Control),
    ("缩小", Sense::Narrow),
    ("改善", Sense::Improve),
    ("好转", Sense::Improve),
    ("优化", Sense::Improve),
    ("完善", Sense::Improve),
    // `初步恢复` (of an ecosystem, a function): back toward good, an improvement; so is
    // `逐步修复` (restored).
    ("恢复", Sense::Improve),
    ("修复", Sense::Improve),
    ("降", Sense::Fall),
    // `压减16.2亿立方米`, `进一步削减`: cut down, a fall.
    ("压减", Sense::Fall),
    ("削减", Sense::Fall),
    // `尽力压缩` (of an infested area, a backlog): compressed, a fall.
    ("压缩", Sense::Fall),
    ("升", Sense::Rise),
    ("上涨", Sense::Rise),
    ("壮大", Sense::Rise),
    // `年均递增8%`, `年均递减1.6个百分点`: a rise or a fall by steps, year on year.
    ("递增", Sense::Rise),
    ("递减", Sense::Fall),
    // `新增1.5万公里`: an increase by an amount (absolute in the indicator's unit).
    ("新增", Sense::Rise),
    // `净增150亿元`: a net increase, by an amount.
    ("净增", Sense::Rise),
    ("控制", Sense::Control),
    ("遏制", Sense::Control),
    ("防控", Sense::Control),
    ("管控", Sense::Control),
    // `严控煤炭消费增长`: strict control, under control.
    ("严控", Sense::Control),
    ("防治", Sense::Control),
    ("放缓", Sense::Slow),
    ("减缓", Sense::Slow),
    ("趋缓", Sense::Slow),
    // `稳中有降`, `稳中有升`, `稳中向好`: steady, with a fall, a rise, a turn for the better.
    ("稳中有降", Sense::Fall),
    ("稳中有升", Sense::Rise),
    // `稳中有增`, `稳中有减`: steady, with growth or a decrease.
    ("稳中有增", Sense::Rise),
    ("稳中有减", Sense::Fall),
    ("稳中向好", Sense::Improve),
    // `趋稳向好`: steadying and turning better; `稳中有进`: steady, with progress (a rise);
    // `只增不减`: only ever growing.
    ("趋稳向好", Sense::Improve),
    ("稳中有进", Sense::Rise),
    ("只增不减", Sense::Rise),
    ("稳中趋好", Sense::Improve),
    // `实现正增长`, `保持正增长`: growth above zero, a rise; `保持增长` keeps growing.
    ("正增长", Sense::Rise),
    // `零增长` (of fertiliser use): no growth, kept from rising: under control; `负增长` is a
    // fall.
    ("零增长", Sense::Control),
    ("负增长", Sense::Fall),
    ("保持正增长", Sense::Rise),
    ("保持增长", Sense::Rise),
    // `预防和控制`: kept from rising, under control.
    ("预防和控制", Sense::Control),
];

/// Words that open with a one-character verb of direction (`升`, `降`) but are other words.
const OPEN_WITH_A_VERB: &[&str] = &["升级", "升学", "升格", "降级", "降格"];

/// Adverbs of comparison before an adjective of quality: `更加合理`, `更趋完善` are improve.
const COMPARATIVES: &[&str] = &["更加", "更趋", "更为", "日趋", "日益", "趋于", "趋向", "更"];

/// Adjectives of quality that, after a comparative adverb, say "better": improve.
const QUALITIES: &[&str] = &[
    "合理",
    "便利",
    "健全",
    "充分",
    "完善",
    "均衡",
    "公平",
    "优化",
    "规范",
    "完备",
    "便捷",
    "协调",
    "丰富",
    "繁荣",
    "成熟",
    "精准",
    "科学",
    "有效",
    "高效",
    "安全",
    "优质",
    "普惠",
    "友好",
    "和谐",
    "开放",
    "包容",
    "多元",
    "完整",
    "良好",
    "优美",
    "宜居",
    "充足",
    "紧密",
    "畅通",
    "顺畅",
    "专业",
    "平等",
    "稳固",
    "坚实",
    "牢固",
    "文明",
    "美好",
    "清洁",
    "健康",
    "可持续",
];

/// Opening frames of a directional phrase: they change no meaning.
/// (`较前`, "than before", names the plan's baseline, which every direction is read from.)
const OPENING_FRAMES: &[&str] = &[
    "在现有基础上",
    "在现有的基础上",
    "在现有水平上",
    "在原有基础上",
    "在原有的基础上",
    "在原基础上",
    "在目前基础上",
    "在目前的基础上",
    "较前",
    // `按规定提高`: as the rules say, at their pace.
    "按规定",
    "得到",
    "得以",
    "实现",
    "有",
];

/// Verbs of their own one edit away from a verb of direction (`管理` from `管控`, `压实` from
/// `压减`, `做大` from `扩大`, `提能` from `提高`): never taken for a misspelling of it, so that
/// words holding them may be a goal in words (`得到有效管理`, `持续做大做强`).
const REAL_VERBS_NEAR_DIRECTION: &[&str] = &[
    "提供", "提出", "增进", "扩展", "下达", "管理", "压实", "做大", "做强", "提能", "提质", "救治",
    "扩面", "增效", "扩容",
    // (`有效防范化解…风险`, `切实防止…`: actions of prevention and resolving; `增设`, `扩建`,
    // `扩招`: actions that build or admit.)
    "防范", "防止", "防护", "防疫", "防汛", "防灾", "化解", "破解", "调解", "增设", "增补", "扩建",
    "扩招", "提醒", "提倡", "减免", "减负",
    // (`提前30分钟发出`: in advance; `提前到45分钟` is a verb to a value of its own.)
    "提前",
];

/// Words that open a qualitative goal of no measurable form (`取得新进展`, `基本形成`,
/// `得到有效解决`): with words only after them, the whole phrase is qualitative.
const QUALITATIVE_OPENINGS: &[&str] = &["取得", "迈出", "基本", "全面", "得到", "达到新", "稳中"];

/// Action verbs that open a qualitative goal written as verb + object with no measure
/// (`促进0-3岁儿童早期综合发展`, `进一步凸显`, `建立家长学校`), after any adverbs of the lexicon.
/// The object is words; a number inside it is part of a name (`0-3岁儿童`) only when words
/// follow it, and a sign, `%`, `‰`, `:` or a damaged decimal point make it no object at all.
const ACTION_VERBS: &[&str] = &[
    "促进",
    "推进",
    "推动",
    "加强",
    "健全",
    "构建",
    "实现",
    "落实",
    "普及",
    "深化",
    "保障",
    "维护",
    "满足",
    "凸显",
    "严控",
    // (`控制在低流行水准`, `维持在较低水平`: a level in words, as after `保持在`.)
    "控制在",
    "维持在",
    "控制",
    "进入",
    "达到",
    "保持在",
    "保持",
    "巩固",
    "强化",
    "扩大",
    "提升",
    "提高",
    "增强",
    "改善",
    "优化",
    "完善",
    "推广",
    "选拔",
    "加大",
    "发挥",
    "释放",
    "预防",
    "制止",
    "达标",
    "深入人心",
    // `成为河西走廊城市群重要增长极`: become what the words name.
    "成为",
    // `制订“青年之家”提升方案`: draw up what the words name.
    "制订",
    "制定",
];

/// Action verbs whose object may be a count (`完成60个县`, `建设5个左右`, `打造30个`): with a
/// number first, the phrase is a quantity target, not a qualitative goal; with words first
/// (`完成“十四五”国家考核目标`, `创建若干个`) it is a qualitative goal.
const COUNTING_ACTION_VERBS: &[&str] = &["完成", "建设", "建成", "打造", "创建", "培养"];

/// Action verbs whose object is words, or a count at either end of it: `形成15个`,
/// `建立不少于1145个`, `开展家庭亲子阅读指导服务活动1000场` are quantity targets (the words
/// before the count its lead); `建立家长学校`, `形成15分钟健身圈` (a figure inside a name) are
/// qualitative goals.
const EDGE_COUNTING_VERBS: &[&str] = &["建立", "形成", "开展", "组织", "举办", "设立", "实施"];

/// Classifiers of things counted one by one, after the figure of an edge count (not `批`,
/// `种`, `类`: `一批` is "a number of").
const COUNT_CLASSIFIERS: &[char] = &[
    '个', '张', '家', '所', '场', '项', '名', '处', '座', '条', '支', '次', '人', '户', '期', '班',
    '件', '套', '台', '辆', // (`设立1000万元`: a sum set up is a quantity too.)
    '元',
];

/// True when `text` opens with a count (`15个`, `不少于1145个`, `一千场`), a bound word allowed
/// before it.
fn opens_with_count(text: &str) -> bool {
    let text = ["至少", "不少于", "不低于", "超过", "最少", "约", "近"]
        .iter()
        .find_map(|w| text.strip_prefix(w))
        .unwrap_or(text);
    let figure = text
        .char_indices()
        .find(|&(_, c)| {
            let c = fold(c);
            !(c.is_ascii_digit() || c == '.' || super::numeral::is_numeral(c))
        })
        .map_or(text.len(), |(i, _)| i);
    figure > 0 && text[figure..].starts_with(COUNT_CLASSIFIERS)
}

/// True when `text` closes with a count (`…活动1000场`): a figure, then one classifier.
/// (`…培训200期`, `…进社区500场次`, `…活动1万场`: a classifier of two characters, or a scale
/// before the classifier, too.)
fn closes_with_count(text: &str) -> bool {
    let Some(before) = ["场次", "批次", "期", "班"]
        .iter()
        .find_map(|w| text.strip_suffix(w))
        .or_else(|| text.strip_suffix(COUNT_CLASSIFIERS))
    else {
        return false;
    };
    let before = before.strip_suffix(['万', '亿']).unwrap_or(before);
    before.ends_with(|c: char| fold(c).is_ascii_digit())
}

/// Manner adverbs that may stand before an action verb (`普遍建立`, `初步形成`, `大力培养`,
/// `充分发挥`, `加快推广`), besides the adverbs of the directional lexicon. They say nothing
/// about a direction, so they are not directional adverbs: `加快提高` is not a composed rise.
/// (`普遍` is one of the lexicon's too: `普遍提高` is rise, as a blind row reads it.)
const ACTION_ADVERBS: &[&str] = &[
    "普遍", "大力", "充分", "比较", "加快", "积极", "广泛", "深入", "扎实", "着力", "全力", "顺利",
    "如期", "依法", "严格",
];

/// Verbs that put a value after them (`达到2`): a figure after one is a value, never part of the
/// object of an action.
const VALUE_VERBS: &[&str] = &[
    "达到",
    "降至",
    "降到",
    "降低到",
    "提高到",
    "增至",
    "增加到",
    "控制在",
    "保持在",
    "稳定在",
    "巩固在",
];

/// Characters an object of a qualitative action may hold besides letters and digits.
const OBJECT_MARKS: &[char] = &[
    '-', '—', '~', '、', '(', ')', '“', '”', '"', '《', '》', '·',
];

/// The length in bytes of a qualitative action at the start of `src` (`促进…`, `进一步凸显`):
/// adverbs, an action verb, and an object of words that runs to the end or to a connective
/// (`并`, `并且`, `同时`); `None` when `src` is not one.
fn action_length(vocabulary: &Vocabulary, src: Src<'_>) -> Option<usize> {
    let mut rest = src;
    let mut manner_only = false;
    for _ in 0..4 {
        // A verb wins over an adverb it starts like (`深入人心` is a verb, `深入` an adverb).
        if ACTION_VERBS
            .iter()
            .chain(EDGE_COUNTING_VERBS)
            .any(|w| rest.starts_with(w).is_some())
        {
            break;
        }
        let adverb = match longest(rest, &vocabulary.adverbs) {
            Some((len, _)) => Some(len),
            None => {
                let manner = ACTION_ADVERBS.iter().find_map(|w| rest.starts_with(w));
                manner_only |= manner.is_some();
                manner
            }
        };
        match adverb {
            Some(len) => rest = rest.advance(len),
            None => break,
        }
    }
    // A manner adverb before a verb of direction (`加快提高`) is a directional phrase the
    // lexicon does not know: an error that names it, not a qualitative goal.
    if manner_only && vocabulary.verb(rest).is_some() {
        return None;
    }
    let edge = EDGE_COUNTING_VERBS.iter().find_map(|w| rest.starts_with(w));
    let (verb, counting) = match ACTION_VERBS.iter().find_map(|w| rest.starts_with(w)) {
        Some(len) => (len, false),
        None => match edge {
            Some(len) => (len, false),
            None => (
                COUNTING_ACTION_VERBS
                    .iter()
                    .find_map(|w| rest.starts_with(w))?,
                true,
            ),
        },
    };
    let object = rest.advance(verb);
    let text = object.as_str();
    // A verb that puts a value after it, before a figure (`逐步达到60个`), reads a value.
    let verb_text = &rest.as_str()[..verb];
    if VALUE_VERBS.contains(&verb_text) && text.starts_with(|c: char| fold(c).is_ascii_digit()) {
        return None;
    }
    // Any action that closes with a count (`推广应用24万台`, `推广3000辆`) is a quantity target,
    // as a counting verb's is.
    if (edge.is_some() && opens_with_count(text)) || closes_with_count(text) {
        return None;
    }
    // `实现城乡居民收入增长和经济发展同步`, `保持与经济增长基本同步`: in keeping with a series,
    // a commensurate target after the words of an action that reaches or keeps a state (not
    // `形成与…相适应`, which describes what is formed).
    if ["实现", "保持"]
        .iter()
        .any(|w| rest.starts_with(w).is_some())
        && ["同步", "相适应", "相匹配", "相协调"]
            .iter()
            .any(|w| text.ends_with(w))
        && (text.contains('与') || text.contains('和'))
    {
        return None;
    }
    // A counting verb with a figure anywhere after it (`打造30个`, and its canonical form
    // `打造达到30个`) is a quantity target.
    // So is one with a bound word before its count (`建成至少一个`).
    if counting
        && (text.starts_with(super::numeral::is_numeral)
            || text.chars().any(|c| fold(c).is_ascii_digit())
            || [
                "至少",
                "不少于",
                "不低于",
                "不高于",
                "超过",
                "最少",
                "高于",
                "低于",
            ]
            .iter()
            .any(|w| text.starts_with(w)))
    {
        return None;
    }
    // The object ends at a connective: `达到峰值并实现稳中有降` is two goals. (Looked for in
    // folded characters, as the printed text has them: fuzz, `並` prints `并`.)
    let end = text
        .char_indices()
        .find(|&(i, c)| {
            let next = || text[i + c.len_utf8()..].chars().next().map(fold);
            match fold(c) {
                '并' => true,
                '同' => next() == Some('时'),
                _ => false,
            }
        })
        .map_or(text.len(), |(i, _)| i);
    let body = &text[..end];
    let ok = body.chars().all(|c| c.is_alphabetic() || c.is_ascii_digit() || OBJECT_MARKS.contains(&c))
        // A number ends no object: `实现9` is a damaged value, not a goal.
        && !body.ends_with(|c: char| c.is_ascii_digit())
        // A number with a bound word (or `约` or an attain verb before it) is a value, never part
        // of a name: `继续保持500亿斤以上`, `落实约1万张`, `达标…年龄达到2人` must not be
        // qualitative goals with their figures swallowed.
        && !value_in_object(body)
        // A quality class is a value (`达到或好于Ⅲ类`).
        && !body.chars().any(|c| ('Ⅰ'..='ⅻ').contains(&c));
    ok.then(|| object.offset() - src.offset() + end)
}

/// True when `body` (an action's object) holds a figure that is a value: after a bound word
/// anywhere in it (`以上`, `左右`, `约` …) or right after a verb that puts a value after it.
/// Compared folded, so full-width digits and traditional spellings count too.
fn value_in_object(body: &str) -> bool {
    let folded: String = body.chars().map(fold).collect();
    let digit = |c: char| c.is_ascii_digit();
    (folded.contains(digit)
        && ["以上", "以下", "以内", "左右", "上下", "约"]
            .iter()
            .any(|w| folded.contains(w)))
        || VALUE_VERBS.iter().any(|w| {
            folded
                .match_indices(w)
                .any(|(i, _)| folded[i + w.len()..].starts_with(digit))
        })
}

/// The nouns of a closing frame: the rise's tendency (`上升趋势得到遏制`, `扩大的势头减缓`).
const TREND_NOUNS: &[&str] = &["趋势", "势头"];

/// Verbs that stop a tendency after `得到` and adverbs (`趋势得到有效控制`).
const STOPPING_VERBS: &[&str] = &["遏制", "控制", "缓解", "扭转"];

/// Verbs that slow a tendency on their own (`趋势减缓`).
const SLOWING_VERBS: &[&str] = &["减缓", "放缓", "趋缓"];

impl Vocabulary {
    /// The length of `src` when all of it is two to four Chinese characters with no verb of
    /// change among them: the adjectives (or a verb of quality: `凸显`, `巩固`) after a
    /// comparative (`均等可及`, `可持续`).
    fn comparative_words(&self, src: Src<'_>) -> Option<usize> {
        let mut count = 0;
        let mut at = src;
        while let Some((c, width)) = at.peek() {
            let directional = self
                .verb(at)
                .is_some_and(|(_, sense)| !matches!(sense, Sense::Improve));
            if !is_han(c) || directional {
                return None;
            }
            count += 1;
            at = at.advance(width);
        }
        (2..=4)
            .contains(&count)
            .then(|| nom::Input::input_len(&src))
    }

    /// The length of a closing frame at `src`, after a rising verb, that makes the phrase *under
    /// control*: `的`? (`趋势` | `势头`) then `得到` adverb* (`遏制` | `控制` | `缓解` | `扭转`),
    /// or a slowing verb (`减缓`, `放缓`, `趋缓`). The adverbs are the lexicon's
    /// (`趋势得到有效控制`, `势头得到初步遏制` with a caller's adverb), and they change nothing:
    /// a tendency stopped is under control however firmly it was stopped.
    fn control_frame(&self, src: Src<'_>) -> Option<usize> {
        let rest = src.starts_with("的").map_or(src, |n| src.advance(n));
        let rest = rest.advance(TREND_NOUNS.iter().find_map(|w| rest.starts_with(w))?);
        if let Some(n) = SLOWING_VERBS.iter().find_map(|w| rest.starts_with(w)) {
            return Some(rest.advance(n).offset() - src.offset());
        }
        let mut rest = rest.advance(rest.starts_with("得到")?);
        for _ in 0..3 {
            match self.adverb(rest) {
                Some((n, _)) => rest = rest.advance(n),
                None => break,
            }
        }
        let n = STOPPING_VERBS.iter().find_map(|w| rest.starts_with(w))?;
        Some(rest.advance(n).offset() - src.offset())
    }
}

impl Meaning {
    /// The target this meaning makes of a phrase.
    pub fn target(self, phrase: Phrase) -> Target {
        match self {
            Meaning::Rise => Target::Rise(phrase),
            Meaning::RiseGradually => Target::RiseGradually(phrase),
            Meaning::RiseEveryYear => Target::RiseEveryYear(phrase),
            Meaning::ConsolidateAndRise => Target::ConsolidateAndRise(phrase),
            Meaning::Fall => Target::Fall(phrase),
            Meaning::FallMarkedly => Target::FallMarkedly(phrase),
            Meaning::UnderControl => Target::UnderControl(phrase),
            Meaning::TowardBalance => Target::TowardBalance(phrase),
            Meaning::Narrow => Target::Narrow {
                marked: false,
                phrase,
            },
            Meaning::NarrowMarkedly => Target::Narrow {
                marked: true,
                phrase,
            },
            Meaning::Qualitative => Target::Qualitative(phrase),
            Meaning::Improve => Target::Improve(phrase),
            Meaning::Stable => Target::Stable {
                phrase,
                baseline: None,
            },
        }
    }
}

/// The built-in table: the plans' phrases (issue list) and the common ones of other plans.
/// Phrases are simplified Chinese; traditional spellings read the same because the lexer folds
/// them.
///
/// Decisions where [`crate::semantics`] has no form of its own: a *marked* rise (`明显提高`,
/// `显著提高`) reads as rise (there is no marked-rise rate); a gradual or yearly fall (`逐步下降`,
/// `逐年下降`) reads as fall (there is no every-year fall rule); `有效控制` is under control;
/// `进一步…` is the plain direction; coverage and improvement phrases with no number
/// (`全覆盖`, `明显改善`, `保持合理水平`) are qualitative.
const DEFAULT: &[(&str, Meaning)] = &[
    // rise
    ("提高", Meaning::Rise),
    ("提升", Meaning::Rise),
    ("增加", Meaning::Rise),
    ("上升", Meaning::Rise),
    ("增长", Meaning::Rise),
    ("不断提高", Meaning::Rise),
    ("不断提升", Meaning::Rise),
    ("不断增加", Meaning::Rise),
    ("稳步提高", Meaning::Rise),
    ("稳步提升", Meaning::Rise),
    ("稳步增加", Meaning::Rise),
    ("持续提高", Meaning::Rise),
    ("持续提升", Meaning::Rise),
    ("持续增加", Meaning::Rise),
    ("总体提高", Meaning::Rise),
    ("有所提高", Meaning::Rise),
    ("有所提升", Meaning::Rise),
    ("有所增加", Meaning::Rise),
    ("进一步提高", Meaning::Rise),
    ("进一步提升", Meaning::Rise),
    ("明显提高", Meaning::Rise),
    ("明显提升", Meaning::Rise),
    ("显著提高", Meaning::Rise),
    ("显著提升", Meaning::Rise),
    ("大幅提高", Meaning::Rise),
    ("大幅提升", Meaning::Rise),
    // rise gradually
    ("逐步提高", Meaning::RiseGradually),
    ("逐步提升", Meaning::RiseGradually),
    ("逐步增加", Meaning::RiseGradually),
    ("逐步上升", Meaning::RiseGradually),
    // rise every year
    ("逐年提高", Meaning::RiseEveryYear),
    ("逐年提升", Meaning::RiseEveryYear),
    ("逐年上升", Meaning::RiseEveryYear),
    ("逐年增加", Meaning::RiseEveryYear),
    ("逐年增长", Meaning::RiseEveryYear),
    // consolidate and rise
    ("巩固提高", Meaning::ConsolidateAndRise),
    ("巩固提升", Meaning::ConsolidateAndRise),
    // fall
    ("下降", Meaning::Fall),
    ("降低", Meaning::Fall),
    ("减少", Meaning::Fall),
    ("不断下降", Meaning::Fall),
    ("不断降低", Meaning::Fall),
    ("不断减少", Meaning::Fall),
    ("持续下降", Meaning::Fall),
    ("持续降低", Meaning::Fall),
    ("持续减少", Meaning::Fall),
    ("稳步下降", Meaning::Fall),
    ("逐步下降", Meaning::Fall),
    ("逐步降低", Meaning::Fall),
    ("逐步减少", Meaning::Fall),
    ("逐年下降", Meaning::Fall),
    ("逐年降低", Meaning::Fall),
    ("逐年减少", Meaning::Fall),
    ("有所下降", Meaning::Fall),
    ("有所降低", Meaning::Fall),
    ("有所减少", Meaning::Fall),
    ("进一步下降", Meaning::Fall),
    ("进一步降低", Meaning::Fall),
    ("进一步减少", Meaning::Fall),
    // fall markedly
    ("明显降低", Meaning::FallMarkedly),
    ("明显下降", Meaning::FallMarkedly),
    ("明显减少", Meaning::FallMarkedly),
    ("显著降低", Meaning::FallMarkedly),
    ("显著下降", Meaning::FallMarkedly),
    ("显著减少", Meaning::FallMarkedly),
    ("大幅下降", Meaning::FallMarkedly),
    ("大幅降低", Meaning::FallMarkedly),
    ("大幅减少", Meaning::FallMarkedly),
    // under control
    ("得到控制", Meaning::UnderControl),
    ("得到遏制", Meaning::UnderControl),
    ("得到有效控制", Meaning::UnderControl),
    ("得到有效遏制", Meaning::UnderControl),
    ("有效控制", Meaning::UnderControl),
    ("有效遏制", Meaning::UnderControl),
    // toward balance
    ("趋于平衡", Meaning::TowardBalance),
    ("趋于正常", Meaning::TowardBalance),
    ("趋向平衡", Meaning::TowardBalance),
    // `趋于一致` (of two rates): toward the same level, a band around balance.
    ("趋于一致", Meaning::TowardBalance),
    // `趋向平衡`: tending toward, as `趋于`.
    ("趋向平衡", Meaning::TowardBalance),
    ("逐步趋于平衡", Meaning::TowardBalance),
    // narrow (a gap)
    ("缩小", Meaning::Narrow),
    ("逐步缩小", Meaning::Narrow),
    ("不断缩小", Meaning::Narrow),
    ("持续缩小", Meaning::Narrow),
    ("明显缩小", Meaning::NarrowMarkedly),
    ("显著缩小", Meaning::NarrowMarkedly),
    // qualitative
    ("保持合理比例", Meaning::Qualitative),
    ("保持合理水平", Meaning::Qualitative),
    ("保持合理", Meaning::Qualitative),
    ("明显增强", Meaning::Qualitative),
    // `恢复增长`: growing again, a rise.
    ("恢复增长", Meaning::Rise),
    ("全覆盖", Meaning::Qualitative),
    ("实现全覆盖", Meaning::Qualitative),
    ("基本实现全覆盖", Meaning::Qualitative),
    ("基本全覆盖", Meaning::Qualitative),
    ("基本平衡", Meaning::Qualitative),
    ("得到有效干预", Meaning::Qualitative),
    // stable
    ("保持稳定", Meaning::Stable),
    ("保持基本稳定", Meaning::Stable),
    ("基本稳定", Meaning::Stable),
    ("保持总体稳定", Meaning::Stable),
    ("总体稳定", Meaning::Stable),
    ("保持平稳", Meaning::Stable),
    ("保持基本平衡", Meaning::Stable),
    ("保持平衡", Meaning::Stable),
    ("保持不变", Meaning::Stable),
    ("基本不变", Meaning::Stable),
    ("持平", Meaning::Stable),
    ("基本持平", Meaning::Stable),
    ("保持持平", Meaning::Stable),
    ("保持相对稳定", Meaning::Stable),
    ("相对稳定", Meaning::Stable),
    // improve (the wider notation of docs/semantics.md; `明显改善`, `持续改善` compose to it)
    ("改善", Meaning::Improve),
    ("好转", Meaning::Improve),
];

/// The table of phrases the parser reads as directional or qualitative goals.
///
/// [`Vocabulary::default`] holds the plans' phrases and the common ones of other plans; a caller
/// extends it with [`Vocabulary::with`] and parses with [`crate::syntax::Parser`].
///
/// ```
/// use plan_targets::syntax::{Meaning, Parser, Vocabulary};
/// use plan_targets::Kind;
/// let vocabulary = Vocabulary::default().with("飞速提高", Meaning::Rise);
/// let parser = Parser::new().with_vocabulary(vocabulary);
/// assert_eq!(parser.parse("飞速提高")?.kind(), Kind::Rise);
/// assert!("飞速提高".parse::<plan_targets::Target>().is_err()); // not in the default table
/// # Ok::<(), plan_targets::ParseError>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Vocabulary {
    /// (folded phrase, meaning), in insertion order.
    entries: Vec<(String, Meaning)>,
    /// (folded adverb, pace).
    adverbs: Vec<(String, Pace)>,
    /// (folded verb, sense).
    verbs: Vec<(String, Sense)>,
    /// True when some phrase of the table holds an ASCII digit (none of the default table
    /// does): otherwise a text with one is no listed phrase, and the lookup is skipped.
    digits_in_entries: bool,
}

impl Default for Vocabulary {
    fn default() -> Vocabulary {
        let mut v = Vocabulary::from_entries(DEFAULT.iter().map(|&(p, m)| (p.to_owned(), m)));
        for &(word, pace) in ADVERBS {
            v = v.with_adverb(word, pace);
        }
        for &(word, sense) in VERBS {
            v = v.with_verb(word, sense);
        }
        v
    }
}

/// Adds `word` (folded, trimmed, non-blank) to a word list, replacing an earlier definition.
/// Lists are kept sorted by first character (stably), so a lookup reads only the words that
/// can match.
fn insert_word<T>(list: &mut Vec<(String, T)>, word: &str, value: T) {
    let folded: String = word.trim().chars().map(fold).collect();
    if folded.is_empty() {
        return;
    }
    list.retain(|(w, _)| *w != folded);
    list.push((folded, value));
    list.sort_by_key(|(w, _)| w.chars().next());
}

/// The longest word of `list` (sorted by first character) that `src` starts with: its length
/// in bytes and its value.
fn longest<T: Copy>(src: Src<'_>, list: &[(String, T)]) -> Option<(usize, T)> {
    let (first, _) = src.peek()?;
    let from = list.partition_point(|(w, _)| w.chars().next() < Some(first));
    list[from..]
        .iter()
        .take_while(|(w, _)| w.starts_with(first))
        .filter_map(|(w, value)| src.starts_with(w).map(|len| (len, *value)))
        .max_by_key(|&(len, _)| len)
}

impl Vocabulary {
    /// An empty table and lexicon: no phrase is read as a goal.
    pub fn empty() -> Vocabulary {
        Vocabulary {
            digits_in_entries: false,
            entries: Vec::new(),
            adverbs: Vec::new(),
            verbs: Vec::new(),
        }
    }

    /// Adds (or redefines) an adverb of directional phrases: `飞速` with [`Pace::Markedly`]
    /// makes `飞速提高` a rise.
    pub fn with_adverb(mut self, word: &str, pace: Pace) -> Vocabulary {
        insert_word(&mut self.adverbs, word, pace);
        self
    }

    /// Adds (or redefines) a directional verb: `攀升` with [`Sense::Rise`] makes `逐步攀升` a
    /// gradual rise.
    pub fn with_verb(mut self, word: &str, sense: Sense) -> Vocabulary {
        insert_word(&mut self.verbs, word, sense);
        self
    }

    /// Every (adverb, pace), sorted by first character.
    pub fn adverbs(&self) -> impl Iterator<Item = (&str, Pace)> {
        self.adverbs.iter().map(|(w, p)| (w.as_str(), *p))
    }

    /// Every (verb, sense), sorted by first character.
    pub fn verbs(&self) -> impl Iterator<Item = (&str, Sense)> {
        self.verbs.iter().map(|(w, s)| (w.as_str(), *s))
    }

    /// The sense of the directional verb `src` starts with, and its length in bytes.
    pub(crate) fn verb(&self, src: Src<'_>) -> Option<(usize, Sense)> {
        // `升级改造` (upgrade), `升学`, `降级`: words of their own that open with a
        // one-character verb of direction.
        if OPEN_WITH_A_VERB
            .iter()
            .any(|w| src.starts_with(w).is_some())
        {
            return None;
        }
        longest(src, &self.verbs)
    }

    /// The adverb `src` starts with, and its length in bytes.
    pub(crate) fn adverb(&self, src: Src<'_>) -> Option<(usize, Pace)> {
        longest(src, &self.adverbs)
    }

    /// A directional verb after at most a few adverbs (`继续提高`, `进一步降低`): the length in
    /// bytes of the whole and the verb's sense. The adverbs say nothing once an amount follows
    /// (`继续提高1岁`: the amount decides).
    pub(crate) fn verb_after_adverbs(&self, src: Src<'_>) -> Option<(usize, Sense)> {
        let mut rest = src;
        for _ in 0..4 {
            if let Some((len, sense)) = self.verb(rest) {
                let total = rest.offset() - src.offset() + len;
                return Some((total, sense));
            }
            let (len, _) = self.adverb(rest)?;
            rest = rest.advance(len);
        }
        None
    }

    /// The longest directional or qualitative phrase `src` starts with: its length in bytes and
    /// its meaning. A phrase of the table wins over a composition of the same length.
    pub(crate) fn phrase_prefix(&self, src: Src<'_>) -> Option<(usize, Meaning)> {
        let listed = longest(src, &self.entries);
        let composed = self.compose(src);
        let best = match (listed, composed) {
            (Some(l), Some(c)) if c.0 > l.0 => Some(c),
            (Some(l), _) => Some(l),
            (None, c) => c,
        };
        let all = nom::Input::input_len(&src);
        // `控制在较低水平`: the verb of control before `在` and a level in words is the action
        // `控制在` (as `保持在较低水平`), not the phrase `控制` before more words.
        if let Some((len, _)) = best {
            if src.advance(len).starts_with("在").is_some() {
                if let Some(action) = action_length(self, src).filter(|&n| n > len) {
                    return Some((action, Meaning::Qualitative));
                }
            }
        }
        if best.is_some() || self.entries.is_empty() {
            return best;
        }
        // `取得新进展`, `基本形成`: a qualitative goal, all words (no number).
        // Not when a misspelt directional phrase follows the opening (`全面一升`, `得到提搞`).
        let qualitative = QUALITATIVE_OPENINGS
            .iter()
            .find_map(|w| src.starts_with(w))
            .is_some_and(|n| {
                let after = src.advance(n);
                !(self.misspelt_direction(after)
                    || self.near_verb(after)
                    || self.verb(after).is_some()
                    || self.holds_listed_phrase(after))
            })
            && nom::Input::iter_elements(&src).all(|c| c.is_alphabetic());
        if qualitative {
            return Some((all, Meaning::Qualitative));
        }
        // `促进0-3岁儿童早期综合发展`, `进一步凸显`: an action verb and its object.
        if let Some(len) = action_length(self, src) {
            return Some((len, Meaning::Qualitative));
        }
        best
    }

    /// `(frame | adverb)* verb control-frame?`, the longest reading; or
    /// `comparative quality+` (`更加合理`, `更加健全完善`), an improvement.
    fn compose(&self, src: Src<'_>) -> Option<(usize, Meaning)> {
        let mut rest = src;
        let mut pace = Pace::Plain;
        let mut verb_first = None;
        // Frames and adverbs in any order (`基本得到遏制`, `得到有效防控`, `继续稳步`), a few at
        // most; the strongest pace wins (every year > gradually > markedly > plain).
        for _ in 0..6 {
            // A frame that starts an adverb (`有` of `有效`, `有所`) gives way to it.
            if let Some(frame) = OPENING_FRAMES
                .iter()
                .find_map(|f| rest.starts_with(f))
                .filter(|&n| longest(rest, &self.adverbs).is_none_or(|(a, _)| a <= n))
            {
                rest = rest.advance(frame);
                continue;
            }
            // `更加合理`, `更趋完善`: a comparative before an adjective of quality says "better".
            if let Some(after) = COMPARATIVES
                .iter()
                .find_map(|w| rest.starts_with(w).map(|len| rest.advance(len)))
            {
                // `更加均等可及`, `更加系统完善`, `更加凸显`: a comparative before two to four
                // characters that end the phrase says "better" too, whatever the words, unless
                // a verb of direction is among them. Only the comparatives of `更` read any
                // words: `趋于平衡` is toward balance, `日益增长` a rise.
                let more = rest.starts_with("更").is_some();
                if let Some(len) = self.comparative_words(after).filter(|_| more) {
                    return Some((after.offset() - src.offset() + len, Meaning::Improve));
                }
                let mut end = after;
                while let Some(len) = QUALITIES.iter().find_map(|w| end.starts_with(w)) {
                    end = end.advance(len);
                }
                if end.offset() > after.offset() {
                    return Some((end.offset() - src.offset(), Meaning::Improve));
                }
            }
            match longest(rest, &self.adverbs) {
                Some((len, p)) => {
                    // An adverb that is also the start of a longer verb (`新` of `新增`) reads
                    // both ways, and the longer reading wins: `新增` is the verb, `新增加` the
                    // adverb `新` and the verb `增加`.
                    if self.verb(rest).is_some_and(|(v, _)| v > len) {
                        verb_first = self.finish(src, rest, pace);
                    }
                    pace = pace.max(p);
                    rest = rest.advance(len);
                    // `较大幅度地减少`: the adverbial `地` after an adverb.
                    if let Some(n) = rest.starts_with("地") {
                        rest = rest.advance(n);
                    }
                }
                None => break,
            }
        }
        match (self.finish(src, rest, pace), verb_first) {
            (Some(a), Some(b)) if b.0 > a.0 => Some(b),
            // `总体保持稳定`, `基本趋于平衡`: adverbs before a phrase of the table leave its
            // meaning as it is.
            (None, None) if rest.offset() > src.offset() => longest(rest, &self.entries)
                .map(|(len, meaning)| (rest.offset() - src.offset() + len, meaning)),
            (None, b) => b,
            (a, _) => a,
        }
    }

    /// `verb control-frame?` at `rest` with the adverbs' `pace`: the length from `src` and the
    /// meaning.
    fn finish(&self, src: Src<'_>, rest: Src<'_>, pace: Pace) -> Option<(usize, Meaning)> {
        let (len, sense) = self.verb(rest)?;
        let mut rest = rest.advance(len);
        let mut meaning = sense.meaning(pace);
        if sense == Sense::Rise {
            if let Some(frame) = self.control_frame(rest) {
                rest = rest.advance(frame);
                meaning = Meaning::UnderControl;
            }
        }
        Some((rest.offset() - src.offset(), meaning))
    }

    fn from_entries(entries: impl IntoIterator<Item = (String, Meaning)>) -> Vocabulary {
        let mut v = Vocabulary::empty();
        for (phrase, meaning) in entries {
            v.insert(&phrase, meaning);
        }
        v
    }

    /// Adds (or redefines) a phrase. The phrase is stored in folded form, so full-width and
    /// traditional spellings of it read the same. Blank phrases are ignored.
    pub fn with(mut self, phrase: &str, meaning: Meaning) -> Vocabulary {
        self.insert(phrase, meaning);
        self
    }

    fn insert(&mut self, phrase: &str, meaning: Meaning) {
        self.digits_in_entries |= phrase.chars().any(|c| fold(c).is_ascii_digit());
        insert_word(&mut self.entries, phrase, meaning);
    }

    /// Every (phrase, meaning), sorted by first character (stably: in insertion order otherwise).
    pub fn entries(&self) -> impl Iterator<Item = (&str, Meaning)> {
        self.entries.iter().map(|(p, m)| (p.as_str(), *m))
    }

    /// The meaning of `text` when all of it (after folding) is a phrase of the table.
    pub fn lookup(&self, text: &str) -> Option<(&str, Meaning)> {
        self.entries
            .iter()
            .find(|(phrase, _)| folded_eq(text, phrase))
            .map(|(p, m)| (p.as_str(), *m))
    }

    /// The longest phrase of the table (not composed) at the start of `src`: its length in bytes
    /// and meaning.
    pub(crate) fn listed_prefix(&self, src: Src<'_>) -> Option<(usize, Meaning)> {
        longest(src, &self.entries)
    }

    /// True when `text` may be, all of it, a phrase of the table: not when it holds a digit
    /// and no phrase does (`保持在90%以上` is looked up in no table).
    pub(crate) fn may_list(&self, text: &str) -> bool {
        self.digits_in_entries || !text.bytes().any(|b| b.is_ascii_digit())
    }

    /// True when `text` is one edit away from a phrase of the table (`逐年提搞`, `提搞`): a
    /// misspelling, never free words.
    pub(crate) fn near_miss(&self, text: &str) -> bool {
        let folded: String = text.chars().map(fold).collect();
        let len = folded.chars().count();
        self.entries.iter().any(|(p, _)| {
            p.chars().count().abs_diff(len) <= 1 && crate::text::edit_distance(&folded, p) <= 1
        })
    }

    /// True when `src` starts with two characters one edit away from a verb of the lexicon
    /// that is not an action verb (`提搞` for `提高`; `加强` is an action of its own).
    pub(crate) fn near_verb(&self, src: Src<'_>) -> bool {
        let two: String = nom::Input::iter_elements(&src).take(2).map(fold).collect();
        // Real verbs one edit from a verb of direction are no misspelling (`基本完成` is not
        // `基本完善` misspelt).
        two.chars().count() == 2
            && !ACTION_VERBS.contains(&two.as_str())
            && !COUNTING_ACTION_VERBS.contains(&two.as_str())
            && !EDGE_COUNTING_VERBS.contains(&two.as_str())
            && !REAL_VERBS_NEAR_DIRECTION.contains(&two.as_str())
            && self.verbs.iter().any(|(v, sense)| {
                // (Not the improve verbs: `总体优良` is no misspelt `总体优化`, and an improve
                // verb misspelt is at worst read as a goal in words.)
                *sense != Sense::Improve
                    && v.chars().count() == 2
                    && crate::text::edit_distance(&two, v) <= 1
            })
    }

    /// True when `src` holds, anywhere, a verb of direction of two characters or more (not an
    /// improve verb) or an adverb of two characters or more followed by a near miss of a verb
    /// (`逐年提搞`): words that look like a directional phrase no reading took, so never a
    /// qualitative goal. (A near miss alone is no sign: `增进`, `净化` are words of their own.)
    pub(crate) fn misspelt_direction(&self, src: Src<'_>) -> bool {
        src.anywhere(|at| {
            let two_chars = |n: usize| at.as_str()[..n].chars().count() >= 2;
            self.verb(at)
                .is_some_and(|(n, sense)| two_chars(n) && sense != Sense::Improve)
                || self.misspelt_verb_at(at)
        })
    }

    /// True when `src` holds, anywhere, an adverb of two characters or more followed by a near
    /// miss of a verb (`逐年提搞`).
    pub(crate) fn misspelt_verb(&self, src: Src<'_>) -> bool {
        src.anywhere(|at| self.misspelt_verb_at(at))
    }

    fn misspelt_verb_at(&self, at: Src<'_>) -> bool {
        self.adverb(at).is_some_and(|(n, _)| {
            at.as_str()[..n].chars().count() >= 2 && self.near_verb(at.advance(n))
        })
    }

    /// True when a phrase of the table (two characters or more) starts anywhere in `src`
    /// (`…幅度持平`): words that hold one are read through it (with a lead), never as a
    /// qualitative goal after an opening, so that spaces before an object change nothing
    /// (fuzz: `基本基本匁幅度持平 平`).
    fn holds_listed_phrase(&self, src: Src<'_>) -> bool {
        let mut at = src;
        while let Some((_, width)) = at.peek() {
            if longest(at, &self.entries)
                .is_some_and(|(n, _)| at.as_str()[..n].chars().count() >= 2)
            {
                return true;
            }
            at = at.advance(width);
        }
        false
    }

    /// Up to `n` phrases closest to `text` by edit distance, for "did you mean" hints.
    pub fn nearest(&self, text: &str, n: usize) -> Vec<&str> {
        let folded: String = text.chars().map(fold).collect();
        let mut scored: Vec<(usize, &str)> = self
            .entries
            .iter()
            .map(|(p, _)| (crate::text::edit_distance(&folded, p), p.as_str()))
            .collect();
        scored.sort();
        let limit = folded.chars().count().max(2) / 2 + 1;
        scored
            .into_iter()
            .filter(|&(d, _)| d <= limit)
            .take(n)
            .map(|(_, p)| p)
            .collect()
    }
}

/// True when `text`, folded char by char, equals `folded`.
fn folded_eq(text: &str, folded: &str) -> bool {
    let mut a = text.chars().map(fold);
    let mut b = folded.chars();
    loop {
        match (a.next(), b.next()) {
            (None, None) => return true,
            (Some(x), Some(y)) if x == y => {}
            _ => return false,
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::syntax::{Kind, Target};

    fn kind(text: &str) -> Result<Kind, String> {
        text.parse::<Target>()
            .map(|t| t.kind())
            .map_err(|e| e.to_string())
    }

    /// Plans state many goals as an action on an object with no measure: people judge them.
    #[test]
    fn actions_after_manner_adverbs_are_qualitative() {
        for text in [
            "普遍建立",
            "初步形成",
            "比较健全",
            "大力培养、选拔、使用",
            "培养学生的综合素质",
            "充分发挥",
            "持续释放",
            "加快推广",
            "总体达标",
            "加大妇女常见病防治力度",
            "预防和制止一切侵害儿童的暴力行为",
            "发挥更重要的基础性作用",
            "完成“十四五”国家考核目标",
            "确保完成省政府下达的任务",
            "创建若干个",
        ] {
            assert_eq!(kind(text), Ok(Kind::Qualitative), "{text}");
        }
    }

    /// A counting action with a number is a quantity target, never a qualitative goal; a
    /// manner adverb does not compose a direction; a damaged number stays an error.
    #[test]
    fn counts_directions_and_damaged_numbers_are_not_qualitative() {
        assert_ne!(kind("建设5个左右"), Ok(Kind::Qualitative));
        assert_ne!(kind("打造30个"), Ok(Kind::Qualitative));
        assert_ne!(kind("完成60个县"), Ok(Kind::Qualitative));
        assert_ne!(kind("培养1000名"), Ok(Kind::Qualitative));
        assert_ne!(kind("加快提高"), Ok(Kind::Qualitative));
        assert_ne!(kind("继续保持500亿斤以上"), Ok(Kind::Qualitative));
        assert!(kind("逐步1").is_err());
        assert!(kind("好保挼基本77").is_err());
        assert_ne!(kind("打造３０个"), Ok(Kind::Qualitative));
        assert_ne!(kind("打造达到30个"), Ok(Kind::Qualitative));
        assert!(kind("完成1。8").is_err());
        assert_eq!(kind("逐步提高"), Ok(Kind::RiseGradually));
    }
}
