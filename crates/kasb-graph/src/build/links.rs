//! Pass 2: every reference of every document becomes an edge, or a located diagnostic.

use kasb_model::{
    AssessmentTool, Classification, Crosswalk, Document, FieldPath, LevelFramework,
    OccupationalStandard, Qualification, TrainingProgramme,
};
use petgraph::graph::NodeIndex;

use super::Builder;
use crate::{EdgeKind, Inclusion, NodeKind};

impl Builder<'_> {
    /// Links each reference of a list field (`list[i]`) from `from`.
    fn link_each(
        &mut self,
        index: usize,
        from: NodeIndex,
        references: &[String],
        list: &FieldPath,
        expected: &[NodeKind],
        edge: EdgeKind,
    ) {
        for (i, reference) in references.iter().enumerate() {
            self.link(index, from, reference, &list.index(i), expected, edge);
        }
    }

    pub(super) fn link_document(&mut self, index: usize, node: NodeIndex, document: &Document) {
        match document {
            Document::LevelFramework(framework) => self.link_framework(index, framework),
            Document::Classification(classification) => {
                self.link_classification(index, classification)
            }
            Document::OccupationalStandard(standard) => self.link_standard(index, node, standard),
            Document::Qualification(qualification) => {
                self.link_qualification(index, node, qualification)
            }
            Document::AssessmentTool(tool) => self.link_tool(index, node, tool),
            Document::TrainingProgramme(programme) => self.link_programme(index, node, programme),
            Document::Crosswalk(crosswalk) => self.link_crosswalk(index, crosswalk),
        }
    }

    fn link_framework(&mut self, index: usize, framework: &LevelFramework) {
        let root = FieldPath::root();
        let Some(referencing) = &framework.referencing else {
            return;
        };
        let path = root.key("referencing").key("framework");
        if self
            .resolve(index, &referencing.framework, &path, &[NodeKind::Framework])
            .is_none()
        {
            return;
        }
        for (i, level) in framework.levels.iter().enumerate() {
            let Some(target) = level.referenced_level else {
                continue;
            };
            let Some(from) = self
                .ids
                .get(&format!("{}/{}", framework.id, level.level))
                .copied()
            else {
                continue;
            };
            let path = root.key("levels").index(i).key("referenced_level");
            self.link_level(
                index,
                from,
                &referencing.framework,
                target,
                &path,
                EdgeKind::ReferencedTo,
            );
        }
    }

    fn link_classification(&mut self, index: usize, classification: &Classification) {
        for (i, entry) in classification.entries.iter().enumerate() {
            let Some(parent) = &entry.parent else {
                continue;
            };
            let Some(from) = self
                .ids
                .get(&format!("{}/{}", classification.id, entry.code))
                .copied()
            else {
                continue;
            };
            let path = FieldPath::root().key("entries").index(i).key("parent");
            self.link(
                index,
                from,
                parent,
                &path,
                &[NodeKind::ClassificationEntry],
                EdgeKind::PartOf,
            );
        }
    }

    fn link_standard(&mut self, index: usize, node: NodeIndex, standard: &OccupationalStandard) {
        let root = FieldPath::root();
        let framework_ok = self
            .link(
                index,
                node,
                &standard.framework,
                &root.key("framework"),
                &[NodeKind::Framework],
                EdgeKind::UsesFramework,
            )
            .is_some();
        if let Some(replacement) = &standard.replaced_by {
            self.link(
                index,
                node,
                replacement,
                &root.key("replaced_by"),
                &[NodeKind::Standard],
                EdgeKind::ReplacedBy,
            );
        }
        if let Some(isco) = &standard.occupation.isco {
            self.link_isco(node, isco);
        }
        for (i, function) in standard.functions.iter().enumerate() {
            let Some(from) = self.item_node(&standard.id, &function.id) else {
                continue;
            };
            if framework_ok {
                let path = root.key("functions").index(i).key("level");
                self.link_level(
                    index,
                    from,
                    &standard.framework,
                    function.level,
                    &path,
                    EdgeKind::AtLevel,
                );
            }
        }
        for (i, unit) in standard.units.iter().enumerate() {
            let Some(from) = self.item_node(&standard.id, &unit.id) else {
                continue;
            };
            let path = root.key("units").index(i);
            if let (Some(level), true) = (unit.level, framework_ok) {
                self.link_level(
                    index,
                    from,
                    &standard.framework,
                    level,
                    &path.key("level"),
                    EdgeKind::AtLevel,
                );
            }
            if let Some(function) = &unit.function {
                self.link(
                    index,
                    from,
                    function,
                    &path.key("function"),
                    &[NodeKind::Function],
                    EdgeKind::PartOf,
                );
            }
            self.link_each(
                index,
                from,
                &unit.prerequisites,
                &path.key("prerequisites"),
                &[NodeKind::Unit],
                EdgeKind::Prerequisite,
            );
        }
    }

    fn link_qualification(&mut self, index: usize, node: NodeIndex, qualification: &Qualification) {
        let root = FieldPath::root();
        if self
            .link(
                index,
                node,
                &qualification.framework,
                &root.key("framework"),
                &[NodeKind::Framework],
                EdgeKind::UsesFramework,
            )
            .is_some()
        {
            self.link_level(
                index,
                node,
                &qualification.framework,
                qualification.level,
                &root.key("level"),
                EdgeKind::AtLevel,
            );
        }
        if let Some(isco) = &qualification.isco {
            self.link_isco(node, isco);
        }
        self.link_each(
            index,
            node,
            &qualification.derived_from,
            &root.key("derived_from"),
            &[NodeKind::Standard],
            EdgeKind::DerivedFrom,
        );
        self.link_each(
            index,
            node,
            &qualification.core,
            &root.key("core"),
            &[NodeKind::Unit],
            EdgeKind::Includes {
                inclusion: Inclusion::Core,
            },
        );
        for (i, group) in qualification.electives.iter().enumerate() {
            let group_node = self.item_node(&qualification.id, &group.id);
            for (j, unit) in group.units.iter().enumerate() {
                let path = root.key("electives").index(i).key("units").index(j);
                let edge = EdgeKind::Includes {
                    inclusion: Inclusion::Elective,
                };
                if let Some(target) = self.link(index, node, unit, &path, &[NodeKind::Unit], edge)
                    && let Some(group_node) = group_node
                {
                    self.graph.add_edge(group_node, target, edge);
                }
            }
        }
        if let Some(replacement) = &qualification.replaced_by {
            self.link(
                index,
                node,
                replacement,
                &root.key("replaced_by"),
                &[NodeKind::Qualification],
                EdgeKind::ReplacedBy,
            );
        }
    }

    fn link_tool(&mut self, index: usize, node: NodeIndex, tool: &AssessmentTool) {
        let root = FieldPath::root();
        if let Some(qualification) = &tool.qualification {
            self.link(
                index,
                node,
                qualification,
                &root.key("qualification"),
                &[NodeKind::Qualification],
                EdgeKind::Serves,
            );
        }
        self.link_each(
            index,
            node,
            &tool.standards,
            &root.key("standards"),
            &[NodeKind::Standard],
            EdgeKind::Serves,
        );
        for (i, instrument) in tool.instruments.iter().enumerate() {
            for (j, task) in instrument.tasks.iter().enumerate() {
                let Some(from) = self.item_node(&tool.id, &task.id) else {
                    continue;
                };
                for (k, target) in task.assesses.iter().enumerate() {
                    let path = root
                        .key("instruments")
                        .index(i)
                        .key("tasks")
                        .index(j)
                        .key("assesses")
                        .index(k);
                    let expected = [NodeKind::Criterion, NodeKind::Knowledge, NodeKind::Skill];
                    self.link(index, from, target, &path, &expected, EdgeKind::Assesses);
                }
            }
        }
    }

    fn link_programme(&mut self, index: usize, node: NodeIndex, programme: &TrainingProgramme) {
        let root = FieldPath::root();
        if let Some(qualification) = &programme.qualification {
            self.link(
                index,
                node,
                qualification,
                &root.key("qualification"),
                &[NodeKind::Qualification],
                EdgeKind::Serves,
            );
        }
        for (i, module) in programme.modules.iter().enumerate() {
            let Some(from) = self.item_node(&programme.id, &module.id) else {
                continue;
            };
            self.link_each(
                index,
                from,
                &module.units,
                &root.key("modules").index(i).key("units"),
                &[NodeKind::Unit],
                EdgeKind::Teaches,
            );
        }
    }

    fn link_crosswalk(&mut self, index: usize, crosswalk: &Crosswalk) {
        let root = FieldPath::root();
        let documents = [
            NodeKind::Framework,
            NodeKind::Classification,
            NodeKind::Standard,
            NodeKind::Qualification,
            NodeKind::AssessmentTool,
            NodeKind::Programme,
        ];
        let source = self.resolve(index, &crosswalk.source, &root.key("source"), &documents);
        let target = self.resolve(index, &crosswalk.target, &root.key("target"), &documents);
        let (Some(_), Some(_)) = (source, target) else {
            return;
        };
        let items = [
            NodeKind::Level,
            NodeKind::ClassificationEntry,
            NodeKind::Function,
            NodeKind::Unit,
            NodeKind::Element,
            NodeKind::Criterion,
            NodeKind::Knowledge,
            NodeKind::Skill,
        ];
        for (i, alignment) in crosswalk.alignments.iter().enumerate() {
            let path = root.key("alignments").index(i);
            let from = self.resolve_in(
                index,
                &crosswalk.source,
                &alignment.source,
                &path.key("source"),
                &items,
            );
            let to = self.resolve_in(
                index,
                &crosswalk.target,
                &alignment.target,
                &path.key("target"),
                &items,
            );
            if let (Some(from), Some(to)) = (from, to) {
                self.graph.add_edge(
                    from,
                    to,
                    EdgeKind::Aligned {
                        relation: alignment.relation,
                    },
                );
            }
        }
    }
}
