//! The reference set embedded in this crate is the repository's `standards/frameworks/` and
//! `standards/classifications/`, byte for byte, and `src/files.rs` lists exactly those files.

#[path = "../examples/sync.rs"]
mod sync;

use std::fs;

const FIX: &str = "run `cargo run -p kasb-reference --example sync` to copy `standards/` again";

#[test]
fn the_embedded_copy_is_the_repository_standards() {
    let dir = sync::crate_dir();
    let planned = sync::plan(&sync::standards_dir()).unwrap_or_else(|error| panic!("{error}"));
    let mut problems = Vec::new();
    for (path, text) in &planned {
        match fs::read_to_string(dir.join(path)) {
            Ok(found) if &found == text => {}
            Ok(_) => problems.push(format!("{} differs", path.display())),
            Err(error) => problems.push(format!("{}: {error}", path.display())),
        }
    }
    for path in sync::present(&dir).unwrap_or_else(|error| panic!("{error}")) {
        if !planned.contains_key(&path) {
            problems.push(format!("{} is not in standards/", path.display()));
        }
    }
    assert!(problems.is_empty(), "{}; {FIX}", problems.join(", "));
}

#[test]
fn the_set_holds_the_frameworks_and_isco() {
    let ids: Vec<&str> = kasb_reference::FILES.iter().map(|file| file.id).collect();
    for id in ["eqf", "kg-nqf", "ru-nqf", "isco-08"] {
        assert!(ids.contains(&id), "{id} is missing from {ids:?}");
    }
    let eqf = kasb_reference::find("eqf").expect("eqf");
    assert_eq!(eqf.path, "frameworks/eqf.yaml");
    assert!(eqf.text.contains("kind: LevelFramework"));
    assert_eq!(
        eqf.display_path(),
        format!(
            "<kasb reference {}>/frameworks/eqf.yaml",
            kasb_reference::VERSION
        )
    );
    assert!(kasb_reference::find("EQF").is_none(), "ids are exact");
}
