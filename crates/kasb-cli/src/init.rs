//! `kasb init`: a standards repository that checks clean, in one command.
//!
//! It writes `kasb.toml`, a README for the repository's authors, the JSON Schemas, and one worked
//! example of each kind a country writes (an occupational standard, a qualification, an
//! assessment tool, a training programme), all on the country's reference framework. A crosswalk
//! is not written: it aligns two standards (another country's, or a former version), and a new
//! repository holds one; `kasb new crosswalk` writes one when there are two. For a country
//! without a reference framework, the repository gets its own `frameworks/<cc>-nqf.yaml`, to be
//! completed, referenced level for level to the EQF until the country's referencing report says
//! otherwise.

use std::path::{Path, PathBuf};

use clap::Args;
use kasb::interchange::{Overwrite, write_file};
use kasb::model::{Document, LevelFramework, Referencing};

use crate::init_examples::{Phrases, example_documents};
use crate::new::{NewKind, country_code, directory_of, language_tag, national_framework};
use crate::yaml::commented_yaml;
use crate::{emit, error_chain, outcome_word};
use kasb::diagnostics::visible;

/// Start a standards repository.
#[derive(Args)]
pub(crate) struct InitArgs {
    /// The directory to create the repository in (created when missing; it must be empty).
    #[arg(default_value = ".")]
    dir: PathBuf,
    /// The country, ISO 3166-1 alpha-2 (`KG`): the worked examples are on its national framework.
    #[arg(long)]
    country: String,
    /// The language of the repository's texts, BCP 47 (`ky`); by default the national language
    /// of a country that has a reference framework.
    #[arg(long)]
    language: Option<String>,
    /// Write into a directory that is not empty, replacing files of the same names.
    #[arg(long)]
    force: bool,
}

/// Countries whose national framework is in the reference set, with their national language.
pub(crate) const REFERENCE_COUNTRIES: [(&str, &str); 7] = [
    ("AM", "hy"),
    ("AZ", "az"),
    ("KG", "ky"),
    ("KZ", "kk"),
    ("RU", "ru"),
    ("TJ", "tg"),
    ("UZ", "uz"),
];

/// What the repository is made for: a country, a language and the phrases of its examples.
pub(crate) struct Setting {
    pub(crate) country: String,
    pub(crate) language: String,
    pub(crate) phrases: Phrases,
}

/// Runs `kasb init`.
pub(crate) fn run(args: InitArgs) -> Result<u8, String> {
    let setting = setting(&args)?;
    let files = repository_files(&setting)?;
    prepare(&args.dir, args.force)?;
    // Every directory on the way is checked before anything is written.
    for (relative, _) in &files {
        directories_inside(&args.dir, relative, false)?;
    }
    let overwrite = if args.force {
        Overwrite::Force
    } else {
        Overwrite::Never
    };
    for (relative, text) in &files {
        let path = inside(&args.dir, relative)?;
        let outcome = write_file(&path, text.as_bytes(), overwrite, [])
            .map_err(|error| error_chain(&error))?;
        let shown = path.display().to_string();
        emit(&format!("{} {}\n", outcome_word(outcome), visible(&shown)))?;
    }
    let shown = args.dir.display().to_string();
    emit(&format!(
        "a {} standards repository is ready: `kasb check {}`\n",
        setting.country,
        visible(&shown)
    ))?;
    Ok(crate::EXIT_CLEAN)
}

fn setting(args: &InitArgs) -> Result<Setting, String> {
    let country = country_code(&args.country)?;
    let national = REFERENCE_COUNTRIES
        .iter()
        .find(|(code, _)| *code == country)
        .map(|(_, language)| *language);
    let language = match (&args.language, national) {
        (Some(language), _) => language_tag(language)?,
        (None, Some(language)) => language.to_owned(),
        (None, None) => {
            return Err(format!(
                "give --language for {country}: the BCP 47 tag of your texts, such as ka or en"
            ));
        }
    };
    let phrases = Phrases::for_language(&language);
    Ok(Setting {
        country,
        language,
        phrases,
    })
}

/// Every file of the repository, relative to its root, with its text.
fn repository_files(setting: &Setting) -> Result<Vec<(PathBuf, String)>, String> {
    let mut files = vec![
        (PathBuf::from("kasb.toml"), kasb_toml(setting)),
        (PathBuf::from("README.md"), readme(setting)),
    ];
    for kind in Document::KINDS {
        let text = serde_json::to_string_pretty(&kind.json_schema())
            .map_err(|error| error.to_string())?
            + "\n";
        files.push((Path::new("schemas").join(kind.schema_file_name()), text));
    }
    let mut documents = example_documents(setting);
    if !is_reference_country(&setting.country) {
        documents.push((own_framework(setting), OWN_FRAMEWORK_HEADER));
    }
    for (document, header) in documents {
        let dir = directory_of(document.kind());
        let schema = format!("../schemas/{}", document.kind().schema_file_name());
        let text = commented_yaml(&document, &schema, header)?;
        files.push((Path::new(dir).join(format!("{}.yaml", document.id())), text));
    }
    Ok(files)
}

fn is_reference_country(country: &str) -> bool {
    REFERENCE_COUNTRIES.iter().any(|(code, _)| *code == country)
}

const OWN_FRAMEWORK_HEADER: &[&str] = &[
    "Your national qualifications framework: kasb's reference set has none for this country.",
    "Complete the levels and their descriptors. Each level is referenced to the EQF level of the",
    "same number as a starting point only: set `referenced_level` as your referencing report says.",
];

/// A framework of eight levels, each referenced to the EQF level of the same number.
fn own_framework(setting: &Setting) -> Document {
    let title = setting
        .phrases
        .text(crate::init_examples::Phrase::Framework, &setting.country);
    let mut framework = LevelFramework::new(national_framework(&setting.country), title, "en");
    framework.country = Some(setting.country.clone());
    framework.referencing = Some(Referencing {
        framework: "eqf".to_owned(),
        source: None,
    });
    framework.levels = (1..=8)
        .map(|number| {
            let mut level = kasb::model::Level::new(number);
            level.referenced_level = Some(number);
            level
        })
        .collect();
    Document::LevelFramework(framework)
}

/// Makes `dir` (when missing) and refuses one that holds anything, unless `force`.
fn prepare(dir: &Path, force: bool) -> Result<(), String> {
    let cannot = |error: std::io::Error| format!("cannot use `{}`: {error}", dir.display());
    if !dir.exists() {
        return std::fs::create_dir_all(dir).map_err(cannot);
    }
    if !dir.is_dir() {
        return Err(format!("`{}` is not a directory", dir.display()));
    }
    let empty = std::fs::read_dir(dir).map_err(cannot)?.next().is_none();
    if !empty && !force {
        return Err(format!(
            "`{}` is not empty: kasb init writes a new repository into an empty directory \
             (--force writes among what is there, replacing files of the same names)",
            dir.display()
        ));
    }
    Ok(())
}

/// `dir/relative`, making its directories.
fn inside(dir: &Path, relative: &Path) -> Result<PathBuf, String> {
    directories_inside(dir, relative, true)?;
    Ok(dir.join(relative))
}

/// Checks each directory between `dir` and the file `relative` (making the missing ones when
/// `make`), and refuses one that is a symbolic link or not a directory, so nothing is written
/// outside `dir`.
fn directories_inside(dir: &Path, relative: &Path, make: bool) -> Result<(), String> {
    let mut path = dir.to_path_buf();
    let parent = relative.parent().unwrap_or(Path::new(""));
    for component in parent.components() {
        path.push(component);
        match std::fs::symlink_metadata(&path) {
            Ok(metadata) if metadata.is_dir() => {}
            Ok(_) => {
                return Err(format!(
                    "`{}` is in the way: it is a symbolic link or a file, and kasb init writes \
                     only inside `{}`",
                    path.display(),
                    dir.display()
                ));
            }
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
                if !make {
                    return Ok(());
                }
                std::fs::create_dir(&path)
                    .map_err(|error| format!("cannot create `{}`: {error}", path.display()))?;
            }
            Err(error) => return Err(format!("cannot use `{}`: {error}", path.display())),
        }
    }
    Ok(())
}

/// The configuration: required languages, the reference set, limits at their defaults.
fn kasb_toml(setting: &Setting) -> String {
    let mut text = String::from(
        "# kasb's configuration for this repository: `kasb check` finds it here.\n\
         \n\
         # Rules keep their default severities; set one by code or name: off, info, warning or\n\
         # error (K205 = \"off\"). `kasb rules` lists them, `kasb explain K205` explains one.\n\
         [rules]\n\
         \n\
         [languages]\n\
         # Every title and statement must be given in each of these languages (rule K605).\n",
    );
    text.push_str(&required_languages(setting));
    text.push_str(
        "\n\
         # Which YAML files are checked: all of them, unless globs relative to this file say.\n\
         # [files]\n\
         # exclude = [\"drafts/**\"]\n\
         \n\
         # The reference set (the EQF, the national frameworks of AM, AZ, KG, KZ, RU, TJ and UZ,\n\
         # ISCO-08, ISCO-88) is built into kasb: name `eqf`, `kg-nqf` or `isco: \"7212\"` without\n\
         # copying them here. A document of yours with the same id takes precedence, and kasb says\n\
         # so. Pin the version this repository was written against, or keep your own copies:\n\
         [reference]\n\
         version = \"{version}\"\n\
         # enabled = false\n\
         \n\
         # The per-file limits ([limits]) are left at their defaults, which suit any real standard.\n",
    );
    text.replace("{version}", kasb::reference::VERSION)
}

fn required_languages(setting: &Setting) -> String {
    let language = &setting.language;
    if language == "en" {
        "required = [\"en\"]\n".to_owned()
    } else if setting.phrases.has_language() {
        format!("required = [\"{language}\", \"en\"]\n")
    } else {
        format!(
            "# The worked examples are in English only: add \"{language}\" once every text\n\
             # carries it.\n\
             required = [\"en\"]\n\
             # required = [\"{language}\", \"en\"]\n"
        )
    }
}

/// The README for the repository's authors.
fn readme(setting: &Setting) -> String {
    let country = &setting.country;
    let name =
        isocountry::CountryCode::for_alpha2(country).map_or(country.as_str(), |code| code.name());
    let mut text = format!(
        "# Occupational standards: {name}\n\n\
         This repository keeps {name}'s occupational standards, qualifications, assessment tools\n\
         and training programmes as YAML files, checked by [kasb](https://github.com/kasb-dev/kasb).\n\
         It was started with `kasb init --country {country} --language {language}`.\n\n\
         ## Check\n\n\
         ```sh\n\
         kasb check .\n\
         ```\n\n\
         Every problem is reported at `file:line:column` with a rule code; `kasb explain K202`\n\
         explains a rule with a failing and a passing example, and `kasb rules` lists them all.\n\
         `kasb.toml` sets the rules' severities and the languages every text must be given in.\n\n\
         ## Where each kind goes\n\n\
         | directory | kind | start one with |\n\
         | --- | --- | --- |\n",
        language = setting.language,
    );
    text.push_str(&kinds_table(country));
    text.push_str(
        "\nEach folder holds one worked example (but `crosswalks/`: a crosswalk aligns two\n\
         standards, such as another country's or a former version of yours). Every file starts\n\
         with a `# yaml-language-server` line naming its schema in `schemas/`, so an editor with\n\
         the YAML language server completes and checks it as you type.\n\n\
         ## Reference data\n\n",
    );
    text.push_str(&reference_data(country));
    text
}

/// The README's table of where each kind goes, and the command that starts one.
fn kinds_table(country: &str) -> String {
    NewKind::ALL
        .iter()
        .map(|kind| {
            format!(
                "| `{}/` | {} | `kasb new {} ID {}` |\n",
                kind.directory(),
                kind.document_kind().as_str(),
                kind.name(),
                kind.usual_options(country)
            )
        })
        .collect()
}

/// The README's paragraph on the reference data the repository names.
fn reference_data(country: &str) -> String {
    let framework = national_framework(country);
    let mut text = String::new();
    if is_reference_country(country) {
        text.push_str(&format!(
            "The EQF, `{framework}` and ISCO-08 are built into kasb: refer to them by id\n\
             (`framework: {framework}`, `level: 3`, `isco: \"7212\"`) without copying them here.\n"
        ));
    } else {
        text.push_str(&format!(
            "The EQF and ISCO-08 are built into kasb: refer to them by id (`eqf`,\n\
             `isco: \"7212\"`) without copying them here. kasb has no reference framework for\n\
             {country}: `frameworks/{framework}.yaml` is yours to complete, and the examples use it.\n"
        ));
    }
    text
}
