use std::fmt;

use serde::Serialize;

use crate::{Data, Location, Message, Rule};

/// How serious a diagnostic is. Exhaustive on purpose: every renderer maps each severity to its
/// format's level, and a new one should fail to compile there rather than fall through.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth knowing; never fails a check.
    Info,
    /// Probably wrong; fails a check only with `--deny warnings`.
    Warning,
    /// Wrong: the check fails.
    Error,
}

impl Severity {
    /// The lowercase name: `error`, `warning` or `info`.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A secondary location that explains the primary one ("first defined here").
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Related {
    /// Where.
    pub location: Location,
    /// What it is, in English.
    pub message: String,
    /// The same as a message id and arguments, for other languages (`None`: English only).
    pub text: Option<Message>,
}

impl Related {
    /// A related location with its English message only.
    pub fn new(location: Location, message: impl Into<String>) -> Self {
        Self {
            location,
            message: message.into(),
            text: None,
        }
    }
}

/// One problem found in a repository of standards.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Diagnostic {
    /// The rule broken.
    pub rule: &'static Rule,
    /// The severity: the rule's default unless configuration changed it.
    pub severity: Severity,
    /// What is wrong, in one sentence.
    pub message: String,
    /// Where.
    pub location: Location,
    /// How to fix it.
    pub help: Option<String>,
    /// Other places that explain it.
    pub related: Vec<Related>,
    /// What was found, as typed values (the message says the same in words).
    pub data: Data,
    /// The message as an id and arguments, to be said in other languages; `message` is its
    /// English rendering. `None` for a message only English has.
    pub text: Option<Message>,
    /// The help the same way.
    pub help_text: Option<Message>,
}

impl Diagnostic {
    /// A diagnostic for `rule` at `location`, with the rule's default severity.
    pub fn new(rule: &'static Rule, location: Location, message: impl Into<String>) -> Self {
        Self {
            rule,
            severity: rule.severity,
            message: message.into(),
            location,
            help: None,
            related: Vec::new(),
            data: Data::None,
            text: None,
            help_text: None,
        }
    }

    /// The same diagnostic with its facts as data.
    #[must_use]
    pub fn with_data(mut self, data: Data) -> Self {
        self.data = data;
        self
    }

    /// The same diagnostic with a fix hint.
    #[must_use]
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// The same diagnostic with one more related location.
    #[must_use]
    pub fn with_related(mut self, location: Location, message: impl Into<String>) -> Self {
        self.related.push(Related::new(location, message));
        self
    }

    /// The same diagnostic with its message as an id and arguments; `english` is its English
    /// rendering (`kasb-i18n` builds both from the one [`Message`]).
    #[must_use]
    pub fn with_text(mut self, text: Message, english: String) -> Self {
        self.message = english;
        self.text = Some(text);
        self
    }

    /// The same diagnostic with a fix hint as an id and arguments, and its English rendering.
    #[must_use]
    pub fn with_help_text(mut self, text: Message, english: String) -> Self {
        self.help = Some(english);
        self.help_text = Some(text);
        self
    }

    /// The same diagnostic with one more related location whose message is an id and
    /// arguments, with its English rendering.
    #[must_use]
    pub fn with_related_text(mut self, location: Location, text: Message, english: String) -> Self {
        self.related.push(Related {
            location,
            message: english,
            text: Some(text),
        });
        self
    }

    /// The key that orders diagnostics the same way on every run, whatever the thread count:
    /// by file, position, rule code, then message.
    pub fn sort_key(&self) -> impl Ord + '_ {
        (
            &self.location.file,
            self.location.span,
            self.rule.code,
            &self.message,
        )
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {}[{}]: {}",
            self.location, self.severity, self.rule.code, self.message
        )
    }
}

impl Diagnostic {
    /// Sorts diagnostics into the order every output uses: by file, position, code, message.
    pub fn sort_all(diagnostics: &mut [Diagnostic]) {
        diagnostics.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    }
}
