//! K100 `unreadable-file`: the file cannot be read.

use std::path::Path;

use kasb_diagnostics::declare_rule;
use kasb_diagnostics::{Data, Diagnostic, Location, Message, Position, Span};

use super::said;

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

/// Why a file or a path cannot be read.
#[derive(Debug)]
pub(crate) enum Unreadable<'a> {
    /// The file cannot be opened.
    Open(&'a std::io::Error),
    /// The file opened, but reading it failed.
    Read(&'a std::io::Error),
    /// The file starts with a UTF-16 byte-order mark.
    Utf16,
    /// The file is not UTF-8, from this position on.
    NotUtf8(Position),
    /// Walking the directories failed at this path.
    Walk(&'a ignore::Error),
}

/// The K100 of `path`, which cannot be read for the reason `why`.
pub(crate) fn diagnose(path: &Path, why: Unreadable<'_>) -> Diagnostic {
    let location = match why {
        Unreadable::NotUtf8(at) => Location::new(path, Span::point(at)),
        _ => Location::file(path),
    };
    let data = data(&why);
    let (message, help) = match why {
        Unreadable::Open(error) => (
            Message::new("k100-open").with("error", error.to_string()),
            "k100-open-help",
        ),
        Unreadable::Read(error) => (
            Message::new("k100-read").with("error", error.to_string()),
            "k100-read-help",
        ),
        Unreadable::Utf16 => (Message::new("k100-utf16"), SAVE_AS_UTF8),
        Unreadable::NotUtf8(_) => (Message::new("k100-not-utf8"), SAVE_AS_UTF8),
        Unreadable::Walk(error) => (
            Message::new("k100-walk").with("error", error.to_string()),
            "k100-walk-help",
        ),
    };
    said(&UNREADABLE_FILE, location, message, Message::new(help)).with_data(data)
}

fn data(why: &Unreadable<'_>) -> Data {
    let (reason, error) = match why {
        Unreadable::Open(error) => ("open", Some(error.to_string())),
        Unreadable::Read(error) => ("read", Some(error.to_string())),
        Unreadable::Utf16 => ("utf16", None),
        Unreadable::NotUtf8(_) => ("not_utf8", None),
        Unreadable::Walk(error) => ("walk", Some(error.to_string())),
    };
    Data::Unreadable { reason, error }
}

/// The help of both encodings kasb does not read.
const SAVE_AS_UTF8: &str = "k100-save-as-utf8";
