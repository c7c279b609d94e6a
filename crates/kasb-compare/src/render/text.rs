//! Plain text and Markdown.

//!
//! Every value from a user's files goes through [`visible`] (plain text) or [`md`] / [`code`]
//! (Markdown), and each finished report through [`guard`]: no control character, no line a CI
//! runner would read as a command.

use std::borrow::Cow;
use std::fmt::Write;

use kasb_diagnostics::{Notation, visible};

use super::{document_name, guard, level_words, local, percent};
use crate::{Comparison, Counts, EvidenceKind, ItemKind, Match, MatchStatus, Matrix, Unmatched};

/// A user value for plain text.
fn v(text: &str) -> Cow<'_, str> {
    visible(text)
}

fn counts_words(counts: &Counts) -> String {
    format!(
        "{} matched, {} partial, {} unmatched",
        counts.matched, counts.partial, counts.unmatched
    )
}

fn evidence_kinds(m: &Match) -> String {
    m.evidence
        .iter()
        .filter(|e| e.score.is_some() || e.kind != EvidenceKind::Text)
        .map(|e| match e.kind {
            EvidenceKind::Crosswalk => "crosswalk",
            EvidenceKind::SharedReference => "shared reference",
            EvidenceKind::Text => "text",
        })
        .collect::<Vec<_>>()
        .join(" + ")
}

fn status_word(m: &Match) -> &'static str {
    match m.status {
        MatchStatus::Matched => "",
        MatchStatus::Partial => " (partial)",
    }
}

/// A comparison as plain text, for a terminal.
pub fn human(c: &Comparison) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} ⇄ {}",
        v(&document_name(&c.left)),
        v(&document_name(&c.right))
    );
    let _ = writeln!(out, "  left:  {} [{}]", v(&c.left.title), v(&c.left.kind));
    let _ = writeln!(out, "  right: {} [{}]", v(&c.right.title), v(&c.right.kind));
    for reference in &c.shared_references {
        let _ = writeln!(out, "  shared: {}", v(&reference.detail));
    }
    let _ = writeln!(
        out,
        "  languages compared: {}",
        if c.shared_languages.is_empty() {
            "none".to_owned()
        } else {
            v(&c.shared_languages.join(", ")).into_owned()
        }
    );
    let _ = writeln!(out);
    let _ = writeln!(out, "coverage");
    let rows = [
        (
            "  units     left ",
            c.coverage.left_units,
            c.left.units,
            &c.counts.left.units,
        ),
        (
            "            right ",
            c.coverage.right_units,
            c.right.units,
            &c.counts.right.units,
        ),
        (
            "  criteria  left ",
            c.coverage.left_criteria,
            c.left.criteria,
            &c.counts.left.criteria,
        ),
        (
            "            right ",
            c.coverage.right_criteria,
            c.right.criteria,
            &c.counts.right.criteria,
        ),
    ];
    for (label, coverage, total, counts) in rows {
        // "right" is one letter longer than "left": its total takes one column less.
        let width = if label.trim_end().ends_with("right") {
            3
        } else {
            4
        };
        let _ = writeln!(
            out,
            "{label}{:>4} of {total:<width$} ({})",
            percent(coverage),
            counts_words(counts)
        );
    }

    let _ = writeln!(out);
    let _ = writeln!(out, "matched units");
    for m in c.unit_matches() {
        let _ = writeln!(
            out,
            "  {} ⇄ {}  score {:.2}, {}{}, {}",
            v(local(&m.left)),
            v(local(&m.right)),
            m.score,
            m.relation.as_str(),
            status_word(m),
            level_words(&m.level)
        );
        let _ = writeln!(out, "      {}", v(&m.left_title));
        let _ = writeln!(out, "      {}", v(&m.right_title));
        for evidence in &m.evidence {
            let _ = writeln!(out, "      • {}", v(&evidence.detail));
        }
        if let Some(assessment) = &m.assessment {
            let _ = writeln!(
                out,
                "      assessed by: {} | {}",
                methods(&assessment.left),
                methods(&assessment.right)
            );
        }
    }
    if !c.assessment_differences.is_empty() {
        let _ = writeln!(out);
        let _ = writeln!(
            out,
            "assessed by a practical task on one side, only in writing on the other"
        );
        for d in &c.assessment_differences {
            let _ = writeln!(
                out,
                "  {} ⇄ {}: {} | {}",
                v(local(&d.left)),
                v(local(&d.right)),
                methods(&d.left_methods),
                methods(&d.right_methods)
            );
        }
    }
    let _ = writeln!(out);
    let _ = writeln!(out, "matched criteria");
    for m in c.criterion_matches() {
        let _ = writeln!(
            out,
            "  {} ⇄ {}  {:.2} {}{} ({})",
            v(local(&m.left)),
            v(local(&m.right)),
            m.score,
            m.relation.as_str(),
            status_word(m),
            evidence_kinds(m)
        );
    }
    for (name, items) in [("left", &c.unmatched_left), ("right", &c.unmatched_right)] {
        let _ = writeln!(out);
        let _ = writeln!(out, "unmatched on the {name}");
        for item in items {
            let _ = writeln!(out, "  {}", v(&unmatched_line(item)));
        }
        if items.is_empty() {
            let _ = writeln!(out, "  none");
        }
    }
    if !c.notes.is_empty() {
        let _ = writeln!(out);
        for note in &c.notes {
            let _ = writeln!(out, "note: {}", v(note));
        }
    }
    guard(&out, Notation::Plain)
}

fn methods(list: &[&str]) -> String {
    if list.is_empty() {
        "not assessed".to_owned()
    } else {
        list.join(", ").replace('_', " ")
    }
}

fn unmatched_line(item: &Unmatched) -> String {
    let kind = match item.kind {
        ItemKind::Unit => "unit",
        ItemKind::Criterion => "criterion",
    };
    let mut line = format!("{kind} {} — {}", local(&item.id), item.title);
    if let Some(closest) = &item.closest {
        let _ = write!(
            line,
            " (closest: {} {:.2})",
            local(&closest.id),
            closest.score
        );
    }
    if let Some(note) = &item.note {
        let _ = write!(line, " — {note}");
    }
    line
}

/// A user value as Markdown text, also inside a table cell: the characters Markdown gives a
/// meaning to are backslash-escaped (HTML, emphasis, links, code, `|`), control characters are
/// shown as `\n` or `\u{1b}`, `##[` as `#\#[`.
fn md(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '&' | '~' | '#'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    kasb_diagnostics::visible_in(&out, Notation::Backslash).into_owned()
}

/// A user value as a Markdown code span in a table: nothing is escaped inside one, so the fence
/// is longer than any run of backticks in it, control characters are shown as `\n`, `##[` as
/// `#\u{23}[`, and `|` (which GFM reads before code spans) is `\|`.
fn code(text: &str) -> String {
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

/// A comparison as Markdown: headings and tables.
pub fn markdown(c: &Comparison) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# {} compared with {}\n",
        md(&document_name(&c.left)),
        md(&document_name(&c.right))
    );
    let _ = writeln!(out, "| | left | right |\n| --- | --- | --- |");
    let _ = writeln!(
        out,
        "| document | {} | {} |",
        code(&c.left.id),
        code(&c.right.id)
    );
    let _ = writeln!(
        out,
        "| title | {} | {} |",
        md(&c.left.title),
        md(&c.right.title)
    );
    let _ = writeln!(
        out,
        "| country | {} | {} |",
        c.left.country.as_deref().map_or("–".into(), md),
        c.right.country.as_deref().map_or("–".into(), md)
    );
    let _ = writeln!(
        out,
        "| units covered | {} of {} ({}) | {} of {} ({}) |",
        percent(c.coverage.left_units),
        c.left.units,
        counts_words(&c.counts.left.units),
        percent(c.coverage.right_units),
        c.right.units,
        counts_words(&c.counts.right.units)
    );
    let _ = writeln!(
        out,
        "| criteria covered | {} of {} ({}) | {} of {} ({}) |",
        percent(c.coverage.left_criteria),
        c.left.criteria,
        counts_words(&c.counts.left.criteria),
        percent(c.coverage.right_criteria),
        c.right.criteria,
        counts_words(&c.counts.right.criteria)
    );
    let _ = writeln!(out);
    for reference in &c.shared_references {
        let _ = writeln!(out, "Shared reference: {}.", md(&reference.detail));
    }
    let _ = writeln!(
        out,
        "Texts compared in: {}.\n",
        if c.shared_languages.is_empty() {
            "no shared language".to_owned()
        } else {
            md(&c.shared_languages.join(", "))
        }
    );
    for note in &c.notes {
        let _ = writeln!(out, "> {}\n", md(note));
    }

    let _ = writeln!(out, "## Units\n");
    let _ = writeln!(
        out,
        "| left | right | score | relation | level | evidence |\n| --- | --- | --- | --- | --- | --- |"
    );
    for m in c.unit_matches() {
        let evidence = m
            .evidence
            .iter()
            .map(|e| md(&e.detail))
            .collect::<Vec<_>>()
            .join("<br>");
        let _ = writeln!(
            out,
            "| {} {} | {} {} | {:.2} | {}{} | {} | {} |",
            code(local(&m.left)),
            md(&m.left_title),
            code(local(&m.right)),
            md(&m.right_title),
            m.score,
            m.relation.as_str(),
            status_word(m),
            level_words(&m.level),
            evidence
        );
    }
    let _ = writeln!(out);
    if !c.assessment_differences.is_empty() {
        let _ = writeln!(out, "## Assessed differently\n");
        let _ = writeln!(
            out,
            "Matched units assessed by a practical task on one side and only by written tests on the other.\n"
        );
        let _ = writeln!(
            out,
            "| left | right | left methods | right methods |\n| --- | --- | --- | --- |"
        );
        for d in &c.assessment_differences {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} |",
                code(local(&d.left)),
                code(local(&d.right)),
                methods(&d.left_methods),
                methods(&d.right_methods)
            );
        }
        let _ = writeln!(out);
    }
    let _ = writeln!(out, "## Criteria\n");
    let _ = writeln!(
        out,
        "| left | right | score | relation | evidence |\n| --- | --- | --- | --- | --- |"
    );
    for m in c.criterion_matches() {
        let _ = writeln!(
            out,
            "| {} | {} | {:.2} | {}{} | {} |",
            code(local(&m.left)),
            code(local(&m.right)),
            m.score,
            m.relation.as_str(),
            status_word(m),
            evidence_kinds(m)
        );
    }
    let _ = writeln!(out);
    for (name, items) in [("left", &c.unmatched_left), ("right", &c.unmatched_right)] {
        let _ = writeln!(out, "## Unmatched on the {name}\n");
        if items.is_empty() {
            let _ = writeln!(out, "None.\n");
            continue;
        }
        for item in items {
            let _ = writeln!(out, "- {}", md(&unmatched_line(item)));
        }
        let _ = writeln!(out);
    }
    guard(&out, Notation::Backslash)
}

/// A matrix as plain text.
pub fn matrix_human(m: &Matrix) -> String {
    let mut out = String::new();
    let names: Vec<String> = m
        .documents
        .iter()
        .map(|d| v(d.country.as_deref().unwrap_or(&d.id)).into_owned())
        .collect();
    let _ = writeln!(
        out,
        "unit coverage (row covered by column) of {} documents",
        m.documents.len()
    );
    let width = names
        .iter()
        .map(|n| n.chars().count())
        .max()
        .unwrap_or(2)
        .max(5);
    let _ = write!(out, "  {:width$}", "");
    for name in &names {
        let _ = write!(out, " {name:>width$}");
    }
    let _ = writeln!(out);
    for (i, name) in names.iter().enumerate() {
        let _ = write!(out, "  {name:width$}");
        for value in &m.units[i] {
            let _ = write!(out, " {:>width$}", percent(*value));
        }
        let _ = writeln!(out, "   {}", v(&m.documents[i].id));
    }
    let _ = writeln!(out);
    let _ = writeln!(out, "pairs");
    for pair in &m.pairs {
        let _ = writeln!(
            out,
            "  {} ⇄ {}: units {} / {}, criteria {} / {}, EQF differences {:?}, assessed differently {}",
            v(&pair.left),
            v(&pair.right),
            percent(pair.coverage.left_units),
            percent(pair.coverage.right_units),
            percent(pair.coverage.left_criteria),
            percent(pair.coverage.right_criteria),
            pair.level_deltas,
            pair.assessment_differences
        );
    }
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "common core: {} units of {} matched in every other document",
        m.common_core.len(),
        v(&m.documents[0].id)
    );
    for row in &m.common_core {
        let ids: Vec<&str> = row.units.iter().map(|u| local(&u.id)).collect();
        let _ = writeln!(
            out,
            "  {} — {}",
            v(&ids.join(" ⇄ ")),
            v(&row.units[0].title)
        );
    }
    let _ = writeln!(out);
    let _ = writeln!(out, "unique to one document");
    for unique in &m.unique {
        let _ = writeln!(
            out,
            "  {}: {} units",
            v(&unique.document),
            unique.units.len()
        );
        for unit in &unique.units {
            let _ = writeln!(out, "    {} — {}", v(local(&unit.id)), v(&unit.title));
        }
    }
    guard(&out, Notation::Plain)
}

/// A matrix as Markdown.
pub fn matrix_markdown(m: &Matrix) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# Comparison of {} documents\n", m.documents.len());
    let _ = writeln!(
        out,
        "| document | country | title | units | criteria |\n| --- | --- | --- | --- | --- |"
    );
    for d in &m.documents {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} |",
            code(&d.id),
            d.country.as_deref().map_or("–".into(), md),
            md(&d.title),
            d.units,
            d.criteria
        );
    }
    let _ = writeln!(
        out,
        "\n## Unit coverage\n\nShare of the row's units matched in the column's document.\n"
    );
    let _ = write!(out, "| |");
    for d in &m.documents {
        let _ = write!(out, " {} |", code(&d.id));
    }
    let _ = write!(out, "\n| --- |");
    for _ in &m.documents {
        let _ = write!(out, " --- |");
    }
    let _ = writeln!(out);
    for (i, d) in m.documents.iter().enumerate() {
        let _ = write!(out, "| {} |", code(&d.id));
        for value in &m.units[i] {
            let _ = write!(out, " {} |", percent(*value));
        }
        let _ = writeln!(out);
    }
    let _ = writeln!(
        out,
        "\n## Common core\n\nUnits of {} matched in every other document.\n",
        code(&m.documents[0].id)
    );
    let _ = write!(out, "|");
    for d in &m.documents {
        let _ = write!(out, " {} |", code(&d.id));
    }
    let _ = write!(out, "\n|");
    for _ in &m.documents {
        let _ = write!(out, " --- |");
    }
    let _ = writeln!(out);
    for row in &m.common_core {
        let _ = write!(out, "|");
        for unit in &row.units {
            let _ = write!(out, " {} {} |", code(local(&unit.id)), md(&unit.title));
        }
        let _ = writeln!(out);
    }
    let _ = writeln!(out, "\n## Unique to one document\n");
    for unique in &m.unique {
        let _ = writeln!(
            out,
            "- {}: {} units",
            code(&unique.document),
            unique.units.len()
        );
        for unit in &unique.units {
            let _ = writeln!(out, "  - {} {}", code(local(&unit.id)), md(&unit.title));
        }
    }
    guard(&out, Notation::Backslash)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_text_escapes_markup_tables_and_commands() {
        assert_eq!(md("a|b"), "a\\|b");
        assert_eq!(md("<img src=x>&amp;"), "\\<img src=x\\>\\&amp;");
        assert_eq!(
            md("`x` *y* _z_ [l](u)"),
            "\\`x\\` \\*y\\* \\_z\\_ \\[l\\](u)"
        );
        assert_eq!(md("x\n::error::y ##[z]"), "x\\n::error::y \\#\\#\\[z\\]");
        assert_eq!(md("::add-mask::k"), "\\::add-mask::k");
        assert_eq!(md("\u{1b}[2J\u{202e}"), "\\u{1b}\\[2J\\u{202e}");
    }

    #[test]
    fn code_spans_are_fenced_past_any_backticks() {
        assert_eq!(code("WLD-01"), "`WLD-01`");
        assert_eq!(code("a`b"), "``a`b``");
        assert_eq!(code("`x``"), "``` `x`` ```");
        assert_eq!(code("a|b\nc"), "`a\\|b\\nc`");
        assert_eq!(code("x ##[error]"), "`x #\\u{23}[error]`");
        assert_eq!(code(""), "");
    }
}
