//! Numbers read from files: finite, and within the range their field gives meaning to.
//!
//! Every non-integer number of the model is one of these types, never a bare `f64`: their
//! deserialisers refuse NaN, the infinities and out-of-range values, so a rule that adds or
//! compares them (K503: weights add up to `total_weight`) cannot be bypassed by a value that
//! compares false with everything. A test walks the generated JSON Schemas and fails on any
//! number without bounds, so a bare `f64` field cannot slip in.

use std::borrow::Cow;
use std::fmt;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer, Serialize, Serializer, de};

/// Declares a finite-number newtype with inclusive bounds.
macro_rules! bounded_number {
    ($(#[$doc:meta])* $name:ident, $min:expr, $max:expr, $what:literal, $range:literal) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, Default, PartialEq, PartialOrd)]
        pub struct $name(f64);

        impl $name {
            /// The smallest value allowed.
            pub const MIN: f64 = $min;
            /// The largest value allowed.
            pub const MAX: f64 = $max;

            /// The value, when it is finite and within bounds.
            pub fn new(value: f64) -> Option<Self> {
                in_range(value, Self::MIN, Self::MAX).then_some(Self(value))
            }

            /// The value.
            pub fn get(self) -> f64 {
                self.0
            }
        }

        impl From<$name> for f64 {
            fn from(value: $name) -> f64 {
                value.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_f64(self.0)
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let value = f64::deserialize(deserializer)?;
                Self::new(value).ok_or_else(|| {
                    de::Error::custom(out_of_range(value, $what, Self::MIN, Self::MAX))
                })
            }
        }

        impl JsonSchema for $name {
            fn schema_name() -> Cow<'static, str> {
                stringify!($name).into()
            }

            fn json_schema(_: &mut SchemaGenerator) -> Schema {
                json_schema!({
                    "description": concat!("A finite number: ", $what, ", ", $range, "."),
                    "type": "number",
                    "minimum": Self::MIN,
                    "maximum": Self::MAX
                })
            }
        }
    };
}

bounded_number!(
    /// A marking criterion's weight, or a tool's `total_weight`: from 0 to 1,000,000.
    Weight,
    0.0,
    1_000_000.0,
    "a weight",
    "from 0 to 1000000"
);

bounded_number!(
    /// A score on a marking scale (`max_score`, a rubric level's `score`): from 0 to 1,000,000.
    Score,
    0.0,
    1_000_000.0,
    "a score",
    "from 0 to 1000000"
);

bounded_number!(
    /// A share in percent, such as a pass mark: from 0 to 100.
    Percent,
    0.0,
    100.0,
    "a percentage",
    "from 0 to 100"
);

fn in_range(value: f64, min: f64, max: f64) -> bool {
    value.is_finite() && (min..=max).contains(&value)
}

/// Why a number was refused, in words a standards officer reads.
fn out_of_range(value: f64, what: &str, min: f64, max: f64) -> String {
    let written = if value.is_nan() {
        "`.nan` (not a number)".to_owned()
    } else if value.is_infinite() {
        format!(
            "`{}` (infinite)",
            if value > 0.0 { ".inf" } else { "-.inf" }
        )
    } else if value != 0.0 && !(1e-6..1e9).contains(&value.abs()) {
        format!("`{value:e}`")
    } else {
        format!("`{value}`")
    };
    format!("{written} is not allowed here: {what} is a finite number from {min} to {max}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_nan_infinities_and_values_out_of_range() {
        for bad in [
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
            -1.0,
            -1e300,
            1e300,
        ] {
            assert!(Weight::new(bad).is_none(), "{bad}");
            assert!(Score::new(bad).is_none(), "{bad}");
        }
        assert!(Percent::new(100.5).is_none());
        assert_eq!(Percent::new(70.0).map(f64::from), Some(70.0));
        assert_eq!(Weight::new(0.0).map(Weight::get), Some(0.0));
    }

    #[test]
    fn the_error_names_the_value_and_the_range() {
        let error = serde_json::from_str::<Percent>("-5")
            .unwrap_err()
            .to_string();
        assert!(error.contains("`-5` is not allowed here"), "{error}");
        assert!(error.contains("from 0 to 100"), "{error}");
        assert!(out_of_range(f64::NAN, "a weight", 0.0, 1.0).starts_with("`.nan`"));
        assert!(out_of_range(-1e300, "a weight", 0.0, 1.0).starts_with("`-1e300`"));
    }
}
