//! The canonical printer: `Display` for every node.
//!
//! Canonical forms: comparisons as a sign and a quantity (`≥82.3`, `<8`, `≤12/10万`); bare
//! numbers for attain targets without a verb direction, `提高到`/`下降到` with one; `N左右` and
//! `N±δ` with the unit after the last number; ranges `lo—hi`; ratios `a:b`; references with
//! `不低于`/`高于`/`不高于`/`低于`; `保持在`/`达到并保持在` before the canonical condition;
//! `分别` before the items joined by `、` and `和`, each item written so that no bound word follows it
//! (`约N` for approximate values, `达到N` for bare values). Numbers keep their scale; phrases print as the
//! vocabulary spells them.

use std::fmt::{self, Display, Formatter};

use super::ast::*;

impl Display for Quantity {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.value)?;
        if let Some(unit) = self.unit {
            f.write_str(unit.as_str())?;
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
                    f.write_str(unit.as_str())?;
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
            f.write_str(unit.as_str())?;
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
        let word = match self.op {
            CmpOp::Ge => "不低于",
            CmpOp::Gt => "高于",
            CmpOp::Le => "不高于",
            CmpOp::Lt => "低于",
        };
        write!(f, "{word}{}", self.series)
    }
}

impl Display for Commensurate {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        write!(f, "与{}相适应", self.series)
    }
}

impl Display for Phrase {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl Display for Respectively {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        f.write_str("分别")?;
        let last = self.items.len().saturating_sub(1);
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

/// A list item in a form that takes no bound word after it, so that no item's bound is read as
/// shared by the list: approximate values as `约N`, values to attain with their verb (`达到N`).
fn write_item(f: &mut Formatter<'_>, item: &Target) -> fmt::Result {
    match item {
        Target::Approximately(a) if a.tolerance.is_none() => write!(f, "约{}", a.value),
        Target::Attain(a) if a.direction.is_none() => write!(f, "达到{}", a.value),
        other => other.fmt(f),
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
            | Target::Narrow { phrase: p, .. } => p.fmt(f),
            Target::Keep(k) => write!(f, "保持在{}", k.condition),
            Target::ReachAndKeep(k) => write!(f, "达到并保持在{}", k.condition),
            Target::Respectively(r) => r.fmt(f),
        }
    }
}
