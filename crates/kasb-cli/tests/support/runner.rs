//! A model of how the GitHub Actions runner finds workflow commands in a step's output
//! (actions/runner, `ActionCommandManager` and `ActionCommand`), to replay kasb's outputs
//! through it. Include it with `#[path = "support/runner.rs"] mod runner;`.
//!
//! - The output is split into lines at `\n`, `\r\n` and a lone `\r`.
//! - v2: a line whose text, after leading whitespace, starts with `::` and has a second `::` is
//!   `::name key=value,key=value::data`. Properties are unescaped `%0D %0A %3A %2C %25`, the data
//!   `%0D %0A %25`.
//! - v1: `##[name key=value;key=value]data` anywhere in a line; `%3B %0D %0A %5D %25`.
//! - `::stop-commands::TOKEN` turns processing off until a line `::TOKEN::`.
//!
//! It is stricter than the runner in two ways, so that what it accepts the runner accepts: a
//! command name is anything made of ASCII letters, digits, `-`, `_` and `.` (the runner acts only
//! on names it registered), and a line is also read with its invisible characters removed,
//! since the runner compares with the current culture, which may skip them (`:\u{ad}:` as `::`).
#![allow(dead_code)]

/// How a command was written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Syntax {
    /// `::name props::data` at the start of a line.
    V2,
    /// `##[name props]data` anywhere in a line.
    V1,
}

/// A workflow command the runner would act on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Command {
    /// The 1-based line of the output it is on.
    pub line: usize,
    /// How it was written.
    pub syntax: Syntax,
    /// `error`, `add-mask`, `stop-commands`, …
    pub name: String,
    /// Its properties, unescaped, in order.
    pub properties: Vec<(String, String)>,
    /// Its data, unescaped.
    pub data: String,
}

impl Command {
    /// Whether it is an annotation: `error`, `warning` or `notice` in v2 syntax.
    pub fn is_annotation(&self) -> bool {
        self.syntax == Syntax::V2 && matches!(self.name.as_str(), "error" | "warning" | "notice")
    }

    /// The value of property `key` (the runner ignores the case of keys).
    pub fn property(&self, key: &str) -> Option<&str> {
        self.properties
            .iter()
            .rev()
            .find(|(k, _)| k.eq_ignore_ascii_case(key))
            .map(|(_, v)| v.as_str())
    }
}

/// Every command the runner would find in `output`, in order.
pub fn commands(output: &str) -> Vec<Command> {
    let mut found = Vec::new();
    let mut stopped_until: Option<String> = None;
    for (index, line) in lines(output).enumerate() {
        if let Some(token) = &stopped_until {
            if line.trim() == format!("::{token}::") {
                stopped_until = None;
            }
            continue;
        }
        let Some(command) = parse(line, index + 1) else {
            continue;
        };
        if command.syntax == Syntax::V2 && command.name == "stop-commands" {
            stopped_until = Some(command.data.clone());
        }
        found.push(command);
    }
    found
}

/// Splits as .NET's `ReadLine` does: at `\n`, `\r\n` and a lone `\r`.
pub fn lines(output: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(output);
    std::iter::from_fn(move || {
        let text = rest?;
        match text.find(['\r', '\n']) {
            Some(at) => {
                let skip = if text[at..].starts_with("\r\n") { 2 } else { 1 };
                rest = Some(&text[at + skip..]).filter(|r| !r.is_empty());
                Some(&text[..at])
            }
            None => {
                rest = None;
                Some(text)
            }
        }
    })
}

fn parse(line: &str, number: usize) -> Option<Command> {
    let parse_as_written = |text: &str| v2(text, number).or_else(|| v1(text, number));
    parse_as_written(line).or_else(|| {
        let visible: String = line.chars().filter(|&c| !invisible(c)).collect();
        parse_as_written(&visible)
    })
}

fn v2(line: &str, number: usize) -> Option<Command> {
    let text = line.trim_start().strip_prefix("::")?;
    let end = text.find("::")?;
    let (info, data) = (&text[..end], &text[end + 2..]);
    let (name, properties) = info.split_once(' ').unwrap_or((info, ""));
    let properties = properties
        .trim()
        .split(',')
        .filter_map(|pair| pair.split_once('='))
        .filter(|(key, value)| !key.is_empty() && !value.is_empty())
        .map(|(key, value)| (key.to_owned(), unescape(value, PROPERTY)))
        .collect();
    command(number, Syntax::V2, name, properties, unescape(data, DATA))
}

fn v1(line: &str, number: usize) -> Option<Command> {
    let start = line.find("##[")? + 3;
    let end = start + line[start..].find(']')?;
    let info = &line[start..end];
    let (name, properties) = info.split_once(' ').unwrap_or((info, ""));
    let properties = properties
        .split(';')
        .filter_map(|pair| pair.split_once('='))
        .filter(|(key, value)| !key.is_empty() && !value.is_empty())
        .map(|(key, value)| (key.to_owned(), unescape(value, V1)))
        .collect();
    command(
        number,
        Syntax::V1,
        name,
        properties,
        unescape(&line[end + 1..], V1),
    )
}

fn command(
    line: usize,
    syntax: Syntax,
    name: &str,
    properties: Vec<(String, String)>,
    data: String,
) -> Option<Command> {
    let plausible = !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'));
    plausible.then(|| Command {
        line,
        syntax,
        name: name.to_owned(),
        properties,
        data,
    })
}

/// The runner's escapes, undone in its order.
const DATA: &[(&str, &str)] = &[("%0D", "\r"), ("%0A", "\n"), ("%25", "%")];
const PROPERTY: &[(&str, &str)] = &[
    ("%0D", "\r"),
    ("%0A", "\n"),
    ("%3A", ":"),
    ("%2C", ","),
    ("%25", "%"),
];
const V1: &[(&str, &str)] = &[
    ("%3B", ";"),
    ("%0D", "\r"),
    ("%0A", "\n"),
    ("%5D", "]"),
    ("%25", "%"),
];

fn unescape(text: &str, mappings: &[(&str, &str)]) -> String {
    mappings
        .iter()
        .fold(text.to_owned(), |text, (escaped, raw)| {
            text.replace(escaped, raw)
        })
}

/// GitHub's escaping of a command's data (what a correct writer does).
pub fn escape_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Characters a culture-sensitive comparison may skip: controls other than line breaks and
/// tabs, and the default-ignorable code points (soft hyphen, zero-width and bidi marks, …).
fn invisible(c: char) -> bool {
    (c.is_control() && !c.is_whitespace())
        || matches!(c,
            '\u{ad}' | '\u{34f}' | '\u{61c}' | '\u{115f}' | '\u{1160}' | '\u{17b4}' | '\u{17b5}'
            | '\u{180b}'..='\u{180f}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}'
            | '\u{2060}'..='\u{206f}' | '\u{3164}' | '\u{fe00}'..='\u{fe0f}' | '\u{feff}'
            | '\u{ffa0}' | '\u{fff0}'..='\u{fff8}' | '\u{1bca0}'..='\u{1bca3}'
            | '\u{1d173}'..='\u{1d17a}' | '\u{e0000}'..='\u{e0fff}')
}

#[cfg(test)]
mod model {
    use super::*;

    #[test]
    fn reads_v2_commands_after_leading_whitespace() {
        let found = commands("ok\n  ::error file=a%3Ab.yaml,line=3::bad%0Anext %25\n");
        assert_eq!(found.len(), 1);
        let command = &found[0];
        assert_eq!((command.line, command.name.as_str()), (2, "error"));
        assert_eq!(command.property("file"), Some("a:b.yaml"));
        assert_eq!(command.property("LINE"), Some("3"));
        assert_eq!(command.data, "bad\nnext %");
        assert!(command.is_annotation());
    }

    #[test]
    fn reads_v1_commands_anywhere_and_lone_carriage_returns() {
        let found = commands("text ##[add-mask]secret\rx ::warning::no\r::notice::yes");
        let names: Vec<(&str, Syntax)> =
            found.iter().map(|c| (c.name.as_str(), c.syntax)).collect();
        assert_eq!(names, [("add-mask", Syntax::V1), ("notice", Syntax::V2)]);
        assert_eq!(found[1].line, 3);
    }

    #[test]
    fn stop_commands_silences_until_the_token() {
        let output = "::stop-commands::tok\n::error::hidden\n::tok::\n::error::seen\n";
        let names: Vec<String> = commands(output).into_iter().map(|c| c.data).collect();
        assert_eq!(names, ["tok", "seen"]);
    }

    #[test]
    fn invisible_characters_do_not_hide_a_command() {
        assert_eq!(commands(":\u{ad}:error::x")[0].name, "error");
        assert_eq!(commands("a #\u{200b}#[debug]x")[0].name, "debug");
        assert!(commands("  ::: a/x::y.yaml:1:2").is_empty());
        assert!(commands("#\\u{23}[error]x \\u{3a}:error::x").is_empty());
    }
}
