//! Russian professional-standard XML → kasb documents (`kasb_interchange::ru::import_reader`).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let import = kasb_interchange::ru::import_reader("fuzz.xml", data);
    let _ = import.standards().count();
});
