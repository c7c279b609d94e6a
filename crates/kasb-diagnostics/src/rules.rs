//! The rule type and the means to declare rules, one file per rule.
//!
//! Codes are stable: a rule may be retired, never renumbered. `K1xx`: loading (the file cannot be
//! read as a document); `K2xx`: references and the graph; `K3xx`: levels; `K4xx`: qualification
//! packaging; `K5xx`: assessment; `K6xx`: codes (ISCO, countries, languages, ESCO); `K7xx`: text
//! and lifecycle.
//!
//! Each rule lives in a file `src/rules/kNNN_<name>.rs` of the crate that decides it (`kasb-load`
//! for what the loader finds, `kasb-graph` for what building the graph finds, `kasb-check` for
//! the rest), declared with [`declare_rule!`](crate::declare_rule) beside its check. Each of those
//! crates lists its rule files in a build script ([`write_rule_list`]); `kasb_check::rules` joins
//! the lists into the one registry.

use crate::Severity;

/// A rule: a stable code, a kebab-case name, a default severity and its documentation.
#[derive(Debug, PartialEq, Eq)]
pub struct Rule {
    /// The stable code, such as `K202`.
    pub code: &'static str,
    /// The kebab-case name, such as `unresolved-reference`.
    pub name: &'static str,
    /// The severity unless configuration changes it.
    pub severity: Severity,
    /// One line: what the rule checks.
    pub summary: &'static str,
    /// Why it matters, and a failing and a passing example, in Markdown.
    pub explanation: &'static str,
}

/// Declares a rule as a `static`: its doc comment (what it checks, why, a failing and a passing
/// example, in Markdown) becomes [`Rule::explanation`], so the documentation is written once, as
/// Rust documentation, beside the check.
///
/// ```
/// kasb_diagnostics::declare_rule! {
///     /// Why it matters.
///     ///
///     /// Failing: `a`. Passing: `b`.
///     pub static EXAMPLE_RULE = Rule {
///         code: "K999",
///         name: "example-rule",
///         severity: Warning,
///         summary: "An example.",
///     };
/// }
/// assert_eq!(EXAMPLE_RULE.explanation, "Why it matters.\n\nFailing: `a`. Passing: `b`.");
/// ```
#[macro_export]
macro_rules! declare_rule {
    (
        #[doc = $first:literal]
        $(#[doc = $line:literal])*
        $vis:vis static $ident:ident = Rule {
            code: $code:literal,
            name: $name:literal,
            severity: $severity:ident,
            summary: $summary:literal $(,)?
        };
    ) => {
        #[doc = $first]
        $(#[doc = $line])*
        $vis static $ident: $crate::Rule = $crate::Rule {
            code: $code,
            name: $name,
            severity: $crate::Severity::$severity,
            summary: $summary,
            explanation: {
                // `///` lines desugar to `#[doc = " text"]`: the one space after `///` goes,
                // at compile time, so the explanation is plain Markdown.
                const RAW: &str = concat!($first $(, "\n", $line)*);
                static TEXT: [u8; $crate::rules::dedented_len(RAW)] = $crate::rules::dedent(RAW);
                match ::core::str::from_utf8(&TEXT) {
                    Ok(text) => text,
                    Err(_) => panic!("removing spaces keeps UTF-8"),
                }
            },
        };
    };
}

/// The length of `raw` without the one space that starts each of its lines.
#[doc(hidden)]
pub const fn dedented_len(raw: &str) -> usize {
    let bytes = raw.as_bytes();
    let (mut i, mut len, mut line_start) = (0, 0, true);
    while i < bytes.len() {
        if !(line_start && bytes[i] == b' ') {
            len += 1;
        }
        line_start = bytes[i] == b'\n';
        i += 1;
    }
    len
}

/// `raw` without the one space that starts each of its lines; `N` is [`dedented_len`].
#[doc(hidden)]
pub const fn dedent<const N: usize>(raw: &str) -> [u8; N] {
    let bytes = raw.as_bytes();
    let mut out = [0; N];
    let (mut i, mut len, mut line_start) = (0, 0, true);
    while i < bytes.len() {
        if !(line_start && bytes[i] == b' ') {
            out[len] = bytes[i];
            len += 1;
        }
        line_start = bytes[i] == b'\n';
        i += 1;
    }
    out
}

/// For build scripts: writes `$OUT_DIR/rules.rs`, which re-exports the rule of every rule file
/// `kNNN_<name>.rs` in `dir` (`k202_unresolved_reference.rs` declares `UNRESOLVED_REFERENCE`) and
/// lists them, ordered by code, in `pub static DECLARED`. A crate includes it in its `rules`
/// module, after a `mod` line per file (kept by hand, so that rustfmt and every tool see the
/// files; a file without one fails to compile here):
/// `include!(concat!(env!("OUT_DIR"), "/rules.rs"));`.
///
/// The generated text names modules only, never paths, so a target directory shared by two
/// checkouts cannot point one at the other's files.
///
/// # Panics
///
/// When `dir` cannot be read or the output cannot be written: a build script has no better
/// answer than to stop the build with the reason.
pub fn write_rule_list(dir: &str) {
    println!("cargo:rerun-if-changed={dir}");
    let manifest = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let dir = std::path::Path::new(&manifest).join(dir);
    let mut stems: Vec<String> = std::fs::read_dir(&dir)
        .unwrap_or_else(|error| panic!("{}: {error}", dir.display()))
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter_map(|file| file.strip_suffix(".rs").map(str::to_owned))
        .filter(|stem| is_rule_file(stem))
        .collect();
    stems.sort();
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let list = rule_list(&stems);
    std::fs::write(std::path::Path::new(&out).join("rules.rs"), list).expect("OUT_DIR is writable");
}

/// `k202_unresolved_reference`: a `k`, three digits, `_`, a snake-case name.
fn is_rule_file(stem: &str) -> bool {
    let bytes = stem.as_bytes();
    bytes.len() > 5
        && bytes[0] == b'k'
        && bytes[1..4].iter().all(u8::is_ascii_digit)
        && bytes[4] == b'_'
        && bytes[5..]
            .iter()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || *b == b'_')
}

fn rule_list(stems: &[String]) -> String {
    let mut text = String::from("// Generated by `kasb_diagnostics::rules::write_rule_list`.\n");
    let mut statics = Vec::new();
    for stem in stems {
        let name = stem[5..].to_ascii_uppercase();
        text += &format!("pub use self::{stem}::{name};\n");
        statics.push(format!("&{name}"));
    }
    text += "/// The rules declared in this crate, ordered by code.\n";
    text += &format!(
        "pub static DECLARED: &[&kasb_diagnostics::Rule] = &[{}];\n",
        statics.join(", ")
    );
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rule_files_are_recognised_by_name() {
        assert!(is_rule_file("k202_unresolved_reference"));
        assert!(!is_rule_file("mod"));
        assert!(!is_rule_file("context"));
        assert!(!is_rule_file("k20_short"));
    }

    #[test]
    fn one_leading_space_per_line_goes() {
        const RAW: &str = " a\n\n   b\n c";
        let text: [u8; dedented_len(RAW)] = dedent(RAW);
        assert_eq!(&text, b"a\n\n  b\nc");
    }
}
