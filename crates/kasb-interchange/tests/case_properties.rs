//! Property (proptest): CASE → kasb → CASE is the identity on generated CASE 1.0 packages.
//!
//! Each generated package is valid against the CASE 1.0 package schema: a `CFDocument` with
//! the required fields (and some optional ones), 1–30 `CFItems` with UUID identifiers, URIs,
//! statements in any script (Cyrillic, Armenian, quotes, `0110`, `NO`, `~`, line breaks, any
//! character), a `humanCodingScheme` that is sometimes missing, blank or shared with another
//! item, an item type and a language that is sometimes not the document's; `CFAssociations`
//! with `isChildOf` forming a tree (to the document or to an earlier item) and extra
//! associations of every type, with integer sequence numbers, groupings (or `null`) and
//! destinations outside the package, in any order; `CFDefinitions` for the item types and
//! groupings used; sometimes a rubric.
//!
//! Each is written to a temporary directory, imported with `case::import_file`, written as
//! kasb YAML, loaded back, exported by kasb id and by CASE identifier, and must equal the input
//! after the normalisation `tests/case.rs` allows (string sequence numbers as integers, `null`
//! definition fields left out; neither occurs in a valid package, so nothing changes), and
//! validate against the schema.

use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use kasb_interchange::case;
use proptest::collection::vec;
use proptest::option;
use proptest::prelude::*;
use serde_json::{Map, Value, json};
use uuid::Uuid;

static SCHEMA: LazyLock<jsonschema::Validator> = LazyLock::new(|| {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/data/case/case-v1p0-cfpackage-schema.json");
    let schema: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    jsonschema::validator_for(&schema).unwrap()
});

fn schema_errors(package: &Value) -> Vec<String> {
    SCHEMA
        .iter_errors(package)
        .map(|error| format!("{} at {}", error, error.instance_path()))
        .collect()
}

/// As `normalised` in `tests/case.rs`: string sequence numbers as integers, `null` definition
/// fields (but `typeCode`) left out.
fn normalised(mut package: Value) -> Value {
    if let Some(Value::Object(definitions)) = package.get_mut("CFDefinitions") {
        for list in definitions.values_mut() {
            for definition in list.as_array_mut().unwrap() {
                definition
                    .as_object_mut()
                    .unwrap()
                    .retain(|key, value| !value.is_null() || key == "typeCode");
            }
        }
    }
    if let Some(Value::Array(list)) = package.get_mut("CFAssociations") {
        for association in list {
            if let Some(Value::String(text)) = association.get("sequenceNumber").cloned() {
                association["sequenceNumber"] = Value::from(text.parse::<i64>().unwrap());
            }
        }
    }
    package
}

/// The first place where `left` and `right` differ, as a JSON pointer and the two values.
fn difference(left: &Value, right: &Value, path: &str) -> Option<String> {
    match (left, right) {
        (Value::Object(l), Value::Object(r)) => {
            for key in l.keys().chain(r.keys()) {
                let here = format!("{path}/{key}");
                match (l.get(key), r.get(key)) {
                    (Some(a), Some(b)) => {
                        if let Some(found) = difference(a, b, &here) {
                            return Some(found);
                        }
                    }
                    (a, b) => return Some(format!("{here}: {a:?} ≠ {b:?}")),
                }
            }
            None
        }
        (Value::Array(l), Value::Array(r)) if l.len() == r.len() => l
            .iter()
            .zip(r)
            .enumerate()
            .find_map(|(i, (a, b))| difference(a, b, &format!("{path}/{i}"))),
        _ if left == right => None,
        _ => Some(format!("{path}: {left} ≠ {right}")),
    }
}

/// Text that stresses JSON, YAML and the importer: words in Latin, Cyrillic and Armenian,
/// quotes, YAML look-alikes of numbers, booleans and null, line breaks, and any characters.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => "[A-Za-z0-9 ,.()'\"«»-]{1,40}",
        3 => "[А-Яа-яЁё0-9 ,.\"«»—-]{1,40}",
        3 => "[Ա-Ֆա-ֆ0-9 ,.։՝«»-]{1,40}",
        2 => prop::sample::select(vec![
            "0110", "NO", "no", "Yes", "on", "~", "null", "true", "1e3", ".inf", "12:30",
            "2024-01-01", "- item", "key: value", "#comment", "&anchor", "*alias", "!tag",
            "|", ">", "'", "\"", "\"quoted\"", "'single'", "---", "...", "[a]", "{a: b}",
            "a\nb", "line one\r\nline two", " leading", "trailing ", "\ttab", "back\\slash",
            "Ручная дуговая сварка\nплавящимся покрытым электродом", "Եռակցում «ձեռքով»",
            "", " ", "\u{feff}BOM", "NEL\u{85}here", "LS\u{2028}PS\u{2029}", "nul\u{0}byte",
            "cr\ronly", "del\u{7f}", "\u{1b}[31m", "emoji 🦀", "e\u{301}", "\u{200b}",
        ])
        .prop_map(str::to_owned),
        2 => "\\PC{1,30}",
        1 => vec(any::<char>(), 1..16).prop_map(String::from_iter),
    ]
}

/// A `humanCodingScheme` of its own: what frameworks use, and strings that must stay text.
fn own_code() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => "[A-Z]{1,3}(\\.[0-9]{1,2}){0,3}",
        2 => "[0-9]{1,4}(\\.[0-9]{1,3}){0,2}",
        1 => "[А-Я]{1,2}/[0-9]{2}\\.[0-9]",
        1 => "[Ա-Ֆ]\\.[0-9]",
        2 => text(),
    ]
}

#[derive(Clone, Debug)]
enum Code {
    Missing,
    /// One of a few codes, which several items may share.
    Shared(&'static str),
    Own(String),
}

fn code() -> impl Strategy<Value = Code> {
    prop_oneof![
        2 => Just(Code::Missing),
        2 => prop::sample::select(vec!["1.1", "0110", "NO", "~", "A"]).prop_map(Code::Shared),
        5 => own_code().prop_map(Code::Own),
    ]
}

fn date_time() -> impl Strategy<Value = String> {
    "20[0-4][0-9]-(0[1-9]|1[0-2])-(0[1-9]|1[0-9]|2[0-8])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\+00:00|\\+03:00|Z|\\.[0-9]{3}Z)"
}

/// A language tag, or none: the same as the document's or not.
fn language() -> impl Strategy<Value = Option<String>> {
    option::of(
        prop::sample::select(vec!["en", "ru", "hy", "en-US", "ky", ""]).prop_map(str::to_owned),
    )
}

const ITEM_TYPES: &[&str] = &[
    "Standard",
    "Domain",
    "Cluster",
    "Компетенция",
    "Կարողություն",
];

#[derive(Clone, Debug)]
struct Item {
    statement: String,
    code: Code,
    item_type: Option<(usize, bool)>,
    language: Option<String>,
    uri_form: u8,
    upper: bool,
    abbreviated: Option<String>,
    notes: Option<String>,
    education_level: Option<Vec<String>>,
    changed_at: String,
    document_link: bool,
}

fn item() -> impl Strategy<Value = Item> {
    (
        (
            text(),
            code(),
            option::of((0..ITEM_TYPES.len(), any::<bool>())),
            language(),
            0u8..3,
            prop::bool::weighted(0.1),
        ),
        (
            option::weighted(0.2, text()),
            option::weighted(0.2, text()),
            option::weighted(0.2, vec("(K|0[1-9]|1[0-2])", 0..3)),
            date_time(),
            any::<bool>(),
        ),
    )
        .prop_map(
            |(
                (statement, code, item_type, language, uri_form, upper),
                (abbreviated, notes, education_level, changed_at, document_link),
            )| Item {
                statement,
                code,
                item_type,
                language,
                uri_form,
                upper,
                abbreviated,
                notes,
                education_level,
                changed_at,
                document_link,
            },
        )
}

const ASSOCIATION_TYPES: &[&str] = &[
    "isChildOf",
    "isPeerOf",
    "isPartOf",
    "exactMatchOf",
    "precedes",
    "isRelatedTo",
    "replacedBy",
    "exemplar",
    "hasSkillLevel",
];

#[derive(Clone, Debug)]
enum End {
    Item(usize),
    Document,
    /// A node outside the package: a UUID identifier or any string, and a title.
    Outside {
        uuid: bool,
        title: String,
    },
}

#[derive(Clone, Debug)]
struct Association {
    kind: usize,
    origin: usize,
    destination: End,
    sequence: Option<i32>,
    /// `None`: no grouping; `Some(None)`: `null`; `Some(Some(k))`: grouping `k`.
    grouping: Option<Option<usize>>,
    document_link: bool,
}

fn end() -> impl Strategy<Value = End> {
    prop_oneof![
        3 => any::<usize>().prop_map(End::Item),
        1 => Just(End::Document),
        3 => (any::<bool>(), text()).prop_map(|(uuid, title)| End::Outside { uuid, title }),
    ]
}

fn sequence() -> impl Strategy<Value = Option<i32>> {
    option::of(prop_oneof![4 => 0..100i32, 1 => any::<i32>()])
}

fn grouping() -> impl Strategy<Value = Option<Option<usize>>> {
    option::weighted(0.3, option::weighted(0.8, 0..3usize))
}

fn association() -> impl Strategy<Value = Association> {
    (
        0..ASSOCIATION_TYPES.len(),
        any::<usize>(),
        end(),
        sequence(),
        grouping(),
        any::<bool>(),
    )
        .prop_map(
            |(kind, origin, destination, sequence, grouping, document_link)| Association {
                kind,
                origin,
                destination,
                sequence,
                grouping,
                document_link,
            },
        )
}

#[derive(Clone, Debug)]
struct Plan {
    salt: u128,
    title: String,
    creator: String,
    language: Option<String>,
    changed_at: String,
    optional: (Option<String>, Option<String>, Option<String>, bool, bool),
    items: Vec<Item>,
    /// Per item: its parent in the tree (an earlier item, modulo its index) or the document.
    parents: Vec<(Option<usize>, Option<i32>, bool)>,
    extra: Vec<Association>,
    definitions: u8,
    rubric: bool,
    pretty: bool,
}

fn plan() -> impl Strategy<Value = Plan> {
    (
        (
            any::<u128>(),
            text(),
            text(),
            language(),
            date_time(),
            (
                option::of(text()),
                option::of("[0-9]\\.[0-9]"),
                option::of(
                    prop::sample::select(vec!["Draft", "Adopted", "Deprecated"])
                        .prop_map(str::to_owned),
                ),
                any::<bool>(),
                any::<bool>(),
            ),
        ),
        (
            vec(item(), 1..=30),
            vec(
                (
                    option::weighted(0.8, any::<usize>()),
                    sequence(),
                    any::<bool>(),
                ),
                30,
            ),
            vec(association(), 0..24),
            0u8..3,
            prop::bool::weighted(0.2),
            any::<bool>(),
        ),
    )
        .prop_map(
            |(
                (salt, title, creator, language, changed_at, optional),
                (items, parents, extra, definitions, rubric, pretty),
            )| Plan {
                salt,
                title,
                creator,
                language,
                changed_at,
                optional,
                items,
                parents,
                extra,
                definitions,
                rubric,
                pretty,
            },
        )
}

/// Identifiers distinct within a package however the salt shrinks: each role has its range.
fn uuid(salt: u128, role: u128, index: usize) -> String {
    Uuid::from_u128(salt.wrapping_add(role * 1000 + index as u128)).to_string()
}

fn link(title: &str, identifier: &str, uri: &str) -> Value {
    json!({"title": title, "identifier": identifier, "uri": uri})
}

/// The package a plan describes, with its associations in the order `order` gives.
fn build(plan: &Plan, order: &[usize]) -> Value {
    let salt = plan.salt;
    let identifier = uuid(salt, 0, 0);
    let uri = format!("https://case.example.org/uri/{identifier}");
    let document_link = link(&plan.title, &identifier, &uri);
    let mut document = Map::new();
    document.insert("identifier".into(), json!(identifier));
    document.insert("uri".into(), json!(uri));
    document.insert("creator".into(), json!(plan.creator));
    document.insert("title".into(), json!(plan.title));
    document.insert("lastChangeDateTime".into(), json!(plan.changed_at));
    if let Some(language) = &plan.language {
        document.insert("language".into(), json!(language));
    }
    let (description, version, status, package_uri, subject) = &plan.optional;
    if let Some(description) = description {
        document.insert("description".into(), json!(description));
    }
    if let Some(version) = version {
        document.insert("version".into(), json!(version));
    }
    if let Some(status) = status {
        document.insert("adoptionStatus".into(), json!(status));
    }
    if *package_uri {
        document.insert("CFPackageURI".into(), document_link.clone());
    }
    if *subject {
        document.insert("subject".into(), json!(["Математика", "Մաթեմատիկա"]));
        document.insert(
            "officialSourceURL".into(),
            json!("https://example.org/source"),
        );
    }

    let type_identifier = |k: usize| uuid(salt, 5, k);
    let mut items = Vec::new();
    let mut item_links = Vec::new();
    let mut used_types = std::collections::BTreeSet::new();
    for (index, item) in plan.items.iter().enumerate() {
        let mut identifier = uuid(salt, 1, index);
        if item.upper {
            identifier = identifier.to_uppercase();
        }
        let uri = match item.uri_form {
            0 => format!("urn:uuid:{identifier}"),
            1 => format!("https://case.example.org/uri/{identifier}"),
            _ => format!("https://frameworks.example.org/ims/case/v1p0/CFItems/{identifier}"),
        };
        let mut object = Map::new();
        object.insert("identifier".into(), json!(identifier));
        object.insert("uri".into(), json!(uri));
        object.insert("fullStatement".into(), json!(item.statement));
        match &item.code {
            Code::Missing => {}
            Code::Shared(code) => {
                object.insert("humanCodingScheme".into(), json!(code));
            }
            Code::Own(code) => {
                object.insert("humanCodingScheme".into(), json!(code));
            }
        }
        if let Some((k, with_uri)) = item.item_type {
            object.insert("CFItemType".into(), json!(ITEM_TYPES[k]));
            if with_uri {
                let type_id = type_identifier(k);
                object.insert(
                    "CFItemTypeURI".into(),
                    link(ITEM_TYPES[k], &type_id, &format!("urn:uuid:{type_id}")),
                );
            }
            used_types.insert(k);
        }
        if let Some(language) = &item.language {
            object.insert("language".into(), json!(language));
        }
        if let Some(abbreviated) = &item.abbreviated {
            object.insert("abbreviatedStatement".into(), json!(abbreviated));
        }
        if let Some(notes) = &item.notes {
            object.insert("notes".into(), json!(notes));
        }
        if let Some(levels) = &item.education_level {
            object.insert("educationLevel".into(), json!(levels));
        }
        object.insert("lastChangeDateTime".into(), json!(item.changed_at));
        if item.document_link {
            object.insert("CFDocumentURI".into(), document_link.clone());
        }
        let title = match &item.code {
            Code::Missing => item.statement.clone(),
            Code::Shared(code) => (*code).to_owned(),
            Code::Own(code) => code.clone(),
        };
        item_links.push(link(&title, &identifier, &uri));
        items.push(Value::Object(object));
    }

    let grouping_identifier = |k: usize| uuid(salt, 4, k);
    let mut used_groupings = std::collections::BTreeSet::new();
    let mut associations = Vec::new();
    let mut push = |key: usize,
                    kind: &str,
                    origin: &Value,
                    destination: Value,
                    sequence: Option<i32>,
                    grouping: Option<Option<usize>>,
                    with_document: bool| {
        let identifier = uuid(salt, 2, key);
        let mut object = Map::new();
        object.insert("identifier".into(), json!(identifier));
        object.insert("associationType".into(), json!(kind));
        if let Some(sequence) = sequence {
            object.insert("sequenceNumber".into(), json!(sequence));
        }
        object.insert(
            "uri".into(),
            json!(format!("https://case.example.org/uri/{identifier}")),
        );
        object.insert("originNodeURI".into(), origin.clone());
        object.insert("destinationNodeURI".into(), destination);
        match grouping {
            None => {}
            Some(None) => {
                object.insert("CFAssociationGroupingURI".into(), Value::Null);
            }
            Some(Some(k)) => {
                let id = grouping_identifier(k);
                object.insert(
                    "CFAssociationGroupingURI".into(),
                    link(&format!("Grouping {k}"), &id, &format!("urn:uuid:{id}")),
                );
                used_groupings.insert(k);
            }
        }
        object.insert("lastChangeDateTime".into(), json!(plan.changed_at));
        if with_document {
            object.insert("CFDocumentURI".into(), document_link.clone());
        }
        associations.push(Value::Object(object));
    };
    let n = plan.items.len();
    // The tree: every item is a child of an earlier item or of the document.
    for (index, (parent, sequence, with_document)) in plan.parents.iter().take(n).enumerate() {
        let destination = match parent {
            Some(parent) if index > 0 => item_links[parent % index].clone(),
            _ => document_link.clone(),
        };
        push(
            index,
            "isChildOf",
            &item_links[index],
            destination,
            *sequence,
            None,
            *with_document,
        );
    }
    // More associations of every type. An `isChildOf` between items always goes from a later
    // item to an earlier one, so in any order the first `isChildOf` of each item is a tree.
    for (k, association) in plan.extra.iter().enumerate() {
        let kind = ASSOCIATION_TYPES[association.kind];
        let mut origin = association.origin % n;
        let destination = match &association.destination {
            End::Item(other) => {
                let mut other = other % n;
                if kind == "isChildOf" {
                    if other > origin {
                        std::mem::swap(&mut origin, &mut other);
                    }
                    if other == origin {
                        document_link.clone()
                    } else {
                        item_links[other].clone()
                    }
                } else {
                    item_links[other].clone()
                }
            }
            End::Document => document_link.clone(),
            End::Outside { uuid: true, title } => {
                let id = uuid(salt, 3, k);
                link(title, &id, &format!("https://other.example.org/uri/{id}"))
            }
            End::Outside { uuid: false, title } => link(
                title,
                &format!("ext-{k}"),
                &format!("https://other.example.org/items/ext-{k}"),
            ),
        };
        push(
            n + k,
            kind,
            &item_links[origin],
            destination,
            association.sequence,
            association.grouping,
            association.document_link,
        );
    }
    let associations: Vec<Value> = order.iter().map(|&i| associations[i].clone()).collect();

    let mut package = Map::new();
    package.insert("CFDocument".into(), Value::Object(document));
    package.insert("CFItems".into(), Value::Array(items));
    package.insert("CFAssociations".into(), Value::Array(associations));
    match plan.definitions {
        0 => {}
        1 => {
            package.insert("CFDefinitions".into(), json!([]));
        }
        _ => {
            let item_types: Vec<Value> = used_types
                .iter()
                .map(|&k| {
                    let id = type_identifier(k);
                    json!({
                        "identifier": id,
                        "uri": format!("urn:uuid:{id}"),
                        "title": ITEM_TYPES[k],
                        "hierarchyCode": k.to_string(),
                        "typeCode": null,
                        "lastChangeDateTime": plan.changed_at,
                    })
                })
                .collect();
            let groupings: Vec<Value> = used_groupings
                .iter()
                .map(|&k| {
                    let id = grouping_identifier(k);
                    json!({
                        "identifier": id,
                        "uri": format!("urn:uuid:{id}"),
                        "title": format!("Grouping {k}"),
                        "description": "Группа ассоциаций",
                        "lastChangeDateTime": plan.changed_at,
                    })
                })
                .collect();
            package.insert(
                "CFDefinitions".into(),
                json!({
                    "CFConcepts": [], "CFSubjects": [], "CFLicenses": [],
                    "CFItemTypes": item_types, "CFAssociationGroupings": groupings,
                }),
            );
        }
    }
    if plan.rubric {
        let id = uuid(salt, 6, 0);
        let criterion = uuid(salt, 6, 1);
        package.insert(
            "CFRubrics".into(),
            json!([{
                "identifier": id,
                "uri": format!("urn:uuid:{id}"),
                "title": "Рубрика",
                "lastChangeDateTime": plan.changed_at,
                "CFRubricCriteria": [{
                    "identifier": criterion,
                    "uri": format!("urn:uuid:{criterion}"),
                    "CFItemURI": item_links[0],
                    "weight": 0.5,
                    "position": 1,
                    "rubricId": id,
                    "lastChangeDateTime": plan.changed_at,
                }],
            }]),
        );
    }
    Value::Object(package)
}

/// A package and the text it is written as.
fn package() -> impl Strategy<Value = (Value, bool)> {
    plan().prop_flat_map(|plan| {
        let count = plan.items.len() + plan.extra.len();
        (
            Just(plan),
            Just((0..count).collect::<Vec<usize>>()).prop_shuffle(),
        )
            .prop_map(|(plan, order)| (build(&plan, &order), plan.pretty))
    })
}

/// Imports the package written in `dir`, writes it as kasb YAML, loads it back and exports it
/// by kasb id and by CASE identifier (which must agree).
fn round_trip(dir: &Path, package: &Value, pretty: bool) -> Result<Value, TestCaseError> {
    let input = dir.join("package.json");
    let text = if pretty {
        serde_json::to_string_pretty(package).unwrap()
    } else {
        serde_json::to_string(package).unwrap()
    };
    std::fs::write(&input, text).unwrap();
    let import = case::import_file(&input);
    prop_assert!(import.problems.is_empty(), "{:#?}", import.problems);
    let out = dir.join("kasb");
    import.write(&out, false).unwrap();
    let workspace = kasb_load::load(std::slice::from_ref(&out), &Default::default()).unwrap();
    let diagnostics: Vec<String> = workspace
        .diagnostics
        .iter()
        .map(|d| d.message.clone())
        .collect();
    prop_assert!(diagnostics.is_empty(), "{diagnostics:#?}");
    prop_assert_eq!(workspace.documents.len(), 1);
    let paths: Vec<PathBuf> = vec![out];
    let id = workspace.documents[0].document.id().to_owned();
    let by_id: Value = serde_json::from_str(&case::export(&load(&paths), &id).unwrap()).unwrap();
    let identifier = package["CFDocument"]["identifier"].as_str().unwrap();
    let by_identifier: Value =
        serde_json::from_str(&case::export(&load(&paths), identifier).unwrap()).unwrap();
    let found = difference(&by_id, &by_identifier, "");
    prop_assert!(
        found.is_none(),
        "by id and by identifier differ at {}",
        found.unwrap()
    );
    Ok(by_id)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn case_to_kasb_to_case_is_the_identity((package, pretty) in package()) {
        let errors = schema_errors(&package);
        prop_assert!(errors.is_empty(), "the generated package: {errors:#?}");
        let dir = tempfile::tempdir().unwrap();
        let exported = round_trip(dir.path(), &package, pretty)?;
        let expected = normalised(package);
        let found = difference(&expected, &exported, "");
        prop_assert!(found.is_none(), "the export differs from the input at {}", found.unwrap());
        let errors = schema_errors(&exported);
        prop_assert!(errors.is_empty(), "the export: {errors:#?}");
    }
}

/// Loads `paths` as an export's caller does.
fn load(paths: &[std::path::PathBuf]) -> kasb_load::Workspace {
    kasb_load::load(paths, &kasb_load::LoadOptions::default()).unwrap()
}
