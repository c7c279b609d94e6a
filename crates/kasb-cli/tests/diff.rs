//! `kasb diff` as a user runs it: two directories of the paired fixture, exit codes, formats,
//! `kasb explain` for a D rule, and the Markdown limit on a large diff.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn kasb(args: &[&str], directory: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kasb"))
        .args(args)
        .current_dir(directory)
        .env("NO_COLOR", "1")
        // English unless a test asks for another language.
        .env("LC_ALL", "C")
        .output()
        .expect("kasb runs")
}

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../kasb-diff/tests/fixtures")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn exit_codes_follow_fail_on() {
    let at = fixtures();
    let run = |args: &[&str]| kasb(args, &at);
    let every = ["diff", "every-rule/base", "every-rule/head"];
    let plain = run(&every);
    assert_eq!(plain.status.code(), Some(0), "{}", text(&plain.stderr));
    assert!(
        text(&plain.stdout).contains("15 substantive, 9 editorial"),
        "{}",
        text(&plain.stdout)
    );
    assert!(
        !text(&plain.stdout).contains('\x1b'),
        "no colour off a terminal"
    );
    let failing = run(&[&every[..], &["--fail-on", "substantive"]].concat());
    assert_eq!(failing.status.code(), Some(1));
    let rename = ["diff", "rename/base", "rename/head"];
    assert_eq!(
        run(&[&rename[..], &["--fail-on", "substantive"]].concat())
            .status
            .code(),
        Some(0)
    );
    assert_eq!(
        run(&[&rename[..], &["--fail-on", "editorial"]].concat())
            .status
            .code(),
        Some(1)
    );
    let reorder = [
        "diff",
        "reorder/base",
        "reorder/head",
        "--fail-on",
        "editorial",
    ];
    assert_eq!(run(&reorder).status.code(), Some(0));
}

#[test]
fn usage_and_io_errors_exit_2() {
    let at = fixtures();
    let mixed = kasb(&["diff", "every-rule/base"], &at);
    assert_eq!(mixed.status.code(), Some(2));
    assert!(text(&mixed.stderr).contains("compare it with another directory"));
    let outside = tempfile::tempdir().unwrap();
    let no_repository = kasb(&["diff", "origin/main"], outside.path());
    assert_eq!(no_repository.status.code(), Some(2));
    assert!(
        text(&no_repository.stderr).contains("no git repository"),
        "{}",
        text(&no_repository.stderr)
    );
    let bad_format = kasb(&["diff", "a", "b", "--format", "yaml"], &at);
    assert_eq!(bad_format.status.code(), Some(2));
}

#[test]
fn json_follows_the_contract_and_html_stands_alone() {
    let at = fixtures();
    let json = kasb(
        &[
            "diff",
            "every-rule/base",
            "every-rule/head",
            "--format",
            "json",
        ],
        &at,
    );
    let report: serde_json::Value = serde_json::from_slice(&json.stdout).expect("JSON");
    assert_eq!(report["version"], 1);
    assert_eq!(report["summary"]["substantive"], 15);
    for change in report["changes"].as_array().unwrap() {
        for key in [
            "document", "item", "change", "field", "class", "from", "to", "why",
        ] {
            assert!(change.get(key).is_some(), "{key} in {change}");
        }
    }
    let out = tempfile::tempdir().unwrap();
    let page = out.path().join("diff.html");
    let page_arg = page.to_str().unwrap();
    let html = kasb(
        &[
            "diff",
            "every-rule/base",
            "every-rule/head",
            "--format",
            "html",
            "--output",
            page_arg,
        ],
        &at,
    );
    assert_eq!(html.status.code(), Some(0), "{}", text(&html.stderr));
    let page = std::fs::read_to_string(&page).unwrap();
    assert!(page.contains("<del>or general ventilation </del>"));
    assert!(!page.contains("<script") && !page.contains("http://") && !page.contains("https://"));
}

#[test]
fn explain_knows_the_d_rules() {
    let explained = kasb(&["explain", "D107"], &fixtures());
    assert_eq!(explained.status.code(), Some(0));
    assert!(text(&explained.stdout).starts_with("D107 wording-changed (substantive by default)"));
}

#[test]
fn explain_says_a_d_rule_in_russian() {
    let explained = kasb(&["explain", "D105", "--lang", "ru"], &fixtures());
    assert_eq!(explained.status.code(), Some(0));
    let said = text(&explained.stdout);
    assert!(
        said.starts_with(
            "D105 item-renamed (по умолчанию: редакционное)\n\nИдентификатор элемента"
        ),
        "{said}"
    );
}

#[test]
fn the_diff_is_said_in_the_language_of_lang_or_of_the_locale() {
    let at = fixtures();
    let every = ["diff", "every-rule/base", "every-rule/head"];
    let russian = kasb(&[&every[..], &["--lang", "ru"]].concat(), &at);
    assert_eq!(russian.status.code(), Some(0), "{}", text(&russian.stderr));
    let said = text(&russian.stdout);
    assert!(
        said.starts_with("every-rule/base → every-rule/head: существенных изменений: 15"),
        "{said}"
    );
    let from_locale = Command::new(env!("CARGO_BIN_EXE_kasb"))
        .args(every)
        .current_dir(&at)
        .env("NO_COLOR", "1")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "ru_RU.UTF-8")
        .output()
        .unwrap();
    assert_eq!(text(&from_locale.stdout), said);
    let json = kasb(
        &[&every[..], &["--lang", "ru", "--format", "json"]].concat(),
        &at,
    );
    let json: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(json["changes"][0]["why"], "`relation` changed");
    assert_eq!(
        json["changes"][0]["why_localized"],
        "изменено поле `relation`"
    );
    let unknown = kasb(&[&every[..], &["--lang", "xx"]].concat(), &at);
    assert_eq!(unknown.status.code(), Some(2));
    let one_directory = kasb(&["diff", "every-rule/base", "--lang", "ru"], &at);
    assert_eq!(one_directory.status.code(), Some(2));
    let said = text(&one_directory.stderr);
    assert!(said.contains("`every-rule/base` — это каталог"), "{said}");
}

#[test]
fn markdown_of_a_large_diff_fits_a_comment_and_says_what_was_cut() {
    let root = tempfile::tempdir().unwrap();
    for side in ["base", "head"] {
        std::fs::create_dir(root.path().join(side)).unwrap();
    }
    let statement = "Combustible materials are removed from the work area before hot work starts";
    for n in 0..400 {
        let criteria = |word: &str| -> String {
            (0..8)
                .map(|c| {
                    format!("      - {{id: U1.{c}, statement: \"{statement} {word} {c}.\"}}\n")
                })
                .collect()
        };
        let document = |word: &str| {
            format!(
                "kind: OccupationalStandard\nformat: 1\nid: s-{n}\ntitle: S {n}\nlanguage: en\ncountry: KG\nframework: kg-nqf\noccupation: {{title: Welder}}\nunits:\n  - id: U1\n    title: Unit\n    criteria:\n{}",
                criteria(word)
            )
        };
        std::fs::write(
            root.path().join(format!("base/s{n}.yaml")),
            document("first"),
        )
        .unwrap();
        std::fs::write(
            root.path().join(format!("head/s{n}.yaml")),
            document("second"),
        )
        .unwrap();
    }
    let markdown = kasb(
        &["diff", "base", "head", "--format", "markdown"],
        root.path(),
    );
    assert_eq!(
        markdown.status.code(),
        Some(0),
        "{}",
        text(&markdown.stderr)
    );
    let comment = text(&markdown.stdout);
    assert!(
        comment.chars().count() <= 65_536,
        "{} characters",
        comment.chars().count()
    );
    assert!(
        comment.contains("**Cut to fit a comment:**"),
        "{}",
        &comment[comment.len() - 400..]
    );
    assert!(comment.contains("<details><summary>s-0: 8 substantive, 0 editorial</summary>"));
}

/// Whether an output is inert: no control character but newline and tab, no escape sequence,
/// no line a CI runner would read as a command (`::`), no `##[`.
fn inert(output: &str) -> Result<(), String> {
    if let Some(c) = output.chars().find(|c| {
        (c.is_control() && *c != '\n' && *c != '\t') || ('\u{202a}'..='\u{202e}').contains(c)
    }) {
        return Err(format!("hidden character U+{:04X}", u32::from(c)));
    }
    if let Some(line) = output
        .lines()
        .find(|line| line.trim_start().starts_with("::"))
    {
        return Err(format!("a workflow command: {line}"));
    }
    if output.contains("##[") {
        return Err("`##[`".to_owned());
    }
    Ok(())
}

#[test]
fn every_case_of_the_untrusted_corpus_diffs_with_inert_output() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/untrusted");
    let empty = tempfile::tempdir().unwrap();
    let empty = empty.path().to_str().unwrap();
    for case in std::fs::read_dir(&corpus).unwrap() {
        let case = case.unwrap().path();
        if !case.is_dir() {
            continue;
        }
        let case = case.to_str().unwrap();
        for (base, head) in [(empty, case), (case, empty), (case, case)] {
            for format in ["human", "markdown", "json", "html"] {
                let output = kasb(&["diff", base, head, "--format", format], Path::new("."));
                let code = output.status.code();
                assert!(
                    matches!(code, Some(0 | 2)),
                    "{case} {format}: {code:?} {}",
                    text(&output.stderr)
                );
                let (stdout, stderr) = (text(&output.stdout), text(&output.stderr));
                inert(&stdout)
                    .and(inert(&stderr))
                    .unwrap_or_else(|problem| panic!("{case} {format}: {problem}"));
                if format == "json" && code == Some(0) {
                    serde_json::from_str::<serde_json::Value>(&stdout).expect("JSON");
                }
            }
        }
    }
}

#[test]
fn hostile_text_in_changed_fields_reaches_every_format_inert() {
    let root = tempfile::tempdir().unwrap();
    let standard = |title: &str, statement: &str| {
        format!(
            "kind: OccupationalStandard\nformat: 1\nid: s\ntitle: \"{title}\"\nlanguage: en\ncountry: KG\n\
             framework: kg-nqf\noccupation: {{title: Welder}}\nunits:\n  - id: U1\n    title: Unit\n    \
             criteria:\n      - {{id: U1.1, statement: \"{statement}\"}}\n"
        )
    };
    for (side, title, statement) in [
        (
            "base",
            "Welder \\e]0;owned\\a",
            "Welds are sound.\\n::error::forged",
        ),
        (
            "head",
            "Welder \\e[2J ##[group]x \\u202e",
            "Welds \\e[31m are not sound.\\n::add-mask::x",
        ),
    ] {
        std::fs::create_dir(root.path().join(side)).unwrap();
        std::fs::write(
            root.path().join(side).join("s.yaml"),
            standard(title, statement),
        )
        .unwrap();
    }
    for format in ["human", "markdown", "json", "html"] {
        let output = kasb(&["diff", "base", "head", "--format", format], root.path());
        assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
        let stdout = text(&output.stdout);
        assert!(
            stdout.contains("owned") && stdout.contains("forged"),
            "{format}: the texts are shown:\n{stdout}"
        );
        inert(&stdout).unwrap_or_else(|problem| panic!("{format}: {problem}\n{stdout}"));
    }
}
