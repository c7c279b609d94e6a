//! The tools that read kasb's graph exports: Mermaid's own CLI (`@mermaid-js/mermaid-cli`,
//! rendering in the Chromium the CI installs; `.ci/run` installs it and names it in
//! `KASB_MMDC`) and Graphviz `dot`. Each renders a text to SVG, or says why not; a missing tool
//! skips the check, unless `KASB_REQUIRE_MERMAID=1` or `KASB_REQUIRE_GRAPHVIZ=1` (CI) make it a
//! failure.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The SVG Graphviz `dot` makes of `text`, `Err` with its message when it refuses the text,
/// `None` when `dot` is not installed.
pub fn dot_svg(text: &str) -> Option<Result<String, String>> {
    let Some(dot) = on_path("dot", &["-V"]) else {
        return missing("Graphviz `dot`", "KASB_REQUIRE_GRAPHVIZ");
    };
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("graph.dot");
    std::fs::write(&input, text).unwrap();
    let output = Command::new(dot)
        .args(["-Tsvg"])
        .arg(&input)
        .output()
        .expect("dot runs");
    Some(if output.status.success() && output.stderr.is_empty() {
        Ok(String::from_utf8(output.stdout).expect("UTF-8 SVG"))
    } else {
        Err(String::from_utf8_lossy(&output.stderr).into_owned())
    })
}

/// The SVG Mermaid's CLI makes of `text` in headless Chromium, `Err` with its message when
/// Mermaid refuses the text, `None` when the CLI or Chromium is not installed.
pub fn mermaid_svg(text: &str) -> Option<Result<String, String>> {
    let (Some(mmdc), Some(chromium)) = (mmdc(), kasb_testing::chromium()) else {
        return missing("Mermaid's CLI (mmdc) with Chromium", "KASB_REQUIRE_MERMAID");
    };
    let dir = tempfile::tempdir().unwrap();
    let (input, svg) = (dir.path().join("graph.mmd"), dir.path().join("graph.svg"));
    std::fs::write(&input, text).unwrap();
    let browser = dir.path().join("puppeteer.json");
    let config = serde_json::json!({ "executablePath": chromium, "args": ["--no-sandbox"] });
    std::fs::write(&browser, config.to_string()).unwrap();
    // Mermaid's defaults refuse texts over 50,000 characters and 500 edges.
    let mermaid = dir.path().join("mermaid.json");
    std::fs::write(&mermaid, r#"{"maxTextSize": 10000000, "maxEdges": 100000}"#).unwrap();
    let output = Command::new(mmdc)
        .arg("--puppeteerConfigFile")
        .arg(&browser)
        .arg("--configFile")
        .arg(&mermaid)
        .arg("--input")
        .arg(&input)
        .arg("--output")
        .arg(&svg)
        .arg("--quiet")
        .output()
        .expect("mmdc runs");
    Some(if output.status.success() {
        Ok(std::fs::read_to_string(&svg).expect("mmdc wrote the SVG"))
    } else {
        Err(String::from_utf8_lossy(&output.stderr).into_owned())
    })
}

fn missing<T>(tool: &str, require: &str) -> Option<T> {
    assert!(
        std::env::var(require).as_deref() != Ok("1"),
        "{require}=1 but {tool} is not installed"
    );
    eprintln!("skipped: {tool} is not installed (set {require}=1 to fail instead)");
    None
}

/// `KASB_MMDC`, else `mmdc` on the `PATH`.
fn mmdc() -> Option<PathBuf> {
    match std::env::var_os("KASB_MMDC") {
        Some(path) => Some(PathBuf::from(path)),
        None => on_path("mmdc", &["--version"]),
    }
}

/// `program` when it runs with `args`.
fn on_path(program: &str, args: &[&str]) -> Option<PathBuf> {
    let runs = Command::new(program).args(args).output();
    runs.is_ok_and(|output| output.status.success())
        .then(|| Path::new(program).to_path_buf())
}
