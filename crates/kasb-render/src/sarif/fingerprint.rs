//! `partialFingerprints`: the same finding keeps its fingerprint across runs and line shifts,
//! so code scanning matches it to its alert instead of opening a new one.

use std::collections::HashMap;

use kasb_diagnostics::Diagnostic;
use sha2::{Digest, Sha256};

/// The key of kasb's fingerprint in `partialFingerprints` (versioned, as SARIF §3.27.17 asks:
/// a change of what is hashed is a new version).
pub(super) const KEY: &str = "kasbFinding/v1";

/// Fingerprints a run's results one by one, numbering findings that hash alike.
#[derive(Default)]
pub(super) struct Fingerprints {
    seen: HashMap<[u8; 16], u32>,
}

impl Fingerprints {
    /// `hash:n` (GitHub's own `primaryLocationLineHash` form), where the hash covers the rule,
    /// the file's URI (relative to the base), the typed data and the message with its line
    /// numbers left out, and `n` counts earlier results with the same hash: a second identical
    /// finding in a file stays distinct, and keeps its number while lines move.
    pub(super) fn next(&mut self, diagnostic: &Diagnostic, uri: &str) -> String {
        let hash = digest(diagnostic, uri);
        let count = self.seen.entry(hash).or_insert(0);
        *count = count.saturating_add(1);
        let hex: String = hash.iter().map(|byte| format!("{byte:02x}")).collect();
        format!("{hex}:{count}")
    }
}

fn digest(diagnostic: &Diagnostic, uri: &str) -> [u8; 16] {
    let data = serde_json::to_string(&diagnostic.data).unwrap_or_default();
    let mut hasher = Sha256::new();
    for part in [
        diagnostic.rule.code,
        uri,
        data.as_str(),
        without_line_numbers(&diagnostic.message).as_str(),
    ] {
        // Each part's length first, so no two different sequences of parts hash alike.
        hasher.update(u64::try_from(part.len()).unwrap_or(u64::MAX).to_le_bytes());
        hasher.update(part.as_bytes());
    }
    let full = hasher.finalize();
    let mut short = [0; 16];
    short.copy_from_slice(&full[..16]);
    short
}

/// The message with the number after each `line ` removed: some messages name another line
/// (K115: "the other items of its list (line 12)"), which moves when a line is inserted.
fn without_line_numbers(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    let mut rest = message;
    while let Some(at) = rest.find("line ") {
        let (head, tail) = rest.split_at(at + "line ".len());
        out.push_str(head);
        rest = tail.trim_start_matches(|c: char| c.is_ascii_digit());
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_numbers_in_a_message_are_left_out() {
        assert_eq!(
            without_line_numbers("`a` is indented more than the key on line 12, (line 3)"),
            "`a` is indented more than the key on line , (line )"
        );
        assert_eq!(without_line_numbers("no numbers 12"), "no numbers 12");
    }
}
