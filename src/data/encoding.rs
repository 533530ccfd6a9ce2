//! The text encodings of CSV input: UTF-8, GB18030 (and so GBK and GB2312, its subsets) and
//! UTF-16, decoded with [`encoding_rs`] to UTF-8 before the CSV is read.
//!
//! A CSV saved by Excel or WPS on a Chinese Windows machine is GBK unless the user picks
//! "CSV UTF-8"; "Unicode text" is UTF-16 with a byte order mark. [`Encoding::Auto`] reads all
//! three:
//!
//! 1. a UTF-8 byte order mark: UTF-8 (the mark is skipped);
//! 2. a UTF-16 byte order mark (`FF FE` or `FE FF`): UTF-16, little or big endian;
//! 3. valid UTF-8: UTF-8;
//! 4. otherwise, when every line decodes as GB18030: GB18030;
//! 5. otherwise the input is read as UTF-8, and each line that is not UTF-8 is reported with
//!    its byte offset ([`DataErrorKind::InvalidUtf8`]).
//!
//! Decoding keeps every line on its line (line ends are ASCII in all three), so errors point
//! at the lines of the file as an editor shows them. An encoding given explicitly is strict:
//! each line that does not decode is reported ([`DataErrorKind::Undecodable`]).
//!
//! ```
//! use plan_targets::data::{Dataset, Encoding, Reader};
//!
//! let utf8 = "indicator,year,value\n孕产妇死亡率,2020,14以内\n";
//! let (gbk, _, _) = encoding_rs::GB18030.encode(utf8);
//! let a = Dataset::from_csv_str(utf8)?;
//! let b = Reader::new().read_csv(&gbk[..])?; // detected
//! let c = Reader::new().encoding(Encoding::Gb18030).read_csv(&gbk[..])?;
//! assert_eq!(a.series("W03"), b.series("W03"));
//! assert_eq!(b.series("W03"), c.series("W03"));
//! # Ok::<(), plan_targets::DataErrors>(())
//! ```

use encoding_rs::{GB18030, UTF_16BE, UTF_16LE};

use super::{DataError, DataErrorKind, DataErrors};

/// The encoding of a CSV input.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Encoding {
    /// Detected: see the [module documentation](self).
    #[default]
    Auto,
    /// UTF-8, with or without a byte order mark.
    Utf8,
    /// GB18030, which includes GBK and GB2312.
    Gb18030,
    /// UTF-16: by its byte order mark, little endian without one.
    Utf16,
}

/// An encoding name other than `auto`, `utf-8`, `gb18030` (`gbk`) or `utf-16`.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("unknown encoding `{0}`: expected auto, utf-8, gb18030 (or gbk) or utf-16")]
pub struct UnknownEncoding(pub String);

impl std::str::FromStr for Encoding {
    type Err = UnknownEncoding;

    /// Reads `auto`, `utf-8` (`utf8`), `gb18030` (`gbk`, `gb2312`) or `utf-16` (`utf16`), in
    /// any ASCII case.
    fn from_str(s: &str) -> Result<Encoding, UnknownEncoding> {
        match s.to_ascii_lowercase().as_str() {
            "auto" => Ok(Encoding::Auto),
            "utf-8" | "utf8" => Ok(Encoding::Utf8),
            "gb18030" | "gbk" | "gb2312" => Ok(Encoding::Gb18030),
            "utf-16" | "utf16" => Ok(Encoding::Utf16),
            _ => Err(UnknownEncoding(s.to_owned())),
        }
    }
}

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// The input as UTF-8 bytes (invalid UTF-8 left as it is for the CSV reader to report, when
/// detection found no other encoding).
pub(super) fn decode(bytes: Vec<u8>, encoding: Encoding) -> Result<Vec<u8>, DataErrors> {
    match encoding {
        Encoding::Utf8 => Ok(bytes),
        Encoding::Gb18030 => gb18030(&bytes).map_err(DataErrors),
        Encoding::Utf16 => utf16(&bytes),
        Encoding::Auto => {
            if bytes.starts_with(UTF8_BOM) {
                Ok(bytes)
            } else if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
                utf16(&bytes)
            } else if std::str::from_utf8(&bytes).is_ok() {
                Ok(bytes)
            } else {
                Ok(gb18030(&bytes).unwrap_or(bytes))
            }
        }
    }
}

/// Decodes line by line, so that each bad line is reported.
fn gb18030(bytes: &[u8]) -> Result<Vec<u8>, Vec<DataError>> {
    let mut out = String::with_capacity(bytes.len() * 3 / 2);
    let mut errors = Vec::new();
    for (index, line) in bytes.split(|&b| b == b'\n').enumerate() {
        if index > 0 {
            out.push('\n');
        }
        match GB18030.decode_without_bom_handling_and_without_replacement(line) {
            Some(text) => out.push_str(&text),
            None if errors.len() < super::MAX_ERRORS => errors.push(DataError::new(
                index as u64 + 1,
                None,
                DataErrorKind::Undecodable {
                    encoding: "GB18030",
                },
            )),
            None => {}
        }
    }
    if errors.is_empty() {
        Ok(out.into_bytes())
    } else {
        Err(errors)
    }
}

/// UTF-16 by its byte order mark (little endian without one); a bad sequence is reported at
/// the line it is on.
fn utf16(bytes: &[u8]) -> Result<Vec<u8>, DataErrors> {
    let (encoding, body) = if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        (UTF_16BE, rest)
    } else {
        (UTF_16LE, bytes.strip_prefix(b"\xFF\xFE").unwrap_or(bytes))
    };
    if let Some(text) = encoding.decode_without_bom_handling_and_without_replacement(body) {
        return Ok(text.into_owned().into_bytes());
    }
    // Where it breaks: decode with replacement and find the first replacement character's line.
    let (text, _) = encoding.decode_without_bom_handling(body);
    let line = text
        .split('\n')
        .position(|l| l.contains('\u{FFFD}'))
        .map_or(0, |i| i as u64 + 1);
    Err(DataErrors(vec![DataError::new(
        line,
        None,
        DataErrorKind::Undecodable { encoding: "UTF-16" },
    )]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn auto_detects_each_encoding() {
        let text = "indicator,year,value\n婚前医学检查率,2020,68.5\n";
        let (gbk, _, _) = GB18030.encode(text);
        assert_eq!(
            decode(gbk.to_vec(), Encoding::Auto).unwrap(),
            text.as_bytes()
        );
        let mut le = b"\xFF\xFE".to_vec();
        le.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(decode(le, Encoding::Auto).unwrap(), text.as_bytes());
        let mut be = b"\xFE\xFF".to_vec();
        be.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
        assert_eq!(decode(be, Encoding::Auto).unwrap(), text.as_bytes());
        let bom = [UTF8_BOM, text.as_bytes()].concat();
        assert_eq!(decode(bom.clone(), Encoding::Auto).unwrap(), bom);
    }

    #[test]
    fn explicit_encodings_report_bad_lines() {
        // 0x81 0x0A: a lead byte with no trail byte on line 2.
        let errors = decode(b"ok\n\x81\nok\n".to_vec(), Encoding::Gb18030).unwrap_err();
        assert_eq!(errors.lines(), ["line 2: the line is not valid GB18030"]);
        // An unpaired surrogate on line 2.
        let mut le = b"\xFF\xFE".to_vec();
        le.extend("a\n".encode_utf16().flat_map(u16::to_le_bytes));
        le.extend([0x00, 0xD8, b'b', 0]);
        let errors = decode(le, Encoding::Utf16).unwrap_err();
        assert_eq!(errors.lines(), ["line 2: the line is not valid UTF-16"]);
        // Neither UTF-8 nor GB18030: left for the CSV reader's per-line UTF-8 errors.
        let bad = b"ok\n\x81\n".to_vec();
        assert_eq!(decode(bad.clone(), Encoding::Auto).unwrap(), bad);
        assert_eq!("GBK".parse(), Ok(Encoding::Gb18030));
        assert!("latin1".parse::<Encoding>().is_err());
    }
}
