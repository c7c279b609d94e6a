//! Documents written for people to edit: YAML whose fields each carry a one-line `#` comment
//! taken from the kind's JSON Schema (that is, from the model's doc comments), so the comments
//! never drift from the model.

use std::collections::HashSet;
use std::fmt::Write as _;

use kasb::model::Document;
use serde_json::{Map, Value};

/// How many `$ref`/`anyOf` hops are followed to find an object's properties: the model's
/// schemas need two; the bound only keeps a malformed schema from looping.
const MAX_SCHEMA_HOPS: usize = 8;

/// The text of `document` as a commented YAML file: the `yaml-language-server` modeline naming
/// `schema`, the `header` lines as comments, then every field with its description above it (the
/// first time a field of a type appears, so repeated items stay readable).
pub(crate) fn commented_yaml(
    document: &Document,
    schema: &str,
    header: &[&str],
) -> Result<String, String> {
    let value = serde_json::to_value(document).map_err(|error| error.to_string())?;
    let root =
        serde_json::to_value(document.kind().json_schema()).map_err(|error| error.to_string())?;
    let mut writer = Writer {
        root: &root,
        out: format!("# yaml-language-server: $schema={schema}\n"),
        commented: HashSet::new(),
    };
    for line in header {
        writer.out.push_str(&comment_line(0, line));
    }
    let Value::Object(map) = &value else {
        return Err("a document serialises as a map".to_owned());
    };
    writer.map(map, Some(&root), 0, None);
    Ok(writer.out)
}

struct Writer<'a> {
    root: &'a Value,
    out: String,
    /// (schema object, field) pairs already commented.
    commented: HashSet<(*const Value, String)>,
}

impl<'a> Writer<'a> {
    /// Writes `map` at `indent`; its first key follows `dash` (`- `) when it is a list item.
    fn map(
        &mut self,
        map: &Map<String, Value>,
        schema: Option<&'a Value>,
        indent: usize,
        dash: Option<usize>,
    ) {
        let properties = schema.and_then(|schema| self.properties(schema, 0));
        for (index, (key, value)) in map.iter().enumerate() {
            let field = properties.and_then(|(_, props)| props.get(key));
            if let Some((owner, _)) = properties
                && self.commented.insert((owner as *const Value, key.clone()))
                && let Some(text) = field.and_then(|field| self.describe(field))
            {
                let at = match (index, dash) {
                    (0, Some(dash_indent)) => dash_indent,
                    _ => indent,
                };
                self.out.push_str(&comment_line(at, &text));
            }
            match (index, dash) {
                (0, Some(dash_indent)) => {
                    let _ = write!(self.out, "{}- ", " ".repeat(dash_indent));
                }
                _ => self.out.push_str(&" ".repeat(indent)),
            }
            self.out.push_str(&scalar(key));
            self.out.push(':');
            self.value(value, field, indent);
        }
    }

    /// Writes the value of a key at `indent`, starting on the key's line.
    fn value(&mut self, value: &Value, schema: Option<&'a Value>, indent: usize) {
        match value {
            Value::Object(map) if !map.is_empty() => {
                self.out.push('\n');
                self.map(map, schema, indent + 2, None);
            }
            Value::Array(items) if !items.is_empty() => {
                self.out.push('\n');
                let item_schema = schema.and_then(|schema| self.items(schema, 0));
                for item in items {
                    match item {
                        Value::Object(map) if !map.is_empty() => {
                            self.map(map, item_schema, indent + 4, Some(indent + 2));
                        }
                        other => {
                            let _ =
                                writeln!(self.out, "{}- {}", " ".repeat(indent + 2), inline(other));
                        }
                    }
                }
            }
            other => {
                let _ = writeln!(self.out, " {}", inline(other));
            }
        }
    }

    /// The first line of a field's description, with the values an enumeration allows.
    fn describe(&self, field: &Value) -> Option<String> {
        let description = field
            .get("description")
            .or_else(|| self.resolve(field).get("description"))?
            .as_str()?;
        let mut text = description.lines().next().unwrap_or_default().to_owned();
        let allowed = self.allowed_values(field);
        if !allowed.is_empty() {
            let _ = write!(text, " One of: {}.", allowed.join(", "));
        }
        Some(text)
    }

    /// The `const` values of an enumeration's variants (`draft`, `approved`, …).
    fn allowed_values(&self, field: &Value) -> Vec<String> {
        let resolved = self.resolve(field);
        let variants = resolved
            .get("oneOf")
            .or_else(|| resolved.get("anyOf"))
            .and_then(Value::as_array);
        let Some(variants) = variants else {
            return Vec::new();
        };
        let mut values = Vec::new();
        for variant in variants {
            let variant = self.resolve(variant);
            if let Some(name) = variant.get("const").and_then(Value::as_str) {
                values.push(name.to_owned());
            } else if variant.get("oneOf").is_some() {
                values.extend(self.allowed_values(variant));
            }
        }
        values
    }

    /// Follows `$ref` into the root's `$defs`.
    fn resolve(&self, mut schema: &'a Value) -> &'a Value {
        for _ in 0..MAX_SCHEMA_HOPS {
            let Some(target) = schema.get("$ref").and_then(Value::as_str) else {
                break;
            };
            match target.strip_prefix("#/$defs/") {
                Some(name) => match self.root.get("$defs").and_then(|defs| defs.get(name)) {
                    Some(found) => schema = found,
                    None => break,
                },
                None if target == "#" => schema = self.root,
                None => break,
            }
        }
        schema
    }

    /// The schema object that declares an object's properties, and the properties.
    fn properties(
        &self,
        schema: &'a Value,
        hops: usize,
    ) -> Option<(&'a Value, &'a Map<String, Value>)> {
        if hops > MAX_SCHEMA_HOPS {
            return None;
        }
        let schema = self.resolve(schema);
        if let Some(Value::Object(properties)) = schema.get("properties") {
            return Some((schema, properties));
        }
        self.variants(schema)
            .find_map(|variant| self.properties(variant, hops + 1))
    }

    /// The schema of a list's items.
    fn items(&self, schema: &'a Value, hops: usize) -> Option<&'a Value> {
        if hops > MAX_SCHEMA_HOPS {
            return None;
        }
        let schema = self.resolve(schema);
        if let Some(items) = schema.get("items") {
            return Some(items);
        }
        self.variants(schema)
            .find_map(|variant| self.items(variant, hops + 1))
    }

    fn variants(&self, schema: &'a Value) -> impl Iterator<Item = &'a Value> {
        ["anyOf", "oneOf", "allOf"]
            .into_iter()
            .filter_map(|key| schema.get(key).and_then(Value::as_array))
            .flatten()
    }
}

fn comment_line(indent: usize, text: &str) -> String {
    if text.is_empty() {
        format!("{}#\n", " ".repeat(indent))
    } else {
        format!("{}# {text}\n", " ".repeat(indent))
    }
}

/// A value on one line: scalars, and empty maps and lists.
fn inline(value: &Value) -> String {
    match value {
        Value::Null => "null".to_owned(),
        Value::Bool(flag) => flag.to_string(),
        Value::Number(number) => number.to_string(),
        Value::String(text) => scalar(text),
        Value::Array(_) => "[]".to_owned(),
        Value::Object(_) => "{}".to_owned(),
    }
}

/// A string as a YAML scalar: plain when YAML reads it back as that same text, else
/// double-quoted (JSON's escaping is valid YAML).
pub(crate) fn scalar(text: &str) -> String {
    if is_plain(text) {
        text.to_owned()
    } else {
        serde_json::to_string(text).unwrap_or_else(|_| "\"\"".to_owned())
    }
}

/// True when `text` reads back as itself, as text, without quotes: it starts with a letter,
/// holds only letters, digits, spaces and `-_./(),`, does not end in a space, and is not a word
/// YAML 1.1 reads as a boolean or null.
fn is_plain(text: &str) -> bool {
    const RESERVED: &[&str] = &["y", "n", "yes", "no", "on", "off", "true", "false", "null"];
    let Some(first) = text.chars().next() else {
        return false;
    };
    first.is_alphabetic()
        && !text.ends_with(' ')
        && !text.contains("  ")
        && text.chars().all(|c| {
            c.is_alphanumeric() || matches!(c, ' ' | '-' | '_' | '.' | '/' | '(' | ')' | ',')
        })
        && !RESERVED.contains(&text.to_ascii_lowercase().as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_yaml_would_misread_is_quoted() {
        assert_eq!(scalar("kg-welder"), "kg-welder");
        assert_eq!(scalar("Сварщик"), "Сварщик");
        for misread in [
            "7212", "no", "On", "a: b", "#x", "", "x #y", "2.0", "-x", "a\nb",
        ] {
            assert!(scalar(misread).starts_with('"'), "{misread}");
        }
        assert_eq!(scalar("a\nb"), "\"a\\nb\"");
    }
}
