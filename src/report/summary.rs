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
    pub(super) fn of<'a>(rows: impl IntoIterator<Item = &'a ReportRow>) -> Counts {
        let mut c = Counts::default();
        for row in rows {
            c.indicators += 1;
            c.status.add(row.status);
            c.outlook.add(row.outlook);
            if let Some(w) = row.warning {
                c.warnings.add(w);
            }
        }
        let met = c.status.get(Status::Met);
        c.assessable = met + c.status.get(Status::NotMet);
        c.met_share = (c.assessable > 0).then(|| {
            (Decimal::from(met) * Decimal::ONE_HUNDRED / Decimal::from(c.assessable)).round_dp(1)
        });
        c
    }
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

impl Summary {
    pub(super) fn of(rows: &[ReportRow]) -> Summary {
        let mut plans = Vec::new();
        let mut areas: Vec<GroupSummary> = Vec::new();
        let mut in_order: Vec<Plan> = Vec::new();
        for row in rows {
            if !in_order.contains(&row.plan) {
                in_order.push(row.plan);
            }
        }
        for plan in in_order {
            let in_plan: Vec<&ReportRow> = rows.iter().filter(|r| r.plan == plan).collect();
            if in_plan.is_empty() {
                continue;
            }
            plans.push(GroupSummary {
                plan,
                area: None,
                counts: Counts::of(in_plan.iter().copied()),
            });
            let mut seen: Vec<&'static str> = Vec::new();
            for row in &in_plan {
                if !seen.contains(&row.area) {
                    seen.push(row.area);
                }
            }
            for area in seen {
                let counts = Counts::of(in_plan.iter().copied().filter(|r| r.area == area));
                areas.push(GroupSummary {
                    plan,
                    area: Some(area.to_owned()),
                    counts,
                });
            }
        }
        Summary { plans, areas }
    }
}

/// The warnings: binding (约束性) indicators first, then the most severe, then table order.
pub(super) fn warnings(rows: &[ReportRow]) -> Vec<WarningEntry> {
    let mut list: Vec<(usize, &ReportRow, Warning)> = rows
        .iter()
        .enumerate()
        .filter_map(|(i, r)| r.warning.map(|w| (i, r, w)))
        .collect();
    list.sort_by_key(|&(i, r, w)| {
        (
            r.attribute != Some(Attribute::Binding),
            std::cmp::Reverse(w),
            i,
        )
    });
    list.into_iter()
        .map(|(_, r, level)| WarningEntry {
            id: r.id,
            name: r.name,
            attribute: r.attribute,
            level,
            status: r.status,
            outlook: r.outlook,
        })
        .collect()
}
