//! The registry of rules: every diagnostic kasb emits names one of these.
//!
//! Codes are stable: a rule may be retired, never renumbered. `K1xx`: loading (the file cannot be
//! read as a document); `K2xx`: references and the graph; `K3xx`: levels; `K4xx`: qualification
//! packaging; `K5xx`: assessment; `K6xx`: codes (ISCO, countries, languages, ESCO); `K7xx`: text
//! and lifecycle.

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
Failing:\n```yaml\ntitle: \"Welder\n```\nPassing:\n```yaml\ntitle: \"Welder\"\n```";

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

    /// A suppression comment naming no rule.
    UNKNOWN_SUPPRESSED_RULE = "K110" "unknown-suppressed-rule" Error,
    "A `# kasb: ignore[...]` comment names a rule that does not exist.",
    "A suppression that names no rule suppresses nothing, so a typo would leave the problem \
reported and the reader believing it silenced. Name rules by code or kebab-case name.\n\n\
Failing:\n```yaml\ncore: [s/U9] # kasb: ignore[K2020]\n```\nPassing:\n```yaml\ncore: [s/U9] # kasb: ignore[K202]\n```";

    /// An id outside the id grammar.
    INVALID_ID = "K111" "invalid-id" Error,
    "An id uses a character or a shape that ids may not have.",
    "Ids name documents and items in references, file names and exported URIs, so they keep to \
a small grammar: Latin letters, digits, `-`, `_` and `.`, starting and ending with a letter or \
digit, at most 128 characters; an item id may also hold `/` between such segments (`A/01.3`), a \
document id may not (`/` separates it from an item id). No spaces, control characters, `..`, or \
letters of other scripts that look Latin (Cyrillic `Е` in `ЕLC-01`).\n\n\
Failing:\n```yaml\nid: ../outside\n```\nPassing:\n```yaml\nid: kg-welder\n```";

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

    /// A prerequisite chain that returns to where it started.
    PREREQUISITE_CYCLE = "K204" "prerequisite-cycle" Error,
    "Units are prerequisites of each other in a cycle.",
    "A cycle of prerequisites cannot be satisfied: no unit of it can be achieved first. The \
error is given once per cycle, at its first unit, and names the members in order, each needing \
the next (a very long cycle is shortened, with a count).\n\n\
Failing:\n```yaml\nunits:\n  - id: A\n    prerequisites: [B]\n  - id: B\n    prerequisites: [A]\n```\n\
Passing:\n```yaml\nunits:\n  - id: A\n  - id: B\n    prerequisites: [A]\n```";

    /// A unit no qualification includes.
    UNIT_IN_NO_QUALIFICATION = "K205" "unit-in-no-qualification" Info,
    "A unit of a standard is in no qualification.",
    "Units that no qualification includes are not awarded anywhere. That may be intended (a \
standard ahead of its qualifications) but is worth knowing.\n\n\
Fix: add the unit to a qualification's `core` or an elective group, or turn the rule off.";

    /// Classification entries that are their own ancestors.
    PARENT_CYCLE = "K206" "parent-cycle" Error,
    "Classification entries are each other's parents in a cycle.",
    "The `parent` of a classification entry names the broader group it belongs to; following \
parents must end at a top-level entry. A cycle makes an entry its own ancestor, so it belongs to \
no hierarchy. The error is given once per cycle, at its first entry, and names the members in \
order, each the child of the next.\n\n\
Failing:\n```yaml\nentries:\n  - {code: \"1111\", title: A, parent: \"2222\"}\n  - {code: \"2222\", title: B, parent: \"1111\"}\n```\n\
Passing:\n```yaml\nentries:\n  - {code: \"1111\", title: A, parent: \"2222\"}\n  - {code: \"2222\", title: B}\n```";

    /// Level frameworks referenced to each other in a cycle.
    REFERENCING_CYCLE = "K207" "referencing-cycle" Error,
    "Level frameworks are referenced to each other in a cycle.",
    "A framework's `referencing` names the framework its levels are referenced to, usually the \
EQF. Following referencing must end at a framework that is referenced to none, or no level of \
the cycle has an EQF level and comparisons through it are impossible. The error is given once \
per cycle, at its first framework, and names the members in order.\n\n\
Failing:\n```yaml\nid: kg-nqf\nreferencing: {framework: am-nqf}\n# and in am-nqf.yaml\nid: am-nqf\nreferencing: {framework: kg-nqf}\n```\n\
Passing:\n```yaml\nid: kg-nqf\nreferencing: {framework: eqf}\n```";

    /// Documents that replace each other in a cycle.
    REPLACEMENT_CYCLE = "K208" "replacement-cycle" Error,
    "Standards or qualifications replace each other in a cycle.",
    "`replaced_by` tells users which document to move on to; following it must end at a \
current document. In a cycle every document is replaced, so none is current. The error is \
given once per cycle, at its first document, and names the members in order.\n\n\
Failing:\n```yaml\nid: kg-welder-2020\nreplaced_by: kg-welder-2025\n# and in kg-welder-2025.yaml\nid: kg-welder-2025\nreplaced_by: kg-welder-2020\n```\n\
Passing: remove `replaced_by` from the current document, `kg-welder-2025`.";

    /// A level that the framework does not have.
    LEVEL_OUTSIDE_FRAMEWORK = "K301" "level-outside-framework" Error,
    "A level is not a level of the framework it refers to.",
    "Levels are numbers on the document's framework: a unit at level 9 of an 8-level NQF has no \
meaning and no EQF level.\n\n\
Failing:\n```yaml\nframework: kg-nqf   # levels 1-8\nunits:\n  - id: U1\n    level: 9\n```\nPassing:\n```yaml\n    level: 4\n```";

    /// A unit above its qualification.
    UNIT_ABOVE_QUALIFICATION = "K302" "unit-above-qualification" Warning,
    "A qualification includes a unit above the qualification's own level.",
    "A qualification at level 3 that requires a level-5 unit asks more of its holders than its \
level says.\n\n\
Failing: a level-3 qualification with `core: [std/U5]` where `U5` has `level: 5`.\n\
Passing: raise the qualification's level, or choose units at or below it.";

    /// A child above its parent.
    LEVEL_ABOVE_PARENT = "K303" "level-above-parent" Warning,
    "A unit's level is above the level of the generalised function it belongs to.",
    "In the Russian shape a labour function belongs to a generalised labour function that has a \
qualification level; a labour function above it contradicts the standard's own structure.\n\n\
Failing:\n```yaml\nfunctions:\n  - {id: B, level: 4, title: ...}\nunits:\n  - id: B/04.5\n    function: B\n    level: 5\n```\n\
Passing: `level: 4` for the unit, or level 5 for the function.";

    /// Referencing with holes.
    INCOMPLETE_REFERENCING = "K304" "incomplete-referencing" Warning,
    "A framework is referenced to another, but some of its levels are not.",
    "When a national framework declares `referencing`, every level needs a `referenced_level`, \
or comparisons through the EQF are impossible for the missing ones.\n\n\
Failing:\n```yaml\nreferencing: {framework: eqf}\nlevels:\n  - level: 1\n```\nPassing:\n```yaml\n  - level: 1\n    referenced_level: 1\n```";

    /// Referencing that goes down.
    REFERENCING_GOES_DOWN = "K305" "referencing-goes-down" Error,
    "A higher level is referenced to a lower level than the level below it.",
    "Referencing may map several levels to one (RU 8 and 9 to EQF 8) but never downwards: level \
5 cannot sit below level 4's EQF level.\n\n\
Failing:\n```yaml\n  - {level: 4, referenced_level: 4}\n  - {level: 5, referenced_level: 3}\n```\nPassing:\n```yaml\n  - {level: 5, referenced_level: 5}\n```";

    /// An elective group that cannot be satisfied.
    UNSATISFIABLE_ELECTIVES = "K401" "unsatisfiable-electives" Error,
    "An elective group asks to choose more units than it lists.",
    "`choose: 3` from a list of two units can never be satisfied.\n\n\
Failing:\n```yaml\nelectives:\n  - {id: E1, choose: 3, units: [s/U1, s/U2]}\n```\nPassing:\n```yaml\n  - {id: E1, choose: 1, units: [s/U1, s/U2]}\n```";

    /// A unit listed twice.
    UNIT_LISTED_TWICE = "K402" "unit-listed-twice" Error,
    "A qualification lists the same unit twice in one list.",
    "A unit listed twice in `core` or in one elective group is a copy-paste slip and inflates \
counts.\n\n\
Failing:\n```yaml\ncore: [s/U1, s/U1]\n```\nPassing:\n```yaml\ncore: [s/U1, s/U2]\n```";

    /// Core and elective overlap.
    CORE_ELECTIVE_OVERLAP = "K403" "core-elective-overlap" Error,
    "A unit is both core and elective in one qualification.",
    "A core unit is always achieved; offering it as an elective lets a candidate count it twice.\n\n\
Failing:\n```yaml\ncore: [s/U1]\nelectives:\n  - {id: E1, choose: 1, units: [s/U1, s/U2]}\n```\nPassing: remove it from the elective group.";

    /// A criterion no task assesses.
    CRITERION_NOT_ASSESSED = "K501" "criterion-not-assessed" Warning,
    "A performance criterion of a qualification's unit is assessed by no task of its assessment tools.",
    "The assessment mapping matrix: every performance criterion of every unit of a qualification \
should be covered by at least one task of the assessment tools made for that qualification, or \
the award certifies what nobody checked.\n\n\
Failing: a tool for qualification `q` whose tasks `assesses` only `s/U1.1.1` while `U1` also has \
`U1.1.2`.\nPassing: add `s/U1.1.2` to a task's `assesses`.";

    /// A task that covers nothing.
    TASK_ASSESSES_NOTHING = "K502" "task-assesses-nothing" Warning,
    "A task assesses no criterion, knowledge or skill.",
    "A task with an empty `assesses` list produces evidence for nothing in the standard.\n\n\
Failing:\n```yaml\ntasks:\n  - {id: T1, title: Weld a plate, assesses: []}\n```\nPassing:\n```yaml\n  - {id: T1, title: Weld a plate, assesses: [s/U1.1.1]}\n```";

    /// Weights that do not add up.
    WEIGHTS_DO_NOT_SUM = "K503" "weights-do-not-sum" Error,
    "Marking weights do not add up to the tool's `total_weight`.",
    "When a tool sets `total_weight` (WorldSkills: 100), the weights of its marking criteria must \
add up to it, or scores cannot be compared.\n\n\
Failing: `total_weight: 100` with weights 40 and 50.\nPassing: weights 40 and 60.";

    /// A marking criterion without a scale.
    MARKING_WITHOUT_SCALE = "K504" "marking-without-scale" Error,
    "A marking criterion has neither a maximum score nor rubric levels.",
    "Assessors need a scale: a `max_score` (measurement) or `rubric` levels (judgement).\n\n\
Failing:\n```yaml\nmarking:\n  - {id: M1, description: Weld size, type: measurement}\n```\nPassing:\n```yaml\n  - {id: M1, description: Weld size, type: measurement, max_score: 5}\n```";

    /// An ISCO code that does not exist.
    UNKNOWN_ISCO_CODE = "K601" "unknown-isco-code" Error,
    "An ISCO-08 code does not exist.",
    "`isco` takes an ISCO-08 unit group: four digits that exist in the classification.\n\n\
Failing:\n```yaml\nisco: \"7219\"\n```\nPassing:\n```yaml\nisco: \"7212\"\n```";

    /// An ISCO code that is not a unit group.
    ISCO_NOT_UNIT_GROUP = "K602" "isco-not-unit-group" Error,
    "An ISCO-08 code is a higher-level group, not a unit group.",
    "Occupations are classified to unit groups (four digits). A major, sub-major or minor group, \
or its zero-padded form (`7210` for minor group `721`), is too broad.\n\n\
Failing:\n```yaml\nisco: \"7210\"\n```\nPassing:\n```yaml\nisco: \"7212\"\n```";

    /// An invalid country code.
    INVALID_COUNTRY = "K603" "invalid-country" Error,
    "A country is not an ISO 3166-1 alpha-2 code.",
    "Countries are two-letter ISO 3166-1 codes in capitals: `KG`, `AM`, `TJ`, `RU`, `AZ`, `KZ`, `UZ`.\n\n\
Failing:\n```yaml\ncountry: KGZ\n```\nPassing:\n```yaml\ncountry: KG\n```";

    /// An invalid language tag.
    INVALID_LANGUAGE_TAG = "K604" "invalid-language-tag" Error,
    "A language tag is not a well-formed BCP 47 tag.",
    "Languages are BCP 47 tags: `en`, `ru`, `ky`, `hy`, `uz-Latn`, `uz-Cyrl`.\n\n\
Failing:\n```yaml\ntitle: {english: Welder}\n```\nPassing:\n```yaml\ntitle: {en: Welder}\n```";

    /// A required language is missing.
    MISSING_LANGUAGE = "K605" "missing-language" Warning,
    "A text lacks a language that the configuration requires.",
    "`kasb.toml` can require languages (`[languages] required = [\"en\", \"ru\"]`); every title \
and statement must then be given in each.\n\n\
Failing (with `en` required):\n```yaml\ntitle: {ru: Сварщик}\n```\nPassing:\n```yaml\ntitle: {en: Welder, ru: Сварщик}\n```";

    /// A malformed ESCO URI.
    MALFORMED_ESCO_URI = "K606" "malformed-esco-uri" Error,
    "An ESCO link is not an ESCO concept URI.",
    "ESCO concepts are `http://data.europa.eu/esco/occupation/<uuid>` or \
`http://data.europa.eu/esco/skill/<uuid>`.\n\n\
Failing:\n```yaml\nesco: [esco.ec.europa.eu/occupation/welder]\n```\n\
Passing:\n```yaml\nesco: [http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b]\n```";

    /// An empty statement.
    EMPTY_STATEMENT = "K701" "empty-statement" Error,
    "A title or statement is empty.",
    "An empty statement says nothing to a candidate or an assessor.\n\n\
Failing:\n```yaml\nstatement: \"\"\n```\nPassing:\n```yaml\nstatement: The weld is free of cracks.\n```";

    /// The same statement twice in one unit.
    DUPLICATE_STATEMENT = "K702" "duplicate-statement" Warning,
    "Two criteria, knowledge items or skills of one unit say the same thing.",
    "Repeated statements (ignoring case and spacing) are usually copy-paste slips.\n\n\
Failing: two criteria of `U1` both `The joint is cleaned.`\nPassing: make them distinct, or remove one.";

    /// Valid-from after valid-to.
    VALIDITY_REVERSED = "K703" "validity-reversed" Error,
    "A document's validity ends before it starts.",
    "`valid_from` must not be after `valid_to`.\n\n\
Failing:\n```yaml\napproval: {valid_from: \"2025-01-01\", valid_to: \"2020-01-01\"}\n```\n\
Passing:\n```yaml\napproval: {valid_from: \"2020-01-01\", valid_to: \"2025-01-01\"}\n```";

    /// Superseded without a replacement.
    SUPERSEDED_WITHOUT_REPLACEMENT = "K704" "superseded-without-replacement" Warning,
    "A document is superseded but names no replacement.",
    "`status: superseded` tells users to move on; `replaced_by` tells them where to.\n\n\
Failing:\n```yaml\nstatus: superseded\n```\nPassing:\n```yaml\nstatus: superseded\nreplaced_by: kg-welder-2025\n```";
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
