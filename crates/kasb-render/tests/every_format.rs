//! Every renderer on hostile and on very many diagnostics: well-formed output, nothing a
//! terminal or a CI runner would act on, and a cost that does not grow with file size.

#[path = "../../kasb-cli/tests/support/runner.rs"]
mod runner;

use std::path::{Path, PathBuf};

use kasb_check::rules;
use kasb_diagnostics::{Diagnostic, Location, Position, SourceText, Span, is_hidden};
use kasb_render::{Colour, SHOWN_PER_FILE_AND_RULE, github, human, json, junit, sarif};
use quick_xml::XmlVersion;
use quick_xml::events::Event;

/// Files held in memory.
struct Files(Vec<(PathBuf, String)>);

impl SourceText for Files {
    fn text(&self, path: &Path) -> Option<&str> {
        self.0
            .iter()
            .find(|(p, _)| p == path)
            .map(|(_, text)| text.as_str())
    }
}

fn at(file: &str, line: u32, column: u32, width: u32) -> Location {
    Location::new(
        file,
        Span::new(
            Position::new(line, column),
            Position::new(line, column + width),
        ),
    )
}

const HOSTILE: &str = "x\n::error file=README.md,line=1::Forged\r::add-mask::kasb\n  ::stop-commands::tok \
##[error]v1 #\u{ad}#[warning]shy \u{1b}]0;title\u{7}\u{1b}[2J \u{9b}31m \u{202e}rlo\u{2066} \u{85}nel \
\u{1}\u{fffe}\u{ffff} <&\"'> `|` 100%";

/// A file whose name, lines and diagnostics are all hostile.
fn hostile() -> (Files, Vec<Diagnostic>) {
    let name = "dir/evil\n::error::name ##[error] \u{1b}[2J.yaml";
    let text = format!("kind: \"{HOSTILE}\"\n{HOSTILE}: 1\n  ::warning::indented\n");
    let files = Files(vec![(PathBuf::from(name), text)]);
    let diagnostics = vec![
        Diagnostic::new(&rules::UNKNOWN_FIELD, at(name, 2, 1, 40), HOSTILE)
            .with_help(HOSTILE)
            .with_related(at(name, 1, 8, 30), HOSTILE),
        Diagnostic::new(&rules::UNRESOLVED_REFERENCE, at(name, 3, 3, 12), HOSTILE),
        Diagnostic::new(&rules::UNREADABLE_FILE, Location::file(name), HOSTILE),
        Diagnostic::new(
            &rules::UNREADABLE_FILE,
            Location::file("::error::b.yaml"),
            "x",
        ),
    ];
    (files, diagnostics)
}

/// No raw control character but line breaks, no `##[`, and the only runner commands are the
/// annotations `expected` counts.
fn assert_safe(output: &str, annotations: usize) {
    assert!(!output.contains("##["), "`##[` in:\n{output}");
    if let Some(c) = output.chars().find(|&c| is_hidden(c) && c != '\n') {
        panic!("raw {c:?} in:\n{output}");
    }
    let commands = runner::commands(output);
    assert!(
        commands.iter().all(runner::Command::is_annotation),
        "{commands:#?}"
    );
    assert_eq!(commands.len(), annotations, "{commands:#?}");
}

fn assert_xml(output: &str) -> (usize, usize) {
    let mut reader = quick_xml::Reader::from_str(output);
    let (mut tests, mut failures) = (0, 0);
    loop {
        match reader.read_event() {
            Ok(Event::Eof) => break,
            Ok(Event::Start(element)) if element.name().as_ref() == "testsuite" => {
                for attribute in element.attributes() {
                    let attribute = attribute.expect("a well-formed attribute");
                    let value = attribute.normalized_value(XmlVersion::Explicit1_0).unwrap();
                    match attribute.key.as_ref() {
                        "tests" => tests = value.parse().unwrap(),
                        "failures" => failures = value.parse().unwrap(),
                        _ => {}
                    }
                }
            }
            Ok(Event::Start(element)) => {
                for attribute in element.attributes() {
                    let attribute = attribute.expect("a well-formed attribute");
                    let value = attribute.normalized_value(XmlVersion::Explicit1_0).unwrap();
                    assert!(value.chars().all(xml_char), "{value:?}");
                }
            }
            Ok(Event::GeneralRef(reference)) => match reference.resolve_char_ref() {
                Ok(Some(c)) => assert!(xml_char(c), "{c:?}"),
                Ok(None) => assert!(
                    ["lt", "gt", "amp", "apos", "quot"].contains(&reference.as_ref()),
                    "&{};",
                    reference.as_ref()
                ),
                Err(error) => panic!("bad reference: {error}"),
            },
            Ok(_) => {}
            Err(error) => panic!("not well-formed at {}: {error}", reader.error_position()),
        }
    }
    assert!(output.chars().all(xml_char));
    (tests, failures)
}

/// XML 1.0's `Char`.
fn xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{d7ff}' | '\u{e000}'..='\u{fffd}' | '\u{10000}'..)
}

#[test]
fn hostile_text_is_shown_but_never_acted_on() {
    let (files, diagnostics) = hostile();
    let base = Path::new("");
    let text = human(&diagnostics, &files, Colour::Never);
    assert_safe(&text, 0);
    assert!(text.contains("x\\n::error file=README.md"), "{text}");
    assert!(text.contains("\\u{1b}]0;title\\u{7}"), "{text}");
    assert!(text.contains(" --> dir/evil\\n::error::name #\\u{23}[error] \\u{1b}[2J.yaml:2:1"));
    assert!(
        text.contains("::: dir/evil\\n::error::name"),
        "related keeps its place: {text}"
    );
    let coloured = human(&diagnostics, &files, Colour::Always);
    assert!(
        coloured.contains("#\\u{23}[error] \\u{1b}[2J.yaml"),
        "{coloured}"
    );
    assert!(coloured.contains(".yaml:2:1"), "{coloured}");
    assert!(
        !coloured.contains('\u{1}'),
        "every placeholder replaced: {coloured:?}"
    );

    let annotations = github(&diagnostics, base);
    assert_safe(&annotations, diagnostics.len());
    for (command, diagnostic) in runner::commands(&annotations).iter().zip(&diagnostics) {
        let expected = kasb_diagnostics::visible(&diagnostic.message);
        assert!(command.data.starts_with(expected.as_ref()), "{command:?}");
        assert_eq!(
            command.property("title").map(|t| &t[..4]),
            Some(diagnostic.rule.code)
        );
    }
    assert_safe(&(annotations + &text), diagnostics.len());

    for report in [
        json(&diagnostics, 1, base),
        sarif(&diagnostics, rules::all(), base),
    ] {
        assert_safe(&report, 0);
        let value: serde_json::Value = serde_json::from_str(&report).expect("valid JSON");
        let messages = value["diagnostics"]
            .as_array()
            .or_else(|| value["runs"][0]["results"].as_array())
            .unwrap();
        let first = &messages[0]["message"];
        let first = first.as_str().or_else(|| first["text"].as_str()).unwrap();
        assert!(
            first.starts_with(HOSTILE),
            "JSON keeps the exact text: {first:?}"
        );
    }

    let files_read = [Path::new(
        "dir/evil\n::error::name ##[error] \u{1b}[2J.yaml",
    )];
    let xml = junit(&diagnostics, &files_read, base, false);
    assert_safe(&xml, 0);
    assert_eq!(
        assert_xml(&xml),
        (2, 2),
        "the unread file is a failing case too:\n{xml}"
    );
}

/// 16 MiB of YAML-like lines with one very long line, 100,000 diagnostics in it.
fn huge() -> (Files, Vec<Diagnostic>) {
    let name = "huge.yaml";
    let mut text = String::with_capacity(17 << 20);
    text.push_str(&format!("long: \"{}é\"\n", "я\u{1b}".repeat(1 << 20)));
    let mut lines = 1;
    while text.len() < 16 << 20 {
        text.push_str("  - prerequisites: [WLD-0000009, ##[x]]\n");
        lines += 1;
    }
    let mut diagnostics: Vec<Diagnostic> = (0..100_000u32)
        .map(|i| match i % 10 {
            0 => Diagnostic::new(
                &rules::DUPLICATE_ID,
                at(name, 1, 1 + (i * 17) % (2 << 20), 4),
                format!("`{HOSTILE}` {i}"),
            )
            .with_related(at(name, 2 + i % lines, 21, 11), "first defined here"),
            _ => Diagnostic::new(
                &rules::UNRESOLVED_REFERENCE,
                at(name, 2 + (i * 7919) % (lines - 1), 21, 11),
                format!("no unit `WLD-{i}`"),
            )
            .with_help("did you mean `WLD-0000009`?"),
        })
        .collect();
    Diagnostic::sort_all(&mut diagnostics);
    (Files(vec![(PathBuf::from(name), text)]), diagnostics)
}

#[test]
fn a_16_mib_file_with_100_000_diagnostics_renders_in_every_format() {
    let (files, diagnostics) = huge();
    let base = Path::new("");
    let count = |code| diagnostics.iter().filter(|d| d.rule.code == code).count();
    let (references, duplicates) = (count("K202"), count("K201"));

    let text = human(&diagnostics, &files, Colour::Never);
    assert_safe(&text, 0);
    assert_eq!(text.matches("error[K202]").count(), SHOWN_PER_FILE_AND_RULE);
    assert_eq!(text.matches("error[K201]").count(), SHOWN_PER_FILE_AND_RULE);
    let more = format!(
        "… and {} more K202 in huge.yaml",
        thousands(references - SHOWN_PER_FILE_AND_RULE)
    );
    assert!(text.contains(&more), "{more}");
    assert!(text.len() < 1 << 20, "{} bytes", text.len());
    assert!(
        text.contains("huge.yaml:1:1"),
        "a far column keeps its place"
    );

    let annotations = github(&diagnostics, base);
    assert_safe(&annotations, 2 * SHOWN_PER_FILE_AND_RULE);

    let report: serde_json::Value = serde_json::from_str(&json(&diagnostics, 1, base)).unwrap();
    assert_eq!(report["diagnostics"].as_array().unwrap().len(), 100_000);
    assert_eq!(report["summary"]["errors"], 100_000);
    let report: serde_json::Value =
        serde_json::from_str(&sarif(&diagnostics, rules::all(), base)).unwrap();
    assert_eq!(
        report["runs"][0]["results"].as_array().unwrap().len(),
        100_000
    );

    let xml = junit(&diagnostics, &[Path::new("huge.yaml")], base, false);
    assert_eq!(assert_xml(&xml), (1, 1));
    assert_eq!(xml.matches("[K202]").count(), references);
    assert_eq!(xml.matches("[K201]").count(), duplicates);
}

#[test]
fn junit_is_linear_in_files_sharing_diagnostics() {
    let paths: Vec<PathBuf> = (0..20_000)
        .map(|i| PathBuf::from(format!("f/{i}.yaml")))
        .collect();
    let diagnostics: Vec<Diagnostic> = paths
        .iter()
        .map(|path| {
            Diagnostic::new(
                &rules::DUPLICATE_ID,
                at(path.to_str().unwrap(), 1, 5, 3),
                "same",
            )
        })
        .collect();
    let files: Vec<&Path> = paths.iter().map(PathBuf::as_path).collect();
    let xml = junit(&diagnostics, &files, Path::new(""), false);
    assert_eq!(assert_xml(&xml), (20_000, 20_000));
}

fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}
