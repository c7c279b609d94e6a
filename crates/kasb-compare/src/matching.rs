//! Candidate pairs from every kind of evidence, and their one-to-one assignment.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use kasb_graph::StandardsGraph;
use kasb_model::Document;

use crate::Texts;
use crate::side::{ComparedDocument, Item, Method};
use crate::text::{Analyzer, Index, Vector};
use crate::why::{Detail, DocumentNote, Note};
use crate::{
    Assessment, AssessmentDifference, Closest, CompareOptions, Comparison, Counts, CountsBySide,
    Coverage, Evidence, EvidenceKind, ItemKind, JSON_VERSION, LevelComparison, Match, MatchStatus,
    OptionsUsed, Relation, Side, SideCounts, Unmatched, round,
};

/// Crosswalk alignments between items: (left id, right id) → (relation read from left, crosswalk
/// id, note).
type Crosswalks = HashMap<(String, String), Alignments>;

/// The alignments of one pair, strongest first.
type Alignments = Vec<(Relation, String, Option<Texts>)>;

/// Collects every crosswalk alignment between documents of the two sides.
fn crosswalks(
    graph: &StandardsGraph,
    left: &ComparedDocument,
    right: &ComparedDocument,
) -> Crosswalks {
    let mut found: Crosswalks = HashMap::new();
    for node in graph.documents() {
        let Document::Crosswalk(crosswalk) = graph.document_of(node) else {
            continue;
        };
        let forward = left.standards.contains(&crosswalk.source)
            && right.standards.contains(&crosswalk.target);
        let backward = right.standards.contains(&crosswalk.source)
            && left.standards.contains(&crosswalk.target);
        if !forward && !backward {
            continue;
        }
        for alignment in &crosswalk.alignments {
            let (Some(source), Some(target)) = (
                resolve(graph, &crosswalk.source, &alignment.source),
                resolve(graph, &crosswalk.target, &alignment.target),
            ) else {
                continue;
            };
            let relation = Relation::from_alignment(alignment.relation);
            let note = alignment
                .note
                .as_ref()
                .map(|note| Texts::of(note, &crosswalk.language).collapsed());
            if forward {
                found
                    .entry((source.clone(), target.clone()))
                    .or_default()
                    .push((relation, crosswalk.id.clone(), note.clone()));
            }
            if backward {
                found.entry((target, source)).or_default().push((
                    relation.inverse(),
                    crosswalk.id.clone(),
                    note,
                ));
            }
        }
    }
    for list in found.values_mut() {
        strongest_first(list);
    }
    found
}

/// The global id of an aligned item: local to the aligned document, else global.
fn resolve(graph: &StandardsGraph, document: &str, item: &str) -> Option<String> {
    let local = format!("{document}/{item}");
    if graph.node(&local).is_some() {
        Some(local)
    } else {
        graph.node(item).map(|node| node.id.clone())
    }
}

/// Sorts a pair's alignments strongest first, then by relation and crosswalk, without repeats.
fn strongest_first(alignments: &mut Alignments) {
    alignments.sort_by(|a, b| {
        b.0.weight()
            .total_cmp(&a.0.weight())
            .then_with(|| a.0.cmp(&b.0))
            .then_with(|| a.1.cmp(&b.1))
    });
    alignments.dedup();
}

/// The languages the items are written in.
fn languages(items: &[Item]) -> BTreeSet<String> {
    items
        .iter()
        .flat_map(|item| item.texts.keys().cloned())
        .collect()
}

/// The text indexes of one kind of item: one per language both sides write in.
struct TextScores {
    /// (language, index), in language order.
    indexes: Vec<(String, Index)>,
    /// (left, right) → similarity per language, for pairs scoring at least the threshold.
    pairs: HashMap<(u32, u32), Vec<(usize, f64)>>,
    /// The best text score of each left item over all languages, and its right item.
    best_left: Vec<Option<(f64, usize)>>,
    /// The best text score of each right item, and its left item.
    best_right: Vec<Option<(f64, usize)>>,
}

/// Keeps the better of two (score, other item): the higher score, then the earlier item.
fn better(current: &mut Option<(f64, usize)>, found: Option<(f64, u32)>) {
    if let Some((score, other)) = found {
        let other = other as usize;
        let replace = match current {
            None => true,
            Some((best, at)) => score > *best || (score == *best && other < *at),
        };
        if replace {
            *current = Some((score, other));
        }
    }
}

impl TextScores {
    /// Indexes both sides per language they share and scores the pairs the blocking brings
    /// together, keeping those scoring at least `keep`.
    fn build(analyzer: &Analyzer, left: &[Item], right: &[Item], block_df: u32, keep: f64) -> Self {
        let shared: Vec<String> = languages(left)
            .intersection(&languages(right))
            .cloned()
            .collect();
        let mut indexes = Vec::new();
        let mut pairs: HashMap<(u32, u32), Vec<(usize, f64)>> = HashMap::new();
        let mut best_left = vec![None; left.len()];
        let mut best_right = vec![None; right.len()];
        for language in shared {
            let terms = |items: &[Item]| -> Vec<Vec<String>> {
                items
                    .iter()
                    .map(|item| {
                        let mut out = Vec::new();
                        if let Some(text) = item.texts.get(&language) {
                            analyzer.terms(&language, text, &mut out);
                        }
                        out
                    })
                    .collect()
            };
            let index = Index::build(&terms(left), &terms(right));
            let position = indexes.len();
            let compared = index.compare(block_df, keep);
            for (l, r, score) in compared.pairs {
                pairs.entry((l, r)).or_default().push((position, score));
            }
            for (best, found) in best_left.iter_mut().zip(compared.best_left) {
                better(best, found);
            }
            for (best, found) in best_right.iter_mut().zip(compared.best_right) {
                better(best, found);
            }
            indexes.push((language, index));
        }
        Self {
            indexes,
            pairs,
            best_left,
            best_right,
        }
    }

    /// The best similarity of a pair over its languages, and the detail per language.
    fn of(&self, left: usize, right: usize) -> Option<(f64, Vec<(&str, f64)>)> {
        let scores: Vec<(&str, f64)> = match self.pairs.get(&(left as u32, right as u32)) {
            Some(found) => found
                .iter()
                .map(|&(language, score)| (self.indexes[language].0.as_str(), score))
                .collect(),
            None => self
                .indexes
                .iter()
                .filter(|(_, index)| !index.left[left].is_empty() && !index.right[right].is_empty())
                .map(|(language, index)| {
                    (
                        language.as_str(),
                        dot(&index.left[left], &index.right[right]),
                    )
                })
                .collect(),
        };
        let best = scores
            .iter()
            .map(|(_, score)| *score)
            .fold(None, |best: Option<f64>, s| {
                Some(best.map_or(s, |b| b.max(s)))
            })?;
        Some((best, scores))
    }
}

/// The dot product of two sorted sparse vectors, summed in term order.
fn dot(left: &Vector, right: &Vector) -> f64 {
    let (mut i, mut j, mut sum) = (0, 0, 0.0);
    while i < left.len() && j < right.len() {
        match left[i].0.cmp(&right[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                sum += left[i].1 * right[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    sum.min(1.0)
}

/// A candidate pair with its evidence.
struct Candidate {
    left: usize,
    right: usize,
    /// The kind of evidence that made it a candidate: the strongest it has. Candidates are
    /// assigned in the order of [`EvidenceKind`], then by score.
    strongest: EvidenceKind,
    score: f64,
    relation: Relation,
    evidence: Vec<Evidence>,
    /// For criteria: their units are not matched to each other.
    across_units: bool,
}

impl Candidate {
    /// Its item on one side.
    fn position(&self, side: Side) -> usize {
        match side {
            Side::Left => self.left,
            Side::Right => self.right,
        }
    }

    /// How strong it is: its strongest kind of evidence, then its score. Greater is stronger.
    fn strength(&self) -> Strength {
        Strength {
            kind: self.strongest,
            score: self.score,
        }
    }
}

/// The strength of a pair's evidence, to compare an across-units pair with in-unit ones.
#[derive(Clone, Copy, Debug)]
struct Strength {
    kind: EvidenceKind,
    score: f64,
}

impl Strength {
    /// The stronger of two, if any.
    fn max(a: Option<Strength>, b: Option<Strength>) -> Option<Strength> {
        match (a, b) {
            (Some(a), b) if a.beats(b) => Some(a),
            (a, None) => a,
            (_, b) => b,
        }
    }

    /// True when `self` is strictly stronger: a stronger kind of evidence (crosswalk over shared
    /// reference over text), or the same kind with a higher score.
    fn beats(self, other: Option<Strength>) -> bool {
        other.is_none_or(|other| {
            self.kind < other.kind || (self.kind == other.kind && self.score > other.score)
        })
    }
}

/// Candidates by (left, right).
type Candidates = BTreeMap<(usize, usize), Candidate>;

/// The languages an item is written in.
fn language_list(item: &Item) -> Vec<String> {
    item.texts.keys().cloned().collect()
}

/// The text evidence of a pair: its similarity per shared language, or that it has none.
fn text_evidence(
    scores: &TextScores,
    left: &[Item],
    right: &[Item],
    l: usize,
    r: usize,
) -> Evidence {
    match scores.of(l, r) {
        Some((best, per_language)) => Evidence {
            kind: EvidenceKind::Text,
            detail: Detail::Text {
                scores: per_language
                    .iter()
                    .map(|(language, score)| (language.to_string(), *score))
                    .collect(),
            },
            score: Some(round(best)),
        },
        None => Evidence {
            kind: EvidenceKind::Text,
            detail: Detail::NoSharedLanguage {
                left: language_list(&left[l]),
                right: language_list(&right[r]),
            },
            score: None,
        },
    }
}

/// The matches of one kind of item.
struct Assigned<'a> {
    kind: ItemKind,
    left: &'a [Item],
    right: &'a [Item],
    /// The assigned pairs, in (left, right) order.
    pairs: Vec<Candidate>,
    /// The best text score of each left item, and its right item.
    best_left: Vec<Option<(f64, usize)>>,
    /// The best text score of each right item, and its left item.
    best_right: Vec<Option<(f64, usize)>>,
    /// The lowest text score that makes a pair.
    threshold: f64,
}

impl Assigned<'_> {
    /// The items of one side.
    fn items(&self, side: Side) -> &[Item] {
        match side {
            Side::Left => self.left,
            Side::Right => self.right,
        }
    }

    /// The best text score of each item of one side, and its item on the other side.
    fn best(&self, side: Side) -> &[Option<(f64, usize)>] {
        match side {
            Side::Left => &self.best_left,
            Side::Right => &self.best_right,
        }
    }
}

/// The matched units of each side: its partner and the strength of the pair's evidence.
struct UnitPairs {
    left: Vec<Option<(usize, Strength)>>,
    right: Vec<Option<(usize, Strength)>>,
}

impl UnitPairs {
    /// The matched pairs of units among their items.
    fn of(assigned: &Assigned) -> Self {
        let mut pairs = UnitPairs {
            left: vec![None; assigned.left.len()],
            right: vec![None; assigned.right.len()],
        };
        for pair in &assigned.pairs {
            pairs.left[pair.left] = Some((pair.right, pair.strength()));
            pairs.right[pair.right] = Some((pair.left, pair.strength()));
        }
        pairs
    }

    /// The strength of the match of each item's unit, on one side.
    fn bars(sides: &[Option<(usize, Strength)>], items: &[Item]) -> Vec<Option<Strength>> {
        items
            .iter()
            .map(|item| sides[item.unit].map(|(_, strength)| strength))
            .collect()
    }
}

/// Pairs the items of one kind one-to-one, from every kind of evidence. For criteria, `units`
/// are the matched units: pairs inside them come first (see [`one_to_one`]).
fn assign<'a>(
    analyzer: &Analyzer,
    kind: ItemKind,
    (left, right): (&'a [Item], &'a [Item]),
    units: Option<&UnitPairs>,
    crosswalks: &Crosswalks,
    options: &CompareOptions,
) -> Assigned<'a> {
    let scores = TextScores::build(analyzer, left, right, options.block_df, options.threshold);
    let mut candidates = Candidates::new();
    add_crosswalk_candidates(&mut candidates, left, right, crosswalks);
    add_reference_candidates(&mut candidates, left, right);
    add_text_candidates(&mut candidates, &scores, left, right, options.threshold);
    add_missing_text_evidence(&mut candidates, &scores, left, right);
    let mut bars = [vec![None; left.len()], vec![None; right.len()]];
    if let Some(units) = units {
        for candidate in candidates.values_mut() {
            let partner = units.left[left[candidate.left].unit].map(|(partner, _)| partner);
            candidate.across_units = partner != Some(right[candidate.right].unit);
        }
        bars = [
            UnitPairs::bars(&units.left, left),
            UnitPairs::bars(&units.right, right),
        ];
    }
    Assigned {
        kind,
        left,
        right,
        pairs: one_to_one(candidates, left, right, bars),
        best_left: scores.best_left,
        best_right: scores.best_right,
        threshold: options.threshold,
    }
}

/// A candidate for every crosswalk alignment between items of the two sides.
fn add_crosswalk_candidates(
    candidates: &mut Candidates,
    left: &[Item],
    right: &[Item],
    crosswalks: &Crosswalks,
) {
    let right_position: HashMap<&str, usize> = right
        .iter()
        .enumerate()
        .map(|(position, item)| (item.id.as_str(), position))
        .collect();
    let mut by_left: HashMap<&str, Vec<(&str, &Alignments)>> = HashMap::new();
    for ((source, target), alignments) in crosswalks {
        by_left
            .entry(source.as_str())
            .or_default()
            .push((target.as_str(), alignments));
    }
    for (l, item) in left.iter().enumerate() {
        for &(target, alignments) in by_left.get(item.id.as_str()).into_iter().flatten() {
            let Some(&r) = right_position.get(target) else {
                continue;
            };
            let (relation, _, _) = &alignments[0];
            candidates.insert(
                (l, r),
                Candidate {
                    left: l,
                    right: r,
                    strongest: EvidenceKind::Crosswalk,
                    score: relation.weight(),
                    relation: *relation,
                    evidence: crosswalk_evidence(alignments),
                    across_units: false,
                },
            );
        }
    }
}

/// The evidence of a pair's crosswalk alignments.
fn crosswalk_evidence(alignments: &Alignments) -> Vec<Evidence> {
    alignments
        .iter()
        .map(|(relation, crosswalk, note)| Evidence {
            kind: EvidenceKind::Crosswalk,
            detail: Detail::Crosswalk {
                relation: *relation,
                crosswalk: crosswalk.clone(),
                note: note.clone(),
            },
            score: Some(relation.weight()),
        })
        .collect()
}

/// A candidate (or more evidence for one) for every pair sharing an ESCO skill.
fn add_reference_candidates(candidates: &mut Candidates, left: &[Item], right: &[Item]) {
    let mut by_uri: HashMap<&str, Vec<usize>> = HashMap::new();
    for (r, item) in right.iter().enumerate() {
        for uri in &item.esco {
            by_uri.entry(uri.as_str()).or_default().push(r);
        }
    }
    for (l, item) in left.iter().enumerate() {
        let mut shared: BTreeMap<usize, Vec<&str>> = BTreeMap::new();
        for uri in &item.esco {
            for &r in by_uri.get(uri.as_str()).into_iter().flatten() {
                shared.entry(r).or_default().push(uri);
            }
        }
        for (r, uris) in shared {
            let union = item.esco.union(&right[r].esco).count();
            let score = uris.len() as f64 / union as f64;
            let evidence = Evidence {
                kind: EvidenceKind::SharedReference,
                detail: Detail::SharedEsco {
                    uris: uris.iter().map(|uri| (*uri).to_owned()).collect(),
                },
                score: Some(round(score)),
            };
            candidates
                .entry((l, r))
                .and_modify(|candidate| candidate.evidence.push(evidence.clone()))
                .or_insert(Candidate {
                    left: l,
                    right: r,
                    strongest: EvidenceKind::SharedReference,
                    score,
                    relation: Relation::Similar,
                    evidence: vec![evidence],
                    across_units: false,
                });
        }
    }
}

/// Text evidence for the candidates the blocking brought together, and a candidate for every
/// other pair scoring at least the threshold.
fn add_text_candidates(
    candidates: &mut Candidates,
    scores: &TextScores,
    left: &[Item],
    right: &[Item],
    threshold: f64,
) {
    let mut text_pairs: Vec<(&(u32, u32), f64)> = scores
        .pairs
        .iter()
        .map(|(pair, per_language)| {
            (
                pair,
                per_language.iter().map(|(_, s)| *s).fold(0.0, f64::max),
            )
        })
        .collect();
    text_pairs.sort_by_key(|(pair, _)| **pair);
    for (&(l, r), score) in text_pairs {
        let (l, r) = (l as usize, r as usize);
        if let Some(candidate) = candidates.get_mut(&(l, r)) {
            candidate
                .evidence
                .push(text_evidence(scores, left, right, l, r));
        } else if score >= threshold {
            candidates.insert(
                (l, r),
                Candidate {
                    left: l,
                    right: r,
                    strongest: EvidenceKind::Text,
                    score,
                    relation: Relation::Similar,
                    evidence: vec![text_evidence(scores, left, right, l, r)],
                    across_units: false,
                },
            );
        }
    }
}

/// Crosswalk and reference pairs the blocking did not bring together still show their text.
fn add_missing_text_evidence(
    candidates: &mut Candidates,
    scores: &TextScores,
    left: &[Item],
    right: &[Item],
) {
    for candidate in candidates.values_mut() {
        if !candidate
            .evidence
            .iter()
            .any(|e| e.kind == EvidenceKind::Text)
        {
            candidate.evidence.push(text_evidence(
                scores,
                left,
                right,
                candidate.left,
                candidate.right,
            ));
        }
    }
}

/// The candidates taken one-to-one, strongest first; ties broken by the pair's ids, symmetric in
/// left and right. The pairs come back in (left, right) order.
///
/// Pairs inside matched units are taken first, on their own. Then all are taken again, where a
/// pair across units may take part only when its evidence beats, for each of its items, what
/// the in-unit matching found: the pair the first round gave it and the match of its unit
/// (`bars`, per item of each side). So a text similarity does not pull a criterion out of a
/// unit that a crosswalk matched, and a criterion is paired across units only for a good reason.
fn one_to_one(
    candidates: Candidates,
    left: &[Item],
    right: &[Item],
    bars: [Vec<Option<Strength>>; 2],
) -> Vec<Candidate> {
    let mut ordered: Vec<Candidate> = candidates.into_values().collect();
    let key = |c: &Candidate| {
        let (a, b) = (left[c.left].id.as_str(), right[c.right].id.as_str());
        if a <= b { (a, b) } else { (b, a) }
    };
    ordered.sort_by(|a, b| {
        a.strongest
            .cmp(&b.strongest)
            .then_with(|| b.score.total_cmp(&a.score))
            .then_with(|| key(a).cmp(&key(b)))
    });
    let [mut found_left, mut found_right] = bars;
    for at in greedy(&ordered, left.len(), right.len(), |c| !c.across_units) {
        let candidate = &ordered[at];
        let strength = Some(candidate.strength());
        found_left[candidate.left] = Strength::max(found_left[candidate.left], strength);
        found_right[candidate.right] = Strength::max(found_right[candidate.right], strength);
    }
    let chosen = greedy(&ordered, left.len(), right.len(), |c| {
        !c.across_units
            || (c.strength().beats(found_left[c.left]) && c.strength().beats(found_right[c.right]))
    });
    let mut chosen: BTreeSet<usize> = chosen.into_iter().collect();
    let mut pairs: Vec<Candidate> = ordered
        .into_iter()
        .enumerate()
        .filter_map(|(at, candidate)| chosen.remove(&at).then_some(candidate))
        .collect();
    pairs.sort_by_key(|c| (c.left, c.right));
    pairs
}

/// The positions of the `ordered` candidates taken one-to-one in that order, of those `eligible`.
fn greedy(
    ordered: &[Candidate],
    left: usize,
    right: usize,
    eligible: impl Fn(&Candidate) -> bool,
) -> Vec<usize> {
    let mut left_taken = vec![false; left];
    let mut right_taken = vec![false; right];
    let mut taken = Vec::new();
    for (at, candidate) in ordered.iter().enumerate() {
        if left_taken[candidate.left] || right_taken[candidate.right] || !eligible(candidate) {
            continue;
        }
        left_taken[candidate.left] = true;
        right_taken[candidate.right] = true;
        taken.push(at);
    }
    taken
}

/// Assessment methods by name, in model order.
fn methods(set: &BTreeSet<Method>) -> Vec<&'static str> {
    set.iter().map(|method| method.as_str()).collect()
}

/// `part / whole`, rounded; 0 for an empty whole.
fn share(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        round(part as f64 / whole as f64)
    }
}

/// Compares two documents: assigns their units and criteria, then reports.
pub(crate) fn compare_sides(
    graph: &StandardsGraph,
    left: &ComparedDocument,
    right: &ComparedDocument,
    options: &CompareOptions,
) -> Comparison {
    let analyzer = Analyzer::default();
    let crosswalks = crosswalks(graph, left, right);
    let units = assign(
        &analyzer,
        ItemKind::Unit,
        (&left.units, &right.units),
        None,
        &crosswalks,
        options,
    );
    let criteria = assign(
        &analyzer,
        ItemKind::Criterion,
        (&left.criteria, &right.criteria),
        Some(&UnitPairs::of(&units)),
        &crosswalks,
        options,
    );
    let kinds = [units, criteria];

    let mut matches = Vec::new();
    let mut assessment_differences = Vec::new();
    for assigned in &kinds {
        for candidate in &assigned.pairs {
            let (found, difference) = matched_pair(assigned, candidate, left, right, options);
            matches.push(found);
            assessment_differences.extend(difference);
        }
    }
    let unmatched_on = |side| -> Vec<Unmatched> {
        kinds
            .iter()
            .flat_map(|assigned| unmatched(assigned, side, &crosswalks))
            .collect()
    };
    let (unmatched_left, unmatched_right) = (unmatched_on(Side::Left), unmatched_on(Side::Right));
    let counts = CountsBySide {
        left: side_counts(&matches, &unmatched_left),
        right: side_counts(&matches, &unmatched_right),
    };
    let shared_languages: Vec<String> = left
        .summary
        .languages
        .intersection(&right.summary.languages)
        .cloned()
        .collect();
    let mut notes = document_notes(left, right, &shared_languages);
    let shared_references = shared_isco(left, right, &mut notes);
    Comparison {
        version: JSON_VERSION,
        left: left.summary.clone(),
        right: right.summary.clone(),
        coverage: coverage(&counts, left, right),
        counts,
        shared_languages,
        shared_references,
        matches,
        unmatched_left,
        unmatched_right,
        assessment_differences,
        notes,
        options: OptionsUsed {
            threshold: options.threshold,
            partial_below: options.partial_below,
        },
    }
}

/// An assigned pair as reported, and the difference in how its units are assessed, if any.
fn matched_pair(
    assigned: &Assigned,
    candidate: &Candidate,
    left: &ComparedDocument,
    right: &ComparedDocument,
    options: &CompareOptions,
) -> (Match, Option<AssessmentDifference>) {
    let (l, r) = (
        &assigned.left[candidate.left],
        &assigned.right[candidate.right],
    );
    let partial = matches!(candidate.relation, Relation::Minor | Relation::Related)
        || (candidate.strongest == EvidenceKind::Text && candidate.score < options.partial_below);
    let unit_methods = (assigned.kind == ItemKind::Unit)
        .then(|| (&left.unit_methods[l.unit], &right.unit_methods[r.unit]));
    let difference = unit_methods.and_then(|(lm, rm)| assessment_difference(l, r, lm, rm));
    let found = Match {
        kind: assigned.kind,
        left: l.id.clone(),
        right: r.id.clone(),
        left_title: l.title.clone(),
        right_title: r.title.clone(),
        left_texts: l.shown.clone(),
        right_texts: r.shown.clone(),
        score: round(candidate.score),
        relation: candidate.relation,
        status: if partial {
            MatchStatus::Partial
        } else {
            MatchStatus::Matched
        },
        across_units: candidate.across_units,
        evidence: candidate.evidence.clone(),
        level: LevelComparison::new(left.unit_eqf[l.unit], right.unit_eqf[r.unit]),
        assessment: unit_methods.map(|(lm, rm)| Assessment {
            left: methods(lm),
            right: methods(rm),
        }),
    };
    (found, difference)
}

/// A matched pair of units assessed by a practical task on one side and only in writing on the
/// other.
fn assessment_difference(
    l: &Item,
    r: &Item,
    lm: &BTreeSet<Method>,
    rm: &BTreeSet<Method>,
) -> Option<AssessmentDifference> {
    let only_written =
        |m: &BTreeSet<Method>| m.contains(&Method::WRITTEN) && !m.contains(&Method::PRACTICAL);
    let practical = if lm.contains(&Method::PRACTICAL) && only_written(rm) {
        Side::Left
    } else if rm.contains(&Method::PRACTICAL) && only_written(lm) {
        Side::Right
    } else {
        return None;
    };
    Some(AssessmentDifference {
        left: l.id.clone(),
        right: r.id.clone(),
        practical,
        left_methods: methods(lm),
        right_methods: methods(rm),
    })
}

/// The items of one side left without a partner, in order, with what can be said about why.
fn unmatched(assigned: &Assigned, side: Side, crosswalks: &Crosswalks) -> Vec<Unmatched> {
    let (items, others) = (assigned.items(side), assigned.items(side.other()));
    // Each matched item of the other side → its partner here.
    let holders: BTreeMap<usize, usize> = assigned
        .pairs
        .iter()
        .map(|c| (c.position(side.other()), c.position(side)))
        .collect();
    let taken: BTreeSet<usize> = holders.values().copied().collect();
    let other_languages = languages(others);
    let best = assigned.best(side);
    items
        .iter()
        .enumerate()
        .filter(|(position, _)| !taken.contains(position))
        .map(|(position, item)| {
            let mut why = Vec::new();
            if !item.texts.keys().any(|l| other_languages.contains(l)) {
                why.push(Note::NoSharedLanguage {
                    here: language_list(item),
                    there: other_languages.iter().cloned().collect(),
                });
            }
            if let Some(lost) = lost_alignment(crosswalks, &item.id, side, others) {
                why.push(lost);
            } else if let Some((score, other)) = best[position] {
                let closest = others[other].id.clone();
                if let Some(&holder) = holders.get(&other) {
                    let holder = items[holder].id.clone();
                    why.push(Note::ClosestTaken {
                        closest,
                        score,
                        holder,
                    });
                } else if score >= assigned.threshold {
                    // Close enough to pair, and both free: only the in-unit rule kept them apart.
                    why.push(Note::ClosestInOtherUnit { closest, score });
                }
            }
            Unmatched {
                kind: assigned.kind,
                id: item.id.clone(),
                title: item.title.clone(),
                texts: item.shown.clone(),
                closest: best[position].map(|(score, other)| Closest {
                    id: others[other].id.clone(),
                    score: round(score),
                }),
                why,
            }
        })
        .collect()
}

/// A crosswalk alignment of an item of `side` that lost to a stronger pair.
fn lost_alignment(crosswalks: &Crosswalks, id: &str, side: Side, others: &[Item]) -> Option<Note> {
    crosswalks
        .iter()
        .filter_map(|((source, target), alignments)| {
            let strongest = alignments[0].0;
            let (this, other, relation) = match side {
                Side::Left => (source, target, strongest),
                Side::Right => (target, source, strongest.inverse()),
            };
            (this == id && others.iter().any(|item| &item.id == other))
                .then(|| (other.clone(), relation))
        })
        .min()
        .map(|(other, relation)| Note::LostAlignment { other, relation })
}

/// The counts of one side: every match counts on both sides.
fn side_counts(matches: &[Match], unmatched: &[Unmatched]) -> SideCounts {
    fn of_kind(counts: &mut SideCounts, kind: ItemKind) -> &mut Counts {
        match kind {
            ItemKind::Unit => &mut counts.units,
            ItemKind::Criterion => &mut counts.criteria,
        }
    }
    let mut counts = SideCounts::default();
    for found in matches {
        let counts = of_kind(&mut counts, found.kind);
        match found.status {
            MatchStatus::Matched => counts.matched += 1,
            MatchStatus::Partial => counts.partial += 1,
        }
    }
    for item in unmatched {
        of_kind(&mut counts, item.kind).unmatched += 1;
    }
    counts
}

/// The share of each side's units and criteria that are matched.
fn coverage(counts: &CountsBySide, left: &ComparedDocument, right: &ComparedDocument) -> Coverage {
    let covered = |c: &Counts| c.matched + c.partial;
    Coverage {
        left_units: share(covered(&counts.left.units), left.units.len()),
        right_units: share(covered(&counts.right.units), right.units.len()),
        left_criteria: share(covered(&counts.left.criteria), left.criteria.len()),
        right_criteria: share(covered(&counts.right.criteria), right.criteria.len()),
    }
}

/// Remarks on the documents as a whole: no shared language, levels not referenced to the EQF.
fn document_notes(
    left: &ComparedDocument,
    right: &ComparedDocument,
    shared_languages: &[String],
) -> Vec<DocumentNote> {
    let mut notes = Vec::new();
    if shared_languages.is_empty() {
        notes.push(DocumentNote::NoSharedLanguage {
            left: left.summary.languages.iter().cloned().collect(),
            right: right.summary.languages.iter().cloned().collect(),
        });
    }
    for (side, document) in [(Side::Left, left), (Side::Right, right)] {
        if !document.units.is_empty() && document.unit_eqf.iter().all(Option::is_none) {
            notes.push(DocumentNote::NoEqf { side });
        }
    }
    notes
}

/// The ISCO-08 unit group both documents share, or a note that they differ.
fn shared_isco(
    left: &ComparedDocument,
    right: &ComparedDocument,
    notes: &mut Vec<DocumentNote>,
) -> Vec<Evidence> {
    let (Some(a), Some(b)) = (&left.summary.isco, &right.summary.isco) else {
        return Vec::new();
    };
    if a != b {
        notes.push(DocumentNote::DifferentIsco {
            left: a.clone(),
            right: b.clone(),
        });
        return Vec::new();
    }
    vec![Evidence {
        kind: EvidenceKind::SharedReference,
        detail: Detail::SharedIsco { code: a.clone() },
        score: Some(1.0),
    }]
}
