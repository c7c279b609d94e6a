//! Arbitrary diagnostics → SARIF: valid JSON with one result per diagnostic, and no raw
//! control character or `##[` in the text.
#![no_main]

#[path = "support/mod.rs"]
mod support;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: support::Input| {
    let (_, diagnostics) = input.build();
    let text = kasb::render::sarif(
        &diagnostics,
        kasb::rules::all(),
        std::path::Path::new(""),
    );
    support::assert_no_commands(&text, false);
    let report: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
    let results = report["runs"][0]["results"].as_array().expect("results");
    assert_eq!(results.len(), diagnostics.len());
    for (result, diagnostic) in results.iter().zip(&diagnostics) {
        let text = result["message"]["text"].as_str().expect("a message");
        assert!(text.starts_with(diagnostic.message.as_str()));
    }
});
