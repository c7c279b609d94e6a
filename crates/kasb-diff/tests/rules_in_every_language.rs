//! Every D rule is explained in every language: the English of `diff.ftl` is the rule's doc
//! comment (one declaration, kept equal here), and each other language has its own text.

use kasb_diff::rules;
use kasb_i18n::{Lang, Messages};

fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn the_english_explanation_is_the_rules_doc_comment() {
    let english = Messages::of(Lang::ENGLISH);
    for rule in rules::ALL {
        let id = format!("diff-rule-{}", rule.code);
        assert!(english.has(&id), "locales/en/diff.ftl lacks {id}");
        assert_eq!(
            words(&english.text(&id)),
            words(rule.explanation),
            "{id} in locales/en/diff.ftl differs from {}'s doc comment in src/rules.rs",
            rule.code
        );
    }
}

#[test]
fn every_language_explains_every_rule_in_its_own_words() {
    for lang in Lang::all().filter(|&lang| lang != Lang::ENGLISH) {
        let messages = Messages::of(lang);
        for rule in rules::ALL {
            let id = format!("diff-rule-{}", rule.code);
            assert!(messages.has(&id), "locales/{lang}/diff.ftl lacks {id}");
            assert_ne!(
                words(&messages.text(&id)),
                words(rule.explanation),
                "{lang}: {id}"
            );
        }
    }
}
