//! Any bytes, read as a target: an error or a tree, never a panic; and every tree prints to
//! text that parses back to the same tree.
#![no_main]

use libfuzzer_sys::fuzz_target;
use plan_targets::Target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    match text.parse::<Target>() {
        Ok(target) => {
            assert!(target.span().end <= text.len());
            let printed = target.to_string();
            match printed.parse::<Target>() {
                Ok(reparsed) => {
                    assert_eq!(reparsed.without_spans(), target.without_spans(), "{text:?} -> {printed:?}")
                }
                // The canonical form may be longer than the input (`至少` prints as `不低于`);
                // past the limit it is rejected as too long, and only so.
                Err(e) => assert!(
                    printed.len() > plan_targets::syntax::MAX_TARGET_LEN
                        && matches!(e.kind(), plan_targets::ParseErrorKind::TooLong { .. }),
                    "{printed:?}: {e}"
                ),
            }
        }
        Err(e) => {
            assert!(e.span().start <= e.span().end);
            let _ = e.render();
        }
    }
});
