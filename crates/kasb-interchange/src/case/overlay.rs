//! The export of an imported package: the sidecar (the package as imported) with the YAML's
//! current titles, codes, entries and associations applied. What the YAML changed, and only
//! that, gets the export's `lastChangeDateTime` (and so does the CFDocument when anything
//! changed): the sidecar holds every item as imported, so each is compared with it. New items
//! and associations get identifiers (UUID v5 of their kasb id) and URIs in the package's own
//! scheme (the prefix its items' URIs share before their identifier).

use std::collections::{BTreeMap, BTreeSet};

use kasb_model::{Classification, ClassificationEntry, EntryAssociation};
use serde_json::json;

use super::{item_codes, relation_name, relation_of, text_in, uuid_of};
use crate::json::{Json, Object};

/// The sidecar `package` with `classification` applied; `now` dates what changed.
pub(super) fn overlay(mut package: Object, classification: &Classification, now: &str) -> Object {
    let mut changed = apply_document(&mut package, classification);
    let document = document_link(&package);
    let scheme = Scheme::of(&package);
    let mut items = apply_items(&mut package, classification, now);
    changed |= items.changed || !items.removed.is_empty();
    let mut added = add_items(&mut package, classification, &mut items, &scheme, now);
    if let Some(Json::Array(associations)) = package.get_mut("CFAssociations") {
        let before = associations.len();
        associations.retain(|association| {
            let ends = ["originNodeURI", "destinationNodeURI"].map(|key| link_id(association, key));
            !ends.iter().any(|end| items.removed.contains(*end))
        });
        changed |= associations.len() != before;
        for association in associations.iter_mut() {
            normalise_sequence_number(association);
        }
    }
    let context = Context {
        items: &items,
        scheme: &scheme,
        document: &document,
        now,
    };
    added.extend(sync_associations(
        &mut package,
        classification,
        &context,
        &mut changed,
    ));
    changed |= !added.is_empty();
    if !added.is_empty() {
        match package.entry_or("CFAssociations", Json::Array(Vec::new())) {
            Json::Array(list) => list.extend(added),
            other => *other = Json::Array(added),
        }
    }
    if changed && let Some(Json::Object(document)) = package.get_mut("CFDocument") {
        document.insert("lastChangeDateTime", now.to_owned());
    }
    normalise_definitions(&mut package);
    package
}

/// The package's URI scheme: the prefixes its items' and associations' URIs put before their
/// identifiers, when they share one.
struct Scheme {
    items: Option<String>,
    associations: Option<String>,
}

impl Scheme {
    fn of(package: &Object) -> Self {
        Self {
            items: common_prefix(package.get("CFItems")),
            associations: common_prefix(package.get("CFAssociations")),
        }
    }

    /// The URI of a new node with `identifier` (a UUID): the package's prefix and the
    /// identifier, or `urn:uuid:` when the package has no such prefix.
    fn uri(prefix: Option<&String>, identifier: &str) -> String {
        prefix.map_or_else(
            || format!("urn:uuid:{identifier}"),
            |prefix| format!("{prefix}{identifier}"),
        )
    }
}

/// The prefix most of `list`'s objects put before their identifier in their `uri`.
fn common_prefix(list: Option<&Json>) -> Option<String> {
    let Some(Json::Array(list)) = list else {
        return None;
    };
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for object in list.iter().filter_map(Json::as_object) {
        let (Some(uri), Some(identifier)) = (object.str_of("uri"), object.str_of("identifier"))
        else {
            continue;
        };
        if let Some(prefix) = uri.strip_suffix(identifier).filter(|p| !p.is_empty()) {
            *counts.entry(prefix).or_default() += 1;
        }
    }
    let (prefix, _) = counts.into_iter().max_by_key(|(_, count)| *count)?;
    Some(prefix.to_owned())
}

/// The package's items as the export keeps them.
#[derive(Default)]
struct Items {
    /// By kasb code: the item's identifier, URI and title for links.
    by_code: BTreeMap<String, Link>,
    /// By identifier: the kasb code of each imported item kept.
    code_of: BTreeMap<String, String>,
    /// The URIs of the items kept.
    kept_uris: BTreeSet<String>,
    /// The identifiers of the items the YAML no longer has.
    removed: BTreeSet<String>,
    changed: bool,
}

/// A `LinkGenURI`: what an association says of a node.
#[derive(Clone)]
struct Link {
    identifier: String,
    uri: String,
    title: String,
}

impl Link {
    fn to_json(&self) -> Json {
        Json::from(json!({"title": self.title, "identifier": self.identifier, "uri": self.uri}))
    }
}

/// Applies each entry's title and code to its item (matched by URI); an edited item gets
/// `now` as its `lastChangeDateTime`; items with no entry are left out.
fn apply_items(package: &mut Object, classification: &Classification, now: &str) -> Items {
    let language = classification.language.as_str();
    let by_uri: BTreeMap<&str, &ClassificationEntry> = classification
        .entries
        .iter()
        .filter_map(|entry| Some((entry.uri.as_deref()?, entry)))
        .collect();
    let imported_codes = imported_codes(package);
    let mut items = Items::default();
    let Some(Json::Array(list)) = package.get_mut("CFItems") else {
        return items;
    };
    list.retain_mut(|item| {
        let Some(item) = item.as_object_mut() else {
            return true;
        };
        // An item without an identifier was left out by the import (and reported); one
        // without a URI is matched by none of the YAML's entries, which adds it back anew.
        let (Some(identifier), Some(uri)) = (item.str_of("identifier"), item.str_of("uri")) else {
            return false;
        };
        let (identifier, uri) = (identifier.to_owned(), uri.to_owned());
        let Some(entry) = by_uri.get(uri.as_str()) else {
            items.removed.insert(identifier);
            return false;
        };
        let own = item.str_of("language").unwrap_or(language).to_owned();
        let statement = text_in(&entry.title, &own);
        let mut edited = false;
        if item.str_of("fullStatement") != Some(statement.as_str()) {
            item.insert("fullStatement", statement);
            edited = true;
        }
        if imported_codes.get(&identifier) != Some(&entry.code)
            && item.str_of("humanCodingScheme") != Some(entry.code.as_str())
        {
            item.insert("humanCodingScheme", entry.code.clone());
            edited = true;
        }
        if edited {
            item.insert("lastChangeDateTime", now.to_owned());
            items.changed = true;
        }
        let title = item
            .str_of("humanCodingScheme")
            .unwrap_or(&entry.code)
            .to_owned();
        items.code_of.insert(identifier.clone(), entry.code.clone());
        let link = Link {
            identifier,
            uri: uri.clone(),
            title,
        };
        items.by_code.insert(entry.code.clone(), link);
        items.kept_uris.insert(uri);
        true
    });
    items
}

/// The codes the import gave the package's items, by identifier (see [`item_codes`]).
fn imported_codes(package: &Object) -> BTreeMap<String, String> {
    let pairs: Vec<(String, Option<String>)> = match package.get("CFItems") {
        Some(Json::Array(items)) => items
            .iter()
            .filter_map(Json::as_object)
            .filter_map(|item| {
                let identifier = item.str_of("identifier")?.to_owned();
                Some((
                    identifier,
                    item.str_of("humanCodingScheme").map(str::to_owned),
                ))
            })
            .collect(),
        _ => Vec::new(),
    };
    let codes = item_codes(
        pairs
            .iter()
            .map(|(id, human)| (id.as_str(), human.as_deref())),
    );
    codes
        .into_iter()
        .map(|(id, code)| (id.to_owned(), code))
        .collect()
}

/// Adds an item for each entry added in kasb, dated `now`, with an `isChildOf` association to
/// its parent (or to the document); returns those associations.
fn add_items(
    package: &mut Object,
    classification: &Classification,
    items: &mut Items,
    scheme: &Scheme,
    now: &str,
) -> Vec<Json> {
    let document = document_link(package);
    let new: Vec<&ClassificationEntry> = classification
        .entries
        .iter()
        .filter(|entry| {
            !entry
                .uri
                .as_ref()
                .is_some_and(|u| items.kept_uris.contains(u))
        })
        .collect();
    for entry in &new {
        let identifier = uuid_of(&format!("{}/{}", classification.id, entry.code)).to_string();
        let uri = entry
            .uri
            .clone()
            .unwrap_or_else(|| Scheme::uri(scheme.items.as_ref(), &identifier));
        let link = Link {
            identifier,
            uri,
            title: entry.code.clone(),
        };
        items.by_code.insert(entry.code.clone(), link);
    }
    let mut associations = Vec::new();
    for entry in new {
        let link = &items.by_code[&entry.code];
        let mut item = Object::default();
        item.insert("identifier", link.identifier.clone());
        item.insert("uri", link.uri.clone());
        item.insert(
            "fullStatement",
            text_in(&entry.title, &classification.language),
        );
        item.insert("humanCodingScheme", entry.code.clone());
        item.insert("lastChangeDateTime", now.to_owned());
        if let Some(document) = &document {
            item.insert("CFDocumentURI", document.clone());
        }
        match package.entry_or("CFItems", Json::Array(Vec::new())) {
            Json::Array(list) => list.push(Json::Object(item)),
            other => *other = Json::Array(vec![Json::Object(item)]),
        }
        let parent = entry.parent.as_ref().and_then(|p| items.by_code.get(p));
        let key = format!("{}/{}/isChildOf", classification.id, entry.code);
        let destination = parent.map(Link::to_json).or_else(|| document.clone());
        let context = (scheme, document.as_ref(), now);
        associations.push(association(&key, "isChildOf", link, destination, context));
    }
    associations
}

/// A new association, identified by the UUID v5 of `key`.
fn association(
    key: &str,
    association_type: &str,
    origin: &Link,
    destination: Option<Json>,
    (scheme, document, now): (&Scheme, Option<&Json>, &str),
) -> Json {
    let identifier = uuid_of(key).to_string();
    let mut object = Object::default();
    object.insert("identifier", identifier.clone());
    object.insert("associationType", association_type.to_owned());
    object.insert(
        "uri",
        Scheme::uri(scheme.associations.as_ref(), &identifier),
    );
    object.insert("originNodeURI", origin.to_json());
    object.insert("destinationNodeURI", destination.unwrap_or(Json::Null));
    object.insert("lastChangeDateTime", now.to_owned());
    if let Some(document) = document {
        object.insert("CFDocumentURI", document.clone());
    }
    Json::Object(object)
}

/// What [`sync_associations`] needs besides the package.
struct Context<'a> {
    items: &'a Items,
    scheme: &'a Scheme,
    document: &'a Option<Json>,
    now: &'a str,
}

/// Makes the package's typed associations (those the import turned into entry associations)
/// those the YAML has: removes those the YAML no longer has, returns new ones for those it
/// added.
fn sync_associations(
    package: &mut Object,
    classification: &Classification,
    context: &Context<'_>,
    changed: &mut bool,
) -> Vec<Json> {
    // What the YAML says, per origin code, each to be matched once.
    let mut wanted: BTreeMap<&str, Vec<Option<&EntryAssociation>>> = classification
        .entries
        .iter()
        .map(|entry| {
            (
                entry.code.as_str(),
                entry.associations.iter().map(Some).collect(),
            )
        })
        .collect();
    if let Some(Json::Array(list)) = package.get_mut("CFAssociations") {
        let before = list.len();
        list.retain(|association| {
            let Some((origin, typed)) = imported_association(association, context.items) else {
                return true;
            };
            let Some(slots) = wanted.get_mut(origin) else {
                return true;
            };
            let slot = slots
                .iter_mut()
                .find(|slot| slot.is_some_and(|a| *a == typed));
            slot.map(Option::take).is_some()
        });
        *changed |= list.len() != before;
    }
    let mut added = Vec::new();
    for (code, slots) in wanted {
        let Some(origin) = context.items.by_code.get(code) else {
            continue;
        };
        for (i, association) in slots.into_iter().enumerate() {
            let Some(association) = association else {
                continue;
            };
            let key = format!("{}/{code}/associations/{i}", classification.id);
            let destination = destination(association, context.items);
            let name = relation_name(association.relation);
            let made = (context.scheme, context.document.as_ref(), context.now);
            added.push(self::association(
                &key,
                name,
                origin,
                Some(destination),
                made,
            ));
        }
    }
    added
}

/// The entry association the import made of `association`, with the code of its origin; none
/// for an association the import kept in the sidecar only.
fn imported_association<'a>(
    association: &Json,
    items: &'a Items,
) -> Option<(&'a str, EntryAssociation)> {
    let relation = relation_of(association.get("associationType")?.as_str()?)?;
    let origin = items.code_of.get(link_id(association, "originNodeURI"))?;
    let destination = association.get("destinationNodeURI")?;
    let target = destination
        .get("identifier")
        .and_then(Json::as_str)
        .and_then(|id| items.code_of.get(id))
        .cloned();
    let uri = destination
        .get("uri")
        .and_then(Json::as_str)
        .filter(|_| target.is_none())
        .map(str::to_owned);
    if target.is_none() && uri.is_none() {
        return None;
    }
    Some((
        origin.as_str(),
        EntryAssociation {
            relation,
            target,
            uri,
        },
    ))
}

/// The `destinationNodeURI` of a new association: the package's item, or a node outside it
/// by its URI (identified by the UUID v5 of that URI).
fn destination(association: &EntryAssociation, items: &Items) -> Json {
    if let Some(link) = association
        .target
        .as_deref()
        .and_then(|code| items.by_code.get(code))
    {
        return link.to_json();
    }
    let named = association
        .target
        .as_deref()
        .or(association.uri.as_deref())
        .unwrap_or_default();
    let identifier = uuid_of(named).to_string();
    let uri = association
        .uri
        .clone()
        .unwrap_or_else(|| format!("urn:uuid:{identifier}"));
    Json::from(json!({"title": named, "identifier": identifier, "uri": uri}))
}

fn link_id<'a>(association: &'a Json, key: &str) -> &'a str {
    association
        .get(key)
        .and_then(|link| link.get("identifier"))
        .and_then(Json::as_str)
        .unwrap_or_default()
}

/// Applies the classification's title to the CFDocument; true when it changed.
fn apply_document(package: &mut Object, classification: &Classification) -> bool {
    let Some(Json::Object(document)) = package.get_mut("CFDocument") else {
        return false;
    };
    let title = text_in(&classification.title, &classification.language);
    if document.str_of("title") == Some(title.as_str()) {
        return false;
    }
    document.insert("title", title);
    true
}

/// The CFDocument's link (title, identifier, uri), as the package has them.
fn document_link(package: &Object) -> Option<Json> {
    let Some(Json::Object(document)) = package.get("CFDocument") else {
        return None;
    };
    let mut link = Object::default();
    for key in ["title", "identifier", "uri"] {
        link.insert(key, document.get(key).cloned().unwrap_or(Json::Null));
    }
    Some(Json::Object(link))
}

/// Definitions with `null` where CASE 1.0 wants a string or nothing (`"description": null`,
/// as OpenSALT writes it) lose the key: null and absent mean the same, and only the latter is
/// valid. `typeCode`, which may be null, is kept.
fn normalise_definitions(package: &mut Object) {
    let Some(Json::Object(definitions)) = package.get_mut("CFDefinitions") else {
        return;
    };
    for list in definitions.values_mut() {
        let Json::Array(list) = list else { continue };
        for definition in list {
            if let Json::Object(definition) = definition {
                definition.retain(|key, value| !value.is_null() || key == "typeCode");
            }
        }
    }
}

/// `"sequenceNumber": "1"` → `1`, as CASE 1.0 requires.
fn normalise_sequence_number(association: &mut Json) {
    let Some(object) = association.as_object_mut() else {
        return;
    };
    let Some(Json::String(text)) = object.get("sequenceNumber") else {
        return;
    };
    if let Ok(number) = text.trim().parse::<i32>() {
        object.insert("sequenceNumber", Json::integer(i64::from(number)));
    }
}
