//! References as data: every document type declares, once, each reference it holds — the node
//! it starts from, the path of the value, the id it names with the kinds it may name, and the
//! edge it becomes. The graph builder, the rules, `diff` and the exporters read these
//! declarations instead of spelling the field paths again.
//!
//! ```
//! use kasb_model::{Document, EdgeKind, NodeKind, Target};
//!
//! let yaml = r#"{"kind": "Qualification", "format": 1, "id": "q", "title": "Q",
//!     "language": "en", "country": "KG", "framework": "kg-nqf", "level": 4,
//!     "core": ["kg-welder/WLD-01"],
//!     "electives": [{"id": "E", "choose": 1, "units": ["kg-welder/WLD-02"]}]}"#;
//! let document = Document::from(serde_json::from_str::<kasb_model::Qualification>(yaml).unwrap());
//! let units: Vec<String> = document
//!     .reference_list()
//!     .into_iter()
//!     .filter(|reference| matches!(reference.edge, Some(EdgeKind::Includes { .. })))
//!     .map(|reference| format!("{} = {}", reference.path, reference.target.id()))
//!     .collect();
//! assert_eq!(units, ["core[0] = kg-welder/WLD-01", "electives[0].units[0] = kg-welder/WLD-02"]);
//! ```

use std::borrow::Cow;

use crate::{
    AlignmentRelation, AssessmentTool, AssociationRelation, Classification, ClassificationEntry,
    Crosswalk, EdgeKind, FieldPath, LevelFramework, NodeKind, OccupationalStandard, Qualification,
    TrainingProgramme,
};

/// The id of the ISCO-08 classification that `isco` fields refer to.
pub const ISCO_08_ID: &str = "isco-08";

/// The documents a crosswalk's `source` and `target` may name.
const CROSSWALK_DOCUMENTS: &[NodeKind] = &[
    NodeKind::Framework,
    NodeKind::Classification,
    NodeKind::Standard,
    NodeKind::Qualification,
    NodeKind::AssessmentTool,
    NodeKind::Programme,
];

/// The items a crosswalk alignment may name, on either side.
const ALIGNABLE_ITEMS: &[NodeKind] = &[
    NodeKind::Level,
    NodeKind::ClassificationEntry,
    NodeKind::Function,
    NodeKind::Unit,
    NodeKind::Element,
    NodeKind::Criterion,
    NodeKind::Knowledge,
    NodeKind::Skill,
];

/// What the tasks of an assessment tool may assess.
const ASSESSABLE: &[NodeKind] = &[NodeKind::Criterion, NodeKind::Knowledge, NodeKind::Skill];

/// One reference a document holds: where it is written, what it names, and the edge it becomes.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Reference<'a> {
    /// The node the edge starts from.
    pub from: Source<'a>,
    /// Where the named value is written in the document.
    pub path: FieldPath,
    /// What the value names.
    pub target: Target<'a>,
    /// The edge a resolved reference becomes; `None` for a reference that is only checked
    /// (a crosswalk's `source`, a framework's `referencing`).
    pub edge: Option<EdgeKind>,
    /// An item of the document linked to the target as well (an elective group to its units),
    /// when the reference resolves.
    pub also_from: Option<&'a str>,
}

/// The node a reference starts from.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum Source<'a> {
    /// The referring document itself.
    Document,
    /// An item of the referring document, by its id there (a level by its number).
    Item(Cow<'a, str>),
    /// A node that another value of the same entry names (a crosswalk alignment's `source`),
    /// resolved and reported like a target.
    Named {
        /// What that value names.
        named: Named<'a>,
        /// Where that value is written.
        path: FieldPath,
    },
}

/// An id that names a node of one of `kinds`.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Named<'a> {
    /// The id as written: an item of the context document, `document-id/item-id` or a
    /// document id.
    pub id: &'a str,
    /// The kinds of node it may name.
    pub kinds: &'static [NodeKind],
    /// The document whose items it is resolved among, when not the referring one.
    pub within: Option<Within<'a>>,
}

/// The document a reference is resolved within (a crosswalk's `source` or `target`). The
/// reference is followed only when that document is one of `kinds`: otherwise the reference
/// naming the document has already been reported.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Within<'a> {
    /// The id of the document, as written in the referring one.
    pub document: &'a str,
    /// The kinds of document it must be.
    pub kinds: &'static [NodeKind],
}

/// What a reference names.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum Target<'a> {
    /// A node by its id.
    Id(Named<'a>),
    /// Level `level` of the framework `framework`: followed only when `framework` names a
    /// level framework from the referring document (the reference naming it says otherwise).
    Level {
        /// The framework's id, as the document names it.
        framework: &'a str,
        /// The level's number.
        level: u8,
    },
    /// A code of a classification: linked when that classification is loaded and has the
    /// code; an unknown code is left to the code rules, which can say more than "unresolved".
    Code {
        /// The classification's id.
        classification: &'static str,
        /// The code.
        code: &'a str,
    },
}

impl Target<'_> {
    /// The id the reference names, as written: `kg-welder/WLD-01`, or for a level or a code
    /// its global id (`kg-nqf/4`, `isco-08/7212`).
    pub fn id(&self) -> Cow<'_, str> {
        match self {
            Target::Id(named) => Cow::Borrowed(named.id),
            Target::Level { framework, level } => Cow::Owned(format!("{framework}/{level}")),
            Target::Code {
                classification,
                code,
            } => Cow::Owned(format!("{classification}/{code}")),
        }
    }
}

/// A model type that holds references: the one place its reference fields are declared.
pub trait References {
    /// Calls `visit` with every reference, in document order.
    fn references<'a>(&'a self, visit: &mut dyn FnMut(Reference<'a>));
}

/// A reference field: its key, the kinds of node it may name, and the edge it makes.
#[derive(Clone, Copy)]
struct Field {
    key: &'static str,
    kinds: &'static [NodeKind],
    edge: Option<EdgeKind>,
}

impl Field {
    const fn new(key: &'static str, kinds: &'static [NodeKind], edge: EdgeKind) -> Self {
        Self {
            key,
            kinds,
            edge: Some(edge),
        }
    }

    /// A field that is resolved and reported, but makes no edge.
    const fn checked(key: &'static str, kinds: &'static [NodeKind]) -> Self {
        Self {
            key,
            kinds,
            edge: None,
        }
    }
}

/// Every reference field of the model, by the type that holds it.
mod field {
    use super::{ALIGNABLE_ITEMS, ASSESSABLE, CROSSWALK_DOCUMENTS, Field};
    use crate::{EdgeKind as E, Inclusion, NodeKind as N};
    // Every field below is listed in `NAMING_KEYS` as well.

    const LEVEL: &[N] = &[N::Level];
    // LevelFramework (`referencing.framework`, `levels[i].referenced_level`).
    pub(super) const REFERENCING: Field = Field::checked("framework", &[N::Framework]);
    pub(super) const REFERENCED_LEVEL: Field =
        Field::new("referenced_level", LEVEL, E::ReferencedTo);
    // Classification.
    pub(super) const PARENT: Field = Field::new("parent", &[N::ClassificationEntry], E::PartOf);
    // OccupationalStandard and Qualification.
    pub(super) const FRAMEWORK: Field = Field::new("framework", &[N::Framework], E::UsesFramework);
    pub(super) const LEVEL_OF: Field = Field::new("level", LEVEL, E::AtLevel);
    pub(super) const ISCO: Field = Field::new("isco", &[N::ClassificationEntry], E::ClassifiedAs);
    pub(super) const STANDARD_REPLACED_BY: Field =
        Field::new("replaced_by", &[N::Standard], E::ReplacedBy);
    pub(super) const FUNCTION: Field = Field::new("function", &[N::Function], E::PartOf);
    pub(super) const PREREQUISITES: Field =
        Field::new("prerequisites", &[N::Unit], E::Prerequisite);
    pub(super) const DERIVED_FROM: Field =
        Field::new("derived_from", &[N::Standard], E::DerivedFrom);
    pub(super) const CORE: Field = Field::new(
        "core",
        &[N::Unit],
        E::Includes {
            inclusion: Inclusion::Core,
        },
    );
    pub(super) const ELECTIVE_UNITS: Field = Field::new(
        "units",
        &[N::Unit],
        E::Includes {
            inclusion: Inclusion::Elective,
        },
    );
    pub(super) const QUALIFICATION_REPLACED_BY: Field =
        Field::new("replaced_by", &[N::Qualification], E::ReplacedBy);
    // AssessmentTool and TrainingProgramme.
    pub(super) const SERVES: Field = Field::new("qualification", &[N::Qualification], E::Serves);
    pub(super) const SERVES_STANDARDS: Field = Field::new("standards", &[N::Standard], E::Serves);
    pub(super) const ASSESSES: Field = Field::new("assesses", ASSESSABLE, E::Assesses);
    pub(super) const TEACHES: Field = Field::new("units", &[N::Unit], E::Teaches);
    // Crosswalk (an alignment's edge carries its relation, so it is set per alignment).
    pub(super) const SOURCE: Field = Field::checked("source", CROSSWALK_DOCUMENTS);
    pub(super) const TARGET: Field = Field::checked("target", CROSSWALK_DOCUMENTS);
    pub(super) const ALIGNED_SOURCE: Field = Field::checked("source", ALIGNABLE_ITEMS);
    pub(super) const ALIGNED_TARGET: Field = Field::checked("target", ALIGNABLE_ITEMS);
    // Classification entries' associations (the edge depends on the relation: `association_edge`).
    pub(super) const ASSOCIATED: Field = Field::checked("target", ALIGNABLE_ITEMS);
}

/// Every key whose value names a node: each item's id key and each reference field's key. A
/// diagnostic about a node or a reference is located at such a value, so the loader records
/// where these values are written while it holds a file's tree, and a file is not read
/// again to place them.
///
/// ```
/// assert!(kasb_model::NAMING_KEYS.contains(&"assesses"));
/// assert!(!kasb_model::NAMING_KEYS.contains(&"title"));
/// ```
pub const NAMING_KEYS: &[&str] = &{
    use field::*;
    let [id, level, code] = crate::items::ID_KEYS;
    [
        id,
        level,
        code,
        REFERENCING.key,
        REFERENCED_LEVEL.key,
        PARENT.key,
        FRAMEWORK.key,
        LEVEL_OF.key,
        ISCO.key,
        STANDARD_REPLACED_BY.key,
        FUNCTION.key,
        PREREQUISITES.key,
        DERIVED_FROM.key,
        CORE.key,
        ELECTIVE_UNITS.key,
        QUALIFICATION_REPLACED_BY.key,
        SERVES.key,
        SERVES_STANDARDS.key,
        ASSESSES.key,
        TEACHES.key,
        SOURCE.key,
        TARGET.key,
        ALIGNED_SOURCE.key,
        ALIGNED_TARGET.key,
        ASSOCIATED.key,
    ]
};

/// The edge each association relation of a classification entry becomes, and whether it runs
/// from the target back to the entry: `A precedes B` is B's prerequisite A.
const fn association_edge(relation: AssociationRelation) -> (EdgeKind, bool) {
    use AssociationRelation as R;
    match relation {
        R::ExactMatchOf => (aligned(AlignmentRelation::Exact), false),
        R::IsRelatedTo => (aligned(AlignmentRelation::Related), false),
        R::Precedes => (EdgeKind::Prerequisite, true),
        other => (EdgeKind::Associated { relation: other }, false),
    }
}

const fn aligned(relation: AlignmentRelation) -> EdgeKind {
    EdgeKind::Aligned { relation }
}

/// Declares references: each call names the node they start from, the path of the value that
/// holds the field, the field and its value.
struct Declare<'a, 'v>(&'v mut dyn FnMut(Reference<'a>));

impl<'a> Declare<'a, '_> {
    fn push(&mut self, from: &Source<'a>, path: FieldPath, target: Target<'a>, field: Field) {
        (self.0)(Reference {
            from: from.clone(),
            path,
            target,
            edge: field.edge,
            also_from: None,
        });
    }

    fn one(&mut self, from: &Source<'a>, at: &FieldPath, field: Field, id: &'a str) {
        let target = Target::Id(Named::new(id, field.kinds));
        self.push(from, at.key(field.key), target, field);
    }

    fn maybe(&mut self, from: &Source<'a>, at: &FieldPath, field: Field, id: Option<&'a String>) {
        if let Some(id) = id {
            self.one(from, at, field, id);
        }
    }

    fn each(&mut self, from: &Source<'a>, at: &FieldPath, field: Field, ids: &'a [String]) {
        let list = at.key(field.key);
        for (i, id) in ids.iter().enumerate() {
            let target = Target::Id(Named::new(id, field.kinds));
            self.push(from, list.index(i), target, field);
        }
    }

    /// A level of `framework`, when the field is set.
    fn level(
        &mut self,
        from: &Source<'a>,
        at: &FieldPath,
        field: Field,
        framework: &'a str,
        level: Option<u8>,
    ) {
        if let Some(level) = level {
            let target = Target::Level { framework, level };
            self.push(from, at.key(field.key), target, field);
        }
    }

    /// An ISCO-08 code, when the field is set.
    fn isco(&mut self, at: &FieldPath, code: Option<&'a String>) {
        if let Some(code) = code {
            let target = Target::Code {
                classification: ISCO_08_ID,
                code,
            };
            self.push(
                &Source::Document,
                at.key(field::ISCO.key),
                target,
                field::ISCO,
            );
        }
    }
}

impl<'a> Named<'a> {
    fn new(id: &'a str, kinds: &'static [NodeKind]) -> Self {
        Self {
            id,
            kinds,
            within: None,
        }
    }

    /// `id`, resolved among the items of the crosswalk side `document`.
    fn within(id: &'a str, kinds: &'static [NodeKind], document: &'a str) -> Self {
        let within = Some(Within {
            document,
            kinds: CROSSWALK_DOCUMENTS,
        });
        Self { id, kinds, within }
    }
}

impl<'a> Source<'a> {
    fn item(id: &'a str) -> Self {
        Source::Item(Cow::Borrowed(id))
    }
}

const DOCUMENT: Source<'static> = Source::Document;

impl References for LevelFramework {
    fn references<'a>(&'a self, visit: &mut dyn FnMut(Reference<'a>)) {
        let mut out = Declare(visit);
        let Some(referencing) = &self.referencing else {
            return;
        };
        let root = FieldPath::root();
        out.one(
            &DOCUMENT,
            &root.key("referencing"),
            field::REFERENCING,
            &referencing.framework,
        );
        for (i, level) in self.levels.iter().enumerate() {
            let from = Source::Item(Cow::Owned(level.level.to_string()));
            let at = root.key("levels").index(i);
            out.level(
                &from,
                &at,
                field::REFERENCED_LEVEL,
                &referencing.framework,
                level.referenced_level,
            );
        }
    }
}

impl References for Classification {
    fn references<'a>(&'a self, visit: &mut dyn FnMut(Reference<'a>)) {
        let mut out = Declare(visit);
        for (i, entry) in self.entries.iter().enumerate() {
            let from = Source::item(&entry.code);
            let at = FieldPath::root().key("entries").index(i);
            out.maybe(&from, &at, field::PARENT, entry.parent.as_ref());
            out.associations(entry, &at);
        }
    }
}

impl<'a> Declare<'a, '_> {
    /// The associations of `entry` (at `at`) that name a node kasb may have.
    fn associations(&mut self, entry: &'a ClassificationEntry, at: &FieldPath) {
        let field = field::ASSOCIATED;
        for (i, association) in entry.associations.iter().enumerate() {
            let Some(target) = association.target.as_deref() else {
                continue;
            };
            let path = at.key("associations").index(i).key(field.key);
            let (edge, reversed) = association_edge(association.relation);
            let named = Named::new(target, field.kinds);
            let field = Field {
                edge: Some(edge),
                ..field
            };
            if reversed {
                let from = Source::Named {
                    named,
                    path: path.clone(),
                };
                let own = Named::new(&entry.code, &[NodeKind::ClassificationEntry]);
                self.push(&from, path, Target::Id(own), field);
            } else {
                self.push(&Source::item(&entry.code), path, Target::Id(named), field);
            }
        }
    }
}

impl References for OccupationalStandard {
    fn references<'a>(&'a self, visit: &mut dyn FnMut(Reference<'a>)) {
        let mut out = Declare(visit);
        let (root, framework) = (FieldPath::root(), self.framework.as_str());
        out.one(&DOCUMENT, &root, field::FRAMEWORK, framework);
        let replaced_by = self.replaced_by.as_ref();
        out.maybe(&DOCUMENT, &root, field::STANDARD_REPLACED_BY, replaced_by);
        out.isco(&root.key("occupation"), self.occupation.isco.as_ref());
        for (i, function) in self.functions.iter().enumerate() {
            let (from, at) = (Source::item(&function.id), root.key("functions").index(i));
            out.level(&from, &at, field::LEVEL_OF, framework, Some(function.level));
        }
        for (i, unit) in self.units.iter().enumerate() {
            let (from, at) = (Source::item(&unit.id), root.key("units").index(i));
            out.level(&from, &at, field::LEVEL_OF, framework, unit.level);
            out.maybe(&from, &at, field::FUNCTION, unit.function.as_ref());
            out.each(&from, &at, field::PREREQUISITES, &unit.prerequisites);
        }
    }
}

impl References for Qualification {
    fn references<'a>(&'a self, visit: &mut dyn FnMut(Reference<'a>)) {
        let mut out = Declare(visit);
        let (root, framework) = (FieldPath::root(), self.framework.as_str());
        out.one(&DOCUMENT, &root, field::FRAMEWORK, framework);
        let level = Some(self.level);
        out.level(&DOCUMENT, &root, field::LEVEL_OF, framework, level);
        out.isco(&root, self.isco.as_ref());
        out.each(&DOCUMENT, &root, field::DERIVED_FROM, &self.derived_from);
        out.each(&DOCUMENT, &root, field::CORE, &self.core);
        for (i, group) in self.electives.iter().enumerate() {
            let at = root.key("electives").index(i);
            // Each unit is linked from the group as well as from the qualification.
            let mut also = |reference: Reference<'a>| {
                (out.0)(Reference {
                    also_from: Some(&group.id),
                    ..reference
                })
            };
            Declare(&mut also).each(&DOCUMENT, &at, field::ELECTIVE_UNITS, &group.units);
        }
        let replaced_by = self.replaced_by.as_ref();
        out.maybe(
            &DOCUMENT,
            &root,
            field::QUALIFICATION_REPLACED_BY,
            replaced_by,
        );
    }
}

impl References for AssessmentTool {
    fn references<'a>(&'a self, visit: &mut dyn FnMut(Reference<'a>)) {
        let mut out = Declare(visit);
        let root = FieldPath::root();
        out.maybe(&DOCUMENT, &root, field::SERVES, self.qualification.as_ref());
        out.each(&DOCUMENT, &root, field::SERVES_STANDARDS, &self.standards);
        for (i, instrument) in self.instruments.iter().enumerate() {
            let tasks = root.key("instruments").index(i).key("tasks");
            for (j, task) in instrument.tasks.iter().enumerate() {
                let (from, at) = (Source::item(&task.id), tasks.index(j));
                out.each(&from, &at, field::ASSESSES, &task.assesses);
            }
        }
    }
}

impl References for TrainingProgramme {
    fn references<'a>(&'a self, visit: &mut dyn FnMut(Reference<'a>)) {
        let mut out = Declare(visit);
        let root = FieldPath::root();
        out.maybe(&DOCUMENT, &root, field::SERVES, self.qualification.as_ref());
        for (i, module) in self.modules.iter().enumerate() {
            let (from, at) = (Source::item(&module.id), root.key("modules").index(i));
            out.each(&from, &at, field::TEACHES, &module.units);
        }
    }
}

impl References for Crosswalk {
    fn references<'a>(&'a self, visit: &mut dyn FnMut(Reference<'a>)) {
        let mut out = Declare(visit);
        let root = FieldPath::root();
        out.one(&DOCUMENT, &root, field::SOURCE, &self.source);
        out.one(&DOCUMENT, &root, field::TARGET, &self.target);
        let (source, target) = (field::ALIGNED_SOURCE, field::ALIGNED_TARGET);
        for (i, alignment) in self.alignments.iter().enumerate() {
            let at = root.key("alignments").index(i);
            let from = Source::Named {
                named: Named::within(&alignment.source, source.kinds, &self.source),
                path: at.key(source.key),
            };
            let named = Named::within(&alignment.target, target.kinds, &self.target);
            let relation = alignment.relation;
            let edge = Some(EdgeKind::Aligned { relation });
            out.push(
                &from,
                at.key(target.key),
                Target::Id(named),
                Field { edge, ..target },
            );
        }
    }
}
