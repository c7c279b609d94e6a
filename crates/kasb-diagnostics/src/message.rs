//! A message as an id and named arguments, for translation at the edges.

/// A message to be said in the reader's language: the id of a message in kasb's translation
/// files (`locales/<tag>/diagnostics.ftl`) and its named arguments, as typed values. This crate
/// only carries it; `kasb-i18n` renders it (the English rendering is the diagnostic's stable
/// `message`).
///
/// ```
/// use kasb_diagnostics::{Arg, Message};
///
/// let message = Message::new("k402-message").with("unit", "WLD-01").with("count", 2u32);
/// assert_eq!(message.id, "k402-message");
/// assert_eq!(message.arg("count"), Some(&Arg::Number(2)));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Message {
    /// The message's id in the translation files.
    pub id: &'static str,
    /// Its named arguments, in the order given.
    pub args: Vec<(&'static str, Arg)>,
}

/// The value of a named argument.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Arg {
    /// Text shown as it is: an id, a code, a value as written.
    Text(String),
    /// A count or a level: chooses plural forms.
    Number(u64),
    /// A word kasb itself says, translated: a node kind (`unit`, `framework`) or another fixed
    /// name, rendered through the message `word-<name>` (the name itself when there is none).
    Word(&'static str),
    /// Several such words, rendered as a list ending in "or" (`a unit or a framework`).
    Words(Vec<&'static str>),
    /// A phrase that is itself a message, said in the same language (`a whole number from 0
    /// to 255`, inside "`level` takes …"): for the parts a message is built from.
    Said(Box<Message>),
}

impl Message {
    /// The message `id` without arguments.
    pub fn new(id: &'static str) -> Self {
        Self {
            id,
            args: Vec::new(),
        }
    }

    /// The same message with one more named argument.
    #[must_use]
    pub fn with(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    /// The argument `name`, if given.
    pub fn arg(&self, name: &str) -> Option<&Arg> {
        self.args
            .iter()
            .find(|(given, _)| *given == name)
            .map(|(_, value)| value)
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Self {
        Arg::Text(text)
    }
}

impl From<&str> for Arg {
    fn from(text: &str) -> Self {
        Arg::Text(text.to_owned())
    }
}

impl From<&String> for Arg {
    fn from(text: &String) -> Self {
        Arg::Text(text.clone())
    }
}

impl From<Message> for Arg {
    fn from(message: Message) -> Self {
        Arg::Said(Box::new(message))
    }
}

impl From<u32> for Arg {
    fn from(number: u32) -> Self {
        Arg::Number(number.into())
    }
}

impl From<u64> for Arg {
    fn from(number: u64) -> Self {
        Arg::Number(number)
    }
}

impl From<usize> for Arg {
    fn from(number: usize) -> Self {
        Arg::Number(u64::try_from(number).unwrap_or(u64::MAX))
    }
}
