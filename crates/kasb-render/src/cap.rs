//! The per-file, per-rule cap of the outputs people read (human, github).

use std::collections::HashMap;
use std::path::Path;

use kasb_diagnostics::{Diagnostic, Message, visible};
use kasb_i18n::{Lang, Messages};

use crate::paths::human_path;

/// The human and github outputs show at most this many diagnostics of one rule in one file, then
/// one line saying how many more there are ("… and 9,950 more K202 in standards/x.yaml"). A
/// person does not read further, and it keeps those outputs small on a hostile file. JSON, SARIF
/// and JUnit keep every diagnostic.
pub const SHOWN_PER_FILE_AND_RULE: usize = 50;

/// Whether to show a diagnostic.
pub(crate) enum Verdict {
    /// Show it.
    Show,
    /// Show it, then say that this many more of its rule in its file are not shown.
    ShowLast { hidden: usize },
    /// Leave it out.
    Hide,
}

/// Counts what was shown of each rule in each file.
pub(crate) struct Cap<'a> {
    /// (total, shown so far) per file and rule.
    counts: HashMap<(&'a Path, &'static str), (usize, usize)>,
}

impl<'a> Cap<'a> {
    pub(crate) fn new(diagnostics: &'a [Diagnostic]) -> Self {
        let mut counts = HashMap::new();
        for diagnostic in diagnostics {
            counts.entry(key(diagnostic)).or_insert((0, 0)).0 += 1;
        }
        Self { counts }
    }

    /// Whether to show `diagnostic`, the next one in output order.
    pub(crate) fn admit(&mut self, diagnostic: &'a Diagnostic) -> Verdict {
        let Some((total, shown)) = self.counts.get_mut(&key(diagnostic)) else {
            return Verdict::Show;
        };
        *shown += 1;
        match (*shown).cmp(&SHOWN_PER_FILE_AND_RULE) {
            std::cmp::Ordering::Less => Verdict::Show,
            std::cmp::Ordering::Equal if *total > *shown => Verdict::ShowLast {
                hidden: *total - *shown,
            },
            std::cmp::Ordering::Equal => Verdict::Show,
            std::cmp::Ordering::Greater => Verdict::Hide,
        }
    }
}

fn key(diagnostic: &Diagnostic) -> (&Path, &'static str) {
    (diagnostic.location.file.as_path(), diagnostic.rule.code)
}

/// "… and 9,950 more K202 in standards/x.yaml (--format json lists every one)", in the
/// language of `messages`: the count chooses the plural form, and is shown grouped by
/// thousands as that language writes numbers.
pub(crate) fn more_line(diagnostic: &Diagnostic, hidden: usize, messages: &Messages) -> String {
    // CLDR: English groups with a comma; Russian and the languages of kasb's users (Kyrgyz,
    // Kazakh, Uzbek, Tajik, Armenian, Azerbaijani) with a no-break space.
    let separator = if messages.lang() == Lang::ENGLISH {
        ","
    } else {
        "\u{a0}"
    };
    messages.message(
        &Message::new("check-more")
            .with("hidden", hidden)
            .with("shown", thousands(hidden, separator))
            .with("rule", diagnostic.rule.code)
            .with(
                "file",
                visible(&human_path(&diagnostic.location.file)).into_owned(),
            ),
    )
}

/// `9950` → `9,950` with `,` as the `separator`.
fn thousands(n: usize, separator: &str) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * separator.len());
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(separator);
        }
        out.push(digit);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_thousands() {
        assert_eq!(thousands(7, ","), "7");
        assert_eq!(thousands(9950, ","), "9,950");
        assert_eq!(thousands(1_234_567, "\u{a0}"), "1\u{a0}234\u{a0}567");
    }

    #[test]
    fn the_more_line_counts_in_the_readers_language() {
        use kasb_diagnostics::{Location, Rule, Severity};
        static RULE: Rule = Rule {
            code: "K202",
            name: "unresolved-reference",
            severity: Severity::Error,
            summary: "",
            explanation: "",
        };
        let found = Diagnostic::new(&RULE, Location::file("x.yaml"), "m");
        let english = Messages::of(Lang::ENGLISH);
        let russian = Messages::of(Lang::parse("ru").unwrap());
        assert_eq!(
            more_line(&found, 9950, english),
            "… and 9,950 more K202 in x.yaml (--format json lists every one)"
        );
        let said = |hidden| more_line(&found, hidden, russian);
        assert_eq!(
            said(1),
            "… и ещё 1 сообщение K202 в x.yaml (полный список выводит --format json)"
        );
        assert!(
            said(3).starts_with("… и ещё 3 сообщения K202"),
            "{}",
            said(3)
        );
        assert!(
            said(9950).starts_with("… и ещё 9\u{a0}950 сообщений K202"),
            "{}",
            said(9950)
        );
    }
}
