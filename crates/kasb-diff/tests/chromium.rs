//! The diff's HTML report, in English and in Russian, rendered in headless Chromium as the
//! comparison report is: it parses, stands alone, and shows its words.

use std::path::{Path, PathBuf};
use std::process::Command;

use kasb_diff::{Snapshot, diff, render};
use kasb_i18n::Lang;

fn chromium() -> Option<PathBuf> {
    [
        "/usr/bin/chromium",
        "/usr/bin/chromium-browser",
        "/usr/bin/google-chrome",
    ]
    .iter()
    .map(PathBuf::from)
    .find(|path| path.exists())
}

/// Runs headless Chromium on a file with a fresh profile and no network.
fn dump_dom(chromium: &Path, page: &Path) -> String {
    let profile = tempfile::tempdir().unwrap();
    let output = Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-dev-shm-usage",
            "--dump-dom",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("chromium runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn the_html_report_renders_in_headless_chromium_in_both_languages() {
    let Some(chromium) = chromium() else {
        assert!(
            std::env::var("KASB_REQUIRE_CHROMIUM").as_deref() != Ok("1"),
            "KASB_REQUIRE_CHROMIUM=1 but no Chromium is installed"
        );
        eprintln!("skipped: Chromium is not installed (KASB_REQUIRE_CHROMIUM=1 fails instead)");
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
        let dom = dump_dom(&chromium, &path);
        for needle in needles {
            assert!(
                dom.contains(needle),
                "{lang}: the rendered DOM lacks {needle}"
            );
        }
        assert!(dom.contains("</body>"), "{lang}: {dom}");
    }
}
