//! Why a change is classified as it is, as data: a message of `locales/<tag>/diff.ftl` and its
//! typed arguments, said in English for the JSON contract's `why` and in the reader's language
//! by the renderers.

use kasb_i18n::{Args, Lang, Messages};

/// A message of `diff.ftl` with its named arguments, some of them messages in turn.
///
/// ```
/// use kasb_diff::{Part, Reason};
/// use kasb_i18n::{Lang, Messages};
///
/// let reason = Reason::new("diff-why-field-changed").with("field", Part::text("weight"));
/// assert_eq!(reason.say(Messages::of(Lang::ENGLISH)), "`weight` changed");
/// assert_eq!(reason.say(Messages::of(Lang::parse("ru").unwrap())), "изменено поле `weight`");
/// ```
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Reason {
    /// The message's id in `diff.ftl`.
    pub id: &'static str,
    /// Its named arguments, in the order given.
    pub args: Vec<(&'static str, Part)>,
}

/// The value of a named argument of a [`Reason`].
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum Part {
    /// Data shown as it is: an id, a word of a text, a language tag.
    Text(String),
    /// A count: chooses plural forms.
    Number(u64),
    /// A fraction shown with two decimals and the language's decimal separator (`0,93`).
    Decimal(f64),
    /// A word kasb says, by its message id (`diff-kind-criterion`).
    Word(String),
    /// A message in its own right (a level on one side of a change).
    Said(Box<Reason>),
    /// Several messages, joined by commas.
    List(Vec<Reason>),
    /// Several texts of the documents, joined by commas, each as (language tag, text) pairs
    /// (one pair with an empty tag for a text in no particular language): said in the reader's
    /// language, else in the text's first, marked `[ky]`.
    Texts(Vec<Vec<(String, String)>>),
}

impl Part {
    /// Data shown as it is.
    pub fn text(text: impl Into<String>) -> Part {
        Part::Text(text.into())
    }

    /// A count.
    pub fn number(count: usize) -> Part {
        Part::Number(u64::try_from(count).unwrap_or(u64::MAX))
    }
}

impl Reason {
    /// The message `id` without arguments.
    pub fn new(id: &'static str) -> Reason {
        Reason {
            id,
            args: Vec::new(),
        }
    }

    /// The same message with one more named argument.
    #[must_use]
    pub fn with(mut self, name: &'static str, value: Part) -> Reason {
        self.args.push((name, value));
        self
    }

    /// The message in the language of `messages`. Reasons are built by kasb (never from
    /// input), two levels deep at most, so the recursion is bounded.
    pub fn say(&self, messages: &Messages) -> String {
        let mut args = Args::new();
        for (name, value) in &self.args {
            args = match value {
                Part::Text(text) => args.with(name, text.clone()),
                Part::Number(number) => args.with(name, *number),
                Part::Decimal(value) => {
                    let separator = messages.text("diff-decimal-separator");
                    args.with(name, format!("{value:.2}").replacen('.', &separator, 1))
                }
                Part::Word(id) => args.with(name, messages.text(id)),
                Part::Said(reason) => args.with(name, reason.say(messages)),
                Part::Texts(texts) => {
                    let said: Vec<String> = texts
                        .iter()
                        .map(|text| said_in(text, messages.lang()))
                        .collect();
                    args.with(name, said.join(", "))
                }
                Part::List(reasons) => {
                    let said: Vec<String> = reasons.iter().map(|r| r.say(messages)).collect();
                    args.with(name, said.join(", "))
                }
            };
        }
        messages.format(self.id, &args)
    }

    /// The message in English: the stable text of the JSON contract.
    pub fn english(&self) -> String {
        self.say(Messages::of(Lang::ENGLISH))
    }
}

/// A text of the documents in `lang`, else in its first language marked with its tag as the
/// reports of `kasb report` mark it (`[ky] …`); a text in no particular language as it is.
pub(crate) fn said_in(text: &[(String, String)], lang: Lang) -> String {
    if let Some((_, said)) = text.iter().find(|(tag, _)| tag == lang.tag()) {
        return said.clone();
    }
    match text.first() {
        Some((tag, said)) if tag.is_empty() => said.clone(),
        Some((tag, said)) => format!("[{tag}] {said}"),
        None => String::new(),
    }
}
