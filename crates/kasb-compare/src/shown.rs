//! A document's own text in every language it has, so a report can show it in its language.

use kasb_model::Text;

use crate::text::primary_language;

/// A title or statement in every language its document gives, the document's default language
/// first. A report shows it in the report's language when the document has it, else in the
/// default language, marked with that language's tag (as `kasb report` does).
///
/// ```
/// use kasb_compare::Texts;
/// use kasb_model::Text;
///
/// let title = Text::from_translations([
///     ("en".to_owned(), "Welder".to_owned()),
///     ("ru".to_owned(), "Сварщик".to_owned()),
/// ]);
/// let texts = Texts::of(&title, "en");
/// assert_eq!(texts.pick("ru"), ("Сварщик", None));
/// assert_eq!(texts.pick("ky"), ("Welder", Some("en")));
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Texts(Vec<(String, String)>);

impl Texts {
    /// No text.
    pub(crate) const NONE: Texts = Texts(Vec::new());

    /// The non-blank texts of `text` by primary language tag, `default_language` first.
    pub fn of(text: &Text, default_language: &str) -> Self {
        let default = primary_language(default_language);
        let mut texts: Vec<(String, String)> = text
            .entries(default_language)
            .filter(|(_, value)| !value.trim().is_empty())
            .map(|(language, value)| (primary_language(language), value.to_owned()))
            .collect();
        // Stable: the default language first, the others in the document's order.
        texts.sort_by_key(|(language, _)| *language != default);
        Texts(texts)
    }

    /// The same texts with each run of whitespace made one space (notes written as YAML blocks).
    pub(crate) fn collapsed(mut self) -> Self {
        for (_, text) in &mut self.0 {
            *text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        }
        self
    }

    /// The text in `language` (a primary tag such as `ru`) and `None`; else the text in the
    /// document's default language and that language's tag. `("", None)` when there is none.
    pub fn pick(&self, language: &str) -> (&str, Option<&str>) {
        if let Some((_, text)) = self.0.iter().find(|(tag, _)| tag == language) {
            return (text, None);
        }
        self.0.first().map_or(("", None), |(tag, text)| {
            (text.as_str(), Some(tag.as_str()))
        })
    }
}
