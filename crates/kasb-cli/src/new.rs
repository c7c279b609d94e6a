//! `kasb new`: a skeleton document of one kind with every required field, each with a one-line
//! comment taken from the model's documentation.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use clap::{Args, ValueEnum};
use kasb::config::Config;
use kasb::diagnostics::visible;
use kasb::interchange::{Overwrite, schema_reference, write_file};
use kasb::model::id::{IdError, IdKind, check_id};
use kasb::model::markers::{AssessmentToolKind, CrosswalkKind, TrainingProgrammeKind};
use kasb::model::{
    AssessmentTool, Crosswalk, DeliveryMode, Document, DocumentKind, FormatVersion, Occupation,
    OccupationalStandard, Provenance, Qualification, Status, Text, TrainingProgramme,
};

use crate::yaml::commented_yaml;
use crate::{emit, error_chain, outcome_word};

/// Write a skeleton document: every required field, a comment per field.
#[derive(Args)]
pub(crate) struct NewArgs {
    /// The kind of document.
    kind: NewKind,
    /// Its id (Latin letters and digits joined by `-`, `_` or `.`, such as `kg-plumber`).
    id: String,
    /// Where to write: a `.yaml` file, or a directory to write `ID.yaml` into (default: the
    /// kind's directory, such as `standards/`, when the current directory has it or holds
    /// `kasb.toml`, else the current directory).
    #[arg(long)]
    out: Option<PathBuf>,
    /// The country, ISO 3166-1 alpha-2 (`KG`): its framework is `<country>-nqf`. Required for a
    /// standard, a qualification and a programme.
    #[arg(long)]
    country: Option<String>,
    /// The qualification an assessment tool or programme serves (its id).
    #[arg(long)]
    qualification: Option<String>,
    /// A crosswalk's source document (its id).
    #[arg(long)]
    source: Option<String>,
    /// A crosswalk's target document (its id).
    #[arg(long)]
    target: Option<String>,
    /// Replace a file that exists.
    #[arg(long)]
    force: bool,
}

/// The kinds `kasb new` writes.
#[derive(Clone, Copy, ValueEnum)]
pub(crate) enum NewKind {
    Standard,
    Qualification,
    Assessment,
    Programme,
    Crosswalk,
}

impl NewKind {
    /// Every kind, in the order a repository's README lists them.
    pub(crate) const ALL: [NewKind; 5] = [
        NewKind::Standard,
        NewKind::Qualification,
        NewKind::Assessment,
        NewKind::Programme,
        NewKind::Crosswalk,
    ];

    /// The document kind it writes.
    pub(crate) fn document_kind(self) -> DocumentKind {
        match self {
            NewKind::Standard => DocumentKind::OccupationalStandard,
            NewKind::Qualification => DocumentKind::Qualification,
            NewKind::Assessment => DocumentKind::AssessmentTool,
            NewKind::Programme => DocumentKind::TrainingProgramme,
            NewKind::Crosswalk => DocumentKind::Crosswalk,
        }
    }

    /// The directory of a `kasb init` repository this kind is kept in.
    pub(crate) fn directory(self) -> &'static str {
        directory_of(self.document_kind())
    }

    /// Its name on the command line.
    pub(crate) fn name(self) -> &'static str {
        match self {
            NewKind::Standard => "standard",
            NewKind::Qualification => "qualification",
            NewKind::Assessment => "assessment",
            NewKind::Programme => "programme",
            NewKind::Crosswalk => "crosswalk",
        }
    }

    /// The options it needs (or is usually given), as a README shows them.
    pub(crate) fn usual_options(self, country: &str) -> String {
        match self {
            NewKind::Standard | NewKind::Qualification | NewKind::Programme => {
                format!("--country {country}")
            }
            NewKind::Assessment => "--qualification QID".to_owned(),
            NewKind::Crosswalk => "--source ID --target ID".to_owned(),
        }
    }
}

/// The directory of a `kasb init` repository that keeps documents of `kind`.
pub(crate) fn directory_of(kind: DocumentKind) -> &'static str {
    KIND_DIRECTORIES
        .iter()
        .find(|(known, _)| *known == kind)
        .map_or(".", |(_, dir)| dir)
}

/// Runs `kasb new`.
pub(crate) fn run(args: NewArgs) -> Result<u8, String> {
    if let Err(located) = check_ids(&args) {
        let _ = write!(anstream::stderr(), "{located}");
        return Ok(crate::EXIT_USAGE);
    }
    let path = destination(&args);
    let dir = path.parent().unwrap_or(Path::new("."));
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    let languages = repository_languages(dir)?;
    let document = skeleton(&args, &languages)?;
    let schema = schema_reference(dir, document.kind());
    let header = [
        "A skeleton written by `kasb new`: replace each TODO, then run `kasb check`.",
        "Optional fields are in the JSON Schema named above; your editor completes them.",
    ];
    let text = commented_yaml(&document, &schema, &header)?;
    std::fs::create_dir_all(dir)
        .map_err(|error| format!("cannot create `{}`: {error}", dir.display()))?;
    let overwrite = if args.force {
        Overwrite::Force
    } else {
        Overwrite::Never
    };
    let outcome =
        write_file(&path, text.as_bytes(), overwrite, []).map_err(|error| error_chain(&error))?;
    let shown = path.display().to_string();
    emit(&format!("{} {}\n", outcome_word(outcome), visible(&shown)))?;
    Ok(crate::EXIT_CLEAN)
}

/// The file to write: `--out` as a file when it names a `.yaml`/`.yml` file, else `ID.yaml` in
/// `--out` or the default directory.
fn destination(args: &NewArgs) -> PathBuf {
    let file_name = format!("{}.yaml", args.id);
    match &args.out {
        Some(out) if is_yaml_file_name(out) => out.clone(),
        Some(out) => out.join(file_name),
        None => {
            let kind_dir = Path::new(args.kind.directory());
            // A repository's root holds kasb.toml: its documents go in the kind's directory.
            if kind_dir.is_dir() || Path::new("kasb.toml").is_file() {
                kind_dir.join(file_name)
            } else {
                PathBuf::from(file_name)
            }
        }
    }
}

fn is_yaml_file_name(path: &Path) -> bool {
    path.extension()
        .and_then(|extension| extension.to_str())
        .is_some_and(|extension| {
            extension.eq_ignore_ascii_case("yaml") || extension.eq_ignore_ascii_case("yml")
        })
}

/// The languages the repository that will hold `dir` requires (its `kasb.toml`, found from
/// `dir` or the nearest existing directory above it), so the skeleton's texts carry each.
fn repository_languages(dir: &Path) -> Result<Vec<String>, String> {
    let absolute = std::path::absolute(dir).unwrap_or_else(|_| dir.to_path_buf());
    let Some(start) = absolute.ancestors().find(|ancestor| ancestor.is_dir()) else {
        return Ok(Vec::new());
    };
    let Some(config) = Config::find(start) else {
        return Ok(Vec::new());
    };
    Config::read(&config)
        .map(|config| config.required_languages)
        .map_err(|error| error_chain(&error))
}

/// The skeleton of the kind asked for.
fn skeleton(args: &NewArgs, languages: &[String]) -> Result<Document, String> {
    let draft = Draft {
        args,
        languages,
        language: document_language(languages),
    };
    match args.kind {
        NewKind::Standard => draft.standard(),
        NewKind::Qualification => draft.qualification(),
        NewKind::Assessment => draft.assessment(),
        NewKind::Programme => draft.programme(),
        NewKind::Crosswalk => draft.crosswalk(),
    }
}

/// What every skeleton is made from: the command's arguments, the languages the repository
/// requires, and the document's `language`.
struct Draft<'a> {
    args: &'a NewArgs,
    languages: &'a [String],
    language: String,
}

impl Draft<'_> {
    /// A text for the author to write, in each required language.
    fn todo(&self, what: &str) -> Text {
        placeholder(what, self.languages, &self.language)
    }

    fn standard(&self) -> Result<Document, String> {
        let country = required_country(self.args)?;
        let occupation = Occupation::new(self.todo("the occupation's name"));
        Ok(Document::OccupationalStandard(OccupationalStandard::new(
            self.args.id.clone(),
            self.todo("the standard's title"),
            self.language.clone(),
            country.clone(),
            national_framework(&country),
            occupation,
        )))
    }

    fn qualification(&self) -> Result<Document, String> {
        let country = required_country(self.args)?;
        Ok(Document::Qualification(Qualification::new(
            self.args.id.clone(),
            self.todo("the qualification's title"),
            self.language.clone(),
            country.clone(),
            national_framework(&country),
            1,
        )))
    }

    fn assessment(&self) -> Result<Document, String> {
        Ok(Document::AssessmentTool(AssessmentTool {
            kind: AssessmentToolKind,
            format: FormatVersion::CURRENT,
            id: self.args.id.clone(),
            title: self.todo("the assessment tool's title"),
            language: self.language.clone(),
            country: optional_country(self.args)?,
            qualification: self.args.qualification.clone(),
            standards: Vec::new(),
            total_weight: None,
            pass_mark: None,
            status: Status::default(),
            rules_of_evidence: None,
            instruments: Vec::new(),
        }))
    }

    fn programme(&self) -> Result<Document, String> {
        Ok(Document::TrainingProgramme(TrainingProgramme {
            kind: TrainingProgrammeKind,
            format: FormatVersion::CURRENT,
            id: self.args.id.clone(),
            title: self.todo("the programme's title"),
            language: self.language.clone(),
            country: required_country(self.args)?,
            provider: None,
            qualification: self.args.qualification.clone(),
            delivery_mode: DeliveryMode::FaceToFace,
            status: Status::default(),
            modules: Vec::new(),
        }))
    }

    fn crosswalk(&self) -> Result<Document, String> {
        let side = |value: Option<&String>, flag: &str| {
            value.cloned().ok_or_else(|| {
                format!("`kasb new crosswalk` needs --{flag}: the id of the document it aligns")
            })
        };
        Ok(Document::Crosswalk(Crosswalk {
            kind: CrosswalkKind,
            format: FormatVersion::CURRENT,
            id: self.args.id.clone(),
            title: self.todo("the crosswalk's title"),
            language: self.language.clone(),
            source: side(self.args.source.as_ref(), "source")?,
            target: side(self.args.target.as_ref(), "target")?,
            provenance: Provenance {
                author: self.todo("who aligned the two documents"),
                date: None,
                method: None,
            },
            alignments: Vec::new(),
        }))
    }
}

/// The document's `language`: English when the repository requires it (or requires nothing),
/// else the first language it requires.
fn document_language(languages: &[String]) -> String {
    if languages.is_empty() || languages.iter().any(|language| language == "en") {
        "en".to_owned()
    } else {
        languages[0].clone()
    }
}

/// A text to replace: one entry per required language, or a plain string.
fn placeholder(what: &str, languages: &[String], language: &str) -> Text {
    let text = format!("TODO {what}");
    if languages.is_empty() || languages == [language] {
        Text::from(text.as_str())
    } else {
        Text::from_translations(
            languages
                .iter()
                .map(|language| (language.clone(), format!("{text} ({language})"))),
        )
    }
}

/// The id of the national framework of `country`: the reference set's `kg-nqf` for KG, and
/// the same name for the framework `kasb init` writes for a country without one.
pub(crate) fn national_framework(country: &str) -> String {
    format!("{}-nqf", country.to_ascii_lowercase())
}

fn required_country(args: &NewArgs) -> Result<String, String> {
    match optional_country(args)? {
        Some(country) => Ok(country),
        None => Err(format!(
            "`kasb new {}` needs --country: the ISO 3166-1 alpha-2 code, such as KG",
            args.kind.name()
        )),
    }
}

fn optional_country(args: &NewArgs) -> Result<Option<String>, String> {
    args.country.as_deref().map(country_code).transpose()
}

/// `code` as an ISO 3166-1 alpha-2 country code, in capitals.
pub(crate) fn country_code(code: &str) -> Result<String, String> {
    let upper = code.to_ascii_uppercase();
    if upper.len() == 2 && isocountry::CountryCode::for_alpha2(&upper).is_ok() {
        Ok(upper)
    } else {
        Err(format!(
            "`{code}` is not an ISO 3166-1 alpha-2 country code: use two letters, such as KG, \
             AM, AZ, KZ, RU, TJ or UZ"
        ))
    }
}

/// `tag` when it is a BCP 47 language tag whose language is an ISO 639 code (two or three
/// letters), as the schemas require.
pub(crate) fn language_tag(tag: &str) -> Result<String, String> {
    let language = tag.split('-').next().unwrap_or("");
    if (2..=3).contains(&language.len()) && oxilangtag::LanguageTag::parse(tag).is_ok() {
        Ok(tag.to_owned())
    } else {
        Err(format!(
            "`{tag}` is not a BCP 47 language tag: use an ISO 639 code such as ky, ru, hy or en"
        ))
    }
}

/// Every id given on the command line, checked against the id grammar; the first one outside it
/// as a located error.
fn check_ids(args: &NewArgs) -> Result<(), String> {
    let given = [
        ("ID", Some(&args.id)),
        ("--qualification", args.qualification.as_ref()),
        ("--source", args.source.as_ref()),
        ("--target", args.target.as_ref()),
    ];
    for (name, id) in given {
        if let Some(id) = id
            && let Err(error) = check_id(id, IdKind::Document)
        {
            return Err(located_id_error(name, id, &error));
        }
    }
    Ok(())
}

/// The id error as `kasb check` shows a located one: what, where, a caret under the character,
/// the help. The id is shown through `visible`, so a control character cannot reach the terminal.
fn located_id_error(name: &str, id: &str, error: &IdError) -> String {
    let before: String = id.chars().take(error.position.saturating_sub(1)).collect();
    let column = visible(&before).chars().count();
    let help = match &error.suggestion {
        Some(suggestion) => format!("write `{}`", visible(suggestion)),
        None => "ids are Latin letters and digits joined by single `-`, `_` or `.` \
                 (`kasb explain K111`)"
            .to_owned(),
    };
    format!(
        "error: `{shown}` is not a valid id: {message}\n  --> {name}, character {position}\n   |\n   | \
         {shown}\n   | {caret}^\n   |\n   = help: {help}\n",
        shown = visible(id),
        message = visible(&error.message),
        position = error.position,
        caret = " ".repeat(column),
    )
}

/// The kinds a `kasb init` repository keeps, with the directory each goes in.
pub(crate) const KIND_DIRECTORIES: [(DocumentKind, &str); 6] = [
    (DocumentKind::OccupationalStandard, "standards"),
    (DocumentKind::Qualification, "qualifications"),
    (DocumentKind::AssessmentTool, "assessments"),
    (DocumentKind::TrainingProgramme, "programmes"),
    (DocumentKind::Crosswalk, "crosswalks"),
    (DocumentKind::LevelFramework, "frameworks"),
];
