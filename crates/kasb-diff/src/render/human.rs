//! The report for a terminal: a summary line, then each document and its changes, with the
//! word-level diff of reworded texts. Colours (ANSI) only when the caller says the output is a
//! terminal.

use std::fmt::Write;

use kasb_diagnostics::visible;

use super::{Run, by_document, counts, show, subject, words};
use crate::{Change, ChangeKind, Class, Diff};

/// Paints text when colour is on.
struct Paint(bool);

impl Paint {
    fn paint(&self, code: &str, text: &str) -> String {
        if self.0 {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_owned()
        }
    }
}

/// The diff as text for a terminal; `colour` adds ANSI colours.
///
/// ```
/// let text = kasb_diff::render::human(&kasb_diff::Diff::default(), false);
/// assert!(text.contains("no change in meaning"));
/// ```
pub fn human(diff: &Diff, colour: bool) -> String {
    let paint = Paint(colour);
    let mut out = String::new();
    let (substantive, editorial) = (diff.count(Class::Substantive), diff.count(Class::Editorial));
    let _ = write!(out, "{} → {}: ", visible(&diff.base), visible(&diff.head));
    if diff.is_empty() {
        out.push_str("no change in meaning\n");
    } else {
        let _ = writeln!(
            out,
            "{} substantive, {} editorial",
            paint.paint("1;31", &substantive.to_string()),
            editorial
        );
    }
    for (document, changes) in by_document(diff) {
        let (substantive, editorial) = counts(&changes);
        let _ = writeln!(
            out,
            "\n{}  ({substantive} substantive, {editorial} editorial)",
            paint.paint("1", &visible(document))
        );
        for change in changes {
            write_change(&mut out, change, &paint);
        }
        if diff.unversioned.iter().any(|id| id == document) {
            let _ = writeln!(
                out,
                "  {} changed substantively without a version bump or replaced_by (D190)",
                paint.paint("33", "!")
            );
        }
    }
    for problem in &diff.problems {
        let _ = writeln!(
            out,
            "{} {}",
            paint.paint("33", "warning:"),
            visible(problem)
        );
    }
    out
}

fn write_change(out: &mut String, change: &Change, paint: &Paint) {
    let (sign, verb) = match change.change {
        ChangeKind::Added => ("+", "added"),
        ChangeKind::Removed => ("-", "removed"),
        ChangeKind::Renamed => (">", "renamed"),
        ChangeKind::Moved => (">", "moved"),
        ChangeKind::Modified => ("~", "changed"),
    };
    let class = match change.class {
        Class::Substantive => paint.paint("31", "substantive"),
        Class::Editorial => paint.paint("32", "editorial"),
    };
    let _ = writeln!(
        out,
        "  {sign} {} {verb}  [{class} {}]",
        visible(&subject(change)),
        change.rule
    );
    match words(&change.from, &change.to) {
        Some(runs) => {
            let mut line = String::new();
            for run in runs {
                match run {
                    Run::Same(text) => line.push_str(&visible(&text)),
                    Run::Removed(text) => {
                        line.push_str(&paint.paint("31", &format!("[-{}-]", visible(&text))))
                    }
                    Run::Added(text) => {
                        line.push_str(&paint.paint("32", &format!("{{+{}+}}", visible(&text))))
                    }
                }
            }
            let _ = writeln!(out, "      {line}");
        }
        // A list's reason names what it gained and lost; the lists whole say no more.
        None if change.change != ChangeKind::Modified || change.to.is_array() => {}
        None => {
            let _ = writeln!(
                out,
                "      {} → {}",
                visible(&show(&change.from)),
                visible(&show(&change.to))
            );
        }
    }
    let _ = writeln!(out, "      {}", paint.paint("2", &visible(&change.why)));
}
