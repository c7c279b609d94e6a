//! The words of the reports, in English, in one place: headlines, section titles, labels and
//! the legend that explains the evidence. The renderers only lay them out and escape them, so a
//! later change can route each one through a translation (Fluent) without touching the layout.
//!
//! Everything here is plain text; each renderer escapes it for its format.

use std::borrow::Cow;

use crate::{DocumentSummary, OptionsUsed};

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

/// The occupation the documents are for: `Welders and Flame Cutters (ISCO-08 7212)`; each
/// distinct ISCO-08 group once, in order; the documents' titles when none names a group.
pub(crate) fn occupation(documents: &[&DocumentSummary]) -> String {
    let mut groups: Vec<String> = Vec::new();
    for document in documents {
        let Some(code) = &document.isco else { continue };
        let group = match &document.isco_title {
            Some(title) => format!("{title} (ISCO-08 {code})"),
            None => format!("ISCO-08 {code}"),
        };
        if !groups.contains(&group) {
            groups.push(group);
        }
    }
    if groups.is_empty() {
        for document in documents {
            if !groups.contains(&document.title) {
                groups.push(document.title.clone());
            }
        }
    }
    groups.join(" / ")
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

    #[test]
    fn lists_read_as_english() {
        let items = |n: usize| (1..=n).map(|i| i.to_string()).collect::<Vec<_>>();
        assert_eq!(listing(&items(1)), "1");
        assert_eq!(listing(&items(2)), "1 and 2");
        assert_eq!(listing(&items(3)), "1, 2 and 3");
    }
}
