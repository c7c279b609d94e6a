//! The units a qualification includes, read from its reference declarations
//! (`kasb_model::References`) rather than spelled again as `core[i]` and
//! `electives[i].units[j]`.

use kasb_model::{EdgeKind, FieldPath, Qualification, References, Target};

/// One unit a qualification lists: where it is written and the id it names.
pub(crate) struct Included<'a> {
    /// Where the unit's id is written (`core[0]`, `electives[1].units[2]`).
    pub(crate) path: FieldPath,
    /// The unit's id, as written.
    pub(crate) unit: &'a str,
}

/// Every unit `qualification` lists, core first then each elective group's, in document order;
/// a unit listed twice appears twice.
pub(crate) fn included_units(qualification: &Qualification) -> Vec<Included<'_>> {
    let mut found = Vec::new();
    qualification.references(&mut |reference| {
        if let (Some(EdgeKind::Includes { .. }), Target::Id(named)) =
            (reference.edge, &reference.target)
        {
            found.push(Included {
                path: reference.path,
                unit: named.id,
            });
        }
    });
    found
}
