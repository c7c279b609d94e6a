//! A file of one side that did not load, so its documents are not compared: said in English
//! for the JSON contract (a string per problem) and in the reader's language by the reports.

use kasb_diagnostics::Diagnostic;
use kasb_i18n::{Lang, Messages};
use serde::{Serialize, Serializer};

use crate::{Part, Reason};

/// Why some file of one side was not compared.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum Problem {
    /// The file could not be read from its side (`error`: the error and its causes).
    Unreadable {
        /// How the side is named (`origin/main`, a directory).
        side: String,
        /// What went wrong, in English.
        error: String,
    },
    /// The file was read and has an error, located at file:line:column.
    Invalid {
        /// How the side is named.
        side: String,
        /// The loader's diagnostic.
        diagnostic: Box<Diagnostic>,
    },
    /// More errors on this side than are listed.
    More {
        /// How the side is named.
        side: String,
        /// How many are not listed.
        count: usize,
    },
}

impl Problem {
    /// The problem in the language of `messages`: `side: file:line:column: message (K101)`.
    ///
    /// ```
    /// use kasb_diff::Problem;
    /// use kasb_i18n::{Lang, Messages};
    ///
    /// let problem = Problem::More { side: "main".into(), count: 3 };
    /// assert_eq!(problem.say(Messages::of(Lang::ENGLISH)),
    ///            "main: and 3 more problems (run `kasb check`)");
    /// ```
    pub fn say(&self, messages: &Messages) -> String {
        match self {
            Problem::Unreadable { side, error } => format!("{side}: {error}"),
            Problem::Invalid { side, diagnostic } => {
                let location = &diagnostic.location;
                let said = if messages.lang() == Lang::ENGLISH {
                    diagnostic.message.clone()
                } else {
                    messages.localize(diagnostic).message
                };
                format!(
                    "{side}: {}:{}:{}: {said} ({})",
                    location.file.display(),
                    location.line(),
                    location.column(),
                    diagnostic.rule.code
                )
            }
            Problem::More { side, count } => {
                let more = Reason::new("diff-problem-more").with("count", Part::number(*count));
                format!("{side}: {}", more.say(messages))
            }
        }
    }
}

impl Serialize for Problem {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.say(Messages::of(Lang::ENGLISH)))
    }
}
