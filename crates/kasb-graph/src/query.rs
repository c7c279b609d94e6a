use std::collections::HashSet;

use kasb_model::AlignmentRelation;
use petgraph::Direction;
use petgraph::graph::NodeIndex;
use petgraph::visit::EdgeRef;

use crate::{EQF_ID, EdgeKind, Inclusion, Node, NodeKind, StandardsGraph};

/// Why a query about an id has no answer: the id names nothing, or names a node the query does
/// not ask about (`units_of("kg-nqf")`). An empty answer always means "none".
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum QueryError {
    /// No node has the id.
    #[error("no document or item has the id `{id}`")]
    Unknown {
        /// The id asked about.
        id: String,
    },
    /// The id names a node of another kind.
    #[error("`{id}` is {}, but {expected} is expected", .found.described())]
    WrongKind {
        /// The id asked about.
        id: String,
        /// What it names.
        found: NodeKind,
        /// What the query asks about: "a qualification", "a unit or a qualification".
        expected: &'static str,
    },
}

/// The kinds each query asks about, with their words for [`QueryError::WrongKind`].
type Asked = (&'static [NodeKind], &'static str);

const ANY: Option<Asked> = None;
const STANDARD: Asked = (&[NodeKind::Standard], "an occupational standard");
const QUALIFICATION: Asked = (&[NodeKind::Qualification], "a qualification");
const CRITERIA_HOLDER: Asked = (
    &[NodeKind::Standard, NodeKind::Unit, NodeKind::Element],
    "a standard, a unit or an element",
);
const ASSESSABLE: Asked = (
    &[NodeKind::Criterion, NodeKind::Knowledge, NodeKind::Skill],
    "a performance criterion, a knowledge item or a skill",
);
const AT_A_LEVEL: Asked = (
    &[NodeKind::Unit, NodeKind::Function, NodeKind::Qualification],
    "a unit, a function or a qualification",
);
const LEVELLED: Asked = (
    &[
        NodeKind::Level,
        NodeKind::Unit,
        NodeKind::Function,
        NodeKind::Qualification,
    ],
    "a level, a unit, a function or a qualification",
);

impl StandardsGraph {
    /// The node with `id`, when it is one of the kinds `asked` (any kind when `None`).
    fn find(&self, id: &str, asked: Option<Asked>) -> Result<NodeIndex, QueryError> {
        let index = *self
            .ids
            .get(id)
            .ok_or_else(|| QueryError::Unknown { id: id.to_owned() })?;
        let found = self.graph[index].kind;
        match asked {
            Some((kinds, expected)) if !kinds.contains(&found) => Err(QueryError::WrongKind {
                id: id.to_owned(),
                found,
                expected,
            }),
            _ => Ok(index),
        }
    }

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
            .filter(|edge| kind(&edge.weight().kind))
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
    pub fn descendants(&self, id: &str, kind: NodeKind) -> Result<Vec<&Node>, QueryError> {
        let root = self.find(id, ANY)?;
        Ok(self.descendants_of(root, kind))
    }

    fn descendants_of(&self, root: NodeIndex, kind: NodeKind) -> Vec<&Node> {
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
    pub fn units_of(&self, standard: &str) -> Result<Vec<&Node>, QueryError> {
        let root = self.find(standard, Some(STANDARD))?;
        Ok(self.descendants_of(root, NodeKind::Unit))
    }

    /// The performance criteria of a standard, of one unit or of one element, in document
    /// order.
    pub fn criteria_of(&self, standard_or_unit: &str) -> Result<Vec<&Node>, QueryError> {
        let root = self.find(standard_or_unit, Some(CRITERIA_HOLDER))?;
        Ok(self.descendants_of(root, NodeKind::Criterion))
    }

    /// The units of a qualification with how each is included, core first, in document order.
    pub fn units_of_qualification(
        &self,
        qualification: &str,
    ) -> Result<Vec<(&Node, Inclusion)>, QueryError> {
        let index = self.find(qualification, Some(QUALIFICATION))?;
        let mut units: Vec<(NodeIndex, Inclusion)> = self
            .graph
            .edges_directed(index, Direction::Outgoing)
            .filter_map(|edge| match edge.weight().kind {
                EdgeKind::Includes { inclusion } => Some((edge.target(), inclusion)),
                _ => None,
            })
            .collect();
        units.sort_by_key(|(unit, inclusion)| (*inclusion == Inclusion::Elective, *unit));
        units.dedup_by_key(|(unit, _)| *unit);
        Ok(units
            .into_iter()
            .map(|(unit, inclusion)| (&self.graph[unit], inclusion))
            .collect())
    }

    /// The tasks that assess a criterion, knowledge item or skill.
    pub fn tasks_covering(&self, item: &str) -> Result<Vec<&Node>, QueryError> {
        let index = self.find(item, Some(ASSESSABLE))?;
        Ok(self.tasks_of(index))
    }

    fn tasks_of(&self, item: NodeIndex) -> Vec<&Node> {
        self.sources(item, |edge| *edge == EdgeKind::Assesses)
            .into_iter()
            .map(|task| &self.graph[task])
            .collect()
    }

    /// The performance criteria of a qualification's units that no task assesses.
    pub fn uncovered_criteria(&self, qualification: &str) -> Result<Vec<&Node>, QueryError> {
        Ok(self
            .units_of_qualification(qualification)?
            .into_iter()
            .flat_map(|(unit, _)| self.descendants_of(self.ids[&unit.id], NodeKind::Criterion))
            .filter(|criterion| self.tasks_of(self.ids[&criterion.id]).is_empty())
            .collect())
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

    /// The standards whose occupation has this ISCO-08 code (a code, not an id: an unknown
    /// code has no standards).
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
    /// followed through each framework's referencing. `Ok(None)` when a link is missing.
    pub fn eqf_level(&self, id: &str) -> Result<Option<u8>, QueryError> {
        let mut current = self.find(id, Some(LEVELLED))?;
        if self.graph[current].kind != NodeKind::Level {
            let Some(&level) = self.targets(current, |e| *e == EdgeKind::AtLevel).first() else {
                return Ok(None);
            };
            current = level;
        }
        Ok(self.eqf_of_level(current))
    }

    fn eqf_of_level(&self, mut current: NodeIndex) -> Option<u8> {
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

    /// The level node a unit, function or qualification is at; `Ok(None)` when it has none.
    pub fn level_of(&self, id: &str) -> Result<Option<&Node>, QueryError> {
        let index = self.find(id, Some(AT_A_LEVEL))?;
        let level = self.targets(index, |edge| *edge == EdgeKind::AtLevel);
        Ok(level.first().map(|&level| &self.graph[level]))
    }

    /// Items aligned to this one by a crosswalk, in either direction, with the relation as
    /// stated from `id`'s side when it is the source.
    pub fn alignments_of(&self, id: &str) -> Result<Vec<(&Node, AlignmentRelation)>, QueryError> {
        let index = self.find(id, ANY)?;
        let mut found = Vec::new();
        for direction in [Direction::Outgoing, Direction::Incoming] {
            for edge in self.graph.edges_directed(index, direction) {
                if let EdgeKind::Aligned { relation } = edge.weight().kind {
                    let other = if direction == Direction::Outgoing {
                        edge.target()
                    } else {
                        edge.source()
                    };
                    found.push((&self.graph[other], relation));
                }
            }
        }
        Ok(found)
    }
}
