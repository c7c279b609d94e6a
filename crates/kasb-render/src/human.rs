use std::ops::Range;

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};
use kasb_diagnostics::{Diagnostic, Location, Position, Severity, SourceText};

/// Whether to colour the output.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Colour {
    /// ANSI colours.
    Always,
    /// Plain text.
    Never,
}

/// Renders diagnostics as rustc does: a title with the rule code, the file position, the
/// source lines with the span underlined, related locations and the fix hint.
pub fn human(diagnostics: &[Diagnostic], sources: &dyn SourceText, colour: Colour) -> String {
    let renderer = match colour {
        Colour::Always => Renderer::styled(),
        Colour::Never => Renderer::plain(),
    };
    let mut out = String::new();
    for diagnostic in diagnostics {
        out.push_str(&renderer.render(&report(diagnostic, sources)));
        out.push_str("\n\n");
    }
    out
}

/// The closing line: how many errors, warnings and infos, in how many files.
pub fn summary(diagnostics: &[Diagnostic], files: usize) -> String {
    let count = |severity| {
        diagnostics
            .iter()
            .filter(|d| d.severity == severity)
            .count()
    };
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    format!(
        "{}, {}, {} in {}",
        plural(count(Severity::Error), "error"),
        plural(count(Severity::Warning), "warning"),
        plural(count(Severity::Info), "info"),
        plural(files, "file"),
    )
}

fn level(severity: Severity) -> Level<'static> {
    match severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
        Severity::Info => Level::INFO,
    }
}

fn report<'a>(diagnostic: &'a Diagnostic, sources: &'a dyn SourceText) -> Vec<Group<'a>> {
    let title = level(diagnostic.severity)
        .primary_title(diagnostic.message.as_str())
        .id(diagnostic.rule.code);
    let mut group = match snippet(&diagnostic.location, sources, AnnotationKind::Primary, "") {
        Some(snippet) => title.element(snippet),
        None => title.element(annotate_snippets::Origin::path(location_text(
            &diagnostic.location,
        ))),
    };
    for related in &diagnostic.related {
        match snippet(
            &related.location,
            sources,
            AnnotationKind::Context,
            &related.message,
        ) {
            Some(snippet) => group = group.element(snippet),
            None => {
                group = group.element(
                    Level::NOTE.message(format!("{}: {}", related.location, related.message)),
                );
            }
        }
    }
    if let Some(help) = &diagnostic.help {
        group = group.element(Level::HELP.message(help.as_str()));
    }
    vec![group]
}

fn location_text(location: &Location) -> String {
    location.to_string()
}

fn snippet<'a>(
    location: &'a Location,
    sources: &'a dyn SourceText,
    kind: AnnotationKind,
    label: &'a str,
) -> Option<Snippet<'a, annotate_snippets::Annotation<'a>>> {
    let span = location.span?;
    let text = sources.text(&location.file)?;
    let range = byte_range(text, span.start, span.end);
    let mut annotation = kind.span(range);
    if !label.is_empty() {
        annotation = annotation.label(label);
    }
    Some(
        Snippet::source(text)
            .path(location.file.to_string_lossy().replace('\\', "/"))
            .fold(true)
            .annotation(annotation),
    )
}

/// The byte range of a span given in lines and character columns, clamped to the text.
fn byte_range(text: &str, start: Position, end: Position) -> Range<usize> {
    let start = byte_offset(text, start);
    let end = byte_offset(text, end).max(start);
    start..end
}

fn byte_offset(text: &str, at: Position) -> usize {
    let mut offset = 0;
    for (index, line) in text.split_inclusive('\n').enumerate() {
        if index + 1 == at.line as usize {
            let content = line.trim_end_matches(['\n', '\r']);
            let column = (at.column as usize).saturating_sub(1);
            return offset
                + content
                    .char_indices()
                    .nth(column)
                    .map_or(content.len(), |(i, _)| i);
        }
        offset += line.len();
    }
    text.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_characters_not_bytes() {
        let text = "a: Сварщик\nb: x\n";
        assert_eq!(byte_offset(text, Position::new(1, 4)), 3);
        assert_eq!(byte_offset(text, Position::new(1, 6)), 3 + 2 * 2);
        assert_eq!(
            byte_offset(text, Position::new(2, 4)),
            text.find('x').unwrap()
        );
        assert_eq!(byte_offset(text, Position::new(9, 1)), text.len());
    }
}
