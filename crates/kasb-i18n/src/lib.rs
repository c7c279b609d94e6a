//! Localised messages for kasb: [Project Fluent](https://projectfluent.org) translation files,
//! compiled in, with named arguments; the language chosen by a flag or by the locale.
//!
//! Every language is a directory `locales/<tag>/` of `.ftl` files (`report.ftl`, and later one
//! file per area such as `diagnostics.ftl`); the build compiles every directory in, so adding a
//! language is adding its files. English is complete and is the fallback for a message a
//! language lacks; [`catalogue`] and [`differences`] let a test require a language complete.
//!
//! ```
//! use kasb_i18n::{Args, Lang, Messages};
//!
//! let ru = Lang::parse("ru_RU.UTF-8").unwrap();
//! let messages = Messages::of(ru);
//! let args = Args::new().with("count", 3);
//! assert_eq!(messages.format("report-gap-criteria", &args),
//!            "Критерии выполнения, не охваченные заданиями: 3");
//! assert_eq!(Messages::of(Lang::ENGLISH).format("report-gap-criteria", &args),
//!            "Criteria no task covers: 3");
//! ```

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

mod catalogue;
mod diagnostics;

pub use catalogue::{Difference, catalogue, differences};
pub use diagnostics::{Said, diagnostic, english};

/// One language's translation files, as the build found them.
struct Locale {
    tag: &'static str,
    files: &'static [(&'static str, &'static str)],
}

static LOCALES: &[Locale] = include!(concat!(env!("OUT_DIR"), "/locales.rs"));

/// A language kasb has messages in: one of the directories of `locales/`.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Lang(usize);

impl Lang {
    /// English, the default and the fallback for every message.
    pub const ENGLISH: Lang = Lang(english_index());

    /// Every language with messages, in tag order.
    pub fn all() -> impl Iterator<Item = Lang> {
        (0..LOCALES.len()).map(Lang)
    }

    /// The language of a tag or a POSIX locale name: `ru`, `ru-RU`, `ru_RU.UTF-8`,
    /// `ru_RU@euro`. `None` when kasb has no messages in it (or for `C` and `POSIX`).
    ///
    /// ```
    /// # use kasb_i18n::Lang;
    /// assert_eq!(Lang::parse("ru_RU.UTF-8").map(Lang::tag), Some("ru"));
    /// assert_eq!(Lang::parse("EN"), Some(Lang::ENGLISH));
    /// assert_eq!(Lang::parse("C"), None);
    /// ```
    pub fn parse(name: &str) -> Option<Lang> {
        let name = name.split(['.', '@']).next().unwrap_or_default();
        let language = name.split(['_', '-']).next().unwrap_or_default();
        if language.is_empty() || language.len() > 8 {
            return None;
        }
        let language = language.to_ascii_lowercase();
        LOCALES
            .iter()
            .position(|locale| locale.tag == language)
            .map(Lang)
    }

    /// The language the environment asks for: the first of `LC_ALL`, `LC_MESSAGES` and `LANG`
    /// that is set and not empty, as POSIX orders them; English when that names a language
    /// kasb has no messages in, or none is set.
    pub fn from_env() -> Lang {
        Lang::from_vars(|name| std::env::var(name).ok())
    }

    /// [`Lang::from_env`] reading the variables through `get`, for tests and embedders.
    ///
    /// ```
    /// # use kasb_i18n::Lang;
    /// let env = |name: &str| match name {
    ///     "LC_MESSAGES" => Some("ru_RU.UTF-8".to_owned()),
    ///     "LANG" => Some("en_US.UTF-8".to_owned()),
    ///     _ => None,
    /// };
    /// assert_eq!(Lang::from_vars(env).tag(), "ru");
    /// ```
    pub fn from_vars(get: impl Fn(&str) -> Option<String>) -> Lang {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .filter_map(get)
            .find(|value| !value.is_empty())
            .and_then(|value| Lang::parse(&value))
            .unwrap_or(Lang::ENGLISH)
    }

    /// The language tag: `en`, `ru`.
    pub fn tag(self) -> &'static str {
        LOCALES[self.0].tag
    }

    fn files(self) -> &'static [(&'static str, &'static str)] {
        LOCALES[self.0].files
    }
}

/// The index of `en` in the build's table (a build without English does not compile).
const fn english_index() -> usize {
    let mut index = 0;
    while index < LOCALES.len() {
        let tag = LOCALES[index].tag.as_bytes();
        if tag.len() == 2 && tag[0] == b'e' && tag[1] == b'n' {
            return index;
        }
        index += 1;
    }
    panic!("locales/en/ is required: English is every message's fallback")
}

impl fmt::Debug for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Lang({})", self.tag())
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

/// Named arguments of a message: `Args::new().with("count", 3).with("id", "WLD-01")`.
#[derive(Default)]
pub struct Args<'a>(FluentArgs<'a>);

impl<'a> Args<'a> {
    /// No arguments.
    pub fn new() -> Self {
        Self(FluentArgs::new())
    }

    /// Adds the argument `name`: text, or a number (numbers choose plural forms).
    #[must_use]
    pub fn with(mut self, name: &'static str, value: impl Into<FluentValue<'a>>) -> Self {
        self.0.set(name, value);
        self
    }
}

/// The messages of one language, with English behind them.
pub struct Messages {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
}

impl Messages {
    /// The messages of `lang`, built once per process.
    pub fn of(lang: Lang) -> &'static Messages {
        static ALL: OnceLock<Vec<Messages>> = OnceLock::new();
        let all = ALL.get_or_init(|| Lang::all().map(Messages::build).collect());
        &all[lang.0]
    }

    fn build(lang: Lang) -> Messages {
        let id: LanguageIdentifier = lang.tag().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // Isolation marks (U+2068, U+2069) around arguments are bidi controls, which every kasb
        // output shows escaped; the reports set their own direction.
        bundle.set_use_isolating(false);
        for (_, text) in lang.files() {
            // A file with a syntax error still gives its good messages; the completeness test
            // reports the lost ones.
            let resource = FluentResource::try_new((*text).to_owned()).unwrap_or_else(|(r, _)| r);
            // A message given twice keeps its first definition.
            let _ = bundle.add_resource(resource);
        }
        Messages { lang, bundle }
    }

    /// The language these messages are in.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Whether the language itself (not the English fallback) has the message.
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// The message `id` without arguments.
    pub fn text(&self, id: &str) -> String {
        self.format(id, &Args::new())
    }

    /// The message `id` with its named arguments; English when this language lacks it, and
    /// `{id}` (never a panic) when no language has it, which the report tests look for.
    pub fn format(&self, id: &str, args: &Args<'_>) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return if self.lang == Lang::ENGLISH {
                format!("{{{id}}}")
            } else {
                Messages::of(Lang::ENGLISH).format(id, args)
            };
        };
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, Some(&args.0), &mut errors)
            .into_owned()
    }
}

/// The named arguments of every message of a language, keyed by message id: what [`differences`]
/// compares.
pub type Catalogue = BTreeMap<String, BTreeSet<String>>;
