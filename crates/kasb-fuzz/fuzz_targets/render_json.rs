//! Arbitrary diagnostics → the JSON report: valid JSON holding every diagnostic with its exact
//! message, and no raw control character or `##[` in the text.
#![no_main]

#[path = "support/mod.rs"]
mod support;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: support::Input| {
    let (_, diagnostics) = input.build();
    let text = kasb::render::json(&diagnostics, 1, std::path::Path::new(""));
    support::assert_no_commands(&text, false);
    let report: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
    let items = report["diagnostics"].as_array().expect("diagnostics");
    assert_eq!(items.len(), diagnostics.len());
    for (item, diagnostic) in items.iter().zip(&diagnostics) {
        assert_eq!(item["message"].as_str(), Some(diagnostic.message.as_str()));
    }
});
