//! K203 `wrong-reference-kind`: a reference to the wrong kind of thing.

use kasb_diagnostics::{Arg, Data, Diagnostic, Location, Message};
use kasb_i18n::{Said, diagnostic};
use kasb_model::NodeKind;

use super::kind_names;
use kasb_diagnostics::declare_rule;

declare_rule! {
    /// A field expects one kind of target: a qualification's `core` lists units, a task's `assesses` lists criteria, knowledge or skills, a standard's `framework` names a level framework.
    ///
    /// Failing:
    /// ```yaml
    /// framework: kg-welder
    /// ```
    /// Passing:
    /// ```yaml
    /// framework: kg-nqf
    /// ```
    pub static WRONG_REFERENCE_KIND = Rule {
        code: "K203",
        name: "wrong-reference-kind",
        severity: Error,
        summary: "A reference names something of the wrong kind.",
    };
}

/// The K203 of `reference`, which names a node of kind `found` where one of `expected` is due.
pub(crate) fn diagnose(
    location: Location,
    reference: &str,
    expected: &[NodeKind],
    found: NodeKind,
) -> Diagnostic {
    let expected_words = || Arg::Words(kind_names(expected));
    diagnostic(
        &WRONG_REFERENCE_KIND,
        location,
        Message::new("k203-message")
            .with("reference", reference)
            .with("found", Arg::Word(found.as_str()))
            .with("expected", expected_words()),
    )
    .help_said(Message::new("k203-help").with("expected", expected_words()))
    .with_data(Data::WrongReferenceKind {
        reference: reference.to_owned(),
        expected: kind_names(expected),
        found: found.as_str(),
    })
}
