//! The kasb benchmark: measures `kasb::check` against the ruler of issue 11
//! (`serde_yaml::from_str::<serde_yaml::Value>` of each file, one thread, on the same bytes, in
//! the same run) on two corpora, the generated one and the bundled standards replicated to
//! ≥ 20 MB; where check spends its time (read, parse, load, graph, rules); the peak memory of
//! each measurement; how the per-file cost grows from 1k to 20k files (and against the
//! ruler's own per-file cost at each size, which the target reads); the comparison of two
//! standards of 15,000 criteria each; and last the targets of issue 11, met or not.
//!
//! Run with `cargo run --release -p kasb-bench --bin kasb-bench -- [options]` (`--help`).
//!
//! Every measurement runs in a child process (this binary, re-run with `--child`), so its peak
//! memory (`VmHWM` from `/proc/self/status`) is its own and a measurement cannot warm another's
//! allocator. Each child measures once; the measurements of a table run in `--runs` rounds,
//! each of them once a round, and the fastest run of each is kept, so a slower spell of a
//! shared machine falls on the ruler and kasb alike.

/// mimalloc keeps one heap per thread without glibc's per-thread arenas, so a parallel check
/// needs less memory, and allocation-heavy loading runs faster. The ruler runs on it too.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// As the `kasb` command does (its `return_freed_memory_promptly`): freed memory goes back to
/// the system after 10 ms rather than mimalloc 3's second, for the ruler and kasb alike.
fn return_freed_memory_promptly() {
    // SAFETY: sets one allocator option (`mi_option_purge_delay`, option 15 of mimalloc's
    // header); every delay is a valid value.
    unsafe { libmimalloc_sys::mi_option_set(15, 10) }
}

mod child;
mod tables;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use kasb_bench::{
    Corpus, CorpusOptions, SHARED_DIRS, bundled_standards, compare_pair, generate, read_standards,
    replicate_to_size,
};

use crate::tables::{CorpusDir, Figures};

const USAGE: &str = "usage: kasb-bench [options]\n\
  --tables LIST    which tables run, of main,replicated,scaling,compare (default: all)\n\
  --sizes A,B,..   generated corpus sizes in files for the scaling table\n\
                   (default 1000,2000,5000,10000,20000)\n\
  --main N         the generated corpus size of the main table (default 5000)\n\
  --replicate MB   replicate the bundled standards to at least MB megabytes (default 20)\n\
  --standards DIR  the standards folder to replicate (default: the repository's standards/)\n\
  --runs R         rounds of every measurement, the fastest of each is kept (default 3;\n\
                   the scaling table measures a corpus of 1/k the largest's size k times\n\
                   as often, up to 20)\n\
  --threads N      also measure check with N threads (default: available parallelism;\n\
                   1 and 2 threads are always measured)\n\
  --seed S         corpus seed (default 42)\n\
  --work DIR       where corpora are written, and reused if there (default: a temporary dir)\n\
  --no-compare     the same as leaving compare out of --tables\n\
  --quick          sizes 1000,2000, main 1000, replicate 4 MB, one run: a smoke test";

/// The parent's options.
pub struct Settings {
    sizes: Vec<usize>,
    main: usize,
    replicate_mb: u64,
    standards: PathBuf,
    runs: usize,
    threads: usize,
    seed: u64,
    work: Option<PathBuf>,
    tables: Vec<String>,
    quick: bool,
}

const TABLES: [&str; 4] = ["main", "replicated", "scaling", "compare"];

fn main() -> ExitCode {
    return_freed_memory_promptly();
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = if args.first().map(String::as_str) == Some("--child") {
        child::child(&args[1..])
    } else {
        parent(&args)
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("kasb-bench: {message}\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn number(text: &str) -> Result<usize, String> {
    text.parse::<usize>()
        .map_err(|_| format!("`{text}` is not a number"))
}

fn list(text: &str) -> Vec<String> {
    text.split(',').map(|item| item.trim().to_owned()).collect()
}

fn settings(args: &[String]) -> Result<Settings, String> {
    let mut settings = Settings {
        sizes: vec![1000, 2000, 5000, 10_000, 20_000],
        main: 5000,
        replicate_mb: 20,
        standards: bundled_standards(),
        runs: 3,
        threads: std::thread::available_parallelism().map_or(2, |n| n.get()),
        seed: 42,
        work: None,
        tables: TABLES.map(str::to_owned).to_vec(),
        quick: false,
    };
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let mut value = || {
            args.next()
                .map(String::as_str)
                .ok_or_else(|| format!("{arg} needs a value"))
        };
        match arg.as_str() {
            "--tables" => settings.tables = list(value()?),
            "--sizes" => {
                settings.sizes = list(value()?)
                    .iter()
                    .map(|s| number(s))
                    .collect::<Result<_, _>>()?
            }
            "--main" => settings.main = number(value()?)?,
            "--replicate" => settings.replicate_mb = number(value()?)? as u64,
            "--standards" => settings.standards = PathBuf::from(value()?),
            "--runs" => settings.runs = number(value()?)?.max(1),
            "--threads" => settings.threads = number(value()?)?.max(1),
            "--seed" => settings.seed = number(value()?)? as u64,
            "--work" => settings.work = Some(PathBuf::from(value()?)),
            "--no-compare" => settings.tables.retain(|table| table != "compare"),
            "--quick" => {
                (settings.sizes, settings.main) = (vec![1000, 2000], 1000);
                (settings.replicate_mb, settings.runs, settings.quick) = (4, 1, true);
            }
            "-h" | "--help" => {
                println!("{USAGE}");
                std::process::exit(0);
            }
            other => return Err(format!("unexpected argument `{other}`")),
        }
    }
    if let Some(unknown) = settings
        .tables
        .iter()
        .find(|t| !TABLES.contains(&t.as_str()))
    {
        return Err(format!("unknown table `{unknown}`"));
    }
    Ok(settings)
}

impl Settings {
    fn runs_table(&self, name: &str) -> bool {
        self.tables.iter().any(|table| table == name)
    }
}

/// Writes `corpus` to `root/name` unless that folder is already there (`--work` reuse).
fn write_corpus(root: &Path, name: &str, corpus: &Corpus) -> Result<PathBuf, String> {
    let dir = root.join(name);
    if !dir.exists() {
        corpus
            .write_to(&dir)
            .map_err(|error| format!("cannot write {}: {error}", dir.display()))?;
    }
    Ok(dir)
}

fn generated(
    root: &Path,
    settings: &Settings,
    files: usize,
    broken: u32,
) -> Result<CorpusDir, String> {
    let corpus = generate(&CorpusOptions::for_files(files, settings.seed, broken));
    let name = format!(
        "{}-{files}-seed{}",
        if broken == 0 { "valid" } else { "broken" },
        settings.seed
    );
    Ok(CorpusDir {
        label: "generated corpus".to_owned(),
        dir: write_corpus(root, &name, &corpus)?,
        broken: None,
        files: corpus.files.len(),
        bytes: corpus.bytes(),
    })
}

fn replicated(root: &Path, settings: &Settings) -> Result<CorpusDir, String> {
    let source = read_standards(&settings.standards)
        .map_err(|error| format!("cannot read {}: {error}", settings.standards.display()))?;
    let corpus = replicate_to_size(&source, settings.replicate_mb.saturating_mul(1_000_000))
        .map_err(|error| error.to_string())?;
    let copies: std::collections::BTreeSet<_> = corpus
        .files
        .iter()
        .filter_map(|file| file.path.components().next())
        .filter(|first| !SHARED_DIRS.iter().any(|dir| first.as_os_str() == *dir))
        .collect();
    Ok(CorpusDir {
        label: format!(
            "bundled standards replicated to ≥ {} MB ({} copies)",
            settings.replicate_mb,
            copies.len()
        ),
        dir: write_corpus(
            root,
            &format!("standards-{}mb", settings.replicate_mb),
            &corpus,
        )?,
        broken: None,
        files: corpus.files.len(),
        bytes: corpus.bytes(),
    })
}

fn machine_line(settings: &Settings) -> String {
    format!(
        "machine: {} logical CPUs ({}), {} RAM; load average {}; best of {} run(s), each measurement in its own process\n",
        std::thread::available_parallelism().map_or(0, |n| n.get()),
        cpu_model(),
        memory_total(),
        load_average(),
        settings.runs
    )
}

fn parent(args: &[String]) -> Result<(), String> {
    let settings = settings(args)?;
    let temporary = tempfile::tempdir().map_err(|error| error.to_string())?;
    let root = settings
        .work
        .clone()
        .unwrap_or_else(|| temporary.path().to_path_buf());
    std::fs::create_dir_all(&root).map_err(|error| error.to_string())?;
    println!("{}", machine_line(&settings));
    let mut figures: Vec<Figures> = Vec::new();
    if settings.runs_table("main") {
        let mut corpus = generated(&root, &settings, settings.main, 0)?;
        corpus.broken = Some(generated(&root, &settings, settings.main, 10)?.dir);
        figures.push(tables::corpus_table(&settings, &corpus)?);
    }
    if settings.runs_table("replicated") {
        figures.push(tables::corpus_table(
            &settings,
            &replicated(&root, &settings)?,
        )?);
    }
    let mut scaling = Vec::new();
    if settings.runs_table("scaling") {
        let corpora = settings
            .sizes
            .iter()
            .map(|&size| generated(&root, &settings, size, 0))
            .collect::<Result<Vec<_>, _>>()?;
        scaling = tables::scaling_table(&settings, &corpora)?;
    }
    if settings.runs_table("compare") {
        let corpus = compare_pair(1000, settings.seed);
        let dir = write_corpus(
            &root,
            &format!("compare-15000-seed{}", settings.seed),
            &corpus,
        )?;
        tables::compare_line(&settings, &dir, corpus.bytes())?;
    }
    tables::targets_table(&figures, &scaling, settings.quick);
    println!("load average at the end: {}", load_average());
    Ok(())
}

fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .ok()
        .map(|line| {
            line.split_whitespace()
                .take(3)
                .collect::<Vec<_>>()
                .join(" ")
        })
        .unwrap_or_else(|| "unknown".to_owned())
}

fn cpu_model() -> String {
    std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|info| {
            info.lines()
                .find_map(|line| line.strip_prefix("model name"))
                .map(|rest| rest.trim_start_matches([' ', '\t', ':']).to_owned())
        })
        .unwrap_or_else(|| "unknown".to_owned())
}

fn memory_total() -> String {
    std::fs::read_to_string("/proc/meminfo")
        .ok()
        .and_then(|info| {
            info.lines()
                .next()?
                .split_whitespace()
                .nth(1)?
                .parse::<u64>()
                .ok()
        })
        .map_or_else(
            || "unknown".to_owned(),
            |kb| format!("{:.1} GiB", kb as f64 / 1024.0 / 1024.0),
        )
}
