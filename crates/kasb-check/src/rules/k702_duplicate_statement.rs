//! K702 `duplicate-statement`: the same statement twice in one unit.

use crate::context::Context;
use kasb_diagnostics::{Data, Message, declare_rule};
use kasb_model::{FieldPath, OccupationalStandard, Statement, Text};
use std::collections::HashMap;
use std::collections::hash_map::Entry;

use foldhash::fast::FixedState;

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

/// How much of a statement [`check_list`] digests first, in bytes of its normal form: most
/// statements of a unit differ within their first words, so most are folded only this far.
const HEAD: usize = 48;

/// A digest of the start of [`normalise`]`(text)`: its shortest prefix of at least `limit`
/// bytes that ends between characters (all of it when shorter), folded into `scratch`
/// (reused, so no statement allocates). Every statement is compared and most are distinct, so
/// only a digest seen twice is normalised to be sure.
fn fingerprint(text: &str, limit: usize, scratch: &mut Vec<u8>) -> u64 {
    use std::hash::BuildHasher;
    if !fold_simple(text, scratch, limit) {
        fold_by_words(text, scratch);
        if let Some(cut) = (limit..scratch.len()).find(|&i| (scratch[i] as i8) >= -0x40) {
            scratch.truncate(cut);
        }
    }
    foldhash::fast::FixedState::with_seed(0).hash_one(scratch.as_slice())
}

/// [`normalise`] in one pass, lowering one character at a time: ASCII and basic Cyrillic (the
/// bulk of the region's statements) from their bytes, any other character by its own
/// lowercase; false, leaving `scratch` to be rewritten, at a Greek capital sigma, whose
/// lowercase depends on the letters around it. Stops, true, once `limit` bytes are written.
fn fold_simple(text: &str, scratch: &mut Vec<u8>, limit: usize) -> bool {
    scratch.clear();
    let bytes = text.as_bytes();
    let mut space = false;
    let mut i = 0;
    while let Some(&byte) = bytes.get(i) {
        if scratch.len() >= limit {
            return true;
        }
        let next = bytes.get(i + 1).copied().unwrap_or(0);
        // U+0400..U+045F in UTF-8: D0 80..D1 9F. А..П lower to а..п, Р..Я to р..я, Ѐ..Џ to ѐ..џ.
        let (folded, width) = match (byte, next) {
            (b' ' | b'\t'..=b'\r', _) => (Folded::Space, 1),
            (0..=0x7F, _) => (Folded::Bytes([byte.to_ascii_lowercase(), 0], 1), 1),
            (0xD0, 0x90..=0x9F) => (Folded::Bytes([0xD0, next + 0x20], 2), 2),
            (0xD0, 0xA0..=0xAF) => (Folded::Bytes([0xD1, next - 0x20], 2), 2),
            (0xD0, 0x80..=0x8F) => (Folded::Bytes([0xD1, next + 0x10], 2), 2),
            (0xD0, 0xB0..=0xBF) | (0xD1, 0x80..=0x9F) => (Folded::Bytes([byte, next], 2), 2),
            _ => match text.get(i..).and_then(|rest| rest.chars().next()) {
                Some(c) if c.is_whitespace() => (Folded::Space, c.len_utf8()),
                Some(c) if c != 'Σ' => (Folded::Char(c), c.len_utf8()),
                _ => return false,
            },
        };
        i += width;
        if let Folded::Space = folded {
            space = !scratch.is_empty();
            continue;
        }
        if std::mem::take(&mut space) {
            scratch.push(b' ');
            if scratch.len() >= limit {
                return true;
            }
        }
        match folded {
            Folded::Bytes(lower, len) => scratch.extend_from_slice(&lower[..len]),
            Folded::Char(c) => {
                // `İ` lowers to two characters: the head may end between them.
                for lower in c.to_lowercase() {
                    if scratch.len() >= limit {
                        return true;
                    }
                    scratch.extend_from_slice(lower.encode_utf8(&mut [0; 4]).as_bytes());
                }
            }
            Folded::Space => {}
        }
    }
    true
}

/// One character of a statement as [`fold_simple`] lowers it.
enum Folded {
    /// White space, which separates words.
    Space,
    /// Its lowercase, the first `.1` bytes.
    Bytes([u8; 2], usize),
    /// A character lowered by the Unicode tables.
    Char(char),
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
    // By language and the digest of its head, the first statement with them, until another
    // shares them; from then on, by language and the digest of the whole statement, the
    // first statement of that head with them.
    let mut heads: HashMap<(&str, u64), Option<&str>, FixedState> = HashMap::default();
    let mut wholes: HashMap<(&str, u64), &str, FixedState> = HashMap::default();
    let mut scratch = Vec::new();
    for (place, id, statement) in list {
        let duplicate = statement
            .entries(&standard.language)
            .filter(|(_, text)| !text.trim().is_empty())
            .find(|&(language, text)| {
                let first = match heads.entry((language, fingerprint(text, HEAD, &mut scratch))) {
                    Entry::Vacant(vacant) => {
                        vacant.insert(Some(text));
                        return false;
                    }
                    Entry::Occupied(mut first) => first.get_mut().take(),
                };
                let mut whole = |text| (language, fingerprint(text, usize::MAX, &mut scratch));
                if let Some(first) = first {
                    wholes.entry(whole(first)).or_insert(first);
                }
                match wholes.entry(whole(text)) {
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

    /// The digest of the first `limit` bytes of `normal`, extended to a character's end.
    fn head_of(normal: &str, limit: usize) -> u64 {
        let cut = (limit..normal.len())
            .find(|&i| normal.is_char_boundary(i))
            .unwrap_or(normal.len());
        foldhash::fast::FixedState::with_seed(0).hash_one(&normal.as_bytes()[..cut])
    }

    proptest::proptest! {
        #[test]
        fn every_head_is_that_of_the_normal_form(
            chars in proptest::collection::vec(proptest::sample::select(vec![
                'a', 'B', ' ', '\t', '\n', '\u{a0}', '\u{2003}', '\u{85}', '\u{1c}', 'Σ', 'σ',
                'ς', 'İ', 'ǅ', 'Ж', 'ж', 'Ё', 'Ө', 'ө', 'ẞ', 'Ω', 'Ա', 'ﬀ', '.',
            ]), 0..24)
        ) {
            let text: String = chars.into_iter().collect();
            let normal = normalise(&text);
            for limit in 0..=normal.len() + 1 {
                proptest::prop_assert_eq!(
                    fingerprint(&text, limit, &mut Vec::new()),
                    head_of(&normal, limit),
                    "{:?} {}", text, limit
                );
            }
        }
    }

    #[test]
    fn the_fingerprint_digests_the_normal_form_of_any_script() {
        let texts = [
            "Сварщик ЗАЧИЩАЕТ шов, Ёлка и ЀЍЏ.",
            "Mixed Кириллица and LATIN\u{a0}with\u{2003}spaces\u{b}and tabs\t",
            "ΟΔΟΣ Σίσυφος",
            "ǅungla İstanbul ẞ Ωμέγα",
            "Армян: Հայերեն ՀԱՅԵՐԵՆ",
            "Ѣ ѣ Ѳ ѳ Ґ ґ Ӑ ӑ Қ қ Ү ү Ә ә Ҳ ҳ",
            "Ҳужжатларни ТАЙЁРЛАЙДИ, Ɵ ө Ң ң, Ə ə Ş ş Ğ ğ I ı İ i, Ւ ﬀ ΐ ǰ",
            "РАБОЧИЙ\u{85}Рабочий\u{1c}рабочий",
            "",
            "   ",
        ];
        for text in texts {
            let normal = normalise(text);
            let expected = foldhash::fast::FixedState::with_seed(0).hash_one(normal.as_bytes());
            assert_eq!(
                fingerprint(text, usize::MAX, &mut Vec::new()),
                expected,
                "{text:?}"
            );
            // Every head: the shortest prefix of at least `limit` bytes between characters.
            for limit in 0..=normal.len() + 1 {
                let head = head_of(&normal, limit);
                assert_eq!(
                    fingerprint(text, limit, &mut Vec::new()),
                    head,
                    "{text:?} {limit}"
                );
            }
        }
    }

    #[test]
    fn the_fingerprint_is_that_of_the_normal_form() {
        let same = [
            "The joint is cleaned.",
            "  the  JOINT is\tcleaned. ",
            "the joint\nis cleaned.",
        ];
        let fingerprint = |text: &str| fingerprint(text, usize::MAX, &mut Vec::new());
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
