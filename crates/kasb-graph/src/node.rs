use kasb_model::{FieldPath, NodeKind, Text};
use serde::Serialize;

/// A node: a document or an item inside one.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Node {
    /// What it is.
    pub kind: NodeKind,
    /// Its global id: `document-id`, or `document-id/item-id` for an item.
    pub id: String,
    /// Its title or statement.
    pub label: Text,
    /// The index of its document in the workspace.
    #[serde(skip)]
    pub document: usize,
    /// Where it is defined in its document.
    #[serde(skip)]
    pub path: FieldPath,
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
