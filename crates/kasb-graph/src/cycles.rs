//! Cycles in a relation, found without recursion: a chain of a million references must not
//! exhaust the stack, and a cycle must be reported once, naming its members in order.

use std::collections::{HashMap, VecDeque};
use std::hash::Hash;

use petgraph::algo::kosaraju_scc;
use petgraph::graph::{DiGraph, NodeIndex};
use petgraph::visit::{
    EdgeRef, IntoNeighbors, IntoNeighborsDirected, IntoNodeIdentifiers, Visitable,
};

use crate::{EdgeKind, Node, NodeId, StandardsGraph};

/// A cycle of one relation: its members in the order the relation leads from one to the
/// next, starting at the member defined first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cycle<N> {
    /// The members, each related to the next and the last to the first.
    pub members: Vec<N>,
    /// How many nodes are caught in cycles with these members (the strongly connected
    /// component): more than `members.len()` when several cycles overlap.
    pub tangled: usize,
}

/// Every cycle of a relation over `nodes` nodes numbered from 0, given as its `edges`
/// (from, to): one per strongly connected component (Kosaraju's algorithm, whose depth-first
/// searches keep an explicit stack). A node related to itself is a cycle of one. Each cycle
/// starts at its smallest node and is a shortest way back to it; cycles are ordered by that
/// node.
///
/// ```
/// let found = kasb_graph::cycles(4, [(0, 1), (1, 2), (2, 0), (3, 3)]);
/// assert_eq!(found[0].members, [0, 1, 2]);
/// assert_eq!(found[1].members, [3]);
/// ```
pub fn cycles(nodes: usize, edges: impl IntoIterator<Item = (usize, usize)>) -> Vec<Cycle<usize>> {
    let mut graph: DiGraph<(), ()> = DiGraph::with_capacity(nodes, 0);
    for _ in 0..nodes {
        graph.add_node(());
    }
    for (from, to) in edges {
        if from.max(to) < nodes {
            graph.add_edge(NodeIndex::new(from), NodeIndex::new(to), ());
        }
    }
    cycles_in(&graph)
        .into_iter()
        .map(|cycle| Cycle {
            members: cycle.members.iter().map(|node| node.index()).collect(),
            tangled: cycle.tangled,
        })
        .collect()
}

/// [`cycles`] over any petgraph graph.
fn cycles_in<G>(graph: G) -> Vec<Cycle<G::NodeId>>
where
    G: IntoNeighborsDirected + IntoNodeIdentifiers + Visitable,
    G::NodeId: Ord + Hash,
{
    let mut found: Vec<Cycle<G::NodeId>> = kosaraju_scc(graph)
        .into_iter()
        .filter_map(|component| cycle_in(graph, &component))
        .collect();
    found.sort_by(|a, b| a.members[0].cmp(&b.members[0]));
    found
}

/// A shortest cycle through the smallest member of a strongly connected component, by a
/// breadth-first search inside it; `None` when the component is one node without a loop.
fn cycle_in<G>(graph: G, component: &[G::NodeId]) -> Option<Cycle<G::NodeId>>
where
    G: IntoNeighbors,
    G::NodeId: Ord + Hash,
{
    let start = *component.iter().min()?;
    if component.len() == 1 {
        let looped = graph.neighbors(start).any(|next| next == start);
        return looped.then(|| Cycle {
            members: vec![start],
            tangled: 1,
        });
    }
    let inside: HashMap<G::NodeId, Option<G::NodeId>> =
        component.iter().map(|&node| (node, None)).collect();
    let mut came_from = inside;
    let mut queue = VecDeque::from([start]);
    while let Some(current) = queue.pop_front() {
        for next in graph.neighbors(current) {
            if next == start {
                return Some(Cycle {
                    members: path_back(&came_from, start, current),
                    tangled: component.len(),
                });
            }
            if let Some(slot @ None) = came_from.get_mut(&next) {
                *slot = Some(current);
                queue.push_back(next);
            }
        }
    }
    None // unreachable for a strongly connected component of two or more
}

/// The path `start → … → last`, read back through the breadth-first search's parents.
fn path_back<N: Copy + Eq + Hash>(came_from: &HashMap<N, Option<N>>, start: N, last: N) -> Vec<N> {
    let mut path = vec![last];
    let mut current = last;
    while current != start {
        match came_from.get(&current).copied().flatten() {
            Some(previous) => {
                path.push(previous);
                current = previous;
            }
            None => break,
        }
    }
    path.reverse();
    path
}

impl StandardsGraph {
    /// Every cycle along the edges that `relation` accepts (for example prerequisites), each
    /// once, its members in order. Iterative, so any length of chain is safe.
    ///
    /// Only the nodes the relation touches can be in its cycles, and a relation such as
    /// prerequisites has few edges in a graph of millions of nodes: the search runs over those
    /// nodes alone, numbered in the graph's order, after one pass over the edges.
    pub fn cycles(&self, relation: impl Fn(&Node, &EdgeKind) -> bool) -> Vec<Cycle<NodeId>> {
        let graph = &self.graph;
        let edges: Vec<(NodeIndex, NodeIndex)> = graph
            .edge_references()
            .filter(|edge| relation(&graph[edge.source()], &edge.weight().kind))
            .map(|edge| (edge.source(), edge.target()))
            .collect();
        let mut touched: Vec<NodeIndex> = edges.iter().flat_map(|&(a, b)| [a, b]).collect();
        touched.sort_unstable();
        touched.dedup();
        let number = |node: NodeIndex| touched.binary_search(&node).unwrap_or_default();
        let dense = edges.iter().map(|&(a, b)| (number(a), number(b)));
        cycles(touched.len(), dense)
            .into_iter()
            .map(|cycle| Cycle {
                members: (cycle.members.into_iter())
                    .map(|member| NodeId(touched[member]))
                    .collect(),
                tangled: cycle.tangled,
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn graph(edges: &[(u32, u32)]) -> DiGraph<(), ()> {
        DiGraph::from_edges(edges)
    }

    fn cycles(graph: &DiGraph<(), ()>) -> Vec<Cycle<NodeIndex>> {
        cycles_in(graph)
    }

    fn members(found: &[Cycle<NodeIndex>]) -> Vec<Vec<usize>> {
        found
            .iter()
            .map(|cycle| cycle.members.iter().map(|n| n.index()).collect())
            .collect()
    }

    #[test]
    fn finds_each_cycle_once_in_order() {
        let g = graph(&[(0, 1), (1, 2), (2, 0), (3, 3), (4, 5), (5, 6)]);
        let found = cycles(&g);
        assert_eq!(members(&found), vec![vec![0, 1, 2], vec![3]]);
        assert_eq!(found[0].tangled, 3);
    }

    #[test]
    fn overlapping_cycles_are_one_tangle_with_a_shortest_cycle() {
        let g = graph(&[(0, 1), (1, 0), (1, 2), (2, 3), (3, 1)]);
        let found = cycles(&g);
        assert_eq!(members(&found), vec![vec![0, 1]]);
        assert_eq!(found[0].tangled, 4);
    }

    #[test]
    fn a_long_chain_has_no_cycle_and_a_long_ring_has_one() {
        let n = 100_000u32;
        let chain: Vec<(u32, u32)> = (0..n - 1).map(|i| (i, i + 1)).collect();
        assert!(cycles(&graph(&chain)).is_empty());
        let mut ring = chain;
        ring.push((n - 1, 0));
        let found = cycles(&graph(&ring));
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].members.len(), n as usize);
        assert_eq!(found[0].members[1].index(), 1);
    }
}
