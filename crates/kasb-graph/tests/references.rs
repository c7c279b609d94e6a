//! Reference resolution: what resolves, and what each failure says.

use kasb_graph::{EdgeKind, StandardsGraph};
use kasb_load::{LoadOptions, load};

const FRAMEWORK: &str = "kind: LevelFramework\nformat: 1\nid: nqf\ntitle: NQF\nlanguage: en\nlevels:\n  - level: 2\n  - level: 3\n";

const STANDARD: &str = "kind: OccupationalStandard
format: 1
id: ru-ps
title: Сварщик
language: ru
country: RU
framework: nqf
occupation: {title: Сварщик}
functions:
  - {id: A, title: Сварка, level: 3}
units:
  - id: A/01.2
    title: Подготовка
    function: A
    level: 2
    criteria: [{id: A/01.2.1, statement: Подготовка кромок}]
  - id: A/02.3
    title: Сварка
    function: A
    level: 3
    prerequisites: [A/01.2]
    criteria: [{id: A/02.3.1, statement: Сварка швов}]
";

fn build(extra: &[(&str, &str)]) -> (StandardsGraph, Vec<kasb_diagnostics::Diagnostic>) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("nqf.yaml"), FRAMEWORK).unwrap();
    std::fs::write(dir.path().join("std.yaml"), STANDARD).unwrap();
    for (name, text) in extra {
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    let workspace = load(&[dir.path().to_path_buf()], &LoadOptions::default()).unwrap();
    assert!(
        workspace.diagnostics.is_empty(),
        "{:#?}",
        workspace.diagnostics
    );
    StandardsGraph::build(workspace)
}

fn qualification(core: &str) -> String {
    format!(
        "kind: Qualification\nformat: 1\nid: q\ntitle: Q\nlanguage: en\ncountry: RU\nframework: nqf\nlevel: 3\ncore: {core}\n"
    )
}

#[test]
fn russian_codes_resolve_locally_and_globally() {
    let (graph, diagnostics) = build(&[("q.yaml", &qualification("[ru-ps/A/01.2, ru-ps/A/02.3]"))]);
    assert!(diagnostics.is_empty(), "{diagnostics:#?}");
    let units: Vec<_> = graph
        .units_of_qualification("q")
        .unwrap()
        .iter()
        .map(|(unit, _)| unit.id.clone())
        .collect();
    assert_eq!(units, ["ru-ps/A/01.2", "ru-ps/A/02.3"]);
    let later = graph.index("ru-ps/A/02.3").unwrap();
    let prerequisite = graph
        .links_from(later)
        .find(|link| link.kind() == EdgeKind::Prerequisite)
        .expect("`A/01.2` resolved inside its own document");
    assert_eq!(prerequisite.to().id, "ru-ps/A/01.2");
    assert_eq!(prerequisite.path().to_string(), "units[1].prerequisites[0]");
}

#[test]
fn a_misspelt_document_is_suggested_with_the_item() {
    let (_, diagnostics) = build(&[("q.yaml", &qualification("[ru-pz/A/01.2]"))]);
    assert_eq!(diagnostics.len(), 1);
    assert_eq!(diagnostics[0].rule.code, "K202");
    assert_eq!(
        diagnostics[0].help.as_deref(),
        Some("did you mean `ru-ps/A/01.2`?")
    );
    assert_eq!(
        (
            diagnostics[0].location.line(),
            diagnostics[0].location.column()
        ),
        (9, 8)
    );
}

#[test]
fn a_misspelt_document_is_not_suggested_with_an_item_it_lacks() {
    let (_, diagnostics) = build(&[("q.yaml", &qualification("[ru-pz/B/09.9]"))]);
    assert_eq!(diagnostics.len(), 1, "{diagnostics:#?}");
    let help = diagnostics[0].help.as_deref().unwrap_or_default();
    assert!(!help.contains("B/09.9"), "{help}");
}

#[test]
fn a_misspelt_item_is_suggested_and_a_wrong_kind_is_named() {
    let (_, diagnostics) = build(&[("q.yaml", &qualification("[ru-ps/A/01.3, ru-ps/A]"))]);
    assert_eq!(diagnostics.len(), 2, "{diagnostics:#?}");
    assert_eq!(diagnostics[0].rule.code, "K202");
    assert_eq!(
        diagnostics[0].help.as_deref(),
        Some("did you mean `ru-ps/A/01.2`?")
    );
    assert_eq!(diagnostics[1].rule.code, "K203");
    assert!(
        diagnostics[1]
            .message
            .contains("is a generalised function, but a unit is expected"),
        "{}",
        diagnostics[1].message
    );
}

#[test]
fn a_level_outside_the_framework_is_its_own_rule() {
    let (_, diagnostics) = build(&[(
        "q.yaml",
        &qualification("[]").replace("level: 3", "level: 7"),
    )]);
    assert_eq!(diagnostics.len(), 1);
    assert_eq!(diagnostics[0].rule.code, "K301");
    assert!(
        diagnostics[0].message.contains("levels 2 to 3"),
        "{}",
        diagnostics[0].message
    );
}

#[test]
fn crosswalk_items_resolve_relative_to_source_and_target() {
    let crosswalk = "kind: Crosswalk\nformat: 1\nid: cw\ntitle: CW\nlanguage: en\nsource: ru-ps\ntarget: ru-ps\nprovenance: {author: Panel}\nalignments:\n  - {source: A/01.2, target: A/02.3, relation: related}\n";
    let (graph, diagnostics) = build(&[("cw.yaml", crosswalk)]);
    assert!(diagnostics.is_empty(), "{diagnostics:#?}");
    assert_eq!(graph.alignments_of("ru-ps/A/01.2").unwrap().len(), 1);
}

/// `(from, to, path, document)` of every edge of `kind`-name starting at `id`.
fn links_from(graph: &StandardsGraph, id: &str, kind: &str) -> Vec<(String, String, String)> {
    let node = graph.index(id).unwrap();
    graph
        .links_from(node)
        .filter(|link| link.kind().as_str() == kind)
        .map(|link| {
            let document = graph.workspace().documents[link.document()].document.id();
            (
                link.to().id.clone(),
                link.path().to_string(),
                document.to_owned(),
            )
        })
        .collect()
}

#[test]
fn every_edge_keeps_the_document_and_path_that_state_it() {
    let text = qualification("[ru-ps/A/01.2]")
        + "electives:\n  - {id: E, choose: 1, units: [ru-ps/A/02.3]}\n";
    let crosswalk = "kind: Crosswalk\nformat: 1\nid: cw\ntitle: CW\nlanguage: en\nsource: ru-ps\ntarget: ru-ps\nprovenance: {author: Panel}\nalignments:\n  - {source: A/01.2, target: A/02.3, relation: related}\n";
    let (graph, diagnostics) = build(&[("q.yaml", &text), ("cw.yaml", crosswalk)]);
    assert!(diagnostics.is_empty(), "{diagnostics:#?}");
    let owned = |rows: &[(&str, &str, &str)]| -> Vec<(String, String, String)> {
        rows.iter()
            .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
            .collect()
    };
    assert_eq!(
        links_from(&graph, "q", "includes"),
        owned(&[
            ("ru-ps/A/01.2", "core[0]", "q"),
            ("ru-ps/A/02.3", "electives[0].units[0]", "q"),
        ])
    );
    assert_eq!(
        links_from(&graph, "q/E", "includes"),
        owned(&[("ru-ps/A/02.3", "electives[0].units[0]", "q")])
    );
    assert_eq!(
        links_from(&graph, "q", "at_level"),
        owned(&[("nqf/3", "level", "q")])
    );
    assert_eq!(
        links_from(&graph, "ru-ps/A/01.2", "aligned"),
        owned(&[("ru-ps/A/02.3", "alignments[0].target", "cw")])
    );
    // The document tree: an item is part of its parent where the item is written.
    assert_eq!(
        links_from(&graph, "ru-ps/A/02.3", "part_of"),
        owned(&[
            ("ru-ps", "units[1]", "ru-ps"),
            ("ru-ps/A", "units[1].function", "ru-ps"),
        ])
    );
    let link = graph
        .links_from(graph.index("ru-ps/A/02.3").unwrap())
        .find(|link| link.kind() == EdgeKind::Prerequisite)
        .unwrap();
    let reference = link.reference().expect("a declared reference");
    assert_eq!(reference.target.id(), "A/01.2");
    assert_eq!(graph.links().count(), graph.link_count());
}

/// A standard whose units `BLC-01` and `ELC-01` are one edit apart from `ЕLC-01` (Cyrillic `Е`).
const LOOK_ALIKES: &str = "kind: OccupationalStandard
format: 1
id: lk
title: Electrician
language: en
country: KG
framework: nqf
occupation: {title: Electrician}
units:
  - {id: BLC-01, title: Bend cables, level: 2}
  - {id: ELC-01, title: Lay cables, level: 2}
  - {id: ELC-02, title: Connect, level: 3, prerequisites: [ЕLC-01]}
";

#[test]
fn did_you_mean_folds_look_alike_letters_first_and_names_them() {
    let (_, diagnostics) = build(&[
        ("lk.yaml", LOOK_ALIKES),
        ("q.yaml", &qualification("[lk/ЕLC-01]")),
    ]);
    let helps: Vec<(&str, u32, u32, Option<&str>)> = diagnostics
        .iter()
        .map(|d| {
            let file = d.location.file.file_name().unwrap().to_str().unwrap();
            (
                file,
                d.location.line(),
                d.location.column(),
                d.help.as_deref(),
            )
        })
        .collect();
    let named = "the Cyrillic letter `Е` (U+0415) looks like the Latin `E` but is not";
    assert_eq!(
        helps,
        [
            (
                "lk.yaml",
                12,
                60,
                Some(format!("did you mean `ELC-01`? ({named}, character 1)").as_str())
            ),
            (
                "q.yaml",
                9,
                8,
                Some(format!("did you mean `lk/ELC-01`? ({named}, character 4)").as_str())
            ),
        ]
    );
    assert!(diagnostics.iter().all(|d| d.rule.code == "K202"));
}

/// A standard whose document id, a unit id and an ISCO-like classification code hold
/// look-alikes: Greek `Ο`, Cyrillic `Е`, Cyrillic `І`.
const MIXED_IDS: &str = "kind: OccupationalStandard
format: 1
id: weldΟr
title: Welder
language: en
country: KG
framework: nqf
occupation: {title: Welder}
units:
  - {id: ЕLC-01, title: Lay cables, level: 2}
  - {id: ELC-02, title: Connect, level: 3, prerequisites: [ЕLC-01]}
  - {id: ELC-03, title: Test, level: 3, prerequisites: [ELC-01]}
";

const MIXED_CODES: &str = "kind: Classification
format: 1
id: codes
title: Codes
language: en
entries:
  - {code: \"72І2\", title: Welders}
";

#[test]
fn look_alikes_in_ids_and_codes_are_named_at_their_letter_with_the_latin_spelling() {
    let (_, diagnostics) = build(&[
        ("mixed.yaml", MIXED_IDS),
        ("codes.yaml", MIXED_CODES),
        ("q.yaml", &qualification("[weldOr/ELC-02, weldΟr/ELC-03]")),
    ]);
    let found: Vec<(&str, u32, u32, &str, Option<&str>)> = diagnostics
        .iter()
        .map(|d| {
            let file = d.location.file.file_name().unwrap().to_str().unwrap();
            let at = (d.location.line(), d.location.column());
            (file, at.0, at.1, d.message.as_str(), d.help.as_deref())
        })
        .collect();
    assert_eq!(
        found,
        [
            (
                "codes.yaml",
                7,
                15,
                "the Cyrillic letter `І` (U+0406) looks like the digit `1` but is not \
                 (character 3 of the id)",
                Some("did you mean `7212`?")
            ),
            (
                "mixed.yaml",
                3,
                9,
                "the Greek letter `Ο` (U+039F) looks like the Latin `O` but is not \
                 (character 5 of the id)",
                Some("did you mean `weldOr`?")
            ),
            (
                "mixed.yaml",
                10,
                10,
                "the Cyrillic letter `Е` (U+0415) looks like the Latin `E` but is not \
                 (character 1 of the id)",
                Some("did you mean `ELC-01`?")
            ),
        ],
        "{diagnostics:#?}"
    );
    // References to those ids, written as declared or in Latin letters, add nothing: the one
    // mistake is reported once, at the declaration.
    assert!(diagnostics.iter().all(|d| d.rule.code == "K111"));
}

#[test]
fn cycles_of_one_relation_start_at_their_first_member_in_graph_order() {
    let unit = |id: &str, prerequisites: &str| {
        format!("  - {{id: {id}, title: {id}, level: 2, prerequisites: [{prerequisites}]}}\n")
    };
    let standard = format!(
        "kind: OccupationalStandard\nformat: 1\nid: c\ntitle: C\nlanguage: en\ncountry: RU\n\
         framework: nqf\noccupation: {{title: C}}\nunits:\n{}{}{}{}{}{}",
        unit("U1", "U1"),
        unit("U2", ""),
        unit("U3", "U5"),
        unit("U4", "U3"),
        unit("U5", "U4, U6"),
        unit("U6", "U5"),
    );
    let (graph, _) = build(&[("c.yaml", &standard)]);
    let found = graph.cycles(|_, edge| *edge == EdgeKind::Prerequisite);
    let ids: Vec<(Vec<&str>, usize)> = found
        .iter()
        .map(|cycle| {
            let ids = (cycle.members.iter())
                .map(|&member| graph[member].id.as_str())
                .collect();
            (ids, cycle.tangled)
        })
        .collect();
    // U3 → U5 → U4 → U3 and U5 → U6 → U5 are one tangle of four, reported by a shortest
    // cycle through its first unit; U1 needs itself.
    assert_eq!(ids, [(vec!["c/U1"], 1), (vec!["c/U3", "c/U5", "c/U4"], 4)]);
}
