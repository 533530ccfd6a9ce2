//! Units of measure written after a number.

use serde::{Deserialize, Serialize};

/// A unit of measure as the plans write it after a number or in an indicator's name.
///
/// Parsing accepts every spelling in [`Unit::spellings`] (full-width and traditional forms are
/// folded by the lexer); printing uses [`Unit::as_str`].
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
];

impl Unit {
    /// Every unit, in declaration order.
    pub const ALL: [Unit; 17] = [
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
    ];

    /// The canonical spelling, as the printer writes it after a number.
    pub const fn as_str(self) -> &'static str {
        match self {
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
        }
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
        f.write_str(self.as_str())
    }
}
