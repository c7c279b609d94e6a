use std::path::Path;

/// A path as machine outputs show it: relative to `base` when under it, with `/` separators.
pub(crate) fn display(path: &Path, base: &Path) -> String {
    let relative = path.strip_prefix(base).unwrap_or(path);
    let text = relative.to_string_lossy().replace('\\', "/");
    text.strip_prefix("./").map(str::to_owned).unwrap_or(text)
}

/// A path as the human output shows it: as the user named it, with `/` separators.
pub(crate) fn human_path(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}
