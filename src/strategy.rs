//! proptest strategies producing arbitrary valid targets (feature `proptest`).
//!
//! Every tree these strategies produce prints (`Display`) to text that parses back to the same
//! tree, spans aside: downstream crates can property-test their own code over any target the
//! notation allows, and this crate's round-trip laws run over them.
//!
//! ```
//! use proptest::prelude::*;
//! use plan_targets::{strategy, Target};
//!
//! proptest!(|(target in strategy::target())| {
//!     let printed = target.to_string();
//!     let reparsed: Target = printed.parse().unwrap();
//!     prop_assert_eq!(reparsed.without_spans(), target.without_spans());
//! });
//! ```

use proptest::prelude::*;
use rust_decimal::Decimal;

use crate::syntax::{
    AllOf, Amount, AmountBound, AnnualChange, Approximately, Attain, Baseline, Change,
    ChangeAmount, CmpOp, Commensurate, Comparison, Direction, Doubling, Due, Each, EachWord,
    Eliminate, Fraction, Intent, IntentWord, Keep, Kind, Milestone, Milestones, PerYear, Phrase,
    Qualified, Quantity, Range, Rank, Ratio, Reference, ReferenceRelation, RelativeChange,
    Respectively, Span, Target, Unit, Vocabulary, Words,
};

/// A non-negative decimal with up to 4 decimal places and 12 digits.
pub fn decimal() -> impl Strategy<Value = Decimal> {
    (0i64..1_000_000_000_000, 0u32..=4).prop_map(|(m, scale)| Decimal::new(m, scale))
}

/// Open measure words the generators use besides the named units.
const MEASURES: &[&str] = &[
    "吨",
    "人年",
    "平方米",
    "万元",
    "亿人",
    "万吨",
    "公里",
    "万",
    "元/人",
    "公里/万平方公里",
    "GB",
    "万kW",
    // A fraction as a value (`1/3`) and rates per a named denominator.
    "/3",
    "/4",
    "/千人口",
    "/百户",
    "Mbps",
    "t",
    "万㎡",
];

/// Any unit: a named one or an open measure word with its scale.
pub fn unit() -> impl Strategy<Value = Unit> {
    let measures: Vec<Unit> = MEASURES
        .iter()
        .filter_map(|m| Unit::from_written(m))
        .collect();
    prop_oneof![
        3 => proptest::sample::select(Unit::ALL.to_vec()),
        1 => proptest::sample::select(measures),
    ]
}

/// A comparison operator.
pub fn cmp_op() -> impl Strategy<Value = CmpOp> {
    prop_oneof![
        Just(CmpOp::Gt),
        Just(CmpOp::Ge),
        Just(CmpOp::Lt),
        Just(CmpOp::Le)
    ]
}

/// A number with an optional unit.
pub fn quantity() -> impl Strategy<Value = Quantity> {
    (decimal(), proptest::option::of(unit())).prop_map(|(value, unit)| Quantity {
        value,
        unit,
        span: Span::default(),
    })
}

/// The value of a bound or of a level to reach: a quantity, now and then a quality class.
fn level() -> impl Strategy<Value = Quantity> {
    prop_oneof![19 => quantity(), 1 => class()]
}

/// A quality class, Ⅰ to Ⅻ ([`Unit::Class`]).
pub fn class() -> impl Strategy<Value = Quantity> {
    (1u32..=12).prop_map(|n| Quantity {
        value: Decimal::from(n),
        unit: Some(Unit::Class),
        span: Span::default(),
    })
}

/// The name of another series: Chinese text, in folded form as the parser stores it.
pub fn series_name() -> impl Strategy<Value = String> {
    "[\u{4e00}-\u{9fa5}]{1,12}"
        .prop_map(|name| name.chars().map(crate::syntax::fold).collect::<String>())
        // (A word of comparison before `性` is words of a goal, `高于性` no comparison with a
        // series named `性`; a random seed drew it.)
        .prop_filter("a name does not open with 性", |name| {
            !name.starts_with('性')
        })
}

fn comparison() -> impl Strategy<Value = Target> {
    (cmp_op(), level()).prop_map(|(op, value)| {
        Target::Comparison(Comparison {
            op,
            value,
            span: Span::default(),
        })
    })
}

fn attain(directions: bool) -> impl Strategy<Value = Target> {
    let direction = if directions {
        prop_oneof![
            Just(None),
            Just(Some(Direction::Higher)),
            Just(Some(Direction::Lower))
        ]
        .boxed()
    } else {
        Just(None).boxed()
    };
    (level(), direction).prop_map(|(value, direction)| {
        Target::Attain(Attain {
            // A verb's direction never reaches a class (the class scale has its own).
            direction: direction.filter(|_| value.unit != Some(Unit::Class)),
            value,
            span: Span::default(),
        })
    })
}

fn approximately() -> impl Strategy<Value = Target> {
    (quantity(), proptest::option::of(decimal())).prop_map(|(value, tolerance)| {
        Target::Approximately(Approximately {
            value,
            tolerance,
            span: Span::default(),
        })
    })
}

fn range() -> impl Strategy<Value = Target> {
    (
        decimal(),
        decimal(),
        proptest::option::of(unit()),
        any::<bool>(),
    )
        .prop_map(|(a, b, unit, about)| {
            let (low, high) = if a <= b { (a, b) } else { (b, a) };
            Target::Range(Range {
                low,
                high,
                unit,
                about,
                span: Span::default(),
            })
        })
}

fn ratio() -> impl Strategy<Value = Target> {
    // A zero term is not a ratio (a parse error).
    let term = || decimal().prop_filter("a ratio's terms are positive", |d| !d.is_zero());
    (term(), term()).prop_map(|(antecedent, consequent)| {
        Target::Ratio(Ratio {
            antecedent,
            consequent,
            span: Span::default(),
        })
    })
}

/// The phrases of the default vocabulary that read as `kind`: the listed ones, and adverb + verb
/// compositions of the lexicon that no listed phrase spells.
fn phrases_of(kind: Kind) -> Vec<Target> {
    let vocabulary = Vocabulary::default();
    let phrase = |text: &str| Phrase {
        text: text.to_owned(),
        span: Span::default(),
    };
    let listed: Vec<(String, crate::syntax::Meaning)> = vocabulary
        .entries()
        .map(|(p, m)| (p.to_owned(), m))
        .collect();
    let mut targets: Vec<Target> = listed
        .iter()
        .map(|(text, meaning)| meaning.target(phrase(text)))
        .collect();
    for (adverb, pace) in vocabulary.adverbs() {
        for (verb, sense) in vocabulary.verbs() {
            let text = format!("{adverb}{verb}");
            if !listed.iter().any(|(p, _)| *p == text) {
                targets.push(sense.meaning(pace).target(phrase(&text)));
            }
        }
    }
    targets.retain(|t| t.kind() == kind);
    targets
}

fn phrase_of(kind: Kind) -> BoxedStrategy<Target> {
    proptest::sample::select(phrases_of(kind)).boxed()
}

fn phrase() -> impl Strategy<Value = Target> {
    let kinds: Vec<Kind> = Kind::ALL
        .iter()
        .copied()
        .filter(|&k| !phrases_of(k).is_empty())
        .collect();
    proptest::sample::select(kinds).prop_flat_map(phrase_of)
}

/// A quantified target: comparison, attain, approximately, range or ratio.
pub fn quantified() -> impl Strategy<Value = Target> {
    prop_oneof![
        comparison(),
        attain(true),
        approximately(),
        range(),
        ratio()
    ]
}

fn condition() -> impl Strategy<Value = Box<Target>> {
    prop_oneof![comparison(), attain(false), range()].prop_map(Box::new)
}

fn reference() -> impl Strategy<Value = Target> {
    // A strict comparison may carry a margin (`高于全市1个百分点`): an amount with a unit, or a
    // fraction.
    let margin = change_amount().prop_filter("a margin has a unit", |m| {
        [Some(&m.amount), m.up_to.as_ref()]
            .into_iter()
            .flatten()
            .all(|a| !matches!(a, Amount::Quantity(q) if q.unit.is_none()))
    });
    let compare =
        (cmp_op(), series_name(), proptest::option::of(margin)).prop_map(|(op, series, margin)| {
            Target::Reference(Reference {
                op,
                relation: ReferenceRelation::Compare,
                series,
                margin: margin.filter(|_| matches!(op, CmpOp::Gt | CmpOp::Lt)),
                span: Span::default(),
            })
        });
    // `达到…水平`, `优于…`, `接近…`: a level (a name ending in 水平), never a standing (先进,
    // 前列 …, which is a rank) nor a name that starts like a number or another word.
    let level = "[\u{4e00}-\u{9fa5}]{2,8}"
        .prop_map(|name| name.chars().map(crate::syntax::fold).collect::<String>() + "水平")
        .prop_filter("a level, not a standing", |name| {
            !STANDINGS.iter().any(|w| name.contains(w))
                && ![
                    "更高", "较高", "合理", "一定", "较好", "更好", "全新", "新的",
                ]
                .iter()
                .any(|w| name.strip_suffix("水平") == Some(*w))
                && !name.strip_suffix("水平").is_some_and(|w| w.ends_with('的'))
                && !name.starts_with(|c: char| "〇零一二两三四五六七八九十百千万亿或基".contains(c))
        });
    let related = (
        proptest::sample::select(vec![
            ReferenceRelation::Reach,
            ReferenceRelation::Better,
            ReferenceRelation::Near,
        ]),
        level,
    )
        .prop_map(|(relation, series)| {
            Target::Reference(Reference {
                op: if relation == ReferenceRelation::Better {
                    CmpOp::Gt
                } else {
                    CmpOp::Ge
                },
                relation,
                series,
                margin: None,
                span: Span::default(),
            })
        });
    prop_oneof![compare, related]
}

/// Words of a standing (a rank without a number), kept out of generated reference names.
const STANDINGS: &[&str] = &[
    "行列", "前列", "先进", "一流", "领先", "前茅", "中位", "上游", "前", "第",
];

fn commensurate() -> impl Strategy<Value = Target> {
    // An empty name: `基本同步`, the indicator's own reference.
    let series = prop_oneof![series_name(), Just(String::new())];
    (series, any::<bool>()).prop_map(|(series, basically)| {
        Target::Commensurate(Commensurate {
            series,
            basically,
            span: Span::default(),
        })
    })
}

fn keep(reach: bool) -> impl Strategy<Value = Target> {
    condition().prop_map(move |condition| {
        let keep = Keep {
            condition,
            span: Span::default(),
        };
        if reach {
            Target::ReachAndKeep(keep)
        } else {
            Target::Keep(keep)
        }
    })
}

fn respectively() -> impl Strategy<Value = Target> {
    let span = Span::default();
    let values = proptest::collection::vec(
        prop_oneof![comparison(), attain(true), approximately(), range()],
        2..5,
    );
    // `分别比2020年下降14.5%和20.5%`: a change per item, sharing a baseline and verb or not.
    let change = move || {
        (
            proptest::option::of(1990i32..2040),
            rise_or_fall(),
            change_amount(),
        )
            .prop_map(move |(year, direction, amount)| {
                Target::RelativeChange(RelativeChange {
                    baseline: year.map(|year| Baseline::Year { year, span }),
                    cumulative: false,
                    direction,
                    change: Change::By(amount),
                    span,
                })
            })
    };
    let changes = prop_oneof![
        // One baseline, verb and bound word: printed once.
        (change(), proptest::collection::vec(amounts(), 1..4)).prop_map(|(first, more)| {
            let mut items = vec![first.clone()];
            for (amount, up_to) in more {
                let mut item = first.clone();
                if let Target::RelativeChange(RelativeChange {
                    change: Change::By(a),
                    ..
                }) = &mut item
                {
                    a.amount = amount;
                    a.up_to = up_to;
                }
                items.push(item);
            }
            items
        }),
        proptest::collection::vec(change(), 2..5),
    ];
    prop_oneof![3 => values, 1 => changes]
        .prop_map(move |items| Target::Respectively(Respectively { items, span }))
}

/// A positive decimal (a denominator, a baseline value).
fn positive() -> impl Strategy<Value = Decimal> {
    (1i64..1_000_000, 0u32..=2).prop_map(|(m, scale)| Decimal::new(m, scale))
}

/// A quantity amount or a fraction, and a second end of the same shape for a range.
fn amounts() -> impl Strategy<Value = (Amount, Option<Amount>)> {
    let span = Span::default();
    let quantities = (
        decimal(),
        proptest::option::of(decimal()),
        proptest::option::of(unit()),
    )
        .prop_map(move |(low, high, unit)| {
            // (An amount written `1/3` is a fraction, never a quantity in `/3`.)
            let unit = unit.filter(|u| u.fraction_denominator().is_none());
            let q = |value| Amount::Quantity(Quantity { value, unit, span });
            (q(low), high.map(q))
        });
    let fractions = (
        decimal(),
        positive(),
        proptest::option::of((decimal(), positive())),
    )
        .prop_map(move |(numerator, denominator, high)| {
            let f = |numerator, denominator| {
                Amount::Fraction(Fraction {
                    numerator,
                    denominator,
                    span,
                })
            };
            (f(numerator, denominator), high.map(|(n, d)| f(n, d)))
        });
    prop_oneof![3 => quantities, 1 => fractions]
}

fn amount_bound() -> impl Strategy<Value = Option<AmountBound>> {
    proptest::option::of(prop_oneof![
        Just(AmountBound::AtLeast),
        Just(AmountBound::AtMost),
        Just(AmountBound::About),
    ])
}

/// An amount of change: a quantity or fraction, a range of them, a bound word.
pub fn change_amount() -> impl Strategy<Value = ChangeAmount> {
    (amounts(), amount_bound()).prop_map(|((amount, up_to), bound)| ChangeAmount {
        amount,
        up_to,
        bound,
        span: Span::default(),
    })
}

fn rise_or_fall() -> impl Strategy<Value = Direction> {
    prop_oneof![Just(Direction::Higher), Just(Direction::Lower)]
}

fn relative_change() -> impl Strategy<Value = Target> {
    let span = Span::default();
    let year = 1990i32..2040;
    // A change by an amount, from the plan's baseline, a year, the previous term or `在现有基础上`.
    let by = (
        prop_oneof![
            Just(None),
            year.clone()
                .prop_map(move |year| Some(Baseline::Year { year, span })),
            Just(Some(Baseline::PreviousTerm { span })),
            Just(Some(Baseline::PreviousYear { span })),
            Just(Some(Baseline::Current { span })),
        ],
        any::<bool>(),
        rise_or_fall(),
        change_amount(),
    )
        .prop_map(|(baseline, cumulative, direction, amount)| {
            (baseline, cumulative, direction, Change::By(amount))
        });
    let doubling = (proptest::option::of(year.clone()), 1u32..5).prop_map(move |(year, times)| {
        let amount = ChangeAmount {
            amount: Amount::Doubling(Doubling { times, span }),
            up_to: None,
            bound: None,
            span,
        };
        let baseline = year.map(|year| Baseline::Year { year, span });
        (baseline, false, Direction::Higher, Change::By(amount))
    });
    // A change to a value, from a written value.
    let to = (
        quantity(),
        rise_or_fall(),
        quantity(),
        0..3u8,
        proptest::option::of(1990i32..2040),
        proptest::option::of(prop_oneof![
            Just(AmountBound::AtLeast),
            Just(AmountBound::AtMost),
            Just(AmountBound::About)
        ]),
    )
        .prop_map(move |(from, direction, to, form, of_year, bound)| {
            let inner = match form {
                0 => Target::Attain(Attain {
                    value: to,
                    direction: Some(direction),
                    span,
                }),
                1 => Target::Comparison(Comparison {
                    op: if direction == Direction::Higher {
                        CmpOp::Ge
                    } else {
                        CmpOp::Le
                    },
                    value: to,
                    span,
                }),
                _ => Target::Approximately(Approximately {
                    value: to,
                    tolerance: None,
                    span,
                }),
            };
            let baseline = Some(Baseline::Value {
                value: from,
                year: of_year,
                bound,
                span,
            });
            (baseline, false, direction, Change::To(Box::new(inner)))
        });
    // No stated size, from a named baseline.
    let unquantified = (
        prop_oneof![
            year.prop_map(move |year| Baseline::Year { year, span }),
            Just(Baseline::PreviousTerm { span }),
            Just(Baseline::PreviousYear { span }),
        ],
        prop_oneof![
            Just((Direction::Higher, "有所提高")),
            Just((Direction::Higher, "明显提高")),
            Just((Direction::Lower, "有所下降")),
            Just((Direction::Lower, "逐步减少")),
        ],
    )
        .prop_map(move |(baseline, (direction, text))| {
            let phrase = Phrase {
                text: text.to_owned(),
                span,
            };
            (
                Some(baseline),
                false,
                direction,
                Change::Unquantified(phrase),
            )
        });
    prop_oneof![4 => by, 1 => doubling, 2 => to, 1 => unquantified].prop_map(
        move |(baseline, cumulative, direction, change)| {
            Target::RelativeChange(RelativeChange {
                baseline,
                cumulative,
                direction,
                change,
                span,
            })
        },
    )
}

fn annual_change() -> impl Strategy<Value = Target> {
    let span = Span::default();
    (
        prop_oneof![Just(PerYear::EveryYear), Just(PerYear::Average)],
        rise_or_fall(),
        change_amount(),
        proptest::option::of(prop_oneof![
            (1990i32..2040).prop_map(move |year| Baseline::Year { year, span }),
            Just(Baseline::Current { span }),
        ]),
    )
        .prop_map(move |(per, direction, amount, baseline)| {
            Target::AnnualChange(AnnualChange {
                baseline,
                per,
                direction,
                amount,
                span,
            })
        })
}

fn milestones() -> impl Strategy<Value = Target> {
    (
        2000i32..2030,
        proptest::collection::vec((1i32..6, quantified()), 2..4),
        any::<bool>(),
    )
        .prop_map(|(first, steps, undated_first)| {
            let mut year = first;
            let items = steps
                .into_iter()
                .enumerate()
                .map(|(i, (step, target))| {
                    year += step;
                    Milestone {
                        // The first may name no year (due at the plan's target year).
                        year: (i > 0 || !undated_first).then_some(year),
                        target,
                        span: Span::default(),
                    }
                })
                .collect();
            Target::Milestones(Milestones {
                items,
                span: Span::default(),
            })
        })
}

/// An improvement: a phrase of the table, or several listed with `、` (`更加公平、更加安全`),
/// which are one improvement.
fn improve() -> impl Strategy<Value = Target> {
    let one = phrase_of(Kind::Improve);
    prop_oneof![
        3 => one.clone(),
        1 => proptest::collection::vec(one, 2..4).prop_map(|parts| {
            let texts: Vec<String> = parts
                .iter()
                .filter_map(|p| match p {
                    Target::Improve(phrase) => Some(phrase.text.clone()),
                    _ => None,
                })
                .collect();
            Target::Improve(Phrase {
                text: texts.join("、"),
                span: Span::default(),
            })
        }),
    ]
}

fn all_of() -> impl Strategy<Value = Target> {
    let part = prop_oneof![quantified(), phrase(), keep(false), reference()];
    proptest::collection::vec(part, 2..4)
        // Goals that are all in words are one qualitative goal, never a conjunction (see
        // [`AllOf`]); CI's seed found `保持合理比例，保持合理比例` reading back as one.
        // Nor are goals in words beside parts that state no measure (an improvement, an
        // elimination, a level reached named in words).
        .prop_filter("a conjunction has a part that is not in words", |parts| {
            let words = |p: &Target| matches!(p, Target::Qualitative(_));
            let no_measure = |p: &Target| match p {
                Target::Qualitative(_) | Target::Improve(_) | Target::Eliminate(_) => true,
                Target::Reference(r) => r.is_level_in_words(),
                _ => false,
            };
            !(parts.iter().any(words) && parts.iter().all(no_measure))
        })
        .prop_map(|parts| {
            Target::AllOf(AllOf {
                parts,
                span: Span::default(),
            })
        })
}

/// A stable level, against the plan's baseline or a written one (`与上年持平`).
fn stable() -> impl Strategy<Value = Target> {
    let span = Span::default();
    let baseline = prop_oneof![
        Just(None),
        (1990i32..2040).prop_map(move |year| Some(Baseline::Year { year, span })),
        Just(Some(Baseline::PreviousTerm { span })),
        Just(Some(Baseline::PreviousYear { span })),
    ];
    (phrase_of(Kind::Stable), baseline).prop_map(|(phrase, baseline)| match phrase {
        Target::Stable { phrase, .. } => Target::Stable { phrase, baseline },
        other => other,
    })
}

fn eliminate() -> impl Strategy<Value = Target> {
    any::<bool>().prop_map(|basically| {
        Target::Eliminate(Eliminate {
            basically,
            span: Span::default(),
        })
    })
}

fn rank() -> impl Strategy<Value = Target> {
    (
        proptest::option::of(proptest::sample::select(vec!["世界", "全国", "全省"])),
        1u32..200,
        any::<bool>(),
    )
        .prop_map(|(among, position, within)| {
            Target::Rank(Rank {
                among: among.map(str::to_owned),
                position,
                within,
                span: Span::default(),
            })
        })
}

/// The generator of each form. The match names every [`Kind`], and `Kind` is generated from
/// [`Target`]'s variants: a form added to `Target` without a generator here does not compile,
/// and the test `every_kind_is_generated` checks that [`target`] produces each one.
pub fn of_kind(kind: Kind) -> BoxedStrategy<Target> {
    match kind {
        Kind::Comparison => comparison().boxed(),
        Kind::Attain => attain(true).boxed(),
        Kind::Approximately => approximately().boxed(),
        Kind::Range => range().boxed(),
        Kind::Ratio => ratio().boxed(),
        Kind::Reference => reference().boxed(),
        Kind::Commensurate => commensurate().boxed(),
        Kind::Rise
        | Kind::RiseGradually
        | Kind::RiseEveryYear
        | Kind::ConsolidateAndRise
        | Kind::Fall
        | Kind::FallMarkedly
        | Kind::UnderControl
        | Kind::TowardBalance
        | Kind::Narrow
        | Kind::Qualitative => phrase_of(kind),
        Kind::Improve => improve().boxed(),
        Kind::Stable => stable().boxed(),
        Kind::Keep => keep(false).boxed(),
        Kind::ReachAndKeep => keep(true).boxed(),
        Kind::Respectively => respectively().boxed(),
        Kind::RelativeChange => relative_change().boxed(),
        Kind::AnnualChange => annual_change().boxed(),
        Kind::Milestones => milestones().boxed(),
        Kind::AllOf => all_of().boxed(),
        Kind::Eliminate => eliminate().boxed(),
        Kind::Rank => rank().boxed(),
    }
}

/// A form with the words around it kept (see [`Qualified`]): a lead, a scope, a due year, a
/// time within the year, an intent word, `均`/`各`, an object.
pub fn qualified() -> impl Strategy<Value = Target> {
    let span = Span::default();
    let words = |list: &'static [&'static str]| {
        proptest::option::of(
            proptest::sample::select(list.to_vec()).prop_map(move |text| Words {
                text: text.to_owned(),
                span,
            }),
        )
    };
    // One word, or two written together (`将力争`, `要确保`): never the same word twice.
    let intent = proptest::option::of(
        (
            proptest::sample::select(IntentWord::ALL.to_vec()),
            proptest::option::of(proptest::sample::select(IntentWord::ALL.to_vec())),
        )
            .prop_map(move |(word, second)| Intent {
                word,
                second: second.filter(|&s| s != word),
                span,
            }),
    );
    let each = proptest::option::of(
        prop_oneof![
            Just(EachWord::Jun),
            Just(EachWord::Ge),
            Just(EachWord::Dou),
            Just(EachWord::Fenbie)
        ]
        .prop_map(move |word| Each { word, span }),
    );
    let due = proptest::option::of((2000i32..2040).prop_map(move |year| Due { year, span }));
    let inner = prop_oneof![
        comparison(),
        attain(true),
        approximately(),
        range(),
        phrase(),
        eliminate(),
        keep(false),
    ];
    (
        words(&["农村", "城市", "全年"]),
        words(&["乡(镇、街道)", "县", "助产机构"]),
        due,
        intent,
        each,
        inner,
        words(&["女干部", "城乡区域差距", "碘缺乏病"]),
        words(&["每年", "每学期", "每月"]),
        words(&["即77.3岁", "2020年为80%", "按建成可开放床位,可达6.5张"]),
        words(&["6月底前", "12月25日前", "年底前", "一季度", "上半年"]),
    )
        .prop_map(
            move |(lead, scope, due, intent, each, target, object, period, note, deadline)| {
                // A lead is found before a word of the notation: here, the intent word.
                let lead = lead.filter(|_| intent.is_some());
                // An object follows a phrase, `消除`, or a bound word after a number.
                // A period counts a value: never before a directional verb (`每年提高` is the
                // annual change's error).
                let period = period.filter(|_| match &target {
                    Target::Attain(a) => a.direction.is_none(),
                    Target::Comparison(_)
                    | Target::Approximately(_)
                    | Target::Range(_)
                    | Target::Eliminate(_) => true,
                    _ => false,
                });
                let object = object.filter(|o| match &target {
                    // A fall of a gap reads as a narrowing (its own kind).
                    Target::Fall(_) | Target::FallMarkedly(_) if o.text.ends_with("差距") => {
                        false
                    }
                    // A class counts nothing (`Ⅲ类` is no count of kinds), and an age with its
                    // bound before words names a group (`60岁以上老年人`).
                    Target::Comparison(c) => {
                        matches!(c.op, CmpOp::Ge | CmpOp::Le)
                            && !matches!(c.value.unit, Some(Unit::Class | Unit::YearsOfAge))
                    }
                    Target::Approximately(a) => {
                        a.tolerance.is_none() && a.value.unit != Some(Unit::Class)
                    }
                    Target::Keep(_) | Target::Attain(_) | Target::Range(_) => false,
                    _ => true,
                });
                let q = Qualified {
                    lead,
                    scope,
                    // (`到2025年年底前` is the due year's end, the due year itself; a period
                    // and a time within the year are not written together.)
                    deadline: deadline.filter(|d| {
                        (due.is_none() || !d.text.starts_with('年')) && period.is_none()
                    }),
                    due,
                    intent,
                    each,
                    period,
                    target: Box::new(target),
                    object,
                    note,
                    span,
                };
                if q.lead.is_none()
                    && q.scope.is_none()
                    && q.due.is_none()
                    && q.deadline.is_none()
                    && q.intent.is_none()
                    && q.each.is_none()
                    && q.period.is_none()
                    && q.object.is_none()
                    && q.note.is_none()
                {
                    *q.target
                } else {
                    Target::Qualified(q)
                }
            },
        )
}

/// Any valid target of the notation, with the default vocabulary: every form (see
/// [`of_kind`]), and forms with the words around them.
pub fn target() -> impl Strategy<Value = Target> {
    prop_oneof![
        4 => proptest::sample::select(Kind::ALL.to_vec()).prop_flat_map(of_kind),
        1 => qualified(),
    ]
}
