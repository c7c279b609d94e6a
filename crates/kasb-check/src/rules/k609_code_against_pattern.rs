//! K609 `code-against-pattern`: a classification code that does not follow the classification's
//! `code_pattern`, or a `code_pattern` that is no valid regular expression.

use kasb_diagnostics::{Message, declare_rule};
use kasb_model::{Classification, FieldPath};
use regex::{Regex, RegexBuilder};

use crate::context::Context;

declare_rule! {
    /// A classification may declare the pattern its codes follow (`code_pattern`, a regular
    /// expression in Rust `regex` syntax matched against the whole code). Every entry's code must
    /// match it: ISCO codes are one to four digits, so `72A1` or `72120` is a typo that would
    /// otherwise become a code standards can cite. A pattern that does not compile (bad syntax,
    /// longer than 1,024 characters, or too large once compiled) is reported at `code_pattern`,
    /// and no code is checked against it.
    ///
    /// Failing:
    /// ```yaml
    /// code_pattern: "[0-9]{1,4}"
    /// entries:
    ///   - code: "72A1"
    ///     title: Welders
    /// ```
    /// Passing:
    /// ```yaml
    /// code_pattern: "[0-9]{1,4}"
    /// entries:
    ///   - code: "7212"
    ///     title: Welders
    /// ```
    pub static CODE_AGAINST_PATTERN = Rule {
        code: "K609",
        name: "code-against-pattern",
        severity: Error,
        summary: "A classification code does not follow the classification's code pattern.",
    };
}

/// The longest pattern compiled: patterns come from untrusted files.
const MAX_PATTERN_CHARS: usize = 1024;
/// The most memory a compiled pattern (and its lazy DFA) may take.
const MAX_COMPILED_BYTES: usize = 1 << 20;

/// Checks every code of `classification` against its `code_pattern`, if it declares one.
pub(crate) fn check(context: &mut Context<'_>, index: usize, classification: &Classification) {
    let Some(pattern) = classification.code_pattern.as_deref() else {
        return;
    };
    let root = FieldPath::root();
    let regex = match compile(pattern) {
        Ok(regex) => regex,
        Err(why) => {
            context.say(
                &CODE_AGAINST_PATTERN,
                index,
                &root.key("code_pattern"),
                Message::new("k609-invalid-pattern").with("why", Message::new(why)),
                Message::new("k609-invalid-pattern-help"),
            );
            return;
        }
    };
    for (i, entry) in classification.entries.iter().enumerate() {
        if !regex.is_match(&entry.code) {
            context.say(
                &CODE_AGAINST_PATTERN,
                index,
                &root.key("entries").index(i).key("code"),
                Message::new("k609-message")
                    .with("code", &entry.code)
                    .with("pattern", pattern),
                Message::new("k609-help"),
            );
        }
    }
}

/// Compiles `pattern` to match whole codes, within bounded size. The pattern is first compiled
/// alone, so that one such as `a)|(b` cannot escape the anchors added around it. The error is
/// the id of the message that says why it is refused.
fn compile(pattern: &str) -> Result<Regex, &'static str> {
    if pattern.chars().count() > MAX_PATTERN_CHARS {
        return Err("k609-too-long");
    }
    let build = |pattern: &str| {
        RegexBuilder::new(pattern)
            .size_limit(MAX_COMPILED_BYTES)
            .dfa_size_limit(MAX_COMPILED_BYTES)
            .build()
    };
    let reason = |error: regex::Error| match error {
        regex::Error::CompiledTooBig(_) => "k609-too-large",
        _ => "k609-invalid-syntax",
    };
    build(pattern).map_err(reason)?;
    build(&format!("^(?:{pattern})$")).map_err(reason)
}

#[cfg(test)]
mod tests {
    use super::compile;

    #[test]
    fn patterns_match_whole_codes_and_bad_ones_are_refused() {
        let isco = compile("[0-9]{1,4}").unwrap();
        assert!(isco.is_match("0110") && isco.is_match("7"));
        assert!(!isco.is_match("72120") && !isco.is_match("72A1") && !isco.is_match(""));
        assert_eq!(compile("a)|(b").unwrap_err(), "k609-invalid-syntax");
        assert_eq!(compile("[0-9").unwrap_err(), "k609-invalid-syntax");
        assert_eq!(compile(&"a".repeat(1025)).unwrap_err(), "k609-too-long");
        assert_eq!(compile("\\w{1000}{1000}").unwrap_err(), "k609-too-large");
    }
}
