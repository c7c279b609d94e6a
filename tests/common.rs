//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use kasb::render::{Colour, human};
use kasb::{CheckOptions, Report, check};

/// The repository's bundled standards.
pub fn standards() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("standards")
}

/// A scratch copy of the bundled standards, to break on purpose.
pub fn copy_of_standards() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temporary directory");
    copy_tree(&standards(), dir.path());
    dir
}

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// Replaces the first `from` in `file` by `to`, and returns the 1-based line and character
/// column where `from` started.
pub fn replace_first(file: &Path, from: &str, to: &str) -> (u32, u32) {
    let text = std::fs::read_to_string(file).unwrap();
    let offset = text
        .find(from)
        .unwrap_or_else(|| panic!("`{from}` is not in {}", file.display()));
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().unwrap().chars().count() + 1;
    std::fs::write(file, text.replacen(from, to, 1)).unwrap();
    (line as u32, column as u32)
}

/// Checks a directory.
pub fn check_dir(dir: &Path) -> Report {
    check(&[dir.to_path_buf()], &CheckOptions::default()).expect("the directory exists")
}

/// The human rendering of a report's errors, with the scratch directory shown as `standards`.
pub fn rendered(report: &Report, dir: &Path) -> String {
    let errors: Vec<_> = report
        .diagnostics
        .iter()
        .filter(|diagnostic| diagnostic.severity == kasb::diagnostics::Severity::Error)
        .cloned()
        .collect();
    human(&errors, report.graph.workspace(), Colour::Never)
        .replace(&dir.display().to_string(), "standards")
}
