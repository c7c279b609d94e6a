//! The reference set kasb carries: the European Qualifications Framework, the national
//! qualifications frameworks referenced to it and the ISCO classifications, compiled in and
//! versioned as one set ([`VERSION`]).
//!
//! [`check`](crate::check) loads it beside a repository's files, so a repository names
//! `kg-nqf/4`, `eqf/3` or `isco-08/7212` without copying anything; `kasb.toml` pins its version
//! (`[reference] version = "2026.1"`) or turns it off (`[reference] enabled = false`). A
//! repository document with the id of a reference document replaces it (rule K210 says so once
//! when their contents differ). Diagnostics located in reference files are never reported.
//!
//! ```
//! let documents = kasb::reference::documents();
//! let kg = documents.iter().find(|document| document.id == "kg-nqf").expect("kg-nqf ships");
//! assert_eq!(kg.kind, kasb::model::DocumentKind::LevelFramework);
//! assert!(kasb::reference::get("isco-08").is_some());
//! assert!(kasb::reference::text("eqf").is_some_and(|text| text.contains("id: eqf")));
//! ```

use kasb_load::{LoadOptions, Workspace};
use kasb_model::{Document, DocumentKind};

/// The version of the reference set this kasb carries.
pub const VERSION: &str = kasb_reference::VERSION;

/// One document of the reference set.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct ReferenceDocument {
    /// Its id, such as `kg-nqf`.
    pub id: &'static str,
    /// Its kind.
    pub kind: DocumentKind,
    /// Its title, in English when it has one.
    pub title: String,
    /// Its path inside the set, such as `frameworks/kg-nqf.yaml`.
    pub path: &'static str,
    /// The path diagnostics and graphs show for it:
    /// `<kasb reference 2026.1>/frameworks/kg-nqf.yaml`.
    pub display_path: String,
    /// Its YAML text, as it ships.
    pub text: &'static str,
    /// The typed document.
    pub document: Document,
}

/// Every document of the set, in path order.
pub fn documents() -> Vec<ReferenceDocument> {
    kasb_reference::FILES.iter().filter_map(read).collect()
}

/// The document with exactly this id.
pub fn get(id: &str) -> Option<ReferenceDocument> {
    kasb_reference::find(id).and_then(read)
}

/// The YAML text of the document with exactly this id.
pub fn text(id: &str) -> Option<&'static str> {
    kasb_reference::find(id).map(|file| file.text)
}

/// The ids of the set, in path order.
pub fn ids() -> impl Iterator<Item = &'static str> {
    kasb_reference::FILES.iter().map(|file| file.id)
}

/// The set loaded as a workspace of its own (its files marked as reference files), for a
/// graph of the reference data alone.
pub fn workspace() -> Workspace {
    kasb_check::reference::load()
}

/// A file of the set as a typed document; `None` only if the set shipped a file that does not
/// load, which the set's own tests rule out.
fn read(file: &'static kasb_reference::File) -> Option<ReferenceDocument> {
    let display_path = file.display_path();
    let document = kasb_load::load_str(&display_path, file.text, &LoadOptions::default()).ok()?;
    Some(ReferenceDocument {
        id: file.id,
        kind: document.kind(),
        title: document.title().any().to_owned(),
        path: file.path,
        display_path,
        text: file.text,
        document,
    })
}

/// `own`, a repository's loaded workspace, with the reference documents it does not replace
/// joined to it, as [`check`](crate::check) joins them with the default configuration (for a
/// graph of a repository and the reference data it uses).
///
/// # Errors
/// When a file of `own` has the path of a reference file.
pub fn join(own: Workspace) -> Result<Workspace, kasb_load::LoadError> {
    let (workspace, _replaced) = kasb_check::reference::join(own, &kasb_check::Config::default())?;
    Ok(workspace)
}
