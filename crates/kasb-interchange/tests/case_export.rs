//! What a CASE export says after edits, and which package it exports: ambiguous identifiers
//! are refused, edited items get a new `lastChangeDateTime`, new items get identifiers and URIs
//! in the package's own scheme.

use std::path::{Path, PathBuf};

use kasb_interchange::case::{self, ExportError};
use serde_json::Value;

fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/data")
        .join(name)
}

fn load(path: &Path) -> kasb_load::Workspace {
    kasb_load::load(&[path.to_path_buf()], &kasb_load::LoadOptions::default()).unwrap()
}

/// Imports the package at `input` into `out`.
fn import(input: &Path, out: &Path) {
    let import = case::import_file(input);
    assert_eq!(import.count(kasb_diagnostics::Severity::Error), 0);
    import.write(out, false).unwrap();
}

#[test]
fn an_identifier_several_packages_share_is_refused_with_every_candidate() {
    let dir = tempfile::tempdir().unwrap();
    let original = data("case/Ordering.json");
    import(&original, &dir.path().join("a"));
    // The same package under another title: another kasb id, the same CFDocument identifier.
    let mut package: Value =
        serde_json::from_str(&std::fs::read_to_string(&original).unwrap()).unwrap();
    let identifier = package["CFDocument"]["identifier"]
        .as_str()
        .unwrap()
        .to_owned();
    package["CFDocument"]["title"] = Value::from("Another copy");
    let copy = dir.path().join("copy.json");
    std::fs::write(&copy, package.to_string()).unwrap();
    import(&copy, &dir.path().join("b"));
    let workspace = kasb_load::load(
        &[dir.path().join("a"), dir.path().join("b")],
        &Default::default(),
    )
    .unwrap();
    let ids: Vec<String> = workspace
        .documents
        .iter()
        .map(|loaded| loaded.document.id().to_owned())
        .collect();
    let error = case::export(&workspace, &identifier).unwrap_err();
    let ExportError::Ambiguous { candidates, .. } = &error else {
        panic!("{error}");
    };
    assert_eq!(*candidates, ids);
    let message = error.to_string();
    assert!(
        ids.iter().all(|id| message.contains(&format!("`{id}`"))),
        "{message}"
    );
    // Each is still exported by its kasb id.
    for id in &ids {
        assert!(case::export(&workspace, id).is_ok());
    }
}

/// 2030-01-02T03:04:05Z, the time the tests' edits are dated.
fn edited_at() -> std::time::SystemTime {
    std::time::UNIX_EPOCH + std::time::Duration::from_secs(1_893_553_445)
}
const EDITED_AT: &str = "2030-01-02T03:04:05Z";

/// Imports `input` into a temporary directory, lets `edit` change the classification, writes
/// it back and exports it dated [`edited_at`]; returns the original and the export.
fn edit_and_export(
    input: &Path,
    edit: impl FnOnce(&mut kasb_model::Classification),
) -> (Value, Value) {
    let dir = tempfile::tempdir().unwrap();
    let import = case::import_file(input);
    let written = import.write(dir.path(), false).unwrap();
    let yaml = written
        .written
        .iter()
        .find(|p| p.extension().unwrap() == "yaml")
        .unwrap();
    let kasb_model::Document::Classification(mut classification) =
        import.documents[0].document.clone()
    else {
        panic!("a classification")
    };
    edit(&mut classification);
    let document = kasb_model::Document::Classification(classification.clone());
    std::fs::write(yaml, kasb_interchange::to_yaml(&document, "x").unwrap()).unwrap();
    let options = case::ExportOptions::default().with_changed_at(edited_at());
    let exported = case::export_package_with(&load(dir.path()), &classification.id, &options)
        .unwrap()
        .exported
        .text;
    let original = serde_json::from_str(&std::fs::read_to_string(input).unwrap()).unwrap();
    (original, serde_json::from_str(&exported).unwrap())
}

fn math() -> PathBuf {
    data("case-wild/smarter-balanced/mockMATH.json")
}

#[test]
fn an_unedited_package_comes_back_unchanged_with_its_dates() {
    let (original, exported) = edit_and_export(&math(), |_| {});
    assert_eq!(original, exported);
    assert!(!exported.to_string().contains(EDITED_AT));
}

#[test]
fn an_edited_title_dates_its_item_and_the_document_and_nothing_else() {
    let mut edited = String::new();
    let (original, exported) = edit_and_export(&math(), |classification| {
        let entry = &mut classification.entries[3];
        entry.title = kasb_model::Text::from("A new statement");
        edited = entry.uri.clone().unwrap();
    });
    let changed: Vec<&str> = exported["CFItems"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|item| item["lastChangeDateTime"] == EDITED_AT)
        .map(|item| item["uri"].as_str().unwrap())
        .collect();
    assert_eq!(changed, [edited.as_str()]);
    assert_eq!(exported["CFDocument"]["lastChangeDateTime"], EDITED_AT);
    // Everything else is as the package had it.
    let mut restored = exported.clone();
    restored["CFDocument"]["lastChangeDateTime"] =
        original["CFDocument"]["lastChangeDateTime"].clone();
    let item = &mut restored["CFItems"][3];
    item["fullStatement"] = original["CFItems"][3]["fullStatement"].clone();
    item["lastChangeDateTime"] = original["CFItems"][3]["lastChangeDateTime"].clone();
    assert_eq!(restored, original);
}

#[test]
fn new_items_and_associations_take_the_package_s_uri_scheme() {
    let (original, exported) = edit_and_export(&math(), |classification| {
        let parent = classification.entries[3].code.clone();
        let mut entry = kasb_model::ClassificationEntry::new("NEW.1", "Added in kasb");
        entry.parent = Some(parent);
        entry.associations.push(kasb_model::EntryAssociation {
            relation: kasb_model::AssociationRelation::IsRelatedTo,
            target: None,
            uri: Some("https://example.org/outside".into()),
        });
        classification.entries.push(entry);
    });
    let items = exported["CFItems"].as_array().unwrap();
    let new = items.last().unwrap();
    assert_eq!(new["humanCodingScheme"], "NEW.1");
    assert_eq!(new["lastChangeDateTime"], EDITED_AT);
    let identifier = new["identifier"].as_str().unwrap();
    uuid::Uuid::parse_str(identifier).unwrap();
    let items_at = "https://case.smarterbalanced.org/ims/case/v1p0/CFItems/";
    assert_eq!(new["uri"], format!("{items_at}{identifier}"));
    let added: Vec<&Value> = exported["CFAssociations"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["originNodeURI"]["identifier"] == identifier)
        .collect();
    assert_eq!(added.len(), 2, "{added:#?}");
    let parent = &original["CFItems"][3];
    let child_of = added.iter().find(|a| a["associationType"] == "isChildOf");
    let child_of = child_of.unwrap();
    assert_eq!(child_of["destinationNodeURI"]["uri"], parent["uri"]);
    assert_eq!(
        child_of["destinationNodeURI"]["identifier"],
        parent["identifier"]
    );
    let related = added.iter().find(|a| a["associationType"] == "isRelatedTo");
    let related = related.unwrap();
    assert_eq!(
        related["destinationNodeURI"]["uri"],
        "https://example.org/outside"
    );
    let associations_at = "https://case.smarterbalanced.org/ims/case/v1p0/CFAssociations/";
    for association in &added {
        let identifier = association["identifier"].as_str().unwrap();
        assert_eq!(association["uri"], format!("{associations_at}{identifier}"));
        assert_eq!(association["lastChangeDateTime"], EDITED_AT);
    }
    assert_eq!(exported["CFDocument"]["lastChangeDateTime"], EDITED_AT);
}

#[test]
fn an_association_removed_in_kasb_is_removed_from_the_package() {
    let mut removed = None;
    let (original, exported) = edit_and_export(&math(), |classification| {
        let entry = classification
            .entries
            .iter_mut()
            .find(|e| e.associations.first().is_some_and(|a| a.uri.is_some()))
            .unwrap();
        removed = Some((entry.uri.clone().unwrap(), entry.associations.remove(0)));
    });
    let count = |package: &Value| package["CFAssociations"].as_array().unwrap().len();
    assert_eq!(count(&exported), count(&original) - 1);
    let (origin, association) = removed.unwrap();
    let destination = association.uri.unwrap();
    let holds = |package: &Value| {
        package["CFAssociations"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|a| {
                a["originNodeURI"]["uri"] == origin.as_str()
                    && a["destinationNodeURI"]["uri"] == destination.as_str()
            })
            .count()
    };
    assert_eq!((holds(&original), holds(&exported)), (1, 0));
    assert_eq!(exported["CFDocument"]["lastChangeDateTime"], EDITED_AT);
}
