//! Levels: a unit above its qualification (K302), above its generalised function (K303), and
//! framework referencing that is incomplete (K304) or goes down (K305): the walk over documents
//! and over a framework's levels; the rules' files decide. Levels outside their framework (K301)
//! are found while the graph is built.

use kasb_model::{Document, FieldPath, LevelFramework};

use crate::context::Context;
use crate::rules::{
    k302_unit_above_qualification, k303_level_above_parent, k304_incomplete_referencing,
    k305_referencing_goes_down,
};

/// A level of a framework referenced to another, beside the highest referencing below it.
pub(crate) struct Step {
    /// The level.
    pub level: u8,
    /// The level of the other framework it is referenced to.
    pub referenced: u8,
    /// The highest level below, and what it is referenced to.
    pub below: (u8, u8),
}

pub(crate) fn check(context: &mut Context<'_>) {
    for (index, document) in context.documents().collect::<Vec<_>>() {
        match document {
            Document::LevelFramework(framework) if framework.referencing.is_some() => {
                referencing(context, index, framework);
            }
            Document::OccupationalStandard(standard) => {
                k303_level_above_parent::check(context, index, standard)
            }
            Document::Qualification(qualification) => {
                k302_unit_above_qualification::check(context, index, qualification)
            }
            _ => {}
        }
    }
}

/// Walks the levels of a referenced framework in order, for K304 and K305.
fn referencing(context: &mut Context<'_>, index: usize, framework: &LevelFramework) {
    let target = framework
        .referencing
        .as_ref()
        .map_or("", |r| r.framework.as_str());
    let mut levels: Vec<(usize, &kasb_model::Level)> =
        framework.levels.iter().enumerate().collect();
    levels.sort_by_key(|(_, level)| level.level);
    let mut highest: Option<(u8, u8)> = None;
    for (i, level) in levels {
        let path = FieldPath::root().key("levels").index(i);
        let Some(referenced) = level.referenced_level else {
            k304_incomplete_referencing::report(context, index, &path, framework, level.level);
            continue;
        };
        if let Some(below) = highest {
            let step = Step {
                level: level.level,
                referenced,
                below,
            };
            k305_referencing_goes_down::check(context, index, &path, target, step);
        }
        if highest.is_none_or(|(_, previous)| referenced >= previous) {
            highest = Some((level.level, referenced));
        }
    }
}
