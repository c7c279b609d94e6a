//! Writes go only where asked, atomically: every command that writes, driven through the
//! binary against planted symbolic links, hard links, occupied destinations and a full disk.

#![cfg(unix)]

use std::os::unix::fs::symlink;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

#[path = "support/cli.rs"]
mod cli;
use cli::{kasb, repo, text};

fn s(path: &Path) -> &str {
    path.to_str().unwrap()
}

/// Temporary files left in `dir` by an interrupted write.
fn leftovers(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
                .filter(|name| name.starts_with(".kasb-") || name.ends_with(".tmp"))
                .collect()
        })
        .unwrap_or_default()
}

/// Every name in `dir`, sorted.
fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

const IDENTIFIER: &str = "c0ffee00-0000-4000-8000-000000000001";
const DOCUMENT_ID: &str = "case-big-numbers-c0ffee00";

/// A small CASE package with numbers no `f64` holds, and `padding` bytes of notes that only
/// the sidecar keeps.
fn package(padding: usize) -> String {
    format!(
        r#"{{
  "CFDocument": {{
    "identifier": "{IDENTIFIER}",
    "uri": "https://example.org/case/{IDENTIFIER}",
    "title": "Big numbers",
    "creator": "kasb tests",
    "lastChangeDateTime": "2020-01-01T00:00:00+00:00",
    "notes": "{}",
    "extensions": {{"count": 12345678901234567890123, "ratio": 1.50, "negative": -98765432109876543210}}
  }},
  "CFItems": [
    {{
      "identifier": "c0ffee00-0000-4000-8000-000000000002",
      "uri": "https://example.org/case/item-a",
      "fullStatement": "Reads very large numbers",
      "humanCodingScheme": "A",
      "lastChangeDateTime": "2020-01-01T00:00:00+00:00",
      "weight": 340282366920938463463374607431768211457
    }}
  ],
  "CFAssociations": []
}}
"#,
        "n".repeat(padding)
    )
}

/// Writes the package into `dir` and returns its path.
fn package_file(dir: &Path, padding: usize) -> PathBuf {
    let path = dir.join("package.json");
    std::fs::write(&path, package(padding)).unwrap();
    path
}

fn import_case(package: &Path, out: &Path, force: bool) -> Output {
    let mut args = vec!["import", "case", s(package), "--out", s(out)];
    if force {
        args.push("--force");
    }
    kasb(&args)
}

#[test]
fn planted_links_for_temporary_names_and_at_the_destination_are_never_followed() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    std::fs::create_dir(&out).unwrap();
    let victim = dir.path().join("victim.txt");
    std::fs::write(&victim, "precious\n").unwrap();
    // The old temporary names were `.NAME.PID.tmp`: plant them for the next thousand PIDs.
    let pid = std::process::id();
    for name in [
        format!("{DOCUMENT_ID}.yaml"),
        format!("{DOCUMENT_ID}.case.json"),
    ] {
        for next in pid..pid + 1000 {
            symlink(&victim, out.join(format!(".{name}.{next}.tmp"))).unwrap();
        }
    }
    let package = package_file(dir.path(), 10);
    let import = import_case(&package, &out, false);
    assert_eq!(import.status.code(), Some(0), "{}", text(&import));
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "precious\n");
    let yaml = out.join(format!("{DOCUMENT_ID}.yaml"));
    assert!(std::fs::symlink_metadata(&yaml).unwrap().is_file());

    // A link at the destination itself: refused without --force; replaced (not followed) with it.
    let linked = dir.path().join("linked");
    std::fs::create_dir(&linked).unwrap();
    let destination = linked.join(format!("{DOCUMENT_ID}.yaml"));
    symlink(&victim, &destination).unwrap();
    let refused = import_case(&package, &linked, false);
    assert_eq!(refused.status.code(), Some(2), "{}", text(&refused));
    assert!(text(&refused).contains("--force"), "{}", text(&refused));
    assert_eq!(names(&linked), vec![format!("{DOCUMENT_ID}.yaml")]);
    let forced = import_case(&package, &linked, true);
    assert_eq!(forced.status.code(), Some(0), "{}", text(&forced));
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "precious\n");
    assert!(std::fs::symlink_metadata(&destination).unwrap().is_file());
    assert!(leftovers(&linked).is_empty(), "{:?}", leftovers(&linked));
    // A link where the output directory should be: refused unless forced.
    let elsewhere = dir.path().join("elsewhere");
    std::fs::create_dir(&elsewhere).unwrap();
    let planted = dir.path().join("planted");
    symlink(&elsewhere, &planted).unwrap();
    let refused = import_case(&package, &planted, false);
    assert_eq!(refused.status.code(), Some(2), "{}", text(&refused));
    assert!(
        text(&refused).contains("is a symbolic link"),
        "{}",
        text(&refused)
    );
    assert!(names(&elsewhere).is_empty());
    assert!(names(&out).iter().all(|name| !name.starts_with(".kasb-")));
}

#[test]
fn report_outputs_refuse_links_and_every_input_and_write_atomically() {
    let dir = tempfile::tempdir().unwrap();
    let tree = dir.path().join("standards");
    copy_tree(&repo("standards"), &tree);
    let input = tree.join("kg/welder/standard.yaml");
    let original = std::fs::read(&input).unwrap();
    let hard = dir.path().join("hard-link.txt");
    std::fs::hard_link(&input, &hard).unwrap();
    let soft = dir.path().join("soft-link.txt");
    symlink(&input, &soft).unwrap();
    let root = s(&tree);
    let commands: Vec<Vec<&str>> = vec![
        vec!["check", root, "--output"],
        vec!["check", root, "--format", "json", "--output"],
        vec![
            "compare",
            "kg-welder",
            "ru-welder",
            "--in",
            root,
            "--output",
        ],
        vec!["graph", root, "--output"],
        vec![
            "export",
            "ctdl-asn",
            "kg-welder",
            "--in",
            root,
            "--force",
            "--out",
        ],
    ];
    for command in &commands {
        for target in [&input, &hard, &soft] {
            let mut args = command.clone();
            args.push(s(target));
            let output = kasb(&args);
            assert_eq!(output.status.code(), Some(2), "{args:?}: {}", text(&output));
            assert!(
                text(&output).contains("is one of the files read"),
                "{args:?}: {}",
                text(&output)
            );
            assert_eq!(std::fs::read(&input).unwrap(), original, "{args:?}");
        }
    }
    // A link to an unrelated file is not written through.
    let victim = dir.path().join("victim.txt");
    std::fs::write(&victim, "precious\n").unwrap();
    let link = dir.path().join("report.txt");
    symlink(&victim, &link).unwrap();
    let output = kasb(&["check", root, "--output", s(&link)]);
    assert_eq!(output.status.code(), Some(2), "{}", text(&output));
    assert!(text(&output).contains("symbolic link"), "{}", text(&output));
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "precious\n");
    // A device named directly is written in place; a link to one is refused.
    let null = kasb(&["check", root, "--output", "/dev/null"]);
    assert!(matches!(null.status.code(), Some(0 | 1)), "{}", text(&null));
    let stdout = kasb(&["check", root, "--output", "/dev/stdout"]);
    assert_eq!(stdout.status.code(), Some(2), "{}", text(&stdout));
    assert!(
        text(&stdout).contains("leave the option out"),
        "{}",
        text(&stdout)
    );
    // A plain path is written, and written again over the last report.
    for command in &commands {
        let report = dir.path().join("report.out");
        for _ in 0..2 {
            let mut args = command.clone();
            args.push(s(&report));
            let output = kasb(&args);
            assert!(
                matches!(output.status.code(), Some(0 | 1)),
                "{args:?}: {}",
                text(&output)
            );
            assert!(std::fs::metadata(&report).unwrap().len() > 0, "{args:?}");
        }
        std::fs::remove_file(&report).unwrap();
    }
    assert!(
        leftovers(dir.path()).is_empty(),
        "{:?}",
        leftovers(dir.path())
    );
}

#[test]
fn a_case_import_writes_yaml_and_sidecar_together_or_not_at_all() {
    let dir = tempfile::tempdir().unwrap();
    let package = package_file(dir.path(), 10);
    let yaml = format!("{DOCUMENT_ID}.yaml");
    let sidecar = format!("{DOCUMENT_ID}.case.json");
    // The sidecar's place, then the YAML's place, taken by a directory: even with --force,
    // neither file is left behind (the sidecar put in place first is removed again).
    for occupied in [&sidecar, &yaml] {
        let out = dir.path().join(format!("out-{occupied}"));
        std::fs::create_dir_all(out.join(occupied)).unwrap();
        let output = import_case(&package, &out, true);
        assert_eq!(output.status.code(), Some(2), "{}", text(&output));
        assert!(
            text(&output).contains("run the same command again"),
            "{}",
            text(&output)
        );
        assert!(text(&output).contains("not written"), "{}", text(&output));
        assert_eq!(names(&out), vec![occupied.clone()], "{occupied}");
    }
}

/// Runs kasb with a file-size limit of `blocks` 512-byte blocks, as a full disk would stop it.
fn kasb_with_file_limit(blocks: u32, args: &[&str]) -> Output {
    let script = format!("ulimit -f {blocks} && trap '' XFSZ && exec \"$0\" \"$@\"");
    Command::new("sh")
        .arg("-c")
        .arg(script)
        .arg(env!("CARGO_BIN_EXE_kasb"))
        .args(args)
        .output()
        .expect("run kasb under sh")
}

#[test]
fn a_full_disk_leaves_nothing_behind_and_a_rerun_completes_the_import() {
    let dir = tempfile::tempdir().unwrap();
    // The YAML fits under the limit; the sidecar, which keeps the notes, does not.
    let package = package_file(dir.path(), 20_000);
    let out = dir.path().join("out");
    let full = kasb_with_file_limit(8, &["import", "case", s(&package), "--out", s(&out)]);
    assert_eq!(full.status.code(), Some(2), "{}", text(&full));
    assert!(
        text(&full).contains("nothing was written"),
        "{}",
        text(&full)
    );
    assert_eq!(names(&out), Vec::<String>::new());
    let again = import_case(&package, &out, false);
    assert_eq!(again.status.code(), Some(0), "{}", text(&again));
    assert_eq!(
        names(&out),
        vec![
            format!("{DOCUMENT_ID}.case.json"),
            format!("{DOCUMENT_ID}.yaml")
        ]
    );
}

#[test]
fn an_export_refuses_a_missing_changed_or_linked_sidecar_instead_of_inventing_identifiers() {
    let dir = tempfile::tempdir().unwrap();
    let package = package_file(dir.path(), 10);
    let out = dir.path().join("out");
    assert_eq!(import_case(&package, &out, false).status.code(), Some(0));
    let sidecar = out.join(format!("{DOCUMENT_ID}.case.json"));
    let kept = std::fs::read_to_string(&sidecar).unwrap();
    let export = || kasb(&["export", "case", DOCUMENT_ID, "--in", s(&out)]);
    let exported = export();
    assert_eq!(exported.status.code(), Some(0), "{}", text(&exported));
    assert!(text(&exported).contains(IDENTIFIER));

    // The sidecar was read: --out refuses it, even with --force.
    let over = kasb(&[
        "export",
        "case",
        DOCUMENT_ID,
        "--in",
        s(&out),
        "--force",
        "--out",
        s(&sidecar),
    ]);
    assert_eq!(over.status.code(), Some(2), "{}", text(&over));
    assert!(
        text(&over).contains("is one of the files read"),
        "{}",
        text(&over)
    );
    assert_eq!(std::fs::read_to_string(&sidecar).unwrap(), kept);

    std::fs::remove_file(&sidecar).unwrap();
    let missing = export();
    assert_eq!(missing.status.code(), Some(2), "{}", text(&missing));
    assert!(text(&missing).contains("is missing"), "{}", text(&missing));
    assert!(missing.stdout.is_empty(), "no package is invented");

    std::fs::write(&sidecar, kept.replace("Reads very", "Reads")).unwrap();
    let changed = export();
    assert_eq!(changed.status.code(), Some(2), "{}", text(&changed));
    assert!(
        text(&changed).contains("not the one written"),
        "{}",
        text(&changed)
    );

    let elsewhere = dir.path().join("elsewhere.json");
    std::fs::write(&elsewhere, &kept).unwrap();
    std::fs::remove_file(&sidecar).unwrap();
    symlink(&elsewhere, &sidecar).unwrap();
    let linked = export();
    assert_eq!(linked.status.code(), Some(2), "{}", text(&linked));
    assert!(text(&linked).contains("symbolic link"), "{}", text(&linked));
}

#[test]
fn a_multi_file_import_that_stops_says_what_it_wrote_and_a_rerun_completes_it() {
    let dir = tempfile::tempdir().unwrap();
    let files: Vec<PathBuf> = ["4", "27", "67"]
        .iter()
        .map(|n| {
            repo(&format!(
                "tests/data/ru-profstandart/ProfessionalStandarts_{n}.xml"
            ))
        })
        .collect();
    let import = |out: &Path, force: bool| {
        let mut args = vec!["import", "ru-profstandart"];
        args.extend(files.iter().map(|file| s(file)));
        args.extend(["--out", s(out)]);
        if force {
            args.push("--force");
        }
        kasb(&args)
    };
    // Which files the import writes, in order.
    let scratch = dir.path().join("scratch");
    let first = import(&scratch, false);
    let written: Vec<String> = String::from_utf8_lossy(&first.stdout)
        .lines()
        .filter_map(|line| line.strip_prefix("wrote "))
        .map(|path| {
            Path::new(path)
                .file_name()
                .unwrap()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    assert_eq!(written.len(), 3, "{}", text(&first));

    let out = dir.path().join("out");
    std::fs::create_dir_all(out.join(&written[1])).unwrap();
    let stopped = import(&out, true);
    assert_eq!(stopped.status.code(), Some(2), "{}", text(&stopped));
    let report = text(&stopped);
    assert!(
        report.contains(&format!("wrote {}", s(&out.join(&written[0])))),
        "{report}"
    );
    for name in &written[1..] {
        assert!(
            report.contains(&format!("not written {}", s(&out.join(name)))),
            "{report}"
        );
    }
    assert!(report.contains("run the same command again"), "{report}");
    assert!(leftovers(&out).is_empty(), "{:?}", leftovers(&out));

    std::fs::remove_dir(out.join(&written[1])).unwrap();
    let completed = import(&out, false);
    assert_eq!(completed.status.code(), Some(0), "{}", text(&completed));
    let report = text(&completed);
    assert!(
        report.contains(&format!("unchanged {}", s(&out.join(&written[0])))),
        "{report}"
    );
    for name in &written[1..] {
        assert!(
            report.contains(&format!("wrote {}", s(&out.join(name)))),
            "{report}"
        );
        assert_eq!(
            std::fs::read(out.join(name)).unwrap(),
            std::fs::read(scratch.join(name)).unwrap()
        );
    }
}

#[test]
fn an_export_never_reads_a_sidecar_outside_the_yaml_files_directory() {
    let dir = tempfile::tempdir().unwrap();
    let secret = "SECRET-OUTSIDE-THE-INPUT";
    std::fs::write(
        dir.path().join("outside.case.json"),
        format!(r#"{{"CFDocument": {{"identifier": "x", "title": "{secret}"}}}}"#),
    )
    .unwrap();
    let input = dir.path().join("a/b");
    std::fs::create_dir_all(&input).unwrap();
    let documents = [
        // An id that walks up, with no claim of a sidecar.
        (
            "plain.yaml",
            "kind: Classification\nformat: 1\nid: ../../outside\ntitle: T\nlanguage: en\nentries: []\n",
        ),
        // A source that claims a sidecar up the tree.
        (
            "claims.yaml",
            "kind: Classification\nformat: 1\nid: claims\ntitle: T\nlanguage: en\nsource: \"CASE 1.0 package u \
             (CFDocument x); identifiers, associations and definitions are kept in \
             ../../outside.case.json\"\nentries: []\n",
        ),
        // A header that names one.
        (
            "marker.yaml",
            "# kasb-sidecar: ../../outside.case.json 0\nkind: Classification\nformat: 1\nid: marker\n\
             title: T\nlanguage: en\nentries: []\n",
        ),
    ];
    for (name, yaml) in documents {
        std::fs::write(input.join(name), yaml).unwrap();
    }
    for id in ["../../outside", "claims", "marker"] {
        let output = kasb(&["export", "case", id, "--in", s(&input)]);
        assert!(!text(&output).contains(secret), "{id}: {}", text(&output));
        assert_eq!(output.status.code(), Some(2), "{id}: {}", text(&output));
        // An id outside the grammar is never exported; a claimed sidecar outside is refused.
        let why = if id == "../../outside" {
            "is not a valid id"
        } else {
            "refused"
        };
        assert!(text(&output).contains(why), "{id}: {}", text(&output));
    }
}

#[test]
fn numbers_beyond_f64_survive_import_and_export_exactly() {
    let dir = tempfile::tempdir().unwrap();
    let package = package_file(dir.path(), 10);
    let out = dir.path().join("out");
    assert_eq!(import_case(&package, &out, false).status.code(), Some(0));
    let sidecar = std::fs::read_to_string(out.join(format!("{DOCUMENT_ID}.case.json"))).unwrap();
    let exported = kasb(&["export", "case", DOCUMENT_ID, "--in", s(&out)]);
    assert_eq!(exported.status.code(), Some(0), "{}", text(&exported));
    let exported = String::from_utf8(exported.stdout).unwrap();
    for number in [
        "12345678901234567890123",
        "1.50",
        "-98765432109876543210",
        "340282366920938463463374607431768211457",
    ] {
        assert!(sidecar.contains(number), "sidecar lost {number}");
        assert!(exported.contains(number), "export lost {number}");
    }
}

#[test]
fn deep_input_is_a_located_error_not_a_stack_overflow() {
    let dir = tempfile::tempdir().unwrap();
    let depth = 200_000;
    let json = dir.path().join("deep.json");
    std::fs::write(
        &json,
        format!(
            r#"{{"CFDocument": {{"identifier": "x", "deep": {}{}}}}}"#,
            "[".repeat(depth),
            "]".repeat(depth)
        ),
    )
    .unwrap();
    let xml = dir.path().join("deep.xml");
    std::fs::write(
        &xml,
        format!(
            "<XMLCardInfo>{}{}</XMLCardInfo>",
            "<a>".repeat(depth),
            "</a>".repeat(depth)
        ),
    )
    .unwrap();
    let out = dir.path().join("out");
    let case = kasb(&["import", "case", s(&json), "--out", s(&out)]);
    assert_eq!(case.status.code(), Some(1), "{}", text(&case));
    assert!(text(&case).contains("deep.json:1:"), "{}", text(&case));
    assert!(text(&case).contains("recursion limit"), "{}", text(&case));
    let ru = kasb(&["import", "ru-profstandart", s(&xml), "--out", s(&out)]);
    assert_eq!(ru.status.code(), Some(1), "{}", text(&ru));
    assert!(text(&ru).contains("deep.xml:1:"), "{}", text(&ru));
    assert!(text(&ru).contains("nested more than 256"), "{}", text(&ru));
}

#[test]
fn schema_writes_through_the_same_path_and_leaves_identical_files_alone() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("schemas");
    let first = kasb(&["schema", "--out", s(&out)]);
    assert_eq!(first.status.code(), Some(0), "{}", text(&first));
    assert!(text(&first).contains("wrote "));
    let again = kasb(&["schema", "--out", s(&out)]);
    assert!(!text(&again).contains("wrote "), "{}", text(&again));
    assert!(text(&again).contains("unchanged "), "{}", text(&again));
    let victim = dir.path().join("victim.txt");
    std::fs::write(&victim, "precious\n").unwrap();
    let name = names(&out)[0].clone();
    std::fs::remove_file(out.join(&name)).unwrap();
    symlink(&victim, out.join(&name)).unwrap();
    let linked = kasb(&["schema", "--out", s(&out)]);
    assert_eq!(linked.status.code(), Some(2), "{}", text(&linked));
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "precious\n");
    assert!(leftovers(&out).is_empty());
}

#[test]
fn import_and_export_messages_carry_no_runner_commands_or_raw_control_characters() {
    let dir = tempfile::tempdir().unwrap();
    let xml = dir.path().join("forged.xml");
    std::fs::write(
        &xml,
        "<XMLCardInfo><ProfessionalStandarts><ProfessionalStandart>\
         <NameProfessionalStandart>N</NameProfessionalStandart>\
         <RegistrationNumber>1</RegistrationNumber>\
         <DateOfApproval>1\n::error file=README.md,line=1::Forged\n::add-mask::kasb \
         ##[error]forged \u{1b}]0;title\u{7}</DateOfApproval>\
         </ProfessionalStandart></ProfessionalStandarts></XMLCardInfo>",
    )
    .unwrap();
    let out = dir.path().join("out");
    let import = kasb(&["import", "ru-profstandart", s(&xml), "--out", s(&out)]);
    let missing = dir.path().join("a\n::error::forged\u{1b}[2J");
    let export = kasb(&["export", "case", "x", "--in", s(&missing)]);
    for output in [&import, &export] {
        let all = text(output);
        assert!(all.contains("Forged") || all.contains("forged"), "{all}");
        for line in all.lines() {
            assert!(!line.trim_start().starts_with("::"), "{line:?}");
            assert!(!line.contains("##["), "{line:?}");
            assert!(
                !line.chars().any(|ch| ch.is_control() && ch != '\t'),
                "{line:?}"
            );
        }
    }
}
