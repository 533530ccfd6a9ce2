//! Arbitrary bytes as a JSON data file: the streaming reader returns a dataset or errors,
//! never panics; the reader and the string entry points agree; a value read is the text of
//! the input (numbers kept exactly as written), and every record names the line it starts on.

#![no_main]

use libfuzzer_sys::fuzz_target;
use plan_targets::data::{Dataset, Reader};

fuzz_target!(|bytes: &[u8]| {
    let from_reader = Reader::new().read_json(bytes);
    if let Ok(text) = std::str::from_utf8(bytes) {
        assert_eq!(Dataset::from_json_str(text), from_reader);
    }
    match from_reader {
        Ok(data) => {
            let lines = 1 + bytes.iter().filter(|&&b| b == b'\n').count() as u64;
            for record in data.records() {
                assert!(record.line >= 1 && record.line <= lines);
                assert!(data.series(record.subject.key()).is_some());
                assert!(!record.value_text.is_empty());
            }
        }
        Err(errors) => {
            assert!(!errors.errors().is_empty());
            let _ = errors.to_string();
        }
    }
});
