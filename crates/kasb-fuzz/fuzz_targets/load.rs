//! Bytes → documents → graph → rules → rendered diagnostics, as `kasb check` does, without the
//! file system. The input is split at `0xFF` bytes (never valid UTF-8) into up to eight files, so
//! that references, duplicate ids and coverage across documents are reached too. Each
//! part becomes text with `String::from_utf8_lossy` (the loader's decoding is tested elsewhere).
//! The human and JSON reports, the graph exports and the comparison of the first two documents
//! (in every format) must hold nothing a terminal or a CI runner acts on.
#![no_main]

#[path = "support/mod.rs"]
mod support;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let sources = data
        .split(|&byte| byte == 0xFF)
        .take(8)
        .enumerate()
        .map(|(index, part)| {
            let text = String::from_utf8_lossy(part).into_owned();
            (format!("fuzz/{index}.yaml"), text)
        });
    let report = kasb::check_sources(sources, &kasb::CheckOptions::default())
        .expect("the sources have distinct paths");
    let (graph, diagnostics) = (&report.graph, &report.diagnostics);
    let text = kasb::render::human(diagnostics, graph.workspace(), kasb::render::Colour::Never);
    support::assert_no_commands(&text, false);
    let text = kasb::render::json(
        diagnostics,
        graph.workspace().files().len(),
        std::path::Path::new("."),
    );
    support::assert_no_commands(&text, false);
    for format in [
        kasb::graph::ExportFormat::Dot,
        kasb::graph::ExportFormat::Mermaid,
        kasb::graph::ExportFormat::Json,
    ] {
        support::assert_no_commands(&graph.export(format), false);
    }
    let ids: Vec<String> = graph
        .workspace()
        .documents
        .iter()
        .map(|loaded| loaded.document.id().to_owned())
        .collect();
    if let [left, right, ..] = ids.as_slice() {
        let options = kasb::compare::CompareOptions::default();
        if let Ok(comparison) = kasb::compare::compare(graph, left, right, &options) {
            for format in [
                kasb::compare::Format::Human,
                kasb::compare::Format::Markdown,
                kasb::compare::Format::Json,
                kasb::compare::Format::Html,
            ] {
                for lang in kasb::i18n::Lang::all() {
                    let text = kasb::compare::render::comparison(&comparison, format, lang);
                    support::assert_no_commands(&text, false);
                }
            }
        }
    }
});
