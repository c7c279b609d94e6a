//! K111 `invalid-id`: an id outside the id grammar.
//!
//! Declared here, where the loader reports it for the ids of a document that does not load
//! (beside its other problems); `kasb-graph` reports it for the ids of loaded documents.

use kasb_diagnostics::declare_rule;
use kasb_diagnostics::{Arg, Data, Diagnostic, Location, Message};
use kasb_model::id::{Character, IdError, IdReason, MAX_ID_LENGTH};

use super::said;

declare_rule! {
    /// Ids name documents and items in references, file names and exported URIs, so they keep to a small grammar: Latin letters, digits, `-`, `_` and `.`, starting and ending with a letter or digit, at most 128 characters; an item id may also hold `/` between such segments (`A/01.3`), a document id may not (`/` separates it from an item id). No spaces, control characters, `..`, or letters of other scripts that look Latin (Cyrillic `Е` in `ЕLC-01`).
    ///
    /// Failing:
    /// ```yaml
    /// id: ../outside
    /// ```
    /// Passing:
    /// ```yaml
    /// id: kg-welder
    /// ```
    pub static INVALID_ID = Rule {
        code: "K111",
        name: "invalid-id",
        severity: Error,
        summary: "An id uses a character or a shape that ids may not have.",
    };
}

/// The K111 of `id`, located at its offending character, as `check_id` found it.
pub fn diagnose(location: Location, id: &str, error: &IdError) -> Diagnostic {
    let help = match &error.suggestion {
        Some(fixed) => Message::new("did-you-mean").with("name", fixed),
        None => Message::new("k111-help"),
    };
    let message = Message::new("k111-message")
        .with("problem", id_problem(&error.reason))
        .with("position", error.position);
    said(&INVALID_ID, location, message, help).with_data(Data::Id { id: id.to_owned() })
}

/// What the id grammar found (`IdReason`), said as a message: for K111 here, and for K607 and
/// K202's did-you-mean, which quote the same finding.
pub fn id_problem(reason: &IdReason) -> Message {
    let message = |id: &'static str| Message::new(id);
    let character = |c: char| c.to_string();
    match reason {
        IdReason::Empty => message("id-empty"),
        IdReason::TooLong { length } => message("id-too-long")
            .with("length", *length)
            .with("max", MAX_ID_LENGTH),
        IdReason::DotDot => message("id-dot-dot"),
        IdReason::SlashInDocumentId => message("id-slash-in-document-id"),
        IdReason::StartsWith(c) => message("id-starts-with").with("character", character(*c)),
        IdReason::EndsWith(c) => message("id-ends-with").with("character", character(*c)),
        IdReason::Doubled(c, next) => message("id-doubled").with("pair", format!("{c}{next}")),
        IdReason::Space => message("id-space"),
        IdReason::Control(c) => message("id-control").with("character", control(*c)),
        IdReason::NotAllowed { character: c, item } => message("id-not-allowed")
            .with("character", character(*c))
            .with("item", if *item { "yes" } else { "no" }),
        IdReason::Foreign(c) => message("id-foreign").with("character", named(*c)),
        IdReason::LookAlike {
            character: c,
            meant,
        } => message("id-look-alike")
            .with("character", named(*c))
            .with("meant", character(*meant))
            .with("digit", if meant.is_ascii_digit() { "yes" } else { "no" }),
        _ => message("id-other").with("problem", reason.to_string()),
    }
}

/// A character named with its script (`the Cyrillic letter `Е` (U+0415)`).
fn named(c: Character) -> Message {
    match c.script {
        Some(script) => Message::new("character-letter")
            .with("script", Arg::Word(script))
            .with("character", c.character.to_string())
            .with("code", c.code()),
        None => Message::new("character-other")
            .with("character", c.shown())
            .with("code", c.code()),
    }
}

/// A control character by its code point, and its name when it has a common one.
fn control(c: char) -> Message {
    let name = match c {
        '\n' => "line-feed",
        '\r' => "carriage-return",
        '\t' => "tab",
        '\0' => "nul",
        '\u{1b}' => "escape",
        _ => "none",
    };
    Message::new("character-control")
        .with("code", format!("U+{:04X}", u32::from(c)))
        .with("name", name)
}
