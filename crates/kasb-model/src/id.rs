//! The id grammar.
//!
//! Ids end up in references, in `document-id/item-id` global ids, in file names and in exported
//! URIs, and they come from anyone's pull request; so they keep to a small grammar:
//!
//! - a **segment** is ASCII letters `A–Z a–z` and digits `0–9`, in runs joined by single
//!   `-`, `_` or `.` (`WLD-01.2`): it starts and ends with a letter or digit, and two of
//!   `-`, `_`, `.`, `/` never touch (so no `..`);
//! - a **document id** is one segment (`kg-welder`, `isco-08`);
//! - an **item id** (unit, element, criterion, task, classification code…) is one or more
//!   segments joined by `/` (`WLD-01.2`, `A/01.3`, `7212`, `2.15.01.05`);
//! - either is at most [`MAX_ID_LENGTH`] characters.
//!
//! [`check_id`] says where an id breaks the grammar and which character does; a letter of
//! another script that imitates a Latin one (Cyrillic `Е` in `ЕLC-01`) is named with its
//! script and the Latin letter meant.

use std::borrow::Cow;

use unicode_script::UnicodeScript;

/// The longest id, in characters.
pub const MAX_ID_LENGTH: usize = 128;

/// The JSON Schema `pattern` of a document id.
pub const DOCUMENT_ID_PATTERN: &str = r"^[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+)*$";

/// The JSON Schema `pattern` of an item id.
pub const ITEM_ID_PATTERN: &str = r"^[A-Za-z0-9]+(?:[-_./][A-Za-z0-9]+)*$";

/// Which kind of id is checked: only item ids may hold `/`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IdKind {
    /// A document's `id`, global in the repository.
    Document,
    /// An item's id, unique within its document.
    Item,
}

/// Where and why an id breaks the grammar.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct IdError {
    /// The 1-based position, in characters, of the offending character in the id; 1 for a
    /// problem with the whole id (empty, too long).
    pub position: usize,
    /// What is wrong, naming the character: `reason` in English words.
    pub message: String,
    /// What is wrong, as data, for a message in another language.
    pub reason: IdReason,
    /// The id with look-alike letters replaced by the Latin ones, when that alone fixes it.
    pub suggestion: Option<String>,
}

impl IdError {
    fn new(position: usize, reason: IdReason) -> Self {
        IdError {
            position,
            message: reason.to_string(),
            reason,
            suggestion: None,
        }
    }
}

/// Why an id breaks the grammar; its `Display` is the English sentence of [`IdError::message`].
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum IdReason {
    /// The id is empty.
    Empty,
    /// The id has `length` characters, more than [`MAX_ID_LENGTH`].
    TooLong {
        /// Its length in characters.
        length: usize,
    },
    /// The id holds `..`.
    DotDot,
    /// A document id holds `/`.
    SlashInDocumentId,
    /// The id starts with a separator.
    StartsWith(char),
    /// The id ends with a separator.
    EndsWith(char),
    /// Two separators touch.
    Doubled(char, char),
    /// A space.
    Space,
    /// A control character.
    Control(char),
    /// Another ASCII character; `item` when the id is an item id (which may hold `/`).
    NotAllowed {
        /// The character.
        character: char,
        /// Whether the id is an item id.
        item: bool,
    },
    /// A character outside ASCII that imitates no Latin letter.
    Foreign(Character),
    /// A letter of another script that imitates `meant`, a Latin letter or a digit.
    LookAlike {
        /// The letter written.
        character: Character,
        /// The Latin letter or digit it imitates.
        meant: char,
    },
}

/// A character named in an error: itself, and its script when it is a letter of one
/// (`Cyrillic`; `None` for punctuation, symbols and marks common to every script).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Character {
    /// The character.
    pub character: char,
    /// Its Unicode script's full name, for a letter.
    pub script: Option<&'static str>,
}

impl Character {
    fn of(c: char) -> Self {
        let script = match c.script() {
            unicode_script::Script::Common | unicode_script::Script::Inherited => None,
            script => Some(script.full_name()),
        };
        Character {
            character: c,
            script,
        }
    }

    /// The character as it may be shown: control and invisible characters by their code point.
    pub fn shown(self) -> String {
        visible(self.character)
    }

    /// Its code point, `U+0415`.
    pub fn code(self) -> String {
        format!("U+{:04X}", u32::from(self.character))
    }
}

impl std::fmt::Display for Character {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.script {
            Some(script) => write!(
                f,
                "the {script} letter `{}` ({})",
                self.character,
                self.code()
            ),
            None => write!(f, "the character `{}` ({})", self.shown(), self.code()),
        }
    }
}

impl std::fmt::Display for IdReason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        const ENDS: &str = "it starts and ends with a letter or digit";
        match self {
            IdReason::Empty => f.write_str("the id is empty"),
            IdReason::TooLong { length } => write!(
                f,
                "the id is {length} characters long; ids have at most {MAX_ID_LENGTH}"
            ),
            IdReason::DotDot => f.write_str("`..` is not allowed in an id"),
            IdReason::SlashInDocumentId => f.write_str(
                "`/` is not allowed in a document id: it separates a document id from an item id",
            ),
            IdReason::StartsWith(c) => write!(f, "an id cannot start with `{c}`: {ENDS}"),
            IdReason::EndsWith(c) => write!(f, "an id cannot end with `{c}`: {ENDS}"),
            IdReason::Doubled(c, next) => write!(
                f,
                "`{c}{next}` is not allowed in an id: `-`, `_`, `.` and `/` each stand alone \
                 between letters or digits"
            ),
            IdReason::Space => f.write_str("a space is not allowed in an id"),
            IdReason::Control(c) => write!(
                f,
                "the control character {} is not allowed in an id",
                describe_control(*c)
            ),
            IdReason::NotAllowed { character, item } => write!(
                f,
                "`{character}` is not allowed in an id: ids use Latin letters, digits, `-`, `_`, `.`{}",
                if *item { " and `/`" } else { "" }
            ),
            IdReason::Foreign(character) => write!(
                f,
                "{character} is not allowed in an id: ids use Latin letters, digits, `-`, `_`, `.` \
                 (and `/` in item ids)"
            ),
            IdReason::LookAlike { character, meant } => {
                let what = if meant.is_ascii_digit() {
                    "the digit"
                } else {
                    "the Latin"
                };
                write!(f, "{character} looks like {what} `{meant}` but is not")
            }
        }
    }
}

/// Checks `id` against the id grammar (see the module documentation).
///
/// # Errors
/// The first place where `id` breaks the grammar.
pub fn check_id(id: &str, kind: IdKind) -> Result<(), IdError> {
    let length = id.chars().count();
    if length == 0 {
        return Err(IdError::new(1, IdReason::Empty));
    }
    if length > MAX_ID_LENGTH {
        return Err(IdError::new(
            MAX_ID_LENGTH + 1,
            IdReason::TooLong { length },
        ));
    }
    let chars: Vec<char> = id.chars().collect();
    if let Some(at) = chars.iter().position(|c| !c.is_ascii()) {
        return Err(foreign(id, at));
    }
    // Named first, whatever precedes it: `..` is how a path climbs out of its directory.
    if let Some(at) = id.find("..") {
        return Err(IdError::new(at + 1, IdReason::DotDot));
    }
    for (at, &c) in chars.iter().enumerate() {
        let previous = at.checked_sub(1).map(|i| chars[i]);
        let next = chars.get(at + 1).copied();
        if let Some(reason) = misplaced(c, previous, next, kind) {
            return Err(IdError::new(at + 1, reason));
        }
    }
    Ok(())
}

/// Why the ASCII character `c`, between `previous` and `next`, cannot stand there.
fn misplaced(
    c: char,
    previous: Option<char>,
    next: Option<char>,
    kind: IdKind,
) -> Option<IdReason> {
    let is_separator = |c: char| matches!(c, '-' | '_' | '.' | '/');
    match c {
        c if c.is_ascii_alphanumeric() => None,
        '/' if kind == IdKind::Document => Some(IdReason::SlashInDocumentId),
        c if is_separator(c) => match (previous, next) {
            (None, _) => Some(IdReason::StartsWith(c)),
            (_, None) => Some(IdReason::EndsWith(c)),
            (_, Some(next)) if is_separator(next) => Some(IdReason::Doubled(c, next)),
            _ => None,
        },
        ' ' => Some(IdReason::Space),
        c if c.is_ascii_control() => Some(IdReason::Control(c)),
        character => Some(IdReason::NotAllowed {
            character,
            item: kind == IdKind::Item,
        }),
    }
}

/// The error for the first non-ASCII character, at index `at`.
fn foreign(id: &str, at: usize) -> IdError {
    match look_alike_at(id, at) {
        Some(mut error) => {
            let fixes_it = error
                .suggestion
                .as_deref()
                .is_some_and(|fixed| check_id(fixed, IdKind::Item).is_ok());
            if !fixes_it {
                error.suggestion = None;
            }
            error
        }
        None => {
            let c = id.chars().nth(at).unwrap_or_default();
            IdError::new(at + 1, IdReason::Foreign(Character::of(c)))
        }
    }
}

/// The error for the look-alike at character index `at` of `text`, if it is one, with the
/// folded text as the suggestion (the caller decides whether that spelling is valid).
fn look_alike_at(text: &str, at: usize) -> Option<IdError> {
    let c = text.chars().nth(at)?;
    latin_look_alike(c)?;
    let fixed = fold_lookalikes(text);
    let meant = fixed.chars().nth(at)?;
    let mut error = IdError::new(
        at + 1,
        IdReason::LookAlike {
            character: Character::of(c),
            meant,
        },
    );
    error.suggestion = Some(fixed.into_owned());
    Some(error)
}

/// Checks that a code (an ISCO code, a national classification's code, a country code) mixes
/// no letter of another script that imitates a Latin letter or a digit (`72І2` with a
/// Cyrillic `І`). Codes have no grammar of their own here, so only a code that is all Latin
/// letters, digits and punctuation once its look-alikes are folded is refused: then the
/// spelling meant is certain, and it is the suggestion.
///
/// # Errors
/// The first look-alike, named with its script and its position.
pub fn check_code_script(code: &str) -> Result<(), IdError> {
    if code.is_ascii() || !fold_lookalikes(code).is_ascii() {
        return Ok(());
    }
    let at = code.chars().position(|c| !c.is_ascii()).unwrap_or(0);
    look_alike_at(code, at).map_or(Ok(()), Err)
}

/// `text` with every letter of another script that imitates a Latin letter or a digit
/// (Cyrillic `Е`, Greek `Ο`) replaced by the one it imitates: the one table of look-alikes
/// (Unicode confusables) that ids, codes and did-you-mean share. In a text that is otherwise
/// digits and dots (`72І2`), a look-alike of `l`, `I` or `O` stands for `1` or `0`.
/// Borrowed when nothing changes, which is always the case for ASCII text.
///
/// ```
/// use kasb_model::id::fold_lookalikes;
///
/// assert_eq!(fold_lookalikes("ЕLC-01"), "ELC-01");
/// assert_eq!(fold_lookalikes("72І2"), "7212");
/// assert_eq!(fold_lookalikes("сварщик"), "cвapщик");
/// ```
pub fn fold_lookalikes(text: &str) -> Cow<'_, str> {
    if text.is_ascii() {
        return Cow::Borrowed(text);
    }
    // A number-like code: digits and dots only (ISCO `7212`, OKSO `2.09.03.01`), not an
    // item code such as `О/01.6` whose letter is a letter.
    let numeric = text
        .chars()
        .filter(char::is_ascii)
        .all(|c| c.is_ascii_digit() || c == '.')
        && text.chars().any(|c| c.is_ascii_digit());
    Cow::Owned(
        text.chars()
            .map(|c| match latin_look_alike(c) {
                Some('l' | 'I') if numeric => '1',
                Some('O' | 'o') if numeric => '0',
                // Confusables read a capital `І` as `l`; among letters it stands for `I`.
                Some('l') if c.is_uppercase() => 'I',
                Some(latin) => latin,
                None => c,
            })
            .collect(),
    )
}

/// The ASCII letter or digit a non-ASCII character imitates (Unicode confusables), if any.
fn latin_look_alike(c: char) -> Option<char> {
    if c.is_ascii() {
        return None;
    }
    let mut buffer = [0; 4];
    let mut skeleton = unicode_security::skeleton(c.encode_utf8(&mut buffer));
    match (skeleton.next(), skeleton.next()) {
        (Some(latin), None) if latin.is_ascii_alphanumeric() => Some(latin),
        _ => None,
    }
}

/// A character as it may be shown: control and invisible characters by their code point.
fn visible(c: char) -> String {
    if c.is_control() || c.is_whitespace() || matches!(c, '\u{200B}'..='\u{200F}' | '\u{FEFF}') {
        format!("\\u{{{:x}}}", u32::from(c))
    } else {
        c.to_string()
    }
}

fn describe_control(c: char) -> String {
    let name = match c {
        '\n' => " (line feed)",
        '\r' => " (carriage return)",
        '\t' => " (tab)",
        '\0' => " (NUL)",
        '\u{1b}' => " (escape)",
        _ => "",
    };
    format!("U+{:04X}{name}", u32::from(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fails(id: &str, kind: IdKind) -> IdError {
        check_id(id, kind).expect_err(id)
    }

    #[test]
    fn accepts_every_id_shape_in_use() {
        for id in [
            "kg-welder",
            "isco-08",
            "am-welder-q4-assessment",
            "case-x-1a2b3c4d",
        ] {
            assert_eq!(check_id(id, IdKind::Document), Ok(()), "{id}");
        }
        for id in [
            "A/01.3",
            "A/01.2.K1",
            "7212",
            "0110",
            "2.15.01.05",
            "CCO-01.K1",
            "U1.1",
            "M01",
            "CCSS.Math.Content.HSF-BF.A.1a",
            "H.A.MATH.GM.PF.2DFP.L1.1",
            "snake_case",
        ] {
            assert_eq!(check_id(id, IdKind::Item), Ok(()), "{id}");
        }
    }

    #[test]
    fn names_the_offending_character_and_its_position() {
        let slash = fails("kg/welder", IdKind::Document);
        assert_eq!(slash.position, 3);
        assert!(slash.message.contains("`/`"), "{}", slash.message);
        let dots = fails("../outside", IdKind::Item);
        assert_eq!(
            (dots.position, dots.message.as_str()),
            (1, "`..` is not allowed in an id")
        );
        assert_eq!(fails("a/../b", IdKind::Item).position, 3);
        assert!(fails("a--b", IdKind::Item).message.contains("`--`"));
        assert_eq!(
            fails("a..b", IdKind::Document).message,
            "`..` is not allowed in an id"
        );
        let newline = fails("ab\ncd", IdKind::Item);
        assert_eq!(newline.position, 3);
        assert!(newline.message.contains("U+000A (line feed)"));
        assert!(fails("a b", IdKind::Item).message.contains("space"));
        assert!(fails("a//b", IdKind::Item).message.contains("//"));
        assert!(fails("A/", IdKind::Item).message.contains("end"));
        assert_eq!(fails("", IdKind::Item).message, "the id is empty");
        assert!(
            fails(&"x".repeat(129), IdKind::Item)
                .message
                .contains("129 characters")
        );
        assert!(fails("a$b", IdKind::Item).message.contains("`$`"));
    }

    #[test]
    fn names_look_alike_letters_with_their_script_and_the_latin_letter() {
        let cyrillic = fails("ЕLC-01", IdKind::Item);
        assert_eq!(cyrillic.position, 1);
        assert_eq!(
            cyrillic.message,
            "the Cyrillic letter `Е` (U+0415) looks like the Latin `E` but is not"
        );
        assert_eq!(cyrillic.suggestion.as_deref(), Some("ELC-01"));
        let greek = fails("kg-weldΟr", IdKind::Document);
        assert!(
            greek.message.starts_with("the Greek letter `Ο`"),
            "{}",
            greek.message
        );
        assert_eq!(greek.suggestion.as_deref(), Some("kg-weldOr"));
        let other = fails("сварщик", IdKind::Document);
        assert!(other.message.contains("Cyrillic"), "{}", other.message);
        assert!(
            fails("a\u{200B}b", IdKind::Item)
                .message
                .contains("\\u{200b}")
        );
    }

    #[test]
    fn folds_look_alikes_of_any_script_and_leaves_ascii_borrowed() {
        assert!(matches!(fold_lookalikes("ELC-01"), Cow::Borrowed("ELC-01")));
        assert_eq!(fold_lookalikes("ЕLC-01"), "ELC-01");
        assert_eq!(fold_lookalikes("kg-weldΟr"), "kg-weldOr");
        assert_eq!(fold_lookalikes("АВС-Х1"), "ABC-X1");
        // A letter with no Latin look-alike stays as it is.
        assert_eq!(fold_lookalikes("Ж-01"), "Ж-01");
        // Among digits, a look-alike of `l`, `I` or `O` is the digit.
        assert_eq!(fold_lookalikes("72І2"), "7212");
        assert_eq!(fold_lookalikes("2.15.О1.05"), "2.15.01.05");
        assert_eq!(fold_lookalikes("ІT-01"), "IT-01");
        assert_eq!(fold_lookalikes("О/01.6"), "O/01.6");
    }

    #[test]
    fn a_code_with_a_look_alike_is_named_and_spelt_in_latin() {
        let isco = check_code_script("72І2").unwrap_err();
        assert_eq!(isco.position, 3);
        assert_eq!(
            isco.message,
            "the Cyrillic letter `І` (U+0406) looks like the digit `1` but is not"
        );
        assert_eq!(isco.suggestion.as_deref(), Some("7212"));
        let country = check_code_script("КG").unwrap_err();
        assert_eq!(
            (country.position, country.suggestion.as_deref()),
            (1, Some("KG"))
        );
        assert!(country.message.contains("looks like the Latin `K`"));
        // ASCII, and codes in another script altogether, are not this check's business.
        for code in ["7212", "OKZ-1", "Ж12", "сварщик", ""] {
            assert_eq!(check_code_script(code), Ok(()), "{code}");
        }
        let item = fails("72І2", IdKind::Item);
        assert_eq!(item.suggestion.as_deref(), Some("7212"));
        assert!(
            item.message.contains("looks like the digit `1`"),
            "{}",
            item.message
        );
    }
}
