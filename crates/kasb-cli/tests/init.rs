//! `kasb init` and `kasb new` as a user runs them: what they write checks clean, and they refuse
//! bad input and every write outside the directory they were given.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const REFERENCE_COUNTRIES: [&str; 7] = ["AM", "AZ", "KG", "KZ", "RU", "TJ", "UZ"];

fn kasb_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kasb"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .expect("kasb runs")
}

fn repository_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// Runs `kasb init DIR ARGS…` in `parent` and asserts it succeeded.
fn init(parent: &Path, dir: &str, args: &[&str]) -> PathBuf {
    let output = kasb_in(parent, &[&["init", dir], args].concat());
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    parent.join(dir)
}

/// Asserts that the repository `dir` checks with no diagnostic at all, on its own: the
/// frameworks and ISCO-08 it uses come from kasb's reference set.
fn check_clean(dir: &Path) {
    let output = kasb_in(dir, &["check", ".", "--format", "json"]);
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON report");
    assert_eq!(
        report["diagnostics"].as_array().map(Vec::len),
        Some(0),
        "{report:#}"
    );
    assert_eq!(output.status.code(), Some(0), "{report:#}");
}

fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(next) = pending.pop() {
        for entry in std::fs::read_dir(&next).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                pending.push(path);
            } else {
                found.push(path.strip_prefix(dir).unwrap().to_path_buf());
            }
        }
    }
    found.sort();
    found
}

#[test]
fn init_checks_clean_for_every_reference_country() {
    let parent = tempfile::tempdir().unwrap();
    for country in REFERENCE_COUNTRIES {
        let lower = country.to_ascii_lowercase();
        let dir = init(parent.path(), &lower, &["--country", country]);
        check_clean(&dir);
        let standard =
            std::fs::read_to_string(dir.join(format!("standards/{lower}-example-welder.yaml")))
                .unwrap();
        assert!(
            standard.contains(&format!("framework: {lower}-nqf\n")),
            "{standard}"
        );
        assert!(standard.contains("isco: \"7212\"\n"), "{standard}");
        assert!(
            !dir.join("frameworks").exists(),
            "{country}'s framework is in the reference set: no copy"
        );
    }
}

#[test]
fn init_writes_each_kind_with_modelines_that_resolve_and_the_generated_schemas() {
    let parent = tempfile::tempdir().unwrap();
    let dir = init(
        parent.path(),
        "repo",
        &["--country", "KG", "--language", "ky"],
    );
    let files = files_under(&dir);
    for expected in [
        "kasb.toml",
        "README.md",
        "standards/kg-example-welder.yaml",
        "qualifications/kg-example-welder-q3.yaml",
        "assessments/kg-example-welder-q3-assessment.yaml",
        "programmes/kg-example-welder-programme.yaml",
    ] {
        assert!(
            files.contains(&PathBuf::from(expected)),
            "{expected} in {files:?}"
        );
    }
    for file in files
        .iter()
        .filter(|file| file.extension().is_some_and(|e| e == "yaml"))
    {
        let text = std::fs::read_to_string(dir.join(file)).unwrap();
        let first = text.lines().next().unwrap();
        let schema = first
            .strip_prefix("# yaml-language-server: $schema=")
            .unwrap_or_else(|| panic!("{file:?} starts with its modeline: {first}"));
        let parent_dir = dir.join(file).parent().unwrap().to_path_buf();
        assert!(parent_dir.join(schema).is_file(), "{file:?}: {schema}");
    }
    // The schemas are `kasb schema`'s, which a test keeps equal to the repository's `schemas/`.
    for schema in std::fs::read_dir(repository_root().join("schemas")).unwrap() {
        let schema = schema.unwrap().path();
        let written = std::fs::read(dir.join("schemas").join(schema.file_name().unwrap()));
        assert_eq!(
            written.ok(),
            Some(std::fs::read(&schema).unwrap()),
            "{schema:?}"
        );
    }
    let config = std::fs::read_to_string(dir.join("kasb.toml")).unwrap();
    assert!(config.contains("required = [\"ky\", \"en\"]\n"), "{config}");
    let readme = std::fs::read_to_string(dir.join("README.md")).unwrap();
    assert!(
        readme.contains("kasb check .") && readme.contains("kasb explain"),
        "{readme}"
    );
}

#[test]
fn init_for_a_country_without_a_reference_framework_writes_its_own() {
    let parent = tempfile::tempdir().unwrap();
    let refused = kasb_in(parent.path(), &["init", "ge", "--country", "GE"]);
    assert_eq!(refused.status.code(), Some(2));
    assert!(
        stderr(&refused).contains("give --language for GE"),
        "{}",
        stderr(&refused)
    );
    let dir = init(
        parent.path(),
        "ge",
        &["--country", "ge", "--language", "ka"],
    );
    let framework = std::fs::read_to_string(dir.join("frameworks/ge-nqf.yaml")).unwrap();
    assert!(framework.contains("country: GE\n") && framework.contains("framework: eqf\n"));
    let config = std::fs::read_to_string(dir.join("kasb.toml")).unwrap();
    assert!(
        config.contains("required = [\"en\"]\n# required = [\"ka\", \"en\"]"),
        "{config}"
    );
    check_clean(&dir);
    // In a language kasb has the examples' phrases in, the framework's title carries it too.
    let dir = init(
        parent.path(),
        "ge-ru",
        &["--country", "GE", "--language", "ru"],
    );
    let config = std::fs::read_to_string(dir.join("kasb.toml")).unwrap();
    assert!(config.contains("required = [\"ru\", \"en\"]\n"), "{config}");
    check_clean(&dir);
}

#[test]
fn every_new_skeleton_checks_clean_in_an_initialised_repository() {
    let parent = tempfile::tempdir().unwrap();
    let dir = init(parent.path(), "repo", &["--country", "KG"]);
    let runs: [&[&str]; 5] = [
        &["new", "standard", "kg-plumber", "--country", "KG"],
        &["new", "qualification", "kg-plumber-q2", "--country", "KG"],
        &[
            "new",
            "assessment",
            "kg-plumber-q2-test",
            "--qualification",
            "kg-plumber-q2",
        ],
        &[
            "new",
            "programme",
            "kg-plumber-course",
            "--country",
            "KG",
            "--qualification",
            "kg-plumber-q2",
        ],
        &[
            "new",
            "crosswalk",
            "kg-welder-plumber",
            "--source",
            "kg-example-welder",
            "--target",
            "kg-plumber",
        ],
    ];
    for args in runs {
        let output = kasb_in(&dir, args);
        assert_eq!(
            output.status.code(),
            Some(0),
            "{args:?}: {}",
            stderr(&output)
        );
    }
    for (file, kind) in [
        ("standards/kg-plumber.yaml", "OccupationalStandard"),
        ("qualifications/kg-plumber-q2.yaml", "Qualification"),
        ("assessments/kg-plumber-q2-test.yaml", "AssessmentTool"),
        ("programmes/kg-plumber-course.yaml", "TrainingProgramme"),
        ("crosswalks/kg-welder-plumber.yaml", "Crosswalk"),
    ] {
        let text = std::fs::read_to_string(dir.join(file)).unwrap();
        assert!(
            text.contains(&format!("$schema=../schemas/{kind}.json\n")),
            "{text}"
        );
        assert_every_field_commented(&text);
    }
    check_clean(&dir);
}

/// Every top-level field is preceded by its one-line comment.
fn assert_every_field_commented(text: &str) {
    let lines: Vec<&str> = text.lines().collect();
    for (index, line) in lines.iter().enumerate().skip(1) {
        let is_field = line.chars().next().is_some_and(|c| c.is_ascii_lowercase());
        if is_field {
            assert!(
                lines[index - 1].starts_with("# "),
                "`{line}` has no comment:\n{text}"
            );
        }
    }
}

#[test]
fn new_refuses_a_bad_id_with_where_and_why() {
    let dir = tempfile::tempdir().unwrap();
    let output = kasb_in(
        dir.path(),
        &["new", "standard", "kg welder", "--country", "KG"],
    );
    assert_eq!(output.status.code(), Some(2));
    let message = stderr(&output);
    assert!(
        message.contains("a space is not allowed in an id\n  --> ID, character 3\n"),
        "{message}"
    );
    assert!(message.contains("   | kg welder\n   |   ^\n"), "{message}");
    // A Cyrillic `е` that looks Latin: the all-Latin spelling is offered.
    let output = kasb_in(
        dir.path(),
        &["new", "standard", "kg-w\u{435}lder", "--country", "KG"],
    );
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("help: write `kg-welder`"),
        "{}",
        stderr(&output)
    );
    let output = kasb_in(
        dir.path(),
        &["new", "crosswalk", "x", "--source", "../a", "--target", "b"],
    );
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output)
            .contains("`../a` is not a valid id: `..` is not allowed in an id\n  --> --source"),
        "{}",
        stderr(&output)
    );
    // A control character is shown, never sent to the terminal.
    let output = kasb_in(
        dir.path(),
        &["new", "assessment", "t", "--qualification", "q\u{1b}[31m"],
    );
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("`q\\u{1b}[31m` is not a valid id"),
        "{}",
        stderr(&output)
    );
    assert!(!stderr(&output).contains('\u{1b}'));
    assert!(files_under(dir.path()).is_empty());
}

#[test]
fn new_needs_what_the_kind_requires_and_never_overwrites_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let output = kasb_in(dir.path(), &["new", "standard", "kg-plumber"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("needs --country"),
        "{}",
        stderr(&output)
    );
    let output = kasb_in(dir.path(), &["new", "crosswalk", "x", "--source", "a"]);
    assert!(
        stderr(&output).contains("needs --target"),
        "{}",
        stderr(&output)
    );
    let args = [
        "new",
        "standard",
        "kg-plumber",
        "--country",
        "KG",
        "--out",
        "p.yaml",
    ];
    assert_eq!(kasb_in(dir.path(), &args).status.code(), Some(0));
    std::fs::write(dir.path().join("p.yaml"), "mine").unwrap();
    let output = kasb_in(dir.path(), &args);
    assert_eq!(output.status.code(), Some(2), "{}", stdout(&output));
    assert_eq!(
        std::fs::read_to_string(dir.path().join("p.yaml")).unwrap(),
        "mine"
    );
    let forced = kasb_in(dir.path(), &[&args[..], &["--force"]].concat());
    assert_eq!(forced.status.code(), Some(0), "{}", stderr(&forced));
}

#[test]
fn init_refuses_bad_countries_and_languages() {
    let parent = tempfile::tempdir().unwrap();
    for (args, said) in [
        (
            &["--country", "Kyrgyzstan"][..],
            "`Kyrgyzstan` is not an ISO 3166-1 alpha-2",
        ),
        (
            &["--country", "ZZ"][..],
            "`ZZ` is not an ISO 3166-1 alpha-2",
        ),
        (
            &["--country", "KG", "--language", "kyrgyz"][..],
            "`kyrgyz` is not a BCP 47",
        ),
        (
            &["--country", "KG", "--language", "k y"][..],
            "`k y` is not a BCP 47",
        ),
    ] {
        let output = kasb_in(parent.path(), &[&["init", "repo"], args].concat());
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(
            stderr(&output).contains(said),
            "{args:?}: {}",
            stderr(&output)
        );
    }
    assert!(files_under(parent.path()).is_empty(), "nothing written");
}

#[test]
fn init_refuses_a_directory_that_is_not_empty() {
    let parent = tempfile::tempdir().unwrap();
    std::fs::create_dir(parent.path().join("repo")).unwrap();
    std::fs::write(parent.path().join("repo/notes.txt"), "mine").unwrap();
    let output = kasb_in(parent.path(), &["init", "repo", "--country", "KG"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("is not empty"),
        "{}",
        stderr(&output)
    );
    assert_eq!(
        files_under(&parent.path().join("repo")),
        [PathBuf::from("notes.txt")]
    );
    let forced = kasb_in(
        parent.path(),
        &["init", "repo", "--country", "KG", "--force"],
    );
    assert_eq!(forced.status.code(), Some(0), "{}", stderr(&forced));
    assert_eq!(
        std::fs::read_to_string(parent.path().join("repo/notes.txt")).unwrap(),
        "mine"
    );
}

#[cfg(unix)]
#[test]
fn init_writes_nothing_outside_its_directory_through_a_symbolic_link() {
    let parent = tempfile::tempdir().unwrap();
    let outside = parent.path().join("outside");
    std::fs::create_dir(&outside).unwrap();
    std::fs::write(outside.join("kept.toml"), "outside").unwrap();
    let repo = parent.path().join("repo");
    std::fs::create_dir(&repo).unwrap();
    // A link for a file kasb writes is replaced, its target untouched.
    std::os::unix::fs::symlink(outside.join("kept.toml"), repo.join("kasb.toml")).unwrap();
    // A link for a directory kasb writes into is refused.
    std::os::unix::fs::symlink(&outside, repo.join("standards")).unwrap();
    let output = kasb_in(
        parent.path(),
        &["init", "repo", "--country", "KG", "--force"],
    );
    assert_eq!(output.status.code(), Some(2), "{}", stdout(&output));
    assert!(
        stderr(&output).contains("standards` is in the way"),
        "{}",
        stderr(&output)
    );
    assert_eq!(files_under(&outside), [PathBuf::from("kept.toml")]);
    assert_eq!(
        std::fs::read_to_string(outside.join("kept.toml")).unwrap(),
        "outside"
    );
    // Refused before anything was written.
    let link = std::fs::symlink_metadata(repo.join("kasb.toml")).unwrap();
    assert!(link.file_type().is_symlink());
    assert!(!repo.join("README.md").exists());
    // Without the directory link, the file link is replaced by the file, never written through.
    std::fs::remove_file(repo.join("standards")).unwrap();
    let output = kasb_in(
        parent.path(),
        &["init", "repo", "--country", "KG", "--force"],
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(files_under(&outside), [PathBuf::from("kept.toml")]);
    assert_eq!(
        std::fs::read_to_string(outside.join("kept.toml")).unwrap(),
        "outside"
    );
    let config = std::fs::symlink_metadata(repo.join("kasb.toml")).unwrap();
    assert!(config.file_type().is_file());
}

/// The README's YAML examples, one of every kind, check clean together: YAML blocks are not
/// doc tests, so this keeps them true.
#[test]
fn readme_examples_of_every_kind_check_clean() {
    let root = repository_root();
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut kinds = Vec::new();
    for (index, block) in readme.split("```yaml\n").skip(1).enumerate() {
        let block = block.split("```").next().unwrap();
        let Some(kind) = block.lines().find_map(|line| line.strip_prefix("kind: ")) else {
            continue; // a CI workflow or hook, not a document
        };
        kinds.push(kind.split_whitespace().next().unwrap().to_owned());
        std::fs::write(dir.path().join(format!("example-{index}.yaml")), block).unwrap();
    }
    kinds.sort();
    let mut every: Vec<String> = [
        "AssessmentTool",
        "Classification",
        "Crosswalk",
        "LevelFramework",
        "OccupationalStandard",
        "Qualification",
        "TrainingProgramme",
    ]
    .map(String::from)
    .to_vec();
    every.sort();
    assert_eq!(kinds, every, "one example of every kind");
    // What the examples name beyond themselves and the reference set: the Armenian standard
    // the crosswalk aligns with.
    let beside = ["standards/am/welder/standard.yaml"]
        .map(|path| root.join(path).to_str().unwrap().to_owned());
    let mut args = vec!["check", ".", "--format", "json"];
    args.extend(beside.iter().map(String::as_str));
    let output = kasb_in(dir.path(), &args);
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON report");
    assert_eq!(report["summary"]["errors"], 0, "{report:#}");
    assert_eq!(report["summary"]["warnings"], 0, "{report:#}");
    let in_examples: Vec<&serde_json::Value> = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|diagnostic| {
            diagnostic["file"]
                .as_str()
                .is_some_and(|file| file.contains("example-"))
        })
        .collect();
    // The framework and classification examples are excerpts of kasb's own `kg-nqf` and
    // `isco-08`: written into a repository, each replaces the reference document, which K210
    // says once. Nothing else is reported.
    let codes: Vec<&str> = in_examples
        .iter()
        .filter_map(|diagnostic| diagnostic["code"].as_str())
        .collect();
    assert_eq!(codes, ["K210", "K210"], "{in_examples:#?}");
}

#[test]
fn init_and_new_show_a_control_character_in_a_path_visibly() {
    let parent = tempfile::tempdir().unwrap();
    let output = kasb_in(parent.path(), &["init", "re\u{1b}po", "--country", "KG"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(!stdout(&output).contains('\u{1b}'), "{}", stdout(&output));
    assert!(
        stdout(&output).contains("re\\u{1b}po/kasb.toml"),
        "{}",
        stdout(&output)
    );
    let dir = parent.path().join("re\u{1b}po");
    let output = kasb_in(
        &dir,
        &[
            "new",
            "standard",
            "kg-x",
            "--country",
            "KG",
            "--out",
            "a\u{1b}b",
        ],
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(!stdout(&output).contains('\u{1b}'), "{}", stdout(&output));
    check_clean(&dir);
}
