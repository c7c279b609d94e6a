//! The report for a terminal: a summary line, then each document and its changes, with the
//! word-level diff of reworded texts. Colours (ANSI) only when the caller says the output is a
//! terminal.

use std::fmt::Write;

use kasb_diagnostics::visible;
use kasb_i18n::{Args, Lang, Messages};

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

/// The diff as text for a terminal in `lang`; `colour` adds ANSI colours.
///
/// ```
/// use kasb_i18n::{Lang, Messages};
/// let text = kasb_diff::render::human(&kasb_diff::Diff::default(), false, Lang::ENGLISH);
/// assert!(text.contains("no change in meaning"));
/// let ru = Lang::parse("ru").unwrap();
/// let text = kasb_diff::render::human(&kasb_diff::Diff::default(), false, ru);
/// assert!(text.contains("изменений по существу нет"));
/// ```
pub fn human(diff: &Diff, colour: bool, lang: Lang) -> String {
    let (paint, messages) = (Paint(colour), Messages::of(lang));
    let mut out = String::new();
    let (substantive, editorial) = (diff.count(Class::Substantive), diff.count(Class::Editorial));
    let _ = write!(out, "{} → {}: ", visible(&diff.base), visible(&diff.head));
    if diff.is_empty() {
        out.push_str(&messages.text("diff-no-change"));
        out.push('\n');
    } else {
        let painted = paint.paint("1;31", &substantive.to_string());
        let _ = writeln!(out, "{}", summary(messages, painted, editorial));
    }
    for (document, changes) in by_document(diff) {
        let (substantive, editorial) = counts(&changes);
        let summary = summary(messages, substantive.to_string(), editorial);
        let _ = writeln!(
            out,
            "\n{}  ({summary})",
            paint.paint("1", &visible(document))
        );
        for change in changes {
            write_change(&mut out, change, &paint, messages);
        }
        if diff.unversioned.iter().any(|id| id == document) {
            let args = Args::new().with("field", "replaced_by");
            let notice = messages.format("diff-unversioned", &args);
            let _ = writeln!(out, "  {} {notice}", paint.paint("33", "!"));
        }
    }
    for problem in &diff.problems {
        let warning = format!("{}:", messages.text("diff-warning"));
        let said = problem.say(messages);
        let _ = writeln!(out, "{} {}", paint.paint("33", &warning), visible(&said));
    }
    out
}

/// `5 substantive, 8 editorial`, the substantive count as given (painted or not).
fn summary(messages: &Messages, substantive: String, editorial: usize) -> String {
    let args = Args::new()
        .with("substantive", substantive)
        .with("editorial", editorial);
    messages.format("diff-summary", &args)
}

fn write_change(out: &mut String, change: &Change, paint: &Paint, messages: &Messages) {
    let (sign, verb) = match change.change {
        ChangeKind::Added => ("+", "diff-verb-added"),
        ChangeKind::Removed => ("-", "diff-verb-removed"),
        ChangeKind::Renamed => (">", "diff-verb-renamed"),
        ChangeKind::Moved => (">", "diff-verb-moved"),
        ChangeKind::Modified => ("~", "diff-verb-changed"),
    };
    let class = match change.class {
        Class::Substantive => paint.paint("31", &messages.text("diff-class-substantive")),
        Class::Editorial => paint.paint("32", &messages.text("diff-class-editorial")),
    };
    let args = Args::new()
        .with("subject", visible(&subject(change, messages)).into_owned())
        .with("verb", messages.text(verb));
    let line = messages.format("diff-change-line", &args);
    let _ = writeln!(out, "  {sign} {line}  [{class} {}]", change.rule);
    let lang = messages.lang();
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
                visible(&show(&change.from, lang)),
                visible(&show(&change.to, lang))
            );
        }
    }
    let why = change.reason.say(messages);
    let _ = writeln!(out, "      {}", paint.paint("2", &visible(&why)));
}
