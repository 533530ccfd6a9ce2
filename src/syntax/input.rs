//! The lexer's view of the input: characters folded on the fly, byte offsets of the original.
//!
//! [`Src`] implements nom's `Input` so nom's combinators run over it, but its items are
//! *folded* characters: full-width forms read as their ASCII twins (`＞` as `>`, `８` as `8`),
//! traditional characters of the vocabulary as simplified ones (`達` as `达`). Offsets and
//! lengths stay those of the original text, so every span points into what the user wrote.

use std::str::CharIndices;

/// Maps one character to the form the grammar is written in.
///
/// Full-width ASCII (U+FF01–U+FF5E) and the ideographic space fold to ASCII; a few look-alike
/// signs fold to the grammar's (`≧` to `≥`, `∶` to `:`); traditional characters that occur in
/// targets fold to simplified ones. Everything else is itself.
#[inline]
pub fn fold(c: char) -> char {
    // Nothing below U+2000 is folded (the full-width, CJK and sign ranges are above it).
    if (c as u32) < 0x2000 {
        return c;
    }
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' => ' ',
        '≧' | '⩾' => '≥',
        '≦' | '⩽' => '≤',
        '∶' | '︰' | '﹕' => ':',
        // The small form variants some typeset pages have (`为47﹪`).
        '﹪' => '%',
        '﹐' => ',',
        '﹔' => ';',
        '﹒' => '.',
        '﹙' => '(',
        '﹚' => ')',
        '﹢' => '+',
        '﹣' => '-',
        '﹤' => '<',
        '﹥' => '>',
        '〜' => '~',
        '–' | '−' => '-',
        '―' | '─' => '—',
        '達' => '达',
        '萬' => '万',
        '並' => '并',
        '內' => '内',
        '個' => '个',
        '張' => '张',
        '戶' => '户',
        '時' => '时',
        '歲' => '岁',
        '點' => '点',
        '於' => '于',
        '過' => '过',
        '減' => '减',
        '穩' => '稳',
        '鞏' => '巩',
        '顯' => '显',
        '著' => '著',
        '趨' => '趋',
        '縮' => '缩',
        '斷' => '断',
        '與' => '与',
        '適' => '适',
        '應' => '应',
        '維' => '维',
        '強' => '强',
        '昇' => '升',
        '續' => '续',
        '總' => '总',
        '體' => '体',
        '標' => '标',
        '數' => '数',
        '黨' => '党',
        '員' => '员',
        '區' => '区',
        '職' => '职',
        '們' => '们',
        '別' => '别',
        '將' => '将',
        '為' => '为',
        '實' => '实',
        '現' => '现',
        '效' => '效',
        '當' => '当',
        _ => c,
    }
}

/// The input of the parser: the original text and the byte range still to read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Src<'a> {
    text: &'a str,
    start: usize,
    end: usize,
    /// True when every character of `text` folds to itself (most targets): words are then
    /// compared byte for byte, without the fold table.
    folded: bool,
}

impl<'a> Src<'a> {
    /// All of `text`.
    pub fn new(text: &'a str) -> Src<'a> {
        Src {
            text,
            start: 0,
            end: text.len(),
            folded: text.chars().all(|c| fold(c) == c),
        }
    }

    /// Byte offset of the next character in the original text.
    pub fn offset(&self) -> usize {
        self.start
    }

    /// The character just before the unread part, if any.
    pub fn before(&self) -> Option<char> {
        self.text[..self.start].chars().next_back()
    }

    /// True when `test` holds at some character of the unread part (tried from each one in
    /// turn, the first hit ending the search).
    pub fn anywhere(&self, test: impl Fn(Src<'a>) -> bool) -> bool {
        let mut at = *self;
        while let Some((_, width)) = at.peek() {
            if test(at) {
                return true;
            }
            at = at.advance(width);
        }
        false
    }

    /// The text before the unread part.
    pub fn preceding(&self) -> &'a str {
        &self.text[..self.start]
    }

    /// The input from the character before the unread part on, if there is one.
    pub fn back_one(&self) -> Option<Src<'a>> {
        let c = self.before()?;
        Some(Src {
            start: self.start - c.len_utf8(),
            ..*self
        })
    }

    /// The unread part of the original text.
    pub fn as_str(&self) -> &'a str {
        &self.text[self.start..self.end]
    }

    /// The input after the next `n` characters (or at the end, when fewer are left).
    pub fn advance_chars(&self, n: usize) -> Src<'a> {
        let mut rest = *self;
        for _ in 0..n {
            rest = rest.advance(rest.peek().map_or(0, |(_, w)| w));
        }
        rest
    }

    /// True when nothing is left.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The next folded character and its length in bytes.
    #[inline]
    pub fn peek(&self) -> Option<(char, usize)> {
        let s = self.as_str();
        match s.as_bytes().first() {
            None => None,
            // ASCII folds to itself: skip decoding and the fold table.
            Some(&b) if b.is_ascii() => Some((char::from(b), 1)),
            Some(_) if self.folded => s.chars().next().map(|c| (c, c.len_utf8())),
            Some(_) => s.chars().next().map(|c| (fold(c), c.len_utf8())),
        }
    }

    /// Advances by `n` bytes of the original text (a char boundary).
    pub fn advance(&self, n: usize) -> Src<'a> {
        Src {
            start: self.start + n,
            ..*self
        }
    }

    /// If the unread text starts with `word` (compared folded), the number of original bytes it
    /// takes.
    pub fn starts_with(&self, word: &str) -> Option<usize> {
        if self.folded {
            return self
                .as_str()
                .as_bytes()
                .starts_with(word.as_bytes())
                .then_some(word.len());
        }
        let mut len = 0;
        let mut chars = self.as_str().chars();
        for w in word.chars() {
            let c = chars.next()?;
            if fold(c) != w {
                return None;
            }
            len += c.len_utf8();
        }
        Some(len)
    }

    /// If the unread text ends with `word` (compared folded), the number of original bytes it
    /// takes.
    pub fn ends_with(&self, word: &str) -> Option<usize> {
        if self.folded {
            return self
                .as_str()
                .as_bytes()
                .ends_with(word.as_bytes())
                .then_some(word.len());
        }
        let mut len = 0;
        let mut chars = self.as_str().chars().rev();
        for w in word.chars().rev() {
            let c = chars.next()?;
            if fold(c) != w {
                return None;
            }
            len += c.len_utf8();
        }
        Some(len)
    }

    /// Skips whitespace (ASCII and the ideographic space).
    pub fn skip_ws(&self) -> Src<'a> {
        let bytes = self.as_str().as_bytes();
        let mut len = 0;
        while let Some(width) = space_at(&bytes[len..]) {
            len += width;
        }
        self.advance(len)
    }

    /// The same input without trailing whitespace.
    pub fn trim_end(&self) -> Src<'a> {
        let bytes = self.as_str().as_bytes();
        let mut end = bytes.len();
        while let Some(width) = space_before(&bytes[..end]) {
            end -= width;
        }
        Src {
            end: self.start + end,
            ..*self
        }
    }
}

/// The whitespace the grammar skips, as UTF-8: ASCII whitespace, the no-break space and the
/// ideographic space (full-width ` `). Checked on bytes, so trimming never decodes a character.
const WIDE_SPACES: [&[u8]; 2] = ["\u{a0}".as_bytes(), "\u{3000}".as_bytes()];

/// The byte length of the whitespace character `bytes` starts with, if it starts with one.
fn space_at(bytes: &[u8]) -> Option<usize> {
    match bytes.first()? {
        b if b.is_ascii_whitespace() => Some(1),
        b if b.is_ascii() => None,
        _ => WIDE_SPACES
            .iter()
            .find(|w| bytes.starts_with(w))
            .map(|w| w.len()),
    }
}

/// The byte length of the whitespace character `bytes` ends with, if it ends with one.
fn space_before(bytes: &[u8]) -> Option<usize> {
    match bytes.last()? {
        b if b.is_ascii_whitespace() => Some(1),
        b if b.is_ascii() => None,
        _ => WIDE_SPACES
            .iter()
            .find(|w| bytes.ends_with(w))
            .map(|w| w.len()),
    }
}

/// Folded characters with their byte offsets relative to the start of a [`Src`].
#[derive(Clone, Debug)]
pub struct FoldedIndices<'a>(CharIndices<'a>);

impl Iterator for FoldedIndices<'_> {
    type Item = (usize, char);

    fn next(&mut self) -> Option<(usize, char)> {
        self.0.next().map(|(i, c)| (i, fold(c)))
    }
}

/// Folded characters of a [`Src`].
#[derive(Clone, Debug)]
pub struct Folded<'a>(std::str::Chars<'a>);

impl Iterator for Folded<'_> {
    type Item = char;

    fn next(&mut self) -> Option<char> {
        self.0.next().map(fold)
    }
}

impl<'a> nom::Input for Src<'a> {
    type Item = char;
    type Iter = Folded<'a>;
    type IterIndices = FoldedIndices<'a>;

    fn input_len(&self) -> usize {
        self.end - self.start
    }

    fn take(&self, index: usize) -> Self {
        Src {
            end: self.start + index,
            ..*self
        }
    }

    fn take_from(&self, index: usize) -> Self {
        self.advance(index)
    }

    fn take_split(&self, index: usize) -> (Self, Self) {
        (self.take_from(index), self.take(index))
    }

    fn position<P>(&self, predicate: P) -> Option<usize>
    where
        P: Fn(char) -> bool,
    {
        self.as_str()
            .char_indices()
            .find(|&(_, c)| predicate(fold(c)))
            .map(|(i, _)| i)
    }

    fn iter_elements(&self) -> Folded<'a> {
        Folded(self.as_str().chars())
    }

    fn iter_indices(&self) -> FoldedIndices<'a> {
        FoldedIndices(self.as_str().char_indices())
    }

    fn slice_index(&self, count: usize) -> Result<usize, nom::Needed> {
        let s = self.as_str();
        match s.char_indices().nth(count) {
            Some((i, _)) => Ok(i),
            None if s.chars().count() == count => Ok(s.len()),
            None => Err(nom::Needed::Unknown),
        }
    }
}

/// A text without the stray spaces between two Chinese characters (`得到有效控 制`,
/// `增长速度 明显放缓`, as text copied from a PDF has them), between a Chinese character and
/// a digit (`2025 年`, `增速 1 个百分点`) or beside quotes and brackets next to words
/// (`实现 “有鱼有草”`), and where each of its bytes was in the original, so
/// that spans read in it point into what the user wrote. Spaces between two digits stay: `1 2`
/// is damaged text, not a number. A colon after a Chinese character is a label's and is left
/// out too (`力争实现:不超过2.2`, `不低于:14个`); between figures it is a ratio's (`2:3`).
pub(super) struct Squeezed {
    /// The text without those spaces.
    pub(super) text: String,
    /// For each byte of `text`, its offset in the original.
    origin: Vec<usize>,
    /// The length of the original.
    len: usize,
}

impl Squeezed {
    /// `None` when `text` has no such whitespace.
    pub(super) fn new(text: &str) -> Option<Squeezed> {
        let digit = |c: char| fold(c).is_ascii_digit();
        let mut out = String::with_capacity(text.len());
        let mut origin = Vec::with_capacity(text.len());
        let mut chars = text.char_indices().peekable();
        let mut previous = None;
        let mut squeezed = false;
        let mut group_at = None;
        while let Some((at, c)) = chars.next() {
            if fold(c) == ':' && previous.is_some_and(is_han) {
                squeezed = true;
                continue;
            }
            let space = fold(c).is_whitespace();
            if let Some(before) = previous.filter(|&p| space && may_precede_stray_space(p)) {
                // The run of whitespace, and whether a Chinese character follows it.
                let mut run = vec![(at, c)];
                while let Some(&(i, w)) = chars.peek() {
                    if !fold(w).is_whitespace() {
                        break;
                    }
                    run.push((i, w));
                    chars.next();
                }
                // (A space that groups thousands, as typeset numbers have it: `6 700`,
                // `1 500个`: one to three digits (no decimal point) before it, exactly three
                // after. Any other space between digits stays: `1 2` is damage.)
                let grouping = digit(before)
                    && (group_start(&out) || group_at == Some(out.len()))
                    && three_digits_end_a_group(chars.clone().map(|(_, c)| c));
                if grouping {
                    // (The next group ends three digits on: another space there groups too.)
                    group_at = Some(out.len() + 3);
                }
                if grouping || chars.peek().is_some_and(|&(_, n)| stray_between(before, n)) {
                    squeezed = true;
                    continue;
                }
                for (i, w) in run {
                    push(&mut out, &mut origin, i, w);
                }
                previous = None;
                continue;
            }
            push(&mut out, &mut origin, at, c);
            previous = Some(c);
        }
        squeezed.then_some(Squeezed {
            text: out,
            origin,
            len: text.len(),
        })
    }

    /// `span` (of the squeezed text) in the original.
    pub(super) fn original(&self, span: super::Span) -> super::Span {
        let start = self.origin.get(span.start).copied().unwrap_or(self.len);
        // The end: just after the last byte the span holds.
        let end = match span.end.checked_sub(1).and_then(|i| self.origin.get(i)) {
            Some(&last) => last + 1,
            None if span.end == 0 => 0,
            None => self.len,
        };
        super::Span::new(start, end.max(start))
    }
}

fn push(out: &mut String, origin: &mut Vec<usize>, at: usize, c: char) {
    out.push(c);
    origin.extend((0..c.len_utf8()).map(|k| at + k));
}

/// True for a character a stray space may follow: a Chinese character, a digit, a quote or
/// bracket beside words, the list mark `、`, a Latin letter.
fn may_precede_stray_space(c: char) -> bool {
    is_han(c) || fold(c).is_ascii_digit() || word_mark(c) || c == '、' || latin(c)
}

/// True when whitespace between `previous` and `next` is stray. Han on one side at least:
/// between two digits the space stays. Quotes, book-title marks and brackets beside words count
/// as words (`实现 “有鱼有草”`). After the list mark `、` the space is stray whatever follows
/// (`区、 镇`); a Latin letter stands beside words as a Chinese character does (`5G 网络`), and
/// a Latin unit after a figure is the figure's (`5000 m`, `100 Mbps`).
fn stray_between(previous: char, next: char) -> bool {
    let digit = |c: char| fold(c).is_ascii_digit();
    let han = is_han(previous);
    is_han(next)
        || previous == '、'
        || (han && (digit(next) || latin(next)))
        || (digit(previous) && latin(next))
        || ((han || word_mark(previous)) && word_mark(next))
}

/// True when `ahead` starts with exactly three digits and then no digit nor decimal point: the
/// group after a space that groups thousands.
fn three_digits_end_a_group(ahead: impl Iterator<Item = char>) -> bool {
    let mut ahead = ahead.map(fold);
    ahead.by_ref().take(3).filter(char::is_ascii_digit).count() == 3
        && ahead.next().is_none_or(|c| !c.is_ascii_digit() && c != '.')
}

/// True when `out` ends in a group of one to three digits that starts a number (no decimal
/// point before it): the first group of a number whose thousands are grouped by spaces.
fn group_start(out: &str) -> bool {
    let digits = out
        .chars()
        .rev()
        .take_while(|&c| fold(c).is_ascii_digit())
        .count();
    let before = out.chars().rev().nth(digits);
    (1..=3).contains(&digits) && before.is_none_or(|c| fold(c) != '.')
}

/// True for a Latin letter, half- or full-width.
fn latin(c: char) -> bool {
    fold(c).is_ascii_alphabetic()
}

/// Marks that stand beside words as words do: quotes, book-title marks and brackets.
fn word_mark(c: char) -> bool {
    matches!(fold(c), '“' | '”' | '《' | '》' | '(' | ')')
}

/// True for a Chinese character (CJK unified ideographs, extension A, compatibility).
pub(super) fn is_han(c: char) -> bool {
    matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}' | '\u{f900}'..='\u{faff}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_width_folds_to_ascii() {
        assert_eq!(fold('＞'), '>');
        assert_eq!(fold('８'), '8');
        assert_eq!(fold('％'), '%');
        assert_eq!(fold('：'), ':');
        assert_eq!(fold('．'), '.');
        assert_eq!(fold('\u{3000}'), ' ');
        // Small form variants.
        assert_eq!(fold('﹪'), '%');
        assert_eq!(fold('﹔'), ';');
        assert_eq!(fold('﹕'), ':');
    }

    #[test]
    fn traditional_folds_to_simplified() {
        assert_eq!(
            "達到並保持在".chars().map(fold).collect::<String>(),
            "达到并保持在"
        );
        assert_eq!(fold('萬'), '万');
        assert_eq!(fold('內'), '内');
    }

    #[test]
    fn starts_with_counts_original_bytes() {
        let src = Src::new("＞98.5");
        assert_eq!(src.starts_with(">"), Some(3));
        assert_eq!(src.starts_with("<"), None);
        assert_eq!(Src::new("達到5").starts_with("达到"), Some(6));
    }

    #[test]
    fn trims_keep_offsets() {
        let src = Src::new("\u{3000} 提高 ").skip_ws().trim_end();
        assert_eq!(src.offset(), 4);
        assert_eq!(src.as_str(), "提高");
    }
}
