use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::path::Path;

use kasb_diagnostics::{Diagnostic, Notation, Severity, visible_in};
use quick_xml::Writer;
use quick_xml::escape::escape;
use quick_xml::events::attributes::Attribute;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};
use quick_xml::name::QName;

use crate::paths::display;

/// JUnit XML: one test case per checked file, failing with its errors (and warnings when
/// `deny_warnings`); infos and other warnings are kept as system-out.
///
/// A file that has diagnostics but is not among `files` (one that could not be read: not UTF-8,
/// too large) gets a test case too, so the failures agree with the exit status. The output is
/// well-formed XML 1.0 whatever the input: characters XML cannot carry, and every other control
/// character, are shown as `\u{1}`; `##[` is written `#&#35;[` (the same text once parsed). The
/// cost is linear in files and diagnostics.
pub fn junit(
    diagnostics: &[Diagnostic],
    files: &[&Path],
    base: &Path,
    deny_warnings: bool,
) -> String {
    let fails = |d: &Diagnostic| {
        d.severity == Severity::Error || (deny_warnings && d.severity == Severity::Warning)
    };
    let cases = Cases::new(diagnostics, files);
    let failures = cases
        .order
        .iter()
        .filter(|file| cases.of(file).iter().any(|d| fails(d)))
        .count();
    let mut writer = Writer::new_with_indent(Vec::new(), b' ', 2);
    let _ = writer.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)));
    let suites = BytesStart::new("testsuites").with_attributes([("name", "kasb check")]);
    let _ = writer.write_event(Event::Start(suites));
    let tests = cases.order.len().to_string();
    let failed = failures.to_string();
    let suite = BytesStart::new("testsuite").with_attributes([
        ("name", "kasb check"),
        ("tests", tests.as_str()),
        ("failures", failed.as_str()),
        ("errors", "0"),
    ]);
    let _ = writer.write_event(Event::Start(suite));
    for file in &cases.order {
        let own = cases.of(file);
        let name = xml(&display(file, base));
        let case = BytesStart::new("testcase").with_attributes([
            Attribute {
                key: QName("name"),
                value: Cow::Borrowed(name.as_str()),
            },
            Attribute::from(("classname", "kasb")),
        ]);
        let _ = writer.write_event(Event::Start(case));
        let failing: Vec<&Diagnostic> = own.iter().copied().filter(|d| fails(d)).collect();
        if !failing.is_empty() {
            let message = format!("{} problem(s)", failing.len());
            let failure = BytesStart::new("failure")
                .with_attributes([("message", message.as_str()), ("type", "kasb")]);
            let _ = writer.write_event(Event::Start(failure));
            let text = lines(failing.iter().copied(), base);
            let _ = writer.write_event(Event::Text(BytesText::from_escaped(text)));
            let _ = writer.write_event(Event::End(BytesEnd::new("failure")));
        }
        let rest = lines(own.iter().copied().filter(|d| !fails(d)), base);
        if !rest.is_empty() {
            let _ = writer.write_event(Event::Start(BytesStart::new("system-out")));
            let _ = writer.write_event(Event::Text(BytesText::from_escaped(rest)));
            let _ = writer.write_event(Event::End(BytesEnd::new("system-out")));
        }
        let _ = writer.write_event(Event::End(BytesEnd::new("testcase")));
    }
    let _ = writer.write_event(Event::End(BytesEnd::new("testsuite")));
    let _ = writer.write_event(Event::End(BytesEnd::new("testsuites")));
    String::from_utf8(writer.into_inner()).unwrap_or_default() + "\n"
}

/// The test cases: the checked files, then every other file a diagnostic names, each once,
/// with its diagnostics found through one map instead of a scan per file.
struct Cases<'a> {
    order: Vec<&'a Path>,
    diagnostics: HashMap<&'a Path, Vec<&'a Diagnostic>>,
}

impl<'a> Cases<'a> {
    fn new(diagnostics: &'a [Diagnostic], files: &[&'a Path]) -> Self {
        let mut seen: HashSet<&Path> = HashSet::with_capacity(files.len());
        let mut order: Vec<&Path> = Vec::with_capacity(files.len());
        for &file in files {
            if seen.insert(file) {
                order.push(file);
            }
        }
        let mut by_file: HashMap<&Path, Vec<&Diagnostic>> = HashMap::new();
        for diagnostic in diagnostics {
            let file = diagnostic.location.file.as_path();
            if seen.insert(file) {
                order.push(file);
            }
            by_file.entry(file).or_default().push(diagnostic);
        }
        Self {
            order,
            diagnostics: by_file,
        }
    }

    fn of(&self, file: &Path) -> &[&'a Diagnostic] {
        self.diagnostics.get(file).map_or(&[], Vec::as_slice)
    }
}

/// One escaped line per diagnostic.
fn lines<'a>(diagnostics: impl Iterator<Item = &'a Diagnostic>, base: &Path) -> String {
    diagnostics
        .map(|d| format!("{}\n", line(d, base)))
        .collect()
}

/// `file:line:col: severity[code]: message`. The line starts with the path, so it is guarded as
/// a whole too: a path `:` and the `:` after it must not open the line with `::`.
fn line(diagnostic: &Diagnostic, base: &Path) -> String {
    let line = format!(
        "{}:{}:{}: {}[{}]: {}",
        xml(&display(&diagnostic.location.file, base)),
        diagnostic.location.line(),
        diagnostic.location.column(),
        diagnostic.severity,
        diagnostic.rule.code,
        xml(&diagnostic.message)
    );
    visible_in(&line, Notation::Entity).into_owned()
}

/// User text as escaped XML content or attribute value: markup escaped, control characters
/// (CR included, which XML would turn into a line feed) shown visibly, runner commands broken
/// with character references.
fn xml(text: &str) -> String {
    let text = text.replace('\r', "\\r");
    visible_in(&escape(text.as_str()), Notation::Entity).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_what_xml_cannot_carry() {
        assert_eq!(xml("a<b>&\"'"), "a&lt;b&gt;&amp;&quot;&apos;");
        assert_eq!(xml("\u{1}\u{fffe}\r\n"), "\\u{1}\\u{fffe}\\r\\n");
        assert_eq!(xml("x ##[error]"), "x #&#35;[error]");
        assert_eq!(xml("::warning::x"), "&#58;:warning::x");
    }

    #[test]
    fn a_line_never_opens_with_a_command() {
        let at = kasb_diagnostics::Location::file(":");
        let diagnostic = Diagnostic::new(&kasb_check::rules::UNREADABLE_FILE, at, "a::b");
        assert_eq!(
            line(&diagnostic, Path::new("")),
            "&#58;:1:1: error[K100]: a::b"
        );
    }
}
