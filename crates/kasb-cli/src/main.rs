//! The `kasb` command.

/// mimalloc keeps one heap per thread without glibc's per-thread arenas, so a parallel check
/// needs less memory, and allocation-heavy loading runs faster.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc's `mi_option_purge_delay` (its header's option 15; libmimalloc-sys names no
/// constant for it): how long freed memory is kept before it is returned to the system.
const PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// mimalloc 3 keeps freed pages for a second, about as long as a whole check takes, so a
/// check's peak held memory it had long let go. 10 ms (mimalloc 2's delay) lowers the peak of
/// a 5,000-file check by an eighth at no cost in time (BENCHMARKS.md, issue 11).
fn return_freed_memory_promptly() {
    // SAFETY: sets one allocator option; every delay is a valid value.
    unsafe { libmimalloc_sys::mi_option_set(PURGE_DELAY, 10) }
}

mod check;
mod compare;
mod diff;
mod explain;
mod init;
mod init_examples;
mod interchange;
mod new;
mod reference;
mod report;
mod yaml;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use kasb::diagnostics::visible;
use kasb::graph::{ExportFormat, NodeSet, StandardsGraph};
use kasb::interchange::{Outcome, Overwrite, write_file};
use kasb::load::Workspace;
use kasb::model::Document;

/// Occupational standards, qualifications and assessment tools as validated, comparable data.
#[derive(Parser)]
#[command(name = "kasb", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check YAML files: load, resolve every reference, run every rule, report every problem.
    ///
    /// Exit status: 0 no errors, 1 errors found (or warnings with --deny warnings), 2 usage,
    /// configuration or I/O error.
    Check(check::CheckArgs),
    /// Compare standards, qualifications or assessment tools across countries: which units
    /// match and why, coverage both ways, level differences through the EQF.
    Compare(compare::CompareArgs),
    /// What changed in meaning between two versions (git revisions or directories): every
    /// change classified substantive or editorial. Exit status: 0, 1 with --fail-on, 2 error.
    Diff(diff::DiffArgs),
    /// Import another system's data as kasb YAML: CASE 1.0, Russian professional-standard
    /// XML, ESCO CSV.
    Import(interchange::ImportArgs),
    /// Export a document to another system's format: CASE 1.0, CTDL-ASN.
    Export(interchange::ExportArgs),
    /// Export the standards graph.
    Graph {
        /// Files or directories to load.
        #[arg(default_value = ".")]
        paths: Vec<PathBuf>,
        /// Include kasb's reference documents (EQF, national frameworks, ISCO) that the
        /// repository does not replace, so references to them are edges.
        #[arg(long)]
        reference: bool,
        /// Output format.
        #[arg(long, value_enum, default_value_t = GraphFormat::Dot)]
        format: GraphFormat,
        /// Write the graph to this file instead of standard output (atomically; never over a
        /// file that was read).
        #[arg(long, short)]
        output: Option<PathBuf>,
        /// Only this document (or item), its items, and what is within --depth edges of them.
        #[arg(long, value_name = "ID")]
        root: Option<String>,
        /// How many edges from --root, in either direction.
        #[arg(long, value_name = "N", default_value_t = 1, requires = "root")]
        depth: u32,
    },
    /// Reports for the people who decide, in English or Russian: the assessment mapping matrix
    /// of a qualification, a standard or a qualification as a document for approval.
    Report(report::ReportArgs),
    /// Read or vendor the reference documents kasb carries (EQF, national qualifications
    /// frameworks, ISCO), which every check sees without copies.
    Reference(reference::ReferenceArgs),
    /// Write one JSON Schema per document kind, generated from the Rust types.
    Schema {
        /// The directory to write into.
        #[arg(long, default_value = "schemas")]
        out: PathBuf,
    },
    /// Start a standards repository: kasb.toml, a README, the JSON Schemas and one worked
    /// example of each kind, on the country's reference framework; it checks clean.
    Init(init::InitArgs),
    /// Write a skeleton document of one kind: every required field, a comment per field.
    New(new::NewArgs),
    /// List every rule: code, name, default severity, summary.
    Rules(explain::RulesArgs),
    /// Explain one rule: what it checks, why, and examples.
    Explain(explain::ExplainArgs),
}

#[derive(Clone, Copy, ValueEnum)]
enum GraphFormat {
    Dot,
    Mermaid,
    Json,
}

pub(crate) const EXIT_CLEAN: u8 = 0;
pub(crate) const EXIT_ERRORS: u8 = 1;
pub(crate) const EXIT_USAGE: u8 = 2;

fn main() -> ExitCode {
    return_freed_memory_promptly();
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Check(args) => check::run(args),
        Command::Compare(args) => compare::run(args),
        Command::Diff(args) => diff::run(args),
        Command::Import(args) => interchange::run_import(args),
        Command::Export(args) => interchange::run_export(args),
        Command::Graph {
            paths,
            reference,
            format,
            output,
            root,
            depth,
        } => run_graph(
            &paths,
            reference,
            format,
            output.as_deref(),
            root.map(|id| (id, depth)),
        ),
        Command::Reference(args) => reference::run(args),
        Command::Report(args) => report::run(args),
        Command::Schema { out } => run_schema(&out),
        Command::Init(args) => init::run(args),
        Command::New(args) => new::run(args),
        Command::Rules(args) => explain::run_rules(args),
        Command::Explain(args) => explain::run_explain(args),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        // A reader that stopped early (`kasb check | head`) is not an error.
        Err(message) if message.contains("Broken pipe") => ExitCode::from(EXIT_CLEAN),
        Err(message) => {
            let _ = writeln!(anstream::stderr(), "error: {}", visible(&message));
            ExitCode::from(EXIT_USAGE)
        }
    }
}

/// Loads `paths` (with kasb's reference set joined when `with_reference`, as `kasb check` sees
/// it) and builds the graph, for a command that works on what loaded: the problems found are
/// counted in one warning, saying what the command does (`doing`) with what loaded.
pub(crate) fn load_graph(
    paths: &[PathBuf],
    with_reference: bool,
    doing: &str,
) -> Result<StandardsGraph, String> {
    let mut workspace =
        kasb::load::load(paths, &Default::default()).map_err(|error| error_chain(&error))?;
    if with_reference {
        workspace = kasb::reference::join(workspace).map_err(|error| error_chain(&error))?;
    }
    let load_problems = workspace.diagnostics.len();
    let (graph, diagnostics) = StandardsGraph::build(workspace);
    if load_problems + diagnostics.len() > 0 {
        let _ = writeln!(
            anstream::stderr(),
            "warning: {} problems found in the documents; {doing} what loaded (run `kasb check` for details)",
            load_problems + diagnostics.len()
        );
    }
    Ok(graph)
}

fn run_graph(
    paths: &[PathBuf],
    with_reference: bool,
    format: GraphFormat,
    output: Option<&Path>,
    root: Option<(String, u32)>,
) -> Result<u8, String> {
    let graph = load_graph(paths, with_reference, "the graph holds")?;
    let format = match format {
        GraphFormat::Dot => ExportFormat::Dot,
        GraphFormat::Mermaid => ExportFormat::Mermaid,
        GraphFormat::Json => ExportFormat::Json,
    };
    let text = match root {
        Some((id, depth)) => graph.export_nodes(format, &neighbourhood(&graph, &id, depth)?),
        None => graph.export(format),
    };
    write_report(output, &text, files_read(paths, graph.workspace(), None))?;
    Ok(EXIT_CLEAN)
}

/// `--root ID --depth N`'s nodes, or a usage error naming `--root`, with the document whose
/// id is closest when there is one.
fn neighbourhood(graph: &StandardsGraph, id: &str, depth: u32) -> Result<NodeSet, String> {
    graph.neighbourhood(id, depth).map_err(|error| {
        let documents = graph.documents().map(|node| node.id.as_str());
        let hint = kasb::diagnostics::closest(id, documents)
            .map(|near| format!("; did you mean `{near}`?"))
            .unwrap_or_default();
        format!("--root `{id}`: {error}{hint}")
    })
}

fn run_schema(out: &Path) -> Result<u8, String> {
    std::fs::create_dir_all(out)
        .map_err(|error| format!("cannot create `{}`: {error}", out.display()))?;
    for kind in Document::KINDS {
        let path = out.join(kind.schema_file_name());
        let text = serde_json::to_string_pretty(&kind.json_schema())
            .map_err(|error| error.to_string())?
            + "\n";
        let outcome = write_file(&path, text.as_bytes(), Overwrite::Regular, [])
            .map_err(|error| error_chain(&error))?;
        println!("{} {}", outcome_word(outcome), path.display());
    }
    Ok(EXIT_CLEAN)
}

/// Writes a report to `output` (atomically, replacing a regular file, never a symbolic link,
/// and never one of the files `read`), or to standard output when there is none.
pub(crate) fn write_report<'a>(
    output: Option<&Path>,
    text: &str,
    read: impl IntoIterator<Item = &'a Path>,
) -> Result<(), String> {
    match output {
        Some(path) => write_file(path, text.as_bytes(), Overwrite::Regular, read)
            .map(|_| ())
            .map_err(|error| error_chain(&error)),
        None => emit(text),
    }
}

/// Every file a command read: the paths it was given, the files it loaded, its configuration.
pub(crate) fn files_read<'a>(
    named: &'a [PathBuf],
    workspace: &'a Workspace,
    config: Option<&'a Path>,
) -> impl Iterator<Item = &'a Path> {
    named
        .iter()
        .map(PathBuf::as_path)
        .chain(workspace.files().iter().map(|file| file.path()))
        .chain(config)
}

/// An error and its causes on one line, each said once: `cannot read `x`: caused by: No such
/// file or directory (os error 2)`.
pub(crate) fn error_chain(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        text.push_str(": caused by: ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

/// How a file write is reported: `wrote` or `unchanged`.
pub(crate) fn outcome_word(outcome: Outcome) -> &'static str {
    outcome.verb()
}

/// Writes to stdout, reporting a failure (such as a closed pipe) instead of panicking.
pub(crate) fn emit(text: &str) -> Result<(), String> {
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())
        .and_then(|()| out.flush())
        .map_err(|error| error.to_string())
}
