//! The summary of a report: counts per plan and per area, and the list of raised warnings.

use rust_decimal::Decimal;
use serde::Serialize;

use super::{ReportRow, WarningEntry};
use crate::catalog::{Attribute, Plan};
use crate::eval::Status;
use crate::outlook::{Outlook, Warning};

/// A value counted in a report's summary: a [`Status`], an [`Outlook`] or a [`Warning`].
pub trait Counted: Copy + PartialEq + 'static {
    /// Every value, in the order the summary lists them.
    const ALL: &'static [Self];
    /// The snake_case name used as the key in JSON.
    fn name(self) -> &'static str;
}

impl Counted for Status {
    const ALL: &'static [Status] = &[
        Status::Met,
        Status::NotMet,
        Status::InsufficientData,
        Status::NeedsJudgement,
    ];
    fn name(self) -> &'static str {
        self.as_str()
    }
}

impl Counted for Outlook {
    const ALL: &'static [Outlook] = &[
        Outlook::Achieved,
        Outlook::OnTrack,
        Outlook::AccelerationNeeded,
        Outlook::LimitedProgress,
        Outlook::Deteriorating,
        Outlook::InsufficientData,
        Outlook::NeedsJudgement,
    ];
    fn name(self) -> &'static str {
        self.as_str()
    }
}

impl Counted for Warning {
    const ALL: &'static [Warning] = &[Warning::Red, Warning::Orange, Warning::Yellow];
    fn name(self) -> &'static str {
        self.as_str()
    }
}

/// How many indicators have each value of `K`; serialized as `{"met": 3, "not_met": 1, …}` with
/// every key, zero included.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tally<K> {
    counts: [usize; 8],
    key: std::marker::PhantomData<K>,
}

impl<K: Counted> Default for Tally<K> {
    fn default() -> Tally<K> {
        Tally {
            counts: [0; 8],
            key: std::marker::PhantomData,
        }
    }
}

impl<K: Counted> Tally<K> {
    fn index(key: K) -> usize {
        K::ALL.iter().position(|&k| k == key).unwrap_or(0)
    }

    fn add(&mut self, key: K) {
        self.counts[Self::index(key)] += 1;
    }

    /// The count of `key`.
    pub fn get(&self, key: K) -> usize {
        self.counts[Self::index(key)]
    }

    /// Every key with its count, in [`Counted::ALL`] order.
    pub fn iter(&self) -> impl Iterator<Item = (K, usize)> + '_ {
        K::ALL.iter().map(|&k| (k, self.get(k)))
    }
}

impl<K: Counted> Serialize for Tally<K> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.iter().map(|(k, n)| (k.name(), n)))
    }
}

/// Counts of statuses and outlooks over a group of indicators.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Indicators in the group.
    pub indicators: usize,
    /// By status.
    pub status: Tally<Status>,
    /// By outlook.
    pub outlook: Tally<Outlook>,
    /// Indicators whose status is `met` or `not_met`.
    pub assessable: usize,
    /// `met / assessable` in percent, one decimal (the 达标率 of official reports); `None`
    /// when nothing is assessable.
    pub met_share: Option<Decimal>,
    /// Raised warnings by colour.
    pub warnings: Tally<Warning>,
}

impl Counts {
    /// The counts of some rows (one region's, for the cross-region table).
    #[cfg(feature = "csv")]
    pub(super) fn of<'a>(rows: impl IntoIterator<Item = &'a ReportRow>) -> Counts {
        let mut c = Counts::default();
        for row in rows {
            c.add(row);
        }
        c.finish()
    }

    /// One more row in the tallies.
    fn add(&mut self, row: &ReportRow) {
        self.indicators += 1;
        self.status.add(row.status);
        self.outlook.add(row.outlook);
        if let Some(w) = row.warning {
            self.warnings.add(w);
        }
    }

    /// The figures derived from the tallies.
    fn finish(mut self) -> Counts {
        let met = self.status.get(Status::Met);
        self.assessable = met + self.status.get(Status::NotMet);
        self.met_share = (self.assessable > 0).then(|| share(met, self.assessable));
        self
    }
}

/// `met` in `assessable` as a percentage to one place, as
/// `(met · 100 / assessable).round_dp(1)` in `Decimal` gives it, digit for digit and scale for
/// scale: in integers for up to 1,000 indicators (checked against `Decimal` for every such
/// pair in the tests), in `Decimal` beyond. An exact quotient keeps the scale it needs (0 or
/// 1), an inexact one is rounded half to even at one place (a quotient of integers below
/// 1,000 is never within `Decimal`'s error of a tie without being one).
fn share(met: usize, assessable: usize) -> Decimal {
    let by_decimal =
        || (Decimal::from(met) * Decimal::ONE_HUNDRED / Decimal::from(assessable)).round_dp(1);
    let (Ok(met), Ok(all)) = (i64::try_from(met), i64::try_from(assessable)) else {
        return by_decimal();
    };
    if all == 0 || all > 1_000 || met > all {
        return by_decimal();
    }
    if (met * 100) % all == 0 {
        return Decimal::from(met * 100 / all);
    }
    let tenths = met * 1_000;
    let (whole, rest) = (tenths / all, tenths % all);
    let up = match (2 * rest).cmp(&all) {
        std::cmp::Ordering::Greater => true,
        std::cmp::Ordering::Equal => whole % 2 == 1,
        std::cmp::Ordering::Less => false,
    };
    Decimal::new(whole + i64::from(up), 1)
}

/// A plan's or an area's counts.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct GroupSummary {
    /// The plan.
    pub plan: Plan,
    /// The area (类别), or `None` for the whole plan.
    pub area: Option<String>,
    /// The counts.
    #[serde(flatten)]
    pub counts: Counts,
}

/// The summary of a report: per plan, and per area within each plan, in table order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Summary {
    /// One entry per plan in the report.
    pub plans: Vec<GroupSummary>,
    /// One entry per area, in table order.
    pub areas: Vec<GroupSummary>,
}

/// Where each row of a monitor's reports is counted, worked out once from the plan and area
/// of every row in table order: plans and, per plan, areas in the order they first appear
/// (an area is the same area when its plan and its name are), the areas then grouped by plan
/// in the plans' order (stably, so each plan's areas keep theirs).
#[derive(Clone, Debug, Default)]
pub(super) struct Layout {
    plans: Vec<Plan>,
    areas: Vec<(Plan, &'static str)>,
    /// Per row, the positions of its plan and its area.
    slots: Vec<(usize, usize)>,
}

impl Layout {
    /// The layout of rows with these plans and areas, in table order.
    pub(super) fn of(rows: impl IntoIterator<Item = (Plan, &'static str)>) -> Layout {
        let mut plans: Vec<Plan> = Vec::new();
        let mut areas: Vec<(Plan, &'static str)> = Vec::new();
        let mut slots = Vec::new();
        for (plan, area) in rows {
            let p = plans.iter().position(|q| *q == plan).unwrap_or_else(|| {
                plans.push(plan);
                plans.len() - 1
            });
            let same = |&(q, name): &(Plan, &'static str)| {
                q == plan && (std::ptr::eq(name, area) || name == area)
            };
            let a = areas.iter().rposition(same).unwrap_or_else(|| {
                areas.push((plan, area));
                areas.len() - 1
            });
            slots.push((p, a));
        }
        let position = |plan: Plan| plans.iter().position(|p| *p == plan);
        let mut order: Vec<usize> = (0..areas.len()).collect();
        order.sort_by_key(|&a| position(areas[a].0));
        let mut moved_to = vec![0; areas.len()];
        for (new, &old) in order.iter().enumerate() {
            moved_to[old] = new;
        }
        Layout {
            areas: order.iter().map(|&a| areas[a]).collect(),
            slots: slots.into_iter().map(|(p, a)| (p, moved_to[a])).collect(),
            plans,
        }
    }
}

impl Summary {
    /// The summary of `rows` laid out by `layout` (the layout of these very rows' plans and
    /// areas); rows beyond the layout are laid out afresh.
    pub(super) fn of(layout: &Layout, rows: &[ReportRow]) -> Summary {
        if rows.len() != layout.slots.len() {
            return Summary::of(&Layout::of(rows.iter().map(|r| (r.plan, r.area))), rows);
        }
        let mut plans = vec![Counts::default(); layout.plans.len()];
        let mut areas = vec![Counts::default(); layout.areas.len()];
        for (row, &(p, a)) in rows.iter().zip(&layout.slots) {
            plans[p].add(row);
            areas[a].add(row);
        }
        Summary {
            plans: layout
                .plans
                .iter()
                .zip(plans)
                .map(|(&plan, counts)| GroupSummary {
                    plan,
                    area: None,
                    counts: counts.finish(),
                })
                .collect(),
            areas: layout
                .areas
                .iter()
                .zip(areas)
                .map(|(&(plan, area), counts)| GroupSummary {
                    plan,
                    area: Some(area.to_owned()),
                    counts: counts.finish(),
                })
                .collect(),
        }
    }
}

/// The warnings: binding (约束性) indicators first, then the most severe, then table order.
pub(super) fn warnings(rows: &[ReportRow]) -> Vec<WarningEntry> {
    // A pass per (binding first, then the rest) × (red, orange, yellow), each in table order:
    // the order a stable sort by that key gives, without sorting.
    let mut list = Vec::with_capacity(rows.iter().filter(|r| r.warning.is_some()).count());
    for binding in [true, false] {
        for level in [Warning::Red, Warning::Orange, Warning::Yellow] {
            list.extend(
                rows.iter()
                    .filter(|r| {
                        r.warning == Some(level)
                            && (r.attribute == Some(Attribute::Binding)) == binding
                    })
                    .map(|r| WarningEntry {
                        id: r.id,
                        name: r.name,
                        attribute: r.attribute,
                        level,
                        status: r.status,
                        outlook: r.outlook,
                    }),
            );
        }
    }
    list
}

#[cfg(test)]
mod tests {
    use rust_decimal::Decimal;

    /// Every share of up to 1,000 indicators, digit for digit and scale for scale.
    #[test]
    fn share_is_the_decimal_share() {
        for assessable in 1..=1_000usize {
            for met in 0..=assessable {
                let by_decimal = (Decimal::from(met) * Decimal::ONE_HUNDRED
                    / Decimal::from(assessable))
                .round_dp(1);
                assert_eq!(
                    super::share(met, assessable).serialize(),
                    by_decimal.serialize(),
                    "{met} of {assessable}"
                );
            }
        }
    }
}
