use kasb_model::NodeKind;
use serde::Serialize;

/// A node: a document or an item inside one.
///
/// A node names its document and its place among the document's items; its title or statement
/// and its path are read from the typed document when asked for
/// ([`StandardsGraph::label`](crate::StandardsGraph::label),
/// [`StandardsGraph::path`](crate::StandardsGraph::path),
/// [`StandardsGraph::for_each_text`](crate::StandardsGraph::for_each_text)), so the graph
/// holds no second copy of every text.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Node {
    /// What it is.
    pub kind: NodeKind,
    /// Its global id: `document-id`, or `document-id/item-id` for an item.
    pub id: String,
    /// The index of its document in the workspace.
    #[serde(skip)]
    pub document: usize,
    /// Its place among the items its document declares ([`kasb_model::Items`]); `None` for
    /// the document itself.
    #[serde(skip)]
    pub item: Option<u32>,
    /// The level number, for a level.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub level: Option<u8>,
}

impl Node {
    /// The item id within the document: the part after the first `/`, or the whole id.
    pub fn local_id(&self) -> &str {
        if self.kind.is_document() {
            &self.id
        } else {
            self.id.split_once('/').map_or(&self.id, |(_, item)| item)
        }
    }
}
