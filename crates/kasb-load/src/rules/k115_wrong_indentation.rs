//! K115 `wrong-indentation`: a line indented so that its key lands in the wrong mapping, or
//! in none.

use kasb_diagnostics::declare_rule;
use kasb_diagnostics::{Data, Diagnostic, Location};

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

fn diagnostic(location: Location, problem: String, help: String) -> Diagnostic {
    Diagnostic::new(&WRONG_INDENTATION, location, problem.clone())
        .with_help(help)
        .with_data(Data::Syntax { problem })
}

fn spaces(count: u32) -> String {
    match count {
        1 => "1 space".to_owned(),
        more => format!("{more} spaces"),
    }
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
    fn named(&self) -> String {
        format!("the mapping of `{}` (line {})", self.first, self.line)
    }
}

/// `key`, at column `found`, where no mapping's keys start: it seems meant for `meant`.
pub(crate) fn off(location: Location, key: &str, meant: &Meant<'_>, found: u32) -> Diagnostic {
    let (by, way) = if meant.column > found {
        (meant.column - found, "more")
    } else {
        (found - meant.column, "less")
    };
    diagnostic(
        location,
        format!("`{key}` is indented so that it belongs to no mapping"),
        format!(
            "it seems meant for {}: indent it {} {way}, to column {}, in line with its keys",
            meant.named(),
            spaces(by),
            meant.column
        ),
    )
}

/// `key` indented as far as the outer mapping, where it is unknown, though `meant`, the
/// mapping above it, has the field and lacks it.
pub(crate) fn too_little(location: Location, key: &str, meant: &Meant<'_>) -> Diagnostic {
    diagnostic(
        location,
        format!("`{key}` is indented as a field of the outer mapping, where it is unknown"),
        format!(
            "it seems meant for {} above: indent it to column {}, in line with its keys",
            meant.named(),
            meant.column
        ),
    )
}

/// `key` indented into an inner mapping, where it is unknown, though `meant`, the mapping
/// holding that one, has the field and lacks it.
pub(crate) fn too_much(location: Location, key: &str, meant: &Meant<'_>) -> Diagnostic {
    diagnostic(
        location,
        format!("`{key}` is indented as a field of the inner mapping, where it is unknown"),
        format!(
            "it seems meant for {}, which holds this one: indent it to column {}, in line with its keys",
            meant.named(),
            meant.column
        ),
    )
}

/// The document's first key, `key`, indented by `by` spaces: the keys after it, at column 1,
/// belong to no mapping.
pub(crate) fn top_level(location: Location, key: &str, by: u32) -> Diagnostic {
    diagnostic(
        location,
        format!(
            "`{key}` is indented {}, so the keys below it belong to no mapping",
            spaces(by)
        ),
        "start the document's keys at column 1, without spaces before them".to_owned(),
    )
}

/// A list item whose `-` is at column `found`, where the items of the list whose first item
/// is on `line` have theirs at `column`.
pub(crate) fn dash_off(location: Location, line: u32, column: u32, found: u32) -> Diagnostic {
    let (by, way) = if column > found {
        (column - found, "right")
    } else {
        (found - column, "left")
    };
    diagnostic(
        location,
        format!(
            "this item's `-` is at column {found}, but the other items of its list (line {line}) have theirs at column {column}"
        ),
        format!("move the `-` {} {way}, to column {column}", spaces(by)),
    )
}

/// `key` indented under a key above it (on `line`, at `column`) that has its value on its
/// own line already.
pub(crate) fn under_value(location: Location, key: &str, line: u32, column: u32) -> Diagnostic {
    diagnostic(
        location,
        format!(
            "`{key}` is indented more than the key on line {line}, which already has its value"
        ),
        format!(
            "line `{key}` up with that key, at column {column}; or, if `{key}` belongs under it, put nothing after that key's `:`"
        ),
    )
}
