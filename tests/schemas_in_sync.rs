//! The JSON Schemas in `schemas/` are generated from the Rust types and must not go stale; every
//! bundled YAML file points its editor at the schema of its kind.

use std::path::Path;

use kasb::load::{LoadOptions, load};
use kasb::model::Document;

const REGENERATE: &str = "cargo run -p kasb-cli -- schema --out schemas";

#[test]
fn schemas_match_the_rust_types() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("schemas");
    for kind in Document::KINDS {
        let path = dir.join(kind.schema_file_name());
        let expected = serde_json::to_string_pretty(&kind.json_schema()).unwrap() + "\n";
        let actual = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            actual == expected,
            "{} is stale or missing: regenerate it with `{REGENERATE}`",
            path.display()
        );
    }
}

#[test]
fn every_bundled_file_names_the_schema_of_its_kind() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let workspace = load(&[root.join("standards")], &LoadOptions::default()).unwrap();
    assert!(workspace.documents.len() >= 10);
    for loaded in &workspace.documents {
        let file = workspace.file(loaded.file);
        let first = file
            .text()
            .expect("the file is unchanged")
            .lines()
            .next()
            .unwrap_or_default();
        let schema = first
            .strip_prefix("# yaml-language-server: $schema=")
            .unwrap_or_else(|| panic!("{} lacks the schema line", file.path().display()));
        let expected = loaded.document.kind().schema_file_name();
        assert!(
            schema.ends_with(&format!("schemas/{expected}")),
            "{}: {schema}",
            file.path().display()
        );
        let resolved = file.path().parent().unwrap().join(schema);
        assert!(
            resolved.exists(),
            "{} points at a missing {}",
            file.path().display(),
            resolved.display()
        );
    }
}

#[test]
fn a_schema_describes_fields_for_editors() {
    let schema =
        serde_json::to_value(kasb::model::DocumentKind::OccupationalStandard.json_schema())
            .unwrap();
    let properties = &schema["properties"];
    assert_eq!(properties["kind"]["const"], "OccupationalStandard");
    assert!(
        properties["units"]["description"]
            .as_str()
            .unwrap()
            .contains("units")
    );
    assert_eq!(schema["additionalProperties"], false);
}
