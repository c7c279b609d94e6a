//! K115 `wrong-indentation`: a line indented so that its key lands in the wrong mapping, or
//! in none.

use kasb_diagnostics::declare_rule;
use kasb_diagnostics::{Diagnostic, Location, Message};

use super::said_syntax;

declare_rule! {
    /// YAML reads which mapping a key belongs to from its indentation: keys of one mapping start in the same column. A key one space off belongs to no mapping, and YAML stops; a key indented as far as the mapping above it becomes a field of that one (and is unknown there, while the mapping meant lacks it). The diagnostic points at the line whose indentation is off and names the mapping the key seems meant for.
    ///
    /// Failing (`statement` is one space short of `id`):
    /// ```yaml
    /// criteria:
    ///   - id: PC1
    ///    statement: Checks the gas supply
    /// ```
    /// Passing:
    /// ```yaml
    /// criteria:
    ///   - id: PC1
    ///     statement: Checks the gas supply
    /// ```
    pub static WRONG_INDENTATION = Rule {
        code: "K115",
        name: "wrong-indentation",
        severity: Error,
        summary: "A line's indentation puts its key in the wrong mapping, or in none.",
    };
}

fn diagnostic(location: Location, problem: Message, help: Message) -> Diagnostic {
    said_syntax(&WRONG_INDENTATION, location, problem, help)
}

/// The mapping a key seems meant for: where its keys are, and its first entry as written
/// (`id: U1.1`), to name it.
pub(crate) struct Meant<'a> {
    /// The line of its first key.
    pub line: u32,
    /// The column of its keys.
    pub column: u32,
    /// Its first entry, as written.
    pub first: &'a str,
}

impl Meant<'_> {
    /// `the mapping of `id: U1.1` (line 17)`.
    fn named(&self) -> Message {
        Message::new("k115-mapping-of")
            .with("first", self.first)
            .with("line", self.line)
    }

    /// A help naming the mapping and the column of its keys.
    fn help(&self, id: &'static str) -> Message {
        Message::new(id)
            .with("mapping", self.named())
            .with("column", self.column)
    }
}

/// How far apart two columns are, and which way `to` is from `from`: `more` (or `right`) when
/// it is further right.
fn shift(from: u32, to: u32, right: &'static str, left: &'static str) -> (u32, &'static str) {
    if to > from {
        (to - from, right)
    } else {
        (from - to, left)
    }
}

/// `key`, at column `found`, where no mapping's keys start: it seems meant for `meant`.
pub(crate) fn off(location: Location, key: &str, meant: &Meant<'_>, found: u32) -> Diagnostic {
    let (by, way) = shift(found, meant.column, "more", "less");
    diagnostic(
        location,
        Message::new("k115-off").with("key", key),
        meant.help("k115-off-help").with("by", by).with("way", way),
    )
}

/// `key` indented as far as the outer mapping, where it is unknown, though `meant`, the
/// mapping above it, has the field and lacks it.
pub(crate) fn too_little(location: Location, key: &str, meant: &Meant<'_>) -> Diagnostic {
    diagnostic(
        location,
        Message::new("k115-too-little").with("key", key),
        meant.help("k115-too-little-help"),
    )
}

/// `key` indented into an inner mapping, where it is unknown, though `meant`, the mapping
/// holding that one, has the field and lacks it.
pub(crate) fn too_much(location: Location, key: &str, meant: &Meant<'_>) -> Diagnostic {
    diagnostic(
        location,
        Message::new("k115-too-much").with("key", key),
        meant.help("k115-too-much-help"),
    )
}

/// The document's first key, `key`, indented by `by` spaces: the keys after it, at column 1,
/// belong to no mapping.
pub(crate) fn top_level(location: Location, key: &str, by: u32) -> Diagnostic {
    diagnostic(
        location,
        Message::new("k115-top-level")
            .with("key", key)
            .with("by", by),
        Message::new("k115-top-level-help"),
    )
}

/// A list item whose `-` is at column `found`, where the items of the list whose first item
/// is on `line` have theirs at `column`.
pub(crate) fn dash_off(location: Location, line: u32, column: u32, found: u32) -> Diagnostic {
    let (by, way) = shift(found, column, "right", "left");
    diagnostic(
        location,
        Message::new("k115-dash-off")
            .with("found", found)
            .with("line", line)
            .with("column", column),
        Message::new("k115-dash-off-help")
            .with("by", by)
            .with("way", way)
            .with("column", column),
    )
}

/// `key` indented under a key above it (on `line`, at `column`) that has its value on its
/// own line already.
pub(crate) fn under_value(location: Location, key: &str, line: u32, column: u32) -> Diagnostic {
    diagnostic(
        location,
        Message::new("k115-under-value")
            .with("key", key)
            .with("line", line),
        Message::new("k115-under-value-help")
            .with("key", key)
            .with("column", column),
    )
}
