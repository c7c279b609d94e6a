//! K106 `duplicate-key`: the same key twice in one mapping.

use kasb_diagnostics::declare_rule;
use kasb_diagnostics::{Data, Diagnostic, Location, Message};
use kasb_i18n::Said as _;

use super::said;

declare_rule! {
    /// Most YAML tools silently keep the last of two equal keys, losing the first value. kasb refuses the file instead, naming every repeated key with its first occurrence. (When the first key of a list item comes again, the item below lacks its `- `: that is K116.)
    ///
    /// Failing:
    /// ```yaml
    /// title: Welder
    /// title: Сварщик
    /// ```
    /// Passing:
    /// ```yaml
    /// title: {en: Welder, ru: Сварщик}
    /// ```
    pub static DUPLICATE_KEY = Rule {
        code: "K106",
        name: "duplicate-key",
        severity: Error,
        summary: "A mapping has the same key twice.",
    };
}

/// The K106 of the key `key` given again at `location`, first given at `first`.
pub(crate) fn repeated(location: Location, key: &str, first: Location) -> Diagnostic {
    said(
        &DUPLICATE_KEY,
        location,
        Message::new("k106-message").with("key", key),
        Message::new("k106-help"),
    )
    .related_said(first, Message::new("k106-first").with("key", key))
    .with_data(Data::DuplicateKey {
        key: Some(key.to_owned()),
    })
}
