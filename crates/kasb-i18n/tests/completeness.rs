//! Every language has every English message with the same named arguments, and no other.

use kasb_i18n::{Lang, Messages, catalogue, differences};

#[test]
fn every_language_has_every_message_with_the_same_arguments() {
    let english = catalogue(Lang::ENGLISH);
    assert!(
        english.len() > 20,
        "the English catalogue is read: {english:?}"
    );
    for lang in Lang::all().filter(|&lang| lang != Lang::ENGLISH) {
        let found = differences(&english, &catalogue(lang));
        assert!(
            found.is_empty(),
            "locales/{lang}/ differs from locales/en/: {found:#?}"
        );
    }
}

#[test]
fn english_and_russian_are_built_in() {
    let tags: Vec<&str> = Lang::all().map(Lang::tag).collect();
    assert!(tags.contains(&"en") && tags.contains(&"ru"), "{tags:?}");
}

#[test]
fn every_message_formats_in_every_language() {
    for lang in Lang::all() {
        let messages = Messages::of(lang);
        for id in catalogue(Lang::ENGLISH)
            .keys()
            .filter(|id| !id.contains('.'))
        {
            assert!(messages.has(id), "{lang}: {id}");
            let text = messages.text(id);
            assert!(!text.trim().is_empty(), "{lang}: {id} is empty");
            assert!(
                !text.contains('\u{2068}') && !text.contains('\u{2069}'),
                "{lang}: {id} has isolation marks"
            );
        }
    }
}

#[test]
fn the_locale_chooses_the_language() {
    let env = |pairs: &'static [(&'static str, &'static str)]| {
        move |name: &str| {
            pairs
                .iter()
                .find(|(key, _)| *key == name)
                .map(|(_, value)| (*value).to_owned())
        }
    };
    assert_eq!(Lang::from_vars(env(&[("LANG", "ru_RU.UTF-8")])).tag(), "ru");
    assert_eq!(
        Lang::from_vars(env(&[("LC_ALL", "en_GB.UTF-8"), ("LANG", "ru_RU.UTF-8")])).tag(),
        "en"
    );
    // An empty LC_ALL is unset, as POSIX says.
    assert_eq!(
        Lang::from_vars(env(&[("LC_ALL", ""), ("LANG", "ru_RU")])).tag(),
        "ru"
    );
    assert_eq!(Lang::from_vars(env(&[("LANG", "de_DE.UTF-8")])).tag(), "en");
    assert_eq!(Lang::from_vars(env(&[("LANG", "C")])).tag(), "en");
    assert_eq!(Lang::from_vars(env(&[])).tag(), "en");
}
