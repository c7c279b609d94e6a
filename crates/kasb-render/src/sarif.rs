mod fingerprint;
mod uri;

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::path::Path;

use kasb_diagnostics::{Data, Diagnostic, Location, Rule, Severity, safe_json};
use kasb_i18n::{Lang, Messages};
use serde::{Serialize, Serializer};
use serde_sarif::sarif::{
    ArtifactLocation, Location as SarifLocation, Message, MultiformatMessageString,
    PhysicalLocation, PropertyBag, Region, ReportingConfiguration, ReportingDescriptor,
    Result as SarifResult, ResultLevel, Tool, ToolComponent,
};

use fingerprint::Fingerprints;
use uri::Uris;

const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

/// SARIF 2.1.0 for code scanning: every rule of `rules` (the registry,
/// `kasb_check::rules::all()`) in `tool.driver.rules` with its documentation, one result per
/// diagnostic.
///
/// Files under `base` are named by percent-encoded URIs relative to the base id `%SRCROOT%`
/// (`run.originalUriBaseIds` gives `base` as a `file:` URI), other files by absolute `file:`
/// URIs, reference files (`<kasb reference VERSION>/…`) relative to `KASB_REFERENCE`; a
/// relative `base` or file path is read from the current directory. Columns count Unicode
/// code points (`columnKind`), as kasb's do. Each result has a `partialFingerprints` entry
/// that does not change when lines move.
///
/// ```
/// use std::path::Path;
/// use kasb_check::rules;
/// use kasb_diagnostics::{Diagnostic, Location, Position, Span};
///
/// let at = Location::new("/repo/std dir/q.yaml", Span::new(Position::new(2, 7), Position::new(2, 11)));
/// let diagnostic = Diagnostic::new(&rules::UNQUOTED_SCALAR, at, "`0110` must be quoted");
/// let text = kasb_render::sarif(&[diagnostic], rules::all(), Path::new("/repo"));
/// let log: serde_json::Value = serde_json::from_str(&text).unwrap();
/// let run = &log["runs"][0];
/// assert_eq!(run["columnKind"], "unicodeCodePoints");
/// assert_eq!(run["originalUriBaseIds"]["%SRCROOT%"]["uri"], "file:///repo/");
/// let artifact = &run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"];
/// assert_eq!(artifact["uri"], "std%20dir/q.yaml");
/// assert_eq!(artifact["uriBaseId"], "%SRCROOT%");
/// ```
pub fn sarif(diagnostics: &[Diagnostic], rules: &[&Rule], base: &Path) -> String {
    sarif_localized(diagnostics, rules, base, Lang::ENGLISH)
}

/// [`sarif`] for a reader of `lang`: `message.text` stays English (code scanning and
/// fingerprints key on it); when `lang` is not English each result's property bag also has
/// `"localized": {"language", "text"}`, the message and its help in that language (SARIF 2.1.0
/// gives a result no other place for a second language: `message.markdown` is the same text
/// formatted, and translations proper are external property files).
pub fn sarif_localized(
    diagnostics: &[Diagnostic],
    rules: &[&Rule],
    base: &Path,
    lang: Lang,
) -> String {
    let descriptors: Vec<ReportingDescriptor> = rules.iter().map(|rule| descriptor(rule)).collect();
    let driver = ToolComponent::builder()
        .name("kasb")
        .version(env!("CARGO_PKG_VERSION"))
        .information_uri(env!("CARGO_PKG_REPOSITORY"))
        .rules(descriptors)
        .build();
    let uris = Uris::new(base);
    let report = Log {
        schema: SCHEMA,
        runs: [RunOut {
            column_kind: "unicodeCodePoints",
            original_uri_base_ids: base_ids(&uris),
            results: Results {
                diagnostics,
                rules,
                uris,
                messages: (lang != Lang::ENGLISH).then(|| Messages::of(lang)),
                fingerprints: RefCell::default(),
            },
            tool: Tool::builder().driver(driver).build(),
        }],
        version: "2.1.0",
    };
    safe_json(serde_json::to_string_pretty(&report).unwrap_or_default()) + "\n"
}

/// A rule as `tool.driver.rules` lists it, with its documentation.
fn descriptor(rule: &Rule) -> ReportingDescriptor {
    ReportingDescriptor::builder()
        .id(rule.code)
        .name(rule.name)
        .short_description(
            MultiformatMessageString::builder()
                .text(rule.summary)
                .build(),
        )
        .full_description(
            MultiformatMessageString::builder()
                .text(rule.summary)
                .build(),
        )
        .help(
            MultiformatMessageString::builder()
                .text(rule.explanation)
                .markdown(rule.explanation)
                .build(),
        )
        .default_configuration(
            ReportingConfiguration::builder()
                .level(serde_json::Value::from(level_name(rule.severity)))
                .build(),
        )
        .build()
}

// serde-sarif's `Sarif` and `Run` hold every result at once (some kilobytes each); these mirror
// the fields kasb writes, in the same order, and build each result only as it is written.
#[derive(Serialize)]
struct Log<'a> {
    #[serde(rename = "$schema")]
    schema: &'static str,
    runs: [RunOut<'a>; 1],
    version: &'static str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct RunOut<'a> {
    column_kind: &'static str,
    original_uri_base_ids: BTreeMap<&'static str, ArtifactLocation>,
    results: Results<'a>,
    tool: Tool,
}

struct Results<'a> {
    diagnostics: &'a [Diagnostic],
    rules: &'a [&'a Rule],
    uris: Uris,
    /// The language of the `localized` properties, unless English.
    messages: Option<&'static Messages>,
    /// Written to while the results are serialised (`Serialize` takes `&self`).
    fingerprints: RefCell<Fingerprints>,
}

impl Serialize for Results<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.diagnostics.iter().map(|diagnostic| {
            let primary = self.uris.artifact(&diagnostic.location.file);
            let fingerprint = self
                .fingerprints
                .borrow_mut()
                .next(diagnostic, &primary.uri);
            let mut result = result(diagnostic, self.rules, primary, &self.uris);
            if let Some(messages) = self.messages {
                localize(&mut result, messages, diagnostic);
            }
            result.partial_fingerprints =
                Some(BTreeMap::from([(fingerprint::KEY.to_owned(), fingerprint)]));
            result
        }))
    }
}

/// `run.originalUriBaseIds`: the base directory, and kasb's reference set, which has none.
fn base_ids(uris: &Uris) -> BTreeMap<&'static str, ArtifactLocation> {
    let describe = |text: &str| Message::builder().text(text).build();
    BTreeMap::from([
        (
            uri::SRCROOT,
            ArtifactLocation::builder()
                .uri(uris.base_uri())
                .description(describe(
                    "The directory kasb check reported against (--base).",
                ))
                .build(),
        ),
        (
            uri::REFERENCE,
            ArtifactLocation::builder()
                .description(describe(
                    "kasb's reference set (EQF, national frameworks, ISCO), compiled into kasb: \
                     the first segment is its version; `kasb reference export` writes its files.",
                ))
                .build(),
        ),
    ])
}

/// The result of one diagnostic, whose own file is at `primary`.
fn result(
    diagnostic: &Diagnostic,
    rules: &[&Rule],
    primary: uri::Artifact,
    uris: &Uris,
) -> SarifResult {
    let index = rules
        .iter()
        .position(|rule| rule.code == diagnostic.rule.code)
        .unwrap_or_default();
    let text = with_help(diagnostic);
    let related: Vec<SarifLocation> = diagnostic
        .related
        .iter()
        .map(|related| {
            let artifact = uris.artifact(&related.location.file);
            let mut location = location(&related.location, artifact);
            location.message = Some(Message::builder().text(&related.message).build());
            location
        })
        .collect();
    let mut result = SarifResult::builder()
        .rule_id(diagnostic.rule.code)
        .rule_index(i64::try_from(index).unwrap_or_default())
        .level(level(diagnostic.severity))
        .message(Message::builder().text(text).build())
        .locations(vec![location(&diagnostic.location, primary)])
        .build();
    if !related.is_empty() {
        result.related_locations = Some(related);
    }
    if !diagnostic.data.is_none() {
        result.properties = Some(properties(&diagnostic.data));
    }
    result
}

/// The message, then `help: …` on a line of its own.
fn with_help(diagnostic: &Diagnostic) -> String {
    let mut text = diagnostic.message.clone();
    if let Some(help) = &diagnostic.help {
        text.push_str("\nhelp: ");
        text.push_str(help);
    }
    text
}

/// Adds `properties.localized`: the language and the result's text said in it.
fn localize(result: &mut SarifResult, messages: &Messages, diagnostic: &Diagnostic) {
    let said = with_help(&messages.localize(diagnostic));
    let localized = serde_json::json!({"language": messages.lang().tag(), "text": said});
    let bag = result
        .properties
        .get_or_insert_with(|| PropertyBag::builder().build());
    bag.additional_properties
        .insert("localized".to_owned(), localized);
}

/// The diagnostic's data as the result's `properties.data`, the same object as in the JSON report.
fn properties(data: &Data) -> PropertyBag {
    let data = serde_json::to_value(data).unwrap_or_default();
    PropertyBag::builder()
        .additional_properties(BTreeMap::from([("data".to_owned(), data)]))
        .build()
}

fn level(severity: Severity) -> ResultLevel {
    match severity {
        Severity::Error => ResultLevel::Error,
        Severity::Warning => ResultLevel::Warning,
        Severity::Info => ResultLevel::Note,
    }
}

fn level_name(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

fn location(location: &Location, artifact: uri::Artifact) -> SarifLocation {
    let uri::Artifact { uri, base_id } = artifact;
    let artifact = match base_id {
        Some(base_id) => ArtifactLocation::builder()
            .uri(uri)
            .uri_base_id(base_id)
            .build(),
        None => ArtifactLocation::builder().uri(uri).build(),
    };
    let physical = match location.span {
        Some(span) => PhysicalLocation::builder()
            .artifact_location(artifact)
            .region(
                Region::builder()
                    .start_line(i64::from(span.start.line))
                    .start_column(i64::from(span.start.column))
                    .end_line(i64::from(span.end.line))
                    .end_column(i64::from(
                        span.end
                            .column
                            .max(span.start.column + u32::from(span.end == span.start)),
                    ))
                    .build(),
            )
            .build(),
        None => PhysicalLocation::builder()
            .artifact_location(artifact)
            .build(),
    };
    SarifLocation::builder().physical_location(physical).build()
}
