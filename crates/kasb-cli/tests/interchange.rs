//! `kasb import` and `kasb export` on real data.

#[path = "support/cli.rs"]
mod cli;
use cli::{kasb, repo, text};

/// True when this build has the subcommands (they are wired into `main.rs` separately).
fn wired() -> bool {
    let ok = kasb(&["import", "--help"]).status.success();
    if !ok {
        eprintln!("skipped: this kasb binary has no `import` subcommand yet");
    }
    ok
}

#[test]
fn import_ru_then_check_then_refuse_to_overwrite() {
    if !wired() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("ru");
    let xml = repo("tests/data/ru-profstandart/ProfessionalStandarts_4.xml");
    let import = |extra: &[&str]| {
        let mut args = vec![
            "import",
            "ru-profstandart",
            xml.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ];
        args.extend_from_slice(extra);
        kasb(&args)
    };
    let output = import(&[]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output));
    assert!(
        text(&output).contains("B/04.5"),
        "the level warning is shown"
    );
    assert!(out.join("ru-ps-06.001.yaml").is_file());
    // The same import again: every file is identical, so nothing is in the way.
    let again = import(&[]);
    assert_eq!(again.status.code(), Some(0), "{}", text(&again));
    assert!(text(&again).contains("unchanged"), "{}", text(&again));
    // A file that differs is in the way without --force.
    std::fs::write(out.join("ru-ps-06.001.yaml"), "edited\n").unwrap();
    let again = import(&[]);
    assert_eq!(again.status.code(), Some(2), "{}", text(&again));
    assert!(text(&again).contains("--force"));
    let forced = import(&["--force"]);
    assert_eq!(forced.status.code(), Some(0), "{}", text(&forced));
    std::fs::copy(
        repo("standards/frameworks/ru-nqf.yaml"),
        out.join("ru-nqf.yaml"),
    )
    .unwrap();
    std::fs::copy(repo("standards/frameworks/eqf.yaml"), out.join("eqf.yaml")).unwrap();
    let check = kasb(&["check", out.to_str().unwrap()]);
    assert!(text(&check).contains("B/04.5"), "{}", text(&check));
}

#[test]
fn case_round_trip_and_ctdl_export_through_the_cli() {
    if !wired() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("case");
    let package = repo("tests/data/case/opensalt-framework-20c5134f.json");
    let import = kasb(&[
        "import",
        "case",
        package.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(import.status.code(), Some(0), "{}", text(&import));
    assert!(text(&import).contains("sequenceNumber"), "located warnings");
    let exported = dir.path().join("back.json");
    let export = kasb(&[
        "export",
        "case",
        "20c5134f-423d-4097-a971-3dd5152bf507",
        "--in",
        out.to_str().unwrap(),
        "--out",
        exported.to_str().unwrap(),
    ]);
    assert_eq!(export.status.code(), Some(0), "{}", text(&export));
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&exported).unwrap()).unwrap();
    assert_eq!(json["CFAssociations"].as_array().unwrap().len(), 39);
    std::fs::write(&exported, "{}\n").unwrap();
    let refused = kasb(&[
        "export",
        "case",
        "20c5134f-423d-4097-a971-3dd5152bf507",
        "--in",
        out.to_str().unwrap(),
        "--out",
        exported.to_str().unwrap(),
    ]);
    assert_eq!(refused.status.code(), Some(2));
    let ctdl = kasb(&[
        "export",
        "ctdl-asn",
        "kg-welder",
        "--in",
        repo("standards").to_str().unwrap(),
    ]);
    assert_eq!(ctdl.status.code(), Some(0), "{}", text(&ctdl));
    assert!(String::from_utf8_lossy(&ctdl.stdout).contains("ceasn:CompetencyFramework"));
    let lsdoc = kasb(&[
        "import",
        "case",
        repo("tests/data/case/math_cfs_sample_2016.json")
            .to_str()
            .unwrap(),
        "--out",
        dir.path().join("x").to_str().unwrap(),
    ]);
    assert_eq!(lsdoc.status.code(), Some(1));
    assert!(text(&lsdoc).contains("pre-1.0"));
}

#[test]
fn import_esco() {
    if !wired() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let output = kasb(&[
        "import",
        "esco",
        repo("tests/data/esco/v1.1.1").to_str().unwrap(),
        "--out",
        dir.path().to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output));
    // The folder holds no skills or relations: each missing file is named.
    for missing in ["no `skills.csv`", "no `occupation_skill_relations.csv`"] {
        assert!(text(&output).contains(missing), "{}", text(&output));
    }
    // The occupations link to kasb's reference ISCO-08: no second `isco-08` is written.
    assert!(!dir.path().join("isco-08.yaml").exists());
    assert!(dir.path().join("esco-occupations.yaml").is_file());
    let check = kasb(&[
        "check",
        dir.path().to_str().unwrap(),
        repo("standards").to_str().unwrap(),
    ]);
    assert_eq!(check.status.code(), Some(0), "{}", text(&check));
    assert!(
        text(&check).contains("0 errors, 0 warnings"),
        "{}",
        text(&check)
    );

    // Asked to, it writes ESCO's groups under an id of their own.
    let own = tempfile::tempdir().unwrap();
    let output = kasb(&[
        "import",
        "esco",
        repo("tests/data/esco/v1.1.1").to_str().unwrap(),
        "--isco-id",
        "esco-isco",
        "--out",
        own.path().to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output));
    let groups = std::fs::read_to_string(own.path().join("esco-isco.yaml")).unwrap();
    assert!(groups.contains("id: esco-isco"), "{groups}");
}

#[test]
fn import_esco_skills_then_check_clean() {
    if !wired() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let output = kasb(&[
        "import",
        "esco",
        repo("tests/data/esco/official").to_str().unwrap(),
        "--out",
        dir.path().to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output));
    assert!(
        text(&output).contains("imported 3 documents: 0 errors, 0 warnings"),
        "{}",
        text(&output)
    );
    let crosswalk =
        std::fs::read_to_string(dir.path().join("esco-occupation-skills.yaml")).unwrap();
    assert!(crosswalk.contains("source: esco-occupations"));
    assert!(crosswalk.contains("note: essential"));
    assert!(crosswalk.contains("note: optional"));
    let check = kasb(&["check", dir.path().to_str().unwrap()]);
    assert_eq!(check.status.code(), Some(0), "{}", text(&check));
    // The occupations resolve against the reference ISCO-08: nothing to report.
    assert!(
        text(&check).contains("0 errors, 0 warnings, 0 infos in 3 files"),
        "{}",
        text(&check)
    );
}

/// `kasb export` loads its inputs with the repository's `kasb.toml`, as `kasb check` does: a
/// document its globs leave out is not there to export, and a limit it sets applies.
#[test]
fn export_loads_with_the_repositorys_configuration() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("drafts")).unwrap();
    // An id of its own: `isco-08` itself is in the reference set, which globs never leave out.
    let isco = std::fs::read_to_string(repo("standards/classifications/isco-08.yaml")).unwrap();
    std::fs::write(
        dir.path().join("drafts/my-isco.yaml"),
        isco.replace("\nid: \"isco-08\"\n", "\nid: my-isco\n"),
    )
    .unwrap();
    let export = || {
        kasb(&[
            "export",
            "case",
            "my-isco",
            "--in",
            dir.path().to_str().unwrap(),
        ])
    };
    let output = export();
    assert_eq!(output.status.code(), Some(0), "{}", text(&output));
    std::fs::write(
        dir.path().join("kasb.toml"),
        "[files]\nexclude = [\"drafts/**\"]\n",
    )
    .unwrap();
    let output = export();
    assert_eq!(output.status.code(), Some(2), "{}", text(&output));
    assert!(
        text(&output).contains("no document has the id `my-isco`"),
        "{}",
        text(&output)
    );
}

/// The Smarter Balanced math package through the CLI: its associations reach `check` and the
/// graph, a title edited in the YAML is exported with the date asked for (`--date`, else
/// `SOURCE_DATE_EPOCH`), and `--case-version 1.1` writes a 1.1 package.
#[test]
fn case_associations_edits_and_versions_through_the_cli() {
    if !wired() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().to_str().unwrap();
    let package = repo("tests/data/case-wild/smarter-balanced/mockMATH.json");
    let import = kasb(&["import", "case", package.to_str().unwrap(), "--out", out]);
    assert_eq!(import.status.code(), Some(0), "{}", text(&import));
    let check = kasb(&["check", out]);
    assert_eq!(check.status.code(), Some(0), "{}", text(&check));
    let graph = kasb(&["graph", out, "--format", "json"]);
    assert_eq!(graph.status.code(), Some(0), "{}", text(&graph));
    let graph = text(&graph);
    assert_eq!(graph.matches("\"prerequisite\"").count(), 420);
    let yaml_path = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .find(|path| path.extension().is_some_and(|e| e == "yaml"))
        .unwrap();
    let yaml = std::fs::read_to_string(&yaml_path).unwrap();
    let statement = "title: Items not assigned to a target.";
    assert!(yaml.contains(statement));
    std::fs::write(
        &yaml_path,
        yaml.replacen(statement, "title: Edited in kasb", 1),
    )
    .unwrap();
    let id = "255adad7-2854-47d7-9aa4-c5e1750eb8ca";
    let export = |extra: &[&str], epoch: Option<&str>| {
        let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_kasb"));
        command
            .args(["export", "case", id, "--in", out])
            .args(extra);
        command.env_remove("SOURCE_DATE_EPOCH");
        if let Some(epoch) = epoch {
            command.env("SOURCE_DATE_EPOCH", epoch);
        }
        command.output().unwrap()
    };
    let dated = |output: &std::process::Output| -> usize {
        assert_eq!(output.status.code(), Some(0), "{}", text(output));
        let package: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
        let items = package["CFItems"].as_array().unwrap();
        assert_eq!(
            package["CFDocument"]["lastChangeDateTime"],
            "2030-01-02T03:04:05Z"
        );
        items
            .iter()
            .filter(|item| item["lastChangeDateTime"] == "2030-01-02T03:04:05Z")
            .count()
    };
    assert_eq!(dated(&export(&["--date", "2030-01-02T03:04:05Z"], None)), 1);
    assert_eq!(dated(&export(&[], Some("1893553445"))), 1);
    let v1_1 = export(
        &["--case-version", "1.1", "--date", "2030-01-02T03:04:05Z"],
        None,
    );
    assert_eq!(dated(&v1_1), 1);
    assert!(!String::from_utf8_lossy(&v1_1.stdout).contains("CFDocumentURI"));
    let bad = export(&["--date", "yesterday"], None);
    assert_eq!(bad.status.code(), Some(2), "{}", text(&bad));
    assert!(
        text(&bad).contains("not an RFC 3339 time"),
        "{}",
        text(&bad)
    );
}

/// A package that breaks the schema is reported, located, and its export is repaired and says
/// so; an identifier two imports share is refused with both candidates.
#[test]
fn case_validation_repairs_and_ambiguity_through_the_cli() {
    if !wired() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let first = dir.path().join("first");
    let package =
        repo("tests/data/case-wild/opensalt-history/math_cfs_sample_CF_2017-4d608034.json");
    let package = package.to_str().unwrap();
    let import = kasb(&["import", "case", package, "--out", first.to_str().unwrap()]);
    assert_eq!(import.status.code(), Some(0), "{}", text(&import));
    let said = text(&import);
    assert!(
        said.contains(
            "math_cfs_sample_CF_2017-4d608034.json:4:23: the package breaks the CASE 1.0 schema"
        ),
        "{said}"
    );
    assert!(
        said.contains("1388 more violations of the CASE 1.0 schema"),
        "{said}"
    );
    assert!(said.contains("0 errors, 21 warnings"), "{said}");
    let identifier = "http://purl.org/ASN/resources/D10003FB";
    let export = kasb(&[
        "export",
        "case",
        identifier,
        "--in",
        first.to_str().unwrap(),
    ]);
    assert_eq!(export.status.code(), Some(0), "{}", text(&export));
    assert!(
        text(&export)
            .contains("note: repaired for CASE 1.0: gave an identifier that is not a UUID"),
        "{}",
        text(&export)
    );
    // The same package imported again under another title: two documents, one identifier.
    let copy = dir.path().join("copy.json");
    let original = std::fs::read_to_string(package).unwrap();
    std::fs::write(
        &copy,
        original.replacen(
            "\"title\": \"Common Core State Standards for Mathematics\"",
            "\"title\": \"A copy\"",
            1,
        ),
    )
    .unwrap();
    let second = dir.path().join("second");
    let again = kasb(&[
        "import",
        "case",
        copy.to_str().unwrap(),
        "--out",
        second.to_str().unwrap(),
    ]);
    assert_eq!(again.status.code(), Some(0), "{}", text(&again));
    let both = kasb(&[
        "export",
        "case",
        identifier,
        "--in",
        first.to_str().unwrap(),
        "--in",
        second.to_str().unwrap(),
    ]);
    assert_eq!(both.status.code(), Some(2), "{}", text(&both));
    let said = text(&both);
    assert!(
        said.contains("2 documents were imported from the CASE package"),
        "{said}"
    );
    assert!(said.contains("`case-a-copy-"), "{said}");
    assert!(
        said.contains("`case-common-core-state-standards-for-mathemat-"),
        "{said}"
    );
}
