//! `kasb diff`: what changed in meaning between two versions of a repository.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use clap::ValueEnum;
use kasb::diagnostics::visible;
use kasb::diff::{Class, Snapshot, render};
use kasb::i18n::{Args, Lang, Messages};

/// What changed in meaning between two versions: documents and items added, removed,
/// renamed, moved or modified, each classified substantive or editorial by a `D` rule
/// (`kasb explain D107`).
///
/// BASE and HEAD are git revisions (`origin/main`, a tag, a commit) read from the repository's
/// object store, nothing checked out; HEAD defaults to the working tree. Two directories
/// compare with each other.
#[derive(clap::Args)]
pub(crate) struct DiffArgs {
    /// The older side: a git revision, or a directory.
    #[arg(value_name = "BASE")]
    base: String,
    /// The newer side: a git revision, or a directory; the working tree when left out.
    #[arg(value_name = "HEAD")]
    head: Option<String>,
    /// Only the files under these paths (repeatable; relative to the current directory).
    #[arg(long = "in", value_name = "PATH")]
    paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = DiffFormat::Human)]
    format: DiffFormat,
    /// Write the report to this file instead of standard output.
    #[arg(long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// The language of the report (`en`, `ru`); JSON keeps its English `why` and adds
    /// `why_localized`. Default: from LC_ALL, LC_MESSAGES or LANG, else English.
    #[arg(long, value_name = "LANG", value_parser = crate::report::parse_lang)]
    lang: Option<Lang>,
    /// Exit 1 when there is a change of this class (`editorial`: any change).
    #[arg(long, value_enum, value_name = "CLASS")]
    fail_on: Option<FailOn>,
}

#[derive(Clone, Copy, ValueEnum)]
enum DiffFormat {
    Human,
    Markdown,
    Json,
    Html,
}

#[derive(Clone, Copy, ValueEnum)]
enum FailOn {
    Substantive,
    Editorial,
}

/// Runs `kasb diff`: 0 when nothing fails `--fail-on`, 1 when something does; problems are
/// returned as messages (exit 2).
pub(crate) fn run(args: DiffArgs) -> Result<u8, String> {
    diff(args).map_err(|message| visible(&message).into_owned())
}

fn diff(args: DiffArgs) -> Result<u8, String> {
    let here = Path::new(".");
    let lang = args.lang.unwrap_or_else(Lang::from_env);
    let error = |error: kasb::diff::DiffError| crate::error_chain(&error);
    let base_dir = Path::new(&args.base).is_dir();
    let (base, head) = match (&args.head, base_dir) {
        (Some(head), true) if Path::new(head).is_dir() => (
            directory(&args.base).map_err(error)?,
            directory(head).map_err(error)?,
        ),
        (_, true) => {
            let args = Args::new().with("path", args.base.clone());
            return Err(Messages::of(lang).format("diff-error-directory", &args));
        }
        (Some(head), false) => (
            Snapshot::from_git(here, &args.base, &args.paths).map_err(error)?,
            Snapshot::from_git(here, head, &args.paths).map_err(error)?,
        ),
        (None, false) => (
            Snapshot::from_git(here, &args.base, &args.paths).map_err(error)?,
            Snapshot::from_worktree(here, &args.paths).map_err(error)?,
        ),
    };
    let diff = kasb::diff::diff(&base, &head).map_err(error)?;
    let text = match args.format {
        DiffFormat::Human => {
            let colour = args.output.is_none()
                && std::io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none();
            render::human(&diff, colour, lang)
        }
        DiffFormat::Markdown => render::markdown(&diff, lang),
        DiffFormat::Json => render::json(&diff, lang),
        DiffFormat::Html => render::html(&diff, lang),
    };
    crate::write_report(
        args.output.as_deref(),
        &text,
        args.paths.iter().map(PathBuf::as_path),
    )?;
    let failing = match args.fail_on {
        None => 0,
        Some(FailOn::Substantive) => diff.count(Class::Substantive),
        Some(FailOn::Editorial) => diff.changes.len(),
    };
    Ok(if failing > 0 {
        crate::EXIT_ERRORS
    } else {
        crate::EXIT_CLEAN
    })
}

fn directory(path: &str) -> Result<Snapshot, kasb::diff::DiffError> {
    let path = Path::new(path);
    Snapshot::from_directory(&path.display().to_string(), path, &[path.to_owned()])
}
