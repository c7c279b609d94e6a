//! The report as a pull-request comment: a summary table by document and class first, then
//! each document's changes in a collapsible section; cut to fit GitHub's comment limit, with
//! a note of what was cut.

use std::fmt::Write;

use kasb_diagnostics::escape::{html as html_text, markdown as md};

use super::{Run, by_document, counts, show, subject, words};
use crate::{Change, Class, Diff};

/// GitHub's limit on a comment's length, in characters.
pub const COMMENT_LIMIT: usize = 65_536;
/// Room kept for the note of what was cut.
const NOTE_ROOM: usize = 600;

/// The diff as GitHub-flavoured Markdown, at most [`COMMENT_LIMIT`] bytes (so at most as many
/// characters): sections that do not fit are left out and counted in a closing note.
///
/// ```
/// let text = kasb_diff::render::markdown(&kasb_diff::Diff::default());
/// assert!(text.contains("No change in meaning"));
/// ```
pub fn markdown(diff: &Diff) -> String {
    let budget = COMMENT_LIMIT - NOTE_ROOM;
    let mut out = header(diff);
    let documents = by_document(diff);
    let mut rows_cut = 0;
    for (shown, (document, changes)) in documents.iter().enumerate() {
        let (substantive, editorial) = counts(changes);
        let row = format!("| {} | {substantive} | {editorial} |\n", md(document));
        if out.len() + row.len() > budget / 2 {
            rows_cut = documents.len() - shown;
            break;
        }
        out.push_str(&row);
    }
    if rows_cut > 0 {
        let _ = writeln!(out, "| and {rows_cut} more documents | | |");
    }
    out.push('\n');
    if !diff.unversioned.is_empty() {
        let ids: Vec<String> = diff.unversioned.iter().take(50).map(|id| md(id)).collect();
        let _ = writeln!(
            out,
            "> **Changed substantively without a version bump or `replaced_by` (D190):** {}\n",
            ids.join(", ")
        );
    }
    let (mut cut_documents, mut cut_changes) = (0, 0);
    for (document, changes) in &documents {
        let section = section(document, changes);
        if cut_documents > 0 || out.len() + section.len() > budget {
            cut_documents += 1;
            cut_changes += changes.len();
            continue;
        }
        out.push_str(&section);
    }
    for problem in diff.problems.iter().take(20) {
        let line = format!("- warning: {}\n", md(problem));
        if out.len() + line.len() <= budget {
            out.push_str(&line);
        }
    }
    if cut_documents > 0 {
        let _ = writeln!(
            out,
            "\n**Cut to fit a comment:** the details of {cut_documents} documents ({cut_changes} changes) are not shown. Run `kasb diff` with `--format html` or `--format json` for all of them."
        );
    }
    out
}

fn header(diff: &Diff) -> String {
    let mut out = format!("## kasb diff: {} → {}\n\n", md(&diff.base), md(&diff.head));
    if diff.is_empty() {
        out.push_str("No change in meaning.\n");
        return out;
    }
    let (substantive, editorial) = (diff.count(Class::Substantive), diff.count(Class::Editorial));
    let _ = writeln!(
        out,
        "**{substantive} substantive**, {editorial} editorial changes.\n"
    );
    out.push_str("| document | substantive | editorial |\n| --- | ---: | ---: |\n");
    out
}

fn section(document: &str, changes: &[&Change]) -> String {
    let (substantive, editorial) = counts(changes);
    let mut out = format!(
        "<details><summary>{}: {substantive} substantive, {editorial} editorial</summary>\n\n",
        html_text(document)
    );
    for change in changes {
        let class = match change.class {
            Class::Substantive => "**substantive**",
            Class::Editorial => "editorial",
        };
        let _ = writeln!(
            out,
            "- {class} ({}) {} {}",
            change.rule,
            md(&subject(change)),
            change.change.as_str()
        );
        match words(&change.from, &change.to) {
            Some(runs) => {
                let text: String = runs
                    .iter()
                    .map(|run| match run {
                        Run::Same(text) => md(text),
                        Run::Removed(text) if text.trim().is_empty() => md(text),
                        Run::Added(text) if text.trim().is_empty() => md(text),
                        Run::Removed(text) => format!("~~{}~~", md(text)),
                        Run::Added(text) => format!("**{}**", md(text)),
                    })
                    .collect();
                let _ = writeln!(out, "  {text}");
            }
            None if change.to.is_array() || (change.from.is_null() && change.to.is_null()) => {}
            None => {
                let _ = writeln!(
                    out,
                    "  {} → {}",
                    md(&show(&change.from)),
                    md(&show(&change.to))
                );
            }
        }
        let _ = writeln!(out, "  <br>_{}_", md(&change.why));
    }
    out.push_str("\n</details>\n\n");
    out
}
