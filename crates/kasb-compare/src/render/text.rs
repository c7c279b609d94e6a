//! Plain text and Markdown.

//!
//! Every value from a user's files goes through [`visible`] (plain text) or [`md`] / [`code`]
//! (Markdown), and each finished report through [`guard`]: no control character, no line a CI
//! runner would read as a command.

use std::borrow::Cow;
use std::fmt::Write;

use kasb_diagnostics::escape::{markdown as md, markdown_code as code};
use kasb_diagnostics::{Notation, visible};

use super::words::{self, STATEMENT_CHARS, Words};
use super::{
    comparison_headline, coverage_of, difference_titles, document_names, evidence_kinds, guard,
    local, matrix_headline, methods, relation_words, side_names, untranslated,
};
use crate::{
    AssessmentDifference, Comparison, ItemKind, ItemRef, Match, Matrix, OptionsUsed, Side, Texts,
    Unmatched,
};
use kasb_i18n::Lang;

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
fn difference_cells(
    w: Words,
    c: &Comparison,
    d: &AssessmentDifference,
    markup: &Markup,
) -> [String; 4] {
    let [left_title, right_title] = difference_titles(c, d);
    let unit = |id: &str, title: &Texts| {
        let title = w.own(title, None);
        format!("{} {}", (markup.id)(local(id)), (markup.text)(&title))
    };
    [
        unit(&d.left, left_title),
        unit(&d.right, right_title),
        methods(w, &d.left_methods),
        methods(w, &d.right_methods),
    ]
}

/// A matched criterion: each side's id and statement (shortened), the score, the relation and
/// the kinds of evidence.
fn criterion_cells(w: Words, m: &Match, markup: &Markup) -> [String; 5] {
    let item = |id: &str, statement: &Texts| {
        let statement = w.own(statement, Some(STATEMENT_CHARS));
        format!("{} {}", (markup.id)(local(id)), (markup.text)(&statement))
    };
    [
        item(&m.left, &m.left_texts),
        item(&m.right, &m.right_texts),
        w.score(m.score),
        (markup.text)(&relation_words(w, m)),
        evidence_kinds(w, m),
    ]
}

/// The unmatched items of one side, a line each.
fn unmatched_lines(w: Words, c: &Comparison, side: Side, markup: &Markup) -> Vec<String> {
    c.unmatched(side)
        .iter()
        .map(|item| (markup.text)(&unmatched_line(w, item)))
        .collect()
}

/// The languages the texts were compared in, or `none` (in words of the caller's choosing).
fn languages_compared(c: &Comparison, none: String, markup: &Markup) -> String {
    if c.shared_languages.is_empty() {
        none
    } else {
        (markup.text)(&c.shared_languages.join(", "))
    }
}

/// A comparison as plain text, for a terminal, in `lang`.
pub fn human(c: &Comparison, lang: Lang) -> String {
    let w = Words::new(lang);
    let mut out = String::new();
    human_header(&mut out, w, c);
    human_coverage(&mut out, w, c);
    human_unit_matches(&mut out, w, c);
    human_differences(&mut out, w, c);
    human_criterion_matches(&mut out, w, c);
    for side in Side::BOTH {
        let _ = writeln!(out);
        let name = &side_names(w, c)[side as usize];
        let _ = writeln!(out, "{}", v(&w.only_in(name, c.unmatched(side).len())));
        let lines = unmatched_lines(w, c, side, &PLAIN);
        for line in &lines {
            let _ = writeln!(out, "  {line}");
        }
        if lines.is_empty() {
            let _ = writeln!(out, "  {}", w.t(words::NONE));
        }
    }
    if !c.notes.is_empty() {
        let _ = writeln!(out);
        for note in &c.notes {
            let _ = writeln!(out, "{}: {}", w.t(words::NOTE), v(&w.document_note(note)));
        }
    }
    let _ = writeln!(out);
    let _ = writeln!(out, "{}", w.t(words::LEGEND).to_lowercase());
    write_legend(&mut out, w, &c.options, &PLAIN, ["  ", "    - "]);
    guard(&out, Notation::Plain)
}

/// The matched criteria with their statements, shortened.
fn human_criterion_matches(out: &mut String, w: Words, c: &Comparison) {
    let _ = writeln!(out);
    let _ = writeln!(out, "{}", w.t(words::CRITERIA).to_lowercase());
    for m in c.criterion_matches() {
        let [_, _, score, relation, kinds] = criterion_cells(w, m, &PLAIN);
        let _ = writeln!(
            out,
            "  {} ⇄ {}  {score} {relation} ({kinds})",
            v(local(&m.left)),
            v(local(&m.right))
        );
        for statement in [&m.left_texts, &m.right_texts] {
            let _ = writeln!(out, "      {}", v(&w.own(statement, Some(STATEMENT_CHARS))));
        }
    }
}

/// Writes the legend as a list: `layout` holds what comes before an entry and before each of
/// its details (the crosswalk relations).
fn write_legend(
    out: &mut String,
    w: Words,
    options: &OptionsUsed,
    markup: &Markup,
    layout: [&str; 2],
) {
    let [entry, detail] = layout;
    for item in w.legend(options) {
        let _ = writeln!(
            out,
            "{entry}{}: {}",
            (markup.strong)(&item.term),
            (markup.text)(&item.meaning)
        );
        for (term, meaning) in item.details {
            let _ = writeln!(
                out,
                "{detail}{}: {}",
                (markup.strong)(&term),
                (markup.text)(&meaning)
            );
        }
    }
}

/// The two documents, what they share and the languages compared.
fn human_header(out: &mut String, w: Words, c: &Comparison) {
    let [left, right] = document_names(c, plain);
    let _ = writeln!(out, "{}", v(&comparison_headline(w, c)));
    let _ = writeln!(out, "{left} ⇄ {right}");
    let width = side_width(w) + 2;
    for side in Side::BOTH {
        let document = c.document(side);
        let label = format!("{}:", w.side(side));
        let _ = writeln!(
            out,
            "  {label:<width$}{} [{}]",
            v(&w.own(&document.titles, None)),
            v(&w.document_kind(&document.kind))
        );
    }
    for reference in &c.shared_references {
        let detail = w.detail(&reference.detail);
        let _ = writeln!(out, "  {}: {}", w.t(words::SHARED), v(&detail));
    }
    let languages = languages_compared(c, w.t(words::NONE), &PLAIN);
    let _ = writeln!(out, "  {}: {languages}", w.t(words::LANGUAGES_COMPARED));
    if let Some(untranslated) = untranslated(w, c) {
        let _ = writeln!(out, "  {untranslated}");
    }
}

/// The width of the longer of the words for left and right, in characters.
fn side_width(w: Words) -> usize {
    Side::BOTH
        .map(|side| w.side(side).chars().count())
        .into_iter()
        .max()
        .unwrap_or(0)
}

/// Coverage of units and criteria, both ways.
fn human_coverage(out: &mut String, w: Words, c: &Comparison) {
    let _ = writeln!(out);
    let _ = writeln!(out, "{}", w.t(words::COVERAGE).to_lowercase());
    let names = [ItemKind::Unit, ItemKind::Criterion].map(|kind| w.kind(kind, true));
    let name_width = names.iter().map(|n| n.chars().count()).max().unwrap_or(0) + 2;
    let of = w.t("compare-coverage-line-of");
    for (kind, kind_name) in [ItemKind::Unit, ItemKind::Criterion]
        .into_iter()
        .zip(&names)
    {
        for side in Side::BOTH {
            let (share, total, counts) = coverage_of(c, side, kind);
            let name = if side == Side::Left { kind_name } else { "" };
            let side_name = w.side(side);
            // The totals line up after the longer side's word ("right" is one letter longer
            // than "left": its total takes one column less).
            let width = side_width(w) + 3 - side_name.chars().count();
            let _ = writeln!(
                out,
                "  {name:<name_width$}{side_name} {:>4} {of} {total:<width$} ({})",
                w.percent(share),
                w.counts(counts)
            );
        }
    }
}

/// The matched units with their evidence and how each is assessed.
fn human_unit_matches(out: &mut String, w: Words, c: &Comparison) {
    let _ = writeln!(out);
    let _ = writeln!(out, "{}", w.t(words::UNITS).to_lowercase());
    for m in c.unit_matches() {
        let _ = writeln!(
            out,
            "  {} ⇄ {}  {} {}, {}, {}",
            v(local(&m.left)),
            v(local(&m.right)),
            w.t(words::SCORE),
            w.score(m.score),
            relation_words(w, m),
            w.eqf(&m.level)
        );
        let _ = writeln!(out, "      {}", v(&w.own(&m.left_texts, None)));
        let _ = writeln!(out, "      {}", v(&w.own(&m.right_texts, None)));
        for evidence in &m.evidence {
            let _ = writeln!(out, "      • {}", v(&w.detail(&evidence.detail)));
        }
        if let Some(assessment) = &m.assessment {
            let _ = writeln!(
                out,
                "      {}: {} | {}",
                w.t(words::ASSESSED_BY),
                methods(w, &assessment.left),
                methods(w, &assessment.right)
            );
        }
    }
}

/// Matched units assessed practically on one side and only in writing on the other.
fn human_differences(out: &mut String, w: Words, c: &Comparison) {
    if c.assessment_differences.is_empty() {
        return;
    }
    let _ = writeln!(out);
    let _ = writeln!(out, "{}", w.t(words::PRACTICAL_ONLY_WRITTEN));
    for d in &c.assessment_differences {
        let [l, r, left_methods, right_methods] = difference_cells(w, c, d, &PLAIN);
        let _ = writeln!(out, "  {l} ⇄ {r}: {left_methods} | {right_methods}");
    }
}

fn unmatched_line(w: Words, item: &Unmatched) -> String {
    let title = w.own(&item.texts, None);
    let mut line = w.unmatched_item(item.kind, local(&item.id), &title);
    if let Some(closest) = &item.closest {
        let closest = w.closest(local(&closest.id), closest.score);
        let _ = write!(line, " ({closest})");
    }
    if !item.why.is_empty() {
        let _ = write!(line, " — {}", w.notes(&item.why));
    }
    line
}

/// A comparison as Markdown, in `lang`: headings and tables.
pub fn markdown(c: &Comparison, lang: Lang) -> String {
    let w = Words::new(lang);
    let mut out = String::new();
    markdown_header(&mut out, w, c);
    markdown_unit_matches(&mut out, w, c);
    markdown_differences(&mut out, w, c);
    let _ = writeln!(out, "## {}\n", w.t(words::CRITERIA));
    let [left, right] = side_names(w, c).map(|name| md(&name));
    let head = [
        left,
        right,
        w.t(words::SCORE),
        w.t(words::RELATION),
        w.t(words::EVIDENCE),
    ];
    let _ = writeln!(out, "{}", table_head(&head));
    for m in c.criterion_matches() {
        let _ = writeln!(out, "{}", table_row(&criterion_cells(w, m, &MARKDOWN)));
    }
    let _ = writeln!(out);
    for side in Side::BOTH {
        let name = &side_names(w, c)[side as usize];
        let _ = writeln!(
            out,
            "## {}\n",
            md(&w.only_in(name, c.unmatched(side).len()))
        );
        let lines = unmatched_lines(w, c, side, &MARKDOWN);
        if lines.is_empty() {
            let _ = writeln!(out, "{}\n", w.t(words::NONE_SENTENCE));
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
fn markdown_header(out: &mut String, w: Words, c: &Comparison) {
    let [left, right] = document_names(c, md);
    let _ = writeln!(out, "# {}\n", md(&comparison_headline(w, c)));
    let _ = writeln!(out, "{}\n", w.documents_line(&left, &right));
    let [left_name, right_name] = side_names(w, c).map(|name| md(&name));
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
    row(out, &w.t(words::DOCUMENT), &|side| {
        code(&c.document(side).id)
    });
    row(out, &w.t(words::TITLE), &|side| {
        md(&w.own(&c.document(side).titles, None))
    });
    row(out, &w.t(words::COUNTRY), &|side| {
        c.document(side).country.as_deref().map_or("–".into(), md)
    });
    for kind in [ItemKind::Unit, ItemKind::Criterion] {
        row(out, &w.covered(kind), &|side| {
            let (share, total, counts) = coverage_of(c, side, kind);
            w.coverage_figure(&w.percent(share), total, counts)
        });
    }
    let _ = writeln!(out);
    for reference in &c.shared_references {
        let _ = writeln!(out, "{}", md(&w.shared_reference(&reference.detail)));
    }
    let languages = languages_compared(c, w.t(words::NO_SHARED_LANGUAGE), &MARKDOWN);
    let _ = writeln!(out, "{}\n", w.texts_compared_in(&languages));
    if let Some(untranslated) = untranslated(w, c) {
        let _ = writeln!(out, "{}\n", md(&untranslated));
    }
    for note in &c.notes {
        let _ = writeln!(out, "> {}\n", md(&w.document_note(note)));
    }
    let _ = writeln!(out, "## {}\n", w.t(words::LEGEND));
    write_legend(out, w, &c.options, &MARKDOWN, ["- ", "  - "]);
    let _ = writeln!(out);
}

/// The table of matched units with their evidence.
fn markdown_unit_matches(out: &mut String, w: Words, c: &Comparison) {
    let _ = writeln!(out, "## {}\n", w.t(words::UNITS));
    let [left, right] = side_names(w, c).map(|name| md(&name));
    let head = [
        left,
        right,
        w.t(words::SCORE),
        w.t(words::RELATION),
        w.t(words::LEVEL),
        w.t(words::EVIDENCE),
    ];
    let _ = writeln!(out, "{}", table_head(&head));
    for m in c.unit_matches() {
        let evidence = m
            .evidence
            .iter()
            .map(|e| md(&w.detail(&e.detail)))
            .collect::<Vec<_>>()
            .join("<br>");
        let _ = writeln!(
            out,
            "| {} {} | {} {} | {} | {} | {} | {} |",
            code(local(&m.left)),
            md(&w.own(&m.left_texts, None)),
            code(local(&m.right)),
            md(&w.own(&m.right_texts, None)),
            w.score(m.score),
            relation_words(w, m),
            w.eqf(&m.level),
            evidence
        );
    }
    let _ = writeln!(out);
}

/// The table of matched units assessed practically on one side and only in writing on the
/// other.
fn markdown_differences(out: &mut String, w: Words, c: &Comparison) {
    if c.assessment_differences.is_empty() {
        return;
    }
    let _ = writeln!(out, "## {}\n", w.t(words::ASSESSED_DIFFERENTLY));
    let _ = writeln!(out, "{}\n", w.t(words::ASSESSED_DIFFERENTLY_TEXT));
    let [left, right] = side_names(w, c).map(|name| md(&name));
    let head = [
        left.clone(),
        right.clone(),
        w.methods_in(&left),
        w.methods_in(&right),
    ];
    let _ = writeln!(out, "{}", table_head(&head));
    for d in &c.assessment_differences {
        let _ = writeln!(out, "{}", table_row(&difference_cells(w, c, d, &MARKDOWN)));
    }
    let _ = writeln!(out);
}

/// A matrix as plain text, in `lang`.
pub fn matrix_human(m: &Matrix, lang: Lang) -> String {
    let w = Words::new(lang);
    let mut out = String::new();
    let _ = writeln!(out, "{}", v(&matrix_headline(w, m)));
    let _ = writeln!(out, "{}\n", w.t(words::MATRIX_INTRO));
    let names: Vec<String> = m
        .documents
        .iter()
        .map(|d| v(d.country.as_deref().unwrap_or(&d.id)).into_owned())
        .collect();
    let _ = writeln!(out, "{}", w.t(words::MATRIX_COVERAGE_LINE));
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
            let _ = write!(out, " {:>width$}", w.percent(*value));
        }
        let _ = writeln!(out, "   {}", v(&m.documents[i].id));
    }
    let _ = writeln!(out);
    let _ = writeln!(out, "{}", w.t(words::PAIRS).to_lowercase());
    for pair in &m.pairs {
        let coverage = &pair.coverage;
        let line = w.pair_line(
            [coverage.left_units, coverage.right_units].map(|share| w.percent(share)),
            [coverage.left_criteria, coverage.right_criteria].map(|share| w.percent(share)),
            &format!("{:?}", pair.level_deltas),
            pair.assessment_differences,
        );
        let _ = writeln!(out, "  {} ⇄ {}: {line}", v(&pair.left), v(&pair.right));
    }
    let _ = writeln!(out);
    let first = v(&m.documents[0].id);
    let _ = writeln!(out, "{}", w.common_core_line(m.common_core.len(), &first));
    for row in &m.common_core {
        let ids: Vec<&str> = row.units.iter().map(|u| local(&u.id)).collect();
        let _ = writeln!(
            out,
            "  {} — {}",
            v(&ids.join(" ⇄ ")),
            v(&w.own(&row.units[0].texts, None))
        );
    }
    let _ = writeln!(out);
    let _ = writeln!(out, "{}", w.t(words::UNIQUE).to_lowercase());
    write_unique(&mut out, w, m, &PLAIN, ["  ", "    ", " — "]);
    guard(&out, Notation::Plain)
}

/// A matrix as Markdown, in `lang`.
pub fn matrix_markdown(m: &Matrix, lang: Lang) -> String {
    let w = Words::new(lang);
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", md(&matrix_headline(w, m)));
    let _ = writeln!(out, "{}\n", w.t(words::MATRIX_INTRO));
    let _ = writeln!(
        out,
        "{}",
        table_head(&[
            w.t(words::DOCUMENT),
            w.t(words::COUNTRY),
            w.t(words::TITLE),
            w.kind(ItemKind::Unit, true),
            w.kind(ItemKind::Criterion, true),
        ])
    );
    for d in &m.documents {
        let country = d.country.as_deref().map_or("–".into(), md);
        let (units, criteria) = (d.units.to_string(), d.criteria.to_string());
        let _ = writeln!(
            out,
            "{}",
            table_row(&[
                code(&d.id),
                country,
                md(&w.own(&d.titles, None)),
                units,
                criteria
            ])
        );
    }
    let _ = writeln!(
        out,
        "\n## {}\n\n{}\n",
        w.t(words::UNIT_COVERAGE),
        w.t(words::UNIT_COVERAGE_TEXT)
    );
    let _ = writeln!(out, "{}", document_columns(m, true));
    for (d, shares) in m.documents.iter().zip(&m.units) {
        let mut cells = vec![code(&d.id)];
        cells.extend(shares.iter().map(|share| w.percent(*share)));
        let _ = writeln!(out, "{}", table_row(&cells));
    }
    let _ = writeln!(
        out,
        "\n## {}\n\n{}\n",
        w.t(words::COMMON_CORE),
        w.common_core_intro(&code(&m.documents[0].id))
    );
    let _ = writeln!(out, "{}", document_columns(m, false));
    for row in &m.common_core {
        let cells: Vec<String> = row
            .units
            .iter()
            .map(|unit| item_words(w, unit, &MARKDOWN).join(" "))
            .collect();
        let _ = writeln!(out, "{}", table_row(&cells));
    }
    let _ = writeln!(out, "\n## {}\n", w.t(words::UNIQUE));
    write_unique(&mut out, w, m, &MARKDOWN, ["- ", "  - ", " "]);
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
fn item_words(w: Words, item: &ItemRef, markup: &Markup) -> [String; 2] {
    let title = w.own(&item.texts, None);
    [(markup.id)(local(&item.id)), (markup.text)(&title)]
}

/// Writes what is unique to each document as a nested list: `outer` before each document and
/// its count of units, `inner` before each of its units, `between` a unit's id and its title.
fn write_unique(out: &mut String, w: Words, m: &Matrix, markup: &Markup, layout: [&str; 3]) {
    let [outer, inner, between] = layout;
    for unique in &m.unique {
        let document = (markup.id)(&unique.document);
        let count = w.unique_count(&document, unique.units.len());
        let _ = writeln!(out, "{outer}{count}");
        for unit in &unique.units {
            let [id, title] = item_words(w, unit, markup);
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
