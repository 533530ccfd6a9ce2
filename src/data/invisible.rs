//! Invisible characters in a field: a byte order mark in the middle of a file, a zero-width
//! space pasted from a web page, a no-break space from a spreadsheet. A field holding one
//! looks right and does not read; the error names the character instead of guessing.

use super::DataErrorKind;

/// The name of a character that is invisible or looks like a plain space, if it is one.
pub(super) fn name(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{feff}' => "byte order mark",
        '\u{200b}' => "zero-width space",
        '\u{200c}' => "zero-width non-joiner",
        '\u{200d}' => "zero-width joiner",
        '\u{2060}' => "word joiner",
        '\u{00a0}' => "no-break space",
        '\u{202f}' => "narrow no-break space",
        '\u{2007}' => "figure space",
        '\u{2009}' => "thin space",
        '\u{200a}' => "hair space",
        '\u{3000}' => "ideographic space",
        '\u{00ad}' => "soft hyphen",
        '\u{180e}' => "Mongolian vowel separator",
        '\u{200e}' => "left-to-right mark",
        '\u{200f}' => "right-to-left mark",
        '\u{061c}' => "Arabic letter mark",
        '\u{202a}'..='\u{202e}' => "bidirectional formatting character",
        '\u{2066}'..='\u{2069}' => "bidirectional isolate",
        '\u{fffe}' | '\u{ffff}' => "noncharacter",
        '\t' => "tab",
        c if c.is_control() => "control character",
        _ => return None,
    })
}

/// [`DataErrorKind::InvisibleCharacter`] for the first invisible character in `text`, if any.
pub(super) fn explain(column_name: &'static str, text: &str) -> Option<DataErrorKind> {
    let (index, (character, name)) = text
        .chars()
        .enumerate()
        .find_map(|(i, c)| name(c).map(|n| (i, (c, n))))?;
    Some(DataErrorKind::InvisibleCharacter {
        column_name,
        text: text.to_owned(),
        character,
        name,
        column: index + 1,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_invisible_character_is_named() {
        assert_eq!(explain("indicator", "W03"), None);
        assert_eq!(explain("indicator", "孕产妇死亡率"), None);
        let error = explain("year", "20\u{200b}2\u{a0}0").unwrap().to_string();
        assert_eq!(
            error,
            "the year \"20\u{200b}2\u{a0}0\" holds an invisible character: U+200B zero-width space at column 3"
        );
        assert!(explain("value", "1\u{7}").is_some());
    }
}
