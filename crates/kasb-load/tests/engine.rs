//! The loader's engine: every problem of a file in one run, in position order and capped, and
//! no panic on any input.

use std::path::{Path, PathBuf};

use kasb_load::{LoadOptions, load_str};

/// Each diagnostic's code, line and column.
fn problems(text: &str, options: &LoadOptions) -> Vec<(&'static str, u32, u32)> {
    match load_str("x.yaml", text, options) {
        Ok(_) => Vec::new(),
        Err(error) => error
            .iter()
            .map(|d| (d.rule.code, d.location.line(), d.location.column()))
            .collect(),
    }
}

const HEADER: &str = "kind: Classification\nformat: 1\nid: demo\ntitle: Demo\nlanguage: en\n";

#[test]
fn every_repeated_key_is_reported_in_position_order_and_nothing_else() {
    let text = format!(
        "{HEADER}entries:\n  - code: \"1\"\n    title: A\n    title: B\n  - code: \"2\"\n    code: \"3\"\n    title: C\nid: again\n"
    );
    assert_eq!(
        problems(&text, &LoadOptions::default()),
        // Line 11 repeats the item's first key: an item written without its `- ` (K116).
        [("K106", 9, 5), ("K116", 11, 5), ("K106", 13, 1)]
    );
}

#[test]
fn a_repeated_key_before_a_syntax_error_is_reported_with_it() {
    let text = format!("{HEADER}title: Again\nentries: [\"1\"\n");
    let found = problems(&text, &LoadOptions::default());
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[0], ("K106", 6, 1));
    assert_eq!(found[1].0, "K101");
    assert!(found[1].1 >= 7, "{found:?}");
}

#[test]
fn the_problems_of_a_file_are_capped_with_a_summary() {
    let mut text = format!("{HEADER}entries:\n  - code: \"1\"\n");
    for _ in 0..6 {
        text.push_str("    title: T\n");
    }
    let options = LoadOptions::default().with_max_problems_per_file(2);
    let error = load_str("x.yaml", &text, &options).unwrap_err();
    let codes: Vec<&str> = error.iter().map(|d| d.rule.code).collect();
    assert_eq!(codes, ["K106", "K106", "K108"]);
    assert_eq!(
        (error[0].location.line(), error[1].location.line()),
        (9, 10)
    );
    let summary = &error[2];
    assert_eq!(summary.severity, kasb_diagnostics::Severity::Warning);
    assert!(
        summary.message.starts_with("3 more problems"),
        "{summary:?}"
    );
    assert!(
        summary
            .help
            .as_deref()
            .unwrap()
            .contains("max-problems-per-file")
    );
    // Under the cap, no summary.
    let all = LoadOptions::default();
    assert_eq!(load_str("x.yaml", &text, &all).unwrap_err().len(), 5);
}

#[test]
fn a_file_of_many_mistakes_shows_the_first_ones_and_counts_the_rest_exactly() {
    // 20,000 unknown fields and 20,000 repeated keys: the first 50 by position are shown,
    // every other one is counted in the summary.
    let mut text = format!("{HEADER}entries:\n");
    for i in 0..20_000 {
        text.push_str(&format!(
            "  - code: \"{i}\"\n    colour: red\n    title: A\n    title: B\n"
        ));
    }
    let error = load_str("x.yaml", &text, &LoadOptions::default()).unwrap_err();
    assert_eq!(error.len(), 51);
    let shown: Vec<(&str, u32)> = error[..6]
        .iter()
        .map(|d| (d.rule.code, d.location.line()))
        .collect();
    // Each entry: the unknown field, the repeated key.
    assert_eq!(
        shown,
        [
            ("K104", 8),
            ("K106", 10),
            ("K104", 12),
            ("K106", 14),
            ("K104", 16),
            ("K106", 18)
        ]
    );
    let summary = &error[50];
    assert_eq!(summary.rule.code, "K108");
    assert!(
        summary.message.starts_with("39950 more problems"),
        "{}",
        summary.message
    );
}

#[test]
fn limits_and_documents_are_located_from_the_tree() {
    let deep = format!("{HEADER}entries: {}{}\n", "[".repeat(70), "]".repeat(70));
    // At the `[` of the 65th level of flow nesting.
    assert_eq!(problems(&deep, &LoadOptions::default()), [("K108", 6, 74)]);
    let two = format!("{HEADER}entries: []\n---\n{HEADER}");
    assert_eq!(problems(&two, &LoadOptions::default()), [("K109", 7, 1)]);
    assert_eq!(
        problems("- a\n- b\n", &LoadOptions::default()),
        [("K107", 1, 1)]
    );
    let recursive = format!("{HEADER}entries: &a [*a]\n");
    assert_eq!(
        problems(&recursive, &LoadOptions::default()),
        [("K108", 6, 14)]
    );
}

/// Every YAML file of the bundled standards, as the loader discovers them.
fn bundled() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../standards");
    kasb_load::discover(&[root], &LoadOptions::default())
        .expect("the standards are readable")
        .files
}

#[test]
fn truncated_and_garbled_files_give_sorted_diagnostics_never_a_panic() {
    let options = LoadOptions::default();
    let files = bundled();
    assert!(files.len() > 5, "the bundled standards are missing");
    for path in files.iter().step_by(files.len() / 6).take(6) {
        let text = std::fs::read_to_string(path).unwrap();
        let cuts = text
            .char_indices()
            .map(|(at, _)| at)
            .step_by((text.len() / 25).max(1));
        for cut in cuts {
            for variant in [
                text[..cut].to_owned(),
                format!("{}\t{}", &text[..cut], &text[cut..]),
                format!("{}: ]{{\"", &text[..cut]),
            ] {
                if let Err(error) = load_str(path, &variant, &options) {
                    assert!(!error.is_empty(), "{}: no diagnostic", path.display());
                    let positions: Vec<(u32, u32)> = error
                        .iter()
                        .filter(|d| d.location.span.is_some())
                        .map(|d| (d.location.line(), d.location.column()))
                        .collect();
                    assert!(
                        positions.is_sorted(),
                        "{}: not in order: {positions:?}",
                        path.display()
                    );
                }
            }
        }
    }
}

#[test]
fn the_deserialisers_error_is_located_at_its_node() {
    let options = LoadOptions::default();
    // A mapping where a list is expected: at the mapping's first key.
    let text = format!("{HEADER}entries:\n  code: \"1\"\n  title: x\n");
    assert_eq!(problems(&text, &options), [("K102", 7, 3)]);
    // `Yes` where text is required: quote it, at the value.
    let text = format!("{HEADER}entries:\n  - code: \"1\"\n    title: Yes\n");
    assert_eq!(problems(&text, &options), [("K105", 8, 12)]);
    // A merge key brings in the fields; the misspelt one is found where it is written.
    let text = format!(
        "{HEADER}entries:\n  - &base\n    code: \"1\"\n    title: A\n  - <<: *base\n    cod: \"2\"\n"
    );
    assert_eq!(problems(&text, &options), [("K104", 11, 5)]);
}
