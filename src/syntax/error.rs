//! The parse error: what went wrong, where, and a rendering with a caret.

use super::{Span, Unit};
use crate::text::{caret_block, display_width, render_caret};

/// The most bytes a target may have. Real targets are under 100 bytes; a longer input is
/// rejected up front with [`ParseErrorKind::TooLong`] instead of being parsed slowly.
pub const MAX_TARGET_LEN: usize = 512;

/// The most significant digits a number may have (what a `rust_decimal::Decimal` holds).
pub const MAX_DIGITS: usize = 28;

/// What the parser expected where it failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Expected {
    /// The start of a target: a number, a sign, a verb or a phrase of the vocabulary.
    Target,
    /// A number.
    Number,
    /// A number or the name of another series (after `不低于` and the like).
    NumberOrSeries,
    /// A digit after a decimal point.
    Digit,
    /// A unit, a bound word or the end of the target (after a number).
    UnitOrBound,
    /// A bound word or the end of the target (after a number and its unit).
    Bound,
    /// The end of the target.
    End,
    /// `相适应` closing a `与…相适应` target.
    Commensurate,
    /// A list of at least two targets after `分别`.
    List,
    /// After several due years and `分别`, one value per year.
    ValuePerYear,
    /// A quantity (a number with a unit), not a fraction.
    Quantity,
    /// A verb of rise or fall after `每年`/`年均`.
    ChangeVerb,
    /// An amount of change: a number, a percentage or a fraction.
    Amount,
    /// A verb with a value after a written baseline (`从目前的29.3降至…`).
    AttainVerb,
    /// A change after a baseline clause: a verb with an amount, or a directional phrase.
    Change,
}

impl Expected {
    /// What was expected, in words.
    pub const fn describe(self) -> &'static str {
        match self {
            Expected::Target => "a number, a comparison sign, a verb or a target phrase",
            Expected::Number => "a number",
            Expected::NumberOrSeries => "a number or the name of a series",
            Expected::Digit => "a digit after the decimal point",
            Expected::UnitOrBound => {
                "a unit, a bound word (以上, 以下, 以内, 左右) or the end of the target"
            }
            Expected::Bound => "a bound word (以上, 以下, 以内, 左右) or the end of the target",
            Expected::End => "the end of the target",
            Expected::Commensurate => "`相适应` after the name of the series",
            Expected::List => "at least two targets separated by `、` or `和`",
            Expected::ValuePerYear => "one value per due year, listed after `分别`",
            Expected::Quantity => {
                "a quantity (a fraction as a value needs a whole denominator above 1)"
            }
            Expected::ChangeVerb => "a verb of rise or fall (提高, 下降 …)",
            Expected::Amount => "an amount of change: a number, a percentage or a fraction",
            Expected::AttainVerb => "a verb with the value to reach (降至, 提高到 …)",
            Expected::Change => "a verb with an amount of change, or a directional phrase",
        }
    }
}

/// Why a target failed to parse.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ParseErrorKind {
    /// The input is empty or only whitespace.
    Empty,
    /// The input has more than [`MAX_TARGET_LEN`] bytes.
    TooLong {
        /// The input's length in bytes.
        len: usize,
    },
    /// A number has more than [`MAX_DIGITS`] digits.
    NumberTooLong {
        /// The number of digits written.
        digits: usize,
    },
    /// Something other than what the grammar allows at this point.
    Unexpected(Expected),
    /// Text that is neither notation nor a phrase of the vocabulary.
    UnknownPhrase {
        /// The closest phrases of the vocabulary, if any are close.
        suggestions: Vec<String>,
    },
    /// A range whose lower end is above its upper end (`107—103`).
    InvertedRange,
    /// Two units in one target that disagree (`45%±2‰`).
    UnitMismatch {
        /// The unit written first.
        first: Unit,
        /// The unit written second.
        second: Unit,
    },
    /// A character that is not a decimal point between digits (`1。8`).
    NotADecimalPoint {
        /// The character written.
        found: char,
        /// The number as it was probably meant (`1.8`).
        suggestion: String,
    },
    /// `%。` before a bound word (`7.2%。以内`): a `‰` that a text conversion split in two.
    DamagedPerMille {
        /// The target as it was probably meant (`7.2‰以内`).
        suggestion: String,
    },
    /// A comma between digits (`79,5`, `1,000`): a decimal comma or a thousands separator,
    /// which the notation has neither of.
    CommaBetweenDigits {
        /// The comma written (ASCII or full-width).
        found: char,
        /// The number read as a decimal (`79.5`).
        decimal: String,
        /// The number read without a separator (`795`).
        plain: String,
    },
    /// A fraction with a zero denominator (`1/0`, `零分之一`).
    ZeroDenominator,
    /// A ratio with a zero term (`1:0`, `0:0`): it compares with nothing meaningfully.
    ZeroRatioTerm,
    /// A word of a ceiling on a quality class (`Ⅲ类以下`, `控制在Ⅳ类以内`): on a scale where
    /// the better class is the lower one, it may mean "no worse" or "no better".
    AmbiguousClassBound,
}

impl std::fmt::Display for ParseErrorKind {
    /// The message without the position: `expected a number`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ParseErrorKind::Empty => f.write_str("empty target"),
            ParseErrorKind::TooLong { len } => {
                write!(
                    f,
                    "target is {len} bytes long; the limit is {MAX_TARGET_LEN}"
                )
            }
            ParseErrorKind::NumberTooLong { digits } => {
                write!(f, "number has {digits} digits; the limit is {MAX_DIGITS}")
            }
            ParseErrorKind::Unexpected(e) => write!(f, "expected {}", e.describe()),
            ParseErrorKind::UnknownPhrase { suggestions } => write!(
                f,
                "unknown target phrase{}",
                crate::text::did_you_mean(suggestions)
            ),
            ParseErrorKind::InvertedRange => {
                f.write_str("range runs backwards: its lower end is above its upper end")
            }
            ParseErrorKind::UnitMismatch { first, second } => {
                write!(f, "units disagree: `{first}` and `{second}`")
            }
            ParseErrorKind::NotADecimalPoint { found, suggestion } => write!(
                f,
                "`{found}` is not a decimal point{}",
                crate::text::did_you_mean(&[format!("`{suggestion}`")])
            ),
            ParseErrorKind::DamagedPerMille { suggestion } => write!(
                f,
                "`%。` is no unit: it looks like a `‰` split in two{}",
                crate::text::did_you_mean(&[format!("`{suggestion}`")])
            ),
            ParseErrorKind::CommaBetweenDigits {
                found,
                decimal,
                plain,
            } => write!(
                f,
                "`{found}` between digits is neither a decimal point nor a separator here; \
                 did you mean `{decimal}` or `{plain}`?"
            ),
            ParseErrorKind::ZeroDenominator => {
                f.write_str("a fraction cannot have a zero denominator")
            }
            ParseErrorKind::ZeroRatioTerm => {
                f.write_str("a ratio's terms must be positive: a zero term compares with nothing")
            }
            ParseErrorKind::AmbiguousClassBound => f.write_str(
                "a ceiling on a class is ambiguous (a better class is a lower one); \
                 write `优于`, `达到或优于`, `劣于`, `以上` or a sign (`≤Ⅲ类`)",
            ),
        }
    }
}

/// A target that failed to parse: the kind of failure, its span in the input, and the input.
///
/// `Display` gives one line; [`ParseError::render`] draws the input with a caret under the span:
///
/// ```
/// let err = "≥82..3".parse::<plan_targets::Target>().unwrap_err();
/// assert_eq!(err.to_string(), "expected a digit after the decimal point at byte 6");
/// assert_eq!(err.render(), "\
/// error: expected a digit after the decimal point
///   |
///   | ≥82..3
///   |     ^
/// ");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    kind: ParseErrorKind,
    span: Span,
    input: String,
}

/// How much of an over-long input an error keeps for rendering.
const EXCERPT_CHARS: usize = 40;

impl ParseError {
    pub(crate) fn new(kind: ParseErrorKind, span: Span, input: &str) -> ParseError {
        // Keep a bounded copy: an error about a 10 KB input need not own 10 KB.
        let input = if input.len() > MAX_TARGET_LEN {
            input.chars().take(EXCERPT_CHARS).collect()
        } else {
            input.to_owned()
        };
        ParseError { kind, span, input }
    }

    /// Why parsing failed.
    pub fn kind(&self) -> &ParseErrorKind {
        &self.kind
    }

    /// Where, in bytes of the input.
    pub fn span(&self) -> Span {
        self.span
    }

    /// What the parser expected at [`ParseError::span`], when that is the problem.
    pub fn expected(&self) -> Option<Expected> {
        match self.kind {
            ParseErrorKind::Unexpected(e) => Some(e),
            _ => None,
        }
    }

    /// The input (its first 40 characters when it was too long).
    pub fn input(&self) -> &str {
        &self.input
    }

    /// The message without the position: `expected a number` (the kind's `Display`).
    pub fn message(&self) -> String {
        self.kind.to_string()
    }

    /// The input drawn with `^` under the span, padded by display width (a CJK character takes
    /// two columns). Control characters are drawn as spaces so the caret lines up.
    pub fn render(&self) -> String {
        if let ParseErrorKind::TooLong { .. } = self.kind {
            let shown = format!("{}…", self.input);
            return caret_block(&self.message(), &shown, display_width(&self.input), 1);
        }
        render_caret(&self.message(), &self.input, self.span.start, self.span.end)
    }
}

impl std::fmt::Display for ParseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} at byte {}", self.message(), self.span.start)
    }
}

impl std::error::Error for ParseError {}
