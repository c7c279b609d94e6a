//! CASE 1.0: every file of `tests/data/case/` is imported (or refused), written, loaded back,
//! exported, validated against the CASE 1.0 package schema and compared with the original.

use std::path::{Path, PathBuf};

use kasb_diagnostics::Severity;
use kasb_interchange::case;
use serde_json::Value;

fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/data/case")
        .join(name)
}

const PACKAGES: &[&str] = &[
    "AdoptedTestFramework.json",
    "EmptyExternalFramework.json",
    "ItemTypeTestFramework.json",
    "MarkdownFramework.json",
    "Ordering.json",
    "SequenceNumberFramework.json",
    "SmartLevelFramework.json",
    "Utf8TestFramework.json",
    "opensalt-framework-20c5134f.json",
];

fn schema() -> jsonschema::Validator {
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(data("case-v1p0-cfpackage-schema.json")).unwrap(),
    )
    .unwrap();
    jsonschema::validator_for(&schema).unwrap()
}

fn assert_valid(package: &Value, what: &str) {
    let validator = schema();
    let errors: Vec<String> = validator
        .iter_errors(package)
        .map(|error| format!("{} at {}", error, error.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{what}: {errors:#?}");
}

/// The original with string sequence numbers as integers and `null` definition fields left
/// out, as the export writes them (CASE 1.0 allows neither).
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

/// Imports, writes, loads back, exports by kasb id and by CASE identifier.
fn round_trip(name: &str) -> (Value, Value, kasb_interchange::Import) {
    let path = data(name);
    let original: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let import = case::import_file(&path);
    assert_eq!(
        import.count(Severity::Error),
        0,
        "{name}: {:#?}",
        import.problems
    );
    let dir = tempfile::tempdir().unwrap();
    import.write(dir.path(), false).unwrap();
    let workspace = kasb_load::load(&[dir.path().to_path_buf()], &Default::default()).unwrap();
    let diagnostics: Vec<String> = workspace
        .diagnostics
        .iter()
        .map(|d| d.message.clone())
        .collect();
    assert!(diagnostics.is_empty(), "{name}: {diagnostics:#?}");
    assert_eq!(workspace.documents.len(), 1);
    let id = workspace.documents[0].document.id().to_owned();
    let by_id: Value =
        serde_json::from_str(&case::export(&load(&[dir.path().to_path_buf()]), &id).unwrap())
            .unwrap();
    let identifier = original["CFDocument"]["identifier"].as_str().unwrap();
    let by_identifier: Value = serde_json::from_str(
        &case::export(&load(&[dir.path().to_path_buf()]), identifier).unwrap(),
    )
    .unwrap();
    assert_eq!(by_id, by_identifier, "{name}");
    (original, by_id, import)
}

#[test]
fn every_case_package_round_trips_without_loss_and_validates() {
    for name in PACKAGES {
        let (original, exported, _) = round_trip(name);
        assert_eq!(normalised(original), exported, "{name}");
        assert_valid(&exported, name);
    }
}

#[test]
fn the_opensalt_export_keeps_every_association_and_warns_about_string_sequence_numbers() {
    let (original, exported, import) = round_trip("opensalt-framework-20c5134f.json");
    let items = exported["CFItems"].as_array().unwrap();
    let associations = exported["CFAssociations"].as_array().unwrap();
    assert_eq!((items.len(), associations.len()), (16, 39));
    let identifiers: std::collections::BTreeSet<&str> = items
        .iter()
        .map(|item| item["identifier"].as_str().unwrap())
        .chain([original["CFDocument"]["identifier"].as_str().unwrap()])
        .collect();
    let outside = associations
        .iter()
        .filter(|a| !identifiers.contains(a["destinationNodeURI"]["identifier"].as_str().unwrap()))
        .count();
    assert_eq!(outside, 21);
    let types: std::collections::BTreeSet<&str> = associations
        .iter()
        .map(|a| a["associationType"].as_str().unwrap())
        .collect();
    assert_eq!(types.len(), 5, "{types:?}");
    let warnings: Vec<&kasb_interchange::Problem> = import
        .problems
        .iter()
        .filter(|p| p.message.contains("sequenceNumber"))
        .collect();
    let strings = original["CFAssociations"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["sequenceNumber"].is_string())
        .count();
    assert!(strings > 0);
    assert_eq!(warnings.len(), strings);
    assert!(warnings.iter().all(|p| p.severity == Severity::Warning));
    // Located at the value: line and column of the string in the file.
    let text = std::fs::read_to_string(data("opensalt-framework-20c5134f.json")).unwrap();
    let line = text
        .lines()
        .nth(warnings[0].location.line() as usize - 1)
        .unwrap();
    let column = warnings[0].location.column() as usize - 1;
    let rest: String = line.chars().skip(column).collect();
    assert!(rest.starts_with('"'), "{rest}");
    // The original does not validate (string sequence numbers); the export does.
    assert!(!schema().is_valid(&original));
}

#[test]
fn the_imported_classification_has_the_hierarchy_and_codes() {
    let import = case::import_file(&data("Ordering.json"));
    let kasb_model::Document::Classification(classification) = &import.documents[0].document else {
        panic!("a classification");
    };
    assert_eq!(classification.entries.len(), 28);
    assert!(
        classification
            .id
            .starts_with("case-act-holistic-framework-math-")
    );
    let children = classification
        .entries
        .iter()
        .filter(|e| e.parent.is_some())
        .count();
    assert!(children > 0);
    for entry in &classification.entries {
        if let Some(parent) = &entry.parent {
            assert!(classification.entries.iter().any(|e| &e.code == parent));
        }
    }
}

#[test]
fn edits_in_kasb_flow_back_into_the_package() {
    let dir = tempfile::tempdir().unwrap();
    let import = case::import_file(&data("SequenceNumberFramework.json"));
    let written = import.write(dir.path(), false).unwrap();
    let yaml = written
        .written
        .iter()
        .find(|p| p.extension().unwrap() == "yaml")
        .unwrap();
    let kasb_model::Document::Classification(mut classification) =
        import.documents[0].document.clone()
    else {
        panic!()
    };
    classification.entries[0].title = kasb_model::Text::from("A new statement");
    let removed = classification.entries.remove(1);
    classification
        .entries
        .push(kasb_model::ClassificationEntry {
            code: "NEW.1".into(),
            title: "Added in kasb".into(),
            alternative_titles: Vec::new(),
            description: None,
            skill_type: None,
            reuse_level: None,
            parent: Some(classification.entries[0].code.clone()),
            uri: None,
            associations: Vec::new(),
        });
    let text = kasb_interchange::to_yaml(
        &kasb_model::Document::Classification(classification.clone()),
        "x",
    )
    .unwrap();
    std::fs::write(yaml, text).unwrap();
    let exported: Value = serde_json::from_str(
        &case::export(&load(&[dir.path().to_path_buf()]), &classification.id).unwrap(),
    )
    .unwrap();
    assert_valid(&exported, "edited");
    let items = exported["CFItems"].as_array().unwrap();
    assert!(
        items
            .iter()
            .any(|i| i["fullStatement"] == "A new statement")
    );
    assert!(items.iter().any(|i| i["humanCodingScheme"] == "NEW.1"));
    assert!(
        !items
            .iter()
            .any(|i| i["uri"].as_str() == removed.uri.as_deref())
    );
}

#[test]
fn the_pre_1_0_format_is_refused_clearly() {
    let import = case::import_file(&data("math_cfs_sample_2016.json"));
    assert!(import.documents.is_empty());
    let problem = &import.problems[0];
    assert_eq!(problem.severity, Severity::Error);
    assert!(problem.message.contains("pre-1.0"), "{problem}");
    assert!(problem.message.contains("lsDoc"), "{problem}");
    assert!(problem.location.span.is_some());
}

#[test]
fn a_spreadsheet_and_broken_json_are_refused_with_a_location() {
    let import = case::import_file(&data("sample_case.csv"));
    assert!(import.documents.is_empty());
    assert!(
        import.problems[0].message.contains("spreadsheet"),
        "{}",
        import.problems[0]
    );
    let broken = case::import_str(
        "broken.json",
        "{\n  \"CFDocument\": {\n    \"identifier\": ]\n}",
    );
    assert!(broken.documents.is_empty());
    assert_eq!(
        broken.problems[0].location.line(),
        3,
        "{}",
        broken.problems[0]
    );
    for input in [
        "",
        "[]",
        "{}",
        "null",
        "{\"CFDocument\": 3}",
        "{\"CFDocument\": {}}",
    ] {
        let import = case::import_str("x.json", input);
        assert!(import.documents.is_empty(), "{input}");
        assert_eq!(import.count(Severity::Error), 1, "{input}");
    }
}

#[test]
fn a_kasb_standard_exports_as_a_valid_package_with_stable_identifiers() {
    let standards = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../standards");
    let first = case::export(&load(std::slice::from_ref(&standards)), "kg-welder").unwrap();
    let second = case::export(&load(&[standards]), "kg-welder").unwrap();
    assert_eq!(first, second);
    let package: Value = serde_json::from_str(&first).unwrap();
    assert_valid(&package, "kg-welder");
    assert!(package["CFItems"].as_array().unwrap().len() > 10);
    let missing = case::export(
        &load(&[Path::new(env!("CARGO_MANIFEST_DIR")).join("../../standards")]),
        "kg-weldr",
    )
    .unwrap_err();
    assert!(missing.to_string().contains("kg-welder"), "{missing}");
}

/// A package whose codes are no kasb ids (spaces, paths, URLs) and which lists one identifier
/// twice: the duplicate is a located error and left out, every code becomes a valid id, what was
/// written checks clean, and the export gives the items back with their coding schemes unchanged.
#[test]
fn codes_that_are_no_ids_and_duplicate_identifiers_import_into_valid_yaml() {
    let package = serde_json::json!({
        "CFDocument": {"uri": "urn:x:doc", "identifier": "https://x.example/doc", "creator": "x",
            "lastChangeDateTime": "2017-09-22T23:13:54+00:00", "title": "Codes"},
        "CFItems": [
            {"uri": "urn:x:1", "identifier": "https://x.example/1", "fullStatement": "One",
             "humanCodingScheme": "A 1", "lastChangeDateTime": "2017-09-22T23:13:54+00:00"},
            {"uri": "urn:x:2", "identifier": "item-2", "fullStatement": "Two",
             "humanCodingScheme": "../../etc/passwd", "lastChangeDateTime": "2017-09-22T23:13:54+00:00"},
            {"uri": "urn:x:3", "identifier": "item-3", "fullStatement": "Three",
             "humanCodingScheme": "B.1", "lastChangeDateTime": "2017-09-22T23:13:54+00:00"},
            {"uri": "urn:x:4", "identifier": "item-3", "fullStatement": "Three again",
             "lastChangeDateTime": "2017-09-22T23:13:54+00:00"}
        ],
        "CFAssociations": []
    });
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("package.json");
    std::fs::write(&input, serde_json::to_string_pretty(&package).unwrap()).unwrap();
    let import = case::import_file(&input);
    let errors: Vec<_> = import
        .problems
        .iter()
        .filter(|problem| problem.severity == Severity::Error)
        .collect();
    assert_eq!(errors.len(), 1, "{:#?}", import.problems);
    assert!(
        errors[0].message.contains("`item-3` twice"),
        "{}",
        errors[0].message
    );
    assert_eq!(errors[0].location.line(), 33, "at the second `item-3`");
    let out = dir.path().join("out");
    import.write(&out, false).unwrap();
    let report = kasb::check(std::slice::from_ref(&out), &kasb::CheckOptions::default()).unwrap();
    assert!(report.diagnostics.is_empty(), "{:#?}", report.diagnostics);
    let kasb_model::Document::Classification(classification) =
        &report.graph.workspace().documents[0].document
    else {
        panic!("a classification")
    };
    let codes: Vec<&str> = classification
        .entries
        .iter()
        .map(|e| e.code.as_str())
        .collect();
    assert_eq!(codes[1..], ["item-2", "B.1"]);
    assert!(
        codes[0].starts_with("case-") && codes[0].len() == 37,
        "{codes:?}"
    );
    let exported: Value =
        serde_json::from_str(&case::export(&load(&[out]), "https://x.example/doc").unwrap())
            .unwrap();
    let schemes: Vec<&Value> = exported["CFItems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| &item["humanCodingScheme"])
        .collect();
    assert_eq!(
        schemes,
        [
            &Value::from("A 1"),
            &Value::from("../../etc/passwd"),
            &Value::from("B.1"),
        ]
    );
}

/// Loads `paths` as an export's caller does.
fn load(paths: &[std::path::PathBuf]) -> kasb_load::Workspace {
    kasb_load::load(paths, &kasb_load::LoadOptions::default()).unwrap()
}
