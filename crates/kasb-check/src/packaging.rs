//! Qualification packaging: the walk over each qualification's core and elective groups; the
//! decisions are the rules' own (K401, K402, K403).

use std::collections::HashSet;

use kasb_model::{Document, FieldPath};

use crate::context::Context;
use crate::rules::{
    k401_unsatisfiable_electives, k402_unit_listed_twice, k403_core_elective_overlap,
};

pub(crate) fn check(context: &mut Context<'_>) {
    for (index, document) in context.documents().collect::<Vec<_>>() {
        let Document::Qualification(qualification) = document else {
            continue;
        };
        let root = FieldPath::root();
        k402_unit_listed_twice::check(context, index, &root.key("core"), &qualification.core);
        let core: HashSet<&str> = qualification.core.iter().map(String::as_str).collect();
        for (i, group) in qualification.electives.iter().enumerate() {
            let path = root.key("electives").index(i);
            k401_unsatisfiable_electives::check(context, index, &path, group);
            k402_unit_listed_twice::check(context, index, &path.key("units"), &group.units);
            k403_core_elective_overlap::check(context, index, &path, group, &core);
        }
    }
}
