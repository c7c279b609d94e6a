use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::assessment::AssessmentToolKind;
use crate::classification::ClassificationKind;
use crate::crosswalk::CrosswalkKind;
use crate::framework::LevelFrameworkKind;
use crate::kinds::document_kinds;
use crate::programme::TrainingProgrammeKind;
use crate::qualification::QualificationKind;
use crate::standard::OccupationalStandardKind;
use crate::{
    AssessmentTool, Classification, Crosswalk, LevelFramework, OccupationalStandard, Qualification,
    Text, TrainingProgramme,
};

// The one declaration of the document kinds: everything that is the same for every kind is
// generated from its row. What differs per kind is written where it differs: its `country` arm
// below, its node kind (`relations.rs`), its references (`references.rs`), its items
// (`kasb-graph` build/nodes.rs); then `kasb schema --out schemas` writes its schema, and
// the K107 explanation names it (a kasb-load test says so when it does not).
document_kinds! {
    /// Ordered levels with descriptors: EQF or a national qualifications framework.
    LevelFramework(LevelFramework, LevelFrameworkKind);
    /// A code list such as ISCO-08.
    Classification(Classification, ClassificationKind);
    /// What a competent worker does and knows.
    OccupationalStandard(OccupationalStandard, OccupationalStandardKind);
    /// A recognised award built from units.
    Qualification(Qualification, QualificationKind);
    /// How competence is judged: instruments, tasks, marking criteria.
    AssessmentTool(AssessmentTool, AssessmentToolKind);
    /// A curriculum built from units.
    TrainingProgramme(TrainingProgramme, TrainingProgrammeKind);
    /// Alignments between items of two frameworks.
    Crosswalk(Crosswalk, CrosswalkKind);
}

impl Document {
    /// The ISO 3166-1 country code the document states: required for some kinds, optional for
    /// others, absent from code lists and crosswalks.
    pub fn country(&self) -> Option<&str> {
        match self {
            Document::OccupationalStandard(standard) => Some(&standard.country),
            Document::Qualification(qualification) => Some(&qualification.country),
            Document::TrainingProgramme(programme) => Some(&programme.country),
            Document::LevelFramework(framework) => framework.country.as_deref(),
            Document::AssessmentTool(tool) => tool.country.as_deref(),
            Document::Classification(_) | Document::Crosswalk(_) => None,
        }
    }
}

impl Document {
    /// Every reference the document holds, in document order.
    pub fn reference_list(&self) -> Vec<crate::Reference<'_>> {
        let mut found = Vec::new();
        self.references(&mut |reference| found.push(reference));
        found
    }
}

impl fmt::Display for DocumentKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A `kind` that names no document kind: the error of `DocumentKind`'s `FromStr`.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not a document kind")]
pub struct UnknownKind(pub String);

impl FromStr for DocumentKind {
    type Err = UnknownKind;

    fn from_str(kind: &str) -> Result<Self, UnknownKind> {
        Document::KINDS
            .iter()
            .copied()
            .find(|known| known.as_str() == kind)
            .ok_or_else(|| UnknownKind(kind.to_owned()))
    }
}

impl DocumentKind {
    /// The file name of this kind's schema in `schemas/`.
    pub fn schema_file_name(self) -> String {
        format!("{}.json", self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_reads_back_from_its_name() {
        for kind in Document::KINDS {
            assert_eq!(kind.as_str().parse(), Ok(kind));
            assert_eq!(kind.schema_file_name(), format!("{kind}.json"));
        }
        assert_eq!(
            "Standard".parse::<DocumentKind>(),
            Err(UnknownKind("Standard".into()))
        );
    }
}
