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
use super::input::{Src, fold};
use super::vocab::Vocabulary;
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
    ("不小于", CmpOp::Ge),
    ("不超过", CmpOp::Le),
    ("不高于", CmpOp::Le),
    ("不多于", CmpOp::Le),
    ("不大于", CmpOp::Le),
    ("至少", CmpOp::Ge),
    ("最少", CmpOp::Ge),
    ("最多", CmpOp::Le),
    ("超过", CmpOp::Gt),
    ("高于", CmpOp::Gt),
    ("大于", CmpOp::Gt),
    ("多于", CmpOp::Gt),
    ("低于", CmpOp::Lt),
    ("小于", CmpOp::Lt),
    ("少于", CmpOp::Lt),
];

/// Bound words written after a number.
const SUFFIX_WORDS: &[(&str, Suffix)] = &[
    ("及以上", Suffix::Cmp(CmpOp::Ge)),
    ("及以下", Suffix::Cmp(CmpOp::Le)),
    ("以上", Suffix::Cmp(CmpOp::Ge)),
    ("以下", Suffix::Cmp(CmpOp::Le)),
    ("以内", Suffix::Cmp(CmpOp::Le)),
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
    ("下降到", Verb::Attain(Some(Direction::Lower))),
    ("下降至", Verb::Attain(Some(Direction::Lower))),
    ("降低到", Verb::Attain(Some(Direction::Lower))),
    ("降低至", Verb::Attain(Some(Direction::Lower))),
    ("减少到", Verb::Attain(Some(Direction::Lower))),
    ("减少至", Verb::Attain(Some(Direction::Lower))),
    ("降至", Verb::Attain(Some(Direction::Lower))),
    ("降到", Verb::Attain(Some(Direction::Lower))),
    ("减至", Verb::Attain(Some(Direction::Lower))),
    ("控制在", Verb::Attain(Some(Direction::Lower))),
    ("达到", Verb::Attain(None)),
    ("实现", Verb::Attain(None)),
    ("达", Verb::Attain(None)),
    ("为", Verb::Attain(None)),
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Verb {
    Attain(Option<Direction>),
    Keep,
    ReachAndKeep,
}

/// Words before a number meaning "about": `约2千人`.
const ABOUT_WORDS: &[&str] = &["大约", "约"];

/// Words of intent before a target (`力争达到90%`): they do not change what is checked.
const HEDGE_WORDS: &[&str] = &["力争", "争取", "确保"];

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

/// `digits ("." digits)?` as an exact decimal keeping its scale.
fn number(src: Src<'_>) -> PResult<'_, (Decimal, Span)> {
    let start = src.offset();
    let (rest, int, int_digits) = digits(src);
    if int_digits == 0 {
        return Err(nom::Err::Error(Failure::at(src, Expected::Number)));
    }
    let (rest, mantissa, frac_digits) = match rest.peek().filter(|&(c, _)| c == '.') {
        Some((_, dot)) => {
            let after = rest.advance(dot);
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

fn unit(src: Src<'_>) -> PResult<'_, Unit> {
    let first = src.peek().map(|(c, _)| c);
    Unit::spellings()
        .filter(|(w, _)| first.is_some_and(|c| w.starts_with(c)))
        .find_map(|(w, u)| src.starts_with(w).map(|len| (src.advance(len), u)))
        .ok_or_else(|| nom::Err::Error(Failure::at(src, Expected::UnitOrBound)))
}

/// `number unit?`
fn quantity(src: Src<'_>) -> PResult<'_, Quantity> {
    let (rest, (value, num_span)) = number(src)?;
    if rest.is_empty() {
        let span = Span::new(num_span.start, rest.offset());
        return Ok((
            rest,
            Quantity {
                value,
                unit: None,
                span,
            },
        ));
    }
    let (rest, unit) = match opt(unit).parse(rest.skip_ws())? {
        (after, Some(unit)) => (after, Some(unit)),
        (_, None) => (rest, None),
    };
    Ok((
        rest,
        Quantity {
            value,
            unit,
            span: Span::new(num_span.start, rest.offset()),
        },
    ))
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
        return comparison_after(after, start, op);
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
    if let Some((after, op)) = word_of(src, PREFIX_WORDS) {
        return comparison_after(after, start, op);
    }
    quantity_first(src, start, direction)
}

/// A comparison after its sign or word: the bound, and nothing but the end after a unit.
fn comparison_after(after: Src<'_>, start: usize, op: CmpOp) -> Result<Quantified<'_>, Failure> {
    let (rest, value) = required_quantity(after.skip_ws()).map_err(into_failure)?;
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

/// The quantified targets that start with a number.
fn quantity_first(
    src: Src<'_>,
    start: usize,
    direction: Option<Direction>,
) -> Result<Quantified<'_>, Failure> {
    let (rest, first) = quantity(src).map_err(into_failure)?;
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
    // Range: `lo—hi`, the unit after either end.
    if let Some(sep) = any_word(after, RANGE_SEPARATORS) {
        let sep = sep.skip_ws();
        if starts_with_digit(sep) {
            let (rest, second) = quantity(sep).map_err(into_failure)?;
            let span = Span::new(start, rest.offset());
            let unit = agree(first.unit, second.unit, span)?;
            if first.value > second.value {
                return Err(Failure::new(ParseErrorKind::InvertedRange, span));
            }
            let target = Target::Range(Range {
                low: first.value,
                high: second.value,
                unit,
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
    // Bound words: `90%以上`, `45左右`.
    if let Some((rest, suffix)) = word_of(after, SUFFIX_WORDS) {
        let span = Span::new(start, rest.offset());
        let target = match suffix {
            Suffix::Cmp(op) => Target::Comparison(Comparison {
                op,
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
        || word_of(src, PREFIX_WORDS).is_some()
        || any_word(src, ABOUT_WORDS).is_some()
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
        if text.len() > MAX_TARGET_LEN {
            let span = Span::new(MAX_TARGET_LEN, text.len());
            return Err(ParseError::new(
                ParseErrorKind::TooLong { len: text.len() },
                span,
                text,
            ));
        }
        let src = Src::new(text).skip_ws().trim_end();
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

    /// `target := "分别" list | verb? quantified | "与" series "相适应" | prefix-word series |
    /// phrase`, on trimmed input that must be read to its end.
    fn target(&self, src: Src<'_>) -> Result<Target, Failure> {
        // Fast path: most targets start with a digit or a sign, which no word can.
        if starts_with_digit(src) || starts_with_sign(src) {
            let q = quantified(src, None)?;
            expect_end(q.rest, q.next)?;
            return Ok(q.target);
        }
        if let Some(after) = any_word(src, HEDGE_WORDS) {
            let after = after.skip_ws();
            if after.is_empty() {
                return Err(Failure::at(after, Expected::Target));
            }
            return self.target(after).map(|t| with_span(t, whole(src)));
        }
        if let Some(len) = src.starts_with("分别") {
            return self.respectively(src, src.advance(len).skip_ws());
        }
        if let Some((after, verb)) = word_of(src, VERBS) {
            let after = after.skip_ws();
            if starts_quantified(after) {
                return self.verb_target(src, after, verb);
            }
            // `保持合理比例` starts with the verb `保持`: a phrase wins over a dangling verb.
            return self.phrase(src).map_err(|e| match e.kind {
                ParseErrorKind::UnknownPhrase { .. } => Failure::at(after, Expected::Number),
                _ => e,
            });
        }
        if starts_quantified(src) {
            if let Some((after, op)) = word_of(src, PREFIX_WORDS) {
                if !starts_with_digit(after.skip_ws()) {
                    return self.reference(src, after.skip_ws(), op);
                }
            }
            let q = quantified(src, None)?;
            expect_end(q.rest, q.next)?;
            return Ok(q.target);
        }
        if let Some(len) = src.starts_with("与") {
            if let Some(tail) = src.ends_with("相适应") {
                return self.commensurate(src, src.advance(len), tail);
            }
            return self.phrase(src).map_err(|e| match e.kind {
                ParseErrorKind::UnknownPhrase { .. } => Failure::new(
                    ParseErrorKind::Unexpected(Expected::Commensurate),
                    end_of(src),
                ),
                _ => e,
            });
        }
        self.phrase(src)
    }

    /// After a verb: `保持在…`, `达到并保持在…` or an attain verb.
    fn verb_target(&self, src: Src<'_>, after: Src<'_>, verb: Verb) -> Result<Target, Failure> {
        let direction = match verb {
            Verb::Attain(direction) => direction,
            Verb::Keep | Verb::ReachAndKeep => None,
        };
        let q = quantified(after, direction)?;
        expect_end(q.rest, q.next)?;
        let span = Span::new(src.offset(), q.rest.offset());
        let target = match (verb, q.target) {
            (Verb::Attain(_), target) => return Ok(with_span(target, span)),
            // `保持在40%左右` is *approximately* (SEMANTICS.md), not *keep*.
            (Verb::Keep | Verb::ReachAndKeep, Target::Approximately(a)) => {
                return Ok(Target::Approximately(Approximately { span, ..a }));
            }
            (_, condition) => condition,
        };
        let keep = Keep {
            condition: Box::new(target),
            span,
        };
        Ok(if verb == Verb::Keep {
            Target::Keep(keep)
        } else {
            Target::ReachAndKeep(keep)
        })
    }

    /// `prefix-word series`: `不低于本地区党员总数中女性比例`.
    fn reference(&self, src: Src<'_>, series: Src<'_>, op: CmpOp) -> Result<Target, Failure> {
        if series.is_empty() {
            return Err(Failure::at(series, Expected::NumberOrSeries));
        }
        let name = folded(series);
        Ok(Target::Reference(Reference {
            op,
            series: name,
            span: whole(src),
        }))
    }

    /// `与 series 相适应`.
    fn commensurate(&self, src: Src<'_>, after: Src<'_>, tail: usize) -> Result<Target, Failure> {
        let series =
            nom::Input::take(&after, nom::Input::input_len(&after).saturating_sub(tail)).trim_end();
        if series.is_empty() {
            return Err(Failure::at(series, Expected::NumberOrSeries));
        }
        Ok(Target::Commensurate(Commensurate {
            series: folded(series),
            span: whole(src),
        }))
    }

    /// A phrase of the vocabulary, the whole input.
    fn phrase(&self, src: Src<'_>) -> Result<Target, Failure> {
        // A phrase is words; a stray sign or digit cannot start one.
        if !src.peek().is_some_and(|(c, _)| c.is_alphabetic()) {
            return Err(Failure::at(src, Expected::Target));
        }
        let text = src.as_str();
        self.vocabulary.target(text, whole(src)).ok_or_else(|| {
            let suggestions = self
                .vocabulary
                .nearest(text, 3)
                .into_iter()
                .map(str::to_owned)
                .collect();
            Failure::new(ParseErrorKind::UnknownPhrase { suggestions }, whole(src))
        })
    }

    /// `分别 verb? item (sep item)+`, a shared verb, unit or bound word distributed to the items
    /// that lack one.
    fn respectively(&self, src: Src<'_>, after: Src<'_>) -> Result<Target, Failure> {
        let (mut rest, shared) = match word_of(after, VERBS) {
            Some((rest, Verb::Attain(direction))) => (rest.skip_ws(), direction),
            _ => (after, None),
        };
        let mut items = Vec::new();
        let mut bare = Vec::new();
        loop {
            // An item's own verb overrides the shared one.
            let (item_start, direction, own_verb) = match word_of(rest, VERBS) {
                Some((r, Verb::Attain(d))) => (r.skip_ws(), d, true),
                _ => (rest, shared, false),
            };
            if !starts_quantified(item_start) {
                return Err(Failure::at(item_start, Expected::Number));
            }
            let q = quantified(item_start, direction)?;
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
                    }
                    break;
                }
            }
        }
        Ok(Target::Respectively(Respectively {
            items,
            span: whole(src),
        }))
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

/// `target` with its outer span replaced (a verb before it belongs to it).
fn with_span(target: Target, span: Span) -> Target {
    match target {
        Target::Comparison(c) => Target::Comparison(Comparison { span, ..c }),
        Target::Attain(a) => Target::Attain(Attain { span, ..a }),
        Target::Approximately(a) => Target::Approximately(Approximately { span, ..a }),
        Target::Range(r) => Target::Range(Range { span, ..r }),
        Target::Ratio(r) => Target::Ratio(Ratio { span, ..r }),
        other => other,
    }
}

fn whole(src: Src<'_>) -> Span {
    Span::new(src.offset(), src.offset() + nom::Input::input_len(&src))
}

fn end_of(src: Src<'_>) -> Span {
    let end = src.offset() + nom::Input::input_len(&src);
    Span::new(end, end)
}

fn folded(src: Src<'_>) -> String {
    nom::Input::iter_elements(&src).collect()
}
