//! Imports and exports the formats standards bodies already hold their data in.
//!
//! | format | direction | entry point |
//! | --- | --- | --- |
//! | Russian professional-standard XML (Ministry of Labour, `XMLCardInfo`) | import | [`ru::import_files`] |
//! | CASE 1.0 and 1.1 package JSON (CFDocument, CFItems, CFAssociations, CFDefinitions, CFRubrics) | import, export | [`case::import_file`], [`case::export`], [`case::export_package_with`] |
//! | CTDL-ASN JSON-LD (`ceasn:CompetencyFramework`) | export | [`ctdl::export`] |
//! | ESCO CSV (v1.1.1 layout and the official download layout: ISCO groups, occupations, skills, occupation–skill relations) | import | [`esco::import_dir`] |
//!
//! Importers read their input with streaming parsers (quick-xml, csv, serde_json), never panic
//! on malformed input, and report every problem as a [`Problem`] with its location (file and
//! line and column, or CSV record). They return an [`Import`]: kasb documents, ready to be
//! written as YAML files with [`Import::write`], which writes atomically (an exclusive temporary
//! file with an unpredictable name, then a rename), writes a document and its sidecar together
//! or not at all, leaves files that already hold the same bytes alone, refuses to overwrite
//! different ones unless asked to, and produces the same bytes on every run. [`write_file`] is
//! the same write path for one file, used by every command that writes.
//!
//! ```
//! use kasb_interchange::ru;
//!
//! let xml = r#"<XMLCardInfo><ProfessionalStandarts><ProfessionalStandart>
//!   <NameProfessionalStandart>Программист</NameProfessionalStandart>
//!   <RegistrationNumber>4</RegistrationNumber><OrderNumber>679н</OrderNumber>
//!   <DateOfApproval>18.11.2013</DateOfApproval>
//!   <FirstSection><KindProfessionalActivity>Разработка программного обеспечения</KindProfessionalActivity>
//!   <CodeKindProfessionalActivity>06.001</CodeKindProfessionalActivity></FirstSection>
//!   <ThirdSection><WorkFunctions><GeneralizedWorkFunctions><GeneralizedWorkFunction>
//!     <CodeOTF>A</CodeOTF><NameOTF>Разработка и отладка программного кода</NameOTF>
//!     <LevelOfQualification>3</LevelOfQualification>
//!     <ParticularWorkFunctions><ParticularWorkFunction>
//!       <CodeTF>A/01.3</CodeTF><NameTF>Формализация задач</NameTF><SubQualification>3</SubQualification>
//!       <LaborActions><LaborAction>Составление описаний</LaborAction></LaborActions>
//!     </ParticularWorkFunction></ParticularWorkFunctions>
//!   </GeneralizedWorkFunction></GeneralizedWorkFunctions></WorkFunctions></ThirdSection>
//! </ProfessionalStandart></ProfessionalStandarts></XMLCardInfo>"#;
//! let import = ru::import_reader("06.001.xml", xml.as_bytes());
//! assert!(import.problems.is_empty());
//! let standard = import.standards().next().unwrap();
//! assert_eq!(standard.id, "ru-ps-06.001");
//! assert_eq!(standard.units[0].id, "A/01.3");
//! assert_eq!(standard.units[0].criteria[0].id, "A/01.3.1");
//! ```

#![warn(missing_docs)]

pub mod case;
mod confine;
pub mod ctdl;
pub mod esco;
mod json;
mod locate;
pub mod ru;
mod write;

use std::fmt;
use std::path::Path;

use kasb_diagnostics::{Location, Severity};
use kasb_model::{Document, OccupationalStandard};

pub use confine::{MAX_FILE_NAME_BYTES, UnsafeFileName, check_file_name};
pub use write::{
    Outcome, Overwrite, SIDECAR_MARKER, WriteError, Written, find_input, fingerprint,
    schema_reference, sidecar_markers, to_yaml, write_file,
};

/// A problem found in the input: malformed data, a value kasb had to normalise, a part that has
/// no place in kasb's model.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// `Error`: the input is malformed and the part it belongs to is not imported; `Warning`:
    /// imported, but a value was normalised or is suspicious; `Info`: worth knowing.
    pub severity: Severity,
    /// Where: the file, and the line and column (XML, JSON) or the record's line (CSV).
    pub location: Location,
    /// What, naming the value.
    pub message: String,
}

impl Problem {
    pub(crate) fn new(severity: Severity, location: Location, message: impl Into<String>) -> Self {
        Self {
            severity,
            location,
            message: message.into(),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}: {}", self.severity, self.location, self.message)
    }
}

/// One file an import writes, besides its kasb document: a sidecar that keeps what kasb's model
/// has no field for (a CASE package's identifiers, associations and definitions), so an export
/// gives it back without loss.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sidecar {
    /// The file name, beside the document's YAML file.
    pub file_name: String,
    /// The file's contents.
    pub contents: String,
}

/// One imported document and the file it is written to.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportedDocument {
    /// The file name (relative to the output directory), such as `ru-ps-06.001.yaml`.
    pub file_name: String,
    /// The document.
    pub document: Document,
    /// Files written beside it.
    pub sidecars: Vec<Sidecar>,
}

/// The result of an import: the documents, and every problem found on the way.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Import {
    /// The documents, in input order.
    pub documents: Vec<ImportedDocument>,
    /// The problems, in input order.
    pub problems: Vec<Problem>,
}

impl Import {
    /// The occupational standards among the documents.
    pub fn standards(&self) -> impl Iterator<Item = &OccupationalStandard> {
        self.documents
            .iter()
            .filter_map(|imported| match &imported.document {
                Document::OccupationalStandard(standard) => Some(standard),
                _ => None,
            })
    }

    /// How many problems have this severity.
    pub fn count(&self, severity: Severity) -> usize {
        self.problems
            .iter()
            .filter(|problem| problem.severity == severity)
            .count()
    }

    /// Adds another import's documents and problems after this one's.
    pub fn extend(&mut self, other: Import) {
        self.documents.extend(other.documents);
        self.problems.extend(other.problems);
    }

    /// Writes every document as a YAML file (and its sidecars) into `out`, creating it.
    ///
    /// Every file name is checked first ([`check_file_name`]). A file that already holds
    /// exactly what would be written is left alone (`unchanged`); nothing is written when any
    /// other file is in the way and `force` is false. Every file is written in full to a
    /// temporary file before any is renamed into place, so a full disk writes nothing; a
    /// document's sidecars and YAML file are put in place together or not at all. A failure
    /// while renaming says which files were written and which were not, and running the same
    /// import again completes it.
    ///
    /// # Errors
    /// A file in the way without `force`, an unsafe or repeated file name, or an I/O error.
    pub fn write(&self, out: &Path, force: bool) -> Result<Written, WriteError> {
        write::write_import(self, out, force)
    }
}
