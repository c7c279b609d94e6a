//! `kasb rules` and `kasb explain` as a user runs them, in English and Russian: the language
//! from `--lang` or the locale, every rule translated, the YAML examples kept as written.

use std::process::{Command, Output};

use kasb::rules;

fn kasb(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_kasb"));
    command.args(args).env("NO_COLOR", "1");
    for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        command.env_remove(name);
    }
    command.envs(env.iter().copied());
    command.output().expect("kasb runs")
}

fn stdout(output: &Output) -> String {
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    String::from_utf8(output.stdout.clone()).expect("UTF-8")
}

fn is_cyrillic(c: char) -> bool {
    ('\u{0400}'..='\u{04FF}').contains(&c)
}

#[test]
fn explain_in_russian_translates_the_prose_and_keeps_the_example() {
    let text = stdout(&kasb(&["explain", "K202", "--lang", "ru"], &[]));
    assert!(
        text.starts_with(
            "K202 unresolved-reference (по умолчанию: ошибка)\n\n\
             Ссылка не указывает ни на один документ или его часть.\n\n"
        ),
        "{text}"
    );
    assert!(
        text.contains("Неверно:\n```yaml\ncore: [kg-welder/WLD-1]\n```"),
        "{text}"
    );
    assert!(!text.contains("Failing"), "{text}");
}

#[test]
fn every_rule_is_explained_in_russian_with_its_examples() {
    for rule in rules::all() {
        let text = stdout(&kasb(&["explain", rule.name, "--lang", "ru"], &[]));
        assert!(
            !text.contains(rule.summary),
            "{}: English summary",
            rule.code
        );
        // Prose: outside fenced examples and inline code, which stay as written.
        let prose: String = text
            .split("```")
            .step_by(2)
            .flat_map(|part| part.split('`').step_by(2))
            .collect();
        let letters = prose.chars().filter(|c| c.is_alphabetic()).count();
        let cyrillic = prose.chars().filter(|&c| is_cyrillic(c)).count();
        assert!(
            cyrillic * 10 > letters * 6,
            "{}: the prose is not Russian:\n{text}",
            rule.code
        );
        for example in rule.explanation.split("```").skip(1).step_by(2) {
            assert!(text.contains(example), "{}: {example}", rule.code);
        }
    }
}

#[test]
fn the_locale_chooses_the_language_and_the_flag_overrides_it() {
    let russian = stdout(&kasb(&["explain", "K201"], &[("LANG", "ru_RU.UTF-8")]));
    assert!(russian.contains("(по умолчанию: ошибка)"), "{russian}");
    let english = stdout(&kasb(
        &["explain", "K201"],
        &[("LC_ALL", "en_US.UTF-8"), ("LANG", "ru_RU.UTF-8")],
    ));
    assert!(english.contains("(error by default)"), "{english}");
    let flag = stdout(&kasb(
        &["explain", "K201", "--lang", "en"],
        &[("LANG", "ru_RU.UTF-8")],
    ));
    assert_eq!(flag, english);
}

#[test]
fn rules_in_russian_list_every_rule_in_aligned_columns() {
    let text = stdout(&kasb(&["rules", "--lang", "ru"], &[]));
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), rules::all().len());
    let mut summary_columns = std::collections::BTreeSet::new();
    for (line, rule) in lines.iter().zip(rules::all()) {
        assert!(
            line.starts_with(&format!("{}  {}", rule.code, rule.name)),
            "{line}"
        );
        assert!(!line.contains(rule.summary), "{line}");
        let severity = ["ошибка", "предупреждение", "сведения"]
            .into_iter()
            .find(|word| line.contains(&format!(" {word} ")))
            .unwrap_or_else(|| panic!("no Russian severity: {line}"));
        let after = line.find(severity).unwrap() + severity.len();
        let summary = line[after..].trim_start();
        // A name longer than its column pushes its row out, as in English.
        if rule.name.len() < 24 {
            summary_columns.insert(line.chars().count() - summary.chars().count());
        }
    }
    assert_eq!(summary_columns.len(), 1, "{summary_columns:?}\n{text}");
}

#[test]
fn an_unknown_rule_or_language_is_a_usage_error_in_the_chosen_language() {
    let unknown = kasb(&["explain", "K999", "--lang", "ru"], &[]);
    assert_eq!(unknown.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&unknown.stderr);
    assert!(
        stderr.contains("правила `K999` нет; список правил выводит `kasb rules`"),
        "{stderr}"
    );
    let language = kasb(&["rules", "--lang", "xx"], &[]);
    assert_eq!(language.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&language.stderr).contains("it has en, ru"));
}
