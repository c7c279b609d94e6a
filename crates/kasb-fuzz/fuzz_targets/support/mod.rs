//! Arbitrary diagnostics for the renderer targets, and the checks every output must pass.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use arbitrary::Arbitrary;
use kasb::diagnostics::{
    Diagnostic, Location, Position, Related, Severity, SourceText, Span, is_hidden,
};

/// Files and diagnostics pointing into them, from the fuzzer's bytes.
#[derive(Arbitrary, Debug)]
pub struct Input {
    files: Vec<File>,
    diagnostics: Vec<Item>,
}

#[derive(Arbitrary, Debug)]
struct File {
    name: String,
    text: String,
}

#[derive(Arbitrary, Debug)]
struct Item {
    file: u8,
    rule: u8,
    severity: u8,
    message: String,
    help: Option<String>,
    span: Option<(u32, u32, u32, u32)>,
    related: Vec<(u8, Option<(u32, u32, u32, u32)>, String)>,
}

/// The files of an input, for the human renderer.
pub struct Files(pub Vec<(PathBuf, String)>);

impl SourceText for Files {
    fn text(&self, path: &Path) -> Option<&str> {
        self.0
            .iter()
            .find(|(p, _)| p == path)
            .map(|(_, t)| t.as_str())
    }
}

impl Input {
    /// The files (at most eight) and the diagnostics (at most 200), sorted as kasb sorts them.
    pub fn build(self) -> (Files, Vec<Diagnostic>) {
        let files: Vec<(PathBuf, String)> = self
            .files
            .into_iter()
            .take(8)
            .map(|file| (PathBuf::from(file.name), file.text))
            .collect();
        let path = |index: u8| {
            files
                .get(index as usize % files.len().max(1))
                .map_or_else(|| PathBuf::from("unread.yaml"), |(p, _)| p.clone())
        };
        let mut diagnostics: Vec<Diagnostic> = self
            .diagnostics
            .into_iter()
            .take(200)
            .map(|item| {
                let all = kasb::rules::all();
                let rule = all[item.rule as usize % all.len()];
                let mut diagnostic =
                    Diagnostic::new(rule, location(path(item.file), item.span), item.message);
                diagnostic.severity = match item.severity % 3 {
                    0 => Severity::Error,
                    1 => Severity::Warning,
                    _ => Severity::Info,
                };
                diagnostic.help = item.help;
                diagnostic.related = item
                    .related
                    .into_iter()
                    .take(4)
                    .map(|(file, span, message)| {
                        Related::new(location(path(file), span), message)
                    })
                    .collect();
                diagnostic
            })
            .collect();
        Diagnostic::sort_all(&mut diagnostics);
        (Files(files), diagnostics)
    }
}

fn location(file: PathBuf, span: Option<(u32, u32, u32, u32)>) -> Location {
    match span {
        Some((line, column, end_line, end_column)) => Location::new(
            file,
            Span::new(
                Position::new(line, column),
                Position::new(end_line, end_column),
            ),
        ),
        None => Location::file(file),
    }
}

/// No raw control character but line breaks, and no `##[`.
pub fn assert_inert(output: &str) {
    assert!(!output.contains("##["), "`##[` in {output:?}");
    if let Some(c) = output.chars().find(|&c| is_hidden(c) && c != '\n') {
        panic!("raw {c:?} in {output:?}");
    }
}

/// [`assert_inert`], and no line a runner would read as a command but the annotations
/// `::error …`, `::warning …`, `::notice …` (the human log's `::: file` lines name no command).
pub fn assert_no_commands(output: &str, annotations_allowed: bool) {
    assert_inert(output);
    for line in output.lines() {
        let text = line.trim_start();
        let annotation = ["::error file=", "::warning file=", "::notice file="]
            .iter()
            .any(|start| text.starts_with(start));
        let allowed =
            text.starts_with("::: ") || (annotations_allowed && annotation && line == text);
        assert!(
            !text.starts_with("::") || allowed,
            "command-like line {line:?}"
        );
    }
}

/// The output is well-formed XML 1.0.
pub fn assert_xml(output: &str) {
    use quick_xml::events::Event;
    let xml_char = |c: char| matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{d7ff}' | '\u{e000}'..='\u{fffd}' | '\u{10000}'..);
    assert!(output.chars().all(xml_char), "{output:?}");
    let mut reader = quick_xml::Reader::from_str(output);
    loop {
        match reader.read_event() {
            Ok(Event::Eof) => break,
            Ok(Event::Start(element)) => {
                for attribute in element.attributes() {
                    attribute.expect("a well-formed attribute");
                }
            }
            Ok(Event::GeneralRef(reference)) => {
                let c = reference.resolve_char_ref().expect("a valid reference");
                assert!(c.is_none_or(xml_char), "{c:?}");
            }
            Ok(_) => {}
            Err(error) => panic!("not well-formed: {error} in {output:?}"),
        }
    }
}
