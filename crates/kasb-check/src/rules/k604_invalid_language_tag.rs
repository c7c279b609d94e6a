//! K604 `invalid-language-tag`: an invalid language tag.

use crate::codes::{LANGUAGE_SCHEME, code_data, label_key};
use crate::context::Context;
use kasb_diagnostics::{Message, declare_rule};
use kasb_graph::Node;
use kasb_model::{FieldPath, ItemPath, Text};

declare_rule! {
    /// Languages are BCP 47 tags: `en`, `ru`, `ky`, `hy`, `uz-Latn`, `uz-Cyrl`.
    ///
    /// Failing:
    /// ```yaml
    /// title: {english: Welder}
    /// ```
    /// Passing:
    /// ```yaml
    /// title: {en: Welder}
    /// ```
    pub static INVALID_LANGUAGE_TAG = Rule {
        code: "K604",
        name: "invalid-language-tag",
        severity: Error,
        summary: "A language tag is not a well-formed BCP 47 tag.",
    };
}

/// A BCP 47 tag whose language subtag is an ISO 639 code (two or three letters), as the JSON
/// Schema requires: BCP 47 alone also admits five-to-eight-letter subtags such as `english`.
pub(crate) fn is_language_tag(tag: &str) -> bool {
    let language = tag.split('-').next().unwrap_or("");
    (2..=3).contains(&language.len()) && oxilangtag::LanguageTag::parse(tag).is_ok()
}

pub(crate) fn check(context: &mut Context<'_>, index: usize, path: &FieldPath, tag: &str) {
    if !is_language_tag(tag) {
        context
            .say(
                &INVALID_LANGUAGE_TAG,
                index,
                path,
                Message::new("k604-message").with("tag", tag),
                Message::new("k604-help"),
            )
            .data = code_data(tag, LANGUAGE_SCHEME);
    }
}

/// Reports each translation of the title or statement of `node` whose tag is not BCP 47, at
/// the translation.
pub(crate) fn check_translations(
    context: &mut Context<'_>,
    node: &Node,
    path: &ItemPath,
    label: &Text,
) {
    let Text::Translations(pairs) = label else {
        return;
    };
    for tag in pairs
        .iter()
        .map(|(tag, _)| tag)
        .filter(|tag| !is_language_tag(tag))
    {
        context
            .say(
                &INVALID_LANGUAGE_TAG,
                node.document,
                &path.key(label_key(node.kind)).key(tag.clone()),
                Message::new("k604-message").with("tag", tag.as_str()),
                Message::new("k604-help"),
            )
            .data = code_data(tag, LANGUAGE_SCHEME);
    }
}
