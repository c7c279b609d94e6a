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
//! crates lists its rule files with [`rule_files!`](crate::rule_files); `kasb_check::rules` joins
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

/// Lists a crate's rule files in its `rules` module: re-exports each file's rule and lists them
/// all, ordered by code, in `pub static DECLARED`. Each file is also a `mod` line above it, so
/// rustfmt and every tool see it; `kasb-check`'s tests fail when a rule file is left out.
///
/// ```ignore
/// pub(crate) mod k202_unresolved_reference;
///
/// kasb_diagnostics::rule_files! {
///     k202_unresolved_reference::UNRESOLVED_REFERENCE,
/// }
/// ```
#[macro_export]
macro_rules! rule_files {
    ($($module:ident::$rule:ident),* $(,)?) => {
        $(pub use self::$module::$rule;)*
        /// The rules declared in this crate, ordered by code.
        pub static DECLARED: &[&$crate::Rule] = &[$(&$rule),*];
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_leading_space_per_line_goes() {
        const RAW: &str = " a\n\n   b\n c";
        let text: [u8; dedented_len(RAW)] = dedent(RAW);
        assert_eq!(&text, b"a\n\n  b\nc");
    }
}
