//! Arbitrary diagnostics → GitHub annotations: one well-formed `::error`/`::warning`/`::notice`
//! line per diagnostic shown, and nothing else the runner would act on.
#![no_main]

#[path = "support/mod.rs"]
mod support;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: support::Input| {
    let (_, diagnostics) = input.build();
    let annotations = kasb::render::github(&diagnostics, std::path::Path::new(""));
    support::assert_no_commands(&annotations, true);
    assert!(annotations.lines().count() <= diagnostics.len());
    for line in annotations.lines() {
        let (command, rest) = line.split_once(' ').expect("a command and its properties");
        assert!(
            ["::error", "::warning", "::notice"].contains(&command),
            "{line:?}"
        );
        let (properties, _) = rest.split_once("::").expect("properties, then the message");
        assert_eq!(properties.split(',').count(), 6, "{line:?}");
    }
});
