//! Every problem of a broken document, each asserted by code, line and column, and nothing
//! else reported.

use std::path::Path;

use kasb_diagnostics::Diagnostic;
use kasb_model::DocumentKind;

use super::{File, diagnose};
use crate::LoadOptions;
use crate::tree::Tree;

/// The diagnostics of `text` read as a standard.
fn explain(text: &str) -> Vec<Diagnostic> {
    let tree = Tree::parse(text, &LoadOptions::default());
    let file = File {
        path: Path::new("standard.yaml"),
        text,
    };
    diagnose(
        file,
        &tree,
        Some(DocumentKind::OccupationalStandard),
        usize::MAX,
    )
    .diagnostics
}

/// Code, line and column of each diagnostic, in order.
fn found(text: &str) -> Vec<(&'static str, u32, u32)> {
    explain(text)
        .iter()
        .map(|d| (d.rule.code, d.location.line(), d.location.column()))
        .collect()
}

/// The rule of a date not written YYYY-MM-DD (`invalid-date`).
const DATE_RULE: &str = "K112";

/// A clean standard whose lines the tests replace: `{title}` and so on.
const BASE: &str = "\
kind: OccupationalStandard
format: 1
id: fx-std
title: Welder
language: en
country: KG
framework: fx-nqf
occupation:
  title: Welder
  isco: \"7212\"
units:
  - id: U1
    title: Prepare the workplace
    level: 3
    elements:
      - id: U1.1
        title: Organise the welding station
        criteria:
          - id: U1.1.1
            statement: The workplace is arranged to the safety rules.
          - id: U1.1.2
            statement: The fume extraction is checked before work starts.
";

/// `BASE` with line `number` (1-based) replaced by `line`.
fn with_line(number: usize, line: &str) -> String {
    let mut lines: Vec<&str> = BASE.lines().collect();
    lines[number - 1] = line;
    lines.join("\n") + "\n"
}

/// `BASE` with several lines replaced.
fn with_lines(changes: &[(usize, &str)]) -> String {
    let mut lines: Vec<String> = BASE.lines().map(str::to_owned).collect();
    for &(number, line) in changes {
        lines[number - 1] = line.to_owned();
    }
    lines.join("\n") + "\n"
}

#[test]
fn a_clean_document_has_nothing_to_explain() {
    assert_eq!(found(BASE), []);
}

#[test]
fn yes_where_text_is_expected_is_quote_it() {
    let diagnostics = explain(&with_line(4, "title: Yes"));
    assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
    assert_eq!(diagnostics[0].rule.code, "K105");
    assert_eq!(diagnostics[0].help.as_deref(), Some("quote it: \"Yes\""));
    for written in ["No", "On", "Off", "null", "~", "0110", "1.10"] {
        let text = with_line(4, &format!("title: {written}"));
        assert_eq!(found(&text), [("K105", 4, 8)], "{written}");
    }
    assert_eq!(found(&with_line(4, "title: \"Yes\"")), []);
    assert_eq!(found(&with_line(4, "title: !!str 0110")), []);
}

#[test]
fn an_empty_value_where_text_is_required() {
    let diagnostics = explain(&with_line(4, "title:"));
    assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
    assert_eq!(diagnostics[0].rule.code, "K102");
    assert_eq!(
        diagnostics[0].message,
        "`title` is empty, but text is required"
    );
}

#[test]
fn a_mapping_where_a_list_is_expected_says_how_to_write_a_list() {
    let text = with_lines(&[(12, "    id: U1")]);
    let diagnostics = explain(&text);
    assert_eq!(found(&text), [("K102", 12, 5)], "{diagnostics:#?}");
    assert_eq!(
        diagnostics[0].message,
        "`units` takes a list, but here it is a mapping of `key: value` fields"
    );
    assert!(
        diagnostics[0]
            .help
            .as_deref()
            .is_some_and(|help| help.contains("under `units:`, for example `- id: …`")),
        "{:?}",
        diagnostics[0].help
    );
}

#[test]
fn a_list_where_a_mapping_is_expected() {
    let text = with_lines(&[(9, "  - title: Welder"), (10, "  - isco: \"7212\"")]);
    let diagnostics = explain(&text);
    assert_eq!(found(&text), [("K102", 9, 3)], "{diagnostics:#?}");
    assert!(
        diagnostics[0]
            .message
            .starts_with("`occupation` takes a mapping")
    );
}

#[test]
fn enum_values_and_numbers_out_of_range() {
    let text = BASE.replace("format: 1\n", "format: 1\nstatus: aproved\n");
    let diagnostics = explain(&text);
    assert_eq!(found(&text), [("K102", 3, 9)]);
    assert_eq!(
        diagnostics[0].help.as_deref(),
        Some("did you mean `approved`?")
    );
    assert_eq!(found(&with_line(14, "    level: 300")), [("K102", 14, 12)]);
    assert_eq!(found(&with_line(14, "    level: .inf")), [("K102", 14, 12)]);
    assert_eq!(found(&with_line(2, "format: 2")), [("K102", 2, 9)]);
}

#[test]
fn a_date_not_written_iso() {
    let text = BASE.replace(
        "framework: fx-nqf\n",
        "framework: fx-nqf\napproval:\n  valid_from: 01.01.2026\n  valid_to: 2026-12-31\n",
    );
    assert_eq!(found(&text), [(DATE_RULE, 9, 15)]);
    // Written as a number, a date is still a date problem.
    let number = text.replace("01.01.2026", "20260101");
    assert_eq!(
        found(&number),
        [(DATE_RULE, 9, 15)],
        "{:#?}",
        explain(&number)
    );
    let list = text.replace("01.01.2026", "[2026, 1, 1]");
    let diagnostics = explain(&list);
    assert_eq!(found(&list), [("K102", 9, 15)]);
    assert!(
        diagnostics[0].message.contains("a date written YYYY-MM-DD"),
        "{}",
        diagnostics[0].message
    );
}

#[test]
fn every_repeated_key_with_the_first_related() {
    let text = BASE.replace(
        "language: en\n",
        "language: en\ntitle: Again\nlanguage: ky\n",
    );
    let diagnostics = explain(&text);
    assert_eq!(found(&text), [("K106", 6, 1), ("K106", 7, 1)]);
    assert_eq!(diagnostics[0].related[0].location.line(), 4);
    assert_eq!(diagnostics[1].related[0].location.line(), 5);
}

#[test]
fn an_item_without_its_dash_is_one_diagnostic() {
    let text = with_lines(&[(21, "            id: U1.1.2")]);
    let diagnostics = explain(&text);
    assert_eq!(found(&text), [("K116", 21, 13)], "{diagnostics:#?}");
    assert_eq!(
        diagnostics[0].help.as_deref(),
        Some(
            "start the item with a dash: `- id: U1.1.2`, the `-` at column 11, under the other items' dashes"
        )
    );
    let text = with_lines(&[(21, "          id: U1.1.2")]);
    assert_eq!(found(&text), [("K116", 21, 11)], "{:#?}", explain(&text));
}

#[test]
fn colon_in_plain_text() {
    let text = with_line(20, "            statement: Note: use gloves");
    let diagnostics = explain(&text);
    assert_eq!(found(&text), [("K113", 20, 24)], "{diagnostics:#?}");
    assert_eq!(
        diagnostics[0].help.as_deref(),
        Some("quote the text: `statement: \"Note: use gloves\"`")
    );
    // In a list of text, the same mistake reads as a one-entry mapping.
    let text = BASE.replace(
        "  title: Welder\n",
        "  title: Welder\n  esco:\n    - Note: welder\n",
    );
    assert_eq!(found(&text), [("K113", 11, 7)], "{:#?}", explain(&text));
    let text = BASE.replace(
        "  title: Welder\n",
        "  title: Welder\n  esco: [Note: welder]\n",
    );
    let diagnostics = explain(&text);
    assert_eq!(found(&text), [("K113", 10, 10)], "{diagnostics:#?}");
    assert_eq!(
        diagnostics[0].help.as_deref(),
        Some("quote the text: `\"Note: welder\"`")
    );
}

#[test]
fn a_tab_in_the_indentation() {
    let text = with_line(9, "\ttitle: Welder");
    assert_eq!(found(&text), [("K114", 9, 1)], "{:#?}", explain(&text));
}

#[test]
fn a_field_indented_into_the_outer_mapping() {
    // `statement` at the criteria list's indentation: unknown in the element, missing in the
    // criterion above; one K115.
    let text = with_lines(&[
        (21, "          - id: U1.1.2"),
        (
            22,
            "        statement: The fume extraction is checked before work starts.",
        ),
    ]);
    let diagnostics = explain(&text);
    assert_eq!(found(&text), [("K115", 22, 9)], "{diagnostics:#?}");
}

#[test]
fn a_key_indented_under_a_value() {
    let text = with_line(5, "  language: en");
    let diagnostics = explain(&text);
    assert_eq!(found(&text), [("K115", 5, 3)], "{diagnostics:#?}");
}

#[test]
fn other_syntax_errors_in_plain_words() {
    for (line, text, expected) in [
        (
            4,
            "title: \"Welder",
            "the quote `\"` that starts this text is never closed on its line",
        ),
        (
            4,
            "title: 'Welder' and more",
            "there is more text after the closing quote",
        ),
        (4, "title: @Welder", "a value cannot start with `@`"),
        (4, "title: ]", "the `]` here closes no bracket"),
        (
            4,
            "title: a\u{1b}[31m b",
            "this value holds the control character U+001B, which a YAML file may not contain",
        ),
    ] {
        let diagnostics = explain(&with_line(line, text));
        assert_eq!(diagnostics.len(), 1, "{text}: {diagnostics:#?}");
        assert_eq!(diagnostics[0].rule.code, "K101", "{text}");
        assert_eq!(diagnostics[0].message, expected);
        assert_eq!(diagnostics[0].location.line(), 4);
    }
}

#[test]
fn an_unclosed_bracket_is_named_at_the_bracket() {
    let text = with_line(4, "title: [Welder");
    let diagnostics = explain(&text);
    assert_eq!(found(&text), [("K101", 4, 8)], "{diagnostics:#?}");
}

#[test]
fn nothing_after_a_syntax_error_is_missing() {
    // The unit mapping is cut short by the error: its missing fields may come after it.
    let text = with_lines(&[(13, "    title: \"Prepare"), (14, "    level: 3")]);
    let diagnostics = explain(&text);
    assert_eq!(found(&text), [("K101", 13, 12)], "{diagnostics:#?}");
}

#[test]
fn a_merge_key_brings_in_fields() {
    let text = BASE.replace(
        "          - id: U1.1.2\n",
        "          - &first\n            id: U1.1.2\n",
    ) + "          - <<: *first\n            idd: U1.1.3\n";
    // The merged `id` and `statement` are there; the misspelt key is the one problem.
    assert_eq!(found(&text), [("K104", 25, 13)], "{:#?}", explain(&text));
}

#[test]
fn an_alias_of_its_own_list_is_the_callers_to_report() {
    let text = BASE.replace("units:\n", "functions: &a [*a]\nunits:\n");
    assert_eq!(found(&text), [], "{:#?}", explain(&text));
}

#[test]
fn one_problem_per_node_of_the_wrong_type() {
    // A scalar where the list of units is expected: one K102, nothing about what it lacks.
    let text = BASE.split("units:").next().unwrap().to_owned() + "units: none\n";
    assert_eq!(found(&text), [("K102", 11, 8)]);
}

/// The failing fixtures of the loader's rules, under kasb-check's fixtures.
fn fixture_dir(code: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../kasb-check/tests/fixtures/rules")
        .join(code)
        .join("fail")
}

/// Each diagnostic as its author reads it: where, the message and the help.
fn words(path: &str, text: &str) -> String {
    let tree = Tree::parse(text, &LoadOptions::default());
    let kind = tree
        .root()
        .and_then(|root| tree.get(root, "kind"))
        .and_then(|kind| tree.scalar(kind))
        .and_then(|kind| kind.parse::<DocumentKind>().ok());
    let file = File {
        path: Path::new(path),
        text,
    };
    diagnose(file, &tree, kind, usize::MAX)
        .diagnostics
        .iter()
        .map(|d| {
            let related: String = d
                .related
                .iter()
                .map(|r| format!("\n    related {}: {}", r.location, r.message))
                .collect();
            format!(
                "{d}\n    help: {}{related}\n",
                d.help.as_deref().unwrap_or("-")
            )
        })
        .collect()
}

#[test]
fn every_class_in_words_on_the_failing_fixtures() {
    let mut text = String::new();
    for code in [
        "K101", "K102", "K103", "K104", "K105", "K106", "K113", "K114", "K115", "K116",
    ] {
        let dir = fixture_dir(code);
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .unwrap_or_else(|error| panic!("{}: {error}", dir.display()))
            .map(|entry| entry.unwrap().path())
            .collect();
        files.sort();
        for file in files {
            let source = std::fs::read_to_string(&file).unwrap();
            let name = format!("{code}/{}", file.file_name().unwrap().to_string_lossy());
            let found = words(&name, &source);
            assert!(found.contains(&format!("[{code}]")), "{name}:\n{found}");
            text.push_str(&found);
        }
    }
    insta::assert_snapshot!(text);
}

#[test]
fn every_syntax_class_in_words() {
    let cases = [
        ("unclosed quote", with_line(4, "title: \"Welder")),
        (
            "text after a quote",
            with_line(4, "title: 'Welder' and more"),
        ),
        ("reserved sign", with_line(4, "title: @Welder")),
        ("backquote", with_line(4, "title: `Welder`")),
        ("closing bracket", with_line(4, "title: ]")),
        ("unclosed bracket", with_line(4, "title: [Welder")),
        ("bad escape", with_line(4, "title: \"C:\\q\"")),
        ("unknown anchor", with_line(4, "title: *Welder")),
        ("no key", with_line(4, "Welder")),
        (
            "comment in text",
            with_lines(&[(4, "title: Welder # c"), (5, "  more")]),
        ),
        ("colon in text", with_line(4, "title: Note: welder")),
        ("tab", with_line(9, "\ttitle: Welder")),
        ("under a value", with_line(5, "  language: en")),
        (
            "one space short",
            with_line(20, "           statement: The workplace is arranged."),
        ),
        (
            "one space too many",
            with_line(13, "     title: Prepare the workplace"),
        ),
        ("missing dash", with_line(21, "            id: U1.1.2")),
        (
            "a dash one column off",
            with_line(21, "           - id: U1.1.2"),
        ),
        (
            "a dash one column off in a list at its key's column",
            BASE.replace(
                "units:\n  - id: U1\n    title: Prepare the workplace\n    level: 3\n    elements:\n",
                "units:\n- id: U1\n  title: Prepare the workplace\n  level: 3\n  elements:\n",
            ) + " - id: U2\n",
        ),
        ("a list without its key", with_line(11, "")),
        (
            "the first key indented",
            with_line(1, " kind: OccupationalStandard"),
        ),
        (
            "an item whose first line is missing",
            with_line(21, "            statement: The first statement again."),
        ),
        (
            "dedented into the outer mapping",
            with_lines(&[
                (21, "          - id: U1.1.2"),
                (22, "        statement: The fume extraction is checked."),
            ]),
        ),
        (
            "indented into the inner mapping",
            BASE.replace(
                "    level: 3
",
                "",
            ) + "        level: 3
",
        ),
        (
            "missing dash at the dash column",
            with_line(21, "          id: U1.1.2"),
        ),
    ];
    let mut text = String::new();
    for (name, source) in cases {
        text.push_str(&format!("# {name}\n{}\n", words("standard.yaml", &source)));
    }
    insta::assert_snapshot!(text);
}

#[test]
fn never_panics_on_broken_text() {
    // Every prefix of a document with every mistake, and garbled variants: each ends in
    // diagnostics (or none), never a panic.
    let broken = with_lines(&[
        (4, "title: Note: Welder"),
        (9, "\ttitle: \"Welder"),
        (13, "    titel: [Prepare"),
        (14, "    level: four"),
        (21, "            id: ЕLC-01"),
    ]);
    for source in [BASE.to_owned(), broken] {
        for (end, _) in source.char_indices() {
            let _ = explain(&source[..end]);
        }
    }
    for garbled in [
        "\u{feff}- : :\n\t- [",
        "{",
        "- - - -",
        "? [a]\n: b",
        "a: &x [*x]",
        ":",
        "\"\\",
    ] {
        let _ = explain(garbled);
    }
}

#[test]
fn an_id_with_a_cyrillic_letter_is_named_at_the_letter() {
    let text = with_lines(&[
        (12, "  - id: ЕLC-01"),
        (13, "    titel: Prepare the workplace"),
    ]);
    let diagnostics = explain(&text);
    assert_eq!(
        found(&text),
        [("K111", 12, 9), ("K104", 13, 5)],
        "{diagnostics:#?}"
    );
    assert_eq!(
        diagnostics[0].help.as_deref(),
        Some("did you mean `ELC-01`?")
    );
    assert!(
        diagnostics[0].message.contains("Cyrillic"),
        "{}",
        diagnostics[0].message
    );
    let text = with_line(3, "id: \"fx std\"");
    assert_eq!(found(&text), [("K111", 3, 8)], "{:#?}", explain(&text));
}

#[test]
fn many_mistakes_cost_linear_work() {
    // 5,000 units, each with a misspelt title and a level in words: every one reported, the
    // did-you-mean within the file's budget.
    let mut text = BASE.split("units:").next().unwrap().to_owned() + "units:\n";
    for unit in 0..5_000 {
        text.push_str(&format!(
            "  - id: U{unit}\n    titel: Unit {unit}\n    level: four\n"
        ));
    }
    let diagnostics = explain(&text);
    let codes = |code: &str| diagnostics.iter().filter(|d| d.rule.code == code).count();
    assert_eq!(
        (codes("K103"), codes("K104"), codes("K102")),
        (0, 5_000, 5_000)
    );
    assert_eq!(diagnostics.len(), 10_000);
    assert!(
        diagnostics
            .iter()
            .filter(|d| d.rule.code == "K104")
            .all(|d| d.help.is_some())
    );
}

/// Every YAML file under `dir`, as the loader discovers them (sorted).
fn yaml_files(dir: &Path) -> Vec<std::path::PathBuf> {
    crate::discover(&[dir.to_path_buf()], &crate::LoadOptions::default())
        .expect("the directory is readable")
        .files
}

#[test]
fn the_bundled_standards_and_every_passing_fixture_have_nothing_to_explain() {
    // The validator agrees with the typed model: what loads has no problem here.
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut files = yaml_files(&root.join("standards"));
    for fixture in yaml_files(&root.join("crates/kasb-check/tests/fixtures/rules")) {
        let in_pass = fixture.components().any(|part| part.as_os_str() == "pass");
        let in_base = fixture.components().any(|part| part.as_os_str() == "base");
        if in_pass || in_base {
            files.push(fixture);
        }
    }
    let mut problems = String::new();
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        let Ok(document) = crate::load_str(file, &text, &LoadOptions::default()) else {
            continue;
        };
        let found = words(&file.display().to_string(), &text);
        if !found.is_empty() {
            problems.push_str(&format!(
                "{} ({:?}):\n{found}",
                file.display(),
                document.kind()
            ));
        }
    }
    assert!(files.len() > 50, "{}", files.len());
    assert!(problems.is_empty(), "{problems}");
}

#[test]
fn every_document_that_fails_to_load_is_explained() {
    // Each line of a bundled standard deleted, indented a space more or less, or given a
    // colon in its text: whenever the document no longer loads (for a reason of this
    // module's), the validator has something to say.
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let file = root.join("crates/kasb-check/tests/fixtures/rules/base/standard.yaml");
    let text = std::fs::read_to_string(&file).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    let mut unexplained = Vec::new();
    for (index, line) in lines.iter().enumerate() {
        let variants = [
            String::new(),
            format!(" {line}"),
            line.strip_prefix(' ').unwrap_or(line).to_owned(),
            line.replacen(": ", ": Note: ", 1),
            line.replacen("- ", "", 1),
        ];
        for variant in variants {
            let mut changed = lines.clone();
            changed[index] = &variant;
            let source = changed.join("\n") + "\n";
            let Err(error) = crate::load_str("standard.yaml", &source, &LoadOptions::default())
            else {
                continue;
            };
            if error
                .iter()
                .all(|d| matches!(d.rule.code, "K107" | "K108" | "K109"))
            {
                continue;
            }
            if std::env::var_os("KASB_SHOW").is_some() {
                eprintln!(
                    "--- line {} {variant:?}\n{}",
                    index + 1,
                    words("s.yaml", &source)
                );
            }
            if explain(&source).is_empty() {
                unexplained.push(format!("line {}: {variant:?}: {}", index + 1, error[0]));
            }
        }
    }
    assert!(unexplained.is_empty(), "{}", unexplained.join("\n"));
}

#[test]
fn a_first_item_without_its_dash_line_is_one_wrong_type() {
    // `- id: U1.1.1` deleted: the criteria list reads as a mapping, and the parser stops at
    // the next `- `; the wrong type is the one diagnostic.
    let mut lines: Vec<&str> = BASE.lines().collect();
    lines.remove(18);
    let text = lines.join("\n") + "\n";
    assert_eq!(found(&text), [("K102", 19, 13)], "{:#?}", explain(&text));
}

#[test]
fn a_mapping_with_many_unknown_and_repeated_keys_costs_linear_work() {
    // 10,000 unknown keys in one unit and one key given again: each reported once.
    let mut text = BASE.to_owned();
    for key in 0..10_000 {
        text.push_str(&format!("    extra{key}: x\n"));
    }
    text.push_str("    extra7: again\n");
    let diagnostics = explain(&text);
    let codes = |code: &str| diagnostics.iter().filter(|d| d.rule.code == code).count();
    assert_eq!((codes("K104"), codes("K106")), (10_000, 1));
    assert_eq!(diagnostics.len(), 10_001);
}

#[test]
fn an_item_of_a_list_at_its_keys_column_without_its_dash() {
    // The list under `units:` starts at the column of `units` (a compact list); the second
    // unit lacks its `- `, so YAML reads its `id` as the document's and stops at `title`.
    let text = BASE.replace(
        "units:\n  - id: U1\n    title: Prepare the workplace\n    level: 3\n",
        "units:\n- id: U1\n  title: Prepare the workplace\n  level: 3\nid: U2\n  title: Weld\n",
    );
    let diagnostics = explain(&text);
    assert_eq!(found(&text), [("K116", 15, 1)], "{diagnostics:#?}");
    assert_eq!(
        diagnostics[0].help.as_deref(),
        Some(
            "start the item with a dash: `- id: U2`, the `-` at column 1, under the other items' dashes"
        )
    );
}

#[test]
fn garbled_documents_never_panic_and_every_failure_is_explained() {
    // Deterministic garbling of a standard, a qualification and an assessment tool: a sign
    // YAML reserves inserted, a character deleted. Nothing panics, and whenever the document
    // no longer loads for a reason of this module's, the validator says something.
    let root =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../kasb-check/tests/fixtures/rules/base");
    let signs = [
        ":", ": ", " ", "\t", "- ", "\"", "'", "[", "{", "]", "#", "&a ", "*a", "\n", "Е", "~",
        "!!int ", "<<: ",
    ];
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = |bound: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % bound as u64) as usize
    };
    let mut unexplained = Vec::new();
    for name in ["standard.yaml", "qualification.yaml", "assessment.yaml"] {
        let text = std::fs::read_to_string(root.join(name)).unwrap();
        let boundaries: Vec<usize> = text.char_indices().map(|(at, _)| at).collect();
        for _ in 0..400 {
            let at = boundaries[next(boundaries.len())];
            let mut garbled = text.clone();
            if next(3) == 0 {
                garbled.remove(at);
            } else {
                garbled.insert_str(at, signs[next(signs.len())]);
            }
            let Err(error) = crate::load_str(name, &garbled, &LoadOptions::default()) else {
                continue;
            };
            let explained = words(name, &garbled);
            let callers = error
                .iter()
                .all(|d| matches!(d.rule.code, "K107" | "K108" | "K109"));
            if explained.is_empty() && !callers {
                unexplained.push(format!("{}\n{garbled}", error[0]));
            }
        }
    }
    assert!(unexplained.is_empty(), "{}", unexplained.join("\n---\n"));
}

#[test]
fn a_type_tag_where_text_is_expected() {
    let text = with_line(4, "title: !!int Welder");
    let diagnostics = explain(&text);
    assert_eq!(found(&text), [("K102", 4, 8)], "{diagnostics:#?}");
    assert!(
        diagnostics[0].message.starts_with("the tag `!!int`"),
        "{}",
        diagnostics[0].message
    );
    assert_eq!(
        found(&with_line(4, "!!int title: Welder")),
        [("K102", 4, 1)]
    );
    assert_eq!(
        found(&with_line(4, "title: !custom Welder")),
        [("K102", 4, 8)]
    );
    assert_eq!(found(&with_line(4, "title: !!str 0110")), []);
}
