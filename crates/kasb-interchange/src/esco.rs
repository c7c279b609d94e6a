//! ESCO CSV import: the ISCO-08 classification, ESCO's occupations and skills, and which skills
//! each occupation needs, as reference documents that standards link to (`occupation.isco`,
//! `occupation.esco`, `esco_skills`) and comparison uses as a pivot.
//!
//! Reads the v1.1.1 layout (`ISCOGroups.csv`, `occupations.csv`, upper-case columns `CODE`,
//! `PREFERREDLABEL`, `ORIGINURI`, `ISCOGROUPCODE`) and the official download layout
//! (`ISCOGroups_en.csv`, `occupations_en.csv`: `code`, `preferredLabel`, `conceptUri`,
//! `iscoGroup`; `skills_en.csv`: `conceptUri`, `preferredLabel`; `occupationSkillRelations_en.csv`:
//! `occupationUri`, `relationType`, `skillUri`). Writes:
//!
//! - with [`IscoGroups::Reference`] (what [`import_dir_with`] does by default), no ISCO
//!   classification: occupations link to kasb's reference ISCO-08, id `isco-08` (ESCO's labels
//!   of its groups are alternative titles there), so the output checks clean beside any
//!   repository; with [`IscoGroups::Own`], ESCO's ISCO groups as a [`Classification`] with the
//!   id given (every group, 1 to 4 digits, each under the group one digit shorter), which the
//!   occupations link to. [`import_dir`] writes them as `isco-08` (see there);
//! - `esco-occupations`: every occupation by its ESCO code (`2654.1.7`), under the occupation
//!   its code extends (`2654.1`) or else its ISCO unit group (`isco-08/2654`);
//! - `esco-skills`, when `skills_en.csv` is there: every skill and knowledge concept, coded by
//!   the UUID its URI ends with, titled by its preferred label, with its URI;
//! - `esco-occupation-skills` (a [`Crosswalk`] from `esco-occupations` to `esco-skills`), when
//!   `occupationSkillRelations_en.csv` is there too: one `related` alignment per relation, its
//!   note `essential` or `optional`.
//!
//! A unit of a standard that lists a skill's URI in `esco_skills` shares that reference with
//! every other unit listing it, which `kasb compare` takes as evidence.
//!
//! Records are read with the `csv` crate, one at a time; a malformed record is reported with
//! its file and line and skipped. Entries and alignments are sorted by code, so the output is
//! the same whatever the order of the input.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fs::File;
use std::path::{Path, PathBuf};

use kasb_diagnostics::{Location, Position, Severity};
use kasb_model::{
    Alignment, AlignmentRelation, Classification, ClassificationEntry, Crosswalk, Document,
    FormatVersion, Provenance, Text,
};

use crate::locate::at;
use crate::{Import, ImportedDocument, Problem};

/// The id of the reference ISCO-08 classification occupations link to, and of the one
/// [`import_dir`] writes.
pub const ISCO_ID: &str = kasb_model::ISCO_08_ID;

/// What an ESCO import does with ESCO's ISCO-08 groups (`ISCOGroups.csv`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub enum IscoGroups {
    /// Write no ISCO classification; occupations link to the reference `isco-08` (built into
    /// kasb, and `standards/classifications/isco-08.yaml` in its repository). `ISCOGroups.csv`
    /// still says which codes exist.
    #[default]
    Reference,
    /// Write ESCO's groups as a classification with this id, and link occupations to it. An id
    /// other than `isco-08` does not clash with the reference classification.
    Own(String),
}
/// The id of the ESCO occupations classification written.
pub const OCCUPATIONS_ID: &str = "esco-occupations";
/// The id of the ESCO skills classification written.
pub const SKILLS_ID: &str = "esco-skills";
/// The id of the crosswalk from occupations to their essential and optional skills.
pub const OCCUPATION_SKILLS_ID: &str = "esco-occupation-skills";

const SOURCE: &str = "ESCO (European Skills, Competences, Qualifications and Occupations), \
European Commission, EU open data (Commission Decision 2011/833/EU); imported by kasb";

/// One record of a code list, by its fields' meaning.
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

/// A location at the start of `line` of `path`.
fn line_of(path: &Path, line: u64) -> Location {
    at(
        path,
        Position::new(u32::try_from(line.max(1)).unwrap_or(u32::MAX), 1),
    )
}

/// A CSV file opened for reading record by record, with its header.
struct Table<'a> {
    path: &'a Path,
    reader: csv::Reader<File>,
    headers: csv::StringRecord,
}

impl<'a> Table<'a> {
    /// Opens `path` and reads its header; a problem when either fails.
    fn open(path: &'a Path, problems: &mut Vec<Problem>) -> Option<Self> {
        let mut reader = match csv::ReaderBuilder::new().flexible(false).from_path(path) {
            Ok(reader) => reader,
            Err(error) => {
                problems.push(Problem::new(
                    Severity::Error,
                    Location::file(path),
                    format!("cannot read the file: {error}"),
                ));
                return None;
            }
        };
        let headers = match reader.headers() {
            Ok(headers) => headers.clone(),
            Err(error) => {
                problems.push(Problem::new(
                    Severity::Error,
                    line_of(path, 1),
                    format!("cannot read the header: {error}"),
                ));
                return None;
            }
        };
        Some(Self {
            path,
            reader,
            headers,
        })
    }

    /// The index of the first column named any of `names` (case-insensitive, a byte-order
    /// mark ignored).
    fn column(&self, names: &[&str]) -> Option<usize> {
        self.headers.iter().position(|header| {
            let header = header.trim_start_matches('\u{feff}').trim();
            names.iter().any(|name| header.eq_ignore_ascii_case(name))
        })
    }

    /// Reports that the header lacks columns.
    fn missing(&self, problems: &mut Vec<Problem>, what: &str) {
        problems.push(Problem::new(
            Severity::Error,
            line_of(self.path, 1),
            format!("the header has no {what} columns; the file is not imported"),
        ));
    }

    /// Calls `each` with every well-formed record and its line, reusing one record buffer;
    /// reports malformed records (with their number and line) and skips them.
    fn for_each(
        mut self,
        problems: &mut Vec<Problem>,
        mut each: impl FnMut(u64, &csv::StringRecord, &mut Vec<Problem>),
    ) {
        let mut record = csv::StringRecord::new();
        loop {
            match self.reader.read_record(&mut record) {
                Ok(false) => break,
                Ok(true) => {
                    let line = record.position().map_or(0, csv::Position::line);
                    each(line, &record, problems);
                }
                Err(error) => {
                    let (line, number) = error
                        .position()
                        .map_or((0, 0), |position| (position.line(), position.record()));
                    let fatal = matches!(error.kind(), csv::ErrorKind::Io(_));
                    problems.push(Problem::new(
                        Severity::Error,
                        line_of(self.path, line),
                        if fatal {
                            format!("cannot read the file further: {error}")
                        } else {
                            format!("malformed record {number}, skipped: {error}")
                        },
                    ));
                    if fatal {
                        break;
                    }
                }
            }
        }
    }
}

/// The trimmed, non-empty field at `index`.
fn field(record: &csv::StringRecord, index: Option<usize>) -> Option<&str> {
    index
        .and_then(|index| record.get(index))
        .map(str::trim)
        .filter(|value| !value.is_empty())
}

/// Reads a code list (ISCO groups, occupations): code, label, URI, ISCO group.
fn read_rows(path: &Path, problems: &mut Vec<Problem>) -> Vec<Row> {
    let mut rows = Vec::new();
    let Some(table) = Table::open(path, problems) else {
        return rows;
    };
    let (Some(code), Some(label)) = (table.column(&["code"]), table.column(&["preferredLabel"]))
    else {
        table.missing(
            problems,
            "`code` and `preferredLabel` (ESCO v1.1.1: `CODE`, `PREFERREDLABEL`)",
        );
        return rows;
    };
    let uri = table.column(&["conceptUri", "originUri"]);
    let isco_group = table.column(&["iscoGroup", "iscoGroupCode"]);
    table.for_each(problems, |line, record, problems| {
        let Some(code_value) = field(record, Some(code)) else {
            problems.push(Problem::new(
                Severity::Warning,
                line_of(path, line),
                "record without a code, skipped",
            ));
            return;
        };
        rows.push(Row {
            line,
            code: code_value.to_owned(),
            label: field(record, Some(label)).unwrap_or_default().to_owned(),
            uri: field(record, uri).map(str::to_owned),
            isco_group: field(record, isco_group).map(str::to_owned),
        });
    });
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
            code_pattern: None,
            entries,
        }),
        sidecars: Vec::new(),
    }
}

/// Imports the ESCO CSV files in `dir`, writing ESCO's ISCO groups as the classification
/// `isco-08` ([`IscoGroups::Own`]). That id is the reference classification's, so checking the
/// output together with it reports each as a duplicate (K201): use [`import_dir_with`] and
/// [`IscoGroups::Reference`] to link to it instead.
pub fn import_dir(dir: &Path) -> Import {
    import_dir_with(dir, &IscoGroups::Own(ISCO_ID.to_owned()))
}

/// Imports the ESCO CSV files in `dir`, doing with ESCO's ISCO groups what `isco` says.
pub fn import_dir_with(dir: &Path, isco: &IscoGroups) -> Import {
    let mut import = Import::default();
    let Some(groups_file) = first_existing(dir, &["ISCOGroups_en.csv", "ISCOGroups.csv"]) else {
        import.problems.push(Problem::new(
            Severity::Error,
            Location::file(dir),
            "no `ISCOGroups_en.csv` or `ISCOGroups.csv` in this directory",
        ));
        return import;
    };
    let isco_id = match isco {
        IscoGroups::Reference => ISCO_ID,
        IscoGroups::Own(id) => id.as_str(),
    };
    if let Err(error) = kasb_model::id::check_id(isco_id, kasb_model::id::IdKind::Document) {
        import.problems.push(Problem::new(
            Severity::Error,
            Location::file(dir),
            format!("`{isco_id}` cannot be the ISCO classification's id: {error}"),
        ));
        return import;
    }
    let (codes, entries) = read_groups(&groups_file, &mut import);
    if matches!(isco, IscoGroups::Own(_)) {
        import.documents.push(classification(
            isco_id,
            "ISCO-08: International Standard Classification of Occupations",
            entries,
        ));
    }
    let occupations = first_existing(dir, &["occupations_en.csv", "occupations.csv"])
        .map(|file| import_occupations(&file, &codes, isco_id, &mut import));
    let skills =
        first_existing(dir, &["skills_en.csv"]).map(|file| import_skills(&file, &mut import));
    if let Some(relations_file) = first_existing(dir, &["occupationSkillRelations_en.csv"]) {
        match (&occupations, &skills) {
            (Some(occupations), Some(skills)) => {
                import_relations(&relations_file, occupations, skills, &mut import);
            }
            _ => import.problems.push(Problem::new(
                Severity::Warning,
                Location::file(&relations_file),
                "occupation–skill relations need `occupations_en.csv` and `skills_en.csv` \
                 beside them; not imported",
            )),
        }
    }
    import
}

/// The ISCO groups: their codes, and their entries.
fn read_groups(file: &Path, import: &mut Import) -> (BTreeSet<String>, Vec<ClassificationEntry>) {
    let mut groups = read_rows(file, &mut import.problems);
    groups.sort_by(|a, b| (a.code.len(), &a.code).cmp(&(b.code.len(), &b.code)));
    let mut codes = BTreeSet::new();
    let mut entries = Vec::new();
    for row in groups {
        if !row.code.bytes().all(|b| b.is_ascii_digit()) || row.code.len() > 4 {
            import.problems.push(Problem::new(
                Severity::Warning,
                line_of(file, row.line),
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
            alternative_titles: Vec::new(),
            parent,
            uri: row.uri,
            associations: Vec::new(),
        });
    }
    (codes, entries)
}

/// The occupations; returns each imported occupation's code by its URI.
fn import_occupations(
    file: &Path,
    isco_codes: &BTreeSet<String>,
    isco_id: &str,
    import: &mut Import,
) -> HashMap<String, String> {
    let mut rows = read_rows(file, &mut import.problems);
    rows.sort_by(|a, b| a.code.cmp(&b.code));
    let mut seen = BTreeSet::new();
    let mut by_uri = HashMap::new();
    let mut entries = Vec::new();
    for row in rows {
        if !seen.insert(row.code.clone()) {
            import.problems.push(Problem::new(
                Severity::Warning,
                line_of(file, row.line),
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
            .filter(|group| isco_codes.contains(group))
            .map(|group| format!("{isco_id}/{group}"));
        if let Some(uri) = &row.uri {
            by_uri.insert(uri.clone(), row.code.clone());
        }
        entries.push(ClassificationEntry {
            code: row.code,
            title: Text::Plain(row.label),
            alternative_titles: Vec::new(),
            parent: shorter.or(group),
            uri: row.uri,
            associations: Vec::new(),
        });
    }
    import
        .documents
        .push(classification(OCCUPATIONS_ID, "ESCO occupations", entries));
    by_uri
}

/// The code of a skill: the last segment of its URI (ESCO's UUID), when it is a plain id.
fn skill_code(uri: &str) -> Option<&str> {
    let tail = uri.rsplit('/').next()?;
    (!tail.is_empty()
        && tail != uri
        && tail
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.')))
    .then_some(tail)
}

/// The skills (`skills_en.csv`); returns each imported skill's code by its URI.
fn import_skills(file: &Path, import: &mut Import) -> HashMap<String, String> {
    let mut by_uri = HashMap::new();
    let problems = &mut import.problems;
    let Some(table) = Table::open(file, problems) else {
        return by_uri;
    };
    let (Some(uri), Some(label)) = (
        table.column(&["conceptUri", "originUri"]),
        table.column(&["preferredLabel"]),
    ) else {
        table.missing(problems, "`conceptUri` and `preferredLabel`");
        return by_uri;
    };
    let mut entries: BTreeMap<String, ClassificationEntry> = BTreeMap::new();
    table.for_each(problems, |line, record, problems| {
        let Some(uri) = field(record, Some(uri)) else {
            problems.push(Problem::new(
                Severity::Warning,
                line_of(file, line),
                "skill without a `conceptUri`, skipped",
            ));
            return;
        };
        let Some(code) = skill_code(uri) else {
            problems.push(Problem::new(
                Severity::Warning,
                line_of(file, line),
                format!("`{uri}` does not end in an id kasb can use as a code, skipped"),
            ));
            return;
        };
        if entries.contains_key(code) {
            problems.push(Problem::new(
                Severity::Warning,
                line_of(file, line),
                format!("skill `{uri}` repeats, skipped"),
            ));
            return;
        }
        let Some(title) = field(record, Some(label)) else {
            problems.push(Problem::new(
                Severity::Warning,
                line_of(file, line),
                format!("skill `{uri}` has no `preferredLabel`, skipped"),
            ));
            return;
        };
        by_uri.insert(uri.to_owned(), code.to_owned());
        entries.insert(
            code.to_owned(),
            ClassificationEntry {
                code: code.to_owned(),
                title: Text::Plain(title.to_owned()),
                alternative_titles: Vec::new(),
                parent: None,
                uri: Some(uri.to_owned()),
                associations: Vec::new(),
            },
        );
    });
    import.documents.push(classification(
        SKILLS_ID,
        "ESCO skills and knowledge",
        entries.into_values().collect(),
    ));
    by_uri
}

/// Whether a skill is essential or optional for an occupation; essential sorts first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Need {
    Essential,
    Optional,
}

impl Need {
    fn as_str(self) -> &'static str {
        match self {
            Need::Essential => "essential",
            Need::Optional => "optional",
        }
    }
}

/// The occupation–skill relations (`occupationSkillRelations_en.csv`), as a crosswalk.
fn import_relations(
    file: &Path,
    occupations: &HashMap<String, String>,
    skills: &HashMap<String, String>,
    import: &mut Import,
) {
    let problems = &mut import.problems;
    let Some(table) = Table::open(file, problems) else {
        return;
    };
    let (Some(occupation), Some(relation), Some(skill)) = (
        table.column(&["occupationUri"]),
        table.column(&["relationType"]),
        table.column(&["skillUri"]),
    ) else {
        table.missing(problems, "`occupationUri`, `relationType` and `skillUri`");
        return;
    };
    // (occupation code, skill code) → need; sorted by codes for deterministic output.
    let mut needs: BTreeMap<(&str, &str), Need> = BTreeMap::new();
    table.for_each(problems, |line, record, problems| {
        let warn = |problems: &mut Vec<Problem>, message: String| {
            problems.push(Problem::new(
                Severity::Warning,
                line_of(file, line),
                message,
            ));
        };
        let occupation_uri = field(record, Some(occupation)).unwrap_or_default();
        let skill_uri = field(record, Some(skill)).unwrap_or_default();
        let need = match field(record, Some(relation)) {
            Some(value) if value.eq_ignore_ascii_case("essential") => Need::Essential,
            Some(value) if value.eq_ignore_ascii_case("optional") => Need::Optional,
            other => {
                warn(
                    problems,
                    format!(
                        "relation type `{}` is neither `essential` nor `optional`, skipped",
                        other.unwrap_or_default()
                    ),
                );
                return;
            }
        };
        let Some(occupation_code) = occupations.get(occupation_uri) else {
            warn(
                problems,
                format!("occupation `{occupation_uri}` is not in the occupations file, skipped"),
            );
            return;
        };
        let Some(skill_code) = skills.get(skill_uri) else {
            warn(
                problems,
                format!("skill `{skill_uri}` is not in `skills_en.csv`, skipped"),
            );
            return;
        };
        match needs.entry((occupation_code.as_str(), skill_code.as_str())) {
            std::collections::btree_map::Entry::Vacant(entry) => {
                entry.insert(need);
            }
            std::collections::btree_map::Entry::Occupied(mut entry) => {
                let kept = (*entry.get()).min(need);
                warn(
                    problems,
                    format!(
                        "the relation of `{occupation_uri}` to `{skill_uri}` repeats; kept as {}",
                        kept.as_str()
                    ),
                );
                entry.insert(kept);
            }
        }
    });
    let mut alignments: Vec<(&str, Need, &str)> = needs
        .into_iter()
        .map(|((occupation, skill), need)| (occupation, need, skill))
        .collect();
    alignments.sort_unstable();
    let alignments = alignments
        .into_iter()
        .map(|(occupation, need, skill)| Alignment {
            source: occupation.to_owned(),
            target: skill.to_owned(),
            relation: AlignmentRelation::Related,
            note: Some(Text::Plain(need.as_str().to_owned())),
        })
        .collect();
    import.documents.push(ImportedDocument {
        file_name: format!("{OCCUPATION_SKILLS_ID}.yaml"),
        document: Document::Crosswalk(Crosswalk {
            kind: Default::default(),
            format: FormatVersion::CURRENT,
            id: OCCUPATION_SKILLS_ID.to_owned(),
            title: Text::Plain("ESCO occupations and their essential and optional skills".into()),
            language: "en".to_owned(),
            source: OCCUPATIONS_ID.to_owned(),
            target: SKILLS_ID.to_owned(),
            provenance: Provenance {
                author: Text::Plain("European Commission (ESCO)".to_owned()),
                date: None,
                method: Some(Text::Plain(format!(
                    "ESCO occupation–skill relations; the note says whether the skill is \
                     essential or optional. {SOURCE}"
                ))),
            },
            alignments,
        }),
        sidecars: Vec::new(),
    });
}

#[cfg(test)]
mod tests {
    use super::skill_code;

    #[test]
    fn skill_codes_are_uri_tails() {
        assert_eq!(
            skill_code("http://data.europa.eu/esco/skill/000f1d3d-220f-4789-9c0a-cc742521fb02"),
            Some("000f1d3d-220f-4789-9c0a-cc742521fb02")
        );
        assert_eq!(skill_code("http://data.europa.eu/esco/skill/"), None);
        assert_eq!(skill_code("no-slash"), None);
        assert_eq!(skill_code("http://x/a b"), None);
    }
}
