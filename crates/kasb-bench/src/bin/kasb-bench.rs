//! The kasb benchmark: measures, in one run and on the same generated corpora, reading the
//! bytes, the baseline (the same bytes parsed by plain `serde_saphyr::from_str` into the same
//! `kasb-model` types, without locations or checks), `kasb::check` with one thread and with
//! several, the peak memory of each, how the per-file cost grows from 1k to 20k files, and the
//! comparison of two frameworks of 15,000 criteria each.
//!
//! Run with `cargo run --release -p kasb-bench --bin kasb-bench -- [options]` (`--help`).
//!
//! Every measurement runs in a child process (this binary, re-run with `--child`), so its peak
//! memory (`VmHWM` from `/proc/self/status`) is its own and a measurement cannot warm another's
//! allocator. Each child repeats its measurement `--runs` times and reports the fastest.

/// mimalloc keeps one heap per thread without glibc's per-thread arenas, so a parallel check
/// needs less memory, and allocation-heavy loading runs faster.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::Instant;

use kasb_bench::{CorpusOptions, compare_pair, generate};
use kasb_load::LoadOptions;
use kasb_model::{DocumentKind, TypedDeserializer};

const USAGE: &str = "usage: kasb-bench [options]\n\
  --sizes A,B,..   corpus sizes in files for the scaling table (default 1000,2000,5000,10000,20000)\n\
  --main N         the corpus size of the main table (default 5000)\n\
  --runs R         repetitions per measurement, the fastest is kept (default 3)\n\
  --threads N      the \"all threads\" count (default: available parallelism)\n\
  --seed S         corpus seed (default 42)\n\
  --work DIR       where corpora are written (default: a temporary directory)\n\
  --no-compare     skip the comparison of two 15,000-criteria frameworks\n\
  --quick          sizes 1000,2000 and main 1000, one run: a smoke test";

/// What a child measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Measure {
    /// Discover the files and read their bytes.
    Read,
    /// Read, then parse each file with `serde_saphyr::from_str` (default options) into the typed
    /// model; single-threaded.
    Baseline,
    /// `kasb_load::load` only (discover, read, decode, parse with limits and checks), in a pool.
    Load,
    /// `kasb::check` (load, graph, rules, configuration, sort), in a pool.
    Check,
    /// Generate and load two 15,000-criteria standards, then time `kasb_compare::compare`.
    Compare,
}

impl Measure {
    fn name(self) -> &'static str {
        match self {
            Measure::Read => "read",
            Measure::Baseline => "baseline",
            Measure::Load => "load",
            Measure::Check => "check",
            Measure::Compare => "compare",
        }
    }

    fn parse(name: &str) -> Option<Self> {
        [
            Measure::Read,
            Measure::Baseline,
            Measure::Load,
            Measure::Check,
            Measure::Compare,
        ]
        .into_iter()
        .find(|measure| measure.name() == name)
    }
}

/// What a child reports.
#[derive(Clone, Debug, Default)]
struct Outcome {
    /// The fastest run.
    seconds: f64,
    /// Peak resident memory of the child, kB.
    peak_kb: u64,
    /// Resident memory before the measurement, kB.
    start_kb: u64,
    /// Files seen.
    files: u64,
    /// Bytes seen.
    bytes: u64,
    /// Diagnostics (check), documents (baseline) or matches (compare).
    count: u64,
    /// Extra time (compare: loading the two frameworks), seconds.
    extra: f64,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = if args.first().map(String::as_str) == Some("--child") {
        child(&args[1..])
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

// ------------------------------------------------------------------------------------------
// The child: one measurement.

fn status_kb(field: &str) -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find_map(|line| line.strip_prefix(field))
                .and_then(|rest| rest.split_whitespace().next()?.parse().ok())
        })
        .unwrap_or(0)
}

fn child(args: &[String]) -> Result<(), String> {
    let [measure, path, threads, runs] = args else {
        return Err("--child MEASURE PATH THREADS RUNS".to_owned());
    };
    let measure = Measure::parse(measure).ok_or("unknown measure")?;
    let path = PathBuf::from(path);
    let threads: usize = threads.parse().map_err(|_| "threads")?;
    let runs: usize = runs.parse().map_err(|_| "runs")?;
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .map_err(|error| error.to_string())?;
    let mut outcome = Outcome {
        start_kb: status_kb("VmRSS:"),
        seconds: f64::MAX,
        ..Outcome::default()
    };
    for _ in 0..runs {
        let start = Instant::now();
        let run = match measure {
            Measure::Read => read(&path),
            Measure::Baseline => baseline(&path),
            Measure::Load => pool.install(|| load(&path)),
            Measure::Check => pool.install(|| check(&path)),
            Measure::Compare => pool.install(|| compare(&path)),
        }?;
        let elapsed = start.elapsed().as_secs_f64() - run.extra;
        outcome.seconds = outcome.seconds.min(elapsed);
        outcome.files = run.files;
        outcome.bytes = run.bytes;
        outcome.count = run.count;
        outcome.extra = run.extra;
    }
    outcome.peak_kb = status_kb("VmHWM:");
    println!(
        "RESULT {} {} {} {} {} {} {}",
        outcome.seconds,
        outcome.peak_kb,
        outcome.start_kb,
        outcome.files,
        outcome.bytes,
        outcome.count,
        outcome.extra
    );
    Ok(())
}

fn discover(path: &Path) -> Result<Vec<PathBuf>, String> {
    kasb_load::discover(&[path.to_path_buf()], &LoadOptions::default())
        .map(|found| found.files)
        .map_err(|error| error.to_string())
}

fn read(path: &Path) -> Result<Outcome, String> {
    let files = discover(path)?;
    let mut bytes = 0;
    let mut kept = Vec::with_capacity(files.len());
    for file in &files {
        let data = std::fs::read(file).map_err(|error| error.to_string())?;
        bytes += data.len() as u64;
        kept.push(data);
    }
    Ok(Outcome {
        files: files.len() as u64,
        bytes,
        count: kept.len() as u64,
        ..Outcome::default()
    })
}

/// The `kind` of a file, from its top-level `kind:` line.
fn kind_of(text: &str) -> Option<DocumentKind> {
    text.lines()
        .find_map(|line| line.strip_prefix("kind:"))
        .and_then(|kind| kind.trim().parse().ok())
}

/// Plain `serde_saphyr::from_str`, without kasb's options.
struct Plain<'a>(&'a str);

impl TypedDeserializer for Plain<'_> {
    type Error = String;

    fn deserialize<T: serde::de::DeserializeOwned>(self) -> Result<T, String> {
        serde_saphyr::from_str(self.0).map_err(|error| error.to_string())
    }
}

/// The baseline: the same files parsed into the same types by plain serde, keeping the texts
/// and documents as kasb does, without locations, limits, references or rules.
fn baseline(path: &Path) -> Result<Outcome, String> {
    let files = discover(path)?;
    let mut bytes = 0;
    let mut kept = Vec::with_capacity(files.len());
    for file in &files {
        let text = std::fs::read_to_string(file).map_err(|error| error.to_string())?;
        bytes += text.len() as u64;
        let document = kind_of(&text)
            .ok_or("no kind")?
            .deserialize_with(Plain(&text))?;
        kept.push((text, document));
    }
    Ok(Outcome {
        files: files.len() as u64,
        bytes,
        count: kept.len() as u64,
        ..Outcome::default()
    })
}

fn load(path: &Path) -> Result<Outcome, String> {
    let workspace = kasb_load::load(&[path.to_path_buf()], &LoadOptions::default())
        .map_err(|error| error.to_string())?;
    Ok(Outcome {
        files: workspace.files().len() as u64,
        bytes: workspace
            .files()
            .iter()
            .map(|f| f.text().len() as u64)
            .sum(),
        count: workspace.diagnostics.len() as u64,
        ..Outcome::default()
    })
}

fn check(path: &Path) -> Result<Outcome, String> {
    let report = kasb::check(&[path.to_path_buf()], &kasb::CheckOptions::default())
        .map_err(|error| error.to_string())?;
    let files = &report.graph.workspace().files();
    Ok(Outcome {
        files: files.len() as u64,
        bytes: files.iter().map(|f| f.text().len() as u64).sum(),
        count: report.diagnostics.len() as u64,
        ..Outcome::default()
    })
}

fn compare(path: &Path) -> Result<Outcome, String> {
    let start = Instant::now();
    let workspace = kasb_load::load(&[path.to_path_buf()], &LoadOptions::default())
        .map_err(|error| error.to_string())?;
    let (graph, diagnostics) = kasb_graph::StandardsGraph::build(workspace);
    if !diagnostics.is_empty() {
        return Err(format!(
            "the compare corpus has {} diagnostics",
            diagnostics.len()
        ));
    }
    let loaded = start.elapsed().as_secs_f64();
    let comparison = kasb_compare::compare(
        &graph,
        "cmp-left",
        "cmp-right",
        &kasb_compare::CompareOptions::default(),
    )
    .map_err(|error| error.to_string())?;
    Ok(Outcome {
        files: 3,
        count: comparison.matches.len() as u64,
        extra: loaded,
        ..Outcome::default()
    })
}

// ------------------------------------------------------------------------------------------
// The parent: corpora, children, tables.

struct Settings {
    sizes: Vec<usize>,
    main: usize,
    runs: usize,
    threads: usize,
    seed: u64,
    work: Option<PathBuf>,
    compare: bool,
}

fn settings(args: &[String]) -> Result<Settings, String> {
    let mut settings = Settings {
        sizes: vec![1000, 2000, 5000, 10_000, 20_000],
        main: 5000,
        runs: 3,
        threads: std::thread::available_parallelism().map_or(2, |n| n.get()),
        seed: 42,
        work: None,
        compare: true,
    };
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let mut value = |name: &str| {
            args.next()
                .cloned()
                .ok_or_else(|| format!("{name} needs a value"))
        };
        let number = |text: String| {
            text.parse::<usize>()
                .map_err(|_| format!("`{text}` is not a number"))
        };
        match arg.as_str() {
            "--sizes" => {
                settings.sizes = value("--sizes")?
                    .split(',')
                    .map(|size| number(size.to_owned()))
                    .collect::<Result<_, _>>()?;
            }
            "--main" => settings.main = number(value("--main")?)?,
            "--runs" => settings.runs = number(value("--runs")?)?.max(1),
            "--threads" => settings.threads = number(value("--threads")?)?.max(1),
            "--seed" => settings.seed = number(value("--seed")?)? as u64,
            "--work" => settings.work = Some(PathBuf::from(value("--work")?)),
            "--no-compare" => settings.compare = false,
            "--quick" => {
                settings.sizes = vec![1000, 2000];
                settings.main = 1000;
                settings.runs = 1;
            }
            "-h" | "--help" => {
                println!("{USAGE}");
                std::process::exit(0);
            }
            other => return Err(format!("unexpected argument `{other}`")),
        }
    }
    Ok(settings)
}

fn run_child(
    measure: Measure,
    path: &Path,
    threads: usize,
    runs: usize,
) -> Result<Outcome, String> {
    let exe = std::env::current_exe().map_err(|error| error.to_string())?;
    let output = Command::new(exe)
        .args(["--child", measure.name()])
        .arg(path)
        .args([threads.to_string(), runs.to_string()])
        .env("RAYON_NUM_THREADS", threads.to_string())
        .output()
        .map_err(|error| error.to_string())?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    let line = stdout
        .lines()
        .find_map(|line| line.strip_prefix("RESULT "))
        .ok_or_else(|| {
            format!(
                "{} failed: {}",
                measure.name(),
                String::from_utf8_lossy(&output.stderr)
            )
        })?;
    let fields: Vec<f64> = line
        .split_whitespace()
        .map(|field| field.parse().unwrap_or(0.0))
        .collect();
    let [seconds, peak_kb, start_kb, files, bytes, count, extra] = fields[..] else {
        return Err(format!("bad child output `{line}`"));
    };
    Ok(Outcome {
        seconds,
        peak_kb: peak_kb as u64,
        start_kb: start_kb as u64,
        files: files as u64,
        bytes: bytes as u64,
        count: count as u64,
        extra,
    })
}

fn mb(bytes: u64) -> f64 {
    bytes as f64 / 1e6
}

fn write_corpus(
    root: &Path,
    name: &str,
    options: &CorpusOptions,
) -> Result<(PathBuf, u64, usize), String> {
    let dir = root.join(name);
    let corpus = generate(options);
    if !dir.exists() {
        corpus
            .write_to(&dir)
            .map_err(|error| format!("cannot write {}: {error}", dir.display()))?;
    }
    Ok((dir, corpus.bytes(), corpus.files.len()))
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
                .next()
                .map(|line| line.split_whitespace().nth(1).unwrap_or("?").to_owned())
        })
        .and_then(|kb| kb.parse::<u64>().ok())
        .map_or_else(
            || "unknown".to_owned(),
            |kb| format!("{:.1} GiB", kb as f64 / 1024.0 / 1024.0),
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
    println!(
        "machine: {} logical CPUs ({}), {} RAM; {} threads for \"all\"; best of {} run(s), each measurement in its own process\n",
        std::thread::available_parallelism().map_or(0, |n| n.get()),
        cpu_model(),
        memory_total(),
        settings.threads,
        settings.runs
    );
    main_table(&settings, &root)?;
    scaling_table(&settings, &root)?;
    if settings.compare {
        compare_line(&settings, &root)?;
    }
    Ok(())
}

/// The main table: each stage on the main corpus, against the baseline of the same run.
fn main_table(settings: &Settings, root: &Path) -> Result<(), String> {
    let (threads, runs) = (settings.threads, settings.runs);
    let options = CorpusOptions::for_files(settings.main, settings.seed, 0);
    let (dir, bytes, files) = write_corpus(root, &format!("valid-{}", settings.main), &options)?;
    let broken = CorpusOptions::for_files(settings.main, settings.seed, 10);
    let (broken_dir, _, _) = write_corpus(root, &format!("broken-{}", settings.main), &broken)?;
    let mut table = String::new();
    let _ = writeln!(
        table,
        "main corpus: {files} files, {:.1} MB\n\n| measurement | time | MB/s | × baseline | peak RSS | × corpus | notes |\n| --- | ---: | ---: | ---: | ---: | ---: | --- |",
        mb(bytes)
    );
    let base = run_child(Measure::Baseline, &dir, 1, runs)?;
    let mut rows: Vec<(String, Outcome)> = vec![
        (
            "read the bytes".to_owned(),
            run_child(Measure::Read, &dir, 1, runs)?,
        ),
        (
            "baseline: serde_saphyr::from_str, 1 thread".to_owned(),
            base.clone(),
        ),
        (
            "kasb_load::load, 1 thread".to_owned(),
            run_child(Measure::Load, &dir, 1, runs)?,
        ),
        (
            "kasb::check, 1 thread".to_owned(),
            run_child(Measure::Check, &dir, 1, runs)?,
        ),
        (
            "kasb::check, 2 threads".to_owned(),
            run_child(Measure::Check, &dir, 2, runs)?,
        ),
    ];
    if threads != 2 {
        rows.push((
            format!("kasb::check, {threads} threads"),
            run_child(Measure::Check, &dir, threads, runs)?,
        ));
    }
    rows.push((
        "kasb::check, 1 thread, ~1 % broken references".to_owned(),
        run_child(Measure::Check, &broken_dir, 1, runs)?,
    ));
    rows.push((
        format!("kasb::check, {threads} threads, ~1 % broken references"),
        run_child(Measure::Check, &broken_dir, threads, runs)?,
    ));
    for (name, outcome) in &rows {
        let note = if name.starts_with("kasb::check") {
            format!("{} diagnostics", outcome.count)
        } else {
            String::new()
        };
        let _ = writeln!(
            table,
            "| {name} | {:.3} s | {:.1} | {:.2} | {:.0} MB | {:.2} | {note} |",
            outcome.seconds,
            mb(outcome.bytes) / outcome.seconds,
            outcome.seconds / base.seconds,
            outcome.peak_kb as f64 / 1024.0,
            outcome.peak_kb as f64 * 1024.0 / bytes as f64,
        );
    }
    let _ = writeln!(
        table,
        "\n(a child process idles at {:.1} MB before it measures; peak RSS includes it)\n",
        base.start_kb as f64 / 1024.0
    );
    print!("{table}");
    Ok(())
}

/// Scaling: per-file cost from the smallest corpus to the largest, on one thread.
fn scaling_table(settings: &Settings, root: &Path) -> Result<(), String> {
    let (threads, runs) = (settings.threads, settings.runs);
    let mut table = String::new();
    let _ = writeln!(
        table,
        "scaling (1 thread; per-file cost relative to the smallest corpus):\n\n| files | MB | baseline | baseline µs/file | check | check µs/file | per-file × smallest | check × baseline | check {threads} threads | peak RSS check | × corpus |\n| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
    );
    let mut smallest = None;
    for &size in &settings.sizes {
        let options = CorpusOptions::for_files(size, settings.seed, 0);
        let (dir, bytes, files) = write_corpus(root, &format!("valid-{size}"), &options)?;
        let base = run_child(Measure::Baseline, &dir, 1, runs)?;
        let single = run_child(Measure::Check, &dir, 1, runs)?;
        let all = run_child(Measure::Check, &dir, threads, runs)?;
        let per_file = single.seconds / files as f64 * 1e6;
        let first = *smallest.get_or_insert(per_file);
        let _ = writeln!(
            table,
            "| {files} | {:.1} | {:.3} s | {:.0} | {:.3} s | {:.0} | {:.2} | {:.2} | {:.3} s | {:.0} MB | {:.2} |",
            mb(bytes),
            base.seconds,
            base.seconds / files as f64 * 1e6,
            single.seconds,
            per_file,
            per_file / first,
            single.seconds / base.seconds,
            all.seconds,
            single.peak_kb as f64 / 1024.0,
            single.peak_kb as f64 * 1024.0 / bytes as f64,
        );
        eprintln!("  done: {files} files");
    }
    print!("\n{table}");
    Ok(())
}

/// The compare line: two generated standards of 15,000 criteria each.
fn compare_line(settings: &Settings, root: &Path) -> Result<(), String> {
    let (threads, runs) = (settings.threads, settings.runs);
    let corpus = compare_pair(1000, settings.seed);
    let dir = root.join("compare-15000");
    if !dir.exists() {
        corpus.write_to(&dir).map_err(|error| error.to_string())?;
    }
    let single = run_child(Measure::Compare, &dir, 1, runs)?;
    let all = run_child(Measure::Compare, &dir, threads, runs)?;
    let table = format!(
        "\ncompare of two standards of 15,000 criteria each ({:.1} MB of YAML): kasb_compare::compare {:.3} s with 1 thread, {:.3} s with {threads} threads ({} matches; loading and building the graph before it: {:.3} s; peak RSS {:.0} MB)\n",
        mb(corpus.bytes()),
        single.seconds,
        all.seconds,
        single.count,
        single.extra,
        single.peak_kb as f64 / 1024.0
    );
    print!("{table}");
    Ok(())
}
