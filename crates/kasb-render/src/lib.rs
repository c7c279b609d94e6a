//! Renders kasb diagnostics: for people ([`human`]: rustc-style snippets) and for machines
//! ([`json`], [`sarif`], [`github`] annotations, [`junit`]). Every renderer takes the same
//! [`kasb_diagnostics::Diagnostic`] model, in the order given.
//!
//! ```
//! use std::path::Path;
//! use kasb_check::rules;
//! use kasb_diagnostics::{Diagnostic, Location, Position, SourceText, Span};
//! use kasb_render::{human, Colour};
//!
//! struct One(&'static str);
//! impl SourceText for One {
//!     fn text(&self, _: &Path) -> Option<&str> { Some(self.0) }
//! }
//! let at = Location::new("q.yaml", Span::new(Position::new(2, 7), Position::new(2, 11)));
//! let diagnostic = Diagnostic::new(&rules::UNQUOTED_SCALAR, at, "`0110` must be quoted")
//!     .with_help("quote it: \"0110\"");
//! let text = human(&[diagnostic], &One("id: q\nisco: 0110\n"), Colour::Never);
//! assert!(text.contains("error[K105]: `0110` must be quoted"));
//! assert!(text.contains("q.yaml:2:7"));
//! assert!(text.contains("2 | isco: 0110"));
//! ```

#![warn(missing_docs)]

mod cap;
mod github;
mod human;
mod json;
mod junit;
mod paths;
mod sarif;
mod source;

pub use cap::SHOWN_PER_FILE_AND_RULE;
pub use github::github;
pub use human::{Colour, human, human_in, summary};
pub use json::{json, json_localized, json_with_skipped};
pub use junit::junit;
pub use sarif::{sarif, sarif_localized};
