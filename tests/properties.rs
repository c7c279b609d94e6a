//! Properties (proptest):
//!
//! - any `OccupationalStandard` or `Qualification` value → YAML (`serde_saphyr::to_string`) →
//!   the same value, read back both by plain `serde_saphyr::from_str` and by kasb's own loader
//!   (`kasb::load::load_str`, which refuses unquoted numbers and booleans where text is due, so
//!   the writer must quote `0110`, `NO`, `1e3`, `~` and the like);
//! - the diagnostics of a generated corpus with broken references are identical with 1 and with
//!   4 threads.

use kasb::load::{LoadOptions, load_str};
use kasb::model::{
    Approval, Criterion, Date, Document, ElectiveGroup, Element, FormatVersion,
    GeneralisedFunction, NationalCode, Occupation, OccupationalStandard, Qualification, Statement,
    Status, Text, Unit,
};
use kasb::{CheckOptions, check};
use proptest::collection::{btree_map, vec};
use proptest::option;
use proptest::prelude::*;

/// Strings that stress a YAML writer: plain words, YAML 1.1 / 1.2 look-alikes of numbers,
/// booleans and null, indicators, whitespace at the ends, and any characters at all.
fn text_string() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => "[A-Za-z][A-Za-z0-9 ,.()-]{0,30}",
        2 => prop::sample::select(vec![
            "0110", "NO", "no", "Yes", "on", "OFF", "y", "n", "1e3", ".inf", "-.INF", ".nan",
            "null", "Null", "~", "", " ", "1.10", "0x1F", "0o17", "1_000", "+1", "12:30",
            "2024-01-01", "true", "- item", "key: value", "#comment", "&anchor", "*alias",
            "!tag", "|", ">", "'", "\"", "%YAML", "@", "`", "---", "...", "? q", "[a]", "{a: b}",
        ])
        .prop_map(str::to_owned),
        2 => "\\PC{0,20}",
        1 => vec(any::<char>(), 0..12).prop_map(String::from_iter),
        1 => "[ \\t\\n]{0,3}[a-z]{1,5}[ \\t\\n]{0,3}",
    ]
}

/// Ids and codes: what people write, and numbers that must stay text.
fn id() -> impl Strategy<Value = String> {
    prop_oneof!["[A-Za-z][A-Za-z0-9./-]{0,12}", "[0-9]{1,5}", text_string(),]
}

fn text() -> impl Strategy<Value = Text> {
    prop_oneof![
        text_string().prop_map(Text::Plain),
        btree_map("[a-z]{2}(-[A-Z][a-z]{3})?", text_string(), 0..4)
            .prop_map(|map| Text::Translations(map.into_iter().collect())),
    ]
}

fn texts() -> impl Strategy<Value = Vec<Text>> {
    vec(text(), 0..3)
}

fn ids() -> impl Strategy<Value = Vec<String>> {
    vec(id(), 0..3)
}

fn status() -> impl Strategy<Value = Status> {
    prop::sample::select(vec![
        Status::Draft,
        Status::Approved,
        Status::Superseded,
        Status::Withdrawn,
    ])
}

fn date() -> impl Strategy<Value = Date> {
    (1u16..=9999, 1u8..=12, 1u8..=31)
        .prop_filter_map("a day of the calendar", |(year, month, day)| {
            Date::new(year, month, day).ok()
        })
}

fn national_code() -> impl Strategy<Value = NationalCode> {
    (id(), id(), option::of(text())).prop_map(|(scheme, code, title)| NationalCode {
        scheme,
        code,
        title,
    })
}

fn approval() -> impl Strategy<Value = Approval> {
    (
        texts(),
        option::of(text()),
        option::of(id()),
        option::of(id()),
        option::of(date()),
        option::of(date()),
        option::of(date()),
    )
        .prop_map(
            |(
                developed_by,
                approved_by,
                registration_number,
                order_number,
                approved_on,
                valid_from,
                valid_to,
            )| Approval {
                developed_by,
                approved_by,
                registration_number,
                order_number,
                approved_on,
                valid_from,
                valid_to,
            },
        )
}

fn statement() -> impl Strategy<Value = Statement> {
    (id(), text(), ids()).prop_map(|(id, statement, esco_skills)| Statement {
        id,
        statement,
        esco_skills,
    })
}

fn criterion() -> impl Strategy<Value = Criterion> {
    (id(), text(), ids()).prop_map(|(id, statement, esco_skills)| Criterion {
        id,
        statement,
        esco_skills,
    })
}

fn element() -> impl Strategy<Value = Element> {
    (id(), text(), vec(criterion(), 0..3)).prop_map(|(id, title, criteria)| Element {
        id,
        title,
        criteria,
    })
}

fn unit() -> impl Strategy<Value = Unit> {
    (
        (
            id(),
            text(),
            option::of(any::<u8>()),
            option::of(id()),
            option::of(text()),
        ),
        (
            vec(element(), 0..3),
            vec(criterion(), 0..2),
            vec(statement(), 0..2),
            vec(statement(), 0..2),
            ids(),
            ids(),
            option::of(text()),
        ),
    )
        .prop_map(
            |(
                (id, title, level, function, description),
                (
                    elements,
                    criteria,
                    knowledge,
                    skills,
                    prerequisites,
                    esco_skills,
                    other_characteristics,
                ),
            )| Unit {
                id,
                title,
                level,
                function,
                description,
                elements,
                criteria,
                knowledge,
                skills,
                prerequisites,
                esco_skills,
                other_characteristics,
            },
        )
}

fn function() -> impl Strategy<Value = GeneralisedFunction> {
    (
        id(),
        text(),
        any::<u8>(),
        texts(),
        texts(),
        texts(),
        texts(),
        vec(national_code(), 0..2),
        option::of(text()),
    )
        .prop_map(
            |(
                id,
                title,
                level,
                job_titles,
                education,
                experience,
                special_conditions,
                national_codes,
                other_characteristics,
            )| {
                GeneralisedFunction {
                    id,
                    title,
                    level,
                    job_titles,
                    education,
                    experience,
                    special_conditions,
                    national_codes,
                    other_characteristics,
                }
            },
        )
}

fn occupation() -> impl Strategy<Value = Occupation> {
    (
        text(),
        option::of(id()),
        ids(),
        vec(national_code(), 0..2),
        texts(),
    )
        .prop_map(
            |(title, isco, esco, national_codes, job_titles)| Occupation {
                title,
                isco,
                esco,
                national_codes,
                job_titles,
            },
        )
}

fn standard() -> impl Strategy<Value = OccupationalStandard> {
    (
        (
            id(),
            option::of(id()),
            text(),
            id(),
            id(),
            occupation(),
            id(),
        ),
        (
            option::of(text()),
            option::of(id()),
            status(),
            option::of(approval()),
            option::of(id()),
            vec(function(), 0..2),
            vec(unit(), 0..3),
        ),
    )
        .prop_map(
            |(
                (id, version, title, language, country, occupation, framework),
                (purpose, activity_code, status, approval, replaced_by, functions, units),
            )| OccupationalStandard {
                kind: Default::default(),
                format: FormatVersion::CURRENT,
                id,
                version,
                title,
                language,
                country,
                occupation,
                framework,
                purpose,
                activity_code,
                status,
                approval,
                replaced_by,
                functions,
                units,
            },
        )
}

fn elective_group() -> impl Strategy<Value = ElectiveGroup> {
    (id(), option::of(text()), any::<u32>(), ids()).prop_map(|(id, title, choose, units)| {
        ElectiveGroup {
            id,
            title,
            choose,
            units,
        }
    })
}

fn qualification() -> impl Strategy<Value = Qualification> {
    (
        (
            id(),
            text(),
            id(),
            id(),
            id(),
            any::<u8>(),
            option::of(id()),
            ids(),
            ids(),
        ),
        (
            vec(elective_group(), 0..3),
            texts(),
            option::of(text()),
            option::of(any::<u32>()),
            status(),
            option::of(approval()),
            option::of(id()),
        ),
    )
        .prop_map(
            |(
                (id, title, language, country, framework, level, isco, derived_from, core),
                (
                    electives,
                    entry_requirements,
                    awarding_body,
                    volume_hours,
                    status,
                    approval,
                    replaced_by,
                ),
            )| Qualification {
                kind: Default::default(),
                format: FormatVersion::CURRENT,
                id,
                title,
                language,
                country,
                framework,
                level,
                isco,
                derived_from,
                core,
                electives,
                entry_requirements,
                awarding_body,
                volume_hours,
                status,
                approval,
                replaced_by,
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn a_standard_survives_yaml(standard in standard()) {
        let yaml = serde_saphyr::to_string(&standard).expect("serialises");
        let plain: OccupationalStandard = serde_saphyr::from_str(&yaml)
            .unwrap_or_else(|error| panic!("{error}\n{yaml}"));
        prop_assert_eq!(&plain, &standard, "plain serde, YAML:\n{}", yaml);
        let loaded = load_str("standard.yaml", &yaml, &LoadOptions::default())
            .unwrap_or_else(|errors| panic!("{errors:#?}\n{yaml}"));
        prop_assert_eq!(loaded, Document::OccupationalStandard(standard), "kasb, YAML:\n{}", yaml);
    }

    #[test]
    fn a_qualification_survives_yaml(qualification in qualification()) {
        let yaml = serde_saphyr::to_string(&qualification).expect("serialises");
        let plain: Qualification = serde_saphyr::from_str(&yaml)
            .unwrap_or_else(|error| panic!("{error}\n{yaml}"));
        prop_assert_eq!(&plain, &qualification, "plain serde, YAML:\n{}", yaml);
        let loaded = load_str("qualification.yaml", &yaml, &LoadOptions::default())
            .unwrap_or_else(|errors| panic!("{errors:#?}\n{yaml}"));
        prop_assert_eq!(loaded, Document::Qualification(qualification), "kasb, YAML:\n{}", yaml);
    }
}

fn diagnostics_with(threads: usize, dir: &std::path::Path) -> String {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .unwrap();
    let report = pool
        .install(|| check(&[dir.to_path_buf()], &CheckOptions::default()))
        .unwrap();
    kasb::render::json(&report.diagnostics, report.files(), dir)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(12))]

    #[test]
    fn diagnostics_do_not_depend_on_the_thread_count(
        seed in any::<u64>(),
        standards in 8usize..40,
        broken_per_mille in 10u32..150,
    ) {
        let corpus = kasb_bench::generate(&kasb_bench::CorpusOptions {
            standards,
            seed,
            broken_per_mille,
        });
        let dir = tempfile::tempdir().unwrap();
        corpus.write_to(dir.path()).unwrap();
        let one = diagnostics_with(1, dir.path());
        let many = diagnostics_with(4, dir.path());
        prop_assert!(corpus.broken_references == 0 || one.contains("K202"));
        prop_assert_eq!(one, many);
    }
}
