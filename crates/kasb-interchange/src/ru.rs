//! Import of the Russian Ministry of Labour's professional-standard XML
//! (`XMLCardInfo/ProfessionalStandarts/ProfessionalStandart`).
//!
//! Each `ProfessionalStandart` becomes an [`OccupationalStandard`] on the bundled Russian
//! framework `ru-nqf`:
//!
//! | XML | kasb |
//! | --- | --- |
//! | `CodeKindProfessionalActivity` `06.001` | `activity_code`, and the id `ru-ps-06.001` |
//! | `NameProfessionalStandart` | `title` |
//! | `KindProfessionalActivity`, `PurposeKindProfessionalActivity` | `occupation.title`, `purpose` |
//! | `EmploymentGroup` OKZ / OKVED | `occupation.national_codes` (`OKZ` `2152.` → `2152`) |
//! | `RegistrationNumber`, `OrderNumber`, `DateOfApproval` | `approval` |
//! | `OrganizationDeveloper`, `ResponsibleDeveloper` | `approval.developed_by` |
//! | `GeneralizedWorkFunction` | `functions[]`: code, name, level, job titles, education, experience, special conditions, OKZ / EKS / OKSO / OKPDTR / OKNPO / OKSVNK codes |
//! | `ParticularWorkFunction` `A/01.3` | `units[]` with `function: A` and the level its code gives |
//! | `LaborAction`, `RequiredSkill`, `NecessaryKnowledge` | the unit's `criteria` (`A/01.3.1`), `skills` (`A/01.3.S1`), `knowledge` (`A/01.3.K1`) |
//! | `OtherCharacteristic` of a work function | the unit's `other_characteristics` |
//! | `OtherCharacteristics` of a generalised work function | the function's `other_characteristics` |
//!
//! `occupation.isco` is set only when it is certain: the standard names exactly one OKZ code,
//! the standard was approved from 1 July 2015 on (so the code is of OK 010-2014, which takes
//! ISCO-08's unit groups; these are the files whose codes newer tools write as `2152.`), and
//! that code is an ISCO-08 unit group. Codes of the older OK 010-93 (ISCO-88 based: its `2132` is programmers, ISCO-08's is
//! farming advisers) are kept as OKZ codes only.
//!
//! Problems are reported with file, line and column: empty OKZ codes, a work function whose code
//! and `SubQualification` give different levels (the code's level is used), codes written with
//! Cyrillic letters that look Latin (`В/01.7`, read as `B/01.7`), unknown elements, malformed
//! levels and XML syntax errors. A standard with an error is not imported.

use std::collections::{BTreeMap, BTreeSet};
use std::io::BufRead;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use kasb_diagnostics::{Location, Position, Severity};
use kasb_model::{
    Approval, Criterion, Date, Document, FormatVersion, GeneralisedFunction, NationalCode,
    Occupation, OccupationalStandard, Statement, Status, Text, Unit,
};
use quick_xml::events::Event;

use crate::locate::{LineTracker, at};
use crate::{Import, ImportedDocument, Problem};

/// The id of the framework imported standards level their functions on.
pub const FRAMEWORK_ID: &str = "ru-nqf";

/// The body that approves professional standards.
const MINISTRY: &str = "Министерство труда и социальной защиты Российской Федерации";

/// Largest file read, in bytes.
const MAX_FILE_BYTES: u64 = 256 * 1024 * 1024;

/// Deepest element nesting read; the format needs about ten levels. Deeper input is refused
/// at its place instead of growing the element stack with the file.
pub const MAX_NESTING: usize = 256;

/// Imports every file in `paths`, in order. Ids that would repeat across files get a suffix
/// (`-2`), with a warning.
pub fn import_files(paths: &[PathBuf]) -> Import {
    let mut import = Import::default();
    for path in paths {
        let file = match std::fs::File::open(path) {
            Ok(file) => file,
            Err(error) => {
                import.problems.push(Problem::new(
                    Severity::Error,
                    Location::file(path),
                    format!("cannot read the file: {error}"),
                ));
                continue;
            }
        };
        match file.metadata() {
            Ok(metadata) if metadata.len() > MAX_FILE_BYTES => {
                import.problems.push(Problem::new(
                    Severity::Error,
                    Location::file(path),
                    format!(
                        "the file has {} bytes, more than the limit of {MAX_FILE_BYTES}",
                        metadata.len()
                    ),
                ));
                continue;
            }
            _ => {}
        }
        let reader = std::io::BufReader::with_capacity(64 * 1024, file);
        import.extend(import_reader(path, reader));
    }
    dedupe_ids(&mut import);
    import
}

/// Imports one XML document read from `reader`, reporting problems against `file`.
pub fn import_reader(file: impl AsRef<Path>, reader: impl BufRead) -> Import {
    let file = file.as_ref();
    let mut parser = Parser::new(file);
    let mut xml = quick_xml::Reader::from_reader(LineTracker::new(reader));
    xml.config_mut().trim_text(false);
    let mut buffer = Vec::new();
    let mut saw_root = false;
    loop {
        buffer.clear();
        let before = xml.get_ref().position();
        let event = match xml.read_event_into(&mut buffer) {
            Ok(event) => event,
            Err(error) => {
                let position = xml.get_ref().position();
                parser.problem(Severity::Error, position, format!("malformed XML: {error}"));
                parser.abandon();
                break;
            }
        };
        match event {
            Event::Start(_) if parser.stack.len() >= MAX_NESTING => {
                let message = format!("elements are nested more than {MAX_NESTING} levels deep");
                parser.problem(Severity::Error, before, message);
                parser.abandon();
                break;
            }
            Event::Start(start) => {
                saw_root = true;
                let name: String = start.local_name().as_ref().to_owned();
                parser.start(name, before);
            }
            Event::Empty(start) => {
                saw_root = true;
                let name: String = start.local_name().as_ref().to_owned();
                parser.start(name, before);
                parser.end(before);
            }
            Event::End(_) => parser.end(before),
            Event::Text(text) => parser.text.push_str(&text.xml10_content()),
            Event::CData(data) => parser.text.push_str(&data.into_inner()),
            Event::GeneralRef(reference) => match reference.resolve_char_ref() {
                Ok(Some(ch)) => parser.text.push(ch),
                _ => {
                    let name = reference.xml10_content();
                    match quick_xml::escape::resolve_predefined_entity(&name) {
                        Some(text) => parser.text.push_str(text),
                        None => parser.problem(
                            Severity::Warning,
                            before,
                            format!("unknown entity `&{name};` is left out"),
                        ),
                    }
                }
            },
            Event::Eof => break,
            _ => {}
        }
    }
    if !saw_root && parser.problems.is_empty() {
        parser.problem(
            Severity::Error,
            Position::new(1, 1),
            "no XML elements: expected `XMLCardInfo` with professional standards".to_owned(),
        );
    } else if parser.standards.is_empty() && parser.problems.is_empty() {
        parser.problem(
            Severity::Warning,
            Position::new(1, 1),
            "no `ProfessionalStandart` element found".to_owned(),
        );
    }
    Import {
        documents: parser
            .standards
            .into_iter()
            .map(|standard| ImportedDocument {
                file_name: format!("{}.yaml", standard.id),
                document: Document::OccupationalStandard(standard),
                sidecars: Vec::new(),
            })
            .collect(),
        problems: parser.problems,
    }
}

/// Gives repeated ids a suffix, in input order.
fn dedupe_ids(import: &mut Import) {
    let mut seen = BTreeSet::new();
    for imported in &mut import.documents {
        let Document::OccupationalStandard(standard) = &mut imported.document else {
            continue;
        };
        if seen.insert(standard.id.clone()) {
            continue;
        }
        let base = standard.id.clone();
        let mut n = 2;
        while !seen.insert(format!("{base}-{n}")) {
            n += 1;
        }
        standard.id = format!("{base}-{n}");
        imported.file_name = format!("{}.yaml", standard.id);
        import.problems.push(Problem::new(
            Severity::Warning,
            Location::file(""),
            format!(
                "two standards would have the id `{base}`; the later one is `{}`",
                standard.id
            ),
        ));
    }
}

/// The ISCO-08 unit groups, for mapping OK 010-2014 codes.
fn isco08_unit_groups() -> &'static BTreeSet<&'static str> {
    static CODES: OnceLock<BTreeSet<&'static str>> = OnceLock::new();
    CODES.get_or_init(|| {
        include_str!("../data/isco08-unit-groups.txt")
            .lines()
            .filter(|line| !line.starts_with('#') && !line.is_empty())
            .collect()
    })
}

/// Every element name the format has; others are reported once per file.
const KNOWN: &[&str] = &[
    "XMLCardInfo",
    "ProfessionalStandarts",
    "ProfessionalStandart",
    "NameProfessionalStandart",
    "RegistrationNumber",
    "OrderNumber",
    "DateOfApproval",
    "FirstSection",
    "KindProfessionalActivity",
    "CodeKindProfessionalActivity",
    "PurposeKindProfessionalActivity",
    "EmploymentGroup",
    "SecondSection",
    "ThirdSection",
    "WorkFunctions",
    "GeneralizedWorkFunctions",
    "GeneralizedWorkFunction",
    "CodeOTF",
    "NameOTF",
    "LevelOfQualification",
    "PossibleJobTitles",
    "PossibleJobTitle",
    "EducationalRequirements",
    "EducationalRequirement",
    "RequirementsWorkExperiences",
    "RequirementsWorkExperience",
    "SpecialConditionsForAdmissionToWork",
    "SpecialConditionForAdmissionToWork",
    "OtherCharacteristics",
    "OtherCharacteristic",
    "OtherCharacteristicPlus",
    "ParticularWorkFunctions",
    "ParticularWorkFunction",
    "CodeTF",
    "NameTF",
    "SubQualification",
    "LaborActions",
    "LaborAction",
    "RequiredSkills",
    "RequiredSkill",
    "NecessaryKnowledges",
    "NecessaryKnowledge",
    "ListFootnes",
    "Footnote",
    "FourthSection",
    "OrganizationDevelopers",
    "OrganizationDeveloper",
    "ResponsibleDeveloper",
    "TheFullNameOfTheHead",
    "ThePositionOfHead",
];

/// The national classifications the format lists (`ListOKZ/UnitOKZ/CodeOKZ`, `NameOKZ`).
const SCHEMES: &[&str] = &[
    "OKZ", "OKVED", "EKS", "OKSO", "OKPDTR", "OKNPO", "OKSVNK", "ETKS",
];

/// A position with a default, for drafts.
#[derive(Clone, Copy)]
struct Pos(Position);

impl Default for Pos {
    fn default() -> Self {
        Pos(Position::new(1, 1))
    }
}

#[derive(Default)]
struct StandardDraft {
    position: Pos,
    failed: bool,
    title: Option<String>,
    registration: Option<String>,
    order: Option<String>,
    date: Option<(String, Position)>,
    activity: Option<String>,
    code: Option<String>,
    purpose: Option<String>,
    codes: Vec<NationalCode>,
    developers: Vec<String>,
    functions: Vec<GeneralisedFunction>,
    units: Vec<Unit>,
}

#[derive(Default)]
struct FunctionDraft {
    position: Pos,
    failed: bool,
    code: Option<String>,
    name: Option<String>,
    level: Option<(String, Position)>,
    job_titles: Vec<Text>,
    education: Vec<Text>,
    experience: Vec<Text>,
    special_conditions: Vec<Text>,
    codes: Vec<NationalCode>,
    other: Vec<String>,
    units: Vec<Unit>,
}

#[derive(Default)]
struct UnitDraft {
    position: Pos,
    code: Option<(String, Position)>,
    name: Option<String>,
    level: Option<(String, Position)>,
    actions: Vec<String>,
    skills: Vec<String>,
    knowledge: Vec<String>,
    other: Vec<String>,
}

#[derive(Default)]
struct CodeDraft {
    position: Pos,
    code: Option<String>,
    name: Option<String>,
}

struct Parser<'a> {
    file: &'a Path,
    stack: Vec<(String, Position)>,
    text: String,
    standard: Option<StandardDraft>,
    function: Option<FunctionDraft>,
    unit: Option<UnitDraft>,
    code: Option<CodeDraft>,
    unknown: BTreeSet<String>,
    standards: Vec<OccupationalStandard>,
    problems: Vec<Problem>,
}

impl<'a> Parser<'a> {
    fn new(file: &'a Path) -> Self {
        Self {
            file,
            stack: Vec::new(),
            text: String::new(),
            standard: None,
            function: None,
            unit: None,
            code: None,
            unknown: BTreeSet::new(),
            standards: Vec::new(),
            problems: Vec::new(),
        }
    }

    fn problem(&mut self, severity: Severity, position: Position, message: String) {
        if severity == Severity::Error
            && let Some(standard) = &mut self.standard
        {
            standard.failed = true;
        }
        self.problems
            .push(Problem::new(severity, at(self.file, position), message));
    }

    /// After a syntax error: the standard being read is incomplete and is not imported.
    fn abandon(&mut self) {
        if let Some(standard) = &self.standard {
            let code = standard.code.clone().unwrap_or_else(|| "?".to_owned());
            let position = standard.position.0;
            self.problems.push(Problem::new(
                Severity::Error,
                at(self.file, position),
                format!("professional standard `{code}` is incomplete and is not imported"),
            ));
        }
        self.standard = None;
    }

    fn start(&mut self, name: String, position: Position) {
        self.text.clear();
        match name.as_str() {
            "ProfessionalStandart" => {
                self.standard = Some(StandardDraft {
                    position: Pos(position),
                    ..StandardDraft::default()
                });
            }
            "GeneralizedWorkFunction" => {
                self.function = Some(FunctionDraft {
                    position: Pos(position),
                    ..FunctionDraft::default()
                });
            }
            "ParticularWorkFunction" => {
                self.unit = Some(UnitDraft {
                    position: Pos(position),
                    ..UnitDraft::default()
                });
            }
            other => {
                if let Some(scheme) = other.strip_prefix("Unit")
                    && SCHEMES.contains(&scheme)
                {
                    self.code = Some(CodeDraft {
                        position: Pos(position),
                        ..CodeDraft::default()
                    });
                }
                if !is_known(other) && self.unknown.insert(other.to_owned()) {
                    self.problem(
                        Severity::Warning,
                        position,
                        format!("unknown element `{other}` is ignored"),
                    );
                }
            }
        }
        self.stack.push((name, position));
    }

    fn end(&mut self, _position: Position) {
        let Some((name, start)) = self.stack.pop() else {
            return;
        };
        let text = std::mem::take(&mut self.text);
        let value = text.trim();
        let parent = self
            .stack
            .last()
            .map_or_else(String::new, |(parent, _)| parent.clone());
        let parent = parent.as_str();
        let value = (!value.is_empty()).then(|| value.to_owned());
        match name.as_str() {
            "ProfessionalStandart" => self.finish_standard(),
            "GeneralizedWorkFunction" => self.finish_function(),
            "ParticularWorkFunction" => self.finish_unit(),
            _ if self.unit.is_some() => self.unit_field(&name, parent, value, start),
            _ if self.function.is_some() => self.function_field(&name, parent, value, start),
            _ if self.standard.is_some() => self.standard_field(&name, parent, value, start),
            _ => {}
        }
    }

    /// `CodeOKZ`/`NameOKZ` inside `UnitOKZ`, and the end of `UnitOKZ`. True when handled.
    fn code_field(&mut self, name: &str, value: Option<String>) -> Option<NationalCode> {
        let scheme = name.strip_prefix("Unit").filter(|s| SCHEMES.contains(s));
        if let Some(scheme) = scheme {
            let draft = self.code.take()?;
            let raw = draft.code.unwrap_or_default();
            let code = raw.trim_end_matches('.').trim().to_owned();
            if code.is_empty() {
                let title = draft.name.clone().unwrap_or_default();
                self.problem(
                    Severity::Warning,
                    draft.position.0,
                    if title.is_empty() {
                        format!("empty {scheme} code is left out")
                    } else {
                        format!("empty {scheme} code (title `{title}`) is left out")
                    },
                );
                return None;
            }
            return Some(NationalCode {
                scheme: scheme.to_owned(),
                code,
                title: draft.name.map(Text::Plain),
            });
        }
        if let Some(draft) = &mut self.code {
            if name.starts_with("Code") {
                draft.code = value;
            } else if name.starts_with("Name") {
                draft.name = value;
            }
        }
        None
    }

    fn standard_field(&mut self, name: &str, parent: &str, value: Option<String>, at: Position) {
        if name.starts_with("Unit") || self.code.is_some() {
            if let Some(code) = self.code_field(name, value)
                && let Some(standard) = &mut self.standard
            {
                standard.codes.push(code);
            }
            return;
        }
        let Some(standard) = &mut self.standard else {
            return;
        };
        match name {
            "NameProfessionalStandart" => standard.title = value,
            "RegistrationNumber" => standard.registration = value,
            "OrderNumber" => standard.order = value,
            "DateOfApproval" => standard.date = value.map(|date| (date, at)),
            "KindProfessionalActivity" => standard.activity = value,
            "CodeKindProfessionalActivity" => standard.code = value,
            "PurposeKindProfessionalActivity" => standard.purpose = value,
            "OrganizationDeveloper" => standard.developers.extend(value),
            "ResponsibleDeveloper" if parent == "ResponsibleDeveloper" => {
                if let Some(value) = value {
                    standard.developers.insert(0, value);
                }
            }
            _ => {}
        }
    }

    fn function_field(&mut self, name: &str, parent: &str, value: Option<String>, at: Position) {
        if name.starts_with("Unit") || self.code.is_some() {
            if let Some(code) = self.code_field(name, value)
                && let Some(function) = &mut self.function
            {
                function.codes.push(code);
            }
            return;
        }
        let Some(function) = &mut self.function else {
            return;
        };
        let push = |list: &mut Vec<Text>, value: Option<String>| {
            list.extend(value.filter(|v| v != "-").map(Text::Plain));
        };
        match name {
            "CodeOTF" => function.code = value,
            "NameOTF" => function.name = value,
            "LevelOfQualification" => function.level = value.map(|level| (level, at)),
            "PossibleJobTitle" => push(&mut function.job_titles, value),
            "EducationalRequirement" => push(&mut function.education, value),
            "RequirementsWorkExperience" => push(&mut function.experience, value),
            "SpecialConditionForAdmissionToWork" => push(&mut function.special_conditions, value),
            "OtherCharacteristics" if parent == "OtherCharacteristics" => {
                function.other.extend(value.filter(|v| v != "-"));
            }
            _ => {}
        }
    }

    fn unit_field(&mut self, name: &str, _parent: &str, value: Option<String>, at: Position) {
        let Some(unit) = &mut self.unit else {
            return;
        };
        match name {
            "CodeTF" => unit.code = value.map(|code| (code, at)),
            "NameTF" => unit.name = value,
            "SubQualification" => unit.level = value.map(|level| (level, at)),
            "LaborAction" => unit.actions.extend(value),
            "RequiredSkill" => unit.skills.extend(value),
            "NecessaryKnowledge" => unit.knowledge.extend(value),
            "OtherCharacteristic" => unit.other.extend(value.filter(|v| v != "-")),
            _ => {}
        }
    }

    fn finish_unit(&mut self) {
        let Some(draft) = self.unit.take() else {
            return;
        };
        let Some((raw_code, code_at)) = draft.code else {
            self.problem(
                Severity::Error,
                draft.position.0,
                "work function without a code (`CodeTF`)".to_owned(),
            );
            return;
        };
        let code = self.latin_code(&raw_code, code_at, "work function");
        let Some(name) = draft.name else {
            self.problem(
                Severity::Error,
                draft.position.0,
                format!("work function `{code}` has no name (`NameTF`)"),
            );
            return;
        };
        let code_level = code
            .rsplit_once('.')
            .and_then(|(_, level)| parse_level(level));
        let sub_level = draft
            .level
            .as_ref()
            .and_then(|(level, _)| parse_level(level));
        let level = match (code_level, sub_level) {
            (Some(from_code), Some(from_sub)) if from_code != from_sub => {
                let position = draft.level.as_ref().map_or(code_at, |(_, at)| *at);
                self.problem(
                    Severity::Warning,
                    position,
                    format!(
                        "work function `{code}`: its code gives level {from_code} but \
                         `SubQualification` says {from_sub}; the code's level {from_code} is used"
                    ),
                );
                Some(from_code)
            }
            (Some(level), _) | (None, Some(level)) => Some(level),
            (None, None) => {
                if let Some((level, at)) = &draft.level {
                    let message =
                        format!("work function `{code}`: level `{level}` is not a number 1-9");
                    self.problem(Severity::Error, *at, message);
                    return;
                }
                None
            }
        };
        let function = self.function.as_ref().and_then(|f| f.code.clone());
        let numbered = |prefix: &str, items: Vec<String>| -> Vec<Statement> {
            items
                .into_iter()
                .enumerate()
                .map(|(i, statement)| Statement {
                    id: format!("{code}.{prefix}{}", i + 1),
                    statement: Text::Plain(statement),
                    esco_skills: Vec::new(),
                })
                .collect()
        };
        let unit = Unit {
            id: code.clone(),
            title: Text::Plain(name),
            level,
            function,
            description: None,
            elements: Vec::new(),
            criteria: draft
                .actions
                .into_iter()
                .enumerate()
                .map(|(i, statement)| Criterion {
                    id: format!("{code}.{}", i + 1),
                    statement: Text::Plain(statement),
                    esco_skills: Vec::new(),
                })
                .collect(),
            knowledge: numbered("K", draft.knowledge),
            skills: numbered("S", draft.skills),
            prerequisites: Vec::new(),
            esco_skills: Vec::new(),
            other_characteristics: (!draft.other.is_empty())
                .then(|| Text::Plain(draft.other.join("\n"))),
        };
        match &mut self.function {
            Some(function) => function.units.push(unit),
            None => self.problem(
                Severity::Error,
                draft.position.0,
                format!("work function `{code}` is outside a generalised work function"),
            ),
        }
    }

    fn finish_function(&mut self) {
        let Some(mut draft) = self.function.take() else {
            return;
        };
        let Some(raw_code) = draft.code.take() else {
            self.problem(
                Severity::Error,
                draft.position.0,
                "generalised work function without a code (`CodeOTF`)".to_owned(),
            );
            return;
        };
        let code = self.latin_code(&raw_code, draft.position.0, "generalised work function");
        for unit in &mut draft.units {
            unit.function = Some(code.clone());
        }
        let level = match &draft.level {
            Some((level, at)) => match parse_level(level) {
                Some(level) => level,
                None => {
                    let message = format!(
                        "generalised work function `{code}`: level `{level}` is not a number 1-9"
                    );
                    self.problem(Severity::Error, *at, message);
                    draft.failed = true;
                    0
                }
            },
            None => {
                self.problem(
                    Severity::Error,
                    draft.position.0,
                    format!("generalised work function `{code}` has no `LevelOfQualification`"),
                );
                draft.failed = true;
                0
            }
        };
        let Some(name) = draft.name else {
            self.problem(
                Severity::Error,
                draft.position.0,
                format!("generalised work function `{code}` has no name (`NameOTF`)"),
            );
            return;
        };
        if draft.failed {
            return;
        }
        let Some(standard) = &mut self.standard else {
            return;
        };
        standard.functions.push(GeneralisedFunction {
            id: code,
            title: Text::Plain(name),
            level,
            job_titles: draft.job_titles,
            education: draft.education,
            experience: draft.experience,
            special_conditions: draft.special_conditions,
            national_codes: draft.codes,
            other_characteristics: (!draft.other.is_empty())
                .then(|| Text::Plain(draft.other.join("\n"))),
        });
        standard.units.extend(draft.units);
    }

    /// The code with Cyrillic letters that look like Latin ones replaced, with a warning.
    fn latin_code(&mut self, code: &str, position: Position, what: &str) -> String {
        // The one table of look-alikes, which K111 and did-you-mean use too.
        let latin = kasb_model::id::fold_lookalikes(code).into_owned();
        if latin != code {
            self.problem(
                Severity::Warning,
                position,
                format!("{what} code `{code}` is written with Cyrillic letters; read as `{latin}`"),
            );
        }
        latin
    }

    fn finish_standard(&mut self) {
        let Some(draft) = self.standard.take() else {
            return;
        };
        let position = draft.position.0;
        if draft.failed {
            let code = draft.code.unwrap_or_else(|| "?".to_owned());
            self.problems.push(Problem::new(
                Severity::Error,
                at(self.file, position),
                format!("professional standard `{code}` is not imported: see the errors above"),
            ));
            return;
        }
        let id = match (&draft.code, &draft.registration) {
            (Some(code), _) => format!("ru-ps-{}", slug(code)),
            (None, Some(registration)) => format!("ru-ps-reg-{}", slug(registration)),
            (None, None) => {
                self.problems.push(Problem::new(
                    Severity::Error,
                    at(self.file, position),
                    "professional standard has neither `CodeKindProfessionalActivity` nor \
                     `RegistrationNumber`, so it cannot be given an id"
                        .to_owned(),
                ));
                return;
            }
        };
        let id_error = kasb_model::id::check_id(&id, kasb_model::id::IdKind::Document)
            .err()
            .map(|error| error.message);
        if let Some(reason) = id_error.or_else(|| {
            crate::check_file_name(&format!("{id}.yaml"))
                .err()
                .map(|reason| reason.to_string())
        }) {
            self.problems.push(Problem::new(
                Severity::Error,
                at(self.file, position),
                format!("professional standard `{id}` cannot be written under its id: {reason}"),
            ));
            return;
        }
        let Some(title) = draft.title.clone().or_else(|| draft.activity.clone()) else {
            self.problems.push(Problem::new(
                Severity::Error,
                at(self.file, position),
                format!("professional standard `{id}` has no name (`NameProfessionalStandart`)"),
            ));
            return;
        };
        let approved_on = match &draft.date {
            Some((date, at)) => match russian_date(date) {
                Ok(date) => Some(date),
                Err(reason) => {
                    let message = format!("`{id}`: date of approval `{date}` {reason}; left out");
                    self.problem(Severity::Warning, *at, message);
                    None
                }
            },
            None => None,
        };
        let isco = isco_for(&draft.codes, approved_on.as_ref());
        let occupation = Occupation {
            title: Text::Plain(draft.activity.unwrap_or_else(|| title.clone())),
            isco,
            esco: Vec::new(),
            national_codes: draft.codes,
            job_titles: Vec::new(),
        };
        let approval = Approval {
            developed_by: draft.developers.into_iter().map(Text::Plain).collect(),
            approved_by: Some(Text::Plain(MINISTRY.to_owned())),
            registration_number: draft.registration,
            order_number: draft.order,
            approved_on,
            valid_from: None,
            valid_to: None,
        };
        self.standards.push(OccupationalStandard {
            kind: Default::default(),
            format: FormatVersion::CURRENT,
            id,
            version: None,
            title: Text::Plain(title),
            language: "ru".to_owned(),
            country: "RU".to_owned(),
            occupation,
            framework: FRAMEWORK_ID.to_owned(),
            purpose: draft.purpose.map(Text::Plain),
            activity_code: draft.code,
            status: Status::Approved,
            approval: Some(approval),
            replaced_by: None,
            functions: draft.functions,
            units: draft.units,
        });
    }
}

fn is_known(name: &str) -> bool {
    if KNOWN.contains(&name) {
        return true;
    }
    ["List", "Unit", "Code", "Name"].iter().any(|prefix| {
        name.strip_prefix(prefix)
            .is_some_and(|scheme| SCHEMES.contains(&scheme))
    })
}

fn parse_level(text: &str) -> Option<u8> {
    text.trim()
        .parse::<u8>()
        .ok()
        .filter(|level| (1..=9).contains(level))
}

/// `18.11.2013` → `2013-11-18`.
fn russian_date(text: &str) -> Result<Date, String> {
    let not_russian = || "is not DD.MM.YYYY".to_owned();
    let mut parts = text.trim().split('.');
    let (Some(day), Some(month), Some(year)) = (parts.next(), parts.next(), parts.next()) else {
        return Err(not_russian());
    };
    let shaped = parts.next().is_none()
        && [(day, 2), (month, 2), (year, 4)]
            .iter()
            .all(|&(part, length)| {
                part.len() == length && part.bytes().all(|b| b.is_ascii_digit())
            });
    if !shaped {
        return Err(not_russian());
    }
    // Shaped as digits of these lengths, each part fits its type.
    let (Ok(year), Ok(month), Ok(day)) = (year.parse(), month.parse(), day.parse()) else {
        return Err(not_russian());
    };
    Date::new(year, month, day).map_err(|error| format!("is not a date ({error})"))
}

/// Characters kept in ids: letters, digits, `.`, `-`; others become `-`.
fn slug(text: &str) -> String {
    text.trim()
        .chars()
        .map(|ch| {
            if ch.is_ascii_alphanumeric() || ch == '.' || ch == '-' {
                ch.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect()
}

/// The ISCO-08 unit group of a standard, when certain (see the module docs).
fn isco_for(codes: &[NationalCode], approved_on: Option<&Date>) -> Option<String> {
    // The raw codes are normalised already; the trailing dot is gone. OK 010-2014 is in force
    // from 2015-07-01.
    let okz: BTreeMap<&str, ()> = codes
        .iter()
        .filter(|code| code.scheme == "OKZ")
        .map(|code| (code.code.as_str(), ()))
        .collect();
    let new_okz =
        approved_on.is_some_and(|date| (date.year(), date.month(), date.day()) >= (2015, 7, 1));
    if okz.len() != 1 || !new_okz {
        return None;
    }
    let code = okz.keys().next()?;
    isco08_unit_groups()
        .contains(code)
        .then(|| (*code).to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn import(xml: &str) -> Import {
        import_reader("test.xml", xml.as_bytes())
    }

    #[test]
    fn malformed_xml_is_located_and_does_not_panic() {
        let result = import(
            "<XMLCardInfo>\n<ProfessionalStandarts><ProfessionalStandart>\n<NameProfessionalStandart>X</Oops>",
        );
        assert!(result.documents.is_empty());
        let first = &result.problems[0];
        assert_eq!(first.severity, Severity::Error);
        assert_eq!(first.location.line(), 3, "{first}");
        assert!(first.message.contains("malformed XML"), "{first}");
    }

    #[test]
    fn garbage_is_an_error_not_a_panic() {
        for input in [
            "",
            "not xml",
            "<",
            "<a><b></a>",
            "\u{feff}<?xml version=\"1.0\"?>",
        ] {
            let result = import(input);
            assert!(result.documents.is_empty(), "{input:?}");
        }
    }

    #[test]
    fn dates_and_slugs() {
        assert_eq!(
            russian_date("18.11.2013").map(|date| date.to_string()),
            Ok("2013-11-18".to_owned())
        );
        assert_eq!(
            russian_date("2013-11-18"),
            Err("is not DD.MM.YYYY".to_owned())
        );
        assert_eq!(
            russian_date("31.02.2020"),
            Err("is not a date (there is no day 31 in February 2020 (it has 29 days))".to_owned())
        );
        assert_eq!(slug("06.001"), "06.001");
        assert_eq!(kasb_model::id::fold_lookalikes("В/01.5"), "B/01.5");
    }

    #[test]
    fn isco_only_for_one_new_okz_code() {
        let okz = |code: &str| NationalCode {
            scheme: "OKZ".into(),
            code: code.into(),
            title: None,
        };
        let new = Date::new(2020, 9, 7).unwrap();
        let old = Date::new(2013, 11, 18).unwrap();
        let first_day = Date::new(2015, 7, 1).unwrap();
        assert_eq!(
            isco_for(&[okz("5411")], Some(&first_day)).as_deref(),
            Some("5411")
        );
        assert_eq!(
            isco_for(&[okz("5411")], Some(&new)).as_deref(),
            Some("5411")
        );
        assert_eq!(isco_for(&[okz("2132")], Some(&old)), None);
        assert_eq!(isco_for(&[okz("2141"), okz("3115")], Some(&new)), None);
        assert_eq!(isco_for(&[okz("9999")], Some(&new)), None);
    }
}
