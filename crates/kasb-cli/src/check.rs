//! `kasb check`: every problem, in the format CI or a person needs.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use clap::{Args, ValueEnum};
use kasb::config::Config;
use kasb::diagnostics::Diagnostic;
use kasb::diagnostics::{Arg, Message, Severity, visible};
use kasb::i18n::{Lang, Messages};
use kasb::load::{SkipReason, Skipped};
use kasb::render::{Colour, github, human_in, json_localized, junit, sarif_localized};
use kasb::{CheckOptions, Progress, check_with_progress};

use crate::{EXIT_CLEAN, EXIT_ERRORS};

/// Arguments of `kasb check`.
#[derive(Args)]
pub(crate) struct CheckArgs {
    /// Files or directories to check.
    #[arg(default_value = ".")]
    paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
    /// Write the report to this file instead of standard output.
    #[arg(long, short)]
    output: Option<PathBuf>,
    /// Worker threads, 1 to 256 (default: all cores; RAYON_NUM_THREADS is honoured too).
    #[arg(long, value_parser = clap::value_parser!(u16).range(1..=MAX_THREADS))]
    threads: Option<u16>,
    /// Fail (exit 1) on warnings too.
    #[arg(long, value_enum)]
    deny: Option<Deny>,
    /// The configuration file, anywhere (default: kasb.toml in the first path or a directory
    /// above it). On pull requests, pin the base branch's copy here.
    #[arg(long, conflicts_with = "no_config")]
    config: Option<PathBuf>,
    /// Use the default configuration: do not look for kasb.toml.
    #[arg(long)]
    no_config: bool,
    /// Check YAML files that .gitignore or .ignore files leave out, too (a pull request
    /// controls its .gitignore).
    #[arg(long)]
    no_ignore: bool,
    /// List every path the directory walk skipped, and why.
    #[arg(long, short)]
    verbose: bool,
    /// The directory SARIF locations are relative to (its `%SRCROOT%`; default: the
    /// repository root, the nearest directory above the current one with kasb.toml or .git,
    /// else the current directory). Files outside it are named by absolute URIs.
    #[arg(long, value_name = "DIR")]
    base: Option<PathBuf>,
    /// The language of messages, help and the summary: en or ru (default: from LC_ALL,
    /// LC_MESSAGES or LANG, else English). JSON adds `message_localized` beside the English
    /// `message`, SARIF `properties.localized` beside the English `message.text`.
    #[arg(long, value_parser = crate::report::parse_lang)]
    lang: Option<Lang>,
}

/// The most worker threads `--threads` accepts: more only costs memory and start-up time.
const MAX_THREADS: i64 = 256;

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    Human,
    Json,
    Sarif,
    Github,
    Junit,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Deny {
    Warnings,
}

pub(crate) fn run(args: CheckArgs) -> Result<u8, String> {
    if let Some(threads) = args.threads {
        rayon::ThreadPoolBuilder::new()
            .num_threads(usize::from(threads))
            .build_global()
            .map_err(|error| format!("cannot start {threads} threads: {error}"))?;
    }
    let config_path = config_path_of(&args);
    let config = match &config_path {
        Some(path) => Config::read(path).map_err(|error| crate::error_chain(&error))?,
        None => Config::default(),
    };
    let options = CheckOptions::new(config).with_ignore_files(!args.no_ignore);
    let lang = args.lang.unwrap_or_else(Lang::from_env);
    let messages = Messages::of(lang);
    let progress = progress_bar(messages);
    let report = check_with_progress(&args.paths, &options, &|step| {
        if let Some(bar) = &progress {
            bar.set_message(messages.message(&match step {
                Progress::Loaded { files } => {
                    Message::new("check-progress-loaded").with("files", files)
                }
                Progress::GraphBuilt { nodes } => {
                    Message::new("check-progress-graph").with("nodes", nodes)
                }
                Progress::RulesRun { diagnostics } => {
                    Message::new("check-progress-rules").with("findings", diagnostics)
                }
                // A step added later keeps the last message.
                _ => return,
            }));
        }
    })
    .map_err(|error| crate::error_chain(&error))?;
    if let Some(bar) = progress {
        bar.finish_and_clear();
    }

    let base = std::env::current_dir().unwrap_or_default();
    let diagnostics = &report.diagnostics;
    let to_terminal = args.output.is_none() && std::io::stdout().is_terminal();
    let colour = if to_terminal && std::env::var_os("NO_COLOR").is_none() {
        Colour::Always
    } else {
        Colour::Never
    };
    let skipped = &report.graph.workspace().skipped;
    // Human text and annotations are read by people: said in their language.
    let said: Vec<Diagnostic> = match args.format {
        Format::Human | Format::Github => {
            diagnostics.iter().map(|d| messages.localize(d)).collect()
        }
        _ => Vec::new(),
    };
    let human_log = |colour| {
        let mut text = human_in(&said, report.graph.workspace(), colour, lang);
        if args.verbose {
            text.push_str(&skipped_list(skipped, messages));
        }
        text.push_str(&messages.summary(diagnostics, report.files()));
        text.push_str(&skipped_summary(skipped.len(), args.verbose, messages));
        text.push('\n');
        text
    };
    let deny_warnings = args.deny == Some(Deny::Warnings);
    let text = match args.format {
        Format::Human => human_log(colour),
        Format::Json => {
            let skipped: Vec<(&Path, &str)> = skipped
                .iter()
                .map(|skip| (skip.path.as_path(), skip.reason.describe()))
                .collect();
            json_localized(diagnostics, report.files(), &skipped, &base, lang)
        }
        Format::Sarif => {
            let root = args.base.clone().unwrap_or_else(|| repository_root(&base));
            sarif_localized(diagnostics, kasb::rules::all(), &root, lang)
        }
        Format::Github => github(&said, &base) + &human_log(Colour::Never),
        Format::Junit => {
            // A test case per repository file: kasb's reference files are not the repository's.
            let files: Vec<&Path> = report
                .graph
                .workspace()
                .files()
                .iter()
                .filter(|file| !file.is_reference())
                .map(|file| file.path())
                .collect();
            junit(diagnostics, &files, &base, deny_warnings)
        }
    };
    crate::write_report(
        args.output.as_deref(),
        &text,
        crate::files_read(
            &args.paths,
            report.graph.workspace(),
            config_path.as_deref(),
        ),
    )?;
    let failed =
        report.count(Severity::Error) > 0 || (deny_warnings && report.count(Severity::Warning) > 0);
    // The process ends next: freeing a large repository's graph would only cost time.
    std::mem::forget(report);
    Ok(if failed { EXIT_ERRORS } else { EXIT_CLEAN })
}

/// The configuration file: none with `--no-config`, the file `--config` names (anywhere), or
/// the `kasb.toml` found from the first path upwards.
fn config_path_of(args: &CheckArgs) -> Option<PathBuf> {
    if args.no_config {
        return None;
    }
    args.config
        .clone()
        .or_else(|| Config::find(args.paths.first().map_or(Path::new("."), PathBuf::as_path)))
}

/// The nearest directory from `current` upwards that holds `kasb.toml` or `.git` (a folder,
/// or a file in a worktree), else `current`: where code scanning expects paths to start.
fn repository_root(current: &Path) -> PathBuf {
    current
        .ancestors()
        .find(|dir| dir.join("kasb.toml").is_file() || dir.join(".git").exists())
        .unwrap_or(current)
        .to_path_buf()
}

/// ` (2 skipped; --verbose lists them)` after the summary, when the walk skipped anything.
fn skipped_summary(count: usize, verbose: bool, messages: &Messages) -> String {
    let id = match (count, verbose) {
        (0, _) => return String::new(),
        (_, true) => "check-skipped-listed",
        (_, false) => "check-skipped",
    };
    format!(
        " {}",
        messages.message(&Message::new(id).with("count", count))
    )
}

/// One line per skipped path, with the reason.
fn skipped_list(skipped: &[Skipped], messages: &Messages) -> String {
    skipped
        .iter()
        .map(|skip| {
            let line = Message::new("check-skipped-path")
                .with(
                    "path",
                    visible(&skip.path.display().to_string()).into_owned(),
                )
                .with("reason", skip_reason(skip.reason));
            format!("{}\n", messages.message(&line))
        })
        .collect()
}

/// Why a path was skipped, as a message (a reason added later is said in English).
fn skip_reason(reason: SkipReason) -> Arg {
    let id = match reason {
        SkipReason::Symlink => "skip-symlink",
        SkipReason::NotRegularFile => "skip-not-regular-file",
        SkipReason::Ignored => "skip-ignored",
        SkipReason::ExcludedByConfig => "skip-excluded-by-config",
        _ => return Arg::Text(reason.describe().to_owned()),
    };
    Message::new(id).into()
}

/// A spinner on standard error, only for a person at a terminal: never in CI or when
/// standard error is redirected.
fn progress_bar(messages: &Messages) -> Option<indicatif::ProgressBar> {
    let interactive = std::io::stderr().is_terminal() && std::env::var_os("CI").is_none();
    if !interactive {
        return None;
    }
    let bar = indicatif::ProgressBar::new_spinner();
    bar.set_message(messages.text("check-progress-loading"));
    bar.enable_steady_tick(std::time::Duration::from_millis(120));
    Some(bar)
}
