//! An assessment tool's and an instrument's `rules_of_evidence`: loaded as typed texts when
//! right, and each mistake in them located at its own line and column by the loader's typed
//! validation.

use kasb_load::{LoadOptions, load_str};
use kasb_model::{Document, Text};

const TOOL: &str = "\
kind: AssessmentTool
format: 1
id: fx-tool
title: Final assessment
language: en
rules_of_evidence:
  valid: Welds are judged against the drawing.
  current: {en: Produced on the day., ru: Создаются в день экзамена.}
instruments:
  - id: PR
    title: Practical examination
    method: practical_task
    rules_of_evidence:
      authentic: Test pieces are stamped before tacking.
    tasks:
      - {id: PR-1, title: Weld a plate, assesses: [s/U1.1]}
";

#[test]
fn rules_of_evidence_load_as_texts_on_the_tool_and_the_instrument() {
    let loaded = load_str("tool.yaml", TOOL, &LoadOptions::default()).expect("a clean document");
    let Document::AssessmentTool(tool) = &loaded else {
        panic!("an assessment tool");
    };
    let rules = tool.rules_of_evidence.as_ref().expect("the tool's rules");
    let valid = rules.valid.as_ref().expect("valid");
    assert_eq!(
        valid.get("en", "en"),
        Some("Welds are judged against the drawing.")
    );
    let current = rules.current.as_ref().expect("current");
    assert_eq!(current.get("ru", "en"), Some("Создаются в день экзамена."));
    assert!(rules.sufficient.is_none() && rules.authentic.is_none());
    let instrument = tool.instruments[0]
        .rules_of_evidence
        .as_ref()
        .expect("its rules");
    assert_eq!(
        instrument.authentic,
        Some(Text::from("Test pieces are stamped before tacking."))
    );
    let keys: Vec<&str> = instrument
        .rules()
        .iter()
        .filter(|(_, text)| text.is_some())
        .map(|(key, _)| *key)
        .collect();
    assert_eq!(keys, ["authentic"]);
}

/// Code, line, column and message of each diagnostic `load_str` gives for `text`, in order.
fn found(text: &str) -> Vec<(&'static str, u32, u32, String)> {
    let error = load_str("tool.yaml", text, &LoadOptions::default())
        .expect_err("the document has mistakes");
    error
        .iter()
        .map(|d| {
            let at = (d.location.line(), d.location.column());
            let help = d.help.clone().unwrap_or_default();
            (d.rule.code, at.0, at.1, format!("{} / {help}", d.message))
        })
        .collect()
}

#[test]
fn a_misspelt_rule_a_number_and_a_list_are_each_located() {
    let text = TOOL
        .replace("  valid: Welds", "  validity: Welds")
        .replace(
            "  current: {en",
            "  sufficient: [two joints, one test]\n  current: {en",
        )
        .replace(
            "      authentic: Test",
            "      authentic: 1.5\n      currency: Test",
        );
    let found = found(&text);
    let codes: Vec<(&str, u32, u32)> = found.iter().map(|(c, l, k, _)| (*c, *l, *k)).collect();
    assert_eq!(
        codes,
        [
            ("K104", 7, 3),   // validity: an unknown field
            ("K102", 8, 15),  // sufficient: a list, not text
            ("K105", 15, 18), // authentic: 1.5, a number where text is required
            ("K104", 16, 7),  // currency: an unknown field
        ],
        "{found:#?}"
    );
    // The unknown fields name the four rules, or the one meant.
    assert!(
        found[0].3.contains("valid, sufficient, authentic, current"),
        "{found:#?}"
    );
    assert!(found[3].3.contains("`current`"), "{found:#?}");
}
