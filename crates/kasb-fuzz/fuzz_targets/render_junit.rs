//! Arbitrary diagnostics and file lists → JUnit: well-formed XML 1.0 whatever the text, with a
//! test case for every file, and no `##[` or raw control character.
#![no_main]

#[path = "support/mod.rs"]
mod support;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: support::Input| {
    let (files, diagnostics) = input.build();
    let paths: Vec<&std::path::Path> = files.0.iter().map(|(path, _)| path.as_path()).collect();
    for deny_warnings in [false, true] {
        let xml = kasb::render::junit(
            &diagnostics,
            &paths,
            std::path::Path::new(""),
            deny_warnings,
        );
        support::assert_no_commands(&xml, false);
        support::assert_xml(&xml);
    }
});
