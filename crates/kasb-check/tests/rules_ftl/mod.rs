//! `locales/en/rules.ftl` written from the rule registry: the English stays in each rule's doc
//! comment, and this file only carries it to Fluent, so a translation has every message to
//! match. Shared by `examples/rules-ftl.rs` (which writes it) and the test that it is current.

use std::fmt::Write as _;
use std::path::PathBuf;

/// The command that rewrites the English file.
pub const COMMAND: &str = "cargo run -p kasb-check --example rules-ftl";

/// Where the English file lives.
pub fn english_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../kasb-i18n/locales/en/rules.ftl")
}

/// The words `kasb rules` and `kasb explain` print around the rules' own texts: written here
/// once in English, translated in `locales/<tag>/rules.ftl`.
const FRAME: &str = "\
## Words around the rules

rules-severity-error = error
rules-severity-warning = warning
rules-severity-info = info
rules-by-default = { $severity } by default
rules-unknown = no rule `{ $rule }`; `kasb rules` lists them
";

/// The whole English file.
pub fn english() -> String {
    let mut out = String::from(
        "# Generated from the rules' doc comments by `cargo run -p kasb-check --example rules-ftl`:\n\
         # do not edit. A rule's summary and explanation (Markdown; YAML examples stay code).\n\n",
    );
    out.push_str(FRAME);
    for rule in kasb_check::rules::all() {
        let _ = write!(
            out,
            "\n## {} {}\n\n{} = {}\n{} =\n{}\n",
            rule.code,
            rule.name,
            summary_id(rule.code),
            escape(rule.summary),
            explanation_id(rule.code),
            block(rule.explanation),
        );
    }
    out
}

/// The message id of a rule's one-line summary.
pub fn summary_id(code: &str) -> String {
    format!("rule-{code}-summary")
}

/// The message id of a rule's explanation.
pub fn explanation_id(code: &str) -> String {
    format!("rule-{code}-explanation")
}

/// Text as a Fluent block pattern: every line indented by four spaces (Fluent removes the
/// common indentation, so the examples' own indentation stays), blank lines kept empty.
fn block(text: &str) -> String {
    text.lines()
        .map(|line| {
            if line.trim().is_empty() {
                String::new()
            } else {
                format!("    {}", escape(line))
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// One line as Fluent text: braces are placeables, and a line that starts with `[`, `*` or `.`
/// would be read as a variant or an attribute, so those become string literals.
fn escape(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let indent = line.len() - line.trim_start().len();
    for (at, c) in line.char_indices() {
        match c {
            '{' => out.push_str("{\"{\"}"),
            '}' => out.push_str("{\"}\"}"),
            '[' | '*' | '.' if at == indent => {
                let _ = write!(out, "{{\"{c}\"}}");
            }
            _ => out.push(c),
        }
    }
    out
}
