//! The reference data kasb carries: the European Qualifications Framework, the national
//! qualifications frameworks referenced to it, and the ISCO classifications, as the YAML
//! documents kasb reads, compiled in and versioned as one set ([`VERSION`]).
//!
//! This crate is data only: each [`File`] is a path inside the set, the id of its document and
//! its text. The `kasb` crate loads them beside a repository's own files (`kasb::reference`),
//! so a repository can name `kg-nqf/4`, `eqf/3` or `isco-08/7212` without copying anything.
//!
//! The files are a copy of the kasb repository's `standards/frameworks/` and
//! `standards/classifications/`, made by `cargo run -p kasb-reference --example sync`; their
//! sources and licences are stated in each file's header comment.
//!
//! ```
//! let eqf = kasb_reference::find("eqf").expect("the EQF ships with kasb");
//! assert!(eqf.text.contains("kind: LevelFramework"));
//! assert!(eqf.display_path().starts_with("<kasb reference "));
//! ```

#![warn(missing_docs)]

/// The version of the reference set: `kasb.toml` may pin it (`[reference] version`). It
/// changes whenever a document of the set changes.
pub const VERSION: &str = "2026.1";

/// One file of the reference set.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct File {
    /// Its path inside the set, such as `frameworks/eqf.yaml`.
    pub path: &'static str,
    /// The id of the document it holds.
    pub id: &'static str,
    /// Its YAML text.
    pub text: &'static str,
}

impl File {
    /// The path it is loaded and reported under: `<kasb reference 2026.1>/frameworks/eqf.yaml`.
    /// It names no file on disk and reads as what it is in a diagnostic.
    pub fn display_path(&self) -> String {
        format!("{}/{}", root(), self.path)
    }
}

/// The directory every [`File::display_path`] is under: `<kasb reference 2026.1>`.
pub fn root() -> String {
    format!("<kasb reference {VERSION}>")
}

/// The file whose document has exactly this id.
pub fn find(id: &str) -> Option<&'static File> {
    FILES.iter().find(|file| file.id == id)
}

mod files;

pub use files::FILES;
