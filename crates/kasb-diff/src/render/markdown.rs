//! The report as a pull-request comment: a summary table by document and class first, then
//! each document's changes in a collapsible section; cut to fit GitHub's comment limit, with
//! a note of what was cut.

use std::fmt::Write;

use kasb_diagnostics::escape::{html as html_text, markdown as md};
use kasb_i18n::{Args, Lang, Messages};

use super::{Run, by_document, counts, show, subject, words};
use crate::{Change, Class, Diff};

/// GitHub's limit on a comment's length, in characters.
pub const COMMENT_LIMIT: usize = 65_536;
/// Room kept for the note of what was cut.
const NOTE_ROOM: usize = 600;

/// The diff as GitHub-flavoured Markdown, at most [`COMMENT_LIMIT`] bytes (so at most as many
/// characters): sections that do not fit are left out and counted in a closing note.
///
/// In `lang`, every word but the documents' ids and the field paths.
///
/// ```
/// use kasb_i18n::Lang;
/// let text = kasb_diff::render::markdown(&kasb_diff::Diff::default(), Lang::ENGLISH);
/// assert!(text.contains("No change in meaning"));
/// ```
pub fn markdown(diff: &Diff, lang: Lang) -> String {
    let messages = Messages::of(lang);
    let budget = COMMENT_LIMIT - NOTE_ROOM;
    let mut out = header(diff, messages);
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
        let args = Args::new().with("count", rows_cut);
        let more = messages.format("diff-more-documents", &args);
        let _ = writeln!(out, "| {more} | | |");
    }
    out.push('\n');
    if !diff.unversioned.is_empty() {
        let ids: Vec<String> = diff.unversioned.iter().take(50).map(|id| md(id)).collect();
        let args = Args::new().with("field", "`replaced_by`");
        let notice = messages.format("diff-unversioned-heading", &args);
        let _ = writeln!(out, "> **{notice}:** {}\n", ids.join(", "));
    }
    let (mut cut_documents, mut cut_changes) = (0, 0);
    for (document, changes) in &documents {
        let section = section(document, changes, messages);
        if cut_documents > 0 || out.len() + section.len() > budget {
            cut_documents += 1;
            cut_changes += changes.len();
            continue;
        }
        out.push_str(&section);
    }
    for problem in diff.problems.iter().take(20) {
        let warning = messages.text("diff-warning");
        let line = format!("- {warning}: {}\n", md(&problem.say(messages)));
        if out.len() + line.len() <= budget {
            out.push_str(&line);
        }
    }
    if cut_documents > 0 {
        let args = Args::new()
            .with("documents", cut_documents)
            .with("changes", cut_changes);
        let heading = messages.text("diff-cut-heading");
        let note = messages.format("diff-cut", &args);
        let _ = writeln!(out, "\n**{heading}:** {note}");
    }
    out
}

fn header(diff: &Diff, messages: &Messages) -> String {
    let title = super::title(diff, messages, md);
    let mut out = format!("## {title}\n\n");
    if diff.is_empty() {
        let _ = writeln!(out, "{}", messages.text("diff-no-change-sentence"));
        return out;
    }
    let [substantive, editorial] = super::summary_parts(diff, messages);
    let args = Args::new()
        .with("substantive", format!("**{substantive}**"))
        .with("editorial", editorial);
    let _ = writeln!(out, "{}\n", messages.format("diff-summary-changes", &args));
    let [document, substantive, editorial] = [
        "diff-column-document",
        "diff-column-substantive",
        "diff-column-editorial",
    ]
    .map(|id| messages.text(id));
    let _ = writeln!(
        out,
        "| {document} | {substantive} | {editorial} |\n| --- | ---: | ---: |"
    );
    out
}

fn section(document: &str, changes: &[&Change], messages: &Messages) -> String {
    let (substantive, editorial) = counts(changes);
    let args = Args::new()
        .with("substantive", substantive)
        .with("editorial", editorial);
    let mut out = format!(
        "<details><summary>{}: {}</summary>\n\n",
        html_text(document),
        messages.format("diff-summary", &args)
    );
    let lang = messages.lang();
    for change in changes {
        let class = match change.class {
            Class::Substantive => format!("**{}**", messages.text("diff-class-substantive")),
            Class::Editorial => messages.text("diff-class-editorial"),
        };
        let args = Args::new()
            .with("subject", md(&subject(change, messages)))
            .with("verb", messages.text(super::change_word(change.change)));
        let line = messages.format("diff-change-line", &args);
        let _ = writeln!(out, "- {class} ({}) {line}", change.rule);
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
                    md(&show(&change.from, lang)),
                    md(&show(&change.to, lang))
                );
            }
        }
        let _ = writeln!(out, "  <br>_{}_", md(&change.reason.say(messages)));
    }
    out.push_str("\n</details>\n\n");
    out
}
