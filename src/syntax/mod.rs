#![doc = concat!(
    "The target notation: spans, the typed tree, the parser, the canonical printer and errors.\n\n",
    "# Grammar\n\n",
    "The normative grammar, `grammar/target.ebnf` (W3C EBNF; words are matched after folding ",
    "full-width and traditional characters, see [`fold`]):\n\n```text\n",
    include_str!("../../grammar/target.ebnf"),
    "\n```\n"
)]

mod ast;
mod error;
mod input;
mod numeral;
mod parse;
mod print;
mod span;
mod unit;
mod vocab;

pub use ast::{
    AllOf, Amount, AmountBound, AnnualChange, Approximately, Attain, Baseline, Change,
    ChangeAmount, CmpOp, Commensurate, Comparison, Direction, Doubling, Due, Each, EachWord,
    Eliminate, Fraction, Intent, IntentWord, Keep, Kind, Milestone, Milestones, PerYear, Phrase,
    Qualified, Quantity, Range, Rank, Ratio, Reference, ReferenceRelation, RelativeChange,
    Respectively, Target, UnknownDirection, Words,
};
pub use error::{Expected, MAX_DIGITS, MAX_TARGET_LEN, ParseError, ParseErrorKind};
pub use input::fold;
pub use parse::Parser;
pub use span::Span;
pub use unit::{MAX_MEASURE_LEN, Measure, Scale, Unit};
pub use vocab::{Meaning, Pace, Sense, Vocabulary};

impl std::str::FromStr for Target {
    type Err = ParseError;

    /// Parses with the default vocabulary; see [`Parser`] to add phrases.
    fn from_str(s: &str) -> Result<Target, ParseError> {
        thread_local! {
            static PARSER: Parser = Parser::new();
        }
        // The commonest targets (`≥82.3`) need no vocabulary: no thread-local lookup either
        // (`Parser::parse` would try it again, which costs a few instructions only on a miss).
        if let Some(comparison) = parse::plain_comparison(s) {
            return Ok(Target::Comparison(comparison));
        }
        PARSER.with(|p| p.parse(s))
    }
}
