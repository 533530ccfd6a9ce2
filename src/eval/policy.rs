//! The thresholds of the semantics, as one value a caller can change.

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

/// Every default of the semantics (SEMANTICS.md) as a named field, plus per-indicator overrides.
///
/// `Policy::default()` is the team's semantics. A policy deserializes from JSON with any field
/// left out taking its default.
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
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Policy {
    /// δ for `左右` and for commensurate and direction-less ratio targets, relative to the
    /// target value: `45左右` allows `|y − 45| ≤ 0.05·45 = 2.25`. Default 0.05 (5 %).
    pub approximate_tolerance: Decimal,
    /// m, the yearly rate of a marked decline (`明显下降`): `y_t ≤ y_B·(1 − m)^(t−B)`.
    /// Default 0.01 (1 % a year, Eurostat's "significant" rate).
    pub marked_decline_rate: Decimal,
    /// The baseline year B. Default 2020.
    pub baseline_year: Year,
    /// The target year T (used by outlooks, not by status). Default 2030.
    pub target_year: Year,
    /// The natural limit of a percentage, at which a rise is saturated. Default 100.
    pub percentage_limit: Decimal,
    /// The balance band of `趋于平衡` when neither an override nor the indicator gives one.
    /// Default none (the catalogue gives 103–107 for the sex ratio at birth).
    pub balance_band: Option<Band>,
    /// The band that makes a qualitative goal measurable: met when every observation in B..t
    /// lies in it. Default none (qualitative goals need judgement); set it per indicator.
    pub qualitative_band: Option<Band>,
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
            overrides: BTreeMap::new(),
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
        Cow::Owned(p)
    }
}
