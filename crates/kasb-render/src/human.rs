use std::borrow::Cow;

use annotate_snippets::{AnnotationKind, Group, Level, Origin, Renderer, Snippet};
use kasb_diagnostics::{Diagnostic, Location, Severity, SourceText, visible};
use kasb_i18n::{Lang, Messages};

use crate::cap::{Cap, Verdict, more_line};
use crate::paths::human_path;
use crate::source::Sources;

/// Whether to colour the output.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Colour {
    /// ANSI colours.
    Always,
    /// Plain text.
    Never,
}

/// Renders diagnostics as rustc does: a title with the rule code, the file position, the
/// source lines with the span underlined, related locations and the fix hint.
///
/// Everything that came from a user (messages, source lines, paths) is shown through
/// [`kasb_diagnostics::visible`]: control characters as `\n` or `\u{1b}`, no line that a CI
/// runner would read as a command. Each file's lines are indexed once and long lines are cut
/// around the span, so the cost does not grow with the file's size. At most
/// [`SHOWN_PER_FILE_AND_RULE`](crate::SHOWN_PER_FILE_AND_RULE) diagnostics of one rule are shown
/// per file, then one line counts the rest.
pub fn human(diagnostics: &[Diagnostic], sources: &dyn SourceText, colour: Colour) -> String {
    human_in(diagnostics, sources, colour, Lang::ENGLISH)
}

/// [`human`] with the line that counts the diagnostics not shown said in `lang` (the
/// diagnostics themselves are said as they are: `Messages::localize` them first).
pub fn human_in(
    diagnostics: &[Diagnostic],
    sources: &dyn SourceText,
    colour: Colour,
    lang: Lang,
) -> String {
    let messages = Messages::of(lang);
    let renderer = match colour {
        Colour::Always => Renderer::styled(),
        Colour::Never => Renderer::plain(),
    };
    let mut sources = Sources::new(sources);
    let mut cap = Cap::new(diagnostics);
    let mut out = String::new();
    for diagnostic in diagnostics {
        let verdict = cap.admit(diagnostic);
        if matches!(verdict, Verdict::Hide) {
            continue;
        }
        let report = Report::new(diagnostic, &mut sources);
        out.push_str(&report.render(&renderer));
        out.push_str("\n\n");
        if let Verdict::ShowLast { hidden } = verdict {
            out.push_str(&more_line(diagnostic, hidden, messages));
            out.push_str("\n\n");
        }
    }
    out
}

/// The closing line in English: how many errors, warnings and infos, in how many files
/// (`kasb_i18n::Messages::summary` says it in another language).
pub fn summary(diagnostics: &[Diagnostic], files: usize) -> String {
    Messages::of(Lang::ENGLISH).summary(diagnostics, files)
}

fn level(severity: Severity) -> Level<'static> {
    match severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
        Severity::Info => Level::INFO,
    }
}

/// One diagnostic with its escaped texts and source windows, ready for annotate-snippets.
///
/// annotate-snippets computes the column of `--> file:line:col` from the annotation's place in
/// the snippet, which escaping and cutting shift; so each snippet is named by a placeholder
/// (`\u{1}N\u{1}`: a character escaped text never holds) that is replaced after rendering by the
/// location as the diagnostic gives it.
struct Report<'a> {
    diagnostic: &'a Diagnostic,
    message: Cow<'a, str>,
    help: Option<Cow<'a, str>>,
    /// One per location (the primary one first): its snippet, if its source is at hand.
    parts: Vec<Part<'a>>,
}

struct Part<'a> {
    location: &'a Location,
    label: Cow<'a, str>,
    window: Option<crate::source::Window>,
}

impl<'a> Report<'a> {
    fn new(diagnostic: &'a Diagnostic, sources: &mut Sources<'a>) -> Self {
        let mut part = |location: &'a Location, label: &'a str| Part {
            location,
            label: visible(label),
            window: location
                .span
                .and_then(|span| sources.window(&location.file, span)),
        };
        let mut parts = vec![part(&diagnostic.location, "")];
        for related in &diagnostic.related {
            parts.push(part(&related.location, &related.message));
        }
        Self {
            diagnostic,
            message: visible(&diagnostic.message),
            help: diagnostic.help.as_deref().map(visible),
            parts,
        }
    }

    fn render(&self, renderer: &Renderer) -> String {
        let text = renderer.render(&[self.group()]);
        self.restore_origins(text)
    }

    fn group(&self) -> Group<'_> {
        let title = level(self.diagnostic.severity)
            .primary_title(self.message.as_ref())
            .id(self.diagnostic.rule.code);
        let (primary, related) = self.parts.split_first().expect("the primary location");
        let mut group = match &primary.window {
            Some(_) => title.element(snippet(0, primary, AnnotationKind::Primary)),
            None => title.element(Origin::path(visible_location(primary.location))),
        };
        for (index, part) in related.iter().enumerate() {
            group = match &part.window {
                Some(_) => group.element(snippet(index + 1, part, AnnotationKind::Context)),
                None => group.element(Level::NOTE.message(format!(
                    "{}: {}",
                    visible_location(part.location),
                    part.label
                ))),
            };
        }
        if let Some(help) = &self.help {
            group = group.element(Level::HELP.message(help.as_ref()));
        }
        group
    }

    /// Replaces each `placeholder:line:col` annotate-snippets wrote by the true location.
    fn restore_origins(&self, mut text: String) -> String {
        for (index, part) in self.parts.iter().enumerate() {
            if part.window.is_none() {
                continue;
            }
            let marker = placeholder(index);
            let Some(at) = text.find(&marker) else {
                continue;
            };
            let rest = &text[at + marker.len()..];
            let numbers = rest
                .find(|c: char| c != ':' && !c.is_ascii_digit())
                .unwrap_or(rest.len());
            let origin = visible_location(part.location).into_owned();
            text.replace_range(at..at + marker.len() + numbers, &origin);
        }
        text
    }
}

fn placeholder(index: usize) -> String {
    format!("\u{1}{index}\u{1}")
}

fn snippet<'a>(
    index: usize,
    part: &'a Part<'a>,
    kind: AnnotationKind,
) -> Snippet<'a, annotate_snippets::Annotation<'a>> {
    let window = part.window.as_ref().expect("a part with a window");
    let mut annotation = kind.span(window.range.clone());
    if !part.label.is_empty() {
        annotation = annotation.label(part.label.as_ref());
    }
    Snippet::source(window.source.as_str())
        .line_start(window.first_line)
        .path(placeholder(index))
        .fold(true)
        .annotation(annotation)
}

/// `file:line:col` (or the file alone), shown visibly.
fn visible_location(location: &Location) -> Cow<'static, str> {
    let file = human_path(&location.file);
    let text = match location.span {
        Some(span) => format!("{file}:{}:{}", span.start.line, span.start.column),
        None => file,
    };
    Cow::Owned(visible(&text).into_owned())
}
