//! The id grammar in the JSON Schemas (`pattern`, `maxLength`) and the loader's check
//! (`kasb_model::id::check_id`, rule K111) agree: an editor validating against the schemas
//! accepts exactly the ids `kasb check` accepts.

use kasb::model::id::{DOCUMENT_ID_PATTERN, ITEM_ID_PATTERN, IdKind, MAX_ID_LENGTH, check_id};
use proptest::prelude::*;
use serde_json::json;

fn schema_accepts(pattern: &str, id: &str) -> bool {
    let schema =
        json!({"type": "string", "minLength": 1, "maxLength": MAX_ID_LENGTH, "pattern": pattern});
    let validator = jsonschema::validator_for(&schema).expect("the pattern compiles");
    validator.is_valid(&json!(id))
}

fn agree(id: &str) {
    for (kind, pattern) in [
        (IdKind::Document, DOCUMENT_ID_PATTERN),
        (IdKind::Item, ITEM_ID_PATTERN),
    ] {
        assert_eq!(
            check_id(id, kind).is_ok(),
            schema_accepts(pattern, id),
            "{kind:?} id {id:?}: check_id says {:?}",
            check_id(id, kind)
        );
    }
}

#[test]
fn the_schema_pattern_and_the_check_agree_on_known_shapes() {
    for id in [
        "kg-welder",
        "A/01.3",
        "7212",
        "0110",
        "2.15.01.05",
        "CCO-01.K1",
        "a_b",
        "../x",
        "a/../b",
        "a//b",
        "a b",
        "a\nb",
        "ЕLC-01",
        "-a",
        "a-",
        "a/",
        "/a",
        "a--b",
        "",
        "x.",
        "a:b",
    ] {
        agree(id);
    }
    agree(&"x".repeat(MAX_ID_LENGTH));
    agree(&"x".repeat(MAX_ID_LENGTH + 1));
}

proptest! {
    #[test]
    fn the_schema_pattern_and_the_check_agree(id in "[aZ09._/ \\-\u{415}\n:]{0,10}") {
        agree(&id);
    }
}
