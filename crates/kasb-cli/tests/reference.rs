//! `kasb reference list/show/export` and `kasb graph --reference`, as a user runs them.

use std::path::Path;
use std::process::{Command, Output};

fn kasb(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kasb"))
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .expect("kasb runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Every file under `dir`, relative to it, sorted.
fn files_under(dir: &Path) -> Vec<String> {
    let mut found = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(current) = pending.pop() {
        for entry in std::fs::read_dir(&current).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                pending.push(path);
            } else {
                let relative = path.strip_prefix(dir).unwrap();
                found.push(relative.display().to_string());
            }
        }
    }
    found.sort();
    found
}

#[test]
fn list_names_every_document_with_its_kind_title_and_the_version() {
    let output = kasb(&["reference", "list"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(text.starts_with("kasb reference set "), "{text}");
    assert!(text.lines().next().unwrap().contains("documents"));
    for (id, kind) in [
        ("eqf", "LevelFramework"),
        ("kg-nqf", "LevelFramework"),
        ("isco-08", "Classification"),
    ] {
        let line = text
            .lines()
            .find(|line| line.split_whitespace().next() == Some(id))
            .unwrap_or_else(|| panic!("{id} is listed: {text}"));
        assert!(line.contains(kind), "{line}");
    }
    assert!(text.contains("European Qualifications Framework"), "{text}");
}

#[test]
fn show_prints_the_yaml_and_suggests_a_near_id() {
    let output = kasb(&["reference", "show", "kg-nqf"]);
    assert_eq!(output.status.code(), Some(0));
    let text = stdout(&output);
    assert!(
        text.contains("kind: LevelFramework") && text.contains("id: kg-nqf"),
        "{text}"
    );

    let output = kasb(&["reference", "show", "kg-nfq"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("did you mean `kg-nqf`?"),
        "{}",
        stderr(&output)
    );
    assert!(stdout(&output).is_empty());
}

#[test]
fn export_writes_only_under_out_and_refuses_ids_outside_the_grammar() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("vendor");
    let out_text = out.to_str().unwrap();
    for hostile in ["../x", "/etc/passwd", "eqf/../../x", ""] {
        let output = kasb(&["reference", "export", hostile, "--out", out_text]);
        assert_eq!(output.status.code(), Some(2), "{hostile}");
        assert!(
            stderr(&output).contains("is not a document id"),
            "{hostile}: {}",
            stderr(&output)
        );
    }
    assert!(
        files_under(dir.path()).is_empty(),
        "nothing was written for a refused id"
    );

    let output = kasb(&["reference", "export", "eqf", "kg-nqf", "--out", out_text]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(
        files_under(dir.path()),
        ["vendor/eqf.yaml", "vendor/kg-nqf.yaml"]
    );
    let written = std::fs::read_to_string(out.join("eqf.yaml")).unwrap();
    assert_eq!(stdout(&kasb(&["reference", "show", "eqf"])), written);

    // Again: the same bytes are `unchanged`; an edited file is not overwritten without --force.
    let again = kasb(&["reference", "export", "eqf", "--out", out_text]);
    assert!(
        stdout(&again).starts_with("unchanged "),
        "{}",
        stdout(&again)
    );
    std::fs::write(out.join("eqf.yaml"), "edited\n").unwrap();
    let refused = kasb(&["reference", "export", "eqf", "--out", out_text]);
    assert_eq!(refused.status.code(), Some(2));
    assert_eq!(
        std::fs::read_to_string(out.join("eqf.yaml")).unwrap(),
        "edited\n"
    );
    let forced = kasb(&["reference", "export", "eqf", "--out", out_text, "--force"]);
    assert_eq!(forced.status.code(), Some(0), "{}", stderr(&forced));
    assert_eq!(
        std::fs::read_to_string(out.join("eqf.yaml")).unwrap(),
        written
    );

    // The exported copies check clean and replace nothing worth an info.
    let check = kasb(&["check", out_text]);
    assert_eq!(check.status.code(), Some(0), "{}", stdout(&check));
    assert!(
        stdout(&check).contains("0 errors, 0 warnings, 0 infos in 2 files"),
        "{}",
        stdout(&check)
    );
}

#[test]
fn check_resolves_reference_ids_in_a_folder_with_no_copies() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("q.yaml"),
        "kind: Qualification\nformat: 1\nid: q\ntitle: Q\nlanguage: en\ncountry: KG\nframework: kg-nqf\nlevel: 4\ncore: []\n",
    )
    .unwrap();
    let output = kasb(&["check", dir.path().to_str().unwrap()]);
    let text = stdout(&output);
    assert!(!text.contains("K202"), "{text}");
    assert!(
        !text.contains("<kasb reference"),
        "no diagnostic is located in the set: {text}"
    );
}

#[test]
fn graph_includes_the_reference_documents_only_when_asked() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("q.yaml"),
        "kind: Qualification\nformat: 1\nid: q\ntitle: Q\nlanguage: en\ncountry: KG\nframework: kg-nqf\nlevel: 4\ncore: []\n",
    )
    .unwrap();
    let path = dir.path().to_str().unwrap();
    let ids = |args: &[&str]| -> Vec<String> {
        let output = kasb(args);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        let value: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
        value["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|node| node["id"].as_str().unwrap().to_owned())
            .collect()
    };
    let alone = ids(&["graph", path, "--format", "json"]);
    assert_eq!(alone, ["q"]);
    let with = ids(&["graph", path, "--format", "json", "--reference"]);
    for id in ["q", "kg-nqf", "kg-nqf/4", "eqf/4", "isco-08/7212"] {
        assert!(with.iter().any(|found| found == id), "{id}");
    }
}
