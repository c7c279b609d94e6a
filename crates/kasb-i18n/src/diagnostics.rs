//! Diagnostics said in a language: a [`Message`] rendered through the translation files.

use kasb_diagnostics::{Arg, Diagnostic, Location, Message, Rule, Severity};

use crate::{Args, Lang, Messages};

/// A diagnostic of `rule` at `location` whose message is `message`, rendered in English for the
/// stable `message` text and kept as an id with arguments for other languages.
///
/// ```
/// use kasb_diagnostics::{Location, Message, rules::Rule, Severity};
/// use kasb_i18n::{Lang, Messages, diagnostic};
///
/// static RULE: Rule = Rule { code: "K999", name: "example", severity: Severity::Error,
///     summary: "", explanation: "" };
/// let found = diagnostic(&RULE, Location::file("a.yaml"),
///     Message::new("check-summary").with("errors", 1u32).with("warnings", 0u32)
///         .with("infos", 0u32).with("files", 2u32));
/// assert_eq!(found.message, "1 error, 0 warnings, 0 infos in 2 files");
/// assert_eq!(Messages::of(Lang::parse("ru").unwrap()).localize(&found).message,
///            "1 ошибка, 0 предупреждений, 0 замечаний в 2 файлах");
/// ```
pub fn diagnostic(rule: &'static Rule, location: Location, message: Message) -> Diagnostic {
    let english = english(&message);
    Diagnostic::new(rule, location, String::new()).with_text(message, english)
}

/// The English rendering of `message`: a diagnostic's stable text.
pub fn english(message: &Message) -> String {
    Messages::of(Lang::ENGLISH).message(message)
}

/// Help and related locations said through messages, beside [`diagnostic`].
pub trait Said: Sized {
    /// The same diagnostic with `help` as its fix hint.
    #[must_use]
    fn help_said(self, help: Message) -> Self;
    /// The same diagnostic with one more related location, described by `message`.
    #[must_use]
    fn related_said(self, location: Location, message: Message) -> Self;
}

impl Said for Diagnostic {
    fn help_said(self, help: Message) -> Self {
        let english = english(&help);
        self.with_help_text(help, english)
    }

    fn related_said(self, location: Location, message: Message) -> Self {
        let english = english(&message);
        self.with_related_text(location, message, english)
    }
}

impl Messages {
    /// `message` in this language: its arguments as Fluent values, words (`unit`) through
    /// their `word-*` messages, lists of words joined as this language joins them.
    pub fn message(&self, message: &Message) -> String {
        let mut args = Args::new();
        for (name, value) in &message.args {
            args = match value {
                Arg::Text(text) => args.with(name, text.clone()),
                Arg::Number(number) => args.with(name, *number),
                Arg::Word(word) => args.with(name, self.word(word)),
                Arg::Words(words) => args.with(name, self.words(words)),
                Arg::Said(phrase) => args.with(name, self.message(phrase)),
                _ => args.with(name, format!("{value:?}")),
            };
        }
        self.format(message.id, &args)
    }

    /// A word kasb says (`unit`) in this language, or as it is when no language has it.
    fn word(&self, word: &str) -> String {
        let id = format!("word-{word}");
        if Messages::of(Lang::ENGLISH).has(&id) {
            self.text(&id)
        } else {
            word.to_owned()
        }
    }

    /// `a`, `a or b`, `a or b or c`, with this language's words and `list-or`.
    fn words(&self, words: &[&str]) -> String {
        let mut said = words.iter().map(|word| self.word(word));
        let first = said.next().unwrap_or_default();
        said.fold(first, |first, last| {
            self.format(
                "list-or",
                &Args::new().with("first", first).with("last", last),
            )
        })
    }

    /// `diagnostic` with its message, help and related messages in this language; a text with
    /// no message id stays in English.
    pub fn localize(&self, diagnostic: &Diagnostic) -> Diagnostic {
        let mut said = diagnostic.clone();
        if let Some(text) = &diagnostic.text {
            said.message = self.message(text);
        }
        if let Some(help) = &diagnostic.help_text {
            said.help = Some(self.message(help));
        }
        for related in &mut said.related {
            if let Some(text) = &related.text {
                related.message = self.message(text);
            }
        }
        said
    }

    /// The closing line of a check: how many errors, warnings and infos, in how many files.
    pub fn summary(&self, diagnostics: &[Diagnostic], files: usize) -> String {
        let count = |severity| {
            diagnostics
                .iter()
                .filter(|d| d.severity == severity)
                .count()
        };
        self.message(
            &Message::new("check-summary")
                .with("errors", count(Severity::Error))
                .with("warnings", count(Severity::Warning))
                .with("infos", count(Severity::Info))
                .with("files", files),
        )
    }
}
