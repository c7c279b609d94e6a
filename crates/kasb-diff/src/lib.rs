//! What changed in meaning between two versions of a repository of occupational standards.
//!
//! Two sides (git revisions read from the object store, or directories: [`Snapshot`]) are
//! loaded as `kasb check` loads them and compared as models, not text: documents by id, the
//! items each type declares by kind and id (so reordering is nothing), renames found by
//! similarity, every change classified `substantive` or `editorial` by a documented rule
//! ([`rules`]) that `kasb.toml` may override ([`DiffConfig`]). [`render`] writes the result for
//! a terminal, a pull-request comment (Markdown), a browser (HTML) or a program (JSON).
//!
//! ```
//! use kasb_diff::{ChangeKind, Class, DiffConfig, diff_documents};
//!
//! let base = kasb_load::load_sources([("s.yaml", "kind: OccupationalStandard\nformat: 1\nid: s\n\
//!     title: Welder\nlanguage: en\ncountry: KG\nframework: kg-nqf\noccupation: {title: Welder}\n\
//!     units:\n  - id: U1\n    title: Welding\n    criteria:\n      - {id: U1.1, statement: Welds are sound.}\n")],
//!     &Default::default())?;
//! let head = kasb_load::load_sources([("s.yaml", "kind: OccupationalStandard\nformat: 1\nid: s\n\
//!     title: Welder\nlanguage: en\ncountry: KG\nframework: kg-nqf\noccupation: {title: Welder}\n\
//!     units:\n  - id: U1\n    title: Welding\n    criteria:\n      - {id: U1.1, statement: Welds are not sound.}\n")],
//!     &Default::default())?;
//! fn documents(w: &kasb_load::Workspace) -> Vec<&kasb_model::Document> {
//!     w.documents.iter().map(|loaded| &loaded.document).collect()
//! }
//! let changes = diff_documents(&documents(&base), &documents(&head), &[], &DiffConfig::default()).changes;
//! assert_eq!(changes.len(), 1);
//! assert_eq!((changes[0].item.as_deref(), changes[0].change), (Some("U1.1"), ChangeKind::Modified));
//! assert_eq!(changes[0].class, Class::Substantive);
//! assert_eq!(changes[0].why, "words removed: none; words added: not");
//! # Ok::<(), kasb_load::LoadError>(())
//! ```

#![warn(missing_docs)]

mod compare;
mod config;
mod flat;
mod levels;
mod problem;
mod reason;
pub mod render;
pub mod rules;
mod snapshot;
mod text;
mod values;

use serde::Serialize;
use serde_json::Value;

pub use compare::diff_documents;
pub use config::{DiffConfig, DiffConfigError};
pub use problem::Problem;
pub use reason::{Part, Reason};
pub use rules::Class;
pub use snapshot::{DiffError, Snapshot, diff};

/// What happened to a document or an item.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum ChangeKind {
    /// Only in HEAD.
    Added,
    /// Only in BASE.
    Removed,
    /// The same item under another id.
    Renamed,
    /// The same id under another parent.
    Moved,
    /// A field changed.
    Modified,
}

impl ChangeKind {
    /// The word the JSON contract uses.
    pub fn as_str(self) -> &'static str {
        match self {
            ChangeKind::Added => "added",
            ChangeKind::Removed => "removed",
            ChangeKind::Renamed => "renamed",
            ChangeKind::Moved => "moved",
            ChangeKind::Modified => "modified",
        }
    }
}

/// One change, as the JSON contract states it.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Change {
    /// The document's id (HEAD's; BASE's for a removal).
    pub document: String,
    /// The item's id (HEAD's; BASE's for a removal), `None` for the document itself.
    pub item: Option<String>,
    /// The item's kind (`unit`, `criterion` …), `None` for the document itself.
    pub item_kind: Option<&'static str>,
    /// What happened.
    pub change: ChangeKind,
    /// The field, for a modification: `title.en`, `core`, `approval.valid_to`.
    pub field: Option<String>,
    /// Substantive or editorial.
    pub class: Class,
    /// The value in BASE (a rename's old id; `null` for an addition).
    pub from: Value,
    /// The value in HEAD (a rename's new id; `null` for a removal).
    pub to: Value,
    /// Why it is classified so, in English words (`reason` said in English).
    pub why: String,
    /// Why it is classified so, as a message any language can say.
    #[serde(skip)]
    pub reason: Reason,
    /// The rule that classified it (`D107`).
    pub rule: &'static str,
    /// A rename's similarity, 0 to 1.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub score: Option<f64>,
}

/// Everything that changed between two sides.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Diff {
    /// How BASE was named (`origin/main`, a directory).
    pub base: String,
    /// How HEAD was named (`HEAD`, `the working tree`, a directory).
    pub head: String,
    /// Every change, by document id, then in document order.
    pub changes: Vec<Change>,
    /// Documents that changed substantively without a version bump or a `replaced_by` (D190).
    pub unversioned: Vec<String>,
    /// Files of either side that did not load, so their documents are not compared.
    pub problems: Vec<Problem>,
}

impl Diff {
    /// How many changes are of this class.
    pub fn count(&self, class: Class) -> usize {
        self.changes
            .iter()
            .filter(|change| change.class == class)
            .count()
    }

    /// Whether nothing changed.
    pub fn is_empty(&self) -> bool {
        self.changes.is_empty()
    }
}
