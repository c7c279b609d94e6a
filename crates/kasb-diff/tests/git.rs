//! A small git repository built by the test: two commits of the paired fixture, diffed as
//! revisions read from the object store, and the working tree against a revision.

use std::path::Path;
use std::process::Command;

use kasb_diff::{Snapshot, diff, render};

fn git(repository: &Path, arguments: &[&str]) {
    let status = Command::new("git")
        .args([
            "-c",
            "user.name=kasb",
            "-c",
            "user.email=kasb@example.org",
            "-c",
            "commit.gpgsign=false",
        ])
        .args(arguments)
        .current_dir(repository)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("HOME", repository)
        .status()
        .expect("git runs");
    assert!(status.success(), "git {arguments:?}");
}

fn copy_side(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(to).unwrap() {
        let path = entry.unwrap().path();
        if path
            .extension()
            .is_some_and(|extension| extension == "yaml")
        {
            std::fs::remove_file(path).unwrap();
        }
    }
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, to.join(path.file_name().unwrap())).unwrap();
    }
}

#[test]
fn two_commits_diff_as_the_two_directories_do() {
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/every-rule");
    let repository = tempfile::tempdir().unwrap();
    let standards = repository.path().join("standards");
    std::fs::create_dir(&standards).unwrap();
    std::fs::write(
        repository.path().join("notes.txt"),
        "not YAML: never read\n",
    )
    .unwrap();
    // Drafts are left out by kasb.toml, in the revisions as on disk.
    let config = "[files]\nexclude = [\"standards/drafts/**\"]\n";
    std::fs::write(repository.path().join("kasb.toml"), config).unwrap();
    std::fs::create_dir(standards.join("drafts")).unwrap();
    std::fs::write(standards.join("drafts/broken.yaml"), "kind: [unclosed\n").unwrap();
    git(repository.path(), &["init", "-q", "-b", "main"]);
    copy_side(&fixture.join("base"), &standards);
    git(repository.path(), &["add", "."]);
    git(repository.path(), &["commit", "-q", "-m", "base"]);
    copy_side(&fixture.join("head"), &standards);
    git(repository.path(), &["add", "-A"]);
    git(repository.path(), &["commit", "-q", "-m", "head"]);

    let within = [std::path::PathBuf::from("standards")];
    let base = Snapshot::from_git(repository.path(), "HEAD~1", &within).unwrap();
    assert_eq!(
        base.config().exclude,
        ["standards/drafts/**"],
        "kasb.toml from the revision"
    );
    let head = Snapshot::from_git(repository.path(), "main", &within).unwrap();
    assert_eq!((base.len(), head.len()), (5, 5));
    let from_git = diff(&base, &head).unwrap();
    assert_eq!(
        (from_git.base.as_str(), from_git.head.as_str()),
        ("HEAD~1", "main")
    );

    let side = |name: &str| {
        let root = fixture.join(name);
        Snapshot::from_directory(name, &root, std::slice::from_ref(&root)).unwrap()
    };
    let from_directories = diff(&side("base"), &side("head")).unwrap();
    assert_eq!(from_git.changes, from_directories.changes);
    assert!(!from_git.changes.is_empty());

    // The working tree is HEAD's commit plus an edit that is not committed.
    let working = Snapshot::from_worktree(repository.path(), &within).unwrap();
    assert!(diff(&head, &working).unwrap().is_empty());
    let standard = standards.join("standard.yaml");
    let text = std::fs::read_to_string(&standard).unwrap();
    std::fs::write(
        &standard,
        text.replacen("  - id: WLD-07\n", "  - id: WLD-70\n", 1),
    )
    .unwrap();
    let working = Snapshot::from_worktree(repository.path(), &within).unwrap();
    let edited = diff(&head, &working).unwrap();
    assert_eq!(
        edited.changes.len(),
        1,
        "{}",
        render::human(&edited, false, kasb_i18n::Lang::ENGLISH)
    );
    assert_eq!(edited.changes[0].rule, "D105");
}

#[test]
fn a_revision_that_names_nothing_is_an_error() {
    let repository = tempfile::tempdir().unwrap();
    git(repository.path(), &["init", "-q"]);
    let error = Snapshot::from_git(repository.path(), "no-such-branch", &[])
        .err()
        .expect("an error");
    assert!(error.to_string().contains("no-such-branch"), "{error}");
}
