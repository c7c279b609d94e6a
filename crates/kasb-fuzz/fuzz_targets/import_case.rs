//! CASE 1.0 JSON → kasb documents (`kasb_interchange::case::import_str`).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let import = kasb_interchange::case::import_str("fuzz.json", text);
    let _ = import.standards().count();
});
