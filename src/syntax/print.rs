//! The canonical printer: `Display` for every node.
//!
//! Canonical forms: comparisons as a sign and a quantity (`≥82.3`, `<8`, `≤12/10万`); bare
//! numbers for attain targets without a verb direction, `提高到`/`下降到` with one; `N左右` and
//! `N±δ` with the unit after the last number; ranges `lo—hi`; ratios `a:b`; references with
//! `不低于`/`高于`/`不高于`/`低于`; `保持在`/`达到并保持在` before the canonical condition;
//! `分别` before the items joined by `、` and `和`, each item written so that no bound word follows it
//! (`约N` for approximate values, `达到N` for bare values). Numbers keep their scale; phrases print as the
//! vocabulary spells them.
//!
//! The wider notation: numbers in Arabic digits whatever the input wrote (`百分之九十` → `90%`,
//! `三分之一` → `1/3`, `一名` → `1名`), except `翻一番`/`翻两番` and ranks (`第二`); measure words
//! with their scale as written (`1.2亿人`); relative changes as `baseline? 累计? 提高|下降 amount`
//! (`比2020年下降1/3`, `从29.3降至25左右`, `比上届有所提高`); annual changes as `每年|年均 提高|下降
//! amount`; milestones as `到YEAR年…` joined by `；`; all-of parts joined by `，`; the words around
//! a form in the order `lead scope 到YEAR年 intent 均/各 form object` (`城市以乡(镇、街道)为单位到2025年要达到90%`),
//! an object after a comparison written with its bound word after the number (`1名以上女干部`).

use std::fmt::{self, Display, Formatter};

use super::ast::*;
use super::numeral;

impl Display for Quantity {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        // A class prints Roman (`Ⅲ类`); a class number no numeral has (made by hand, never
        // parsed) prints in digits.
        if self.unit == Some(super::Unit::Class) {
            let roman = u32::try_from(self.value.normalize().mantissa())
                .ok()
                .filter(|_| self.value.fract().is_zero())
                .and_then(super::numeral::write_roman);
            if let Some(numeral) = roman {
                return write!(f, "{numeral}类");
            }
        }
        write!(f, "{}", self.value)?;
        if let Some(unit) = self.unit {
            unit.fmt(f)?;
        }
        Ok(())
    }
}

impl Display for Comparison {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}", self.op.symbol(), self.value)
    }
}

impl Display for Attain {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        match self.direction {
            Some(Direction::Higher) => f.write_str("提高到")?,
            Some(Direction::Lower) => f.write_str("下降到")?,
            Some(Direction::Band) | None => {}
        }
        write!(f, "{}", self.value)
    }
}

impl Display for Approximately {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        match self.tolerance {
            None => write!(f, "{}左右", self.value),
            Some(tolerance) => {
                write!(f, "{}±{}", self.value.value, tolerance)?;
                if let Some(unit) = self.value.unit {
                    unit.fmt(f)?;
                }
                Ok(())
            }
        }
    }
}

impl Display for Range {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        write!(f, "{}—{}", self.low, self.high)?;
        if let Some(unit) = self.unit {
            unit.fmt(f)?;
        }
        if self.about {
            f.write_str("左右")?;
        }
        Ok(())
    }
}

impl Display for Ratio {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.antecedent, self.consequent)
    }
}

impl Display for Reference {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        if let Some(word) = self.relation.word() {
            return write!(f, "{word}{}", self.series);
        }
        let word = match self.op {
            CmpOp::Ge => "不低于",
            CmpOp::Gt => "高于",
            CmpOp::Le => "不高于",
            CmpOp::Lt => "低于",
        };
        write!(f, "{word}{}", self.series)?;
        match &self.margin {
            Some(margin) => margin.fmt(f),
            None => Ok(()),
        }
    }
}

impl Display for Commensurate {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        let basically = if self.basically { "基本" } else { "" };
        // `基本同步` names no series: the indicator's reference.
        if self.series.is_empty() {
            return write!(f, "{basically}相适应");
        }
        write!(f, "与{}{basically}相适应", self.series)
    }
}

impl Display for Phrase {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl Display for Respectively {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        // Items that each name their subject (`城市达到98%，农村达到86%`) are clauses.
        let led = |t: &Target| matches!(t, Target::Qualified(q) if q.lead.is_some());
        if self.items.iter().all(led) {
            return write_joined(f, &self.items, "，");
        }
        let last = self.items.len().saturating_sub(1);
        // Changes from one written value to a value each: `从50%分别提高到60%和70%`.
        if let Some((first, values)) = shared_change_to(&self.items) {
            if let Some(baseline) = &first.baseline {
                baseline.fmt(f)?;
            }
            f.write_str("分别")?;
            f.write_str(match first.direction {
                Direction::Lower => "降至",
                Direction::Higher | Direction::Band => "提高到",
            })?;
            for (i, value) in values.iter().enumerate() {
                match i {
                    0 => {}
                    i if i == last => f.write_str("和")?,
                    _ => f.write_str("、")?,
                }
                match value {
                    Target::Attain(a) => a.value.fmt(f)?,
                    other => other.fmt(f)?,
                }
            }
            return Ok(());
        }
        f.write_str("分别")?;
        // Changes with one baseline, verb and bound word share them: `分别比2020年下降14.5%和
        // 20.5%`; otherwise every item writes its own (`分别提高20%和下降3%以上`).
        if let Some((first, amounts)) = shared_change(&self.items) {
            if let Some(baseline) = &first.baseline {
                baseline.fmt(f)?;
            }
            f.write_str(change_verb(first.direction))?;
            for (i, amount) in amounts.iter().enumerate() {
                match i {
                    0 => {}
                    i if i == last => f.write_str("和")?,
                    _ => f.write_str("、")?,
                }
                amount.fmt(f)?;
            }
            return Ok(());
        }
        for (i, item) in self.items.iter().enumerate() {
            match i {
                0 => {}
                i if i == last => f.write_str("和")?,
                _ => f.write_str("、")?,
            }
            write_item(f, item)?;
        }
        Ok(())
    }
}

/// The first item and every value of a list of changes to a value from one written value
/// (`从50%分别提高到60%和70%`), all in one direction.
fn shared_change_to(items: &[Target]) -> Option<(&RelativeChange, Vec<&Target>)> {
    let mut first: Option<&RelativeChange> = None;
    let mut values = Vec::with_capacity(items.len());
    for item in items {
        let Target::RelativeChange(r) = item else {
            return None;
        };
        let (Change::To(value), Some(Baseline::Value { .. })) = (&r.change, &r.baseline) else {
            return None;
        };
        if r.cumulative {
            return None;
        }
        match first {
            None => first = Some(r),
            Some(f) if f.direction != r.direction || f.baseline != r.baseline => return None,
            Some(_) => {}
        }
        values.push(value.as_ref());
    }
    first.map(|f| (f, values))
}

/// The first item and every amount of a list of changes by an amount with one baseline and
/// direction (none cumulative), unless only the last amount writes a bound word: the list
/// prints the baseline and verb once.
fn shared_change(items: &[Target]) -> Option<(&RelativeChange, Vec<&ChangeAmount>)> {
    let mut first: Option<&RelativeChange> = None;
    let mut amounts = Vec::with_capacity(items.len());
    for item in items {
        let Target::RelativeChange(r) = item else {
            return None;
        };
        let Change::By(amount) = &r.change else {
            return None;
        };
        if r.cumulative || matches!(amount.amount, Amount::Doubling(_)) {
            return None;
        }
        match first {
            None => first = Some(r),
            Some(f) => {
                if f.direction != r.direction
                    || f.baseline.as_ref().map(ToString::to_string)
                        != r.baseline.as_ref().map(ToString::to_string)
                {
                    return None;
                }
            }
        }
        amounts.push(amount);
    }
    // A bound word only after the last amount would read back as every item's.
    if let Some((last, earlier)) = amounts.split_last() {
        if last.bound.is_some() && earlier.iter().all(|a| a.bound.is_none()) {
            return None;
        }
    }
    Some((first?, amounts))
}

/// A list item in a form that takes no bound word after it, so that no item's bound is read as
/// shared by the list: approximate values as `约N`, values to attain with their verb (`达到N`).
fn write_item(f: &mut Formatter<'_>, item: &Target) -> fmt::Result {
    match item {
        Target::Approximately(a) if a.tolerance.is_none() => write!(f, "约{}", a.value),
        Target::Attain(a) if a.direction.is_none() => write!(f, "达到{}", a.value),
        other => other.fmt(f),
    }
}

/// The parts of a conjunction joined by `，`, or by `，并` where a part ends in a digit and the
/// next starts with one: `1，2` would read back as a number written with a comma (an error),
/// `1，并2` reads back as the same two parts.
fn write_all_of(f: &mut Formatter<'_>, parts: &[Target]) -> fmt::Result {
    let mut previous_ends_in_digit = false;
    // A clause that starts with `分别` keeps the commas after it (they join its list), so the
    // clause after it follows a `；` (fuzz: `分别2;2`).
    let mut previous_is_list = false;
    for (i, part) in parts.iter().enumerate() {
        let mut text = part.to_string();
        // A value that reads as a year (`2025年`) before a comma would read back as the time of
        // the next clause: it keeps its verb (fuzz: `有2025年,完成…`).
        if looks_like_a_year(&text) {
            text.insert_str(0, "达到");
        }
        if i > 0 {
            let digit_next = text.starts_with(|c: char| c.is_ascii_digit());
            f.write_str(if previous_is_list {
                "；"
            } else if previous_ends_in_digit && digit_next {
                "，并"
            } else {
                "，"
            })?;
        }
        previous_ends_in_digit = text.ends_with(|c: char| c.is_ascii_digit());
        previous_is_list = text.starts_with("分别");
        f.write_str(&text)?;
    }
    Ok(())
}

/// True when `text` is four digits, the first not 0, and `年`: what reads as a year.
fn looks_like_a_year(text: &str) -> bool {
    text.strip_suffix('年').is_some_and(|digits| {
        digits.len() == 4 && digits.bytes().all(|b| b.is_ascii_digit()) && !digits.starts_with('0')
    })
}

fn write_joined(f: &mut Formatter<'_>, targets: &[Target], separator: &str) -> fmt::Result {
    for (i, t) in targets.iter().enumerate() {
        if i > 0 {
            f.write_str(separator)?;
        }
        t.fmt(f)?;
    }
    Ok(())
}

impl Display for Amount {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        match self {
            Amount::Quantity(q) => q.fmt(f),
            Amount::Fraction(x) => write!(f, "{}/{}", x.numerator, x.denominator),
            Amount::Doubling(d) => d.fmt(f),
        }
    }
}

impl Display for Doubling {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        match self.times {
            2 => f.write_str("翻两番"),
            n => write!(f, "翻{}番", numeral::write(n)),
        }
    }
}

impl Display for AmountBound {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            AmountBound::AtLeast => "以上",
            AmountBound::AtMost => "以内",
            AmountBound::About => "左右",
        })
    }
}

impl Display for ChangeAmount {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        match (&self.amount, &self.up_to) {
            // `0.5—1个百分点`: a shared unit once, after the second end.
            (Amount::Quantity(low), Some(Amount::Quantity(high))) if low.unit == high.unit => {
                write!(f, "{}—{}", low.value, high)?
            }
            (low, Some(high)) => write!(f, "{low}—{high}")?,
            (amount, None) => amount.fmt(f)?,
        }
        if let Some(bound) = self.bound {
            bound.fmt(f)?;
        }
        Ok(())
    }
}

impl Display for Baseline {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        match self {
            Baseline::Year { year, .. } => write!(f, "比{year}年"),
            Baseline::PreviousTerm { .. } => f.write_str("比上届"),
            Baseline::PreviousYear { .. } => f.write_str("比上年"),
            Baseline::Current { .. } => f.write_str("在现有基础上"),
            Baseline::Value {
                value, year, bound, ..
            } => {
                f.write_str("从")?;
                if let Some(year) = year {
                    write!(f, "{year}年的")?;
                }
                write!(f, "{value}")?;
                match bound {
                    Some(bound) => bound.fmt(f),
                    None => Ok(()),
                }
            }
        }
    }
}

/// The canonical verb of a change: `提高` or `下降`.
fn change_verb(direction: Direction) -> &'static str {
    match direction {
        Direction::Lower => "下降",
        Direction::Higher | Direction::Band => "提高",
    }
}

impl Display for RelativeChange {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        if let Some(baseline) = &self.baseline {
            baseline.fmt(f)?;
        }
        if self.cumulative {
            f.write_str("累计")?;
        }
        match &self.change {
            Change::By(amount) if matches!(amount.amount, Amount::Doubling(_)) => amount.fmt(f),
            Change::By(amount) => write!(f, "{}{amount}", change_verb(self.direction)),
            Change::To(target) => {
                f.write_str(match self.direction {
                    Direction::Lower => "降至",
                    Direction::Higher | Direction::Band => "提高到",
                })?;
                match target.as_ref() {
                    // The verb above is the value's direction.
                    Target::Attain(a) => a.value.fmt(f),
                    other => other.fmt(f),
                }
            }
            Change::Unquantified(phrase) => phrase.fmt(f),
        }
    }
}

impl Display for AnnualChange {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        let per = match self.per {
            PerYear::EveryYear => "每年",
            PerYear::Average => "年均",
        };
        if let Some(baseline) = &self.baseline {
            baseline.fmt(f)?;
        }
        write!(f, "{per}{}{}", change_verb(self.direction), self.amount)
    }
}

impl Display for Milestones {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        for (i, m) in self.items.iter().enumerate() {
            if i > 0 {
                f.write_str("；")?;
            }
            match m.year {
                Some(year) => write!(f, "到{year}年{}", m.target)?,
                // (Only the first may name no year: it prints first, before any due year.)
                None => write!(f, "{}", m.target)?,
            }
        }
        Ok(())
    }
}

impl Display for Rank {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        let among = self.among.as_deref().unwrap_or("");
        let position = self.position;
        if self.within {
            write!(f, "进入{among}前{position}位")
        } else {
            write!(f, "达到{among}第{}", numeral::write(position))
        }
    }
}

impl Display for Qualified {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        // The period first, as the plans write it (`每学期组织≥2次`): the words after it read
        // back as they do after any word before a form.
        if let Some(period) = &self.period {
            f.write_str(&period.text)?;
        }
        // A running total's words (`累计实施`) are read as one with the count after them, so
        // its due year prints first: `到2020年累计实施达到39.98万亩` (a blind row printed
        // `累计实施到2020年…`, which did not read back).
        // So does a time within the year, as the plans write it (`10月底前，…全面达到…`):
        // after a lead it would join the lead's words (fuzz).
        let total_first = self
            .lead
            .as_ref()
            .is_some_and(|l| l.text.starts_with("累计"))
            || self.deadline.is_some();
        let write_time = |f: &mut Formatter<'_>| -> fmt::Result {
            if let Some(due) = &self.due {
                write!(f, "到{}年", due.year)?;
            }
            if let Some(deadline) = &self.deadline {
                f.write_str(&deadline.text)?;
            }
            Ok(())
        };
        let write_intent = |f: &mut Formatter<'_>| -> fmt::Result {
            if let Some(intent) = &self.intent {
                f.write_str(intent.word.as_str())?;
                if let Some(second) = intent.second {
                    f.write_str(second.as_str())?;
                }
            }
            Ok(())
        };
        // A running total's intent prints before it too: after `累计建成` it would be read as
        // words of the lead (fuzz: `力争累计建成13.5亿亩` printed `累计建成力争达到…`, which
        // read back with the lead `累计建成力争`).
        let total = self
            .lead
            .as_ref()
            .is_some_and(|l| l.text.starts_with("累计"));
        if total_first {
            write_time(f)?;
        }
        if total {
            write_intent(f)?;
        }
        if let Some(lead) = &self.lead {
            f.write_str(&lead.text)?;
        }
        if let Some(scope) = &self.scope {
            write!(f, "以{}为单位", scope.text)?;
        }
        if !total_first {
            write_time(f)?;
        }
        if !total {
            write_intent(f)?;
        }
        if let Some(each) = &self.each {
            f.write_str(each.word.as_str())?;
        }
        match (self.target.as_ref(), &self.object) {
            // After a lead a bare number keeps its verb, so that the two are not read as one
            // (`第` + `41` is not `第41`, a rank): `农村达到80%`.
            (Target::Attain(a), _) if self.lead.is_some() && a.direction.is_none() => {
                write!(f, "达到{}", a.value)?
            }
            // So does a range in `年`: after a lead it would read as a span of years, a due
            // year (fuzz: `倛争达到2023—2024年` printed `倛争2023—2024年`).
            (Target::Range(r), _)
                if self.lead.is_some() && r.unit.is_some_and(|u| u.to_string() == "年") =>
            {
                write!(f, "达到{r}")?
            }
            // An object follows a bound word, never a unit: `1名以上女干部`.
            (Target::Comparison(c), Some(_)) if matches!(c.op, CmpOp::Ge | CmpOp::Le) => {
                let word = if c.op == CmpOp::Ge {
                    "以上"
                } else {
                    "以下"
                };
                write!(f, "{}{word}", c.value)?
            }
            (target, _) => target.fmt(f)?,
        }
        if let Some(object) = &self.object {
            f.write_str(&object.text)?;
        }
        if let Some(note) = &self.note {
            write!(f, "({})", note.text)?;
        }
        Ok(())
    }
}

impl Display for Target {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        match self {
            Target::Comparison(c) => c.fmt(f),
            Target::Attain(a) => a.fmt(f),
            Target::Approximately(a) => a.fmt(f),
            Target::Range(r) => r.fmt(f),
            Target::Ratio(r) => r.fmt(f),
            Target::Reference(r) => r.fmt(f),
            Target::Commensurate(c) => c.fmt(f),
            Target::Rise(p)
            | Target::RiseGradually(p)
            | Target::RiseEveryYear(p)
            | Target::ConsolidateAndRise(p)
            | Target::Fall(p)
            | Target::FallMarkedly(p)
            | Target::UnderControl(p)
            | Target::TowardBalance(p)
            | Target::Qualitative(p)
            | Target::Improve(p)
            | Target::Stable {
                phrase: p,
                baseline: None,
            }
            | Target::Narrow { phrase: p, .. } => p.fmt(f),
            Target::Stable {
                phrase,
                baseline: Some(b),
            } => write!(f, "{b}{phrase}"),
            Target::Keep(k) => write!(f, "保持在{}", k.condition),
            Target::ReachAndKeep(k) => write!(f, "达到并保持在{}", k.condition),
            Target::Respectively(r) => r.fmt(f),
            Target::RelativeChange(r) => r.fmt(f),
            Target::AnnualChange(a) => a.fmt(f),
            Target::Milestones(m) => m.fmt(f),
            Target::AllOf(a) => write_all_of(f, &a.parts),
            Target::Eliminate(e) => f.write_str(if e.basically {
                "基本消除"
            } else {
                "消除"
            }),
            Target::Rank(r) => r.fmt(f),
            Target::Qualified(q) => q.fmt(f),
        }
    }
}
