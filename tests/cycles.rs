//! Every walk terminates and every stage is near-linear: relations that cycle give one located
//! error per cycle, chains of a million items are checked without recursion, and the inputs
//! that used to take seconds to minutes (long unresolved ids, hundreds of thousands of
//! suppressed references, a qualification of forty thousand units) give their diagnostics.
//! Time bounds are asserted by the hostile corpus in release; these tests assert the results.

use std::fmt::Write as _;
use std::path::Path;

use kasb::diagnostics::Diagnostic;
use kasb::{CheckOptions, Report, check};

const FRAMEWORK: &str =
    "kind: LevelFramework\nformat: 1\nid: fw\ntitle: F\nlanguage: en\nlevels:\n  - level: 3\n";

/// A standard `id` with the given `units:` lines (and an ISCO code when given).
fn standard(id: &str, isco: Option<&str>, units: &str) -> String {
    let isco = isco.map_or(String::new(), |code| format!("  isco: \"{code}\"\n"));
    format!(
        "kind: OccupationalStandard\nformat: 1\nid: {id}\ntitle: S\nlanguage: en\ncountry: KG\n\
         framework: fw\noccupation:\n  title: W\n{isco}units:\n{units}"
    )
}

/// A qualification `q` on `fw` with the given `core:` lines and anything after them.
fn qualification(header_comment: &str, core: &str, rest: &str) -> String {
    format!(
        "{header_comment}kind: Qualification\nformat: 1\nid: q\ntitle: Q\nlanguage: en\ncountry: KG\n\
         framework: fw\nlevel: 3\ncore:\n{core}{rest}"
    )
}

fn write(dir: &Path, name: &str, text: &str) {
    std::fs::write(dir.join(name), text).unwrap();
}

fn check_dir(dir: &Path) -> Report {
    check(&[dir.to_path_buf()], &CheckOptions::default()).unwrap()
}

fn of_rule<'r>(report: &'r Report, code: &str) -> Vec<&'r Diagnostic> {
    report
        .diagnostics
        .iter()
        .filter(|d| d.rule.code == code)
        .collect()
}

/// `files` standards `s0`…, `per_file` units each, every unit a prerequisite of the next across
/// the files; with `ring`, the first unit also needs the last, closing one cycle of them all.
pub fn prerequisite_chain(dir: &Path, files: usize, per_file: usize, ring: bool) {
    write(dir, "fw.yaml", FRAMEWORK);
    for file in 0..files {
        let mut units = String::new();
        for unit in 0..per_file {
            let before = match (file, unit) {
                (0, 0) if ring => format!("s{}/U{}", files - 1, per_file - 1),
                (0, 0) => String::new(),
                (_, 0) => format!("s{}/U{}", file - 1, per_file - 1),
                _ => format!("U{}", unit - 1),
            };
            writeln!(
                units,
                "  - {{id: U{unit}, title: T, prerequisites: [{before}]}}"
            )
            .unwrap();
        }
        write(
            dir,
            &format!("s{file}.yaml"),
            &standard(&format!("s{file}"), None, &units),
        );
    }
}

/// Unoptimised, loading a million units takes most of a minute: the clean chain is checked at
/// a tenth of the size, the ring at full size.
#[test]
fn a_million_unit_prerequisite_chain_is_checked_and_its_ring_is_one_error() {
    let dir = tempfile::tempdir().unwrap();
    prerequisite_chain(dir.path(), 10, 10_000, false);
    let report = check_dir(dir.path());
    assert!(
        report.diagnostics.is_empty(),
        "{:?}",
        report.diagnostics.first()
    );

    let dir = tempfile::tempdir().unwrap();
    prerequisite_chain(dir.path(), 10, 100_000, true);
    let report = check_dir(dir.path());
    let units: usize = (0..10)
        .map(|i| report.graph.units_of(&format!("s{i}")).unwrap().len())
        .sum();
    assert_eq!(units, 1_000_000);
    let cycles = of_rule(&report, "K204");
    assert_eq!(report.diagnostics.len(), 1, "{:?}", report.diagnostics);
    assert_eq!(cycles.len(), 1);
    let message = &cycles[0].message;
    assert!(
        message.starts_with(
            "prerequisites form a cycle: `s0/U0` → `s9/U99999` → `s9/U99998` → `s9/U99997`"
        ),
        "{message}"
    );
    assert!(
        message.contains("… 999990 more … → `s0/U2` → `s0/U1` → `s0/U0` (each needs the next)"),
        "{message}"
    );
    assert!(cycles[0].location.file.ends_with("s0.yaml"));
    assert_eq!(cycles[0].location.line(), 11);
}

/// An `isco-08` whose entries `1111` and `2222` are each other's parent, and a standard with
/// an ISCO code that does not resolve, which makes the code rule walk the classification.
pub fn parent_cycle_with_unknown_isco(dir: &Path) {
    write(dir, "fw.yaml", FRAMEWORK);
    write(
        dir,
        "isco.yaml",
        "kind: Classification\nformat: 1\nid: isco-08\ntitle: I\nlanguage: en\nentries:\n\
         \x20 - {code: \"1111\", title: A, parent: \"2222\"}\n\
         \x20 - {code: \"2222\", title: B, parent: \"1111\"}\n",
    );
    write(
        dir,
        "s.yaml",
        &standard("s", Some("1112"), "  - {id: U1, title: T}\n"),
    );
}

#[test]
fn classification_parents_in_a_cycle_are_one_error_and_the_walk_ends() {
    let dir = tempfile::tempdir().unwrap();
    parent_cycle_with_unknown_isco(dir.path());
    let report = check_dir(dir.path());
    let cycles = of_rule(&report, "K206");
    assert_eq!(cycles.len(), 1, "{:?}", report.diagnostics);
    assert_eq!(
        cycles[0].message,
        "classification parents form a cycle: `isco-08/1111` → `isco-08/2222` → `isco-08/1111` (each is the child of the next)"
    );
    assert_eq!(
        (cycles[0].location.line(), cycles[0].location.column()),
        (7, 38)
    );
    let unknown = of_rule(&report, "K601");
    assert_eq!(unknown.len(), 1);
    assert_eq!(unknown[0].help.as_deref(), Some("did you mean \"1111\"?"));
    // The queries walk the cycle and end.
    let entries = report
        .graph
        .descendants("isco-08", kasb::graph::NodeKind::ClassificationEntry)
        .unwrap();
    assert_eq!(entries.len(), 2);
}

#[test]
fn a_document_replaced_by_itself_and_a_framework_referenced_to_itself_are_cycles_of_one() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "fw.yaml",
        &format!("{FRAMEWORK}    referenced_level: 3\nreferencing: {{framework: fw}}\n"),
    );
    write(
        dir.path(),
        "s.yaml",
        &standard("s", None, "  - {id: U1, title: T}\n")
            .replace("units:", "replaced_by: s\nunits:"),
    );
    let report = check_dir(dir.path());
    let messages: Vec<&str> = report
        .diagnostics
        .iter()
        .filter(|d| matches!(d.rule.code, "K207" | "K208"))
        .map(|d| d.message.as_str())
        .collect();
    assert_eq!(
        messages,
        [
            "framework referencing forms a cycle: `fw` → `fw` (each is referenced to the next)",
            "replacements form a cycle: `s` → `s` (each is replaced by the next)",
        ]
    );
    assert_eq!(report.graph.eqf_level("fw/3"), Ok(None));
}

/// `count` references of `length` characters each that resolve to nothing, from a standard
/// whose units have ids of the same length that differ from them in every character.
pub fn long_unresolved_ids(dir: &Path, count: usize, length: usize) {
    write(dir, "fw.yaml", FRAMEWORK);
    let mut units = String::new();
    for i in 0..count {
        let id = "a".repeat(length - 1) + &i.to_string();
        let reference = "b".repeat(length);
        writeln!(
            units,
            "  - {{id: {id}, title: T, prerequisites: [{reference}]}}"
        )
        .unwrap();
    }
    write(dir, "s.yaml", &standard("s", None, &units));
}

#[test]
fn ten_unresolved_ids_of_forty_thousand_characters_get_plain_help() {
    let dir = tempfile::tempdir().unwrap();
    long_unresolved_ids(dir.path(), 10, 40_000);
    let report = check_dir(dir.path());
    let unresolved = of_rule(&report, "K202");
    assert_eq!(unresolved.len(), 10, "{:?}", report.diagnostics);
    for diagnostic in unresolved {
        assert_eq!(
            diagnostic.help.as_deref(),
            Some("check the id; items of another document are named `document-id/item-id`")
        );
    }
}

/// A standard `s` of units `U0`…`U999`, and a qualification whose core lists `count`
/// references `s/U<i>x` that do not resolve; every other one carries `# kasb: ignore[K202]`;
/// both files suppress K205 as a whole.
pub fn suppressed_references(dir: &Path, count: usize) {
    write(dir, "fw.yaml", FRAMEWORK);
    let units: String = (0..1000)
        .map(|i| format!("  - {{id: U{i}, title: T}}\n"))
        .collect();
    let unused = "# kasb: ignore-file[K205]\n";
    write(
        dir,
        "s.yaml",
        &format!("{unused}{}", standard("s", None, &units)),
    );
    let mut core = String::new();
    for i in 0..count {
        let comment = if i % 2 == 1 {
            " # kasb: ignore[K202]"
        } else {
            ""
        };
        writeln!(core, "  - s/U{i}x{comment}").unwrap();
    }
    write(dir, "q.yaml", &qualification(unused, &core, ""));
}

#[test]
fn three_hundred_thousand_references_are_suppressed_line_by_line() {
    let dir = tempfile::tempdir().unwrap();
    suppressed_references(dir.path(), 300_000);
    let report = check_dir(dir.path());
    let unresolved = of_rule(&report, "K202");
    assert_eq!(unresolved.len(), 150_000);
    assert_eq!(
        report.diagnostics.len(),
        150_000,
        "K205 is suppressed file-wide"
    );
    assert!(unresolved.iter().all(|d| d.location.line() % 2 == 1));
    // The first references get a suggestion; the budget bounds the work for the rest.
    assert_eq!(unresolved[0].help.as_deref(), Some("did you mean `s/U0`?"));
    assert_eq!(unresolved[1].help.as_deref(), Some("did you mean `s/U2`?"));
}

/// A standard of `count` units at level 3 and a level-3 qualification listing every one both
/// as core and in an elective group.
pub fn core_and_elective(dir: &Path, count: usize) {
    write(dir, "fw.yaml", FRAMEWORK);
    let units: String = (0..count)
        .map(|i| format!("  - {{id: U{i}, title: T, level: 3}}\n"))
        .collect();
    write(dir, "s.yaml", &standard("s", None, &units));
    let core: String = (0..count).map(|i| format!("  - s/U{i}\n")).collect();
    let electives: String = (0..count).map(|i| format!("      - s/U{i}\n")).collect();
    let rest = format!("electives:\n  - id: E\n    choose: 1\n    units:\n{electives}");
    write(dir, "q.yaml", &qualification("", &core, &rest));
}

#[test]
fn forty_thousand_units_core_and_elective_are_each_reported_once() {
    let dir = tempfile::tempdir().unwrap();
    core_and_elective(dir.path(), 40_000);
    let report = check_dir(dir.path());
    assert_eq!(of_rule(&report, "K403").len(), 40_000);
    assert_eq!(
        report.diagnostics.len(),
        40_000,
        "{:?}",
        report.diagnostics.first()
    );
}
