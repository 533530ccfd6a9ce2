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
            let reparsed: Target = printed
                .parse()
                .unwrap_or_else(|e: plan_targets::ParseError| panic!("{printed:?}: {e}"));
            assert_eq!(reparsed.without_spans(), target.without_spans(), "{text:?} -> {printed:?}");
        }
        Err(e) => {
            assert!(e.span().start <= e.span().end);
            let _ = e.render();
        }
    }
});
