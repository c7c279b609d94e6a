//! Every rule's summary and explanation is in every language kasb has, and the English Fluent
//! file is the registry's own text.

mod rules_ftl;

use kasb_i18n::{Lang, Messages};

#[test]
fn the_english_file_is_generated_from_the_registry() {
    let committed = std::fs::read_to_string(rules_ftl::english_path()).unwrap_or_default();
    assert!(
        committed == rules_ftl::english(),
        "locales/en/rules.ftl is out of date with the rules' doc comments: run `{}`",
        rules_ftl::COMMAND
    );
}

#[test]
fn english_messages_give_back_each_rules_own_text() {
    let english = Messages::of(Lang::ENGLISH);
    for rule in kasb_check::rules::all() {
        let summary = english.text(&rules_ftl::summary_id(rule.code));
        assert_eq!(summary, rule.summary, "{}", rule.code);
        let explanation = english.text(&rules_ftl::explanation_id(rule.code));
        assert_eq!(explanation, rule.explanation, "{}", rule.code);
    }
}

#[test]
fn every_rule_is_explained_in_every_language() {
    for lang in Lang::all() {
        let messages = Messages::of(lang);
        for rule in kasb_check::rules::all() {
            for id in [
                rules_ftl::summary_id(rule.code),
                rules_ftl::explanation_id(rule.code),
            ] {
                assert!(messages.has(&id), "locales/{lang}/rules.ftl lacks `{id}`");
                assert!(!messages.text(&id).trim().is_empty(), "{lang}: `{id}`");
            }
        }
    }
}

#[test]
fn translations_keep_the_examples_as_they_are() {
    // The YAML examples are code: every fenced block of the English is in each translation.
    for lang in Lang::all() {
        let messages = Messages::of(lang);
        for rule in kasb_check::rules::all() {
            let translated = messages.text(&rules_ftl::explanation_id(rule.code));
            for block in rule.explanation.split("```").skip(1).step_by(2) {
                assert!(
                    translated.contains(block),
                    "{lang} {}: the example changed:\n{block}",
                    rule.code
                );
            }
        }
    }
}
