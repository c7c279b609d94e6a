//! The text classifier: whether a rewording changed the words (substantive) or only their form
//! (editorial), and why, in words a reviewer can check.

use std::collections::HashMap;

use rust_stemmers::{Algorithm, Stemmer};
use unicode_normalization::UnicodeNormalization;

use crate::rules::{self, Rule};
use crate::{Part, Reason};

/// The verdict on one rewording: the rule that decides it and why.
pub(crate) struct Verdict {
    pub rule: &'static Rule,
    pub why: Reason,
}

/// Words longer than this are compared whole: no word is that long, and edit distance is
/// quadratic in length.
const LONGEST_WORD: usize = 64;
/// At most this many changed words are paired as possible spelling corrections (quadratic).
const MOST_PAIRED: usize = 200;

/// Judges the change of one text from `old` to `new`, written in `language` (a BCP 47 tag,
/// whose primary subtag chooses the stemmer).
pub(crate) fn classify(old: &str, new: &str, language: &str, typo_distance: usize) -> Verdict {
    let stemmer = stemmer_for(language);
    let (old_words, new_words) = (words(old), words(new));
    let stem = |words: &[String]| -> Vec<String> {
        let mut stems: Vec<String> = words
            .iter()
            .map(|word| match &stemmer {
                Some(stemmer) => stemmer.stem(word).into_owned(),
                None => word.clone(),
            })
            .collect();
        stems.sort_unstable();
        stems
    };
    if stem(&old_words) == stem(&new_words) {
        return Verdict {
            rule: &rules::WORDING_TOUCHED_UP,
            why: Reason::new("diff-why-same-words"),
        };
    }
    let (removed, added) = multiset_difference(&old_words, &new_words);
    if let Some(corrections) = spelling_corrections(&removed, &added, typo_distance) {
        return Verdict {
            rule: &rules::WORDING_TOUCHED_UP,
            why: Reason::new("diff-why-spelling").with("corrections", Part::List(corrections)),
        };
    }
    let list = |words: &[&str]| {
        if words.is_empty() {
            Part::Word("diff-none".to_owned())
        } else {
            Part::Text(words.iter().take(12).copied().collect::<Vec<_>>().join(" "))
        }
    };
    Verdict {
        rule: &rules::WORDING_CHANGED,
        why: Reason::new("diff-why-words")
            .with("removed", list(&removed))
            .with("added", list(&added)),
    }
}

/// The words of a text, lower-cased and in NFC: runs of letters and digits.
fn words(text: &str) -> Vec<String> {
    let text: String = text.nfc().collect::<String>().to_lowercase();
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The words only `old` has and those only `new` has, counted as multisets (in their order of
/// appearance), in time linear in the words.
fn multiset_difference<'a>(old: &'a [String], new: &'a [String]) -> (Vec<&'a str>, Vec<&'a str>) {
    let mut unmatched: HashMap<&str, usize> = HashMap::new();
    for word in new {
        *unmatched.entry(word.as_str()).or_default() += 1;
    }
    let mut removed = Vec::new();
    for word in old {
        match unmatched.get_mut(word.as_str()) {
            Some(count) if *count > 0 => *count -= 1,
            _ => removed.push(word.as_str()),
        }
    }
    // What is left unmatched was added: the last occurrences of each word, in order.
    let mut added = Vec::new();
    for word in new.iter().rev() {
        if let Some(count) = unmatched.get_mut(word.as_str())
            && *count > 0
        {
            *count -= 1;
            added.push(word.as_str());
        }
    }
    added.reverse();
    (removed, added)
}

/// Pairs every removed word with an added one it is a spelling correction of, or `None` when
/// some word is new or gone for good.
fn spelling_corrections(
    removed: &[&str],
    added: &[&str],
    typo_distance: usize,
) -> Option<Vec<Reason>> {
    let within = removed.len() <= MOST_PAIRED && added.len() <= MOST_PAIRED;
    if removed.len() != added.len() || removed.is_empty() || !within {
        return None;
    }
    let mut free: Vec<Option<&str>> = added.iter().copied().map(Some).collect();
    let mut pairs = Vec::with_capacity(removed.len());
    for &old in removed {
        let slot = free
            .iter_mut()
            .find(|slot| slot.is_some_and(|new| is_spelling_correction(old, new, typo_distance)))?;
        let new = slot.take()?;
        let distance = strsim::levenshtein(old, new);
        pairs.push(
            Reason::new("diff-why-correction")
                .with("old", Part::text(old))
                .with("new", Part::text(new))
                .with("distance", Part::number(distance)),
        );
    }
    Some(pairs)
}

/// A correction changes at most `typo_distance` characters and at most a third of the word,
/// so `must` → `may` or `safe` → `sane` are not spelling.
fn is_spelling_correction(old: &str, new: &str, typo_distance: usize) -> bool {
    let shorter = old.chars().count().min(new.chars().count());
    if shorter > LONGEST_WORD
        || old.chars().any(char::is_numeric)
        || new.chars().any(char::is_numeric)
    {
        return false;
    }
    let distance = strsim::levenshtein(old, new);
    distance <= typo_distance && distance * 3 <= shorter
}

/// The Snowball stemmer of a language's primary subtag, if there is one.
fn stemmer_for(language: &str) -> Option<Stemmer> {
    let primary = language
        .split('-')
        .next()
        .unwrap_or(language)
        .to_ascii_lowercase();
    let algorithm = match primary.as_str() {
        "ar" => Algorithm::Arabic,
        "da" => Algorithm::Danish,
        "nl" => Algorithm::Dutch,
        "en" => Algorithm::English,
        "fi" => Algorithm::Finnish,
        "fr" => Algorithm::French,
        "de" => Algorithm::German,
        "el" => Algorithm::Greek,
        "hu" => Algorithm::Hungarian,
        "it" => Algorithm::Italian,
        "no" | "nb" | "nn" => Algorithm::Norwegian,
        "pt" => Algorithm::Portuguese,
        "ro" => Algorithm::Romanian,
        "ru" => Algorithm::Russian,
        "es" => Algorithm::Spanish,
        "sv" => Algorithm::Swedish,
        "ta" => Algorithm::Tamil,
        "tr" => Algorithm::Turkish,
        _ => return None,
    };
    Some(Stemmer::create(algorithm))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(old: &str, new: &str, language: &str) -> &'static str {
        classify(old, new, language, 2).rule.code
    }

    #[test]
    fn form_is_editorial_and_words_are_substantive() {
        assert_eq!(code("Welds are sound.", "welds are sound", "en"), "D108");
        assert_eq!(code("Checks the weld", "Checked the welds", "en"), "D108");
        assert_eq!(code("Recieve the part", "Receive the part", "en"), "D108");
        assert_eq!(
            code("Welds are sound.", "Welds are not sound.", "en"),
            "D107"
        );
        assert_eq!(
            code("You must wear gloves", "You may wear gloves", "en"),
            "D107"
        );
        assert_eq!(code("Lifts 20 kg", "Lifts 25 kg", "en"), "D107");
        assert_eq!(
            code("Сварщик проверяет", "Сварщика проверяют", "ru"),
            "D108"
        );
    }

    #[test]
    fn a_long_text_is_judged_in_linear_time() {
        let old: String = (0..200_000).map(|i| format!("w{i} ")).collect();
        let new = format!("{old} more");
        let started = std::time::Instant::now();
        assert_eq!(code(&old, &new, "xx"), "D107");
        assert!(started.elapsed().as_secs() < 20, "{:?}", started.elapsed());
    }

    #[test]
    fn the_reason_names_the_words() {
        let verdict = classify("Welds are sound.", "Welds are not sound.", "en", 2);
        assert_eq!(
            verdict.why.english(),
            "words removed: none; words added: not"
        );
        let verdict = classify("Recieve it", "Receive it", "en", 2);
        assert_eq!(
            verdict.why.english(),
            "spelling: `recieve` → `receive` (edit distance 2)"
        );
    }
}
