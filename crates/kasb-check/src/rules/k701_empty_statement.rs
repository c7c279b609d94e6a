//! K701 `empty-statement`: an empty statement.

use kasb_diagnostics::{Data, Message, declare_rule};

use crate::codes::label_key;
use crate::context::Context;

declare_rule! {
    /// An empty statement says nothing to a candidate or an assessor.
    ///
    /// Failing:
    /// ```yaml
    /// statement: ""
    /// ```
    /// Passing:
    /// ```yaml
    /// statement: The weld is free of cracks.
    /// ```
    pub static EMPTY_STATEMENT = Rule {
        code: "K701",
        name: "empty-statement",
        severity: Error,
        summary: "A title or statement is empty.",
    };
}

/// Reports every item whose title or statement is empty.
pub(crate) fn check(context: &mut Context<'_>) {
    let graph = context.graph;
    graph.for_each_text(|_, node, path, label| {
        if !label.is_blank() {
            return;
        }
        let key = label_key(node.kind);
        let report = context.say(
            &EMPTY_STATEMENT,
            node.document,
            &path.key(key),
            Message::new("k701-message")
                .with("field", key)
                .with("id", &node.id),
            Message::new("k701-help").with("field", key),
        );
        report.data = Data::EmptyText {
            id: node.id.clone(),
            field: key,
        };
    });
}
