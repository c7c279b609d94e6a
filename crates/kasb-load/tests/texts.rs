//! A file that loaded cleanly lets go of its text and reads it back when asked, only if it is
//! the text that was loaded.

use std::path::PathBuf;

use kasb_load::{LoadOptions, SourceFile, load};
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
    let entry = FieldPath::root().key("entries").index(0);
    let span = file.locate(&entry.key("title"));
    assert_eq!(
        (span.start.line, span.start.column),
        (1, 1),
        "the file alone"
    );
    // An id is where the loaded text had it: its place was recorded as the file loaded.
    let span = file.locate(&entry.key("code"));
    assert_eq!((span.start.line, span.start.column), (7, 11));
}

/// Copies the bundled standards (`standards/`) into `to`, keeping their relative paths.
fn copy_bundled_standards(to: &std::path::Path) -> Vec<(PathBuf, String)> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../standards");
    let mut pending = vec![root.clone()];
    let mut copied = Vec::new();
    while let Some(dir) = pending.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            let target = to.join(path.strip_prefix(&root).unwrap());
            if path.is_dir() {
                std::fs::create_dir_all(&target).unwrap();
                pending.push(path);
            } else if path.extension().is_some_and(|ext| ext == "yaml") {
                let text = std::fs::read_to_string(&path).unwrap();
                std::fs::write(&target, &text).unwrap();
                copied.push((target, text));
            }
        }
    }
    copied
}

#[test]
fn ids_and_references_are_located_without_reading_the_files_again() {
    let dir = tempfile::tempdir().unwrap();
    let copied = copy_bundled_standards(dir.path());
    let workspace = load(&[dir.path().to_path_buf()], &LoadOptions::default()).unwrap();
    assert!(
        workspace.diagnostics.is_empty(),
        "{:?}",
        workspace.diagnostics
    );
    // Every file emptied: a location read from disk now would fall back to the file's start.
    for (path, _) in &copied {
        std::fs::write(path, "").unwrap();
    }
    let mut places = Vec::new();
    for loaded in &workspace.documents {
        loaded.document.references(&mut |reference| {
            places.push((loaded.file, reference.path));
        });
        loaded.document.items(&mut |item| {
            places.push((loaded.file, item.path.to_field_path().key(item.id_key)));
        });
    }
    assert!(places.len() > 1_000, "{} places", places.len());
    let asked: Vec<_> = places.iter().map(|(file, path)| (*file, path)).collect();
    let located = workspace.locate_all(&asked);
    // Each file as held in memory, which maps its every value.
    let held: std::collections::HashMap<&PathBuf, SourceFile> = (copied.iter())
        .map(|(path, text)| (path, SourceFile::new(path, text.as_str())))
        .collect();
    for ((file, path), location) in places.iter().zip(located) {
        let loaded_path = workspace.file(*file).path().to_path_buf();
        let expected = held[&loaded_path].locate(path);
        assert_eq!(
            location.span,
            Some(expected),
            "{path} in {}",
            loaded_path.display()
        );
        assert_ne!(expected.start.line, 1, "{path} is written in the file");
    }
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
