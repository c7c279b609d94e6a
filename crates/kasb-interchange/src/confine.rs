//! File names built from user data (ids, codes, identifiers) must stay one plain file name in
//! the directory they are written to or read from, on every platform kasb runs on.

/// Longest file name accepted, in bytes: most file systems allow 255.
pub const MAX_FILE_NAME_BYTES: usize = 255;

/// Names Windows reserves for devices, whatever the extension (`con.yaml` opens the console).
const RESERVED: &[&str] = &[
    "CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$", "COM0", "COM1", "COM2", "COM3", "COM4",
    "COM5", "COM6", "COM7", "COM8", "COM9", "LPT0", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6",
    "LPT7", "LPT8", "LPT9",
];

/// Why a file name is refused by [`check_file_name`], naming the offending character.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct UnsafeFileName(pub String);

/// Checks that `name` is a single, portable file name: not empty, at most
/// [`MAX_FILE_NAME_BYTES`] bytes, no path separator (`/`, `\`), no `..`, no leading dot, no
/// control character, none of the characters Windows refuses (`: * ? " < > |`), no trailing dot
/// or space, and not a reserved Windows device name.
///
/// # Errors
/// Why the name is refused, naming the offending character.
///
/// ```
/// use kasb_interchange::check_file_name;
/// assert!(check_file_name("ru-ps-06.001.yaml").is_ok());
/// assert!(check_file_name("../../outside.case.json").is_err());
/// assert!(check_file_name("nul.yaml").is_err());
/// ```
pub fn check_file_name(name: &str) -> Result<(), UnsafeFileName> {
    if name.is_empty() {
        return Err(UnsafeFileName("the file name is empty".to_owned()));
    }
    if name.len() > MAX_FILE_NAME_BYTES {
        return Err(UnsafeFileName(format!(
            "the file name has {} bytes, more than {MAX_FILE_NAME_BYTES}",
            name.len()
        )));
    }
    if name.starts_with('.') {
        return Err(UnsafeFileName("the file name starts with a dot".to_owned()));
    }
    if name.contains("..") {
        return Err(UnsafeFileName("the file name contains `..`".to_owned()));
    }
    if let Some(ch) = name.chars().find(|&ch| forbidden(ch)) {
        return Err(UnsafeFileName(format!(
            "the file name contains {}, which is not allowed in a file name",
            shown(ch)
        )));
    }
    if name.ends_with(['.', ' ']) {
        return Err(UnsafeFileName(
            "the file name ends with a dot or a space".to_owned(),
        ));
    }
    let stem = name.split('.').next().unwrap_or(name).trim_end();
    if RESERVED
        .iter()
        .any(|reserved| reserved.eq_ignore_ascii_case(stem))
    {
        return Err(UnsafeFileName(format!(
            "`{stem}` is a device name reserved by Windows"
        )));
    }
    Ok(())
}

fn forbidden(ch: char) -> bool {
    ch.is_control() || matches!(ch, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|')
}

/// A character as a message shows it: visible, never raw.
fn shown(ch: char) -> String {
    if ch.is_control() {
        format!("the control character U+{:04X}", u32::from(ch))
    } else {
        format!("`{ch}`")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_names_pass_and_every_escape_is_refused() {
        for good in [
            "ru-ps-06.001.yaml",
            "case-x-1234.case.json",
            "esco-skills.yaml",
        ] {
            assert_eq!(check_file_name(good), Ok(()), "{good}");
        }
        let long = "a".repeat(256);
        for (bad, why) in [
            ("", "empty"),
            ("../x.yaml", "dot"),
            ("a/b.yaml", "`/`"),
            ("a\\b.yaml", "`\\`"),
            ("a..b.yaml", "`..`"),
            (".hidden.yaml", "dot"),
            ("a\u{0}b", "U+0000"),
            ("a\nb", "U+000A"),
            ("a\u{1b}b", "U+001B"),
            ("a\u{85}b", "U+0085"),
            ("c:x", "`:`"),
            ("x.yaml.", "ends"),
            ("x ", "ends"),
            ("CON.yaml", "reserved"),
            ("lpt1", "reserved"),
            (long.as_str(), "bytes"),
        ] {
            let error = check_file_name(bad).unwrap_err();
            assert!(error.0.contains(why), "{bad:?}: {error}");
        }
    }
}
