//! Chinese numerals: `一` `两` `十` `百` `千` `万` `亿` `〇` `零`, read as integers and printed for
//! the few places the canonical form keeps them (`翻一番`, `第二`).
//!
//! Reading follows the usual positional rules: `十五` = 15, `一百零五` = 105, `十万` = 100 000,
//! `两千` = 2000, `三亿五千万` = 350 000 000. A bare multiplier counts as one of it (`百` = 100,
//! `万` = 10 000), as in `百分之九十` and `万分之三`.

/// The value of a digit character (`〇`/`零` to `九`, and `两`).
pub(crate) fn digit(c: char) -> Option<u32> {
    Some(match c {
        '〇' | '零' => 0,
        '一' => 1,
        '二' | '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    })
}

/// The value of a multiplier character below 万 (`十`, `百`, `千`).
fn small_unit(c: char) -> Option<u128> {
    match c {
        '十' => Some(10),
        '百' => Some(100),
        '千' => Some(1000),
        _ => None,
    }
}

/// True for every character a Chinese numeral is written with.
pub(crate) fn is_numeral(c: char) -> bool {
    digit(c).is_some() || small_unit(c).is_some() || c == '万' || c == '亿'
}

/// Reads the Chinese numeral that `text` (folded characters) starts with: its value and how many
/// characters it takes. `None` when `text` does not start with one. The value saturates far
/// beyond any plan's figure (the caller bounds the digits).
pub(crate) fn read(text: impl Iterator<Item = char>) -> Option<(u128, usize)> {
    let (mut total, mut section, mut number, mut count) = (0u128, 0u128, 0u128, 0usize);
    let mut any = false;
    for c in text {
        if let Some(d) = digit(c) {
            // Two digits in a row (`二三`) are not one numeral: stop before the second.
            if number != 0 {
                break;
            }
            number = u128::from(d);
        } else if let Some(unit) = small_unit(c) {
            let n = if number == 0 { 1 } else { number };
            section = section.saturating_add(n.saturating_mul(unit));
            number = 0;
        } else if c == '万' {
            let s = section + number;
            let s = if s == 0 && total == 0 { 1 } else { s };
            total = total.saturating_add(s.saturating_mul(10_000));
            section = 0;
            number = 0;
        } else if c == '亿' {
            let s = total.saturating_add(section + number);
            let s = if s == 0 { 1 } else { s };
            total = s.saturating_mul(100_000_000);
            section = 0;
            number = 0;
        } else {
            break;
        }
        any = true;
        count += 1;
        if count > 24 {
            break;
        }
    }
    any.then(|| (total.saturating_add(section).saturating_add(number), count))
}

/// Writes `n` in Chinese numerals below 10 000 (`2` → `二`, `15` → `十五`, `105` → `一百零五`),
/// in digits from 10 000 on (the parser reads both); `两` is not used (the printer writes
/// `翻两番` itself).
pub(crate) fn write(n: u32) -> String {
    const DIGITS: [char; 10] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    match n {
        0 => "零".to_owned(),
        1..10_000 => write_below_10000(n, &DIGITS),
        _ => n.to_string(),
    }
}

fn write_below_10000(n: u32, digits: &[char; 10]) -> String {
    let places = [(1000, '千'), (100, '百'), (10, '十')];
    let mut s = String::new();
    let mut rest = n;
    let mut zero = false;
    for (value, unit) in places {
        let d = rest / value;
        rest %= value;
        if d > 0 {
            if zero {
                s.push('零');
                zero = false;
            }
            // `十五`, not `一十五`, at the start of a number.
            if !(value == 10 && d == 1 && s.is_empty()) {
                s.push(digits[d as usize]);
            }
            s.push(unit);
        } else if !s.is_empty() {
            zero = true;
        }
    }
    if rest > 0 {
        if zero {
            s.push('零');
        }
        s.push(digits[rest as usize]);
    }
    s
}

/// The Roman numerals of quality classes (`Ⅲ类`), one character each, from 1 to 12.
const ROMAN: [char; 12] = ['Ⅰ', 'Ⅱ', 'Ⅲ', 'Ⅳ', 'Ⅴ', 'Ⅵ', 'Ⅶ', 'Ⅷ', 'Ⅸ', 'Ⅹ', 'Ⅺ', 'Ⅻ'];

/// The same numerals in ASCII letters (`III类`), as plans typed without the Roman characters
/// write them.
const ROMAN_ASCII: [&str; 12] = [
    "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII",
];

/// The Roman numeral `text` starts with (`Ⅲ`, small `ⅲ`, or the ASCII letters `III`), as its
/// value and its length in bytes. The whole run of ASCII letters must be one numeral: `IIII`
/// and `IIIA` are none.
pub(crate) fn roman(text: &str) -> Option<(u32, usize)> {
    let first = text.chars().next()?;
    if let Some(i) = ROMAN.iter().position(|&c| c == first) {
        return Some((i as u32 + 1, first.len_utf8()));
    }
    // The small forms ⅰ…ⅻ follow the capital ones at a fixed distance.
    if ('ⅰ'..='ⅻ').contains(&first) {
        return Some((first as u32 - 'ⅰ' as u32 + 1, first.len_utf8()));
    }
    let run = text.bytes().take_while(u8::is_ascii_alphabetic).count();
    let letters = &text[..run];
    ROMAN_ASCII
        .iter()
        .position(|&r| r == letters)
        .map(|i| (i as u32 + 1, run))
}

/// The Roman numeral of `n` (1 to 12), as the canonical form prints a class.
pub(crate) fn write_roman(n: u32) -> Option<char> {
    ROMAN.get(usize::try_from(n).ok()?.checked_sub(1)?).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(s: &str) -> u128 {
        read(s.chars()).expect(s).0
    }

    #[test]
    fn reads_positional_numerals() {
        assert_eq!(value("一"), 1);
        assert_eq!(value("两"), 2);
        assert_eq!(value("十"), 10);
        assert_eq!(value("十五"), 15);
        assert_eq!(value("九十"), 90);
        assert_eq!(value("一百零五"), 105);
        assert_eq!(value("百"), 100);
        assert_eq!(value("千"), 1000);
        assert_eq!(value("万"), 10_000);
        assert_eq!(value("十万"), 100_000);
        assert_eq!(value("两千"), 2000);
        assert_eq!(value("三亿五千万"), 350_000_000);
        assert_eq!(read("二三".chars()), Some((2, 1)));
        assert_eq!(read("分".chars()), None);
    }

    #[test]
    fn writes_what_it_reads() {
        for n in [
            1, 2, 9, 10, 15, 20, 99, 100, 105, 110, 1000, 1001, 2020, 9999,
        ] {
            let written = write(n);
            assert_eq!(value(&written), u128::from(n), "{n} as {written}");
        }
        assert_eq!(write(15), "十五");
        assert_eq!(write(2), "二");
        assert_eq!(write(4_000_040_022), "4000040022");
    }

    #[test]
    fn roman_numerals_of_classes() {
        assert_eq!(roman("Ⅲ类"), Some((3, 'Ⅲ'.len_utf8())));
        assert_eq!(roman("ⅳ"), Some((4, 'ⅳ'.len_utf8())));
        assert_eq!(roman("III类"), Some((3, 3)));
        assert_eq!(roman("IV"), Some((4, 2)));
        assert_eq!(roman("IIII"), None);
        assert_eq!(roman("IIIA"), None);
        assert_eq!(roman("三"), None);
        for n in 1..=12 {
            let c = write_roman(n).unwrap();
            assert_eq!(roman(&c.to_string()), Some((n, c.len_utf8())));
        }
        assert_eq!(write_roman(0), None);
        assert_eq!(write_roman(13), None);
    }
}
