//! The JSON Schema of each document kind, compiled once into the shapes the validator walks.
//!
//! The schemas are generated from the model's types (`DocumentKind::json_schema`), so the
//! validator and the editors' schemas under `schemas/` agree by construction. Compiling turns
//! each schema node into a [`Shape`]: the alternatives a value may take (`anyOf`, `oneOf` and
//! type lists flattened, `$ref`s resolved to shared shapes), so that a walk asks one question
//! per node, "which alternative fits what is written here?", and reports one problem per node
//! however many branches the schema has.

use std::collections::HashMap;
use std::sync::OnceLock;

use kasb_model::{Document, DocumentKind};
use serde_json::{Map, Value};

/// A shape's index in its [`Schema`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct ShapeId(usize);

/// What text a string field holds beyond "any text".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TextFormat {
    /// Any text.
    Any,
    /// A document id (`kasb_model::id`, no `/`).
    DocumentId,
    /// An item id (`kasb_model::id`, `/` allowed).
    ItemId,
    /// A calendar date, `YYYY-MM-DD`.
    Date,
}

/// A value a field may hold exactly (`const`, `enum`, a `oneOf` of constants).
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Literal {
    /// A string, such as `draft`.
    Text(String),
    /// A number, such as the format version `1`.
    Number(f64),
}

/// What a mapping allows beyond its named fields.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Others {
    /// Nothing: another key is an unknown field.
    Forbidden,
    /// Any key, whose value has this shape (a language map).
    Allowed(ShapeId),
}

/// One alternative of a shape.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Alternative {
    /// `null` (an optional field left empty).
    Null,
    /// Text.
    Text(TextFormat),
    /// A whole number within bounds.
    Integer { min: f64, max: f64 },
    /// A finite number within bounds.
    Number { min: f64, max: f64 },
    /// `true` or `false`.
    Boolean,
    /// One of these values exactly.
    Literals(Vec<Literal>),
    /// A list whose items have this shape.
    List(Option<ShapeId>),
    /// A mapping of named fields.
    Mapping {
        /// The fields, in schema order, with their shapes.
        fields: Vec<(String, ShapeId)>,
        /// The fields that must be given.
        required: Vec<String>,
        /// What other keys may be.
        others: Others,
    },
}

/// The alternatives of one schema node; none means anything is accepted.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Shape {
    /// The alternatives, in schema order.
    pub alternatives: Vec<Alternative>,
}

impl Shape {
    /// The mapping alternative, if the shape has one.
    pub fn mapping(&self) -> Option<&Alternative> {
        self.alternatives
            .iter()
            .find(|alternative| matches!(alternative, Alternative::Mapping { .. }))
    }

    /// The field `name` of the mapping alternative, if any.
    pub fn field(&self, name: &str) -> Option<ShapeId> {
        match self.mapping()? {
            Alternative::Mapping { fields, .. } => fields
                .iter()
                .find(|(field, _)| field == name)
                .map(|&(_, id)| id),
            _ => None,
        }
    }

    /// The item shape of the list alternative, if any.
    pub fn items(&self) -> Option<ShapeId> {
        self.alternatives
            .iter()
            .find_map(|alternative| match alternative {
                Alternative::List(items) => *items,
                _ => None,
            })
    }
}

/// One kind's schema, compiled.
#[derive(Debug)]
pub(crate) struct Schema {
    shapes: Vec<Shape>,
    root: ShapeId,
}

impl Schema {
    /// The shape of a whole document.
    pub fn root(&self) -> ShapeId {
        self.root
    }

    /// The shape `id`.
    pub fn shape(&self, id: ShapeId) -> &Shape {
        &self.shapes[id.0]
    }
}

/// The compiled schema of `kind`, built on first use and kept for the run.
pub(crate) fn of(kind: DocumentKind) -> &'static Schema {
    static SCHEMAS: [OnceLock<Schema>; Document::KINDS.len()] =
        [const { OnceLock::new() }; Document::KINDS.len()];
    let index = Document::KINDS
        .iter()
        .position(|known| *known == kind)
        .unwrap_or(0);
    SCHEMAS[index].get_or_init(|| compile(kind.json_schema().as_value()))
}

/// Compiles a generated schema (its `$defs` are the shared definitions).
fn compile(root: &Value) -> Schema {
    let empty = Map::new();
    let definitions = root
        .get("$defs")
        .and_then(Value::as_object)
        .unwrap_or(&empty);
    let mut compiler = Compiler {
        definitions,
        shapes: Vec::new(),
        by_name: HashMap::new(),
    };
    let root = compiler.node(root);
    Schema {
        shapes: compiler.shapes,
        root,
    }
}

struct Compiler<'s> {
    definitions: &'s Map<String, Value>,
    shapes: Vec<Shape>,
    /// The shape of each `$defs` entry compiled so far (or being compiled).
    by_name: HashMap<&'s str, ShapeId>,
}

impl<'s> Compiler<'s> {
    /// Compiles a schema node into a new shape.
    fn node(&mut self, node: &'s Value) -> ShapeId {
        if let Some(name) = reference(node) {
            return self.definition(name);
        }
        let id = ShapeId(self.shapes.len());
        self.shapes.push(Shape::default());
        let alternatives = self.alternatives(node);
        self.shapes[id.0].alternatives = alternatives;
        id
    }

    /// The shape of the definition `name`, compiled once (a cycle of definitions reads as
    /// anything rather than looping).
    fn definition(&mut self, name: &'s str) -> ShapeId {
        if let Some(&id) = self.by_name.get(name) {
            return id;
        }
        let id = ShapeId(self.shapes.len());
        self.shapes.push(Shape::default());
        self.by_name.insert(name, id);
        if let Some(definition) = self.definitions.get(name) {
            let alternatives = self.alternatives(definition);
            self.shapes[id.0].alternatives = alternatives;
        }
        id
    }

    /// The alternatives of a schema node, `anyOf`/`oneOf` and type lists flattened.
    fn alternatives(&mut self, node: &'s Value) -> Vec<Alternative> {
        let mut alternatives = Vec::new();
        if let Some(name) = reference(node) {
            let id = self.definition(name);
            alternatives.extend(self.shapes[id.0].alternatives.iter().cloned());
        }
        if let Some(literal) = node.get("const") {
            push_literals(&mut alternatives, literal_of(literal).into_iter().collect());
        } else if let Some(values) = node.get("enum").and_then(Value::as_array) {
            push_literals(
                &mut alternatives,
                values.iter().filter_map(literal_of).collect(),
            );
        } else {
            for name in type_names(node) {
                if let Some(alternative) = self.typed(name, node) {
                    alternatives.push(alternative);
                }
            }
        }
        for key in ["anyOf", "oneOf"] {
            for branch in node
                .get(key)
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                for alternative in self.alternatives(branch) {
                    match alternative {
                        Alternative::Literals(values) => push_literals(&mut alternatives, values),
                        other if !alternatives.contains(&other) => alternatives.push(other),
                        _ => {}
                    }
                }
            }
        }
        alternatives
    }

    /// The alternative of one `type` name, with the node's keywords for that type.
    fn typed(&mut self, name: &str, node: &'s Value) -> Option<Alternative> {
        Some(match name {
            "null" => Alternative::Null,
            "string" => Alternative::Text(text_format(node)),
            "integer" => {
                let (min, max) = bounds(node);
                Alternative::Integer { min, max }
            }
            "number" => {
                let (min, max) = bounds(node);
                Alternative::Number { min, max }
            }
            "boolean" => Alternative::Boolean,
            "array" => Alternative::List(node.get("items").map(|items| self.node(items))),
            "object" => self.mapping(node),
            _ => return None,
        })
    }

    fn mapping(&mut self, node: &'s Value) -> Alternative {
        let mut fields = Vec::new();
        if let Some(properties) = node.get("properties").and_then(Value::as_object) {
            for (name, schema) in properties {
                fields.push((name.clone(), self.node(schema)));
            }
        }
        let required = node
            .get("required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(|name| name.as_str().map(str::to_owned))
            .collect();
        let others = match node.get("additionalProperties") {
            Some(Value::Bool(false)) => Others::Forbidden,
            Some(schema @ Value::Object(_)) => Others::Allowed(self.node(schema)),
            // Unconstrained keys: their values may be anything.
            _ => Others::Allowed(self.anything()),
        };
        Alternative::Mapping {
            fields,
            required,
            others,
        }
    }

    fn anything(&mut self) -> ShapeId {
        let id = ShapeId(self.shapes.len());
        self.shapes.push(Shape::default());
        id
    }
}

/// The name of the definition a `$ref` names.
fn reference(node: &Value) -> Option<&str> {
    node.get("$ref")?.as_str()?.strip_prefix("#/$defs/")
}

fn type_names(node: &Value) -> Vec<&str> {
    match node.get("type") {
        Some(Value::String(name)) => vec![name.as_str()],
        Some(Value::Array(names)) => names.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    }
}

fn literal_of(value: &Value) -> Option<Literal> {
    match value {
        Value::String(text) => Some(Literal::Text(text.clone())),
        Value::Number(number) => number.as_f64().map(Literal::Number),
        _ => None,
    }
}

/// Adds literals to the one `Literals` alternative, so an enum is one expectation.
fn push_literals(alternatives: &mut Vec<Alternative>, values: Vec<Literal>) {
    if values.is_empty() {
        return;
    }
    if let Some(Alternative::Literals(known)) = alternatives
        .iter_mut()
        .find(|alternative| matches!(alternative, Alternative::Literals(_)))
    {
        known.extend(values);
    } else {
        alternatives.push(Alternative::Literals(values));
    }
}

/// The bounds of a number: its `minimum` and `maximum`, or those of its `format`.
fn bounds(node: &Value) -> (f64, f64) {
    let (mut min, mut max) = match node.get("format").and_then(Value::as_str) {
        Some("uint8") => (0.0, f64::from(u8::MAX)),
        Some("uint16") => (0.0, f64::from(u16::MAX)),
        Some("uint32") => (0.0, f64::from(u32::MAX)),
        _ => (f64::MIN, f64::MAX),
    };
    if let Some(minimum) = node.get("minimum").and_then(Value::as_f64) {
        min = min.max(minimum);
    }
    if let Some(maximum) = node.get("maximum").and_then(Value::as_f64) {
        max = max.min(maximum);
    }
    (min, max)
}

/// What a string field holds: ids by their grammar's pattern, dates by format or pattern.
fn text_format(node: &Value) -> TextFormat {
    if node.get("format").and_then(Value::as_str) == Some("date") {
        return TextFormat::Date;
    }
    match node.get("pattern").and_then(Value::as_str) {
        Some(kasb_model::id::DOCUMENT_ID_PATTERN) => TextFormat::DocumentId,
        Some(kasb_model::id::ITEM_ID_PATTERN) => TextFormat::ItemId,
        Some(DATE_PATTERN) => TextFormat::Date,
        _ => TextFormat::Any,
    }
}

/// The pattern the model gives dates (before they became a typed format).
const DATE_PATTERN: &str = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compiles_every_kind_with_its_required_fields() {
        for kind in Document::KINDS {
            let schema = of(kind);
            let Some(Alternative::Mapping { required, .. }) = schema.shape(schema.root()).mapping()
            else {
                panic!("{kind:?}: the root is not a mapping");
            };
            assert!(required.iter().any(|field| field == "id"), "{kind:?}");
        }
    }

    #[test]
    fn flattens_text_status_and_options() {
        let schema = of(DocumentKind::OccupationalStandard);
        let root = schema.shape(schema.root());
        let title = schema.shape(root.field("title").unwrap());
        assert!(matches!(
            title.alternatives[0],
            Alternative::Text(TextFormat::Any)
        ));
        assert!(title.mapping().is_some());
        let status = schema.shape(root.field("status").unwrap());
        assert_eq!(status.alternatives.len(), 1, "{status:?}");
        let Alternative::Literals(values) = &status.alternatives[0] else {
            panic!("{status:?}");
        };
        assert!(values.contains(&Literal::Text("approved".to_owned())));
        let replaced_by = schema.shape(root.field("replaced_by").unwrap());
        assert_eq!(
            replaced_by.alternatives,
            [Alternative::Text(TextFormat::DocumentId), Alternative::Null]
        );
        let format = schema.shape(root.field("format").unwrap());
        assert_eq!(
            format.alternatives,
            [Alternative::Literals(vec![Literal::Number(1.0)])]
        );
    }
}
