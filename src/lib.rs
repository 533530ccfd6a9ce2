//! Parse, check and monitor the targets of Chinese development plans.
//!
//! The indicator tables of development plans state their targets in a small notation: `≥82.3`,
//! `＜1.5`, `45左右`, `2:3`, `逐年提高`, `不低于本地区党员总数中女性比例`, `保持在90%以上` …
//! [`syntax`] turns that notation into a typed tree ([`Target`]) with spans into the original
//! text, precise errors ([`ParseError`]) and a canonical printer (`Display`).
//!
//! ```
//! use plan_targets::{CmpOp, Target};
//!
//! let Target::Comparison(c) = "不低于90%".parse::<Target>()? else { unreachable!() };
//! assert_eq!(c.op, CmpOp::Ge);
//! assert_eq!(c.value.unit, Some(plan_targets::Unit::Percent));
//! # Ok::<(), plan_targets::ParseError>(())
//! ```
//!
//! [`series`] holds yearly observations (exact values, bounds such as `14以内`, ratios),
//! [`data`] reads a statistics office's yearly figures (CSV or JSON) into a [`Dataset`] and
//! [`eval`] decides whether a target is met as of a year: [`bind`] checks a target against its
//! indicator, [`evaluate`] returns an [`Assessment`] with its evidence.
//! [`catalog`] embeds both Wushan plans' indicators (targets, attributes, baselines with
//! provenance); [`outlook`] judges the pace towards 2030; [`report`] puts it all together into
//! the annual monitoring report, rendered as Markdown, CSV or JSON.
//!
//! ```
//! use plan_targets::data::Dataset;
//! use plan_targets::report::{Monitor, ReportOptions, render};
//!
//! let data = Dataset::from_csv_str("indicator,year,value\nW02,2020,78.99\nW02,2024,79.95\n")?;
//! let report = Monitor::new(ReportOptions::default())?.report(&data);
//! let w02 = report.rows.iter().find(|r| r.id == "W02").unwrap();
//! assert_eq!(w02.status.as_str(), "not_met"); // 79.95 < 82.3
//! assert_eq!(w02.outlook.as_str(), "acceleration_needed"); // R ≈ 0.74
//! assert!(render::markdown(&report).contains("| W02 | 妇女人均预期寿命 |"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Errors
//! Every fallible step has its own typed error that says where and what: [`ParseError`] (span
//! and expectation, with a caret rendering), [`BindError`] (which indicator, what is missing),
//! [`DataErrors`] (every bad line of a data file), [`catalog::UnknownIndicator`] (with the
//! nearest ids or names). Nothing panics on bad input.
//!
//! # Features
//! - `proptest`: [`strategy`], proptest strategies for arbitrary valid targets.

pub mod catalog;
pub mod data;
pub mod eval;
pub mod outlook;
pub mod report;
pub mod semantics;
pub mod series;
#[cfg(feature = "proptest")]
pub mod strategy;
pub mod syntax;
pub mod template;
mod text;

pub use data::{DataErrors, Dataset};
pub use eval::{
    Assessment, BindError, BoundTarget, Context, IndicatorSpec, Policy, Status, bind, evaluate,
};
pub use series::{Observation, Series, Year};
pub use syntax::{CmpOp, Direction, Kind, ParseError, ParseErrorKind, Span, Target, Unit};

#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
