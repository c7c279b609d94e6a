//! The machinery behind the one declaration of the document kinds (the table is in
//! `document.rs`): from one row per kind, [`document_kinds!`] generates [`DocumentKind`],
//! [`Document`] with its accessors and conversions, [`Document::KINDS`], the JSON Schema of each
//! kind and the parse dispatch ([`DocumentKind::deserialize_with`]).
//!
//! [`DocumentKind`]: crate::DocumentKind
//! [`Document`]: crate::Document
//! [`Document::KINDS`]: crate::Document::KINDS
//! [`DocumentKind::deserialize_with`]: crate::DocumentKind::deserialize_with

use serde::de::DeserializeOwned;

/// A deserializer that can read any one document type from a file's contents: the caller's
/// half of [`DocumentKind::deserialize_with`](crate::DocumentKind::deserialize_with).
///
/// The model knows which type a kind reads into; the caller knows the format and its options
/// (kasb-load passes serde-saphyr with its limits), so the model depends on no format.
///
/// ```
/// use kasb_model::{Document, DocumentKind, TypedDeserializer};
///
/// /// Reads documents from JSON.
/// struct Json<'a>(&'a str);
///
/// impl TypedDeserializer for Json<'_> {
///     type Error = serde_json::Error;
///
///     fn deserialize<T: serde::de::DeserializeOwned>(self) -> Result<T, Self::Error> {
///         serde_json::from_str(self.0)
///     }
/// }
///
/// let text = r#"{"kind": "Classification", "format": 1, "id": "isco-08",
///                "title": "ISCO-08", "language": "en", "entries": []}"#;
/// let document = DocumentKind::Classification.deserialize_with(Json(text)).unwrap();
/// assert_eq!(document.id(), "isco-08");
/// assert!(matches!(document, Document::Classification(_)));
/// ```
pub trait TypedDeserializer {
    /// What the format reports when the contents do not fit the type.
    type Error;

    /// Reads the contents as a `T`.
    fn deserialize<T: DeserializeOwned>(self) -> Result<T, Self::Error>;
}

/// Declares the document kinds: one row per kind, `Variant(Type, Marker)` under the doc comment
/// of its [`DocumentKind`](crate::DocumentKind) variant. `Type` is the model type a file of
/// that kind reads into; `Marker` is the type of its `kind` field, whose `KIND` is the `kind`
/// string. The order of the rows is the order of [`Document::KINDS`](crate::Document::KINDS).
macro_rules! document_kinds {
    ($(
        $(#[doc = $doc:literal])*
        $kind:ident($type:ty, $marker:ty);
    )*) => {
        /// The kinds of document a repository holds, as written in a file's `kind` field.
        #[derive(
            Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
        )]
        #[non_exhaustive]
        pub enum DocumentKind {
            $( $(#[doc = $doc])* $kind, )*
        }

        /// One document of a repository: the contents of one YAML file.
        #[derive(Clone, Debug, PartialEq, Serialize)]
        #[serde(untagged)]
        #[non_exhaustive]
        pub enum Document {
            $(
                #[doc = concat!("A document of kind `", stringify!($kind), "`.")]
                $kind($type),
            )*
        }

        /// How many kinds there are.
        const KIND_COUNT: usize = [$(stringify!($kind)),*].len();

        impl DocumentKind {
            /// The `kind` string.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $( DocumentKind::$kind => <$marker>::KIND, )*
                }
            }

            /// The JSON Schema of this kind's documents, generated from the Rust types, for
            /// editors (`# yaml-language-server: $schema=schemas/OccupationalStandard.json`).
            pub fn json_schema(self) -> schemars::Schema {
                let mut schema = match self {
                    $( DocumentKind::$kind => schemars::schema_for!($type), )*
                };
                schema.insert(
                    "$id".to_owned(),
                    format!("https://kasb.dev/schemas/{}.json", self.as_str()).into(),
                );
                schema
            }

            /// Reads a document of this kind through `deserializer`, into the matching type.
            pub fn deserialize_with<D: $crate::TypedDeserializer>(
                self,
                deserializer: D,
            ) -> Result<Document, D::Error> {
                match self {
                    $(
                        DocumentKind::$kind => {
                            deserializer.deserialize::<$type>().map(Document::$kind)
                        }
                    )*
                }
            }
        }

        impl Document {
            /// Every kind, in the order the schemas are listed.
            pub const KINDS: [DocumentKind; KIND_COUNT] = [$( DocumentKind::$kind, )*];

            /// This document's kind.
            pub fn kind(&self) -> DocumentKind {
                match self {
                    $( Document::$kind(_) => DocumentKind::$kind, )*
                }
            }

            /// The document's global id.
            pub fn id(&self) -> &str {
                match self {
                    $( Document::$kind(document) => &document.id, )*
                }
            }

            /// The document's title.
            pub fn title(&self) -> &Text {
                match self {
                    $( Document::$kind(document) => &document.title, )*
                }
            }

            /// The language of the document's plain strings.
            pub fn language(&self) -> &str {
                match self {
                    $( Document::$kind(document) => &document.language, )*
                }
            }

            /// Calls `visit` with every item the document holds, each after the item it
            /// belongs to, as its type declares them ([`Items`](crate::Items)).
            pub fn items<'a>(&'a self, visit: &mut dyn FnMut($crate::Item<'a>)) {
                match self {
                    $( Document::$kind(document) => $crate::Items::items(document, visit), )*
                }
            }

            /// Calls `visit` with every reference the document holds, in document order, as
            /// its type declares them ([`References`](crate::References)).
            pub fn references<'a>(&'a self, visit: &mut dyn FnMut($crate::Reference<'a>)) {
                match self {
                    $( Document::$kind(document) => $crate::References::references(document, visit), )*
                }
            }
        }

        $(
            impl From<$type> for Document {
                fn from(document: $type) -> Self {
                    Document::$kind(document)
                }
            }
        )*
    };
}

pub(crate) use document_kinds;
