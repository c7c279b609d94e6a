//! K605 `missing-language`: a required language is missing.

use kasb_diagnostics::Data;
use kasb_diagnostics::{Message, declare_rule};
use kasb_graph::{Node, NodeKind};
use kasb_model::{ItemPath, Text};

use crate::codes::label_key;
use crate::context::Context;

declare_rule! {
    /// `kasb.toml` can require languages (`[languages] required = ["en", "ru"]`); every title and statement must then be given in each.
    ///
    /// Failing (with `en` required):
    /// ```yaml
    /// title: {ru: Сварщик}
    /// ```
    /// Passing:
    /// ```yaml
    /// title: {en: Welder, ru: Сварщик}
    /// ```
    pub static MISSING_LANGUAGE = Rule {
        code: "K605",
        name: "missing-language",
        severity: Warning,
        summary: "A text lacks a language that the configuration requires.",
    };
}

/// Reports each language of `required` that the title or statement of `node` lacks.
pub(crate) fn check(
    context: &mut Context<'_>,
    node: &Node,
    (path, label): (&ItemPath, &Text),
    required: &[String],
) {
    let generated = matches!(node.kind, NodeKind::Level)
        && matches!(label, Text::Plain(t) if t.starts_with("Level "));
    if generated {
        return; // the level has no title of its own
    }
    let language = context.graph.document_of(node).language();
    let key = label_key(node.kind);
    for wanted in required {
        if label.get(wanted, language).is_none() {
            // A missing language is shown at the whole text.
            context
                .say(
                    &MISSING_LANGUAGE,
                    node.document,
                    &path.key(key),
                    Message::new("k605-message")
                        .with("field", key)
                        .with("id", &node.id)
                        .with("language", wanted),
                    Message::new("k605-help")
                        .with("field", key)
                        .with("language", wanted),
                )
                .data = Data::MissingLanguage {
                language: wanted.clone(),
            };
        }
    }
}
