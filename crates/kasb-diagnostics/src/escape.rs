//! User text escaped for the HTML and Markdown reports (`kasb compare`, `kasb report`,
//! `kasb diff`): one definition, so every report shows a hostile value the same inert way.

use crate::visible::{Notation, visible, visible_in};

/// User text for HTML: markup as character references, hidden characters shown as `\n` or
/// `\u{1b}`, `##[` as `#&#35;[` (the same text on the page, no workflow command).
///
/// ```
/// assert_eq!(kasb_diagnostics::escape::html("<b a='1'>&"), "&lt;b a=&#39;1&#39;&gt;&amp;");
/// ```
pub fn html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    visible_in(&out, Notation::Entity).into_owned()
}

/// User text for Markdown, also inside a table cell: every character Markdown gives a meaning
/// to is backslash-escaped (HTML, emphasis, links, images, code, `|`), hidden characters shown
/// as `\n` or `\u{1b}`, `##[` as `#\#[`.
///
/// ```
/// assert_eq!(kasb_diagnostics::escape::markdown("*a* | [b]"), r"\*a\* \| \[b\]");
/// ```
pub fn markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '&' | '~' | '#' | '!'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    visible_in(&out, Notation::Backslash).into_owned()
}

/// User text as a Markdown code span, also in a table: nothing is escaped inside one, so the
/// fence is longer than any run of backticks in it, hidden characters are shown as `\n`, and
/// `|` (which GFM reads before code spans) is `\|`.
///
/// ```
/// assert_eq!(kasb_diagnostics::escape::markdown_code("a`b"), "``a`b``");
/// ```
pub fn markdown_code(text: &str) -> String {
    let text = visible(text).replace('|', "\\|");
    if text.is_empty() {
        return String::new();
    }
    let longest = text.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest + 1);
    let pad = if text.starts_with(['`', ' ']) || text.ends_with(['`', ' ']) {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{text}{pad}{fence}")
}
