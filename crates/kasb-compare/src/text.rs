//! Text analysis: normalisation, tokens, stop words, stemming, and a TF-IDF index with blocking.
//!
//! Every language is analysed on its own: NFKC normalisation, lower case (`ё` read as `е`),
//! words of letters and digits, stop words and Snowball stemming for English and Russian. Other
//! languages (Kyrgyz, Armenian, Tajik, Kazakh, Uzbek, Azerbaijani) are normalised and tokenised
//! but not stemmed: no stemmer of ours knows them, and a wrong stemmer is worse than none.

use std::collections::HashMap;

use rust_stemmers::{Algorithm, Stemmer};
use unicode_normalization::UnicodeNormalization;

/// English stop words: function words that carry no competence.
const STOP_EN: &[&str] = &[
    "a", "about", "above", "after", "again", "all", "also", "an", "and", "any", "are", "as", "at",
    "be", "been", "before", "being", "below", "between", "both", "but", "by", "can", "do", "does",
    "during", "each", "either", "for", "from", "further", "has", "have", "having", "he", "her",
    "here", "his", "how", "if", "in", "into", "is", "it", "its", "itself", "may", "more", "most",
    "must", "no", "nor", "not", "of", "off", "on", "once", "one", "only", "or", "other", "our",
    "out", "over", "own", "same", "she", "should", "so", "some", "such", "than", "that", "the",
    "their", "them", "then", "there", "these", "they", "this", "those", "through", "to", "too",
    "under", "until", "up", "upon", "very", "was", "were", "what", "when", "where", "which",
    "while", "who", "whom", "why", "will", "with", "within", "without", "would", "you", "your",
];

/// Russian stop words.
const STOP_RU: &[&str] = &[
    "а",
    "без",
    "более",
    "бы",
    "был",
    "была",
    "были",
    "было",
    "быть",
    "в",
    "вам",
    "вас",
    "весь",
    "во",
    "вот",
    "все",
    "всего",
    "всех",
    "вы",
    "где",
    "да",
    "даже",
    "для",
    "до",
    "его",
    "ее",
    "если",
    "есть",
    "еще",
    "же",
    "за",
    "здесь",
    "и",
    "из",
    "или",
    "им",
    "их",
    "к",
    "как",
    "когда",
    "кто",
    "ли",
    "либо",
    "между",
    "меня",
    "мы",
    "на",
    "над",
    "не",
    "него",
    "нее",
    "нет",
    "ни",
    "них",
    "но",
    "ну",
    "о",
    "об",
    "от",
    "по",
    "под",
    "при",
    "про",
    "с",
    "со",
    "так",
    "также",
    "там",
    "то",
    "того",
    "тоже",
    "только",
    "том",
    "у",
    "уже",
    "чем",
    "через",
    "что",
    "чтобы",
    "эта",
    "эти",
    "это",
    "этот",
    "я",
];

/// The primary language subtag, lower case: `en-GB` → `en`.
pub(crate) fn primary_language(tag: &str) -> String {
    tag.split(['-', '_'])
        .next()
        .unwrap_or(tag)
        .to_ascii_lowercase()
}

/// Turns text into index terms, language by language.
pub(crate) struct Analyzer {
    english: Stemmer,
    russian: Stemmer,
}

impl Default for Analyzer {
    fn default() -> Self {
        Self {
            english: Stemmer::create(Algorithm::English),
            russian: Stemmer::create(Algorithm::Russian),
        }
    }
}

impl Analyzer {
    /// The terms of `text` in `language` (a primary subtag), appended to `out`.
    pub(crate) fn terms(&self, language: &str, text: &str, out: &mut Vec<String>) {
        let (stemmer, stop) = match language {
            "en" => (Some(&self.english), STOP_EN),
            "ru" => (Some(&self.russian), STOP_RU),
            _ => (None, &[][..]),
        };
        let mut word = String::new();
        let flush = |word: &mut String, out: &mut Vec<String>| {
            if word.chars().count() >= 2 && stop.binary_search(&word.as_str()).is_err() {
                match stemmer {
                    Some(stemmer) => out.push(stemmer.stem(word).into_owned()),
                    None => out.push(word.clone()),
                }
            }
            word.clear();
        };
        for c in text.nfkc() {
            if c.is_alphanumeric() {
                for lower in c.to_lowercase() {
                    word.push(if lower == 'ё' { 'е' } else { lower });
                }
            } else {
                flush(&mut word, out);
            }
        }
        flush(&mut word, out);
    }
}

/// A sparse, L2-normalised TF-IDF vector: (term, weight), sorted by term.
pub(crate) type Vector = Vec<(u32, f64)>;

/// One language's TF-IDF index over the items of both sides.
pub(crate) struct Index {
    /// Left item vectors (empty when the item has no text in this language).
    pub left: Vec<Vector>,
    /// Right item vectors.
    pub right: Vec<Vector>,
    /// How many items of both sides hold each term.
    df: Vec<u32>,
}

impl Index {
    /// Builds the index from already analysed terms, one list per item (empty: no text).
    pub(crate) fn build(left: &[Vec<String>], right: &[Vec<String>]) -> Self {
        // Term ids follow the sorted terms, so both sides (and a mirrored comparison) see the
        // same ids and sum their products in the same order.
        let mut vocabulary: HashMap<&str, u32> = HashMap::new();
        for terms in left.iter().chain(right) {
            for term in terms {
                let next = vocabulary.len() as u32;
                vocabulary.entry(term.as_str()).or_insert(next);
            }
        }
        let mut sorted: Vec<(&str, u32)> = vocabulary.iter().map(|(k, v)| (*k, *v)).collect();
        sorted.sort_unstable();
        let mut remap = vec![0u32; sorted.len()];
        for (rank, (_, id)) in sorted.iter().enumerate() {
            remap[*id as usize] = rank as u32;
        }
        let counted = |terms: &Vec<String>| -> Vec<(u32, u32)> {
            let mut ids: Vec<u32> = terms
                .iter()
                .map(|term| remap[vocabulary[term.as_str()] as usize])
                .collect();
            ids.sort_unstable();
            let mut counts: Vec<(u32, u32)> = Vec::with_capacity(ids.len());
            for id in ids {
                match counts.last_mut() {
                    Some((last, count)) if *last == id => *count += 1,
                    _ => counts.push((id, 1)),
                }
            }
            counts
        };
        let left_counts: Vec<Vec<(u32, u32)>> = left.iter().map(counted).collect();
        let right_counts: Vec<Vec<(u32, u32)>> = right.iter().map(counted).collect();
        let mut df = vec![0u32; sorted.len()];
        let mut documents = 0usize;
        for counts in left_counts.iter().chain(&right_counts) {
            if !counts.is_empty() {
                documents += 1;
            }
            for (term, _) in counts {
                df[*term as usize] += 1;
            }
        }
        let idf: Vec<f64> = df
            .iter()
            .map(|&df| ((documents as f64 + 1.0) / (df as f64 + 1.0)).ln() + 1.0)
            .collect();
        let weigh = |counts: Vec<(u32, u32)>| -> Vector {
            let mut vector: Vector = counts
                .into_iter()
                .map(|(term, count)| (term, (1.0 + (count as f64).ln()) * idf[term as usize]))
                .collect();
            let norm = vector.iter().map(|(_, w)| w * w).sum::<f64>().sqrt();
            if norm > 0.0 {
                for (_, weight) in &mut vector {
                    *weight /= norm;
                }
            }
            vector
        };
        Self {
            left: left_counts.into_iter().map(weigh).collect(),
            right: right_counts.into_iter().map(weigh).collect(),
            df,
        }
    }

    /// Compares the items of both sides that share at least one blocking term, that is a term
    /// held by at most `block_df` items of both sides together. Small frameworks are therefore
    /// compared all-pairs; large ones only where a distinctive word is shared, so the cost grows
    /// close to linearly.
    pub(crate) fn compare(&self, block_df: u32, keep: f64) -> Compared {
        let mut postings: Vec<Vec<u32>> = vec![Vec::new(); self.df.len()];
        for (item, vector) in self.right.iter().enumerate() {
            for (term, _) in vector {
                if self.df[*term as usize] <= block_df {
                    postings[*term as usize].push(item as u32);
                }
            }
        }
        let mut dense = vec![0.0f64; self.df.len()];
        let mut seen = vec![u32::MAX; self.right.len()];
        let mut touched: Vec<u32> = Vec::new();
        let mut compared = Compared {
            pairs: Vec::new(),
            best_left: vec![None; self.left.len()],
            best_right: vec![None; self.right.len()],
        };
        for (left, vector) in self.left.iter().enumerate() {
            touched.clear();
            for (term, weight) in vector {
                dense[*term as usize] = *weight;
                for &right in &postings[*term as usize] {
                    if seen[right as usize] != left as u32 {
                        seen[right as usize] = left as u32;
                        touched.push(right);
                    }
                }
            }
            touched.sort_unstable();
            for &right in &touched {
                // The sum runs over shared terms in term order: the same order, and so the
                // same bits, whichever side is left.
                let mut dot = 0.0;
                for (term, weight) in &self.right[right as usize] {
                    let other = dense[*term as usize];
                    if other != 0.0 {
                        dot += other * weight;
                    }
                }
                let score = dot.min(1.0);
                // Ties go to the earlier item, on both sides alike.
                if compared.best_left[left].is_none_or(|(best, _)| score > best) {
                    compared.best_left[left] = Some((score, right));
                }
                let best = &mut compared.best_right[right as usize];
                if best.is_none_or(|(best, _)| score > best) {
                    *best = Some((score, left as u32));
                }
                if score >= keep {
                    compared.pairs.push((left as u32, right, score));
                }
            }
            for (term, _) in vector {
                dense[*term as usize] = 0.0;
            }
        }
        compared
    }
}

/// What [`Index::compare`] finds.
pub(crate) struct Compared {
    /// (left, right, cosine) of the pairs scoring at least `keep`, sorted.
    pub pairs: Vec<(u32, u32, f64)>,
    /// The best score of each left item, and the right item that gives it.
    pub best_left: Vec<Option<(f64, u32)>>,
    /// The best score of each right item, and the left item that gives it.
    pub best_right: Vec<Option<(f64, u32)>>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(language: &str, text: &str) -> Vec<String> {
        let mut out = Vec::new();
        Analyzer::default().terms(language, text, &mut out);
        out
    }

    #[test]
    fn stop_word_lists_are_sorted_for_binary_search() {
        assert!(STOP_EN.windows(2).all(|pair| pair[0] < pair[1]));
        assert!(STOP_RU.windows(2).all(|pair| pair[0] < pair[1]));
    }

    #[test]
    fn english_is_folded_stemmed_and_stripped_of_stop_words() {
        assert_eq!(terms("en", "The Welding of PIPES"), ["weld", "pipe"]);
    }

    #[test]
    fn russian_is_stemmed_and_yo_is_e() {
        assert_eq!(
            terms("ru", "Сварка трубопроводов и её контроль"),
            terms("ru", "сварка трубопровод ее контроля")
        );
    }

    #[test]
    fn compatibility_forms_are_normalised() {
        assert_eq!(terms("ky", "ＣＯ２ ﬁlter"), ["co2", "filter"]);
    }

    #[test]
    fn identical_texts_have_cosine_one() {
        let a = terms("en", "Prepare the welding station");
        let b = terms("en", "Inspect the weld");
        let index = Index::build(&[a.clone(), b.clone()], &[a, b]);
        let pairs = index.compare(100, 0.0).pairs;
        assert!(
            pairs
                .iter()
                .any(|&(l, r, s)| l == 0 && r == 0 && (s - 1.0).abs() < 1e-9)
        );
    }
}
