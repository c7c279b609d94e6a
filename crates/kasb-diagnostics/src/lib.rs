//! The one diagnostic model of kasb, shared by every stage and every output format.
//!
//! A [`Diagnostic`] names the [`Rule`] it breaks (a stable code such as `K202` and a kebab-case
//! name), a [`Severity`], a message, a primary [`Location`] (file, line, column, end), an optional
//! fix hint and related locations ("first defined here"). Stages produce diagnostics as data;
//! renderers in `kasb-render` turn them into text for people and machines.
//!
//! ```
//! use kasb_diagnostics::{declare_rule, Diagnostic, Location, Position, Span};
//!
//! declare_rule! {
//!     /// References must resolve.
//!     ///
//!     /// Failing: `core: [kg-welder/WLD-1]`. Passing: `core: [kg-welder/WLD-01]`.
//!     static UNRESOLVED_REFERENCE = Rule {
//!         code: "K202",
//!         name: "unresolved-reference",
//!         severity: Error,
//!         summary: "A reference names no document or item.",
//!     };
//! }
//! let at = Location::new("standards/kg/welder.yaml", Span::point(Position::new(12, 7)));
//! let diagnostic = Diagnostic::new(&UNRESOLVED_REFERENCE, at, "no unit `WLD-9` in `kg-welder`")
//!     .with_help("did you mean `WLD-09`?");
//! assert_eq!(diagnostic.rule.code, "K202");
//! assert_eq!(diagnostic.to_string(), "standards/kg/welder.yaml:12:7: error[K202]: no unit `WLD-9` in `kg-welder`");
//! ```

#![warn(missing_docs)]

mod data;
mod diagnostic;
pub mod escape;
mod location;
mod message;
pub mod rules;
pub mod suggest;
mod visible;

pub use data::Data;
pub use diagnostic::{Diagnostic, Related, Severity};
pub use location::{Location, Position, Span};
pub use message::{Arg, Message};
pub use rules::Rule;
pub use suggest::{Suggester, closest};
pub use visible::{Notation, is_hidden, safe_json, visible, visible_in, visible_mapped};

/// Gives renderers the text of the files diagnostics point into.
pub trait SourceText {
    /// The text of `path`, if it was read.
    fn text(&self, path: &std::path::Path) -> Option<&str>;
}
