//! The official CASE package JSON Schemas (1.0 and 1.1, embedded from `schemas/`), the
//! version a package is written in, and its violations located at `file:line:column`.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::OnceLock;

use jsonschema::ValidationError;
use jsonschema::error::ValidationErrorKind;
use kasb_diagnostics::{Location, Severity};
use serde_json::Value;
use serde_json::value::RawValue;

use crate::Problem;
use crate::locate::{at, offset_of, position_in};

/// A version of CASE that kasb reads and writes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CaseVersion {
    /// CASE 1.0 (IMS Global, 2017).
    #[default]
    V1_0,
    /// CASE 1.1 (1EdTech, 2021).
    V1_1,
}

impl CaseVersion {
    /// `1.0` or `1.1`.
    pub fn as_str(self) -> &'static str {
        match self {
            CaseVersion::V1_0 => "1.0",
            CaseVersion::V1_1 => "1.1",
        }
    }

    /// The version written `1.0` or `1.1`.
    pub fn parse(text: &str) -> Option<Self> {
        [CaseVersion::V1_0, CaseVersion::V1_1]
            .into_iter()
            .find(|version| version.as_str() == text)
    }

    fn schema_text(self) -> &'static str {
        match self {
            CaseVersion::V1_0 => include_str!("../../schemas/case-v1p0-cfpackage-schema.json"),
            CaseVersion::V1_1 => include_str!("../../schemas/case-v1p1-cfpackage-schema.json"),
        }
    }
}

/// The compiled schema of `version`: built once; `None` only if the embedded schema were
/// broken, which a test rules out.
fn validator(version: CaseVersion) -> Option<&'static jsonschema::Validator> {
    static V1_0: OnceLock<Option<jsonschema::Validator>> = OnceLock::new();
    static V1_1: OnceLock<Option<jsonschema::Validator>> = OnceLock::new();
    let cell = match version {
        CaseVersion::V1_0 => &V1_0,
        CaseVersion::V1_1 => &V1_1,
    };
    cell.get_or_init(|| {
        let schema: Value = serde_json::from_str(version.schema_text()).ok()?;
        jsonschema::validator_for(&schema).ok()
    })
    .as_ref()
}

/// One place a package breaks a schema.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Violation {
    /// The JSON pointer of the value (`/CFItems/3/identifier`).
    pub(crate) pointer: String,
    /// The schema keyword it breaks (`pattern`, `required`).
    pub(crate) keyword: String,
    /// What, as the validator says it.
    pub(crate) message: String,
    /// The properties an `additionalProperties` violation names, or the one a `required` one
    /// misses.
    pub(crate) properties: Vec<String>,
    /// The value is `null` (for a `type` violation).
    pub(crate) is_null: bool,
    /// The value is a string (for a `type` violation).
    pub(crate) is_string: bool,
}

/// Every violation of `version`'s schema in `package`, in the validator's order.
pub(crate) fn violations(package: &Value, version: CaseVersion) -> Vec<Violation> {
    let Some(validator) = validator(version) else {
        return Vec::new();
    };
    validator
        .iter_errors(package)
        .map(|e| violation(&e))
        .collect()
}

/// [`violations`], each `oneOf`/`anyOf` followed by what broke each of its branches (what a
/// repair can mend).
pub(crate) fn violations_in_branches(package: &Value, version: CaseVersion) -> Vec<Violation> {
    let Some(validator) = validator(version) else {
        return Vec::new();
    };
    let mut found = Vec::new();
    for error in validator.iter_errors(package) {
        found.push(violation(&error));
        let mut stack: Vec<&ValidationError<'_>> = branches(&error).collect();
        while let Some(inner) = stack.pop() {
            found.push(violation(inner));
            stack.extend(branches(inner));
        }
    }
    found
}

/// The errors of each branch of a `oneOf` or `anyOf` error.
fn branches<'e>(
    error: &'e ValidationError<'_>,
) -> impl Iterator<Item = &'e ValidationError<'static>> {
    let context = match error.kind() {
        ValidationErrorKind::OneOfNotValid { context } | ValidationErrorKind::AnyOf { context } => {
            context.as_slice()
        }
        _ => &[],
    };
    context.iter().flatten()
}

fn violation(error: &ValidationError<'_>) -> Violation {
    let keyword = error
        .schema_path()
        .as_str()
        .rsplit('/')
        .next()
        .unwrap_or_default()
        .to_owned();
    let properties = match error.kind() {
        ValidationErrorKind::AdditionalProperties { unexpected } => unexpected.clone(),
        ValidationErrorKind::Required { property } => {
            property.as_str().map(str::to_owned).into_iter().collect()
        }
        _ => Vec::new(),
    };
    Violation {
        pointer: error.instance_path().as_str().to_owned(),
        keyword,
        message: shortened(&error.to_string()),
        properties,
        is_null: error.instance().is_null(),
        is_string: error.instance().is_string(),
    }
}

/// The version a package is written in, with its violations: 1.1 when it names CASE 1.1
/// endpoints (`/ims/case/v1p1/`), or is valid 1.1 and not 1.0; else 1.0.
pub(crate) fn version_of(package: &Value, text: &str) -> (CaseVersion, Vec<Violation>) {
    if text.contains("/ims/case/v1p1/") {
        return (CaseVersion::V1_1, violations(package, CaseVersion::V1_1));
    }
    let v1_0 = violations(package, CaseVersion::V1_0);
    if v1_0.is_empty() {
        return (CaseVersion::V1_0, v1_0);
    }
    let v1_1 = violations(package, CaseVersion::V1_1);
    if v1_1.is_empty() {
        (CaseVersion::V1_1, v1_1)
    } else {
        (CaseVersion::V1_0, v1_0)
    }
}

/// Violations reported one by one, each located; the rest are summed up by keyword and path.
const MAX_LOCATED: usize = 20;

/// Located warnings for `violations` of `version` in the package `text` read from `file`: the
/// first [`MAX_LOCATED`] one by one, then one summary of the rest.
pub(crate) fn problems(
    file: &Path,
    text: &str,
    version: CaseVersion,
    violations: &[Violation],
) -> Vec<Problem> {
    let mut problems: Vec<Problem> = violations
        .iter()
        .take(MAX_LOCATED)
        .map(|violation| {
            let position = pointer_offset(text, &violation.pointer).unwrap_or(0);
            Problem::new(
                Severity::Warning,
                at(file, position_in(text, position)),
                format!(
                    "the package breaks the CASE {} schema at `{}` ({}): {}",
                    version.as_str(),
                    display_pointer(&violation.pointer),
                    violation.keyword,
                    violation.message
                ),
            )
        })
        .collect();
    if let Some(rest) = summary(&violations[violations.len().min(MAX_LOCATED)..]) {
        problems.push(Problem::new(
            Severity::Warning,
            Location::file(file),
            format!(
                "{} more violations of the CASE {} schema: {rest}",
                violations.len() - MAX_LOCATED,
                version.as_str()
            ),
        ));
    }
    problems
}

/// The violations by keyword and path with indexes as `*`, most frequent first (at most 5).
fn summary(rest: &[Violation]) -> Option<String> {
    if rest.is_empty() {
        return None;
    }
    let mut groups: BTreeMap<(String, String), usize> = BTreeMap::new();
    for violation in rest {
        let path: Vec<&str> = violation
            .pointer
            .split('/')
            .map(|segment| {
                if segment.parse::<usize>().is_ok() {
                    "*"
                } else {
                    segment
                }
            })
            .collect();
        let key = (violation.keyword.clone(), display_pointer(&path.join("/")));
        *groups.entry(key).or_default() += 1;
    }
    let mut groups: Vec<_> = groups.into_iter().collect();
    groups.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let shown: Vec<String> = groups
        .iter()
        .take(5)
        .map(|((keyword, path), count)| format!("{count} × {keyword} at `{path}`"))
        .collect();
    let more = groups.len().saturating_sub(5);
    Some(if more > 0 {
        format!("{} and {more} other kinds", shown.join(", "))
    } else {
        shown.join(", ")
    })
}

fn display_pointer(pointer: &str) -> String {
    if pointer.is_empty() {
        "/".to_owned()
    } else {
        pointer.to_owned()
    }
}

/// The validator's message, cut to a readable length (it quotes whole objects).
fn shortened(message: &str) -> String {
    const MAX_CHARS: usize = 200;
    match message.char_indices().nth(MAX_CHARS) {
        Some((cut, _)) => format!("{}…", &message[..cut]),
        None => message.to_owned(),
    }
}

/// The byte offset in `text` of the value a JSON pointer names: each step parses only the
/// value it is in (nesting bounded by serde_json's limit).
pub(crate) fn pointer_offset(text: &str, pointer: &str) -> Option<usize> {
    let mut here: &RawValue = serde_json::from_str(text).ok()?;
    for segment in pointer.split('/').skip(1) {
        let segment = segment.replace("~1", "/").replace("~0", "~");
        here = match here.get().as_bytes().first() {
            Some(b'{') => {
                let members: BTreeMap<String, &RawValue> = serde_json::from_str(here.get()).ok()?;
                *members.get(&segment)?
            }
            Some(b'[') => {
                let list: Vec<&RawValue> = serde_json::from_str(here.get()).ok()?;
                *list.get(segment.parse::<usize>().ok()?)?
            }
            _ => return None,
        };
    }
    Some(offset_of(text, here.get()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_embedded_schemas_compile() {
        assert!(validator(CaseVersion::V1_0).is_some());
        assert!(validator(CaseVersion::V1_1).is_some());
    }

    #[test]
    fn a_pointer_names_the_value_it_points_at() {
        let text = "{\"a\": [1, {\"b/c\": \"x\"}], \"d\": 2}";
        assert_eq!(
            pointer_offset(text, "/a/1/b~1c"),
            Some(text.find("\"x\"").unwrap())
        );
        assert_eq!(pointer_offset(text, ""), Some(0));
        assert_eq!(pointer_offset(text, "/a/7"), None);
        assert_eq!(pointer_offset(text, "/d/0"), None);
    }
}
