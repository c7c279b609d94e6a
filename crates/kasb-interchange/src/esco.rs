//! ESCO CSV import: the ISCO-08 classification and ESCO's occupations, as reference documents
//! that standards link to (`occupation.isco`, `occupation.esco`) and comparison uses as a pivot.
//!
//! Reads the v1.1.1 layout (`ISCOGroups.csv`, `occupations.csv`, upper-case columns `CODE`,
//! `PREFERREDLABEL`, `ORIGINURI`, `ISCOGROUPCODE`) and the official download layout
//! (`ISCOGroups_en.csv`, `occupations_en.csv`: `code`, `preferredLabel`, `conceptUri`,
//! `iscoGroup`). Writes two [`Classification`]s:
//!
//! - `isco-08`: every ISCO group (1 to 4 digits), each under the group one digit shorter;
//! - `esco-occupations`: every occupation by its ESCO code (`2654.1.7`), under the occupation
//!   its code extends (`2654.1`) or else its ISCO unit group (`isco-08/2654`).
//!
//! Records are read with the `csv` crate, one at a time; a malformed record is reported with
//! its line and skipped.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use kasb_diagnostics::{Location, Position, Severity};
use kasb_model::{Classification, ClassificationEntry, Document, FormatVersion, Text};

use crate::locate::at;
use crate::{Import, ImportedDocument, Problem};

/// The id of the ISCO-08 classification written.
pub const ISCO_ID: &str = "isco-08";
/// The id of the ESCO occupations classification written.
pub const OCCUPATIONS_ID: &str = "esco-occupations";

const SOURCE: &str = "ESCO (European Skills, Competences, Qualifications and Occupations), \
European Commission, EU open data (Commission Decision 2011/833/EU); imported by kasb";

/// One CSV record's fields, by their meaning.
struct Row {
    line: u64,
    code: String,
    label: String,
    uri: Option<String>,
    isco_group: Option<String>,
}

/// The first file of `names` that exists in `dir`.
fn first_existing(dir: &Path, names: &[&str]) -> Option<PathBuf> {
    names
        .iter()
        .map(|name| dir.join(name))
        .find(|path| path.is_file())
}

/// Reads `path`, mapping the columns named (any of the spellings, case-insensitive).
fn read_rows(path: &Path, problems: &mut Vec<Problem>) -> Vec<Row> {
    let mut rows = Vec::new();
    let mut reader = match csv::ReaderBuilder::new().flexible(false).from_path(path) {
        Ok(reader) => reader,
        Err(error) => {
            problems.push(Problem::new(
                Severity::Error,
                Location::file(path),
                format!("cannot read the file: {error}"),
            ));
            return rows;
        }
    };
    let headers = match reader.headers() {
        Ok(headers) => headers.clone(),
        Err(error) => {
            problems.push(Problem::new(
                Severity::Error,
                at(path, Position::new(1, 1)),
                format!("cannot read the header: {error}"),
            ));
            return rows;
        }
    };
    let column = |names: &[&str]| {
        headers.iter().position(|header| {
            let header = header.trim_start_matches('\u{feff}');
            names.iter().any(|name| header.eq_ignore_ascii_case(name))
        })
    };
    let (Some(code), Some(label)) = (column(&["code"]), column(&["preferredLabel"])) else {
        problems.push(Problem::new(
            Severity::Error,
            at(path, Position::new(1, 1)),
            "the header has no `code` and `preferredLabel` columns (ESCO v1.1.1: `CODE`, \
             `PREFERREDLABEL`)",
        ));
        return rows;
    };
    let uri = column(&["conceptUri", "originUri"]);
    let isco_group = column(&["iscoGroup", "iscoGroupCode"]);
    for record in reader.records() {
        let record = match record {
            Ok(record) => record,
            Err(error) => {
                let line = error.position().map_or(0, csv::Position::line);
                problems.push(Problem::new(
                    Severity::Error,
                    at(
                        path,
                        Position::new(u32::try_from(line).unwrap_or(u32::MAX), 1),
                    ),
                    format!("malformed record, skipped: {error}"),
                ));
                continue;
            }
        };
        let line = record.position().map_or(0, csv::Position::line);
        let get = |index: Option<usize>| {
            index
                .and_then(|index| record.get(index))
                .map(str::trim)
                .filter(|value| !value.is_empty())
                .map(str::to_owned)
        };
        let Some(code_value) = get(Some(code)) else {
            problems.push(Problem::new(
                Severity::Warning,
                at(
                    path,
                    Position::new(u32::try_from(line).unwrap_or(u32::MAX), 1),
                ),
                "record without a code, skipped",
            ));
            continue;
        };
        rows.push(Row {
            line,
            code: code_value,
            label: get(Some(label)).unwrap_or_default(),
            uri: get(uri),
            isco_group: get(isco_group),
        });
    }
    rows
}

fn classification(id: &str, title: &str, entries: Vec<ClassificationEntry>) -> ImportedDocument {
    ImportedDocument {
        file_name: format!("{id}.yaml"),
        document: Document::Classification(Classification {
            kind: Default::default(),
            format: FormatVersion::CURRENT,
            id: id.to_owned(),
            title: Text::Plain(title.to_owned()),
            language: "en".to_owned(),
            publisher: Some(Text::Plain("European Commission".to_owned())),
            source: Some(Text::Plain(SOURCE.to_owned())),
            entries,
        }),
        sidecars: Vec::new(),
    }
}

/// Imports the ESCO CSV files in `dir`.
pub fn import_dir(dir: &Path) -> Import {
    let mut import = Import::default();
    let Some(groups_file) = first_existing(dir, &["ISCOGroups_en.csv", "ISCOGroups.csv"]) else {
        import.problems.push(Problem::new(
            Severity::Error,
            Location::file(dir),
            "no `ISCOGroups_en.csv` or `ISCOGroups.csv` in this directory",
        ));
        return import;
    };
    let mut groups = read_rows(&groups_file, &mut import.problems);
    groups.sort_by(|a, b| (a.code.len(), &a.code).cmp(&(b.code.len(), &b.code)));
    let mut codes = BTreeSet::new();
    let mut entries = Vec::new();
    for row in groups {
        if !row.code.bytes().all(|b| b.is_ascii_digit()) || row.code.len() > 4 {
            import.problems.push(Problem::new(
                Severity::Warning,
                at(
                    &groups_file,
                    Position::new(u32::try_from(row.line).unwrap_or(u32::MAX), 1),
                ),
                format!(
                    "`{}` is not an ISCO-08 code (1 to 4 digits), skipped",
                    row.code
                ),
            ));
            continue;
        }
        if !codes.insert(row.code.clone()) {
            continue;
        }
        let parent = (row.code.len() > 1)
            .then(|| row.code[..row.code.len() - 1].to_owned())
            .filter(|parent| codes.contains(parent));
        entries.push(ClassificationEntry {
            code: row.code,
            title: Text::Plain(row.label),
            parent,
            uri: row.uri,
        });
    }
    import.documents.push(classification(
        ISCO_ID,
        "ISCO-08: International Standard Classification of Occupations",
        entries,
    ));
    if let Some(occupations_file) = first_existing(dir, &["occupations_en.csv", "occupations.csv"])
    {
        let mut rows = read_rows(&occupations_file, &mut import.problems);
        rows.sort_by(|a, b| a.code.cmp(&b.code));
        let mut seen = BTreeSet::new();
        let mut entries = Vec::new();
        for row in rows {
            if !seen.insert(row.code.clone()) {
                import.problems.push(Problem::new(
                    Severity::Warning,
                    at(
                        &occupations_file,
                        Position::new(u32::try_from(row.line).unwrap_or(u32::MAX), 1),
                    ),
                    format!("occupation code `{}` repeats, skipped", row.code),
                ));
                continue;
            }
            let shorter = row
                .code
                .rsplit_once('.')
                .map(|(parent, _)| parent.to_owned())
                .filter(|parent| seen.contains(parent));
            let group = row
                .isco_group
                .clone()
                .or_else(|| row.code.split('.').next().map(str::to_owned))
                .filter(|group| codes.contains(group))
                .map(|group| format!("{ISCO_ID}/{group}"));
            entries.push(ClassificationEntry {
                code: row.code,
                title: Text::Plain(row.label),
                parent: shorter.or(group),
                uri: row.uri,
            });
        }
        import
            .documents
            .push(classification(OCCUPATIONS_ID, "ESCO occupations", entries));
    }
    import
}
