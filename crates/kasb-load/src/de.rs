//! A serde deserialiser over a located [`Tree`]: the typed documents are built from the tree
//! the file was parsed into once, and an error names the node it is about.
//!
//! It is as strict as kasb's contract: a plain scalar that YAML 1.1 or 1.2 would read as a
//! number, a boolean or null (`0110`, `1.10`, `NO`, `~`) is not text (quoted or tagged `!!str`
//! it is); numbers and booleans come only from plain scalars; `null`, `~` or nothing is
//! `None`. Recursion follows the model's types, never the input's depth alone: a value deeper
//! than its type stops at a type error, and the tree bounds the depth anyway.

use std::borrow::Cow;
use std::fmt;

use base64::Engine as _;

use serde::de::value::StrDeserializer;
use serde::de::{self, DeserializeOwned, DeserializeSeed, Expected, Unexpected, Visitor};

use crate::tree::{NodeId, Style, Tree, Value};

/// Reads a `T` from the node `id` of `tree`.
pub(crate) fn from_tree<T: DeserializeOwned>(tree: &Tree<'_>, id: NodeId) -> Result<T, Error> {
    T::deserialize(Node { tree, id }).map_err(|error| error.at(id))
}

/// Why a value could not be read, and at which node.
#[derive(Debug)]
pub(crate) struct Error(Box<Inner>);

#[derive(Debug)]
struct Inner {
    node: Option<NodeId>,
    cause: Cause,
}

/// What a scalar or a collection was, in an author's words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Found {
    /// Text.
    Text,
    /// A number.
    Number,
    /// `true` or `false`.
    Boolean,
    /// Nothing (`null`, `~` or an empty value).
    Null,
    /// A list.
    List,
    /// A mapping of keys to values.
    Mapping,
    /// Something else (as serde names it).
    Other,
}

impl fmt::Display for Found {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Found::Text => "text",
            Found::Number => "a number",
            Found::Boolean => "a boolean",
            Found::Null => "an empty value",
            Found::List => "a list",
            Found::Mapping => "a mapping",
            Found::Other => "another kind of value",
        })
    }
}

/// Why a value could not be read.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Cause {
    /// A value of the wrong type: what the field takes (serde's words) and what was found.
    InvalidType {
        /// What the field takes.
        expected: String,
        /// What was found.
        found: Found,
    },
    /// A plain scalar that YAML reads as a number, boolean or null, where text is required.
    Unquoted {
        /// The scalar as written.
        value: String,
    },
    /// An empty value (or `null`, `~`) where text is required.
    NullIntoText,
    /// A scalar that is not a valid value of the primitive type `ty` (`u8`, `f64`, `bool`).
    InvalidScalar {
        /// The Rust type.
        ty: &'static str,
    },
    /// An enum value that is not one of its variants.
    UnknownVariant {
        /// The value.
        variant: String,
        /// The variants.
        expected: &'static [&'static str],
    },
    /// A key the type does not have.
    UnknownField {
        /// The key.
        field: String,
        /// The type's keys.
        expected: &'static [&'static str],
    },
    /// A required key that is missing.
    MissingField {
        /// The key.
        field: &'static str,
    },
    /// Any other message, from the model's own checks (a number out of range, a wrong `kind`).
    Custom(String),
}

impl Error {
    fn new(cause: Cause) -> Self {
        Error(Box::new(Inner { node: None, cause }))
    }

    /// This error, located at `id` unless an inner node was named already.
    fn at(mut self, id: NodeId) -> Self {
        self.0.node.get_or_insert(id);
        self
    }

    /// The node the error is about.
    pub fn node(&self) -> Option<NodeId> {
        self.0.node
    }

    /// Why.
    pub fn cause(&self) -> &Cause {
        &self.0.cause
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.cause() {
            Cause::InvalidType { expected, found } => {
                write!(f, "expected {expected}, found {found}")
            }
            Cause::Unquoted { value } => write!(f, "`{value}` must be quoted"),
            Cause::NullIntoText => f.write_str("this value is empty, but text is required"),
            Cause::InvalidScalar { ty } => write!(f, "not a valid {ty}"),
            Cause::UnknownVariant { variant, .. } => write!(f, "unknown value `{variant}`"),
            Cause::UnknownField { field, .. } => write!(f, "unknown field `{field}`"),
            Cause::MissingField { field } => write!(f, "missing field `{field}`"),
            Cause::Custom(message) => f.write_str(message),
        }
    }
}

impl std::error::Error for Error {}

impl de::Error for Error {
    fn custom<T: fmt::Display>(message: T) -> Self {
        Error::new(Cause::Custom(message.to_string()))
    }

    fn invalid_type(unexpected: Unexpected<'_>, expected: &dyn Expected) -> Self {
        let found = match unexpected {
            Unexpected::Str(_) | Unexpected::Char(_) => Found::Text,
            Unexpected::Unsigned(_) | Unexpected::Signed(_) | Unexpected::Float(_) => Found::Number,
            Unexpected::Bool(_) => Found::Boolean,
            Unexpected::Unit | Unexpected::Option => Found::Null,
            Unexpected::Seq => Found::List,
            Unexpected::Map => Found::Mapping,
            _ => Found::Other,
        };
        Error::new(Cause::InvalidType {
            expected: expected.to_string(),
            found,
        })
    }

    fn unknown_variant(variant: &str, expected: &'static [&'static str]) -> Self {
        Error::new(Cause::UnknownVariant {
            variant: variant.to_owned(),
            expected,
        })
    }

    fn unknown_field(field: &str, expected: &'static [&'static str]) -> Self {
        Error::new(Cause::UnknownField {
            field: field.to_owned(),
            expected,
        })
    }

    fn missing_field(field: &'static str) -> Self {
        Error::new(Cause::MissingField { field })
    }
}

/// Whether a plain scalar is one YAML 1.1 or 1.2 reads as null.
pub(crate) fn is_null(text: &str) -> bool {
    matches!(text, "" | "~" | "null" | "Null" | "NULL")
}

/// Whether a plain scalar is one YAML 1.1 or 1.2 reads as a boolean (the "Norway problem":
/// `NO`, `yes`, `on`).
fn is_boolean(text: &str) -> bool {
    ["true", "false", "yes", "no", "y", "n", "on", "off"]
        .iter()
        .any(|word| text.eq_ignore_ascii_case(word))
}

/// Whether a plain scalar is one YAML 1.1 or 1.2 reads as a number: decimal, octal, hex or
/// binary integers (with `_` separators, leading zeros, a sign), decimal floats with an
/// exponent, sexagesimal numbers (`1:30`), infinities and NaN.
fn is_number(text: &str) -> bool {
    // Every number starts so; most text is refused here without a scan.
    if !text.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '+' | '-' | '.')) {
        return false;
    }
    let unsigned = text.strip_prefix(['+', '-']).unwrap_or(text);
    if matches!(
        unsigned,
        ".inf" | ".Inf" | ".INF" | ".nan" | ".NaN" | ".NAN"
    ) {
        return true;
    }
    let radix = [("0x", 16), ("0o", 8), ("0b", 2)]
        .iter()
        .find_map(|(prefix, radix)| unsigned.strip_prefix(prefix).map(|rest| (rest, *radix)));
    if let Some((digits, radix)) = radix {
        return !digits.is_empty()
            && digits.chars().all(|c| c == '_' || c.is_digit(radix))
            && digits.chars().any(|c| c.is_digit(radix));
    }
    is_decimal(unsigned) || is_sexagesimal(unsigned)
}

/// `1_000`, `1.10`, `.5`, `1e3`, `1.5E-3`: digits (and `_`), at most one point, an optional
/// exponent; at least one digit before the exponent.
fn is_decimal(text: &str) -> bool {
    let (mantissa, exponent) = match text.find(['e', 'E']) {
        Some(at) => (&text[..at], Some(&text[at + 1..])),
        None => (text, None),
    };
    let mut parts = mantissa.splitn(2, '.');
    let whole = parts.next().unwrap_or("");
    let fraction = parts.next().unwrap_or("");
    let digits = |part: &str| part.chars().all(|c| c.is_ascii_digit() || c == '_');
    let has_digit = whole
        .chars()
        .chain(fraction.chars())
        .any(|c| c.is_ascii_digit());
    let exponent_ok = exponent.is_none_or(|exponent| {
        let exponent = exponent.strip_prefix(['+', '-']).unwrap_or(exponent);
        !exponent.is_empty() && exponent.chars().all(|c| c.is_ascii_digit())
    });
    has_digit && digits(whole) && digits(fraction) && exponent_ok
}

/// YAML 1.1's base-60 numbers: `190:20:30`, `1:30.5`.
fn is_sexagesimal(text: &str) -> bool {
    let mut parts = text.split(':');
    let first = parts.next().unwrap_or("");
    let mut rest = parts.peekable();
    rest.peek().is_some()
        && !first.is_empty()
        && first.chars().all(|c| c.is_ascii_digit() || c == '_')
        && rest.all(|part| {
            let whole = part.split('.').next().unwrap_or("");
            (1..=2).contains(&whole.len()) && is_decimal(part)
        })
}

/// Whether a plain scalar is one YAML would read as something other than text.
pub(crate) fn reads_as_non_text(text: &str) -> bool {
    // The longest null or boolean is `false`.
    (text.len() <= 5 && (is_null(text) || is_boolean(text))) || is_number(text)
}

const BAD_BINARY: &str = "this `!!binary` value is not base64 of UTF-8 text";

/// The text a `!!binary` scalar encodes (base64, line breaks allowed), if it is UTF-8.
fn decode_binary(text: &str) -> Option<String> {
    let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(compact)
        .ok()?;
    String::from_utf8(bytes).ok()
}

/// A whole number written plainly: digits, an optional `+`, no leading zero.
fn parse_unsigned(text: &str) -> Option<u64> {
    let digits = text.strip_prefix('+').unwrap_or(text);
    let valid = !digits.is_empty()
        && digits.bytes().all(|b| b.is_ascii_digit())
        && (digits == "0" || !digits.starts_with('0'));
    if valid { digits.parse().ok() } else { None }
}

/// A number written plainly (an integer or a decimal float, or `.inf`/`.nan`, which the
/// model's bounded numbers refuse by name).
fn parse_float(text: &str) -> Option<f64> {
    let unsigned = text.strip_prefix(['+', '-']).unwrap_or(text);
    let negative = text.starts_with('-');
    let magnitude = match unsigned {
        ".inf" | ".Inf" | ".INF" => f64::INFINITY,
        ".nan" | ".NaN" | ".NAN" => return Some(f64::NAN),
        _ if is_decimal(unsigned) && !unsigned.contains('_') => unsigned.parse().ok()?,
        _ => return None,
    };
    Some(if negative { -magnitude } else { magnitude })
}

/// A scalar as the deserialiser sees it.
struct Scalar<'t> {
    text: &'t str,
    /// Tagged `!!binary`: base64, which reads as text when it decodes to UTF-8.
    binary: bool,
    /// Plain and untagged (or tagged `!!int`, `!!float`, `!!bool`, `!!null`): the only form
    /// YAML may read as a number, boolean or null.
    plain: bool,
    /// Tagged `!!str`: text whatever it looks like.
    forced_text: bool,
}

/// One node of the tree, as a serde deserialiser.
#[derive(Clone, Copy)]
struct Node<'t, 'a> {
    tree: &'t Tree<'a>,
    id: NodeId,
}

impl<'t, 'a> Node<'t, 'a> {
    /// This node, or the node its alias names.
    fn resolved(self) -> Self {
        Node {
            tree: self.tree,
            id: self.tree.resolve(self.id),
        }
    }

    fn value(&self) -> &'t Value<'a> {
        &self.tree.node(self.id).value
    }

    fn scalar(&self) -> Option<Scalar<'t>> {
        match self.value() {
            Value::Scalar { text, style, tag } => {
                let forced_text = tag.as_deref() == Some("str");
                Some(Scalar {
                    text,
                    binary: tag.as_deref() == Some("binary"),
                    // A core tag other than `!!str` asks YAML to read the value as what
                    // it names: as strict as a plain scalar, whatever the style.
                    plain: (*style == Style::Plain && tag.is_none())
                        || matches!(tag.as_deref(), Some("int" | "float" | "bool" | "null")),
                    forced_text,
                })
            }
            _ => None,
        }
    }

    /// What this node is, for a type error.
    fn found(&self) -> Found {
        match self.scalar() {
            Some(scalar) if scalar.plain && is_null(scalar.text) => Found::Null,
            Some(scalar) if scalar.plain && is_boolean(scalar.text) => Found::Boolean,
            Some(scalar) if scalar.plain && is_number(scalar.text) => Found::Number,
            Some(_) => Found::Text,
            None if matches!(self.value(), Value::Sequence { .. }) => Found::List,
            None => Found::Mapping,
        }
    }

    fn invalid_type(&self, expected: &dyn Expected) -> Error {
        Error::new(Cause::InvalidType {
            expected: expected.to_string(),
            found: self.found(),
        })
        .at(self.id)
    }

    fn fail(&self, cause: Cause) -> Error {
        Error::new(cause).at(self.id)
    }

    /// The text of a scalar where text is required.
    fn text(&self, expected: &dyn Expected) -> Result<Cow<'t, str>, Error> {
        let Some(scalar) = self.scalar() else {
            return Err(self.invalid_type(expected));
        };
        if scalar.binary {
            return decode_binary(scalar.text)
                .map(Cow::Owned)
                .ok_or_else(|| self.fail(Cause::Custom(BAD_BINARY.to_owned())));
        }
        if scalar.plain && !scalar.forced_text {
            if is_null(scalar.text) {
                return Err(self.fail(Cause::NullIntoText));
            }
            if reads_as_non_text(scalar.text) {
                return Err(self.fail(Cause::Unquoted {
                    value: scalar.text.to_owned(),
                }));
            }
        }
        Ok(Cow::Borrowed(scalar.text))
    }

    /// The text of a plain scalar where a number or boolean of type `ty` is required.
    fn plain(&self, ty: &'static str, expected: &dyn Expected) -> Result<&'t str, Error> {
        match self.scalar() {
            Some(scalar) if scalar.plain => Ok(scalar.text),
            Some(_) => Err(self.fail(Cause::InvalidScalar { ty })),
            None => Err(self.invalid_type(expected)),
        }
    }

    fn unsigned<'de, V: Visitor<'de>, T: TryFrom<u64> + Into<u64>>(
        self,
        ty: &'static str,
        visitor: V,
    ) -> Result<V::Value, Error> {
        let node = self.resolved();
        let text = node.plain(ty, &visitor)?;
        let value = parse_unsigned(text)
            .and_then(|value| T::try_from(value).ok())
            .ok_or_else(|| node.fail(Cause::InvalidScalar { ty }))?;
        visitor
            .visit_u64(value.into())
            .map_err(|error: Error| error.at(node.id))
    }

    fn signed<'de, V: Visitor<'de>>(self, ty: &'static str, visitor: V) -> Result<V::Value, Error> {
        let node = self.resolved();
        let text = node.plain(ty, &visitor)?;
        let (negative, digits) = match text.strip_prefix('-') {
            Some(digits) => (true, digits),
            None => (false, text),
        };
        let magnitude = parse_unsigned(digits)
            .and_then(|value| i64::try_from(value).ok())
            .ok_or_else(|| node.fail(Cause::InvalidScalar { ty }))?;
        let value = if negative { -magnitude } else { magnitude };
        visitor
            .visit_i64(value)
            .map_err(|error: Error| error.at(node.id))
    }
}

impl<'de> de::Deserializer<'de> for Node<'_, '_> {
    type Error = Error;

    /// Text or a collection, as written: only `Text` asks for any value, and a plain scalar
    /// YAML reads as something else is not text.
    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let node = self.resolved();
        let result = match node.value() {
            Value::Sequence { .. } => visitor.visit_seq(Items::new(node)),
            Value::Mapping { .. } => visitor.visit_map(Entries::new(node)),
            _ => visitor.visit_str(&node.text(&"text")?),
        };
        result.map_err(|error: Error| error.at(node.id))
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let node = self.resolved();
        let value = match node.plain("bool", &visitor)? {
            "true" => true,
            "false" => false,
            _ => return Err(node.fail(Cause::InvalidScalar { ty: "bool" })),
        };
        visitor
            .visit_bool(value)
            .map_err(|error: Error| error.at(node.id))
    }

    fn deserialize_u8<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.unsigned::<'de, V, u8>("u8", visitor)
    }

    fn deserialize_u16<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.unsigned::<'de, V, u16>("u16", visitor)
    }

    fn deserialize_u32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.unsigned::<'de, V, u32>("u32", visitor)
    }

    fn deserialize_u64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.unsigned::<'de, V, u64>("u64", visitor)
    }

    fn deserialize_i8<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.signed("i8", visitor)
    }

    fn deserialize_i16<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.signed("i16", visitor)
    }

    fn deserialize_i32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.signed("i32", visitor)
    }

    fn deserialize_i64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.signed("i64", visitor)
    }

    fn deserialize_f32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_f64(visitor)
    }

    fn deserialize_f64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let node = self.resolved();
        let text = node.plain("f64", &visitor)?;
        let value =
            parse_float(text).ok_or_else(|| node.fail(Cause::InvalidScalar { ty: "f64" }))?;
        visitor
            .visit_f64(value)
            .map_err(|error: Error| error.at(node.id))
    }

    fn deserialize_char<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_str(visitor)
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let node = self.resolved();
        let text = node.text(&visitor)?;
        visitor
            .visit_str(&text)
            .map_err(|error: Error| error.at(node.id))
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_str(visitor)
    }

    fn deserialize_bytes<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        Err(self.resolved().invalid_type(&visitor))
    }

    fn deserialize_byte_buf<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        Err(self.resolved().invalid_type(&visitor))
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let node = self.resolved();
        let null = node
            .scalar()
            .is_some_and(|scalar| scalar.plain && is_null(scalar.text));
        let result = if null {
            visitor.visit_none()
        } else {
            visitor.visit_some(node)
        };
        result.map_err(|error: Error| error.at(node.id))
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let node = self.resolved();
        match node.scalar() {
            Some(scalar) if scalar.plain && is_null(scalar.text) => visitor
                .visit_unit()
                .map_err(|error: Error| error.at(node.id)),
            _ => Err(node.invalid_type(&visitor)),
        }
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.deserialize_unit(visitor)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Error> {
        let id = self.id;
        visitor
            .visit_newtype_struct(self)
            .map_err(|error| error.at(id))
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let node = self.resolved();
        match node.value() {
            Value::Sequence { .. } => visitor
                .visit_seq(Items::new(node))
                .map_err(|error: Error| error.at(node.id)),
            _ => Err(node.invalid_type(&visitor)),
        }
    }

    fn deserialize_tuple<V: Visitor<'de>>(
        self,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let node = self.resolved();
        match node.value() {
            Value::Mapping { .. } => visitor
                .visit_map(Entries::new(node))
                .map_err(|error: Error| error.at(node.id)),
            _ => Err(node.invalid_type(&visitor)),
        }
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.deserialize_map(visitor)
    }

    /// An enum of unit variants, written as its name.
    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        let node = self.resolved();
        let text = node.text(&visitor)?;
        visitor
            .visit_enum(StrDeserializer::<Error>::new(&text))
            .map_err(|error: Error| error.at(node.id))
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let node = self.resolved();
        match node.scalar() {
            Some(scalar) => visitor
                .visit_str(scalar.text)
                .map_err(|error: Error| error.at(node.id)),
            None => Err(node.invalid_type(&visitor)),
        }
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_unit()
    }
}

/// The items of a sequence.
struct Items<'t, 'a> {
    tree: &'t Tree<'a>,
    children: crate::tree::Children<'t, 'a>,
    len: usize,
}

impl<'t, 'a> Items<'t, 'a> {
    fn new(node: Node<'t, 'a>) -> Self {
        Items {
            tree: node.tree,
            children: node.tree.children(node.id),
            len: node.tree.children(node.id).count(),
        }
    }
}

impl<'de> de::SeqAccess<'de> for Items<'_, '_> {
    type Error = Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Error> {
        let Some(id) = self.children.next() else {
            return Ok(None);
        };
        self.len = self.len.saturating_sub(1);
        let node = Node {
            tree: self.tree,
            id,
        };
        seed.deserialize(node)
            .map(Some)
            .map_err(|error| error.at(id))
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.len)
    }
}

/// The entries of a mapping, with those its merge keys (`<<: *base`) bring in.
struct Entries<'t, 'a> {
    tree: &'t Tree<'a>,
    children: crate::tree::Children<'t, 'a>,
    /// The entries in order when the mapping has a merge key, else `None` (read `children`).
    merged: Option<std::vec::IntoIter<NodeId>>,
}

impl<'t, 'a> Entries<'t, 'a> {
    fn new(node: Node<'t, 'a>) -> Self {
        let tree = node.tree;
        let has_merge = tree
            .entries(node.id)
            .any(|(key, _)| is_merge_key(tree, key));
        Entries {
            tree,
            children: tree.children(node.id),
            merged: has_merge.then(|| merged_entries(tree, node.id).into_iter()),
        }
    }

    fn next_node(&mut self) -> Option<NodeId> {
        match &mut self.merged {
            Some(merged) => merged.next(),
            None => self.children.next(),
        }
    }
}

/// A plain, untagged `<<` key.
fn is_merge_key(tree: &Tree<'_>, key: NodeId) -> bool {
    matches!(
        &tree.node(key).value,
        Value::Scalar { text, style: Style::Plain, tag: None } if text == "<<"
    )
}

/// The keys and values of `mapping` (alternating) with merge keys applied as YAML defines
/// them: the mapping's own keys first, then each merged mapping's in order (a sequence of
/// them is merged one by one, earlier first), a key kept only the first time it is seen. The
/// walk is iterative; merged mappings are earlier, complete nodes, so it ends. What is merged
/// that is not a mapping stays as a `<<` entry, for the type to refuse.
fn merged_entries(tree: &Tree<'_>, mapping: NodeId) -> Vec<NodeId> {
    let mut out = Vec::new();
    let mut seen: std::collections::HashSet<&str> = std::collections::HashSet::new();
    let mut pending = vec![mapping];
    // A mapping merged twice adds nothing the second time.
    let mut done: std::collections::HashSet<NodeId> = std::collections::HashSet::new();
    while let Some(current) = pending.pop() {
        if !done.insert(current) {
            continue;
        }
        let mut sources = Vec::new();
        for (key, value) in tree.entries(current) {
            if is_merge_key(tree, key) {
                let target = tree.resolve(value);
                match &tree.node(target).value {
                    Value::Mapping { .. } => sources.push(target),
                    Value::Sequence { .. } => {
                        let items: Vec<NodeId> = tree
                            .children(target)
                            .map(|item| tree.resolve(item))
                            .collect();
                        if items
                            .iter()
                            .all(|item| matches!(tree.node(*item).value, Value::Mapping { .. }))
                        {
                            sources.extend(items);
                        } else {
                            out.extend([key, value]);
                        }
                    }
                    _ => out.extend([key, value]),
                }
            } else if tree.scalar(key).is_none_or(|text| seen.insert(text)) {
                out.extend([key, value]);
            }
        }
        pending.extend(sources.into_iter().rev());
    }
    out
}

impl<'de> de::MapAccess<'de> for Entries<'_, '_> {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Error> {
        let Some(id) = self.next_node() else {
            return Ok(None);
        };
        let node = Node {
            tree: self.tree,
            id,
        };
        seed.deserialize(node)
            .map(Some)
            .map_err(|error| error.at(id))
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        // The tree keeps a key without its value only when the parse stopped, and nothing is
        // deserialised then; an empty value stands in all the same.
        let Some(id) = self.next_node() else {
            return Err(<Error as de::Error>::custom("a key has no value"));
        };
        let node = Node {
            tree: self.tree,
            id,
        };
        seed.deserialize(node).map_err(|error| error.at(id))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::LoadOptions;
    use serde::Deserialize;

    #[derive(Debug, Deserialize, PartialEq)]
    #[serde(deny_unknown_fields)]
    struct Sample {
        code: String,
        level: u8,
        #[serde(default)]
        weight: Option<f64>,
        #[serde(default)]
        tags: Vec<String>,
    }

    fn read<T: DeserializeOwned>(text: &str) -> Result<T, (Cause, u32, u32)> {
        let tree = Tree::parse(text, &LoadOptions::default());
        assert!(tree.problems.is_empty(), "{:?}", tree.problems);
        from_tree(&tree, tree.root().unwrap()).map_err(|error| {
            let at = tree.node(error.node().unwrap()).span.start;
            let Error(inner) = error;
            (inner.cause, at.line, at.column)
        })
    }

    #[test]
    fn reads_a_struct_with_aliases_and_tags() {
        let sample: Sample =
            read("code: !!str 0110\nlevel: 3\nweight: 1.5\ntags: [&t a, *t, 'NO']\n").unwrap();
        assert_eq!(sample.code, "0110");
        assert_eq!(sample.level, 3);
        assert_eq!(sample.weight, Some(1.5));
        assert_eq!(sample.tags, ["a", "a", "NO"]);
        // A core tag that is not `!!str` does not make a number text.
        let error = read::<Sample>("code: !!int 0110\nlevel: !!int 3\n").unwrap_err();
        assert!(matches!(error.0, Cause::Unquoted { .. }), "{error:?}");
    }

    #[test]
    fn plain_scalars_yaml_reads_otherwise_are_not_text() {
        for value in [
            "0110", "1.10", "NO", "yes", "On", ".inf", "0x1F", "1_000", "1:30", "1e3",
        ] {
            let text = format!("code: {value}\nlevel: 1\n");
            let error = read::<Sample>(&text).unwrap_err();
            assert_eq!(
                error,
                (
                    Cause::Unquoted {
                        value: value.to_owned()
                    },
                    1,
                    7
                ),
                "{value}"
            );
        }
        for value in ["~", "null", ""] {
            let text = format!("code: {value}\nlevel: 1\n");
            assert_eq!(read::<Sample>(&text).unwrap_err().0, Cause::NullIntoText);
        }
        for value in ["1.2.3", "v1", "12a", "e3", "no way", "+"] {
            let text = format!("code: {value}\nlevel: 1\n");
            assert_eq!(read::<Sample>(&text).unwrap().code, value);
        }
    }

    #[test]
    fn numbers_only_from_plain_scalars_in_range() {
        for (value, column) in [("'3'", 8), ("three", 8), ("300", 8), ("03", 8), ("-1", 8)] {
            let text = format!("code: a\nlevel: {value}\n");
            let error = read::<Sample>(&text).unwrap_err();
            assert_eq!(error, (Cause::InvalidScalar { ty: "u8" }, 2, column));
        }
    }

    #[test]
    fn locates_unknown_and_missing_fields_and_wrong_types() {
        let error = read::<Sample>("code: a\nlevl: 3\n").unwrap_err();
        assert!(matches!(error.0, Cause::UnknownField { ref field, .. } if field == "levl"));
        assert_eq!((error.1, error.2), (2, 1));
        let error = read::<Sample>("code: a\n").unwrap_err();
        assert_eq!(error, (Cause::MissingField { field: "level" }, 1, 1));
        let error = read::<Sample>("code: a\nlevel: 1\ntags:\n  - [x]\n").unwrap_err();
        assert!(matches!(
            error.0,
            Cause::InvalidType {
                found: Found::List,
                ..
            }
        ));
        assert_eq!((error.1, error.2), (4, 5));
        let error = read::<Sample>("code: a\nlevel: 1\ntags: x\n").unwrap_err();
        assert_eq!((error.1, error.2), (3, 7));
    }

    #[test]
    fn merge_keys_bring_in_what_the_mapping_lacks() {
        let text = "- &a {code: a, level: 1, weight: 2}\n- &b {code: b, level: 9, tags: [t]}\n- <<: [*b, *a]\n  level: 3\n";
        let samples: Vec<Sample> = read(text).unwrap();
        assert_eq!(samples[2].code, "b");
        assert_eq!(samples[2].level, 3);
        assert_eq!(samples[2].weight, Some(2.0));
        assert_eq!(samples[2].tags, ["t"]);
        // What is merged must be a mapping.
        let error = read::<Vec<Sample>>("- <<: x\n  code: a\n  level: 1\n").unwrap_err();
        assert!(matches!(error.0, Cause::UnknownField { .. }), "{error:?}");
    }

    #[test]
    fn binary_text_is_decoded_and_bad_binary_refused() {
        let sample: Sample = read("code: !!binary SGVsbG8=\nlevel: 1\n").unwrap();
        assert_eq!(sample.code, "Hello");
        let error = read::<Sample>("code: !!binary '%%'\nlevel: 1\n").unwrap_err();
        // The scalar starts after its tag.
        assert_eq!((error.1, error.2), (1, 16));
    }
}
