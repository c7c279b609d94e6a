//! The words of the reports, in one place: headlines, section titles, labels, the evidence and
//! the legend, each a Fluent message of `kasb-i18n` (`locales/<tag>/compare.ftl`) said in the
//! report's language. The renderers only lay them out and escape them.
//!
//! Everything here is plain text; each renderer escapes it for its format.

use std::borrow::Cow;

use kasb_i18n::{Args, Lang, Messages};

use crate::Texts;
use crate::why::{Detail, DocumentNote, Note};
use crate::{
    CompareError, Counts, DocumentSummary, EvidenceKind, ItemKind, LevelComparison, OptionsUsed,
    Relation, Side,
};

/// The ids of the messages without arguments: section titles and labels.
pub(crate) const UNITS: &str = "compare-units";
pub(crate) const CRITERIA: &str = "compare-criteria";
pub(crate) const COVERAGE: &str = "compare-coverage";
pub(crate) const COVERAGE_CAPTION: &str = "compare-coverage-caption";
pub(crate) const ASSESSED_DIFFERENTLY: &str = "compare-assessed-differently";
pub(crate) const ASSESSED_DIFFERENTLY_TEXT: &str = "compare-assessed-differently-text";
pub(crate) const LEGEND: &str = "compare-legend";
pub(crate) const SCORE: &str = "compare-score";
pub(crate) const RELATION: &str = "compare-relation";
pub(crate) const LEVEL: &str = "compare-level";
pub(crate) const EVIDENCE: &str = "compare-evidence";
pub(crate) const ASSESSED_BY: &str = "compare-assessed-by";
pub(crate) const NO_SHARED_LANGUAGE: &str = "compare-no-shared-language";
pub(crate) const NONE: &str = "compare-none";
pub(crate) const FOOTER: &str = "compare-footer";
pub(crate) const DOCUMENT: &str = "compare-document";
pub(crate) const TITLE: &str = "compare-title";
pub(crate) const COUNTRY: &str = "compare-country";
pub(crate) const PERFORMANCE_CRITERIA: &str = "compare-performance-criteria";
pub(crate) const PARTIAL: &str = "compare-partial";
pub(crate) const ACROSS_UNITS: &str = "compare-across-units";
pub(crate) const NOT_ASSESSED: &str = "compare-not-assessed";
pub(crate) const SHARED: &str = "compare-shared";
pub(crate) const LANGUAGES_COMPARED: &str = "compare-languages-compared";
pub(crate) const NOTE: &str = "compare-note";
pub(crate) const NONE_SENTENCE: &str = "compare-none-sentence";
pub(crate) const PRACTICAL_ONLY_WRITTEN: &str = "compare-practical-only-written";
pub(crate) const PAIRS: &str = "compare-pairs";
pub(crate) const COMMON_CORE: &str = "compare-common-core";
pub(crate) const UNIQUE: &str = "compare-unique";
pub(crate) const HEATMAP_HEADING: &str = "compare-heatmap-heading";
pub(crate) const HEATMAP_TITLE: &str = "compare-heatmap-title";
pub(crate) const HEATMAP_CAPTION: &str = "compare-heatmap-caption";
pub(crate) const UNIT_COVERAGE: &str = "compare-unit-coverage";
pub(crate) const UNIT_COVERAGE_TEXT: &str = "compare-unit-coverage-text";
pub(crate) const NOT_COMPARABLE: &str = "compare-not-comparable";
/// The first line of a plain-text matrix: `unit coverage (row covered by column)`.
pub(crate) const MATRIX_COVERAGE_LINE: &str = "compare-matrix-coverage-line";
/// The sentence under a matrix's headline: what a matched unit is.
pub(crate) const MATRIX_INTRO: &str = "compare-matrix-intro";

/// The longest statement a table cell of the text reports shows, in characters.
pub(crate) const STATEMENT_CHARS: usize = 110;

/// At most this many occupations are named in a headline; the rest are counted.
const NAMED_OCCUPATIONS: usize = 3;

/// The longest document title a headline quotes, in characters.
const HEADLINE_TITLE_CHARS: usize = 80;

/// The words of one language.
#[derive(Clone, Copy)]
pub(crate) struct Words(&'static Messages);

impl Words {
    /// The words of `lang`.
    pub(crate) fn new(lang: Lang) -> Self {
        Words(Messages::of(lang))
    }

    /// The English words: the JSON contract's texts.
    pub(crate) fn english() -> Self {
        Words::new(Lang::ENGLISH)
    }

    /// The language of the words.
    pub(crate) fn lang(self) -> Lang {
        self.0.lang()
    }

    /// A message without arguments (one of the constants above).
    pub(crate) fn t(self, id: &str) -> String {
        self.0.text(id)
    }

    fn f(self, id: &str, args: Args<'_>) -> String {
        self.0.format(id, &args)
    }

    /// A document's own text in the report's language, else in the document's language followed
    /// by that language's tag (`Welder [en]`), cut to `max` characters when given. Plain text:
    /// each renderer escapes it (Markdown escapes the brackets too).
    pub(crate) fn own(self, texts: &Texts, max: Option<usize>) -> String {
        let (text, language) = texts.pick(self.lang().tag());
        let text = max.map_or(text.into(), |max| shorten(text, max));
        match language {
            Some(language) => format!("{text} [{language}]"),
            None => text.into_owned(),
        }
    }

    /// A score or a threshold with two decimals, in the language's notation: `0.41`, `0,41`.
    pub(crate) fn score(self, value: f64) -> String {
        format!("{value:.2}").replace('.', &self.t("compare-decimal-mark"))
    }

    /// A share as a whole percentage: `86%`, `86 %`.
    pub(crate) fn percent(self, share: f64) -> String {
        let value = format!("{:.0}", share * 100.0);
        self.f("compare-percent", Args::new().with("value", value))
    }

    /// `left` or `right`.
    pub(crate) fn side(self, side: Side) -> String {
        self.f("compare-side", Args::new().with("side", side.as_str()))
    }

    /// An item kind, one (`unit`) or many (`units`).
    pub(crate) fn kind(self, kind: ItemKind, plural: bool) -> String {
        let id = if plural {
            "compare-kinds"
        } else {
            "compare-kind"
        };
        self.f(id, Args::new().with("kind", kind_name(kind)))
    }

    /// A document's kind: `standard`, `assessment tool`.
    pub(crate) fn document_kind(self, kind: &str) -> String {
        self.f("compare-document-kind", Args::new().with("kind", kind))
    }

    /// A kind of evidence, as in `crosswalk + text`.
    pub(crate) fn evidence_kind(self, kind: EvidenceKind) -> String {
        let name = match kind {
            EvidenceKind::Crosswalk => "crosswalk",
            EvidenceKind::SharedReference => "shared_reference",
            EvidenceKind::Text => "text",
        };
        self.f("compare-evidence-kind", Args::new().with("kind", name))
    }

    /// The name of a relation: `major`, `similar`.
    pub(crate) fn relation(self, relation: Relation) -> String {
        let args = Args::new().with("relation", relation.as_str());
        self.f("compare-relation-name", args)
    }

    /// An assessment method (`practical_task`): `practical task`.
    pub(crate) fn method(self, method: &str) -> String {
        let args = Args::new()
            .with("method", method)
            .with("words", method.replace('_', " "));
        self.f("compare-method", args)
    }

    /// The EQF levels of a pair: `EQF 3 = 3`, `EQF 3 → 4 (+1)`, `EQF not comparable`.
    pub(crate) fn eqf(self, level: &LevelComparison) -> String {
        match (level.left_eqf, level.right_eqf, level.delta) {
            (Some(l), Some(r), Some(d)) => {
                let args = Args::new().with("left", l).with("right", r);
                if d == 0 {
                    self.f("compare-eqf-same", args)
                } else {
                    self.f("compare-eqf-change", args.with("delta", format!("{d:+}")))
                }
            }
            _ => self.t("compare-eqf-not-comparable"),
        }
    }

    /// `5 matched, 1 partial, 1 unmatched`.
    pub(crate) fn counts(self, counts: &Counts) -> String {
        let args = Args::new()
            .with("matched", counts.matched)
            .with("partial", counts.partial)
            .with("unmatched", counts.unmatched);
        self.f("compare-counts", args)
    }

    /// `86% of 7 (5 matched, 1 partial, 1 unmatched)`.
    pub(crate) fn coverage_figure(self, percent: &str, total: usize, of: &Counts) -> String {
        let args = Args::new()
            .with("percent", percent)
            .with("total", total)
            .with("counts", self.counts(of));
        self.f("compare-coverage-figure", args)
    }

    /// `units covered`.
    pub(crate) fn covered(self, item: ItemKind) -> String {
        self.f("compare-covered", Args::new().with("kind", kind_name(item)))
    }

    /// The column of a side's assessment methods: `methods in Kyrgyzstan`.
    pub(crate) fn methods_in(self, name: &str) -> String {
        self.f("compare-methods-in", Args::new().with("name", name))
    }

    /// A pair in a plain-text matrix: `units 86% / 75%, criteria 51% / 51%, EQF differences
    /// [1], assessed differently 0`.
    pub(crate) fn pair_line(
        self,
        units: [String; 2],
        criteria: [String; 2],
        deltas: &str,
        differences: usize,
    ) -> String {
        let [left_units, right_units] = units;
        let [left_criteria, right_criteria] = criteria;
        let args = Args::new()
            .with("left_units", left_units)
            .with("right_units", right_units)
            .with("left_criteria", left_criteria)
            .with("right_criteria", right_criteria)
            .with("deltas", deltas)
            .with("differences", differences);
        self.f("compare-pair-line", args)
    }

    /// `common core: 5 units of kg-welder matched in every other document`.
    pub(crate) fn common_core_line(self, count: usize, first: &str) -> String {
        let args = Args::new().with("count", count).with("first", first);
        self.f("compare-common-core-line", args)
    }

    /// `closest: WLD-03.1.2 0.41`.
    pub(crate) fn closest(self, id: &str, score: f64) -> String {
        let args = Args::new().with("id", id).with("score", self.score(score));
        self.f("compare-closest", args)
    }

    /// `Shared reference: same ISCO-08 unit group 7212.`
    pub(crate) fn shared_reference(self, detail: &Detail) -> String {
        let args = Args::new().with("detail", self.detail(detail));
        self.f("compare-shared-reference", args)
    }

    /// `Texts compared in: en, ru.`
    pub(crate) fn texts_compared_in(self, languages: &str) -> String {
        let args = Args::new().with("languages", languages);
        self.f("compare-texts-compared-in", args)
    }

    /// How many texts are shown in another language than the report's, and which.
    pub(crate) fn untranslated(self, count: usize, languages: &str) -> String {
        let args = Args::new()
            .with("count", count)
            .with("languages", languages);
        self.f("compare-untranslated", args)
    }

    /// Why a comparison could not be made.
    pub(crate) fn error(self, error: &CompareError) -> String {
        match error {
            CompareError::UnknownId { id, suggestion } => {
                let args = Args::new().with("id", id.as_str());
                match suggestion {
                    Some(suggestion) => self.f(
                        "compare-error-unknown-id-suggestion",
                        args.with("suggestion", suggestion.as_str()),
                    ),
                    None => self.f("compare-error-unknown-id", args),
                }
            }
            CompareError::UnsupportedKind { id, kind } => {
                let args = Args::new().with("id", id.as_str()).with("kind", *kind);
                self.f("compare-error-unsupported-kind", args)
            }
            CompareError::TooFew { count } => {
                self.f("compare-error-too-few", Args::new().with("count", *count))
            }
        }
    }

    /// A bar of the coverage chart: `Kyrgyzstan: units`.
    pub(crate) fn bar_label(self, name: &str, item: ItemKind) -> String {
        let args = Args::new().with("name", name).with("kind", kind_name(item));
        self.f("compare-bar-label", args)
    }

    /// The title of a coverage chart.
    pub(crate) fn bars_title(self, left: &str, right: &str) -> String {
        self.f("compare-bars-title", two(left, right))
    }

    /// A cell of the heatmap: `kg-welder units covered by am-welder: 86%`.
    pub(crate) fn heat_cell(self, row: &str, column: &str, percent: &str) -> String {
        let args = Args::new()
            .with("row", row)
            .with("column", column)
            .with("percent", percent);
        self.f("compare-heat-cell", args)
    }

    /// A pair of a matrix: `kg-welder and am-welder`.
    pub(crate) fn pair(self, left: &str, right: &str) -> String {
        self.f("compare-pair", two(left, right))
    }

    /// What a pair of a matrix found, under its chart.
    pub(crate) fn pair_caption(
        self,
        units: usize,
        criteria: usize,
        deltas: &str,
        differences: usize,
    ) -> String {
        let args = Args::new()
            .with("units", units)
            .with("criteria", criteria)
            .with("deltas", deltas)
            .with("differences", differences);
        self.f("compare-pair-caption", args)
    }

    /// The sentence under the common core's title.
    pub(crate) fn common_core_intro(self, first: &str) -> String {
        self.f(
            "compare-common-core-intro",
            Args::new().with("first", first),
        )
    }

    /// `kg-welder: 2 units` in the list of what is unique.
    pub(crate) fn unique_count(self, document: &str, units: usize) -> String {
        let args = Args::new().with("document", document).with("units", units);
        self.f("compare-unique-count", args)
    }

    /// The title of one side's unmatched items: `Only in Kyrgyzstan (40 items)`.
    pub(crate) fn only_in(self, name: &str, count: usize) -> String {
        let args = Args::new().with("name", name).with("count", count);
        self.f("compare-only-in", args)
    }

    /// An unmatched item: `criterion WLD-01.1.1 — Prepares the workplace`.
    pub(crate) fn unmatched_item(self, kind: ItemKind, id: &str, title: &str) -> String {
        let args = Args::new()
            .with("kind", kind_name(kind))
            .with("id", id)
            .with("title", title);
        self.f("compare-unmatched-item", args)
    }

    /// The line under a pairwise headline naming the documents: `kg-welder (KG) compared with
    /// ru-welder (RU)`.
    pub(crate) fn documents_line(self, left: &str, right: &str) -> String {
        self.f("compare-documents-line", two(left, right))
    }

    /// The name of a country for headings: in this language for the countries it names, else
    /// the ISO 3166-1 short name, else the code.
    fn country(self, document: &DocumentSummary) -> Option<String> {
        let code = document.country.as_deref()?;
        let name = document.country_name.as_deref().unwrap_or(code);
        let args = Args::new()
            .with("code", code.to_ascii_uppercase())
            .with("name", name);
        Some(self.f("compare-country-name", args))
    }

    /// What a document is called in a headline: its country, or its id when it has none or
    /// when another document of the same report has the same country (`Kyrgyzstan
    /// (kg-welder-q3)`).
    pub(crate) fn place(self, document: &DocumentSummary, all: &[&DocumentSummary]) -> String {
        let Some(name) = self.country(document) else {
            return document.id.clone();
        };
        let shared = all.iter().filter(|d| d.country == document.country).count() > 1;
        if shared {
            let args = Args::new()
                .with("name", name)
                .with("id", document.id.as_str());
            self.f("compare-place", args)
        } else {
            name
        }
    }

    /// The occupation the documents are for: `Welders and Flame Cutters (ISCO-08 7212)`; each
    /// distinct ISCO-08 group once, in order; the documents' titles (shortened) when none
    /// names a group. At most [`NAMED_OCCUPATIONS`] are named, so a matrix of many stays
    /// readable.
    pub(crate) fn occupation(self, documents: &[&DocumentSummary]) -> String {
        let mut groups: Vec<String> = Vec::new();
        for document in documents {
            let Some(code) = &document.isco else { continue };
            let args = Args::new().with("code", code.as_str());
            let title = match &document.isco_titles {
                titles if *titles != Texts::NONE => {
                    Some(self.own(titles, Some(HEADLINE_TITLE_CHARS)))
                }
                _ => document
                    .isco_title
                    .as_deref()
                    .map(|title| shorten(title, HEADLINE_TITLE_CHARS).into_owned()),
            };
            let group = match title {
                Some(title) => self.f("compare-isco-group", args.with("title", title)),
                None => self.f("compare-isco-code", args),
            };
            if !groups.contains(&group) {
                groups.push(group);
            }
        }
        if groups.is_empty() {
            for document in documents {
                let title = match &document.titles {
                    titles if *titles != Texts::NONE => {
                        self.own(titles, Some(HEADLINE_TITLE_CHARS))
                    }
                    _ => shorten(&document.title, HEADLINE_TITLE_CHARS).into_owned(),
                };
                if !groups.contains(&title) {
                    groups.push(title);
                }
            }
        }
        let more = groups.len().saturating_sub(NAMED_OCCUPATIONS);
        groups.truncate(NAMED_OCCUPATIONS);
        let named = groups.join(" / ");
        if more > 0 {
            let args = Args::new().with("named", named).with("more", more);
            self.f("compare-and-more", args)
        } else {
            named
        }
    }

    /// `a`, `a and b`, `a, b and c`.
    fn listing(self, items: &[String]) -> String {
        match items {
            [] => String::new(),
            [one] => one.clone(),
            [rest @ .., last] => {
                let args = Args::new()
                    .with("rest", rest.join(", "))
                    .with("last", last.as_str());
                self.f("compare-list", args)
            }
        }
    }

    /// The headline of a report: the occupation and the countries compared.
    /// `Welders and Flame Cutters (ISCO-08 7212): Kyrgyzstan and Russian Federation compared`.
    pub(crate) fn headline(self, documents: &[&DocumentSummary]) -> String {
        let places: Vec<String> = documents.iter().map(|d| self.place(d, documents)).collect();
        let args = Args::new()
            .with("occupation", self.occupation(documents))
            .with("places", self.listing(&places));
        self.f("compare-headline", args)
    }

    /// Why two items match, in words.
    pub(crate) fn detail(self, detail: &Detail) -> String {
        match detail {
            Detail::Crosswalk {
                relation,
                crosswalk,
                note,
            } => {
                let args = Args::new()
                    .with("relation", self.relation(*relation))
                    .with("crosswalk", crosswalk.as_str());
                match note {
                    Some(note) => self.f(
                        "compare-detail-crosswalk-note",
                        args.with("note", self.own(note, None)),
                    ),
                    None => self.f("compare-detail-crosswalk", args),
                }
            }
            Detail::SharedEsco { uris } => self.f(
                "compare-detail-esco",
                Args::new().with("uris", uris.join(", ")),
            ),
            Detail::SharedIsco { code } => self.f(
                "compare-detail-isco",
                Args::new().with("code", code.as_str()),
            ),
            Detail::Text { scores } => {
                let scores: Vec<String> = scores
                    .iter()
                    .map(|(language, score)| {
                        let args = Args::new()
                            .with("score", self.score(*score))
                            .with("language", language.as_str());
                        self.f("compare-detail-score-in", args)
                    })
                    .collect();
                self.f(
                    "compare-detail-text",
                    Args::new().with("scores", scores.join(", ")),
                )
            }
            Detail::NoSharedLanguage { left, right } => self.f(
                "compare-detail-no-language",
                two(&self.languages(left), &self.languages(right)),
            ),
        }
    }

    /// Why an item has no match, each reason in words, joined by `; `.
    pub(crate) fn notes(self, notes: &[Note]) -> String {
        let said: Vec<String> = notes.iter().map(|note| self.note(note)).collect();
        said.join("; ")
    }

    fn note(self, note: &Note) -> String {
        match note {
            Note::NoSharedLanguage { here, there } => {
                let args = Args::new()
                    .with("here", self.languages(here))
                    .with("there", self.languages(there));
                self.f("compare-note-no-language", args)
            }
            Note::ClosestTaken {
                closest,
                score,
                holder,
            } => {
                let args = Args::new()
                    .with("id", closest.as_str())
                    .with("score", self.score(*score))
                    .with("holder", holder.as_str());
                self.f("compare-note-closest-taken", args)
            }
            Note::ClosestInOtherUnit { closest, score } => {
                let args = Args::new()
                    .with("id", closest.as_str())
                    .with("score", self.score(*score));
                self.f("compare-note-closest-other-unit", args)
            }
            Note::LostAlignment { other, relation } => {
                let args = Args::new()
                    .with("other", other.as_str())
                    .with("relation", self.relation(*relation));
                self.f("compare-note-lost-alignment", args)
            }
        }
    }

    /// A remark on the documents as a whole, in words.
    pub(crate) fn document_note(self, note: &DocumentNote) -> String {
        match note {
            DocumentNote::NoSharedLanguage { left, right } => self.f(
                "compare-note-no-shared-language",
                two(&self.languages(left), &self.languages(right)),
            ),
            DocumentNote::NoEqf { side } => self.f(
                "compare-note-no-eqf",
                Args::new().with("side", side.as_str()),
            ),
            DocumentNote::DifferentIsco { left, right } => {
                self.f("compare-note-different-isco", two(left, right))
            }
        }
    }

    /// A list of language tags, or `none`.
    fn languages(self, languages: &[String]) -> String {
        if languages.is_empty() {
            self.t(NONE)
        } else {
            languages.join(", ")
        }
    }

    /// The legend: each kind of evidence and each mark of the reports, in plain words, with
    /// the thresholds the comparison used.
    pub(crate) fn legend(self, options: &OptionsUsed) -> Vec<Entry> {
        let entry = |term: &str, meaning: String| Entry {
            term: self.t(term),
            meaning,
            details: Vec::new(),
        };
        let relations = RELATIONS
            .iter()
            .map(|&(relation, meaning)| (self.relation(relation), self.t(meaning)))
            .collect();
        let thresholds = Args::new()
            .with("threshold", self.score(options.threshold))
            .with("partial", self.score(options.partial_below));
        vec![
            Entry {
                details: relations,
                ..entry(
                    "compare-legend-crosswalk",
                    self.t("compare-legend-crosswalk-text"),
                )
            },
            entry(
                "compare-legend-reference",
                self.t("compare-legend-reference-text"),
            ),
            entry(
                "compare-legend-text",
                self.f("compare-legend-text-text", thresholds),
            ),
            entry(
                "compare-legend-similar",
                self.t("compare-legend-similar-text"),
            ),
            entry(
                "compare-legend-across",
                self.t("compare-legend-across-text"),
            ),
            entry("compare-legend-eqf", self.t("compare-legend-eqf-text")),
        ]
    }
}

/// The snake_case name of an item kind, which the messages select on.
fn kind_name(kind: ItemKind) -> &'static str {
    match kind {
        ItemKind::Unit => "unit",
        ItemKind::Criterion => "criterion",
    }
}

/// The arguments `left` and `right`.
fn two<'a>(left: &'a str, right: &'a str) -> Args<'a> {
    Args::new().with("left", left).with("right", right)
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
    pub term: String,
    pub meaning: String,
    pub details: Vec<(String, String)>,
}

/// The crosswalk relations the legend explains, with the message explaining each.
const RELATIONS: [(Relation, &str); 6] = [
    (Relation::Exact, "compare-legend-exact"),
    (Relation::Broad, "compare-legend-broad"),
    (Relation::Narrow, "compare-legend-narrow"),
    (Relation::Major, "compare-legend-major"),
    (Relation::Minor, "compare-legend-minor"),
    (Relation::Related, "compare-legend-related"),
];

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
            titles: Texts::NONE,
            isco_titles: Texts::NONE,
        }
    }

    #[test]
    fn headlines_name_the_occupation_and_the_countries() {
        let en = Words::english();
        let welder = Some(("7212", "Welders and Flame Cutters"));
        let kg = summary("kg-welder", Some("KG"), welder);
        let zz = summary("zz-welder", Some("ZZ"), welder);
        assert_eq!(
            en.headline(&[&kg, &zz]),
            "Welders and Flame Cutters (ISCO-08 7212): Kyrgyzstan and ZZ compared"
        );
        // Two documents of one country are told apart by their ids.
        let kg_q = summary("kg-welder-q3", Some("KG"), None);
        assert_eq!(
            en.headline(&[&kg, &kg_q]),
            "Welders and Flame Cutters (ISCO-08 7212): Kyrgyzstan (kg-welder) and Kyrgyzstan \
             (kg-welder-q3) compared"
        );
        // No ISCO group: the titles; no country: the id.
        let a = summary("a", None, None);
        let b = summary("b", None, None);
        assert_eq!(
            en.headline(&[&a, &b]),
            "Title of a / Title of b: a and b compared"
        );
        // Many occupations: three named, the rest counted.
        let many: Vec<DocumentSummary> = (0..6)
            .map(|i| summary(&format!("d{i}"), None, None))
            .collect();
        let refs: Vec<&DocumentSummary> = many.iter().collect();
        assert!(
            en.headline(&refs)
                .starts_with("Title of d0 / Title of d1 / Title of d2 and 3 more: "),
            "{}",
            en.headline(&refs)
        );
    }

    #[test]
    fn lists_read_as_english() {
        let items = |n: usize| (1..=n).map(|i| i.to_string()).collect::<Vec<_>>();
        let en = Words::english();
        assert_eq!(en.listing(&items(1)), "1");
        assert_eq!(en.listing(&items(2)), "1 and 2");
        assert_eq!(en.listing(&items(3)), "1, 2 and 3");
        let ru = Words::new(Lang::parse("ru").unwrap());
        assert_eq!(ru.listing(&items(3)), "1, 2 и 3");
    }
}
