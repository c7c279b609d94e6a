//! The bundled welder standards of Kyrgyzstan, Armenia, Tajikistan and Russia: snapshots of the
//! JSON and Markdown reports, the properties on real data, and the HTML report in Chromium.

use kasb_i18n::Lang;
use std::path::Path;

use kasb_compare::{CompareOptions, EvidenceKind, ItemKind, Side, compare, compare_matrix, render};
use kasb_graph::StandardsGraph;

const WELDERS: [&str; 4] = ["kg-welder", "am-welder", "tj-welder", "ru-welder"];

fn graph() -> StandardsGraph {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../standards");
    let workspace = kasb_load::load(&[root], &Default::default()).unwrap();
    let (graph, diagnostics) = StandardsGraph::build(workspace);
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    graph
}

#[test]
fn kyrgyz_and_russian_welders_snapshot() {
    let graph = graph();
    let c = compare(&graph, "kg-welder", "ru-welder", &CompareOptions::default()).unwrap();
    insta::assert_snapshot!("kg_ru_welder_json", render::json(&c));
    insta::assert_snapshot!("kg_ru_welder_markdown", render::markdown(&c, Lang::ENGLISH));
}

/// The Russian reports of the same pair, reviewed: every word from `ru/compare.ftl`, the
/// documents' Russian texts, their English-only texts marked `[en]`.
#[test]
fn kyrgyz_and_russian_welders_in_russian_snapshot() {
    let graph = graph();
    let c = compare(&graph, "kg-welder", "ru-welder", &CompareOptions::default()).unwrap();
    let ru = Lang::parse("ru").unwrap();
    let human = render::human(&c, ru);
    let markdown = render::markdown(&c, ru);
    let html = render::html(&c, ru);
    for report in [&human, &markdown, &html] {
        // No message id left unsaid, and no English label left in the layout.
        assert!(!report.contains("{compare-"), "{report}");
        for english in [
            "Matched units",
            "compared",
            "crosswalk kg-ru",
            "matched,",
            "EQF",
        ] {
            assert!(!report.contains(english), "{english} in {report}");
        }
    }
    assert!(human.starts_with(
        "Welders and Flame Cutters [en] (МСКЗ-08 7212): сравнение — Кыргызстан и Россия\n"
    ));
    assert!(html.contains("<html lang=\"ru\">"));
    insta::assert_snapshot!("kg_ru_welder_human_ru", human);
    insta::assert_snapshot!("kg_ru_welder_markdown_ru", markdown);
    insta::assert_snapshot!("kg_ru_welder_html_ru", html);
}

/// The matrix in Russian: headings, plurals of the counts, percentages with a space.
#[test]
fn four_welders_matrix_in_russian_snapshot() {
    let graph = graph();
    let m = compare_matrix(&graph, &WELDERS, &CompareOptions::default()).unwrap();
    let ru = Lang::parse("ru").unwrap();
    insta::assert_snapshot!("welders_matrix_human_ru", render::matrix_human(&m, ru));
    insta::assert_snapshot!(
        "welders_matrix_markdown_ru",
        render::matrix_markdown(&m, ru)
    );
}

#[test]
fn four_welders_matrix_snapshot() {
    let graph = graph();
    let m = compare_matrix(&graph, &WELDERS, &CompareOptions::default()).unwrap();
    insta::assert_snapshot!("welders_matrix_json", render::matrix_json(&m));
    insta::assert_snapshot!(
        "welders_matrix_markdown",
        render::matrix_markdown(&m, Lang::ENGLISH)
    );
}

#[test]
fn the_json_keeps_its_contract() {
    let graph = graph();
    let c = compare(&graph, "kg-welder", "am-welder", &CompareOptions::default()).unwrap();
    let json: serde_json::Value = serde_json::from_str(&render::json(&c)).unwrap();
    assert_eq!(json["version"], 1);
    for side in ["left", "right"] {
        for key in ["id", "country", "units", "criteria"] {
            assert!(!json[side][key].is_null(), "{side}.{key}");
        }
    }
    for key in [
        "left_units",
        "right_units",
        "left_criteria",
        "right_criteria",
    ] {
        assert!(json["coverage"][key].is_f64(), "coverage.{key}");
    }
    let first = &json["matches"][0];
    for key in ["left", "right", "score", "relation", "evidence", "level"] {
        assert!(!first[key].is_null(), "matches[0].{key}");
    }
    assert!(first["evidence"][0]["kind"].is_string());
    assert!(first["evidence"][0]["detail"].is_string());
    for key in ["left_eqf", "right_eqf", "delta"] {
        assert!(first["level"].get(key).is_some(), "level.{key}");
    }
    assert!(json["unmatched_left"].is_array());
    assert!(json["unmatched_right"].is_array());
}

#[test]
fn every_pair_of_welders_mirrors_and_crosswalks_come_first() {
    let graph = graph();
    let options = CompareOptions::default();
    for a in WELDERS {
        for b in WELDERS {
            let ab = compare(&graph, a, b, &options).unwrap();
            let ba = compare(&graph, b, a, &options).unwrap();
            let mut direct: Vec<_> = ab
                .matches
                .iter()
                .map(|m| {
                    (
                        m.right.clone(),
                        m.left.clone(),
                        m.score.to_bits(),
                        m.relation,
                    )
                })
                .collect();
            let mut mirrored: Vec<_> = ba
                .matches
                .iter()
                .map(|m| {
                    (
                        m.left.clone(),
                        m.right.clone(),
                        m.score.to_bits(),
                        m.relation.inverse(),
                    )
                })
                .collect();
            direct.sort();
            mirrored.sort();
            assert_eq!(direct, mirrored, "{a} / {b}");
            if a == b {
                assert_eq!(ab.coverage.left_criteria, 1.0, "{a}");
                assert_eq!(ab.coverage.left_units, 1.0, "{a}");
            }
        }
    }
    let kg_ru = compare(&graph, "kg-welder", "ru-welder", &options).unwrap();
    assert!(
        kg_ru
            .unit_matches()
            .all(|m| m.evidence[0].kind == EvidenceKind::Crosswalk),
        "every KG-RU unit pair comes from the expert crosswalk"
    );
}

#[test]
fn qualifications_and_assessment_tools_compare_too() {
    let graph = graph();
    let options = CompareOptions::default();
    let q = compare(&graph, "kg-welder-q3", "ru-welder-q3", &options).unwrap();
    assert!(q.unit_matches().count() > 0);
    assert_eq!(q.left.kind, "qualification");
    assert_eq!(q.left.eqf, Some(3));
    let t = compare(
        &graph,
        "kg-welder-q3-assessment",
        "ru-welder-q3-assessment",
        &options,
    )
    .unwrap();
    assert_eq!(t.left.kind, "assessment_tool");
    assert!(t.unit_matches().count() > 0);
}

#[test]
fn the_html_report_renders_in_headless_chromium() {
    let Some(chromium) = kasb_testing::chromium_or_skip() else {
        return;
    };
    let graph = graph();
    let options = CompareOptions::default();
    let m = compare_matrix(&graph, &WELDERS, &options).unwrap();
    let c = compare(&graph, "kg-welder", "ru-welder", &options).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let ru = Lang::parse("ru").unwrap();
    for (name, html, needles) in [
        (
            "pair-ru.html",
            render::html(&c, ru),
            &[
                "<h1>Welders and Flame Cutters [en] (МСКЗ-08 7212): сравнение — Кыргызстан и \
Россия</h1>",
                "class=\"bars\"",
                "Сопоставленные единицы компетенции",
                "<dt>Сходство текстов (косинусная мера TF-IDF)</dt>",
                "<b>справа уже</b>",
                "<th>Россия</th>",
                "Шлак и брызги",
            ][..],
        ),
        (
            "matrix.html",
            render::matrix_html(&m, Lang::ENGLISH),
            &[
                "<title>Welders and Flame Cutters (ISCO-08 7212): Kyrgyzstan, Armenia, Tajikistan \
and Russian Federation compared</title>",
                "<svg id=\"heatmap\"",
                "class=\"cell\"",
                "Common core",
                "class=\"bars\"",
            ][..],
        ),
        (
            "pair.html",
            render::html(&c, Lang::ENGLISH),
            &[
                "<h1>Welders and Flame Cutters (ISCO-08 7212): Kyrgyzstan and Russian Federation \
compared</h1>",
                "class=\"bars\"",
                "Matched units",
                "kg-ru-welder",
                "<dt>Text similarity (TF-IDF cosine)</dt>",
                "<b>narrow</b>",
                "<th>Russian Federation</th>",
                "Slag and spatter are removed",
            ][..],
        ),
    ] {
        assert!(!html.contains("<script"), "no scripts");
        assert!(!html.contains("src=\"http"), "no network");
        let path = dir.path().join(name);
        std::fs::write(&path, &html).unwrap();
        let output = kasb_testing::headless(&chromium, &path, &["--dump-dom"]);
        let dom = String::from_utf8_lossy(&output.stdout);
        for needle in needles {
            assert!(
                dom.contains(needle),
                "{name}: the rendered DOM lacks {needle}"
            );
        }
        // KASB_SCREENSHOTS=DIR keeps a screenshot of each page there, for a person to look at.
        if let Ok(shots) = std::env::var("KASB_SCREENSHOTS") {
            let shot = Path::new(&shots).join(format!("{name}.png"));
            let arg = format!("--screenshot={}", shot.display());
            kasb_testing::headless(&chromium, &path, &[&arg, "--window-size=1280,2400"]);
            assert!(shot.exists(), "{name}: no screenshot");
        }
        // A parse error would show as Chromium's XML/HTML error page, or lose the body.
        assert!(dom.contains("</body>"), "{name}: {dom}");
        assert!(
            !dom.contains("This page contains the following errors"),
            "{name}"
        );
        // Printed, each section starts a page: the pair report has six (the first page holds
        // the heading and the legend), the matrix five.
        let pdf = dir.path().join(format!("{name}.pdf"));
        let printed = format!("--print-to-pdf={}", pdf.display());
        kasb_testing::headless(&chromium, &path, &[&printed, "--no-pdf-header-footer"]);
        let pdf = String::from_utf8_lossy(&std::fs::read(&pdf).unwrap()).into_owned();
        assert!(pdf.starts_with("%PDF-"), "{name}: not a PDF");
        let pages = pdf.matches("/Type /Page").count() - pdf.matches("/Type /Pages").count();
        assert!(pages >= 5, "{name}: {pages} printed pages");
    }
}

#[test]
fn assessment_differences_name_their_units() {
    let graph = graph();
    let c = compare(&graph, "kg-welder", "tj-welder", &CompareOptions::default()).unwrap();
    assert_eq!(c.assessment_differences.len(), 1);
    assert!(render::markdown(&c, Lang::ENGLISH).contains(
        "| `WLD-05` Inspect welds and correct defects | `WLD-06` Inspect welded joints | \
         practical task, written test | written test |"
    ));
    assert!(
        render::html(&c, Lang::ENGLISH)
            .contains("<td><code>WLD-06</code> Inspect welded joints: written test</td>")
    );
}

#[test]
fn criteria_pair_inside_matched_units_first() {
    let graph = graph();
    let options = CompareOptions::default();
    let c = compare(&graph, "kg-welder", "am-welder", &options).unwrap();
    let unit_partner = |left: &str| {
        c.unit_matches()
            .find(|m| m.left == left)
            .map(|m| m.right.as_str())
    };
    // The crosswalk matches the two MMA plate units; the Armenian TIG unit stays unmatched.
    assert_eq!(unit_partner("kg-welder/WLD-03"), Some("am-welder/WLD-03"));
    let partner = |left: &str| {
        c.criterion_matches()
            .find(|m| m.left == left)
            .map(|m| m.right.as_str())
    };
    // Connecting the power source for MMA no longer pairs with the TIG unit's criterion by
    // wording alone, and the criteria of WLD-03 pair inside WLD-03.
    assert_eq!(partner("kg-welder/WLD-03.1.1"), None);
    assert!(
        c.criterion_matches()
            .all(|m| m.right != "am-welder/WLD-07.1.2")
    );
    assert_eq!(
        partner("kg-welder/WLD-03.1.2"),
        Some("am-welder/WLD-03.1.1")
    );
    assert_eq!(
        partner("kg-welder/WLD-03.2.1"),
        Some("am-welder/WLD-03.2.1")
    );
    // Every pair across units is marked, and beats the evidence of its criteria's unit matches.
    for comparison in WELDERS.map(|right| compare(&graph, "kg-welder", right, &options).unwrap()) {
        for m in comparison.criterion_matches() {
            let left_unit = unit_of(&comparison, Side::Left, &m.left);
            let right_unit = unit_of(&comparison, Side::Right, &m.right);
            let in_unit = comparison
                .unit_matches()
                .any(|u| u.left == left_unit && u.right == right_unit);
            assert_eq!(m.across_units, !in_unit, "{} ⇄ {}", m.left, m.right);
            if m.across_units {
                for u in comparison
                    .unit_matches()
                    .filter(|u| u.left == left_unit || u.right == right_unit)
                {
                    assert!(
                        m.evidence[0].kind < u.evidence[0].kind
                            || (m.evidence[0].kind == u.evidence[0].kind && m.score > u.score),
                        "{} ⇄ {} beats {} ⇄ {}",
                        m.left,
                        m.right,
                        u.left,
                        u.right
                    );
                }
            }
        }
    }
}

/// The unit of a criterion: the unit of its side whose id, with a dot, starts the criterion's id
/// (the bundled standards number criteria within their unit).
fn unit_of(c: &kasb_compare::Comparison, side: Side, criterion: &str) -> String {
    let matched = c.unit_matches().map(|m| match side {
        Side::Left => &m.left,
        Side::Right => &m.right,
    });
    let unmatched = match side {
        Side::Left => &c.unmatched_left,
        Side::Right => &c.unmatched_right,
    };
    let units = unmatched
        .iter()
        .filter(|u| u.kind == ItemKind::Unit)
        .map(|u| &u.id);
    matched
        .chain(units)
        .filter(|unit| criterion.starts_with(&format!("{unit}.")))
        .max_by_key(|unit| unit.len())
        .unwrap_or_else(|| panic!("no unit for {criterion}"))
        .clone()
}
