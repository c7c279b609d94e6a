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
    AssessmentTool, Classification, Crosswalk, EdgeKind, FieldPath, Inclusion, LevelFramework,
    NodeKind, OccupationalStandard, Qualification, TrainingProgramme,
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

/// Declares references with as little repetition as the fields allow.
struct Declare<'a, 'v>(&'v mut dyn FnMut(Reference<'a>));

impl<'a> Declare<'a, '_> {
    fn push(
        &mut self,
        from: Source<'a>,
        path: FieldPath,
        target: Target<'a>,
        edge: Option<EdgeKind>,
    ) {
        (self.0)(Reference {
            from,
            path,
            target,
            edge,
            also_from: None,
        });
    }

    /// A reference by id at `path`.
    fn id(
        &mut self,
        from: Source<'a>,
        path: FieldPath,
        id: &'a str,
        kinds: &'static [NodeKind],
        edge: Option<EdgeKind>,
    ) {
        self.push(from, path, Target::Id(Named::new(id, kinds)), edge);
    }

    /// A reference by id at `path`, when the field is set.
    fn optional(
        &mut self,
        path: FieldPath,
        id: Option<&'a String>,
        kinds: &'static [NodeKind],
        edge: EdgeKind,
    ) {
        if let Some(id) = id {
            self.id(Source::Document, path, id, kinds, Some(edge));
        }
    }

    /// A reference by id for each entry of the list at `list`.
    fn each(
        &mut self,
        from: &Source<'a>,
        list: FieldPath,
        ids: &'a [String],
        kinds: &'static [NodeKind],
        edge: EdgeKind,
    ) {
        for (i, id) in ids.iter().enumerate() {
            self.id(from.clone(), list.index(i), id, kinds, Some(edge));
        }
    }

    /// A level of `framework`.
    fn level(
        &mut self,
        from: Source<'a>,
        path: FieldPath,
        framework: &'a str,
        level: u8,
        edge: EdgeKind,
    ) {
        self.push(from, path, Target::Level { framework, level }, Some(edge));
    }

    /// An ISCO-08 code, when the field is set.
    fn isco(&mut self, path: FieldPath, code: Option<&'a String>) {
        if let Some(code) = code {
            let target = Target::Code {
                classification: ISCO_08_ID,
                code,
            };
            self.push(Source::Document, path, target, Some(EdgeKind::ClassifiedAs));
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
}

impl<'a> Source<'a> {
    fn item(id: &'a str) -> Self {
        Source::Item(Cow::Borrowed(id))
    }
}

impl References for LevelFramework {
    fn references<'a>(&'a self, visit: &mut dyn FnMut(Reference<'a>)) {
        let mut out = Declare(visit);
        let Some(referencing) = &self.referencing else {
            return;
        };
        let root = FieldPath::root();
        let path = root.key("referencing").key("framework");
        out.id(
            Source::Document,
            path,
            &referencing.framework,
            &[NodeKind::Framework],
            None,
        );
        for (i, level) in self.levels.iter().enumerate() {
            if let Some(target) = level.referenced_level {
                let from = Source::Item(Cow::Owned(level.level.to_string()));
                let path = root.key("levels").index(i).key("referenced_level");
                out.level(
                    from,
                    path,
                    &referencing.framework,
                    target,
                    EdgeKind::ReferencedTo,
                );
            }
        }
    }
}

impl References for Classification {
    fn references<'a>(&'a self, visit: &mut dyn FnMut(Reference<'a>)) {
        let mut out = Declare(visit);
        for (i, entry) in self.entries.iter().enumerate() {
            if let Some(parent) = &entry.parent {
                let path = FieldPath::root().key("entries").index(i).key("parent");
                let kinds = &[NodeKind::ClassificationEntry];
                out.id(
                    Source::item(&entry.code),
                    path,
                    parent,
                    kinds,
                    Some(EdgeKind::PartOf),
                );
            }
        }
    }
}

impl References for OccupationalStandard {
    fn references<'a>(&'a self, visit: &mut dyn FnMut(Reference<'a>)) {
        let mut out = Declare(visit);
        let root = FieldPath::root();
        let framework = Some(EdgeKind::UsesFramework);
        out.id(
            Source::Document,
            root.key("framework"),
            &self.framework,
            &[NodeKind::Framework],
            framework,
        );
        out.optional(
            root.key("replaced_by"),
            self.replaced_by.as_ref(),
            &[NodeKind::Standard],
            EdgeKind::ReplacedBy,
        );
        out.isco(
            root.key("occupation").key("isco"),
            self.occupation.isco.as_ref(),
        );
        for (i, function) in self.functions.iter().enumerate() {
            let path = root.key("functions").index(i).key("level");
            out.level(
                Source::item(&function.id),
                path,
                &self.framework,
                function.level,
                EdgeKind::AtLevel,
            );
        }
        for (i, unit) in self.units.iter().enumerate() {
            let from = Source::item(&unit.id);
            let path = root.key("units").index(i);
            if let Some(level) = unit.level {
                out.level(
                    from.clone(),
                    path.key("level"),
                    &self.framework,
                    level,
                    EdgeKind::AtLevel,
                );
            }
            if let Some(function) = &unit.function {
                let part_of = Some(EdgeKind::PartOf);
                out.id(
                    from.clone(),
                    path.key("function"),
                    function,
                    &[NodeKind::Function],
                    part_of,
                );
            }
            let prerequisites = path.key("prerequisites");
            out.each(
                &from,
                prerequisites,
                &unit.prerequisites,
                &[NodeKind::Unit],
                EdgeKind::Prerequisite,
            );
        }
    }
}

impl References for Qualification {
    fn references<'a>(&'a self, visit: &mut dyn FnMut(Reference<'a>)) {
        let mut out = Declare(visit);
        let root = FieldPath::root();
        let (document, units) = (Source::Document, &[NodeKind::Unit]);
        let framework = Some(EdgeKind::UsesFramework);
        out.id(
            Source::Document,
            root.key("framework"),
            &self.framework,
            &[NodeKind::Framework],
            framework,
        );
        out.level(
            Source::Document,
            root.key("level"),
            &self.framework,
            self.level,
            EdgeKind::AtLevel,
        );
        out.isco(root.key("isco"), self.isco.as_ref());
        out.each(
            &document,
            root.key("derived_from"),
            &self.derived_from,
            &[NodeKind::Standard],
            EdgeKind::DerivedFrom,
        );
        let core = EdgeKind::Includes {
            inclusion: Inclusion::Core,
        };
        out.each(&document, root.key("core"), &self.core, units, core);
        let elective = EdgeKind::Includes {
            inclusion: Inclusion::Elective,
        };
        for (i, group) in self.electives.iter().enumerate() {
            let list = root.key("electives").index(i).key("units");
            for (j, unit) in group.units.iter().enumerate() {
                (out.0)(Reference {
                    also_from: Some(&group.id),
                    ..Reference::new(list.index(j), unit, units, elective)
                });
            }
        }
        out.optional(
            root.key("replaced_by"),
            self.replaced_by.as_ref(),
            &[NodeKind::Qualification],
            EdgeKind::ReplacedBy,
        );
    }
}

impl References for AssessmentTool {
    fn references<'a>(&'a self, visit: &mut dyn FnMut(Reference<'a>)) {
        let mut out = Declare(visit);
        let root = FieldPath::root();
        let qualification = self.qualification.as_ref();
        out.optional(
            root.key("qualification"),
            qualification,
            &[NodeKind::Qualification],
            EdgeKind::Serves,
        );
        out.each(
            &Source::Document,
            root.key("standards"),
            &self.standards,
            &[NodeKind::Standard],
            EdgeKind::Serves,
        );
        for (i, instrument) in self.instruments.iter().enumerate() {
            let tasks = root.key("instruments").index(i).key("tasks");
            for (j, task) in instrument.tasks.iter().enumerate() {
                let list = tasks.index(j).key("assesses");
                out.each(
                    &Source::item(&task.id),
                    list,
                    &task.assesses,
                    ASSESSABLE,
                    EdgeKind::Assesses,
                );
            }
        }
    }
}

impl References for TrainingProgramme {
    fn references<'a>(&'a self, visit: &mut dyn FnMut(Reference<'a>)) {
        let mut out = Declare(visit);
        let root = FieldPath::root();
        let qualification = self.qualification.as_ref();
        out.optional(
            root.key("qualification"),
            qualification,
            &[NodeKind::Qualification],
            EdgeKind::Serves,
        );
        for (i, module) in self.modules.iter().enumerate() {
            let list = root.key("modules").index(i).key("units");
            out.each(
                &Source::item(&module.id),
                list,
                &module.units,
                &[NodeKind::Unit],
                EdgeKind::Teaches,
            );
        }
    }
}

impl References for Crosswalk {
    fn references<'a>(&'a self, visit: &mut dyn FnMut(Reference<'a>)) {
        let mut out = Declare(visit);
        let root = FieldPath::root();
        out.id(
            Source::Document,
            root.key("source"),
            &self.source,
            CROSSWALK_DOCUMENTS,
            None,
        );
        out.id(
            Source::Document,
            root.key("target"),
            &self.target,
            CROSSWALK_DOCUMENTS,
            None,
        );
        let within = |document| Named {
            within: Some(Within {
                document,
                kinds: CROSSWALK_DOCUMENTS,
            }),
            ..Named::new("", ALIGNABLE_ITEMS)
        };
        for (i, alignment) in self.alignments.iter().enumerate() {
            let path = root.key("alignments").index(i);
            let from = Source::Named {
                named: Named {
                    id: &alignment.source,
                    ..within(&self.source)
                },
                path: path.key("source"),
            };
            let target = Target::Id(Named {
                id: &alignment.target,
                ..within(&self.target)
            });
            let edge = EdgeKind::Aligned {
                relation: alignment.relation,
            };
            out.push(from, path.key("target"), target, Some(edge));
        }
    }
}

impl<'a> Reference<'a> {
    /// A reference from the document to a node of `kinds`.
    fn new(path: FieldPath, id: &'a str, kinds: &'static [NodeKind], edge: EdgeKind) -> Self {
        Reference {
            from: Source::Document,
            path,
            target: Target::Id(Named::new(id, kinds)),
            edge: Some(edge),
            also_from: None,
        }
    }
}
