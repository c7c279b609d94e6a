//! Items as data: every document type declares, once, the items inside it that become nodes of
//! the graph (units, elements, criteria, levels, tasks …): their kind, id, label, where they
//! are written, and the item they belong to.
//!
//! ```
//! use kasb_model::{Document, NodeKind};
//!
//! let yaml = r#"{"kind": "LevelFramework", "format": 1, "id": "eqf", "title": "EQF",
//!     "language": "en", "levels": [{"level": 1}, {"level": 2, "title": "Two"}]}"#;
//! let document = Document::from(serde_json::from_str::<kasb_model::LevelFramework>(yaml).unwrap());
//! let mut items = Vec::new();
//! document.items(&mut |item| items.push((item.kind, item.id.into_owned(), item.path.to_string())));
//! assert_eq!(items, [
//!     (NodeKind::Level, "1".to_owned(), "levels[0]".to_owned()),
//!     (NodeKind::Level, "2".to_owned(), "levels[1]".to_owned()),
//! ]);
//! ```

use std::borrow::Cow;

use crate::{
    AssessmentTool, Classification, Crosswalk, ItemPath, LevelFramework, NodeKind,
    OccupationalStandard, Qualification, Text, TrainingProgramme,
};

/// One item of a document.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Item<'a> {
    /// What it is.
    pub kind: NodeKind,
    /// Its id within the document (a level by its number, a classification entry by its code).
    pub id: Cow<'a, str>,
    /// Its title or statement.
    pub label: Cow<'a, Text>,
    /// Where it is written.
    pub path: ItemPath,
    /// The key of its id under `path`: `id`, `level` or `code`.
    pub id_key: &'static str,
    /// The item it belongs to, by its place in the order items are declared (always earlier);
    /// `None` for an item of the document itself.
    pub parent: Option<usize>,
    /// The level number, for a level.
    pub level: Option<u8>,
}

/// The key of most items' ids.
const ID_KEY: &str = "id";
/// The key of a level's number, its id.
const LEVEL_KEY: &str = "level";
/// The key of a classification entry's code, its id.
const CODE_KEY: &str = "code";
/// Every key an item's id is written under (each item's [`Item::id_key`] is one of them).
pub(crate) const ID_KEYS: [&str; 3] = [ID_KEY, LEVEL_KEY, CODE_KEY];

/// A model type that holds items: the one place its item fields are declared.
pub trait Items {
    /// Calls `visit` with every item, each after the item it belongs to.
    fn items<'a>(&'a self, visit: &mut dyn FnMut(Item<'a>));
}

/// Declares items and counts them, so each can name its parent.
struct Declare<'a, 'v> {
    visit: &'v mut dyn FnMut(Item<'a>),
    count: usize,
}

impl<'a> Declare<'a, '_> {
    /// Declares one item of `kind` per element of `list` (at `at.field[i]`), under `parent`,
    /// and returns the place of each.
    fn each<T>(
        &mut self,
        (kind, field): (NodeKind, &'static str),
        at: ItemPath,
        parent: Option<usize>,
        list: &'a [T],
        describe: impl Fn(&'a T) -> (&'a str, &'a Text),
    ) -> Vec<usize> {
        let mut places = Vec::with_capacity(list.len());
        for (i, element) in list.iter().enumerate() {
            let (id, label) = describe(element);
            let item = Item::new(
                kind,
                Cow::Borrowed(id),
                Cow::Borrowed(label),
                at.step(field, i),
            );
            places.push(self.push(Item { parent, ..item }));
        }
        places
    }

    fn push(&mut self, item: Item<'a>) -> usize {
        (self.visit)(item);
        self.count += 1;
        self.count - 1
    }
}

impl<'a> Item<'a> {
    /// An item of the document itself, whose id is at `path.id`.
    fn new(kind: NodeKind, id: Cow<'a, str>, label: Cow<'a, Text>, path: ItemPath) -> Self {
        Item {
            kind,
            id,
            label,
            path,
            id_key: ID_KEY,
            parent: None,
            level: None,
        }
    }
}

fn start<'a, 'v>(visit: &'v mut dyn FnMut(Item<'a>)) -> (Declare<'a, 'v>, ItemPath) {
    (Declare { visit, count: 0 }, ItemPath::root())
}

impl Items for LevelFramework {
    fn items<'a>(&'a self, visit: &mut dyn FnMut(Item<'a>)) {
        let (mut out, root) = start(visit);
        for (i, level) in self.levels.iter().enumerate() {
            let label = match &level.title {
                Some(title) => Cow::Borrowed(title),
                None => Cow::Owned(Text::Plain(format!("Level {}", level.level))),
            };
            let id = Cow::Owned(level.level.to_string());
            let item = Item::new(NodeKind::Level, id, label, root.step("levels", i));
            out.push(Item {
                id_key: LEVEL_KEY,
                level: Some(level.level),
                ..item
            });
        }
    }
}

impl Items for Classification {
    fn items<'a>(&'a self, visit: &mut dyn FnMut(Item<'a>)) {
        let (mut out, root) = start(visit);
        for (i, entry) in self.entries.iter().enumerate() {
            let (id, label) = (
                Cow::Borrowed(entry.code.as_str()),
                Cow::Borrowed(&entry.title),
            );
            let item = Item::new(
                NodeKind::ClassificationEntry,
                id,
                label,
                root.step("entries", i),
            );
            out.push(Item {
                id_key: CODE_KEY,
                ..item
            });
        }
    }
}

impl Items for OccupationalStandard {
    fn items<'a>(&'a self, visit: &mut dyn FnMut(Item<'a>)) {
        let (mut out, root) = start(visit);
        let functions = (NodeKind::Function, "functions");
        out.each(functions, root, None, &self.functions, |f| {
            (&f.id, &f.title)
        });
        let units = (NodeKind::Unit, "units");
        let places = out.each(units, root, None, &self.units, |u| (&u.id, &u.title));
        // Every unit first, then what each unit holds, as the graph has always numbered them.
        for ((i, unit), place) in self.units.iter().enumerate().zip(places) {
            let (at, parent) = (root.step("units", i), Some(place));
            let elements = (NodeKind::Element, "elements");
            let placed = out.each(elements, at, parent, &unit.elements, |e| (&e.id, &e.title));
            for ((j, element), place) in unit.elements.iter().enumerate().zip(placed) {
                let at = at.step("elements", j);
                let criteria = (NodeKind::Criterion, "criteria");
                out.each(criteria, at, Some(place), &element.criteria, |c| {
                    (&c.id, &c.statement)
                });
            }
            let statement = |s: &'a crate::Statement| (s.id.as_str(), &s.statement);
            let criteria = (NodeKind::Criterion, "criteria");
            out.each(criteria, at, parent, &unit.criteria, |c| {
                (&c.id, &c.statement)
            });
            out.each(
                (NodeKind::Knowledge, "knowledge"),
                at,
                parent,
                &unit.knowledge,
                statement,
            );
            out.each(
                (NodeKind::Skill, "skills"),
                at,
                parent,
                &unit.skills,
                statement,
            );
        }
    }
}

impl Items for Qualification {
    fn items<'a>(&'a self, visit: &mut dyn FnMut(Item<'a>)) {
        let (mut out, root) = start(visit);
        for (i, group) in self.electives.iter().enumerate() {
            let label = match &group.title {
                Some(title) => Cow::Borrowed(title),
                None => Cow::Owned(Text::Plain(group.id.clone())),
            };
            let path = root.step("electives", i);
            out.push(Item::new(
                NodeKind::ElectiveGroup,
                Cow::Borrowed(&group.id),
                label,
                path,
            ));
        }
    }
}

impl Items for AssessmentTool {
    fn items<'a>(&'a self, visit: &mut dyn FnMut(Item<'a>)) {
        let (mut out, root) = start(visit);
        let instruments = (NodeKind::Instrument, "instruments");
        let places = out.each(instruments, root, None, &self.instruments, |i| {
            (&i.id, &i.title)
        });
        for ((i, instrument), place) in self.instruments.iter().enumerate().zip(places) {
            let at = root.step("instruments", i);
            let tasks = (NodeKind::Task, "tasks");
            let placed = out.each(tasks, at, Some(place), &instrument.tasks, |t| {
                (&t.id, &t.title)
            });
            for ((j, task), place) in instrument.tasks.iter().enumerate().zip(placed) {
                let at = at.step("tasks", j);
                let marking = (NodeKind::MarkingCriterion, "marking");
                out.each(marking, at, Some(place), &task.marking, |m| {
                    (&m.id, &m.description)
                });
            }
        }
    }
}

impl Items for TrainingProgramme {
    fn items<'a>(&'a self, visit: &mut dyn FnMut(Item<'a>)) {
        let (mut out, root) = start(visit);
        let modules = (NodeKind::Module, "modules");
        out.each(modules, root, None, &self.modules, |m| (&m.id, &m.title));
    }
}

impl Items for Crosswalk {
    fn items<'a>(&'a self, _: &mut dyn FnMut(Item<'a>)) {}
}
