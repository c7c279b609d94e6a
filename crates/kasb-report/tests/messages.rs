//! Every value a report names through a message id made from data (`report-method-oral`,
//! `report-status-draft`) has that message in every language: the values are read from the
//! model's JSON Schema, so a new method or status fails here until it is translated.

use kasb_i18n::{Lang, Messages};
use kasb_model::{AssessmentMethod, Status};

fn values<T: schemars::JsonSchema>() -> Vec<String> {
    let schema = serde_json::to_value(schemars::schema_for!(T)).unwrap();
    let mut found = Vec::new();
    let mut stack = vec![&schema];
    while let Some(node) = stack.pop() {
        match node {
            serde_json::Value::Object(map) => {
                for (key, value) in map {
                    match (key.as_str(), value) {
                        ("enum", serde_json::Value::Array(items)) => {
                            found.extend(items.iter().filter_map(|v| v.as_str().map(str::to_owned)))
                        }
                        ("const", serde_json::Value::String(text)) => found.push(text.clone()),
                        _ => stack.push(value),
                    }
                }
            }
            serde_json::Value::Array(items) => stack.extend(items),
            _ => {}
        }
    }
    found
}

#[test]
fn every_method_and_status_has_its_words_in_every_language() {
    let methods = values::<AssessmentMethod>();
    let statuses = values::<Status>();
    assert_eq!(methods.len(), 5, "{methods:?}");
    assert_eq!(statuses.len(), 4, "{statuses:?}");
    for lang in Lang::all() {
        let messages = Messages::of(lang);
        for id in methods.iter().map(|m| format!("report-method-{m}")) {
            assert!(messages.has(&id), "{lang}: {id}");
        }
        for id in statuses.iter().map(|s| format!("report-status-{s}")) {
            assert!(messages.has(&id), "{lang}: {id}");
        }
    }
}
