use std::path::Path;

use kasb_diagnostics::{Data, Diagnostic, Location, Severity, safe_json};
use kasb_i18n::{Lang, Messages};
use serde::Serialize;

use crate::paths::display;

/// The JSON report, a stable contract (`"version": 1`):
///
/// `{"version":1,"files":N,"summary":{"errors":N,"warnings":N,"infos":N},"diagnostics":[{"code",
/// "rule","severity","message","help","file","line","column","end_line","end_column",
/// "related":[{"file","line","column","message"}],"data":{"kind",…}}]}`. Paths are relative to
/// `base` with `/`; lines and columns are 1-based, columns counted in characters. `"data"` holds
/// what the diagnostic found as typed values ([`Data`], tagged by `"kind"`: `"reference"` and
/// `"expected"` kinds of an unresolved reference, the `"members"` of a cycle, a `"code"` and its
/// `"scheme"` …); it is left out when the rule records no facts beyond the message.
pub fn json(diagnostics: &[Diagnostic], files: usize, base: &Path) -> String {
    json_with_skipped(diagnostics, files, &[], base)
}

/// [`json`], with the paths a directory walk skipped and why, as a top-level
/// `"skipped":[{"path","reason"}]` (left out when nothing was skipped).
pub fn json_with_skipped(
    diagnostics: &[Diagnostic],
    files: usize,
    skipped: &[(&Path, &str)],
    base: &Path,
) -> String {
    json_localized(diagnostics, files, skipped, base, Lang::ENGLISH)
}

/// [`json_with_skipped`] for a reader of `lang`: when it is not English, each diagnostic (and
/// each related location) also has `"message_localized"`, and each help `"help_localized"`,
/// in that language (the English text where a message has no translation); `"message"` and
/// `"help"` stay English.
pub fn json_localized(
    diagnostics: &[Diagnostic],
    files: usize,
    skipped: &[(&Path, &str)],
    base: &Path,
    lang: Lang,
) -> String {
    let messages = (lang != Lang::ENGLISH).then(|| Messages::of(lang));
    let count = |severity| {
        diagnostics
            .iter()
            .filter(|d| d.severity == severity)
            .count()
    };
    let report = Report {
        version: 1,
        files,
        summary: Summary {
            errors: count(Severity::Error),
            warnings: count(Severity::Warning),
            infos: count(Severity::Info),
        },
        diagnostics: diagnostics
            .iter()
            .map(|d| Item::new(d, base, messages))
            .collect(),
        skipped: skipped
            .iter()
            .map(|&(path, reason)| SkippedItem {
                path: display(path, base),
                reason,
            })
            .collect(),
    };
    safe_json(serde_json::to_string_pretty(&report).unwrap_or_default()) + "\n"
}

// Typed rather than `json!`: a hundred thousand diagnostics would each build a map.
#[derive(Serialize)]
struct Report<'a> {
    version: u32,
    files: usize,
    summary: Summary,
    diagnostics: Vec<Item<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    skipped: Vec<SkippedItem<'a>>,
}

#[derive(Serialize)]
struct SkippedItem<'a> {
    path: String,
    reason: &'a str,
}

#[derive(Serialize)]
struct Summary {
    errors: usize,
    warnings: usize,
    infos: usize,
}

#[derive(Serialize)]
struct Item<'a> {
    code: &'static str,
    rule: &'static str,
    severity: &'static str,
    message: &'a str,
    help: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    message_localized: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    help_localized: Option<String>,
    file: String,
    line: u32,
    column: u32,
    end_line: u32,
    end_column: u32,
    related: Vec<RelatedItem<'a>>,
    #[serde(skip_serializing_if = "Data::is_none")]
    data: &'a Data,
}

#[derive(Serialize)]
struct RelatedItem<'a> {
    file: String,
    line: u32,
    column: u32,
    message: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    message_localized: Option<String>,
}

impl<'a> Item<'a> {
    fn new(diagnostic: &'a Diagnostic, base: &Path, messages: Option<&Messages>) -> Self {
        let (line, column, end_line, end_column) = position(&diagnostic.location);
        let localized = messages.map(|messages| messages.localize(diagnostic));
        Item {
            code: diagnostic.rule.code,
            rule: diagnostic.rule.name,
            severity: diagnostic.severity.as_str(),
            message: &diagnostic.message,
            help: diagnostic.help.as_deref(),
            message_localized: localized.as_ref().map(|said| said.message.clone()),
            help_localized: localized.as_ref().and_then(|said| said.help.clone()),
            file: display(&diagnostic.location.file, base),
            line,
            column,
            end_line,
            end_column,
            related: diagnostic
                .related
                .iter()
                .enumerate()
                .map(|(index, related)| RelatedItem {
                    file: display(&related.location.file, base),
                    line: related.location.line(),
                    column: related.location.column(),
                    message: &related.message,
                    message_localized: localized
                        .as_ref()
                        .map(|said| said.related[index].message.clone()),
                })
                .collect(),
            data: &diagnostic.data,
        }
    }
}

/// Start and end, 1-based; a whole-file location is 1:1.
pub(crate) fn position(location: &Location) -> (u32, u32, u32, u32) {
    match location.span {
        Some(span) => (
            span.start.line,
            span.start.column,
            span.end.line,
            span.end.column,
        ),
        None => (1, 1, 1, 1),
    }
}

#[cfg(test)]
mod tests {
    use kasb_check::rules;
    use kasb_diagnostics::Message;
    use kasb_i18n::{Said, diagnostic};

    use super::*;

    fn report(lang: Lang) -> serde_json::Value {
        let found = diagnostic(
            &rules::UNIT_LISTED_TWICE,
            Location::file("/repo/q.yaml"),
            Message::new("k402-message").with("unit", "kg-welder/WLD-01"),
        )
        .help_said(Message::new("k402-help"));
        let text = json_localized(&[found], 1, &[], Path::new("/repo"), lang);
        serde_json::from_str(&text).expect("the report is JSON")
    }

    #[test]
    fn a_russian_report_adds_the_localised_texts_beside_the_english_ones() {
        let russian = report(Lang::parse("ru").expect("built in"));
        let item = &russian["diagnostics"][0];
        assert_eq!(item["message"], "`kg-welder/WLD-01` is listed twice");
        assert_eq!(
            item["message_localized"],
            "единица компетенции `kg-welder/WLD-01` указана дважды"
        );
        assert_eq!(item["help"], "remove the second entry");
        assert_eq!(item["help_localized"], "удалите повторную запись");
    }

    #[test]
    fn an_english_report_has_no_localised_fields() {
        let english = report(Lang::ENGLISH);
        let item = english["diagnostics"][0].as_object().expect("an object");
        assert!(!item.contains_key("message_localized"), "{item:?}");
        assert!(!item.contains_key("help_localized"), "{item:?}");
    }
}
