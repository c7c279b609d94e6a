//! What kasb's crates share in their tests: headless Chromium, found and run one way, so that
//! every HTML report (comparison, diff, assessment matrix, documents) is rendered alike.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// Chromium where Linux distributions install it.
pub fn chromium() -> Option<PathBuf> {
    [
        "/usr/bin/chromium",
        "/usr/bin/chromium-browser",
        "/usr/bin/google-chrome",
    ]
    .iter()
    .map(PathBuf::from)
    .find(|path| path.exists())
}

/// Chromium, or `None` after saying the test is skipped; with `KASB_REQUIRE_CHROMIUM=1` (CI) a
/// missing browser fails the test instead, so that it never passes unseen.
pub fn chromium_or_skip() -> Option<PathBuf> {
    let found = chromium();
    if found.is_none() {
        assert!(
            std::env::var("KASB_REQUIRE_CHROMIUM").as_deref() != Ok("1"),
            "KASB_REQUIRE_CHROMIUM=1 but no Chromium is installed"
        );
        eprintln!("skipped: Chromium is not installed (KASB_REQUIRE_CHROMIUM=1 fails instead)");
    }
    found
}

/// Runs headless Chromium on the file `page` with `args` (`--dump-dom`, `--screenshot=…`,
/// `--print-to-pdf=…`, a window size), a fresh profile and no network; fails the test unless
/// Chromium succeeds.
pub fn headless(chromium: &Path, page: &Path, args: &[&str]) -> Output {
    let profile = tempfile::tempdir().expect("a temporary profile");
    let output = Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-dev-shm-usage",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(args)
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("chromium runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    output
}

/// The DOM Chromium builds from the file `page`, as text.
pub fn dump_dom(chromium: &Path, page: &Path) -> String {
    let output = headless(chromium, page, &["--dump-dom"]);
    String::from_utf8_lossy(&output.stdout).into_owned()
}
