//! The vocabulary of directional and qualitative goals: one table of phrases and meanings.

use serde::{Deserialize, Serialize};

use super::Span;
use super::ast::{Phrase, Target};
use super::input::fold;

/// What a vocabulary phrase means: the form of target it stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Meaning {
    /// [`Target::Rise`]: above the baseline.
    Rise,
    /// [`Target::RiseGradually`]: above the baseline with a rising trend.
    RiseGradually,
    /// [`Target::RiseEveryYear`]: up every year.
    RiseEveryYear,
    /// [`Target::ConsolidateAndRise`]: up, and never below the baseline on the way.
    ConsolidateAndRise,
    /// [`Target::Fall`]: below the baseline.
    Fall,
    /// [`Target::FallMarkedly`]: down at the marked-decline rate.
    FallMarkedly,
    /// [`Target::UnderControl`]: not above the baseline.
    UnderControl,
    /// [`Target::TowardBalance`]: inside, or closer to, the balance band.
    TowardBalance,
    /// [`Target::Narrow`] (`marked: false`): a gap that falls.
    Narrow,
    /// [`Target::Narrow`] (`marked: true`): a gap that falls markedly.
    NarrowMarkedly,
    /// [`Target::Qualitative`]: judged by people.
    Qualitative,
}

impl Meaning {
    /// The target this meaning makes of a phrase.
    pub fn target(self, phrase: Phrase) -> Target {
        match self {
            Meaning::Rise => Target::Rise(phrase),
            Meaning::RiseGradually => Target::RiseGradually(phrase),
            Meaning::RiseEveryYear => Target::RiseEveryYear(phrase),
            Meaning::ConsolidateAndRise => Target::ConsolidateAndRise(phrase),
            Meaning::Fall => Target::Fall(phrase),
            Meaning::FallMarkedly => Target::FallMarkedly(phrase),
            Meaning::UnderControl => Target::UnderControl(phrase),
            Meaning::TowardBalance => Target::TowardBalance(phrase),
            Meaning::Narrow => Target::Narrow {
                marked: false,
                phrase,
            },
            Meaning::NarrowMarkedly => Target::Narrow {
                marked: true,
                phrase,
            },
            Meaning::Qualitative => Target::Qualitative(phrase),
        }
    }
}

/// The built-in table: the plans' phrases (issue list) and the common ones of other plans.
/// Phrases are simplified Chinese; traditional spellings read the same because the lexer folds
/// them.
///
/// Decisions where SEMANTICS.md has no form of its own: a *marked* rise (`明显提高`,
/// `显著提高`) reads as rise (there is no marked-rise rate); a gradual or yearly fall (`逐步下降`,
/// `逐年下降`) reads as fall (there is no every-year fall rule); `有效控制` is under control;
/// `进一步…` is the plain direction; coverage and improvement phrases with no number
/// (`全覆盖`, `明显改善`, `保持合理水平`) are qualitative.
const DEFAULT: &[(&str, Meaning)] = &[
    // rise
    ("提高", Meaning::Rise),
    ("提升", Meaning::Rise),
    ("增加", Meaning::Rise),
    ("上升", Meaning::Rise),
    ("增长", Meaning::Rise),
    ("不断提高", Meaning::Rise),
    ("不断提升", Meaning::Rise),
    ("不断增加", Meaning::Rise),
    ("稳步提高", Meaning::Rise),
    ("稳步提升", Meaning::Rise),
    ("稳步增加", Meaning::Rise),
    ("持续提高", Meaning::Rise),
    ("持续提升", Meaning::Rise),
    ("持续增加", Meaning::Rise),
    ("总体提高", Meaning::Rise),
    ("有所提高", Meaning::Rise),
    ("有所提升", Meaning::Rise),
    ("有所增加", Meaning::Rise),
    ("进一步提高", Meaning::Rise),
    ("进一步提升", Meaning::Rise),
    ("明显提高", Meaning::Rise),
    ("明显提升", Meaning::Rise),
    ("显著提高", Meaning::Rise),
    ("显著提升", Meaning::Rise),
    ("大幅提高", Meaning::Rise),
    ("大幅提升", Meaning::Rise),
    // rise gradually
    ("逐步提高", Meaning::RiseGradually),
    ("逐步提升", Meaning::RiseGradually),
    ("逐步增加", Meaning::RiseGradually),
    ("逐步上升", Meaning::RiseGradually),
    // rise every year
    ("逐年提高", Meaning::RiseEveryYear),
    ("逐年提升", Meaning::RiseEveryYear),
    ("逐年上升", Meaning::RiseEveryYear),
    ("逐年增加", Meaning::RiseEveryYear),
    ("逐年增长", Meaning::RiseEveryYear),
    // consolidate and rise
    ("巩固提高", Meaning::ConsolidateAndRise),
    ("巩固提升", Meaning::ConsolidateAndRise),
    // fall
    ("下降", Meaning::Fall),
    ("降低", Meaning::Fall),
    ("减少", Meaning::Fall),
    ("不断下降", Meaning::Fall),
    ("不断降低", Meaning::Fall),
    ("不断减少", Meaning::Fall),
    ("持续下降", Meaning::Fall),
    ("持续降低", Meaning::Fall),
    ("持续减少", Meaning::Fall),
    ("稳步下降", Meaning::Fall),
    ("逐步下降", Meaning::Fall),
    ("逐步降低", Meaning::Fall),
    ("逐步减少", Meaning::Fall),
    ("逐年下降", Meaning::Fall),
    ("逐年降低", Meaning::Fall),
    ("逐年减少", Meaning::Fall),
    ("有所下降", Meaning::Fall),
    ("有所降低", Meaning::Fall),
    ("有所减少", Meaning::Fall),
    ("进一步下降", Meaning::Fall),
    ("进一步降低", Meaning::Fall),
    ("进一步减少", Meaning::Fall),
    // fall markedly
    ("明显降低", Meaning::FallMarkedly),
    ("明显下降", Meaning::FallMarkedly),
    ("明显减少", Meaning::FallMarkedly),
    ("显著降低", Meaning::FallMarkedly),
    ("显著下降", Meaning::FallMarkedly),
    ("显著减少", Meaning::FallMarkedly),
    ("大幅下降", Meaning::FallMarkedly),
    ("大幅降低", Meaning::FallMarkedly),
    ("大幅减少", Meaning::FallMarkedly),
    // under control
    ("得到控制", Meaning::UnderControl),
    ("得到遏制", Meaning::UnderControl),
    ("得到有效控制", Meaning::UnderControl),
    ("得到有效遏制", Meaning::UnderControl),
    ("有效控制", Meaning::UnderControl),
    ("有效遏制", Meaning::UnderControl),
    // toward balance
    ("趋于平衡", Meaning::TowardBalance),
    ("趋于正常", Meaning::TowardBalance),
    ("趋向平衡", Meaning::TowardBalance),
    ("逐步趋于平衡", Meaning::TowardBalance),
    // narrow (a gap)
    ("缩小", Meaning::Narrow),
    ("逐步缩小", Meaning::Narrow),
    ("不断缩小", Meaning::Narrow),
    ("持续缩小", Meaning::Narrow),
    ("明显缩小", Meaning::NarrowMarkedly),
    ("显著缩小", Meaning::NarrowMarkedly),
    // qualitative
    ("保持合理比例", Meaning::Qualitative),
    ("保持合理水平", Meaning::Qualitative),
    ("保持合理", Meaning::Qualitative),
    ("明显增强", Meaning::Qualitative),
    ("明显改善", Meaning::Qualitative),
    ("持续改善", Meaning::Qualitative),
    ("全覆盖", Meaning::Qualitative),
    ("实现全覆盖", Meaning::Qualitative),
    ("基本实现全覆盖", Meaning::Qualitative),
    ("基本全覆盖", Meaning::Qualitative),
];

/// The table of phrases the parser reads as directional or qualitative goals.
///
/// [`Vocabulary::default`] holds the plans' phrases and the common ones of other plans; a caller
/// extends it with [`Vocabulary::with`] and parses with [`crate::syntax::Parser`].
///
/// ```
/// use plan_targets::syntax::{Meaning, Parser, Vocabulary};
/// use plan_targets::Kind;
/// let vocabulary = Vocabulary::default().with("飞速提高", Meaning::Rise);
/// let parser = Parser::new().with_vocabulary(vocabulary);
/// assert_eq!(parser.parse("飞速提高")?.kind(), Kind::Rise);
/// assert!("飞速提高".parse::<plan_targets::Target>().is_err()); // not in the default table
/// # Ok::<(), plan_targets::ParseError>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Vocabulary {
    /// (folded phrase, meaning), longest phrase first so lookups are unambiguous.
    entries: Vec<(String, Meaning)>,
}

impl Default for Vocabulary {
    fn default() -> Vocabulary {
        Vocabulary::from_entries(DEFAULT.iter().map(|&(p, m)| (p.to_owned(), m)))
    }
}

impl Vocabulary {
    /// An empty table: no phrase is read as a goal.
    pub fn empty() -> Vocabulary {
        Vocabulary {
            entries: Vec::new(),
        }
    }

    fn from_entries(entries: impl IntoIterator<Item = (String, Meaning)>) -> Vocabulary {
        let mut v = Vocabulary::empty();
        for (phrase, meaning) in entries {
            v.insert(&phrase, meaning);
        }
        v
    }

    /// Adds (or redefines) a phrase. The phrase is stored in folded form, so full-width and
    /// traditional spellings of it read the same. Blank phrases are ignored.
    pub fn with(mut self, phrase: &str, meaning: Meaning) -> Vocabulary {
        self.insert(phrase, meaning);
        self
    }

    fn insert(&mut self, phrase: &str, meaning: Meaning) {
        let folded: String = phrase.trim().chars().map(fold).collect();
        if folded.is_empty() {
            return;
        }
        self.entries.retain(|(p, _)| *p != folded);
        self.entries.push((folded, meaning));
    }

    /// Every (phrase, meaning), in insertion order.
    pub fn entries(&self) -> impl Iterator<Item = (&str, Meaning)> {
        self.entries.iter().map(|(p, m)| (p.as_str(), *m))
    }

    /// The meaning of `text` when all of it (after folding) is a phrase of the table.
    pub fn lookup(&self, text: &str) -> Option<(&str, Meaning)> {
        self.entries
            .iter()
            .find(|(phrase, _)| folded_eq(text, phrase))
            .map(|(p, m)| (p.as_str(), *m))
    }

    /// The phrase target for `text`, spanning `span`.
    pub(crate) fn target(&self, text: &str, span: Span) -> Option<Target> {
        self.lookup(text).map(|(phrase, meaning)| {
            meaning.target(Phrase {
                text: phrase.to_owned(),
                span,
            })
        })
    }

    /// Up to `n` phrases closest to `text` by edit distance, for "did you mean" hints.
    pub fn nearest(&self, text: &str, n: usize) -> Vec<&str> {
        let folded: String = text.chars().map(fold).collect();
        let mut scored: Vec<(usize, &str)> = self
            .entries
            .iter()
            .map(|(p, _)| (crate::text::edit_distance(&folded, p), p.as_str()))
            .collect();
        scored.sort();
        let limit = folded.chars().count().max(2) / 2 + 1;
        scored
            .into_iter()
            .filter(|&(d, _)| d <= limit)
            .take(n)
            .map(|(_, p)| p)
            .collect()
    }
}

/// True when `text`, folded char by char, equals `folded`.
fn folded_eq(text: &str, folded: &str) -> bool {
    let mut a = text.chars().map(fold);
    let mut b = folded.chars();
    loop {
        match (a.next(), b.next()) {
            (None, None) => return true,
            (Some(x), Some(y)) if x == y => {}
            _ => return false,
        }
    }
}
