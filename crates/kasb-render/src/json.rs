use std::path::Path;

use kasb_diagnostics::{Diagnostic, Location, Severity, safe_json};
use serde_json::{Value, json};

use crate::paths::display;

/// The JSON report, a stable contract (`"version": 1`):
///
/// `{"version":1,"files":N,"summary":{"errors":N,"warnings":N,"infos":N},"diagnostics":[{"code",
/// "rule","severity","message","help","file","line","column","end_line","end_column",
/// "related":[{"file","line","column","message"}]}]}`. Paths are relative to `base` with `/`;
/// lines and columns are 1-based, columns counted in characters.
pub fn json(diagnostics: &[Diagnostic], files: usize, base: &Path) -> String {
    let count = |severity| {
        diagnostics
            .iter()
            .filter(|d| d.severity == severity)
            .count()
    };
    let items: Vec<Value> = diagnostics
        .iter()
        .map(|diagnostic| {
            let (line, column, end_line, end_column) = position(&diagnostic.location);
            json!({
                "code": diagnostic.rule.code,
                "rule": diagnostic.rule.name,
                "severity": diagnostic.severity.as_str(),
                "message": diagnostic.message,
                "help": diagnostic.help,
                "file": display(&diagnostic.location.file, base),
                "line": line,
                "column": column,
                "end_line": end_line,
                "end_column": end_column,
                "related": diagnostic.related.iter().map(|related| json!({
                    "file": display(&related.location.file, base),
                    "line": related.location.line(),
                    "column": related.location.column(),
                    "message": related.message,
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    let report = json!({
        "version": 1,
        "files": files,
        "summary": {
            "errors": count(Severity::Error),
            "warnings": count(Severity::Warning),
            "infos": count(Severity::Info),
        },
        "diagnostics": items,
    });
    safe_json(serde_json::to_string_pretty(&report).unwrap_or_default()) + "\n"
}

/// Start and end, 1-based; a whole-file location is 1:1.
pub(crate) fn position(location: &Location) -> (u32, u32, u32, u32) {
    match location.span {
        Some(span) => (
            span.start.line,
            span.start.column,
            span.end.line,
            span.end.column,
        ),
        None => (1, 1, 1, 1),
    }
}
