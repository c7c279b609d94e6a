//! Hostile and broken files end in a located error: never a panic, a hang or a stack overflow.

use std::path::Path;

use kasb::load::{LoadOptions, load, load_str};

const HEADER: &str = "kind: Classification\nformat: 1\nid: demo\ntitle: Demo\nlanguage: en\n";

fn single_error_code(path: &str, text: &str) -> (String, u32, u32) {
    let errors = load_str(path, text, &LoadOptions::default()).expect_err("the file is refused");
    assert_eq!(errors.len(), 1, "{errors:#?}");
    let error = &errors[0];
    (
        error.rule.code.to_owned(),
        error.location.line(),
        error.location.column(),
    )
}

/// The classic "billion laughs": nine layers of ten aliases each.
fn billion_laughs(field: &str) -> String {
    let mut text = String::from(HEADER);
    text.push_str(&format!("{field}: &l0 [x, x, x, x, x, x, x, x, x, x]\n"));
    for level in 1..=8 {
        let items = vec![format!("*l{}", level - 1); 10].join(", ");
        text.push_str(&format!("x{level}: &l{level} [{items}]\n"));
    }
    text
}

#[test]
fn an_alias_bomb_is_refused_at_a_located_line() {
    let errors = load_str(
        "bomb.yaml",
        &billion_laughs("entries"),
        &LoadOptions::default(),
    )
    .expect_err("refused");
    assert_eq!(errors.len(), 1);
    assert!(
        matches!(errors[0].rule.code, "K108" | "K104" | "K102"),
        "{:?}",
        errors[0]
    );
    assert!(errors[0].location.line() >= 6);
}

#[test]
fn the_alias_limit_is_enforced() {
    let mut text = String::from(HEADER);
    text.push_str("entries:\n  - code: \"1\"\n    title: &t Officers\n");
    for code in 2..=20 {
        text.push_str(&format!("  - code: \"{code}\"\n    title: *t\n"));
    }
    assert!(load_str("ok.yaml", &text, &LoadOptions::default()).is_ok());
    let strict = LoadOptions::default().with_max_aliases(5);
    let errors = load_str("aliases.yaml", &text, &strict).unwrap_err();
    assert_eq!(errors[0].rule.code, "K108", "{:?}", errors[0]);
}

#[test]
fn deep_nesting_is_refused_without_overflowing_the_stack() {
    let depth = 100_000;
    let text = format!(
        "{HEADER}entries: {}{}\n",
        "[".repeat(depth),
        "]".repeat(depth)
    );
    let (code, line, _) = single_error_code("deep.yaml", &text);
    assert_eq!(code, "K108");
    assert_eq!(line, 6);
}

#[test]
fn deep_block_nesting_hits_the_depth_limit() {
    let mut text = String::from(HEADER);
    text.push_str("entries:\n  - code: \"1\"\n    title:\n");
    for depth in 0..200 {
        text.push_str(&" ".repeat(6 + depth * 2));
        text.push_str(&format!("k{depth}:\n"));
    }
    let (code, _, _) = single_error_code("deep.yaml", &text);
    assert!(code == "K108" || code == "K102", "{code}");
}

#[test]
fn a_file_over_the_size_limit_is_refused_before_parsing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.yaml");
    std::fs::write(
        &path,
        format!("{HEADER}entries: []\n# {}\n", "x".repeat(2048)),
    )
    .unwrap();
    let options = LoadOptions::default().with_max_file_bytes(1024);
    let workspace = load(&[dir.path().to_path_buf()], &options).unwrap();
    assert_eq!(workspace.diagnostics.len(), 1);
    assert_eq!(workspace.diagnostics[0].rule.code, "K108");
    assert!(workspace.diagnostics[0].message.contains("1024 bytes"));
}

#[test]
fn invalid_utf8_is_located_at_the_first_bad_byte() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("latin1.yaml");
    std::fs::write(&path, b"kind: Classification\ntitle: Caf\xe9\n").unwrap();
    let workspace = load(&[path], &LoadOptions::default()).unwrap();
    let error = &workspace.diagnostics[0];
    assert_eq!(error.rule.code, "K100");
    assert_eq!((error.location.line(), error.location.column()), (2, 11));
}

#[test]
fn utf16_is_named_as_such() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("utf16.yaml");
    let mut bytes = vec![0xFF, 0xFE];
    for unit in "kind: Classification\n".encode_utf16() {
        bytes.extend(unit.to_le_bytes());
    }
    std::fs::write(&path, bytes).unwrap();
    let workspace = load(&[path], &LoadOptions::default()).unwrap();
    assert_eq!(workspace.diagnostics[0].rule.code, "K100");
    assert!(workspace.diagnostics[0].message.contains("UTF-16"));
}

#[test]
fn nul_bytes_are_a_syntax_error() {
    let text = format!("{HEADER}entries:\n  - code: \"1\"\n    title: a\0b\n");
    let (code, line, _) = single_error_code("nul.yaml", &text);
    assert_eq!(code, "K101");
    assert_eq!(line, 8);
}

#[test]
fn two_documents_in_one_file_are_refused() {
    let text = format!("{HEADER}entries: []\n---\n{HEADER}entries: []\n");
    let (code, line, _) = single_error_code("two.yaml", &text);
    assert_eq!(code, "K109");
    // The second document starts with the `---` on line 7.
    assert_eq!(line, 7);
}

#[test]
fn an_empty_file_is_refused() {
    assert_eq!(single_error_code("empty.yaml", "").0, "K109");
    assert_eq!(
        single_error_code("comments.yaml", "# nothing here\n").0,
        "K109"
    );
}

#[test]
fn duplicate_keys_are_refused_not_overwritten() {
    let text = format!("{HEADER}entries: []\ntitle: Again\n");
    let (code, line, column) = single_error_code("dup.yaml", &text);
    assert_eq!(code, "K106");
    assert_eq!((line, column), (7, 1));
}

#[test]
fn yaml_1_1_booleans_and_numbers_must_be_quoted() {
    for (value, reading) in [
        ("NO", "a boolean"),
        ("0110", "a number"),
        ("1.10", "a number"),
        ("1e3", "a number"),
        (".inf", "a number"),
    ] {
        let text = format!("{HEADER}entries:\n  - code: {value}\n    title: x\n");
        let errors = load_str("q.yaml", &text, &LoadOptions::default()).unwrap_err();
        assert_eq!(errors[0].rule.code, "K105", "{value}: {:?}", errors[0]);
        assert_eq!(
            (errors[0].location.line(), errors[0].location.column()),
            (7, 11),
            "{value}"
        );
        assert!(
            errors[0].message.contains(reading),
            "{value}: {}",
            errors[0].message
        );
    }
}

#[test]
fn a_missing_kind_and_an_unknown_kind_say_what_to_write() {
    let (code, _, _) = single_error_code("nokind.yaml", "id: x\n");
    assert_eq!(code, "K107");
    let errors = load_str(
        "typo.yaml",
        "kind: Qualifcation\nid: x\n",
        &LoadOptions::default(),
    )
    .unwrap_err();
    assert_eq!(errors[0].rule.code, "K107");
    assert_eq!(
        errors[0].help.as_deref(),
        Some("did you mean `Qualification`?")
    );
    assert_eq!(
        (errors[0].location.line(), errors[0].location.column()),
        (1, 7)
    );
}

#[test]
fn a_flow_style_document_is_read_too() {
    let text =
        "{kind: Classification, format: 1, id: demo, title: Demo, language: en, entries: []}";
    let document = load_str("flow.yaml", text, &LoadOptions::default()).unwrap();
    assert_eq!(document.id(), "demo");
}

#[cfg(unix)]
#[test]
fn a_symlink_loop_and_an_unreadable_file_do_not_stop_the_walk() {
    use std::os::unix::fs::PermissionsExt;

    let dir = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink(dir.path(), dir.path().join("loop")).unwrap();
    let good = dir.path().join("good.yaml");
    std::fs::write(&good, format!("{HEADER}entries: []\n")).unwrap();
    let locked = dir.path().join("locked.yaml");
    std::fs::write(&locked, format!("{HEADER}entries: []\n")).unwrap();
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    let readable_anyway = std::fs::read(&locked).is_ok(); // root reads everything
    let workspace = load(&[dir.path().to_path_buf()], &LoadOptions::default()).unwrap();
    assert!(
        workspace
            .documents
            .iter()
            .any(|d| d.document.id() == "demo")
    );
    if !readable_anyway {
        assert!(
            workspace
                .diagnostics
                .iter()
                .any(|d| d.rule.code == "K100" && d.location.file == locked)
        );
    }
    let _ = Path::new("");
}

#[test]
fn a_missing_path_is_an_error_not_a_diagnostic() {
    let error = load(&["/no/such/place".into()], &LoadOptions::default()).unwrap_err();
    assert!(error.to_string().contains("/no/such/place"));
}

#[test]
fn limits_come_from_kasb_toml() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("big.yaml"),
        format!("{HEADER}entries: []\n# {}\n", "x".repeat(4096)),
    )
    .unwrap();
    std::fs::write(
        dir.path().join("kasb.toml"),
        "[limits]\nmax-file-bytes = 1024\n",
    )
    .unwrap();
    let config = kasb::config::Config::read(&dir.path().join("kasb.toml")).unwrap();
    let options = kasb::CheckOptions::new(config);
    let report = kasb::check(&[dir.path().to_path_buf()], &options).unwrap();
    assert_eq!(report.diagnostics.len(), 1);
    assert_eq!(report.diagnostics[0].rule.code, "K108");
    assert!(
        kasb::config::Config::from_toml("[limits]\nmax-files = 3\n").is_err(),
        "unknown keys are errors"
    );
}

/// An assessment tool with `total_weight` and `pass_mark` on lines 6 and 7, and one marking
/// criterion (weight, max_score, rubric score) on line 14.
fn tool(total_weight: &str, pass_mark: &str, marking: &str) -> String {
    format!(
        "kind: AssessmentTool\nformat: 1\nid: t\ntitle: T\nlanguage: en\ntotal_weight: {total_weight}\npass_mark: {pass_mark}\ninstruments:\n  - id: I\n    title: I\n    method: oral\n    tasks:\n      - id: T1\n        title: T1\n        marking:\n          - {{id: M1, description: D, type: judgement, {marking}}}\n"
    )
}

#[test]
fn nan_infinities_and_out_of_range_numbers_are_located_errors() {
    let rubric = "rubric: [{score: 1, descriptor: ok}]";
    let ok_marking = format!("weight: 100, {rubric}");
    assert!(
        load_str(
            "ok.yaml",
            &tool("100", "60", &ok_marking),
            &LoadOptions::default()
        )
        .is_ok()
    );
    let cases = [
        (tool(".nan", "60", &ok_marking), (6, 15), ".nan"),
        (tool(".inf", "60", &ok_marking), (6, 15), ".inf"),
        (tool("-5", "60", &ok_marking), (6, 15), "`-5`"),
        (tool("100", ".NaN", &ok_marking), (7, 12), ".nan"),
        // Every spelling YAML 1.2 gives the non-finite numbers, in each bounded type.
        (tool(".NAN", "60", &ok_marking), (6, 15), ".nan"),
        (tool(".Inf", "60", &ok_marking), (6, 15), ".inf"),
        (tool("+.INF", "60", &ok_marking), (6, 15), ".inf"),
        (tool("100", ".Inf", &ok_marking), (7, 12), ".inf"),
        (tool("100", "-.Inf", &ok_marking), (7, 12), "-.inf"),
        (tool("100", ".nan", &ok_marking), (7, 12), ".nan"),
        (tool("100", "-1e300", &ok_marking), (7, 12), "`-1e300`"),
        (tool("100", "100.5", &ok_marking), (7, 12), "from 0 to 100"),
        (
            tool("100", "60", &format!("weight: .nan, {rubric}")),
            (16, 63),
            ".nan",
        ),
        (
            tool("100", "60", "weight: 100, max_score: -.inf"),
            (16, 79),
            "-.inf",
        ),
        (
            tool("100", "60", "weight: 100, max_score: .Inf"),
            (16, 79),
            ".inf",
        ),
        (
            tool("100", "60", "weight: -.INF, max_score: 1"),
            (16, 63),
            "-.inf",
        ),
        (
            tool(
                "100",
                "60",
                "weight: 100, rubric: [{score: .nan, descriptor: x}]",
            ),
            (16, 85),
            ".nan",
        ),
    ];
    for (text, at, words) in cases {
        let errors = load_str("t.yaml", &text, &LoadOptions::default()).expect_err(&text);
        assert_eq!(errors.len(), 1, "{errors:#?}");
        let error = &errors[0];
        assert_eq!(error.rule.code, "K102", "{error}");
        assert_eq!(
            (error.location.line(), error.location.column()),
            at,
            "{error}"
        );
        assert!(error.message.contains(words), "{words}: {error}");
    }
}

#[test]
fn a_nan_weight_no_longer_bypasses_k503() {
    let dir = tempfile::tempdir().unwrap();
    let marking = "weight: .nan, rubric: [{score: 1, descriptor: ok}]";
    std::fs::write(dir.path().join("t.yaml"), tool("100", "60", marking)).unwrap();
    let report = kasb::check(&[dir.path().to_path_buf()], &kasb::CheckOptions::default()).unwrap();
    assert!(report.errors() > 0, "a NaN weight is an error");
    assert!(report.diagnostics.iter().any(|d| d.rule.code == "K102"));
}

#[test]
fn a_file_with_carriage_returns_only_loads_with_its_lines() {
    let text = format!("{HEADER}entries:\n  - code: \"0110\"\n    title: x\n").replace('\n', "\r");
    assert!(load_str("cr.yaml", &text, &LoadOptions::default()).is_ok());
    // Lines are counted at each CR: the unquoted code is on line 9.
    let text = format!("{HEADER}entries:\n  - code: \"1\"\n    title: x\n  - code: 0111\n")
        .replace('\n', "\r");
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("cr.yaml"), &text).unwrap();
    let workspace = load(&[dir.path().to_path_buf()], &LoadOptions::default()).unwrap();
    let found: Vec<_> = workspace
        .diagnostics
        .iter()
        .map(|d| (d.rule.code, d.location.line(), d.location.column()))
        .collect();
    // The item lacks its title (K103, at its first key) and its code is unquoted (K105).
    assert_eq!(found, [("K103", 9, 5), ("K105", 9, 11)]);
}

#[test]
fn the_text_budget_is_a_resource_limit_that_names_itself() {
    let mut text = format!(
        "kind: Classification\nformat: 1\nid: demo\ntitle: &t \"{}\"\nlanguage: en\nentries:\n",
        "x".repeat(1 << 20)
    );
    for code in 0..70 {
        text.push_str(&format!("  - code: \"{code}\"\n    title: *t\n"));
    }
    let errors = load_str("big.yaml", &text, &LoadOptions::default()).unwrap_err();
    let error = &errors[0];
    assert_eq!(error.rule.code, "K108", "{error}");
    assert!(
        error.message.contains("bytes of text in its values"),
        "{error}"
    );
    assert!(
        error.help.as_deref().unwrap_or("").contains("64 MiB"),
        "{error}"
    );
    assert!(
        !error.message.contains("ScalarBytes"),
        "no Debug text: {error}"
    );
}

#[test]
fn every_item_id_is_checked_against_the_id_grammar() {
    let dir = tempfile::tempdir().unwrap();
    let standard = "kind: OccupationalStandard\nformat: 1\nid: \"s/t\"\ntitle: S\nlanguage: en\ncountry: KG\nframework: f\noccupation:\n  title: O\nunits:\n  - id: \"U 1\"\n    title: U\n    level: 1\n    elements:\n      - id: \"U1..1\"\n        title: E\n        criteria:\n          - id: \"U1.1.\u{0421}\"\n            statement: C\n    knowledge:\n      - id: \"K\\u0001\"\n        statement: K\n";
    std::fs::write(dir.path().join("s.yaml"), standard).unwrap();
    let report = kasb::check(&[dir.path().to_path_buf()], &kasb::CheckOptions::default()).unwrap();
    let found: Vec<(u32, u32)> = report
        .diagnostics
        .iter()
        .filter(|d| d.rule.code == "K111")
        .map(|d| (d.location.line(), d.location.column()))
        .collect();
    // The document id's `/`, the unit's space, the element's `..`, the criterion's Cyrillic
    // `С` (at its column), the knowledge's control character (escaped: the whole value).
    assert_eq!(
        found,
        [(3, 7), (11, 11), (15, 16), (18, 23), (21, 13)],
        "{:#?}",
        report.diagnostics
    );
}

#[test]
fn the_walk_lists_what_it_skips() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.yaml"), format!("{HEADER}entries: []\n")).unwrap();
    std::os::unix::fs::symlink("a.yaml", dir.path().join("b.yml")).unwrap();
    std::fs::write(dir.path().join("README.md"), "not YAML, not listed").unwrap();
    let workspace = load(&[dir.path().to_path_buf()], &LoadOptions::default()).unwrap();
    assert_eq!(workspace.files().len(), 1);
    assert_eq!(
        workspace.skipped,
        [kasb::load::Skipped {
            path: dir.path().join("b.yml"),
            reason: kasb::load::SkipReason::Symlink,
        }]
    );
}
