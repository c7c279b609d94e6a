use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer, Serialize, Serializer, de};

use crate::{Date, Text};

/// The version of the kasb file format a document is written in. This release reads `1`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FormatVersion(pub u32);

impl FormatVersion {
    /// The format version this release reads and writes.
    pub const CURRENT: FormatVersion = FormatVersion(1);
}

impl Default for FormatVersion {
    fn default() -> Self {
        Self::CURRENT
    }
}

impl Serialize for FormatVersion {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u32(self.0)
    }
}

impl<'de> Deserialize<'de> for FormatVersion {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let version = u32::deserialize(deserializer)?;
        if version == Self::CURRENT.0 {
            Ok(FormatVersion(version))
        } else {
            Err(de::Error::custom(format_args!(
                "format version {version} is not supported: this kasb reads format {}",
                Self::CURRENT.0
            )))
        }
    }
}

impl JsonSchema for FormatVersion {
    fn schema_name() -> Cow<'static, str> {
        "FormatVersion".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "The kasb file format version. This release reads 1.",
            "const": 1
        })
    }
}

/// Where a document is in its life.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Status {
    /// Being written or consulted on.
    #[default]
    Draft,
    /// Approved and in force.
    Approved,
    /// Replaced by another document (name it in `replaced_by`).
    Superseded,
    /// Withdrawn without a replacement.
    Withdrawn,
}

/// Who developed and approved a document, and when it is in force.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Approval {
    /// Organisations that developed the document (employers' councils, agencies, projects).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub developed_by: Vec<Text>,
    /// The body that approved it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approved_by: Option<Text>,
    /// The number under which a register records it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub registration_number: Option<String>,
    /// The number of the order or decree that approved it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_number: Option<String>,
    /// The date of approval.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approved_on: Option<Date>,
    /// The first day it is in force.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_from: Option<Date>,
    /// The last day it is in force.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_to: Option<Date>,
}

/// A code in a national classification that has no document of its own here
/// (RU OKZ, OKVED, OKSO; a national occupations register).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NationalCode {
    /// The classification, such as `OKZ` or `OKVED`.
    pub scheme: String,
    /// The code, as a string.
    pub code: String,
    /// The code's title in that classification.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<Text>,
}

/// Declares a marker type that reads and writes exactly one `kind` string.
macro_rules! kind_marker {
    ($(#[$doc:meta])* $name:ident = $kind:literal) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
        pub struct $name;

        impl $name {
            /// The `kind` string this marker stands for.
            pub const KIND: &'static str = $kind;
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str($kind)
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let kind = String::deserialize(deserializer)?;
                if kind == $kind {
                    Ok($name)
                } else {
                    Err(serde::de::Error::custom(format_args!(
                        "expected kind `{}`, found `{kind}`",
                        $kind
                    )))
                }
            }
        }

        impl schemars::JsonSchema for $name {
            fn inline_schema() -> bool {
                true
            }

            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($name).into()
            }

            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                schemars::json_schema!({
                    "description": concat!("The document kind: always `", $kind, "`."),
                    "const": $kind
                })
            }
        }
    };
}

pub(crate) use kind_marker;
