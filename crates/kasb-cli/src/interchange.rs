//! `kasb import` and `kasb export`: other formats in and out.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::{Args, Subcommand};
use kasb::CheckOptions;
use kasb::config::Config;
use kasb::diagnostics::{Severity, visible};
use kasb::interchange::{Import, Overwrite, WriteError, case, ctdl, esco, ru, write_file};

/// Import a file of another system as kasb YAML files.
#[derive(Args)]
pub(crate) struct ImportArgs {
    #[command(subcommand)]
    format: ImportFormat,
    /// The directory to write the YAML files into (created when missing).
    #[arg(long, global = true, default_value = ".")]
    out: PathBuf,
    /// Overwrite files that exist with different contents (a symbolic link in the way is
    /// replaced, its target never written). Files that already hold what would be written are
    /// left alone without it.
    #[arg(long, global = true)]
    force: bool,
}

#[derive(Subcommand)]
enum ImportFormat {
    /// A CASE 1.0 package (JSON): becomes a Classification and a `.case.json` sidecar that keeps
    /// identifiers and associations for `kasb export case`.
    Case {
        /// The package file.
        file: PathBuf,
    },
    /// Russian professional standards in the Ministry of Labour's XML: one OccupationalStandard
    /// per standard, on the `ru-nqf` framework.
    RuProfstandart {
        /// The XML files.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// ESCO CSV (the v1.1.1 layout or the official download layout): ESCO occupations and
    /// skills with their alternative labels, descriptions, skill types and reuse levels, and
    /// each occupation's essential and optional skills (crosswalks split by ISCO group past
    /// 20,000 relations), linked to kasb's reference ISCO-08.
    Esco {
        /// The directory that holds the CSV files.
        dir: PathBuf,
        /// Also write ESCO's ISCO groups, as a classification with this id, and link the
        /// occupations to it instead of the reference ISCO-08 (an id other than `isco-08`).
        #[arg(long, value_name = "ID")]
        isco_id: Option<String>,
    },
}

/// Export a kasb document in another format.
#[derive(Args)]
pub(crate) struct ExportArgs {
    #[command(subcommand)]
    format: ExportFormat,
    /// Files or directories to load (repeatable); the kasb.toml found from the first one
    /// upwards chooses the files and limits, as for `kasb check`.
    #[arg(long = "in", global = true, default_value = ".")]
    inputs: Vec<PathBuf>,
    /// The file to write; standard output when missing.
    #[arg(long, global = true)]
    out: Option<PathBuf>,
    /// Overwrite the output file when it exists.
    #[arg(long, global = true)]
    force: bool,
}

#[derive(Subcommand)]
enum ExportFormat {
    /// A CASE 1.0 package (JSON).
    Case {
        /// The kasb id, or the CASE identifier of an imported package.
        id: String,
        /// When the edits were made, RFC 3339 (`2030-01-02T03:04:05Z`): the
        /// `lastChangeDateTime` of what changed since the import. Default: `SOURCE_DATE_EPOCH`
        /// (seconds since 1970) when set, else now.
        #[arg(long)]
        date: Option<String>,
        /// The CASE version to write, `1.0` or `1.1`. Default: the version the package was
        /// imported from, else 1.0.
        #[arg(long, value_parser = ["1.0", "1.1"])]
        case_version: Option<String>,
    },
    /// CTDL-ASN JSON-LD (`ceasn:CompetencyFramework`).
    CtdlAsn {
        /// The kasb id of a standard or classification.
        id: String,
    },
}

const EXIT_CLEAN: u8 = 0;
const EXIT_ERRORS: u8 = 1;

/// Runs `kasb import`: prints every problem, writes the files, and returns 1 when the input had
/// errors (what could be read is still written). A write that stops part-way lists what was
/// written and what was not; running the same import again completes it.
pub(crate) fn run_import(args: ImportArgs) -> Result<u8, String> {
    let import: Import = match &args.format {
        ImportFormat::Case { file } => case::import_file(file),
        ImportFormat::RuProfstandart { files } => ru::import_files(files),
        ImportFormat::Esco { dir, isco_id } => {
            let isco = isco_id
                .clone()
                .map_or(esco::IscoGroups::Reference, esco::IscoGroups::Own);
            esco::import_dir_with(dir, &isco)
        }
    };
    let mut err = anstream::stderr();
    for problem in &import.problems {
        writeln!(err, "{}", visible(&problem.to_string())).map_err(|error| error.to_string())?;
    }
    let mut out = anstream::stdout();
    let done = match import.write(&args.out, args.force) {
        Ok(done) => done,
        Err(error) => return Err(write_failure(&mut out, error)),
    };
    print_paths(&mut out, "wrote", &done.written)?;
    print_paths(&mut out, "unchanged", &done.unchanged)?;
    let errors = import.count(Severity::Error);
    writeln!(
        out,
        "imported {} documents: {errors} errors, {} warnings",
        import.documents.len(),
        import.count(Severity::Warning)
    )
    .map_err(|error| error.to_string())?;
    Ok(if errors > 0 { EXIT_ERRORS } else { EXIT_CLEAN })
}

/// `kasb export case`: the package, with each repair made to it said on standard error.
fn export_case(
    workspace: &kasb::load::Workspace,
    id: &str,
    date: Option<&str>,
    version: Option<&str>,
) -> Result<kasb::interchange::case::Exported, case::ExportError> {
    let epoch = std::env::var("SOURCE_DATE_EPOCH").ok();
    let mut options = case::ExportOptions::default().with_date(date, epoch.as_deref())?;
    if let Some(version) = version.and_then(case::CaseVersion::parse) {
        options = options.with_case_version(version);
    }
    let export = case::export_package_with(workspace, id, &options)?;
    let mut err = anstream::stderr();
    for repair in &export.repairs {
        let _ = writeln!(
            err,
            "note: repaired for CASE {}: {}",
            export.version.as_str(),
            visible(repair)
        );
    }
    Ok(export.exported)
}

/// Lists what a write that stopped part-way did and did not do, and returns its message.
fn write_failure(out: &mut impl Write, error: WriteError) -> String {
    if let WriteError::Partial {
        written,
        unchanged,
        not_written,
        ..
    } = &error
    {
        let _ = print_paths(out, "wrote", written);
        let _ = print_paths(out, "unchanged", unchanged);
        let _ = print_paths(out, "not written", not_written);
    }
    error.to_string()
}

fn print_paths(out: &mut impl Write, what: &str, paths: &[PathBuf]) -> Result<(), String> {
    for path in paths {
        let path = visible(&path.display().to_string()).into_owned();
        writeln!(out, "{what} {path}").map_err(|error| error.to_string())?;
    }
    Ok(())
}

/// Runs `kasb export`: loads the inputs once, with the `kasb.toml` found from the first input
/// upwards (its globs and limits, as `kasb check` would), and writes the document `ID` to
/// `--out` (atomically, not over an existing file without `--force`, never over a file it read)
/// or to standard output.
pub(crate) fn run_export(args: ExportArgs) -> Result<u8, String> {
    let first = args.inputs.first().map_or(Path::new("."), PathBuf::as_path);
    let config_path = Config::find(first);
    let config = match &config_path {
        Some(path) => Config::read(path).map_err(|error| crate::error_chain(&error))?,
        None => Config::default(),
    };
    let reference = config.reference.enabled;
    let options = CheckOptions::new(config).load_options();
    let workspace =
        kasb::load::load(&args.inputs, &options).map_err(|error| crate::error_chain(&error))?;
    // Exports see the reference set as `kasb check` does: a standard's framework resolves.
    let workspace = if reference {
        kasb::reference::join(workspace).map_err(|error| crate::error_chain(&error))?
    } else {
        workspace
    };
    let exported = match &args.format {
        ExportFormat::Case {
            id,
            date,
            case_version,
        } => export_case(&workspace, id, date.as_deref(), case_version.as_deref()),
        ExportFormat::CtdlAsn { id } => ctdl::export_package(&workspace, id),
    }
    .map_err(|error| crate::error_chain(&error))?;
    match &args.out {
        Some(path) => {
            let overwrite = if args.force {
                Overwrite::Force
            } else {
                Overwrite::Never
            };
            let read = exported
                .read
                .iter()
                .map(PathBuf::as_path)
                .chain(config_path.as_deref());
            let outcome = write_file(path, exported.text.as_bytes(), overwrite, read)
                .map_err(|error| crate::error_chain(&error))?;
            println!("{} {}", crate::outcome_word(outcome), path.display());
        }
        None => crate::emit(&exported.text)?,
    }
    Ok(EXIT_CLEAN)
}
