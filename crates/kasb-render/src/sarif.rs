use std::path::Path;

use kasb_diagnostics::{Data, Diagnostic, Location, Rule, Severity, safe_json};
use serde::{Serialize, Serializer};
use serde_sarif::sarif::{
    ArtifactLocation, Location as SarifLocation, Message, MultiformatMessageString,
    PhysicalLocation, PropertyBag, Region, ReportingConfiguration, ReportingDescriptor,
    Result as SarifResult, ResultLevel, Tool, ToolComponent,
};

use crate::paths::display;

const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

/// SARIF 2.1.0 for code scanning: every rule of `rules` (the registry,
/// `kasb_check::rules::all()`) in `tool.driver.rules` with its documentation, one result per
/// diagnostic.
pub fn sarif(diagnostics: &[Diagnostic], rules: &[&Rule], base: &Path) -> String {
    let descriptors: Vec<ReportingDescriptor> = rules
        .iter()
        .map(|rule| {
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
        })
        .collect();
    let driver = ToolComponent::builder()
        .name("kasb")
        .version(env!("CARGO_PKG_VERSION"))
        .information_uri(env!("CARGO_PKG_REPOSITORY"))
        .rules(descriptors)
        .build();
    let report = Log {
        schema: SCHEMA,
        runs: [RunOut {
            results: Results {
                diagnostics,
                rules,
                base,
            },
            tool: Tool::builder().driver(driver).build(),
        }],
        version: "2.1.0",
    };
    safe_json(serde_json::to_string_pretty(&report).unwrap_or_default()) + "\n"
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
struct RunOut<'a> {
    results: Results<'a>,
    tool: Tool,
}

struct Results<'a> {
    diagnostics: &'a [Diagnostic],
    rules: &'a [&'a Rule],
    base: &'a Path,
}

impl Serialize for Results<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(
            self.diagnostics
                .iter()
                .map(|d| result(d, self.rules, self.base)),
        )
    }
}

fn result(diagnostic: &Diagnostic, rules: &[&Rule], base: &Path) -> SarifResult {
    let index = rules
        .iter()
        .position(|rule| rule.code == diagnostic.rule.code)
        .unwrap_or_default();
    let mut text = diagnostic.message.clone();
    if let Some(help) = &diagnostic.help {
        text.push_str("\nhelp: ");
        text.push_str(help);
    }
    let related: Vec<SarifLocation> = diagnostic
        .related
        .iter()
        .map(|related| {
            let mut location = location(&related.location, base);
            location.message = Some(Message::builder().text(&related.message).build());
            location
        })
        .collect();
    let mut result = SarifResult::builder()
        .rule_id(diagnostic.rule.code)
        .rule_index(i64::try_from(index).unwrap_or_default())
        .level(level(diagnostic.severity))
        .message(Message::builder().text(text).build())
        .locations(vec![location(&diagnostic.location, base)])
        .build();
    if !related.is_empty() {
        result.related_locations = Some(related);
    }
    if !diagnostic.data.is_none() {
        result.properties = Some(properties(&diagnostic.data));
    }
    result
}

/// The diagnostic's data as the result's `properties.data`, the same object as in the JSON report.
fn properties(data: &Data) -> PropertyBag {
    let data = serde_json::to_value(data).unwrap_or_default();
    PropertyBag::builder()
        .additional_properties(std::collections::BTreeMap::from([(
            "data".to_owned(),
            data,
        )]))
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

fn location(location: &Location, base: &Path) -> SarifLocation {
    let artifact = ArtifactLocation::builder()
        .uri(display(&location.file, base))
        .build();
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
