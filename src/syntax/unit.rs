//! Units of measure written after a number.
//!
//! The unit after a number is open ([`crate::semantics`], "Quantities"): the plans' common units have a
//! name of their own ([`Unit::Percent`], [`Unit::PerHundredThousand`], [`Unit::Post`] …); any
//! other measure word or compound (`吨`, `人年`, `平方米`, `万元`, `亿人`) is a [`Measure`]: an
//! optional scale word (`万` = 10⁴, `亿` = 10⁸, kept as written) and the word after it.
//! [`Unit::base`] and [`Unit::factor`] compare units by value: `1.2亿人` = `12000万人`.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// A unit of measure as the plans write it after a number or in an indicator's name.
///
/// Parsing accepts every spelling in [`Unit::spellings`] (full-width and traditional forms are
/// folded by the lexer); printing uses `Display` ([`Unit::name`] for the named units).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Unit {
    /// `%`: per hundred.
    Percent,
    /// `‰`: per thousand.
    PerMille,
    /// `/10万` (also `1/10万`): per hundred thousand.
    PerHundredThousand,
    /// `个百分点`: percentage points (a difference of two percentages).
    PercentagePoint,
    /// `岁`: years of age.
    YearsOfAge,
    /// `年`: years (of schooling, of duration).
    Year,
    /// `小时`: hours.
    Hour,
    /// `天`: days.
    Day,
    /// `万人`: ten thousand persons.
    TenThousandPersons,
    /// `人`: persons.
    Person,
    /// `所`: institutions (hospitals, schools).
    Institution,
    /// `个`: generic count.
    Piece,
    /// `张`: beds (and other flat things).
    Bed,
    /// `名`: persons counted by post (doctors).
    Post,
    /// `件`: cases.
    Case,
    /// `户`: households.
    Household,
    /// `次`: times, occurrences.
    Times,
    /// `/万`: per ten thousand.
    PerTenThousand,
    /// `类` after a Roman numeral (`Ⅲ类`): a quality class, as of surface water, where a lower
    /// class is better. Only a Roman numeral makes it (`3类` counts three kinds, a measure
    /// word), and the canonical form prints it Roman.
    Class,
    /// Any other measure word, with its scale: `吨`, `人年`, `万元`, `亿人`.
    Measure(Measure),
}

/// A scale word before a measure word: kept as written, compared by value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Scale {
    /// `万`: 10⁴.
    TenThousand,
    /// `亿`: 10⁸.
    HundredMillion,
    /// `万亿`: 10¹².
    Trillion,
}

impl Scale {
    /// Every scale, longest spelling first.
    pub const ALL: [Scale; 3] = [Scale::Trillion, Scale::TenThousand, Scale::HundredMillion];

    /// The scale word.
    pub const fn as_str(self) -> &'static str {
        match self {
            Scale::TenThousand => "万",
            Scale::HundredMillion => "亿",
            Scale::Trillion => "万亿",
        }
    }

    /// The multiplier: 10⁴, 10⁸ or 10¹².
    pub fn factor(self) -> Decimal {
        match self {
            Scale::TenThousand => Decimal::from(10_000),
            Scale::HundredMillion => Decimal::from(100_000_000),
            Scale::Trillion => Decimal::from(1_000_000_000_000i64),
        }
    }
}

/// The longest measure word kept, in bytes: seven CJK characters, or a compound of a measure, a
/// `/` and a scaled denominator (`公里/万平方公里`, 22 bytes).
pub const MAX_MEASURE_LEN: usize = 22;

/// A measure word outside the named units, with an optional scale: `吨`, `人年`, `万元`.
///
/// Stored inline (at most [`MAX_MEASURE_LEN`] bytes, folded) so that [`Unit`] stays `Copy`.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Measure {
    scale: Option<Scale>,
    len: u8,
    bytes: [u8; MAX_MEASURE_LEN],
}

impl Measure {
    /// A measure word (folded text) with a scale; `None` when the word is empty or longer than
    /// [`MAX_MEASURE_LEN`] bytes.
    pub fn new(scale: Option<Scale>, word: &str) -> Option<Measure> {
        if word.len() > MAX_MEASURE_LEN || (word.is_empty() && scale.is_none()) {
            return None;
        }
        let mut bytes = [0; MAX_MEASURE_LEN];
        bytes[..word.len()].copy_from_slice(word.as_bytes());
        Some(Measure {
            scale,
            len: word.len() as u8,
            bytes,
        })
    }

    /// The scale word, if written.
    pub fn scale(&self) -> Option<Scale> {
        self.scale
    }

    /// The measure word after the scale (empty for a bare `万`).
    pub fn word(&self) -> &str {
        // Built from a `&str` cut at a char boundary: always valid UTF-8.
        std::str::from_utf8(&self.bytes[..usize::from(self.len)]).unwrap_or_default()
    }
}

impl std::fmt::Debug for Measure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Measure({self})")
    }
}

impl std::fmt::Display for Measure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if let Some(scale) = self.scale {
            f.write_str(scale.as_str())?;
        }
        f.write_str(self.word())
    }
}

impl Serialize for Measure {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Measure {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Measure, D::Error> {
        let text = String::deserialize(d)?;
        match Unit::from_written(&text) {
            Some(Unit::Measure(m)) => Ok(m),
            _ => Err(serde::de::Error::custom(format!(
                "`{text}` is not an open measure word"
            ))),
        }
    }
}

/// Every accepted spelling, in the order the lexer tries them (longest first where one spelling
/// is a prefix of another: `个百分点` before `个`, `万人` before `人`). Spellings are in folded
/// form (half-width, simplified).
const SPELLINGS: &[(&str, Unit)] = &[
    ("%", Unit::Percent),
    ("‰", Unit::PerMille),
    ("/10万", Unit::PerHundredThousand),
    ("个百分点", Unit::PercentagePoint),
    ("百分点", Unit::PercentagePoint),
    ("万人", Unit::TenThousandPersons),
    ("岁", Unit::YearsOfAge),
    ("小时", Unit::Hour),
    ("年", Unit::Year),
    ("天", Unit::Day),
    ("人", Unit::Person),
    ("所", Unit::Institution),
    ("个", Unit::Piece),
    ("张", Unit::Bed),
    ("名", Unit::Post),
    ("件", Unit::Case),
    ("户", Unit::Household),
    ("次", Unit::Times),
    ("/万", Unit::PerTenThousand),
];

impl Unit {
    /// Every unit spelled after a number, in declaration order ([`Unit::Class`] is written
    /// after a Roman numeral only, and a [`Measure`] is open).
    pub const ALL: [Unit; 18] = [
        Unit::Percent,
        Unit::PerMille,
        Unit::PerHundredThousand,
        Unit::PercentagePoint,
        Unit::YearsOfAge,
        Unit::Year,
        Unit::Hour,
        Unit::Day,
        Unit::TenThousandPersons,
        Unit::Person,
        Unit::Institution,
        Unit::Piece,
        Unit::Bed,
        Unit::Post,
        Unit::Case,
        Unit::Household,
        Unit::Times,
        Unit::PerTenThousand,
    ];

    /// The canonical spelling of a named unit (`None` for a [`Measure`], whose text is its own:
    /// print it with `Display`).
    pub const fn name(self) -> Option<&'static str> {
        Some(match self {
            Unit::Percent => "%",
            Unit::PerMille => "‰",
            Unit::PerHundredThousand => "/10万",
            Unit::PercentagePoint => "个百分点",
            Unit::YearsOfAge => "岁",
            Unit::Year => "年",
            Unit::Hour => "小时",
            Unit::Day => "天",
            Unit::TenThousandPersons => "万人",
            Unit::Person => "人",
            Unit::Institution => "所",
            Unit::Piece => "个",
            Unit::Bed => "张",
            Unit::Post => "名",
            Unit::Case => "件",
            Unit::Household => "户",
            Unit::Times => "次",
            Unit::PerTenThousand => "/万",
            Unit::Class => "类",
            Unit::Measure(_) => return None,
        })
    }

    /// A unit from its folded spelling, exactly: a named unit when it is one (`万人`, `%`),
    /// otherwise a measure word with an optional leading scale (`万元`, `亿人`, `人年`).
    pub fn from_written(folded: &str) -> Option<Unit> {
        if let Some(&(_, unit)) = SPELLINGS.iter().find(|(w, _)| *w == folded) {
            return Some(unit);
        }
        let (scale, word) = Scale::ALL
            .iter()
            .find_map(|&s| folded.strip_prefix(s.as_str()).map(|w| (Some(s), w)))
            .unwrap_or((None, folded));
        Measure::new(scale, word).map(Unit::Measure)
    }

    /// The unit without its scale and the scale's factor: `万人` is (`人`, 10⁴), `亿元` is
    /// (`元`, 10⁸), `%` is (`%`, 1). Two quantities are comparable by value when their bases
    /// agree: `1.2亿人` = `12000万人`.
    ///
    /// ```
    /// use plan_targets::Unit;
    /// let yi = Unit::from_written("亿人").unwrap();
    /// let wan = Unit::from_written("万人").unwrap();
    /// assert_eq!(yi.base().0, wan.base().0);
    /// assert_eq!(yi.base().1 / wan.base().1, 10_000.into());
    /// ```
    pub fn base(self) -> (Unit, Decimal) {
        // A fraction (`1/3`) is a share: in percent, `100/3` per unit of its numerator.
        if let Some(denominator) = self.fraction_denominator() {
            let factor = Decimal::ONE_HUNDRED
                .checked_div(denominator)
                .unwrap_or(Decimal::ONE);
            return (Unit::Percent, factor);
        }
        match self {
            Unit::TenThousandPersons => (Unit::Person, Scale::TenThousand.factor()),
            Unit::Measure(m) => {
                let factor = m.scale().map_or(Decimal::ONE, Scale::factor);
                let base = match Unit::from_written(m.word()) {
                    Some(Unit::Measure(_)) | None => Unit::Measure(Measure { scale: None, ..m }),
                    Some(named) => named.base().0,
                };
                (base, factor)
            }
            named => (named, Decimal::ONE),
        }
    }

    /// The denominator of a fraction written as a value (`1/3`, `三分之一`: the unit `/3` after
    /// the numerator 1); `None` for every other unit.
    ///
    /// ```
    /// use plan_targets::Target;
    /// let t: Target = "超过三分之一".parse().unwrap();
    /// assert_eq!(t.to_string(), ">1/3");
    /// assert_eq!(t.unit().and_then(|u| u.fraction_denominator()), Some(3.into()));
    /// ```
    pub fn fraction_denominator(self) -> Option<Decimal> {
        let Unit::Measure(m) = self else { return None };
        let digits = m.word().strip_prefix('/')?;
        if m.scale().is_some() || digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        digits.parse::<Decimal>().ok().filter(|d| !d.is_zero())
    }

    /// The accepted spellings after a number, in folded form, longest-first where it matters.
    pub fn spellings() -> impl Iterator<Item = (&'static str, Unit)> {
        SPELLINGS.iter().copied()
    }

    /// True for units whose values have a natural ceiling of 100 (percentages).
    pub const fn is_percentage(self) -> bool {
        matches!(self, Unit::Percent)
    }

    /// Reads a unit as an indicator table prints it in parentheses: `%`, `‰`, `1/10万`, `岁`,
    /// `万人` … Full-width and traditional forms are accepted. Returns `None` for anything else.
    ///
    /// ```
    /// use plan_targets::Unit;
    /// assert_eq!(Unit::from_label("1/10万"), Some(Unit::PerHundredThousand));
    /// assert_eq!(Unit::from_label("％"), Some(Unit::Percent));
    /// assert_eq!(Unit::from_label("furlongs"), None);
    /// ```
    pub fn from_label(label: &str) -> Option<Unit> {
        let folded: String = label.trim().chars().map(super::input::fold).collect();
        let folded = folded
            .strip_prefix('1')
            .filter(|rest| rest.starts_with('/'))
            .unwrap_or(&folded);
        SPELLINGS
            .iter()
            .find(|(spelling, _)| *spelling == folded)
            .map(|&(_, unit)| unit)
    }
}

impl std::fmt::Display for Unit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.name() {
            Some(name) => f.write_str(name),
            None => match self {
                Unit::Measure(m) => m.fmt(f),
                _ => Ok(()),
            },
        }
    }
}
