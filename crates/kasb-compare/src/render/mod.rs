//! Renders a [`Comparison`] or a [`Matrix`] for people (plain text, Markdown, one HTML file) and
//! for machines (JSON, the documented contract with `"version": 1`).
//!
//! Every renderer is a pure function of its input: the same comparison gives the same bytes.
//!
//! Ids, titles, notes and evidence come from user files. Each renderer escapes every such value
//! for its format (plain text and Markdown in `text`, HTML in `html`, JSON through
//! [`kasb_diagnostics::safe_json`]), so that no output holds a raw control character, a line a
//! CI runner would read as a command (`::` at its start) or `##[`, and each format still reads
//! as the same text.

mod html;
mod text;
pub(crate) mod words;

use kasb_diagnostics::{Notation, safe_json, visible_in};
use kasb_i18n::Lang;

use words::Words;

use crate::Texts;

use crate::{
    AssessmentDifference, Comparison, Counts, DocumentSummary, EvidenceKind, ItemKind, Match,
    MatchStatus, Matrix, Side, Unmatched,
};

pub use html::{html, matrix_html};
pub use text::{human, markdown, matrix_human, matrix_markdown};

/// An output format.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Format {
    /// Plain text for a terminal.
    Human,
    /// Markdown: headings and tables.
    Markdown,
    /// JSON, the documented contract.
    Json,
    /// One self-contained HTML file with inline SVG charts.
    Html,
}

/// A comparison in the given format, its words in `lang` (JSON is always English: its texts
/// are a contract).
pub fn comparison(comparison: &Comparison, format: Format, lang: Lang) -> String {
    match format {
        Format::Human => human(comparison, lang),
        Format::Markdown => markdown(comparison, lang),
        Format::Json => json(comparison),
        Format::Html => html(comparison, lang),
    }
}

/// A matrix in the given format, its words in `lang` (JSON is always English).
pub fn matrix(matrix: &Matrix, format: Format, lang: Lang) -> String {
    match format {
        Format::Human => matrix_human(matrix, lang),
        Format::Markdown => matrix_markdown(matrix, lang),
        Format::Json => matrix_json(matrix),
        Format::Html => matrix_html(matrix, lang),
    }
}

/// A comparison as JSON (pretty, ending in a newline): the contract documented on
/// [`Comparison`]:
///
/// `{"version":1,"left":{"id","kind","country","country_name"?,"title","languages","units":N,
/// "criteria":N,"eqf"?,"isco"?,"isco_title"?},"right":{…},"coverage":{"left_units":F,"right_units":F,"left_criteria":F,
/// "right_criteria":F},"counts":{"left":{"units":{"matched","partial","unmatched"},
/// "criteria":{…}},"right":{…}},"shared_languages":[…],"shared_references":[…],
/// "matches":[{"kind":"unit|criterion","left","right","left_title","right_title","score":F,
/// "relation":"exact|broad|narrow|major|minor|related|similar","status":"matched|partial",
/// "across_units":B,
/// "evidence":[{"kind":"crosswalk|shared_reference|text","detail","score"?}],
/// "level":{"left_eqf":N|null,"right_eqf":N|null,"delta":N|null},
/// "assessment"?:{"left":[method],"right":[method]}}],
/// "unmatched_left":[{"kind","id","title","closest"?:{"id","score"},"note"?}],
/// "unmatched_right":[…],"assessment_differences":[{"left","right","practical":"left|right",
/// "left_methods","right_methods"}],"notes":[…],"options":{"threshold","partial_below"}}`.
///
/// Scores and coverage are rounded to four decimals; a `delta` of `null` means "not comparable".
/// `across_units` is true for a pair of criteria whose units are not matched to each other (see
/// [`Match::across_units`](crate::Match::across_units)); `country_name` is the ISO 3166-1 short
/// name, `isco_title` the ISCO-08 group's title when the classification is loaded.
pub fn json(comparison: &Comparison) -> String {
    safe_json(serde_json::to_string_pretty(comparison).expect("a comparison serialises")) + "\n"
}

/// A matrix as JSON (pretty, ending in a newline): the shape documented on [`Matrix`].
pub fn matrix_json(matrix: &Matrix) -> String {
    safe_json(serde_json::to_string_pretty(matrix).expect("a matrix serialises")) + "\n"
}

/// Each line of a finished report through [`visible_in`]. The renderers escape every value; the
/// layout writes no control character, `##[` or leading `::`, so this changes nothing unless a
/// value and the layout around it form one of them.
pub(crate) fn guard(report: &str, notation: Notation) -> String {
    let mut out = String::with_capacity(report.len());
    for line in report.split_inclusive('\n') {
        let (text, end) = match line.strip_suffix('\n') {
            Some(text) => (text, "\n"),
            None => (line, ""),
        };
        out.push_str(&visible_in(text, notation));
        out.push_str(end);
    }
    out
}

/// The item id within its document: `kg-welder/WLD-01` → `WLD-01`.
pub(crate) fn local(id: &str) -> &str {
    id.split_once('/').map_or(id, |(_, item)| item)
}

/// The kinds of evidence of a pair in words: `crosswalk + text` (a text comparison that could
/// not be made is left out).
pub(crate) fn evidence_kinds(w: Words, m: &Match) -> String {
    m.evidence
        .iter()
        .filter(|e| e.score.is_some() || e.kind != EvidenceKind::Text)
        .map(|e| w.evidence_kind(e.kind))
        .collect::<Vec<_>>()
        .join(" + ")
}

/// The titles of the two units of an assessment difference (from their match).
pub(crate) fn difference_titles<'a>(c: &'a Comparison, d: &AssessmentDifference) -> [&'a Texts; 2] {
    c.unit_matches()
        .find(|m| m.left == d.left && m.right == d.right)
        .map_or([&NO_TEXT, &NO_TEXT], |m| [&m.left_texts, &m.right_texts])
}

/// The titles of a unit that is in no match (never, as differences come from matches).
static NO_TEXT: Texts = Texts::NONE;

/// The sentence saying how many of the documents' texts the report shows in another language
/// than its own (they have no translation), and which; `None` when there is none.
pub(crate) fn untranslated(w: Words, c: &Comparison) -> Option<String> {
    let notes = c
        .matches
        .iter()
        .flat_map(|m| &m.evidence)
        .filter_map(|e| match &e.detail {
            crate::Detail::Crosswalk { note, .. } => note.as_ref(),
            _ => None,
        });
    let texts = [&c.left.titles, &c.right.titles]
        .into_iter()
        .chain(
            c.matches
                .iter()
                .flat_map(|m| [&m.left_texts, &m.right_texts]),
        )
        .chain(
            Side::BOTH
                .iter()
                .flat_map(|&side| c.unmatched(side))
                .map(|u| &u.texts),
        )
        .chain(notes);
    let mut count = 0;
    let mut languages = std::collections::BTreeSet::new();
    for texts in texts {
        if let (_, Some(language)) = texts.pick(w.lang().tag()) {
            count += 1;
            languages.insert(language);
        }
    }
    (count > 0).then(|| {
        let languages: Vec<&str> = languages.into_iter().collect();
        w.untranslated(count, &languages.join(", "))
    })
}

/// The headline of a pairwise report: the occupation and the two countries.
pub(crate) fn comparison_headline(w: Words, c: &Comparison) -> String {
    w.headline(&[&c.left, &c.right])
}

/// The headline of a matrix: the occupation and every country.
pub(crate) fn matrix_headline(w: Words, m: &Matrix) -> String {
    w.headline(&m.documents.iter().collect::<Vec<_>>())
}

/// What tables and charts call each side: its country's name, or its id (see
/// [`Words::place`]).
pub(crate) fn side_names(w: Words, c: &Comparison) -> [String; 2] {
    Side::BOTH.map(|side| w.place(c.document(side), &[&c.left, &c.right]))
}

/// The names of both documents for headings, each through `escape`.
pub(crate) fn document_names(c: &Comparison, escape: impl Fn(&str) -> String) -> [String; 2] {
    Side::BOTH.map(|side| escape(&document_name(c.document(side))))
}

/// The name of a document for headings: `kg-welder (KG)`.
pub(crate) fn document_name(summary: &crate::DocumentSummary) -> String {
    match &summary.country {
        Some(country) => format!("{} ({country})", summary.id),
        None => summary.id.clone(),
    }
}

/// Assessment methods in words, or `not assessed`.
pub(crate) fn methods(w: Words, list: &[&str]) -> String {
    if list.is_empty() {
        w.t(words::NOT_ASSESSED)
    } else {
        let said: Vec<String> = list.iter().map(|method| w.method(method)).collect();
        said.join(", ")
    }
}

/// The relation of a pair, marked when the match is partial or across units:
/// `minor (partial)`, `similar (partial, across units)`.
pub(crate) fn relation_words(w: Words, m: &Match) -> String {
    let marks: Vec<String> = [
        (m.status == MatchStatus::Partial, words::PARTIAL),
        (m.across_units, words::ACROSS_UNITS),
    ]
    .into_iter()
    .filter(|&(marked, _)| marked)
    .map(|(_, mark)| w.t(mark))
    .collect();
    if marks.is_empty() {
        w.relation(m.relation)
    } else {
        format!("{} ({})", w.relation(m.relation), marks.join(", "))
    }
}

/// The coverage of one side's items of a kind: (share matched, how many, the counts).
pub(crate) fn coverage_of(c: &Comparison, side: Side, kind: ItemKind) -> (f64, usize, &Counts) {
    let (document, counts, units, criteria) = match side {
        Side::Left => (
            &c.left,
            &c.counts.left,
            c.coverage.left_units,
            c.coverage.left_criteria,
        ),
        Side::Right => (
            &c.right,
            &c.counts.right,
            c.coverage.right_units,
            c.coverage.right_criteria,
        ),
    };
    match kind {
        ItemKind::Unit => (units, document.units, &counts.units),
        ItemKind::Criterion => (criteria, document.criteria, &counts.criteria),
    }
}

impl Comparison {
    /// The document of one side.
    pub(crate) fn document(&self, side: Side) -> &DocumentSummary {
        match side {
            Side::Left => &self.left,
            Side::Right => &self.right,
        }
    }

    /// The items of one side without a match.
    pub(crate) fn unmatched(&self, side: Side) -> &[Unmatched] {
        match side {
            Side::Left => &self.unmatched_left,
            Side::Right => &self.unmatched_right,
        }
    }
}
