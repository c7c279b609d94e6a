//! Makes an export valid against the schema of the CASE version asked for. The shape CASE 1.1
//! changed is converted silently (1.1 packages carry no `CFDocumentURI` on items and
//! associations, no `CFPackageURI` on the document); what the source package broke is
//! repaired where that keeps its meaning, and each kind of repair is said once, with a count.
//! What stays invalid is returned, for the caller to refuse.

use std::collections::BTreeMap;

use serde_json::Value;

use super::schema::{CaseVersion, Violation, violations, violations_in_branches};
use super::uuid_of;
use crate::json::Json;

/// Repair passes at most: a repair can reveal another (a null `uri` removed leaves a link
/// without one).
const MAX_PASSES: usize = 4;

/// What [`conform`] did and could not do.
pub(super) struct Conformed {
    /// Each kind of repair, in words, with its count.
    pub(super) repairs: Vec<String>,
    /// The violations left.
    pub(super) remaining: Vec<Violation>,
}

/// Converts `package` to `version`'s shape and repairs what breaks its schema.
pub(super) fn conform(package: &mut Json, version: CaseVersion) -> Conformed {
    let mut repairs = Repairs::default();
    if version == CaseVersion::V1_1 {
        to_v1_1(package);
    }
    uuid_identifiers(package, version, &mut repairs);
    for _ in 0..MAX_PASSES {
        let found = violations_in_branches(&as_value(package), version);
        let fixed = found
            .iter()
            .filter(|violation| repair(package, violation, version, &mut repairs))
            .count();
        if fixed == 0 {
            break;
        }
    }
    Conformed {
        repairs: repairs.sentences(),
        remaining: violations(&as_value(package), version),
    }
}

/// Repairs counted by what was done.
#[derive(Default)]
struct Repairs(BTreeMap<String, usize>);

impl Repairs {
    fn note(&mut self, what: String) {
        *self.0.entry(what).or_default() += 1;
    }

    fn sentences(self) -> Vec<String> {
        self.0
            .into_iter()
            .map(|(what, count)| format!("{what} ({count}×)"))
            .collect()
    }
}

fn as_value(package: &Json) -> Value {
    serde_json::from_str(&package.to_pretty()).unwrap_or(Value::Null)
}

/// The parts of a 1.0 package CASE 1.1 has no place for: links to the document the package
/// already is.
fn to_v1_1(package: &mut Json) {
    if let Some(document) = package
        .pointer_mut("/CFDocument")
        .and_then(Json::as_object_mut)
    {
        document.retain(|key, _| key != "CFPackageURI");
    }
    for list in ["/CFItems", "/CFAssociations"] {
        if let Some(Json::Array(list)) = package.pointer_mut(list) {
            for object in list.iter_mut().filter_map(Json::as_object_mut) {
                object.retain(|key, _| key != "CFDocumentURI");
            }
        }
    }
}

/// Identifiers the schema refuses for not being UUIDs (a 2017 CF package's ASN URLs) become
/// the UUID v5 of their text, everywhere they are named, so every link still meets its node.
fn uuid_identifiers(package: &mut Json, version: CaseVersion, repairs: &mut Repairs) {
    let mut renamed: BTreeMap<String, String> = BTreeMap::new();
    let found = violations_in_branches(&as_value(package), version);
    for violation in found
        .iter()
        .filter(|v| v.keyword == "pattern" && v.pointer.ends_with("/identifier"))
    {
        if let Some(Json::String(old)) = package.pointer_mut(&violation.pointer) {
            renamed.insert(old.clone(), uuid_of(old).to_string());
        }
    }
    if renamed.is_empty() {
        return;
    }
    let mut stack = vec![&mut *package];
    while let Some(value) = stack.pop() {
        match value {
            Json::Object(object) => {
                if let Some(Json::String(identifier)) = object.get_mut("identifier")
                    && let Some(new) = renamed.get(identifier.as_str())
                {
                    *identifier = new.clone();
                }
                stack.extend(object.values_mut());
            }
            Json::Array(list) => stack.extend(list.iter_mut()),
            _ => {}
        }
    }
    let what = "gave an identifier that is not a UUID (such as an ASN URL) the UUID v5 of its \
                text, everywhere it is named";
    *repairs.0.entry(what.to_owned()).or_default() += renamed.len();
}

/// Repairs one violation when that keeps the package's meaning; true when it did.
fn repair(
    package: &mut Json,
    violation: &Violation,
    version: CaseVersion,
    repairs: &mut Repairs,
) -> bool {
    let (parent, key) = violation
        .pointer
        .rsplit_once('/')
        .unwrap_or(("", violation.pointer.as_str()));
    let at = wildcard(&violation.pointer);
    let version = version.as_str();
    match violation.keyword.as_str() {
        "additionalProperties" => {
            let Some(object) = package
                .pointer_mut(&violation.pointer)
                .and_then(Json::as_object_mut)
            else {
                return false;
            };
            object.retain(|key, _| !violation.properties.iter().any(|p| p == key));
            for property in &violation.properties {
                repairs.note(format!(
                    "left out `{property}` at `{at}`, which CASE {version} does not have"
                ));
            }
            true
        }
        "type" if violation.is_null => {
            let key = key.to_owned();
            let Some(object) = package.pointer_mut(parent).and_then(Json::as_object_mut) else {
                return false;
            };
            object.retain(|name, value| !(name == key && value.is_null()));
            repairs.note(format!("left out a null `{key}` at `{}`", wildcard(parent)));
            true
        }
        "type" if violation.is_string && violation.message.contains("\"array\"") => {
            let Some(value) = package.pointer_mut(&violation.pointer) else {
                return false;
            };
            *value = Json::Array(vec![std::mem::replace(value, Json::Null)]);
            repairs.note(format!(
                "made the text at `{at}` a list of one, as CASE {version} has it"
            ));
            true
        }
        "required" => required(package, violation, repairs),
        "oneOf" if key.ends_with("URI") => {
            let linkless = package
                .pointer_mut(&violation.pointer)
                .is_some_and(|link| link.get("uri").is_none_or(Json::is_null));
            linkless && leave_out_link(package, &violation.pointer, repairs)
        }
        _ => false,
    }
}

/// Leaves out the link at `pointer` (a `…URI` member), which names no `uri` to follow.
fn leave_out_link(package: &mut Json, pointer: &str, repairs: &mut Repairs) -> bool {
    let Some((parent, key)) = pointer.rsplit_once('/') else {
        return false;
    };
    let key = key.to_owned();
    let Some(object) = package.pointer_mut(parent).and_then(Json::as_object_mut) else {
        return false;
    };
    object.retain(|name, _| *name != key);
    repairs.note(format!(
        "left out the link `{}`, which has no `uri`",
        wildcard(pointer)
    ));
    true
}

/// A required member that is missing: a definition's `description` is its title, a node's
/// missing `lastChangeDateTime` its CFDocument's (the package's latest change); a link
/// (`…URI`) without its `uri` names nothing that can be followed, and is left out.
fn required(package: &mut Json, violation: &Violation, repairs: &mut Repairs) -> bool {
    let Some(missing) = violation.properties.first() else {
        return false;
    };
    let at = wildcard(&violation.pointer);
    if missing == "description" {
        let Some(object) = package
            .pointer_mut(&violation.pointer)
            .and_then(Json::as_object_mut)
        else {
            return false;
        };
        let Some(title) = object.str_of("title").map(str::to_owned) else {
            return false;
        };
        object.insert("description", title);
        repairs.note(format!(
            "gave the definition at `{at}` its title as its description"
        ));
        return true;
    }
    if missing == "lastChangeDateTime" {
        let Some(date) = package
            .get("CFDocument")
            .and_then(|d| d.get("lastChangeDateTime"))
        else {
            return false;
        };
        let date = date.clone();
        let Some(object) = package
            .pointer_mut(&violation.pointer)
            .and_then(Json::as_object_mut)
        else {
            return false;
        };
        object.insert("lastChangeDateTime", date);
        repairs.note(format!(
            "dated `{at}`, which had no `lastChangeDateTime`, as its CFDocument"
        ));
        return true;
    }
    let is_link = violation.pointer.ends_with("URI");
    missing == "uri" && is_link && leave_out_link(package, &violation.pointer, repairs)
}

/// A JSON pointer with its list indexes as `*`.
fn wildcard(pointer: &str) -> String {
    let segments: Vec<&str> = pointer
        .split('/')
        .map(|segment| {
            if segment.parse::<usize>().is_ok() {
                "*"
            } else {
                segment
            }
        })
        .collect();
    segments.join("/")
}
