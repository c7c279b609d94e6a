//! The benchmark of `kasb diff` (issue 14): a generated repository of about N files in two
//! git commits, 1 % of the files reworded in the second, diffed revision to revision as
//! `kasb diff BASE HEAD` does (both sides read from the object store). Prints the wall time of
//! each step and the peak resident memory. Run it in release for the figures in
//! BENCHMARKS.md:
//!
//! ```text
//! cargo run --release -p kasb-bench --bin kasb-diff-bench -- --files 20000
//! ```

/// As in the `kasb` binary, so the memory measured is the memory a user sees.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::path::Path;
use std::process::{Command, ExitCode};
use std::time::Instant;

use kasb::diff::{Class, Snapshot, diff};
use kasb_bench::{CorpusOptions, generate};

const USAGE: &str =
    "usage: kasb-diff-bench [--files N] [--changed-percent P] [--seed S] | --measure REPOSITORY";

struct Options {
    files: usize,
    changed_percent: usize,
    seed: u64,
    /// Measure the diff of this repository's last two commits, in this process (the parent
    /// runs it as a child, so the peak memory is the diff's, not the corpus generator's).
    measure: Option<std::path::PathBuf>,
}

fn options() -> Result<Options, String> {
    let mut options = Options {
        files: 20_000,
        changed_percent: 1,
        seed: 42,
        measure: None,
    };
    let mut arguments = std::env::args().skip(1);
    while let Some(flag) = arguments.next() {
        let mut value = || {
            arguments
                .next()
                .ok_or_else(|| format!("{flag} needs a value\n{USAGE}"))
        };
        let number = |text: String| {
            text.parse::<u64>()
                .map_err(|_| format!("`{text}` is not a number\n{USAGE}"))
        };
        match flag.as_str() {
            "--files" => options.files = number(value()?)? as usize,
            "--changed-percent" => options.changed_percent = number(value()?)?.min(100) as usize,
            "--seed" => options.seed = number(value()?)?,
            "--measure" => options.measure = Some(value()?.into()),
            _ => return Err(USAGE.to_owned()),
        }
    }
    Ok(options)
}

fn git(repository: &Path, arguments: &[&str]) -> Result<(), String> {
    let status = Command::new("git")
        .args([
            "-c",
            "user.name=kasb",
            "-c",
            "user.email=kasb@example.org",
            "-c",
            "commit.gpgsign=false",
        ])
        .args(arguments)
        .current_dir(repository)
        .status()
        .map_err(|error| format!("git: {error}"))?;
    status
        .success()
        .then_some(())
        .ok_or_else(|| format!("git {arguments:?} failed"))
}

/// The peak resident set of this process, in MiB.
fn peak_mib() -> f64 {
    // SAFETY: `getrusage` only writes the plain-data `rusage` it is given.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    if unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut usage) } != 0 {
        return f64::NAN;
    }
    usage.ru_maxrss as f64 / 1024.0
}

/// Writes the corpus, commits it, rewords one criterion in `percent` % of the files (spread
/// evenly over the standards) and commits again. Returns how many files changed.
fn two_commits(root: &Path, options: &Options) -> Result<usize, String> {
    let corpus = generate(&CorpusOptions::for_files(options.files, options.seed, 0));
    corpus.write_to(root).map_err(|error| error.to_string())?;
    git(root, &["init", "-q", "-b", "main"])?;
    git(root, &["add", "."])?;
    git(root, &["commit", "-q", "-m", "base"])?;
    let standards: Vec<_> = corpus
        .files
        .iter()
        .filter(|file| file.path.ends_with("standard.yaml"))
        .collect();
    let wanted = (corpus.files.len() * options.changed_percent)
        .div_ceil(100)
        .min(standards.len());
    let step = standards.len().checked_div(wanted).unwrap_or(1).max(1);
    for file in standards.iter().step_by(step).take(wanted) {
        let text = file
            .text
            .replacen("              en: ", "              en: Revised ", 1);
        std::fs::write(root.join(&file.path), text).map_err(|error| error.to_string())?;
    }
    git(root, &["commit", "-q", "-a", "--allow-empty", "-m", "head"])?;
    Ok(wanted)
}

fn run() -> Result<(), String> {
    let options = options()?;
    if let Some(repository) = &options.measure {
        return measure(repository);
    }
    let directory = tempfile::tempdir().map_err(|error| error.to_string())?;
    let changed = two_commits(directory.path(), &options)?;
    println!("files changed             {changed}");
    let status = Command::new(std::env::current_exe().map_err(|error| error.to_string())?)
        .arg("--measure")
        .arg(directory.path())
        .status()
        .map_err(|error| error.to_string())?;
    status
        .success()
        .then_some(())
        .ok_or_else(|| "the measurement failed".to_owned())
}

/// Diffs `HEAD~1` with `HEAD` as `kasb diff HEAD~1 HEAD` does, and prints the step times and
/// this process's peak memory.
fn measure(repository: &Path) -> Result<(), String> {
    let start = Instant::now();
    let base = Snapshot::from_git(repository, "HEAD~1", &[]).map_err(|error| error.to_string())?;
    let head = Snapshot::from_git(repository, "HEAD", &[]).map_err(|error| error.to_string())?;
    let read = start.elapsed();
    let result = diff(&base, &head).map_err(|error| error.to_string())?;
    let total = start.elapsed();
    println!("files                     {}", head.len());
    println!(
        "changes found             {} ({} substantive)",
        result.changes.len(),
        result.count(Class::Substantive)
    );
    println!("problems                  {}", result.problems.len());
    println!("trees read (both sides)   {:.3} s", read.as_secs_f64());
    println!(
        "diff (load changed, compare) {:.3} s",
        (total - read).as_secs_f64()
    );
    println!("total                     {:.3} s", total.as_secs_f64());
    println!("peak memory               {:.1} MiB", peak_mib());
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::from(2)
        }
    }
}
