//! The bundled standards load clean, meet the content bar set for them, and the graph answers
//! its queries on them.

mod common;

use kasb::graph::{Inclusion, NodeKind};
use kasb::model::Document;
use kasb::{CheckOptions, Report, check};

fn bundled() -> Report {
    let report = check(&[common::standards()], &CheckOptions::default()).unwrap();
    assert_eq!(report.errors(), 0, "{:#?}", report.diagnostics);
    report
}

fn countries_of(report: &Report, isco: &str) -> Vec<String> {
    let mut countries: Vec<String> = report
        .graph
        .standards_for_isco(isco)
        .into_iter()
        .filter_map(|node| match report.graph.document_of(node) {
            Document::OccupationalStandard(standard) => Some(standard.country.clone()),
            _ => None,
        })
        .collect();
    countries.sort();
    countries.dedup();
    countries
}

#[test]
fn every_country_has_a_framework_referenced_to_the_eqf() {
    let report = bundled();
    let graph = &report.graph;
    assert_eq!(graph.descendants("eqf", NodeKind::Level).unwrap().len(), 8);
    for country in ["kg", "am", "tj", "ru", "az", "kz", "uz"] {
        let id = format!("{country}-nqf");
        let levels = graph.descendants(&id, NodeKind::Level).unwrap();
        assert!(levels.len() >= 8, "{id} has {} levels", levels.len());
        let mut previous = 0;
        for level in levels {
            let eqf = graph
                .eqf_level(&level.id)
                .unwrap()
                .unwrap_or_else(|| panic!("{} has no EQF level", level.id));
            assert!(eqf >= previous, "{} goes down to EQF {eqf}", level.id);
            previous = eqf;
        }
    }
    assert_eq!(
        graph.descendants("ru-nqf", NodeKind::Level).unwrap().len(),
        9
    );
}

#[test]
fn isco_08_has_every_group() {
    let report = bundled();
    let entries = report
        .graph
        .descendants("isco-08", NodeKind::ClassificationEntry)
        .unwrap();
    assert_eq!(entries.len(), 619);
    let unit_groups = entries
        .iter()
        .filter(|entry| entry.local_id().len() == 4)
        .count();
    assert_eq!(unit_groups, 436);
    assert_eq!(
        report
            .graph
            .label(report.graph.node("isco-08/7212").unwrap())
            .any(),
        "Welders and Flame Cutters"
    );
}

#[test]
fn isco_88_and_its_correspondence_to_isco_08_resolve() {
    let report = bundled();
    let entries = report
        .graph
        .descendants("isco-88", NodeKind::ClassificationEntry)
        .unwrap();
    assert_eq!(entries.len(), 544);
    // Every one of the 502 alignments became an edge from an ISCO-88 to an ISCO-08 unit group.
    let aligned = report
        .graph
        .links()
        .filter(|link| {
            link.from().id.starts_with("isco-88/") && link.to().id.starts_with("isco-08/")
        })
        .count();
    assert_eq!(aligned, 502);
    assert!(
        report
            .graph
            .links_from(report.graph.index("isco-88/7212").unwrap())
            .any(|link| link.to().id == "isco-08/7212")
    );
}

#[test]
fn welders_are_standardised_in_four_countries_and_services_in_azerbaijan() {
    let report = bundled();
    let welders = countries_of(&report, "7212");
    assert!(welders.len() >= 4, "welder standards in {welders:?}");
    let contact_centre = countries_of(&report, "4222");
    assert!(
        contact_centre.contains(&"AZ".to_owned()) && contact_centre.len() >= 2,
        "{contact_centre:?}"
    );
    for id in ["az-iptv-installer", "az-front-office-sales"] {
        assert!(report.graph.node(id).is_some(), "{id} is bundled");
    }
}

#[test]
fn every_standard_meets_the_content_bar() {
    let report = bundled();
    let graph = &report.graph;
    for node in graph
        .documents()
        .filter(|node| node.kind == NodeKind::Standard)
    {
        let Document::OccupationalStandard(standard) = graph.document_of(node) else {
            unreachable!()
        };
        assert!(
            standard.units.len() >= 4,
            "{} has {} units",
            standard.id,
            standard.units.len()
        );
        let languages: Vec<&str> = standard
            .title
            .entries(&standard.language)
            .map(|(tag, _)| tag)
            .collect();
        assert!(
            languages.len() >= 2,
            "{} is titled in {languages:?} only",
            standard.id
        );
        for unit in &standard.units {
            assert!(
                !unit.knowledge.is_empty() && !unit.skills.is_empty(),
                "{}/{} lacks knowledge or skills",
                standard.id,
                unit.id
            );
            if standard.functions.is_empty() {
                assert!(
                    unit.elements.len() >= 3,
                    "{}/{} has {} elements",
                    standard.id,
                    unit.id,
                    unit.elements.len()
                );
                for element in &unit.elements {
                    assert!(
                        element.criteria.len() >= 2,
                        "{}/{} has {} criteria",
                        standard.id,
                        element.id,
                        element.criteria.len()
                    );
                }
            } else {
                // The Russian shape: labour actions are the unit's own criteria.
                assert!(
                    unit.criteria.len() + unit.elements.len() >= 2,
                    "{}/{}",
                    standard.id,
                    unit.id
                );
            }
        }
    }
}

#[test]
fn every_qualification_is_fully_assessed() {
    let report = bundled();
    let graph = &report.graph;
    let qualifications: Vec<_> = graph
        .documents()
        .filter(|node| node.kind == NodeKind::Qualification)
        .collect();
    assert!(qualifications.len() >= 5);
    for qualification in qualifications {
        let units = graph.units_of_qualification(&qualification.id).unwrap();
        assert!(
            units
                .iter()
                .any(|(_, inclusion)| *inclusion == Inclusion::Core),
            "{}",
            qualification.id
        );
        let assessed = graph.documents().any(|node| {
            node.kind == NodeKind::AssessmentTool
                && matches!(graph.document_of(node), Document::AssessmentTool(tool) if tool.qualification.as_deref() == Some(&qualification.id))
        });
        if assessed {
            let uncovered: Vec<_> = graph
                .uncovered_criteria(&qualification.id)
                .unwrap()
                .iter()
                .map(|n| n.id.clone())
                .collect();
            assert!(
                uncovered.is_empty(),
                "{}: no task covers {uncovered:?}",
                qualification.id
            );
        }
    }
}

#[test]
fn crosswalks_and_a_programme_are_bundled() {
    let report = bundled();
    let graph = &report.graph;
    assert!(
        graph
            .documents()
            .any(|node| node.kind == NodeKind::Programme)
    );
    let crosswalk = graph
        .documents()
        .find(|node| node.kind == NodeKind::Crosswalk)
        .expect("a crosswalk");
    let Document::Crosswalk(crosswalk) = graph.document_of(crosswalk) else {
        unreachable!()
    };
    assert!(!crosswalk.alignments.is_empty());
    let first = &crosswalk.alignments[0];
    let source = if first.source.contains('/') {
        first.source.clone()
    } else {
        format!("{}/{}", crosswalk.source, first.source)
    };
    assert!(
        !graph.alignments_of(&source).unwrap().is_empty(),
        "{source} is aligned in the graph"
    );
}

#[test]
fn queries_say_when_an_id_names_nothing_or_something_else() {
    let report = bundled();
    let graph = &report.graph;
    let unknown = graph.units_of("no-such").unwrap_err();
    assert_eq!(
        unknown.to_string(),
        "no document or item has the id `no-such`"
    );
    let framework = graph.units_of("kg-nqf").unwrap_err();
    assert_eq!(
        framework.to_string(),
        "`kg-nqf` is a level framework, but an occupational standard is expected"
    );
    assert!(graph.units_of_qualification("kg-welder").is_err());
    assert!(graph.tasks_covering("kg-welder").is_err());
    assert!(graph.level_of("kg-nqf/4").is_err());
    assert!(graph.alignments_of("no-such").is_err());
    assert!(graph.descendants("no-such", NodeKind::Unit).is_err());
    assert_eq!(
        graph.eqf_level("kg-nqf").unwrap_err().to_string(),
        "`kg-nqf` is a level framework, but a level, a unit, a function or a qualification is expected"
    );
}

#[test]
fn tasks_cover_criteria_through_the_graph() {
    let report = bundled();
    let graph = &report.graph;
    let criteria = graph.criteria_of("kg-welder").unwrap();
    assert!(criteria.len() >= 24);
    let covered = criteria
        .iter()
        .filter(|criterion| !graph.tasks_covering(&criterion.id).unwrap().is_empty())
        .count();
    assert!(covered > 0);
    let unit = &graph.units_of("kg-welder").unwrap()[0];
    assert!(
        graph.level_of(&unit.id).unwrap().is_some(),
        "units sit at a level of kg-nqf"
    );
}
