//! An ESCO of the official download's size (3,007 occupations, 13,939 skills, 124,599
//! occupation–skill relations), generated deterministically in the official layout, imports
//! into documents that `kasb check` accepts within its default limits.

use std::fmt::Write as _;
use std::path::Path;

use kasb_diagnostics::Severity;
use kasb_interchange::esco;
use kasb_model::Document;

const OCCUPATIONS: usize = 3_007;
const SKILLS: usize = 13_939;
const RELATIONS: usize = 124_599;

/// Occupations per thousand in each ISCO major group (0 to 9), about as ESCO has them: most
/// are professionals (2) and technicians (3).
const PER_MILLE: [usize; 10] = [3, 80, 350, 220, 40, 70, 30, 120, 65, 22];

/// A deterministic UUID-shaped id for the `n`th thing of a `kind`.
fn uuid(kind: u32, n: usize) -> String {
    format!("{kind:08x}-0000-4000-8000-{n:012x}")
}

/// `count` words of filler, different for each `seed`.
fn words(seed: usize, count: usize) -> String {
    const WORDS: [&str; 12] = [
        "apply",
        "welding",
        "procedures",
        "maintain",
        "equipment",
        "records",
        "analyse",
        "customer",
        "requirements",
        "safety",
        "materials",
        "software",
    ];
    (0..count)
        .map(|i| WORDS[(seed * 7 + i * 5) % WORDS.len()])
        .collect::<Vec<_>>()
        .join(" ")
}

fn csv_writer(path: &Path, header: &[&str]) -> csv::Writer<std::fs::File> {
    let mut writer = csv::Writer::from_path(path).unwrap();
    writer.write_record(header).unwrap();
    writer
}

/// ESCO's real ISCO groups (the v1.1.1 file) in the official columns; returns the unit groups
/// of each major group.
fn write_groups(dir: &Path) -> Vec<Vec<String>> {
    let source =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/data/esco/v1.1.1/ISCOGroups.csv");
    let mut reader = csv::Reader::from_path(source).unwrap();
    let mut writer = csv_writer(
        &dir.join("ISCOGroups_en.csv"),
        &[
            "conceptType",
            "conceptUri",
            "code",
            "preferredLabel",
            "altLabels",
            "inScheme",
            "description",
        ],
    );
    let mut units = vec![Vec::new(); 10];
    for record in reader.records() {
        let r = record.unwrap();
        let (uri, code, label, alt, description) = (&r[0], &r[3], &r[4], &r[5], &r[6]);
        writer
            .write_record(["ISCOGroup", uri, code, label, alt, "", description])
            .unwrap();
        if code.len() == 4 {
            units[usize::from(code.as_bytes()[0] - b'0')].push(code.to_owned());
        }
    }
    units
}

/// The occupations' URIs; codes spread over the unit groups as [`PER_MILLE`] says, with 11
/// alternative labels and a 45-word description each (ESCO v1.1.1 averages 10.9 and 297
/// characters).
fn write_occupations(dir: &Path, units: &[Vec<String>]) -> Vec<String> {
    let mut writer = csv_writer(
        &dir.join("occupations_en.csv"),
        &[
            "conceptType",
            "conceptUri",
            "iscoGroup",
            "preferredLabel",
            "altLabels",
            "hiddenLabels",
            "status",
            "modifiedDate",
            "regulatedProfessionNote",
            "scopeNote",
            "definition",
            "inScheme",
            "description",
            "code",
        ],
    );
    let mut uris = Vec::with_capacity(OCCUPATIONS);
    let mut per_unit = std::collections::HashMap::<&str, usize>::new();
    for n in 0..OCCUPATIONS {
        let mut slot = (n * 1_000) / OCCUPATIONS;
        let major = PER_MILLE
            .iter()
            .position(|share| {
                let inside = slot < *share;
                slot = slot.saturating_sub(*share);
                inside
            })
            .unwrap();
        let unit = &units[major][(n * 31) % units[major].len()];
        let count = per_unit.entry(unit).or_default();
        *count += 1;
        let code = format!("{unit}.{count}");
        let uri = format!("http://data.europa.eu/esco/occupation/{}", uuid(1, n));
        let alternatives: Vec<String> = (0..11)
            .map(|i| format!("{} {n}", words(n + i, 3)))
            .collect();
        let description = words(n, 45);
        let label = format!("occupation {n}");
        writer
            .write_record([
                "Occupation",
                &uri,
                unit,
                &label,
                &alternatives.join("\n"),
                "",
                "released",
                "",
                "",
                "",
                "",
                "",
                &description,
                &code,
            ])
            .unwrap();
        uris.push(uri);
    }
    uris
}

/// The skills' URIs; each with 6 alternative labels and a 40-word description, and every
/// skill type and reuse level in turn.
fn write_skills(dir: &Path) -> Vec<String> {
    let mut writer = csv_writer(
        &dir.join("skills_en.csv"),
        &[
            "conceptType",
            "conceptUri",
            "skillType",
            "reuseLevel",
            "preferredLabel",
            "altLabels",
            "hiddenLabels",
            "status",
            "modifiedDate",
            "scopeNote",
            "definition",
            "inScheme",
            "description",
        ],
    );
    let types = ["skill/competence", "knowledge", "language", "attitude"];
    let levels = [
        "sector-specific",
        "occupation-specific",
        "cross-sector",
        "transversal",
    ];
    (0..SKILLS)
        .map(|n| {
            let uri = format!("http://data.europa.eu/esco/skill/{}", uuid(2, n));
            let alternatives: Vec<String> = (0..6)
                .map(|i| format!("{} {n}", words(n * 3 + i, 4)))
                .collect();
            writer
                .write_record([
                    "KnowledgeSkillCompetence",
                    &uri,
                    types[n % types.len()],
                    levels[n % levels.len()],
                    &format!("skill {n}"),
                    &alternatives.join("\n"),
                    "",
                    "released",
                    "",
                    "",
                    "",
                    "",
                    &words(n, 40),
                ])
                .unwrap();
            uri
        })
        .collect()
}

/// [`RELATIONS`] distinct pairs: occupation `n` needs about 41 skills, a third of them optional.
fn write_relations(dir: &Path, occupations: &[String], skills: &[String]) {
    let mut writer = csv_writer(
        &dir.join("occupationSkillRelations_en.csv"),
        &["occupationUri", "relationType", "skillType", "skillUri"],
    );
    for r in 0..RELATIONS {
        let (occupation, j) = (r % OCCUPATIONS, r / OCCUPATIONS);
        // 104,729 is prime, so j ↦ skill is one-to-one for each occupation.
        let skill = (occupation * 7_919 + j * 104_729) % SKILLS;
        let need = if j % 3 == 2 { "optional" } else { "essential" };
        writer
            .write_record([&occupations[occupation], need, "knowledge", &skills[skill]])
            .unwrap();
    }
}

#[test]
fn a_full_size_esco_imports_into_documents_that_check_clean() {
    let input = tempfile::tempdir().unwrap();
    let units = write_groups(input.path());
    let occupations = write_occupations(input.path(), &units);
    let skills = write_skills(input.path());
    write_relations(input.path(), &occupations, &skills);

    let import = esco::import_dir_with(input.path(), &esco::IscoGroups::Reference);
    assert!(
        import.problems.is_empty(),
        "{:#?}",
        &import.problems[..import.problems.len().min(5)]
    );
    let crosswalks: Vec<_> = import
        .documents
        .iter()
        .filter_map(|d| match &d.document {
            Document::Crosswalk(c) => Some(c),
            _ => None,
        })
        .collect();
    let sizes: Vec<(&str, usize)> = crosswalks
        .iter()
        .map(|c| (c.id.as_str(), c.alignments.len()))
        .collect();
    assert_eq!(
        sizes.iter().map(|(_, n)| n).sum::<usize>(),
        RELATIONS,
        "{sizes:?}"
    );
    assert!(sizes.len() > 1, "{sizes:?}");
    assert!(
        sizes
            .iter()
            .all(|(_, n)| *n <= esco::MAX_ALIGNMENTS_PER_CROSSWALK),
        "{sizes:?}"
    );
    // Split along ISCO: major groups, and sub-major groups of the largest.
    assert!(
        sizes
            .iter()
            .any(|(id, _)| *id == "esco-occupation-skills-1"),
        "{sizes:?}"
    );
    assert!(
        sizes
            .iter()
            .any(|(id, _)| id.starts_with("esco-occupation-skills-2") && id.len() == 25),
        "{sizes:?}"
    );

    let out = tempfile::tempdir().unwrap();
    let written = import.write(out.path(), false).unwrap().written;
    for file in &written {
        let bytes = std::fs::metadata(file).unwrap().len();
        eprintln!(
            "{}: {bytes} bytes",
            file.file_name().unwrap().to_string_lossy()
        );
        // Within the 16 MiB a file may have. The skills, one document, are the largest
        // (about 12 MB here, whose records are longer than ESCO's on average).
        assert!(bytes < 16 << 20, "{}: {bytes}", file.display());
    }
    eprintln!("{sizes:?}");
    let report = kasb::check(&[out.path().to_path_buf()], &Default::default()).unwrap();
    let mut summary = String::new();
    for d in report
        .diagnostics
        .iter()
        .filter(|d| d.severity >= Severity::Warning)
        .take(10)
    {
        let _ = writeln!(summary, "{} {} {}", d.rule.code, d.location, d.message);
    }
    assert_eq!(
        report.errors() + report.count(Severity::Warning),
        0,
        "{summary}"
    );
    assert_eq!(report.files(), import.documents.len());
}
