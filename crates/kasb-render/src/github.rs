use std::path::Path;

use kasb_diagnostics::{Diagnostic, Severity, visible};

use crate::cap::{Cap, Verdict};
use crate::json::position;
use crate::paths::display;

/// GitHub Actions workflow commands, one per diagnostic:
/// `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`, escaped as GitHub
/// requires. GitHub shows only the first annotations of a step, so callers print the human log
/// after them.
///
/// These annotations are the only workflow commands kasb writes: user text in them goes
/// through [`kasb_diagnostics::visible`] first (no raw control character, no `##[`), and the
/// human log that follows never starts a line with user text. Like the human log, at most
/// [`SHOWN_PER_FILE_AND_RULE`](crate::SHOWN_PER_FILE_AND_RULE) annotations of one rule are
/// written per file.
pub fn github(diagnostics: &[Diagnostic], base: &Path) -> String {
    let mut out = String::new();
    let mut cap = Cap::new(diagnostics);
    for diagnostic in diagnostics {
        if matches!(cap.admit(diagnostic), Verdict::Hide) {
            continue;
        }
        let command = match diagnostic.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "notice",
        };
        let (line, column, end_line, end_column) = position(&diagnostic.location);
        let title = format!("{} {}", diagnostic.rule.code, diagnostic.rule.name);
        let mut message = visible(&diagnostic.message).into_owned();
        if let Some(help) = &diagnostic.help {
            message.push_str("\nhelp: ");
            message.push_str(&visible(help));
        }
        out.push_str(&format!(
            "::{command} file={},line={line},col={column},endLine={end_line},endColumn={end_column},title={}::{}\n",
            property(&visible(&display(&diagnostic.location.file, base))),
            property(&title),
            data(&message),
        ));
    }
    out
}

/// Escapes a command's message.
fn data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a command property, which also may not hold `:` or `,`.
fn property(text: &str) -> String {
    data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_what_github_requires() {
        assert_eq!(data("50%\nnext"), "50%25%0Anext");
        assert_eq!(property("a:b,c"), "a%3Ab%2Cc");
    }
}
