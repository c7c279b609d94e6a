//! Many documents at once: pairwise coverage, the common core and what is unique to each.

use std::collections::BTreeSet;

use kasb_graph::StandardsGraph;
use serde::Serialize;

use crate::Texts;
use crate::side::{ComparedDocument, Item};
use crate::{
    CompareError, CompareOptions, Comparison, Coverage, DocumentSummary, JSON_VERSION, side,
};

/// A unit named in a matrix.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ItemRef {
    /// Its global id.
    pub id: String,
    /// Its title.
    pub title: String,
    /// Its title in every language it has (not in JSON).
    #[serde(skip)]
    pub texts: Texts,
}

/// One pair of a matrix, in numbers.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PairSummary {
    /// The left document id (earlier in the list).
    pub left: String,
    /// The right document id.
    pub right: String,
    /// Coverage both ways.
    pub coverage: Coverage,
    /// How many unit pairs matched (fully or partially).
    pub unit_matches: usize,
    /// How many criterion pairs matched.
    pub criterion_matches: usize,
    /// The EQF differences (right − left) of the matched unit pairs whose levels compare.
    pub level_deltas: Vec<i16>,
    /// How many matched unit pairs are assessed practically on one side and only in writing on
    /// the other.
    pub assessment_differences: usize,
}

/// A unit of the first document matched in every other document.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CoreRow {
    /// One unit per document, in the matrix's document order.
    pub units: Vec<ItemRef>,
}

/// The units of one document matched in no other.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Unique {
    /// The document id.
    pub document: String,
    /// Its units with no match in any other document, in document order.
    pub units: Vec<ItemRef>,
}

/// The comparison of many documents (JSON shape, `"version": 1`):
///
/// `{"version":1,"kind":"matrix","documents":[{"id","kind","country","title","languages",
/// "units","criteria",…}],"units":[[F,…],…],"criteria":[[F,…],…],"pairs":[{"left","right",
/// "coverage":{…},"unit_matches","criterion_matches","level_deltas":[N],
/// "assessment_differences":N}],"common_core":[{"units":[{"id","title"},…]}],
/// "unique":[{"document","units":[{"id","title"}]}]}`.
///
/// `units[i][j]` is the share of document *i*'s units matched in document *j* (1 on the
/// diagonal); `criteria` likewise. The common core is anchored on the first document: its units
/// matched in every other document, with their partners.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Matrix {
    /// The contract version: 1.
    pub version: u32,
    /// Always `matrix`.
    pub kind: &'static str,
    /// The documents, in the order given.
    pub documents: Vec<DocumentSummary>,
    /// Unit coverage: row covered by column.
    pub units: Vec<Vec<f64>>,
    /// Criterion coverage: row covered by column.
    pub criteria: Vec<Vec<f64>>,
    /// Every pair (i < j), in order.
    pub pairs: Vec<PairSummary>,
    /// Units of the first document matched in all others.
    pub common_core: Vec<CoreRow>,
    /// What is unique to each document.
    pub unique: Vec<Unique>,
    /// The full pairwise comparisons, in the order of `pairs` (not in the JSON: compare a pair
    /// for its details).
    #[serde(skip)]
    pub comparisons: Vec<Comparison>,
}

/// Compares every pair of the given documents.
///
/// # Errors
/// [`CompareError::TooFew`] for fewer than two ids; otherwise as [`crate::compare`].
pub fn compare_matrix<S: AsRef<str>>(
    graph: &StandardsGraph,
    ids: &[S],
    options: &CompareOptions,
) -> Result<Matrix, CompareError> {
    if ids.len() < 2 {
        return Err(CompareError::TooFew { count: ids.len() });
    }
    let sides = ids
        .iter()
        .map(|id| side::side(graph, id.as_ref()))
        .collect::<Result<Vec<_>, _>>()?;
    let n = sides.len();
    let mut units = vec![vec![1.0; n]; n];
    let mut criteria = vec![vec![1.0; n]; n];
    let mut pairs = Vec::new();
    let mut comparisons = Vec::new();
    for i in 0..n {
        for j in i + 1..n {
            let comparison = crate::matching::compare_sides(graph, &sides[i], &sides[j], options);
            units[i][j] = comparison.coverage.left_units;
            units[j][i] = comparison.coverage.right_units;
            criteria[i][j] = comparison.coverage.left_criteria;
            criteria[j][i] = comparison.coverage.right_criteria;
            pairs.push(pair_summary(&comparison));
            comparisons.push(comparison);
        }
    }
    Ok(Matrix {
        version: JSON_VERSION,
        kind: "matrix",
        common_core: common_core(&sides[0], &comparisons[..n - 1]),
        unique: unique(&sides, &comparisons),
        documents: sides.into_iter().map(|side| side.summary).collect(),
        units,
        criteria,
        pairs,
        comparisons,
    })
}

/// A pair of a matrix, in numbers.
fn pair_summary(comparison: &Comparison) -> PairSummary {
    PairSummary {
        left: comparison.left.id.clone(),
        right: comparison.right.id.clone(),
        coverage: comparison.coverage,
        unit_matches: comparison.unit_matches().count(),
        criterion_matches: comparison.criterion_matches().count(),
        level_deltas: comparison
            .unit_matches()
            .filter_map(|m| m.level.delta)
            .collect(),
        assessment_differences: comparison.assessment_differences.len(),
    }
}

impl ItemRef {
    fn of(item: &Item) -> Self {
        Self {
            id: item.id.clone(),
            title: item.title.clone(),
            texts: item.shown.clone(),
        }
    }
}

/// The units of the first document matched in every other, with their partners; `from_first`
/// holds the comparisons of the first document with each other, in order.
fn common_core(first: &ComparedDocument, from_first: &[Comparison]) -> Vec<CoreRow> {
    let mut common_core = Vec::new();
    for unit in &first.units {
        let partners: Vec<Option<ItemRef>> = from_first
            .iter()
            .map(|comparison| {
                comparison
                    .unit_matches()
                    .find(|m| m.left == unit.id)
                    .map(|m| ItemRef {
                        id: m.right.clone(),
                        title: m.right_title.clone(),
                        texts: m.right_texts.clone(),
                    })
            })
            .collect();
        if partners.iter().all(Option::is_some) {
            let mut row = vec![ItemRef::of(unit)];
            row.extend(partners.into_iter().flatten());
            common_core.push(CoreRow { units: row });
        }
    }
    common_core
}

/// The units of each document matched in no other; `comparisons` are the pairs (a, b), a < b,
/// in order.
fn unique(sides: &[ComparedDocument], comparisons: &[Comparison]) -> Vec<Unique> {
    let n = sides.len();
    let mut unique = Vec::new();
    for (i, side) in sides.iter().enumerate() {
        let mut matched: BTreeSet<&str> = BTreeSet::new();
        let mut k = 0;
        for a in 0..n {
            for b in a + 1..n {
                let comparison = &comparisons[k];
                k += 1;
                for m in comparison.unit_matches() {
                    if a == i {
                        matched.insert(&m.left);
                    } else if b == i {
                        matched.insert(&m.right);
                    }
                }
            }
        }
        unique.push(Unique {
            document: side.summary.id.clone(),
            units: side
                .units
                .iter()
                .filter(|unit| !matched.contains(unit.id.as_str()))
                .map(ItemRef::of)
                .collect(),
        });
    }
    unique
}
