//! The cases of the untrusted corpus that are generated rather than committed: too large for
//! the repository (16 MiB files, 20,000 files), or made of things git does not keep (file names
//! with a newline, FIFOs, symlinks, ignore files that would hide the corpus from git itself).
//! Each writes its files into the folder it is given and returns what kasb must do with them.

use std::fmt::Write as _;
use std::path::Path;

use super::{Case, Expected, ExtraRun};

/// Writes a case's files into the folder given and says what kasb must do with them.
type Generate = fn(&Path) -> Case;

/// Every generated case, by name.
pub(super) const CASES: &[(&str, Generate)] = &[
    ("prerequisite-chain", prerequisite_chain),
    ("prerequisite-cycle-19000", prerequisite_cycle),
    ("long-unresolved-ids", long_unresolved_ids),
    ("diagnostics-100000-in-16mib", many_diagnostics),
    ("suppressed-300000", suppressed_references),
    ("core-elective-overlap-40000", core_elective_overlap),
    ("files-20000-sharing-an-id", files_sharing_an_id),
    ("file-names-with-commands", file_names_with_commands),
    ("named-and-skipped-paths", named_and_skipped_paths),
];

const FRAMEWORK: &str = "kind: LevelFramework\nformat: 1\nid: case-nqf\ntitle: Case framework\n\
    language: en\ncountry: KG\nlevels:\n  - {level: 1}\n  - {level: 2}\n  - {level: 3}\n";

fn standard_head(id: &str) -> String {
    format!(
        "kind: OccupationalStandard\nformat: 1\nid: {id}\ntitle: Welder\nlanguage: en\n\
         country: KG\nframework: case-nqf\noccupation: {{title: Welder}}\nunits:\n"
    )
}

/// Lines before the first unit in [`standard_head`].
const HEAD_LINES: u64 = 9;

fn write(dir: &Path, name: &str, text: &str) {
    std::fs::write(dir.join(name), text).unwrap();
    std::fs::write(dir.join("framework.yaml"), FRAMEWORK).unwrap();
}

fn expect(code: &str, file: &str, line: Option<u64>, count: Option<usize>) -> Expected {
    Expected {
        code: code.into(),
        file: file.into(),
        line,
        column: None,
        count,
        message_contains: Vec::new(),
    }
}

/// A unit whose prerequisite is the unit before it, `units` long, optionally closed into a cycle.
fn chain(dir: &Path, units: usize, closed: bool) {
    let mut text = standard_head("std-chain");
    for i in 0..units {
        let before = if i == 0 {
            if closed { units - 1 } else { usize::MAX }
        } else {
            i - 1
        };
        write!(text, "  - id: U{i}\n    title: Step {i}\n    level: 2\n").unwrap();
        if before != usize::MAX {
            writeln!(text, "    prerequisites: [U{before}]").unwrap();
        }
    }
    write(dir, "standard.yaml", &text);
}

/// 19,000 units, each a prerequisite of the next: a recursive SCC overflowed the stack.
fn prerequisite_chain(dir: &Path) -> Case {
    chain(dir, 19_000, false);
    Case {
        about: "19,000 units each a prerequisite of the next (a recursive walk overflowed)".into(),
        check_exit: 0,
        large: true,
        ..Case::default()
    }
}

/// The same chain closed into one cycle of 19,000 units: one diagnostic, not 19,000.
fn prerequisite_cycle(dir: &Path) -> Case {
    chain(dir, 19_000, true);
    Case {
        about: "a prerequisite cycle through 19,000 units".into(),
        check_exit: 1,
        expect: vec![expect("K204", "standard.yaml", None, Some(1))],
        large: true,
        ..Case::default()
    }
}

/// Ten unresolved ids of 40,000 characters: did-you-mean was quadratic in their length.
fn long_unresolved_ids(dir: &Path) -> Case {
    let mut text = standard_head("std-long");
    text.push_str("  - id: U1\n    title: Weld\n    level: 2\n    prerequisites:\n");
    for i in 0..10 {
        writeln!(text, "      - U{}{i}", "1".repeat(40_000)).unwrap();
    }
    write(dir, "standard.yaml", &text);
    Case {
        about: "ten unresolved references of 40,000 characters each".into(),
        check_exit: 1,
        expect: vec![expect("K202", "standard.yaml", None, Some(10))],
        ..Case::default()
    }
}

/// One file just under 16 MiB holding 100,000 unresolved references.
fn many_diagnostics(dir: &Path) -> Case {
    let mut text = standard_head("std-many");
    text.push_str("  - id: U1\n    title: Weld\n    level: 2\n    prerequisites:\n");
    let padding = "x".repeat(140);
    for i in 0..100_000 {
        writeln!(text, "      - missing-{i}-{padding}").unwrap();
    }
    assert!(
        text.len() < 16 * 1024 * 1024,
        "within the default size limit"
    );
    write(dir, "standard.yaml", &text);
    Case {
        about: "a 16 MiB file with 100,000 unresolved references, in every format".into(),
        check_exit: 1,
        expect: vec![expect("K202", "standard.yaml", None, Some(100_000))],
        large: true,
        ..Case::default()
    }
}

/// 300,000 unresolved references, every one silenced by a comment on its line.
fn suppressed_references(dir: &Path) -> Case {
    let mut text = standard_head("std-quiet");
    text.push_str("  - id: U1\n    title: Weld\n    level: 2\n    prerequisites:\n");
    for i in 0..300_000 {
        writeln!(text, "      - m{i} # kasb: ignore[K202]").unwrap();
    }
    text.push_str("      - not-silenced\n");
    write(dir, "standard.yaml", &text);
    Case {
        about: "300,000 suppressed diagnostics (suppressions were looked up by scanning the file)"
            .into(),
        check_exit: 1,
        expect: vec![expect(
            "K202",
            "standard.yaml",
            Some(HEAD_LINES + 4 + 300_000 + 1),
            Some(1),
        )],
        large: true,
        ..Case::default()
    }
}

/// A qualification of 40,000 units, every one both core and elective.
fn core_elective_overlap(dir: &Path) -> Case {
    const UNITS: usize = 40_000;
    let mut text = standard_head("std-wide");
    for i in 0..UNITS {
        writeln!(text, "  - {{id: U{i}, title: Unit {i}, level: 2}}").unwrap();
    }
    write(dir, "standard.yaml", &text);
    let mut qualification = String::from(
        "kind: Qualification\nformat: 1\nid: q-wide\ntitle: Wide\nlanguage: en\ncountry: KG\n\
         framework: case-nqf\nlevel: 2\ncore:\n",
    );
    for i in 0..UNITS {
        writeln!(qualification, "  - std-wide/U{i}").unwrap();
    }
    qualification.push_str("electives:\n  - id: E\n    choose: 1\n    units:\n");
    for i in 0..UNITS {
        writeln!(qualification, "      - std-wide/U{i}").unwrap();
    }
    std::fs::write(dir.join("qualification.yaml"), qualification).unwrap();
    Case {
        about: "40,000 units listed both as core and as electives (K403 re-walked per unit)".into(),
        check_exit: 1,
        expect: vec![expect("K403", "qualification.yaml", None, Some(UNITS))],
        // Published too: 40,000 units in a standard, a qualification and its (empty) matrix.
        report: Some(super::Reports {
            standard: Some("std-wide".into()),
            qualification: Some("q-wide".into()),
        }),
        large: true,
        ..Case::default()
    }
}

/// 20,000 files with one id: JUnit cost files × diagnostics.
fn files_sharing_an_id(dir: &Path) -> Case {
    const FILES: usize = 20_000;
    for i in 0..FILES {
        let text = standard_head("std-same") + "  - {id: U1, title: Weld, level: 2}\n";
        std::fs::write(dir.join(format!("s{i:05}.yaml")), text).unwrap();
    }
    std::fs::write(dir.join("framework.yaml"), FRAMEWORK).unwrap();
    Case {
        about: "20,000 files that share one document id".into(),
        check_exit: 1,
        expect: vec![expect("K201", "s19999.yaml", Some(3), Some(1))],
        large: true,
        ..Case::default()
    }
}

/// File names that carry a newline, a workflow command and `##[`.
fn file_names_with_commands(dir: &Path) -> Case {
    let text = standard_head("std-named") + "  - {id: U1, title: Weld, level: 2}\n";
    let text = text.replace("framework: case-nqf", "framework: nowhere");
    for (i, name) in [
        "a\n::error file=README.md,line=1::Forged.yaml",
        "b ##[error]forged.yaml",
        "c\u{1b}[2J\u{7}.yaml",
    ]
    .into_iter()
    .enumerate()
    {
        std::fs::write(
            dir.join(name),
            text.replace("std-named", &format!("std-named-{i}")),
        )
        .unwrap();
    }
    std::fs::write(dir.join("framework.yaml"), FRAMEWORK).unwrap();
    Case {
        about: "file names with a newline and `::error`, with `##[error]`, with ESC and BEL".into(),
        check_exit: 1,
        ..Case::default()
    }
}

/// What walking skips (ignored files, symlinks, a FIFO) is counted; what is named is checked.
fn named_and_skipped_paths(dir: &Path) -> Case {
    let broken = standard_head("std-hidden")
        + "  - {id: U1, title: Weld, level: 2, prerequisites: [nowhere]}\n";
    write(dir, "hidden.yaml", &broken);
    std::fs::write(dir.join(".ignore"), "hidden.yaml\n").unwrap();
    std::os::unix::fs::symlink("hidden.yaml", dir.join("link.yaml")).unwrap();
    let fifo = dir.join("pipe.yaml");
    let status = std::process::Command::new("mkfifo").arg(&fifo).status();
    assert!(status.is_ok_and(|status| status.success()), "mkfifo works");
    std::fs::write(
        dir.join("UPPER.YAML"),
        standard_head("std-upper") + "  - {id: U1, title: Weld, level: 2, prerequisites: [gone]}\n",
    )
    .unwrap();
    let run = |args: &[&str], exit, stdout_contains: &[&str]| ExtraRun {
        args: args.iter().map(|arg| arg.to_string()).collect(),
        exit,
        stdout_contains: stdout_contains.iter().map(|s| s.to_string()).collect(),
        stderr_contains: Vec::new(),
        stdout_lacks: Vec::new(),
        unchanged: Vec::new(),
    };
    Case {
        about: "an ignored file named on the command line, a symlink, a FIFO and an upper-case extension".into(),
        check_exit: 1,
        expect: vec![expect("K202", "UPPER.YAML", Some(10), Some(1))],
        run: vec![
            run(&["check", "hidden.yaml"], 1, &["K202"]),
            run(&["check", "pipe.yaml"], 2, &[]),
            run(&["check", ".", "--verbose"], 1, &["hidden.yaml", "link.yaml", "pipe.yaml"]),
        ],
        ..Case::default()
    }
}
