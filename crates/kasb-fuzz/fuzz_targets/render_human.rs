//! Arbitrary diagnostics and files → the human renderer: nothing a terminal or a CI runner
//! acts on, whatever the paths, messages, source text and spans.
#![no_main]

#[path = "support/mod.rs"]
mod support;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: support::Input| {
    let (files, diagnostics) = input.build();
    let text = kasb::render::human(&diagnostics, &files, kasb::render::Colour::Never);
    support::assert_no_commands(&text, false);
});
