//! The report as one self-contained HTML page (no script, no external resource): a summary
//! table, then a table of changes per document, reworded texts with `<del>` and `<ins>`.

use std::fmt::Write;

use kasb_diagnostics::escape::html as esc;
use kasb_i18n::{Args, Lang, Messages};

use super::{Run, by_document, counts, show, subject, words};
use crate::{Change, Diff};

const STYLE: &str = "body{font:15px/1.45 system-ui,sans-serif;max-width:70rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}\
table{border-collapse:collapse;width:100%;margin:1rem 0}th,td{border:1px solid #ccd;padding:.3rem .5rem;text-align:left;vertical-align:top}\
th{background:#eef}.substantive{color:#a40000;font-weight:600}.editorial{color:#2d6a2d}\
del{background:#fdd;text-decoration:line-through}ins{background:#dfd;text-decoration:none}.why,.muted{color:#555;font-size:.9em}\
.notice{background:#fff4d6;border-left:4px solid #e0a800;padding:.5rem 1rem}";

/// The diff as a self-contained HTML page in `lang` (its `lang` attribute too).
///
/// ```
/// use kasb_i18n::Lang;
/// let page = kasb_diff::render::html(&kasb_diff::Diff::default(), Lang::ENGLISH);
/// assert!(page.starts_with("<!DOCTYPE html>") && page.contains("No change in meaning"));
/// ```
pub fn html(diff: &Diff, lang: Lang) -> String {
    let messages = Messages::of(lang);
    let title = super::title(diff, messages, esc);
    let mut body = format!("<h1>{title}</h1>\n");
    if diff.is_empty() {
        let _ = writeln!(body, "<p>{}</p>", messages.text("diff-no-change-sentence"));
    } else {
        let [substantive, editorial] = super::summary_parts(diff, messages);
        let args = Args::new()
            .with(
                "substantive",
                format!("<span class=\"substantive\">{substantive}</span>"),
            )
            .with("editorial", editorial);
        let _ = writeln!(
            body,
            "<p>{}</p>",
            messages.format("diff-summary-changes", &args)
        );
    }
    let documents = by_document(diff);
    let _ = writeln!(
        body,
        "<table><tr>{}</tr>",
        headings(messages, &["document", "substantive", "editorial"])
    );
    for (document, changes) in &documents {
        let (substantive, editorial) = counts(changes);
        let _ = writeln!(
            body,
            "<tr><td><a href=\"#{0}\">{0}</a></td><td>{substantive}</td><td>{editorial}</td></tr>",
            esc(document)
        );
    }
    body.push_str("</table>\n");
    for (document, changes) in &documents {
        section(&mut body, diff, document, changes, messages);
    }
    for problem in &diff.problems {
        let warning = messages.text("diff-warning");
        let said = esc(&problem.say(messages));
        let _ = writeln!(body, "<p class=\"notice\">{warning}: {said}</p>");
    }
    let args = Args::new().with("command", "<code>kasb explain CODE</code>");
    let footer = messages.format("diff-footer", &args);
    format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{title}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n{body}<p class=\"muted\">{footer}</p>\n</body>\n</html>\n",
        lang.tag()
    )
}

/// `<th>…</th>` for each column, by the column's message (`diff-column-document`).
fn headings(messages: &Messages, columns: &[&str]) -> String {
    columns
        .iter()
        .map(|column| {
            format!(
                "<th>{}</th>",
                messages.text(&format!("diff-column-{column}"))
            )
        })
        .collect()
}

/// One document's heading, its D190 notice and the table of its changes.
fn section(
    body: &mut String,
    diff: &Diff,
    document: &str,
    changes: &[&Change],
    messages: &Messages,
) {
    let _ = writeln!(body, "<h2 id=\"{0}\">{0}</h2>", esc(document));
    if diff.unversioned.iter().any(|id| id == document) {
        let args = Args::new().with("field", "<code>replaced_by</code>");
        let notice = messages.format("diff-unversioned-heading", &args);
        let _ = writeln!(body, "<p class=\"notice\">{notice}.</p>");
    }
    let columns = ["class", "rule", "change", "what", "values"];
    let _ = writeln!(body, "<table><tr>{}</tr>", headings(messages, &columns));
    for change in changes {
        row(body, change, messages);
    }
    body.push_str("</table>\n");
}

fn row(body: &mut String, change: &Change, messages: &Messages) {
    let class = change.class.as_str();
    let lang = messages.lang();
    let values = match words(&change.from, &change.to) {
        Some(runs) => runs
            .iter()
            .map(|run| match run {
                Run::Same(text) => esc(text),
                Run::Removed(text) => format!("<del>{}</del>", esc(text)),
                Run::Added(text) => format!("<ins>{}</ins>", esc(text)),
            })
            .collect(),
        None => {
            let (from, to) = (show(&change.from, lang), show(&change.to, lang));
            match (from.is_empty(), to.is_empty()) {
                (true, true) => String::new(),
                (true, false) => format!("<ins>{}</ins>", esc(&to)),
                (false, true) => format!("<del>{}</del>", esc(&from)),
                (false, false) => format!("<del>{}</del> → <ins>{}</ins>", esc(&from), esc(&to)),
            }
        }
    };
    let _ = writeln!(
        body,
        "<tr><td class=\"{class}\">{}</td><td>{}</td><td>{}</td><td>{}<div class=\"why\">{}</div></td><td>{values}</td></tr>",
        messages.text(&format!("diff-class-{class}")),
        change.rule,
        messages.text(super::change_word(change.change)),
        esc(&subject(change, messages)),
        esc(&change.reason.say(messages))
    );
}
