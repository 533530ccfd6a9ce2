//! The thresholds of the semantics, as one value a caller can change: status and outlook alike.

use std::borrow::Cow;
use std::collections::BTreeMap;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::series::Year;

/// A closed interval `[low, high]` of acceptable values (both ends included).
///
/// ```
/// use plan_targets::eval::Band;
/// use rust_decimal::Decimal;
/// let srb = Band::new(Decimal::from(103), Decimal::from(107));
/// assert!(srb.contains(Decimal::from(107)));
/// assert!(!srb.contains("107.1".parse().unwrap()));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Band {
    /// The lower end (included).
    pub low: Decimal,
    /// The upper end (included).
    pub high: Decimal,
}

impl Band {
    /// The band `[low, high]`. A band with `low > high` is rejected when a target is bound.
    pub const fn new(low: Decimal, high: Decimal) -> Band {
        Band { low, high }
    }

    /// Whether `low ≤ v ≤ high`.
    pub fn contains(&self, v: Decimal) -> bool {
        self.low <= v && v <= self.high
    }
}

/// Every default of the semantics ([`crate::semantics`]) as a named field, plus per-indicator overrides.
///
/// `Policy::default()` is the team's semantics. One policy holds the status thresholds and,
/// in [`Policy::outlook`], those of the outlook; the baseline year, the target year and the
/// natural limit of a percentage exist once and serve both.
///
/// A policy deserializes from JSON with any field left out taking its default, and is checked
/// as it is read ([`Policy::validate`]): a negative tolerance or limit, a decline rate of 100 %
/// or more, or a target year not after the baseline year is a [`PolicyError`], never a panic
/// later.
///
/// ```
/// use plan_targets::eval::{Band, Policy, PolicyOverride};
/// use rust_decimal::Decimal;
///
/// let mut policy = Policy::default();
/// assert_eq!(policy.approximate_tolerance, "0.05".parse().unwrap());
/// policy.overrides.insert("A7".into(), PolicyOverride {
///     qualitative_band: Some(Band::new(Decimal::from(40), Decimal::from(60))),
///     ..PolicyOverride::default()
/// });
/// assert!(policy.for_indicator(Some("A7")).qualitative_band.is_some());
/// assert!(policy.for_indicator(Some("A8")).qualitative_band.is_none());
///
/// let err = serde_json::from_str::<Policy>(r#"{"percentage_limit": "-1"}"#).unwrap_err();
/// assert!(err.to_string().contains("percentage_limit is -1, expected a number above 0"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "Unchecked")]
pub struct Policy {
    /// δ for `左右` and for commensurate and direction-less ratio targets, relative to the
    /// target value: `45左右` allows `|y − 45| ≤ 0.05·45 = 2.25`. Default 0.05 (5 %).
    pub approximate_tolerance: Decimal,
    /// m, the yearly rate of a marked decline (`明显下降`): `y_t ≤ y_B·(1 − m)^(t−B)`.
    /// Default 0.01 (1 % a year, Eurostat's "significant" rate).
    pub marked_decline_rate: Decimal,
    /// The baseline year B. Default 2020.
    pub baseline_year: Year,
    /// The target year T, to which outlooks and projections look. Default 2030.
    pub target_year: Year,
    /// The natural limit of a percentage: a rise is saturated there, the outlook's
    /// natural-limit factor scales towards it, and projections stop at it. Default 100.
    pub percentage_limit: Decimal,
    /// The balance band of `趋于平衡` when neither an override nor the indicator gives one.
    /// Default none (the catalogue gives 103–107 for the sex ratio at birth).
    pub balance_band: Option<Band>,
    /// The band that makes a qualitative goal measurable: met when every observation in B..t
    /// lies in it. Default none (qualitative goals need judgement); set it per indicator.
    pub qualitative_band: Option<Band>,
    /// δ of `保持稳定` (stable), relative to the baseline value: every observation in B..t
    /// within `δ·|y_B|` of `y_B`. Default 0.05 (5 %).
    pub stable_tolerance: Decimal,
    /// The ceiling that makes `基本消除…` (basically eliminate) measurable: met when
    /// `y_t ≤ ceiling`. Default none (needs judgement); set it per indicator.
    pub elimination_ceiling: Option<Decimal>,
    /// The thresholds of the outlook's verdicts.
    pub outlook: OutlookThresholds,
    /// Overrides by indicator id, applied by [`Policy::for_indicator`].
    pub overrides: BTreeMap<String, PolicyOverride>,
}

impl Default for Policy {
    fn default() -> Policy {
        Policy {
            approximate_tolerance: Decimal::new(5, 2),
            marked_decline_rate: Decimal::new(1, 2),
            baseline_year: 2020,
            target_year: 2030,
            percentage_limit: Decimal::ONE_HUNDRED,
            balance_band: None,
            qualitative_band: None,
            stable_tolerance: Decimal::new(5, 2),
            elimination_ceiling: None,
            outlook: OutlookThresholds::default(),
            overrides: BTreeMap::new(),
        }
    }
}

/// The thresholds of the outlook ([`crate::semantics`], "Outlook"). Every one is a default a caller can
/// change.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct OutlookThresholds {
    /// `R` at or above this is `on_track` (default 0.95).
    pub on_track_ratio: Decimal,
    /// `R` at or above this (and below [`OutlookThresholds::on_track_ratio`]) is
    /// `acceleration_needed` (default 0.6); from 0 up to it, `limited_progress`.
    pub acceleration_ratio: Decimal,
    /// A directional rate `s` at or above this many % a year is `on_track` (default 1.5).
    pub on_track_rate: Decimal,
    /// A directional rate `s` at or above this many % a year (and below
    /// [`OutlookThresholds::on_track_rate`]) is `acceleration_needed` (default 0.5); from 0 up
    /// to it, `limited_progress`.
    pub acceleration_rate: Decimal,
    /// The exponent `k` of the natural-limit factor `C = 1 − (y_B/limit)^k` (default 4.44,
    /// Statistics Canada); the limit is [`Policy::percentage_limit`].
    pub limit_exponent: Decimal,
}

impl Default for OutlookThresholds {
    fn default() -> OutlookThresholds {
        OutlookThresholds {
            on_track_ratio: Decimal::new(95, 2),
            acceleration_ratio: Decimal::new(6, 1),
            on_track_rate: Decimal::new(15, 1),
            acceleration_rate: Decimal::new(5, 1),
            limit_exponent: Decimal::new(444, 2),
        }
    }
}

/// Per-indicator changes to a [`Policy`]: each field that is `Some` replaces the policy's.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
#[allow(missing_docs)] // each field overrides the `Policy` field of the same name
pub struct PolicyOverride {
    pub approximate_tolerance: Option<Decimal>,
    pub marked_decline_rate: Option<Decimal>,
    pub baseline_year: Option<Year>,
    pub target_year: Option<Year>,
    pub percentage_limit: Option<Decimal>,
    pub balance_band: Option<Band>,
    pub qualitative_band: Option<Band>,
    pub stable_tolerance: Option<Decimal>,
    pub elimination_ceiling: Option<Decimal>,
}

impl Policy {
    /// The policy for one indicator: `self` with the override of `id` applied, borrowed when
    /// there is none. The result's `overrides` are those of `self`.
    pub fn for_indicator(&self, id: Option<&str>) -> Cow<'_, Policy> {
        let Some(o) = id.and_then(|id| self.overrides.get(id)) else {
            return Cow::Borrowed(self);
        };
        let mut p = self.clone();
        p.approximate_tolerance = o.approximate_tolerance.unwrap_or(p.approximate_tolerance);
        p.marked_decline_rate = o.marked_decline_rate.unwrap_or(p.marked_decline_rate);
        p.baseline_year = o.baseline_year.unwrap_or(p.baseline_year);
        p.target_year = o.target_year.unwrap_or(p.target_year);
        p.percentage_limit = o.percentage_limit.unwrap_or(p.percentage_limit);
        p.balance_band = o.balance_band.or(p.balance_band);
        p.qualitative_band = o.qualitative_band.or(p.qualitative_band);
        p.stable_tolerance = o.stable_tolerance.unwrap_or(p.stable_tolerance);
        p.elimination_ceiling = o.elimination_ceiling.or(p.elimination_ceiling);
        Cow::Owned(p)
    }

    /// Checks every value, and every indicator's policy after its override, against what the
    /// rules can use. Deserialization runs it; [`crate::report::Monitor::new`] runs it on a
    /// policy built in code.
    ///
    /// # Errors
    ///
    /// The first value out of range, as a [`PolicyError`].
    ///
    /// ```
    /// use plan_targets::eval::{Policy, PolicyErrorKind};
    /// let mut policy = Policy::default();
    /// assert!(policy.validate().is_ok());
    /// policy.marked_decline_rate = "1".parse().unwrap();
    /// let err = policy.validate().unwrap_err();
    /// assert_eq!(err.field(), "marked_decline_rate");
    /// assert_eq!(*err.kind(), PolicyErrorKind::OutOfRange { value: "1".into(), expected: "a rate from 0 up to (not including) 1" });
    /// ```
    pub fn validate(&self) -> Result<(), PolicyError> {
        self.check(None)?;
        for id in self.overrides.keys() {
            self.for_indicator(Some(id)).check(Some(id))?;
        }
        Ok(())
    }

    fn check(&self, indicator: Option<&str>) -> Result<(), PolicyError> {
        let err = |field: &'static str, value: &dyn std::fmt::Display, expected: &'static str| {
            Err(PolicyError {
                indicator: indicator.map(str::to_owned),
                field,
                kind: PolicyErrorKind::OutOfRange {
                    value: value.to_string(),
                    expected,
                },
            })
        };
        let zero = Decimal::ZERO;
        if self.approximate_tolerance < zero {
            return err(
                "approximate_tolerance",
                &self.approximate_tolerance,
                "a tolerance of 0 or more",
            );
        }
        if self.stable_tolerance < zero {
            return err(
                "stable_tolerance",
                &self.stable_tolerance,
                "a tolerance of 0 or more",
            );
        }
        if let Some(c) = self.elimination_ceiling.filter(|c| *c < zero) {
            return err("elimination_ceiling", &c, "a ceiling of 0 or more");
        }
        if self.marked_decline_rate < zero || self.marked_decline_rate >= Decimal::ONE {
            return err(
                "marked_decline_rate",
                &self.marked_decline_rate,
                "a rate from 0 up to (not including) 1",
            );
        }
        if self.percentage_limit <= zero {
            return err(
                "percentage_limit",
                &self.percentage_limit,
                "a number above 0",
            );
        }
        if self.target_year <= self.baseline_year {
            return err(
                "target_year",
                &self.target_year,
                "a year after the baseline year",
            );
        }
        for (field, band) in [
            ("balance_band", self.balance_band),
            ("qualitative_band", self.qualitative_band),
        ] {
            if let Some(b) = band.filter(|b| b.low > b.high) {
                return err(
                    field,
                    &format_args!("{}–{}", b.low, b.high),
                    "a band whose low end is not above its high end",
                );
            }
        }
        let o = &self.outlook;
        if o.acceleration_ratio < zero || o.on_track_ratio < o.acceleration_ratio {
            return err(
                "outlook.on_track_ratio",
                &format_args!(
                    "{} (acceleration {})",
                    o.on_track_ratio, o.acceleration_ratio
                ),
                "0 ≤ acceleration_ratio ≤ on_track_ratio",
            );
        }
        if o.acceleration_rate < zero || o.on_track_rate < o.acceleration_rate {
            return err(
                "outlook.on_track_rate",
                &format_args!("{} (acceleration {})", o.on_track_rate, o.acceleration_rate),
                "0 ≤ acceleration_rate ≤ on_track_rate",
            );
        }
        if o.limit_exponent <= zero {
            return err(
                "outlook.limit_exponent",
                &o.limit_exponent,
                "an exponent above 0",
            );
        }
        Ok(())
    }
}

/// A policy value the rules cannot use, found where the policy enters
/// ([`Policy::validate`], deserialization, [`crate::report::Monitor::new`]).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{}policy field {field} {kind}", who(.indicator))]
pub struct PolicyError {
    indicator: Option<String>,
    field: &'static str,
    kind: PolicyErrorKind,
}

fn who(indicator: &Option<String>) -> String {
    indicator
        .as_deref()
        .map_or(String::new(), |id| format!("indicator {id}: "))
}

impl PolicyError {
    /// The indicator whose override gives the value, or `None` for the policy itself.
    pub fn indicator(&self) -> Option<&str> {
        self.indicator.as_deref()
    }

    /// The field, as named in JSON (`percentage_limit`, `outlook.on_track_ratio` …).
    pub fn field(&self) -> &'static str {
        self.field
    }

    /// What is wrong with it.
    pub fn kind(&self) -> &PolicyErrorKind {
        &self.kind
    }
}

/// What is wrong with a policy value.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum PolicyErrorKind {
    /// The value lies outside what the rules can use.
    #[error("is {value}, expected {expected}")]
    OutOfRange {
        /// The value, as written.
        value: String,
        /// What was expected.
        expected: &'static str,
    },
}

/// A policy as read, before [`Policy::validate`]: the target of `#[serde(try_from)]`.
#[derive(Deserialize)]
#[serde(default)]
struct Unchecked {
    approximate_tolerance: Decimal,
    marked_decline_rate: Decimal,
    baseline_year: Year,
    target_year: Year,
    percentage_limit: Decimal,
    balance_band: Option<Band>,
    qualitative_band: Option<Band>,
    stable_tolerance: Decimal,
    elimination_ceiling: Option<Decimal>,
    outlook: OutlookThresholds,
    overrides: BTreeMap<String, PolicyOverride>,
}

impl Default for Unchecked {
    fn default() -> Unchecked {
        let Policy {
            approximate_tolerance,
            marked_decline_rate,
            baseline_year,
            target_year,
            percentage_limit,
            balance_band,
            qualitative_band,
            stable_tolerance,
            elimination_ceiling,
            outlook,
            overrides,
        } = Policy::default();
        Unchecked {
            approximate_tolerance,
            marked_decline_rate,
            baseline_year,
            target_year,
            percentage_limit,
            balance_band,
            qualitative_band,
            stable_tolerance,
            elimination_ceiling,
            outlook,
            overrides,
        }
    }
}

impl TryFrom<Unchecked> for Policy {
    type Error = PolicyError;

    fn try_from(u: Unchecked) -> Result<Policy, PolicyError> {
        let policy = Policy {
            approximate_tolerance: u.approximate_tolerance,
            marked_decline_rate: u.marked_decline_rate,
            baseline_year: u.baseline_year,
            target_year: u.target_year,
            percentage_limit: u.percentage_limit,
            balance_band: u.balance_band,
            qualitative_band: u.qualitative_band,
            stable_tolerance: u.stable_tolerance,
            elimination_ceiling: u.elimination_ceiling,
            outlook: u.outlook,
            overrides: u.overrides,
        };
        policy.validate()?;
        Ok(policy)
    }
}
