//! K100 `unreadable-file`: the file cannot be read.

use kasb_diagnostics::declare_rule;

declare_rule! {
    /// kasb reads YAML files as UTF-8. A file that cannot be opened, that is not valid UTF-8, or that is UTF-16 (as some Windows editors save it) cannot be checked.
    ///
    /// Fix: save the file as UTF-8 without a byte-order mark.
    pub static UNREADABLE_FILE = Rule {
        code: "K100",
        name: "unreadable-file",
        severity: Error,
        summary: "A file cannot be read, or is not UTF-8 text.",
    };
}
