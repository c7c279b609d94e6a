//! K702 `duplicate-statement`: the same statement twice in one unit.

use crate::context::Context;
use kasb_diagnostics::{Data, Message, declare_rule};
use kasb_model::{FieldPath, OccupationalStandard, Statement, Text};
use std::collections::HashMap;
use std::collections::hash_map::Entry;

declare_rule! {
    /// Repeated statements (ignoring case and spacing) are usually copy-paste slips.
    ///
    /// Failing: two criteria of `U1` both `The joint is cleaned.`
    /// Passing: make them distinct, or remove one.
    pub static DUPLICATE_STATEMENT = Rule {
        code: "K702",
        name: "duplicate-statement",
        severity: Warning,
        summary: "Two criteria, knowledge items or skills of one unit say the same thing.",
    };
}

/// Lowercase, with runs of white space folded, for comparing statements.
fn normalise(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// A digest of [`normalise`]`(text)`, written into `scratch` (reused, so no statement allocates):
/// every statement is compared, and most are distinct, so only a digest seen twice is
/// normalised to be sure.
fn fingerprint(text: &str, scratch: &mut Vec<u8>) -> u64 {
    use std::hash::BuildHasher;
    if !fold_simple(text, scratch) {
        fold_by_words(text, scratch);
    }
    foldhash::fast::FixedState::with_seed(0).hash_one(scratch.as_slice())
}

/// [`normalise`] in one pass over the bytes, for text in ASCII and basic Cyrillic (the bulk of
/// the region's statements), whose capitals lower one by one; false, leaving `scratch` to be
/// rewritten, at the first other character.
fn fold_simple(text: &str, scratch: &mut Vec<u8>) -> bool {
    scratch.clear();
    let bytes = text.as_bytes();
    let mut space = false;
    let mut i = 0;
    while let Some(&byte) = bytes.get(i) {
        if matches!(byte, b' ' | b'\t'..=b'\r') {
            space = !scratch.is_empty();
            i += 1;
            continue;
        }
        if std::mem::take(&mut space) {
            scratch.push(b' ');
        }
        if byte.is_ascii() {
            scratch.push(byte.to_ascii_lowercase());
            i += 1;
            continue;
        }
        // U+0400..U+045F in UTF-8: D0 80..D1 9F. А..П lower to а..п, Р..Я to р..я, Ѐ..Џ to ѐ..џ.
        let next = bytes.get(i + 1).copied().unwrap_or(0);
        let lower = match (byte, next) {
            (0xD0, 0x90..=0x9F) => [0xD0, next + 0x20],
            (0xD0, 0xA0..=0xAF) => [0xD1, next - 0x20],
            (0xD0, 0x80..=0x8F) => [0xD1, next + 0x10],
            (0xD0, 0xB0..=0xBF) | (0xD1, 0x80..=0x9F) => [byte, next],
            _ => return false,
        };
        scratch.extend_from_slice(&lower);
        i += 2;
    }
    true
}

/// [`normalise`] a word at a time: words with a capital are lowered as a word, as
/// `to_lowercase` lowers them (a final Greek sigma lowers differently from others).
fn fold_by_words(text: &str, scratch: &mut Vec<u8>) {
    scratch.clear();
    for word in text.split_whitespace() {
        if !scratch.is_empty() {
            scratch.push(b' ');
        }
        if word.chars().any(may_be_capital) {
            scratch.extend_from_slice(word.to_lowercase().as_bytes());
        } else {
            scratch.extend_from_slice(word.as_bytes());
        }
    }
}

/// Whether lowercasing changes `c` (a capital, or a title-case letter such as `ǅ`): Cyrillic
/// small letters, the bulk of the region's statements, are answered without the Unicode tables.
fn may_be_capital(c: char) -> bool {
    match c {
        '\u{0430}'..='\u{045F}' => false,
        _ if c.is_ascii() => c.is_ascii_uppercase(),
        _ => {
            let mut lower = c.to_lowercase();
            lower.next() != Some(c) || lower.next().is_some()
        }
    }
}

/// Reports each criterion, knowledge or skill statement of a unit of `standard` that repeats an
/// earlier one of the same list (criteria, knowledge or skills) in some language.
pub(crate) fn check(context: &mut Context<'_>, index: usize, standard: &OccupationalStandard) {
    // The unit's lists are read directly rather than through the item declarations: this
    // runs over every statement of every standard, and a path is needed only for a report.
    for (u, unit) in standard.units.iter().enumerate() {
        let element_criteria = unit.elements.iter().enumerate().flat_map(|(e, element)| {
            let criteria = element.criteria.iter().enumerate();
            criteria
                .map(move |(c, criterion)| (In::Element(e, c), &criterion.id, &criterion.statement))
        });
        let unit_criteria = unit.criteria.iter().enumerate();
        let criteria =
            element_criteria.chain(unit_criteria.map(|(c, criterion)| {
                (In::Unit("criteria", c), &criterion.id, &criterion.statement)
            }));
        let unit_at = Unit {
            index: u,
            id: &unit.id,
        };
        check_list(context, index, standard, unit_at, criteria);
        check_list(
            context,
            index,
            standard,
            unit_at,
            statements("knowledge", &unit.knowledge),
        );
        check_list(
            context,
            index,
            standard,
            unit_at,
            statements("skills", &unit.skills),
        );
    }
}

/// The statements of a unit's list `list` with their places.
fn statements<'a>(
    list: &'static str,
    items: &'a [Statement],
) -> impl Iterator<Item = (In, &'a String, &'a Text)> {
    items
        .iter()
        .enumerate()
        .map(move |(i, item)| (In::Unit(list, i), &item.id, &item.statement))
}

/// A unit: its place in `units` and its id.
#[derive(Clone, Copy)]
struct Unit<'a> {
    index: usize,
    id: &'a str,
}

/// Where a statement is in its unit: `elements[e].criteria[c]`, or `LIST[i]` of the unit.
#[derive(Clone, Copy)]
enum In {
    Element(usize, usize),
    Unit(&'static str, usize),
}

/// Reports each statement of one list of `unit` that repeats an earlier one of the list.
fn check_list<'a>(
    context: &mut Context<'_>,
    index: usize,
    standard: &'a OccupationalStandard,
    unit: Unit<'a>,
    list: impl Iterator<Item = (In, &'a String, &'a Text)>,
) {
    // By language and fingerprint, the first statement that has them.
    let mut seen: HashMap<(&str, u64), &str, foldhash::fast::FixedState> = HashMap::default();
    let mut scratch = Vec::new();
    for (place, id, statement) in list {
        let duplicate = statement
            .entries(&standard.language)
            .filter(|(_, text)| !text.trim().is_empty())
            .find(|&(language, text)| {
                match seen.entry((language, fingerprint(text, &mut scratch))) {
                    Entry::Vacant(vacant) => {
                        vacant.insert(text);
                        false
                    }
                    Entry::Occupied(first) => normalise(first.get()) == normalise(text),
                }
            });
        if let Some((language, _)) = duplicate {
            report(context, index, unit, (place, id), language);
        }
    }
}

fn report(
    context: &mut Context<'_>,
    index: usize,
    unit: Unit<'_>,
    (place, id): (In, &String),
    language: &str,
) {
    let at = FieldPath::root().key("units").index(unit.index);
    let at = match place {
        In::Element(e, c) => at.key("elements").index(e).key("criteria").index(c),
        In::Unit(list, i) => at.key(list).index(i),
    };
    let unit = unit.id;
    let report = context.say(
        &DUPLICATE_STATEMENT,
        index,
        &at.key("statement"),
        Message::new("k702-message")
            .with("id", id)
            .with("unit", unit)
            .with("language", language),
        Message::new("k702-help"),
    );
    report.data = Data::DuplicateStatement {
        id: id.clone(),
        unit: unit.to_owned(),
        language: language.to_owned(),
    };
}

#[cfg(test)]
mod tests {
    use super::{fingerprint, normalise};
    use std::hash::BuildHasher;

    #[test]
    fn the_fingerprint_digests_the_normal_form_of_any_script() {
        let texts = [
            "Сварщик ЗАЧИЩАЕТ шов, Ёлка и ЀЍЏ.",
            "Mixed Кириллица and LATIN\u{a0}with\u{2003}spaces\u{b}and tabs\t",
            "ΟΔΟΣ Σίσυφος",
            "ǅungla İstanbul ẞ Ωμέγα",
            "Армян: Հայերեն ՀԱՅԵՐԵՆ",
            "Ѣ ѣ Ѳ ѳ Ґ ґ Ӑ ӑ Қ қ Ү ү Ә ә Ҳ ҳ",
            "РАБОЧИЙ\u{85}Рабочий\u{1c}рабочий",
            "",
            "   ",
        ];
        for text in texts {
            let normal = normalise(text);
            let expected = foldhash::fast::FixedState::with_seed(0).hash_one(normal.as_bytes());
            assert_eq!(fingerprint(text, &mut Vec::new()), expected, "{text:?}");
        }
    }

    #[test]
    fn the_fingerprint_is_that_of_the_normal_form() {
        let same = [
            "The joint is cleaned.",
            "  the  JOINT is\tcleaned. ",
            "the joint\nis cleaned.",
        ];
        let fingerprint = |text: &str| fingerprint(text, &mut Vec::new());
        for text in same {
            assert_eq!(normalise(text), "the joint is cleaned.");
            assert_eq!(fingerprint(text), fingerprint(same[0]), "{text:?}");
        }
        assert_ne!(fingerprint("thejoint is cleaned."), fingerprint(same[0]));
        assert_ne!(fingerprint("Шов зачищен."), fingerprint("шов зачищен"));
        // A title-case letter is no capital, yet lowercases.
        assert_eq!(normalise("ǅ"), normalise("ǆ"));
        assert_eq!(fingerprint("ǅ"), fingerprint("ǆ"));
        assert_eq!(fingerprint("ШОВ  зачищен."), fingerprint("шов зачищен."));
        // A final sigma: `normalise` lowers `ΟΔΟΣ` to `οδος`, so must the fingerprint.
        assert_eq!(normalise("ΟΔΟΣ ΚΑΙ"), normalise("οδος και"));
        assert_eq!(fingerprint("ΟΔΟΣ ΚΑΙ"), fingerprint("οδος και"));
    }
}
