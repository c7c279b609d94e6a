//! CTDL-ASN export: a standard or classification as a `ceasn:CompetencyFramework` with its
//! `ceasn:Competency` tree, in JSON-LD, as the Credential Registry takes it.
//!
//! Every framework and competency gets a CTID (`ce-` and a UUID) derived from its kasb id: the
//! UUID v5 of the id in kasb's namespace, stamped with the version-4 bits the Registry's CTID
//! grammar asks for, so the same document gives the same CTIDs on every run. Texts are language
//! maps (`{"ru": "…"}`); the hierarchy is `ceasn:hasTopChild` / `ceasn:isTopChildOf`,
//! `ceasn:hasChild` / `ceasn:isChildOf` and `ceasn:isPartOf`; the alignments of loaded crosswalks
//! whose source is the document become `ceasn:exactAlignment`, `broadAlignment`,
//! `narrowAlignment`, `majorAlignment`, `minorAlignment` or `alignTo` on the source competency,
//! each naming the target with the CTID the target document's own export gives it
//! ([`competency_ctid`]); an alignment whose target is no competency of an exportable document
//! is left out. A unit's or a classification entry's `description` is its `ceasn:comment`.

use std::collections::{BTreeMap, BTreeSet};

use kasb_load::Workspace;
use kasb_model::{AlignmentRelation, Classification, Document, OccupationalStandard, Text, Unit};
use serde_json::{Map, Value, json};
use uuid::Uuid;

use crate::case::{ExportError, Exported, KASB_NAMESPACE, find};

/// The JSON-LD context of CTDL-ASN.
pub const CONTEXT: &str = "https://credreg.net/ctdlasn/schema/context/json";

/// Where Registry resources live.
pub const RESOURCE_PREFIX: &str = "https://credentialengineregistry.org/resources/";

/// The CTID of a kasb id (`kg-welder`, `kg-welder/WLD-01`).
///
/// ```
/// let ctid = kasb_interchange::ctdl::ctid("kg-welder");
/// assert!(ctid.starts_with("ce-") && ctid.len() == 39);
/// assert_eq!(ctid, kasb_interchange::ctdl::ctid("kg-welder"));
/// ```
pub fn ctid(id: &str) -> String {
    let derived = Uuid::new_v5(&KASB_NAMESPACE, id.as_bytes());
    let stamped = uuid::Builder::from_random_bytes(*derived.as_bytes()).into_uuid();
    format!("ce-{stamped}")
}

/// The CTID of the competency `item` (its code: `WLD-01`, `A/01.2`, `7212`) in the export of
/// the document `document`: the one derivation used for the competency itself and for every
/// reference to it (its parent, its children, an alignment from another document), so a
/// reference always carries the CTID the target document's own export gives.
///
/// ```
/// use kasb_interchange::ctdl::{competency_ctid, ctid};
/// assert_eq!(competency_ctid("am-welder", "WLD-01"), ctid("am-welder/WLD-01"));
/// assert_ne!(competency_ctid("am-welder", "WLD-01"), competency_ctid("kg-welder", "WLD-01"));
/// ```
pub fn competency_ctid(document: &str, item: &str) -> String {
    ctid(&format!("{document}/{item}"))
}

/// The Registry resource of the document `id`.
fn resource(id: &str) -> String {
    format!("{RESOURCE_PREFIX}{}", ctid(id))
}

/// The Registry resource of the competency `item` of `document` ([`competency_ctid`]).
fn competency_resource(document: &str, item: &str) -> String {
    format!("{RESOURCE_PREFIX}{}", competency_ctid(document, item))
}

fn language_map(text: &Text, language: &str) -> Value {
    let map: Map<String, Value> = text
        .entries(language)
        .map(|(language, text)| (language.to_owned(), Value::String(text.to_owned())))
        .collect();
    Value::Object(map)
}

struct Node {
    code: String,
    text: Text,
    category: &'static str,
    parent: Option<String>,
    /// What the item covers (a unit's or an entry's description): `ceasn:comment`.
    comment: Option<Text>,
}

/// Exports the document `id` of `workspace` (loaded with the caller's options) as CTDL-ASN
/// JSON-LD, pretty-printed.
///
/// # Errors
/// When no document has the id, or it is neither an occupational standard nor a
/// classification.
pub fn export(workspace: &Workspace, id: &str) -> Result<String, ExportError> {
    export_package(workspace, id).map(|exported| exported.text)
}

/// [`export`], with the list of files read.
///
/// # Errors
/// As [`export`].
pub fn export_package(workspace: &Workspace, id: &str) -> Result<Exported, ExportError> {
    let found = find(workspace, id)?;
    let document = found.document;
    let language = document.language();
    let Some(nodes) = competencies(document) else {
        return Err(ExportError::Unsupported(format!(
            "`{}` is a {}; CTDL-ASN export takes an OccupationalStandard or a Classification",
            document.id(),
            document.kind()
        )));
    };
    let mut framework = match document {
        Document::OccupationalStandard(standard) => standard_description(standard, language),
        Document::Classification(classification) => {
            classification_description(classification, language)
        }
        _ => Map::new(),
    };
    let document_id = document.id();
    let known: BTreeSet<&str> = nodes.iter().map(|n| n.code.as_str()).collect();
    let alignments = alignments(&found.all, document_id, &known);
    let children = children(&nodes, &known, document_id);
    add_framework_fields(&mut framework, document, children.get(&None));
    let mut graph = vec![Value::Object(reorder(framework))];
    for node in &nodes {
        let competency = Competency {
            node,
            document_id,
            language,
            known: &known,
            children: children.get(&Some(node.code.as_str())),
            alignments: alignments.get(&node.code),
        };
        graph.push(Value::Object(competency.to_json()));
    }
    let payload = json!({
        "@context": CONTEXT,
        "@id": format!("https://credentialengineregistry.org/graph/{}", ctid(document_id)),
        "@graph": graph,
    });
    Ok(Exported {
        text: kasb_diagnostics::safe_json(
            serde_json::to_string_pretty(&payload).unwrap_or_default() + "\n",
        ),
        read: found.read,
    })
}

/// The competencies the export of `document` holds, or `None` for a kind CTDL-ASN export
/// does not take. The export and every reference into another document's export read this.
fn competencies(document: &Document) -> Option<Vec<Node>> {
    match document {
        Document::OccupationalStandard(standard) => Some(standard_nodes(standard)),
        Document::Classification(classification) => Some(classification_nodes(classification)),
        _ => None,
    }
}

/// The competencies of a standard, in document order: its work functions, then each unit
/// followed by its elements (each with its criteria) and its own criteria, knowledge and skills.
fn standard_nodes(standard: &OccupationalStandard) -> Vec<Node> {
    let mut nodes: Vec<Node> = standard
        .functions
        .iter()
        .map(|function| Node {
            code: function.id.clone(),
            text: function.title.clone(),
            category: "Generalised work function",
            parent: None,
            comment: None,
        })
        .collect();
    for unit in &standard.units {
        let parent = unit
            .function
            .clone()
            .filter(|function| standard.functions.iter().any(|f| &f.id == function));
        nodes.push(Node {
            code: unit.id.clone(),
            text: unit.title.clone(),
            category: "Unit",
            parent,
            comment: unit.description.clone(),
        });
        unit_nodes(unit, &mut nodes);
    }
    nodes
}

/// The competencies below a unit.
fn unit_nodes(unit: &Unit, nodes: &mut Vec<Node>) {
    for element in &unit.elements {
        nodes.push(Node {
            code: element.id.clone(),
            text: element.title.clone(),
            category: "Element",
            parent: Some(unit.id.clone()),
            comment: None,
        });
        for criterion in &element.criteria {
            nodes.push(Node {
                code: criterion.id.clone(),
                text: criterion.statement.clone(),
                category: "Performance criterion",
                parent: Some(element.id.clone()),
                comment: None,
            });
        }
    }
    let direct = unit
        .criteria
        .iter()
        .map(|c| (c.id.clone(), c.statement.clone(), "Performance criterion"));
    let knowledge = unit
        .knowledge
        .iter()
        .map(|k| (k.id.clone(), k.statement.clone(), "Knowledge"));
    let skills = unit
        .skills
        .iter()
        .map(|s| (s.id.clone(), s.statement.clone(), "Skill"));
    for (code, text, category) in direct.chain(knowledge).chain(skills) {
        nodes.push(Node {
            code,
            text,
            category,
            parent: Some(unit.id.clone()),
            comment: None,
        });
    }
}

/// A standard's description and publisher, as framework fields.
fn standard_description(standard: &OccupationalStandard, language: &str) -> Map<String, Value> {
    let mut framework = Map::new();
    if let Some(purpose) = &standard.purpose {
        framework.insert("ceasn:description".into(), language_map(purpose, language));
    }
    if let Some(approval) = &standard.approval
        && let Some(publisher) = approval.approved_by.as_ref()
    {
        framework.insert(
            "ceasn:publisherName".into(),
            language_map(publisher, language),
        );
    }
    framework
}

/// The competencies of a classification: one per entry, under its parent.
fn classification_nodes(classification: &Classification) -> Vec<Node> {
    classification
        .entries
        .iter()
        .map(|entry| Node {
            code: entry.code.clone(),
            text: entry.title.clone(),
            category: "Classification entry",
            parent: entry.parent.clone(),
            comment: entry.description.clone(),
        })
        .collect()
}

/// A classification's description and publisher, as framework fields.
fn classification_description(
    classification: &Classification,
    language: &str,
) -> Map<String, Value> {
    let mut framework = Map::new();
    if let Some(description) = &classification.description {
        framework.insert(
            "ceasn:description".into(),
            language_map(description, language),
        );
    }
    if let Some(publisher) = &classification.publisher {
        framework.insert(
            "ceasn:publisherName".into(),
            language_map(publisher, language),
        );
    }
    framework
}

/// The alignment properties of each competency (by code), from the loaded crosswalks whose
/// source is the document. An alignment is exported only when its target is a competency of
/// another document's export (what `kasb check` reports as K202 or K203 otherwise), so no
/// target dangles.
fn alignments(
    all: &[&Document],
    document_id: &str,
    known: &BTreeSet<&str>,
) -> BTreeMap<String, Vec<(&'static str, String)>> {
    let mut alignments: BTreeMap<String, Vec<(&'static str, String)>> = BTreeMap::new();
    let mut exports = Exports::default();
    let crosswalks = all.iter().filter_map(|document| match document {
        Document::Crosswalk(crosswalk) if crosswalk.source == document_id => Some(crosswalk),
        _ => None,
    });
    for crosswalk in crosswalks {
        for alignment in &crosswalk.alignments {
            let Some(source) = resolve(document_id, &alignment.source, |document, item| {
                document == document_id && known.contains(item)
            }) else {
                continue;
            };
            let target = resolve(&crosswalk.target, &alignment.target, |document, item| {
                exports.holds(all, document, item)
            });
            if let Some((document, item)) = target {
                alignments.entry(source.1.to_owned()).or_default().push((
                    property_of(alignment.relation),
                    competency_resource(document, item),
                ));
            }
        }
    }
    alignments
}

/// The document and item a crosswalk side names, read as the graph reads it: an item of the
/// side's document `side`, else a global id `document/item` (document ids hold no `/`, item
/// ids may: `ru-welder/A/01.2`). `exists` says whether a document's export holds an item.
fn resolve<'r>(
    side: &'r str,
    reference: &'r str,
    mut exists: impl FnMut(&str, &str) -> bool,
) -> Option<(&'r str, &'r str)> {
    if exists(side, reference) {
        return Some((side, reference));
    }
    let (document, item) = reference.split_once('/')?;
    exists(document, item).then_some((document, item))
}

/// The competency codes of the exports of the loaded documents, computed once each, as asked.
#[derive(Default)]
struct Exports {
    codes: BTreeMap<String, Option<BTreeSet<String>>>,
}

impl Exports {
    /// Whether the export of the loaded document `document` holds the competency `item`.
    fn holds(&mut self, all: &[&Document], document: &str, item: &str) -> bool {
        self.codes
            .entry(document.to_owned())
            .or_insert_with(|| {
                let loaded = all.iter().find(|d| d.id() == document)?;
                let nodes = competencies(loaded)?;
                Some(nodes.into_iter().map(|node| node.code).collect())
            })
            .as_ref()
            .is_some_and(|codes| codes.contains(item))
    }
}

/// The CTDL-ASN property of an alignment relation.
fn property_of(relation: AlignmentRelation) -> &'static str {
    match relation {
        AlignmentRelation::Exact => "ceasn:exactAlignment",
        AlignmentRelation::Broad => "ceasn:broadAlignment",
        AlignmentRelation::Narrow => "ceasn:narrowAlignment",
        AlignmentRelation::Major => "ceasn:majorAlignment",
        AlignmentRelation::Minor => "ceasn:minorAlignment",
        AlignmentRelation::Related => "ceasn:alignTo",
    }
}

/// The resources of each node's children, by parent code (`None`: the framework's top).
fn children<'a>(
    nodes: &'a [Node],
    known: &BTreeSet<&str>,
    document_id: &str,
) -> BTreeMap<Option<&'a str>, Vec<String>> {
    let mut children: BTreeMap<Option<&str>, Vec<String>> = BTreeMap::new();
    for node in nodes {
        let parent = node.parent.as_deref().filter(|p| known.contains(p));
        children
            .entry(parent)
            .or_default()
            .push(competency_resource(document_id, &node.code));
    }
    children
}

/// The framework's identity, name, language and top children, after its description.
fn add_framework_fields(
    framework: &mut Map<String, Value>,
    document: &Document,
    top: Option<&Vec<String>>,
) {
    let document_id = document.id();
    let language = document.language();
    framework.insert("@id".into(), json!(resource(document_id)));
    framework.insert("@type".into(), json!("ceasn:CompetencyFramework"));
    framework.insert("ceterms:ctid".into(), json!(ctid(document_id)));
    framework.insert(
        "ceasn:name".into(),
        language_map(document.title(), language),
    );
    framework.insert("ceasn:inLanguage".into(), json!([language]));
    if let Some(top) = top {
        framework.insert("ceasn:hasTopChild".into(), json!(top));
    }
}

/// One `ceasn:Competency` and what it needs from the rest of the export.
struct Competency<'a> {
    node: &'a Node,
    document_id: &'a str,
    language: &'a str,
    known: &'a BTreeSet<&'a str>,
    children: Option<&'a Vec<String>>,
    alignments: Option<&'a Vec<(&'static str, String)>>,
}

impl Competency<'_> {
    fn to_json(&self) -> Map<String, Value> {
        let (node, document_id) = (self.node, self.document_id);
        let framework_id = resource(document_id);
        let own_ctid = competency_ctid(document_id, &node.code);
        let mut competency = Map::new();
        competency.insert("@id".into(), json!(format!("{RESOURCE_PREFIX}{own_ctid}")));
        competency.insert("@type".into(), json!("ceasn:Competency"));
        competency.insert("ceterms:ctid".into(), json!(own_ctid));
        competency.insert(
            "ceasn:competencyText".into(),
            language_map(&node.text, self.language),
        );
        if let Some(comment) = &node.comment {
            // `ceasn:comment` may hold several texts per language: a list each.
            let comments = language_map(comment, self.language)
                .as_object()
                .into_iter()
                .flatten()
                .map(|(language, text)| (language.clone(), json!([text])))
                .collect();
            competency.insert("ceasn:comment".into(), Value::Object(comments));
        }
        competency.insert("ceasn:codedNotation".into(), json!(node.code));
        competency.insert(
            "ceasn:competencyCategory".into(),
            json!({"en": node.category}),
        );
        competency.insert("ceasn:isPartOf".into(), json!(framework_id));
        match node.parent.as_deref().filter(|p| self.known.contains(p)) {
            Some(parent) => {
                let parent = competency_resource(document_id, parent);
                competency.insert("ceasn:isChildOf".into(), json!(parent));
            }
            None => {
                competency.insert("ceasn:isTopChildOf".into(), json!(framework_id));
            }
        }
        if let Some(list) = self.children {
            competency.insert("ceasn:hasChild".into(), json!(list));
        }
        if let Some(list) = self.alignments {
            let mut by_property: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
            for (property, target) in list {
                by_property.entry(property).or_default().push(target);
            }
            for (property, targets) in by_property {
                competency.insert(property.into(), json!(targets));
            }
        }
        competency
    }
}

/// `@id` and `@type` first, then the rest in insertion order.
fn reorder(map: Map<String, Value>) -> Map<String, Value> {
    let mut ordered = Map::new();
    for key in ["@id", "@type", "ceterms:ctid"] {
        if let Some(value) = map.get(key) {
            ordered.insert(key.to_owned(), value.clone());
        }
    }
    for (key, value) in map {
        if !ordered.contains_key(&key) {
            ordered.insert(key, value);
        }
    }
    ordered
}
