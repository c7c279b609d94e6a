use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::{
    AssessmentTool, Classification, Crosswalk, LevelFramework, OccupationalStandard, Qualification,
    Text, TrainingProgramme,
};

/// The kinds of document a repository holds, as written in a file's `kind` field.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum DocumentKind {
    /// Ordered levels with descriptors: EQF or a national qualifications framework.
    LevelFramework,
    /// A code list such as ISCO-08.
    Classification,
    /// What a competent worker does and knows.
    OccupationalStandard,
    /// A recognised award built from units.
    Qualification,
    /// How competence is judged: instruments, tasks, marking criteria.
    AssessmentTool,
    /// A curriculum built from units.
    TrainingProgramme,
    /// Alignments between items of two frameworks.
    Crosswalk,
}

impl DocumentKind {
    /// The `kind` string.
    pub fn as_str(self) -> &'static str {
        match self {
            DocumentKind::LevelFramework => "LevelFramework",
            DocumentKind::Classification => "Classification",
            DocumentKind::OccupationalStandard => "OccupationalStandard",
            DocumentKind::Qualification => "Qualification",
            DocumentKind::AssessmentTool => "AssessmentTool",
            DocumentKind::TrainingProgramme => "TrainingProgramme",
            DocumentKind::Crosswalk => "Crosswalk",
        }
    }
}

impl fmt::Display for DocumentKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for DocumentKind {
    type Err = ();

    fn from_str(kind: &str) -> Result<Self, ()> {
        Document::KINDS
            .iter()
            .copied()
            .find(|known| known.as_str() == kind)
            .ok_or(())
    }
}

/// One document of a repository: the contents of one YAML file.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Document {
    /// A level framework.
    LevelFramework(LevelFramework),
    /// A classification.
    Classification(Classification),
    /// An occupational standard.
    OccupationalStandard(OccupationalStandard),
    /// A qualification.
    Qualification(Qualification),
    /// An assessment tool.
    AssessmentTool(AssessmentTool),
    /// A training programme.
    TrainingProgramme(TrainingProgramme),
    /// A crosswalk.
    Crosswalk(Crosswalk),
}

impl Document {
    /// Every kind, in the order the schemas are listed.
    pub const KINDS: [DocumentKind; 7] = [
        DocumentKind::LevelFramework,
        DocumentKind::Classification,
        DocumentKind::OccupationalStandard,
        DocumentKind::Qualification,
        DocumentKind::AssessmentTool,
        DocumentKind::TrainingProgramme,
        DocumentKind::Crosswalk,
    ];

    /// This document's kind.
    pub fn kind(&self) -> DocumentKind {
        match self {
            Document::LevelFramework(_) => DocumentKind::LevelFramework,
            Document::Classification(_) => DocumentKind::Classification,
            Document::OccupationalStandard(_) => DocumentKind::OccupationalStandard,
            Document::Qualification(_) => DocumentKind::Qualification,
            Document::AssessmentTool(_) => DocumentKind::AssessmentTool,
            Document::TrainingProgramme(_) => DocumentKind::TrainingProgramme,
            Document::Crosswalk(_) => DocumentKind::Crosswalk,
        }
    }

    /// The document's global id.
    pub fn id(&self) -> &str {
        match self {
            Document::LevelFramework(d) => &d.id,
            Document::Classification(d) => &d.id,
            Document::OccupationalStandard(d) => &d.id,
            Document::Qualification(d) => &d.id,
            Document::AssessmentTool(d) => &d.id,
            Document::TrainingProgramme(d) => &d.id,
            Document::Crosswalk(d) => &d.id,
        }
    }

    /// The document's title.
    pub fn title(&self) -> &Text {
        match self {
            Document::LevelFramework(d) => &d.title,
            Document::Classification(d) => &d.title,
            Document::OccupationalStandard(d) => &d.title,
            Document::Qualification(d) => &d.title,
            Document::AssessmentTool(d) => &d.title,
            Document::TrainingProgramme(d) => &d.title,
            Document::Crosswalk(d) => &d.title,
        }
    }

    /// The language of the document's plain strings.
    pub fn language(&self) -> &str {
        match self {
            Document::LevelFramework(d) => &d.language,
            Document::Classification(d) => &d.language,
            Document::OccupationalStandard(d) => &d.language,
            Document::Qualification(d) => &d.language,
            Document::AssessmentTool(d) => &d.language,
            Document::TrainingProgramme(d) => &d.language,
            Document::Crosswalk(d) => &d.language,
        }
    }
}

impl DocumentKind {
    /// The JSON Schema of this kind's documents, generated from the Rust types, for editors
    /// (`# yaml-language-server: $schema=schemas/OccupationalStandard.json`).
    pub fn json_schema(self) -> schemars::Schema {
        let mut schema = match self {
            DocumentKind::LevelFramework => schemars::schema_for!(LevelFramework),
            DocumentKind::Classification => schemars::schema_for!(Classification),
            DocumentKind::OccupationalStandard => schemars::schema_for!(OccupationalStandard),
            DocumentKind::Qualification => schemars::schema_for!(Qualification),
            DocumentKind::AssessmentTool => schemars::schema_for!(AssessmentTool),
            DocumentKind::TrainingProgramme => schemars::schema_for!(TrainingProgramme),
            DocumentKind::Crosswalk => schemars::schema_for!(Crosswalk),
        };
        schema.insert(
            "$id".to_owned(),
            format!("https://kasb.dev/schemas/{}.json", self.as_str()).into(),
        );
        schema
    }

    /// The file name of this kind's schema in `schemas/`.
    pub fn schema_file_name(self) -> String {
        format!("{}.json", self.as_str())
    }
}
