//! Did-you-mean: the candidate closest to a misspelt name, within a bounded amount of work.
//!
//! A hostile file may hold thousands of unresolved references, each tens of thousands of
//! characters long, against a repository of a million ids. So a name longer than
//! [`MAX_SUGGESTED_LEN`] gets no suggestion, at most [`MAX_CANDIDATES`] candidates are read per
//! name, candidates whose length alone rules them out are skipped unread, the edit distance
//! stops as soon as it exceeds the best found, and a [`Suggester`] shared by a whole run stops
//! suggesting once its budget is spent.

/// Names longer than this (in characters) get no suggestion: a typo is a small slip in a
/// short id, and distances between long strings cost their product.
pub const MAX_SUGGESTED_LEN: usize = 128;

/// At most this many candidates are read for one name.
pub const MAX_CANDIDATES: usize = 10_000;

/// The work one call of [`closest`] may do, in candidates read plus distance-table cells: a
/// few milliseconds.
pub const CALL_BUDGET: u64 = 20_000_000;

/// The candidate closest to `wanted`, when it is close enough to be a likely typo.
///
/// Closeness is the Damerau-Levenshtein (optimal string alignment) distance, case-insensitive,
/// relative to the length of `wanted`, so a short id is not "corrected" into an unrelated one.
/// Of equally close candidates the alphabetically first wins.
pub fn closest<'a, I>(wanted: &str, candidates: I) -> Option<&'a str>
where
    I: IntoIterator<Item = &'a str>,
{
    Suggester::new(CALL_BUDGET).closest(wanted, candidates)
}

/// Did-you-mean with a budget shared by many calls, so that a run with a hundred thousand
/// unresolved names stays near-linear: once the budget is spent, every later call answers
/// `None` at once (and the caller's generic help is shown instead).
#[derive(Clone, Debug)]
pub struct Suggester {
    budget: u64,
}

impl Suggester {
    /// A suggester that may do `budget` units of work (candidates read plus table cells).
    pub const fn new(budget: u64) -> Self {
        Self { budget }
    }

    /// True once the budget is spent.
    pub fn exhausted(&self) -> bool {
        self.budget == 0
    }

    /// Spends `work` units done outside [`Suggester::closest`], such as scanning for candidates.
    pub fn charge(&mut self, work: u64) {
        self.budget = self.budget.saturating_sub(work);
    }

    /// The candidate closest to `wanted`, as [`closest`], within what is left of the budget.
    pub fn closest<'a, I>(&mut self, wanted: &str, candidates: I) -> Option<&'a str>
    where
        I: IntoIterator<Item = &'a str>,
    {
        if self.exhausted() || wanted.len() > 4 * MAX_SUGGESTED_LEN {
            return None;
        }
        let wanted: Vec<char> = wanted.chars().flat_map(char::to_lowercase).collect();
        if wanted.len() > MAX_SUGGESTED_LEN {
            return None;
        }
        let limit = (wanted.len() / 3).max(1);
        let mut table = Table::default();
        let mut lowered = Vec::new();
        let mut best: Option<(usize, &str)> = None;
        for candidate in candidates.into_iter().take(MAX_CANDIDATES) {
            self.charge(1);
            if self.exhausted() {
                return None;
            }
            // A character is one to four bytes, and the distance is at least the difference
            // in length: many candidates are ruled out without being read.
            let bytes = candidate.len();
            if bytes.div_ceil(4) > wanted.len() + limit || bytes + limit < wanted.len() {
                continue;
            }
            let bound = best.map_or(limit, |(distance, _)| distance);
            lowered.clear();
            if candidate.is_ascii() {
                // As many letters as bytes, lowered in place: most ids are ASCII, and most
                // candidates are ruled out by their length alone.
                if bytes.abs_diff(wanted.len()) > bound {
                    continue;
                }
                lowered.extend(
                    candidate
                        .bytes()
                        .map(|b| char::from(b.to_ascii_lowercase())),
                );
            } else {
                lowered.extend(candidate.chars().flat_map(char::to_lowercase));
            }
            let (distance, cells) = table.distance(&wanted, &lowered, bound);
            self.charge(cells + bytes as u64);
            if let Some(distance) = distance
                && best.is_none_or(|current| (distance, candidate) < current)
            {
                best = Some((distance, candidate));
            }
        }
        best.map(|(_, candidate)| candidate)
    }
}

/// The rows of the optimal-string-alignment table, reused between candidates.
#[derive(Default)]
struct Table {
    before: Vec<usize>,
    previous: Vec<usize>,
    current: Vec<usize>,
}

impl Table {
    /// The distance between `a` and `b` when it is at most `bound`, and the cells computed.
    /// Only the band of cells within `bound` of the diagonal can stay within the bound, and the
    /// computation stops at the first row whose every cell exceeds it.
    fn distance(&mut self, a: &[char], b: &[char], bound: usize) -> (Option<usize>, u64) {
        if a.len().abs_diff(b.len()) > bound {
            return (None, 0);
        }
        // What both begin and end with costs nothing and changes nothing: a misspelt
        // `kg-welder/WLD-01.1.3` is compared with its document's ids by their last characters.
        let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
        let (a, b) = (&a[prefix..], &b[prefix..]);
        let suffix = (a.iter().rev().zip(b.iter().rev()))
            .take_while(|(x, y)| x == y)
            .count();
        let (a, b) = (&a[..a.len() - suffix], &b[..b.len() - suffix]);
        let over = bound + 1;
        let width = b.len() + 1;
        for row in [&mut self.before, &mut self.previous, &mut self.current] {
            row.clear();
            row.resize(width, over);
        }
        for (j, cell) in self.previous.iter_mut().enumerate().take(bound + 1) {
            *cell = j;
        }
        let mut cells = 0u64;
        for i in 1..=a.len() {
            let low = i.saturating_sub(bound).max(1);
            let high = (i + bound).min(b.len());
            self.current[low - 1] = if low == 1 { i.min(over) } else { over };
            let mut row_best = self.current[low - 1];
            for j in low..=high {
                let cost = usize::from(a[i - 1] != b[j - 1]);
                let mut value = (self.previous[j - 1] + cost)
                    .min(self.previous[j] + 1)
                    .min(self.current[j - 1] + 1);
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    value = value.min(self.before[j - 2] + 1);
                }
                self.current[j] = value.min(over);
                row_best = row_best.min(self.current[j]);
            }
            if high < b.len() {
                self.current[high + 1] = over;
            }
            cells += (high + 1 - low) as u64;
            if row_best > bound {
                return (None, cells);
            }
            std::mem::swap(&mut self.before, &mut self.previous);
            std::mem::swap(&mut self.previous, &mut self.current);
        }
        let distance = self.previous[b.len()];
        ((distance <= bound).then_some(distance), cells)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_a_near_miss_and_nothing_for_a_stranger() {
        let fields = ["title", "level", "elements", "criteria"];
        assert_eq!(closest("titel", fields), Some("title"));
        assert_eq!(closest("critera", fields), Some("criteria"));
        assert_eq!(closest("zzz", fields), None);
    }

    #[test]
    fn the_banded_distance_agrees_with_the_full_one() {
        let words = [
            "",
            "a",
            "ab",
            "ba",
            "abc",
            "acb",
            "kitten",
            "sitting",
            "WLD-01",
            "wld-10",
            "kg-welder/WLD-01.1.1",
            "kg-welder/WLD-01.1.2",
            "Сварщик",
            "сварщик",
            "abcdef",
            "badcfe",
            "xyz",
            "U1",
            "U12",
            "U21",
        ];
        let mut table = Table::default();
        for a in words {
            for b in words {
                let (a, b) = (a.to_lowercase(), b.to_lowercase());
                assert_agrees_with_osa(&mut table, &a, &b, 0..8);
            }
        }
    }

    /// The banded distance of `a` and `b` within each of `bounds` is strsim's full one when
    /// that is within the bound, and none otherwise.
    fn assert_agrees_with_osa(
        table: &mut Table,
        a: &str,
        b: &str,
        bounds: impl IntoIterator<Item = usize>,
    ) {
        let full = strsim::osa_distance(a, b);
        let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
        for bound in bounds {
            let expected = (full <= bound).then_some(full);
            assert_eq!(
                table.distance(&a, &b, bound).0,
                expected,
                "{a:?} {b:?} {bound}"
            );
        }
    }

    #[test]
    fn the_distance_agrees_with_the_full_one_on_every_short_word() {
        // Every word of up to four letters of a three-letter alphabet, against every other:
        // shared beginnings and endings, transpositions across them, repeated letters.
        let mut words = vec![String::new()];
        for length in 1..=4 {
            let shorter: Vec<String> = words
                .iter()
                .filter(|w| w.len() == length - 1)
                .cloned()
                .collect();
            for word in shorter {
                words.extend(['a', 'b', 'c'].map(|letter| format!("{word}{letter}")));
            }
        }
        let mut table = Table::default();
        for a in &words {
            for b in &words {
                assert_agrees_with_osa(&mut table, a, b, [0, 1, 2, 4]);
            }
        }
    }

    #[test]
    fn letters_of_any_case_and_script_are_compared_lowered() {
        assert_eq!(closest("wld-1", ["WLD-10", "WLD-01", "X"]), Some("WLD-01"));
        assert_eq!(closest("сварщек", ["Svarshik", "Сварщик"]), Some("Сварщик"));
        assert_eq!(
            closest("Svarshik", ["Сварщик", "svarshyk"]),
            Some("svarshyk")
        );
    }

    #[test]
    fn ties_go_to_the_alphabetically_first() {
        assert_eq!(closest("U3", ["U4", "U2"]), Some("U2"));
    }

    #[test]
    fn long_names_get_no_suggestion_and_cost_nothing() {
        let long = "x".repeat(40_000);
        let candidates = [long.as_str(); 10];
        assert_eq!(closest(&long, candidates.iter().copied()), None);
        let near = format!("{}y", "x".repeat(MAX_SUGGESTED_LEN - 1));
        let at_limit = "x".repeat(MAX_SUGGESTED_LEN);
        assert_eq!(closest(&near, [at_limit.as_str()]), Some(at_limit.as_str()));
    }

    #[test]
    fn a_shared_budget_runs_out_and_then_answers_at_once() {
        let ids: Vec<String> = (0..100_000).map(|i| format!("U{i:06}")).collect();
        let mut suggester = Suggester::new(1_000_000);
        let mut answered = 0;
        for i in 0..1_000 {
            if suggester.closest(&format!("U{i:06}x"), ids.iter().map(String::as_str))
                == Some(ids[i].as_str())
            {
                answered += 1;
            }
        }
        assert!(suggester.exhausted());
        assert!(answered > 0 && answered < 1_000, "{answered}");
    }
}
