//! `kasb report` as a user runs it: every report and format, the language from `--lang` or the
//! locale, unknown ids, `--output`, and hostile texts kept inert in every format.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn kasb(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_kasb"));
    command.args(args).env("NO_COLOR", "1");
    for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        command.env_remove(name);
    }
    command.envs(env.iter().copied());
    command.output().expect("kasb runs")
}

fn standards() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../standards")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn every_report_in_every_format() {
    let root = standards();
    let root = root.to_str().unwrap();
    let runs: [(&str, &str, &[&str]); 3] = [
        (
            "assessment",
            "kg-welder-q3",
            &["html", "markdown", "csv", "json"],
        ),
        ("standard", "kg-welder", &["html", "markdown"]),
        ("qualification", "kg-welder-q3", &["html", "markdown"]),
    ];
    for (report, id, formats) in runs {
        for format in formats {
            let output = kasb(
                &["report", report, id, "--in", root, "--format", format],
                &[],
            );
            assert_eq!(
                output.status.code(),
                Some(0),
                "{report} {format}: {}",
                stderr(&output)
            );
            assert!(stdout(&output).contains("WLD-01"), "{report} {format}");
        }
    }
    // A document report has no CSV: clap refuses it before anything is read.
    let csv = kasb(
        &[
            "report",
            "standard",
            "kg-welder",
            "--in",
            root,
            "--format",
            "csv",
        ],
        &[],
    );
    assert_eq!(csv.status.code(), Some(2));
}

#[test]
fn the_language_comes_from_the_flag_then_the_locale() {
    let root = standards();
    let root = root.to_str().unwrap();
    let args = ["report", "standard", "kg-welder", "--in", root];
    let heading = |output: &Output| stdout(output).lines().next().unwrap_or_default().to_owned();
    let english = "# Occupational standard: Welder (manual arc and semi-automatic welding)";
    let russian =
        "# Профессиональный стандарт «Сварщик (ручной дуговой и полуавтоматической сварки)»";
    assert_eq!(heading(&kasb(&args, &[])), english);
    assert_eq!(heading(&kasb(&args, &[("LANG", "ru_RU.UTF-8")])), russian);
    assert_eq!(
        heading(&kasb(
            &args,
            &[("LC_MESSAGES", "ru_RU.UTF-8"), ("LANG", "en_US")]
        )),
        russian
    );
    assert_eq!(
        heading(&kasb(
            &args,
            &[("LC_ALL", "en_US.UTF-8"), ("LANG", "ru_RU")]
        )),
        english
    );
    let mut flagged = args.to_vec();
    flagged.extend(["--lang", "en"]);
    assert_eq!(
        heading(&kasb(&flagged, &[("LANG", "ru_RU.UTF-8")])),
        english
    );
    let unknown = kasb(&[&args[..], &["--lang", "de"]].concat(), &[]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(
        stderr(&unknown).contains("it has en, ru"),
        "{}",
        stderr(&unknown)
    );
}

#[test]
fn an_unknown_id_exits_2_with_a_suggestion() {
    let root = standards();
    let output = kasb(
        &[
            "report",
            "assessment",
            "kg-welder-q4",
            "--in",
            root.to_str().unwrap(),
        ],
        &[],
    );
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        stderr(&output).trim(),
        "error: no qualification has the id `kg-welder-q4`; did you mean `kg-welder-q3`?"
    );
    assert!(stdout(&output).is_empty());
}

#[test]
fn an_unknown_id_is_said_in_the_chosen_language() {
    let root = standards();
    let root = root.to_str().unwrap();
    let output = kasb(
        &[
            "report", "standard", "kg-weldr", "--in", root, "--lang", "ru",
        ],
        &[],
    );
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        stderr(&output).trim(),
        "error: нет профессионального стандарта с идентификатором `kg-weldr`; возможно, \
имелся в виду `kg-welder`?"
    );
    let output = kasb(
        &["report", "qualification", "nothing-like-it", "--in", root],
        &[("LANG", "ru_RU.UTF-8")],
    );
    assert_eq!(
        stderr(&output).trim(),
        "error: нет квалификации с идентификатором `nothing-like-it`"
    );
}

#[test]
fn output_writes_a_file_and_never_over_an_input() {
    let dir = tempfile::tempdir().unwrap();
    copy_welder(dir.path());
    let root = dir.path().to_str().unwrap();
    let out = dir.path().join("matrix.csv");
    let args = [
        "report",
        "assessment",
        "kg-welder-q3",
        "--in",
        root,
        "--format",
        "csv",
        "-o",
    ];
    let output = kasb(&[&args[..], &[out.to_str().unwrap()]].concat(), &[]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(
        std::fs::read_to_string(&out)
            .unwrap()
            .contains("kg-welder/WLD-01.1.1")
    );
    let input = dir.path().join("qualification.yaml");
    let before = std::fs::read(&input).unwrap();
    let output = kasb(&[&args[..], &[input.to_str().unwrap()]].concat(), &[]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        std::fs::read(&input).unwrap(),
        before,
        "an input is never overwritten"
    );
}

fn copy_welder(to: &Path) {
    for name in ["standard.yaml", "qualification.yaml", "assessment.yaml"] {
        std::fs::copy(standards().join("kg/welder").join(name), to.join(name)).unwrap();
    }
}

/// A criterion and a task title carrying a formula, markup, a terminal escape, a bidi override
/// and a workflow command.
const HOSTILE: &str =
    r#""=HYPERLINK(\"http://x\") <script>alert(1)</script> \e[31m \u202E ##[error]boom""#;

#[test]
fn hostile_texts_stay_inert_in_every_format() {
    let dir = tempfile::tempdir().unwrap();
    copy_welder(dir.path());
    let standard = dir.path().join("standard.yaml");
    let text = std::fs::read_to_string(&standard).unwrap().replacen(
        "Combustible materials are removed from the work area or covered with non-combustible screens before hot work starts.",
        HOSTILE,
        1,
    );
    std::fs::write(&standard, text).unwrap();
    let tool = dir.path().join("assessment.yaml");
    let text = std::fs::read_to_string(&tool).unwrap().replacen(
        "en: Prepare the workplace and assemble the test pieces",
        &format!("en: {HOSTILE}"),
        1,
    );
    std::fs::write(&tool, text).unwrap();
    let root = dir.path().to_str().unwrap();
    for format in ["html", "markdown", "csv", "json"] {
        let output = kasb(
            &[
                "report",
                "assessment",
                "kg-welder-q3",
                "--in",
                root,
                "--format",
                format,
            ],
            &[],
        );
        assert_eq!(
            output.status.code(),
            Some(0),
            "{format}: {}",
            stderr(&output)
        );
        let text = stdout(&output);
        assert!(text.contains("HYPERLINK"), "{format}: the text is shown");
        assert_inert(format, &text);
        if format == "html" {
            assert!(!text.contains("<script"), "{text}");
        }
        if format == "csv" {
            let reader = csv_fields(&text);
            let formulas = reader.iter().filter(|field| field.starts_with("=")).count();
            assert_eq!(formulas, 0, "no field starts a formula");
            assert!(reader.iter().any(|field| field.starts_with("'=HYPERLINK")));
        }
    }
    for report in ["standard", "qualification"] {
        let id = if report == "standard" {
            "kg-welder"
        } else {
            "kg-welder-q3"
        };
        for format in ["html", "markdown"] {
            let output = kasb(
                &["report", report, id, "--in", root, "--format", format],
                &[],
            );
            assert_eq!(
                output.status.code(),
                Some(0),
                "{report} {format}: {}",
                stderr(&output)
            );
            assert_inert(format, &stdout(&output));
        }
    }
}

fn assert_inert(format: &str, text: &str) {
    assert!(!text.contains('\u{1b}'), "{format}: a raw escape");
    assert!(!text.contains('\u{202e}'), "{format}: a raw bidi override");
    assert!(!text.contains("##[error]"), "{format}: a workflow command");
    assert!(!text.lines().any(|line| line.starts_with("::")), "{format}");
}

/// Every field of a CSV text, however quoted.
fn csv_fields(text: &str) -> Vec<String> {
    let mut fields = Vec::new();
    let (mut field, mut quoted, mut chars) = (String::new(), false, text.chars().peekable());
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            ('"', _) => quoted = !quoted,
            (',' | '\n', false) => fields.push(std::mem::take(&mut field)),
            (c, _) => field.push(c),
        }
    }
    fields.push(field);
    fields
}
