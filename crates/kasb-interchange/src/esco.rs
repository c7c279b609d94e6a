//! ESCO CSV import: the ISCO-08 classification, ESCO's occupations and skills, and which skills
//! each occupation needs, as reference documents that standards link to (`occupation.isco`,
//! `occupation.esco`, `esco_skills`) and comparison uses as a pivot.
//!
//! Reads two layouts, told apart by the name of the ISCO groups file:
//!
//! - ESCO's official download: `ISCOGroups_en.csv`, `occupations_en.csv`, `skills_en.csv`,
//!   `occupationSkillRelations_en.csv` (columns `code`, `preferredLabel`, `altLabels`,
//!   `description`, `conceptUri`, `iscoGroup`, `skillType`, `reuseLevel`; relations
//!   `occupationUri`, `relationType`, `skillUri`);
//! - ESCO v1.1.1 as Tabiya publishes it: `ISCOGroups.csv`, `occupations.csv`, `skills.csv`,
//!   `occupation_skill_relations.csv` (or `occupation_to_skill_relations.csv`): the same columns
//!   in capitals (`ORIGINURI` for the URI, `ISCOGROUPCODE`), records keyed by `ID`, relations by
//!   `OCCUPATIONID` and `SKILLID`.
//!
//! A skills or relations file missing from the folder is a warning naming the file expected.
//! Alternative labels (one per line of `altLabels`) become `alternative_titles`, descriptions
//! `description`, and a skill's type and reuse level its `skill_type` and `reuse_level`. Writes:
//!
//! - with [`IscoGroups::Reference`] (what [`import_dir_with`] does by default), no ISCO
//!   classification: occupations link to kasb's reference ISCO-08, id `isco-08` (ESCO's labels
//!   of its groups are alternative titles there), so the output checks clean beside any
//!   repository; with [`IscoGroups::Own`], ESCO's ISCO groups as a [`Classification`] with the
//!   id given (every group, 1 to 4 digits, each under the group one digit shorter), which the
//!   occupations link to. [`import_dir`] writes them as `isco-08` (see there);
//! - `esco-occupations`: every occupation by its ESCO code (`2654.1.7`), under the occupation
//!   its code extends (`2654.1`) or else its ISCO unit group (`isco-08/2654`);
//! - `esco-skills`, when the skills file is there: every skill and knowledge concept, coded by
//!   the UUID its URI ends with, titled by its preferred label, with its URI;
//! - crosswalks from `esco-occupations` to `esco-skills`, when the relations file is there too:
//!   one `related` alignment per relation, its note `essential` or `optional`. Up to
//!   [`MAX_ALIGNMENTS_PER_CROSSWALK`] relations make one crosswalk, `esco-occupation-skills`;
//!   more are split along the ISCO hierarchy of the occupations' codes, one crosswalk per major
//!   group (`esco-occupation-skills-2`), a group still too large per sub-major group
//!   (`esco-occupation-skills-25`), and so on to unit groups, whose remainder is cut in parts
//!   (`esco-occupation-skills-2512-1`). ESCO's full download (124,599 relations) so gives
//!   crosswalks that `kasb check` accepts within its default limits.
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
    FormatVersion, Provenance, ReuseLevel, SkillType, Text,
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
/// The id of the crosswalk from occupations to their essential and optional skills, and the
/// start of the ids of its parts when the relations are split.
pub const OCCUPATION_SKILLS_ID: &str = "esco-occupation-skills";

/// The most alignments one imported crosswalk holds. An alignment is 9 YAML nodes and about
/// 130 bytes, so a crosswalk stays under a fifth of `kasb check`'s default limits (1,000,000
/// nodes, 16 MiB per file).
pub const MAX_ALIGNMENTS_PER_CROSSWALK: usize = 20_000;

/// The file names of one layout of ESCO's CSV files.
struct Layout {
    groups: &'static str,
    occupations: &'static str,
    skills: &'static str,
    /// The relations file's names, the first the one a warning expects.
    relations: &'static [&'static str],
}

/// The layouts read, the official download first.
const LAYOUTS: [Layout; 2] = [
    Layout {
        groups: "ISCOGroups_en.csv",
        occupations: "occupations_en.csv",
        skills: "skills_en.csv",
        relations: &["occupationSkillRelations_en.csv"],
    },
    Layout {
        groups: "ISCOGroups.csv",
        occupations: "occupations.csv",
        skills: "skills.csv",
        relations: &[
            "occupation_skill_relations.csv",
            "occupation_to_skill_relations.csv",
        ],
    },
];

const SOURCE: &str = "ESCO (European Skills, Competences, Qualifications and Occupations), \
European Commission, EU open data (Commission Decision 2011/833/EU); imported by kasb";

/// One record of a code list, by its fields' meaning.
struct Row {
    line: u64,
    code: String,
    label: String,
    uri: Option<String>,
    /// The record's key in the v1.1.1 layout (`ID`), which its relations name.
    key: Option<String>,
    isco_group: Option<String>,
    alternatives: Vec<Text>,
    description: Option<Text>,
}

impl Row {
    /// The entry of this record, with `parent`.
    fn into_entry(self, parent: Option<String>) -> ClassificationEntry {
        ClassificationEntry {
            alternative_titles: self.alternatives,
            description: self.description,
            parent,
            uri: self.uri,
            ..ClassificationEntry::new(self.code, Text::Plain(self.label))
        }
    }
}

/// The columns of a record's labels, description and keys, where the header has them.
struct Common {
    alternatives: Option<usize>,
    description: Option<usize>,
    uri: Option<usize>,
    key: Option<usize>,
}

impl Common {
    fn of(table: &Table<'_>) -> Self {
        Self {
            alternatives: table.column(&["altLabels"]),
            description: table.column(&["description"]),
            uri: table.column(&["conceptUri", "originUri"]),
            key: table.column(&["id"]),
        }
    }

    /// The alternative labels of `record`: one per line, each once, in ESCO's order (which
    /// may hold the preferred label too: kept, as ESCO lists it).
    fn alternatives(&self, record: &csv::StringRecord) -> Vec<Text> {
        let mut seen = BTreeSet::new();
        field(record, self.alternatives)
            .unwrap_or_default()
            .lines()
            .map(str::trim)
            .filter(|label| !label.is_empty() && seen.insert(*label))
            .map(|label| Text::Plain(label.to_owned()))
            .collect()
    }

    fn description(&self, record: &csv::StringRecord) -> Option<Text> {
        field(record, self.description).map(|text| Text::Plain(text.to_owned()))
    }
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
        // Records end at `\n` only: with the default (`\r`, `\n` or both), a CRLF file's `\n`
        // is read at the start of the next record, whose line is then one too low. The `\r`
        // left on a last field is trimmed with the rest of its space.
        let mut builder = csv::ReaderBuilder::new();
        builder
            .flexible(false)
            .terminator(csv::Terminator::Any(b'\n'));
        let mut reader = match builder.from_path(path) {
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

/// Reads a code list (ISCO groups, occupations): code, labels, description, URI, ISCO group.
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
    let common = Common::of(&table);
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
        let label = field(record, Some(label)).unwrap_or_default();
        rows.push(Row {
            line,
            code: code_value.to_owned(),
            label: label.to_owned(),
            uri: field(record, common.uri).map(str::to_owned),
            key: field(record, common.key).map(str::to_owned),
            isco_group: field(record, isco_group).map(str::to_owned),
            alternatives: common.alternatives(record),
            description: common.description(record),
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
            description: None,
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
    let Some((layout, groups_file)) = LAYOUTS
        .iter()
        .find_map(|layout| first_existing(dir, &[layout.groups]).map(|file| (layout, file)))
    else {
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
    let titles: HashMap<String, Text> = entries
        .iter()
        .map(|entry| (entry.code.clone(), entry.title.clone()))
        .collect();
    if matches!(isco, IscoGroups::Own(_)) {
        import.documents.push(classification(
            isco_id,
            "ISCO-08: International Standard Classification of Occupations",
            entries,
        ));
    }
    let mut expect = |names: &[&str], what: &str| {
        let found = first_existing(dir, names);
        if found.is_none() {
            import.problems.push(Problem::new(
                Severity::Warning,
                Location::file(dir),
                format!("no `{}` in this directory: {what} not imported", names[0]),
            ));
        }
        found
    };
    let occupations_file = expect(&[layout.occupations], "occupations");
    let skills_file = expect(&[layout.skills], "skills");
    let relations_file = expect(layout.relations, "occupation–skill relations");
    let occupations =
        occupations_file.map(|file| import_occupations(&file, &codes, isco_id, &mut import));
    let skills = skills_file.map(|file| import_skills(&file, &mut import));
    if let Some(file) = relations_file {
        let documents = (occupations.as_ref(), skills.as_ref());
        import_relations(&file, layout, documents, &titles, &mut import);
    }
    import
}

/// The relations file's crosswalks, when the occupations and skills it names were read.
fn import_relations(
    file: &Path,
    layout: &Layout,
    (occupations, skills): (Option<&Codes>, Option<&Codes>),
    titles: &HashMap<String, Text>,
    import: &mut Import,
) {
    let (Some(occupations), Some(skills)) = (occupations, skills) else {
        import.problems.push(Problem::new(
            Severity::Warning,
            Location::file(file),
            format!(
                "occupation–skill relations need `{}` and `{}` beside them; not imported",
                layout.occupations, layout.skills
            ),
        ));
        return;
    };
    let relations = Relations {
        file,
        occupations,
        skills,
        skills_file: layout.skills,
    };
    let needs = relations.read(&mut import.problems);
    import.documents.extend(crosswalks(needs, titles));
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
        entries.push(row.into_entry(parent));
    }
    (codes, entries)
}

/// The occupations; returns each imported occupation's code by its URI and by its `ID`.
fn import_occupations(
    file: &Path,
    isco_codes: &BTreeSet<String>,
    isco_id: &str,
    import: &mut Import,
) -> Codes {
    let mut rows = read_rows(file, &mut import.problems);
    rows.sort_by(|a, b| a.code.cmp(&b.code));
    let mut seen = BTreeSet::new();
    let mut by_uri = HashMap::new();
    let mut entries = Vec::new();
    for row in rows {
        if let Err(error) = kasb_model::id::check_id(&row.code, kasb_model::id::IdKind::Item) {
            import.problems.push(Problem::new(
                Severity::Warning,
                line_of(file, row.line),
                format!(
                    "occupation code `{}` cannot be a kasb code ({error}), skipped",
                    row.code
                ),
            ));
            continue;
        }
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
        for key in row.uri.iter().chain(&row.key) {
            by_uri.insert(key.clone(), row.code.clone());
        }
        entries.push(row.into_entry(shorter.or(group)));
    }
    import
        .documents
        .push(classification(OCCUPATIONS_ID, "ESCO occupations", entries));
    by_uri
}

/// The code of a skill: the last segment of its URI (ESCO's UUID), when it is an item id.
fn skill_code(uri: &str) -> Option<&str> {
    let tail = uri.rsplit('/').next()?;
    (tail != uri && kasb_model::id::check_id(tail, kasb_model::id::IdKind::Item).is_ok())
        .then_some(tail)
}

/// The columns of a skills file.
struct SkillColumns {
    uri: usize,
    label: usize,
    common: Common,
    skill_type: Option<usize>,
    reuse_level: Option<usize>,
}

impl SkillColumns {
    /// The skill's type and reuse level, each `None` (with a warning) when not ESCO's word.
    fn facets(
        &self,
        record: &csv::StringRecord,
        warn: &mut dyn FnMut(String),
    ) -> (Option<SkillType>, Option<ReuseLevel>) {
        let skill_type = field(record, self.skill_type).and_then(|word| {
            let found = SkillType::from_esco(word);
            if found.is_none() {
                warn(format!("skill type `{word}` is not ESCO's, left out"));
            }
            found
        });
        let reuse_level = field(record, self.reuse_level).and_then(|word| {
            let found = ReuseLevel::from_esco(word);
            if found.is_none() {
                warn(format!("reuse level `{word}` is not ESCO's, left out"));
            }
            found
        });
        (skill_type, reuse_level)
    }
}

/// The skills; returns each imported skill's code by its URI and by its `ID`.
fn import_skills(file: &Path, import: &mut Import) -> Codes {
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
    let columns = SkillColumns {
        uri,
        label,
        common: Common::of(&table),
        skill_type: table.column(&["skillType"]),
        reuse_level: table.column(&["reuseLevel"]),
    };
    let mut entries: BTreeMap<String, ClassificationEntry> = BTreeMap::new();
    table.for_each(problems, |line, record, problems| {
        let mut warn = |message: String| {
            problems.push(Problem::new(
                Severity::Warning,
                line_of(file, line),
                message,
            ));
        };
        let Some(uri) = field(record, Some(columns.uri)) else {
            return warn("skill without a `conceptUri`, skipped".to_owned());
        };
        let Some(code) = skill_code(uri) else {
            return warn(format!(
                "`{uri}` does not end in an id kasb can use as a code, skipped"
            ));
        };
        if entries.contains_key(code) {
            return warn(format!("skill `{uri}` repeats, skipped"));
        }
        let Some(title) = field(record, Some(columns.label)) else {
            return warn(format!("skill `{uri}` has no `preferredLabel`, skipped"));
        };
        let (skill_type, reuse_level) = columns.facets(record, &mut warn);
        for key in std::iter::once(uri).chain(field(record, columns.common.key)) {
            by_uri.insert(key.to_owned(), code.to_owned());
        }
        let entry = ClassificationEntry {
            alternative_titles: columns.common.alternatives(record),
            description: columns.common.description(record),
            skill_type,
            reuse_level,
            uri: Some(uri.to_owned()),
            ..ClassificationEntry::new(code, Text::Plain(title.to_owned()))
        };
        entries.insert(code.to_owned(), entry);
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

/// The codes of imported occupations or skills, by their URI and by their `ID`.
type Codes = HashMap<String, String>;

/// What each occupation needs: (occupation code, skill code) → need, sorted by codes.
type Needs = BTreeMap<(String, String), Need>;

/// A relations file and the occupations and skills (by URI or `ID`) it may name.
struct Relations<'a> {
    file: &'a Path,
    occupations: &'a Codes,
    skills: &'a Codes,
    /// The skills file's name, for messages.
    skills_file: &'a str,
}

impl Relations<'_> {
    /// Reads the relations; a repeated pair keeps the stronger need.
    fn read(&self, problems: &mut Vec<Problem>) -> Needs {
        let mut needs = Needs::new();
        let Some(table) = Table::open(self.file, problems) else {
            return needs;
        };
        let (Some(occupation), Some(relation), Some(skill)) = (
            table.column(&["occupationUri", "occupationId"]),
            table.column(&["relationType"]),
            table.column(&["skillUri", "skillId"]),
        ) else {
            table.missing(problems, "`occupationUri`, `relationType` and `skillUri`");
            return needs;
        };
        table.for_each(problems, |line, record, problems| {
            let mut warn = |message: String| {
                problems.push(Problem::new(
                    Severity::Warning,
                    line_of(self.file, line),
                    message,
                ));
            };
            let occupation_uri = field(record, Some(occupation)).unwrap_or_default();
            let skill_uri = field(record, Some(skill)).unwrap_or_default();
            let need = match field(record, Some(relation)) {
                Some(value) if value.eq_ignore_ascii_case("essential") => Need::Essential,
                Some(value) if value.eq_ignore_ascii_case("optional") => Need::Optional,
                other => {
                    return warn(format!(
                        "relation type `{}` is neither `essential` nor `optional`, skipped",
                        other.unwrap_or_default()
                    ));
                }
            };
            let Some(occupation_code) = self.occupations.get(occupation_uri) else {
                return warn(format!(
                    "occupation `{occupation_uri}` is not in the occupations file, skipped"
                ));
            };
            let Some(skill_code) = self.skills.get(skill_uri) else {
                return warn(format!(
                    "skill `{skill_uri}` is not in `{}`, skipped",
                    self.skills_file
                ));
            };
            let pair = (occupation_code.clone(), skill_code.clone());
            if let Some(&earlier) = needs.get(&pair) {
                let kept = earlier.min(need);
                warn(format!(
                    "the relation of `{occupation_uri}` to `{skill_uri}` repeats; kept as {}",
                    kept.as_str()
                ));
                needs.insert(pair, kept);
            } else {
                needs.insert(pair, need);
            }
        });
        needs
    }
}

/// One crosswalk's worth of relations: the ISCO group of their occupations' codes (`""`: all),
/// and a part number when a unit group is cut in parts.
struct Part {
    group: String,
    number: Option<usize>,
    needs: Vec<((String, String), Need)>,
}

/// The ISCO group of an occupation code at `depth` digits: its first `depth` digits, or all its
/// leading digits when it has fewer.
fn isco_prefix(code: &str, depth: usize) -> &str {
    let digits = code.bytes().take(4).take_while(u8::is_ascii_digit).count();
    &code[..digits.min(depth)]
}

/// Splits the relations along the ISCO hierarchy until each part holds at most `max`: all in
/// one, else per major group, a group still too large per sub-major group, and so on to unit
/// groups, whose remainder is cut in numbered parts.
fn split(needs: Needs, max: usize) -> Vec<Part> {
    let mut parts = Vec::new();
    let mut pending = vec![(String::new(), needs.into_iter().collect::<Vec<_>>())];
    while let Some((group, needs)) = pending.pop() {
        let depth = group.len() + 1;
        let deeper = needs
            .iter()
            .any(|((occupation, _), _)| isco_prefix(occupation, depth).len() == depth);
        if needs.len() <= max || !deeper {
            cut(group, needs, max, &mut parts);
            continue;
        }
        let mut by_group: BTreeMap<String, Vec<_>> = BTreeMap::new();
        for need in needs {
            let prefix = isco_prefix(&need.0.0, depth).to_owned();
            by_group.entry(prefix).or_default().push(need);
        }
        for (prefix, needs) in by_group {
            // Occupations whose codes have no more digits stay in their group, cut if need be.
            if prefix.len() < depth {
                cut(prefix, needs, max, &mut parts);
            } else {
                pending.push((prefix, needs));
            }
        }
    }
    parts.sort_by(|a, b| (&a.group, a.number).cmp(&(&b.group, b.number)));
    parts
}

/// One part for `needs`, or numbered parts of at most `max` each.
fn cut(group: String, needs: Vec<((String, String), Need)>, max: usize, parts: &mut Vec<Part>) {
    if needs.len() <= max {
        parts.push(Part {
            group,
            number: None,
            needs,
        });
        return;
    }
    let mut needs = needs.into_iter().peekable();
    let mut number = 0;
    while needs.peek().is_some() {
        number += 1;
        parts.push(Part {
            group: group.clone(),
            number: Some(number),
            needs: needs.by_ref().take(max).collect(),
        });
    }
}

/// The crosswalks of the relations, each titled by its ISCO group (`titles`, by code).
fn crosswalks(needs: Needs, titles: &HashMap<String, Text>) -> Vec<ImportedDocument> {
    let parts = split(needs, MAX_ALIGNMENTS_PER_CROSSWALK);
    let whole = parts.len() == 1;
    parts
        .into_iter()
        .map(|part| {
            let mut id = OCCUPATION_SKILLS_ID.to_owned();
            let mut title =
                String::from("ESCO occupations and their essential and optional skills");
            if !whole {
                // Occupations whose codes start with no digit are the group `other`.
                let group = if part.group.is_empty() {
                    "other"
                } else {
                    &part.group
                };
                id = format!("{id}-{group}");
                let name = titles
                    .get(group)
                    .and_then(|t| t.get("en", "en"))
                    .map(|name| format!(" ({name})"))
                    .unwrap_or_default();
                title = format!("{title}: ISCO group {group}{name}");
            }
            if let Some(number) = part.number {
                id = format!("{id}-{number}");
                title = format!("{title}, part {number}");
            }
            crosswalk(id, title, part.needs)
        })
        .collect()
}

/// A crosswalk from `esco-occupations` to `esco-skills`: one `related` alignment per need,
/// essential before optional for each occupation.
fn crosswalk(id: String, title: String, needs: Vec<((String, String), Need)>) -> ImportedDocument {
    let mut alignments: Vec<(String, Need, String)> = needs
        .into_iter()
        .map(|((occupation, skill), need)| (occupation, need, skill))
        .collect();
    alignments.sort_unstable();
    let alignments = alignments
        .into_iter()
        .map(|(occupation, need, skill)| Alignment {
            source: occupation,
            target: skill,
            relation: AlignmentRelation::Related,
            note: Some(Text::Plain(need.as_str().to_owned())),
        })
        .collect();
    ImportedDocument {
        file_name: format!("{id}.yaml"),
        document: Document::Crosswalk(Crosswalk {
            kind: Default::default(),
            format: FormatVersion::CURRENT,
            id,
            title: Text::Plain(title),
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
    }
}

#[cfg(test)]
mod tests {
    use super::{Need, Needs, skill_code, split};

    /// The parts of relations of `occupations` (each to skills `0..per`), at most `max` each,
    /// as (group, part number, size).
    fn parts(occupations: &[&str], per: usize, max: usize) -> Vec<(String, Option<usize>, usize)> {
        let mut needs = Needs::new();
        for occupation in occupations {
            for skill in 0..per {
                needs.insert((occupation.to_string(), skill.to_string()), Need::Essential);
            }
        }
        let parts = split(needs, max);
        assert!(parts.iter().all(|part| part.needs.len() <= max));
        parts
            .into_iter()
            .map(|part| (part.group, part.number, part.needs.len()))
            .collect()
    }

    #[test]
    fn relations_split_along_the_isco_hierarchy_only_as_far_as_needed() {
        let some = |group: &str, size| (group.to_owned(), None, size);
        // Under the limit: one part.
        assert_eq!(parts(&["2512.2", "7212.1"], 2, 4), [some("", 4)]);
        // Over it: per major group; major group 2 (6 relations) per sub-major group.
        let occupations = ["2512.2", "2512.3", "2654.1", "7212.1"];
        assert_eq!(
            parts(&occupations, 2, 4),
            [some("25", 4), some("26", 2), some("7", 2)]
        );
        // A unit group over the limit is cut in numbered parts; codes without digits are
        // their own group.
        let cut = parts(&["7212.1", "7212.2", "7212.3", "x1"], 2, 4);
        assert_eq!(
            cut,
            [
                (String::new(), None, 2),
                ("7212".to_owned(), Some(1), 4),
                ("7212".to_owned(), Some(2), 2),
            ]
        );
    }

    #[test]
    fn skill_codes_are_uri_tails() {
        assert_eq!(
            skill_code("http://data.europa.eu/esco/skill/000f1d3d-220f-4789-9c0a-cc742521fb02"),
            Some("000f1d3d-220f-4789-9c0a-cc742521fb02")
        );
        assert_eq!(skill_code("http://data.europa.eu/esco/skill/"), None);
        assert_eq!(skill_code("no-slash"), None);
        assert_eq!(skill_code("http://x/a b"), None);
        assert_eq!(skill_code("http://x/.."), None);
        assert_eq!(skill_code("http://x/a..b"), None);
    }
}
