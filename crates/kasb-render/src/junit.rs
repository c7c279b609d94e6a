use std::path::Path;

use kasb_diagnostics::{Diagnostic, Severity};
use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};

use crate::paths::display;

/// JUnit XML: one test case per checked file, failing with its errors (and warnings when
/// `deny_warnings`); infos and other warnings are kept as system-out.
pub fn junit(
    diagnostics: &[Diagnostic],
    files: &[&Path],
    base: &Path,
    deny_warnings: bool,
) -> String {
    let fails = |d: &Diagnostic| {
        d.severity == Severity::Error || (deny_warnings && d.severity == Severity::Warning)
    };
    let failures = files
        .iter()
        .filter(|file| {
            diagnostics
                .iter()
                .any(|d| fails(d) && d.location.file == **file)
        })
        .count();
    let mut writer = Writer::new_with_indent(Vec::new(), b' ', 2);
    let _ = writer.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)));
    let suites = BytesStart::new("testsuites").with_attributes([("name", "kasb check")]);
    let _ = writer.write_event(Event::Start(suites));
    let tests = files.len().to_string();
    let failed = failures.to_string();
    let suite = BytesStart::new("testsuite").with_attributes([
        ("name", "kasb check"),
        ("tests", tests.as_str()),
        ("failures", failed.as_str()),
        ("errors", "0"),
    ]);
    let _ = writer.write_event(Event::Start(suite));
    for file in files {
        let name = display(file, base);
        let own: Vec<&Diagnostic> = diagnostics
            .iter()
            .filter(|d| d.location.file == *file)
            .collect();
        let case = BytesStart::new("testcase")
            .with_attributes([("name", name.as_str()), ("classname", "kasb")]);
        let _ = writer.write_event(Event::Start(case));
        let failing: Vec<&Diagnostic> = own.iter().copied().filter(|d| fails(d)).collect();
        if !failing.is_empty() {
            let message = format!("{} problem(s)", failing.len());
            let failure = BytesStart::new("failure")
                .with_attributes([("message", message.as_str()), ("type", "kasb")]);
            let _ = writer.write_event(Event::Start(failure));
            let text: String = failing
                .iter()
                .map(|d| format!("{}\n", line(d, base)))
                .collect();
            let _ = writer.write_event(Event::Text(BytesText::new(&text)));
            let _ = writer.write_event(Event::End(BytesEnd::new("failure")));
        }
        let rest: String = own
            .iter()
            .filter(|d| !fails(d))
            .map(|d| format!("{}\n", line(d, base)))
            .collect();
        if !rest.is_empty() {
            let _ = writer.write_event(Event::Start(BytesStart::new("system-out")));
            let _ = writer.write_event(Event::Text(BytesText::new(&rest)));
            let _ = writer.write_event(Event::End(BytesEnd::new("system-out")));
        }
        let _ = writer.write_event(Event::End(BytesEnd::new("testcase")));
    }
    let _ = writer.write_event(Event::End(BytesEnd::new("testsuite")));
    let _ = writer.write_event(Event::End(BytesEnd::new("testsuites")));
    String::from_utf8(writer.into_inner()).unwrap_or_default() + "\n"
}

fn line(diagnostic: &Diagnostic, base: &Path) -> String {
    let file = display(&diagnostic.location.file, base);
    format!(
        "{file}:{}:{}: {}[{}]: {}",
        diagnostic.location.line(),
        diagnostic.location.column(),
        diagnostic.severity,
        diagnostic.rule.code,
        diagnostic.message
    )
}
