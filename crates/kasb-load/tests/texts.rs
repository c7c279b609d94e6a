//! A file that loaded cleanly lets go of its text and reads it back when asked, only if it is
//! the text that was loaded.

use std::path::PathBuf;

use kasb_load::{LoadOptions, load};
use kasb_model::FieldPath;

const CLEAN: &str = "kind: Classification\nformat: 1\nid: demo\ntitle: Demo\nlanguage: en\nentries:\n  - code: \"01\"\n    title: Officers\n";

fn write(dir: &tempfile::TempDir, name: &str, text: &str) -> PathBuf {
    let path = dir.path().join(name);
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn a_clean_file_is_read_back_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(&dir, "demo.yaml", CLEAN);
    let workspace = load(&[dir.path().to_path_buf()], &LoadOptions::default()).unwrap();
    let file = workspace.file(workspace.file_id(&path).unwrap());
    assert_eq!(file.byte_len(), CLEAN.len());
    assert_eq!(file.text(), Some(CLEAN));
    let code = FieldPath::root().key("entries").index(0).key("code");
    let span = file.locate(&code);
    assert_eq!((span.start.line, span.start.column), (7, 11));
}

#[test]
fn a_file_with_a_byte_order_mark_is_read_back_without_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(&dir, "demo.yaml", &format!("\u{feff}{CLEAN}"));
    let workspace = load(&[dir.path().to_path_buf()], &LoadOptions::default()).unwrap();
    let file = workspace.file(workspace.file_id(&path).unwrap());
    assert_eq!(file.text(), Some(CLEAN));
}

#[test]
fn a_file_changed_after_loading_is_not_shown_as_if_it_were_the_one_loaded() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(&dir, "demo.yaml", CLEAN);
    let workspace = load(&[dir.path().to_path_buf()], &LoadOptions::default()).unwrap();
    // Same length, one byte different: the digest tells them apart.
    std::fs::write(&path, CLEAN.replace("Officers", "Officerz")).unwrap();
    let file = workspace.file(workspace.file_id(&path).unwrap());
    assert_eq!(file.text(), None);
    let code = FieldPath::root().key("entries").index(0).key("code");
    let span = file.locate(&code);
    assert_eq!(
        (span.start.line, span.start.column),
        (1, 1),
        "the file alone"
    );
}

#[test]
fn files_with_problems_or_suppressions_keep_their_text() {
    let dir = tempfile::tempdir().unwrap();
    let broken_text = CLEAN.replace("title: Demo", "title: Yes");
    let broken = write(&dir, "broken.yaml", &broken_text);
    let marked_text = format!("{CLEAN}# kasb: ignore-file[K205]\n");
    let marked = write(&dir, "marked.yaml", &marked_text);
    let workspace = load(&[dir.path().to_path_buf()], &LoadOptions::default()).unwrap();
    std::fs::remove_file(&broken).unwrap();
    std::fs::remove_file(&marked).unwrap();
    let text = |path: &PathBuf| workspace.file(workspace.file_id(path).unwrap()).text();
    assert_eq!(text(&broken), Some(broken_text.as_str()));
    assert_eq!(text(&marked), Some(marked_text.as_str()));
    assert!(
        workspace
            .file(workspace.file_id(&marked).unwrap())
            .has_suppressions()
    );
}
