//! Properties on the bundled welder standard: shuffling its units, elements, criteria and
//! statements changes nothing; renaming one criterion's id gives exactly one rename.

use kasb_diff::{ChangeKind, DiffConfig, diff_documents};
use kasb_model::{Document, OccupationalStandard};
use proptest::prelude::*;

fn standard() -> OccupationalStandard {
    let text = include_str!("fixtures/rename/base/standard.yaml");
    let workspace =
        kasb_load::load_sources([("standard.yaml", text)], &Default::default()).unwrap();
    match &workspace.documents[0].document {
        Document::OccupationalStandard(standard) => standard.clone(),
        other => panic!("not a standard: {}", other.kind()),
    }
}

/// Reorders `list` by the ranks in `keys` (cycled).
fn shuffle<T>(list: &mut Vec<T>, keys: &[u32]) {
    let mut ranked: Vec<(u32, usize, T)> = list
        .drain(..)
        .enumerate()
        .map(|(i, item)| (keys[i % keys.len()], i, item))
        .collect();
    ranked.sort_by_key(|(key, i, _)| (*key, *i));
    list.extend(ranked.into_iter().map(|(_, _, item)| item));
}

fn diff(old: OccupationalStandard, new: OccupationalStandard) -> kasb_diff::Diff {
    let (old, new) = (Document::from(old), Document::from(new));
    diff_documents(&[&old], &[&new], &[], &DiffConfig::default())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn reordering_identified_items_is_nothing(keys in prop::collection::vec(any::<u32>(), 1..12)) {
        let base = standard();
        let mut head = base.clone();
        shuffle(&mut head.units, &keys);
        for unit in &mut head.units {
            shuffle(&mut unit.elements, &keys);
            shuffle(&mut unit.knowledge, &keys);
            shuffle(&mut unit.skills, &keys);
            for element in &mut unit.elements {
                shuffle(&mut element.criteria, &keys);
            }
        }
        let found = diff(base, head);
        prop_assert!(found.is_empty(), "{:#?}", found.changes);
    }

    #[test]
    fn renaming_a_criterion_is_exactly_one_rename(unit in 0usize..100, element in 0usize..100, criterion in 0usize..100) {
        let base = standard();
        let mut head = base.clone();
        let unit = unit % head.units.len();
        let elements = &mut head.units[unit].elements;
        let element = element % elements.len();
        let criteria = &mut elements[element].criteria;
        let criterion = criterion % criteria.len();
        let old = std::mem::replace(&mut criteria[criterion].id, "RENAMED-1".to_owned());
        let found = diff(base, head);
        prop_assert_eq!(found.changes.len(), 1, "{:#?}", found.changes);
        let change = &found.changes[0];
        prop_assert_eq!(change.change, ChangeKind::Renamed);
        prop_assert_eq!(change.from.as_str(), Some(old.as_str()));
        prop_assert_eq!(change.item.as_deref(), Some("RENAMED-1"));
    }
}
