//! Every HTML report, in English and Russian, rendered by headless Chromium: the DOM keeps its
//! sections and tables, and a screenshot is taken (kept in `KASB_SCREENSHOTS` when set, to look
//! at). Skipped without Chromium unless `KASB_REQUIRE_CHROMIUM=1`.

use std::path::{Path, PathBuf};

use kasb_graph::StandardsGraph;
use kasb_i18n::Lang;
use kasb_report::{Format, assessment, qualification, standard};

fn graph() -> StandardsGraph {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../standards");
    let (graph, diagnostics) =
        StandardsGraph::build(kasb_load::load(&[root], &Default::default()).unwrap());
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    graph
}

/// Runs Chromium headless on `page` with `action` (`--dump-dom`, `--screenshot=…`) in a
/// window wide enough for the matrix.
fn run(chromium: &Path, page: &Path, action: &str) -> String {
    let args = [
        "--hide-scrollbars",
        "--no-pdf-header-footer",
        "--window-size=1400,1000",
        action,
    ];
    let output = kasb_testing::headless(chromium, page, &args);
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// The pages of a PDF as Chromium writes it: one `/Type /Page` dictionary each.
fn pages(pdf: &[u8]) -> usize {
    let needle = b"/Type /Page";
    pdf.windows(needle.len() + 1)
        .filter(|window| window.starts_with(needle) && window[needle.len()] != b's')
        .count()
}

#[test]
fn every_html_report_renders_in_headless_chromium() {
    let Some(chromium) = kasb_testing::chromium_or_skip() else {
        return;
    };
    let graph = graph();
    let dir = tempfile::tempdir().unwrap();
    let shots =
        std::env::var_os("KASB_SCREENSHOTS").map_or_else(|| dir.path().to_owned(), PathBuf::from);
    for lang in [Lang::ENGLISH, Lang::parse("ru").unwrap()] {
        let reports = [
            (
                "assessment",
                assessment(&graph, "kg-welder-q3", lang, Format::Html).unwrap(),
            ),
            (
                "standard",
                standard(&graph, "kg-welder", lang, Format::Html).unwrap(),
            ),
            (
                "qualification",
                qualification(&graph, "kg-welder-q3", lang, Format::Html).unwrap(),
            ),
        ];
        for (name, html) in reports {
            let name = format!("{name}-{lang}");
            assert!(
                !html.contains("<script") && !html.contains("src=\"http"),
                "{name}"
            );
            let page = dir.path().join(format!("{name}.html"));
            std::fs::write(&page, &html).unwrap();
            let dom = run(&chromium, &page, "--dump-dom");
            assert!(dom.contains(&format!("<html lang=\"{lang}\">")), "{name}");
            assert!(
                dom.contains("<section>") && dom.contains("<table"),
                "{name}"
            );
            assert!(dom.contains("kg-welder"), "{name}");
            if name.starts_with("assessment") {
                // The rules of evidence: their section, and a row for the tool and each of its
                // two instruments under a head of five columns.
                let messages = kasb_i18n::Messages::of(lang);
                let heading = format!("<h2>{}</h2>", messages.text("report-section-evidence"));
                let section = &dom[dom.find(&heading).expect("the rules of evidence")..];
                let table = &section[..section.find("</table>").unwrap()];
                assert_eq!(table.matches("<th scope=\"col\">").count(), 5, "{name}");
                assert_eq!(table.matches("<tr>").count(), 4, "{name}");
            }
            assert!(dom.contains("</body>"), "{name}: {dom}");
            let shot = shots.join(format!("{name}.png"));
            run(
                &chromium,
                &page,
                &format!("--screenshot={}", shot.display()),
            );
            let png = std::fs::read(&shot).unwrap();
            assert!(
                png.starts_with(b"\x89PNG") && png.len() > 10_000,
                "{name}: a screenshot"
            );
            // Printed, each section starts a page.
            let pdf = dir.path().join(format!("{name}.pdf"));
            run(
                &chromium,
                &page,
                &format!("--print-to-pdf={}", pdf.display()),
            );
            let pages = pages(&std::fs::read(&pdf).unwrap());
            let sections = html.matches("<section>").count();
            assert!(
                pages >= sections,
                "{name}: {pages} pages for {sections} sections"
            );
        }
    }
}
