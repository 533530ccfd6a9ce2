//! Arbitrary bytes as a CSV data file: ingestion returns a dataset or errors, never panics,
//! and every error it reports names a line (or line 0 for the input as a whole).

#![no_main]

use libfuzzer_sys::fuzz_target;
use plan_targets::data::Reader;

fuzz_target!(|bytes: &[u8]| {
    match Reader::new().read_csv(bytes) {
        Ok(data) => {
            for record in data.records() {
                assert!(record.line >= 2, "a record is never on the header line");
                assert!(data.series(record.subject.key()).is_some());
            }
        }
        Err(errors) => {
            assert!(!errors.errors().is_empty());
            let _ = errors.to_string();
        }
    }
});
