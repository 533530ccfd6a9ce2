//! From catalogue rows to what the evaluator takes: the indicator's spec and its baseline.

use super::{Indicator, Observed, ReferenceSeries, Relation};
use crate::eval::{self, IndicatorSpec};
use crate::series::{Observation, Year};

impl Observed {
    /// The figure as an observation: a bound where the text bounds it (`14/10万以内` is `≤14`),
    /// the value otherwise. An approximate figure (`约2千人`) reads as its value.
    pub fn observation(&self) -> Observation {
        match self.bound {
            Some(op) => Observation::Bound {
                op,
                bound: self.value,
            },
            None => Observation::Value(self.value),
        }
    }
}

impl Indicator {
    /// What the evaluator needs to know about the indicator: id, direction, unit, the name of
    /// its reference series and its balance band.
    ///
    /// A reference to another catalogue indicator is named by that indicator's id (W21's
    /// reference series is `W20`); an external series by its name (`女职工比例`).
    ///
    /// ```
    /// use plan_targets::catalog;
    /// let spec = catalog::get("W21").unwrap().spec();
    /// assert_eq!(spec.reference.as_deref(), Some("W20"));
    /// assert_eq!(catalog::get("W30").unwrap().spec().reference.as_deref(), Some("女职工比例"));
    /// ```
    pub fn spec(&self) -> IndicatorSpec {
        IndicatorSpec {
            id: Some(self.id.clone()),
            direction: self.direction,
            unit: self.unit,
            reference: self.reference.as_ref().map(|r| match r {
                ReferenceSeries::Indicator(id) => id.clone(),
                ReferenceSeries::Series(name) => name.clone(),
            }),
            band: self.band.as_ref().map(|b| eval::Band::new(b.low, b.high)),
        }
    }

    /// The catalogue's baseline for `year`: the first figure recorded for that year that
    /// measures the indicator itself (`relation: same`). Proxies are never used. Where the two
    /// plans disagree (C19), the indicator's own plan's figure is listed first.
    ///
    /// ```
    /// use plan_targets::{catalog, Observation};
    /// let w03 = catalog::get("W03").unwrap();
    /// assert_eq!(w03.baseline_observation(2020).unwrap().to_string(), "≤14");
    /// assert!(catalog::get("W09").unwrap().baseline_observation(2020).is_none()); // a proxy only
    /// ```
    pub fn baseline_observation(&self, year: Year) -> Option<Observation> {
        self.baselines
            .iter()
            .find(|b| b.relation == Relation::Same && b.year == year)
            .map(|b| b.observation.clone())
    }
}
