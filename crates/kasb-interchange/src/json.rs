//! A JSON tree that keeps every number exactly as written.
//!
//! `serde_json::Value` turns an integer beyond 64 bits into an `f64`
//! (`12345678901234567890123` → `1.2345678901234568e+22`) and rewrites decimals in their
//! shortest form. serde_json's `arbitrary_precision` feature would keep them, but features unify
//! across the workspace: it would change every `Value` kasb builds (SARIF, JSON reports,
//! schemas), make numbers serialise as a private map through any non-JSON serialiser (YAML,
//! snapshots) and break numbers inside untagged or flattened types. So this tree keeps each
//! number as its `RawValue` text instead, and nothing else changes.
//!
//! The tree is built from borrowed `RawValue`s one level at a time, with a depth limit, so user
//! data cannot make it recurse deeper than [`MAX_DEPTH`].

use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};
use serde::ser::{Serialize, SerializeMap, SerializeSeq, Serializer};
use serde_json::Value;
use serde_json::value::RawValue;

/// The deepest nesting read, as serde_json's own default limit.
pub(crate) const MAX_DEPTH: usize = 128;

/// A JSON value whose numbers are kept as written.
#[derive(Clone, Debug)]
pub(crate) enum Json {
    Null,
    Bool(bool),
    /// The number's text, as written.
    Number(Box<RawValue>),
    String(String),
    Array(Vec<Json>),
    Object(Object),
}

/// An object: its members in order. A repeated key keeps the last value, at its first place,
/// as `serde_json::Value` does.
#[derive(Clone, Debug, Default)]
pub(crate) struct Object(Vec<(String, Json)>);

/// Why a text is not a JSON tree kasb reads: the byte offset and what.
#[derive(Debug)]
pub(crate) struct ParseError {
    pub(crate) offset: usize,
    pub(crate) message: String,
}

impl Json {
    /// Parses `text`, nested at most [`MAX_DEPTH`] deep.
    pub(crate) fn parse(text: &str) -> Result<Json, ParseError> {
        let raw: &RawValue = serde_json::from_str(text).map_err(|error| ParseError {
            offset: offset_at(text, error.line(), error.column()),
            message: error.to_string(),
        })?;
        Self::from_raw(text, raw, 0)
    }

    fn from_raw(text: &str, raw: &RawValue, depth: usize) -> Result<Json, ParseError> {
        let here = raw.get();
        let fail = |message: String| ParseError {
            offset: crate::locate::offset_of(text, here),
            message,
        };
        let nested = |depth: usize| {
            if depth >= MAX_DEPTH {
                Err(fail(format!("nested more than {MAX_DEPTH} levels deep")))
            } else {
                Ok(depth + 1)
            }
        };
        let internal = |error: serde_json::Error| fail(error.to_string());
        Ok(match here.as_bytes().first() {
            Some(b'{') => {
                let depth = nested(depth)?;
                let Members(members) = serde_json::from_str(here).map_err(internal)?;
                let mut object = Object::default();
                for (key, value) in members {
                    object.insert(key, Self::from_raw(text, value, depth)?);
                }
                Json::Object(object)
            }
            Some(b'[') => {
                let depth = nested(depth)?;
                let items: Vec<&RawValue> = serde_json::from_str(here).map_err(internal)?;
                let items = items
                    .into_iter()
                    .map(|item| Self::from_raw(text, item, depth))
                    .collect::<Result<_, _>>()?;
                Json::Array(items)
            }
            Some(b'"') => Json::String(serde_json::from_str(here).map_err(internal)?),
            Some(b't' | b'f') => Json::Bool(serde_json::from_str(here).map_err(internal)?),
            Some(b'n') => Json::Null,
            _ => Json::Number(raw.to_owned()),
        })
    }

    /// The text, for a string.
    pub(crate) fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(text) => Some(text),
            _ => None,
        }
    }

    /// The member `key`, for an object.
    pub(crate) fn get(&self, key: &str) -> Option<&Json> {
        self.as_object()?.get(key)
    }

    pub(crate) fn as_object(&self) -> Option<&Object> {
        match self {
            Json::Object(object) => Some(object),
            _ => None,
        }
    }

    pub(crate) fn as_object_mut(&mut self) -> Option<&mut Object> {
        match self {
            Json::Object(object) => Some(object),
            _ => None,
        }
    }

    /// The value a JSON pointer (`/CFItems/3/uri`) names.
    pub(crate) fn pointer_mut(&mut self, pointer: &str) -> Option<&mut Json> {
        let mut here = self;
        for segment in pointer.split('/').skip(1) {
            let segment = segment.replace("~1", "/").replace("~0", "~");
            here = match here {
                Json::Object(object) => object.get_mut(&segment)?,
                Json::Array(list) => list.get_mut(segment.parse::<usize>().ok()?)?,
                _ => return None,
            };
        }
        Some(here)
    }

    pub(crate) fn is_null(&self) -> bool {
        matches!(self, Json::Null)
    }

    /// A number from an integer.
    pub(crate) fn integer(number: i64) -> Json {
        Json::Number(raw_number(&number.to_string()))
    }

    /// Pretty-printed JSON text with a final newline.
    pub(crate) fn to_pretty(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default() + "\n"
    }
}

fn raw_number(text: &str) -> Box<RawValue> {
    RawValue::from_string(text.to_owned())
        .unwrap_or_else(|_| RawValue::from_string("0".to_owned()).expect("`0` is a JSON number"))
}

impl Object {
    pub(crate) fn get(&self, key: &str) -> Option<&Json> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    pub(crate) fn get_mut(&mut self, key: &str) -> Option<&mut Json> {
        self.0.iter_mut().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    pub(crate) fn contains_key(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    /// The text of member `key`, when it is a string.
    pub(crate) fn str_of(&self, key: &str) -> Option<&str> {
        self.get(key).and_then(Json::as_str)
    }

    /// Sets member `key`, in its place when it exists, else at the end.
    pub(crate) fn insert(&mut self, key: impl Into<String>, value: impl Into<Json>) {
        let key = key.into();
        let value = value.into();
        match self.get_mut(&key) {
            Some(slot) => *slot = value,
            None => self.0.push((key, value)),
        }
    }

    /// The member `key`, inserted as `default` first when missing.
    pub(crate) fn entry_or(&mut self, key: &str, default: Json) -> &mut Json {
        if !self.contains_key(key) {
            self.0.push((key.to_owned(), default));
        }
        self.get_mut(key).expect("the member was just ensured")
    }

    pub(crate) fn retain(&mut self, mut keep: impl FnMut(&str, &Json) -> bool) {
        self.0.retain(|(key, value)| keep(key, value));
    }

    pub(crate) fn values_mut(&mut self) -> impl Iterator<Item = &mut Json> {
        self.0.iter_mut().map(|(_, value)| value)
    }
}

impl From<Value> for Json {
    /// Values kasb builds itself (`json!`): shallow, with numbers it wrote.
    fn from(value: Value) -> Json {
        match value {
            Value::Null => Json::Null,
            Value::Bool(flag) => Json::Bool(flag),
            Value::Number(number) => Json::Number(raw_number(&number.to_string())),
            Value::String(text) => Json::String(text),
            Value::Array(items) => Json::Array(items.into_iter().map(Json::from).collect()),
            Value::Object(map) => {
                let mut object = Object::default();
                for (key, value) in map {
                    object.insert(key, Json::from(value));
                }
                Json::Object(object)
            }
        }
    }
}

impl From<String> for Json {
    fn from(text: String) -> Json {
        Json::String(text)
    }
}

impl From<Object> for Json {
    fn from(object: Object) -> Json {
        Json::Object(object)
    }
}

impl Serialize for Json {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Json::Null => serializer.serialize_unit(),
            Json::Bool(flag) => serializer.serialize_bool(*flag),
            Json::Number(raw) => raw.serialize(serializer),
            Json::String(text) => serializer.serialize_str(text),
            Json::Array(items) => {
                let mut seq = serializer.serialize_seq(Some(items.len()))?;
                for item in items {
                    seq.serialize_element(item)?;
                }
                seq.end()
            }
            Json::Object(object) => object.serialize(serializer),
        }
    }
}

impl Serialize for Object {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (key, value) in &self.0 {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

/// An object's members as borrowed raw values, in order.
struct Members<'a>(Vec<(String, &'a RawValue)>);

impl<'de: 'a, 'a> Deserialize<'de> for Members<'a> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct MembersVisitor<'a>(std::marker::PhantomData<&'a ()>);
        impl<'de: 'a, 'a> Visitor<'de> for MembersVisitor<'a> {
            type Value = Members<'a>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<Members<'a>, M::Error> {
                let mut members = Vec::new();
                while let Some((key, value)) = map.next_entry::<String, &'de RawValue>()? {
                    members.push((key, value));
                }
                Ok(Members(members))
            }
        }
        deserializer.deserialize_map(MembersVisitor(std::marker::PhantomData))
    }
}

/// The byte offset of a 1-based line and column (serde_json's error position).
fn offset_at(text: &str, line: usize, column: usize) -> usize {
    let start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    (start + column.saturating_sub(1)).min(text.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_keep_their_text_and_the_rest_its_order() {
        let text = r#"{"b": 12345678901234567890123, "a": [1.50, -0e0, 1E+400], "c": {"x": null}}"#;
        let json = Json::parse(text).unwrap();
        assert_eq!(
            serde_json::to_string(&json).unwrap(),
            r#"{"b":12345678901234567890123,"a":[1.50,-0e0,1E+400],"c":{"x":null}}"#
        );
    }

    #[test]
    fn deep_nesting_is_an_error_at_its_place_not_a_stack_overflow() {
        let depth = 100_000;
        let text = "[".repeat(depth) + &"]".repeat(depth);
        let error = Json::parse(&text).unwrap_err();
        assert!(error.message.contains("128"), "{}", error.message);
        assert_eq!(error.offset, MAX_DEPTH);
    }
}
