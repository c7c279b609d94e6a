/// The candidate closest to `wanted`, when it is close enough to be a likely typo.
///
/// Closeness is the Damerau-Levenshtein distance, relative to the length of `wanted`, so a short
/// id is not "corrected" into an unrelated one.
pub fn closest<'a, I>(wanted: &str, candidates: I) -> Option<&'a str>
where
    I: IntoIterator<Item = &'a str>,
{
    let limit = (wanted.chars().count() / 3).max(1);
    candidates
        .into_iter()
        .map(|candidate| (distance(wanted, candidate), candidate))
        .filter(|(distance, _)| *distance <= limit)
        .min()
        .map(|(_, candidate)| candidate)
}

/// Optimal-string-alignment distance, case-insensitive: a swap of two neighbours counts once.
fn distance(a: &str, b: &str) -> usize {
    strsim::osa_distance(&a.to_lowercase(), &b.to_lowercase())
}

#[cfg(test)]
mod tests {
    use super::closest;

    #[test]
    fn suggests_a_near_miss_and_nothing_for_a_stranger() {
        let fields = ["title", "level", "elements", "criteria"];
        assert_eq!(closest("titel", fields), Some("title"));
        assert_eq!(closest("critera", fields), Some("criteria"));
        assert_eq!(closest("zzz", fields), None);
    }
}
