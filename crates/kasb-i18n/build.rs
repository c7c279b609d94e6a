//! Compiles every translation file in `locales/<tag>/*.ftl` in: adding a language is adding its
//! directory, with no list to edit.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let root =
        Path::new(&std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets it")).join("locales");
    println!("cargo::rerun-if-changed={}", root.display());
    let mut table = String::from("&[\n");
    for (tag, dir) in sorted_entries(&root) {
        assert!(
            is_language_tag(&tag),
            "locales/{tag}: a directory of locales/ is named by a language tag (`ky`, `pt-BR`)"
        );
        println!("cargo::rerun-if-changed={}", dir.display());
        let _ = writeln!(table, "    Locale {{ tag: {tag:?}, files: &[");
        for (name, file) in sorted_entries(&dir) {
            if name.ends_with(".ftl") {
                println!("cargo::rerun-if-changed={}", file.display());
                let _ = writeln!(
                    table,
                    "        ({name:?}, include_str!({:?})),",
                    file.display().to_string()
                );
            }
        }
        let _ = writeln!(table, "    ] }},");
    }
    table.push(']');
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets it")).join("locales.rs");
    std::fs::write(out, table).expect("OUT_DIR is writable");
}

/// The entries of a directory by name, in byte order, so the table is the same on every machine.
fn sorted_entries(dir: &Path) -> Vec<(String, std::path::PathBuf)> {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|error| panic!("cannot read {}: {error}", dir.display()))
        .map(|entry| entry.expect("a readable directory entry"))
        .map(|entry| {
            (
                entry.file_name().to_string_lossy().into_owned(),
                entry.path(),
            )
        })
        .collect();
    entries.sort();
    entries
}

/// A BCP 47 tag of the simple shape kasb uses: a 2–3 letter language, then subtags.
fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let language = parts.next().unwrap_or_default();
    (2..=3).contains(&language.len())
        && language.bytes().all(|b| b.is_ascii_lowercase())
        && parts.all(|part| {
            (2..=8).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_alphanumeric())
        })
}
