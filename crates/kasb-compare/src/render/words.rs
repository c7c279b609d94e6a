//! The words of the reports, in English, in one place: headlines, section titles, labels and
//! the legend that explains the evidence. The renderers only lay them out and escape them, so a
//! later change can route each one through a translation (Fluent) without touching the layout.
//!
//! Everything here is plain text; each renderer escapes it for its format.

use std::borrow::Cow;

use crate::{Counts, DocumentSummary, EvidenceKind, ItemKind, LevelComparison, OptionsUsed};

/// Section titles and labels shared by the pairwise reports (human, Markdown, HTML).
pub(crate) const UNITS: &str = "Matched units";
pub(crate) const CRITERIA: &str = "Matched performance criteria";
pub(crate) const COVERAGE: &str = "Coverage";
pub(crate) const COVERAGE_CAPTION: &str = "Share of each side's units and performance criteria \
that have a match on the other side (fully or partially).";
pub(crate) const ASSESSED_DIFFERENTLY: &str = "Assessed differently";
pub(crate) const ASSESSED_DIFFERENTLY_TEXT: &str = "Matched units assessed by a practical task \
on one side and only by written tests on the other.";
pub(crate) const LEGEND: &str = "How to read this report";
pub(crate) const SCORE: &str = "score";
pub(crate) const RELATION: &str = "relation";
pub(crate) const LEVEL: &str = "level";
pub(crate) const EVIDENCE: &str = "evidence";
pub(crate) const ASSESSED_BY: &str = "assessed by";
pub(crate) const NO_SHARED_LANGUAGE: &str = "no shared language";
pub(crate) const NONE: &str = "none";
pub(crate) const FOOTER: &str = "Made by kasb compare. Matches are suggestions with their \
evidence, for a person to confirm.";

pub(crate) const DOCUMENT: &str = "document";
pub(crate) const TITLE: &str = "title";
pub(crate) const COUNTRY: &str = "country";
pub(crate) const PERFORMANCE_CRITERIA: &str = "performance criteria";
pub(crate) const PARTIAL: &str = "partial";
pub(crate) const ACROSS_UNITS: &str = "across units";
pub(crate) const NOT_ASSESSED: &str = "not assessed";
pub(crate) const SHARED: &str = "shared";
pub(crate) const LANGUAGES_COMPARED: &str = "languages compared";
pub(crate) const NOTE: &str = "note";
pub(crate) const NONE_SENTENCE: &str = "None.";
pub(crate) const PRACTICAL_ONLY_WRITTEN: &str =
    "assessed by a practical task on one side, only in writing on the other";
pub(crate) const PAIRS: &str = "Pairs";
pub(crate) const COMMON_CORE: &str = "Common core";
pub(crate) const UNIQUE: &str = "Unique to one document";
pub(crate) const HEATMAP_HEADING: &str = "How much of each standard is found in the others";
pub(crate) const HEATMAP_TITLE: &str =
    "Unit coverage: share of the row's units matched in the column's document";
pub(crate) const HEATMAP_CAPTION: &str = "Each row is a document; each cell is the share of its \
units that have a match in the column's document. Darker is more.";
pub(crate) const UNIT_COVERAGE: &str = "Unit coverage";
pub(crate) const UNIT_COVERAGE_TEXT: &str =
    "Share of the row's units matched in the column's document.";
pub(crate) const NOT_COMPARABLE: &str = "not comparable";

/// An item kind, one (`unit`) or many (`units`).
pub(crate) fn kind(kind: ItemKind, plural: bool) -> &'static str {
    match (kind, plural) {
        (ItemKind::Unit, false) => "unit",
        (ItemKind::Unit, true) => "units",
        (ItemKind::Criterion, false) => "criterion",
        (ItemKind::Criterion, true) => "criteria",
    }
}

/// A kind of evidence, as in `crosswalk + text`.
pub(crate) fn evidence_kind(kind: EvidenceKind) -> &'static str {
    match kind {
        EvidenceKind::Crosswalk => "crosswalk",
        EvidenceKind::SharedReference => "shared reference",
        EvidenceKind::Text => "text",
    }
}

/// The EQF levels of a pair: `EQF 3 = 3`, `EQF 3 → 4 (+1)`, `EQF not comparable`.
pub(crate) fn eqf(level: &LevelComparison) -> String {
    match (level.left_eqf, level.right_eqf, level.delta) {
        (Some(l), Some(r), Some(0)) => format!("EQF {l} = {r}"),
        (Some(l), Some(r), Some(d)) => format!("EQF {l} → {r} ({d:+})"),
        _ => format!("EQF {NOT_COMPARABLE}"),
    }
}

/// `5 matched, 1 partial, 1 unmatched`.
pub(crate) fn counts(counts: &Counts) -> String {
    format!(
        "{} matched, {} partial, {} unmatched",
        counts.matched, counts.partial, counts.unmatched
    )
}

/// `86% of 7 (5 matched, 1 partial, 1 unmatched)`.
pub(crate) fn coverage_figure(percent: &str, total: usize, of: &Counts) -> String {
    format!("{percent} of {total} ({})", counts(of))
}

/// `units covered`.
pub(crate) fn covered(item: ItemKind) -> String {
    format!("{} covered", kind(item, true))
}

/// The column of a side's assessment methods: `methods in Kyrgyzstan`.
pub(crate) fn methods_in(name: &str) -> String {
    format!("methods in {name}")
}

/// The first line of a plain-text matrix: `unit coverage (row covered by column)`.
pub(crate) const MATRIX_COVERAGE_LINE: &str = "unit coverage (row covered by column)";

/// A pair in a plain-text matrix: `units 86% / 75%, criteria 51% / 51%, EQF differences [1],
/// assessed differently 0`.
pub(crate) fn pair_line(
    units: [&str; 2],
    criteria: [&str; 2],
    deltas: &str,
    differences: usize,
) -> String {
    format!(
        "units {} / {}, criteria {} / {}, EQF differences {deltas}, assessed differently {differences}",
        units[0], units[1], criteria[0], criteria[1]
    )
}

/// `common core: 5 units of kg-welder matched in every other document`.
pub(crate) fn common_core_line(count: usize, first: &str) -> String {
    format!("common core: {count} units of {first} matched in every other document")
}

/// `closest: WLD-03.1.2 0.41`.
pub(crate) fn closest(id: &str, score: f64) -> String {
    format!("closest: {id} {score:.2}")
}

/// `Shared reference: same ISCO-08 unit group 7212.`
pub(crate) fn shared_reference(detail: &str) -> String {
    format!("Shared reference: {detail}.")
}

/// `Texts compared in: en, ru.`
pub(crate) fn texts_compared_in(languages: &str) -> String {
    format!("Texts compared in: {languages}.")
}

/// A bar of the coverage chart: `Kyrgyzstan: units`.
pub(crate) fn bar_label(name: &str, item: ItemKind) -> String {
    format!("{name}: {}", kind(item, true))
}

/// The title of a coverage chart.
pub(crate) fn bars_title(left: &str, right: &str) -> String {
    format!("Coverage of {left} and {right}")
}

/// A cell of the heatmap: `kg-welder units covered by am-welder: 86%`.
pub(crate) fn heat_cell(row: &str, column: &str, percent: &str) -> String {
    format!("{row} units covered by {column}: {percent}")
}

/// A pair of a matrix: `kg-welder and am-welder`.
pub(crate) fn pair(left: &str, right: &str) -> String {
    format!("{left} and {right}")
}

/// What a pair of a matrix found, under its chart.
pub(crate) fn pair_caption(
    units: usize,
    criteria: usize,
    deltas: &str,
    differences: usize,
) -> String {
    format!(
        "{units} unit pairs and {criteria} criterion pairs matched; EQF differences of matched \
units: {deltas}; {differences} matched units assessed practically on one side and only in \
writing on the other."
    )
}

/// The sentence under the common core's title.
pub(crate) fn common_core_intro(first: &str) -> String {
    format!("Units of {first} that have a match in every other document.")
}

/// `kg-welder: 2 units` in the list of what is unique.
pub(crate) fn unique_count(document: &str, units: usize) -> String {
    format!("{document}: {units} units")
}

/// The longest statement a table cell of the text reports shows, in characters.
pub(crate) const STATEMENT_CHARS: usize = 110;

/// The title of one side's unmatched items: `Only in Kyrgyzstan (40 items)`.
pub(crate) fn only_in(name: &str, count: usize) -> String {
    format!("Only in {name} ({count} items)")
}

/// The name of a country for headings: its ISO 3166-1 short name, else its code.
fn country(document: &DocumentSummary) -> Option<&str> {
    document
        .country_name
        .as_deref()
        .or(document.country.as_deref())
}

/// What a document is called in a headline: its country, or its id when it has none or when
/// another document of the same report has the same country (`Kyrgyzstan (kg-welder-q3)`).
pub(crate) fn place(document: &DocumentSummary, all: &[&DocumentSummary]) -> String {
    let Some(name) = country(document) else {
        return document.id.clone();
    };
    let shared = all.iter().filter(|d| country(d) == Some(name)).count() > 1;
    if shared {
        format!("{name} ({})", document.id)
    } else {
        name.to_owned()
    }
}

/// At most this many occupations are named in a headline; the rest are counted.
const NAMED_OCCUPATIONS: usize = 3;

/// The longest document title a headline quotes, in characters.
const HEADLINE_TITLE_CHARS: usize = 80;

/// The occupation the documents are for: `Welders and Flame Cutters (ISCO-08 7212)`; each
/// distinct ISCO-08 group once, in order; the documents' titles (shortened) when none names a
/// group. At most [`NAMED_OCCUPATIONS`] are named, so a matrix of many stays readable.
pub(crate) fn occupation(documents: &[&DocumentSummary]) -> String {
    let mut groups: Vec<String> = Vec::new();
    for document in documents {
        let Some(code) = &document.isco else { continue };
        let group = match &document.isco_title {
            Some(title) => format!("{} (ISCO-08 {code})", shorten(title, HEADLINE_TITLE_CHARS)),
            None => format!("ISCO-08 {code}"),
        };
        if !groups.contains(&group) {
            groups.push(group);
        }
    }
    if groups.is_empty() {
        for document in documents {
            let title = shorten(&document.title, HEADLINE_TITLE_CHARS).into_owned();
            if !groups.contains(&title) {
                groups.push(title);
            }
        }
    }
    let more = groups.len().saturating_sub(NAMED_OCCUPATIONS);
    groups.truncate(NAMED_OCCUPATIONS);
    let named = groups.join(" / ");
    if more > 0 {
        format!("{named} and {more} more")
    } else {
        named
    }
}

/// `a`, `a and b`, `a, b and c`.
fn listing(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// The headline of a report: the occupation and the countries compared.
/// `Welders and Flame Cutters (ISCO-08 7212): Kyrgyzstan and Russian Federation compared`.
pub(crate) fn headline(documents: &[&DocumentSummary]) -> String {
    let places: Vec<String> = documents.iter().map(|d| place(d, documents)).collect();
    format!("{}: {} compared", occupation(documents), listing(&places))
}

/// The line under a pairwise headline naming the documents: `kg-welder (KG) compared with
/// ru-welder (RU)`.
pub(crate) fn documents_line(left: &str, right: &str) -> String {
    format!("{left} compared with {right}")
}

/// A statement cut to at most `max` characters at a word boundary, with `…` when cut.
pub(crate) fn shorten(text: &str, max: usize) -> Cow<'_, str> {
    if text.chars().count() <= max {
        return Cow::Borrowed(text);
    }
    let cut: String = text.chars().take(max.saturating_sub(1)).collect();
    // Cut at the last space when one is in the second half, so no word is split.
    let end = match cut.rfind(char::is_whitespace) {
        Some(space) if space >= cut.len() / 2 => space,
        _ => cut.len(),
    };
    Cow::Owned(format!("{}…", cut[..end].trim_end()))
}

/// One entry of the legend: a term and what it means, with sub-entries (the crosswalk
/// relations).
pub(crate) struct Entry {
    pub term: &'static str,
    pub meaning: String,
    pub details: Vec<(&'static str, &'static str)>,
}

/// The crosswalk relations, read from the left document to the right, in plain words.
const RELATIONS: [(&str, &str); 6] = [
    ("exact", "the same competency."),
    (
        "broad",
        "the right item is broader: it covers all of the left item and more.",
    ),
    (
        "narrow",
        "the right item is narrower: it covers only part of the left item.",
    ),
    ("major", "they overlap for the most part."),
    (
        "minor",
        "they overlap only in a small part; shown as a partial match.",
    ),
    (
        "related",
        "they are related, without a stated overlap; shown as a partial match.",
    ),
];

/// The legend: each kind of evidence and each mark of the reports, in plain words, with the
/// thresholds the comparison used.
pub(crate) fn legend(options: &OptionsUsed) -> Vec<Entry> {
    let entry = |term, meaning: String| Entry {
        term,
        meaning,
        details: Vec::new(),
    };
    vec![
        Entry {
            term: "Crosswalk",
            meaning: "Experts compared the two standards and wrote down, item by item, how they \
correspond (a crosswalk document). It is the strongest evidence. Its relation is read from the \
left document to the right:"
                .to_owned(),
            details: RELATIONS.to_vec(),
        },
        entry(
            "Shared reference",
            "Both items name the same skill of ESCO (the European classification of skills, \
competences and occupations), or both documents name the same ISCO-08 group (the International \
Standard Classification of Occupations of the ILO). Its score is the share of the ESCO skills \
named that both name, from 0 to 1."
                .to_owned(),
        ),
        entry(
            "Text similarity (TF-IDF cosine)",
            format!(
                "The wording of two items compared, language by language: each text is reduced \
to the stems of its words (leaving out words such as \u{201c}the\u{201d} and \u{201c}and\u{201d}), \
and a word counts more the fewer items use it, so that a word every item uses (\u{201c}weld\u{201d} \
in standards for welders) counts little. The score runs from 0 (no word in common) to 1 (the \
same words in the same proportions). Pairs scoring at least {:.2} are matched, below {:.2} as \
partial. It is a suggestion for a person to confirm, not a finding.",
                options.threshold, options.partial_below
            ),
        ),
        entry(
            "similar",
            "The relation of a pair that no crosswalk links: it rests on a shared reference or \
on similar wording."
                .to_owned(),
        ),
        entry(
            "across units",
            "Criteria are paired first inside units matched to each other. A pair of criteria \
whose units are not matched to each other is kept only when its evidence is stronger than the \
evidence that matched their units and than any pair found inside them."
                .to_owned(),
        ),
        entry(
            "EQF",
            "Levels are compared through each country's qualifications framework, referenced to \
the European Qualifications Framework (levels 1 to 8); \u{201c}not comparable\u{201d} when a \
framework is not referenced to it."
                .to_owned(),
        ),
    ]
}

/// The sentence under a matrix's headline: what a matched unit is.
pub(crate) const MATRIX_INTRO: &str = "A unit counts as found in another document when a \
crosswalk, a shared ESCO reference or similar wording pairs it with one of that document's \
units; compare two documents for the evidence of each pair.";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statements_are_cut_at_a_word_with_an_ellipsis() {
        assert_eq!(shorten("short", 10), "short");
        assert_eq!(shorten("one two three four", 10), "one two…");
        assert_eq!(shorten("abcdefghijklmnop", 6), "abcde…");
        assert!(shorten(&"é".repeat(300), 20).chars().count() <= 20);
    }

    fn summary(id: &str, country: Option<&str>, isco: Option<(&str, &str)>) -> DocumentSummary {
        DocumentSummary {
            id: id.into(),
            kind: "standard".into(),
            country: country.map(str::to_owned),
            country_name: country.and_then(|code| match code {
                "KG" => Some("Kyrgyzstan".to_owned()),
                _ => None,
            }),
            title: format!("Title of {id}"),
            languages: Default::default(),
            units: 0,
            criteria: 0,
            eqf: None,
            isco: isco.map(|(code, _)| code.to_owned()),
            isco_title: isco.map(|(_, title)| title.to_owned()),
        }
    }

    #[test]
    fn headlines_name_the_occupation_and_the_countries() {
        let welder = Some(("7212", "Welders and Flame Cutters"));
        let kg = summary("kg-welder", Some("KG"), welder);
        let zz = summary("zz-welder", Some("ZZ"), welder);
        assert_eq!(
            headline(&[&kg, &zz]),
            "Welders and Flame Cutters (ISCO-08 7212): Kyrgyzstan and ZZ compared"
        );
        // Two documents of one country are told apart by their ids.
        let kg_q = summary("kg-welder-q3", Some("KG"), None);
        assert_eq!(
            headline(&[&kg, &kg_q]),
            "Welders and Flame Cutters (ISCO-08 7212): Kyrgyzstan (kg-welder) and Kyrgyzstan \
             (kg-welder-q3) compared"
        );
        // No ISCO group: the titles; no country: the id.
        let a = summary("a", None, None);
        let b = summary("b", None, None);
        assert_eq!(
            headline(&[&a, &b]),
            "Title of a / Title of b: a and b compared"
        );
        // Many occupations: three named, the rest counted.
        let many: Vec<DocumentSummary> = (0..6)
            .map(|i| summary(&format!("d{i}"), None, None))
            .collect();
        let refs: Vec<&DocumentSummary> = many.iter().collect();
        assert!(
            headline(&refs).starts_with("Title of d0 / Title of d1 / Title of d2 and 3 more: "),
            "{}",
            headline(&refs)
        );
    }

    #[test]
    fn lists_read_as_english() {
        let items = |n: usize| (1..=n).map(|i| i.to_string()).collect::<Vec<_>>();
        assert_eq!(listing(&items(1)), "1");
        assert_eq!(listing(&items(2)), "1 and 2");
        assert_eq!(listing(&items(3)), "1, 2 and 3");
    }
}
