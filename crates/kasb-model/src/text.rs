use std::borrow::Cow;
use std::fmt;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::de::{self, MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Text that people read: a plain string in the document's default language, or a map from
/// BCP 47 language tag to text (`{en: Welder, ru: Сварщик, ky: Ширетүүчү}`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Text {
    /// A string in the document's default language.
    Plain(String),
    /// Translations as (BCP 47 tag, text) pairs, sorted by tag, each tag once. A sorted vector
    /// rather than a map: a repository holds hundreds of thousands of texts of two or three
    /// languages each, and a B-tree node would reserve room for eleven.
    Translations(Vec<(String, String)>),
}

impl Text {
    /// The text in `language`, falling back to the plain string when the document's
    /// `default_language` is `language`.
    pub fn get(&self, language: &str, default_language: &str) -> Option<&str> {
        match self {
            Text::Plain(text) => (language == default_language).then_some(text.as_str()),
            Text::Translations(pairs) => pairs
                .iter()
                .find(|(tag, _)| tag == language)
                .map(|(_, text)| text.as_str()),
        }
    }

    /// Translations from (tag, text) pairs in any order; a later pair for the same tag wins.
    pub fn from_translations(pairs: impl IntoIterator<Item = (String, String)>) -> Self {
        let mut pairs: Vec<(String, String)> = pairs.into_iter().collect();
        // A stable sort keeps equal tags in input order, so the dedup keeps the last.
        pairs.sort_by(|a, b| a.0.cmp(&b.0));
        pairs.reverse();
        pairs.dedup_by(|a, b| a.0 == b.0);
        pairs.reverse();
        Text::Translations(pairs)
    }

    /// Every (language, text) pair, resolving a plain string to `default_language`.
    pub fn entries<'a>(
        &'a self,
        default_language: &'a str,
    ) -> Box<dyn Iterator<Item = (&'a str, &'a str)> + 'a> {
        match self {
            Text::Plain(text) => Box::new(std::iter::once((default_language, text.as_str()))),
            Text::Translations(pairs) => {
                Box::new(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
            }
        }
    }

    /// Some text to show when no language is preferred: English if present, else the first.
    pub fn any(&self) -> &str {
        match self {
            Text::Plain(text) => text,
            Text::Translations(pairs) => pairs
                .iter()
                .find(|(tag, _)| tag == "en")
                .or_else(|| pairs.first())
                .map_or("", |(_, text)| text.as_str()),
        }
    }

    /// True when every translation is empty or blank.
    pub fn is_blank(&self) -> bool {
        match self {
            Text::Plain(text) => text.trim().is_empty(),
            Text::Translations(pairs) => pairs.iter().all(|(_, text)| text.trim().is_empty()),
        }
    }
}

impl From<&str> for Text {
    fn from(text: &str) -> Self {
        Text::Plain(text.to_owned())
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.any())
    }
}

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Text::Plain(text) => serializer.serialize_str(text),
            Text::Translations(pairs) => {
                let mut map = serializer.serialize_map(Some(pairs.len()))?;
                for (tag, text) in pairs {
                    map.serialize_entry(tag, text)?;
                }
                map.end()
            }
        }
    }
}

struct TextVisitor;

impl<'de> Visitor<'de> for TextVisitor {
    type Value = Text;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("text: a string, or a map from language tag to string")
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<Text, E> {
        Ok(Text::Plain(value.to_owned()))
    }

    fn visit_string<E: de::Error>(self, value: String) -> Result<Text, E> {
        Ok(Text::Plain(value))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Text, A::Error> {
        let mut pairs: Vec<(String, String)> = Vec::with_capacity(access.size_hint().unwrap_or(2));
        while let Some((language, text)) = access.next_entry::<String, String>()? {
            if pairs.iter().any(|(tag, _)| *tag == language) {
                return Err(de::Error::custom(format_args!(
                    "language `{language}` is given twice"
                )));
            }
            pairs.push((language, text));
        }
        pairs.sort_by(|a, b| a.0.cmp(&b.0));
        Ok(Text::Translations(pairs))
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Text, D::Error> {
        deserializer.deserialize_any(TextVisitor)
    }
}

impl JsonSchema for Text {
    fn schema_name() -> Cow<'static, str> {
        "Text".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "Text in the document's default language, or a map from BCP 47 language tag to text.",
            "anyOf": [
                { "type": "string" },
                {
                    "type": "object",
                    "propertyNames": { "pattern": "^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$" },
                    "additionalProperties": { "type": "string" },
                    "minProperties": 1
                }
            ]
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_belongs_to_the_default_language() {
        let text = Text::from("Сварщик");
        assert_eq!(text.get("ru", "ru"), Some("Сварщик"));
        assert_eq!(text.get("en", "ru"), None);
    }

    #[test]
    fn translations_round_trip_through_json() {
        let text: Text = serde_json::from_str(r#"{"en":"Welder","ky":"Ширетүүчү"}"#).unwrap();
        assert_eq!(text.get("ky", "en"), Some("Ширетүүчү"));
        assert_eq!(text.any(), "Welder");
        let json = serde_json::to_string(&text).unwrap();
        assert_eq!(json, r#"{"en":"Welder","ky":"Ширетүүчү"}"#);
    }

    #[test]
    fn translations_are_sorted_and_the_last_of_a_tag_wins() {
        let text = Text::from_translations([
            ("ru".to_owned(), "Сварщик".to_owned()),
            ("en".to_owned(), "Welder (old)".to_owned()),
            ("en".to_owned(), "Welder".to_owned()),
        ]);
        let tags: Vec<&str> = text.entries("en").map(|(tag, _)| tag).collect();
        assert_eq!(tags, ["en", "ru"]);
        assert_eq!(text.get("en", "en"), Some("Welder"));
        let yaml_order: Text = serde_json::from_str(r#"{"ru":"Сварщик","en":"Welder"}"#).unwrap();
        assert_eq!(yaml_order, text);
    }

    #[test]
    fn a_number_is_not_text() {
        assert!(serde_json::from_str::<Text>("42").is_err());
    }
}
