//! Levels through their frameworks to the EQF, for the reason of a level change.

use std::collections::HashMap;

use kasb_model::Document;

use crate::{Part, Reason};

/// The id of the European Qualifications Framework, which other frameworks reference.
const EQF: &str = "eqf";

/// Every framework known to the diff: its id and, per level, the EQF level it is referenced to.
#[derive(Default)]
pub(crate) struct Levels {
    frameworks: HashMap<String, HashMap<u8, u8>>,
}

impl Levels {
    /// Reads the frameworks among `documents`; a later one with the same id wins (HEAD after
    /// BASE, the repository after the reference set).
    pub fn add<'a>(&mut self, documents: impl IntoIterator<Item = &'a Document>) {
        for document in documents {
            let Document::LevelFramework(framework) = document else {
                continue;
            };
            let to_eqf = framework.id == EQF
                || framework
                    .referencing
                    .as_ref()
                    .is_some_and(|referencing| referencing.framework == EQF);
            let levels = framework
                .levels
                .iter()
                .filter_map(|level| match (framework.id == EQF, to_eqf) {
                    (true, _) => Some((level.level, level.level)),
                    (false, true) => level.referenced_level.map(|eqf| (level.level, eqf)),
                    (false, false) => None,
                })
                .collect();
            self.frameworks.insert(framework.id.clone(), levels);
        }
    }

    /// The EQF level of `level` in `framework`, if the framework is known and referenced.
    pub fn eqf(&self, framework: &str, level: u8) -> Option<u8> {
        self.frameworks.get(framework)?.get(&level).copied()
    }

    /// `level 4 in kg-nqf (EQF 4)`, or `(EQF unknown)`.
    pub fn describe(&self, framework: &str, level: Option<u8>) -> Reason {
        let Some(level) = level else {
            return Reason::new("diff-no-level");
        };
        let said = match self.eqf(framework, level) {
            Some(eqf) => Reason::new("diff-level").with("eqf", Part::number(eqf.into())),
            None => Reason::new("diff-level-eqf-unknown"),
        };
        said.with("level", Part::number(level.into()))
            .with("framework", Part::text(framework))
    }
}
