//! ESCO CSV import, both layouts.

use std::path::{Path, PathBuf};

use kasb_diagnostics::Severity;
use kasb_interchange::esco;
use kasb_model::Document;

fn data(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/data/esco")
        .join(path)
}

fn entries(import: &kasb_interchange::Import, id: &str) -> Vec<kasb_model::ClassificationEntry> {
    import
        .documents
        .iter()
        .find_map(|d| match &d.document {
            Document::Classification(c) if c.id == id => Some(c.entries.clone()),
            _ => None,
        })
        .unwrap()
}

#[test]
fn the_v1_1_1_layout_gives_isco_08_and_occupations() {
    let import = esco::import_dir(&data("v1.1.1"));
    assert_eq!(import.count(Severity::Error), 0, "{:#?}", import.problems);
    let isco = entries(&import, "isco-08");
    let by_length = |n: usize| isco.iter().filter(|e| e.code.len() == n).count();
    assert_eq!(
        (
            isco.len(),
            by_length(1),
            by_length(2),
            by_length(3),
            by_length(4)
        ),
        (619, 10, 43, 130, 436)
    );
    let welders = isco.iter().find(|e| e.code == "7212").unwrap();
    assert_eq!(welders.parent.as_deref(), Some("721"));
    assert_eq!(
        isco.iter()
            .find(|e| e.code == "0110")
            .unwrap()
            .parent
            .as_deref(),
        Some("011")
    );
    let occupations = entries(&import, "esco-occupations");
    assert_eq!(occupations.len(), 16);
    assert!(
        occupations
            .iter()
            .all(|o| o.parent.is_some() && o.uri.is_some())
    );
    // Written, loaded and checked together: every parent resolves.
    let dir = tempfile::tempdir().unwrap();
    import.write(dir.path(), false).unwrap();
    let report = kasb::check(&[dir.path().to_path_buf()], &Default::default()).unwrap();
    let errors: Vec<String> = report
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| format!("{} {} {}", d.rule.code, d.location, d.message))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
}

#[test]
fn the_official_layout_reads_the_same_columns() {
    let import = esco::import_dir(&data("official"));
    assert_eq!(import.count(Severity::Error), 0, "{:#?}", import.problems);
    assert_eq!(entries(&import, "isco-08").len(), 12);
    let occupations = entries(&import, "esco-occupations");
    assert_eq!(occupations.len(), 6);
    assert!(occupations.iter().all(|o| {
        o.parent
            .as_deref()
            .is_some_and(|p| p.starts_with("isco-08/") || !p.is_empty())
    }));
}

fn crosswalk(import: &kasb_interchange::Import, id: &str) -> kasb_model::Crosswalk {
    import
        .documents
        .iter()
        .find_map(|d| match &d.document {
            Document::Crosswalk(c) if c.id == id => Some(c.clone()),
            _ => None,
        })
        .unwrap()
}

fn note(alignment: &kasb_model::Alignment) -> &str {
    match alignment.note.as_ref().unwrap() {
        kasb_model::Text::Plain(note) => note,
        other => panic!("{other:?}"),
    }
}

/// Errors and warnings of `kasb check` on `dirs`, as text.
fn check_findings(dirs: &[PathBuf]) -> (Vec<String>, kasb::Report) {
    let report = kasb::check(dirs, &Default::default()).unwrap();
    let findings = report
        .diagnostics
        .iter()
        .filter(|d| d.severity >= Severity::Warning)
        .map(|d| format!("{} {} {}", d.rule.code, d.location, d.message))
        .collect();
    (findings, report)
}

#[test]
fn the_official_layout_gives_skills_and_what_each_occupation_needs() {
    let import = esco::import_dir(&data("official"));
    assert!(import.problems.is_empty(), "{:#?}", import.problems);
    let ids: Vec<&str> = import.documents.iter().map(|d| d.document.id()).collect();
    assert_eq!(
        ids,
        [
            "isco-08",
            "esco-occupations",
            "esco-skills",
            "esco-occupation-skills"
        ]
    );
    let skills = entries(&import, esco::SKILLS_ID);
    assert_eq!(skills.len(), 8);
    let haskell = skills
        .iter()
        .find(|s| s.code.starts_with("000f1d3d"))
        .unwrap();
    assert_eq!(haskell.code, "000f1d3d-220f-4789-9c0a-cc742521fb02");
    assert_eq!(haskell.title, kasb_model::Text::Plain("Haskell".into()));
    assert_eq!(
        haskell.uri.as_deref(),
        Some("http://data.europa.eu/esco/skill/000f1d3d-220f-4789-9c0a-cc742521fb02")
    );
    let needs = crosswalk(&import, esco::OCCUPATION_SKILLS_ID);
    assert_eq!(
        (needs.source.as_str(), needs.target.as_str()),
        ("esco-occupations", "esco-skills")
    );
    assert_eq!(needs.alignments.len(), 14);
    let essential = needs
        .alignments
        .iter()
        .filter(|a| note(a) == "essential")
        .count();
    assert_eq!((essential, needs.alignments.len() - essential), (9, 5));
    assert!(
        needs
            .alignments
            .iter()
            .all(|a| a.relation == kasb_model::AlignmentRelation::Related)
    );
    // The pipe welder (7212.3.3) needs MAG welding, essentially.
    assert!(needs.alignments.iter().any(|a| a.source == "7212.3.3"
        && a.target == "60ff3eac-7d4d-4e51-87b8-74c3b5d62498"
        && note(a) == "essential"));
    // Sorted by occupation code, essential first.
    let keys: Vec<(&str, &str)> = needs
        .alignments
        .iter()
        .map(|a| (a.source.as_str(), note(a)))
        .collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted);

    // Written and checked: clean, every alignment resolves.
    let dir = tempfile::tempdir().unwrap();
    import.write(dir.path(), false).unwrap();
    let (findings, report) = check_findings(&[dir.path().to_path_buf()]);
    assert!(findings.is_empty(), "{findings:#?}");
    // The import writes its ISCO groups as `isco-08`, which replaces the reference set's (one
    // K210 info) until the importer links to the reference ISCO-08 (issue 12, part 3).
    let infos: Vec<(&str, String)> = report
        .diagnostics
        .iter()
        .map(|d| (d.rule.code, d.message.clone()))
        .collect();
    assert_eq!(infos.len(), 1, "{infos:#?}");
    assert_eq!(infos[0].0, "K210");
    assert!(infos[0].1.starts_with("`isco-08` replaces"), "{infos:#?}");
}

/// Copies the official sample into a new directory, with `edit` applied to each file's text.
fn official_copy(edit: impl Fn(&str, String) -> String) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir(data("official")).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_str().unwrap().to_owned();
        let text = std::fs::read_to_string(&path).unwrap();
        std::fs::write(dir.path().join(&name), edit(&name, text)).unwrap();
    }
    dir
}

/// The bytes of every file an import of `dir` writes, by name.
fn written(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let out = tempfile::tempdir().unwrap();
    let import = esco::import_dir(dir);
    let mut files: Vec<(String, Vec<u8>)> = import
        .write(out.path(), false)
        .unwrap()
        .written
        .into_iter()
        .map(|path| {
            (
                path.file_name().unwrap().to_string_lossy().into_owned(),
                std::fs::read(&path).unwrap(),
            )
        })
        .collect();
    files.sort();
    files
}

#[test]
fn the_output_does_not_depend_on_the_order_of_records() {
    let first = written(&data("official"));
    assert_eq!(first, written(&data("official")), "same bytes on every run");
    // Relations and skills in reverse order (the skills file has quoted multi-line fields, so
    // reverse its records through the csv crate).
    let reversed = official_copy(|name, text| match name {
        "occupationSkillRelations_en.csv" => {
            let mut lines: Vec<&str> = text.lines().collect();
            lines[1..].reverse();
            lines.join("\n") + "\n"
        }
        "skills_en.csv" => {
            let mut reader = csv::Reader::from_reader(text.as_bytes());
            let mut writer = csv::Writer::from_writer(Vec::new());
            writer.write_record(reader.headers().unwrap()).unwrap();
            let mut records: Vec<csv::StringRecord> =
                reader.records().map(Result::unwrap).collect();
            records.reverse();
            for record in &records {
                writer.write_record(record).unwrap();
            }
            String::from_utf8(writer.into_inner().unwrap()).unwrap()
        }
        _ => text,
    });
    assert_eq!(first, written(reversed.path()));
}

#[test]
fn malformed_relations_and_skills_are_reported_with_file_and_line() {
    let dir = official_copy(|name, mut text| {
        match name {
            "occupationSkillRelations_en.csv" => {
                // line 16: too few fields; 17: an unknown relation type; 18: an unknown skill;
                // 19: a repeat of line 2 as optional (kept essential).
                text.push_str("http://data.europa.eu/esco/occupation/x,essential\n");
                text.push_str("http://data.europa.eu/esco/occupation/04ba4d6c-957d-417f-bf63-5b9e015a9f86,required,knowledge,http://data.europa.eu/esco/skill/000f1d3d-220f-4789-9c0a-cc742521fb02\n");
                text.push_str("http://data.europa.eu/esco/occupation/04ba4d6c-957d-417f-bf63-5b9e015a9f86,optional,knowledge,http://data.europa.eu/esco/skill/00000000-0000-0000-0000-000000000000\n");
                text.push_str("http://data.europa.eu/esco/occupation/04ba4d6c-957d-417f-bf63-5b9e015a9f86,optional,skill/competence,http://data.europa.eu/esco/skill/a8e035f9-618c-4363-96de-a7eb449f13f7\n");
            }
            "skills_en.csv" => {
                // A record without its URI, then one with a quote left open to the end.
                text.push_str("KnowledgeSkillCompetence,,knowledge,,orphan,,,,,,,,\n");
                text.push_str("KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/1,knowledge,,\"open,,,,,,,,\n");
            }
            _ => {}
        }
        text
    });
    let import = esco::import_dir(dir.path());
    let found: Vec<(Severity, String, u32, &str)> = import
        .problems
        .iter()
        .map(|p| {
            (
                p.severity,
                p.location
                    .file
                    .file_name()
                    .unwrap()
                    .to_string_lossy()
                    .into_owned(),
                p.location.line(),
                p.message.as_str(),
            )
        })
        .collect();
    let at = |file: &str, line: u32, severity: Severity, words: &str| {
        assert!(
            found
                .iter()
                .any(|(s, f, l, m)| *s == severity && f == file && *l == line && m.contains(words)),
            "no {severity:?} at {file}:{line} saying {words:?} in {found:#?}"
        );
    };
    let relations = "occupationSkillRelations_en.csv";
    at(relations, 16, Severity::Error, "malformed record 15");
    at(relations, 17, Severity::Warning, "`required`");
    at(relations, 18, Severity::Warning, "not in `skills_en.csv`");
    at(relations, 19, Severity::Warning, "kept as essential");
    at(
        "skills_en.csv",
        13,
        Severity::Warning,
        "without a `conceptUri`",
    );
    at("skills_en.csv", 14, Severity::Error, "malformed record");
    // What is well-formed is still imported.
    assert_eq!(entries(&import, esco::SKILLS_ID).len(), 8);
    let needs = crosswalk(&import, esco::OCCUPATION_SKILLS_ID);
    assert_eq!(needs.alignments.len(), 14);
    assert!(needs.alignments.iter().any(|a| a.source == "2512.2"
        && a.target == "a8e035f9-618c-4363-96de-a7eb449f13f7"
        && note(a) == "essential"));
}

#[test]
fn files_with_crlf_line_ends_read_the_same_and_report_the_right_lines() {
    let crlf = official_copy(|name, text| {
        let text = match name {
            "skills_en.csv" => text + "KnowledgeSkillCompetence,,knowledge,,orphan,,,,,,,,\n",
            _ => text,
        };
        text.replace('\n', "\r\n")
    });
    let import = esco::import_dir(crlf.path());
    let problems: Vec<(u32, &str)> = import
        .problems
        .iter()
        .map(|p| (p.location.line(), p.message.as_str()))
        .collect();
    assert_eq!(problems, [(13, "skill without a `conceptUri`, skipped")]);
    // The same documents as from the LF files, but for texts whose lines now end in CRLF.
    let lf = esco::import_dir(&data("official"));
    let ids = |import: &kasb_interchange::Import| -> Vec<String> {
        import
            .documents
            .iter()
            .map(|d| d.document.id().to_owned())
            .collect()
    };
    assert_eq!(ids(&import), ids(&lf));
    assert_eq!(
        crosswalk(&import, esco::OCCUPATION_SKILLS_ID),
        crosswalk(&lf, esco::OCCUPATION_SKILLS_ID)
    );
    let (skills, lf_skills) = (
        entries(&import, esco::SKILLS_ID),
        entries(&lf, esco::SKILLS_ID),
    );
    assert_eq!(skills.len(), lf_skills.len());
    for (crlf, lf) in skills.iter().zip(&lf_skills) {
        assert_eq!(
            (&crlf.code, &crlf.title, crlf.skill_type),
            (&lf.code, &lf.title, lf.skill_type)
        );
        assert_eq!(crlf.alternative_titles, lf.alternative_titles);
    }
}

#[test]
fn relations_without_skills_are_not_imported() {
    let dir = official_copy(|_, text| text);
    std::fs::remove_file(dir.path().join("skills_en.csv")).unwrap();
    let import = esco::import_dir(dir.path());
    assert_eq!(import.documents.len(), 2);
    assert_eq!(import.count(Severity::Warning), 2, "{:#?}", import.problems);
    // The missing file is named, at the folder; the relations say why they are left out.
    let missing = &import.problems[0];
    assert_eq!(missing.location.file, dir.path());
    assert!(missing.message.contains("no `skills_en.csv`"), "{missing}");
    assert!(
        import.problems[1]
            .message
            .contains("need `occupations_en.csv` and `skills_en.csv`")
    );
}

#[test]
fn missing_skills_and_relations_files_are_named_for_each_layout() {
    let import = esco::import_dir(&data("v1.1.1"));
    let warnings: Vec<&str> = import
        .problems
        .iter()
        .filter(|p| p.severity == Severity::Warning && p.location.file == data("v1.1.1"))
        .map(|p| p.message.as_str())
        .collect();
    assert_eq!(
        warnings,
        [
            "no `skills.csv` in this directory: skills not imported",
            "no `occupation_skill_relations.csv` in this directory: occupation–skill relations \
             not imported",
        ]
    );
    let dir = official_copy(|_, text| text);
    std::fs::remove_file(dir.path().join("occupationSkillRelations_en.csv")).unwrap();
    let import = esco::import_dir(dir.path());
    assert_eq!(import.problems.len(), 1, "{:#?}", import.problems);
    assert!(
        import.problems[0]
            .message
            .contains("no `occupationSkillRelations_en.csv`")
    );
}

fn plain(texts: &[kasb_model::Text]) -> Vec<&str> {
    texts
        .iter()
        .map(|text| text.get("en", "en").unwrap())
        .collect()
}

#[test]
fn labels_descriptions_skill_types_and_reuse_levels_are_kept() {
    use kasb_model::{ReuseLevel, SkillType};
    let import = esco::import_dir(&data("official"));
    let occupations = entries(&import, esco::OCCUPATIONS_ID);
    let analyst = occupations.iter().find(|o| o.code == "2512.2").unwrap();
    // All of ESCO's alternative labels, in its order (the preferred one among them).
    assert_eq!(
        plain(&analyst.alternative_titles),
        [
            "programming analyst",
            "software requirement analyst",
            "software analysts",
            "software requirements analyst",
            "analyst of software",
            "software analyst",
            "application analyst",
            "programmer analyst"
        ]
    );
    let description = analyst.description.as_ref().unwrap();
    assert!(
        description
            .get("en", "en")
            .unwrap()
            .starts_with("Software analysts elicit")
    );
    let skills = entries(&import, esco::SKILLS_ID);
    let haskell = skills
        .iter()
        .find(|s| s.title.get("en", "en") == Some("Haskell"))
        .unwrap();
    assert_eq!(plain(&haskell.alternative_titles), ["Haskell techniques"]);
    assert!(
        haskell
            .description
            .as_ref()
            .unwrap()
            .get("en", "en")
            .unwrap()
            .contains("Haskell.")
    );
    assert_eq!(haskell.skill_type, Some(SkillType::Knowledge));
    assert_eq!(haskell.reuse_level, Some(ReuseLevel::SectorSpecific));
    assert!(
        skills
            .iter()
            .all(|s| s.skill_type.is_some() && s.reuse_level.is_some())
    );
    let mag = skills
        .iter()
        .find(|s| s.code.starts_with("60ff3eac"))
        .unwrap();
    assert_eq!(mag.skill_type, Some(SkillType::SkillCompetence));
    // Written as ESCO words, and read back the same.
    let out = tempfile::tempdir().unwrap();
    import.write(out.path(), false).unwrap();
    let yaml = std::fs::read_to_string(out.path().join("esco-skills.yaml")).unwrap();
    assert!(yaml.contains("skill_type: skill/competence"), "{yaml}");
    assert!(yaml.contains("reuse_level: sector-specific"), "{yaml}");
    let workspace = kasb_load::load(&[out.path().to_path_buf()], &Default::default()).unwrap();
    let loaded = workspace
        .documents
        .iter()
        .find(|d| d.document.id() == esco::SKILLS_ID)
        .unwrap();
    assert_eq!(loaded.document, import.documents[2].document);
    // The v1.1.1 layout: occupations' and ISCO groups' labels and descriptions.
    let import = esco::import_dir(&data("v1.1.1"));
    let occupations = entries(&import, esco::OCCUPATIONS_ID);
    assert!(occupations.iter().all(|o| o.description.is_some()));
    assert!(occupations.iter().all(|o| !o.alternative_titles.is_empty()));
    let groups = entries(&import, "isco-08");
    assert_eq!(
        groups.iter().filter(|g| g.description.is_some()).count(),
        619
    );
}

#[test]
fn unknown_skill_types_and_reuse_levels_are_reported_and_left_out() {
    let dir = official_copy(|name, text| match name {
        "skills_en.csv" => text.replacen(
            ",knowledge,sector-specific,Haskell",
            ",wisdom,galactic,Haskell",
            1,
        ),
        _ => text,
    });
    let import = esco::import_dir(dir.path());
    let messages: Vec<(u32, &str)> = import
        .problems
        .iter()
        .map(|p| (p.location.line(), p.message.as_str()))
        .collect();
    assert_eq!(
        messages,
        [
            (2, "skill type `wisdom` is not ESCO's, left out"),
            (2, "reuse level `galactic` is not ESCO's, left out")
        ]
    );
    let skills = entries(&import, esco::SKILLS_ID);
    let haskell = skills
        .iter()
        .find(|s| s.title.get("en", "en") == Some("Haskell"))
        .unwrap();
    assert_eq!((haskell.skill_type, haskell.reuse_level), (None, None));
}

/// Two standards of different countries whose units name the same ESCO skill: comparison
/// matches them on that shared reference, and the imported ESCO documents check clean with
/// them.
#[test]
fn comparison_uses_esco_skills_as_a_pivot() {
    let dir = tempfile::tempdir().unwrap();
    esco::import_dir(&data("official"))
        .write(&dir.path().join("esco"), false)
        .unwrap();
    let frameworks = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../standards/frameworks");
    let mag = "http://data.europa.eu/esco/skill/60ff3eac-7d4d-4e51-87b8-74c3b5d62498";
    let safety = "http://data.europa.eu/esco/skill/6a2e16e2-2f36-4ee9-9925-36bd5122ff92";
    let standard = |id: &str, country: &str, framework: &str, unit: &str, criterion: &str| {
        format!(
            "kind: OccupationalStandard\nformat: 1\nid: {id}\ntitle: Welder\nlanguage: en\n\
             country: {country}\nframework: {framework}\noccupation:\n  title: Welder\n  \
             isco: \"7212\"\nunits:\n  - id: U1\n    title: {unit}\n    level: 3\n    \
             esco_skills:\n      - {mag}\n    criteria:\n      - id: U1.1\n        \
             statement: {criterion}\n  - id: U2\n    title: Work safely\n    level: 3\n    \
             esco_skills:\n      - {safety}\n    criteria:\n      - id: U2.1\n        \
             statement: Protective equipment is worn.\n"
        )
    };
    std::fs::write(
        dir.path().join("left.yaml"),
        standard(
            "left-welder",
            "KG",
            "kg-nqf",
            "Semi-automatic welding of sheet",
            "Seams are laid along the joint.",
        ),
    )
    .unwrap();
    std::fs::write(
        dir.path().join("right.yaml"),
        standard(
            "right-welder",
            "AM",
            "am-nqf",
            "Gas-shielded metal joining",
            "Wire feed matches the plate.",
        ),
    )
    .unwrap();
    let (findings, report) = check_findings(&[dir.path().to_path_buf(), frameworks]);
    let errors: Vec<&String> = findings.iter().filter(|f| !f.starts_with("K205")).collect();
    assert!(errors.is_empty(), "{findings:#?}");
    let comparison = kasb::compare::compare(
        &report.graph,
        "left-welder",
        "right-welder",
        &Default::default(),
    )
    .unwrap();
    let welding = comparison
        .matches
        .iter()
        .find(|m| m.left == "left-welder/U1")
        .expect("the welding units match");
    assert_eq!(welding.right, "right-welder/U1");
    assert_eq!(
        welding.evidence[0].kind,
        kasb::compare::EvidenceKind::SharedReference
    );
    assert!(
        matches!(&welding.evidence[0].detail, kasb::compare::Detail::SharedEsco { uris } if uris.iter().any(|uri| uri == mag)),
        "{welding:#?}"
    );
    assert_eq!(comparison.coverage.left_units, 1.0);
}

#[test]
fn malformed_csv_is_reported_with_its_record() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("ISCOGroups.csv"),
        "ORIGINURI,ID,UUIDHISTORY,CODE,PREFERREDLABEL,ALTLABELS,DESCRIPTION\nu,k,h,7,Craft,,\nu,k,h,72\n",
    )
    .unwrap();
    let import = esco::import_dir(dir.path());
    let problem = import
        .problems
        .iter()
        .find(|p| p.severity == Severity::Error)
        .unwrap();
    assert_eq!(problem.location.line(), 3, "{problem}");
    assert!(esco::import_dir(&dir.path().join("missing")).count(Severity::Error) == 1);
}

fn standards() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../standards")
}

/// Imports `layout` with `isco`, writes it, and checks it together with `standards/`.
fn import_and_check_with_standards(layout: &str, isco: &esco::IscoGroups) -> Vec<String> {
    let import = esco::import_dir_with(&data(layout), isco);
    assert_eq!(import.count(Severity::Error), 0, "{:#?}", import.problems);
    let out = tempfile::tempdir().unwrap();
    import.write(out.path(), false).unwrap();
    let (findings, report) = check_findings(&[out.path().to_path_buf(), standards()]);
    assert_eq!(report.errors(), 0, "{findings:#?}");
    findings
}

#[test]
fn linked_to_the_reference_isco_08_the_import_checks_clean_beside_the_standards() {
    for layout in ["v1.1.1", "official"] {
        let import = esco::import_dir_with(&data(layout), &esco::IscoGroups::Reference);
        let ids: Vec<&str> = import.documents.iter().map(|d| d.document.id()).collect();
        assert!(!ids.contains(&"isco-08"), "{layout}: {ids:?}");
        let occupations = entries(&import, esco::OCCUPATIONS_ID);
        assert!(
            occupations.iter().any(|o| o
                .parent
                .as_deref()
                .is_some_and(|p| p.starts_with("isco-08/"))),
            "{layout}: no occupation links to the reference ISCO-08"
        );
        let findings = import_and_check_with_standards(layout, &esco::IscoGroups::Reference);
        assert!(findings.is_empty(), "{layout}: {findings:#?}");
    }
    // The old default, ESCO's groups written as `isco-08`, duplicates the reference.
    let import = esco::import_dir(&data("official"));
    let out = tempfile::tempdir().unwrap();
    import.write(out.path(), false).unwrap();
    let (findings, _) = check_findings(&[out.path().to_path_buf(), standards()]);
    assert!(
        findings.iter().any(|f| f.starts_with("K201")),
        "{findings:#?}"
    );
}

#[test]
fn esco_groups_under_their_own_id_do_not_clash_with_the_reference() {
    let own = esco::IscoGroups::Own("esco-isco-08".to_owned());
    let import = esco::import_dir_with(&data("official"), &own);
    assert_eq!(entries(&import, "esco-isco-08").len(), 12);
    assert!(
        entries(&import, esco::OCCUPATIONS_ID)
            .iter()
            .filter_map(|o| o.parent.as_deref())
            .filter(|p| p.contains('/'))
            .all(|p| p.starts_with("esco-isco-08/"))
    );
    let findings = import_and_check_with_standards("official", &own);
    assert!(findings.is_empty(), "{findings:#?}");
}

#[test]
fn an_own_id_outside_the_grammar_is_refused_before_anything_is_read() {
    let import = esco::import_dir_with(
        &data("official"),
        &esco::IscoGroups::Own("../isco".to_owned()),
    );
    assert!(import.documents.is_empty());
    assert_eq!(import.count(Severity::Error), 1, "{:#?}", import.problems);
    assert!(import.problems[0].message.contains("`../isco`"));
}
