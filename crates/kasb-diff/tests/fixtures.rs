//! Paired fixtures (`tests/fixtures/CASE/{base,head}`), each diffed as two directories, with a
//! snapshot of every output format.

use std::path::{Path, PathBuf};

use kasb_diff::{Change, ChangeKind, Diff, Snapshot, diff, render, rules};
use kasb_i18n::Lang;

const EN: Lang = Lang::ENGLISH;

fn fixture(case: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(case)
}

/// The diff of a case's two sides, from base to head or back, labelled by side only so the
/// snapshots do not depend on where the repository is.
fn diff_case(case: &str, backwards: bool) -> Diff {
    let side = |name: &str| {
        let root = fixture(case).join(name);
        Snapshot::from_directory(name, &root, std::slice::from_ref(&root))
            .expect("the fixture reads")
    };
    let (base, head) = (side("base"), side("head"));
    let result = if backwards {
        diff(&head, &base)
    } else {
        diff(&base, &head)
    };
    result.expect("the fixture diffs")
}

#[test]
fn every_rule_has_a_change_in_the_fixture_and_every_format_is_snapshotted() {
    let diff = diff_case("every-rule", false);
    assert!(diff.problems.is_empty(), "{:?}", diff.problems);
    // D190 is a notice, not a change; D119 has a fixture of its own (`rename-document`).
    for rule in rules::ALL.iter().filter(|rule| {
        ![rules::UNVERSIONED.code, rules::DOCUMENT_RENAMED.code].contains(&rule.code)
    }) {
        assert!(
            diff.changes.iter().any(|change| change.rule == rule.code),
            "no change of {} {}",
            rule.code,
            rule.name
        );
    }
    // The standard and the tool changed without a new version; the qualification names its
    // successor.
    assert!(diff.unversioned.iter().any(|id| id == "kg-welder"));
    assert!(!diff.unversioned.iter().any(|id| id == "kg-welder-q3"));
    insta::assert_snapshot!("every_rule_json", render::json(&diff, EN));
    insta::assert_snapshot!("every_rule_human", render::human(&diff, false, EN));
    insta::assert_snapshot!("every_rule_markdown", render::markdown(&diff, EN));
    insta::assert_snapshot!("every_rule_html", render::html(&diff, EN));
}

#[test]
fn every_rule_in_russian_is_snapshotted_and_says_no_english_word_of_its_own() {
    let diff = diff_case("every-rule", false);
    let ru = Lang::parse("ru").expect("Russian is built in");
    let (human, markdown, html) = (
        render::human(&diff, false, ru),
        render::markdown(&diff, ru),
        render::html(&diff, ru),
    );
    insta::assert_snapshot!("every_rule_human_ru", human);
    insta::assert_snapshot!("every_rule_markdown_ru", markdown);
    insta::assert_snapshot!("every_rule_html_ru", html);
    // The reports' own words are Russian: none of the English ones is left (the documents'
    // ids, field paths and texts are data and stay as written).
    for text in [&human, &markdown, &html] {
        for english in [
            " substantive",
            " editorial",
            "changed",
            "added,",
            " removed",
            "the document",
            "words added",
            "translation",
            "under a new id",
            "version bump",
            "warning",
        ] {
            assert!(!text.contains(english), "`{english}` in\n{text}");
        }
        assert!(
            text.contains("существенн") && text.contains("редакционн"),
            "{text}"
        );
    }
    assert!(html.contains("<html lang=\"ru\">"));
    // A text in several languages is shown in the reader's language, never as JSON.
    assert!(!html.contains("{&quot;en&quot;"), "{html}");
    assert!(html.contains("<del>При пожаре, поражении током"), "{html}");
    // Else in its first language, marked as such.
    assert!(
        html.contains("<ins>[en] Gas cylinders are stored upright"),
        "{html}"
    );
}

#[test]
fn json_keeps_english_and_adds_the_localized_reason() {
    let diff = diff_case("every-rule", false);
    let english: serde_json::Value = serde_json::from_str(&render::json(&diff, EN)).unwrap();
    let ru = Lang::parse("ru").unwrap();
    let russian: serde_json::Value = serde_json::from_str(&render::json(&diff, ru)).unwrap();
    assert!(english["changes"][0].get("why_localized").is_none());
    assert!(english.get("problems_localized").is_none());
    for (en, ru) in english["changes"]
        .as_array()
        .unwrap()
        .iter()
        .zip(russian["changes"].as_array().unwrap())
    {
        assert_eq!(en["why"], ru["why"], "`why` stays English");
        let localized = ru["why_localized"].as_str().expect("a localized reason");
        assert_ne!(Some(localized), en["why"].as_str(), "{localized}");
    }
}

#[test]
fn a_file_that_does_not_load_is_reported_at_line_and_column() {
    let (base, head) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let standard =
        std::fs::read_to_string(fixture("every-rule").join("base/standard.yaml")).unwrap();
    std::fs::write(base.path().join("standard.yaml"), &standard).unwrap();
    // The title's value is a list where text is required: K102 at line 5, column 8.
    let broken = "kind: OccupationalStandard\nformat: 1\nid: broken\nlanguage: en\ntitle: [a, b]\n";
    std::fs::write(head.path().join("standard.yaml"), &standard).unwrap();
    std::fs::write(head.path().join("broken.yaml"), broken).unwrap();
    let side = |label: &str, root: &Path| {
        Snapshot::from_directory(label, root, &[root.to_owned()]).unwrap()
    };
    let found = diff(&side("old", base.path()), &side("new", head.path())).unwrap();
    let problems: Vec<String> = found
        .problems
        .iter()
        .map(|problem| problem.say(kasb_i18n::Messages::of(EN)))
        .collect();
    assert!(
        problems
            .iter()
            .any(|problem| problem.starts_with("new: broken.yaml:5:8: ")),
        "{problems:#?}"
    );
    let json: serde_json::Value = serde_json::from_str(&render::json(&found, EN)).unwrap();
    assert_eq!(
        json["problems"][0].as_str(),
        problems.first().map(String::as_str)
    );
}

#[test]
fn reordering_units_and_keys_is_no_change() {
    let diff = diff_case("reorder", false);
    assert!(diff.is_empty(), "{:#?}", diff.changes);
    insta::assert_snapshot!("reorder_json", render::json(&diff, EN));
}

#[test]
fn renaming_an_id_is_exactly_one_rename() {
    let diff = diff_case("rename", false);
    assert_eq!(diff.changes.len(), 1, "{:#?}", diff.changes);
    let change = &diff.changes[0];
    assert_eq!((change.change, change.rule), (ChangeKind::Renamed, "D105"));
    assert_eq!(
        (change.from.as_str(), change.to.as_str()),
        (Some("WLD-07"), Some("WLD-08"))
    );
    insta::assert_snapshot!("rename_json", render::json(&diff, EN));
}

#[test]
fn a_level_goes_through_the_repositorys_own_unchanged_framework() {
    let diff = diff_case("own-framework", false);
    assert_eq!(diff.changes.len(), 1, "{:#?}", diff.changes);
    assert_eq!(
        diff.changes[0].why,
        "level 3 in xx-nqf (EQF 3) → level 4 in xx-nqf (EQF 5)"
    );
}

/// A change as seen from the other side: added and removed swap, from and to swap, the item
/// and document named on their own side.
fn inverse(
    change: &Change,
) -> (
    String,
    Option<String>,
    ChangeKind,
    Option<String>,
    String,
    String,
) {
    let kind = match change.change {
        ChangeKind::Added => ChangeKind::Removed,
        ChangeKind::Removed => ChangeKind::Added,
        other => other,
    };
    let (document, item) = match (change.change, &change.item) {
        // A renamed document is named by its id on the side it is seen from.
        (ChangeKind::Renamed, None) => (change.from.as_str().unwrap_or_default().to_owned(), None),
        (ChangeKind::Renamed, Some(_)) => (
            change.document.clone(),
            change.from.as_str().map(str::to_owned),
        ),
        _ => (change.document.clone(), change.item.clone()),
    };
    let (from, to) = (change.to.to_string(), change.from.to_string());
    (document, item, kind, change.field.clone(), from, to)
}

fn plain(
    change: &Change,
) -> (
    String,
    Option<String>,
    ChangeKind,
    Option<String>,
    String,
    String,
) {
    let (from, to) = (change.from.to_string(), change.to.to_string());
    (
        change.document.clone(),
        change.item.clone(),
        change.change,
        change.field.clone(),
        from,
        to,
    )
}

#[test]
fn diff_backwards_is_the_inverse_and_a_side_with_itself_is_empty() {
    for case in [
        "every-rule",
        "reorder",
        "rename",
        "rename-document",
        "own-framework",
    ] {
        let forwards = diff_case(case, false);
        let backwards = diff_case(case, true);
        let mut expected: Vec<_> = forwards.changes.iter().map(inverse).collect();
        let mut found: Vec<_> = backwards.changes.iter().map(plain).collect();
        expected.sort_by(|a, b| format!("{a:?}").cmp(&format!("{b:?}")));
        found.sort_by(|a, b| format!("{a:?}").cmp(&format!("{b:?}")));
        assert_eq!(found, expected, "{case}");
        let root = fixture(case).join("head");
        let side = Snapshot::from_directory("head", &root, std::slice::from_ref(&root)).unwrap();
        assert!(diff(&side, &side).unwrap().is_empty(), "{case} with itself");
    }
}

#[test]
fn renaming_a_document_is_exactly_one_rename() {
    let diff = diff_case("rename-document", false);
    assert_eq!(diff.changes.len(), 1, "{:#?}", diff.changes);
    let change = &diff.changes[0];
    assert_eq!((change.change, change.rule), (ChangeKind::Renamed, "D119"));
    assert_eq!(change.item, None);
    assert_eq!(change.document, "kg-welder-q3-assessment-2026");
    assert_eq!(
        (change.from.as_str(), change.to.as_str()),
        (
            Some("kg-welder-q3-assessment"),
            Some("kg-welder-q3-assessment-2026")
        )
    );
    assert_eq!(change.score, Some(1.0));
    // The other way round is the inverse rename.
    let back = diff_case("rename-document", true);
    assert_eq!(back.changes.len(), 1, "{:#?}", back.changes);
    assert_eq!(
        back.changes[0].from.as_str(),
        Some("kg-welder-q3-assessment-2026")
    );
    insta::assert_snapshot!("rename_document_json", render::json(&diff, EN));
}
