//! Candidate pairs from every kind of evidence, and their one-to-one assignment.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use kasb_graph::StandardsGraph;
use kasb_model::Document;

use crate::side::{Item, Method, Side};
use crate::text::{Analyzer, Index, Vector};
use crate::{
    Assessment, AssessmentDifference, Closest, CompareOptions, Comparison, Counts, CountsBySide,
    Coverage, Evidence, EvidenceKind, ItemKind, JSON_VERSION, LevelComparison, Match, MatchStatus,
    OptionsUsed, Relation, SideCounts, Unmatched, round,
};

/// Crosswalk alignments between items: (left id, right id) → (relation read from left, crosswalk
/// id, note).
type Crosswalks = HashMap<(String, String), Alignments>;

/// The alignments of one pair, strongest first.
type Alignments = Vec<(Relation, String, Option<String>)>;

/// Collects every crosswalk alignment between documents of the two sides.
fn crosswalks(graph: &StandardsGraph, left: &Side, right: &Side) -> Crosswalks {
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
        let resolve = |document: &str, item: &str| -> Option<String> {
            let local = format!("{document}/{item}");
            if graph.node(&local).is_some() {
                Some(local)
            } else {
                graph.node(item).map(|node| node.id.clone())
            }
        };
        for alignment in &crosswalk.alignments {
            let (Some(source), Some(target)) = (
                resolve(&crosswalk.source, &alignment.source),
                resolve(&crosswalk.target, &alignment.target),
            ) else {
                continue;
            };
            let relation = Relation::from_alignment(alignment.relation);
            let note = alignment
                .note
                .as_ref()
                .map(|note| note.any().split_whitespace().collect::<Vec<_>>().join(" "));
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
        list.sort_by(|a, b| {
            b.0.weight()
                .total_cmp(&a.0.weight())
                .then_with(|| a.0.cmp(&b.0))
                .then_with(|| a.1.cmp(&b.1))
        });
        list.dedup();
    }
    found
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
    fn build(analyzer: &Analyzer, left: &[Item], right: &[Item], block_df: u32, keep: f64) -> Self {
        let languages = |items: &[Item]| -> BTreeSet<String> {
            items
                .iter()
                .flat_map(|item| item.texts.keys().cloned())
                .collect()
        };
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
    /// 0 crosswalk, 1 shared reference, 2 text.
    tier: u8,
    score: f64,
    relation: Relation,
    evidence: Vec<Evidence>,
}

fn language_list(item: &Item) -> String {
    item.texts.keys().cloned().collect::<Vec<_>>().join(", ")
}

fn text_evidence(
    scores: &TextScores,
    left: &[Item],
    right: &[Item],
    l: usize,
    r: usize,
) -> Evidence {
    match scores.of(l, r) {
        Some((best, per_language)) => {
            let detail = per_language
                .iter()
                .map(|(language, score)| format!("{score:.2} in {language}"))
                .collect::<Vec<_>>()
                .join(", ");
            Evidence {
                kind: EvidenceKind::Text,
                detail: format!("TF-IDF cosine of the texts: {detail}"),
                score: Some(round(best)),
            }
        }
        None => Evidence {
            kind: EvidenceKind::Text,
            detail: format!(
                "no shared language: texts not compared (left: {}; right: {})",
                or_none(&language_list(&left[l])),
                or_none(&language_list(&right[r]))
            ),
            score: None,
        },
    }
}

fn or_none(text: &str) -> &str {
    if text.is_empty() { "none" } else { text }
}

/// The matches of one kind of item.
struct Assigned {
    /// (left, right, candidate)
    pairs: Vec<Candidate>,
    best_left: Vec<Option<(f64, usize)>>,
    best_right: Vec<Option<(f64, usize)>>,
    scores: TextScores,
}

fn assign(
    analyzer: &Analyzer,
    left: &[Item],
    right: &[Item],
    crosswalks: &Crosswalks,
    options: &CompareOptions,
) -> Assigned {
    let scores = TextScores::build(analyzer, left, right, options.block_df, options.threshold);
    let mut candidates: BTreeMap<(usize, usize), Candidate> = BTreeMap::new();

    // Crosswalks.
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
            let evidence = alignments
                .iter()
                .map(|(relation, crosswalk, note)| Evidence {
                    kind: EvidenceKind::Crosswalk,
                    detail: match note {
                        Some(note) => {
                            format!("{} in crosswalk {crosswalk}: {note}", relation.as_str())
                        }
                        None => format!("{} in crosswalk {crosswalk}", relation.as_str()),
                    },
                    score: Some(relation.weight()),
                })
                .collect();
            candidates.insert(
                (l, r),
                Candidate {
                    left: l,
                    right: r,
                    tier: 0,
                    score: relation.weight(),
                    relation: *relation,
                    evidence,
                },
            );
        }
    }

    // Shared ESCO references.
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
                detail: format!("same ESCO skill: {}", uris.join(", ")),
                score: Some(round(score)),
            };
            candidates
                .entry((l, r))
                .and_modify(|candidate| candidate.evidence.push(evidence.clone()))
                .or_insert(Candidate {
                    left: l,
                    right: r,
                    tier: 1,
                    score,
                    relation: Relation::Similar,
                    evidence: vec![evidence],
                });
        }
    }

    // Texts.
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
                .push(text_evidence(&scores, left, right, l, r));
        } else if score >= options.threshold {
            candidates.insert(
                (l, r),
                Candidate {
                    left: l,
                    right: r,
                    tier: 2,
                    score,
                    relation: Relation::Similar,
                    evidence: vec![text_evidence(&scores, left, right, l, r)],
                },
            );
        }
    }
    // Crosswalk and reference pairs the blocking did not bring together still show their text.
    for candidate in candidates.values_mut() {
        if !candidate
            .evidence
            .iter()
            .any(|e| e.kind == EvidenceKind::Text)
        {
            candidate.evidence.push(text_evidence(
                &scores,
                left,
                right,
                candidate.left,
                candidate.right,
            ));
        }
    }

    // One-to-one, strongest first; ties broken by the pair's ids, symmetric in left and right.
    let mut ordered: Vec<Candidate> = candidates.into_values().collect();
    let key = |c: &Candidate| {
        let (a, b) = (left[c.left].id.as_str(), right[c.right].id.as_str());
        if a <= b { (a, b) } else { (b, a) }
    };
    ordered.sort_by(|a, b| {
        a.tier
            .cmp(&b.tier)
            .then_with(|| b.score.total_cmp(&a.score))
            .then_with(|| key(a).cmp(&key(b)))
    });
    let mut left_taken = vec![false; left.len()];
    let mut right_taken = vec![false; right.len()];
    let mut pairs = Vec::new();
    for candidate in ordered {
        if left_taken[candidate.left] || right_taken[candidate.right] {
            continue;
        }
        left_taken[candidate.left] = true;
        right_taken[candidate.right] = true;
        pairs.push(candidate);
    }
    pairs.sort_by_key(|c| (c.left, c.right));
    Assigned {
        pairs,
        best_left: scores.best_left.clone(),
        best_right: scores.best_right.clone(),
        scores,
    }
}

fn methods(set: &BTreeSet<Method>) -> Vec<&'static str> {
    set.iter().map(|method| method.as_str()).collect()
}

fn share(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        round(part as f64 / whole as f64)
    }
}

pub(crate) fn compare_sides(
    graph: &StandardsGraph,
    left: &Side,
    right: &Side,
    options: &CompareOptions,
) -> Comparison {
    let analyzer = Analyzer::default();
    let crosswalks = crosswalks(graph, left, right);
    let units = assign(&analyzer, &left.units, &right.units, &crosswalks, options);
    let criteria = assign(
        &analyzer,
        &left.criteria,
        &right.criteria,
        &crosswalks,
        options,
    );

    let mut matches = Vec::new();
    let mut assessment_differences = Vec::new();
    let mut counts = CountsBySide::default();
    for (kind, assigned, left_items, right_items) in [
        (ItemKind::Unit, &units, &left.units, &right.units),
        (
            ItemKind::Criterion,
            &criteria,
            &left.criteria,
            &right.criteria,
        ),
    ] {
        for candidate in &assigned.pairs {
            let (l, r) = (&left_items[candidate.left], &right_items[candidate.right]);
            let partial = matches!(candidate.relation, Relation::Minor | Relation::Related)
                || (candidate.tier == 2 && candidate.score < options.partial_below);
            let status = if partial {
                MatchStatus::Partial
            } else {
                MatchStatus::Matched
            };
            for (side, counts) in [(0, &mut counts.left), (1, &mut counts.right)] {
                let _ = side;
                let counts = match kind {
                    ItemKind::Unit => &mut counts.units,
                    ItemKind::Criterion => &mut counts.criteria,
                };
                if partial {
                    counts.partial += 1;
                } else {
                    counts.matched += 1;
                }
            }
            let level = LevelComparison::new(left.unit_eqf[l.unit], right.unit_eqf[r.unit]);
            let assessment = (kind == ItemKind::Unit).then(|| {
                let (lm, rm) = (&left.unit_methods[l.unit], &right.unit_methods[r.unit]);
                let only_written = |m: &BTreeSet<Method>| {
                    m.contains(&Method::WRITTEN) && !m.contains(&Method::PRACTICAL)
                };
                let practical = if lm.contains(&Method::PRACTICAL) && only_written(rm) {
                    Some("left")
                } else if rm.contains(&Method::PRACTICAL) && only_written(lm) {
                    Some("right")
                } else {
                    None
                };
                if let Some(practical) = practical {
                    assessment_differences.push(AssessmentDifference {
                        left: l.id.clone(),
                        right: r.id.clone(),
                        practical,
                        left_methods: methods(lm),
                        right_methods: methods(rm),
                    });
                }
                Assessment {
                    left: methods(lm),
                    right: methods(rm),
                }
            });
            matches.push(Match {
                kind,
                left: l.id.clone(),
                right: r.id.clone(),
                left_title: l.title.clone(),
                right_title: r.title.clone(),
                score: round(candidate.score),
                relation: candidate.relation,
                status,
                evidence: candidate.evidence.clone(),
                level,
                assessment,
            });
        }
    }

    let unmatched = |items: &[Item],
                     others: &[Item],
                     taken: &BTreeSet<usize>,
                     best: &[Option<(f64, usize)>],
                     partner_taken_by: &dyn Fn(usize) -> Option<String>,
                     crosswalk_partner: &dyn Fn(&str) -> Option<String>,
                     kind: ItemKind,
                     other_languages: &BTreeSet<String>| {
        items
            .iter()
            .enumerate()
            .filter(|(position, _)| !taken.contains(position))
            .map(|(position, item)| {
                let closest = best[position].map(|(score, other)| Closest {
                    id: others[other].id.clone(),
                    score: round(score),
                });
                let mut notes = Vec::new();
                if !item
                    .texts
                    .keys()
                    .any(|language| other_languages.contains(language))
                {
                    notes.push(format!(
                        "no language in common with the other side ({} here; {} there)",
                        or_none(&language_list(item)),
                        or_none(
                            &other_languages
                                .iter()
                                .cloned()
                                .collect::<Vec<_>>()
                                .join(", ")
                        )
                    ));
                }
                if let Some(partner) = crosswalk_partner(&item.id) {
                    notes.push(partner);
                } else if let Some((score, other)) = best[position]
                    && let Some(holder) = partner_taken_by(other)
                {
                    notes.push(format!(
                        "its closest text ({}, {:.2}) is matched to {holder}",
                        others[other].id, score
                    ));
                }
                Unmatched {
                    kind,
                    id: item.id.clone(),
                    title: item.title.clone(),
                    closest,
                    note: (!notes.is_empty()).then(|| notes.join("; ")),
                }
            })
            .collect::<Vec<_>>()
    };

    let mut unmatched_left = Vec::new();
    let mut unmatched_right = Vec::new();
    for (kind, assigned, left_items, right_items) in [
        (ItemKind::Unit, &units, &left.units, &right.units),
        (
            ItemKind::Criterion,
            &criteria,
            &left.criteria,
            &right.criteria,
        ),
    ] {
        let left_taken: BTreeMap<usize, usize> =
            assigned.pairs.iter().map(|c| (c.left, c.right)).collect();
        let right_taken: BTreeMap<usize, usize> =
            assigned.pairs.iter().map(|c| (c.right, c.left)).collect();
        let languages = |items: &[Item]| -> BTreeSet<String> {
            items
                .iter()
                .flat_map(|item| item.texts.keys().cloned())
                .collect()
        };
        let (left_languages, right_languages) = (languages(left_items), languages(right_items));
        let _ = &assigned.scores;
        // A crosswalk alignment that lost to a stronger pair.
        let lost = |id: &str, from_left: bool| -> Option<String> {
            crosswalks
                .iter()
                .filter(|((source, target), _)| if from_left { source == id } else { target == id })
                .map(|((source, target), alignments)| {
                    let other = if from_left { target } else { source };
                    let relation = if from_left { alignments[0].0 } else { alignments[0].0.inverse() };
                    (other.clone(), relation)
                })
                .filter(|(other, _)| {
                    let others = if from_left { right_items } else { left_items };
                    others.iter().any(|item| &item.id == other)
                })
                .min()
                .map(|(other, relation)| {
                    format!(
                        "a crosswalk aligns it with {other} ({}), which is matched to a stronger partner",
                        relation.as_str()
                    )
                })
        };
        unmatched_left.extend(unmatched(
            left_items,
            right_items,
            &left_taken.keys().copied().collect(),
            &assigned.best_left,
            &|r| right_taken.get(&r).map(|&l| left_items[l].id.clone()),
            &|id| lost(id, true),
            kind,
            &right_languages,
        ));
        unmatched_right.extend(unmatched(
            right_items,
            left_items,
            &right_taken.keys().copied().collect(),
            &assigned.best_right,
            &|l| left_taken.get(&l).map(|&r| right_items[r].id.clone()),
            &|id| lost(id, false),
            kind,
            &left_languages,
        ));
    }
    for item in &unmatched_left {
        let counts = &mut counts.left;
        match item.kind {
            ItemKind::Unit => counts.units.unmatched += 1,
            ItemKind::Criterion => counts.criteria.unmatched += 1,
        }
    }
    for item in &unmatched_right {
        let counts = &mut counts.right;
        match item.kind {
            ItemKind::Unit => counts.units.unmatched += 1,
            ItemKind::Criterion => counts.criteria.unmatched += 1,
        }
    }

    let covered = |c: &Counts| c.matched + c.partial;
    let coverage = Coverage {
        left_units: share(covered(&counts.left.units), left.units.len()),
        right_units: share(covered(&counts.right.units), right.units.len()),
        left_criteria: share(covered(&counts.left.criteria), left.criteria.len()),
        right_criteria: share(covered(&counts.right.criteria), right.criteria.len()),
    };

    let shared_languages: Vec<String> = left
        .summary
        .languages
        .intersection(&right.summary.languages)
        .cloned()
        .collect();
    let mut notes = Vec::new();
    if shared_languages.is_empty() {
        notes.push(format!(
            "The documents share no language ({} / {}): their texts were not compared; only crosswalks and shared references count.",
            or_none(&left.summary.languages.iter().cloned().collect::<Vec<_>>().join(", ")),
            or_none(&right.summary.languages.iter().cloned().collect::<Vec<_>>().join(", "))
        ));
    }
    for (name, side) in [("left", left), ("right", right)] {
        if !side.units.is_empty() && side.unit_eqf.iter().all(Option::is_none) {
            notes.push(format!(
                "The {name} document's levels are not referenced to the EQF: levels are not comparable."
            ));
        }
    }
    let mut shared_references = Vec::new();
    if let (Some(a), Some(b)) = (&left.summary.isco, &right.summary.isco) {
        if a == b {
            shared_references.push(Evidence {
                kind: EvidenceKind::SharedReference,
                detail: format!("same ISCO-08 unit group {a}"),
                score: Some(1.0),
            });
        } else {
            notes.push(format!("Different ISCO-08 unit groups: {a} and {b}."));
        }
    }
    let _ = SideCounts::default();

    Comparison {
        version: JSON_VERSION,
        left: left.summary.clone(),
        right: right.summary.clone(),
        coverage,
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
