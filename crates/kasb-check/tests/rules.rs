//! Every rule of the registry has a failing and a passing fixture under
//! `tests/fixtures/rules/<CODE>/{fail,pass}/` (beside the rules, in this crate), checked together
//! with the clean context in `tests/fixtures/rules/base/`. The failing fixture fires the rule
//! where the snapshot says (JSON and human output, `tests/snapshots/rules__<CODE>.snap`); the
//! passing one is its minimal fix and is clean.

use std::path::{Path, PathBuf};

use kasb_check::{Config, rules};
use kasb_diagnostics::{Data, Diagnostic, Severity};
use kasb_graph::StandardsGraph;
use kasb_i18n::{Lang, Messages, english};
use kasb_load::LoadError;
use kasb_render::{Colour, human, json};

/// What `kasb check` reports: the graph of everything that loaded and every diagnostic, sorted.
struct Report {
    graph: StandardsGraph,
    diagnostics: Vec<Diagnostic>,
}

impl Report {
    /// The repository's files: kasb's reference files are not counted.
    fn files(&self) -> usize {
        let files = self.graph.workspace().files();
        files.iter().filter(|file| !file.is_reference()).count()
    }

    fn count(&self, severity: Severity) -> usize {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == severity)
            .count()
    }
}

/// Load (with kasb's reference set), graph, rules and configuration, as `kasb check` runs them
/// (the facade's `kasb::check`, which this crate cannot depend on).
fn check(paths: &[PathBuf], config: &Config) -> Result<Report, LoadError> {
    let own = kasb_load::load(paths, &config.load_options())?;
    let (mut workspace, mut diagnostics) = kasb_check::reference::join(own, config)?;
    diagnostics.append(&mut workspace.diagnostics);
    let (graph, graph_diagnostics) = StandardsGraph::build(workspace);
    diagnostics.extend(graph_diagnostics);
    diagnostics.extend(kasb_check::run(&graph, config));
    let mut diagnostics = kasb_check::apply(config, graph.workspace(), diagnostics);
    Diagnostic::sort_all(&mut diagnostics);
    Ok(Report { graph, diagnostics })
}

/// This crate's directory: paths in snapshots are relative to it.
fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn fixtures() -> PathBuf {
    root().join("tests/fixtures/rules")
}

/// The day every fixture is checked on unless its `kasb.toml` names another (`[check] date`),
/// so that validity (K705) does not change with the calendar.
const FIXTURE_DATE: &str = "2026-06-01";

/// The configuration of a fixture directory: its `kasb.toml`, or the defaults; checked on
/// [`FIXTURE_DATE`] unless it says otherwise.
fn config_of(dir: &Path) -> Config {
    let file = dir.join("kasb.toml");
    let mut config = if file.is_file() {
        Config::read(&file).unwrap_or_else(|error| panic!("{error}"))
    } else {
        Config::default()
    };
    if config.check_date.is_none() {
        config.check_date = Some(FIXTURE_DATE.parse().unwrap());
    }
    config
}

/// Checks `dir` together with the base context, with `dir`'s configuration.
fn check_with_base(dir: &Path) -> Report {
    check(
        &[fixtures().join("base"), dir.to_path_buf()],
        &config_of(dir),
    )
    .unwrap_or_else(|error| panic!("{}: {error}", dir.display()))
}

/// Diagnostics as the human renderer shows them, with paths relative to the repository.
fn human_text(diagnostics: &[Diagnostic], report: &Report) -> String {
    let prefix = format!("{}/", root().display());
    human(diagnostics, report.graph.workspace(), Colour::Never).replace(&prefix, "")
}

/// Every diagnostic of a report, in one line each, for assertion messages.
fn listed(report: &Report) -> String {
    report
        .diagnostics
        .iter()
        .map(|d| format!("\n  {d}"))
        .collect()
}

#[test]
fn the_base_context_is_clean() {
    let report = check(&[fixtures().join("base")], &Config::default()).unwrap();
    assert!(report.diagnostics.is_empty(), "{}", listed(&report));
    assert_eq!(report.files(), 6);
}

#[test]
fn every_rule_fires_on_its_failing_fixture_and_not_on_its_passing_one() {
    let mut problems = Vec::new();
    let mut snapshots = Vec::new();
    for rule in rules::all() {
        let dir = fixtures().join(rule.code);
        let (fail, pass) = (dir.join("fail"), dir.join("pass"));
        if !fail.is_dir() || !pass.is_dir() {
            problems.push(format!(
                "{}: write tests/fixtures/rules/{}/fail/ and pass/",
                rule.code, rule.code
            ));
            continue;
        }

        let report = check_with_base(&fail);
        let fired: Vec<Diagnostic> = report
            .diagnostics
            .iter()
            .filter(|d| d.rule.code == rule.code)
            .cloned()
            .collect();
        if fired.is_empty() {
            problems.push(format!(
                "{}: the failing fixture does not fire it; it gives:{}",
                rule.code,
                listed(&report)
            ));
        } else {
            let text = format!(
                "{}\n{}",
                json(&fired, report.files(), root()),
                human_text(&fired, &report)
            );
            snapshots.push((rule.code, text));
        }

        let report = check_with_base(&pass);
        if !report.diagnostics.is_empty() {
            problems.push(format!(
                "{}: the passing fixture is not clean ({} of the rule, {} errors):{}",
                rule.code,
                report
                    .diagnostics
                    .iter()
                    .filter(|d| d.rule.code == rule.code)
                    .count(),
                report.count(Severity::Error),
                listed(&report)
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    for (code, text) in snapshots {
        insta::assert_snapshot!(code, text);
    }
}

#[test]
fn a_rule_off_by_default_is_silent_on_its_failing_fixture_without_configuration() {
    for rule in rules::OFF_BY_DEFAULT {
        let fail = fixtures().join(rule.code).join("fail");
        let mut config = Config::default();
        config.check_date = Some(FIXTURE_DATE.parse().unwrap());
        let report = check(&[fixtures().join("base"), fail], &config).unwrap();
        assert!(
            report.diagnostics.iter().all(|d| d.rule.code != rule.code),
            "{} runs unconfigured:{}",
            rule.code,
            listed(&report)
        );
    }
    assert!(!rules::OFF_BY_DEFAULT.is_empty());
}

/// The codes a qualification with `approval` gets from the rules, checked on `check_date`.
fn validity_codes(approval: &str, check_date: &str) -> Vec<&'static str> {
    let qualification = format!(
        "kind: Qualification\nformat: 1\nid: q\ntitle: Q\nlanguage: en\ncountry: KG\n\
         framework: fx-nqf\nlevel: 3\ncore: [fx-std/U1]\napproval: {approval}\n"
    );
    let base = ["eqf.yaml", "fx-nqf.yaml", "standard.yaml"].map(|name| {
        let path = fixtures().join("base").join(name);
        let text = std::fs::read_to_string(&path).unwrap();
        (path, text)
    });
    let sources = base
        .into_iter()
        .chain([(PathBuf::from("q.yaml"), qualification)]);
    let mut config = Config::default();
    config.check_date = Some(check_date.parse().unwrap());
    let workspace = kasb_load::load_sources(sources, &config.load_options()).unwrap();
    assert!(
        workspace.diagnostics.is_empty(),
        "{:?}",
        workspace.diagnostics
    );
    let (graph, diagnostics) = StandardsGraph::build(workspace);
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    let diagnostics =
        kasb_check::apply(&config, graph.workspace(), kasb_check::run(&graph, &config));
    diagnostics
        .iter()
        .map(|d| d.rule.code)
        .filter(|code| code.starts_with("K70"))
        .collect()
}

#[test]
fn validity_compares_days_of_the_calendar() {
    // One day apart across a leap day's month end: reversed, then in order.
    let reversed = "{valid_from: \"2024-03-01\", valid_to: \"2024-02-29\"}";
    assert_eq!(validity_codes(reversed, "2024-01-01"), ["K703"]);
    // Reversed validity is the one mistake told, even once both days have passed.
    assert_eq!(validity_codes(reversed, "2030-01-01"), ["K703"]);
    let in_order = "{valid_from: \"2024-02-29\", valid_to: \"2024-03-01\"}";
    assert!(validity_codes(in_order, "2024-01-01").is_empty());
    // `valid_to` is the last day in force: expired only the day after.
    assert!(validity_codes(in_order, "2024-03-01").is_empty());
    assert_eq!(validity_codes(in_order, "2024-03-02"), ["K705"]);
    let one_day = "{valid_from: \"2024-12-31\", valid_to: \"2024-12-31\"}";
    assert!(validity_codes(one_day, "2024-12-31").is_empty());
    assert_eq!(validity_codes(one_day, "2025-01-01"), ["K705"]);
}

#[test]
fn no_fixture_names_a_rule_that_does_not_exist() {
    for entry in std::fs::read_dir(fixtures()).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        assert!(
            name == "base" || rules::find(&name).is_some_and(|r| r.code == name),
            "tests/fixtures/rules/{name} is not a rule code"
        );
    }
}

#[test]
fn every_rule_is_explained_with_an_example_or_a_fix() {
    for rule in rules::all() {
        assert!(
            rule.explanation.contains("Failing") || rule.explanation.contains("Fix"),
            "{} has no failing example and no fix in its explanation",
            rule.code
        );
        assert!(!rule.summary.is_empty(), "{} has no summary", rule.code);
    }
}

/// The JSON report of the bundled standards, the base context and every failing fixture,
/// checked on a pool of `threads` threads.
fn json_with_threads(threads: usize) -> String {
    let mut paths = vec![root().join("../../standards"), fixtures().join("base")];
    for rule in rules::all() {
        paths.push(fixtures().join(rule.code).join("fail"));
    }
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .unwrap();
    let report = pool.install(|| check(&paths, &Config::default()).unwrap());
    json(&report.diagnostics, report.files(), root())
}

#[test]
fn the_output_is_the_same_with_one_thread_and_with_four() {
    let one = json_with_threads(1);
    let four = json_with_threads(4);
    assert!(
        one.contains("\"code\": \"K100\""),
        "the fixtures were checked"
    );
    assert_eq!(one, four);
}

/// The K202 of its failing fixture: a unit reference `fx-std/U9` that names nothing.
fn unresolved_reference() -> (Report, Diagnostic) {
    let report = check_with_base(&fixtures().join("K202/fail"));
    let found = report
        .diagnostics
        .iter()
        .find(|d| d.rule.code == "K202")
        .cloned()
        .expect("the failing fixture fires K202");
    (report, found)
}

#[test]
fn an_unresolved_reference_carries_the_reference_and_the_expected_kinds_as_data() {
    let (_, diagnostic) = unresolved_reference();
    let Data::UnresolvedReference {
        reference,
        expected,
    } = &diagnostic.data
    else {
        panic!("K202 without its data: {:?}", diagnostic.data);
    };
    assert_eq!(reference, "fx-std/U9");
    assert_eq!(expected, &["unit"]);
}

#[test]
fn the_json_report_holds_the_data() {
    let (report, diagnostic) = unresolved_reference();
    let text = json(&[diagnostic], report.files(), root());
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    let data = &value["diagnostics"][0]["data"];
    assert_eq!(data["kind"], "unresolved_reference");
    assert_eq!(data["reference"], "fx-std/U9");
    assert_eq!(data["expected"], serde_json::json!(["unit"]));
}

/// Every file `kNNN_<name>.rs` of the three `src/rules/` directories is in the registry under
/// its code and name, so a rule file left out of its `mod.rs` list cannot go unnoticed.
#[test]
fn every_rule_file_is_in_the_registry() {
    let mut files = 0;
    for krate in ["kasb-load", "kasb-graph", "kasb-check"] {
        let dir = root().join("..").join(krate).join("src/rules");
        for entry in std::fs::read_dir(&dir).unwrap() {
            let file = entry.unwrap().file_name().to_string_lossy().into_owned();
            let Some((code, name)) = file.strip_suffix(".rs").and_then(|s| s.split_once('_'))
            else {
                continue;
            };
            let rule = rules::find(&code.to_uppercase());
            assert_eq!(
                rule.map(|rule| rule.name.replace('-', "_")),
                Some(name.to_owned()),
                "{krate}/src/rules/{file} is not in the registry: add it to its mod.rs"
            );
            files += 1;
        }
    }
    assert_eq!(files, rules::all().len(), "one file per rule");
}

#[test]
fn an_unknown_kind_carries_the_kind_written_and_the_kinds_known_as_data() {
    let report = check_with_base(&fixtures().join("K107/fail"));
    let diagnostic = report
        .diagnostics
        .iter()
        .find(|d| d.rule.code == "K107")
        .expect("the failing fixture fires K107");
    let Data::UnknownKind { value, known } = &diagnostic.data else {
        panic!("K107 without its data: {:?}", diagnostic.data);
    };
    assert_eq!(value.as_deref(), Some("Qualifcation"));
    assert!(known.contains(&"Qualification"));
}

/// The rules whose messages are still English only (`Diagnostic::text` is `None`): each rule
/// leaves this list when its messages move to `locales/*/diagnostics.ftl`, and the test below
/// fails if a rule on it is translated or one off it is not.
const ENGLISH_ONLY: &[&str] = &[];

/// Whether `text` is said in Russian by a Russian message of its own, not by English.
fn russian_problem(russian: &Messages, text: &kasb_diagnostics::Message) -> Option<String> {
    if !russian.has(text.id) {
        return Some(format!("`{}` has no Russian message", text.id));
    }
    let said = russian.message(text);
    let unchanged = said == english(text);
    (unchanged || said.contains(&format!("{{{}}}", text.id)))
        .then(|| format!("`{}` is not said in Russian: {said}", text.id))
}

#[test]
fn every_translated_rule_is_said_in_russian_on_its_failing_fixture() {
    let russian = Messages::of(Lang::parse("ru").expect("Russian is built in"));
    let mut problems = Vec::new();
    let mut snapshots = Vec::new();
    for rule in rules::all() {
        let fail = fixtures().join(rule.code).join("fail");
        if !fail.is_dir() {
            continue;
        }
        let report = check_with_base(&fail);
        let fired: Vec<&Diagnostic> = report
            .diagnostics
            .iter()
            .filter(|d| d.rule.code == rule.code)
            .collect();
        for diagnostic in &fired {
            let related = diagnostic.related.iter().filter_map(|r| r.text.as_ref());
            let texts = diagnostic
                .text
                .iter()
                .chain(&diagnostic.help_text)
                .chain(related);
            problems.extend(texts.filter_map(|text| russian_problem(russian, text)));
            if diagnostic.text.is_some() == ENGLISH_ONLY.contains(&rule.code) {
                problems.push(format!("{}: move it on or off ENGLISH_ONLY", rule.code));
            }
        }
        if !ENGLISH_ONLY.contains(&rule.code) {
            let said: Vec<Diagnostic> = fired.iter().map(|d| russian.localize(d)).collect();
            snapshots.push((rule.code, human_text(&said, &report)));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert!(!snapshots.is_empty());
    for (code, text) in snapshots {
        insta::assert_snapshot!(format!("{code}-ru"), text);
    }
}
