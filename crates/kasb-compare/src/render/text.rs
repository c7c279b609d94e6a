//! Plain text and Markdown.

//!
//! Every value from a user's files goes through [`visible`] (plain text) or [`md`] / [`code`]
//! (Markdown), and each finished report through [`guard`]: no control character, no line a CI
//! runner would read as a command.

use std::borrow::Cow;
use std::fmt::Write;

use kasb_diagnostics::escape::{markdown as md, markdown_code as code};
use kasb_diagnostics::{Notation, visible};

use super::words::{self, STATEMENT_CHARS, shorten};
use super::{
    comparison_headline, coverage_of, difference_titles, document_names, evidence_kinds, guard,
    level_words, local, matrix_headline, methods, percent, relation_words, side_names,
};
use crate::{
    AssessmentDifference, Comparison, ItemKind, ItemRef, Match, Matrix, OptionsUsed, Side,
    Unmatched,
};

/// A user value for plain text.
fn v(text: &str) -> Cow<'_, str> {
    visible(text)
}

/// How a text report writes user values: plain text, or Markdown (ids as code spans).
struct Markup {
    /// An item or document id.
    id: fn(&str) -> String,
    /// A title, a note, a line of free text.
    text: fn(&str) -> String,
    /// A term being explained.
    strong: fn(&str) -> String,
}

const PLAIN: Markup = Markup {
    id: plain,
    text: plain,
    strong: plain,
};

const MARKDOWN: Markup = Markup {
    id: code,
    text: md,
    strong,
};

/// A term in bold Markdown.
fn strong(text: &str) -> String {
    format!("**{}**", md(text))
}

/// A user value for plain text, owned.
fn plain(text: &str) -> String {
    v(text).into_owned()
}

/// A Markdown table row.
fn table_row(cells: &[String]) -> String {
    format!("| {} |", cells.join(" | "))
}

/// The head of a Markdown table: its row of titles and the rule under it.
fn table_head(titles: &[String]) -> String {
    let rule = vec!["---".to_owned(); titles.len()];
    format!("{}\n{}", table_row(titles), table_row(&rule))
}

/// An assessment difference: the two units and how each is assessed.
fn difference_cells(c: &Comparison, d: &AssessmentDifference, markup: &Markup) -> [String; 4] {
    let [left_title, right_title] = difference_titles(c, d);
    let unit =
        |id: &str, title: &str| format!("{} {}", (markup.id)(local(id)), (markup.text)(title));
    [
        unit(&d.left, left_title),
        unit(&d.right, right_title),
        methods(&d.left_methods),
        methods(&d.right_methods),
    ]
}

/// A matched criterion: each side's id and statement (shortened), the score, the relation and
/// the kinds of evidence.
fn criterion_cells(m: &Match, markup: &Markup) -> [String; 5] {
    let item = |id: &str, statement: &str| {
        format!(
            "{} {}",
            (markup.id)(local(id)),
            (markup.text)(&shorten(statement, STATEMENT_CHARS))
        )
    };
    [
        item(&m.left, &m.left_title),
        item(&m.right, &m.right_title),
        format!("{:.2}", m.score),
        (markup.text)(&relation_words(m)),
        evidence_kinds(m),
    ]
}

/// The unmatched items of one side, a line each.
fn unmatched_lines(c: &Comparison, side: Side, markup: &Markup) -> Vec<String> {
    c.unmatched(side)
        .iter()
        .map(|item| (markup.text)(&unmatched_line(item)))
        .collect()
}

/// The languages the texts were compared in, or `none` (in words of the caller's choosing).
fn languages_compared(c: &Comparison, none: &str, markup: &Markup) -> String {
    if c.shared_languages.is_empty() {
        none.to_owned()
    } else {
        (markup.text)(&c.shared_languages.join(", "))
    }
}

/// A comparison as plain text, for a terminal.
pub fn human(c: &Comparison) -> String {
    let mut out = String::new();
    human_header(&mut out, c);
    human_coverage(&mut out, c);
    human_unit_matches(&mut out, c);
    human_differences(&mut out, c);
    human_criterion_matches(&mut out, c);
    for side in Side::BOTH {
        let _ = writeln!(out);
        let name = &side_names(c)[side as usize];
        let _ = writeln!(out, "{}", v(&words::only_in(name, c.unmatched(side).len())));
        let lines = unmatched_lines(c, side, &PLAIN);
        for line in &lines {
            let _ = writeln!(out, "  {line}");
        }
        if lines.is_empty() {
            let _ = writeln!(out, "  {}", words::NONE);
        }
    }
    if !c.notes.is_empty() {
        let _ = writeln!(out);
        for note in &c.notes {
            let _ = writeln!(out, "{}: {}", words::NOTE, v(note));
        }
    }
    let _ = writeln!(out);
    let _ = writeln!(out, "{}", words::LEGEND.to_lowercase());
    write_legend(&mut out, &c.options, &PLAIN, ["  ", "    - "]);
    guard(&out, Notation::Plain)
}

/// The matched criteria with their statements, shortened.
fn human_criterion_matches(out: &mut String, c: &Comparison) {
    let _ = writeln!(out);
    let _ = writeln!(out, "{}", words::CRITERIA.to_lowercase());
    for m in c.criterion_matches() {
        let [_, _, score, relation, kinds] = criterion_cells(m, &PLAIN);
        let _ = writeln!(
            out,
            "  {} ⇄ {}  {score} {relation} ({kinds})",
            v(local(&m.left)),
            v(local(&m.right))
        );
        for statement in [&m.left_title, &m.right_title] {
            let _ = writeln!(out, "      {}", v(&shorten(statement, STATEMENT_CHARS)));
        }
    }
}

/// Writes the legend as a list: `layout` holds what comes before an entry and before each of
/// its details (the crosswalk relations).
fn write_legend(out: &mut String, options: &OptionsUsed, markup: &Markup, layout: [&str; 2]) {
    let [entry, detail] = layout;
    for item in words::legend(options) {
        let _ = writeln!(
            out,
            "{entry}{}: {}",
            (markup.strong)(item.term),
            (markup.text)(&item.meaning)
        );
        for (term, meaning) in item.details {
            let _ = writeln!(
                out,
                "{detail}{}: {}",
                (markup.strong)(term),
                (markup.text)(meaning)
            );
        }
    }
}

/// The two documents, what they share and the languages compared.
fn human_header(out: &mut String, c: &Comparison) {
    let [left, right] = document_names(c, plain);
    let _ = writeln!(out, "{}", v(&comparison_headline(c)));
    let _ = writeln!(out, "{left} ⇄ {right}");
    for side in Side::BOTH {
        let document = c.document(side);
        let label = format!("{}:", side.as_str());
        let _ = writeln!(
            out,
            "  {label:<7}{} [{}]",
            v(&document.title),
            v(&document.kind)
        );
    }
    for reference in &c.shared_references {
        let _ = writeln!(out, "  {}: {}", words::SHARED, v(&reference.detail));
    }
    let languages = languages_compared(c, words::NONE, &PLAIN);
    let _ = writeln!(out, "  {}: {languages}", words::LANGUAGES_COMPARED);
}

/// Coverage of units and criteria, both ways.
fn human_coverage(out: &mut String, c: &Comparison) {
    let _ = writeln!(out);
    let _ = writeln!(out, "{}", words::COVERAGE.to_lowercase());
    for kind in [ItemKind::Unit, ItemKind::Criterion] {
        for side in Side::BOTH {
            let (share, total, counts) = coverage_of(c, side, kind);
            let name = if side == Side::Left {
                words::kind(kind, true)
            } else {
                ""
            };
            // "right" is one letter longer than "left": its total takes one column less.
            let width = 8 - side.as_str().len();
            let _ = writeln!(
                out,
                "  {name:<10}{} {:>4} of {total:<width$} ({})",
                side.as_str(),
                percent(share),
                words::counts(counts)
            );
        }
    }
}

/// The matched units with their evidence and how each is assessed.
fn human_unit_matches(out: &mut String, c: &Comparison) {
    let _ = writeln!(out);
    let _ = writeln!(out, "{}", words::UNITS.to_lowercase());
    for m in c.unit_matches() {
        let _ = writeln!(
            out,
            "  {} ⇄ {}  {} {:.2}, {}, {}",
            v(local(&m.left)),
            v(local(&m.right)),
            words::SCORE,
            m.score,
            relation_words(m),
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
                "      {}: {} | {}",
                words::ASSESSED_BY,
                methods(&assessment.left),
                methods(&assessment.right)
            );
        }
    }
}

/// Matched units assessed practically on one side and only in writing on the other.
fn human_differences(out: &mut String, c: &Comparison) {
    if c.assessment_differences.is_empty() {
        return;
    }
    let _ = writeln!(out);
    let _ = writeln!(out, "{}", words::PRACTICAL_ONLY_WRITTEN);
    for d in &c.assessment_differences {
        let [l, r, left_methods, right_methods] = difference_cells(c, d, &PLAIN);
        let _ = writeln!(out, "  {l} ⇄ {r}: {left_methods} | {right_methods}");
    }
}

fn unmatched_line(item: &Unmatched) -> String {
    let kind = words::kind(item.kind, false);
    let mut line = format!("{kind} {} — {}", local(&item.id), item.title);
    if let Some(closest) = &item.closest {
        let closest = words::closest(local(&closest.id), closest.score);
        let _ = write!(line, " ({closest})");
    }
    if let Some(note) = &item.note {
        let _ = write!(line, " — {note}");
    }
    line
}

/// A comparison as Markdown: headings and tables.
pub fn markdown(c: &Comparison) -> String {
    let mut out = String::new();
    markdown_header(&mut out, c);
    markdown_unit_matches(&mut out, c);
    markdown_differences(&mut out, c);
    let _ = writeln!(out, "## {}\n", words::CRITERIA);
    let [left, right] = side_names(c).map(|name| md(&name));
    let head = [
        left,
        right,
        words::SCORE.into(),
        words::RELATION.into(),
        words::EVIDENCE.into(),
    ];
    let _ = writeln!(out, "{}", table_head(&head));
    for m in c.criterion_matches() {
        let _ = writeln!(out, "{}", table_row(&criterion_cells(m, &MARKDOWN)));
    }
    let _ = writeln!(out);
    for side in Side::BOTH {
        let name = &side_names(c)[side as usize];
        let _ = writeln!(
            out,
            "## {}\n",
            md(&words::only_in(name, c.unmatched(side).len()))
        );
        let lines = unmatched_lines(c, side, &MARKDOWN);
        if lines.is_empty() {
            let _ = writeln!(out, "{}\n", words::NONE_SENTENCE);
            continue;
        }
        for line in &lines {
            let _ = writeln!(out, "- {line}");
        }
        let _ = writeln!(out);
    }
    guard(&out, Notation::Backslash)
}

/// The heading, the table of the two documents, what they share and the notes.
fn markdown_header(out: &mut String, c: &Comparison) {
    let [left, right] = document_names(c, md);
    let _ = writeln!(out, "# {}\n", md(&comparison_headline(c)));
    let _ = writeln!(out, "{}\n", words::documents_line(&left, &right));
    let [left_name, right_name] = side_names(c).map(|name| md(&name));
    let _ = writeln!(
        out,
        "{}",
        table_head(&[String::new(), left_name, right_name])
    );
    let row = |out: &mut String, label: &str, cell: &dyn Fn(Side) -> String| {
        let _ = writeln!(
            out,
            "{}",
            table_row(&[label.to_owned(), cell(Side::Left), cell(Side::Right)])
        );
    };
    row(out, words::DOCUMENT, &|side| code(&c.document(side).id));
    row(out, words::TITLE, &|side| md(&c.document(side).title));
    row(out, words::COUNTRY, &|side| {
        c.document(side).country.as_deref().map_or("–".into(), md)
    });
    for kind in [ItemKind::Unit, ItemKind::Criterion] {
        row(out, &words::covered(kind), &|side| {
            let (share, total, counts) = coverage_of(c, side, kind);
            words::coverage_figure(&percent(share), total, counts)
        });
    }
    let _ = writeln!(out);
    for reference in &c.shared_references {
        let _ = writeln!(out, "{}", md(&words::shared_reference(&reference.detail)));
    }
    let languages = languages_compared(c, words::NO_SHARED_LANGUAGE, &MARKDOWN);
    let _ = writeln!(out, "{}\n", words::texts_compared_in(&languages));
    for note in &c.notes {
        let _ = writeln!(out, "> {}\n", md(note));
    }
    let _ = writeln!(out, "## {}\n", words::LEGEND);
    write_legend(out, &c.options, &MARKDOWN, ["- ", "  - "]);
    let _ = writeln!(out);
}

/// The table of matched units with their evidence.
fn markdown_unit_matches(out: &mut String, c: &Comparison) {
    let _ = writeln!(out, "## {}\n", words::UNITS);
    let [left, right] = side_names(c).map(|name| md(&name));
    let head = [
        left,
        right,
        words::SCORE.into(),
        words::RELATION.into(),
        words::LEVEL.into(),
        words::EVIDENCE.into(),
    ];
    let _ = writeln!(out, "{}", table_head(&head));
    for m in c.unit_matches() {
        let evidence = m
            .evidence
            .iter()
            .map(|e| md(&e.detail))
            .collect::<Vec<_>>()
            .join("<br>");
        let _ = writeln!(
            out,
            "| {} {} | {} {} | {:.2} | {} | {} | {} |",
            code(local(&m.left)),
            md(&m.left_title),
            code(local(&m.right)),
            md(&m.right_title),
            m.score,
            relation_words(m),
            level_words(&m.level),
            evidence
        );
    }
    let _ = writeln!(out);
}

/// The table of matched units assessed practically on one side and only in writing on the
/// other.
fn markdown_differences(out: &mut String, c: &Comparison) {
    if c.assessment_differences.is_empty() {
        return;
    }
    let _ = writeln!(out, "## {}\n", words::ASSESSED_DIFFERENTLY);
    let _ = writeln!(out, "{}\n", words::ASSESSED_DIFFERENTLY_TEXT);
    let [left, right] = side_names(c).map(|name| md(&name));
    let head = [
        left.clone(),
        right.clone(),
        words::methods_in(&left),
        words::methods_in(&right),
    ];
    let _ = writeln!(out, "{}", table_head(&head));
    for d in &c.assessment_differences {
        let _ = writeln!(out, "{}", table_row(&difference_cells(c, d, &MARKDOWN)));
    }
    let _ = writeln!(out);
}

/// A matrix as plain text.
pub fn matrix_human(m: &Matrix) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}", v(&matrix_headline(m)));
    let _ = writeln!(out, "{}\n", words::MATRIX_INTRO);
    let names: Vec<String> = m
        .documents
        .iter()
        .map(|d| v(d.country.as_deref().unwrap_or(&d.id)).into_owned())
        .collect();
    let _ = writeln!(out, "{}", words::MATRIX_COVERAGE_LINE);
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
    let _ = writeln!(out, "{}", words::PAIRS.to_lowercase());
    for pair in &m.pairs {
        let coverage = &pair.coverage;
        let line = words::pair_line(
            [coverage.left_units, coverage.right_units]
                .map(percent)
                .each_ref()
                .map(String::as_str),
            [coverage.left_criteria, coverage.right_criteria]
                .map(percent)
                .each_ref()
                .map(String::as_str),
            &format!("{:?}", pair.level_deltas),
            pair.assessment_differences,
        );
        let _ = writeln!(out, "  {} ⇄ {}: {line}", v(&pair.left), v(&pair.right));
    }
    let _ = writeln!(out);
    let first = v(&m.documents[0].id);
    let _ = writeln!(
        out,
        "{}",
        words::common_core_line(m.common_core.len(), &first)
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
    let _ = writeln!(out, "{}", words::UNIQUE.to_lowercase());
    write_unique(&mut out, m, &PLAIN, ["  ", "    ", " — "]);
    guard(&out, Notation::Plain)
}

/// A matrix as Markdown.
pub fn matrix_markdown(m: &Matrix) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", md(&matrix_headline(m)));
    let _ = writeln!(out, "{}\n", words::MATRIX_INTRO);
    let _ = writeln!(
        out,
        "{}",
        table_head(
            &[
                words::DOCUMENT,
                words::COUNTRY,
                words::TITLE,
                words::kind(ItemKind::Unit, true),
                words::kind(ItemKind::Criterion, true),
            ]
            .map(str::to_owned)
        )
    );
    for d in &m.documents {
        let country = d.country.as_deref().map_or("–".into(), md);
        let (units, criteria) = (d.units.to_string(), d.criteria.to_string());
        let _ = writeln!(
            out,
            "{}",
            table_row(&[code(&d.id), country, md(&d.title), units, criteria])
        );
    }
    let _ = writeln!(
        out,
        "\n## {}\n\n{}\n",
        words::UNIT_COVERAGE,
        words::UNIT_COVERAGE_TEXT
    );
    let _ = writeln!(out, "{}", document_columns(m, true));
    for (d, shares) in m.documents.iter().zip(&m.units) {
        let mut cells = vec![code(&d.id)];
        cells.extend(shares.iter().map(|share| percent(*share)));
        let _ = writeln!(out, "{}", table_row(&cells));
    }
    let _ = writeln!(
        out,
        "\n## {}\n\n{}\n",
        words::COMMON_CORE,
        words::common_core_intro(&code(&m.documents[0].id))
    );
    let _ = writeln!(out, "{}", document_columns(m, false));
    for row in &m.common_core {
        let cells: Vec<String> = row
            .units
            .iter()
            .map(|unit| item_words(unit, &MARKDOWN).join(" "))
            .collect();
        let _ = writeln!(out, "{}", table_row(&cells));
    }
    let _ = writeln!(out, "\n## {}\n", words::UNIQUE);
    write_unique(&mut out, m, &MARKDOWN, ["- ", "  - ", " "]);
    guard(&out, Notation::Backslash)
}

/// The head of a Markdown table with a column per document, after a blank corner cell if asked.
fn document_columns(m: &Matrix, corner: bool) -> String {
    let ids: Vec<String> = m.documents.iter().map(|d| code(&d.id)).collect();
    let rules = vec!["---".to_owned(); ids.len()];
    if corner {
        format!("| {}\n| --- {}", table_row(&ids), table_row(&rules))
    } else {
        format!("{}\n{}", table_row(&ids), table_row(&rules))
    }
}

/// A unit named in a matrix: its id within its document, and its title.
fn item_words(item: &ItemRef, markup: &Markup) -> [String; 2] {
    [(markup.id)(local(&item.id)), (markup.text)(&item.title)]
}

/// Writes what is unique to each document as a nested list: `outer` before each document and
/// its count of units, `inner` before each of its units, `between` a unit's id and its title.
fn write_unique(out: &mut String, m: &Matrix, markup: &Markup, layout: [&str; 3]) {
    let [outer, inner, between] = layout;
    for unique in &m.unique {
        let document = (markup.id)(&unique.document);
        let count = words::unique_count(&document, unique.units.len());
        let _ = writeln!(out, "{outer}{count}");
        for unit in &unique.units {
            let [id, title] = item_words(unit, markup);
            let _ = writeln!(out, "{inner}{id}{between}{title}");
        }
    }
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
