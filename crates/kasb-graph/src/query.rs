use std::collections::HashSet;

use petgraph::Direction;
use petgraph::graph::NodeIndex;
use petgraph::visit::EdgeRef;

use crate::{EQF_ID, EdgeKind, Inclusion, Node, NodeKind, StandardsGraph};

impl StandardsGraph {
    /// Neighbours of `node` across edges that match `kind`, in `direction`, in insertion order.
    fn neighbours(
        &self,
        node: NodeIndex,
        direction: Direction,
        kind: fn(&EdgeKind) -> bool,
    ) -> Vec<NodeIndex> {
        let mut found: Vec<NodeIndex> = self
            .graph
            .edges_directed(node, direction)
            .filter(|edge| kind(edge.weight()))
            .map(|edge| match direction {
                Direction::Incoming => edge.source(),
                Direction::Outgoing => edge.target(),
            })
            .collect();
        found.sort();
        found.dedup();
        found
    }

    /// Nodes with an edge of `kind` pointing to `target`.
    fn sources(&self, target: NodeIndex, kind: fn(&EdgeKind) -> bool) -> Vec<NodeIndex> {
        self.neighbours(target, Direction::Incoming, kind)
    }

    /// Nodes that `source` points to with an edge of `kind`.
    fn targets(&self, source: NodeIndex, kind: fn(&EdgeKind) -> bool) -> Vec<NodeIndex> {
        self.neighbours(source, Direction::Outgoing, kind)
    }

    /// Every node inside a document or item (its `part_of` descendants) of the given kind, in
    /// document order.
    pub fn descendants(&self, id: &str, kind: NodeKind) -> Vec<&Node> {
        let Some(root) = self.index(id) else {
            return Vec::new();
        };
        let mut stack = vec![root];
        // Classification parents are written by authors and may form a cycle (K206): every
        // node is entered once, so the walk ends whatever the edges.
        let mut visited = HashSet::from([root]);
        let mut found = Vec::new();
        while let Some(current) = stack.pop() {
            for child in self.sources(current, |edge| *edge == EdgeKind::PartOf) {
                let node = &self.graph[child];
                // Units point to their function too; stay inside the document's own tree.
                if node.document != self.graph[root].document || !visited.insert(child) {
                    continue;
                }
                if node.kind == kind {
                    found.push(child);
                }
                stack.push(child);
            }
        }
        found.sort();
        found.dedup();
        found.into_iter().map(|index| &self.graph[index]).collect()
    }

    /// The units of a standard, in document order.
    pub fn units_of(&self, standard: &str) -> Vec<&Node> {
        self.descendants(standard, NodeKind::Unit)
    }

    /// The performance criteria of a standard or of one unit, in document order.
    pub fn criteria_of(&self, standard_or_unit: &str) -> Vec<&Node> {
        self.descendants(standard_or_unit, NodeKind::Criterion)
    }

    /// The units of a qualification with how each is included, core first, in document order.
    pub fn units_of_qualification(&self, qualification: &str) -> Vec<(&Node, Inclusion)> {
        let Some(index) = self.index(qualification) else {
            return Vec::new();
        };
        let mut units: Vec<(NodeIndex, Inclusion)> = self
            .graph
            .edges_directed(index, Direction::Outgoing)
            .filter_map(|edge| match edge.weight() {
                EdgeKind::Includes { inclusion } => Some((edge.target(), *inclusion)),
                _ => None,
            })
            .collect();
        units.sort_by_key(|(unit, inclusion)| (*inclusion == Inclusion::Elective, *unit));
        units.dedup_by_key(|(unit, _)| *unit);
        units
            .into_iter()
            .map(|(unit, inclusion)| (&self.graph[unit], inclusion))
            .collect()
    }

    /// The tasks that assess a criterion, knowledge item or skill.
    pub fn tasks_covering(&self, item: &str) -> Vec<&Node> {
        let Some(index) = self.index(item) else {
            return Vec::new();
        };
        self.sources(index, |edge| *edge == EdgeKind::Assesses)
            .into_iter()
            .map(|task| &self.graph[task])
            .collect()
    }

    /// The performance criteria of a qualification's units that no task assesses.
    pub fn uncovered_criteria(&self, qualification: &str) -> Vec<&Node> {
        self.units_of_qualification(qualification)
            .into_iter()
            .flat_map(|(unit, _)| self.criteria_of(&unit.id))
            .filter(|criterion| self.tasks_covering(&criterion.id).is_empty())
            .collect()
    }

    /// Every performance criterion in the graph that no task assesses.
    pub fn criteria_without_task(&self) -> Vec<&Node> {
        self.graph
            .node_indices()
            .filter(|&index| self.graph[index].kind == NodeKind::Criterion)
            .filter(|&index| {
                self.sources(index, |edge| *edge == EdgeKind::Assesses)
                    .is_empty()
            })
            .map(|index| &self.graph[index])
            .collect()
    }

    /// The standards whose occupation has this ISCO-08 code.
    pub fn standards_for_isco(&self, code: &str) -> Vec<&Node> {
        self.documents()
            .filter(|node| node.kind == NodeKind::Standard)
            .filter(|node| match self.document_of(node) {
                kasb_model::Document::OccupationalStandard(standard) => {
                    standard.occupation.isco.as_deref() == Some(code)
                }
                _ => false,
            })
            .collect()
    }

    /// The EQF level of a level, or of a unit, function or qualification through its level:
    /// followed through each framework's referencing. `None` when a link is missing.
    pub fn eqf_level(&self, id: &str) -> Option<u8> {
        let mut current = self.index(id)?;
        if self.graph[current].kind != NodeKind::Level {
            current = *self
                .targets(current, |edge| *edge == EdgeKind::AtLevel)
                .first()?;
        }
        // Referencing chains are short; the bound keeps a referencing cycle (K207) from
        // looping, and a level seen twice ends the walk at once.
        let mut seen = Vec::with_capacity(8);
        for _ in 0..8 {
            let node = &self.graph[current];
            if node.id.split_once('/').map(|(framework, _)| framework) == Some(EQF_ID) {
                return node.level;
            }
            if seen.contains(&current) {
                return None;
            }
            seen.push(current);
            current = *self
                .targets(current, |edge| *edge == EdgeKind::ReferencedTo)
                .first()?;
        }
        None
    }

    /// The level node a unit, function or qualification is at.
    pub fn level_of(&self, id: &str) -> Option<&Node> {
        let index = self.index(id)?;
        let level = *self
            .targets(index, |edge| *edge == EdgeKind::AtLevel)
            .first()?;
        Some(&self.graph[level])
    }

    /// Items aligned to this one by a crosswalk, in either direction, with the relation as
    /// stated from `id`'s side when it is the source.
    pub fn alignments_of(&self, id: &str) -> Vec<(&Node, kasb_model::AlignmentRelation)> {
        let Some(index) = self.index(id) else {
            return Vec::new();
        };
        let mut found = Vec::new();
        for direction in [Direction::Outgoing, Direction::Incoming] {
            for edge in self.graph.edges_directed(index, direction) {
                if let EdgeKind::Aligned { relation } = edge.weight() {
                    let other = if direction == Direction::Outgoing {
                        edge.target()
                    } else {
                        edge.source()
                    };
                    found.push((&self.graph[other], *relation));
                }
            }
        }
        found
    }
}
