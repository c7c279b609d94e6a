//! The bundled standards replicated: a large repository made of real-shaped files.
//!
//! [`replicate`] copies the YAML files of a standards folder (the repository's `standards/`)
//! `copies` times, so that the copies still check clean together:
//!
//! - the files under `frameworks/` and `classifications/` ([`SHARED_DIRS`]) are written once, at
//!   their own path, unchanged: every copy refers to the same EQF, national frameworks and
//!   ISCO-08;
//! - every other file is written once per copy `r` (1-based) under `r<NN>/` (`r07/kg/welder/
//!   standard.yaml`), and in its text every whole-token occurrence of a document id declared by
//!   a copied file (its top-level `id:` line) gets the suffix `-r<r>` (`kg-welder` →
//!   `kg-welder-r7`): the `id:` line itself, references to the document (`kg-welder`,
//!   `kg-welder/WLD-01`), and mentions in comments and texts alike. Item ids, framework,
//!   classification and level references (`kg-nqf/3`, `isco-08/7212`) are left as they are.
//!
//! A token is a maximal run of `A–Z a–z 0–9 - _ .` without its trailing `-`, `_` or `.` (an id
//! ends with a letter or digit), so `kg-welder-q3` is not taken for `kg-welder`. The output
//! depends only on the input files and `copies`.

use std::collections::HashSet;
use std::io;
use std::path::{Path, PathBuf};

use crate::{Corpus, GeneratedFile};

/// The folders (relative to the standards root) whose files are written once and not renamed.
pub const SHARED_DIRS: [&str; 2] = ["frameworks", "classifications"];

/// The repository's bundled `standards/` folder (resolved at compile time).
pub fn bundled_standards() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../standards")
}

/// Reads every `.yaml`/`.yml` file under `root` (symlinks are not followed), sorted by path;
/// paths are relative to `root`.
///
/// # Errors
/// When a folder or file cannot be read or a file is not UTF-8.
pub fn read_standards(root: &Path) -> io::Result<Vec<GeneratedFile>> {
    let mut files = Vec::new();
    let mut pending = vec![PathBuf::new()];
    while let Some(relative) = pending.pop() {
        for entry in std::fs::read_dir(root.join(&relative))? {
            let entry = entry?;
            let path = relative.join(entry.file_name());
            let kind = entry.file_type()?;
            if kind.is_dir() {
                pending.push(path);
            } else if kind.is_file() && is_yaml(&path) {
                let text = std::fs::read_to_string(root.join(&path))?;
                files.push(GeneratedFile { path, text });
            }
        }
    }
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(files)
}

fn is_yaml(path: &Path) -> bool {
    path.extension()
        .and_then(|extension| extension.to_str())
        .is_some_and(|extension| {
            extension.eq_ignore_ascii_case("yaml") || extension.eq_ignore_ascii_case("yml")
        })
}

fn is_shared(file: &GeneratedFile) -> bool {
    file.path
        .components()
        .next()
        .is_some_and(|first| SHARED_DIRS.iter().any(|dir| first.as_os_str() == *dir))
}

/// The document id a file declares on its top-level `id:` line.
fn document_id(text: &str) -> Option<&str> {
    text.lines()
        .find_map(|line| line.strip_prefix("id:"))
        .map(|rest| rest.trim().trim_matches(['"', '\'']))
        .filter(|id| !id.is_empty())
}

/// Writes `source`'s files: the shared ones once, the others `copies` times with their document
/// ids renamed (see the module documentation).
///
/// # Errors
/// When a file to copy declares no top-level `id:`, so it could not be renamed and its copies
/// would collide.
pub fn replicate(source: &[GeneratedFile], copies: usize) -> io::Result<Corpus> {
    let (shared, copied): (Vec<_>, Vec<_>) = source.iter().partition(|file| is_shared(file));
    let mut ids = HashSet::new();
    for file in &copied {
        let id = document_id(&file.text).ok_or_else(|| {
            io::Error::new(
                io::ErrorKind::InvalidData,
                format!("{} has no top-level `id:` line", file.path.display()),
            )
        })?;
        ids.insert(id);
    }
    let width = copies.to_string().len();
    let mut files: Vec<GeneratedFile> = shared.into_iter().cloned().collect();
    for copy in 1..=copies {
        let folder = format!("r{copy:0width$}");
        let suffix = format!("-r{copy}");
        files.extend(copied.iter().map(|file| GeneratedFile {
            path: Path::new(&folder).join(&file.path),
            text: rename(&file.text, &ids, &suffix),
        }));
    }
    Ok(Corpus {
        files,
        references: 0,
        broken_references: 0,
    })
}

/// Replicates `source` the fewest times that make the whole at least `target_bytes` (at least
/// once).
///
/// # Errors
/// As [`replicate`].
pub fn replicate_to_size(source: &[GeneratedFile], target_bytes: u64) -> io::Result<Corpus> {
    let size = |shared: bool| -> u64 {
        source
            .iter()
            .filter(|file| is_shared(file) == shared)
            .map(|file| file.text.len() as u64)
            .sum()
    };
    let (once, per_copy) = (size(true), size(false).max(1));
    // A renamed copy is a little larger than its source, so this count is enough.
    let copies = target_bytes.saturating_sub(once).div_ceil(per_copy).max(1);
    replicate(source, usize::try_from(copies).unwrap_or(usize::MAX))
}

fn is_id_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.')
}

/// `text` with `suffix` after every whole token that is one of `ids`.
fn rename(text: &str, ids: &HashSet<&str>, suffix: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 32);
    let mut rest = text;
    while let Some(start) = rest.find(is_id_char) {
        let (before, from) = rest.split_at(start);
        out.push_str(before);
        let run = from.find(|c: char| !is_id_char(c)).unwrap_or(from.len());
        let token = from[..run].trim_end_matches(['-', '_', '.']);
        out.push_str(token);
        if ids.contains(token) {
            out.push_str(suffix);
        }
        out.push_str(&from[token.len()..run]);
        rest = &from[run..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renames_whole_tokens_only() {
        let ids = HashSet::from(["kg-welder", "kg-am-welder"]);
        let text = "id: kg-welder\nq: kg-welder-q3\nu: kg-welder/WLD-01\nf: kg-nqf/3\n# see kg-welder.\nx: \"kg-am-welder\"\n";
        assert_eq!(
            rename(text, &ids, "-r2"),
            "id: kg-welder-r2\nq: kg-welder-q3\nu: kg-welder-r2/WLD-01\nf: kg-nqf/3\n# see kg-welder-r2.\nx: \"kg-am-welder-r2\"\n"
        );
    }

    #[test]
    fn shared_files_once_and_copies_renamed() {
        let source = vec![
            GeneratedFile {
                path: "frameworks/eqf.yaml".into(),
                text: "id: eqf\n".into(),
            },
            GeneratedFile {
                path: "kg/welder/standard.yaml".into(),
                text: "id: kg-welder\nframework: eqf\n".into(),
            },
        ];
        let corpus = replicate(&source, 10).unwrap();
        assert_eq!(corpus.files.len(), 11);
        assert_eq!(corpus.files[0], source[0]);
        assert_eq!(
            corpus.files[1].path,
            Path::new("r01/kg/welder/standard.yaml")
        );
        assert_eq!(corpus.files[10].text, "id: kg-welder-r10\nframework: eqf\n");
        assert_eq!(corpus, replicate(&source, 10).unwrap());
    }

    #[test]
    fn a_small_replication_of_the_bundled_standards_checks_clean() {
        let source = read_standards(&bundled_standards()).unwrap();
        let corpus = replicate(&source, 3).unwrap();
        let dir = tempfile::tempdir().unwrap();
        corpus.write_to(dir.path()).unwrap();
        let report = kasb::check(&[dir.path().to_path_buf()], &kasb::CheckOptions::default())
            .expect("the directory exists");
        assert_eq!(report.files(), corpus.files.len());
        assert_eq!(report.errors(), 0, "{:#?}", report.diagnostics);
        // The bundled standards give a few infos of their own (K205, units no qualification
        // includes); each copy gives the same ones, named with its suffix, and nothing else.
        let original = kasb::check(&[bundled_standards()], &kasb::CheckOptions::default())
            .expect("the bundled standards exist");
        let findings = |diagnostics: &[kasb::diagnostics::Diagnostic], strip: bool| {
            let mut found: Vec<String> = diagnostics
                .iter()
                .map(|d| {
                    let message = (1..=3).fold(d.message.clone(), |message, copy| {
                        if strip {
                            message.replace(&format!("-r{copy}"), "")
                        } else {
                            message
                        }
                    });
                    format!("{} {:?} {message}", d.rule.code, d.severity)
                })
                .collect();
            found.sort();
            found
        };
        let once = findings(&original.diagnostics, false);
        let mut expected: Vec<String> = (0..3).flat_map(|_| once.iter().cloned()).collect();
        expected.sort();
        assert_eq!(findings(&report.diagnostics, true), expected);
    }

    #[test]
    fn replicate_to_size_reaches_the_target() {
        let source = read_standards(&bundled_standards()).unwrap();
        let corpus = replicate_to_size(&source, 3_000_000).unwrap();
        assert!(corpus.bytes() >= 3_000_000, "{}", corpus.bytes());
    }
}
