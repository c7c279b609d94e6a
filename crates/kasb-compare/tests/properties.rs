//! Properties of a comparison, on small frameworks written to a temporary directory:
//! compare(A, A) covers everything; compare(A, B) mirrors compare(B, A); renaming ids or
//! reordering units changes no match; the output is the same on every run.

use kasb_compare::{Detail, DocumentNote, Note};
use kasb_i18n::Lang;
use std::collections::BTreeSet;
use std::fmt::Write;
use std::path::Path;

use kasb_compare::{
    CompareError, CompareOptions, Comparison, ItemKind, Relation, Side, compare, compare_matrix,
    render,
};
use kasb_graph::StandardsGraph;

/// A unit: id, English and Russian titles, criteria (id, English, Russian).
type UnitSpec = (&'static str, &'static str, &'static str, Vec<Criterion>);
type Criterion = (&'static str, &'static str, &'static str);

fn units_a() -> Vec<UnitSpec> {
    vec![
        (
            "S-1",
            "Work safely in the welding workshop",
            "Безопасно работать в сварочной мастерской",
            vec![
                (
                    "S-1.1",
                    "Protective clothing, gloves and a welding helmet are worn",
                    "Надеты спецодежда, перчатки и сварочная маска",
                ),
                (
                    "S-1.2",
                    "Fume extraction is switched on before welding starts",
                    "Вытяжка включена до начала сварки",
                ),
                (
                    "S-1.3",
                    "A fire extinguisher is kept within reach of the workplace",
                    "Огнетушитель находится рядом с рабочим местом",
                ),
            ],
        ),
        (
            "S-2",
            "Weld steel plates by manual arc welding",
            "Сваривать стальные пластины ручной дуговой сваркой",
            vec![
                (
                    "S-2.1",
                    "The welding current is set for the electrode diameter",
                    "Сварочный ток установлен по диаметру электрода",
                ),
                (
                    "S-2.2",
                    "Butt joints in plates are welded in the flat position",
                    "Стыковые соединения пластин сварены в нижнем положении",
                ),
                (
                    "S-2.3",
                    "Slag is removed between the runs of a multi-run weld",
                    "Шлак удалён между проходами многопроходного шва",
                ),
            ],
        ),
        (
            "S-3",
            "Inspect welds and repair defects",
            "Контролировать швы и исправлять дефекты",
            vec![
                (
                    "S-3.1",
                    "Each weld is inspected visually for cracks and porosity",
                    "Каждый шов осмотрен на трещины и поры",
                ),
                (
                    "S-3.2",
                    "Defective sections are ground out and rewelded",
                    "Дефектные участки вышлифованы и переварены",
                ),
            ],
        ),
    ]
}

fn units_b() -> Vec<UnitSpec> {
    vec![
        (
            "B1",
            "Inspect welded joints and repair defects in welds",
            "Контроль сварных соединений и исправление дефектов швов",
            vec![
                (
                    "B1.a",
                    "Welds are inspected visually for cracks, porosity and undercut",
                    "Швы осмотрены на трещины, поры и подрезы",
                ),
                (
                    "B1.b",
                    "Defective sections of the weld are ground out and welded again",
                    "Дефектные участки шва вышлифованы и заварены повторно",
                ),
            ],
        ),
        (
            "B2",
            "Manual arc welding of steel plates",
            "Ручная дуговая сварка стальных пластин",
            vec![
                (
                    "B2.a",
                    "Welding current is chosen for the electrode diameter and position",
                    "Сварочный ток выбран по диаметру электрода и положению",
                ),
                (
                    "B2.b",
                    "Plates are butt welded in the flat and horizontal positions",
                    "Пластины сварены встык в нижнем и горизонтальном положениях",
                ),
            ],
        ),
        (
            "B3",
            "Cut steel with an oxy-fuel torch",
            "Резать сталь газовым резаком",
            vec![(
                "B3.a",
                "Straight cuts are made along the marked line",
                "Прямые резы выполнены по разметке",
            )],
        ),
    ]
}

struct Doc<'a> {
    id: &'a str,
    framework: &'a str,
    level: u8,
    units: Vec<UnitSpec>,
    /// Prefix added to every item id.
    prefix: &'a str,
    languages: &'a [&'a str],
}

fn standard_yaml(doc: &Doc) -> String {
    let text = |en: &str, ru: &str| -> String {
        let mut out = String::from("{");
        for (i, language) in doc.languages.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            let value = match *language {
                "ru" => ru,
                "hy" => "Հայերեն տեքստ",
                _ => en,
            };
            let _ = write!(out, "{language}: \"{value}\"");
        }
        out.push('}');
        out
    };
    let mut yaml = format!(
        "kind: OccupationalStandard\nformat: 1\nid: {}\ntitle: {}\nlanguage: en\ncountry: XX\nframework: {}\noccupation:\n  title: Welder\n  isco: \"7212\"\nunits:\n",
        doc.id,
        text("Welder", "Сварщик"),
        doc.framework
    );
    for (id, en, ru, criteria) in &doc.units {
        let _ = write!(
            yaml,
            "  - id: {p}{id}\n    title: {}\n    level: {}\n    elements:\n      - id: {p}{id}.E\n        title: {}\n        criteria:\n",
            text(en, ru),
            doc.level,
            text(en, ru),
            p = doc.prefix
        );
        for (cid, cen, cru) in criteria {
            let _ = writeln!(
                yaml,
                "          - id: {p}{cid}\n            statement: {}",
                text(cen, cru),
                p = doc.prefix
            );
        }
    }
    yaml
}

const FRAMEWORKS: &str = "kind: LevelFramework\nformat: 1\nid: eqf\ntitle: EQF\nlanguage: en\nlevels:\n  - level: 3\n  - level: 4\n";
const NQF_A: &str = "kind: LevelFramework\nformat: 1\nid: a-nqf\ntitle: A\nlanguage: en\nreferencing: {framework: eqf}\nlevels:\n  - level: 3\n    referenced_level: 3\n";
const NQF_B: &str = "kind: LevelFramework\nformat: 1\nid: b-nqf\ntitle: B\nlanguage: en\nreferencing: {framework: eqf}\nlevels:\n  - level: 5\n    referenced_level: 4\n";
const NQF_C: &str =
    "kind: LevelFramework\nformat: 1\nid: c-nqf\ntitle: C\nlanguage: en\nlevels:\n  - level: 2\n";

fn crosswalk(source: &str, target: &str, pairs: &[(&str, &str, &str)]) -> String {
    let mut yaml = format!(
        "kind: Crosswalk\nformat: 1\nid: {source}-{target}\ntitle: X\nlanguage: en\nsource: {source}\ntarget: {target}\nprovenance:\n  author: Panel\nalignments:\n"
    );
    for (s, t, relation) in pairs {
        let _ = writeln!(
            yaml,
            "  - source: {s}\n    target: {t}\n    relation: {relation}\n    note: Expert view"
        );
    }
    yaml
}

fn assessment(id: &str, standard: &str, method: &str, assesses: &[String]) -> String {
    let mut yaml = format!(
        "kind: AssessmentTool\nformat: 1\nid: {id}\ntitle: T\nlanguage: en\nstandards: [{standard}]\ninstruments:\n  - id: I\n    title: I\n    method: {method}\n    tasks:\n      - id: T1\n        title: T\n        assesses:\n"
    );
    for item in assesses {
        let _ = writeln!(yaml, "          - {standard}/{item}");
    }
    yaml
}

/// Writes the files and builds the graph; the build must be clean.
fn graph(dir: &Path, files: &[(&str, String)]) -> StandardsGraph {
    for (name, text) in files {
        std::fs::write(dir.join(name), text).unwrap();
    }
    let workspace = kasb_load::load(&[dir.to_path_buf()], &Default::default()).unwrap();
    assert!(
        workspace.diagnostics.is_empty(),
        "{:?}",
        workspace.diagnostics
    );
    let (graph, diagnostics) = StandardsGraph::build(workspace);
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    graph
}

/// The two standards, a crosswalk between S-3 and B1 and assessment tools; `prefix` renames
/// every item id of B, `reverse` reverses the order of B's units, `b_id` renames B.
fn fixture(dir: &Path, b_id: &str, prefix: &str, reverse: bool) -> StandardsGraph {
    let mut b_units = units_b();
    if reverse {
        b_units.reverse();
    }
    let a = Doc {
        id: "xa",
        framework: "a-nqf",
        level: 3,
        units: units_a(),
        prefix: "",
        languages: &["en", "ru"],
    };
    let b = Doc {
        id: b_id,
        framework: "b-nqf",
        level: 5,
        units: b_units,
        prefix,
        languages: &["en", "ru"],
    };
    graph(
        dir,
        &[
            ("eqf.yaml", FRAMEWORKS.to_owned()),
            ("a-nqf.yaml", NQF_A.to_owned()),
            ("b-nqf.yaml", NQF_B.to_owned()),
            ("a.yaml", standard_yaml(&a)),
            ("b.yaml", standard_yaml(&b)),
            (
                "cw.yaml",
                crosswalk("xa", b_id, &[("S-3", &format!("{prefix}B1"), "broad")]),
            ),
            (
                "ta.yaml",
                assessment(
                    "ta",
                    "xa",
                    "practical_task",
                    &["S-3.1".into(), "S-3.2".into()],
                ),
            ),
            (
                "tb.yaml",
                assessment(
                    "tb",
                    b_id,
                    "written_test",
                    &[format!("{prefix}B1.a"), format!("{prefix}B1.b")],
                ),
            ),
        ],
    )
}

/// The matches as (kind, left local id, right local id, relation), with a renaming applied.
fn pairs(
    c: &Comparison,
    rename: impl Fn(&str) -> String,
) -> BTreeSet<(ItemKind, String, String, Relation)> {
    let local = |id: &str| id.split_once('/').unwrap().1.to_owned();
    c.matches
        .iter()
        .map(|m| (m.kind, local(&m.left), rename(&local(&m.right)), m.relation))
        .collect()
}

#[test]
fn a_document_compared_with_itself_is_covered_fully() {
    let dir = tempfile::tempdir().unwrap();
    let graph = fixture(dir.path(), "xb", "", false);
    for id in ["xa", "xb"] {
        let c = compare(&graph, id, id, &CompareOptions::default()).unwrap();
        assert_eq!(c.coverage.left_units, 1.0);
        assert_eq!(c.coverage.right_units, 1.0);
        assert_eq!(c.coverage.left_criteria, 1.0);
        assert_eq!(c.coverage.right_criteria, 1.0);
        assert!(
            c.matches
                .iter()
                .all(|m| m.left == m.right && m.score == 1.0)
        );
        assert!(c.matches.iter().all(|m| m.level.delta == Some(0)));
    }
}

#[test]
fn comparing_the_other_way_round_mirrors_the_result() {
    let dir = tempfile::tempdir().unwrap();
    let graph = fixture(dir.path(), "xb", "", false);
    let options = CompareOptions::default();
    let ab = compare(&graph, "xa", "xb", &options).unwrap();
    let ba = compare(&graph, "xb", "xa", &options).unwrap();
    assert!(!ab.matches.is_empty());
    assert_eq!(ab.left, ba.right);
    assert_eq!(ab.coverage.left_units, ba.coverage.right_units);
    assert_eq!(ab.coverage.right_units, ba.coverage.left_units);
    assert_eq!(ab.coverage.left_criteria, ba.coverage.right_criteria);
    assert_eq!(ab.coverage.right_criteria, ba.coverage.left_criteria);
    assert_eq!(ab.counts.left, ba.counts.right);
    let mirrored: BTreeSet<_> = ba
        .matches
        .iter()
        .map(|m| {
            (
                m.left.clone(),
                m.right.clone(),
                m.score.to_bits(),
                m.relation.inverse(),
                m.level.delta.map(|d| -d),
                m.status,
            )
        })
        .collect();
    let direct: BTreeSet<_> = ab
        .matches
        .iter()
        .map(|m| {
            (
                m.right.clone(),
                m.left.clone(),
                m.score.to_bits(),
                m.relation,
                m.level.delta,
                m.status,
            )
        })
        .collect();
    assert_eq!(direct, mirrored);
    let ids =
        |items: &[kasb_compare::Unmatched]| items.iter().map(|u| u.id.clone()).collect::<Vec<_>>();
    assert_eq!(ids(&ab.unmatched_left), ids(&ba.unmatched_right));
    assert_eq!(ids(&ab.unmatched_right), ids(&ba.unmatched_left));
    assert_eq!(
        ab.assessment_differences.len(),
        ba.assessment_differences.len()
    );
}

#[test]
fn the_crosswalk_levels_and_assessment_are_reported() {
    let dir = tempfile::tempdir().unwrap();
    let graph = fixture(dir.path(), "xb", "", false);
    let c = compare(&graph, "xa", "xb", &CompareOptions::default()).unwrap();
    let inspect = c
        .matches
        .iter()
        .find(|m| m.left == "xa/S-3")
        .expect("S-3 is matched");
    assert_eq!(inspect.right, "xb/B1");
    assert_eq!(inspect.relation, Relation::Broad);
    assert_eq!(
        inspect.evidence[0].kind,
        kasb_compare::EvidenceKind::Crosswalk
    );
    assert!(
        matches!(&inspect.evidence[0].detail, Detail::Crosswalk { note: Some(note), .. } if note.pick("en").0.contains("Expert view"))
    );
    assert!(
        inspect
            .evidence
            .iter()
            .any(|e| e.kind == kasb_compare::EvidenceKind::Text && e.score.is_some())
    );
    // a-nqf 3 → EQF 3, b-nqf 5 → EQF 4.
    assert_eq!(
        (
            inspect.level.left_eqf,
            inspect.level.right_eqf,
            inspect.level.delta
        ),
        (Some(3), Some(4), Some(1))
    );
    // Practical in A, written only in B.
    assert_eq!(c.assessment_differences.len(), 1);
    assert_eq!(c.assessment_differences[0].practical, Side::Left);
    // The text matches find the welding unit; the cutting unit stays unmatched.
    assert!(
        c.matches
            .iter()
            .any(|m| m.left == "xa/S-2" && m.right == "xb/B2")
    );
    assert!(c.unmatched_right.iter().any(|u| u.id == "xb/B3"));
    assert!(c.unmatched_left.iter().any(|u| u.id == "xa/S-1"));
    assert_eq!(c.shared_references.len(), 1, "the same ISCO code");
}

#[test]
fn renaming_ids_and_reordering_units_changes_no_match() {
    let options = CompareOptions::default();
    let dir = tempfile::tempdir().unwrap();
    let plain = compare(&fixture(dir.path(), "xb", "", false), "xa", "xb", &options).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let renamed_graph = fixture(dir.path(), "other-b", "Q-", true);
    let renamed = compare(&renamed_graph, "xa", "other-b", &options).unwrap();
    assert_eq!(
        pairs(&plain, |id| format!("Q-{id}")),
        pairs(&renamed, str::to_owned)
    );
    assert_eq!(plain.coverage, renamed.coverage);
}

#[test]
fn the_output_is_the_same_on_every_run() {
    let options = CompareOptions::default();
    let mut outputs = BTreeSet::new();
    for _ in 0..3 {
        let dir = tempfile::tempdir().unwrap();
        let graph = fixture(dir.path(), "xb", "", false);
        let c = compare(&graph, "xa", "xb", &options).unwrap();
        let m = compare_matrix(&graph, &["xa", "xb", "xa"], &options).unwrap();
        outputs.insert((
            render::json(&c),
            render::markdown(&c, Lang::ENGLISH),
            render::human(&c, Lang::ENGLISH),
            render::html(&c, Lang::ENGLISH),
            render::matrix_json(&m),
            render::matrix_html(&m, Lang::ENGLISH),
        ));
    }
    assert_eq!(outputs.len(), 1);
}

#[test]
fn items_with_no_shared_language_are_not_guessed() {
    let dir = tempfile::tempdir().unwrap();
    let a = Doc {
        id: "xa",
        framework: "a-nqf",
        level: 3,
        units: units_a(),
        prefix: "",
        languages: &["en"],
    };
    let c_doc = Doc {
        id: "xc",
        framework: "c-nqf",
        level: 2,
        units: units_a(),
        prefix: "",
        languages: &["hy"],
    };
    let graph = graph(
        dir.path(),
        &[
            ("eqf.yaml", FRAMEWORKS.to_owned()),
            ("a-nqf.yaml", NQF_A.to_owned()),
            ("c-nqf.yaml", NQF_C.to_owned()),
            ("a.yaml", standard_yaml(&a)),
            ("c.yaml", standard_yaml(&c_doc)),
            ("cw.yaml", crosswalk("xa", "xc", &[("S-1", "S-1", "exact")])),
        ],
    );
    let c = compare(&graph, "xa", "xc", &CompareOptions::default()).unwrap();
    assert!(c.shared_languages.is_empty());
    assert!(
        c.notes
            .iter()
            .any(|n| matches!(n, DocumentNote::NoSharedLanguage { .. })),
        "{:?}",
        c.notes
    );
    assert!(
        c.notes
            .iter()
            .any(|n| matches!(n, DocumentNote::NoEqf { .. })),
        "{:?}",
        c.notes
    );
    // Only the crosswalk matches; its text evidence says the texts were not compared.
    assert_eq!(c.matches.len(), 1);
    let m = &c.matches[0];
    assert_eq!(m.relation, Relation::Exact);
    assert!(
        m.evidence
            .iter()
            .any(|e| matches!(e.detail, Detail::NoSharedLanguage { .. }))
    );
    assert_eq!(m.level.delta, None, "not comparable");
    assert!(c.unmatched_left.iter().all(|u| {
        u.why
            .iter()
            .any(|n| matches!(n, Note::NoSharedLanguage { .. }))
    }));
    // The same typed notes, said in English (the JSON) and in Russian (the reports).
    let json = render::json(&c);
    assert!(
        json.contains("The documents share no language (en / "),
        "{json}"
    );
    assert!(json.contains("no shared language: texts not compared (left: en; right: "));
    let ru = render::human(&c, Lang::parse("ru").unwrap());
    assert!(
        ru.contains("примечание: У документов нет общего языка (en / "),
        "{ru}"
    );
    assert!(
        ru.contains("документа не соотнесены с ЕРК: уровни несопоставимы."),
        "{ru}"
    );
    assert!(ru.contains("общего языка нет, тексты не сравнивались (слева: en; справа: "));
    assert!(
        ru.contains("нет общего языка с другой стороной (здесь: en; там: "),
        "{ru}"
    );
}

#[test]
fn unknown_ids_and_unsupported_kinds_are_errors() {
    let dir = tempfile::tempdir().unwrap();
    let graph = fixture(dir.path(), "xb", "", false);
    let options = CompareOptions::default();
    assert_eq!(
        compare(&graph, "xa", "nowhere", &options).unwrap_err(),
        CompareError::UnknownId {
            id: "nowhere".into(),
            suggestion: None,
        }
    );
    // A typo gets the comparable document spelt most like it.
    let typo = compare(&graph, "xa", "xc", &options).unwrap_err();
    assert_eq!(
        typo,
        CompareError::UnknownId {
            id: "xc".into(),
            suggestion: Some("xa".into()),
        }
    );
    assert!(typo.to_string().ends_with("; did you mean `xa`?"), "{typo}");
    let error = compare(&graph, "xa/S-1", "xb", &options).unwrap_err();
    assert!(matches!(
        error,
        CompareError::UnsupportedKind { kind: "unit", .. }
    ));
    assert!(error.to_string().contains("only occupational standards"));
    assert!(matches!(
        compare_matrix(&graph, &["xa"], &options),
        Err(CompareError::TooFew { count: 1 })
    ));
}

#[test]
fn assessment_tools_compare_by_what_they_assess() {
    let dir = tempfile::tempdir().unwrap();
    let graph = fixture(dir.path(), "xb", "", false);
    let c = compare(&graph, "ta", "tb", &CompareOptions::default()).unwrap();
    assert_eq!((c.left.units, c.left.criteria), (1, 2));
    assert_eq!(c.unit_matches().count(), 1);
    assert_eq!(c.coverage.left_criteria, 1.0);
    assert_eq!(c.assessment_differences.len(), 1);
}

#[test]
fn a_matrix_finds_the_common_core_and_what_is_unique() {
    let dir = tempfile::tempdir().unwrap();
    let graph = fixture(dir.path(), "xb", "", false);
    let m = compare_matrix(&graph, &["xa", "xb"], &CompareOptions::default()).unwrap();
    assert_eq!(m.units[0][0], 1.0);
    assert_eq!(m.units[0][1], m.pairs[0].coverage.left_units);
    assert_eq!(m.units[1][0], m.pairs[0].coverage.right_units);
    assert!(
        m.common_core
            .iter()
            .any(|row| row.units[0].id == "xa/S-3" && row.units[1].id == "xb/B1")
    );
    assert!(m.unique[1].units.iter().any(|u| u.id == "xb/B3"));
    let json: serde_json::Value = serde_json::from_str(&render::matrix_json(&m)).unwrap();
    assert_eq!(json["version"], 1);
    assert_eq!(json["kind"], "matrix");
}
