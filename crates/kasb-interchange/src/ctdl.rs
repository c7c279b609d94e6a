//! CTDL-ASN export: a standard or classification as a `ceasn:CompetencyFramework` with its
//! `ceasn:Competency` tree, in JSON-LD, as the Credential Registry takes it.
//!
//! Every framework and competency gets a CTID (`ce-` and a UUID) derived from its kasb id: the
//! UUID v5 of the id in kasb's namespace, stamped with the version-4 bits the Registry's CTID
//! grammar asks for, so the same document gives the same CTIDs on every run. Texts are language
//! maps (`{"ru": "…"}`); the hierarchy is `ceasn:hasTopChild` / `ceasn:isTopChildOf`,
//! `ceasn:hasChild` / `ceasn:isChildOf` and `ceasn:isPartOf`; the alignments of loaded crosswalks
//! whose source is the document become `ceasn:exactAlignment`, `broadAlignment`,
//! `narrowAlignment`, `majorAlignment`, `minorAlignment` or `alignTo` on the source competency.

use std::collections::BTreeMap;
use std::path::PathBuf;

use kasb_model::{AlignmentRelation, Document, Text};
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

fn resource(id: &str) -> String {
    format!("{RESOURCE_PREFIX}{}", ctid(id))
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
}

/// Exports the document `id` found under `paths` as CTDL-ASN JSON-LD, pretty-printed.
///
/// # Errors
/// When the paths cannot be read, no document has the id, or it is neither an occupational
/// standard nor a classification.
pub fn export(paths: &[PathBuf], id: &str) -> Result<String, ExportError> {
    export_package(paths, id).map(|exported| exported.text)
}

/// [`export`], with the list of files read.
///
/// # Errors
/// As [`export`].
pub fn export_package(paths: &[PathBuf], id: &str) -> Result<Exported, ExportError> {
    let found = find(paths, id)?;
    let document = &found.document;
    let language = document.language().to_owned();
    let mut nodes = Vec::new();
    let mut framework = Map::new();
    match document {
        Document::OccupationalStandard(standard) => {
            for function in &standard.functions {
                nodes.push(Node {
                    code: function.id.clone(),
                    text: function.title.clone(),
                    category: "Generalised work function",
                    parent: None,
                });
            }
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
                });
                for element in &unit.elements {
                    nodes.push(Node {
                        code: element.id.clone(),
                        text: element.title.clone(),
                        category: "Element",
                        parent: Some(unit.id.clone()),
                    });
                    for criterion in &element.criteria {
                        nodes.push(Node {
                            code: criterion.id.clone(),
                            text: criterion.statement.clone(),
                            category: "Performance criterion",
                            parent: Some(element.id.clone()),
                        });
                    }
                }
                let direct = unit
                    .criteria
                    .iter()
                    .map(|c| (c, "Performance criterion"))
                    .map(|(c, category)| (c.id.clone(), c.statement.clone(), category));
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
                    });
                }
            }
            if let Some(purpose) = &standard.purpose {
                framework.insert("ceasn:description".into(), language_map(purpose, &language));
            }
            if let Some(approval) = &standard.approval
                && let Some(publisher) = approval.approved_by.as_ref()
            {
                framework.insert(
                    "ceasn:publisherName".into(),
                    language_map(publisher, &language),
                );
            }
        }
        Document::Classification(classification) => {
            for entry in &classification.entries {
                nodes.push(Node {
                    code: entry.code.clone(),
                    text: entry.title.clone(),
                    category: "Classification entry",
                    parent: entry.parent.clone(),
                });
            }
            if let Some(publisher) = &classification.publisher {
                framework.insert(
                    "ceasn:publisherName".into(),
                    language_map(publisher, &language),
                );
            }
        }
        other => {
            return Err(ExportError::Unsupported(format!(
                "`{}` is a {}; CTDL-ASN export takes an OccupationalStandard or a Classification",
                other.id(),
                other.kind()
            )));
        }
    }
    let document_id = document.id();
    let known: std::collections::BTreeSet<&str> = nodes.iter().map(|n| n.code.as_str()).collect();
    // Alignments from crosswalks whose source is this document.
    let mut alignments: BTreeMap<String, Vec<(&'static str, String)>> = BTreeMap::new();
    for other in &found.all {
        let Document::Crosswalk(crosswalk) = other else {
            continue;
        };
        if crosswalk.source != document_id {
            continue;
        }
        for alignment in &crosswalk.alignments {
            let source = alignment
                .source
                .strip_prefix(&format!("{document_id}/"))
                .unwrap_or(&alignment.source);
            if !known.contains(source) {
                continue;
            }
            let target = if alignment.target.contains('/')
                && !alignment
                    .target
                    .starts_with(&format!("{}/", crosswalk.target))
                && found
                    .all
                    .iter()
                    .any(|d| alignment.target.starts_with(&format!("{}/", d.id())))
            {
                alignment.target.clone()
            } else {
                format!("{}/{}", crosswalk.target, alignment.target)
            };
            let property = match alignment.relation {
                AlignmentRelation::Exact => "ceasn:exactAlignment",
                AlignmentRelation::Broad => "ceasn:broadAlignment",
                AlignmentRelation::Narrow => "ceasn:narrowAlignment",
                AlignmentRelation::Major => "ceasn:majorAlignment",
                AlignmentRelation::Minor => "ceasn:minorAlignment",
                AlignmentRelation::Related => "ceasn:alignTo",
            };
            alignments
                .entry(source.to_owned())
                .or_default()
                .push((property, resource(&target)));
        }
    }
    let framework_id = resource(document_id);
    let item_id = |code: &str| resource(&format!("{document_id}/{code}"));
    let mut children: BTreeMap<Option<&str>, Vec<String>> = BTreeMap::new();
    for node in &nodes {
        let parent = node.parent.as_deref().filter(|p| known.contains(p));
        children
            .entry(parent)
            .or_default()
            .push(item_id(&node.code));
    }
    framework.insert("@id".into(), json!(framework_id));
    framework.insert("@type".into(), json!("ceasn:CompetencyFramework"));
    framework.insert("ceterms:ctid".into(), json!(ctid(document_id)));
    framework.insert(
        "ceasn:name".into(),
        language_map(document.title(), &language),
    );
    framework.insert("ceasn:inLanguage".into(), json!([language]));
    if let Some(top) = children.get(&None) {
        framework.insert("ceasn:hasTopChild".into(), json!(top));
    }
    let mut graph = vec![Value::Object(reorder(framework))];
    for node in &nodes {
        let key = format!("{document_id}/{}", node.code);
        let mut competency = Map::new();
        competency.insert("@id".into(), json!(resource(&key)));
        competency.insert("@type".into(), json!("ceasn:Competency"));
        competency.insert("ceterms:ctid".into(), json!(ctid(&key)));
        competency.insert(
            "ceasn:competencyText".into(),
            language_map(&node.text, &language),
        );
        competency.insert("ceasn:codedNotation".into(), json!(node.code));
        competency.insert(
            "ceasn:competencyCategory".into(),
            json!({"en": node.category}),
        );
        competency.insert("ceasn:isPartOf".into(), json!(framework_id));
        match node.parent.as_deref().filter(|p| known.contains(p)) {
            Some(parent) => {
                competency.insert("ceasn:isChildOf".into(), json!(item_id(parent)));
            }
            None => {
                competency.insert("ceasn:isTopChildOf".into(), json!(framework_id));
            }
        }
        if let Some(list) = children.get(&Some(node.code.as_str())) {
            competency.insert("ceasn:hasChild".into(), json!(list));
        }
        if let Some(list) = alignments.get(&node.code) {
            let mut by_property: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
            for (property, target) in list {
                by_property.entry(property).or_default().push(target);
            }
            for (property, targets) in by_property {
                competency.insert(property.into(), json!(targets));
            }
        }
        graph.push(Value::Object(competency));
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
