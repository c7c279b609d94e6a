//! SARIF artifact locations: RFC 3986 URIs, relative to a base id where they can be.

use std::path::{Component, Path, PathBuf};

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, percent_encode};

/// The base id of the directory results are relative to (`kasb check --base`).
pub(super) const SRCROOT: &str = "%SRCROOT%";

/// The base id of kasb's reference set, which is compiled into kasb and so has no directory.
pub(super) const REFERENCE: &str = "KASB_REFERENCE";

/// The first component of every reference file's display path is `<kasb reference VERSION>`
/// (`kasb_reference::root`, a crate this one must not depend on; a test ties the two).
const REFERENCE_OPEN: &str = "<kasb reference ";
const REFERENCE_CLOSE: &str = ">";

/// What a path segment keeps unencoded: RFC 3986's unreserved characters only, so that no
/// `:` can read as a scheme, no `%`, `#` or `?` as an escape, fragment or query.
const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// A SARIF `artifactLocation`: a URI, and the base id it is relative to (none when absolute).
pub(super) struct Artifact {
    pub(super) uri: String,
    pub(super) base_id: Option<&'static str>,
}

/// Turns the paths of diagnostics into artifact locations relative to one base directory.
pub(super) struct Uris {
    base: PathBuf,
    /// Relative paths are read from here, asked for once.
    current: PathBuf,
}

impl Uris {
    /// `base` and relative paths are read from the current directory.
    pub(super) fn new(base: &Path) -> Self {
        let current = std::env::current_dir().unwrap_or_default();
        Self {
            base: absolute(&current, base),
            current,
        }
    }

    /// The base directory as an absolute `file:` URI ending in `/`, as SARIF requires.
    pub(super) fn base_uri(&self) -> String {
        let mut uri = file_uri(&self.base);
        if !uri.ends_with('/') {
            uri.push('/');
        }
        uri
    }

    /// The location of `path`: relative to the reference set for a reference file, relative
    /// to the base when under it, an absolute `file:` URI otherwise.
    pub(super) fn artifact(&self, path: &Path) -> Artifact {
        if let Some(inside) = in_reference_set(path) {
            return Artifact {
                uri: relative_uri(&inside),
                base_id: Some(REFERENCE),
            };
        }
        let path = absolute(&self.current, path);
        match path.strip_prefix(&self.base) {
            Ok(relative) => Artifact {
                uri: relative_uri(relative),
                base_id: Some(SRCROOT),
            },
            Err(_) => Artifact {
                uri: file_uri(&path),
                base_id: None,
            },
        }
    }
}

/// A reference file's path within the set, its version first (`2026.1/frameworks/eqf.yaml`).
fn in_reference_set(path: &Path) -> Option<PathBuf> {
    let mut components = path.components();
    let Some(Component::Normal(first)) = components.next() else {
        return None;
    };
    let version = first
        .to_str()?
        .strip_prefix(REFERENCE_OPEN)?
        .strip_suffix(REFERENCE_CLOSE)?;
    Some(Path::new(version).join(components.as_path()))
}

/// `path` made absolute against `current`, with `.` and `..` resolved by name (without
/// touching the file system, so a link is not followed and a missing file is fine).
fn absolute(current: &Path, path: &Path) -> PathBuf {
    let joined = current.join(path);
    let mut out = PathBuf::new();
    for component in joined.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

/// The segments of a relative path, each percent-encoded, joined by `/`.
fn relative_uri(path: &Path) -> String {
    let segments: Vec<String> = path
        .components()
        .filter_map(|component| match component {
            Component::Normal(name) => Some(encode(name.as_encoded_bytes())),
            _ => None,
        })
        .collect();
    segments.join("/")
}

/// An absolute path as a `file:` URI with an empty authority: `file:///home/a%20b/x.yaml`.
fn file_uri(path: &Path) -> String {
    let mut uri = String::from("file://");
    for component in path.components() {
        match component {
            // A Windows drive (`C:`) keeps its colon, as RFC 8089 writes it.
            Component::Prefix(prefix) => {
                uri.push('/');
                uri.push_str(&prefix.as_os_str().to_string_lossy().replace('\\', "/"));
            }
            Component::Normal(name) => {
                uri.push('/');
                uri.push_str(&encode(name.as_encoded_bytes()));
            }
            Component::RootDir | Component::CurDir | Component::ParentDir => {}
        }
    }
    if uri == "file://" {
        uri.push('/');
    }
    uri
}

/// One path segment, byte by byte (a file name need not be UTF-8).
fn encode(bytes: &[u8]) -> String {
    percent_encode(bytes, SEGMENT).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments_keep_only_unreserved_characters() {
        assert_eq!(
            relative_uri(Path::new("a b/100%/#x?y:z/Сварщик.yaml")),
            "a%20b/100%25/%23x%3Fy%3Az/%D0%A1%D0%B2%D0%B0%D1%80%D1%89%D0%B8%D0%BA.yaml"
        );
    }

    #[test]
    fn paths_under_the_base_are_relative_and_others_absolute() {
        let uris = Uris::new(Path::new("/repo/std dir"));
        let inside = uris.artifact(Path::new("/repo/std dir/sub/../kg/a.yaml"));
        assert_eq!(
            (inside.uri.as_str(), inside.base_id),
            ("kg/a.yaml", Some(SRCROOT))
        );
        let outside = uris.artifact(Path::new("/repo/other/a b.yaml"));
        assert_eq!(
            (outside.uri.as_str(), outside.base_id),
            ("file:///repo/other/a%20b.yaml", None)
        );
        assert_eq!(uris.base_uri(), "file:///repo/std%20dir/");
        assert_eq!(Uris::new(Path::new("/")).base_uri(), "file:///");
    }

    #[test]
    fn a_reference_file_is_relative_to_the_reference_set() {
        let uris = Uris::new(Path::new("/repo"));
        let artifact = uris.artifact(Path::new("<kasb reference 2026.1>/frameworks/eqf.yaml"));
        assert_eq!(artifact.uri, "2026.1/frameworks/eqf.yaml");
        assert_eq!(artifact.base_id, Some(REFERENCE));
    }
}
