use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Text that people read: a plain string in the document's default language, or a map from
/// BCP 47 language tag to text (`{en: Welder, ru: Сварщик, ky: Ширетүүчү}`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Text {
    /// A string in the document's default language.
    Plain(String),
    /// Translations keyed by BCP 47 tag, in tag order.
    Translations(BTreeMap<String, String>),
}

impl Text {
    /// The text in `language`, falling back to the plain string when the document's
    /// `default_language` is `language`.
    pub fn get(&self, language: &str, default_language: &str) -> Option<&str> {
        match self {
            Text::Plain(text) => (language == default_language).then_some(text.as_str()),
            Text::Translations(map) => map.get(language).map(String::as_str),
        }
    }

    /// Every (language, text) pair, resolving a plain string to `default_language`.
    pub fn entries<'a>(
        &'a self,
        default_language: &'a str,
    ) -> Box<dyn Iterator<Item = (&'a str, &'a str)> + 'a> {
        match self {
            Text::Plain(text) => Box::new(std::iter::once((default_language, text.as_str()))),
            Text::Translations(map) => Box::new(map.iter().map(|(k, v)| (k.as_str(), v.as_str()))),
        }
    }

    /// Some text to show when no language is preferred: English if present, else the first.
    pub fn any(&self) -> &str {
        match self {
            Text::Plain(text) => text,
            Text::Translations(map) => map
                .get("en")
                .or_else(|| map.values().next())
                .map_or("", String::as_str),
        }
    }

    /// True when every translation is empty or blank.
    pub fn is_blank(&self) -> bool {
        match self {
            Text::Plain(text) => text.trim().is_empty(),
            Text::Translations(map) => map.values().all(|text| text.trim().is_empty()),
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
            Text::Translations(map) => map.serialize(serializer),
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
        let mut map = BTreeMap::new();
        while let Some((language, text)) = access.next_entry::<String, String>()? {
            if map.insert(language.clone(), text).is_some() {
                return Err(de::Error::custom(format_args!(
                    "language `{language}` is given twice"
                )));
            }
        }
        Ok(Text::Translations(map))
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
    fn a_number_is_not_text() {
        assert!(serde_json::from_str::<Text>("42").is_err());
    }
}
