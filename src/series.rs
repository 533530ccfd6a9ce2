//! Yearly series of exact decimals: what a target is checked against.
//!
//! A [`Series`] holds at most one [`Observation`] per year, sorted by year. An observation is an
//! exact value (`78.99`), a bound (`≤14`, `14/10万以内`, `87%以上`: the plans publish some figures
//! that way) or a ratio (`1:1.2`).
//!
//! ```
//! use plan_targets::series::{Observation, Series};
//! use plan_targets::Unit;
//!
//! let (series, unit) = Series::parse("2020=95.6%, 2023=≥96%")?;
//! assert_eq!(unit, Some(Unit::Percent));
//! assert_eq!(series.len(), 2);
//! assert_eq!(series.get(2023).unwrap().to_string(), "≥96");
//! # Ok::<(), plan_targets::series::SeriesParseError>(())
//! ```

use std::sync::Arc;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::syntax::{CmpOp, Kind, ParseError, Span, Target, Unit};

/// A calendar year.
pub type Year = i32;

/// One year's figure: an exact value, a bound on the value, or a ratio `a:b`.
///
/// `Display` prints the canonical notation without a unit: `78.99`, `≤14`, `>98.5`, `1:1.2`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Observation {
    /// An exact value.
    Value(Decimal),
    /// The value is only known to satisfy `value op bound`: `≤14` is `Bound { op: Le, bound: 14 }`.
    Bound {
        /// How the unknown value relates to `bound` (`Le`: at most, `Ge`: at least, `Lt`:
        /// strictly below, `Gt`: strictly above).
        op: CmpOp,
        /// The published bound.
        bound: Decimal,
    },
    /// A ratio `antecedent:consequent`, kept as written (never divided).
    Ratio {
        /// The first term.
        antecedent: Decimal,
        /// The second term.
        consequent: Decimal,
    },
}

impl Observation {
    /// The exact value, if this is one.
    pub fn value(&self) -> Option<Decimal> {
        match *self {
            Observation::Value(v) => Some(v),
            _ => None,
        }
    }

    /// Parses one observation as the plans and the CLI write it, returning the unit if one was
    /// written so that the caller can check it against the indicator's unit.
    ///
    /// Accepted: an exact value (`78.99`, `-0.5`, `95.6%`, `14/10万`), a bound (`≤14`,
    /// `14以内`, `87%以上`, `＜1.5`, `不低于90%`) or a ratio (`1:1.2`, `１：１.２`). Full-width
    /// characters and the bound words of the target notation are accepted because the text is
    /// read by the notation parser ([`crate::syntax::Parser`]).
    ///
    /// # Errors
    ///
    /// [`ObservationError::Syntax`] when the text is not notation at all, and
    /// [`ObservationError::NotAnObservation`] for notation that is a target but not a figure
    /// (`提高`, `45左右`, `103—107`, `增至3.17张`).
    ///
    /// ```
    /// use plan_targets::series::Observation;
    /// use plan_targets::{CmpOp, Unit};
    /// use rust_decimal::Decimal;
    ///
    /// let (obs, unit) = Observation::parse("14/10万以内")?;
    /// assert_eq!(obs, Observation::Bound { op: CmpOp::Le, bound: Decimal::from(14) });
    /// assert_eq!(unit, Some(Unit::PerHundredThousand));
    /// assert_eq!(Observation::parse("1:1.2")?.0.to_string(), "1:1.2");
    /// assert!(Observation::parse("提高").is_err());
    /// # Ok::<(), plan_targets::series::ObservationError>(())
    /// ```
    pub fn parse(text: &str) -> Result<(Observation, Option<Unit>), ObservationError> {
        let trimmed = text.trim_start();
        if let Some(rest) = trimmed
            .strip_prefix('-')
            .or_else(|| trimmed.strip_prefix('−'))
        {
            // The notation has no negative numbers; a figure may be negative (a growth rate).
            return match Observation::parse(rest)? {
                (Observation::Value(v), unit) => Ok((Observation::Value(-v), unit)),
                _ => Err(ObservationError::NegativeNonValue),
            };
        }
        let target: Target = text.parse().map_err(ObservationError::Syntax)?;
        match target {
            Target::Comparison(c) => Ok((
                Observation::Bound {
                    op: c.op,
                    bound: c.value.value,
                },
                c.value.unit,
            )),
            Target::Attain(a) if a.direction.is_none() => {
                Ok((Observation::Value(a.value.value), a.value.unit))
            }
            Target::Ratio(r) => Ok((
                Observation::Ratio {
                    antecedent: r.antecedent,
                    consequent: r.consequent,
                },
                None,
            )),
            other => Err(ObservationError::NotAnObservation { kind: other.kind() }),
        }
    }
}

impl std::fmt::Display for Observation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Observation::Value(v) => write!(f, "{v}"),
            Observation::Bound { op, bound } => write!(f, "{}{bound}", op.symbol()),
            Observation::Ratio {
                antecedent,
                consequent,
            } => write!(f, "{antecedent}:{consequent}"),
        }
    }
}

impl From<Decimal> for Observation {
    fn from(v: Decimal) -> Observation {
        Observation::Value(v)
    }
}

/// Why a text is not one observation.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ObservationError {
    /// The text is not target notation.
    #[error("not a figure: {0}")]
    Syntax(ParseError),
    /// Valid notation, but a target rather than a figure.
    #[error("expected a value, a bound or a ratio, found a {kind} target")]
    NotAnObservation {
        /// The form the text has as a target.
        kind: Kind,
    },
    /// A minus sign before a bound or a ratio.
    #[error("only an exact value may be negative")]
    NegativeNonValue,
}

/// Building a [`Series`] failed.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum SeriesError {
    /// Two observations for one year.
    #[error("year {year} is observed twice")]
    DuplicateYear {
        /// The year given twice.
        year: Year,
    },
}

/// Yearly observations, at most one per year, sorted by year.
///
/// Cloning is cheap (the observations are shared behind an [`Arc`]); lookups borrow.
///
/// ```
/// use plan_targets::series::{Series, SeriesError};
/// use rust_decimal::Decimal;
///
/// let s = Series::from_values([(2023, Decimal::from(80)), (2020, Decimal::from(78))])?;
/// assert_eq!(s.years().collect::<Vec<_>>(), [2020, 2023]);
/// assert_eq!(s.latest(Some(2022)).map(|(y, _)| y), Some(2020));
/// assert_eq!(
///     Series::from_values([(2020, Decimal::ONE), (2020, Decimal::TWO)]).unwrap_err(),
///     SeriesError::DuplicateYear { year: 2020 },
/// );
/// # Ok::<(), SeriesError>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(
    try_from = "Vec<(Year, Observation)>",
    into = "Vec<(Year, Observation)>"
)]
pub struct Series {
    points: Arc<[(Year, Observation)]>,
}

impl Series {
    /// Builds a series from observations in any order.
    ///
    /// # Errors
    ///
    /// [`SeriesError::DuplicateYear`] naming the first year given twice.
    pub fn new(
        points: impl IntoIterator<Item = (Year, Observation)>,
    ) -> Result<Series, SeriesError> {
        let mut points: Vec<(Year, Observation)> = points.into_iter().collect();
        points.sort_by_key(|&(year, _)| year);
        if let Some(w) = points.windows(2).find(|w| w[0].0 == w[1].0) {
            return Err(SeriesError::DuplicateYear { year: w[0].0 });
        }
        Ok(Series {
            points: points.into(),
        })
    }

    /// Builds a series of exact values.
    ///
    /// # Errors
    ///
    /// [`SeriesError::DuplicateYear`] naming the first year given twice.
    pub fn from_values(
        values: impl IntoIterator<Item = (Year, Decimal)>,
    ) -> Result<Series, SeriesError> {
        Series::new(values.into_iter().map(|(y, v)| (y, Observation::Value(v))))
    }

    /// The number of observed years.
    pub fn len(&self) -> usize {
        self.points.len()
    }

    /// True when no year is observed.
    pub fn is_empty(&self) -> bool {
        self.points.is_empty()
    }

    /// The observation of `year`, if any.
    pub fn get(&self, year: Year) -> Option<&Observation> {
        self.points
            .binary_search_by_key(&year, |&(y, _)| y)
            .ok()
            .map(|i| &self.points[i].1)
    }

    /// The latest observation in a year ≤ `as_of` (or the latest of all when `as_of` is `None`).
    pub fn latest(&self, as_of: Option<Year>) -> Option<(Year, &Observation)> {
        self.up_to(as_of.unwrap_or(Year::MAX))
            .last()
            .map(|(y, o)| (*y, o))
    }

    /// Every observation, by year.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = (Year, &Observation)> + '_ {
        self.points.iter().map(|(y, o)| (*y, o))
    }

    /// The observed years, in order.
    pub fn years(&self) -> impl DoubleEndedIterator<Item = Year> + '_ {
        self.points.iter().map(|&(y, _)| y)
    }

    /// The observations of the years `from..=to`, by year (empty when `from > to`).
    pub fn between(&self, from: Year, to: Year) -> &[(Year, Observation)] {
        let start = self.points.partition_point(|&(y, _)| y < from);
        let end = self.points.partition_point(|&(y, _)| y <= to);
        &self.points[start..end.max(start)]
    }

    fn up_to(&self, to: Year) -> &[(Year, Observation)] {
        &self.points[..self.points.partition_point(|&(y, _)| y <= to)]
    }

    /// Parses `2020=78.99,2023=80.1`: comma-separated (`,`, `，` or `;`) `year=observation`
    /// items, each observation as [`Observation::parse`] reads it. Whitespace around items is
    /// ignored. Returns the unit written on the observations, if any; every observation that
    /// writes a unit must write the same one.
    ///
    /// # Errors
    ///
    /// A [`SeriesParseError`] whose [`span`](SeriesParseError::span) points at the offending
    /// item, for an empty text, a missing `=`, a bad year, a bad observation, a year given twice
    /// or two different units.
    ///
    /// ```
    /// use plan_targets::series::{Series, SeriesParseErrorKind};
    /// let err = Series::parse("2020=1, 2020=2").unwrap_err();
    /// assert_eq!(err.kind(), &SeriesParseErrorKind::DuplicateYear { year: 2020 });
    /// assert_eq!(err.to_string(), "year 2020 is observed twice at byte 8");
    /// ```
    pub fn parse(text: &str) -> Result<(Series, Option<Unit>), SeriesParseError> {
        Series::parse_items(text).map_err(|e| e.in_input(text))
    }

    fn parse_items(text: &str) -> Result<(Series, Option<Unit>), SeriesParseError> {
        use SeriesParseErrorKind as K;
        let mut points = Vec::new();
        let mut unit: Option<Unit> = None;
        let mut start = 0;
        for item in text.split([',', '，', ';']) {
            let item_start = start;
            start += item.len() + next_separator_len(&text[item_start + item.len()..]);
            let lead = item.len() - item.trim_start().len();
            let item = item.trim();
            let at = |from: usize, len: usize| {
                Span::new(item_start + lead + from, item_start + lead + from + len)
            };
            if item.is_empty() {
                return Err(SeriesParseError::new(K::EmptyItem, at(0, 0)));
            }
            let Some((year_text, obs_text)) = item.split_once('=') else {
                return Err(SeriesParseError::new(K::ExpectedEquals, at(0, item.len())));
            };
            let year_trimmed = year_text.trim();
            let year: Year = match year_trimmed.parse() {
                Ok(y) if year_trimmed.bytes().all(|b| b.is_ascii_digit()) => y,
                _ => return Err(SeriesParseError::new(K::BadYear, at(0, year_text.len()))),
            };
            let obs_at = at(year_text.len() + 1, obs_text.len());
            let (obs, obs_unit) = Observation::parse(obs_text)
                .map_err(|e| SeriesParseError::new(K::Observation(e), obs_at))?;
            if let Some(u) = obs_unit {
                match unit {
                    Some(first) if first != u => {
                        return Err(SeriesParseError::new(
                            K::MixedUnits { first, other: u },
                            obs_at,
                        ));
                    }
                    _ => unit = Some(u),
                }
            }
            if points.iter().any(|&(y, _)| y == year) {
                return Err(SeriesParseError::new(
                    K::DuplicateYear { year },
                    at(0, item.len()),
                ));
            }
            points.push((year, obs));
        }
        let series = Series::new(points).expect("duplicates are rejected above");
        Ok((series, unit))
    }
}

fn next_separator_len(rest: &str) -> usize {
    rest.chars().next().map_or(0, char::len_utf8)
}

impl TryFrom<Vec<(Year, Observation)>> for Series {
    type Error = SeriesError;

    fn try_from(points: Vec<(Year, Observation)>) -> Result<Series, SeriesError> {
        Series::new(points)
    }
}

impl From<Series> for Vec<(Year, Observation)> {
    fn from(series: Series) -> Vec<(Year, Observation)> {
        series.points.to_vec()
    }
}

/// Why series text (`2020=78.99,2023=80.1`) failed to parse, and where.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{kind} at byte {}", span.start)]
pub struct SeriesParseError {
    kind: SeriesParseErrorKind,
    span: Span,
    /// The input around the span, for [`SeriesParseError::render`] (boxed: errors stay small).
    excerpt: Box<Excerpt>,
}

/// The input around an error's span: at most [`EXCERPT_CHARS`] characters on either side.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Excerpt {
    text: String,
    /// Where `text` starts in the input, in bytes.
    start: usize,
    /// Whether the input goes on after `text`.
    cut: bool,
}

/// How many characters of the input on either side of the span a [`SeriesParseError`] keeps
/// for [`SeriesParseError::render`].
const EXCERPT_CHARS: usize = 40;

impl SeriesParseError {
    fn new(kind: SeriesParseErrorKind, span: Span) -> SeriesParseError {
        SeriesParseError {
            kind,
            span,
            excerpt: Box::default(),
        }
    }

    /// Keeps the part of `input` around the span, for [`SeriesParseError::render`].
    fn in_input(mut self, input: &str) -> SeriesParseError {
        let start = self.span.start.min(input.len());
        let end = self.span.end.clamp(start, input.len());
        let from = input[..start]
            .char_indices()
            .rev()
            .nth(EXCERPT_CHARS - 1)
            .map_or(0, |(i, _)| i);
        let to = input[end..]
            .char_indices()
            .nth(EXCERPT_CHARS)
            .map_or(input.len(), |(i, _)| end + i);
        self.excerpt = Box::new(Excerpt {
            text: input[from..to].to_owned(),
            start: from,
            cut: to < input.len(),
        });
        self
    }

    /// The input drawn with `^` under the span, as [`ParseError::render`] draws a target (an
    /// input longer than the excerpt kept is cut with `…`).
    ///
    /// ```
    /// use plan_targets::series::Series;
    /// let err = Series::parse("2020=78.99，2023").unwrap_err();
    /// assert_eq!(
    ///     err.render(),
    ///     "error: expected `=` between the year and the observation\n  \
    ///        |\n  \
    ///        | 2020=78.99，2023\n  \
    ///        |             ^^^^\n",
    /// );
    /// ```
    pub fn render(&self) -> String {
        let Excerpt { text, start, cut } = &*self.excerpt;
        let lead = if *start > 0 { "…" } else { "" };
        let tail = if *cut { "…" } else { "" };
        let line = format!("{lead}{text}{tail}");
        let from = self.span.start.saturating_sub(*start) + lead.len();
        let to = self.span.end.saturating_sub(*start) + lead.len();
        crate::text::render_caret(&self.kind.to_string(), &line, from, to)
    }

    /// What went wrong.
    pub fn kind(&self) -> &SeriesParseErrorKind {
        &self.kind
    }

    /// The bytes of the input at fault (the item, the year or the observation).
    pub fn span(&self) -> Span {
        self.span
    }
}

/// What went wrong in series text.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum SeriesParseErrorKind {
    /// Nothing between two separators (or an empty text).
    #[error("expected `year=observation`, found nothing")]
    EmptyItem,
    /// An item without `=`.
    #[error("expected `=` between the year and the observation")]
    ExpectedEquals,
    /// The year is not a number of ASCII digits that fits a year.
    #[error("expected a year of ASCII digits")]
    BadYear,
    /// The observation does not parse.
    #[error("{0}")]
    Observation(ObservationError),
    /// A year given twice.
    #[error("year {year} is observed twice")]
    DuplicateYear {
        /// The year.
        year: Year,
    },
    /// Two observations with different units.
    #[error("unit {other} disagrees with the series' unit {first}")]
    MixedUnits {
        /// The first unit written.
        first: Unit,
        /// The unit that disagrees.
        other: Unit,
    },
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    fn obs(s: &str) -> (Observation, Option<Unit>) {
        Observation::parse(s).unwrap()
    }

    #[test]
    fn observations_of_every_shape() {
        assert_eq!(obs("78.99"), (Observation::Value(d("78.99")), None));
        assert_eq!(
            obs("95.6%"),
            (Observation::Value(d("95.6")), Some(Unit::Percent))
        );
        assert_eq!(
            obs("14/10万"),
            (Observation::Value(d("14")), Some(Unit::PerHundredThousand))
        );
        let bound = |op, v| Observation::Bound { op, bound: d(v) };
        assert_eq!(obs("≤14"), (bound(CmpOp::Le, "14"), None));
        assert_eq!(obs("14以内"), (bound(CmpOp::Le, "14"), None));
        assert_eq!(
            obs("87%以上"),
            (bound(CmpOp::Ge, "87"), Some(Unit::Percent))
        );
        assert_eq!(obs("＜1.5"), (bound(CmpOp::Lt, "1.5"), None));
        assert_eq!(
            obs("1:1.2"),
            (
                Observation::Ratio {
                    antecedent: d("1"),
                    consequent: d("1.2")
                },
                None
            )
        );
        assert_eq!(obs("-0.5"), (Observation::Value(d("-0.5")), None));
        assert_eq!(obs("78.90").0.to_string(), "78.90");
    }

    #[test]
    fn observations_rejected() {
        assert!(matches!(
            Observation::parse("提高"),
            Err(ObservationError::NotAnObservation { kind: Kind::Rise })
        ));
        assert!(matches!(
            Observation::parse("103—107"),
            Err(ObservationError::NotAnObservation { kind: Kind::Range })
        ));
        assert!(matches!(
            Observation::parse("abc"),
            Err(ObservationError::Syntax(_))
        ));
        assert_eq!(
            Observation::parse("-≤3"),
            Err(ObservationError::NegativeNonValue)
        );
    }

    #[test]
    fn series_lookups() {
        let s = Series::from_values([(2022, d("2")), (2020, d("0")), (2025, d("5"))]).unwrap();
        assert_eq!(s.get(2022), Some(&Observation::Value(d("2"))));
        assert_eq!(s.get(2021), None);
        assert_eq!(s.latest(None).unwrap().0, 2025);
        assert_eq!(s.latest(Some(2024)).unwrap().0, 2022);
        assert_eq!(s.latest(Some(2019)), None);
        assert_eq!(s.between(2021, 2025).len(), 2);
        assert!(s.between(2026, 2020).is_empty());
        let clone = s.clone();
        assert!(Arc::ptr_eq(&clone.points, &s.points));
    }

    #[test]
    fn series_text() {
        let (s, unit) = Series::parse("2020=78.99,2023=80.1").unwrap();
        assert_eq!(unit, None);
        assert_eq!(s.years().collect::<Vec<_>>(), [2020, 2023]);
        let (s, unit) = Series::parse(" 2021 = ≤14/10万 ，2020=15/10万").unwrap();
        assert_eq!(unit, Some(Unit::PerHundredThousand));
        assert_eq!(s.years().collect::<Vec<_>>(), [2020, 2021]);
    }

    #[test]
    fn a_long_series_renders_an_excerpt_around_the_error() {
        let items: Vec<String> = (2000..2060).map(|y| format!("{y}=1")).collect();
        let text = format!("{},x=1,{}", items.join(","), items.join(","));
        let rendered = Series::parse(&text).unwrap_err().render();
        let lines: Vec<&str> = rendered.lines().collect();
        assert_eq!(lines[0], "error: expected a year of ASCII digits");
        assert!(
            lines[2].starts_with("  | …") && lines[2].ends_with('…'),
            "{rendered}"
        );
        // The caret is under the `x`, after 40 characters and the `…`.
        assert_eq!(lines[3], format!("  | {}^", " ".repeat(41)));
    }

    #[test]
    fn series_text_errors_point_at_the_item() {
        let err = Series::parse("2020=1,x=2").unwrap_err();
        assert_eq!(err.kind(), &SeriesParseErrorKind::BadYear);
        assert_eq!(err.span(), Span::new(7, 8));
        let err = Series::parse("2020=1, 2021").unwrap_err();
        assert_eq!(err.kind(), &SeriesParseErrorKind::ExpectedEquals);
        assert_eq!(err.span(), Span::new(8, 12));
        let err = Series::parse("2020=1,,").unwrap_err();
        assert_eq!(err.kind(), &SeriesParseErrorKind::EmptyItem);
        assert_eq!(err.span(), Span::new(7, 7));
        let err = Series::parse("2020=1%,2021=2‰").unwrap_err();
        assert_eq!(
            err.kind(),
            &SeriesParseErrorKind::MixedUnits {
                first: Unit::Percent,
                other: Unit::PerMille
            }
        );
        assert_eq!(err.span().start, 13);
        let err = Series::parse("2020=提高").unwrap_err();
        assert!(matches!(err.kind(), SeriesParseErrorKind::Observation(_)));
        assert_eq!(err.span(), Span::new(5, 11));
        assert!(Series::parse("").is_err());
        assert!(Series::parse("-2020=1").is_err());
    }

    #[test]
    fn serde_round_trip() {
        let (s, _) = Series::parse("2020=1,2021=≤2,2022=1:2").unwrap();
        let json = serde_json::to_string(&s).unwrap();
        let back: Series = serde_json::from_str(&json).unwrap();
        assert_eq!(back, s);
        assert!(
            serde_json::from_str::<Series>(r#"[[2020,{"value":"1"}],[2020,{"value":"2"}]]"#)
                .is_err()
        );
    }
}
