//! A report as a list of blocks, written once per report and rendered by every writer (HTML,
//! Markdown), so the two formats can never say different things.

use std::collections::BTreeSet;

use kasb_i18n::{Args, Lang, Messages};
use kasb_model::Text;
use serde::Serialize;

/// A text of a document in the language it was shown in.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Localised {
    /// The text.
    pub text: String,
    /// Its language tag: the one asked for, or the document's own when it has no translation.
    pub language: String,
}

impl Localised {
    /// `text` in `want`, else in the document's `default` language, else in any it has.
    pub fn pick(text: &Text, want: Lang, default: &str) -> Localised {
        let (text, language) = match text.get(want.tag(), default) {
            Some(found) => (found, want.tag()),
            None => match text.get(default, default) {
                Some(found) => (found, default),
                None => text.entries(default).next().unwrap_or((want.tag(), "")),
            },
        };
        Localised {
            text: text.to_owned(),
            language: language.to_owned(),
        }
    }
}

/// A piece of a line.
#[derive(Clone, Debug)]
pub(crate) enum Inline {
    /// Text in the report's language (a message, a number).
    Plain(String),
    /// A document's text in another language than the report's (it has no translation).
    Foreign(Localised),
    /// An id, shown as code.
    Code(String),
    /// The language of a document text given inside a message, when it is not the report's.
    Marker(String),
}

pub(crate) type Line = Vec<Inline>;

/// How a table cell is marked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Mark {
    Plain,
    /// A crossing: the task assesses the requirement.
    Hit,
    /// A gap: nothing covers it, or it covers nothing.
    Gap,
}

#[derive(Clone, Debug)]
pub(crate) struct Cell {
    pub line: Line,
    pub mark: Mark,
}

#[derive(Clone, Debug)]
pub(crate) struct Table {
    pub head: Vec<Line>,
    pub rows: Vec<Vec<Cell>>,
}

#[derive(Clone, Debug)]
pub(crate) enum Block {
    /// A section with its heading: a new page when printed.
    Section(Line),
    Heading(Line),
    /// A heading inside a heading's part (an element of a unit).
    Subheading(Line),
    Paragraph(Line),
    /// A short bold line naming the list after it.
    Label(Line),
    /// A highlighted paragraph.
    Note(Line),
    /// Labelled values, one or more lines each.
    Fields(Vec<(String, Vec<Line>)>),
    List(Vec<Line>),
    Table(Table),
}

/// A report being written: its language, title and blocks, and the languages its document texts
/// fell back to.
pub(crate) struct Doc {
    pub messages: &'static Messages,
    pub title: Line,
    pub blocks: Vec<Block>,
    /// Printed in landscape: a matrix with a column per task.
    pub wide: bool,
    fallbacks: usize,
    fallback_languages: BTreeSet<String>,
}

impl Doc {
    pub fn new(lang: Lang) -> Self {
        Doc {
            messages: Messages::of(lang),
            title: Vec::new(),
            blocks: Vec::new(),
            wide: false,
            fallbacks: 0,
            fallback_languages: BTreeSet::new(),
        }
    }

    pub fn lang(&self) -> Lang {
        self.messages.lang()
    }

    /// A message without arguments.
    pub fn say(&self, id: &str) -> String {
        self.messages.text(id)
    }

    /// A message with arguments.
    pub fn say_with(&self, id: &str, args: &Args<'_>) -> String {
        self.messages.format(id, args)
    }

    /// A document text in the report's language, counted when it falls back to another.
    pub fn text(&mut self, text: &Text, default: &str) -> Inline {
        self.localised(Localised::pick(text, self.lang(), default))
    }

    /// An already chosen text, counted when it is not in the report's language.
    pub fn localised(&mut self, text: Localised) -> Inline {
        if text.language == self.lang().tag() {
            return Inline::Plain(text.text);
        }
        self.fallbacks += 1;
        self.fallback_languages.insert(text.language.clone());
        Inline::Foreign(text)
    }

    /// A message whose argument `name` is a document text, with the text's language marked
    /// after it when it is not the report's.
    pub fn say_text(
        &mut self,
        id: &str,
        args: Args<'_>,
        name: &'static str,
        text: Localised,
    ) -> Line {
        let marker = (text.language != self.lang().tag()).then(|| text.language.clone());
        let mut line = plain(self.say_with(id, &args.with(name, text.text.clone())));
        if let Some(language) = marker {
            self.localised(text);
            line.push(Inline::Marker(language));
        }
        line
    }

    pub fn push(&mut self, block: Block) {
        self.blocks.push(block);
    }

    /// The blocks, with the note on fallback languages first when a text needed one.
    pub fn finish(mut self) -> Doc {
        if self.fallbacks > 0 {
            let languages: Vec<&str> = self.fallback_languages.iter().map(String::as_str).collect();
            let args = Args::new()
                .with("count", self.fallbacks)
                .with("languages", languages.join(", "));
            let note = self.say_with("report-fallback-note", &args);
            self.blocks
                .insert(0, Block::Note(vec![Inline::Plain(note)]));
        }
        let made_by = self.say("report-made-by");
        self.blocks
            .push(Block::Paragraph(vec![Inline::Plain(made_by)]));
        self
    }
}

/// A line of one plain text.
pub(crate) fn plain(text: impl Into<String>) -> Line {
    vec![Inline::Plain(text.into())]
}

/// A cell of one plain text.
pub(crate) fn cell(line: Line) -> Cell {
    Cell {
        line,
        mark: Mark::Plain,
    }
}

/// A number as people write it: `18`, `2.5`.
pub(crate) fn number(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{value:.0}")
    } else {
        format!("{}", (value * 100.0).round() / 100.0)
    }
}
