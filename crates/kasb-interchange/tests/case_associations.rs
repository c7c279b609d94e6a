//! CASE associations beyond the tree (`exactMatchOf`, `isRelatedTo`, `precedes`, …) become typed
//! associations of the imported entries and graph edges with their meaning, on the real Smarter
//! Balanced math package; an unresolved association target is reported like any reference.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use kasb_diagnostics::Severity;
use kasb_interchange::case;
use kasb_model::{AlignmentRelation, AssociationRelation, Document, EdgeKind, NodeKind};

fn wild(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/data/case-wild")
        .join(name)
}

/// Imports `name` into a temporary directory and checks it as `kasb check` does.
fn import_and_check(name: &str) -> (tempfile::TempDir, kasb::Report) {
    let import = case::import_file(&wild(name));
    assert_eq!(import.count(Severity::Error), 0, "{:#?}", import.problems);
    let dir = tempfile::tempdir().unwrap();
    import.write(dir.path(), false).unwrap();
    let report = kasb::check(&[dir.path().to_path_buf()], &kasb::CheckOptions::default()).unwrap();
    (dir, report)
}

#[test]
fn smarter_balanced_math_associations_become_edges_with_their_meaning() {
    let (_dir, report) = import_and_check("smarter-balanced/mockMATH.json");
    let errors: Vec<_> = report
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let graph = &report.graph;
    let Document::Classification(classification) = &graph.workspace().documents[0].document else {
        panic!("a classification");
    };
    // Every association the package starts from one of its items, by relation and whether
    // its target is an item of the package (a code) or outside it (a URI).
    let mut kept: BTreeMap<(AssociationRelation, bool), usize> = BTreeMap::new();
    for association in classification.entries.iter().flat_map(|e| &e.associations) {
        assert!(association.target.is_some() != association.uri.is_some());
        *kept
            .entry((association.relation, association.target.is_some()))
            .or_default() += 1;
    }
    use AssociationRelation as R;
    let expected = BTreeMap::from([
        ((R::ExactMatchOf, false), 914),
        ((R::IsRelatedTo, false), 1087),
        ((R::IsRelatedTo, true), 373),
        ((R::Precedes, true), 420),
    ]);
    assert_eq!(kept, expected);
    // 4 associations start outside the package (1 isRelatedTo, 3 precedes): sidecar only.
    assert_eq!(kept.values().sum::<usize>(), 2798 - 4);
    // The package's edges (the reference set's ISCO is in the graph too).
    let prefix = format!("{}/", classification.id);
    let mut edges: HashMap<EdgeKind, usize> = HashMap::new();
    for link in graph.links() {
        if link.from().kind == NodeKind::ClassificationEntry && link.from().id.starts_with(&prefix)
        {
            *edges.entry(link.kind()).or_default() += 1;
        }
    }
    let related = EdgeKind::Aligned {
        relation: AlignmentRelation::Related,
    };
    let expected = HashMap::from([
        // 585 items in their document, 562 of them under a parent item (isChildOf).
        (EdgeKind::PartOf, 585 + 562),
        (EdgeKind::Prerequisite, 420),
        (related, 373),
    ]);
    assert_eq!(edges, expected);
}

#[test]
fn precedes_is_the_prerequisite_of_its_target() {
    let (_dir, report) = import_and_check("smarter-balanced/mockMATH.json");
    let graph = &report.graph;
    let Document::Classification(classification) = &graph.workspace().documents[0].document else {
        panic!("a classification");
    };
    let (entry, association) = classification
        .entries
        .iter()
        .find_map(|entry| {
            let association = entry
                .associations
                .iter()
                .find(|a| a.relation == AssociationRelation::Precedes)?;
            Some((entry, association))
        })
        .unwrap();
    let later_id = format!(
        "{}/{}",
        classification.id,
        association.target.as_ref().unwrap()
    );
    let earlier = format!("{}/{}", classification.id, entry.code);
    let later = graph.index(&later_id).unwrap();
    assert!(
        graph
            .links_from(later)
            .any(|link| link.kind() == EdgeKind::Prerequisite && link.to().id == earlier),
        "{later_id} should have {earlier} as a prerequisite"
    );
}

#[test]
fn an_association_to_nothing_is_reported_where_it_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let yaml = "kind: Classification\nformat: 1\nid: codes\ntitle: Codes\nlanguage: en\n\
                entries:\n  - code: A\n    title: A\n    associations:\n      \
                - relation: is_peer_of\n        target: B\n      \
                - relation: exact_match_of\n        target: codes/missing\n  \
                - code: B\n    title: B\n";
    std::fs::write(dir.path().join("codes.yaml"), yaml).unwrap();
    let report = kasb::check(&[dir.path().to_path_buf()], &kasb::CheckOptions::default()).unwrap();
    let found: Vec<(&str, u32, u32)> = report
        .diagnostics
        .iter()
        .map(|d| (d.rule.code, d.location.line(), d.location.column()))
        .collect();
    assert_eq!(found, [("K202", 13, 17)], "{:#?}", report.diagnostics);
    let peer = EdgeKind::Associated {
        relation: AssociationRelation::IsPeerOf,
    };
    let a = report.graph.index("codes/A").unwrap();
    let targets: Vec<(EdgeKind, &str)> = report
        .graph
        .links_from(a)
        .map(|link| (link.kind(), link.to().id.as_str()))
        .collect();
    assert!(targets.contains(&(peer, "codes/B")), "{targets:?}");
}
