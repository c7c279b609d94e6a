//! The report as one self-contained HTML page (no script, no external resource): a summary
//! table, then a table of changes per document, reworded texts with `<del>` and `<ins>`.

use std::fmt::Write;

use kasb_diagnostics::escape::html as esc;

use super::{Run, by_document, counts, show, subject, words};
use crate::{Change, Class, Diff};

const STYLE: &str = "body{font:15px/1.45 system-ui,sans-serif;max-width:70rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}\
table{border-collapse:collapse;width:100%;margin:1rem 0}th,td{border:1px solid #ccd;padding:.3rem .5rem;text-align:left;vertical-align:top}\
th{background:#eef}.substantive{color:#a40000;font-weight:600}.editorial{color:#2d6a2d}\
del{background:#fdd;text-decoration:line-through}ins{background:#dfd;text-decoration:none}.why,.muted{color:#555;font-size:.9em}\
.notice{background:#fff4d6;border-left:4px solid #e0a800;padding:.5rem 1rem}";

/// The diff as a self-contained HTML page.
///
/// ```
/// let page = kasb_diff::render::html(&kasb_diff::Diff::default());
/// assert!(page.starts_with("<!DOCTYPE html>") && page.contains("No change in meaning"));
/// ```
pub fn html(diff: &Diff) -> String {
    let title = format!("kasb diff: {} → {}", diff.base, diff.head);
    let mut body = format!("<h1>{}</h1>\n", esc(&title));
    if diff.is_empty() {
        body.push_str("<p>No change in meaning.</p>\n");
    } else {
        let (substantive, editorial) =
            (diff.count(Class::Substantive), diff.count(Class::Editorial));
        let _ = writeln!(
            body,
            "<p><span class=\"substantive\">{substantive} substantive</span>, {editorial} editorial changes.</p>"
        );
    }
    let documents = by_document(diff);
    body.push_str("<table><tr><th>document</th><th>substantive</th><th>editorial</th></tr>\n");
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
        let _ = writeln!(body, "<h2 id=\"{0}\">{0}</h2>", esc(document));
        if diff.unversioned.iter().any(|id| id == document) {
            body.push_str("<p class=\"notice\">Changed substantively without a version bump or <code>replaced_by</code> (D190).</p>\n");
        }
        body.push_str("<table><tr><th>class</th><th>rule</th><th>change</th><th>what</th><th>from → to</th></tr>\n");
        for change in changes {
            row(&mut body, change);
        }
        body.push_str("</table>\n");
    }
    for problem in &diff.problems {
        let _ = writeln!(body, "<p class=\"notice\">warning: {}</p>", esc(problem));
    }
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n{body}<p class=\"muted\">Made by kasb diff. Each change is classified by the rule named beside it (<code>kasb explain CODE</code>).</p>\n</body>\n</html>\n",
        esc(&title)
    )
}

fn row(body: &mut String, change: &Change) {
    let class = change.class.as_str();
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
            let (from, to) = (show(&change.from), show(&change.to));
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
        "<tr><td class=\"{class}\">{class}</td><td>{}</td><td>{}</td><td>{}<div class=\"why\">{}</div></td><td>{values}</td></tr>",
        change.rule,
        change.change.as_str(),
        esc(&subject(change)),
        esc(&change.why)
    );
}
