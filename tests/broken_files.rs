//! Breaking a bundled file gives one error at the exact line and column of the break.

mod common;

use common::{check_dir, copy_of_standards, rendered, replace_first};

/// A bundled qualification, broken by some of the cases.
const QUALIFICATION: &str = "az/contact-centre-operator/qualification.yaml";

/// Asserts that the report holds exactly one error, of `code`, at `file:line:column`.
fn assert_single_error(report: &kasb::Report, code: &str, file_suffix: &str, at: (u32, u32)) {
    let errors: Vec<_> = report
        .diagnostics
        .iter()
        .filter(|d| d.severity == kasb::diagnostics::Severity::Error)
        .collect();
    assert_eq!(errors.len(), 1, "expected one error, got {errors:#?}");
    let error = errors[0];
    assert_eq!(error.rule.code, code, "{error}");
    assert!(
        error.location.file.ends_with(file_suffix),
        "error in {} instead of {file_suffix}",
        error.location.file.display()
    );
    assert_eq!(
        (error.location.line(), error.location.column()),
        at,
        "{error}"
    );
}

#[test]
fn the_bundled_standards_are_clean_before_they_are_broken() {
    let dir = copy_of_standards();
    let report = check_dir(dir.path());
    assert_eq!(report.errors(), 0, "{}", rendered(&report, dir.path()));
}

#[test]
fn a_syntax_error_is_located() {
    let dir = copy_of_standards();
    let file = dir.path().join("kg/welder/standard.yaml");
    let (line, _) = replace_first(&file, "framework: kg-nqf", "framework: kg-nqf: x");
    let report = check_dir(dir.path());
    // A `: ` inside unquoted text (K113), pointed at the text, column 12: quote it.
    assert_single_error(&report, "K113", "kg/welder/standard.yaml", (line, 12));
    insta::assert_snapshot!(rendered(&report, dir.path()));
}

#[test]
fn a_wrong_type_is_located() {
    let dir = copy_of_standards();
    let file = dir.path().join(QUALIFICATION);
    let (line, _) = replace_first(&file, "\nlevel: ", "\nlevel: three #");
    let report = check_dir(dir.path());
    // The match starts at the newline before `level: `; the value is on the next line, after
    // the seven characters of `level: `.
    assert_single_error(&report, "K102", QUALIFICATION, (line + 1, 8));
    insta::assert_snapshot!(rendered(&report, dir.path()));
}

#[test]
fn an_unknown_field_is_located_with_a_suggestion() {
    let dir = copy_of_standards();
    let file = dir.path().join("kg/welder/standard.yaml");
    let at = replace_first(&file, "framework: kg-nqf", "framwork: kg-nqf");
    let report = check_dir(dir.path());
    assert_single_error(&report, "K104", "kg/welder/standard.yaml", at);
    let help = report.diagnostics[0].help.as_deref().unwrap_or_default();
    assert_eq!(help, "did you mean `framework`?");
    insta::assert_snapshot!(rendered(&report, dir.path()));
}

#[test]
fn an_unquoted_code_is_refused_with_quote_it() {
    let dir = copy_of_standards();
    let file = dir.path().join("kg/welder/standard.yaml");
    let (line, column) = replace_first(&file, "isco: \"7212\"", "isco: 7212");
    let report = check_dir(dir.path());
    assert_single_error(
        &report,
        "K105",
        "kg/welder/standard.yaml",
        (line, column + 6),
    );
    assert!(
        report.diagnostics[0]
            .help
            .as_deref()
            .unwrap()
            .contains("quote it")
    );
    insta::assert_snapshot!(rendered(&report, dir.path()));
}

#[test]
fn a_dangling_reference_is_located_at_the_reference() {
    let dir = copy_of_standards();
    let file = dir.path().join(QUALIFICATION);
    let at = replace_first(
        &file,
        "- az-contact-centre-operator/CCO-01",
        "- az-contact-centre-operator/CCO-1",
    );
    let report = check_dir(dir.path());
    // The reference starts after `- `.
    assert_single_error(&report, "K202", QUALIFICATION, (at.0, at.1 + 2));
    let reference = "CCO-01";
    let help = report.diagnostics[0].help.as_deref().unwrap_or_default();
    assert!(help.contains(reference), "suggests the real unit: {help}");
    insta::assert_snapshot!(rendered(&report, dir.path()));
}

#[test]
fn a_duplicate_id_across_two_files_points_at_both() {
    let dir = copy_of_standards();
    let original = dir.path().join("kg/welder/standard.yaml");
    let copy = dir.path().join("kg/welder/standard-copy.yaml");
    std::fs::copy(&original, &copy).unwrap();
    let text = std::fs::read_to_string(&original).unwrap();
    let line = text.lines().position(|l| l.starts_with("id: ")).unwrap() as u32 + 1;
    let report = check_dir(dir.path());
    // `standard-copy.yaml` sorts first, so `standard.yaml` holds the second definition.
    assert_single_error(&report, "K201", "kg/welder/standard.yaml", (line, 5));
    let related = &report.diagnostics[0].related[0];
    assert!(
        related
            .location
            .file
            .ends_with("kg/welder/standard-copy.yaml")
    );
    assert_eq!(related.location.line(), line);
    insta::assert_snapshot!(rendered(&report, dir.path()));
}
