//! The parser: nom combinators over [`Src`], the folded view of the original text.
//!
//! The grammar is `grammar/target.ebnf`. Dispatch is by the first token (a sign, a verb, a
//! number, `分别`, `与` …), so the parser never backtracks over more than one word and its
//! errors point at the first character that cannot continue a target.

use nom::combinator::opt;
use nom::error::ErrorKind;
use nom::{IResult, Parser as _};
use rust_decimal::Decimal;

use super::ast::*;
use super::error::{Expected, MAX_DIGITS, MAX_TARGET_LEN, ParseError, ParseErrorKind};
use super::input::{Squeezed, Src, fold, is_han};
use super::numeral;
use super::unit::{Measure, Scale};
use super::vocab::{Meaning, Sense, Vocabulary};
use super::{Span, Unit};

/// A failure inside the parser, before it is tied to the input for rendering.
///
/// Boxed: results are moved through every rule, and a pointer-sized error keeps the common,
/// successful path from copying a large error type around.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Failure(Box<FailureInner>);

#[derive(Clone, Debug, PartialEq)]
pub(crate) struct FailureInner {
    kind: ParseErrorKind,
    span: Span,
}

impl std::ops::Deref for Failure {
    type Target = FailureInner;

    fn deref(&self) -> &FailureInner {
        &self.0
    }
}

impl Failure {
    fn at(src: Src<'_>, expected: Expected) -> Failure {
        let width = src.peek().map_or(0, |(_, len)| len);
        let span = Span::new(src.offset(), src.offset() + width);
        Failure::new(ParseErrorKind::Unexpected(expected), span)
    }

    fn new(kind: ParseErrorKind, span: Span) -> Failure {
        Failure(Box::new(FailureInner { kind, span }))
    }

    fn into_parts(self) -> (ParseErrorKind, Span) {
        (self.0.kind, self.0.span)
    }
}

impl<'a> nom::error::ParseError<Src<'a>> for Failure {
    fn from_error_kind(input: Src<'a>, _kind: ErrorKind) -> Failure {
        Failure::at(input, Expected::Target)
    }

    fn append(_input: Src<'a>, _kind: ErrorKind, other: Failure) -> Failure {
        other
    }

    /// Of two failing branches, report the one that got further.
    fn or(self, other: Failure) -> Failure {
        if other.span.start >= self.span.start {
            other
        } else {
            self
        }
    }
}

type PResult<'a, T> = IResult<Src<'a>, T, Failure>;

fn fail<T>(f: Failure) -> PResult<'static, T> {
    Err(nom::Err::Failure(f))
}

/// Unwraps nom's error wrapper: the parser has no incomplete input.
fn into_failure(e: nom::Err<Failure>) -> Failure {
    match e {
        nom::Err::Error(f) | nom::Err::Failure(f) => f,
        nom::Err::Incomplete(_) => Failure::new(ParseErrorKind::Empty, Span::default()),
    }
}

// ---------------------------------------------------------------------------------------------
// Word tables: the notation's fixed words, folded (half-width, simplified), longest first
// where one is a prefix of another.

/// Comparison words written before a number or a series name.
const PREFIX_WORDS: &[(&str, CmpOp)] = &[
    ("不低于", CmpOp::Ge),
    ("不少于", CmpOp::Ge),
    // `不得低于90%`: must not be below, at least; `达到或超过`, `达到和超过`: at least.
    ("不得低于", CmpOp::Ge),
    ("不得少于", CmpOp::Ge),
    ("不得超过", CmpOp::Le),
    ("不得高于", CmpOp::Le),
    ("达到或超过", CmpOp::Ge),
    ("达到和超过", CmpOp::Ge),
    ("不小于", CmpOp::Ge),
    ("不超过", CmpOp::Le),
    ("不高于", CmpOp::Le),
    ("不多于", CmpOp::Le),
    ("不大于", CmpOp::Le),
    ("至少", CmpOp::Ge),
    ("最少", CmpOp::Ge),
    ("最多", CmpOp::Le),
    // `最高10万元`, `最低1000元`: at most, at least (before a number only).
    ("最高", CmpOp::Le),
    ("最低", CmpOp::Ge),
    ("超过", CmpOp::Gt),
    ("突破", CmpOp::Gt),
    ("超出", CmpOp::Gt),
    // `超2400亿元`: over, a strict floor (`超过` shortened).
    ("超", CmpOp::Gt),
    // `过3万亿`: over, as `超` (before a number only).
    ("过", CmpOp::Gt),
    // `增速快于城镇居民`: faster (or slower) than a series, of a growth.
    ("快于", CmpOp::Gt),
    // `跑赢全国`: outrun, faster than a series.
    ("跑赢", CmpOp::Gt),
    ("慢于", CmpOp::Lt),
    ("高于", CmpOp::Gt),
    // `高出全国平均水平1到2个百分点`: higher by a margin.
    ("高出", CmpOp::Gt),
    ("大于", CmpOp::Gt),
    ("多于", CmpOp::Gt),
    ("低于", CmpOp::Lt),
    ("小于", CmpOp::Lt),
    ("少于", CmpOp::Lt),
];

/// A word of comparison before a bound ([`PREFIX_WORDS`]): what follows it and its operator.
/// The short `超` and `最高`/`最低` are one only before a number (`超2400亿元`, `最高10万元`),
/// never before words (`超额完成`, `最高水平`).
fn prefix_word(src: Src<'_>) -> Option<(Src<'_>, CmpOp)> {
    let (after, op) = word_of(src, PREFIX_WORDS)?;
    let word = &src.as_str()[..after.offset() - src.offset()];
    let before_number_only = ["超", "过", "最高", "最低"].contains(&word);
    (!before_number_only
        || starts_with_digit(after.skip_ws())
        || starts_chinese_quantity(after.skip_ws()))
    .then_some((after, op))
}

/// Bound words written after a number.
const SUFFIX_WORDS: &[(&str, Suffix)] = &[
    ("及以上", Suffix::Cmp(CmpOp::Ge)),
    ("及以下", Suffix::Cmp(CmpOp::Le)),
    ("以上", Suffix::Cmp(CmpOp::Ge)),
    ("以下", Suffix::Cmp(CmpOp::Le)),
    ("以内", Suffix::Cmp(CmpOp::Le)),
    // `10分钟内`, `12小时之内`: within, a ceiling (of a time, mostly).
    ("之内", Suffix::Cmp(CmpOp::Le)),
    ("内", Suffix::Cmp(CmpOp::Le)),
    ("左右", Suffix::About),
    ("上下", Suffix::About),
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Suffix {
    Cmp(CmpOp),
    About,
}

/// Verbs before a quantity, with the direction they give an attain target.
const VERBS: &[(&str, Verb)] = &[
    ("达到并保持在", Verb::ReachAndKeep),
    ("达并保持在", Verb::ReachAndKeep),
    ("保持在", Verb::Keep),
    ("稳定在", Verb::Keep),
    // `巩固在98%以上`: held, consolidated, at that level.
    ("巩固在", Verb::Keep),
    ("维持在", Verb::Keep),
    ("保持", Verb::Keep),
    ("提高到", Verb::Attain(Some(Direction::Higher))),
    ("提高至", Verb::Attain(Some(Direction::Higher))),
    ("提升到", Verb::Attain(Some(Direction::Higher))),
    ("提升至", Verb::Attain(Some(Direction::Higher))),
    ("增加到", Verb::Attain(Some(Direction::Higher))),
    ("增加至", Verb::Attain(Some(Direction::Higher))),
    ("上升到", Verb::Attain(Some(Direction::Higher))),
    ("上升至", Verb::Attain(Some(Direction::Higher))),
    ("增至", Verb::Attain(Some(Direction::Higher))),
    ("增长到", Verb::Attain(Some(Direction::Higher))),
    ("增长至", Verb::Attain(Some(Direction::Higher))),
    ("扩大到", Verb::Attain(Some(Direction::Higher))),
    ("扩大至", Verb::Attain(Some(Direction::Higher))),
    ("延长到", Verb::Attain(Some(Direction::Higher))),
    ("延长至", Verb::Attain(Some(Direction::Higher))),
    ("升至", Verb::Attain(Some(Direction::Higher))),
    ("升到", Verb::Attain(Some(Direction::Higher))),
    // `从38分钟提前到45分钟`: a warning given earlier, a longer lead time.
    ("提前到", Verb::Attain(Some(Direction::Higher))),
    ("提前至", Verb::Attain(Some(Direction::Higher))),
    ("下降到", Verb::Attain(Some(Direction::Lower))),
    ("下降至", Verb::Attain(Some(Direction::Lower))),
    ("降低到", Verb::Attain(Some(Direction::Lower))),
    ("降低至", Verb::Attain(Some(Direction::Lower))),
    ("减少到", Verb::Attain(Some(Direction::Lower))),
    ("减少至", Verb::Attain(Some(Direction::Lower))),
    ("降至", Verb::Attain(Some(Direction::Lower))),
    ("缩小到", Verb::Attain(Some(Direction::Lower))),
    ("缩小至", Verb::Attain(Some(Direction::Lower))),
    ("缩短到", Verb::Attain(Some(Direction::Lower))),
    ("缩减到", Verb::Attain(Some(Direction::Lower))),
    ("缩减至", Verb::Attain(Some(Direction::Lower))),
    ("压缩到", Verb::Attain(Some(Direction::Lower))),
    ("压缩至", Verb::Attain(Some(Direction::Lower))),
    ("缩短至", Verb::Attain(Some(Direction::Lower))),
    ("降到", Verb::Attain(Some(Direction::Lower))),
    ("减至", Verb::Attain(Some(Direction::Lower))),
    ("控制在", Verb::Attain(Some(Direction::Lower))),
    ("达到", Verb::Attain(None)),
    // `恢复到1.8亿亩左右`: restored to, a level reached (its side is the indicator's).
    ("恢复到", Verb::Attain(None)),
    ("恢复至", Verb::Attain(None)),
    // `高达30%`: as high as, reached.
    ("高达", Verb::Attain(None)),
    ("实现", Verb::Attain(None)),
    ("达", Verb::Attain(None)),
    ("为", Verb::Attain(None)),
    // `每万人拥有5名`, `具有…`: has, as `有` (a lead never ends inside the word: `每万人拥` +
    // `有5名` printed `每万人拥达到5名`).
    ("拥有", Verb::Attain(None)),
    ("具有", Verb::Attain(None)),
    ("有", Verb::Attain(None)),
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Verb {
    Attain(Option<Direction>),
    Keep,
    ReachAndKeep,
}

/// Words before a number meaning "about": `约2千人`.
const ABOUT_WORDS: &[&str] = &["大约", "约", "接近"];

/// Separators between the two ends of a range.
const RANGE_SEPARATORS: &[&str] = &["—", "~", "-", "到", "至"];

/// Separators between the items of a `分别` list.
const LIST_SEPARATORS: &[&str] = &["、", "以及", "和", "及", ","];

// ---------------------------------------------------------------------------------------------
// Primitives.

/// The first entry of `table` whose word starts `src`, and the input after it.
///
/// The folded first character is computed once and compared bytewise against each word's
/// first character before the full (folding) comparison: the tables are scanned on every
/// parse, and this keeps a scan at a few nanoseconds.
fn word_of<'a, T: Copy>(src: Src<'a>, table: &[(&str, T)]) -> Option<(Src<'a>, T)> {
    let (first, _) = src.peek()?;
    table
        .iter()
        .filter(|(w, _)| w.starts_with(first))
        .find_map(|&(w, value)| src.starts_with(w).map(|len| (src.advance(len), value)))
}

/// The first word of `words` that starts `src`.
fn any_word<'a>(src: Src<'a>, words: &[&str]) -> Option<Src<'a>> {
    let (first, _) = src.peek()?;
    words
        .iter()
        .filter(|w| w.starts_with(first))
        .find_map(|w| src.starts_with(w).map(|len| src.advance(len)))
}

fn is_digit(c: char) -> bool {
    c.is_ascii_digit()
}

/// True when `src` starts with a comparison sign (see [`sign`]).
fn starts_with_sign(src: Src<'_>) -> bool {
    src.peek()
        .is_some_and(|(c, _)| matches!(c, '>' | '<' | '≥' | '≤'))
}

fn starts_with_digit(src: Src<'_>) -> bool {
    src.peek().is_some_and(|(c, _)| is_digit(c))
}

/// A run of digits: the input after it, its value, and how many digits it has.
///
/// One pass over the characters, folding full-width digits; the value saturates past
/// [`MAX_DIGITS`] digits (the caller rejects those numbers).
fn digits(src: Src<'_>) -> (Src<'_>, u128, usize) {
    let text = src.as_str();
    let bytes = text.as_bytes();
    let (mut value, mut count, mut len) = (0u128, 0usize, 0usize);
    loop {
        let (digit, width) = match bytes.get(len) {
            Some(&b) if b.is_ascii_digit() => (b - b'0', 1),
            // Full-width digits (０–９) fold to ASCII ones.
            Some(&b) if !b.is_ascii() => match text[len..].chars().next() {
                Some(c) if fold(c).is_ascii_digit() => (fold(c) as u8 - b'0', c.len_utf8()),
                _ => break,
            },
            _ => break,
        };
        if count < MAX_DIGITS {
            value = value * 10 + u128::from(digit);
        }
        count += 1;
        len += width;
    }
    (src.advance(len), value, count)
}

/// `digits ("." digits)? | chinese-numeral`, as an exact decimal keeping its scale.
fn number(src: Src<'_>) -> PResult<'_, (Decimal, Span)> {
    if !starts_with_digit(src) {
        if let Some((value, chars)) = chinese_numeral(src) {
            let rest = src.advance_chars(chars);
            // `百亿元`, `十万`: a figure in words ending in a scale before a measure word or
            // nothing keeps the scale for the unit, as digits do (`100亿元`, `10万`).
            if let Some(scale) = trailing_scale(src, chars) {
                if chars > 1 && numeral_measure_follows(rest.skip_ws()) {
                    let rest = rest.back_one().unwrap_or(rest);
                    if let Some(value) = value.checked_div(scale.factor()) {
                        let span = Span::new(src.offset(), rest.offset());
                        return Ok((rest, (value, span)));
                    }
                }
            }
            let span = Span::new(src.offset(), rest.offset());
            return Ok((rest, (value, span)));
        }
    }
    let start = src.offset();
    let (rest, int, int_digits) = digits(src);
    if int_digits == 0 {
        return Err(nom::Err::Error(Failure::at(src, Expected::Number)));
    }
    // `1。8`: an ideographic full stop (or a middle dot) where a decimal point belongs is an
    // error that says so, never a guess.
    if let Some(found) = rest
        .as_str()
        .chars()
        .next()
        .filter(|c| matches!(c, '。' | '·'))
    {
        let after = rest.advance(found.len_utf8());
        let (frac_rest, _, frac_digits) = digits(after);
        if frac_digits > 0 {
            let written = |from: Src<'_>, to: Src<'_>| -> String {
                folded(nom::Input::take(&from, to.offset() - from.offset()))
            };
            let suggestion = format!("{}.{}", written(src, rest), written(after, frac_rest));
            return fail(Failure::new(
                ParseErrorKind::NotADecimalPoint { found, suggestion },
                Span::new(rest.offset(), after.offset()),
            ));
        }
    }
    // `79,5` or `1,000`: a comma between digits is a decimal comma or a thousands separator,
    // and a target that could mean 79.5 or 795 is an error that offers both, never a guess
    // (nor a conjunction of two bare numbers).
    if let Some(found) = rest
        .as_str()
        .chars()
        .next()
        .filter(|c| matches!(fold(*c), ','))
    {
        let after = rest.advance(found.len_utf8());
        let (frac_rest, _, frac_digits) = digits(after);
        if frac_digits > 0 {
            let written = |from: Src<'_>, to: Src<'_>| -> String {
                folded(nom::Input::take(&from, to.offset() - from.offset()))
            };
            let (int, frac) = (written(src, rest), written(after, frac_rest));
            return fail(Failure::new(
                ParseErrorKind::CommaBetweenDigits {
                    found,
                    decimal: format!("{int}.{frac}"),
                    plain: format!("{int}{frac}"),
                },
                Span::new(rest.offset(), after.offset()),
            ));
        }
    }
    // `6 . 5`: stray spaces around the point (text pulled out of a PDF) are no separator.
    let spaced = rest.skip_ws();
    let rest = match spaced.peek() {
        Some(('.', dot)) if starts_with_digit(spaced.advance(dot).skip_ws()) => spaced,
        _ => rest,
    };
    let (rest, mantissa, frac_digits) = match rest.peek().filter(|&(c, _)| c == '.') {
        Some((_, dot)) => {
            let after = rest.advance(dot);
            let after = match after.skip_ws() {
                spaced if starts_with_digit(spaced) => spaced,
                _ => after,
            };
            let (rest, frac, frac_digits) = digits(after);
            if frac_digits == 0 {
                return fail(Failure::at(after, Expected::Digit));
            }
            // Both parts fit: the total is checked below before it is used.
            let shifted = int.saturating_mul(10u128.saturating_pow(frac_digits.min(38) as u32));
            (rest, shifted.saturating_add(frac), frac_digits)
        }
        None => (rest, int, 0),
    };
    let span = Span::new(start, rest.offset());
    let total = int_digits + frac_digits;
    if total > MAX_DIGITS {
        return fail(Failure::new(
            ParseErrorKind::NumberTooLong { digits: total },
            span,
        ));
    }
    // At most 28 digits: below 10^28 < 2^96, the mantissa limit of a Decimal.
    let value = i128::try_from(mantissa)
        .ok()
        .and_then(|m| Decimal::try_from_i128_with_scale(m, frac_digits as u32).ok());
    match value {
        Some(value) => Ok((rest, (value, span))),
        None => fail(Failure::new(
            ParseErrorKind::NumberTooLong { digits: total },
            span,
        )),
    }
}

/// The Chinese numeral `src` starts with (`一`, `十五`, `百`, `两千`), as a decimal, and its
/// length in characters.
fn chinese_numeral(src: Src<'_>) -> Option<(Decimal, usize)> {
    let (first, _) = src.peek()?;
    if !numeral::is_numeral(first) {
        return None;
    }
    let (value, chars) = numeral::read(nom::Input::iter_elements(&src))?;
    // Far beyond any plan's figure; a numeral that large is not a quantity.
    let value = i64::try_from(value).ok().map(Decimal::from)?;
    // `千分之四点五`: `点` and digits after it are the decimals (`一点` alone is "a little").
    let mut rest = nom::Input::iter_elements(&src).skip(chars);
    if rest.next() == Some('点') {
        let decimals: Vec<u32> = rest.map_while(numeral::digit).take(9).collect();
        if !decimals.is_empty() {
            let fraction = decimals.iter().fold(0i64, |n, &d| n * 10 + i64::from(d));
            let scale = u32::try_from(decimals.len()).ok()?;
            let value = value.checked_add(Decimal::new(fraction, scale))?;
            return Some((value, chars + 1 + decimals.len()));
        }
    }
    Some((value, chars))
}

/// Symbolic units and the word units that cannot be read as a measure word.
const SYMBOL_UNITS: &[(&str, Unit)] = &[
    ("%", Unit::Percent),
    ("‰", Unit::PerMille),
    // `50/10万活产`: maternal deaths per 100,000 live births, the rate's own denominator
    // named (printed `/10万`).
    ("/10万活产", Unit::PerHundredThousand),
    // `/10万人口`, `/万人口`: per so many people, the denominator named (printed `/10万`, `/万`).
    ("/10万人口", Unit::PerHundredThousand),
    ("/10万", Unit::PerHundredThousand),
    ("/万人口", Unit::PerTenThousand),
    ("/万", Unit::PerTenThousand),
    ("个百分点", Unit::PercentagePoint),
    ("百分点", Unit::PercentagePoint),
];

/// Words that end a measure word (and cannot start an object): bound words, separators, the
/// verbs and connectives that may follow a quantity.
const STOP_WORDS: &[&str] = &[
    "以", "及", "左", "上下", "上年", "上届", "上升", "上涨", "下降", "下达", "下调", "到", "至",
    "和", "与", "或", "并", "的", "为", "每", "比", "较", "在", "有", "不", "均", "各", "将", "要",
    "应", "内", "之内", "前", "达", "保持", "控制", "提高", "提升", "增加", "增长", "降", "减",
    "逐", "分之", "分别", "累计", "年均", "增至", "增到", "升至", "升到", "延长", "缩短", "扩大",
    "缩小", "缩减", "压缩", "提前", "恢复",
];

/// The length of a figure that is part of a name at the start of `text`, `None` if there is
/// none: digits before a Latin letter (`5G`, `5A级`), or a time, an age or a school year before
/// more words of the name (`15分钟健身圈`, `1小时通勤网络`, `0-3岁儿童家庭`,
/// `35—64岁的农村妇女`, `60岁以上老年人`, `2023级初一女生`), which set no target of their own.
/// The words after the figure must not start with a stop word (`1小时以内` is a bound,
/// `3级以上` a class with its bound).
fn figure_in_name(text: &str) -> Option<usize> {
    let leading_digits = |t: &str| {
        t.char_indices()
            .find(|&(_, c)| !fold(c).is_ascii_digit())
            .map_or(t.len(), |(i, _)| i)
    };
    let digits = leading_digits(text);
    if digits == 0 {
        return None;
    }
    let rest = &text[digits..];
    if rest
        .chars()
        .next()
        .is_some_and(|c| fold(c).is_ascii_alphabetic())
    {
        return Some(digits);
    }
    // A range of ages or times (`0-3岁`, `35—64周岁`).
    let mut end = digits;
    if let Some(sep) = ["-", "—", "－", "~", "至", "到"]
        .iter()
        .find(|w| rest.starts_with(*w))
    {
        let more = leading_digits(&rest[sep.len()..]);
        if more > 0 {
            end += sep.len() + more;
        }
    }
    let rest = &text[end..];
    let word = ["分钟", "小时", "周岁", "岁", "级"]
        .iter()
        .find(|w| rest.starts_with(*w))?;
    end += word.len();
    // An age with its bound is one description: `60岁以上老年人`.
    if ["周岁", "岁"].contains(word) {
        if let Some(bound) = ["及以上", "以上", "以下"]
            .iter()
            .find(|w| text[end..].starts_with(*w))
        {
            end += bound.len();
        }
        if text[end..].starts_with('的') {
            end += '的'.len_utf8();
        }
    }
    let after = Src::new(&text[end..]);
    // (`2小时通达` at the end is the target, a time and what is done in it; `1小时通达圈` a
    // name.)
    if ["小时", "分钟"].contains(word) && arrival_at_end(after.as_str()) {
        return None;
    }
    (after.peek().is_some_and(|(c, _)| is_han(c)) && !at_stop(after)).then_some(end)
}

/// The input after a figure that is part of a name at the start of `src` ([`figure_in_name`])
/// and any Latin letters after it (`5G`), when Chinese words follow: `60岁以上老年人…`,
/// `5G基站…`; `None` otherwise (`3x0分钟`).
fn name_figure_end(src: Src<'_>) -> Option<Src<'_>> {
    let mut after = src.advance(figure_in_name(src.as_str())?);
    while let Some((_, w)) = after.peek().filter(|(c, _)| c.is_ascii_alphabetic()) {
        after = after.advance(w);
    }
    after
        .peek()
        .is_some_and(|(c, _)| is_han(c))
        .then_some(after)
}

/// The end of a count that names a group inside a lead (`4个郊县`, `9个区`, `46个重点城市`,
/// `3大主粮作物`): a whole number, a classifier (or `大`), then a word that is not a stop word
/// nor a list of counts (`12个普通消防站、3个…` is values). `None` for anything else.
fn counted_group_end(src: Src<'_>) -> Option<Src<'_>> {
    let digits = src
        .as_str()
        .find(|c: char| !fold(c).is_ascii_digit())
        .unwrap_or(src.as_str().len());
    if digits == 0 {
        return None;
    }
    let after = src.advance(digits);
    let after = after
        .starts_with("大")
        .or_else(|| any_word(after, CLASSIFIERS).map(|a| a.offset() - after.offset()))
        .map(|n| after.advance(n))?;
    let words_follow = after.peek().is_some_and(|(c, _)| is_han(c)) && !at_stop(after);
    // (The group's name runs to the verb; a `、` after it lists values, not a group.)
    let listed = after.as_str().split_once('、').is_some_and(|(name, _)| {
        !name.contains(|c: char| fold(c).is_ascii_digit()) && name.chars().count() <= 8
    });
    (words_follow && !listed).then_some(after)
}

/// True when `src` is `为 … 奠定 (坚实|良好|扎实 …)? 的? 基础`: laying a foundation for what
/// the words name (two to four characters between `奠定` and `基础` at most).
fn lays_a_foundation(src: Src<'_>) -> bool {
    let text = src.as_str();
    // (A cheap look first: most clauses end otherwise.)
    if !text.ends_with("基础") || src.starts_with("为").is_none() {
        return false;
    }
    let before = &text[..text.len() - "基础".len()];
    before.rfind("奠定").is_some_and(|i| {
        let between = &before[i + "奠定".len()..];
        i > "为".len() && between.chars().count() <= 4 && between.chars().all(is_han)
    })
}

/// True when `among`, whom a rank is among, is a name: no stop word (a verb, a bound word)
/// starts anywhere in it.
fn names_whom(among: Src<'_>) -> bool {
    !among.anywhere(at_stop)
}

/// True when an intent word or an each word (`要`, `均` …) stands anywhere in `src`.
fn holds_intent_or_each(src: Src<'_>) -> bool {
    src.anywhere(|at| intent_word(at).is_some() || word_of(at, EACH_WORDS).is_some())
}

/// True when `text` is a verb of arrival and nothing more (`通达`, `送达`, `可达`, `直达`,
/// `通勤`), before the end or a clause's separator.
fn arrival_at_end(text: &str) -> bool {
    ARRIVALS.iter().any(|w| {
        text.strip_prefix(w).is_some_and(|r| {
            r.chars()
                .next()
                .is_none_or(|c| matches!(fold(c), ',' | ';' | '。'))
        })
    })
}

/// True when `src` starts with a word that ends a measure word or an object.
fn at_stop(src: Src<'_>) -> bool {
    // (Most characters open no stop word: the match on the first spares the scan of the list,
    // on the parser's hottest path, the measure word.)
    src.peek().is_some_and(|(c, _)| opens_stop_word(c))
        && any_word(src, STOP_WORDS).is_some()
        && !arrives(src)
}

/// True when `c` is the first character of a word of [`STOP_WORDS`] (the unit test
/// `every_stop_word_opens_with_a_stop_character` keeps the two in step).
#[rustfmt::skip]
fn opens_stop_word(c: char) -> bool {
    matches!(
        c,
        '以' | '及' | '左' | '上' | '下' | '到' | '至' | '和' | '与' | '或' | '并' | '的' | '为'
            | '每' | '比' | '较' | '在' | '有' | '不' | '均' | '各' | '将' | '要' | '应' | '内'
            | '之' | '前' | '达' | '保' | '控' | '提' | '增' | '降' | '减' | '逐' | '分' | '累'
            | '年' | '升' | '延' | '缩' | '扩' | '压' | '恢'
    )
}

/// True when `src` starts with the `达` of a verb of arrival or delivery (`通达`, `送达`,
/// `直达`, `可达`, `抵达`, `畅达`): the time it takes, not the verb `达` before a value
/// (`2小时通达`, `1天送达` are a time and what is done in it).
fn arrives(src: Src<'_>) -> bool {
    src.starts_with("达").is_some()
        && src.back_one().is_some_and(|at| {
            ARRIVALS
                .iter()
                .any(|w| w.ends_with('达') && at.starts_with(w).is_some())
        })
}

/// Verbs of arrival or delivery after a time (`2小时通达`, `1小时通勤`).
const ARRIVALS: &[&str] = &["通达", "送达", "可达", "直达", "抵达", "畅达", "通勤"];

/// Scale words before the denominator of a compound unit (`公里/万平方公里`, `张/千人`).
const DENOMINATOR_SCALES: &[&str] = &["十万", "万", "亿", "千", "百"];

/// The most characters a measure word may have after its scale.
const MAX_MEASURE_CHARS: usize = 5;

/// Measure words that count things (`个`, `所`, `家` …): before words too long to be a measure
/// word they are the unit, and the words are what is counted (`2个省级临床重点专科`).
const CLASSIFIERS: &[&str] = &[
    "人次", "个", "所", "家", "名", "张", "项", "条", "座", "处", "种", "支", "批", "套", "台",
    "辆", "间", "位", "户", "次", "场", "部", "本", "件", "类", "块", "片", "门", "只", "株", "人",
    "对", "场次", "批次", "期", "班",
];

/// True when `unit` is a classifier, with or without a scale (`个`, `万名`, `万人`): it counts
/// things one by one, so what it counts may follow (`30万名妇女`). A quality class (`Ⅲ类`)
/// counts nothing.
fn counts_one_by_one(unit: Unit) -> bool {
    unit != Unit::Class && CLASSIFIERS.contains(&unit.base().0.to_string().as_str())
}

/// `symbol-unit | scale? measure-word`: `%`, `/10万`, `个百分点`, `名`, `人年`, `万元`, `亿人`.
fn unit(src: Src<'_>) -> PResult<'_, Unit> {
    if let Some((rest, unit)) = word_of(src, SYMBOL_UNITS) {
        return Ok((rest, unit));
    }
    if let Some(unit) = per_denominator(src) {
        return Ok(unit);
    }
    let mut rest = src;
    let scale = Scale::ALL
        .iter()
        .find_map(|&s| src.starts_with(s.as_str()).map(|len| (s, len)));
    if let Some((_, len)) = scale {
        rest = rest.advance(len);
    }
    let measure_start = rest;
    let mut chars = 0;
    while chars < MAX_MEASURE_CHARS {
        match rest.peek() {
            Some((c, len)) if is_han(c) && !at_stop(rest) => {
                rest = rest.advance(len);
                chars += 1;
            }
            _ => break,
        }
    }
    // `650GB`, `100Mbps`, `1000万kW`: a unit of the Latin alphabet, one of a known few (a
    // letter after a figure is otherwise part of a name: `5G`, `5A级`).
    if chars == 0 {
        if let Some((after, word)) = latin_unit(rest) {
            if let Some(measure) = Measure::new(scale.map(|(s, _)| s), word) {
                return Ok((after, Unit::Measure(measure)));
            }
        }
    }
    // `2个省级临床重点专科`: words longer than any measure word after a classifier are what it
    // counts, an object after the quantity. (Looked at only when the words run past the
    // longest measure word, so a short unit costs nothing more.)
    // (`500名贫困“两癌”妇女`: a name in quotes inside the words ends no measure word.)
    // (Nor a `、` between the words counted: `1500名低保、特困等…妇女`.)
    // (Nor a figure that is part of a name: `1.6万名常州籍2023级初一女生`.)
    // (Nor a Latin letter inside them: `5200名城y镇贫困妇女…`; fuzz.)
    let quote = matches!(rest.peek(), Some(('“' | '‘' | '《' | '、', _)))
        || (starts_with_digit(rest) && figure_in_name(rest.as_str()).is_some())
        || rest.peek().is_some_and(|(c, _)| c.is_ascii_alphabetic());
    if (chars == MAX_MEASURE_CHARS || (chars > 0 && (rest.starts_with("的").is_some() || quote)))
        && measure_run(measure_start) > MAX_MEASURE_CHARS
    {
        if let Some(after) = any_word(measure_start, CLASSIFIERS) {
            let written = nom::Input::take(&src, after.offset() - src.offset());
            if let Some(unit) = Unit::from_written(&folded(written)) {
                return Ok((after, unit));
            }
        }
    }
    // `万元/人`, `张/千人`, `公里/万平方公里`: a measure per a measure, the denominator with an
    // optional scale (not `/万` alone, a unit of its own).
    // (`微克/ 立方米`: a stray space after the slash; `人每平方公里`, `微克每立方米`: `每` for
    // the slash before a measure of area, volume, length or people, printed `/`. Not before a
    // time, `2次每年`, whose `每年` is a period.)
    let mut denominator = None;
    if chars > 0 {
        let per = rest
            .starts_with("/")
            .map(|n| rest.advance(n).skip_ws())
            .or_else(|| {
                let after = rest.advance(rest.starts_with("每")?);
                any_word(after, PER_DENOMINATORS).map(|_| after)
            });
        if let Some(after) = per {
            let start = any_word(after, DENOMINATOR_SCALES).unwrap_or(after);
            let mut den = start;
            let mut den_chars = 0;
            while den_chars < MAX_MEASURE_CHARS {
                match den.peek() {
                    Some((c, w)) if is_han(c) && !at_stop(den) => {
                        den = den.advance(w);
                        den_chars += 1;
                    }
                    _ => break,
                }
            }
            if den_chars > 0 {
                denominator = Some((rest, after, den));
                rest = den;
            }
        }
    }
    let written = nom::Input::take(&src, rest.offset() - src.offset());
    let text = match denominator {
        Some((slash, after, den)) => {
            let numerator = nom::Input::take(&src, slash.offset() - src.offset());
            let den = nom::Input::take(&after, den.offset() - after.offset());
            format!("{}/{}", folded(numerator), folded(den))
        }
        None => folded(written),
    };
    match Unit::from_written(&text) {
        Some(unit) if !written.is_empty() => Ok((rest, unit)),
        _ => Err(nom::Err::Error(Failure::at(src, Expected::UnitOrBound))),
    }
}

/// `/千人口`, `/百户`, `/1000人`: a rate per a number of something, no measure before the
/// slash (`10/千人口` is ten per thousand people), kept as written. (`/10万`, `/万` are units
/// of their own: [`SYMBOL_UNITS`].)
fn per_denominator(src: Src<'_>) -> Option<(Src<'_>, Unit)> {
    let after = src.advance(src.starts_with("/")?).skip_ws();
    let (after_digits, _, _) = digits(after);
    let start = any_word(after_digits, DENOMINATOR_SCALES).unwrap_or(after_digits);
    // (A number or a scale, then a measure: `/人` alone is no rate of this kind.)
    if start.offset() == after.offset() {
        return None;
    }
    let mut end = start;
    for _ in 0..MAX_MEASURE_CHARS {
        match end.peek() {
            Some((c, w)) if is_han(c) && !at_stop(end) => end = end.advance(w),
            _ => break,
        }
    }
    if end.offset() == start.offset() {
        return None;
    }
    let written = nom::Input::take(&after, end.offset() - after.offset());
    let measure = Measure::new(None, &format!("/{}", folded(written)))?;
    Some((end, Unit::Measure(measure)))
}

/// Units written in the Latin alphabet, as the plans write them after a figure: data, speed,
/// power and energy, length, mass, containers. Matched case-sensitively (`MB` is not `mb`)
/// and only as a whole run of letters (`5G`, `5A级` are names, `650GBs` no unit).
const LATIN_UNITS: &[&str] = &[
    "PB", "TB", "GB", "MB", "KB", "Tbps", "Gbps", "Mbps", "kbps", "GW", "MW", "kW", "TWh", "GWh",
    "MWh", "kWh", "kV", "kVA", "MVA", "km", "cm", "mm", "m", "kg", "mg", "t", "TEU", "GHz", "MHz",
];

/// The one-character unit symbols of the CJK compatibility block that plans write after a
/// figure (`300万㎡`): kept as written, as a measure word.
const SQUARED_UNITS: &[&str] = &["㎡", "㎥", "㎞", "㎏", "㎎", "㎝", "㎜"];

/// A unit of [`LATIN_UNITS`] or [`SQUARED_UNITS`] at the start of `src` (full-width letters folded): the input after
/// it and the unit as written.
fn latin_unit(src: Src<'_>) -> Option<(Src<'_>, &'static str)> {
    // `1200万㎡`: the one-character symbols of area, volume, length and mass.
    let (c, w) = src.peek()?;
    if ('\u{3380}'..='\u{33FF}').contains(&c) {
        let word = SQUARED_UNITS.iter().find(|u| u.starts_with(c))?;
        return Some((src.advance(w), word));
    }
    // (Most calls meet a Chinese character or a bound word: look no further.)
    if !(c.is_ascii_alphabetic() || ('Ａ'..='ｚ').contains(&c)) {
        return None;
    }
    // (The longest unit has four letters: a longer run is no unit.)
    let mut end = src;
    let mut run = [0u8; 4];
    let mut len = 0;
    while let Some((c, w)) = end.peek().filter(|&(c, _)| fold(c).is_ascii_alphabetic()) {
        *run.get_mut(len)? = fold(c) as u8;
        len += 1;
        end = end.advance(w);
    }
    let word = LATIN_UNITS.iter().find(|u| u.as_bytes() == &run[..len])?;
    // (`5G基站` is a name: the run must not go on in digits either, `3G4`.)
    if end.peek().is_some_and(|(c, _)| fold(c).is_ascii_digit()) {
        return None;
    }
    Some((end, word))
}

/// Measures `每` may stand for the slash before (`人每平方公里`, `微克每立方米`).
const PER_DENOMINATORS: &[&str] = &[
    "平方公里",
    "平方千米",
    "平方米",
    "立方米",
    "公顷",
    "亩",
    "公里",
    "千米",
    "千人",
    "万人",
    "百人",
    "人",
    "户",
];

/// How many characters a measure word could take from `src`: Chinese characters up to a stop
/// word, counted to one more than a measure word may have.
fn measure_run(src: Src<'_>) -> usize {
    let (mut at, mut chars) = (src, 0);
    while chars <= MAX_MEASURE_CHARS {
        match at.peek() {
            // (`1所全国一流的健康馆`: `的` inside what is counted, not after the first word.)
            Some(('的', len)) if chars > 0 => {
                at = at.advance(len);
                chars += 1;
            }
            // (A name in quotes is words too: `贫困“两癌”妇女`, and so is a name that opens
            // with one: `200家“职工学堂”`.)
            Some(('“' | '”' | '‘' | '’' | '《' | '》' | '、', len)) if chars > 0 => {
                at = at.advance(len);
            }
            Some(('“' | '‘' | '《', len)) => {
                at = at.advance(len);
            }
            // (A figure that is part of a name: `4万个5G基站`, `10个15分钟健身圈`,
            // `1.6万名常州籍2023级初一女生`.)
            Some((c, _)) if fold(c).is_ascii_digit() => match figure_in_name(at.as_str()) {
                Some(len) => {
                    at = at.advance(len);
                    chars += 1;
                }
                None => break,
            },
            Some((c, len)) if is_han(c) && !at_stop(at) => {
                at = at.advance(len);
                chars += 1;
            }
            // (A Latin letter inside the words is words too: `HPV疫苗`, and fuzz's `城y镇`,
            // which a count with `余` read as words and its print `>5200名城y镇…` did not.)
            Some((c, len)) if chars > 0 && c.is_ascii_alphabetic() => {
                at = at.advance(len);
                chars += 1;
            }
            _ => break,
        }
    }
    chars
}

/// True when what is counted may follow `q`: after a bound word (`1名以上女干部`), or after a
/// count whose classifier stood before words too long to be a measure word
/// (`2个省级临床重点专科`; shorter words are the unit, `3个示范区`).
fn object_may_follow(q: &Quantified<'_>) -> bool {
    if q.suffix {
        // An age with its bound before words names a group (`60岁以上老年人`): no object.
        let age = matches!(
            &q.target,
            Target::Comparison(Comparison {
                value: Quantity {
                    unit: Some(Unit::YearsOfAge),
                    ..
                },
                ..
            })
        );
        return !age;
    }
    // `建成3-6个全国未成年人保护示范县`: a range of counts counts something too.
    let unit = match &q.target {
        Target::Attain(a) => a.value.unit,
        Target::Comparison(c) => c.value.unit,
        Target::Range(r) => r.unit,
        _ => return false,
    };
    counted_words_follow(unit, q.rest)
}

/// True when what an amount of change counts may follow it: `新增6所公办幼儿园`,
/// `新建10个以上“千兆城市”`, as after a count ([`object_may_follow`]).
fn object_may_follow_change(amount: &ChangeAmount, rest: Src<'_>) -> bool {
    match &amount.amount {
        Amount::Quantity(q) if amount.up_to.is_none() => {
            let classifier = q.unit.is_some_and(counts_one_by_one);
            (classifier && amount.bound.is_some()) || counted_words_follow(q.unit, rest)
        }
        _ => false,
    }
}

/// True when `rest`, after a count in `unit`, is words naming what it counts.
fn counted_words_follow(unit: Option<Unit>, rest: Src<'_>) -> bool {
    // A bound word after the words bounds the count (`2个专科以上`), and `之一` makes the
    // count a group the subject joins (`成为全国100个试点之一`): the words are no object.
    let text = rest.as_str().trim_end();
    // A quality class (`Ⅲ类`) counts nothing.
    measure_run(rest) > 0
        && unit.is_some_and(counts_one_by_one)
        && !SUFFIX_WORDS.iter().any(|(w, _)| text.ends_with(w))
        && !["之一", "之列", "行列"].iter().any(|w| text.ends_with(w))
        // Words of the notation or a second count make no object: `1次指导和1次实践活动` is
        // two counts, `14个区分别建立` no count at all.
        && !holds_fenbie(text)
        && !second_count(rest.as_str())
        && !starts_chinese_quantity_anywhere(rest)
}

/// True when `text` (words after a count) lists a second figure after a connective
/// (`1次指导和1次实践活动`) or a figure before anything else (`1次 2场`); figures inside what
/// is counted (`1000个0-3岁儿童家庭`, `2万名中小学生免费开展12天培训`) describe it.
fn second_count(text: &str) -> bool {
    let mut previous = None;
    for (i, c) in text.char_indices() {
        let c = fold(c);
        // (`5G基站`: a figure that is part of a name counts nothing.)
        if c.is_ascii_digit()
            && previous.is_none_or(|p: char| matches!(p, '和' | '及' | '与' | '或' | '、' | ','))
            && !(previous.is_none() && figure_in_name(&text[i..]).is_some())
        {
            return true;
        }
        if !c.is_whitespace() {
            previous = Some(c);
        }
    }
    false
}

/// `number unit?`, or a Chinese fraction whose denominator is a unit (`百分之九十` = 90%).
fn quantity(src: Src<'_>) -> PResult<'_, Quantity> {
    match amount(src)? {
        (rest, Amount::Quantity(q)) => Ok((rest, q)),
        // `超过三分之一`, `1/3`: a fraction as a value is its numerator per its denominator
        // (the unit `/3`, a share: see `Unit::fraction_denominator`); a whole denominator
        // only (`1/2.5` stays an error).
        (rest, Amount::Fraction(f))
            if f.denominator.scale() == 0 && f.denominator > Decimal::ONE =>
        {
            let unit = Measure::new(None, &format!("/{}", f.denominator)).map(Unit::Measure);
            match unit {
                Some(unit) => Ok((
                    rest,
                    Quantity {
                        value: f.numerator,
                        unit: Some(unit),
                        span: f.span,
                    },
                )),
                None => fail(Failure::new(
                    ParseErrorKind::Unexpected(Expected::Quantity),
                    f.span,
                )),
            }
        }
        (_, other) => fail(Failure::new(
            ParseErrorKind::Unexpected(Expected::Quantity),
            other.span(),
        )),
    }
}

/// `number unit? | number "/" number | number "分之" number`: a quantity or a fraction.
/// `X分之Y` with X = 100, 1000, 10000 or 100000 is `Y%`, `Y‰`, `Y/万` or `Y/10万`.
fn amount(src: Src<'_>) -> PResult<'_, Amount> {
    if let Some((rest, class)) = roman_class(src) {
        return Ok((rest, Amount::Quantity(class)));
    }
    // `减少一半`: half, the fraction 1/2 (as `减半`).
    if let Some(n) = src
        .peek()
        .filter(|&(c, _)| c == '一')
        .and_then(|_| src.starts_with("一半"))
    {
        let rest = src.advance(n);
        let span = Span::new(src.offset(), rest.offset());
        return fraction_or_quantity(rest, Decimal::ONE, Decimal::TWO, None, span);
    }
    let (rest, (mut value, num_span)) = number(src)?;
    // `10万分之58`: digits and a scale word before `分之` (`十万分之58` in numerals).
    let mut rest = rest;
    for (word, scale) in [("万分之", 10_000), ("千分之", 1000), ("百分之", 100)] {
        if rest.starts_with(word).is_some() && starts_with_digit(src) {
            // (28 digits before `万分之` overflow a decimal: fuzz found the panic. The scale's
            // zeros count as digits.)
            value = value.checked_mul(Decimal::from(scale)).ok_or_else(|| {
                let zeros = match scale {
                    10_000 => 4,
                    1000 => 3,
                    _ => 2,
                };
                let digits = src.as_str()[..num_span.end - src.offset()]
                    .chars()
                    .filter(|c| fold(*c).is_ascii_digit())
                    .count()
                    + zeros;
                nom::Err::Failure(Failure::new(
                    ParseErrorKind::NumberTooLong { digits },
                    num_span,
                ))
            })?;
            rest = rest.advance(word.len() - "分之".len());
            break;
        }
    }
    // `三分之一`, `百分之九十`, `十万分之190.7`.
    if let Some(len) = rest.starts_with("分之") {
        let (rest, (numerator, _)) =
            number(rest.advance(len)).map_err(|e| nom::Err::Failure(into_failure(e)))?;
        let span = Span::new(num_span.start, rest.offset());
        let unit = [
            (100, Unit::Percent),
            (1000, Unit::PerMille),
            (10_000, Unit::PerTenThousand),
            (100_000, Unit::PerHundredThousand),
        ]
        .iter()
        .find(|(d, _)| value == Decimal::from(*d))
        .map(|&(_, u)| u);
        return fraction_or_quantity(rest, numerator, value, unit, span);
    }
    // `1/3` (a fraction), not `1/10万` (a unit).
    if let Some(slash) = rest.starts_with("/") {
        let after = rest.advance(slash);
        if starts_with_digit(after) && word_of(rest, SYMBOL_UNITS).is_none() {
            let (after_den, (denominator, _)) = number(after)?;
            let span = Span::new(num_span.start, after_den.offset());
            return fraction_or_quantity(after_den, value, denominator, None, span);
        }
    }
    if rest.is_empty() {
        let span = Span::new(num_span.start, rest.offset());
        return Ok((
            rest,
            Amount::Quantity(Quantity {
                value,
                unit: None,
                span,
            }),
        ));
    }
    let (rest, unit) = match opt(unit).parse(rest.skip_ws())? {
        (after, Some(unit)) => (after, Some(unit)),
        (_, None) => (rest, None),
    };
    Ok((
        rest,
        Amount::Quantity(Quantity {
            value,
            unit,
            span: Span::new(num_span.start, rest.offset()),
        }),
    ))
}

fn fraction_or_quantity(
    rest: Src<'_>,
    numerator: Decimal,
    denominator: Decimal,
    unit: Option<Unit>,
    span: Span,
) -> PResult<'_, Amount> {
    if denominator.is_zero() {
        return fail(Failure::new(ParseErrorKind::ZeroDenominator, span));
    }
    let amount = match unit {
        Some(unit) => Amount::Quantity(Quantity {
            value: numerator,
            unit: Some(unit),
            span,
        }),
        None => Amount::Fraction(Fraction {
            numerator,
            denominator,
            span,
        }),
    };
    Ok((rest, amount))
}

/// Like [`quantity`], but a missing number is a hard failure saying so.
fn required_quantity(src: Src<'_>) -> PResult<'_, Quantity> {
    quantity(src).map_err(|e| nom::Err::Failure(into_failure(e)))
}

fn agree(first: Option<Unit>, second: Option<Unit>, span: Span) -> Result<Option<Unit>, Failure> {
    match (first, second) {
        (Some(a), Some(b)) if a != b => Err(Failure::new(
            ParseErrorKind::UnitMismatch {
                first: a,
                second: b,
            },
            span,
        )),
        (a, b) => Ok(a.or(b)),
    }
}

// ---------------------------------------------------------------------------------------------
// Quantified targets.

/// A quantified target and what may follow it when the input does not end there.
struct Quantified<'a> {
    rest: Src<'a>,
    target: Target,
    /// What the grammar allows next, for the error when something else follows.
    next: Expected,
    /// True when the target ended with a bound word (`以下`, `左右` …), which in a `分别` list
    /// applies to every item.
    suffix: bool,
}

/// `sign quantity | prefix-word quantity | quantity (":" number | range-sep quantity |
/// "±" quantity | suffix-word)?`, with `direction` from a verb before it.
fn quantified(src: Src<'_>, direction: Option<Direction>) -> Result<Quantified<'_>, Failure> {
    let start = src.offset();
    if starts_with_digit(src) {
        return quantity_first(src, start, direction);
    }
    if let Some((after, op)) = sign(src) {
        return comparison_after(after, start, op, false);
    }
    if let Some(about) = any_word(src, ABOUT_WORDS) {
        let (rest, value) = required_quantity(about.skip_ws()).map_err(into_failure)?;
        let span = Span::new(start, rest.offset());
        let target = Target::Approximately(Approximately {
            value,
            tolerance: None,
            span,
        });
        return Ok(Quantified {
            rest,
            target,
            next: Expected::End,
            suffix: false,
        });
    }
    if let Some(class) = class_comparison(src) {
        return Ok(class);
    }
    if let Some((after, op)) = prefix_word(src) {
        return comparison_after(after, start, op, true);
    }
    quantity_first(src, start, direction)
}

/// `300余名`, `7200多名`, `340余万张`: a number, `余` or `多` ("and more"), then its unit: more
/// than the number, `>300名` (a bound written inside the quantity, so what is counted may
/// follow it, as after `以上`). `None` when `src` is not that: `多` or `余` with no unit after
/// it is not read as one.
fn more_than(src: Src<'_>, start: usize) -> Option<Quantified<'_>> {
    // (Looked at the bytes first: the commonest quantities have no `余`/`多` and are read
    // once, by the caller.)
    let text = src.as_str();
    let figure = text
        .bytes()
        .position(|b| !(b.is_ascii_digit() || b == b'.'))
        .unwrap_or(text.len());
    let next = text[figure..].chars().next();
    // (Full-width digits, rare, are read the slow way.)
    let ascii = figure > 0;
    if (ascii && !matches!(next, Some('余' | '多' | '万' | '亿'))) || !starts_with_digit(src) {
        return None;
    }
    let (rest, (value, _)) = number(src).ok()?;
    // (`1万余名`: the scale may come before `余`; the unit is then the scale and the word.)
    let (scale, after) = match any_word(rest, &["万", "亿"]) {
        Some(after) if any_word(after, &["余", "多"]).is_some() => (
            Some(&rest.as_str()[..after.offset() - rest.offset()]),
            after,
        ),
        _ => (None, rest),
    };
    let after = any_word(after, &["余", "多"])?;
    let (rest, unit) = unit(after).ok()?;
    // A measure word of more than three characters after `余` is words, not a unit (fuzz:
    // `4200余含困妇女开…` printed `>4200含困妇女开…`, which reads otherwise).
    let word_chars = after.as_str()[..rest.offset() - after.offset()]
        .chars()
        .count();
    if word_chars > 3 && !counts_one_by_one(unit) {
        return None;
    }
    // Nor may words follow a measure word that counts nothing one by one: printed after a
    // sign they are no object (fuzz: `5200余名城y镇贫` read the unit `名城` and the object
    // `y镇贫`, and its print `>5200名城y镇贫` did not read back).
    if !counts_one_by_one(unit) && starts_object(rest) {
        return None;
    }
    let unit = match scale {
        Some(scale) => {
            let word = nom::Input::take(&after, rest.offset() - after.offset());
            // (A scale after the scale, `1万余万名`, is no unit.)
            if Scale::ALL
                .iter()
                .any(|s| word.starts_with(s.as_str()).is_some())
            {
                return None;
            }
            Unit::from_written(&format!("{scale}{}", folded(word)))?
        }
        None => unit,
    };
    let span = Span::new(start, rest.offset());
    let value = Quantity {
        value,
        unit: Some(unit),
        span,
    };
    Some(Quantified {
        rest,
        target: Target::Comparison(Comparison {
            op: CmpOp::Gt,
            value,
            span,
        }),
        next: Expected::End,
        suffix: true,
    })
}

/// A comparison after its sign or word (`by_word`: a word of comparison, which on a quality
/// class speaks of quality): the bound, and nothing but the end after a unit.
fn comparison_after(
    after: Src<'_>,
    start: usize,
    op: CmpOp,
    by_word: bool,
) -> Result<Quantified<'_>, Failure> {
    let (rest, value) = required_quantity(after.skip_ws()).map_err(into_failure)?;
    let op = if by_word {
        class_words_mirrored(op, &value)?
    } else {
        op
    };
    // `超过90%以上`, `不低于90%以上`: a bound word on the same side as the word before the
    // value says it again; the word before decides (`>90%`).
    let rest = match word_of(rest.skip_ws(), SUFFIX_WORDS) {
        Some((end, Suffix::Cmp(CmpOp::Ge | CmpOp::Gt))) if matches!(op, CmpOp::Ge | CmpOp::Gt) => {
            end
        }
        Some((end, Suffix::Cmp(CmpOp::Le | CmpOp::Lt))) if matches!(op, CmpOp::Le | CmpOp::Lt) => {
            end
        }
        _ => rest,
    };
    let span = Span::new(start, rest.offset());
    let next = if value.unit.is_some() {
        Expected::End
    } else {
        Expected::UnitOrBound
    };
    let target = Target::Comparison(Comparison { op, value, span });
    Ok(Quantified {
        rest,
        target,
        next,
        suffix: false,
    })
}

/// A comparison sign (`>=`, `≥`, `>` …), read without scanning a table.
fn sign(src: Src<'_>) -> Option<(Src<'_>, CmpOp)> {
    let (c, len) = src.peek()?;
    let after = src.advance(len);
    let or_equal = || after.starts_with("=").map(|eq| after.advance(eq));
    match c {
        '≥' => Some((after, CmpOp::Ge)),
        '≤' => Some((after, CmpOp::Le)),
        '>' => Some(or_equal().map_or((after, CmpOp::Gt), |a| (a, CmpOp::Ge))),
        '<' => Some(or_equal().map_or((after, CmpOp::Lt), |a| (a, CmpOp::Le))),
        _ => None,
    }
}

/// The fast path for the commonest target, a sign before a plain number: `≥82.3`, `<1.5`,
/// `>=95`, `≤0.8%`.
///
/// The whole text must be a comparison sign ([`sign`], so `>=`, `＞` and `≧` too), ASCII digits
/// with at most one `.` between digits, and optionally `%` or `‰`: nothing before or after it,
/// no space, at most [`PLAIN_DIGITS`] characters in the number. Then the comparison is built
/// here, straight from the bytes (the caller wraps it as [`Target::Comparison`]; a small value
/// rather than the whole `Target` keeps the copies out of the fast path); for anything else
/// it returns `None` and the general path reads the text. It builds exactly the tree the
/// general path builds for such a text (the same op, value with its scale, unit and spans):
/// the properties `fast_path_is_the_general_path_*` in `parse/fast_path_tests.rs` check that
/// on generated and printed targets.
pub(super) fn plain_comparison(text: &str) -> Option<Comparison> {
    let bytes = text.as_bytes();
    // The signs as they are mostly written, matched on bytes; any other form is read by `sign`
    // (a `>` before a full-width `＝` is then left to the general path).
    let (start, op) = match bytes {
        [b'>', b'=', ..] => (2, CmpOp::Ge),
        [b'<', b'=', ..] => (2, CmpOp::Le),
        [b'>', ..] => (1, CmpOp::Gt),
        [b'<', ..] => (1, CmpOp::Lt),
        [0xE2, 0x89, 0xA5, ..] => (3, CmpOp::Ge), // ≥
        [0xE2, 0x89, 0xA4, ..] => (3, CmpOp::Le), // ≤
        // (Only the first two characters can be a sign: a `Src` of them alone spares the
        // fold scan of the whole text that `Src::new` makes.)
        _ => {
            let head = text.char_indices().nth(2).map_or(text, |(i, _)| &text[..i]);
            sign(Src::new(head)).map(|(after, op)| (after.offset(), op))?
        }
    };
    let mut at = start;
    let mut mantissa = 0u64;
    let mut scale = None;
    while let Some(&b) = bytes.get(at) {
        match b {
            b'0'..=b'9' | b'.' if at - start == PLAIN_DIGITS => return None,
            b'0'..=b'9' => mantissa = mantissa * 10 + u64::from(b - b'0'),
            // A point needs a digit before and after it (checked below), and only one.
            b'.' if scale.is_none() && at > start => scale = Some(at),
            _ => break,
        }
        at += 1;
    }
    let end = at;
    let scale = match scale {
        Some(point) if point + 1 == end => return None,
        Some(point) => (end - point - 1) as u32,
        None if end == start => return None,
        None => 0,
    };
    let (unit, last) = match &bytes[end..] {
        [] => (None, end),
        b"%" => (Some(Unit::Percent), end + 1),
        rest if rest == "‰".as_bytes() => (Some(Unit::PerMille), end + rest.len()),
        _ => return None,
    };
    let value = Decimal::try_from_i128_with_scale(i128::from(mantissa), scale).ok()?;
    Some(Comparison {
        op,
        value: Quantity {
            value,
            unit,
            span: Span::new(start, last),
        },
        span: Span::new(0, last),
    })
}

/// The most characters (digits and the point) of a number on the fast path: 19 digits fit a
/// `u64` mantissa without overflow.
const PLAIN_DIGITS: usize = 19;

/// The quantified targets that start with a number.
fn quantity_first(
    src: Src<'_>,
    start: usize,
    direction: Option<Direction>,
) -> Result<Quantified<'_>, Failure> {
    if let Some(q) = more_than(src, start) {
        return Ok(q);
    }
    let (rest, first) = quantity(src).map_err(into_failure)?;
    // `提升到Ⅱ类`: a verb of rise toward a class means a better, lower class; the class
    // scale gives the direction, not the verb.
    let direction = direction.filter(|_| first.unit != Some(Unit::Class));
    let after = rest.skip_ws();
    if after.is_empty() {
        let span = Span::new(start, rest.offset());
        let next = Expected::End;
        let target = Target::Attain(Attain {
            value: first,
            direction,
            span,
        });
        return Ok(Quantified {
            rest,
            target,
            next,
            suffix: false,
        });
    }

    // Ratio: `a:b`, unitless.
    if first.unit.is_none() {
        if let Some(colon) = after.starts_with(":") {
            let (rest, (consequent, _)) =
                number(after.advance(colon).skip_ws()).map_err(into_failure)?;
            let span = Span::new(start, rest.offset());
            if first.value.is_zero() || consequent.is_zero() {
                return Err(Failure::new(ParseErrorKind::ZeroRatioTerm, span));
            }
            // `缩小到1.95:1以内`, `达到5:1以上`: a bound on the ratio's value `a` (of `a:1`).
            if let Some((after_bound, Suffix::Cmp(op))) = word_of(rest.skip_ws(), SUFFIX_WORDS) {
                if consequent != Decimal::ONE {
                    return Err(Failure::at(rest.skip_ws(), Expected::End));
                }
                let span = Span::new(start, after_bound.offset());
                let value = Quantity {
                    unit: None,
                    ..first
                };
                let target = Target::Comparison(Comparison { op, value, span });
                return Ok(Quantified {
                    rest: after_bound,
                    target,
                    next: Expected::End,
                    suffix: true,
                });
            }
            let target = Target::Ratio(Ratio {
                antecedent: first.value,
                consequent,
                span,
            });
            return Ok(Quantified {
                rest,
                target,
                next: Expected::End,
                suffix: false,
            });
        }
    }
    // Range: `lo—hi`, the unit after either end. (`2013年至2017年` is a span of years, a time:
    // see `year_span`.)
    let a_year = first.unit == Some(Unit::Year)
        && first.value.scale() == 0
        && (Decimal::from(1900)..=Decimal::from(2100)).contains(&first.value);
    if let Some(sep) = any_word(after, RANGE_SEPARATORS).filter(|_| !a_year) {
        let sep = sep.skip_ws();
        if starts_with_digit(sep) {
            let (rest, second) = quantity(sep).map_err(into_failure)?;
            let span = Span::new(start, rest.offset());
            let unit = agree(first.unit, second.unit, span)?;
            if first.value > second.value {
                return Err(Failure::new(ParseErrorKind::InvertedRange, span));
            }
            // `6到6.5%左右`: approximate ends.
            let (rest, about) = match word_of(rest.skip_ws(), SUFFIX_WORDS) {
                Some((after, Suffix::About)) => (after, true),
                _ => (rest, false),
            };
            let target = Target::Range(Range {
                low: first.value,
                high: second.value,
                unit,
                about,
                span: Span::new(start, rest.offset()),
            });
            // (Its `左右` is the range's own: a list gives it to no other item.)
            return Ok(Quantified {
                rest,
                target,
                next: Expected::End,
                suffix: false,
            });
        }
    }
    // Explicit tolerance: `45±2`.
    if let Some(pm) = after.starts_with("±") {
        let (rest, tolerance) =
            required_quantity(after.advance(pm).skip_ws()).map_err(into_failure)?;
        let span = Span::new(start, rest.offset());
        let unit = agree(first.unit, tolerance.unit, span)?;
        let value = Quantity { unit, ..first };
        let target = Target::Approximately(Approximately {
            value,
            tolerance: Some(tolerance.value),
            span,
        });
        return Ok(Quantified {
            rest,
            target,
            next: Expected::End,
            suffix: false,
        });
    }
    // `7.2%。以内`: a `‰` split by a text conversion into `%` and `。` before a bound word is
    // an error that suggests `7.2‰以内`, never 7.2 %.
    if first.unit == Some(Unit::Percent) {
        if let Some(stop) = after.starts_with("。") {
            if let Some((end, _)) = word_of(after.advance(stop), SUFFIX_WORDS) {
                let bound = folded(nom::Input::take(
                    &after.advance(stop),
                    end.offset() - after.offset() - stop,
                ));
                return Err(Failure::new(
                    ParseErrorKind::DamagedPerMille {
                        suggestion: format!("{}‰{bound}", first.value),
                    },
                    Span::new(first.span.start, after.offset() + stop),
                ));
            }
        }
    }
    // Bound words: `90%以上`, `45左右`. (`内` and `之内` end the target: `三年内新增6000所`
    // is a time before a change, not a bound.)
    let within = |rest: Src<'_>| {
        !matches!(after.peek(), Some(('内' | '之', _))) || rest.skip_ws().is_empty()
    };
    if let Some((rest, suffix)) = word_of(after, SUFFIX_WORDS).filter(|(rest, _)| within(*rest)) {
        // `90%以上(含)的乡镇…`: `(含)`, "inclusive", says what `以上` says (read, not printed).
        let rest = match suffix {
            Suffix::Cmp(CmpOp::Ge | CmpOp::Le) => any_word(rest.skip_ws(), &["(含)"])
                .filter(|r| !r.skip_ws().is_empty())
                .unwrap_or(rest),
            _ => rest,
        };
        let span = Span::new(start, rest.offset());
        let target = match suffix {
            Suffix::Cmp(op) => Target::Comparison(Comparison {
                op: class_words_mirrored(op, &first)?,
                value: first,
                span,
            }),
            Suffix::About => Target::Approximately(Approximately {
                value: first,
                tolerance: None,
                span,
            }),
        };
        return Ok(Quantified {
            rest,
            target,
            next: Expected::End,
            suffix: true,
        });
    }
    let next = if first.unit.is_some() {
        Expected::Bound
    } else {
        Expected::UnitOrBound
    };
    let span = Span::new(start, rest.offset());
    Ok(Quantified {
        rest,
        target: Target::Attain(Attain {
            value: first,
            direction,
            span,
        }),
        next,
        suffix: false,
    })
}

/// Fails unless only whitespace is left.
fn expect_end(rest: Src<'_>, next: Expected) -> Result<(), Failure> {
    let rest = rest.skip_ws();
    if rest.is_empty() {
        Ok(())
    } else {
        Err(Failure::at(rest, next))
    }
}

/// True when a quantified target can start here.
fn starts_quantified(src: Src<'_>) -> bool {
    starts_with_digit(src)
        || starts_with_sign(src)
        || roman_class(src).is_some()
        || prefix_word(src).is_some()
        || any_word(src, ABOUT_WORDS).is_some()
}

// ---------------------------------------------------------------------------------------------
// Clauses and the words around a form.

/// Words of intent before a target, longest first where one is a prefix of another.
const INTENT_WORDS: &[(&str, IntentWord)] = &[
    ("力争", IntentWord::Lizheng),
    ("争取", IntentWord::Zhengqu),
    ("努力", IntentWord::Nuli),
    ("确保", IntentWord::Quebao),
    ("应当", IntentWord::Yingdang),
    ("应", IntentWord::Ying),
    ("要", IntentWord::Yao),
    // `将会进一步扩大`: `会` after `将` says it again (printed `将`).
    ("将会", IntentWord::Jiang),
    ("将", IntentWord::Jiang),
    ("有望", IntentWord::Youwang),
    // `预计到2024年年底，达到17.5%`: forecast, an aspiration.
    ("预计", IntentWord::Yuji),
    // `计划新增560万平方米`: planned (see `take_intent`: `计划生育`, `计划免疫` are names).
    ("计划", IntentWord::Jihua),
];

/// The intent word that starts `src`, and what follows it (`计划` only when no name starts
/// there: see [`PLANNED_NAMES`]).
fn intent_word(src: Src<'_>) -> Option<(Src<'_>, IntentWord)> {
    word_of(src, INTENT_WORDS).filter(|&(after, word)| {
        word != IntentWord::Jihua || any_word(after.skip_ws(), PLANNED_NAMES).is_none()
    })
}

/// [`intent_word`] as one word of intent (no second) spanning where it was written.
fn intent_at(src: Src<'_>) -> Option<(Src<'_>, Intent)> {
    let (after, word) = intent_word(src)?;
    let span = Span::new(src.offset(), after.offset());
    let intent = Intent {
        word,
        second: None,
        span,
    };
    Some((after, intent))
}

/// Words after `计划` that make it the start of a name (`计划生育`, `计划免疫`, `计划单列市`,
/// `计划任务`), not an intent word (planned to …).
const PLANNED_NAMES: &[&str] = &[
    "生育",
    "免疫",
    "单列",
    "任务",
    "目标",
    "指标",
    "管理",
    "经济",
    "安排",
    "项目",
    "书",
    "表",
    "内",
    "外",
    "数",
    "的",
    "和",
    "、",
    "完成率",
    "执行",
];

/// `均`, `各` before a target.
const EACH_WORDS: &[(&str, EachWord)] = &[
    ("均", EachWord::Jun),
    ("各", EachWord::Ge),
    ("都", EachWord::Dou),
];

/// Periods a count is per (`每年至少组织4次`), longest first where one is a prefix of another.
const PERIOD_WORDS: &[&str] = &[
    "每学年",
    "每学期",
    "每季度",
    "每半年",
    "每年",
    "每月",
    "每周",
    "每天",
    "每日",
    // `年均发放公租房租赁补贴7000户`: an action and a count, each year on average (the
    // words of [`AVERAGE_YEAR_WORDS`]).
    "平均每年",
    "年平均",
    "年均",
];

/// The words of "each year on average": a pace before a value (`年均增长7%`), a period only
/// before an action, and never inside a lead (print would move them).
const AVERAGE_YEAR_WORDS: &[&str] = &["平均每年", "年平均", "年均"];

/// Connectives at the start of a later clause: they change no meaning.
const CONNECTIVES: &[&str] = &["并且", "并", "且", "同时"];

/// Words before an annual change.
const PER_YEAR_WORDS: &[(&str, PerYear)] = &[
    ("平均每年", PerYear::Average),
    ("年平均", PerYear::Average),
    ("年均", PerYear::Average),
    ("每年", PerYear::EveryYear),
];

/// Verbs of change after which a bare `年` is per year (`年增长8%以上`, `年新增16.7万公顷`).
const YEARLY_CHANGE_VERBS: &[&str] = &[
    "增长", "新增", "提高", "提升", "增加", "减少", "下降", "降低", "递增", "递减",
];

/// The per-year word that starts `src` (`年均`, `每年` …), or a bare `年` right before a verb of
/// change (`年增长8%以上` is `每年提高8%以上`; `年龄`, `年底` are no such word, nor the `年` of
/// `全年`, `今年`, `上年` …, nor one before a pace noun: `年增长率8%` is an average pace).
fn per_year_word(src: Src<'_>) -> Option<(Src<'_>, PerYear)> {
    if let Some(found) = word_of(src, PER_YEAR_WORDS) {
        return Some(found);
    }
    let after = src.advance(src.starts_with("年")?);
    // (`上年` is last year, but `在原基础上` + `年增长` is not.)
    let before = src.preceding();
    let of_a_year = before
        .chars()
        .next_back()
        .is_some_and(|c| "全今明当上去近同历往该本次前后每".contains(c))
        && !before.ends_with("基础上");
    if of_a_year || word_of(after, PACE_NOUNS).is_some() {
        return None;
    }
    any_word(after, YEARLY_CHANGE_VERBS).map(|_| (after, PerYear::EveryYear))
}

/// Bound words after an amount of change.
const AMOUNT_BOUNDS: &[(&str, AmountBound)] = &[
    ("及以上", AmountBound::AtLeast),
    ("以上", AmountBound::AtLeast),
    ("以下", AmountBound::AtMost),
    ("以内", AmountBound::AtMost),
    ("左右", AmountBound::About),
    ("上下", AmountBound::About),
];

/// Verbs before a rank.
/// Actions whose total a cumulative count gives (`累计培育…1000家`, `累计带动415万人就业`).
const CUMULATIVE_ACTIONS: &[&str] = &[
    "培育", "创建", "建成", "建设", "认定", "带动", "完成", "培训", "引进", "开展", "举办", "组织",
    "实施", "资助", "救助", "帮扶", "安置", "发放", "吸引", "打造", "建立", "设立", "服务", "接待",
    "评选", "命名", "推广",
];

const RANK_VERBS: &[&str] = &[
    "进入", "达到", "保持", "位居", "位列", "稳居", "跻身", "居于", "居",
];

/// `组织开展思想引领、安全守护、家庭教育、生活帮扶等集中关爱活动1万场`: words listed with `、`
/// before the lead of the last piece are that lead's list, not goals of their own: one target,
/// whose lead runs from the first word, as a shorter list is read whole as a lead
/// (`建立健全妇女发展机制、妇女参政比例达到30%`). `None` unless every piece but the last is
/// words alone and the last is a quantified target or a change with a lead and nothing else
/// around it.
fn listed_lead(src: Src<'_>, clauses: &[Clause]) -> Option<Clause> {
    let (last, words) = clauses.split_last()?;
    let lead = last.parts.lead.as_ref()?;
    if words.is_empty()
        || !words
            .iter()
            .all(|c| c.parts.is_empty() && matches!(c.target, Target::Qualitative(_)))
        || !last.parts.only_lead()
        || !matches!(
            last.target,
            Target::Attain(_)
                | Target::Comparison(_)
                | Target::Approximately(_)
                | Target::Range(_)
                | Target::RelativeChange(_)
        )
    {
        return None;
    }
    // The words before the last piece's lead, then that lead as read (its text need not be
    // the source up to its end: fuzz, `…速高于年37`).
    let before = nom::Input::take(&src, lead.span.start.checked_sub(src.offset())?);
    let mut one = last.clone();
    one.parts.lead = Some(Words {
        text: folded(before) + &lead.text,
        span: Span::new(src.offset(), lead.span.end),
    });
    one.span = Span::new(src.offset(), last.span.end);
    Some(one)
}

/// The most characters of a lead (`农村`, `妇女的人均预期寿命`) the parser looks through.
const MAX_LEAD_CHARS: usize = 24;

/// The words around a form, as a clause writes them.
#[derive(Clone, Default)]
struct Parts {
    lead: Option<Words>,
    scope: Option<Words>,
    due: Option<Due>,
    deadline: Option<Words>,
    intent: Option<Intent>,
    each: Option<Each>,
    period: Option<Words>,
    object: Option<Words>,
    /// A remark in brackets after the form (`(即77.3岁)`).
    note: Option<Words>,
    /// True when the lead or scope was written before the due year (`城市…到2005年…`): in a list
    /// of milestones they belong to the whole list.
    before_due: bool,
}

impl Parts {
    /// True when nothing but a lead (and an object, printed after the form) is set: a lead
    /// before it prints next to this one.
    fn only_lead(&self) -> bool {
        self.scope.is_none()
            && self.due.is_none()
            && self.deadline.is_none()
            && self.intent.is_none()
            && self.each.is_none()
            && self.period.is_none()
    }

    /// Takes a word of intent at the start of `src` when none is set yet: what follows it.
    fn take_intent<'a>(&mut self, src: Src<'a>) -> Option<Src<'a>> {
        if let Some(intent) = &mut self.intent {
            // `力争到2017年底将…`: a second word after a time is the second of the two (they
            // print together, after the time).
            let (after, next) = intent_word(src).filter(|&(_, next)| next != intent.word)?;
            if intent.second.is_some() {
                return None;
            }
            intent.second = Some(next);
            intent.span = Span::new(intent.span.start, after.offset());
            return Some(after.skip_ws());
        }
        let (after, word) = intent_word(src)?;
        // `将力争`, `要确保`, `努力将`: a second word right after the first (not the same one).
        let (after, second) = match intent_word(after.skip_ws()) {
            Some((rest, next)) if next != word => (rest, Some(next)),
            _ => (after, None),
        };
        let span = Span::new(src.offset(), after.offset());
        self.intent = Some(Intent { word, second, span });
        Some(after.skip_ws())
    }

    fn is_empty(&self) -> bool {
        self.only_lead() && self.lead.is_none() && self.object.is_none() && self.note.is_none()
    }

    /// `target` wrapped in these parts (itself when there are none).
    fn wrap(self, target: Target, span: Span) -> Target {
        if self.is_empty() {
            return target;
        }
        Target::Qualified(Qualified {
            lead: self.lead,
            scope: self.scope,
            due: self.due,
            deadline: self.deadline,
            intent: self.intent,
            each: self.each,
            period: self.period,
            target: Box::new(target),
            object: self.object,
            note: self.note,
            span,
        })
    }

    /// The lead and scope written before the due year, moved out.
    fn take_outer(&mut self) -> Parts {
        if !self.before_due {
            return Parts::default();
        }
        Parts {
            lead: self.lead.take(),
            scope: self.scope.take(),
            before_due: true,
            ..Parts::default()
        }
    }
}

/// A form and what the grammar allows after it.
struct Body<'a> {
    target: Target,
    rest: Src<'a>,
    /// What may follow, for the error when something else does.
    next: Expected,
    /// True when an object (`女干部`, `城乡区域差距`) may follow.
    object: bool,
}

impl<'a> Body<'a> {
    fn whole(target: Target, rest: Src<'a>) -> Body<'a> {
        Body {
            target,
            rest,
            next: Expected::End,
            object: false,
        }
    }
}

/// One clause: the words around its form, and the form.
#[derive(Clone)]
struct Clause {
    parts: Parts,
    target: Target,
    span: Span,
}

impl Clause {
    /// True for a qualitative goal with no due year (words of intent, a lead or a scope only
    /// frame it).
    fn is_qualitative(&self) -> bool {
        matches!(self.target, Target::Qualitative(_)) && self.parts.due.is_none()
    }

    /// True when the clause, with no due year, states no measure: a goal in words, an
    /// improvement, a level reached that is named in words (`达到国际先进水平`, not a
    /// comparison with a series nor an average), an elimination,
    /// or a rise or fall of something named that is not a measure (`扩大儿童福利范围`, not
    /// `死亡率降低`, nor a bare `提高`, which says the indicator's own direction).
    fn states_no_measure(&self) -> bool {
        if self.parts.due.is_some() {
            return false;
        }
        match &self.target {
            Target::Qualitative(_) | Target::Improve(_) | Target::Eliminate(_) => true,
            // (A level reached, not a comparison with a series, nor an average: `高于全国`,
            // `达到全国平均水平` are measured against the other series.)
            Target::Reference(r) => r.is_level_in_words(),
            // (Neither the lead nor the object names a measure: `单位工业增加值用水量降低指标`
            // names one; fuzz.)
            Target::Rise(_) | Target::Fall(_) => {
                let named = [&self.parts.lead, &self.parts.object];
                named.iter().any(|w| w.is_some())
                    && named
                        .iter()
                        .all(|w| w.as_ref().is_none_or(|w| !ends_with_measure_noun(&w.text)))
            }
            _ => false,
        }
    }
}

/// Characters that may separate clauses (as written: folding is not needed to find one), for
/// the quick look whether a target is one clause.
const CLAUSE_SEPARATORS: [char; 7] = [',', ';', '，', '；', '。', '﹐', '﹔'];

/// The clauses of a target, split at `,` `;` (and their full-width forms) outside parentheses.
/// A `分别` list keeps its commas, and a scope keeps the comma after `为单位`.
fn split_clauses(src: Src<'_>) -> Vec<Src<'_>> {
    let mut clauses = Vec::new();
    let mut start = 0;
    let mut depth = 0u32;
    let starts_list = |from: usize| src.advance(from).skip_ws().starts_with("分别").is_some();
    let mut in_list = starts_list(0);
    let mut previous = None;
    for (i, c) in nom::Input::iter_indices(&src) {
        let after_digit = previous.is_some_and(|p: char| p.is_ascii_digit());
        previous = Some(c);
        match c {
            '(' | '[' | '【' => depth += 1,
            ')' | ']' | '】' => depth = depth.saturating_sub(1),
            // A comma between digits (`79,5`, `1,000`) separates no clauses: the number parser
            // reports it.
            ',' if after_digit
                && starts_with_digit(
                    src.advance(i + src.advance(i).peek().map_or(1, |(_, w)| w)),
                ) => {}
            // `基本完成。基本建成…`: a full stop between sentences separates clauses, as `;`
            // does; after a digit or `%` it is damaged notation (`1。8`, `7.2%。`), which the
            // number parser reports.
            '。' if depth == 0
                && !after_digit
                && i > 0
                && !(src.as_str()[..i].ends_with(['%', '％'])
                    && word_of(src.advance(i + '。'.len_utf8()), SUFFIX_WORDS).is_some())
                && !src
                    .advance(i + '。'.len_utf8())
                    .peek()
                    .is_some_and(|(c, _)| c.is_ascii_digit()) =>
            {
                let clause = nom::Input::take(&src.advance(start), i - start);
                clauses.push(clause.trim_end());
                start = i + '。'.len_utf8();
                in_list = starts_list(start);
            }
            // `到2010年不低于389公斤、到2020年不低于395公斤`: milestones listed with `、`, a
            // due year after it, separate as with commas.
            '、' if depth == 0 && i > start && due_follows(src.advance(i + '、'.len_utf8())) => {
                let clause = nom::Input::take(&src.advance(start), i - start);
                clauses.push(clause.trim_end());
                start = i + '、'.len_utf8();
                in_list = starts_list(start);
            }
            ',' | ';' if depth == 0 => {
                let clause = nom::Input::take(&src.advance(start), i - start);
                if (c == ',' && in_list)
                    || clause.trim_end().ends_with("为单位").is_some()
                    || (c == ',' && only_time(clause.trim_end()))
                    || (c == ',' && only_baseline(clause.trim_end()))
                    || (c == ',' && discourse_word(clause.trim_end()))
                {
                    continue;
                }
                clauses.push(clause.trim_end());
                // The separator's length in the original text (`，` is three bytes).
                start = i + src.advance(i).peek().map_or(1, |(_, width)| width);
                in_list = starts_list(start);
            }
            _ => {}
        }
    }
    clauses.push(src.advance(start).skip_ws());
    clauses
}

/// True when a `、` in `src` is followed by a due year (`…、到2020年…`): milestones listed
/// with it, which split as with commas.
fn due_after_dun(src: Src<'_>) -> bool {
    src.as_str()
        .match_indices('、')
        .any(|(i, _)| due_follows(src.advance(i + '、'.len_utf8())))
}

/// True when `src` starts with `到`/`至` and a year.
fn due_follows(src: Src<'_>) -> bool {
    any_word(src, &["到", "至"]).is_some_and(|a| year(a.skip_ws()).is_some())
}

/// `到 YEAR 年`, `至 YEAR 年`: the year a target is due.
fn due(src: Src<'_>) -> Option<(Src<'_>, Due)> {
    // `在2017年底基本实现…`: by the end of that year (`在2015年基础上` is a baseline's); so
    // `于2017年底前基本消除`.
    if let Some(after) = any_word(src, &["在", "于"]) {
        let (year_end, year) = year(after.skip_ws())?;
        let rest = end_of_year(year_end);
        if rest.offset() == year_end.offset() {
            return None;
        }
        let span = Span::new(src.offset(), rest.offset());
        return Some((after_comma(rest), Due { year, span }));
    }
    let Some(after) = any_word(src, &["到", "至"]) else {
        return period(src);
    };
    let after = after.skip_ws();
    let Some((rest, year)) = year(after) else {
        // `到“十三五”末`: by the end of a plan's period.
        let (rest, Due { year, .. }) = period(after)?;
        let span = Span::new(src.offset(), rest.offset());
        return Some((rest, Due { year, span }));
    };
    // `到2025年底`, `到2025年末`, `到2025年底前`.
    let rest = end_of_year(rest);
    let span = Span::new(src.offset(), rest.offset());
    // `到2025年，完成…`: the comma after a due year alone separates no clauses.
    Some((after_comma(rest), Due { year, span }))
}

/// `到2025年和2030年分别`, `到2020年、2022年和2030年，分别`: several due years listed before
/// `分别`, which gives each its own value of the list after it. The years (two or more) and the
/// text from `分别` on; `None` when `src` is not that.
fn due_list(src: Src<'_>) -> Option<(Vec<Due>, Src<'_>)> {
    // (`2025年和2030年，分别…`: the first year may stand without `到`, as the later ones do.)
    let bare_first = || {
        let (after, year) = year(src)?;
        let after = end_of_year(after);
        Some((
            after,
            Due {
                year,
                span: Span::new(src.offset(), after.offset()),
            },
        ))
    };
    let (mut rest, first) = due(src).or_else(bare_first)?;
    let mut dues = vec![first];
    while let Some(sep) = any_word(rest.skip_ws(), &["、", "和", "及", "以及"]) {
        let at = sep.skip_ws();
        let (after, year) = year(at)?;
        let after = end_of_year(after);
        dues.push(Due {
            year,
            span: Span::new(at.offset(), after.offset()),
        });
        rest = after_comma(after).skip_ws();
    }
    let rest = after_comma(rest).skip_ws();
    (dues.len() >= 2 && rest.starts_with("分别").is_some()).then_some((dues, rest))
}

/// `2020年的20%`, `2030年的≤5‰` after a verb of change from a dated value: the value (after
/// `的`) and its year as the year the change is due; `None` when `src` is not that.
fn dated_value(src: Src<'_>) -> Option<(Src<'_>, Due)> {
    let (after, year) = year(src)?;
    let value = after
        .skip_ws()
        .starts_with("的")
        .map(|n| after.skip_ws().advance(n))?;
    let span = Span::new(src.offset(), after.offset());
    starts_quantified(value.skip_ws()).then_some((value.skip_ws(), Due { year, span }))
}

/// `src` after the words that may follow a due year: `底`/`末` (its end), then `前`/`以前`
/// (by then), not before a digit, `列` or `茅` (`2030年前20位` is a rank's `前`).
fn end_of_year(src: Src<'_>) -> Src<'_> {
    // (`2024年年底`: the year's end written with `年` again.)
    let src = any_word(src, &["年底", "年末", "底", "末"]).unwrap_or(src);
    match any_word(src, &["以前", "前"]) {
        Some(by) if !(starts_with_digit(by) || any_word(by, &["列", "茅"]).is_some()) => by,
        _ => src,
    }
}

/// `src` after a comma and the whitespace around it, or `src` when no comma follows.
fn after_comma(src: Src<'_>) -> Src<'_> {
    let at = src.skip_ws();
    at.starts_with(",").map_or(src, |n| at.advance(n).skip_ws())
}

/// True when `clause` is only a baseline, a written value (`从2015年的76.7岁`) or a year
/// compared with (`与2015年相比`): the comma after it separates nothing
/// (`从2015年的76.7岁，提高至78岁`, `与2010年相比，实现翻一番` are one change each).
fn only_baseline(clause: Src<'_>) -> bool {
    matches!(
        clause.peek(),
        Some(('从' | '由' | '与' | '同' | '比' | '较' | '在' | '以', _))
    ) && matches!(baseline(clause), Some((rest, _)) if rest.skip_ws().is_empty())
}

/// Words that tie a target to the sentence before it (`其中,新建22所`: of which; `届时`: by
/// then): before a comma they are the lead of the clause after it, kept with the comma.
const DISCOURSE_WORDS: &[&str] = &["其中", "届时", "同时", "此外", "另外"];

/// True when `clause` is, all of it, a word of [`DISCOURSE_WORDS`].
fn discourse_word(clause: Src<'_>) -> bool {
    any_word(clause, DISCOURSE_WORDS).is_some_and(|after| after.is_empty())
}

/// True when `clause` is only a time, with its intent words (`到2025年`, `争取到2020年`,
/// `2020年`, `2025年底`): the comma after it separates no clauses (`到2025年，达到90%`).
fn only_time(clause: Src<'_>) -> bool {
    let mut rest = clause;
    while let Some((after, _)) = intent_word(rest) {
        rest = after.skip_ws();
    }
    let after = due(rest).map(|(r, _)| r).or_else(|| {
        if let Some((r, _)) = year_span(rest) {
            return Some(any_word(r, &["期间", "间"]).unwrap_or(r));
        }
        let (r, _) = year(rest)?;
        Some(any_word(r, &["底", "末"]).unwrap_or(r))
    });
    // (`2023年8月底前，…`, `12月底前，…`: a time within the year, after the year or alone.)
    let after = after.unwrap_or(rest).skip_ws();
    let after = deadline_end(after).unwrap_or(after);
    after.offset() != clause.offset() && after.skip_ws().is_empty()
}

/// `6月底前`, `12月25日前`, `9月底`, `年底前`, `年内`, `一季度`, `上半年`: a time within the
/// year by which a target is due, before more words (past a comma after it): what follows and
/// its words.
fn deadline(src: Src<'_>) -> Option<(Src<'_>, Words)> {
    let end = deadline_end(src)?;
    let rest = after_comma(end).skip_ws();
    if rest.is_empty() {
        return None;
    }
    let words = nom::Input::take(&src, end.offset() - src.offset());
    Some((
        rest,
        Words {
            text: folded(words),
            span: whole(words),
        },
    ))
}

/// Words before a number of years from now (`用3到5年时间`, `今后5年`), longest first.
const YEARS_FROM_NOW_OPENINGS: &[&str] = &[
    "再经过",
    // `再过5到10年`: after another five to ten years.
    "再过",
    "在今后",
    "在未来",
    "经过",
    "通过",
    "再用",
    "今后",
    "未来",
    "用",
    "在",
];

/// Where a span of years from now at the start of `src` ends (`5年内`, `三年内`, `用3到5年时间`,
/// `今后5年`, `通过三年时间`, `再经过5到10年左右时间`; a bare `5年` only before a verb or an
/// intent word: `5年完成5000万亩`). Like a time within the year it is kept, never evaluated:
/// it names no year. (Called by `deadline_end`, which refuses other first characters.)
fn years_from_now_end(src: Src<'_>) -> Option<Src<'_>> {
    // Only where a clause starts: after nothing, a punctuation mark or an intent word. (It
    // prints before any lead, so one after a lead would not read back: `提用5至10年明显提升`,
    // fuzz; and `…区域提前一年完成` is one year ahead.)
    let before = src.preceding();
    let starts = before.chars().next_back().is_none_or(|c| !is_han(c))
        || INTENT_WORDS.iter().any(|(w, _)| before.ends_with(w));
    if !starts {
        return None;
    }
    let opening = any_word(src, YEARS_FROM_NOW_OPENINGS);
    let at = opening.unwrap_or(src);
    // A small whole number of years, in digits or numerals (`5`, `三`, `两`).
    fn figure(s: Src<'_>) -> Option<Src<'_>> {
        let (after, value, count) = digits(s);
        if (1..=2).contains(&count) && (1..=30).contains(&value) {
            return Some(after);
        }
        let (value, chars) = chinese_numeral(s)?;
        let small = value >= Decimal::ONE && value <= Decimal::from(30) && value.scale() == 0;
        small.then(|| s.advance_chars(chars))
    }
    let after = figure(at)?;
    // `3到5年`, `5-10年`: a span of spans.
    let after = any_word(after, RANGE_SEPARATORS)
        .and_then(figure)
        .unwrap_or(after);
    let after = any_word(after, &["年"])?;
    let after = any_word(after, &["左右"]).unwrap_or(after);
    // (`经过5年努力`: the efforts of those years.)
    let end = match opening {
        Some(_) => any_word(
            after,
            &[
                "的时间",
                "时间",
                "的努力",
                "努力",
                "之内",
                "以内",
                "内",
                "间",
            ],
        ),
        None => any_word(after, &["的时间", "时间", "之内", "以内", "内", "间"]),
    }
    .unwrap_or(after);
    if opening.is_none() && end.offset() == after.offset() {
        // A bare `5年` is a span only before a verb or an intent word (`5年完成`, `5年将`; not
        // `5年累计`, whose `累计` opens a change or a total that prints before an intent),
        // never before a bound word (`5年以上` is a value).
        // (Not before an attain verb, which the canonical form drops: `20年达到67%` would
        // print `20年67%`; fuzz.)
        let next = after.skip_ws();
        let verb = intent_word(next).is_some()
            || any_word(next, &["完成", "建成", "新建", "新增"]).is_some();
        if !verb {
            return None;
        }
    }
    Some(end)
}

/// Words for a part of the year (`上半年`, `一季度`); a month needs digits.
const PARTS_OF_THE_YEAR: &[&str] = &[
    "上半年",
    "下半年",
    "第一季度",
    "第二季度",
    "第三季度",
    "第四季度",
    "一季度",
    "二季度",
    "三季度",
    "四季度",
    "年底",
    "年末",
    "年中",
    "年内",
];

/// Where a time within the year at the start of `src` ends: a month (1–12) with a day (1–31),
/// or with `底`/`末`/`初`/`上旬`/`中旬`/`下旬`, or with `前` (`3月` alone is no deadline); or a
/// part of the year; either with `前`/`以前`/`之前` after it.
fn deadline_end(src: Src<'_>) -> Option<Src<'_>> {
    // (Cheap refusal: every time opens with a digit, a numeral (`一季度`, `三年内`), a part of
    // the year (`上半年`, `第一季度`, `年底`) or a word before a span of years (`今后5年`).)
    let (first, _) = src.peek()?;
    if !(fold(first).is_ascii_digit()
        || numeral::is_numeral(first)
        || "上下第年再在经通今未用".contains(first))
    {
        return None;
    }
    if let Some(end) = years_from_now_end(src) {
        return Some(end);
    }
    let end = match digits(src) {
        (after, 1..=12, 1 | 2) => {
            let after = any_word(after, &["月份", "月"])?;
            let (day_end, day, count) = digits(after);
            let after = match (day, count) {
                (1..=31, 1 | 2) => any_word(day_end, &["日", "号"])?,
                _ => after,
            };
            let ends =
                any_word(after, &["底", "末", "初", "上旬", "中旬", "下旬"]).unwrap_or(after);
            let by = any_word(ends, &["以前", "之前", "前"]).unwrap_or(ends);
            // (Something after the month says it is a time: a day, `底`, `前`.)
            if by.offset() == after.offset() && after.before() == Some('月') {
                return None;
            }
            by
        }
        (_, _, 0) => {
            let after = any_word(src, PARTS_OF_THE_YEAR)?;
            let after = any_word(after, &["末", "底"]).unwrap_or(after);
            any_word(after, &["以前", "之前", "前"]).unwrap_or(after)
        }
        _ => return None,
    };
    Some(end)
}

/// `2021至2023年`, `2021—2025年`, `2013年至2017年`: two years joined by a range separator (the
/// second later than the first), the second with `年`: what follows and the later year.
fn year_span(src: Src<'_>) -> Option<(Src<'_>, i32)> {
    let (rest, first, count) = digits(src);
    if count != 4 {
        return None;
    }
    let rest = any_word(rest, &["年"]).unwrap_or(rest);
    let sep = any_word(rest.skip_ws(), RANGE_SEPARATORS)?.skip_ws();
    let (after, last) = year(sep)?;
    (i128::from(last) > i128::try_from(first).ok()?).then_some((after, last))
}

/// `2010 年控制在…`, `2015 年在…`: a year at the start of a milestone, without `到`, before a
/// verb with its value.
fn bare_due(src: Src<'_>) -> Option<(Src<'_>, Due)> {
    if !starts_with_digit(src) {
        return None;
    }
    // `2021至2023年，年均增速11.3%`, `2021-2025年计划建设184个`: a span of years is due at its
    // end, as `“十四五”时期` is.
    if let Some((after, year)) = year_span(src) {
        let after = any_word(after, &["期间", "间"]).unwrap_or(after);
        let span = Span::new(src.offset(), after.offset());
        return Some((after_comma(after).skip_ws(), Due { year, span }));
    }
    let (after, year) = year(src)?;
    // `确保2030年前实现碳达峰`, `2024年底前`: by then, as `到2030年`.
    let end = any_word(after, &["底", "末"]).unwrap_or(after);
    let by = end_of_year(after);
    if by.offset() != end.offset() {
        let span = Span::new(src.offset(), by.offset());
        return Some((after_comma(by).skip_ws(), Due { year, span }));
    }
    let after = end;
    let span = Span::new(src.offset(), after.offset());
    let rest = after.skip_ws();
    // `2020年，达80%以上`: a year set off by a comma is the time of what follows.
    let comma = after_comma(after);
    if comma.offset() != after.offset() {
        return Some((comma, Due { year, span }));
    }
    // `2025年将达50%`, `2015年分别达到…`, `2017年14个`: words of intent before the verb, `分别`
    // or a count right after the year.
    let mut probe = rest;
    while let Some((r, _)) = intent_word(probe) {
        probe = r.skip_ws();
    }
    // `2023年全省达到80岁`: the whole place the plan covers, before the verb.
    if let Some(r) = any_word(probe, &["全国", "全省", "全市", "全州", "全县", "全区"])
    {
        probe = r.skip_ws();
    }
    // `2025年进一步控制在30%以内`: an adverb of pace before the verb.
    if let Some(r) = any_word(probe, &["进一步", "继续", "逐步", "稳步"]) {
        probe = r.skip_ws();
    }
    // `2022年增速实现10%`: the pace of that year's change, named as a noun; `2024年占全市50%`:
    // the share of a whole.
    // `2010年比2005年下降20%`: the year of a change from a baseline.
    if probe.starts_with("分别").is_some()
        || (matches!(probe.peek(), Some(('比' | '较', _))) && baseline(probe).is_some())
        || starts_with_digit(probe)
        || word_of(probe, PACE_NOUNS).is_some()
        || probe.starts_with("占").is_some()
    {
        return Some((rest, Due { year, span }));
    }
    // `2025年不超过363.3亿立方米`: a bound word before the value.
    if prefix_word(probe).is_some_and(|(r, _)| starts_quantified(r.skip_ws())) {
        return Some((rest, Due { year, span }));
    }
    let verb = word_of(probe, VERBS)
        .map(|(r, _)| r)
        .or_else(|| any_word(probe, &["在"]))?;
    if !starts_quantified(verb.skip_ws()) {
        return None;
    }
    Some((rest, Due { year, span }))
}

/// `消除…`, `基本消除…`, `杜绝…`, `清零`: an elimination, what it eliminates allowed after it;
/// `None` when `src` does not start with one.
fn eliminate(src: Src<'_>) -> Option<Body<'_>> {
    // `确保动态清零`: brought to zero, and kept there.
    for (word, basically) in [
        ("基本消除", true),
        ("消除", false),
        // `杜绝…现象`: put an end to, eliminate (printed `消除`); `基本淘汰…燃煤锅炉`: phased
        // out (printed `基本消除`).
        ("杜绝", false),
        ("基本淘汰", true),
        ("淘汰", false),
        ("动态清零", false),
        ("清零", false),
        // `消灭易感地带钉螺`: wiped out; `不发生…疫情`, `防止出现…现象`: no occurrence at all
        // (printed `消除`, what is ended after it).
        ("基本消灭", true),
        ("消灭", false),
        ("不发生", false),
        ("不出现", false),
        ("防止出现", false),
    ] {
        if let Some(len) = src.starts_with(word) {
            let rest = src.advance(len);
            let span = Span::new(src.offset(), rest.offset());
            let target = Target::Eliminate(Eliminate { basically, span });
            return Some(Body {
                target,
                rest,
                next: Expected::End,
                object: true,
            });
        }
    }
    // `无重大事故发生`, `无输入继发二代疟疾病例`: none of what is counted (printed `消除` and the
    // words). Only words to the end naming occurrences, so that `无障碍`, `无偿` stay names.
    if let Some(len) = src.starts_with("无") {
        let rest = src.advance(len);
        let words = rest.as_str().trim_end();
        let occurrences = ["发生", "事故", "病例", "案件", "现象", "钉螺"];
        if !words.is_empty()
            && words.chars().all(is_han)
            && occurrences.iter().any(|w| words.ends_with(w))
            && !["障碍", "偿", "人"].iter().any(|w| words.starts_with(w))
        {
            let span = Span::new(src.offset(), rest.offset());
            let target = Target::Eliminate(Eliminate {
                basically: false,
                span,
            });
            return Some(Body {
                target,
                rest,
                next: Expected::End,
                object: true,
            });
        }
    }
    None
}

/// `target` with the words `lead` before it (`累计`, `新建`) and nothing else around it.
fn led_by(lead: Src<'_>, target: Target, span: Span) -> Target {
    Target::Qualified(Qualified {
        lead: Some(Words {
            text: folded(lead),
            span: whole(lead),
        }),
        scope: None,
        due: None,
        deadline: None,
        intent: None,
        each: None,
        period: None,
        target: Box::new(target),
        object: None,
        note: None,
        span,
    })
}

/// True when a number, a sign or a quantity in Chinese numerals starts `src`.
fn starts_value(src: Src<'_>) -> bool {
    starts_with_digit(src) || starts_with_sign(src) || starts_chinese_quantity(src)
}

/// True when `src` holds a `、` or a comma outside brackets (inside them is a note's).
fn separates_outside_brackets(src: Src<'_>) -> bool {
    let mut depth = 0u32;
    for c in nom::Input::iter_elements(&src) {
        match c {
            '(' | '[' | '【' => depth += 1,
            ')' | ']' | '】' => depth = depth.saturating_sub(1),
            '、' | ',' if depth == 0 => return true,
            _ => {}
        }
    }
    false
}

/// `(24.31)`: a quantity alone in brackets, and what follows the closing bracket.
fn bracketed_quantity(src: Src<'_>) -> Option<(Src<'_>, Quantity)> {
    let open = src.starts_with("(")?;
    let (rest, value) = quantity(src.advance(open).skip_ws()).ok()?;
    let rest = rest.skip_ws();
    let close = rest.starts_with(")")?;
    Some((rest.advance(close), value))
}

/// `YYYY年`: a year of four digits.
fn year(src: Src<'_>) -> Option<(Src<'_>, i32)> {
    let (rest, value, count) = digits(src);
    // Four digits, the first not 0 (`0603年` would print as `603年`; fuzz).
    if count != 4 || value < 1000 {
        return None;
    }
    let rest = rest.skip_ws();
    let after = rest.advance(rest.starts_with("年")?);
    Some((after, i32::try_from(value).ok()?))
}

/// `以X为单位`: a scope.
fn scope(src: Src<'_>) -> Option<(Src<'_>, Words)> {
    let after = src.advance(src.starts_with("以")?);
    let text = after.as_str();
    let end = text.find("为单位")?;
    let inner = nom::Input::take(&after, end);
    // `以2010年为基数` is a baseline; a scope names a unit, not a number.
    if inner.is_empty() || starts_with_digit(inner) {
        return None;
    }
    let rest = after.advance(end + "为单位".len()).skip_ws();
    let rest = rest
        .starts_with(",")
        .map_or(rest, |n| rest.advance(n).skip_ws());
    Some((
        rest,
        Words {
            text: folded(inner),
            span: whole(inner),
        },
    ))
}

/// The baseline clause `src` starts with: `比2020年`, `较上届`, `在2015年基础上`,
/// `以2010年为基数`, `与2020年相比`, `在现有基础上`, `从目前的29.3`.
fn baseline<'a>(src: Src<'a>) -> Option<(Src<'a>, Baseline)> {
    let start = src.offset();
    let span_to = |rest: Src<'_>| Span::new(start, rest.offset());
    // `同比增长15%`: against the same period of the year before.
    if let Some(rest) = any_word(src, &["同比"]) {
        let rest = rest.skip_ws();
        return Some((
            rest,
            Baseline::PreviousYear {
                span: span_to(rest),
            },
        ));
    }
    if let Some(after) = any_word(src, &["比", "较", "与", "同"]) {
        let after = after.skip_ws();
        if let Some(rest) = any_word(after, &["上年度", "上一年", "上年", "去年"]) {
            let rest = any_word(rest, &["相比"]).unwrap_or(rest).skip_ws();
            return Some((
                rest,
                Baseline::PreviousYear {
                    span: span_to(rest),
                },
            ));
        }
        // `较当前明显提升`, `比目前提高`: from today's value, as `在现有基础上`.
        // (`较现状水平年`, `比现状`: the state today, the planning's base.)
        if let Some(rest) = any_word(
            after,
            &["当前", "目前", "现在", "现有水平", "现状水平年", "现状"],
        ) {
            let rest = any_word(rest, &["相比"]).unwrap_or(rest).skip_ws();
            return Some((
                rest,
                Baseline::Current {
                    span: span_to(rest),
                },
            ));
        }
        if let Some(rest) = any_word(after, &["上一届", "上届"]) {
            let rest = any_word(rest, &["相比"]).unwrap_or(rest).skip_ws();
            return Some((
                rest,
                Baseline::PreviousTerm {
                    span: span_to(rest),
                },
            ));
        }
        let Some((rest, year)) = year(after) else {
            // `比“十一五”期末翻一番`: the last year of a plan's period.
            let (rest, year) = plan_end(after)?;
            let rest = any_word(rest, &["相比"]).unwrap_or(rest).skip_ws();
            return Some((
                rest,
                Baseline::Year {
                    year,
                    span: span_to(rest),
                },
            ));
        };
        // `比2015年(24.31)降低10个百分点`: the year's value written in brackets, kept as
        // evidence like `从2015年的24.31`.
        if let Some((end, value)) = bracketed_quantity(rest.skip_ws()) {
            let end = end.skip_ws();
            return Some((
                end,
                Baseline::Value {
                    value,
                    year: Some(year),
                    bound: None,
                    span: span_to(end),
                },
            ));
        }
        // (`较2021年底翻一番`: the year's end is the year's value.)
        let rest = any_word(rest, &["底", "末"]).unwrap_or(rest);
        let rest = any_word(rest, &["相比", "比"]).unwrap_or(rest).skip_ws();
        return Some((
            rest,
            Baseline::Year {
                year,
                span: span_to(rest),
            },
        ));
    }
    if let Some(after) = any_word(src, &["在"]) {
        // (`在原有基础上`, `在原基础上`, `在目前基础上`: the same base, today's value.)
        if let Some(rest) = any_word(
            after,
            &[
                "现有基础上",
                "现有的基础上",
                "现有水平上",
                "原有基础上",
                "原有的基础上",
                "原基础上",
                "目前基础上",
                "目前的基础上",
            ],
        ) {
            let rest = rest.skip_ws();
            return Some((
                rest,
                Baseline::Current {
                    span: span_to(rest),
                },
            ));
        }
        // `在68%的基础上`, `在人均14平方米的基础上`: a value written as the base, as
        // `从68%` (the series' own value in the baseline year still decides).
        let valued = any_word(
            after.skip_ws(),
            &[
                "目前的",
                "现在的",
                "现有的",
                "当前的",
                "目前",
                "现在",
                "人均",
            ],
        )
        .unwrap_or(after)
        .skip_ws();
        if starts_with_digit(valued) && year(valued).is_none() {
            let (rest, value) = quantity(valued).ok()?;
            let (rest, bound) = match word_of(rest.skip_ws(), AMOUNT_BOUNDS) {
                Some((after, bound)) => (after, Some(bound)),
                None => (rest, None),
            };
            let rest = any_word(rest.skip_ws(), &["的基础上", "基础上"])?.skip_ws();
            return Some((
                rest,
                Baseline::Value {
                    value,
                    year: None,
                    bound,
                    span: span_to(rest),
                },
            ));
        }
        let (rest, year) = year(after.skip_ws()).or_else(|| plan_end(after.skip_ws()))?;
        let rest = any_word(rest, &["的基础上", "基础上"])?.skip_ws();
        return Some((
            rest,
            Baseline::Year {
                year,
                span: span_to(rest),
            },
        ));
    }
    if let Some(after) = any_word(src, &["以"]) {
        // `以比2010年为基数` (a stray `比`) and `以2020年数据为基数` read as `以2010年为基数`.
        let after = any_word(after, &["比"]).unwrap_or(after);
        let (rest, year) = year(after.skip_ws()).or_else(|| plan_end(after.skip_ws()))?;
        // (`以2010年能源资源消耗为基数`: words naming what is counted that year, no figure.)
        let mut words = rest;
        for _ in 0..MAX_LEAD_CHARS {
            if words.starts_with("为基").is_some() {
                break;
            }
            match words.peek() {
                Some((c, w)) if is_han(c) => words = words.advance(w),
                _ => break,
            }
        }
        let rest = any_word(words, &["为基数", "为基础", "为基准", "为基期"])?.skip_ws();
        return Some((
            rest,
            Baseline::Year {
                year,
                span: span_to(rest),
            },
        ));
    }
    if let Some(after) = any_word(src, &["从", "由"]) {
        let after =
            any_word(after, &["目前", "现在", "现有", "当前", "原来", "现状"]).unwrap_or(after);
        // `从2015年的1.6左右`: the year the value is of.
        let value_after = |from: Src<'a>| {
            let from = any_word(from, &["的"]).unwrap_or(from).skip_ws();
            starts_with_digit(from).then_some(from)
        };
        // A year followed by no value is the value itself (`从2015年…` of an indicator in 年).
        // (`由“十一五”的1.75%`, `由“十一五”末的…`, `由“十三五”期间的0.3%`: a value written
        // for a plan's period is taken as of the period's end, its baseline year.)
        let plan_year = || {
            let (rest, year) = plan_name(after.skip_ws())?;
            let rest = any_word(rest, PLAN_END_WORDS)
                .or_else(|| any_word(rest, &["期间", "时期"]))
                .unwrap_or(rest);
            Some((rest, year))
        };
        let (after, of_year) = match year(after.skip_ws()).or_else(plan_year) {
            Some((rest, y)) if value_after(rest).is_some() => (rest, Some(y)),
            _ => (after, None),
        };
        let after = any_word(after, &["的"]).unwrap_or(after).skip_ws();
        if !starts_with_digit(after) {
            return None;
        }
        let (rest, value) = quantity(after).ok()?;
        // `从目前的2%以上`, `1.6左右`: a bound word after the written value.
        let (rest, bound) = match word_of(rest.skip_ws(), AMOUNT_BOUNDS) {
            Some((after, bound)) => (after, Some(bound)),
            None => (rest, None),
        };
        let rest = rest.skip_ws();
        return Some((
            rest,
            Baseline::Value {
                value,
                year: of_year,
                bound,
                span: span_to(rest),
            },
        ));
    }
    None
}

/// True when `src` holds a digit or a Chinese numeral, so that an amount may be written in it:
/// the guard of the readings that look for one after words (adverbs before a change).
fn may_hold_amount(src: Src<'_>) -> bool {
    src.as_str()
        .chars()
        .any(|c| c.is_ascii_digit() || fold(c).is_ascii_digit() || numeral::is_numeral(c))
}

/// `prefix-word quantity (list-sep quantity)+`: `低于10‰和13‰` is one comparison per indicator
/// (respectively, as `分别低于10‰和13‰`); `None` when no list follows the first quantity.
fn shared_comparison_list<'a>(
    src: Src<'a>,
    first: &Quantified<'a>,
    op: CmpOp,
) -> Result<Option<Body<'a>>, Failure> {
    let separator = |at: Src<'a>| {
        any_word(at.skip_ws(), &["、", "和", "及"])
            .map(|r| r.skip_ws())
            .filter(|r| starts_with_digit(*r))
    };
    let Some(mut rest) = separator(first.rest) else {
        return Ok(None);
    };
    let mut items = vec![first.target.clone()];
    loop {
        let (after, value) = required_quantity(rest).map_err(into_failure)?;
        let span = Span::new(rest.offset(), after.offset());
        items.push(Target::Comparison(Comparison { op, value, span }));
        match separator(after) {
            Some(next) => rest = next,
            None => {
                expect_end(after, Expected::End)?;
                let target = Target::Respectively(Respectively {
                    items,
                    span: Span::new(src.offset(), after.offset()),
                });
                return Ok(Some(Body::whole(target, after)));
            }
        }
    }
}

/// `“十四五”时期`, `十三五期间`, `“十五五”末`: a five-year plan's period, due in its last year
/// (see [`plan_name`]).
fn period(src: Src<'_>) -> Option<(Src<'_>, Due)> {
    let (rest, year) = plan_name(src)?;
    let rest = any_word(
        rest,
        &[
            "规划期末",
            "规划期间",
            "规划末",
            "时期",
            "期间",
            "期末",
            "末",
        ],
    )?;
    let rest = rest.skip_ws();
    let rest = rest
        .starts_with(",")
        .map_or(rest, |n| rest.advance(n).skip_ws());
    let span = Span::new(src.offset(), rest.offset());
    Some((rest, Due { year, span }))
}

/// The words after a plan's name that name the end of its period (`“十一五”期末`).
const PLAN_END_WORDS: &[&str] = &["规划期末", "规划末", "期末", "末"];

/// `“十一五”期末`, `十五末`: the end of a five-year plan, a baseline year (`比“十一五”期末翻一番`
/// is `比2010年翻一番`). The period as a whole (`期间`, `时期`) is no single year: `None`.
fn plan_end(src: Src<'_>) -> Option<(Src<'_>, i32)> {
    let (rest, year) = plan_name(src)?;
    Some((any_word(rest, PLAN_END_WORDS)?, year))
}

/// `“十三五”`, `十四五`: the name of a five-year plan, with the last year of its period (the
/// N-th plan ends in 1955 + 5N: 十三五 = 2020, 十四五 = 2025, 十五五 = 2030).
///
/// The name starts where `src` does, not inside a longer numeral or after an opening quote
/// (`十三五` holds `三五`, the third plan; `到“十三五”末` is not `到“` + `十三五”末`).
fn plan_name(src: Src<'_>) -> Option<(Src<'_>, i32)> {
    const NUMERALS: &str = "一二三四五六七八九十";
    let opens = |c: char| {
        matches!(
            c,
            '“' | '"' | '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十'
        )
    };
    let (first, _) = src.peek()?;
    if !opens(first) || src.before().is_some_and(opens) {
        return None;
    }
    let mut rest = any_word(src, &["“", "\""]).unwrap_or(src);
    let mut chars = Vec::new();
    while let Some((c, w)) = rest.peek() {
        if !NUMERALS.contains(c) {
            break;
        }
        chars.push(c);
        rest = rest.advance(w);
    }
    // The plan's number, then 五 (five years).
    if chars.pop() != Some('五') || chars.is_empty() || chars.len() > 3 {
        return None;
    }
    let digit = |c: char| "一二三四五六七八九".find(c).map(|i| i as u32 / 3 + 1);
    let mut n = 0u32;
    for (i, &c) in chars.iter().enumerate() {
        n = match c {
            '十' if i == 0 => 10,
            '十' => n * 10,
            c => n + digit(c)?,
        };
    }
    let rest = any_word(rest, &["”", "\""]).unwrap_or(rest);
    Some((rest, i32::try_from(1955 + 5 * n).ok()?))
}

/// Nouns that end the name of a measure (`死亡率`, `办学质量`, `贫困妇女数量`): a subject that
/// ends in one may stand before a directional phrase without `的` (`规模扩大`), and a
/// directional verb followed by one is part of a name (`增长幅度`), not a verb.
const MEASURE_NOUNS: &[&str] = &[
    "率", "数", "量", "值", "水平", "规模", "比例", "比重", "程度", "效益", "素质", "能力", "幅度",
    "速度", "差距", "差异", "收入", "寿命", "年限", "状况", "面积", "年龄", "学历", "时间", "人次",
    // `退化趋势得到根本遏制`: a trend is what is controlled.
    "趋势", "势头",
];

/// True when `text` ends in a measure noun.
fn ends_with_measure_noun(text: &str) -> bool {
    MEASURE_NOUNS.iter().any(|w| text.ends_with(w))
}

/// Nouns that end the name of a place (`农村地区`, `城市和县城`, `全市`, `各县(市、区)`): a
/// subject that ends in one may stand before a directional phrase, as a measure noun does.
const PLACE_NOUNS: &[&str] = &[
    "地区", "城市", "县城", "农村", "城镇", "城乡", "乡村", "城区", "市区", "郊区", "县域", "区域",
    "乡镇", "街道", "社区", "省份", "地方", "各地", "全国", "省", "市", "县", "区", "镇", "村",
    "乡",
];

/// Nouns that end the name of a group of people or of bodies (`青少年`, `中小企业`,
/// `医疗机构`): a subject that ends in one may stand before a directional phrase too
/// (`全体公民特别是青少年不断提升`), as a place noun does; no adverb ends in one.
const GROUP_NOUNS: &[&str] = &[
    "青少年",
    "儿童",
    "妇女",
    "学生",
    "公民",
    "居民",
    "群众",
    "职工",
    "农民",
    "老年人",
    "残疾人",
    "人口",
    "人群",
    "患者",
    "家庭",
    "企业",
    "机构",
    "学校",
    "医院",
    "单位",
    "部门",
    "行业",
    "产业",
];

/// True when `lead` (folded) may name the subject of a bare directional phrase: it holds `的`,
/// or ends in a measure noun (`死亡率降低`), a place noun (`农村地区明显提高`) or a noun of a
/// group (`青少年不断提升`); an unknown adverb (`飞速提高`) does not.
fn names_a_subject(lead: &str) -> bool {
    lead.contains('的')
        || ends_with_measure_noun(lead)
        || names_a_place(lead)
        || GROUP_NOUNS.iter().any(|w| lead.ends_with(w))
}

/// True when `text` (a trailing bracketed note left aside: `中心城市(区)`) ends in a place noun.
fn names_a_place(text: &str) -> bool {
    let text = match text.strip_suffix(')') {
        Some(inner) => inner.rfind('(').map_or(text, |i| &inner[..i]),
        None => text,
    };
    // (`上市`, `超市`, `股市` end in `市` and name no place.)
    !["上市", "超市", "股市", "集市"]
        .iter()
        .any(|w| text.ends_with(w))
        && PLACE_NOUNS.iter().any(|w| text.ends_with(w))
}

/// True when `src` starts with a measure noun.
fn starts_measure_noun(src: Src<'_>) -> bool {
    any_word(src, MEASURE_NOUNS).is_some()
}

/// Verbs before a standing (a rank with no number), longest first where one is a prefix of
/// another.
const STANDING_VERBS: &[&str] = &[
    "进入", "迈入", "步入", "跻身", "走在", "位居", "位于", "位列", "居于", "处于", "稳居", "保持",
    // `实现全国领先`: reached, as `达到`.
    "实现",
    // (`达` as `达到`: a standing after either prints `达到…` and must read back as one; fuzz:
    // `力争达刱全国中位以上水平` was a reference that printed as a standing.)
    "达到", "达", "居",
];

/// The wholes a standing with no verb may name (`全国领先`).
const STANDING_PLACES: &[&str] = &[
    "全国", "全省", "全市", "全区", "全州", "国内", "省内", "市内", "国际", "世界",
];

/// Words that end a standing: `行列` (the ranks of), `前列` (the front), `先进`, `一流`,
/// `领先`, `前茅`, `中位`, `上游`; `水平` and `以上` may follow them (`全国中位以上水平`).
const STANDING_WORDS: &[&str] = &[
    "行列", "前列", "先进", "一流", "领先", "前茅", "中位", "上游",
];

/// `standing-verb name`, the name ending in a standing word: `进入全国先进行列`,
/// `走在全省前列`, `达到全国先进、中西部一流`, `达到全国中位以上水平`.
fn standing(src: Src<'_>) -> Option<Body<'_>> {
    let written = src.as_str().trim_end();
    let last = written.chars().next_back();
    if !matches!(
        last,
        Some('列' | '进' | '流' | '先' | '茅' | '位' | '游' | '平')
    ) || !(written.ends_with("水平") || STANDING_WORDS.iter().any(|w| written.ends_with(w)))
    {
        return None;
    }
    // `全国领先`, `国内一流`: a standing of a named whole, its verb unwritten.
    let bare = || {
        let place = any_word(src, STANDING_PLACES)?;
        let name = any_word(place, &["领先", "先进", "一流", "前列"])?;
        let end = any_word(name, &["水平"]).unwrap_or(name);
        end.skip_ws().is_empty().then_some(src)
    };
    let after = any_word(src, STANDING_VERBS).or_else(bare)?.skip_ws();
    let name = after.trim_end();
    // A name of words (a list of them with `、`), no number.
    let ok = |c: char| is_han(c) || matches!(c, '、' | '(' | ')');
    if name.is_empty() || !nom::Input::iter_elements(&name).all(ok) {
        return None;
    }
    let text = folded(name);
    // `达到国际先进水平`, `达到世界领先水平`: a level set abroad is a benchmark the indicator is
    // compared with (a reference level), not a standing among the plan's peers.
    if ["国际", "世界"].iter().any(|w| text.contains(w)) && text.ends_with("水平") {
        return None;
    }
    let core = text.strip_suffix("水平").unwrap_or(&text);
    let core = core.strip_suffix("以上").unwrap_or(core);
    if !STANDING_WORDS.iter().any(|w| core.ends_with(w)) {
        return None;
    }
    // A standing names no rank to check `y_t ≤ N` against: a goal in words, kept as written
    // with its verb (blind labellers read `走在全省前列`, `达到全国先进水平` so, 76 rows to 41).
    let end = end_src(name);
    let written = nom::Input::take(&src, end.offset() - src.offset());
    let target = Target::Qualitative(Phrase {
        text: folded(written),
        span: whole(written),
    });
    Some(Body::whole(target, end))
}

/// `rank-verb among N强` (`进入全省县域经济十强`, `进入世界百强`): among the first N, whom
/// among a name of words; `None` when `src` (whose verb ends at `after_verb`) is not that.
fn strongest<'a>(src: Src<'a>, after_verb: Src<'a>) -> Option<Body<'a>> {
    if after_verb.offset() == src.offset() {
        return None;
    }
    let text = after_verb.as_str().trim_end();
    let among = text.strip_suffix('强')?;
    // The numeral before `强`: digits or a Chinese numeral, read from where it starts.
    let start = among
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_ascii_digit() || numeral::is_numeral(c))
        .last()
        .map(|(i, _)| i)?;
    let (among, figure) = among.split_at(start);
    let among = among.strip_suffix('前').unwrap_or(among);
    let position = if figure.bytes().all(|b| b.is_ascii_digit()) {
        figure.parse::<u32>().ok()?
    } else {
        let (value, chars) = numeral::read(figure.chars())?;
        (chars == figure.chars().count()).then_some(())?;
        u32::try_from(value).ok()?
    };
    if position == 0 || !among.chars().all(is_han) {
        return None;
    }
    let end = end_src(after_verb.trim_end());
    let target = Target::Rank(Rank {
        among: (!among.is_empty()).then(|| among.chars().map(fold).collect()),
        position,
        within: true,
        span: Span::new(src.offset(), end.offset()),
    });
    Some(Body::whole(target, end))
}

/// Words relating a target to a reference level by the indicator's direction, longest first
/// where one is a prefix of another.
const RELATION_WORDS: &[(&str, ReferenceRelation)] = &[
    ("基本达到或接近", ReferenceRelation::Near),
    ("达到或接近", ReferenceRelation::Near),
    ("基本达到", ReferenceRelation::Near),
    ("基本接近", ReferenceRelation::Near),
    ("优于", ReferenceRelation::Better),
    ("好于", ReferenceRelation::Better),
    ("接近", ReferenceRelation::Near),
    ("赶上", ReferenceRelation::Reach),
    // `赶超全国平均水平`: catch up and pass, better.
    ("赶超", ReferenceRelation::Better),
    ("达到", ReferenceRelation::Reach),
    ("达", ReferenceRelation::Reach),
];

/// Words that end the name of a level (`全国平均水平`, `现代化水平`): after `达到` only such a
/// name is a reference (`达到峰值` is not).
const LEVEL_WORDS: &[&str] = &["水平", "均值", "平均值", "平均数"];

/// Words before a level word that name no one's level: `达到新水平`, `更高水平` are qualitative.
const UNNAMED_LEVELS: &[&str] = &[
    "更高", "较高", "合理", "一定", "较好", "更好", "全新", "新的",
];

/// `relation-word series`: `达到全国平均水平`, `优于全市平均水平`, `接近全国平均水平`,
/// `基本达到或接近全省平均水平`; `None` when `src` is not one.
fn relation_reference(src: Src<'_>) -> Option<Body<'_>> {
    let (after, relation) = word_of(src, RELATION_WORDS)?;
    let mut name = after.skip_ws().trim_end();
    // `达到全国平均水平以上`: reaching a level is being at it or above; `以上` says it again.
    if relation == ReferenceRelation::Reach {
        if let Some(n) = name.ends_with("以上") {
            name = nom::Input::take(&name, nom::Input::input_len(&name) - n).trim_end();
        }
    }
    let ok = |c: char| is_han(c) || matches!(c, '(' | ')' | '、');
    if name.is_empty()
        || !name.peek().is_some_and(|(c, _)| is_han(c))
        || starts_chinese_quantity(name)
        || !nom::Input::iter_elements(&name).all(ok)
        || (name.as_str().contains('、') && !names_only(name))
    {
        return None;
    }
    let text = folded(name);
    // `达到` a level: `达到全国平均水平`, not `达到峰值`; `基本达到` (near) likewise.
    let reaching = !matches!(src.peek(), Some(('优' | '好' | '接', _)));
    // Whose level: `全国平均水平`, `现代化水平`; `新水平`, `更高水平` name no one's (qualitative).
    // (`达到并保持较高水平`: reached and kept, the level after `并保持` is the one named.)
    let level = ["并保持在", "并保持"]
        .iter()
        .find_map(|w| text.strip_prefix(w))
        .unwrap_or(&text);
    let whose = LEVEL_WORDS
        .iter()
        .find_map(|w| level.strip_suffix(w))
        .map(|w| w.strip_suffix('的').unwrap_or(w));
    match whose {
        Some(w) if w.chars().count() >= 2 && !UNNAMED_LEVELS.contains(&w) => {}
        Some(_) => return None,
        None if reaching => return None,
        None => {}
    }
    let end = end_src(name);
    let target = Target::Reference(Reference {
        op: if relation == ReferenceRelation::Better {
            CmpOp::Gt
        } else {
            CmpOp::Ge
        },
        relation,
        series: text,
        margin: None,
        span: Span::new(src.offset(), end.offset()),
    });
    Some(Body::whole(target, end))
}

/// `全市1个百分点以上` after a strict comparison (`高于`, `低于` …): the name of the other
/// series and the margin written after it, an amount with a unit (`1个百分点`, `10%`, `1岁`)
/// or a fraction, a range of amounts (`1到2个百分点`) and a bound word allowed, and nothing
/// after. `None` for anything else: `不低于` takes no margin, and a name is at least one
/// character of words.
fn margin_split(series: Src<'_>, op: CmpOp) -> Option<(Src<'_>, ChangeAmount)> {
    if !matches!(op, CmpOp::Gt | CmpOp::Lt) {
        return None;
    }
    let (name, margin) = amount_at_end(series)?;
    let sized = match &margin.amount {
        Amount::Quantity(q) => q.unit.is_some(),
        Amount::Fraction(_) => true,
        Amount::Doubling(_) => false,
    };
    let named = name.peek().is_some_and(|(c, _)| is_han(c));
    (named && sized).then_some((name, margin))
}

/// `全市1个百分点以上`, `公办幼儿园学位1.5万个`: words, then an amount that runs to the end (a
/// range and a bound word allowed). The words (trimmed) and the amount; `None` when no figure
/// after the first character starts an amount that ends the text. (A year is no amount.)
fn amount_at_end(src: Src<'_>) -> Option<(Src<'_>, ChangeAmount)> {
    // (A cheap look first: most words hold no figure at all.)
    if !src
        .as_str()
        .chars()
        .any(|c| c.is_ascii_digit() || numeral::is_numeral(c))
    {
        return None;
    }
    let mut at = src;
    let mut previous: Option<char> = None;
    while let Some((c, width)) = at.peek() {
        // (Never from inside a number: `全市999` + `5/…` would print as `全市9995/…`; fuzz.)
        let inside_number = previous.is_some_and(|p| fold(p).is_ascii_digit() || p == '.');
        if at.offset() > src.offset()
            && !inside_number
            && (c.is_ascii_digit() || starts_chinese_quantity(at))
            && year(at).is_none()
        {
            if let Ok((rest, amount)) = change_amount(at) {
                let words = nom::Input::take(&src, at.offset() - src.offset()).trim_end();
                // (Words ending in a figure would run into the amount when printed: fuzz,
                // `…删0` + ` 77万` printed `…删077万`.)
                let ends_in_figure = words
                    .as_str()
                    .chars()
                    .next_back()
                    .is_some_and(|c| fold(c).is_ascii_digit() || c == '.');
                if rest.trim_end().is_empty() && !ends_in_figure {
                    return Some((words, amount));
                }
            }
        }
        previous = Some(c);
        at = at.advance(width);
    }
    None
}

/// Where a count (a number and a classifier: `1次`, `两次`) starts in `src`, if one does.
fn count_in(src: Src<'_>) -> Option<Src<'_>> {
    let mut at = src;
    while let Some((c, width)) = at.peek() {
        // After digits or a Chinese numeral (`五年` in `前五年的实际水平` is no count).
        let after = if c.is_ascii_digit() {
            Some(digits(at).0)
        } else {
            chinese_numeral(at).map(|(_, chars)| at.advance_chars(chars))
        };
        if let Some(after) = after {
            let after = after.skip_ws();
            if CLASSIFIERS.iter().any(|w| after.starts_with(w).is_some()) {
                return Some(at);
            }
        }
        at = at.advance(width);
    }
    None
}

/// True when `text` holds `分别` in either spelling (`分別` folds to it): looked for in the
/// text as written, so that it is found where the printed, folded text has it (fuzz).
fn holds_fenbie(text: &str) -> bool {
    text.contains("分别") || text.contains("分別")
}

/// The marks that may stand inside a goal in words: the enumeration comma, quotes, book-title
/// marks, brackets and the middle dot.
const WORD_MARKS: &[char] = &['、', '“', '”', '"', '《', '》', '(', ')', '·'];

/// True when the Chinese numeral at `at` is an ordinal (`第三次全国土壤普查`) or part of a
/// name of a system of years (`九年制义务教育`): inside a goal in words it sets no value.
fn numeral_in_a_name(at: Src<'_>) -> bool {
    if at.before() == Some('第') {
        return true;
    }
    chinese_numeral(at)
        .is_some_and(|(_, chars)| at.advance_chars(chars).starts_with("年制").is_some())
}

/// True when a quantity in Chinese numerals (`两次`, `一名`) starts anywhere in `src`.
fn starts_chinese_quantity_anywhere(src: Src<'_>) -> bool {
    src.anywhere(starts_chinese_quantity)
}

/// The classifier right after a figure (digits or a Chinese numeral) in `lead` (`一次` → `次`),
/// the first such; `None` when it holds no count.
fn count_in_lead(lead: Src<'_>) -> Option<char> {
    let mut previous_figure = false;
    for c in lead.as_str().chars() {
        let c = fold(c);
        if previous_figure && CLASSIFIERS.iter().any(|w| w.starts_with(c)) {
            return Some(c);
        }
        previous_figure = c.is_ascii_digit() || numeral::is_numeral(c);
    }
    None
}

/// True when `src` is names only (`全国、全省、全市平均水平`): no comparison, relation or
/// attain word anywhere, so a `、` in it lists names rather than joining clauses.
fn names_only(src: Src<'_>) -> bool {
    // Every name is written: `上届、` lacks the second.
    if src.as_str().split('、').any(|name| name.trim().is_empty()) {
        return false;
    }
    !src.anywhere(|at| {
        prefix_word(at).is_some()
            || word_of(at, RELATION_WORDS).is_some()
            || word_of(at, VERBS).is_some()
    })
}

/// True when a count starts here (`1次`, `两名`, `3—5个`), not a year (`2020年`).
fn starts_count(src: Src<'_>) -> bool {
    (starts_with_digit(src) || starts_chinese_quantity(src)) && year(src).is_none()
}

/// In `每学期至少组织1次家庭教育指导和1次家庭教育实践活动` the words before the first count
/// are every count's: a count written bare after the one `before` takes its bound, period,
/// intent, `均`/`各` and scope (its lead, the action, is printed once, on the first).
fn share_with_count(before: &Clause, clause: &mut Clause) {
    if !clause.parts.only_lead() || clause.parts.lead.is_some() {
        return;
    }
    // (Only a count by a classifier takes the bound: `1.4%` before words is a share of what
    // they name, which a bound would print as no share at all; fuzz.)
    if let (Target::Comparison(c), Target::Attain(a)) = (&before.target, &clause.target) {
        let counted = a.value.unit.is_some_and(counts_one_by_one);
        if a.direction.is_none() && counted {
            clause.target = Target::Comparison(Comparison {
                op: c.op,
                value: a.value.clone(),
                span: a.span,
            });
        }
    }
    let (from, to) = (&before.parts, &mut clause.parts);
    to.period.clone_from(&from.period);
    to.intent.clone_from(&from.intent);
    to.each.clone_from(&from.each);
    to.scope.clone_from(&from.scope);
}

/// `Ⅲ类`, `III类`: a quality class, a Roman numeral right before `类` ([`Unit::Class`]).
fn roman_class(src: Src<'_>) -> Option<(Src<'_>, Quantity)> {
    // Looked for at every value: the first bytes decide cheaply (Ⅰ…ⅻ are U+2160…U+217B,
    // `E2 85 A0`…`E2 85 BB` in UTF-8).
    match src.as_str().as_bytes() {
        [0xE2, 0x85, 0xA0..=0xBB, ..] => {}
        // ASCII letters are a numeral only as a whole word: `IIII类` holds none.
        [b'I' | b'V' | b'X', ..] if !src.before().is_some_and(|c| c.is_ascii_alphabetic()) => {}
        _ => return None,
    }
    let (value, len) = numeral::roman(src.as_str())?;
    let after = src.advance(len);
    let rest = after.advance(after.starts_with("类")?);
    let value = Quantity {
        value: Decimal::from(value),
        unit: Some(Unit::Class),
        span: Span::new(src.offset(), rest.offset()),
    };
    Some((rest, value))
}

/// Words that compare a quality class with another (`达到或优于Ⅲ类`): better is a lower
/// class, so `优于` is `<` and `达到或优于` is `≤`; `保持或优于` holds that at every
/// observation (a keep).
const CLASS_WORDS: &[(&str, CmpOp, bool)] = &[
    ("达到或优于", CmpOp::Le, false),
    ("达到或好于", CmpOp::Le, false),
    ("优于或达到", CmpOp::Le, false),
    ("保持或优于", CmpOp::Le, true),
    ("保持或好于", CmpOp::Le, true),
    ("不劣于", CmpOp::Le, false),
    ("不差于", CmpOp::Le, false),
    ("优于", CmpOp::Lt, false),
    ("好于", CmpOp::Lt, false),
    ("劣于", CmpOp::Gt, false),
    ("差于", CmpOp::Gt, false),
];

/// A comparison word on a quality class (`达到或优于Ⅲ类`, `保持或优于Ⅱ类`).
fn class_comparison(src: Src<'_>) -> Option<Quantified<'_>> {
    // (Tried before every value: another first character, or no `类` (E7 B1 BB) in the
    // text, decides cheaply.)
    if !matches!(
        src.peek(),
        Some(('达' | '保' | '优' | '好' | '不' | '劣' | '差', _))
    ) || !src
        .as_str()
        .as_bytes()
        .windows(3)
        .any(|w| w == [0xE7, 0xB1, 0xBB])
    {
        return None;
    }
    let (word, op, keep) = CLASS_WORDS.iter().find_map(|&(word, op, keep)| {
        src.starts_with(word)
            .map(|len| (src.advance(len).skip_ws(), op, keep))
    })?;
    let (rest, value) = roman_class(word)?;
    let span = Span::new(src.offset(), rest.offset());
    let comparison = Target::Comparison(Comparison { op, value, span });
    let target = if keep {
        Target::Keep(Keep {
            condition: Box::new(comparison),
            span,
        })
    } else {
        comparison
    };
    Some(Quantified {
        rest,
        target,
        next: Expected::End,
        suffix: false,
    })
}

/// On a quality class the words of comparison speak of quality, and a better class is a lower
/// one: `Ⅲ类以上` and `不低于Ⅲ类` are `≤Ⅲ类`, `高于Ⅲ类` is `<Ⅲ类`. A word of a ceiling
/// (`以下`, `以内`, `不超过`) may mean "no worse" or "no better" there, so it is an error.
/// Signs are the numbers' (`≥Ⅲ类` is class Ⅲ or worse) and stay as written.
fn class_words_mirrored(op: CmpOp, value: &Quantity) -> Result<CmpOp, Failure> {
    if value.unit != Some(Unit::Class) {
        return Ok(op);
    }
    match op {
        CmpOp::Ge => Ok(CmpOp::Le),
        CmpOp::Gt => Ok(CmpOp::Lt),
        CmpOp::Le | CmpOp::Lt => Err(Failure::new(
            ParseErrorKind::AmbiguousClassBound,
            value.span,
        )),
    }
}

/// True when a quantity written in Chinese numerals starts here: the numeral is followed by
/// `分之`, a symbol unit or a named measure word (`一名`, `三分之一`), not by other words
/// (`一定`) or by nothing (`不低于六` compares with a series named `六`).
fn starts_chinese_quantity(src: Src<'_>) -> bool {
    let Some((_, chars)) = chinese_numeral(src) else {
        return matches!(src.peek(), Some(('Ⅰ'..='ⅻ' | 'I' | 'V' | 'X', _)))
            && roman_class(src).is_some();
    };
    let after = src.advance_chars(chars).skip_ws();
    // `至少建有一处`, `两项`: a classifier of things counted one by one counts too (not
    // `一支…队伍`, `一批`, `一种`: "a", "a number of"). `一半` is half, and `一倍` a multiple
    // (`增长一倍`, as `增加1倍`).
    after.starts_with("分之").is_some()
        || src.starts_with("一半").is_some()
        || after.starts_with("倍").is_some()
        || word_of(after, SYMBOL_UNITS).is_some()
        || any_word(after, &["处", "家", "项", "座", "条", "场", "间"]).is_some()
        || after.peek().is_some_and(|(c, _)| {
            Unit::from_written(c.encode_utf8(&mut [0; 4]))
                .is_some_and(|u| !matches!(u, Unit::Measure(_)))
        })
        // (Not the scale of a figure in digits: `10亿元` is read from its digits.)
        || (numeral_of_ten_or_more(src, chars)
            && !src
                .before()
                .is_some_and(|c| fold(c).is_ascii_digit() || fold(c) == '.')
            && numeral_measure_follows(after))
}

/// The scale a Chinese numeral of `chars` characters at the start of `src` ends in (`万`,
/// `亿`), if any.
fn trailing_scale(src: Src<'_>, chars: usize) -> Option<Scale> {
    match nom::Input::iter_elements(&src).take(chars).last()? {
        '万' => Some(Scale::TenThousand),
        '亿' => Some(Scale::HundredMillion),
        _ => None,
    }
}

/// True when the Chinese numeral of `chars` characters at the start of `src` holds a
/// multiplier (`十`, `百`, `千`, `万`, `亿`): `十万`, `两万`, `百亿`, `亿` are figures in words,
/// while a single digit before a measure word is mostly a word of its own (`一元化`,
/// `二元结构`, `三农`).
fn numeral_of_ten_or_more(src: Src<'_>, chars: usize) -> bool {
    nom::Input::iter_elements(&src)
        .take(chars)
        .any(|c| matches!(c, '十' | '百' | '千' | '万' | '亿'))
}

/// After a numeral of ten or more (see [`numeral_of_ten_or_more`]): a measure word of money,
/// weight, length, area, volume or power (`十万元`, `百亿元`, `两万吨`), or nothing more than
/// a bound word or the end (`超过十万`, `过亿`). Other words after it make a name (`千亿级`,
/// `亿万农民`, `万家灯火`).
fn numeral_measure_follows(after: Src<'_>) -> bool {
    const MEASURES: &[&str] = &[
        "元",
        "万元",
        "亿元",
        "吨",
        "万吨",
        "公里",
        "千米",
        "平方米",
        "平方公里",
        "亩",
        "万亩",
        "公顷",
        "千瓦",
        "万千瓦",
        "立方米",
        "万立方米",
    ];
    any_word(after, MEASURES).is_some_and(|rest| {
        // (`一万元户` is a name: the measure word ends the figure.)
        rest.peek().is_none_or(|(c, _)| {
            !is_han(c) || at_stop(rest) || word_of(rest, AMOUNT_BOUNDS).is_some()
        })
    }) || after.is_empty()
        || word_of(after, AMOUNT_BOUNDS).is_some()
        || after
            .peek()
            .is_some_and(|(c, _)| matches!(c, ',' | ';' | '、' | '。'))
}

/// The words of `action` and a period word at either end of it (`每生每年` is `每生` per
/// year, `每年组织` is `组织` per year); either may be absent, not both.
fn split_period(action: Src<'_>) -> (Option<Src<'_>>, Option<Src<'_>>) {
    let len = nom::Input::input_len(&action);
    if let Some(after) = any_word(action, PERIOD_WORDS) {
        let at = after.offset() - action.offset();
        let period = nom::Input::take(&action, at);
        return ((at < len).then_some(after), Some(period));
    }
    let mut at = action;
    while let Some((_, width)) = at.peek() {
        // (`年均` is a period before its action only, never at its end.)
        if let Some(end) = any_word(at, PERIOD_WORDS)
            .filter(|e| e.is_empty())
            .filter(|_| !AVERAGE_YEAR_WORDS.contains(&at.as_str()))
        {
            let start = at.offset() - action.offset();
            let lead = nom::Input::take(&action, start);
            let period = nom::Input::take(&at, end.offset() - at.offset());
            return ((start > 0).then_some(lead), Some(period));
        }
        at = at.advance(width);
    }
    (Some(action), None)
}

/// True when `rest` ends with a number and at most a unit and a bound word (`就业2万人`,
/// `人数1000名以上`): a value, never part of an object after a phrase (`新增就业2万人` is the
/// subject `新增就业` and 2万人).
fn ends_in_quantity(rest: Src<'_>) -> bool {
    let text = rest.as_str();
    let Some(last) = text.rfind(|c: char| fold(c).is_ascii_digit()) else {
        return false;
    };
    let digit_len = text[last..].chars().next().map_or(1, char::len_utf8);
    let after = rest.advance(last + digit_len).skip_ws();
    let after = match unit(after) {
        Ok((r, _)) => r.skip_ws(),
        Err(_) => after,
    };
    let after = word_of(after, SUFFIX_WORDS).map_or(after, |(r, _)| r.skip_ws());
    after.trim_end().is_empty()
}

/// True when `rest` is an object naming a gap (`城乡区域差距`, `地区间健康状况的差距`).
/// Nouns of quality: an object ending in one names no series a direction could be checked on.
const ABSTRACT_NOUNS: &[&str] = &[
    "水平",
    "能力",
    "质量",
    "素质",
    "素养",
    "意识",
    "观念",
    "理念",
    "服务",
    "保护",
    "保障",
    "环境",
    "体系",
    "机制",
    "制度",
    "权益",
    "地位",
    "作用",
    "氛围",
    "效能",
    "成效",
    "品质",
    "获得感",
    "幸福感",
    "安全感",
    // `加大…帮扶力度`: the effort put in, no series.
    "力度",
];

/// True when `rest` is an object of words (after the phrase, to the end, no connective) that
/// ends in a noun of quality (`儿童健康服务水平`).
fn abstract_object(rest: Src<'_>) -> bool {
    let object = rest.skip_ws();
    // Folded, as the object prints (full-width brackets, traditional characters).
    let text = folded(object.trim_end());
    starts_object(object)
        && !CONNECTIVES.iter().any(|c| text.contains(c))
        && text.chars().all(|c| is_han(c) || "、“”《》()".contains(c))
        && ABSTRACT_NOUNS.iter().any(|w| text.ends_with(w))
}

/// True when `rest` names a gap to someone (`与全国平均水平的差距`, after `缩小`): an object,
/// though `与` elsewhere opens a comparison with a series.
fn gap_to(rest: Src<'_>) -> bool {
    let rest = rest.skip_ws();
    let text = rest.trim_end();
    matches!(rest.peek(), Some(('与' | '同', _)))
        && text.ends_with("差距").is_some()
        && text
            .as_str()
            .chars()
            .all(|c| is_han(c) || "、“”()".contains(fold(c)))
}

/// True when `text` holds a figure with `%` or `‰` after it: a value, never inside the object
/// of a directional phrase (fuzz: `增长` + `目标是达到8%川右`).
fn holds_a_share(rest: Src<'_>) -> bool {
    let mut previous_digit = false;
    for c in rest.as_str().chars().map(fold) {
        if previous_digit && matches!(c, '%' | '‰') {
            return true;
        }
        previous_digit = c.is_ascii_digit();
    }
    false
}

/// True when `rest` is words that name a tendency (`上升趋势`, `蔓延势头`) and end the text:
/// the object of a verb of control.
fn trend_object(rest: Src<'_>) -> bool {
    let text = rest.trim_end();
    ["趋势", "势头"].iter().any(|w| text.ends_with(w).is_some())
        && text.as_str().chars().all(is_han)
        && !CONNECTIVES.iter().any(|c| text.as_str().contains(c))
}

fn gap_object(rest: Src<'_>) -> bool {
    let rest = rest.skip_ws();
    starts_object(rest) && rest.trim_end().ends_with("差距").is_some()
}

/// Words of "about" before an amount of change (`增加约23亿立方米`).
const AMOUNT_ABOUT: &[&str] = &["大约", "约"];

/// Bound words before an amount of change (`新增不少于150所`).
const AMOUNT_PREFIXES: &[(&str, AmountBound)] = &[
    ("不少于", AmountBound::AtLeast),
    ("不低于", AmountBound::AtLeast),
    // `下降不得低于15%`: must not be less than, at least.
    ("不得低于", AmountBound::AtLeast),
    ("不得少于", AmountBound::AtLeast),
    ("至少", AmountBound::AtLeast),
    // `年均增速超过11%`, `增长超过20%`: more than the amount. An amount carries no strict
    // bound: a change of more than 20 % reads as one of at least 20 %, as `以上` after it does.
    ("超过", AmountBound::AtLeast),
    ("不超过", AmountBound::AtMost),
    ("最多", AmountBound::AtMost),
];

/// True when an amount of change starts here (after `约` or a bound word, too).
fn starts_amount(src: Src<'_>) -> bool {
    let src = match src.peek() {
        Some(('约' | '大' | '不' | '至' | '最' | '超', _)) => any_word(src, AMOUNT_ABOUT)
            .or_else(|| word_of(src, AMOUNT_PREFIXES).map(|(after, _)| after))
            .map_or(src, |after| after.skip_ws()),
        _ => src,
    };
    starts_with_digit(src) || starts_chinese_quantity(src)
}

/// How many leads may be found inside the words around a form, one within another (see
/// `Parser::clause_with_lead`).
const MAX_LEAD_DEPTH: u8 = 2;

/// The most characters of the action in an addition (`新改扩建`).
const MAX_ACTION_CHARS: usize = 3;

/// `新 action amount`: `新改造550万户`, `新建2000所`: the action (`新改造`) and the amount
/// after it. `新增` is a verb of the lexicon, not an addition.
fn addition(src: Src<'_>) -> Option<(Src<'_>, Src<'_>)> {
    // `新增就业2万人` names a flow (the subject `新增就业`), not an addition; `新增配置2处`
    // adds by an action (a verb after `新增`).
    if let Some(n) = src.starts_with("新增") {
        let after = src.advance(n);
        let verb = any_word(after, ADDING_ACTIONS)?;
        let amount = verb.skip_ws();
        if !starts_amount(amount) {
            return None;
        }
        let action = nom::Input::take(&src, verb.offset() - src.offset());
        return Some((action, amount));
    }
    if new_inside_word(src) {
        return None;
    }
    let after = src.advance(src.starts_with("新")?);
    let mut rest = after;
    for _ in 0..MAX_ACTION_CHARS {
        let (c, width) = rest.peek()?;
        // (Nor a word of comparison: fuzz, `新乡超过7万元` is no addition by `乡超过`.)
        if !is_han(c)
            || at_stop(rest)
            || starts_chinese_quantity(rest)
            || prefix_word(rest).is_some()
        {
            return None;
        }
        rest = rest.advance(width);
        // The action prints as (the end of) a lead before a change, and such a lead never ends
        // with `第`/`前` (the start of a rank) nor `年` (`年增长` is per year): fuzz found
        // `新第新第225;0` and `迾新嘝年0年`. (`新建 30 个`: spaces before the amount.)
        if starts_amount(rest.skip_ws()) && !matches!(c, '第' | '前' | '年') {
            let action = nom::Input::take(&src, rest.offset() - src.offset());
            // `新改建44公里`, `新改扩建4所`: building and rebuilding, a count of works done
            // (an attain target), not an addition to a stock. (`新改造` renovates: an addition
            // of renovated homes, as `累计新改造550万户`.)
            if action.as_str().contains("改建") || action.as_str().contains("改扩建") {
                return None;
            }
            return Some((action, rest.skip_ws()));
        }
    }
    None
}

/// True when `lead` is `在…基础上` around words (`在“十三五”规划目标基础上`), after any intent
/// word: a base named in words, which frames a directional phrase.
fn based_on_words(lead: &str) -> bool {
    let inner = lead.find('在').map(|i| &lead[i + '在'.len_utf8()..]);
    inner.is_some_and(|inner| inner.ends_with("基础上") && inner.len() > "基础上".len())
}

/// True when `lead` ends with a word for the year a target is set in (`全年`, `今年`, `当年`,
/// `本年`): the period of a change, `全年增长5%` (not `年增长`, growth per year).
fn names_this_year(lead: Src<'_>) -> bool {
    ["全年", "今年", "当年", "本年"]
        .iter()
        .any(|w| lead.ends_with(w).is_some())
}

/// True when `src` starts with `新` inside a word (`创新`, `更新`, `重新`, `翻新`): neither an
/// addition (`创建省级创新示范县25个`) nor the adverb "newly" (`更新60件套` is `更新` 60件套).
fn new_inside_word(src: Src<'_>) -> bool {
    src.starts_with("新").is_some()
        && matches!(
            src.before(),
            Some('创' | '更' | '重' | '革' | '全' | '最' | '清' | '崭' | '翻' | '刷')
        )
}

/// Actions after `新增` that add what they count (`新增配置2处`, `新增建设1万个`).
const ADDING_ACTIONS: &[&str] = &[
    "配置", "建设", "建成", "改造", "培育", "设置", "安装", "投放", "创建", "布设", "开设", "开通",
];

/// `amount (range-sep amount)? amount-bound?`: `1/3`, `5个百分点以上`, `0.5到1个百分点`.
fn change_amount(src: Src<'_>) -> Result<(Src<'_>, ChangeAmount), Failure> {
    // `增加约23亿立方米`: about the amount, as `23亿立方米左右`; `新增不少于150所`: at least
    // the amount, as `150所以上`.
    let (start, before) = match any_word(src, AMOUNT_ABOUT) {
        Some(after) => (after.skip_ws(), Some(AmountBound::About)),
        None => match word_of(src, AMOUNT_PREFIXES) {
            Some((after, bound)) => (after.skip_ws(), Some(bound)),
            None => (src, None),
        },
    };
    let (rest, mut amount) = amount(start).map_err(into_failure)?;
    let mut rest = rest;
    let mut up_to = None;
    if let Some(sep) = any_word(rest.skip_ws(), RANGE_SEPARATORS) {
        let sep = sep.skip_ws();
        if starts_amount(sep) {
            let (after, mut high) = self::amount(sep).map_err(into_failure)?;
            // A unit written after the second end belongs to both (`0.5到1个百分点`).
            if let (Amount::Quantity(low), Amount::Quantity(h)) = (&mut amount, &mut high) {
                let span = Span::new(low.span.start, h.span.end);
                let unit = agree(low.unit, h.unit, span)?;
                low.unit = unit;
                h.unit = unit;
            }
            up_to = Some(high);
            rest = after;
        }
    }
    let (rest, bound) = match word_of(rest.skip_ws(), AMOUNT_BOUNDS) {
        // `约23亿以上` says two things of one amount.
        Some(_) if before.is_some() => return Err(Failure::at(rest.skip_ws(), Expected::End)),
        Some((after, bound)) => (after, Some(bound)),
        None => (rest, before),
    };
    let span = Span::new(src.offset(), rest.offset());
    Ok((
        rest,
        ChangeAmount {
            amount,
            up_to,
            bound,
            span,
        },
    ))
}

/// Nouns naming the pace of a change, with its direction.
const PACE_NOUNS: &[(&str, Direction)] = &[
    ("增长速度", Direction::Higher),
    // `年均复合增长率保持30%左右`: the compound annual growth rate.
    ("复合增长率", Direction::Higher),
    ("增长率", Direction::Higher),
    ("递增率", Direction::Higher),
    ("递降率", Direction::Lower),
    ("递减率", Direction::Lower),
    ("下降速度", Direction::Lower),
    ("增速", Direction::Higher),
    ("增幅", Direction::Higher),
    ("下降率", Direction::Lower),
    ("降幅", Direction::Lower),
];

/// `增长率控制在`, `增速保持在`, `增幅达到` after `年均`: the pace named as a noun, then a verb
/// that sets or holds its value (`年均增长率控制在5%以内` is an annual rise of at most 5 %).
/// The direction of the change and what follows the verb; `None` when `src` is not that.
fn pace_noun(src: Src<'_>) -> Option<(Direction, Src<'_>)> {
    let (after, direction) = word_of(src, PACE_NOUNS)?;
    let after = after.skip_ws();
    let after = match word_of(after, VERBS) {
        Some((rest, Verb::Keep | Verb::Attain(None))) => rest,
        Some((rest, Verb::Attain(Some(Direction::Lower))))
            if after.starts_with("控制在").is_some() =>
        {
            rest
        }
        _ => any_word(after, &["为"]).unwrap_or(after),
    }
    .skip_ws();
    starts_amount(after).then_some((direction, after))
}

/// `省市规定范围以内`, `国家下达目标之内`: words (no figure) naming bounds set elsewhere, then
/// `以内`/`之内`/`以下`; the end of the text when `src` is one.
fn elsewhere_bounds(src: Src<'_>) -> Option<Src<'_>> {
    // (`市定目标内`: `内` alone after the words naming a target.)
    let closing = ["以内", "之内", "范围内", "以下", "目标内"]
        .iter()
        .find_map(|w| {
            src.ends_with(w)
                .map(|n| if *w == "目标内" { "内".len() } else { n })
        })?;
    // Folded, as the text prints.
    let words = folded(nom::Input::take(
        &src,
        nom::Input::input_len(&src) - closing,
    ));
    let named = ["规定", "下达", "目标", "范围", "标准", "要求", "指标"]
        .iter()
        .any(|w| words.contains(w));
    (named
        && !words.is_empty()
        && words
            .chars()
            .all(|c| is_han(c) || "“”\"《》()、".contains(c)))
    .then(|| end_src(src))
}

/// True when `inner` (the text in brackets) is a value alone: `≥10%`, `18人`.
fn bracketed_value_text(inner: Src<'_>) -> bool {
    let inner = inner.skip_ws().trim_end();
    starts_quantified(inner) && quantified(inner, None).is_ok_and(|q| q.rest.skip_ws().is_empty())
}

/// A remark in brackets at the end of `src` (`(即77.3岁)`): the text before it and the remark,
/// its brackets matched and its text not empty; `None` otherwise.
fn trailing_note(src: Src<'_>) -> Option<(Src<'_>, Words)> {
    let text = src.as_str();
    let last = text.chars().next_back()?;
    if fold(last) != ')' {
        return None;
    }
    let mut depth = 0u32;
    for (i, c) in text.char_indices().rev() {
        match fold(c) {
            ')' => depth += 1,
            '(' => {
                depth -= 1;
                if depth == 0 {
                    let open = c.len_utf8();
                    let inner_len = text.len() - last.len_utf8() - i - open;
                    let inner = nom::Input::take(&src.advance(i + open), inner_len);
                    if inner.as_str().trim().is_empty() {
                        return None;
                    }
                    let before = nom::Input::take(&src, i).trim_end();
                    return Some((
                        before,
                        Words {
                            text: folded(inner.skip_ws().trim_end()),
                            span: whole(inner),
                        },
                    ));
                }
            }
            _ => {}
        }
    }
    None
}

/// True when `src` completes a target handed down (`完成省下达目标`, `确保完成国家下达的目标任务`):
/// words only, opening with `完成` (after `确保`) and ending in `目标`, `任务` or `要求`.
fn handed_down(src: Src<'_>) -> bool {
    let src = any_word(src, &["确保"]).unwrap_or(src);
    let Some(words) = any_word(src, &["完成"]) else {
        return false;
    };
    let text = words.as_str().trim_end();
    ["目标", "任务", "要求"].iter().any(|w| text.ends_with(w))
        && text.chars().all(|c| is_han(c) || "“”\"《》()".contains(c))
}

/// Words naming the size of a change (`增幅16%`, `增速15%`, `降幅5%`) and its direction.
const SIZE_OF_CHANGE: &[(&str, Direction)] = &[
    ("增幅", Direction::Higher),
    ("增速", Direction::Higher),
    ("降幅", Direction::Lower),
    // `下降幅度达10%`: the size written out.
    ("增长幅度", Direction::Higher),
    ("增加幅度", Direction::Higher),
    ("提高幅度", Direction::Higher),
    ("上升幅度", Direction::Higher),
    ("下降幅度", Direction::Lower),
    ("降低幅度", Direction::Lower),
    ("减少幅度", Direction::Lower),
];

/// True when `src` is the size of a change and an amount: `增幅16%`, `降幅为5%`.
fn size_of_change(src: Src<'_>) -> bool {
    word_of(src, SIZE_OF_CHANGE).is_some_and(|(after, _)| {
        let after = after.skip_ws();
        let after = any_word(after, &["为", "达到"]).map_or(after, |a| a.skip_ws());
        starts_amount(after)
    })
}

/// `src` after the words of intent and `均`/`各`/`都` at its start.
fn past_intent_and_each(src: Src<'_>) -> Src<'_> {
    let mut form = src;
    while let Some(after) = word_of(form, EACH_WORDS)
        .map(|(after, _)| after)
        .or_else(|| intent_word(form).map(|(after, _)| after))
    {
        form = after.skip_ws();
    }
    form
}

/// True when `src` is in keeping with a named series (`与经济增长基本同步`): `与`, words, and a
/// closing word of commensurate.
fn before_commensurate(src: Src<'_>) -> bool {
    (src.starts_with("与").is_some() || src.starts_with("和").is_some())
        && COMMENSURATE_TAILS
            .iter()
            .any(|w| src.ends_with(w).is_some())
}

/// The words that close `与 series …`: in keeping with the series. `相匹配` (matched to) and
/// `相协调` (in harmony with) say what `相适应` says.
const COMMENSURATE_TAILS: &[&str] = &[
    "同步提高",
    "同步提升",
    "同步增长",
    "同步增加",
    "同步",
    "相适应",
    "相匹配",
    "相协调",
    // `与国定扶贫标准相衔接`: linked with it; `与全省持平`: level with it; `与城区用户基本相同`:
    // the same as it.
    "相衔接",
    "持平",
    "相同",
    // `与经济社会同步发展`: developing in step with it. (`协调发展`, in harmony, stays words:
    // blind labels split on it.)
    "同步发展",
];

/// True when `src` is a comparison with a named series (`高于经济增速`): a prefix word and
/// words, no number.
fn before_reference(src: Src<'_>) -> bool {
    prefix_word(src).is_some_and(|(after, _)| {
        let after = after.skip_ws();
        after.peek().is_some_and(|(c, _)| is_han(c)) && !starts_chinese_quantity(after)
    })
}

/// `翻` numeral `番`: doublings.
fn doubling(src: Src<'_>) -> Option<(Src<'_>, Doubling)> {
    // `实现倍增`, `翻番`: one doubling, written without a count; `提前实现翻一番`: ahead of
    // time changes nothing of what is due, nor does `再` after a baseline (`比2010年再翻一番`
    // doubles the baseline year's value; `再翻一番` alone is from the current value, read by
    // the caller).
    // (`至少翻一番`: at least, read by the caller as `翻一番以上`.)
    let words = src.starts_with("至少").map_or(src, |n| src.advance(n));
    let words = words
        .starts_with("提前")
        .map_or(words, |n| words.advance(n));
    let words = words.starts_with("再").map_or(words, |n| words.advance(n));
    // (`基本实现翻一番`: basically, as `基本` before a verb, the plain change.)
    let words = match words.starts_with("基本") {
        Some(n) if words.advance(n).starts_with("实现").is_some() => words.advance(n),
        _ => words,
    };
    let words = words
        .starts_with("实现")
        .map_or(words, |n| words.advance(n));
    if let Some(n) = words
        .starts_with("倍增")
        .or_else(|| words.starts_with("翻番"))
        .or_else(|| words.starts_with("翻倍"))
    {
        let rest = words.advance(n);
        let span = Span::new(src.offset(), rest.offset());
        return Some((rest, Doubling { times: 1, span }));
    }
    // `实现翻一番` as `实现倍增`.
    let after = words.advance(words.starts_with("翻")?);
    let (rest, (value, _)) = number(after).ok()?;
    let rest = rest.advance(rest.starts_with("番")?);
    let times = u32::try_from(value.trunc().mantissa())
        .ok()
        .filter(|&t| t > 0 && value.scale() == 0)?;
    Some((
        rest,
        Doubling {
            times,
            span: Span::new(src.offset(), rest.offset()),
        },
    ))
}

/// The direction of a directional verb's sense, for a change by an amount.
fn sense_direction(sense: Sense) -> Option<Direction> {
    match sense {
        Sense::Rise => Some(Direction::Higher),
        Sense::Fall | Sense::Narrow => Some(Direction::Lower),
        Sense::Improve | Sense::Control | Sense::Slow => None,
    }
}

/// The direction a phrase's meaning states (for `较上届有所提高`).
fn meaning_direction(meaning: Meaning) -> Option<Direction> {
    match meaning {
        Meaning::Rise
        | Meaning::RiseGradually
        | Meaning::RiseEveryYear
        | Meaning::ConsolidateAndRise => Some(Direction::Higher),
        Meaning::Fall
        | Meaning::FallMarkedly
        | Meaning::UnderControl
        | Meaning::Narrow
        | Meaning::NarrowMarkedly => Some(Direction::Lower),
        Meaning::TowardBalance | Meaning::Qualitative | Meaning::Improve | Meaning::Stable => None,
    }
}

// ---------------------------------------------------------------------------------------------
// The parser.

/// A target parser with a vocabulary of phrases.
///
/// `str::parse::<Target>` uses the default vocabulary; build a `Parser` to add phrases.
///
/// ```
/// use plan_targets::syntax::Parser;
/// let parser = Parser::new();
/// assert_eq!(parser.parse("下降到12/10万以下")?.to_string(), "≤12/10万");
/// # Ok::<(), plan_targets::ParseError>(())
/// ```
#[derive(Clone, Debug, Default)]
pub struct Parser {
    vocabulary: Vocabulary,
}

impl Parser {
    /// A parser with the default vocabulary.
    pub fn new() -> Parser {
        Parser::default()
    }

    /// Replaces the vocabulary.
    pub fn with_vocabulary(self, vocabulary: Vocabulary) -> Parser {
        Parser { vocabulary }
    }

    /// The vocabulary in use.
    pub fn vocabulary(&self) -> &Vocabulary {
        &self.vocabulary
    }

    /// Parses one target.
    ///
    /// # Errors
    /// A [`ParseError`] with the span of the first character that cannot continue a target,
    /// and what was expected there. Inputs over [`MAX_TARGET_LEN`] bytes are rejected unread.
    pub fn parse(&self, text: &str) -> Result<Target, ParseError> {
        if let Some(comparison) = plain_comparison(text) {
            return Ok(Target::Comparison(comparison));
        }
        if let Some(target) = self.listed_phrase(text) {
            return Ok(target);
        }
        // Spaces between two Chinese characters are stray (`得到有效控 制`): read without them,
        // every span mapped back to the text as written.
        // (Looked at without folding: on every target, the parser's hottest line.)
        if text.contains(|c: char| c.is_whitespace() || matches!(c, ':' | '：' | '∶' | '︰' | '﹕'))
        {
            if let Some(squeezed) = Squeezed::new(text) {
                return match self.parse_general(&squeezed.text) {
                    Ok(mut target) => {
                        target.map_spans(&mut |span| squeezed.original(span));
                        Ok(target)
                    }
                    Err(e) => Err(ParseError::new(
                        e.kind().clone(),
                        squeezed.original(e.span()),
                        text,
                    )),
                };
            }
        }
        self.parse_general(text)
    }

    /// The second fast path: a text that is, all of it, a phrase of the table (`提高`,
    /// `逐年提高`, `保持合理比例`: most of the plans' targets that are not comparisons). The
    /// general path tries a dozen readings before it reaches the table; this looks the phrase up
    /// by its first character. It builds exactly the general path's tree: the property
    /// `listed_phrases_take_the_fast_path` in `parse/fast_path_tests.rs` checks every phrase of
    /// the default table, in simplified and in full-width or traditional spellings.
    pub(super) fn listed_phrase(&self, text: &str) -> Option<Target> {
        if !self.vocabulary.may_list(text) {
            return None;
        }
        let src = Src::new(text);
        let (len, meaning) = self.vocabulary.listed_prefix(src)?;
        (len == text.len()).then(|| {
            meaning.target(Phrase {
                text: folded(src),
                span: whole(src),
            })
        })
    }

    /// [`Parser::parse`] without the fast path ([`plain_comparison`]).
    pub(super) fn parse_general(&self, text: &str) -> Result<Target, ParseError> {
        if text.len() > MAX_TARGET_LEN {
            let span = Span::new(MAX_TARGET_LEN, text.len());
            return Err(ParseError::new(
                ParseErrorKind::TooLong { len: text.len() },
                span,
                text,
            ));
        }
        let mut src = Src::new(text).skip_ws().trim_end();
        // A sentence's full stop at the end is not part of the target.
        while let Some(stop) = src.ends_with("。") {
            src = nom::Input::take(&src, nom::Input::input_len(&src) - stop).trim_end();
        }
        if src.is_empty() {
            return Err(ParseError::new(
                ParseErrorKind::Empty,
                Span::new(0, text.len()),
                text,
            ));
        }
        self.target(src).map_err(|f| {
            let (kind, span) = f.into_parts();
            ParseError::new(kind, span, text)
        })
    }

    /// `target := clause ((","|";") connective? clause)*`: one clause is the target; clauses
    /// with due years are milestones; clauses that each name whom they are about are one
    /// target per subject (respectively); other clauses must all hold (all of).
    fn target(&self, src: Src<'_>) -> Result<Target, Failure> {
        // `并不断巩固提高`: a target copied from after the clause it joined keeps its `并`,
        // which joins it to nothing here.
        let src = any_word(src, &["并且", "并"])
            .map(|r| r.skip_ws())
            .filter(|r| !r.is_empty())
            .unwrap_or(src);
        // Fast path: most targets start with a digit or a sign and have no clause separator.
        if (starts_with_digit(src) || starts_with_sign(src))
            && !src.as_str().contains(CLAUSE_SEPARATORS)
        {
            // Anything after the quantity (an object, or words naming a group:
            // `60岁以上老年人…`) is read by the general path below.
            match quantified(src, None) {
                Ok(q) if q.rest.skip_ws().is_empty() => return Ok(q.target),
                Ok(_) => {}
                Err(e) if figure_in_name(src.as_str()).is_none() => return Err(e),
                Err(_) => {}
            }
        }
        if holds_fenbie(src.as_str()) {
            if let Some(target) = self.milestones_respectively(src)? {
                return Ok(target);
            }
        }
        // One clause (no separator at all): no split.
        if !src.as_str().contains(CLAUSE_SEPARATORS) && !due_after_dun(src) {
            let clause = self.clause(src)?;
            return Ok(clause.parts.wrap(clause.target, clause.span));
        }
        let pieces = split_clauses(src);
        if pieces.len() == 1 {
            let clause = self.clause(src)?;
            return Ok(clause.parts.wrap(clause.target, clause.span));
        }
        // `增长5%以上，在实际工作中努力争取更好结果`: the work reports' closing exhortation
        // after a target is a remark on it, kept as its note (printed in brackets).
        if let [head, remark] = pieces[..] {
            // (Brackets inside it would close the printed ones early: fuzz.)
            if remark.starts_with("在实际工作中").is_some() && !folded(remark).contains(['(', ')'])
            {
                let mut clause = self.clause(head)?;
                if clause.parts.note.is_none() {
                    clause.parts.note = Some(Words {
                        text: folded(remark),
                        span: whole(remark),
                    });
                    return Ok(clause.parts.wrap(clause.target, whole(src)));
                }
            }
        }
        let mut clauses = Vec::with_capacity(pieces.len());
        for (i, piece) in pieces.into_iter().enumerate() {
            // (`其中2025年不超过…`: "of which", a part of the same target.)
            let piece = if i > 0 {
                any_word(piece, CONNECTIVES)
                    .or_else(|| any_word(piece, &["其中"]))
                    .map_or(piece, |r| r.skip_ws())
            } else {
                piece
            };
            if piece.is_empty() {
                return Err(Failure::at(piece, Expected::Target));
            }
            match self.clause(piece) {
                Ok(clause) => clauses.push(clause),
                // `前沿领域创新成果突出，创新动力增强`: in a sentence of several clauses, a clause
                // of words that no form reads (no figure in it, no misspelt phrase) is one more
                // goal in words, not damaged notation.
                Err(_) if self.unread_words(piece) => clauses.push(Clause {
                    parts: Parts::default(),
                    target: all_qualitative(piece),
                    span: whole(piece),
                }),
                Err(e) => return Err(e),
            }
        }
        let span = whole(src);
        // `推广使用儿童安全座椅，儿童出行安全得到有效保障`: goals that are all qualitative are one
        // qualitative goal, judged as a whole (all of them needing judgement is the same).
        if clauses.iter().all(Clause::is_qualitative) {
            return Ok(all_qualitative(src));
        }
        // `新型电力系统加快构建，…政策体系进一步完善`, `制造业整体实力达到世界先进水平，培育
        // 形成若干…集群`: beside a goal in words, clauses that state no measure (an improvement,
        // a level named in words, an elimination, a direction of something that is not a
        // measure) are more of the same words: one qualitative goal.
        if clauses.iter().any(Clause::is_qualitative)
            && clauses.iter().all(Clause::states_no_measure)
        {
            return Ok(all_qualitative(src));
        }
        if clauses.iter().all(|c| c.parts.due.is_none()) {
            return Ok(list(clauses, span));
        }
        // `全面建成健康促进型社会，到2035年力争把武汉建成…`: goals in words before and after a
        // due year are one goal in words.
        if clauses[0].parts.due.is_none()
            && clauses
                .iter()
                .all(|c| matches!(c.target, Target::Qualitative(_)))
        {
            return Ok(all_qualitative(src));
        }
        // Group the clauses by due year: a clause without one belongs to the milestone before;
        // the clauses before the first due year are a milestone with no year of its own
        // (`达到60%以上，到2030年达到80%以上`), due at the plan's target year.
        let mut groups: Vec<(Option<Due>, Vec<Clause>)> = Vec::new();
        let mut outer = Parts::default();
        for (i, mut clause) in clauses.into_iter().enumerate() {
            if i == 0 {
                outer = clause.parts.take_outer();
            }
            match clause.parts.due.take() {
                Some(due) => groups.push((Some(due), vec![clause])),
                None => match groups.last_mut() {
                    Some((_, group)) => group.push(clause),
                    None => groups.push((None, vec![clause])),
                },
            }
        }
        if let [(Some(_), _)] = groups[..] {
            let (due, group) = groups.pop().expect("one group");
            let due = due.expect("a due year");
            // `2023年，实现国家消除母婴传播指标要求，向国家提交消除评估申请`: goals in words that
            // are all qualitative are one, due in the year the first names.
            if let Some(from) = qualitative_group(&group) {
                let words = src.advance(from - src.offset());
                let parts = Parts {
                    due: Some(due),
                    intent: group[0].parts.intent.clone(),
                    ..outer
                };
                return Ok(parts.wrap(all_qualitative(words), span));
            }
            let inner = list(group, span);
            let parts = Parts {
                due: Some(due),
                ..outer
            };
            return Ok(parts.wrap(inner, span));
        }
        let items = groups
            .into_iter()
            .map(|(due, group)| {
                let start = due.as_ref().map_or(span.start, |d| d.span.start);
                let end = group.last().map_or(start, |c| c.span.end);
                let item_span = Span::new(start, end);
                Milestone {
                    year: due.map(|d| d.year),
                    target: list(group, item_span),
                    span: item_span,
                }
            })
            .collect();
        Ok(outer.wrap(Target::Milestones(Milestones { items, span }), span))
    }

    /// `intent? 到Y₁年(、Y年)*和Yₙ年 分别 …`: the values of a respectively list, one per due year
    /// in order, are milestones (`到2025年和2030年分别达到80%和90%` is `到2025年80%；到2030年90%`).
    /// `None` when `src` does not start so; an error when the list after `分别` does not read
    /// or does not have one value per year.
    fn milestones_respectively(&self, src: Src<'_>) -> Result<Option<Target>, Failure> {
        let mut parts = Parts::default();
        let start = parts.take_intent(src).unwrap_or(src);
        let Some((dues, rest)) = due_list(start) else {
            return Ok(None);
        };
        let values = self.target(rest)?;
        let Target::Respectively(Respectively { items, .. }) = values else {
            return Err(Failure::new(
                ParseErrorKind::Unexpected(Expected::ValuePerYear),
                whole(rest),
            ));
        };
        if items.len() != dues.len() {
            return Err(Failure::new(
                ParseErrorKind::Unexpected(Expected::ValuePerYear),
                whole(rest),
            ));
        }
        let span = whole(src);
        let mut intent = parts;
        let items = dues
            .into_iter()
            .zip(items)
            .map(|(due, item)| {
                let item_span = Span::new(due.span.start, item.span().end);
                let target = std::mem::take(&mut intent).wrap(item, item_span);
                Milestone {
                    year: Some(due.year),
                    target,
                    span: item_span,
                }
            })
            .collect();
        Ok(Some(Target::Milestones(Milestones { items, span })))
    }

    /// `lead? (scope | due | intent | each)* form object?`
    fn clause(&self, src: Src<'_>) -> Result<Clause, Failure> {
        // `为2030年工业领域碳达峰奠定坚实基础`: laying a foundation for a later goal is a goal in
        // words, whatever figures or directions name that later goal.
        if lays_a_foundation(src) {
            return Ok(Clause {
                parts: Parts::default(),
                target: all_qualitative(src),
                span: whole(src),
            });
        }
        match self.clause_without_lead(src, 0) {
            Ok(clause) => Ok(clause),
            Err(e) => match self.clause_with_lead(src, 0) {
                Some(clause) => Ok(clause),
                None => self
                    .enumeration(src)
                    .or_else(|| self.free_words(src))
                    .ok_or(e),
            },
        }
    }

    /// `intent? words`: a clause of words that no form reads and that uses no word of the
    /// notation is a qualitative goal in free words (`女童平等接受义务教育`, `全部摘帽`,
    /// `确保妇代会主任进村两委`), judged by people.
    ///
    /// It is the last reading tried, and it never takes damaged notation: the words must be
    /// Chinese characters (and Latin letters, quotes, brackets, `、`), at least three of them,
    /// with no number (digits or a Chinese numeral before a unit), no verb of direction
    /// (`提高`, `下降`, `控制` …), no comparison or bound word (`高于`, `以上`, `达到` …), no
    /// baseline (`比上年`, `较2020年`), no adverb of the lexicon followed by a near-miss of a
    /// verb (`逐年提搞`), and the whole no near-miss of a phrase of the vocabulary. Those stay
    /// errors with their hints.
    fn free_words(&self, src: Src<'_>) -> Option<Clause> {
        let mut parts = Parts::default();
        let mut words = src;
        loop {
            if let Some(after) = parts.take_intent(words) {
                words = after;
                continue;
            }
            // `到2025年，全市各区开展…`, `力争2016年…体系全面建立`: a goal in words may have its
            // due year.
            if parts.due.is_none() {
                let bare_year = || {
                    let (after, year) = year(words)?;
                    let after = end_of_year(after);
                    let span = Span::new(words.offset(), after.offset());
                    after
                        .peek()
                        .is_some_and(|(c, _)| is_han(c))
                        .then_some((after, Due { year, span }))
                };
                if let Some((after, d)) = due(words).or_else(|| bare_due(words)).or_else(bare_year)
                {
                    parts.due = Some(d);
                    words = after.skip_ws();
                    continue;
                }
            }
            // `10月底前，全部开工`: and the time within the year.
            if parts.deadline.is_none() {
                if let Some((after, d)) = deadline(words) {
                    parts.deadline = Some(d);
                    words = after;
                    continue;
                }
            }
            break;
        }
        // After a year or an intent word, a goal in words led by its subject reads as it would
        // after `到` (the due year prints so): `2010年全县实现全覆盖` is `到2010年` + the lead
        // `全县` + `实现全覆盖` (fuzz found the print reading back so).
        if words.offset() > src.offset() {
            let inner = self
                .clause_without_lead(words, 0)
                .ok()
                .or_else(|| self.clause_with_lead(words, 0))
                .filter(|c| matches!(c.target, Target::Qualitative(_)));
            if let Some(clause) = inner.and_then(|c| merge(parts.clone(), c, src)) {
                return Some(clause);
            }
        }
        if !self.is_free_words(words) {
            return None;
        }
        let target = Target::Qualitative(Phrase {
            text: folded(words),
            span: whole(words),
        });
        Some(Clause {
            parts,
            target,
            span: whole(src),
        })
    }

    /// True when `piece`, a clause that no form reads in a sentence of several, is words
    /// only: five Chinese characters or more, nothing but characters, Latin letters and the
    /// marks of [`WORD_MARKS`] (no digit, no sign), no Chinese numeral before a unit outside
    /// quotes, and no near miss of a phrase of the vocabulary or of a verb after an adverb
    /// (`飞速提高`, `逐年提搞` stay errors: short, they look like a phrase mistyped). Such a clause uses words of direction of something no series
    /// measures (`创新动力增强`, `城市服务功能全面增强`): a goal in words.
    fn unread_words(&self, piece: Src<'_>) -> bool {
        let text = piece.as_str();
        if text.chars().filter(|&c| is_han(c)).count() < 5
            || !text
                .chars()
                .all(|c| is_han(c) || c.is_ascii_alphabetic() || WORD_MARKS.contains(&c))
            || self.vocabulary.near_miss(text)
            || self.vocabulary.misspelt_verb(piece)
        {
            return false;
        }
        // (A numeral inside quotes is part of a name: `“四个中心”核心功能初步形成`.)
        let mut quoted = false;
        let mut at = piece;
        while let Some((c, width)) = at.peek() {
            match c {
                '“' => quoted = true,
                '”' => quoted = false,
                _ if !quoted && starts_chinese_quantity(at) && !numeral_in_a_name(at) => {
                    return false;
                }
                _ => {}
            }
            at = at.advance(width);
        }
        true
    }

    /// The test of [`Parser::free_words`] on the words after an intent word.
    fn is_free_words(&self, words: Src<'_>) -> bool {
        const MARKS: &[char] = WORD_MARKS;
        const NOTATION_WORDS: &[&str] = &[
            "以上", "以下", "以内", "左右", "上下", "达到", "分之", "分别", "年均",
        ];
        // `同步`, `相适应` close a commensurate target at the end (or before the verb after
        // `同步`); before other words they are an adverb of manner: `同步全面建成小康社会`,
        // `与超大城市相适应的…体系`.
        let closes_commensurate = |at: Src<'_>| {
            any_word(at, &["同步", "相适应"]).is_some_and(|r| {
                let r = r.skip_ws();
                r.is_empty() || ["提高", "提升", "增长", "增加"].contains(&r.as_str())
            })
        };
        let text = words.as_str();
        let mut chars = 0;
        let mut figure_ends = 0;
        for (i, c) in text.char_indices() {
            if i < figure_ends {
                continue;
            }
            if let Some(len) = figure_in_name(&text[i..]) {
                figure_ends = i + len;
                continue;
            }
            if !(is_han(c) || c.is_ascii_alphabetic() || MARKS.contains(&c)) {
                return false;
            }
            chars += usize::from(is_han(c));
        }
        // `与女职工比例` is a comparison with a series that lacks its `相适应`; `与全国同步全面
        // 建成小康社会` says with whom the goal is reached.
        let in_step = |w: &str| text.find(w).is_some_and(|i| i + w.len() < text.len());
        // (`与我国机动化程度相匹配的…基本形成`: any word of keeping with someone, before
        // more words, says with whom; `保持衔接` keeps a link with them.)
        let with_whom = ["同步", "相适应", "相匹配", "相协调"]
            .iter()
            .any(|w| in_step(w))
            || text.ends_with("衔接");
        if chars < 3 || (text.starts_with('与') && !with_whom) || self.vocabulary.near_miss(text) {
            return false;
        }
        let mut at = words;
        while let Some((c, width)) = at.peek() {
            // A figure that is part of a name (`60岁以上老年人`) is passed whole, its bound
            // word with it, as in the count above.
            // (`peek` folds: a full-width digit is an ASCII one here.)
            if c.is_ascii_digit() {
                if let Some(len) = figure_in_name(at.as_str()) {
                    at = at.advance(len);
                    continue;
                }
            }
            // `上下学`, `上下班`, `上下游`: words of their own, not the bound `上下` (which
            // follows a number).
            if c == '上' {
                if let Some(after) = any_word(at, &["上下"]) {
                    if matches!(
                        after.peek(),
                        Some(('学' | '班' | '游' | '级' | '楼' | '车', _))
                    ) {
                        at = after;
                        continue;
                    }
                }
            }
            // `县级以上人民政府`, `地级及以上城市`: a level with its bound describes whom a goal
            // is for, inside the words (not at their end, where it would be a bound).
            if c == '级' {
                let level = at.advance(width);
                if let Some(after) = any_word(level, &["及以上", "以上"]) {
                    if after.peek().is_some_and(|(c, _)| is_han(c)) && !at_stop(after) {
                        at = after;
                        continue;
                    }
                }
            }
            // (A baseline or a doubling starts with one of a few characters: looked for there
            // only.)
            let opens_change = matches!(c, '比' | '较' | '与' | '同' | '在' | '实' | '倍' | '翻');
            if (starts_chinese_quantity(at) && !numeral_in_a_name(at))
                || any_word(at, NOTATION_WORDS).is_some()
                || closes_commensurate(at)
                // (`取得重大突破`: `突破` at the end is the noun, a breakthrough; any other
                // word of comparison with nothing after it is a bound that lost its value.)
                || prefix_word(at).is_some_and(|(r, _)| {
                    r.starts_with("性").is_none()
                        && !(at.starts_with("突破").is_some() && r.skip_ws().is_empty())
                })
                // (`碳达峰`, `达标`: words of their own, no relation.)
                || (word_of(at, RELATION_WORDS).is_some()
                    && at.starts_with("达峰").is_none()
                    && at.starts_with("达标").is_none())
                // `比上年基本持平` names a baseline: a change no form reads, not free words.
                || (opens_change && (baseline(at).is_some() || doubling(at).is_some()))
            {
                return false;
            }
            at = at.advance(width);
        }
        !self.vocabulary.misspelt_direction(words)
    }

    /// `学历高于上届、年龄低于上届`: a clause that does not read as one may be clauses joined
    /// by `、` (outside brackets), each read as a clause; they must all hold, or, when each
    /// names a group, are one target per group (as clauses joined by commas).
    fn enumeration(&self, src: Src<'_>) -> Option<Clause> {
        // A `分别` list is the list's, and its error stands (fuzz: `分别达到55平方米、p0平方米、…`).
        if src.starts_with("分别").is_some() {
            return None;
        }
        // Each piece, and whether `和`/`及` joined it to the one before (then it is a count of
        // something, with what it counts written: `90%和80%` is no list of counts).
        let mut pieces = Vec::new();
        let mut joined = false;
        let (mut start, mut depth) = (0, 0u32);
        for (i, c) in nom::Input::iter_indices(&src) {
            if i < start {
                continue;
            }
            match c {
                '(' | '[' | '【' => depth += 1,
                ')' | ']' | '】' => depth = depth.saturating_sub(1),
                // `、`, the connectives `并`, `并且`, `同时` (`达到峰值并实现稳中有降`), and
                // `和`, `及`, `以及` before a count (`1次家庭教育指导和1次实践活动`).
                '、' | '并' | '同' | '和' | '及' | '以' if depth == 0 && i > start => {
                    let at = src.advance(i);
                    let len = match c {
                        // (`、并`: the connective after it joins the same way.)
                        '、' => {
                            let next = at.advance(c.len_utf8());
                            Some(any_word(next, CONNECTIVES).unwrap_or(next).offset() - at.offset())
                        }
                        '和' | '及' | '以' => any_word(at, &["以及", "和", "及"])
                            .filter(|after| starts_count(after.skip_ws()))
                            .map(|r| r.offset() - at.offset()),
                        _ => any_word(at, CONNECTIVES).map(|r| r.offset() - at.offset()),
                    };
                    let Some(len) = len else {
                        continue;
                    };
                    let piece = nom::Input::take(&src.advance(start), i - start).trim_end();
                    pieces.push((piece, joined));
                    joined = matches!(c, '和' | '及' | '以');
                    start = i + len;
                }
                _ => {}
            }
        }
        if pieces.is_empty() {
            return None;
        }
        pieces.push((src.advance(start).skip_ws(), joined));
        let mut clauses: Vec<Clause> = Vec::with_capacity(pieces.len());
        let mut counts = Vec::with_capacity(pieces.len());
        for (piece, joined) in pieces {
            let piece = piece.skip_ws();
            if piece.is_empty() {
                return None;
            }
            // (`逐步提升并稳定在适度水平`: a piece may be a goal in free words, unless the
            // whole is one: then the list is one goal in words.)
            let clause = match self.clause_without_lead(piece, 0) {
                Ok(clause) => clause,
                Err(_) => match self.clause_with_lead(piece, 0) {
                    Some(clause) => clause,
                    None if self.is_free_words(src) => return None,
                    None => self.free_words(piece)?,
                },
            };
            // A due year inside belongs to milestones, written with commas.
            if clause.parts.due.is_some() || (joined && clause.parts.object.is_none()) {
                return None;
            }
            counts.push(starts_count(piece));
            clauses.push(clause);
        }
        if let Some(list) = self.unmarked_list(src, &clauses) {
            return Some(list);
        }
        if let Some(one) = listed_lead(src, &clauses) {
            return Some(one);
        }
        for i in 1..clauses.len() {
            if counts[i] {
                let (before, after) = clauses.split_at_mut(i);
                share_with_count(&before[i - 1], &mut after[0]);
            }
        }
        let span = whole(src);
        // `更加繁荣、更具魅力`: qualities that each improve, listed, are one improvement (each
        // means a move in the indicator's good direction, so all of them mean just that).
        let improves = |c: &Clause| c.parts.is_empty() && matches!(c.target, Target::Improve(_));
        // (Goals in words beside clauses that state no measure are one goal in words, as
        // between commas: printed with commas, the list must read back the same; fuzz.)
        let target = if clauses.iter().all(Clause::is_qualitative)
            || (clauses.iter().any(Clause::is_qualitative)
                && clauses.iter().all(Clause::states_no_measure))
        {
            all_qualitative(src)
        } else if clauses.iter().all(improves) {
            Target::Improve(Phrase {
                text: folded(src),
                span: whole(src),
            })
        } else {
            list(clauses, span)
        };
        Some(Clause {
            parts: Parts::default(),
            target,
            span,
        })
    }

    /// `培育5个以上、10家以上、35个`, `新增20家、100家`: bare values listed after the first
    /// one's words are one value per indicator of the row, as with `分别` (and printed with it).
    /// `None` unless every later clause is a bare value (no words around it) and the first
    /// has no object.
    fn unmarked_list(&self, src: Src<'_>, clauses: &[Clause]) -> Option<Clause> {
        let (first, rest) = clauses.split_first()?;
        let bare = |c: &Clause| {
            c.parts.is_empty()
                && matches!(
                    c.target,
                    Target::Comparison(_)
                        | Target::Attain(_)
                        | Target::Approximately(_)
                        | Target::Range(_)
                )
        };
        if rest.is_empty()
            || !rest.iter().all(bare)
            || first.parts.object.is_some()
            || first.parts.note.is_some()
        {
            return None;
        }
        // (After an addition, `新建70个、30个`, the list starts at the amount.)
        let start = match first.target.form() {
            Target::RelativeChange(RelativeChange {
                change: Change::By(amount),
                baseline: None,
                ..
            }) if !starts_with_digit(
                src.advance(first.target.span().start.saturating_sub(src.offset())),
            ) =>
            {
                amount.span.start
            }
            other => other.span().start,
        };
        let list = src.advance(start.checked_sub(src.offset())?);
        let mut target = self.respectively(list, list).ok()?;
        // `新建70个、30个`: after an addition (a change by an amount) every value is the amount
        // of the same change.
        if let (
            Target::RelativeChange(RelativeChange {
                baseline: None,
                cumulative: false,
                direction,
                change: Change::By(_),
                ..
            }),
            Target::Respectively(r),
        ) = (first.target.form(), &mut target)
        {
            // Only values to add: a range or a bound among them would print as no change
            // (fuzz: `新建1~2丙、1个小型站` printed `新建分别1—2丙和提高1个小型站`).
            if !r
                .items
                .iter()
                .all(|i| matches!(i, Target::Attain(_) | Target::RelativeChange(_)))
            {
                return None;
            }
            for item in &mut r.items {
                // (Items already read as changes, `新增20家、100家`, stay as they are.)
                let Target::Attain(a) = item else {
                    continue;
                };
                let span = a.span;
                let amount = ChangeAmount {
                    amount: Amount::Quantity(a.value.clone()),
                    up_to: None,
                    bound: None,
                    span: a.value.span,
                };
                *item = Target::RelativeChange(RelativeChange {
                    baseline: None,
                    cumulative: false,
                    direction: *direction,
                    change: Change::By(amount),
                    span,
                });
            }
        }
        Some(Clause {
            parts: first.parts.clone(),
            target,
            span: whole(src),
        })
    }

    /// A clause that starts with its lead (`农村达到80%`, `妇女的人均预期寿命延长`): the
    /// shortest lead after which the rest is a clause. A lead before a bare directional
    /// phrase must contain `的`, so that an unknown phrase (`飞速提高`) is an error, not a lead.
    ///
    /// `depth` counts the leads found inside the words around a form (`到2005年` + `城市` +
    /// `要达到90%`); past [`MAX_LEAD_DEPTH`] none is looked for, which bounds the search
    /// (each level tries every lead length, and words of intent or `均`/`都` repeated many times
    /// made it exponential: fuzz found a 268-byte input that took six seconds).
    /// A clause with a lead found inside the words after others (`到2005年` + `城市要达到90%`),
    /// one level deeper, while the depth allows.
    fn nested_lead(&self, src: Src<'_>, depth: u8) -> Option<Clause> {
        (depth < MAX_LEAD_DEPTH)
            .then(|| self.clause_with_lead(src, depth + 1))
            .flatten()
    }

    fn clause_with_lead(&self, src: Src<'_>, depth: u8) -> Option<Clause> {
        // A clause that starts with a word of the notation is read as that word, and its error
        // stands. (A neutral verb before words is the start of what is reached or had:
        // `达到中等强度4次以上`, `有轨道交通的城市达到45%以上`.)
        let reached = word_of(src, VERBS).map(|(after, verb)| {
            verb == Verb::Attain(None)
                && after
                    .peek()
                    .is_some_and(|(c, _)| is_han(c) || matches!(c, '《' | '“'))
        });
        if src.starts_with("分别").is_some()
            || src.starts_with("与").is_some()
            || reached == Some(false)
            || prefix_word(src).is_some()
            || per_year_word(src).is_some()
            || intent_word(src).is_some()
            || word_of(src, EACH_WORDS).is_some()
            || any_word(src, ABOUT_WORDS).is_some()
            || (word_of(src, RELATION_WORDS).is_some() && reached.is_none())
            || self.vocabulary.phrase_prefix(src).is_some_and(|(len, _)| {
                // `新增就业2万人`: words and a value after the phrase make it a subject; so
                // does a comparison with a series (`增长高于经济增速`: the growth is compared).
                let after = src.advance(len);
                let subject = starts_object(after) && ends_in_quantity(after);
                // (`增长` + `分别与…同步`: the each word may stand before the comparison, as
                // print writes it; fuzz.)
                let compared = past_intent_and_each(after);
                !(starts_measure_noun(after)
                    || subject
                    || before_reference(compared)
                    || before_commensurate(compared))
            })
        {
            return None;
        }
        // A lead starts with a word (`GDP` too, or a name in quotes: `“三州”地区`, or a figure
        // that is part of a name: `60岁以上老年人…`), not a bracket or a sign.
        if !(src
            .peek()
            .is_some_and(|(c, _)| is_han(c) || c.is_ascii_alphabetic() || matches!(c, '“' | '《'))
            || (starts_with_digit(src) && name_figure_end(src).is_some()))
            // (`“十四”时期` is a damaged plan period, never a name: numerals only in quotes.)
            || src.as_str().strip_prefix('“').is_some_and(|quoted| {
                quoted
                    .split('”')
                    .next()
                    .is_some_and(|inner| inner.chars().all(numeral::is_numeral))
            })
        {
            return None;
        }
        let mut rest = src;
        // (A group counted in the lead is not before a goal in words, which would hold the
        // figure as words: `全国100个儿童友好城市建设试点之一` stays an error.)
        let mut counted_group = false;
        for _ in 0..MAX_LEAD_CHARS {
            let Some((c, width)) = rest.peek() else { break };
            // `60岁以上老年人健康管理率`, `5G基站覆盖率`: a figure that is part of a name is
            // words of the lead, when words follow it (`3x0分钟` is no name).
            if c.is_ascii_digit() {
                if let Some(after) = name_figure_end(rest) {
                    rest = after;
                    continue;
                }
                // `沈阳市4个郊县(市)` + `应不少于3000平方米`: a count inside the words of a
                // lead names how many there are of whom the target is about, after a word.
                if rest.offset() > src.offset() {
                    if let Some(after) = counted_group_end(rest) {
                        rest = after;
                        counted_group = true;
                        continue;
                    }
                }
            }
            // `其中,新建22所`: a word of discourse keeps its comma in the lead.
            if c == ',' && discourse_word(nom::Input::take(&src, rest.offset() - src.offset())) {
                rest = rest.advance(width).skip_ws();
                // (A lead of the clause after the comma joins it: `其中,全市` + `将达41%`.)
                let read = self
                    .clause_without_lead(rest, depth)
                    .ok()
                    .or_else(|| self.nested_lead(rest, depth));
                if let Some(mut clause) = read {
                    let lead = nom::Input::take(&src, rest.offset() - src.offset()).trim_end();
                    clause.parts.lead = joined_lead(lead, clause.parts.lead.take(), rest);
                    clause.span = Span::new(src.offset(), clause.span.end);
                    return Some(clause);
                }
                break;
            }
            // `市、县两级`, `各区、县(市)`: a lead may name several groups.
            if !(is_han(c)
                || c.is_ascii_alphabetic()
                || matches!(c, '(' | ')' | '、' | '“' | '”' | '《' | '》'))
            {
                break;
            }
            rest = rest.advance(width);
            if !self.starts_after_lead(rest, src) {
                continue;
            }
            // A lead names whom or what a target is about: it never is, nor ends with, a verb
            // of change or attainment (`实际增长` + `8%` would drop the change), nor is it a
            // baseline (`较上年度`) or `累计` that the form would not see; such a clause is an
            // error, not a guess.
            if !self.lead_is_words(nom::Input::take(&src, rest.offset() - src.offset()), rest) {
                continue;
            }
            // A rank names whom it ranks among itself (`达到世界第二`): no lead before it.
            if let Ok(mut clause) =
                self.clause_without_lead(rest, depth)
                    .and_then(|c| match c.target {
                        Target::Rank(_) => Err(Failure::at(rest, Expected::Target)),
                        // One lead per clause: a second one found inside joins this one only when
                        // nothing stands between them in print (`每村` + `至少配备1名` is `每村配备≥1名`,
                        // whose lead reads back as `每村配备`); otherwise it would be overwritten.
                        // (Nor may `均`/`各`/`分别` stand between the two leads: printed after the
                        // joined lead, they read back otherwise; fuzz `v分分别别下降19` and
                        // `更都更…高于全国平均…`.)
                        _ if c.parts.lead.is_some() && !c.parts.only_lead() => {
                            Err(Failure::at(rest, Expected::Target))
                        }
                        Target::Qualitative(_) if counted_group => {
                            Err(Failure::at(rest, Expected::Target))
                        }
                        _ => Ok(c),
                    })
            {
                let mut lead = nom::Input::take(&src, rest.offset() - src.offset());
                // A time within the year prints before the lead, so the lead then runs into the
                // form. Before a goal in words the lead is words of it (`基本建成任务` +
                // `12月底前完成` is `12月底前` + `基本建成任务完成`, as that prints and reads
                // back; fuzz); before another form it must hold no word a clause starts with
                // (`…要` would read as intent).
                if clause.parts.deadline.is_some() {
                    if let (Target::Qualitative(words), None) =
                        (&mut clause.target, &clause.parts.lead)
                    {
                        words.text = folded(lead) + &words.text;
                        words.span = Span::new(lead.offset(), words.span.end);
                        clause.span = Span::new(src.offset(), clause.span.end);
                        return Some(clause);
                    }
                    if holds_intent_or_each(lead) {
                        continue;
                    }
                }
                let inner = clause.parts.lead.take();
                // A period word first is the period, as it reads back when printed first
                // (fuzz: `每学期累计` + `至少组织2次`).
                if clause.parts.period.is_none() {
                    if let Some(after) = any_word(lead, PERIOD_WORDS).filter(|a| !a.is_empty()) {
                        let period = nom::Input::take(&lead, after.offset() - lead.offset());
                        clause.parts.period = Some(Words {
                            text: folded(period),
                            span: whole(period),
                        });
                        lead = after;
                    }
                }
                clause.parts.lead = joined_lead(lead, inner, rest);
                clause.parts.before_due |= clause.parts.due.is_some();
                clause.span = Span::new(src.offset(), clause.span.end);
                return Some(clause);
            }
        }
        self.bracketed_value(src, depth)
    }

    /// `完成省定目标(≥10%)`: words naming a target set elsewhere, and its value in brackets at
    /// the end. The words are the lead and the value the form, printed without the brackets
    /// (`完成省定目标≥10%`, which reads back the same).
    fn bracketed_value(&self, src: Src<'_>, depth: u8) -> Option<Clause> {
        let text = src.as_str();
        let close = text.chars().next_back().filter(|&c| fold(c) == ')')?;
        let inner_end = text.len() - close.len_utf8();
        let open = text[..inner_end].rfind(['(', '（'])?;
        let open_len = text[open..].chars().next().map_or(1, char::len_utf8);
        let words = nom::Input::take(&src, open).trim_end();
        let value =
            nom::Input::take(&src.advance(open + open_len), inner_end - open - open_len).skip_ws();
        if words.is_empty()
            || !words.as_str().chars().all(is_han)
            || !(starts_with_digit(value) || starts_with_sign(value))
            || !self.lead_is_words(words, value)
        {
            return None;
        }
        let clause = self.clause_without_lead(value.trim_end(), depth).ok()?;
        let quantified = matches!(
            clause.target,
            Target::Comparison(_) | Target::Attain(_) | Target::Approximately(_) | Target::Range(_)
        );
        if !(quantified && clause.parts.is_empty()) {
            return None;
        }
        let parts = Parts {
            lead: Some(Words {
                text: folded(words),
                span: whole(words),
            }),
            ..Parts::default()
        };
        Some(Clause {
            parts,
            target: clause.target,
            span: whole(src),
        })
    }

    /// True when `src` starts with a verb of rise or fall and an amount: `增长8%`.
    fn change_by_amount(&self, src: Src<'_>) -> bool {
        self.vocabulary.verb(src).is_some_and(|(len, sense)| {
            sense_direction(sense).is_some() && starts_amount(src.advance(len).skip_ws())
        })
    }

    /// `每年`, `每学期` … before a count (`每年至少组织4次`): the period it is per. Not before a
    /// verb of change with an amount, which makes an annual change (`每年降低0.5个百分点`).
    fn per_period<'a>(&self, src: Src<'a>) -> Option<(Src<'a>, Words)> {
        let after = any_word(src, PERIOD_WORDS)?;
        let words = nom::Input::take(&src, after.offset() - src.offset());
        let after = after.skip_ws();
        // `年均` is a period before an action only (`年均发放补贴7000户`); before a value it is
        // a pace (`年均30亿元以上` is read as one, `年均6%` lost its verb).
        let value = word_of(after, VERBS)
            .map(|(r, _)| r)
            .or_else(|| any_word(after, &["在"]))
            .map_or(after, |r| r.skip_ws());
        if AVERAGE_YEAR_WORDS.contains(&words.as_str())
            && (starts_quantified(value)
                || starts_chinese_quantity(value)
                || prefix_word(value).is_some())
        {
            return None;
        }
        // One period to a count: `每年每年4次` is no count twice a period; nor is a period
        // before words that say their own per year (fuzz: `年均` + `增速年均增速112%`).
        // (`到2000年均…` is a year and the each word `均`: not after a figure.)
        let per_year_later = AVERAGE_YEAR_WORDS.iter().chain(&["每年"]).any(|w| {
            after.as_str().match_indices(w).any(|(i, _)| {
                !after.as_str()[..i]
                    .chars()
                    .next_back()
                    .is_some_and(|c| fold(c).is_ascii_digit() || numeral::is_numeral(c))
            })
        });
        if any_word(after, PERIOD_WORDS).is_some() || per_year_later {
            return None;
        }
        // `每年增幅达到10%`, `每年新建2000所` are annual changes, not changes with a period.
        if pace_noun(after).is_some() || addition(after).is_some() {
            return None;
        }
        // Anywhere before the first number: `每年要飞速提高1%` is an annual change (and its
        // error), not a period.
        // (A pace noun there, `年啇增速达到38%`, is a change by an amount too: printed with
        // its verb of change, the period would not read back; fuzz.)
        let mut probe = after;
        while let Some((c, width)) = probe.peek() {
            if is_digit(c) || self.change_by_amount(probe) {
                break;
            }
            if pace_noun(probe).is_some() {
                return None;
            }
            probe = probe.advance(width);
        }
        // `每年提高` is no count: a directional phrase after `每年` (and an intent word) stays
        // the annual change's error, never a rise with a period.
        let head = intent_word(after).map_or(after, |(r, _)| r.skip_ws());
        if self
            .vocabulary
            .phrase_prefix(head)
            .is_some_and(|(_, m)| m != Meaning::Qualitative)
        {
            return None;
        }
        (!self.change_by_amount(probe)).then(|| {
            (
                after,
                Words {
                    text: folded(words),
                    span: whole(words),
                },
            )
        })
    }

    /// True when `lead` may be a lead before `rest`: before a change by an amount it is no
    /// baseline (`较上年度`, `在原基础上`), no `累计` and does not end with `年`; and no
    /// suffix of it is a verb of change (`增长`, `上涨`), an attain verb (`达到`) or the start of
    /// a rank (`第`, `前`), nor, before a value, an adverb (`基本`).
    fn lead_is_words(&self, lead: Src<'_>, rest: Src<'_>) -> bool {
        // A lead never splits a word of the lexicon: `优化提` + `升15分钟…` would read the verb
        // `升` out of `提升` (a blind row), `切` + `实现控` the frame `实现` out of `切实`.
        if let Some(at) = rest.back_one() {
            let last = rest.offset() - at.offset();
            let verb = self.vocabulary.verb(at).map(|(len, _)| len);
            let adverb = self.vocabulary.adverb(at).map(|(len, _)| len);
            if verb.max(adverb).is_some_and(|len| len > last) {
                return false;
            }
        }
        // Nor the word `更新`, `创新` … (`更` + `新达到60件套` would read `新` as "newly").
        if new_inside_word(rest) {
            return false;
        }
        // A count inside the words, of the form's own classifier, would be read first once the
        // form prints after them (fuzz: `…初行一次免费结核爝行` + `一次…` printed
        // `…初行一次…行达到1次…`). (`占一次能源消费` + `18%左右`, `分三批支持` + `300所`: other
        // units, no confusion.)
        if let Some(classifier) = count_in_lead(lead) {
            // (After a verb too: `为千名女性…` + `为千名…`, fuzz.)
            let value = word_of(rest, VERBS).map_or(rest, |(r, _)| r.skip_ws());
            let same = starts_value(value)
                && quantity(value).is_ok_and(|(_, q)| {
                    q.unit
                        .is_some_and(|u| u.base().0.to_string().starts_with(classifier))
                });
            if same {
                return false;
            }
        }
        // `累计` is a change's word, never a subject's; a connective (`并`) joins clauses and
        // names no one (`4并并01` would print `4，并达到1`, which reads `并` as the joint).
        if lead.starts_with("累计").is_some() || any_word(lead, CONNECTIVES).is_some() {
            return false;
        }
        // `分别` is the list's or the each word's, never the end of a subject's name; nor does a
        // name end with the word that joins it to the next (`市级和` + `14个`).
        if ["分别", "和", "与", "及"]
            .iter()
            .any(|w| lead.ends_with(w).is_some())
            || holds_fenbie(lead.as_str())
        {
            return false;
        }
        // A bound word belongs to the form (`每个村至少` + `有1名` would drop `至少`), a
        // baseline (`比` + `2011年…`) is a change's, and `到` + `2020年` a due year's, never a
        // subject's.
        // (`从`/`由` alone open a written value, `从50%分别…`.)
        if baseline(lead).is_some()
            || matches!(lead.as_str(), "比" | "较" | "到" | "至" | "从" | "由")
        {
            return false;
        }
        // Nor does one end in the `到` of a due year (`逐步实现到` + `2030年90%…` printed
        // `逐步实现到到2030年…`).
        if (lead.ends_with("到").is_some() || lead.ends_with("至").is_some())
            && year(rest).is_some()
        {
            return false;
        }
        // `在` before a verb and its value: print drops the verb, and `在` then reads as the
        // verb of a level (fuzz: `在` + `达到20%以上…` printed `在20%以上…`).
        // (`预期在` + `1000万人左右` keeps its `在`: print writes no verb between them.)
        let verb_then_value = word_of(rest, VERBS).is_some_and(|(r, _)| starts_value(r.skip_ws()));
        // Nor before a bare value to attain, which prints after `达到` (fuzz: `…定在` + `94%仵上`
        // printed `…定在达到94%仵上`).
        let attain_then = || {
            starts_value(rest)
                && quantified(rest, None).is_ok_and(|q| matches!(q.target, Target::Attain(_)))
        };
        if lead.ends_with("在").is_some() && (verb_then_value || attain_then()) {
            return false;
        }
        // Nor a word of comparison that is one only before a number (`过`, `超`): printed before
        // the value it would read as a bound (fuzz: `保证有过` + `1名以上` read `保证有>1名`).
        let words_with_it = ["通过", "经过", "超过", "越过", "度过", "不过", "赶超"];
        if ["过", "超", "最高", "最低"]
            .iter()
            .any(|w| lead.ends_with(w).is_some())
            && !words_with_it.iter().any(|w| lead.ends_with(w).is_some())
            && starts_value(rest)
        {
            return false;
        }
        // Nor `是`/`为` (`目标是`) before a value to attain with words after it: the value prints
        // after `达到`, and `目标是达到8%川右` reads otherwise (fuzz).
        let attain_then_words = || {
            starts_value(rest)
                && quantified(rest, None).is_ok_and(|q| {
                    matches!(q.target, Target::Attain(_)) && !q.rest.skip_ws().is_empty()
                })
        };
        if (lead.ends_with("是").is_some() || lead.ends_with("为").is_some()) && attain_then_words()
        {
            return false;
        }
        // Nor does it hold or split `年均`, a pace or a period that print would move (fuzz:
        // `能力年均` + `年均1` printed the period first, `年均能力年均达到1`, which reads as
        // nothing).
        let splits = |w: &str| {
            w.char_indices().skip(1).any(|(i, _)| {
                lead.as_str().ends_with(&w[..i]) && rest.as_str().starts_with(&w[i..])
            })
        };
        if AVERAGE_YEAR_WORDS
            .iter()
            .any(|w| splits(w) || lead.as_str().contains(w))
        {
            return false;
        }
        // Nor a word of elimination (fuzz: `动态清零` + `11` printed `动态清零达到11`, which
        // reads as an elimination of `达到11`).
        if lead.anywhere(|at| prefix_word(at).is_some() || eliminate(at).is_some()) {
            return false;
        }
        // Adverbs alone name no one (`逐步1`): an error, not a lead before a value.
        if self.past_adverbs(lead).is_empty() {
            return false;
        }
        // Before a change by an amount, a baseline read as a lead would change the threshold
        // (`较上年度提升2%`, `在原基础上…`), and `年增长2%` is growth per year. (Adverbs before
        // the verb change nothing: printed without them, the lead must still be one; fuzz:
        // `在年的基础上继续提高10%`.)
        if (self.change_by_amount(rest) || self.change_by_amount(self.past_adverbs(rest)))
            && (any_word(
                lead,
                &["较", "同比", "环比", "比上", "比去", "比前", "与上", "与去"],
            )
            .is_some()
                || baseline(lead).is_some()
                || lead.as_str().contains("基础上")
                || lead.as_str().contains("为基数")
                || (lead.ends_with("年").is_some() && !names_this_year(lead)))
        {
            return false;
        }
        // `增长高于经济增速`, `居民收入增长与经济增长同步`: before a comparison with a series, a
        // verb of change (alone or after its subject) names the change that is compared.
        // (Words of intent and `均`/`各`/`都` may stand between: the lead prints before them,
        // and must read back the same; fuzz: `都本达本达超出全国` prints `本达本达都高于全国`,
        // `应基本达本达超出全…` prints `基本达本达应高于全…`.)
        let form = past_intent_and_each(rest);
        if before_reference(form) || before_commensurate(form) {
            return true;
        }
        // Before a value as printed: a word before the value that print drops or turns into a
        // sign (`接近40` prints `40左右`, `至少有1名` prints `≥1名`) counts as the value (fuzz:
        // `万第基本接近40` printed `万第基本40左右`, a lead ending in an adverb before a value).
        let before_value = starts_value(rest)
            || prefix_word(rest)
                .map(|(r, _)| r.skip_ws())
                .or_else(|| word_of(rest, RELATION_WORDS).map(|(r, _)| r.skip_ws()))
                .or_else(|| any_word(rest, ABOUT_WORDS).map(|r| r.skip_ws()))
                .map(|r| word_of(r, VERBS).map_or(r, |(v, _)| v.skip_ws()))
                .is_some_and(starts_value);
        // `…增幅` + `16%` is a change by 16 %, read with `增幅` after the lead.
        if before_value
            && SIZE_OF_CHANGE
                .iter()
                .any(|(w, _)| lead.ends_with(w).is_some())
        {
            return false;
        }
        // `落实约` + `1万张` would drop `约`: it belongs to the value (`约1万张`, approximately).
        if before_value && ABOUT_WORDS.iter().any(|w| lead.ends_with(w).is_some()) {
            return false;
        }
        let len = nom::Input::input_len(&lead);
        let mut at = lead;
        while let Some((c, width)) = at.peek() {
            let left = len - (at.offset() - lead.offset());
            let whole = |n: usize| n == left;
            // Nor does it end with an adverb before a value (`…基本` + `77` prints as
            // `…基本达到77`, where the adverb goes with the verb).
            if self.vocabulary.verb(at).is_some_and(|(n, _)| whole(n))
                || (before_value
                    && self.vocabulary.adverb(at).is_some_and(|(n, _)| whole(n))
                    && !new_inside_word(at))
                || VERBS
                    .iter()
                    .any(|(w, _)| at.starts_with(w).is_some_and(whole))
                // (`提前` + `30分钟以上`: the `前` of "in advance" starts no rank.)
                || (whole(width) && matches!(c, '第' | '前') && at.before() != Some('提'))
            {
                return false;
            }
            at = at.advance(width);
        }
        true
    }

    /// True when a clause may start at `rest` after the lead `src[..rest]`.
    fn starts_after_lead(&self, rest: Src<'_>, src: Src<'_>) -> bool {
        if starts_with_digit(rest) || starts_with_sign(rest) || starts_chinese_quantity(rest) {
            return true;
        }
        // `实际增长8%`, `三年内新增6000所`: a change by an amount after its subject or modifier
        // (a bare directional phrase after a lead needs `的`, below).
        if self.change_by_amount(rest)
            || rest.starts_with("累计").is_some()
            || addition(rest).is_some()
            || size_of_change(rest)
        {
            return true;
        }
        // `落实约1万张`: `约` and a number.
        if any_word(rest, ABOUT_WORDS).is_some_and(|a| starts_amount(a.skip_ws())) {
            return true;
        }
        // `居民收入增长与经济增长同步`: in keeping with a named series.
        if before_commensurate(rest) {
            return true;
        }
        // `儿童基本实现1`: adverbs before an attain verb and a value go with the verb.
        if self.vocabulary.adverb(rest).is_some() {
            let after = self.past_adverbs(rest);
            if word_of(after, VERBS).is_some_and(|(v, verb)| {
                matches!(verb, Verb::Attain(_))
                    && (starts_quantified(v.skip_ws()) || starts_chinese_quantity(v.skip_ws()))
            }) {
                return true;
            }
        }
        // A time within the year (`农村` + `年底前…`), not after a figure (`三年内` is a span
        // of three years).
        let after_figure = rest
            .before()
            .is_some_and(|c| fold(c).is_ascii_digit() || numeral::is_numeral(c));
        let lead = nom::Input::take(&src, rest.offset() - src.offset());
        // A time within the year: before a bare directional phrase the lead obeys the rule of
        // subjects below, as a due year does (fuzz: `䨉年内新增` printed `年内䨉新增`, words).
        let before_time = !after_figure
            && deadline(rest).is_some_and(|(after, _)| {
                let after = after.skip_ws();
                word_of(after, VERBS).is_some()
                    || self.change_by_amount(after)
                    || self.vocabulary.phrase_prefix(after).is_none()
                    || names_a_subject(&folded(lead))
            });
        if intent_word(rest).is_some()
            || word_of(rest, EACH_WORDS).is_some()
            || before_time
            || rest.starts_with("分别").is_some()
            || doubling(rest).is_some()
            || word_of(rest, VERBS).is_some()
            || scope(rest).is_some()
            || per_year_word(rest).is_some()
            || baseline(rest).is_some()
            || rest.starts_with("消除").is_some()
            || rest.starts_with("基本消除").is_some()
        {
            return true;
        }
        // A due year: before a bare directional phrase the lead obeys the rule below, as it
        // prints after the year next to the phrase (fuzz: `养十五五”时期逐步减少` printed
        // `到2030年养逐步减少`).
        if let Some((after_due, _)) = due(rest) {
            let after_due = after_due.skip_ws();
            // (`在县城新建` + `到2025年提高3所`: a change by an amount after the year.)
            if word_of(after_due, VERBS).is_some()
                || self.change_by_amount(after_due)
                || self.vocabulary.phrase_prefix(after_due).is_none()
            {
                return true;
            }
            return names_a_subject(&folded(lead));
        }
        // `学历高于上届`, `增长幅度高于全国平均水平`: a comparison names its subject first.
        if matches!(
            rest.peek(),
            Some((
                '不' | '至'
                    | '最'
                    | '超'
                    | '高'
                    | '大'
                    | '多'
                    | '低'
                    | '小'
                    | '少'
                    | '优'
                    | '好'
                    | '接'
                    | '赶'
                    | '基'
                    | '快'
                    | '慢'
                    | '跑',
                _
            ))
        ) && (prefix_word(rest).is_some() || word_of(rest, RELATION_WORDS).is_some())
        {
            return true;
        }
        // Before a bare directional phrase, a subject with `的` or ending in a measure noun
        // (`死亡率降低`), so that an unknown adverb (`飞速提高`) is an error, not a subject.
        // Compared folded, as the lead prints (`刍數` reads as `刍数`; fuzz: 昉效刍數更都不断).
        // (`在“十三五”规划目标基础上` + `进一步提高`: a base named in words frames the
        // phrase, as `在现有基础上` does.)
        // A place is a subject too (`农村地区明显提高`, `中心城市(区)大幅提高`): whatever is
        // measured rises there, and no adverb ends in one.
        let lead = folded(lead);
        (names_a_subject(&lead) || based_on_words(&lead))
            && self.vocabulary.phrase_prefix(rest).is_some()
    }

    fn clause_without_lead(&self, src: Src<'_>, depth: u8) -> Result<Clause, Failure> {
        let mut parts = Parts::default();
        let mut rest = src.skip_ws();
        // A `分别` list read while looking for the words before a form, or why none was read:
        // when the single target after `分别` fails too, the list's error is the one reported
        // (`分别2%和` lacks its second item).
        let mut list = None;
        let mut list_error = None;
        loop {
            if parts.scope.is_none() {
                if let Some((after, words)) = scope(rest) {
                    parts.scope = Some(words);
                    parts.before_due = parts.due.is_none();
                    rest = after;
                    continue;
                }
            }
            if parts.due.is_none() {
                if let Some((after, d)) = due(rest).or_else(|| bare_due(rest)) {
                    // (a due year: `到2025年`, `“十四五”时期`, `2010 年` before a verb)
                    parts.due = Some(d);
                    rest = after.skip_ws();
                    continue;
                }
            }
            if parts.deadline.is_none() {
                if let Some((after, words)) = deadline(rest) {
                    parts.deadline = Some(words);
                    rest = after;
                    continue;
                }
            }
            if let Some(after) = parts.take_intent(rest) {
                rest = after;
                continue;
            }
            if parts.period.is_none() {
                if let Some((after, words)) = self.per_period(rest) {
                    parts.period = Some(words);
                    rest = after;
                    continue;
                }
            }
            if parts.each.is_none() {
                if let Some((after, word)) = word_of(rest, EACH_WORDS) {
                    let span = Span::new(rest.offset(), after.offset());
                    parts.each = Some(Each { word, span });
                    rest = after.skip_ws();
                    continue;
                }
                // `分别达到100%`: one value for each of the indicators named before it. Before
                // a single target `分别` says what `均` says; before a list it is the list's.
                if let Some(len) = rest.starts_with("分别") {
                    let after = rest.advance(len);
                    // A `、` or a comma after `分别` means a list was written: its error stands
                    // (fuzz: `分别达到55平方米、p0平方米、45平方米`).
                    let listed = separates_outside_brackets(after);
                    match self.respectively(rest, after.skip_ws()) {
                        Ok(target) => list = Some(target),
                        Err(e) if listed => return Err(e),
                        Err(e) => {
                            list_error = Some(e);
                            let span = Span::new(rest.offset(), after.offset());
                            let word = EachWord::Fenbie;
                            parts.each = Some(Each { word, span });
                            rest = after.skip_ws();
                            continue;
                        }
                    }
                }
            }
            break;
        }
        // `逐年提高(2020年为80%)`: a remark in brackets at the end is the note, whatever form
        // comes before it; a value alone in the brackets is the form's own
        // (`完成省定目标(≥10%)`, read with its lead).
        if let Some((before, note)) = trailing_note(rest) {
            let inner = rest.advance(note.span.start - rest.offset());
            let inner = nom::Input::take(&inner, note.span.end - note.span.start);
            if !before.is_empty() && !bracketed_value_text(inner) {
                parts.note = Some(note);
                rest = before;
            }
        }
        if rest.is_empty() {
            return Err(Failure::at(rest, Expected::Target));
        }
        // `年均要增长7%以上`: an intent word inside an annual change is the clause's.
        let per_year = matches!(rest.peek(), Some(('每' | '年' | '平', _)));
        let annual_intent = match per_year.then(|| per_year_word(rest)).flatten() {
            Some((after, per)) if parts.intent.is_none() => intent_at(after.skip_ws())
                .map(|(after_word, intent)| (per, after_word.skip_ws(), intent)),
            _ => None,
        };
        let body = match (list, annual_intent) {
            (Some(list), _) => Ok(Body::whole(list, end_src(rest))),
            (None, Some((per, after, intent))) => {
                parts.intent = Some(intent);
                self.annual(rest, after, per, None)
            }
            (None, None) => self.body(rest),
        };
        let body = match body {
            Ok(body) => body,
            // `到2005年城市要达到90%`, `确保孕产妇住院分娩率稳定在…`: a lead after the words
            // before a form. It prints first, and reads back the same: a lead starts with a
            // word and ends where an intent word, `均`/`各`, a due year … begins.
            Err(e) if rest.offset() > src.offset() => {
                let e = list_error.unwrap_or(e);
                let Some(inner) = self.nested_lead(rest, depth) else {
                    return Err(e);
                };
                return merge(parts, inner, src).ok_or(e);
            }
            Err(e) => return Err(e),
        };
        let mut body = body;
        // `至少配备1名`, `新改造550万户`: the action a form keeps as its lead is the clause's
        // lead, so that the words before it wrap one node, as they read back.
        {
            if let Target::Qualified(q) = &mut body.target {
                let only_lead = q.scope.is_none()
                    && (q.due.is_none() || parts.due.is_none())
                    && q.intent.is_none()
                    && q.object.is_none()
                    && (q.each.is_none() || parts.each.is_none())
                    && (q.lead.is_none() || parts.lead.is_none())
                    && (q.period.is_none() || parts.period.is_none());
                let words = q.lead.is_some() || q.period.is_some() || q.each.is_some();
                if only_lead && (words || q.due.is_some()) {
                    parts.due = q.due.take().or(parts.due.take());
                    parts.lead = q.lead.take().or(parts.lead.take());
                    parts.period = q.period.take().or(parts.period.take());
                    parts.each = q.each.take().or(parts.each.take());
                    let inner = std::mem::replace(
                        &mut *q.target,
                        Target::Eliminate(Eliminate {
                            basically: false,
                            span: Span::default(),
                        }),
                    );
                    body.target = inner;
                }
            }
        }
        let after = body.rest.skip_ws();
        if !after.is_empty() {
            // `100%达到爱婴医院标准`, `50%的家长学校…`: a share of what a bare percentage
            // counts, written after it.
            let share = matches!(&body.target, Target::Attain(a)
                if a.direction.is_none() && a.value.unit == Some(Unit::Percent));
            // (Not a connective: `2%和` is a list missing its second item.)
            let han = after.peek().is_some_and(|(c, _)| is_han(c))
                && any_word(after, &["和", "与", "及", "或", "并"]).is_none();
            // `1名以上的女性`: an object after a bound word may start with `的`.
            let of = body.object
                && after
                    .starts_with("的")
                    .is_some_and(|n| starts_object(after.advance(n)));
            // `基本消除较大面积农村黑臭水体`: what an elimination ends may start with any word
            // (no baseline: `较上年` is no object).
            // (`淘汰35蒸吨/小时及以下燃煤锅炉`: a size may open it, when words name the thing.)
            let what_ends = matches!(body.target, Target::Eliminate(_))
                && after.peek().is_some_and(|(c, _)| {
                    is_han(c) || (is_digit(c) && after.as_str().chars().any(|c| is_han(fold(c))))
                })
                && baseline(after).is_none();
            // `下降完成省下达目标`: a direction whose size is a target handed down names no
            // figure; the whole is a qualitative goal, judged against that target.
            if body.object && handed_down(after) {
                let phrase = nom::Input::take(&rest, end_src(after).offset() - rest.offset());
                body.target = Target::Qualitative(Phrase {
                    text: folded(phrase),
                    span: whole(phrase),
                });
            } else if ((body.object
                && (starts_object(after)
                    || gap_to(after)
                    || (matches!(body.target, Target::UnderControl(_)) && trend_object(after))))
                || (share && han)
                || of
                || what_ends)
                // `女干部、并逐步增加`: a connective after `、` starts the next clause.
                && !CONNECTIVES
                    .iter()
                    .any(|c| after.as_str().contains(&format!("、{c}")))
                // A sign is a form's, never words of an object (a blind row: `…都两个产业集聚区
                // >10000亿元` read `都` as the each word and the rest as a count's object).
                && !after.as_str().chars().any(|c| matches!(fold(c), '>' | '<' | '≥' | '≤'))
            {
                parts.object = Some(Words {
                    text: folded(after),
                    span: whole(after),
                });
            } else {
                let e = list_error.unwrap_or(Failure::at(after, body.next));
                // `要5G基站达到54万`, `到2018年60岁以上老年人达到…`: a figure that is part of a
                // name opens a lead after the words before a form, not a value.
                let named = rest.offset() > src.offset()
                    && starts_with_digit(rest)
                    && name_figure_end(rest).is_some();
                return match named.then(|| self.nested_lead(rest, depth)).flatten() {
                    Some(inner) => merge(parts, inner, src).ok_or(e),
                    None => Err(e),
                };
            }
        }
        let span = Span::new(src.offset(), src.offset() + nom::Input::input_len(&src));
        Ok(Clause {
            parts,
            target: body.target,
            span,
        })
    }

    /// A form: the dispatch by the first word.
    fn body<'a>(&self, src: Src<'a>) -> Result<Body<'a>, Failure> {
        if starts_with_digit(src) || starts_with_sign(src) || roman_class(src).is_some() {
            return Ok(quantified_body(quantified(src, None)?));
        }
        if let Some(q) = class_comparison(src) {
            return Ok(quantified_body(q));
        }
        if let Some(len) = src.starts_with("分别") {
            let target = self.respectively(src, src.advance(len).skip_ws())?;
            return Ok(Body::whole(target, end_src(src)));
        }
        if let Some((after, per)) = per_year_word(src) {
            return self.annual(src, after.skip_ws(), per, None);
        }
        // `年递降率不低于4.4%`, `年增长率8%`: `年` before a pace named as a noun is `年均`.
        if let Some(len) = src.starts_with("年") {
            let after = src.advance(len).skip_ws();
            if pace_noun(after).is_some() {
                return self.annual(src, after, PerYear::Average, None);
            }
        }
        // `达到50%`, `保持在90%以上`: a verb right before its value, the commonest worded
        // target, is read before the longer readings below (none of which takes a value
        // right after such a verb: a baseline, a doubling, a rank or a level starts otherwise).
        if let Some((after, verb)) = word_of(src, VERBS) {
            let after = after.skip_ws();
            if starts_quantified(after) {
                return self.verb_target(src, after, verb);
            }
            // `实现分别达到650亿元以上、8万元以上`: a neutral verb before a `分别` list.
            // (It says nothing the list does not: dropped, as `达到` before a value is.)
            if let (Verb::Attain(None), Some(len)) = (verb, after.starts_with("分别")) {
                let target = self.respectively(src, after.advance(len).skip_ws())?;
                return Ok(Body::whole(target, end_src(src)));
            }
            // `保持与经济增长基本同步`: kept in keeping with a series, which is what
            // commensurate says (`保持` adds nothing and is not printed).
            if verb == Verb::Keep && before_commensurate(after) {
                let len = after.starts_with("与").or_else(|| after.starts_with("和"));
                let tail = COMMENSURATE_TAILS.iter().find_map(|w| after.ends_with(w));
                if let (Some(len), Some(tail)) = (len, tail) {
                    let target = self.commensurate(src, after.advance(len), tail)?;
                    return Ok(Body::whole(target, end_src(src)));
                }
            }
            // `保持年均6%增长`: a pace held every year is the annual change itself.
            if let (Verb::Keep, Some((pace, per))) = (verb, per_year_word(after)) {
                return self.annual(src, pace.skip_ws(), per, None);
            }
        }
        // So is a bound word right before its value: `不少于1小时`.
        if let Some((after, op)) = prefix_word(src) {
            let after = after.skip_ws();
            if starts_with_digit(after) || starts_chinese_quantity(after) {
                let q = comparison_after(after, src.offset(), op, true)?;
                // `低于10‰和13‰`: one bound per indicator of a list.
                if let Some(list) = shared_comparison_list(src, &q, op)? {
                    return Ok(list);
                }
                return Ok(quantified_body(q));
            }
        }
        if let Some(body) = self.added_after_its_name(src) {
            return Ok(body);
        }
        if let Some(body) = self.relative(src)? {
            return Ok(body);
        }
        if let Some(body) = self.rank(src)? {
            return Ok(body);
        }
        let first = src.peek().map_or(' ', |(c, _)| c);
        if matches!(first, '基' | '达' | '优' | '好' | '接' | '赶') {
            if let Some(body) = relation_reference(src) {
                return Ok(body);
            }
        }
        if let Some(body) = eliminate(src) {
            return Ok(body);
        }
        // `2015 年在 315 万人以内`: a later milestone repeats its verb as bare `在`.
        if let Some(len) = (first == '在').then(|| src.starts_with("在")).flatten() {
            let after = src.advance(len).skip_ws();
            // (`在百分之3以内` too: a Chinese fraction is a quantity.)
            if starts_quantified(after) || starts_chinese_quantity(after) {
                return self.verb_target(src, after, Verb::Attain(None));
            }
        }
        // `基本同步`, `相适应`: in keeping with the indicator's reference, not named.
        let unnamed = matches!(first, '基' | '同' | '相');
        for (word, basically) in [
            ("基本同步", true),
            ("基本相适应", true),
            ("同步", false),
            ("相适应", false),
        ] {
            if unnamed
                && src
                    .starts_with(word)
                    .map(|len| src.advance(len).skip_ws().is_empty())
                    == Some(true)
            {
                let target = Target::Commensurate(Commensurate {
                    series: String::new(),
                    basically,
                    span: whole(src),
                });
                return Ok(Body::whole(target, end_src(src)));
            }
        }
        if let Some((after, verb)) = word_of(src, VERBS) {
            let after = after.skip_ws();
            if starts_quantified(after) || starts_chinese_quantity(after) {
                return self.verb_target(src, after, verb);
            }
            // `控制在省市规定范围以内`: within bounds set elsewhere, named in words: a qualitative
            // goal (no figure to check), never a comparison with a guessed value.
            if let Some(end) = elsewhere_bounds(after) {
                let target = Target::Qualitative(Phrase {
                    text: folded(nom::Input::take(&src, end.offset() - src.offset())),
                    span: Span::new(src.offset(), end.offset()),
                });
                return Ok(Body::whole(target, end));
            }
            // `保持合理比例` starts with the verb `保持`: a phrase wins over a dangling verb.
            return self.phrase(src).map_err(|e| match e.kind {
                ParseErrorKind::UnknownPhrase { .. } => Failure::at(after, Expected::Number),
                _ => e,
            });
        }
        if let Some((after, op)) = prefix_word(src) {
            let after = after.skip_ws();
            // (A bound word right before its value was read above.)
            // `至少有1名女党员`, `不低于达到80%`: an attain verb between the bound word and the
            // number adds nothing; the bound decides (`≥1名女党员`).
            if let Some((value, Verb::Attain(_))) = word_of(after, VERBS) {
                let value = value.skip_ws();
                if starts_with_digit(value) || starts_chinese_quantity(value) {
                    return Ok(quantified_body(comparison_after(
                        value,
                        src.offset(),
                        op,
                        true,
                    )?));
                }
            }
            // `高于全市1个百分点`: a margin over a series, not an action (`全市`) and a bound.
            if margin_split(after, op).is_some() {
                let target = self.reference(src, after, op)?;
                return Ok(Body::whole(target, end_src(src)));
            }
            // `至少配备1名`: an action between the bound word and the number.
            if let Some(body) = self.action(src, after, op)? {
                return Ok(body);
            }
            let target = self.reference(src, after, op)?;
            return Ok(Body::whole(target, end_src(src)));
        }
        if any_word(src, ABOUT_WORDS).is_some() {
            return Ok(quantified_body(quantified(src, None)?));
        }
        if let Some(len) = src.starts_with("与").or_else(|| src.starts_with("和")) {
            // `与劳动生产率同步提升`: in step with a series, whatever the verb after `同步`.
            let tail = COMMENSURATE_TAILS.iter().find_map(|w| src.ends_with(w));
            if let Some(tail) = tail {
                let target = self.commensurate(src, src.advance(len), tail)?;
                return Ok(Body::whole(target, end_src(src)));
            }
            if src.starts_with("和").is_some() {
                return self.phrase(src);
            }
            return self.phrase(src).map_err(|e| match e.kind {
                ParseErrorKind::UnknownPhrase { .. } => Failure::new(
                    ParseErrorKind::Unexpected(Expected::Commensurate),
                    end_of(src),
                ),
                _ => e,
            });
        }
        if starts_chinese_quantity(src) && self.vocabulary.phrase_prefix(src).is_none() {
            return Ok(quantified_body(quantified(src, None)?));
        }
        if let Some(body) = self.end_state_after_adverbs(src)? {
            return Ok(body);
        }
        self.phrase(src)
            .or_else(|e| self.after_adverbs(src).unwrap_or(Err(e)))
    }

    /// `src` after the adverbs of the lexicon at its start (itself when there are none).
    fn past_adverbs<'a>(&self, src: Src<'a>) -> Src<'a> {
        let mut rest = src;
        while let Some((n, _)) = self.vocabulary.adverb(rest) {
            rest = rest.advance(n);
        }
        rest
    }

    /// `逐步消除…`, `全面消除`, `继续走在全省前列`, `持续保持全省前列`: adverbs before an
    /// elimination or a standing say nothing (the end state decides); `None` when `src` is
    /// not adverbs and one of those.
    fn end_state_after_adverbs<'a>(&self, src: Src<'a>) -> Result<Option<Body<'a>>, Failure> {
        if self.vocabulary.adverb(src).is_none() {
            return Ok(None);
        }
        let rest = self.past_adverbs(src);
        if let Some(body) = eliminate(rest) {
            return Ok(Some(body));
        }
        match self.rank(rest)? {
            Some(body) if matches!(body.target, Target::Rank(_)) => Ok(Some(body)),
            // A standing is a goal in words, its adverbs kept in it (`继续走在全省前列`).
            Some(body) => {
                let written = nom::Input::take(&src, body.rest.offset() - src.offset());
                let target = Target::Qualitative(Phrase {
                    text: folded(written),
                    span: whole(written),
                });
                Ok(Some(Body::whole(target, body.rest)))
            }
            // `持续优于全国水平`, `继续达到全国平均水平`: a level of another series, reached or
            // bettered; the adverbs say nothing (as before `高于`).
            None => Ok(relation_reference(rest)),
        }
    }

    /// `进一步降至112以下`, `进一步提高5个百分点`, `继续保持在90%以上`: adverbs before a verb with a value or an
    /// amount say nothing (the value or amount decides); `None` when `src` is not that. Tried
    /// only once no phrase reads `src`.
    fn after_adverbs<'a>(&self, src: Src<'a>) -> Option<Result<Body<'a>, Failure>> {
        self.vocabulary.adverb(src)?;
        let rest = self.past_adverbs(src);
        // `稳定控制在35微克/立方米以下`, `稳定达到或好于Ⅲ类`, `稳定达100%`: reached and held
        // steadily, a keep (as `稳定在`); other adverbs add nothing. (A value reached with a
        // direction, `稳定降至…`, is no level held: `保持在` would print no direction.)
        let steadily = nom::Input::take(&src, rest.offset() - src.offset())
            .as_str()
            .contains("稳定");
        let level = |t: &Target| match t {
            Target::Comparison(_) | Target::Range(_) => true,
            Target::Attain(a) => a.direction.is_none(),
            _ => false,
        };
        let held = |body: Body<'a>| match body.target {
            ref t if steadily && level(t) => Body {
                target: Target::Keep(Keep {
                    span: Span::new(src.offset(), body.rest.offset()),
                    condition: Box::new(body.target),
                }),
                ..body
            },
            _ => body,
        };
        if let Some(q) = class_comparison(rest) {
            return Some(Ok(held(quantified_body(q))));
        }
        // `继续保持在90%以上`: a keep verb too (the adverb adds nothing to holding a bound).
        if let Some((after, verb)) = word_of(rest, VERBS) {
            let after = after.skip_ws();
            if starts_quantified(after) || starts_chinese_quantity(after) {
                return Some(self.verb_target(src, after, verb).map(held));
            }
        }
        // `总体高于93%`: the bound decides; so does the series in `明显高于财政经常性收入的增幅`
        // (a comparison with a series; the adverbs add nothing).
        if let Some((after, op)) = prefix_word(rest) {
            let after = after.skip_ws();
            if starts_with_digit(after) || starts_chinese_quantity(after) {
                return Some(comparison_after(after, src.offset(), op, true).map(quantified_body));
            }
            if before_reference(rest) {
                return Some(
                    self.reference(src, after, op)
                        .map(|target| Body::whole(target, end_src(src))),
                );
            }
        }
        let (verb_len, _) = self.vocabulary.verb(rest)?;
        if !starts_amount(rest.advance(verb_len).skip_ws()) {
            return None;
        }
        self.relative(rest).transpose()
    }

    /// `prefix-word action quantity`: `至少配备1名` is `≥1名` with the action `配备` kept.
    fn action<'a>(
        &self,
        src: Src<'a>,
        after: Src<'a>,
        op: CmpOp,
    ) -> Result<Option<Body<'a>>, Failure> {
        let mut rest = after;
        for _ in 0..6 {
            match rest.peek() {
                Some((c, w)) if is_han(c) && !starts_chinese_quantity(rest) => {
                    rest = rest.advance(w)
                }
                _ => break,
            }
        }
        // The action prints as a lead, and a lead never ends with `第`/`前` (the start of a rank):
        // `至少配第1名` would print `配第≥1名`, which reads back as nothing.
        let action_end = nom::Input::take(&after, rest.offset() - after.offset());
        if rest.offset() == after.offset()
            || !(starts_with_digit(rest) || starts_chinese_quantity(rest))
            || action_end.ends_with("第").is_some()
            || action_end.ends_with("前").is_some()
        {
            return Ok(None);
        }
        let q = comparison_after(rest, rest.offset(), op, true)?;
        // `高于前五年的实际水平`: words after the number make a series name, not an action.
        // (`至少建成1个儿童友好示范社区`: what a count counts may follow it.)
        let object = object_may_follow(&q);
        if !q.rest.skip_ws().is_empty() && !object {
            return Ok(None);
        }
        let mut action = nom::Input::take(&after, rest.offset() - after.offset());
        // A word of intent is the clause's, never the start of an action (fuzz: `不少于 要20%`
        // printed `要≥20%`, which reads `要` as intent).
        if intent_word(action).is_some() {
            return Ok(None);
        }
        // `至少各有1名女性成员`: `各` first is the each word, not the start of an action, and an
        // attain verb left alone adds nothing (`≥1名`, each).
        let mut each = None;
        if let Some((after_each, word)) = word_of(action, EACH_WORDS) {
            let span = Span::new(action.offset(), after_each.offset());
            each = Some(Each { word, span });
            action = after_each;
        }
        // `至少建有1所`, `至少设有1个`: `有` after the action adds nothing (as after the bound
        // word); the action is the verb before it. (`拥有`, `具有`, `享有` … are one verb.)
        let one_verb = [
            "拥有", "具有", "享有", "占有", "持有", "含有", "没有", "所有",
        ];
        if let Some(len) = action
            .ends_with("有")
            .filter(|_| !one_verb.iter().any(|w| action.ends_with(w).is_some()))
        {
            let before = nom::Input::take(&action, nom::Input::input_len(&action) - len);
            // (Not when a word of intent would end the action: fuzz, `至少勇应有一所`.)
            let intent_last = INTENT_WORDS
                .iter()
                .any(|(w, _)| before.ends_with(w).is_some());
            if before.peek().is_some_and(|(c, _)| is_han(c)) && !intent_last {
                action = before;
            }
        }
        let bare_verb = word_of(action, VERBS)
            .is_some_and(|(r, v)| matches!(v, Verb::Attain(_)) && r.is_empty());
        // `每生每年`: a period at either end of the action is the period (as it reads back
        // when printed first).
        let (lead, period) = if action.is_empty() || (each.is_some() && bare_verb) {
            (None, None)
        } else {
            split_period(action)
        };
        // The action prints as a lead, so it obeys a lead's rules (fuzz: `不少于续下降1小时`
        // printed `续下降≥1小时`, a lead ending in a verb of change, which reads as nothing).
        if lead.is_some_and(|l| !self.lead_is_words(l, rest)) {
            return Ok(None);
        }
        let words = |w: Src<'_>| Words {
            text: folded(w),
            span: whole(w),
        };
        let span = Span::new(src.offset(), q.rest.offset());
        let target = Target::Qualified(Qualified {
            lead: lead.map(words),
            scope: None,
            due: None,
            deadline: None,
            intent: None,
            each,
            period: period.map(words),
            target: Box::new(q.target),
            object: None,
            note: None,
            span,
        });
        Ok(Some(Body {
            target,
            rest: q.rest,
            next: q.next,
            object,
        }))
    }

    /// `per-year change-verb change-amount`: `每年降低0.5个百分点以上`, `年均增长7%以上`.
    fn annual<'a>(
        &self,
        src: Src<'a>,
        after: Src<'a>,
        per: PerYear,
        baseline: Option<Baseline>,
    ) -> Result<Body<'a>, Failure> {
        let make = |direction, amount, end: Src<'a>| {
            Target::AnnualChange(AnnualChange {
                baseline: baseline.clone(),
                per,
                direction,
                amount,
                span: Span::new(src.offset(), end.offset()),
            })
        };
        // `每年新建2000所`: an addition each year, its action kept as the lead.
        if let Some((action, amount_src)) = addition(after) {
            let (rest, amount) = change_amount(amount_src)?;
            let object = object_may_follow_change(&amount, rest);
            let target = make(Direction::Higher, amount, rest);
            let span = target.span();
            return Ok(Body {
                object,
                ..Body::whole(led_by(action, target, span), rest)
            });
        }
        // `年均增速高于全省平均水平`: the pace compared with a named series, a reference whose
        // lead names the pace.
        if let Some((noun_end, _)) = word_of(after, PACE_NOUNS) {
            let at = noun_end.skip_ws();
            if let Some((op_after, op)) = prefix_word(at).filter(|_| before_reference(at)) {
                let target = self.reference(at, op_after, op)?;
                let lead = nom::Input::take(&src, at.offset() - src.offset());
                let span = whole(src);
                return Ok(Body::whole(led_by(lead, target, span), end_src(src)));
            }
        }
        // `年均30亿元以上`: a value with no verb of change is a level every year (on average),
        // the period its words (as `每年至少组织4次`), not a change.
        // (`年均在300万人`, `年均达到100亿公斤以上`: a verb of level before it adds nothing.)
        let level = any_word(after, &["达到", "达", "在", "为"])
            .map(|r| r.skip_ws())
            .filter(|r| starts_with_digit(*r) || starts_chinese_quantity(*r))
            .unwrap_or(after);
        if baseline.is_none() && starts_quantified(level) {
            let q = quantified(level, None)?;
            // (A share per year, `年均6%`, is a pace that lost its verb: it stays an error.)
            let share = matches!(
                q.target.unit(),
                Some(Unit::Percent | Unit::PerMille | Unit::PercentagePoint)
            );
            if q.rest.skip_ws().is_empty() && !share && !matches!(q.target, Target::Ratio(_)) {
                let words = nom::Input::take(&src, after.offset() - src.offset());
                let period = Words {
                    text: folded(words.trim_end()),
                    span: whole(words.trim_end()),
                };
                let span = Span::new(src.offset(), q.rest.offset());
                let target = Parts {
                    period: Some(period),
                    ..Parts::default()
                }
                .wrap(q.target, span);
                return Ok(Body::whole(target, q.rest));
            }
        }
        // `年均保持在10%左右`: a pace held, with no verb of change, is a rise at that pace.
        if let Some((r, Verb::Keep)) = word_of(after, VERBS) {
            if starts_amount(r.skip_ws()) {
                let (rest, amount) = change_amount(r.skip_ws())?;
                let target = make(Direction::Higher, amount, rest);
                return Ok(Body::whole(target, rest));
            }
        }
        // `年均6%增长`: the amount before the verb, which ends the target.
        if starts_amount(after) {
            let (rest, amount) = change_amount(after)?;
            let at = rest.skip_ws();
            let verb = self.vocabulary.verb(at);
            let Some(direction) = verb.and_then(|(_, sense)| sense_direction(sense)) else {
                return Err(Failure::at(at, Expected::ChangeVerb));
            };
            let end = at.advance(verb.map_or(0, |(len, _)| len));
            expect_end(end.skip_ws(), Expected::End)?;
            let target = make(direction, amount, end);
            return Ok(Body::whole(target, end));
        }
        let (direction, amount_src) = match pace_noun(after) {
            Some(found) => found,
            None => {
                let Some((len, sense)) = self.vocabulary.verb_after_adverbs(after) else {
                    return Err(Failure::at(after, Expected::ChangeVerb));
                };
                // `每年改善8000户以上`: improving a count of things each year adds to those
                // improved, a rise by that count (not a share: `每年改善5%` has no direction).
                let counted = || {
                    let at = after.advance(len).skip_ws();
                    starts_with_digit(at)
                        && quantity(at).is_ok_and(|(_, q)| {
                            q.unit.is_some_and(|u| {
                                counts_one_by_one(u) || u.to_string().ends_with('户')
                            })
                        })
                };
                let direction = match sense_direction(sense) {
                    Some(d) => d,
                    None if sense == Sense::Improve && counted() => Direction::Higher,
                    None => return Err(Failure::at(after, Expected::ChangeVerb)),
                };
                let amount_src = after.advance(len).skip_ws();
                // `年均增长目标是5%左右`: the pace named as the goal.
                let amount_src =
                    any_word(amount_src, &["目标是", "目标为"]).map_or(amount_src, |r| r.skip_ws());
                // `年均增长保持在6%以上`: a verb that holds the pace, before the amount.
                let amount_src = match word_of(amount_src, VERBS) {
                    Some((r, Verb::Keep | Verb::Attain(None))) if starts_amount(r.skip_ws()) => {
                        r.skip_ws()
                    }
                    _ => amount_src,
                };
                (direction, amount_src)
            }
        };
        if !starts_amount(amount_src) {
            return Err(Failure::at(amount_src, Expected::Amount));
        }
        let (rest, amount) = change_amount(amount_src)?;
        let target = make(direction, amount, rest);
        Ok(Body::whole(target, rest))
    }

    /// `baseline? "累计"? (change-verb change-amount | "翻" numeral "番")`,
    /// `baseline directional-phrase`, `from-value attain-verb quantified`; `None` when `src`
    /// does not start a relative change.
    fn relative<'a>(&self, src: Src<'a>) -> Result<Option<Body<'a>>, Failure> {
        // `实现在2010年基础上翻两番`: `实现` before a baseline adds nothing.
        let from = match src.starts_with("实现") {
            Some(n) if baseline(src.advance(n)).is_some() => src.advance(n),
            _ => src,
        };
        let (rest, baseline) = match baseline(from) {
            // `从2015年的76.7岁，提高至78岁`: a comma after the baseline separates nothing.
            Some((rest, b)) => (after_comma(rest), Some(b)),
            // `再增加5000张`, `再翻一番`: on top of the current value, a change from the
            // baseline.
            None => match matches!(src.peek(), Some(('再', _)))
                .then(|| src.starts_with("再").map(|len| src.advance(len).skip_ws()))
                .flatten()
            {
                Some(after)
                    if self
                        .vocabulary
                        .verb_after_adverbs(after)
                        .is_some_and(|(len, _)| starts_amount(after.advance(len).skip_ws()))
                        || doubling(after).is_some() =>
                {
                    let span = Span::new(src.offset(), after.offset());
                    (after, Some(Baseline::Current { span }))
                }
                _ => (src, None),
            },
        };
        // `在2020年基础上每年降低0.5到1个百分点`: an annual change from a named year.
        if let Some(b @ (Baseline::Year { .. } | Baseline::Current { .. })) = &baseline {
            if let Some((after, per)) = per_year_word(rest) {
                return self
                    .annual(src, after.skip_ws(), per, Some(b.clone()))
                    .map(Some);
            }
        }
        let (rest, cumulative) = match rest.starts_with("累计") {
            Some(len) => (rest.advance(len).skip_ws(), true),
            None => (rest, false),
        };
        if cumulative && baseline.is_none() {
            if let Some(body) = self.cumulative_total(src, rest)? {
                return Ok(Some(body));
            }
        }
        let make = |direction, change, end: Src<'a>| {
            let span = Span::new(src.offset(), end.offset());
            Target::RelativeChange(RelativeChange {
                baseline: baseline.clone(),
                cumulative,
                direction,
                change,
                span,
            })
        };
        // `减半`, `实现减半`: halved, a fall by half (printed `下降1/2`).
        let halving = rest.starts_with("实现").map_or(rest, |n| rest.advance(n));
        if let Some(n) = halving.starts_with("减半") {
            let end = halving.advance(n);
            let span = Span::new(halving.offset(), end.offset());
            let amount = ChangeAmount {
                amount: Amount::Fraction(Fraction {
                    numerator: Decimal::ONE,
                    denominator: Decimal::TWO,
                    span,
                }),
                up_to: None,
                bound: None,
                span,
            };
            let target = make(Direction::Lower, Change::By(amount), end);
            return Ok(Some(Body::whole(target, end)));
        }
        // (`至少翻一番` is `翻一番以上`; with a bound word after it too, as `不少于150所以上`, it
        // is no doubling.)
        let at_least = rest.starts_with("至少").map(|_| AmountBound::AtLeast);
        if let Some((end, d)) = doubling(rest).filter(|(end, _)| {
            at_least.is_none() || word_of(end.skip_ws(), AMOUNT_BOUNDS).is_none()
        }) {
            // `翻一番以上`: a bound word after a doubling, as after any amount.
            let (end, bound) = match word_of(end.skip_ws(), AMOUNT_BOUNDS) {
                Some((after, bound)) => (after, Some(bound)),
                None => (end, at_least),
            };
            let amount = ChangeAmount {
                span: Span::new(d.span.start, end.offset()),
                amount: Amount::Doubling(d),
                up_to: None,
                bound,
            };
            let target = make(Direction::Higher, Change::By(amount), end);
            return Ok(Some(Body::whole(target, end)));
        }
        // `比2020年分别下降8%、8%、10%以上`: the baseline is every item's.
        if let (Some(b), Some(len)) = (&baseline, rest.starts_with("分别")) {
            let list = rest.advance(len).skip_ws();
            if let Some(items) = self.respective_changes(list, Some(b.clone()))? {
                let target = Target::Respectively(Respectively {
                    items,
                    span: whole(src),
                });
                return Ok(Some(Body::whole(target, end_src(src))));
            }
        }
        // `由目前的50%分别提升至60%和70%`: a change from one written value to one value per
        // indicator, each a change to its value.
        if let (Some(b @ Baseline::Value { value: from, .. }), Some(len)) =
            (&baseline, rest.starts_with("分别"))
        {
            let list = rest.advance(len).skip_ws();
            if let Some((_, Verb::Attain(shared))) = word_of(list, VERBS) {
                if let Target::Respectively(r) = self.respectively(src, list)? {
                    if let Some(items) = changes_to_values(r.items, b, from.value, shared) {
                        let target = Target::Respectively(Respectively {
                            items,
                            span: whole(src),
                        });
                        return Ok(Some(Body::whole(target, end_src(src))));
                    }
                }
            }
        }
        // `从目前的29.3降至25左右`: a change to a value. (With a verb of change and an amount
        // it is a change by the amount, read below: `从2015年的24.31下降10个百分点`.)
        let to_value =
            matches!(&baseline, Some(Baseline::Value { .. })) && !self.change_by_amount(rest);
        if let (true, Some(Baseline::Value { value, .. })) = (to_value, &baseline) {
            let Some((after, Verb::Attain(verb_direction))) = word_of(rest, VERBS) else {
                return Err(Failure::at(rest, Expected::AttainVerb));
            };
            // `从2016年的16.5%提升到2020年的20%`: the year of the value to reach is the year
            // the change is due, as `到2020年从2016年的16.5%提高到20%`.
            let (after, due) = match dated_value(after.skip_ws()) {
                Some((value, due)) => (value, Some(due)),
                None => (after, None),
            };
            let q = quantified(after.skip_ws(), verb_direction)?;
            let direction = verb_direction
                .or_else(|| {
                    quantified_value(&q.target).map(|v| {
                        if v >= value.value {
                            Direction::Higher
                        } else {
                            Direction::Lower
                        }
                    })
                })
                .unwrap_or(Direction::Higher);
            let inner = match q.target {
                Target::Attain(a) => Target::Attain(Attain {
                    direction: Some(direction),
                    ..a
                }),
                other => other,
            };
            let mut target = make(direction, Change::To(Box::new(inner)), q.rest);
            if due.is_some() {
                let span = target.span();
                target = Parts {
                    due,
                    ..Parts::default()
                }
                .wrap(target, span);
            }
            return Ok(Some(Body {
                target,
                rest: q.rest,
                next: q.next,
                object: false,
            }));
        }
        // `增幅16%以上`, `降幅5%`: the size of a rise or a fall, a change by that amount.
        for &(word, direction) in SIZE_OF_CHANGE {
            if let Some(n) = rest.starts_with(word) {
                let after = rest.advance(n).skip_ws();
                let after = word_of(after, VERBS)
                    .filter(|(a, v)| matches!(v, Verb::Attain(None)) && starts_amount(a.skip_ws()))
                    .map_or(after, |(a, _)| a.skip_ws());
                if starts_amount(after) {
                    let (end, amount) = change_amount(after)?;
                    let target = make(direction, Change::By(amount), end);
                    return Ok(Some(Body::whole(target, end)));
                }
            }
        }
        // `实现增长60%以上`: `实现` before a verb with an amount adds nothing.
        let rest = match rest.starts_with("实现") {
            Some(n)
                if self
                    .vocabulary
                    .verb(rest.advance(n))
                    .is_some_and(|(len, _)| {
                        starts_amount(rest.advance(n).advance(len).skip_ws())
                    }) =>
            {
                rest.advance(n)
            }
            _ => rest,
        };
        // `继续提高1岁左右`: adverbs before the verb say nothing once an amount follows (looked
        // for only where an amount may be written).
        let verb = match self.vocabulary.verb(rest) {
            None if (baseline.is_some() || cumulative) && may_hold_amount(rest) => {
                self.vocabulary.verb_after_adverbs(rest)
            }
            found => found,
        };
        if let Some((len, sense)) = verb {
            let after = rest.advance(len).skip_ws();
            if let (Some(direction), true) = (sense_direction(sense), starts_amount(after)) {
                let (end, amount) = change_amount(after)?;
                let object = object_may_follow_change(&amount, end);
                let target = make(direction, Change::By(amount), end);
                return Ok(Some(Body {
                    object,
                    ..Body::whole(target, end)
                }));
            }
        }
        // `累计新改造550万户`: an addition (a rise by the amount), its action kept as the lead,
        // as `至少配备1名` keeps `配备`.
        if let Some((action, after)) = addition(rest) {
            let (end, amount) = change_amount(after)?;
            let object = object_may_follow_change(&amount, end);
            let target = make(Direction::Higher, Change::By(amount), end);
            let span = Span::new(src.offset(), end.offset());
            return Ok(Some(Body {
                object,
                ..Body::whole(led_by(action, target, span), end)
            }));
        }
        match &baseline {
            // `在现有基础上逐步增加` is a framed directional phrase, read by `phrase`.
            None | Some(Baseline::Current { .. }) if !cumulative => Ok(None),
            _ => {
                let Some((len, meaning)) = self.vocabulary.phrase_prefix(rest) else {
                    return Err(Failure::at(rest, Expected::Change));
                };
                // `与上年持平`, `比2020年基本持平`: a level held against that year's.
                if let (
                    Meaning::Stable,
                    false,
                    Some(
                        b @ (Baseline::Year { .. }
                        | Baseline::PreviousYear { .. }
                        | Baseline::PreviousTerm { .. }),
                    ),
                ) = (meaning, cumulative, &baseline)
                {
                    let end = rest.advance(len);
                    let target = Target::Stable {
                        phrase: Phrase {
                            text: folded(nom::Input::take(&rest, len)),
                            span: Span::new(rest.offset(), end.offset()),
                        },
                        baseline: Some(b.clone()),
                    };
                    return Ok(Some(Body {
                        target,
                        rest: end,
                        next: Expected::End,
                        object: true,
                    }));
                }
                let Some(direction) = meaning_direction(meaning) else {
                    return Err(Failure::at(rest, Expected::Change));
                };
                let end = rest.advance(len);
                let phrase = Phrase {
                    text: folded(nom::Input::take(&rest, len)),
                    span: Span::new(rest.offset(), end.offset()),
                };
                let target = make(direction, Change::Unquantified(phrase), end);
                Ok(Some(Body {
                    target,
                    rest: end,
                    next: Expected::End,
                    object: true,
                }))
            }
        }
    }

    /// `"累计" (attain-verb | prefix-word)? quantified`: `累计超过100万人`, `累计达到1万人`. A
    /// cumulative total is bounded or reached, not changed: the form of its value, with
    /// `累计` kept as the lead (the series holds the running total). `None` when no value
    /// follows `累计` (`累计降低17%` is a relative change).
    fn cumulative_total<'a>(
        &self,
        src: Src<'a>,
        rest: Src<'a>,
    ) -> Result<Option<Body<'a>>, Failure> {
        // `累计力争>2200亿元`: an intent word after `累计` (as `力争累计突破2200亿元` prints: the
        // lead before the intent).
        let lead = nom::Input::take(&src, rest.offset() - src.offset()).trim_end();
        let (rest, intent) = match intent_at(rest) {
            Some((after, intent)) => (after.skip_ws(), Some(intent)),
            None => (rest, None),
        };
        let body = match word_of(rest, VERBS) {
            Some((after, verb))
                if starts_quantified(after.skip_ws())
                    || starts_chinese_quantity(after.skip_ws()) =>
            {
                self.verb_target(rest, after.skip_ws(), verb)?
            }
            _ if starts_quantified(rest) => quantified_body(quantified(rest, None)?),
            _ if intent.is_some() => return Ok(None),
            _ => return self.cumulative_count(src, rest),
        };
        let span = Span::new(src.offset(), body.target.span().end);
        let mut target = led_by(lead, body.target, span);
        if let Target::Qualified(q) = &mut target {
            q.intent = intent;
        }
        Ok(Some(Body { target, ..body }))
    }

    /// `累计 action words count`: `累计认定超过1500户`, `累计带动415万人就业`,
    /// `累计创建绿色工厂300家`: an action (not a verb of change, whose amount is a change) and
    /// what it counts, then the total; `累计` and the words are the lead.
    fn cumulative_count<'a>(
        &self,
        src: Src<'a>,
        rest: Src<'a>,
    ) -> Result<Option<Body<'a>>, Failure> {
        // Only an action that counts what it does; an unknown verb before an amount may be a
        // change the lexicon lacks (`累计改良550万户` stays an error).
        if any_word(rest, CUMULATIVE_ACTIONS).is_none() {
            return Ok(None);
        }
        let mut at = rest;
        let mut found = None;
        for _ in 0..MAX_LEAD_CHARS {
            let Some((c, width)) = at.peek() else { break };
            // (The count as printed too: `累计认定>1500户`, `累计带动达到415万人`.)
            if at.offset() > rest.offset()
                && (starts_with_digit(at)
                    || starts_with_sign(at)
                    || prefix_word(at).is_some_and(|(r, _)| starts_with_digit(r.skip_ws()))
                    || word_of(at, VERBS).is_some_and(|(r, _)| starts_with_digit(r.skip_ws())))
            {
                found = Some(at);
                break;
            }
            if !(is_han(c) || matches!(c, '“' | '”' | '"')) || at_stop(at) {
                break;
            }
            at = at.advance(width);
        }
        let Some(at) = found else {
            return Ok(None);
        };
        let body = match word_of(at, VERBS) {
            Some((after, verb)) => self.verb_target(at, after.skip_ws(), verb)?,
            None => quantified_body(quantified(at, None)?),
        };
        let lead = nom::Input::take(&src, at.offset() - src.offset());
        let span = Span::new(src.offset(), body.target.span().end);
        let target = led_by(lead, body.target, span);
        Ok(Some(Body { target, ..body }))
    }

    /// `rank-verb? among? ("前" N ("位"|"名")? | "第" N ("位"|"名")?)`: `进入前15位`,
    /// `达到世界第二`; `None` when `src` is not a rank.
    fn rank<'a>(&self, src: Src<'a>) -> Result<Option<Body<'a>>, Failure> {
        let text = src.as_str();
        if let Some(body) = standing(src) {
            return Ok(Some(body));
        }
        let after_verb = any_word(src, RANK_VERBS).unwrap_or(src);
        // `进入全省县域经济十强`, `进入世界百强`: among the first N, as `前N位`.
        if let Some(body) = strongest(src, after_verb) {
            return Ok(Some(body));
        }
        // `稳居世界首位`: first place, as `第一`, after a verb of standing.
        if after_verb.offset() != src.offset() {
            if let Some(n) = after_verb.ends_with("首位") {
                let among = nom::Input::take(&after_verb, nom::Input::input_len(&after_verb) - n);
                if among.as_str().chars().all(is_han) && names_whom(among) {
                    let end = end_src(src);
                    let target = Target::Rank(Rank {
                        among: (!among.is_empty()).then(|| folded(among)),
                        position: 1,
                        within: false,
                        span: Span::new(src.offset(), end.offset()),
                    });
                    return Ok(Some(Body::whole(target, end)));
                }
            }
        }
        if !(text.contains('前') || text.contains('第')) {
            return Ok(None);
        }
        let mut rest = after_verb;
        let mut marker = None;
        // (Whom it ranks among may be a long name: `全省县域经济社会高质量发展前10位`.)
        for _ in 0..MAX_LEAD_CHARS {
            let Some((c, w)) = rest.peek() else { break };
            if c == '前' || c == '第' {
                let after = rest.advance(w);
                if starts_with_digit(after) || chinese_numeral(after).is_some() {
                    marker = Some((c == '前', rest, after));
                    break;
                }
            }
            if !is_han(c) {
                break;
            }
            rest = rest.advance(w);
        }
        let Some((within, marker_at, after)) = marker else {
            return Ok(None);
        };
        let Ok((end, (value, _))) = number(after) else {
            return Ok(None);
        };
        let end = any_word(end, &["位", "名", "强"]).unwrap_or(end);
        let position = u32::try_from(value.trunc().mantissa())
            .ok()
            .filter(|&p| p > 0 && value.scale() == 0);
        let (Some(position), true) = (position, end.skip_ws().is_empty()) else {
            return Ok(None);
        };
        let among = nom::Input::take(&after_verb, marker_at.offset() - after_verb.offset());
        // Whom a rank is among is a name (`世界`, `全省`), not a verb or a bound word.
        if !names_whom(among) {
            return Ok(None);
        }
        let target = Target::Rank(Rank {
            among: (!among.is_empty()).then(|| folded(among)),
            position,
            within,
            span: Span::new(src.offset(), end.offset()),
        });
        Ok(Some(Body::whole(target, end)))
    }

    /// After a verb: `保持在…`, `达到并保持在…` or an attain verb.
    fn verb_target<'a>(
        &self,
        src: Src<'a>,
        after: Src<'a>,
        verb: Verb,
    ) -> Result<Body<'a>, Failure> {
        let direction = match verb {
            Verb::Attain(direction) => direction,
            Verb::Keep | Verb::ReachAndKeep => None,
        };
        let q = quantified(after, direction)?;
        let span = Span::new(src.offset(), q.rest.offset());
        // A level held names no object after it (`保持在≥1名` + `的女性` would not read back;
        // fuzz: `保持在1名以上的女性`).
        let object = matches!(verb, Verb::Attain(_)) && object_may_follow(&q);
        let body = |target| Body {
            target,
            rest: q.rest,
            next: q.next,
            object,
        };
        let target = match (verb, q.target) {
            (Verb::Attain(_), target) => return Ok(body(with_span(target, span))),
            // `保持在40%左右` is *approximately* (docs/semantics.md), not *keep*.
            (Verb::Keep | Verb::ReachAndKeep, Target::Approximately(a)) => {
                return Ok(body(Target::Approximately(Approximately { span, ..a })));
            }
            (_, condition) => condition,
        };
        let keep = Keep {
            condition: Box::new(target),
            span,
        };
        Ok(body(if verb == Verb::Keep {
            Target::Keep(keep)
        } else {
            Target::ReachAndKeep(keep)
        }))
    }

    /// `新增 words amount`: `新增公办幼儿园学位1.5万个`, `新增城市(县城)公共停车位2500个`: what
    /// is added named first, then the amount added, a relative change (as `新增1.5万个`) led by
    /// the name. `None` for anything else: an amount right after `新增` (read as a change), an
    /// action that adds (`新增配置2处`, an addition), and `新增就业2万人`, whose words name a
    /// flow (the new jobs of the year), its value the target.
    fn added_after_its_name<'a>(&self, src: Src<'a>) -> Option<Body<'a>> {
        let words = src.advance(src.starts_with("新增")?).skip_ws();
        if !starts_object(words)
            || words.starts_with("就业").is_some()
            || any_word(words, ADDING_ACTIONS).is_some()
        {
            return None;
        }
        let (name, amount) = amount_at_end(words)?;
        let at = words.advance(name.offset() + nom::Input::input_len(&name) - words.offset());
        // The name prints as a lead, and obeys a lead's rules; words of the notation in it
        // (`新增和改善用水`, `新增及优化调整…`) make it no name, but a figure of a name may
        // hold a bound (`3岁以下婴幼儿托位`).
        let text = name.as_str();
        let mut plain = String::with_capacity(text.len());
        let mut skip_to = 0;
        let mut previous = None;
        for (i, c) in text.char_indices() {
            if i < skip_to {
                continue;
            }
            // (A figure of a name opens the name or follows a Chinese word, as a lead reads
            // one back: `扰U0U` would not; fuzz.)
            let figure = figure_in_name(&text[i..]).filter(|_| previous.is_none_or(is_han));
            match figure {
                Some(len) => skip_to = i + len,
                None => plain.push(c),
            }
            previous = Some(c);
        }
        // (A lead opens with a word, and never ends with a word of intent or `各`: `供应`
        // would read back as `供` and the intent `应`.)
        let opens_with_word = name
            .peek()
            .is_some_and(|(c, _)| is_han(c) || matches!(c, '“' | '《'));
        let ends_with_wrapper = INTENT_WORDS
            .iter()
            .map(|(w, _)| *w)
            .chain(EACH_WORDS.iter().map(|(w, _)| *w))
            .any(|w| name.ends_with(w).is_some());
        // (Nor is it longer than a lead may be: it would not read back as one; fuzz. Nor does
        // it end in the letters of a figure (`扰176UU`): a lead reads `5G基站`, not `…5G`.)
        let ends_in_figure_letters = text.chars().any(|c| fold(c).is_ascii_digit())
            && text
                .chars()
                .next_back()
                .is_some_and(|c| fold(c).is_ascii_alphabetic());
        if !opens_with_word
            || ends_with_wrapper
            || ends_in_figure_letters
            || text.chars().count() > MAX_LEAD_CHARS
            || !self.lead_is_words(name, at.skip_ws())
            || !plain
                .chars()
                .all(|c| is_han(c) || c.is_ascii_alphabetic() || "“”\"《》()·".contains(fold(c)))
            || [
                "和", "及", "或", "并", "达到", "提高", "增加", "比", "较", "以上", "以下",
            ]
            .iter()
            .any(|w| plain.contains(w))
        {
            return None;
        }
        let end = end_src(src);
        let change = Target::RelativeChange(RelativeChange {
            baseline: None,
            cumulative: false,
            direction: Direction::Higher,
            change: Change::By(amount),
            span: Span::new(at.skip_ws().offset(), end.offset()),
        });
        let span = Span::new(src.offset(), end.offset());
        Some(Body::whole(led_by(name, change, span), end))
    }

    /// `prefix-word series margin?`: `不低于本地区党员总数中女性比例`, `高于全市1个百分点`.
    fn reference(&self, src: Src<'_>, series: Src<'_>, op: CmpOp) -> Result<Target, Failure> {
        // `高于全市1个百分点以上`: a margin over the series, after its name.
        let (series, margin) = match margin_split(series, op) {
            Some((name, margin)) => (name, Some(margin)),
            None => (series, None),
        };
        // (`突破性发展`: `突破` + `性` is an adjective, no comparison.)
        if series.is_empty() || series.starts_with("性").is_some() {
            return Err(Failure::at(series, Expected::NumberOrSeries));
        }
        // A count in the words (`组织1次家庭教育指导和1次…`) makes them no series name: an
        // action with counts that no form reads, an error rather than a comparison with a
        // series called that.
        if let Some(at) = count_in(series) {
            return Err(Failure::at(at, Expected::End));
        }
        // `高于上届、年龄低于上届`: `、` joins clauses; but `高于全国、全省、全市平均水平`
        // names several series, each to be compared with (the names hold no comparison).
        if let Some(at) = series.as_str().find('、') {
            if !names_only(series) {
                return Err(Failure::at(series.advance(at), Expected::End));
            }
        }
        let name = folded(series);
        Ok(Target::Reference(Reference {
            op,
            relation: ReferenceRelation::Compare,
            series: name,
            margin,
            span: whole(src),
        }))
    }

    /// `与 series 相适应`.
    fn commensurate(&self, src: Src<'_>, after: Src<'_>, tail: usize) -> Result<Target, Failure> {
        let series =
            nom::Input::take(&after, nom::Input::input_len(&after).saturating_sub(tail)).trim_end();
        // `基本同步`, `基本相适应`: basically in keeping.
        let (series, basically) = match series.ends_with("基本") {
            Some(len) => (
                nom::Input::take(&series, nom::Input::input_len(&series) - len).trim_end(),
                true,
            ),
            None => (series, false),
        };
        if series.is_empty() {
            return Err(Failure::at(series, Expected::NumberOrSeries));
        }
        Ok(Target::Commensurate(Commensurate {
            series: folded(series),
            basically,
            span: whole(src),
        }))
    }

    /// A phrase of the vocabulary (listed or composed) at the start of `src`; an object may
    /// follow it.
    /// True when the phrase `src[..len]` reads the same once the spaces before its object
    /// `rest` are gone, as the canonical form prints them (`持续降 低…` would print `持续降低…`,
    /// another phrase).
    fn keeps_phrase(&self, src: Src<'_>, len: usize, rest: Src<'_>) -> bool {
        let phrase = &src.as_str()[..len];
        let joined = format!("{phrase}{}", rest.as_str());
        self.vocabulary
            .phrase_prefix(Src::new(&joined))
            .is_some_and(|(n, _)| n == len)
    }

    fn phrase<'a>(&self, src: Src<'a>) -> Result<Body<'a>, Failure> {
        // A phrase is words; a stray sign or digit cannot start one.
        if !src.peek().is_some_and(|(c, _)| c.is_alphabetic()) {
            return Err(Failure::at(src, Expected::Target));
        }
        // `增长幅度高于…`: a verb followed by a measure noun is part of a name, not a phrase.
        let found = self
            .vocabulary
            .phrase_prefix(src)
            .filter(|&(len, meaning)| {
                let after = src.advance(len);
                let rest = after.skip_ws();
                rest.is_empty()
                    || (meaning == Meaning::Narrow && gap_to(rest))
                    // `遏制上升趋势`: a tendency kept in check is the object of control, however
                    // it opens (`上升` is a stop word elsewhere).
                    || (meaning == Meaning::UnderControl && trend_object(rest))
                    || (starts_object(rest)
                        && !starts_measure_noun(rest)
                        && !ends_in_quantity(rest)
                        && !holds_a_share(rest)
                        // (`分别` is a list's or the each word's, never an object's: fuzz,
                        // `增长` + `分别与经济增长基本相适应`.)
                        && !holds_fenbie(rest.as_str())
                        && !before_reference(past_intent_and_each(rest))
                        && !before_commensurate(past_intent_and_each(rest))
                        && (rest.offset() == after.offset() || self.keeps_phrase(src, len, rest)))
            });
        let Some((len, meaning)) = found else {
            let text = src.as_str();
            let suggestions = self
                .vocabulary
                .nearest(text, 3)
                .into_iter()
                .map(str::to_owned)
                .collect();
            return Err(Failure::new(
                ParseErrorKind::UnknownPhrase { suggestions },
                whole(src),
            ));
        };
        let rest = src.advance(len);
        // `逐步减少直至禁止`: a fall to nothing is an elimination.
        let falls = matches!(meaning, Meaning::Fall | Meaning::FallMarkedly);
        if let Some(end) = any_word(rest, &["直至", "直到"])
            .and_then(|r| any_word(r, &["禁止", "消除", "取消", "停止", "淘汰", "清零"]))
            .filter(|end| falls && end.skip_ws().is_empty())
        {
            let span = Span::new(src.offset(), end.offset());
            let target = Target::Eliminate(Eliminate {
                basically: false,
                span,
            });
            return Ok(Body::whole(target, end));
        }
        let phrase = Phrase {
            text: folded(nom::Input::take(&src, len)),
            span: Span::new(src.offset(), rest.offset()),
        };
        // `提升儿童健康服务水平`, `增强…服务能力`, `完善对困境儿童的保护`: a verb first and an
        // object that names no measure but a quality (a level, a capacity, a service …) is an
        // action, judged by people, as plans' lists of goals mean it; `降低人工流产率`,
        // `减少贫困妇女数量`, `缩小城乡差距` keep their direction.
        if meaning != Meaning::Qualitative && abstract_object(rest) {
            let end = end_src(rest);
            let target = Target::Qualitative(Phrase {
                text: folded(nom::Input::take(&src, end.offset() - src.offset())),
                span: Span::new(src.offset(), end.offset()),
            });
            return Ok(Body::whole(target, end));
        }
        // `减少地区间健康状况的差距`: a fall of a gap (the object) is a narrowing.
        let meaning = match meaning {
            Meaning::Fall if gap_object(rest) => Meaning::Narrow,
            Meaning::FallMarkedly if gap_object(rest) => Meaning::NarrowMarkedly,
            other => other,
        };
        Ok(Body {
            target: meaning.target(phrase),
            rest,
            next: Expected::End,
            object: true,
        })
    }

    /// `分别 verb? item (sep item)+`, a shared verb, unit or bound word distributed to the items
    /// that lack one.
    fn respectively(&self, src: Src<'_>, after: Src<'_>) -> Result<Target, Failure> {
        if let Some(items) = self.respective_changes(after, None)? {
            return Ok(Target::Respectively(Respectively {
                items,
                span: whole(src),
            }));
        }
        // `分别保持在3‰、4‰和5‰以下`: a shared `保持在` makes every item a keep target.
        let (mut rest, shared, shared_keep) = match word_of(after, VERBS) {
            Some((rest, Verb::Attain(direction))) => (rest.skip_ws(), direction, false),
            Some((rest, Verb::Keep)) => (rest.skip_ws(), None, true),
            _ => (after, None, false),
        };
        let mut items = Vec::new();
        let mut bare = Vec::new();
        // The items a keep verb applies to (none allocated in the common case).
        let mut keeps = Vec::new();
        let mut prefix = None;
        loop {
            // An item's own verb overrides the shared one.
            let (item_start, direction, own_verb, keep) = match word_of(rest, VERBS) {
                Some((r, Verb::Attain(d))) => (r.skip_ws(), d, true, false),
                Some((r, Verb::Keep)) => (r.skip_ws(), None, true, true),
                _ => (rest, shared, false, shared_keep),
            };
            if keep {
                keeps.push(items.len());
            }
            if !starts_quantified(item_start) {
                return Err(Failure::at(item_start, Expected::Number));
            }
            let q = quantified(item_start, direction)?;
            // `分别不低于24%和30%`: a sign or word of comparison before the first item is every
            // bare item's, as a bound word after the last is.
            if let (true, false, Target::Comparison(c)) =
                (items.is_empty(), starts_with_digit(item_start), &q.target)
            {
                prefix = Some(c.op);
            }
            bare.push(!own_verb && matches!(q.target, Target::Attain(_)));
            items.push(with_span(
                q.target,
                Span::new(rest.offset(), q.rest.offset()),
            ));
            let next = q.rest.skip_ws();
            match any_word(next, LIST_SEPARATORS) {
                Some(r) => rest = r.skip_ws(),
                None => {
                    if items.len() < 2 {
                        return Err(Failure::at(next, Expected::List));
                    }
                    expect_end(next, q.next)?;
                    if q.suffix {
                        distribute(&mut items, &bare);
                    } else if let Some(op) = prefix {
                        compare_bare(&mut items, &bare, op);
                    }
                    break;
                }
            }
        }
        for i in keeps {
            let Some(item) = items.get_mut(i) else {
                continue;
            };
            // `保持在40%左右` is approximately, as outside a list.
            if matches!(item, Target::Approximately(_)) {
                continue;
            }
            let span = item.span();
            let condition = std::mem::replace(
                item,
                Target::Eliminate(Eliminate {
                    basically: false,
                    span,
                }),
            );
            *item = Target::Keep(Keep {
                condition: Box::new(condition),
                span,
            });
        }
        Ok(Target::Respectively(Respectively {
            items,
            span: whole(src),
        }))
    }
}

impl Parser {
    /// `分别 baseline? 保持? change-verb item (sep item)+`, an item `(baseline? change-verb)?
    /// change-amount`: `分别增长8%和8.5%`, `分别比2020年下降14.5%、20.5%`. Each item is a
    /// relative change; an item without a verb of its own takes the shared baseline and verb,
    /// and the bound word after the last item when it has none (`分别增长7%、8%左右`). `None`
    /// when `after` starts no change.
    fn respective_changes<'a>(
        &self,
        after: Src<'a>,
        outer: Option<Baseline>,
    ) -> Result<Option<Vec<Target>>, Failure> {
        let (rest, shared_baseline) = match baseline(after) {
            Some((rest, b)) if outer.is_none() => (rest, Some(b)),
            _ => (after, outer),
        };
        // `分别保持增长20%、13%和14%以上`: a growth kept is a growth.
        let rest = any_word(rest, &["保持"]).map_or(rest, |r| r.skip_ws());
        let change_verb = |at: Src<'a>| -> Option<(Src<'a>, Direction)> {
            self.vocabulary
                .verb(at)
                .and_then(|(len, sense)| Some((at.advance(len).skip_ws(), sense_direction(sense)?)))
        };
        let Some((mut rest, shared)) = change_verb(rest).filter(|(r, _)| starts_amount(*r)) else {
            return Ok(None);
        };
        let mut items = Vec::new();
        let mut bare = Vec::new();
        let mut first = true;
        loop {
            let item_start = rest;
            // An item's own verb (with its own baseline, if any) starts a change of its own.
            let (own_baseline, after_baseline) = match baseline(rest).filter(|_| !first) {
                Some((r, b)) => (Some(b), r),
                None => (None, rest),
            };
            let (amount_src, direction, baseline, own) =
                match change_verb(after_baseline).filter(|_| !first) {
                    Some((r, d)) => (r, d, own_baseline, true),
                    None if own_baseline.is_some() => {
                        return Err(Failure::at(after_baseline, Expected::ChangeVerb));
                    }
                    None => (rest, shared, shared_baseline.clone(), false),
                };
            first = false;
            if !starts_amount(amount_src) {
                return Err(Failure::at(amount_src, Expected::Amount));
            }
            let (end, amount) = change_amount(amount_src)?;
            bare.push(!own && amount.bound.is_none());
            items.push(Target::RelativeChange(RelativeChange {
                baseline,
                cumulative: false,
                direction,
                change: Change::By(amount),
                span: Span::new(item_start.offset(), end.offset()),
            }));
            let next = end.skip_ws();
            match any_word(next, LIST_SEPARATORS) {
                Some(r) => rest = r.skip_ws(),
                None => {
                    if items.len() < 2 {
                        return Err(Failure::at(next, Expected::List));
                    }
                    expect_end(next, Expected::End)?;
                    // The bound after a last item written without a verb is the list's, unless
                    // an earlier item writes its own (`8%、8%、10%以上、10%以上`).
                    let bound_of = |t: &Target| match t {
                        Target::RelativeChange(RelativeChange {
                            change: Change::By(a),
                            ..
                        }) => a.bound,
                        _ => None,
                    };
                    let earlier = items[..items.len() - 1]
                        .iter()
                        .any(|t| bound_of(t).is_some());
                    let last_bound = items.last().and_then(bound_of).filter(|_| !own && !earlier);
                    if let Some(bound) = last_bound {
                        for (item, _) in items.iter_mut().zip(&bare).filter(|(_, b)| **b) {
                            if let Target::RelativeChange(RelativeChange {
                                change: Change::By(a),
                                ..
                            }) = item
                            {
                                a.bound = Some(bound);
                            }
                        }
                    }
                    return Ok(Some(items));
                }
            }
        }
    }
}

/// The words read before a lead (`到2005年`) and the clause from the lead on, as one clause;
/// `None` when both write the same part.
/// The lead `lead` joined to the lead `inner` a clause at `rest` read inside it (`其中,` +
/// `全市`): one lead, as the two print side by side.
fn joined_lead(lead: Src<'_>, inner: Option<Words>, rest: Src<'_>) -> Option<Words> {
    Some(Words {
        text: folded(lead) + inner.as_ref().map_or("", |w| w.text.as_str()),
        span: Span::new(lead.offset(), inner.map_or(rest.offset(), |w| w.span.end)),
    })
}

fn merge(outer: Parts, inner: Clause, src: Src<'_>) -> Option<Clause> {
    let Clause {
        parts,
        target,
        span,
    } = inner;
    fn one<T>(a: Option<T>, b: Option<T>) -> Option<Option<T>> {
        match (a, b) {
            (Some(_), Some(_)) => None,
            (a, b) => Some(a.or(b)),
        }
    }
    // `分别` before a lead prints after it, where it reads otherwise (fuzz: `分别` + `增长` +
    // `和经济增长基本同步` printed `增长分别与…`).
    if outer
        .each
        .as_ref()
        .is_some_and(|e| e.word == EachWord::Fenbie)
        && parts.lead.is_some()
        && matches!(target, Target::Commensurate(_) | Target::Reference(_))
    {
        return None;
    }
    // `每年` read as a period before a lead and a change by an amount would print first and
    // read back as the annual word, which wants its verb right after it (fuzz: `每年组O新建
    // 20个…` printed `每年组O新建提高20个…`): no such reading.
    if parts.lead.is_some()
        && matches!(target, Target::RelativeChange(_))
        && outer
            .period
            .as_ref()
            .is_some_and(|p| per_year_word(Src::new(&p.text)).is_some())
    {
        return None;
    }
    let parts = Parts {
        lead: one(outer.lead, parts.lead)?,
        scope: one(outer.scope, parts.scope)?,
        due: one(outer.due, parts.due)?,
        deadline: one(outer.deadline, parts.deadline)?,
        intent: match (outer.intent, parts.intent) {
            // `确保县(市)城区也将达到100%`: an intent word before the lead and one after it are
            // the two words, printed together after the lead (as `城区确保将达到100%`).
            (Some(first), Some(then))
                if first.second.is_none() && then.second.is_none() && first.word != then.word =>
            {
                Some(Intent {
                    word: first.word,
                    second: Some(then.word),
                    span: Span::new(first.span.start, then.span.end),
                })
            }
            (first, then) => one(first, then)?,
        },
        each: one(outer.each, parts.each)?,
        period: one(outer.period, parts.period)?,
        object: one(outer.object, parts.object)?,
        note: one(outer.note, parts.note)?,
        before_due: outer.before_due,
    };
    Some(Clause {
        parts,
        target,
        span: Span::new(src.offset(), span.end),
    })
}

/// A quantified target as a form, an object allowed after a bound word (`1名以上女干部`).
fn quantified_body(q: Quantified<'_>) -> Body<'_> {
    let object = object_may_follow(&q);
    Body {
        target: q.target,
        rest: q.rest,
        next: q.next,
        object,
    }
}

/// The value of a quantified target, for the direction of `从29.3达到25`.
/// The items of a `分别` list after a written value (`由目前的50%分别提升至60%和70%`), each made
/// a change from `from` to its value: in the verb's direction, or, after a neutral verb, the
/// side of `from` the value lies on. `None` when an item is not a value, a bound or an
/// approximate value, or when the values lie on both sides of `from` (one verb prints for all).
fn changes_to_values(
    items: Vec<Target>,
    baseline: &Baseline,
    from: Decimal,
    shared: Option<Direction>,
) -> Option<Vec<Target>> {
    let sides: Vec<bool> = items
        .iter()
        .filter_map(quantified_value)
        .map(|v| v >= from)
        .collect();
    if shared.is_none() && sides.windows(2).any(|w| w[0] != w[1]) {
        return None;
    }
    items
        .into_iter()
        .map(|item| {
            let value = match &item {
                Target::Attain(_) | Target::Comparison(_) | Target::Approximately(_) => {
                    quantified_value(&item)?
                }
                _ => return None,
            };
            let direction = shared.unwrap_or(if value >= from {
                Direction::Higher
            } else {
                Direction::Lower
            });
            let span = item.span();
            let inner = match item {
                Target::Attain(a) => Target::Attain(Attain {
                    direction: Some(direction),
                    ..a
                }),
                other => other,
            };
            Some(Target::RelativeChange(RelativeChange {
                baseline: Some(baseline.clone()),
                cumulative: false,
                direction,
                change: Change::To(Box::new(inner)),
                span,
            }))
        })
        .collect()
}

fn quantified_value(target: &Target) -> Option<Decimal> {
    match target {
        Target::Comparison(c) => Some(c.value.value),
        Target::Attain(a) => Some(a.value.value),
        Target::Approximately(a) => Some(a.value.value),
        Target::Range(r) => Some(r.low),
        _ => None,
    }
}

/// True when an object (what is counted or changed) may start here: a word that is not a
/// bound word, a verb or a connective.
fn starts_object(src: Src<'_>) -> bool {
    // `10个以上“千兆城市”`: a name in quotes or title marks too; `60%以上A级旅游景区`: a
    // Latin letter before a Chinese character.
    let src = match src.peek() {
        Some(('“' | '"' | '《' | '‘', width)) => src.advance(width),
        Some((c, width)) if c.is_ascii_alphabetic() => src.advance(width),
        // `5G基站`: a figure that is part of a name (see `figure_in_name`).
        Some((c, _)) if fold(c).is_ascii_digit() => match figure_in_name(src.as_str()) {
            Some(len) => {
                return src
                    .advance(len)
                    .peek()
                    .is_some_and(|(c, _)| is_han(c) || c.is_ascii_alphabetic());
            }
            None => src,
        },
        _ => src,
    };
    src.peek().is_some_and(|(c, _)| is_han(c)) && !at_stop(src)
}

/// Clauses that are all qualitative goals (`推广使用儿童安全座椅，儿童出行安全得到有效保障`,
/// `达到峰值并实现稳中有降`): one qualitative goal of the whole text, judged as a whole (all of
/// several goals that each need judgement needs judgement).
fn all_qualitative(src: Src<'_>) -> Target {
    Target::Qualitative(Phrase {
        text: folded(src),
        span: whole(src),
    })
}

/// Where the words of a group of clauses due in one year start, when they are all qualitative
/// goals and the first has nothing around it but an intent word (its due year taken): `None`
/// otherwise.
fn qualitative_group(group: &[Clause]) -> Option<usize> {
    let bare = |p: &Parts| {
        p.lead.is_none()
            && p.scope.is_none()
            && p.each.is_none()
            && p.period.is_none()
            && p.object.is_none()
    };
    // The words run from the first clause's form to the end: later clauses keep their leads
    // and intent words in them.
    let (first, rest) = group.split_first()?;
    let all = std::iter::once(first)
        .chain(rest)
        .all(|c| matches!(c.target, Target::Qualitative(_)));
    (all && bare(&first.parts) && !rest.is_empty()).then(|| first.target.span().start)
}

/// Several clauses without due years: one target per subject when every clause names its
/// subject (`城市达到98%，农村达到86%`), otherwise all of them.
///
/// A subject that ends in a measure noun (`规模`, `办学质量`, `死亡率`) names a measure, not a
/// group: clauses about several measures must all hold (`规模扩大,办学质量提高`).
fn list(clauses: Vec<Clause>, span: Span) -> Target {
    let group = |t: &Target| {
        matches!(t, Target::Qualified(q) if q
            .lead
            .as_ref()
            .is_some_and(|lead| !ends_with_measure_noun(&lead.text)))
    };
    let mut targets: Vec<Target> = Vec::with_capacity(clauses.len());
    for c in clauses {
        match c.parts.wrap(c.target, c.span) {
            // Clauses joined by `并` inside a clause, each with its subject (`城市…并农村…`),
            // print as clauses joined by commas: they join this list, so that the sentence
            // means the same whichever way its clauses are joined (fuzz: `A并B;17`).
            Target::Respectively(r)
                if r.items
                    .iter()
                    .all(|i| matches!(i, Target::Qualified(q) if q.lead.is_some())) =>
            {
                targets.extend(r.items);
            }
            other => targets.push(other),
        }
    }
    if targets.len() == 1 {
        return targets.pop().expect("one target");
    }
    let all_led = targets.iter().all(group);
    if all_led {
        Target::Respectively(Respectively {
            items: targets,
            span,
        })
    } else {
        // A clause that is itself a bare conjunction (`77777并7` after `7;`) joins the list:
        // the canonical form writes every part after `，并`, which reads back as one flat list.
        let parts = targets
            .into_iter()
            .flat_map(|t| match t {
                Target::AllOf(inner) => inner.parts,
                other => vec![other],
            })
            .collect();
        Target::AllOf(AllOf { parts, span })
    }
}

/// In `分别降至2‰、4‰和5.5‰以下` the bound word (and unit) after the last item belong to
/// every item: the items written as a bare number (`bare[i]`) take them.
fn distribute(items: &mut [Target], bare: &[bool]) {
    let Some(last) = items.last().cloned() else {
        return;
    };
    for (item, _) in items.iter_mut().zip(bare).filter(|(_, bare)| **bare) {
        let Target::Attain(a) = item else { continue };
        let mut value = a.value.clone();
        value.unit = value.unit.or(last.unit());
        let span = a.span;
        *item = match &last {
            Target::Comparison(c) => Target::Comparison(Comparison {
                op: c.op,
                value,
                span,
            }),
            Target::Approximately(x) if x.tolerance.is_none() => {
                Target::Approximately(Approximately {
                    value,
                    tolerance: None,
                    span,
                })
            }
            _ => Target::Attain(Attain { value, ..a.clone() }),
        };
    }
}

/// The bare items of a `分别` list (`30%` of `分别不低于24%和30%`) compared by `op`, the
/// comparison written before the first item.
fn compare_bare(items: &mut [Target], bare: &[bool], op: CmpOp) {
    for (item, _) in items.iter_mut().zip(bare).filter(|(_, bare)| **bare) {
        if let Target::Attain(a) = item {
            *item = Target::Comparison(Comparison {
                op,
                value: a.value.clone(),
                span: a.span,
            });
        }
    }
}

/// `target` with its outer span replaced (a verb before it belongs to it). Only the quantified
/// forms a verb can precede are re-spanned.
fn with_span(target: Target, span: Span) -> Target {
    match target {
        Target::Comparison(c) => Target::Comparison(Comparison { span, ..c }),
        Target::Attain(a) => Target::Attain(Attain { span, ..a }),
        Target::Approximately(a) => Target::Approximately(Approximately { span, ..a }),
        Target::Range(r) => Target::Range(Range { span, ..r }),
        Target::Ratio(r) => Target::Ratio(Ratio { span, ..r }),
        other @ (Target::Reference(_)
        | Target::Commensurate(_)
        | Target::Rise(_)
        | Target::RiseGradually(_)
        | Target::RiseEveryYear(_)
        | Target::ConsolidateAndRise(_)
        | Target::Fall(_)
        | Target::FallMarkedly(_)
        | Target::UnderControl(_)
        | Target::TowardBalance(_)
        | Target::Narrow { .. }
        | Target::Keep(_)
        | Target::ReachAndKeep(_)
        | Target::Qualitative(_)
        | Target::Respectively(_)
        | Target::RelativeChange(_)
        | Target::AnnualChange(_)
        | Target::Milestones(_)
        | Target::AllOf(_)
        | Target::Improve(_)
        | Target::Stable { .. }
        | Target::Eliminate(_)
        | Target::Rank(_)
        | Target::Qualified(_)) => other,
    }
}

fn whole(src: Src<'_>) -> Span {
    Span::new(src.offset(), src.offset() + nom::Input::input_len(&src))
}

fn end_of(src: Src<'_>) -> Span {
    let end = src.offset() + nom::Input::input_len(&src);
    Span::new(end, end)
}

/// The empty input at the end of `src`.
fn end_src(src: Src<'_>) -> Src<'_> {
    src.advance(nom::Input::input_len(&src))
}

fn folded(src: Src<'_>) -> String {
    nom::Input::iter_elements(&src).collect()
}

#[cfg(all(test, feature = "proptest"))]
mod fast_path_tests;

#[cfg(test)]
mod stop_word_tests {
    /// The quick test of [`super::at_stop`] lets every stop word through.
    #[test]
    fn every_stop_word_opens_with_a_stop_character() {
        for word in super::STOP_WORDS {
            let first = word.chars().next().expect("no empty stop word");
            assert!(
                super::opens_stop_word(first),
                "{word}: add {first} to opens_stop_word"
            );
        }
    }
}
