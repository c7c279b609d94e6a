//! Every number and every id in the model is bounded, as its JSON Schema shows: a bare `f64`
//! field (which would accept NaN, and bypass K503) or an unchecked id field fails here.

use kasb_model::{
    AssessmentTool, Classification, Crosswalk, LevelFramework, OccupationalStandard, Qualification,
    TrainingProgramme,
};
use schemars::schema_for;
use serde_json::Value;

fn schemas() -> Vec<(&'static str, Value)> {
    vec![
        ("LevelFramework", schema_for!(LevelFramework).to_value()),
        ("Classification", schema_for!(Classification).to_value()),
        (
            "OccupationalStandard",
            schema_for!(OccupationalStandard).to_value(),
        ),
        ("Qualification", schema_for!(Qualification).to_value()),
        ("AssessmentTool", schema_for!(AssessmentTool).to_value()),
        (
            "TrainingProgramme",
            schema_for!(TrainingProgramme).to_value(),
        ),
        ("Crosswalk", schema_for!(Crosswalk).to_value()),
    ]
}

/// Every sub-schema, with the path to it, iteratively.
fn walk(schema: &Value) -> Vec<(String, &Value)> {
    let mut found = Vec::new();
    let mut stack = vec![(String::new(), schema)];
    while let Some((path, value)) = stack.pop() {
        match value {
            Value::Object(map) => {
                found.push((path.clone(), value));
                for (key, child) in map {
                    stack.push((format!("{path}/{key}"), child));
                }
            }
            Value::Array(items) => {
                for (i, child) in items.iter().enumerate() {
                    stack.push((format!("{path}/{i}"), child));
                }
            }
            _ => {}
        }
    }
    found
}

fn has_type(schema: &Value, name: &str) -> bool {
    match &schema["type"] {
        Value::String(t) => t == name,
        Value::Array(types) => types.iter().any(|t| t == name),
        _ => false,
    }
}

#[test]
fn every_number_has_a_minimum_and_a_maximum() {
    let mut numbers = 0;
    for (kind, schema) in schemas() {
        for (path, sub) in walk(&schema) {
            if has_type(sub, "number") {
                numbers += 1;
                assert!(
                    sub.get("minimum").is_some() && sub.get("maximum").is_some(),
                    "{kind}{path}: a number without bounds; use kasb_model::Weight, Score or Percent"
                );
            }
        }
    }
    assert!(numbers >= 3, "the bounded numbers were found ({numbers})");
}

#[test]
fn every_id_field_carries_the_id_grammar() {
    let mut ids = 0;
    for (kind, schema) in schemas() {
        for (path, sub) in walk(&schema) {
            let is_id = path.ends_with("/properties/id") || path.ends_with("/properties/code");
            if is_id && !path.contains("NationalCode") {
                ids += 1;
                assert!(
                    sub.get("pattern").is_some() && sub["maxLength"] == 128,
                    "{kind}{path}: an id without the id grammar: {sub}"
                );
            }
        }
    }
    assert!(ids >= 15, "the id fields were found ({ids})");
}
