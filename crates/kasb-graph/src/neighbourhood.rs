//! One document's neighbourhood: the part of the graph worth drawing when the whole is too
//! large to read.

use petgraph::graph::NodeIndex;

use crate::{NodeId, QueryError, StandardsGraph};

/// A set of the graph's nodes, such as [`StandardsGraph::neighbourhood`] answers; exported with
/// [`StandardsGraph::export_nodes`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NodeSet {
    /// One flag per node of the graph, by index.
    members: Vec<bool>,
}

impl NodeSet {
    /// Whether the set holds `node`.
    pub fn contains(&self, node: NodeId) -> bool {
        self.members.get(node.0.index()).copied().unwrap_or(false)
    }

    /// How many nodes the set holds.
    pub fn len(&self) -> usize {
        self.members.iter().filter(|&&member| member).count()
    }

    /// Whether the set holds no node.
    pub fn is_empty(&self) -> bool {
        !self.members.contains(&true)
    }

    /// The nodes of the set, in the order they were added to the graph.
    pub fn iter(&self) -> impl Iterator<Item = NodeId> + '_ {
        self.members
            .iter()
            .enumerate()
            .filter(|&(_, &member)| member)
            .map(|(index, _)| NodeId(NodeIndex::new(index)))
    }

    /// Adds `node`; answers whether it was new.
    fn insert(&mut self, node: NodeIndex) -> bool {
        !std::mem::replace(&mut self.members[node.index()], true)
    }
}

impl StandardsGraph {
    /// Every node of the graph, as a [`NodeSet`].
    pub fn all_nodes(&self) -> NodeSet {
        NodeSet {
            members: vec![true; self.graph.node_count()],
        }
    }

    /// The nodes within `depth` edges, in either direction, of the node `id` and, for a
    /// document, of each of its items: what `kasb graph --root ID --depth N` draws. Depth 0 is
    /// the document and its items alone. The walk is breadth-first with a visited set, so it
    /// ends on any graph and any depth.
    ///
    /// ```
    /// # use kasb_graph::StandardsGraph;
    /// # use kasb_load::{load, LoadOptions};
    /// # let dir = tempfile::tempdir().unwrap();
    /// # std::fs::write(dir.path().join("eqf.yaml"), "kind: LevelFramework\nformat: 1\nid: eqf\ntitle: EQF\nlanguage: en\nlevels:\n  - level: 4\n").unwrap();
    /// # std::fs::write(dir.path().join("nqf.yaml"), "kind: LevelFramework\nformat: 1\nid: kg-nqf\ntitle: NQF\nlanguage: en\ncountry: KG\nreferencing: {framework: eqf}\nlevels:\n  - level: 5\n    referenced_level: 4\n").unwrap();
    /// # let workspace = load(&[dir.path().to_path_buf()], &LoadOptions::default()).unwrap();
    /// let (graph, _) = StandardsGraph::build(workspace);
    /// let ids = |depth| -> Vec<String> {
    ///     let set = graph.neighbourhood("kg-nqf", depth).unwrap();
    ///     set.iter().map(|node| graph[node].id.clone()).collect()
    /// };
    /// assert_eq!(ids(0), ["kg-nqf", "kg-nqf/5"]);
    /// // The level the NQF's level references, then (depth 2) the framework it is part of.
    /// assert_eq!(ids(1), ["eqf/4", "kg-nqf", "kg-nqf/5"]);
    /// assert_eq!(ids(2), ["eqf", "eqf/4", "kg-nqf", "kg-nqf/5"]);
    /// assert!(graph.neighbourhood("kg-nfq", 1).is_err());
    /// ```
    pub fn neighbourhood(&self, id: &str, depth: u32) -> Result<NodeSet, QueryError> {
        let root = self
            .ids
            .get(id)
            .copied()
            .ok_or_else(|| QueryError::Unknown { id: id.to_owned() })?;
        let mut set = NodeSet {
            members: vec![false; self.graph.node_count()],
        };
        let mut frontier = self.own_nodes(root);
        for &node in &frontier {
            set.insert(node);
        }
        for _ in 0..depth {
            let mut next = Vec::new();
            for node in frontier {
                for neighbour in self.graph.neighbors_undirected(node) {
                    if set.insert(neighbour) {
                        next.push(neighbour);
                    }
                }
            }
            if next.is_empty() {
                break;
            }
            frontier = next;
        }
        Ok(set)
    }

    /// A document's node and its items' nodes; an item's node alone.
    fn own_nodes(&self, node: NodeIndex) -> Vec<NodeIndex> {
        let weight = &self.graph[node];
        if !weight.kind.is_document() {
            return vec![node];
        }
        self.ranges
            .get(weight.document)
            .cloned()
            .unwrap_or_default()
            .map(NodeIndex::new)
            .collect()
    }
}
