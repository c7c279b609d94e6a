//! What `kasb check` reads, and what it refuses to be steered by: named paths are always
//! checked, skipped paths are counted and listed, special files and links named directly are
//! errors (exit 2), and no configuration lifts the hard limits.

#![cfg(unix)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn kasb(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kasb"))
        .args(args)
        .env("NO_COLOR", "1")
        .env_remove("RAYON_NUM_THREADS")
        .output()
        .expect("kasb runs")
}

fn text(output: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

fn path_str(path: &Path) -> &str {
    path.to_str().expect("a UTF-8 temporary path")
}

/// A clean two-file repository (a framework and a classification).
const FRAMEWORK: &str =
    "kind: LevelFramework\nformat: 1\nid: eqf\ntitle: EQF\nlanguage: en\nlevels:\n  - level: 1\n";

fn classification(id: &str) -> String {
    format!(
        "kind: Classification\nformat: 1\nid: {id}\ntitle: Codes\nlanguage: en\nentries:\n  - code: \"0110\"\n    title: Officers\n"
    )
}

/// A repository with one file of each kind the walk must skip, and two files it checks.
fn hostile_tree() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let repo = dir.path().join("repo");
    std::fs::create_dir(&repo).unwrap();
    std::fs::write(repo.join("eqf.yaml"), FRAMEWORK).unwrap();
    std::fs::write(repo.join("CODES.YAML"), classification("codes")).unwrap();
    std::fs::write(repo.join(".gitignore"), "ignored.yaml\nbuild/\n").unwrap();
    // Ignored, and broken: were it checked, it would fail.
    std::fs::write(repo.join("ignored.yaml"), "kind: Nonsense\n").unwrap();
    std::fs::create_dir(repo.join("build")).unwrap();
    std::fs::write(repo.join("build/out.yaml"), "kind: Nonsense\n").unwrap();
    let outside = dir.path().join("outside.yaml");
    std::fs::write(&outside, "kind: Nonsense\n").unwrap();
    std::os::unix::fs::symlink(&outside, repo.join("link.yaml")).unwrap();
    mkfifo(&repo.join("pipe.yaml"));
    // Hidden directories are passed over without a word: they hold CI and git files.
    std::fs::create_dir_all(repo.join(".github/workflows")).unwrap();
    std::fs::write(repo.join(".github/workflows/ci.yml"), "on: push\n").unwrap();
    (dir, repo)
}

fn mkfifo(path: &Path) {
    let status = Command::new("mkfifo")
        .arg(path)
        .status()
        .expect("mkfifo runs");
    assert!(status.success());
}

#[test]
fn skipped_paths_are_counted_in_the_summary_and_listed_with_verbose() {
    let (_dir, repo) = hostile_tree();
    let output = kasb(&["check", path_str(&repo)]);
    let out = text(&output);
    assert_eq!(output.status.code(), Some(0), "{out}");
    assert!(
        out.contains("in 2 files (4 skipped; --verbose lists them)"),
        "{out}"
    );

    let output = kasb(&["check", path_str(&repo), "--verbose"]);
    let out = text(&output);
    assert_eq!(output.status.code(), Some(0), "{out}");
    for (name, reason) in [
        ("build", "matched by an ignore file"),
        ("ignored.yaml", "matched by an ignore file"),
        ("link.yaml", "a symbolic link"),
        ("pipe.yaml", "not a regular file"),
    ] {
        let line = format!("skipped {}: {reason}", repo.join(name).display());
        assert!(out.contains(&line), "no `{line}` in:\n{out}");
    }
    assert!(out.contains("(4 skipped, listed above)"), "{out}");
}

#[test]
fn the_json_report_lists_what_the_walk_skipped() {
    let (_dir, repo) = hostile_tree();
    let output = kasb(&["check", path_str(&repo), "--format", "json"]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output));
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let skipped: Vec<(String, String)> = report["skipped"]
        .as_array()
        .expect("a `skipped` list")
        .iter()
        .map(|skip| {
            let path = skip["path"].as_str().unwrap();
            let name = path.rsplit('/').next().unwrap().to_owned();
            (name, skip["reason"].as_str().unwrap().to_owned())
        })
        .collect();
    let names: Vec<&str> = skipped.iter().map(|(name, _)| name.as_str()).collect();
    assert_eq!(names, ["build", "ignored.yaml", "link.yaml", "pipe.yaml"]);
    assert!(skipped[2].1.starts_with("a symbolic link"), "{skipped:?}");
    // Nothing skipped: the field is left out, so clean reports keep their shape.
    let clean = kasb(&[
        "check",
        path_str(&repo.join("eqf.yaml")),
        "--format",
        "json",
    ]);
    let report: serde_json::Value = serde_json::from_slice(&clean.stdout).unwrap();
    assert!(report.get("skipped").is_none(), "{report}");
}

#[test]
fn a_yaml_file_in_capitals_is_checked() {
    let (_dir, repo) = hostile_tree();
    std::fs::write(repo.join("BROKEN.Yml"), classification("x y")).unwrap();
    let output = kasb(&["check", path_str(&repo)]);
    let out = text(&output);
    assert_eq!(output.status.code(), Some(1), "{out}");
    assert!(out.contains("error[K111]"), "{out}");
    assert!(out.contains("BROKEN.Yml:3:6"), "{out}");
}

#[test]
fn a_named_file_is_checked_even_when_gitignored() {
    let (_dir, repo) = hostile_tree();
    let output = kasb(&["check", path_str(&repo.join("ignored.yaml"))]);
    let out = text(&output);
    assert_eq!(output.status.code(), Some(1), "{out}");
    assert!(out.contains("error[K107]"), "{out}");
    assert!(out.contains("in 1 file"), "{out}");
}

#[test]
fn a_named_file_is_checked_even_when_kasb_toml_excludes_it() {
    let (_dir, repo) = hostile_tree();
    std::fs::write(repo.join("kasb.toml"), "[files]\nexclude = [\"*.yaml\"]\n").unwrap();
    std::fs::write(repo.join("bad.yaml"), classification("a..b")).unwrap();
    let output = kasb(&["check", path_str(&repo.join("bad.yaml"))]);
    assert_eq!(output.status.code(), Some(1), "{}", text(&output));
    // Walking the directory, the exclusion is honoured, and said.
    let output = kasb(&["check", path_str(&repo), "--verbose"]);
    let out = text(&output);
    assert!(
        out.contains("bad.yaml: left out by [files] in kasb.toml"),
        "{out}"
    );
}

#[test]
fn named_links_and_special_files_are_errors_with_exit_2() {
    let (dir, repo) = hostile_tree();
    std::os::unix::fs::symlink(dir.path().join("nowhere"), repo.join("dangling.yaml")).unwrap();
    std::os::unix::fs::symlink(&repo, dir.path().join("repo-link")).unwrap();
    for (name, words) in [
        (repo.join("link.yaml"), "symbolic link"),
        (repo.join("dangling.yaml"), "symbolic link"),
        (dir.path().join("repo-link"), "symbolic link"),
        (repo.join("pipe.yaml"), "not a regular file"),
        (PathBuf::from("/dev/null"), "not a regular file"),
        (repo.join("missing.yaml"), "cannot read"),
    ] {
        let started = std::time::Instant::now();
        let output = kasb(&["check", path_str(&name)]);
        let out = text(&output);
        assert_eq!(output.status.code(), Some(2), "{}: {out}", name.display());
        assert!(out.contains(words), "{}: {out}", name.display());
        // A FIFO is never opened: opening one blocks until a writer comes.
        assert!(started.elapsed().as_secs() < 10);
    }
}

#[test]
fn threads_are_capped() {
    let (_dir, repo) = hostile_tree();
    let output = kasb(&["check", path_str(&repo), "--threads", "100000"]);
    let out = text(&output);
    assert_eq!(output.status.code(), Some(2), "{out}");
    assert!(out.contains("100000 is not in 1..=256"), "{out}");
    let output = kasb(&["check", path_str(&repo), "--threads", "256"]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output));
}

#[test]
fn no_kasb_toml_lifts_a_limit_past_its_ceiling() {
    let (_dir, repo) = hostile_tree();
    std::fs::write(
        repo.join("kasb.toml"),
        "[limits]\nmax-file-bytes = 10000000000\n",
    )
    .unwrap();
    let output = kasb(&["check", path_str(&repo)]);
    let out = text(&output);
    assert_eq!(output.status.code(), Some(2), "{out}");
    assert!(
        out.contains("max-file-bytes = 10000000000 is above the most kasb allows (67108864)"),
        "{out}"
    );
}

/// A pull request's kasb.toml turns every rule off and excludes everything; the CI job pins
/// the base branch's configuration with `--config` (outside the tree) or ignores it with
/// `--no-config`.
#[test]
fn the_checked_tree_s_kasb_toml_can_be_replaced_or_ignored() {
    let (dir, repo) = hostile_tree();
    std::fs::write(
        repo.join("kasb.toml"),
        "[rules]\nK111 = \"off\"\n[files]\nexclude = [\"**\"]\n",
    )
    .unwrap();
    std::fs::write(repo.join("bad.yaml"), classification("../../outside")).unwrap();

    let disarmed = kasb(&["check", path_str(&repo)]);
    assert_eq!(disarmed.status.code(), Some(0), "{}", text(&disarmed));
    assert!(
        text(&disarmed).contains("in 0 files (7 skipped"),
        "{}",
        text(&disarmed)
    );

    for args in [vec!["--no-config"], vec!["--config", "PINNED"]] {
        let pinned = dir.path().join("base-kasb.toml");
        std::fs::write(&pinned, "[languages]\nrequired = []\n").unwrap();
        let mut command = vec!["check", path_str(&repo)];
        command.extend(args.iter().map(|arg| {
            if *arg == "PINNED" {
                path_str(&pinned)
            } else {
                arg
            }
        }));
        let output = kasb(&command);
        let out = text(&output);
        assert_eq!(output.status.code(), Some(1), "{args:?}: {out}");
        assert!(
            out.contains("error[K111]: `..` is not allowed in an id"),
            "{out}"
        );
    }
    let both = kasb(&[
        "check",
        path_str(&repo),
        "--no-config",
        "--config",
        "x.toml",
    ]);
    assert_eq!(both.status.code(), Some(2));
}

#[test]
fn a_file_name_in_the_skipped_list_cannot_inject_lines() {
    let (_dir, repo) = hostile_tree();
    let name = "x\n::error file=a,line=1::forged ##[error]x.yaml";
    std::os::unix::fs::symlink("eqf.yaml", repo.join(name)).unwrap();
    let output = kasb(&["check", path_str(&repo), "--verbose", "--format", "github"]);
    let out = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(out.contains("x\\n::error file=a"), "{out}");
    for line in out.lines() {
        assert!(!line.trim_start().starts_with("::error file=a"), "{line}");
        assert!(!line.contains("##["), "{line}");
    }
}

/// A pull request controls its `.gitignore`: `--no-ignore` checks what it leaves out.
#[test]
fn no_ignore_checks_what_gitignore_leaves_out() {
    let (_dir, repo) = hostile_tree();
    std::fs::write(repo.join(".gitignore"), "*.yaml\n*.YAML\n").unwrap();
    std::fs::write(repo.join("bad.yaml"), classification("a b")).unwrap();
    let disarmed = kasb(&["check", path_str(&repo)]);
    assert_eq!(disarmed.status.code(), Some(0), "{}", text(&disarmed));
    assert!(
        text(&disarmed).contains("in 0 files ("),
        "{}",
        text(&disarmed)
    );
    let output = kasb(&["check", path_str(&repo), "--no-ignore", "--verbose"]);
    let out = text(&output);
    assert_eq!(output.status.code(), Some(1), "{out}");
    assert!(
        out.contains("error[K111]: a space is not allowed in an id"),
        "{out}"
    );
    assert!(
        out.contains("ignored.yaml:1:7"),
        "ignored files are checked too: {out}"
    );
    assert!(
        out.contains("in 5 files (2 skipped, listed above)"),
        "{out}"
    );
}
