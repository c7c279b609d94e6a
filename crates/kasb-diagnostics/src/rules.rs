//! The registry of rules: every diagnostic kasb emits names one of these.
//!
//! Codes are stable: a rule may be retired, never renumbered. `K1xx` are loading rules (the file
//! cannot be read as a document), `K2xx` reference rules (the documents do not fit together).

use crate::Severity;

/// A rule: a stable code, a kebab-case name, a default severity and its documentation.
#[derive(Debug, PartialEq, Eq)]
pub struct Rule {
    /// The stable code, such as `K202`.
    pub code: &'static str,
    /// The kebab-case name, such as `unresolved-reference`.
    pub name: &'static str,
    /// The severity unless configuration changes it.
    pub severity: Severity,
    /// One line: what the rule checks.
    pub summary: &'static str,
    /// Why it matters, and a failing and a passing example, in Markdown.
    pub explanation: &'static str,
}

macro_rules! rules {
    ($($(#[$doc:meta])* $ident:ident = $code:literal $name:literal $severity:ident, $summary:literal, $explanation:literal;)*) => {
        $(
            $(#[$doc])*
            pub static $ident: Rule = Rule {
                code: $code,
                name: $name,
                severity: Severity::$severity,
                summary: $summary,
                explanation: $explanation,
            };
        )*

        /// Every rule, ordered by code.
        pub static ALL: &[&Rule] = &[$(&$ident),*];
    };
}

rules! {
    /// The file cannot be read.
    UNREADABLE_FILE = "K100" "unreadable-file" Error,
    "A file cannot be read, or is not UTF-8 text.",
    "kasb reads YAML files as UTF-8. A file that cannot be opened, that is not valid UTF-8, or \
that is UTF-16 (as some Windows editors save it) cannot be checked.\n\n\
Fix: save the file as UTF-8 without a byte-order mark.";

    /// The text is not valid YAML.
    YAML_SYNTAX = "K101" "yaml-syntax" Error,
    "The file is not valid YAML.",
    "The YAML parser stopped: an unclosed bracket or quote, a tab used for indentation, a key \
without a value.\n\n\
Failing:\n```yaml\ntitle: [Welder\n```\nPassing:\n```yaml\ntitle: Welder\n```";

    /// A value has the wrong type.
    INVALID_TYPE = "K102" "invalid-type" Error,
    "A value has the wrong type for its field.",
    "Every field has a type: text, a number, a list, a mapping. A value of another type cannot \
be read.\n\n\
Failing:\n```yaml\nlevel: four\n```\nPassing:\n```yaml\nlevel: 4\n```";

    /// A required field is missing.
    MISSING_FIELD = "K103" "missing-field" Error,
    "A required field is missing.",
    "Some fields must always be given, such as a document's `id` and `title`, or a unit's \
`id`.\n\n\
Failing:\n```yaml\nunits:\n  - title: Prepare the workplace\n```\nPassing:\n```yaml\nunits:\n  - id: WLD-01\n    title: Prepare the workplace\n```";

    /// A field that the kind does not have.
    UNKNOWN_FIELD = "K104" "unknown-field" Error,
    "A field is not part of the document kind.",
    "Unknown fields are errors, so that a misspelt field is not silently ignored.\n\n\
Failing:\n```yaml\ntitel: Welder\n```\nPassing:\n```yaml\ntitle: Welder\n```";

    /// A plain scalar that YAML would read as a number, boolean or null where text is required.
    UNQUOTED_SCALAR = "K105" "unquoted-scalar" Error,
    "An unquoted value that YAML reads as a number, boolean or null stands where text is required.",
    "YAML reads `0110` as the number 110, `1.10` as 1.1, and (in YAML 1.1 tools) `NO` as false. \
Codes, versions and country codes are text: quote them, so every tool reads the same value.\n\n\
Failing:\n```yaml\nisco: 0110\ncountry: NO\n```\nPassing:\n```yaml\nisco: \"0110\"\ncountry: \"NO\"\n```";

    /// The same key twice in one mapping.
    DUPLICATE_KEY = "K106" "duplicate-key" Error,
    "A mapping has the same key twice.",
    "Most YAML tools silently keep the last of two equal keys, losing the first value. kasb \
refuses the file instead.\n\n\
Failing:\n```yaml\ntitle: Welder\ntitle: Сварщик\n```\nPassing:\n```yaml\ntitle: {en: Welder, ru: Сварщик}\n```";

    /// A missing or unknown `kind`.
    UNKNOWN_KIND = "K107" "unknown-kind" Error,
    "A document has no `kind`, or one kasb does not know.",
    "Every document states its kind: LevelFramework, Classification, OccupationalStandard, \
Qualification, AssessmentTool, TrainingProgramme or Crosswalk.\n\n\
Failing:\n```yaml\nkind: Standard\n```\nPassing:\n```yaml\nkind: OccupationalStandard\n```";

    /// A file over a configured limit.
    RESOURCE_LIMIT = "K108" "resource-limit" Error,
    "A file exceeds a limit on size, nesting depth or alias expansion.",
    "Files in a standards repository may come from anyone's pull request. kasb bounds the time \
and memory one file may take: its size, its nesting depth, and how far aliases may expand (an \
alias bomb grows a small file into billions of nodes). Real standards stay far below the limits.\n\n\
Fix: split the file, or raise the limit if the file is genuine.";

    /// More than one YAML document in a file.
    MULTIPLE_DOCUMENTS = "K109" "multiple-documents" Error,
    "A file holds more than one YAML document, or none.",
    "Each file holds exactly one document, so that its path identifies it.\n\n\
Failing:\n```yaml\nkind: Qualification\n...\n---\nkind: Qualification\n```\nPassing: one file per document.";

    /// The same id given to two things.
    DUPLICATE_ID = "K201" "duplicate-id" Error,
    "Two documents share an id, or two items of one document do.",
    "Ids are how everything is referenced: a document id must be unique across the repository, \
an item id (unit, element, criterion, task...) unique within its document.\n\n\
Failing:\n```yaml\nunits:\n  - id: WLD-01\n  - id: WLD-01\n```\nPassing:\n```yaml\nunits:\n  - id: WLD-01\n  - id: WLD-02\n```";

    /// A reference to nothing.
    UNRESOLVED_REFERENCE = "K202" "unresolved-reference" Error,
    "A reference names no document or item.",
    "References name a document by id (`kg-nqf`), an item of the same document by id (`WLD-01`) \
or an item of another document as `document-id/item-id` (`kg-welder/WLD-01.1.1`). Every \
reference must resolve, or the graph has a hole.\n\n\
Failing:\n```yaml\ncore: [kg-welder/WLD-1]\n```\nPassing:\n```yaml\ncore: [kg-welder/WLD-01]\n```";

    /// A reference to the wrong kind of thing.
    WRONG_REFERENCE_KIND = "K203" "wrong-reference-kind" Error,
    "A reference names something of the wrong kind.",
    "A field expects one kind of target: a qualification's `core` lists units, a task's \
`assesses` lists criteria, knowledge or skills, a standard's `framework` names a level framework.\n\n\
Failing:\n```yaml\nframework: kg-welder\n```\nPassing:\n```yaml\nframework: kg-nqf\n```";
}

/// The rule with `code` (case-insensitive) or kebab-case `name`.
pub fn find(code_or_name: &str) -> Option<&'static Rule> {
    ALL.iter()
        .copied()
        .find(|rule| rule.code.eq_ignore_ascii_case(code_or_name) || rule.name == code_or_name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_names_are_unique_and_well_formed() {
        for (i, rule) in ALL.iter().enumerate() {
            assert!(
                rule.code.starts_with('K') && rule.code.len() == 4,
                "{}",
                rule.code
            );
            assert!(
                rule.name
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c == '-')
            );
            assert!(rule.explanation.contains("Fix") || rule.explanation.contains("Passing"));
            for other in &ALL[i + 1..] {
                assert_ne!(rule.code, other.code);
                assert_ne!(rule.name, other.name);
                assert!(rule.code < other.code, "registry is ordered by code");
            }
        }
        assert_eq!(find("k202").map(|r| r.name), Some("unresolved-reference"));
    }
}
