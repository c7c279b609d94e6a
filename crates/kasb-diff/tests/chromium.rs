//! The diff's HTML report, in English and in Russian, rendered in headless Chromium as the
//! comparison report is: it parses, stands alone, and shows its words.

use std::path::Path;

use kasb_diff::{Snapshot, diff, render};
use kasb_i18n::Lang;

#[test]
fn the_html_report_renders_in_headless_chromium_in_both_languages() {
    let Some(chromium) = kasb_testing::chromium_or_skip() else {
        return;
    };
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/every-rule");
    let side = |name: &str| {
        let root = fixture.join(name);
        Snapshot::from_directory(name, &root, std::slice::from_ref(&root)).unwrap()
    };
    let found = diff(&side("base"), &side("head")).unwrap();
    let ru = Lang::parse("ru").unwrap();
    let dir = tempfile::tempdir().unwrap();
    for (lang, needles) in [
        (
            Lang::ENGLISH,
            &[
                "<h1>kasb diff: base → head</h1>",
                "15 substantive",
                "<th>from → to</th>",
            ][..],
        ),
        (
            ru,
            &[
                "<html lang=\"ru\">",
                "существенных изменений: 15",
                "<th>было → стало</th>",
                "критерий выполнения WLD-01.1.2, поле statement.en",
                "Изменены по существу, но не получили новой версии",
            ][..],
        ),
    ] {
        let html = render::html(&found, lang);
        assert!(!html.contains("<script") && !html.contains("src=\"http"));
        let path = dir.path().join(format!("diff-{lang}.html"));
        std::fs::write(&path, &html).unwrap();
        let dom = kasb_testing::dump_dom(&chromium, &path);
        for needle in needles {
            assert!(
                dom.contains(needle),
                "{lang}: the rendered DOM lacks {needle}"
            );
        }
        assert!(dom.contains("</body>"), "{lang}: {dom}");
    }
}
