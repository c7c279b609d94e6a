//! Qualification packaging: the walk over each qualification's core and elective groups; the
//! decisions are the rules' own (K401, K402, K403).

use std::collections::HashSet;

use kasb_model::{Document, Items, NodeKind};

use crate::context::Context;
use crate::included::included_units;
use crate::rules::{
    k401_unsatisfiable_electives, k402_unit_listed_twice, k403_core_elective_overlap,
};

pub(crate) fn check(context: &mut Context<'_>) {
    for (index, document) in context.documents().collect::<Vec<_>>() {
        let Document::Qualification(qualification) = document else {
            continue;
        };
        let listed = included_units(qualification);
        // The declarations list the core units, then each group's units in turn.
        let (core, mut electives) = listed.split_at(qualification.core.len());
        k402_unit_listed_twice::check(context, index, core);
        let core: HashSet<&str> = core.iter().map(|included| included.unit).collect();
        let mut group_paths = Vec::new();
        qualification.items(&mut |item| {
            if item.kind == NodeKind::ElectiveGroup {
                group_paths.push(item.path);
            }
        });
        for (group, path) in qualification.electives.iter().zip(group_paths) {
            let units;
            (units, electives) = electives.split_at(group.units.len());
            k401_unsatisfiable_electives::check(context, index, &path, group);
            k402_unit_listed_twice::check(context, index, units);
            k403_core_elective_overlap::check(context, index, &group.id, units, &core);
        }
    }
}
