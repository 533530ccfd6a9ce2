//! Parse, check and monitor the targets of Chinese development plans.
//!
//! See the README for an overview.

pub mod outlook;
#[cfg(feature = "proptest")]
pub mod strategy;
pub mod syntax;
mod text;

pub use syntax::{CmpOp, Direction, Kind, ParseError, ParseErrorKind, Span, Target, Unit};
