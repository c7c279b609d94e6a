//! Levels: a unit above its qualification (K302), above its generalised function (K303), and
//! framework referencing that is incomplete (K304) or goes down (K305): the walk over documents
//! and over a framework's levels; the rules' files decide. Levels outside their framework (K301)
//! are found while the graph is built.

use kasb_model::{Document, EdgeKind, FieldPath, Items, LevelFramework, NodeKind, References};

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
    let mut levels: Vec<(&kasb_model::Level, Paths)> = framework
        .levels
        .iter()
        .zip(level_paths(framework))
        .collect();
    levels.sort_by_key(|(level, _)| level.level);
    let mut highest: Option<(u8, u8)> = None;
    for (level, paths) in levels {
        let (Some(referenced), Some(referenced_path)) = (level.referenced_level, paths.referenced)
        else {
            k304_incomplete_referencing::report(
                context,
                index,
                &paths.level,
                framework,
                level.level,
            );
            continue;
        };
        if let Some(below) = highest {
            let step = Step {
                level: level.level,
                referenced,
                below,
            };
            k305_referencing_goes_down::check(context, index, &referenced_path, target, step);
        }
        if highest.is_none_or(|(_, previous)| referenced >= previous) {
            highest = Some((level.level, referenced));
        }
    }
}

/// Where a level's number and its `referenced_level` are written.
struct Paths {
    level: FieldPath,
    referenced: Option<FieldPath>,
}

/// The paths of each level of `framework`, in document order, from its item and reference
/// declarations.
fn level_paths(framework: &LevelFramework) -> Vec<Paths> {
    let mut paths = Vec::new();
    framework.items(&mut |item| {
        if item.kind == NodeKind::Level {
            let level = item.path.key(item.id_key);
            paths.push(Paths {
                level,
                referenced: None,
            });
        }
    });
    let mut referenced = Vec::new();
    framework.references(&mut |reference| {
        if reference.edge == Some(EdgeKind::ReferencedTo) {
            referenced.push(reference.path);
        }
    });
    // A level without `referenced_level` declares no reference.
    let mut referenced = referenced.into_iter();
    for (paths, level) in paths.iter_mut().zip(&framework.levels) {
        if level.referenced_level.is_some() {
            paths.referenced = referenced.next();
        }
    }
    paths
}
