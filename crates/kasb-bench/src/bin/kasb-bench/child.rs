//! The child process: one measurement, repeated, its fastest run and the peak memory of its first
//! run (a process that checks once) reported on one `RESULT` line that the parent reads.

use std::cell::RefCell;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use kasb_load::LoadOptions;
use kasb_model::{DocumentKind, TypedDeserializer};

/// What a child measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Measure {
    /// Discover the files and read their bytes.
    Read,
    /// The ruler: read, then `serde_yaml::from_str::<serde_yaml::Value>` per file, one thread.
    Ruler,
    /// Informative: read, then plain `serde_saphyr::from_str` into the typed model, one thread.
    Typed,
    /// Informative: read, then every parser event of each file (granit-parser, the parser
    /// under serde-saphyr), no tree, one thread: the floor of a loader built on events.
    Events,
    /// `kasb_load::load` only (discover, read, decode, parse with limits and checks), in a pool.
    Load,
    /// `kasb::check` (load, graph, rules, configuration, sort), in a pool, timing each step
    /// through `kasb::check_with_progress`, the same function.
    Check,
    /// Load two 15,000-criteria standards, then time `kasb_compare::compare`.
    Compare,
}

const MEASURES: [Measure; 7] = [
    Measure::Read,
    Measure::Ruler,
    Measure::Typed,
    Measure::Events,
    Measure::Load,
    Measure::Check,
    Measure::Compare,
];

impl Measure {
    fn name(self) -> &'static str {
        match self {
            Measure::Read => "read",
            Measure::Ruler => "ruler",
            Measure::Typed => "typed",
            Measure::Events => "events",
            Measure::Load => "load",
            Measure::Check => "check",
            Measure::Compare => "compare",
        }
    }

    fn parse(name: &str) -> Option<Self> {
        MEASURES.into_iter().find(|measure| measure.name() == name)
    }
}

/// What a child reports.
#[derive(Clone, Debug, Default)]
pub struct Outcome {
    /// The fastest run, seconds.
    pub seconds: f64,
    /// Peak resident memory of the child (`VmHWM`), kB.
    pub peak_kb: u64,
    /// Resident memory before the measurement, kB.
    pub start_kb: u64,
    /// Files seen.
    pub files: u64,
    /// Bytes seen.
    pub bytes: u64,
    /// Diagnostics (load, graph, check), files parsed (ruler, typed) or matches (compare).
    pub count: u64,
    /// Time measured but not counted (compare: loading the two frameworks), seconds.
    pub extra: f64,
    /// The least CPU time (user and system, every thread of the child) of the runs, seconds:
    /// on a shared machine a one-thread run's CPU time barely moves when other work steals
    /// the core, while its wall time does.
    pub cpu: f64,
    /// The wall-clock and the CPU time of each of [`STAGES`] in the fastest run (check only),
    /// seconds.
    pub stages: Vec<(f64, f64)>,
}

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

/// CPU time (user and system) of this process, every thread, so far, seconds.
fn cpu_seconds() -> f64 {
    // SAFETY: `getrusage` only writes the `rusage` it is given, which is plain data for which
    // all zeroes is a valid value.
    let usage = unsafe {
        let mut usage: libc::rusage = std::mem::zeroed();
        if libc::getrusage(libc::RUSAGE_SELF, &mut usage) != 0 {
            return 0.0;
        }
        usage
    };
    let seconds = |time: libc::timeval| time.tv_sec as f64 + time.tv_usec as f64 / 1e6;
    seconds(usage.ru_utime) + seconds(usage.ru_stime)
}

/// Runs as a child: `MEASURE PATH THREADS RUNS`; prints the `RESULT` line.
pub fn child(args: &[String]) -> Result<(), String> {
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
        cpu: f64::MAX,
        ..Outcome::default()
    };
    // The peak memory is that of the first run: a process that checks once, as `kasb check`
    // does. Later runs only time the work (their allocator state is the first run's leftovers,
    // which no real invocation has).
    let mut first_peak_kb = None;
    for _ in 0..runs {
        let (start, cpu_start) = (Instant::now(), cpu_seconds());
        let run = pool.install(|| measure_once(measure, &path))?;
        first_peak_kb.get_or_insert_with(|| status_kb("VmHWM:"));
        let elapsed = start.elapsed().as_secs_f64() - run.extra;
        let cpu = (cpu_seconds() - cpu_start).min(outcome.cpu);
        if elapsed < outcome.seconds {
            outcome = Outcome {
                seconds: elapsed,
                start_kb: outcome.start_kb,
                ..run
            };
        }
        outcome.cpu = cpu;
    }
    outcome.peak_kb = first_peak_kb.unwrap_or_else(|| status_kb("VmHWM:"));
    println!("{}", result_line(&outcome));
    Ok(())
}

/// One run; the serial measures ignore the pool they run in (they use no rayon).
fn measure_once(measure: Measure, path: &Path) -> Result<Outcome, String> {
    match measure {
        Measure::Read => read(path),
        Measure::Ruler => ruler(path),
        Measure::Typed => typed(path),
        Measure::Events => events(path),
        Measure::Load => load(path),
        Measure::Check => check(path),
        Measure::Compare => compare(path),
    }
}

/// Runs `measure` in a fresh child process (this binary with `--child`).
pub fn run_child(
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
        .filter(|_| output.status.success())
        .ok_or_else(|| {
            format!(
                "{} failed ({}): {}",
                measure.name(),
                output.status,
                String::from_utf8_lossy(&output.stderr)
            )
        })?;
    parse_result(line)
}

/// One measurement: what, on which corpus, with how many threads.
pub type Job<'a> = (Measure, &'a Path, usize);

/// Each of `jobs` measured `runs` times in rounds, every job once a round in order, so that a
/// slower spell of a shared machine falls on all of them alike rather than on whichever ran
/// then. Each child measures once, a fresh process as a `kasb check` is. A job's outcome is
/// its fastest run (with that run's steps), its least CPU time, and its first run's memory; a
/// job that fails is not run again.
pub fn run_rounds(jobs: &[Job<'_>], runs: usize) -> Vec<Result<Outcome, String>> {
    run_rounds_each(jobs, &vec![runs; jobs.len()])
}

/// As [`run_rounds`], job `i` measured `rounds[i]` times: in the first `rounds[i]` rounds.
pub fn run_rounds_each(jobs: &[Job<'_>], rounds: &[usize]) -> Vec<Result<Outcome, String>> {
    let mut outcomes: Vec<Option<Result<Outcome, String>>> = jobs.iter().map(|_| None).collect();
    let most = rounds.iter().copied().max().unwrap_or(0);
    for round in 0..most {
        for (index, &(measure, path, threads)) in jobs.iter().enumerate() {
            if round >= rounds.get(index).copied().unwrap_or(0) {
                continue;
            }
            let outcome = &mut outcomes[index];
            match outcome {
                None => *outcome = Some(run_child(measure, path, threads, 1)),
                Some(Ok(best)) => match run_child(measure, path, threads, 1) {
                    Ok(again) => best.keep_faster(again),
                    Err(error) => *outcome = Some(Err(error)),
                },
                Some(Err(_)) => {}
            }
        }
    }
    outcomes
        .into_iter()
        .map(|outcome| outcome.unwrap_or_else(|| Err("not run".to_owned())))
        .collect()
}

impl Outcome {
    /// Keeps the faster of this run and `other` (its time and steps), the lesser CPU time,
    /// and this run's memory (the first run's).
    fn keep_faster(&mut self, other: Outcome) {
        let cpu = self.cpu.min(other.cpu);
        if other.seconds < self.seconds {
            self.seconds = other.seconds;
            self.stages = other.stages;
            self.extra = other.extra;
        }
        self.cpu = cpu;
    }
}

/// The line a child prints for the parent; [`parse_result`] reads it back (without `RESULT `).
fn result_line(outcome: &Outcome) -> String {
    let stages: Vec<String> = outcome
        .stages
        .iter()
        .map(|(wall, cpu)| format!("{wall} {cpu}"))
        .collect();
    format!(
        "RESULT {} {} {} {} {} {} {} {} {}",
        outcome.seconds,
        outcome.peak_kb,
        outcome.start_kb,
        outcome.files,
        outcome.bytes,
        outcome.count,
        outcome.extra,
        outcome.cpu,
        stages.join(" ")
    )
}

fn parse_result(line: &str) -> Result<Outcome, String> {
    let fields: Vec<f64> = line
        .split_whitespace()
        .map(|field| field.parse().unwrap_or(f64::NAN))
        .collect();
    let [
        seconds,
        peak_kb,
        start_kb,
        files,
        bytes,
        count,
        extra,
        cpu,
        ref stages @ ..,
    ] = fields[..]
    else {
        return Err(format!("bad child output `{line}`"));
    };
    if stages.len() % 2 == 1 || fields.iter().any(|field| !field.is_finite()) {
        return Err(format!("bad child output `{line}`"));
    }
    Ok(Outcome {
        seconds,
        peak_kb: peak_kb as u64,
        start_kb: start_kb as u64,
        files: files as u64,
        bytes: bytes as u64,
        count: count as u64,
        extra,
        cpu,
        stages: stages.chunks(2).map(|pair| (pair[0], pair[1])).collect(),
    })
}

fn discover(path: &Path) -> Result<Vec<PathBuf>, String> {
    kasb_load::discover(&[path.to_path_buf()], &LoadOptions::default())
        .map(|found| found.files)
        .map_err(|error| error.to_string())
}

/// Reads every file of `path` as text, then parses each with `parse`; keeps texts and results
/// (kasb keeps its texts and documents too, and both pay for dropping them in the timing).
fn read_and_parse<T>(
    path: &Path,
    parse: impl Fn(&str) -> Result<T, String>,
) -> Result<Outcome, String> {
    let files = discover(path)?;
    let mut bytes = 0;
    let mut kept = Vec::with_capacity(files.len());
    for file in &files {
        let text = std::fs::read_to_string(file)
            .map_err(|error| format!("{}: {error}", file.display()))?;
        bytes += text.len() as u64;
        let parsed = parse(&text).map_err(|error| format!("{}: {error}", file.display()))?;
        kept.push((text, parsed));
    }
    Ok(Outcome {
        files: files.len() as u64,
        bytes,
        count: kept.len() as u64,
        ..Outcome::default()
    })
}

fn read(path: &Path) -> Result<Outcome, String> {
    read_and_parse(path, |_| Ok(()))
}

/// The ruler of issue 11.
fn ruler(path: &Path) -> Result<Outcome, String> {
    read_and_parse(path, |text| {
        serde_yaml::from_str::<serde_yaml::Value>(text).map_err(|error| error.to_string())
    })
}

/// The `kind` of a file, from its top-level `kind:` line (plain or quoted, as the bundled
/// classifications write it).
fn kind_of(text: &str) -> Result<DocumentKind, String> {
    text.lines()
        .find_map(|line| line.strip_prefix("kind:"))
        .and_then(|kind| kind.trim().trim_matches(['"', '\'']).parse().ok())
        .ok_or_else(|| "no top-level `kind:`".to_owned())
}

/// Plain `serde_saphyr::from_str`, without kasb's options.
struct Plain<'a>(&'a str);

impl TypedDeserializer for Plain<'_> {
    type Error = String;

    fn deserialize<T: serde::de::DeserializeOwned>(self) -> Result<T, String> {
        serde_saphyr::from_str(self.0).map_err(|error| error.to_string())
    }
}

/// Informative: the same files parsed into the same types by plain serde-saphyr, without
/// locations, limits, references or rules.
fn typed(path: &Path) -> Result<Outcome, String> {
    read_and_parse(path, |text| kind_of(text)?.deserialize_with(Plain(text)))
}

/// Every event of `text`; the count, so that nothing is optimised away.
fn event_count(text: &str) -> Result<u64, String> {
    let mut parser = granit_parser::Parser::new_from_str(text);
    let mut count = 0;
    while let Some(event) = parser.next_event() {
        event.map_err(|error| error.to_string())?;
        count += 1;
    }
    Ok(count)
}

/// Informative: a bare event parse of the same files, no tree, no types.
fn events(path: &Path) -> Result<Outcome, String> {
    read_and_parse(path, event_count)
}

fn load_workspace(path: &Path) -> Result<kasb_load::Workspace, String> {
    kasb_load::load(&[path.to_path_buf()], &LoadOptions::default())
        .map_err(|error| error.to_string())
}

fn load(path: &Path) -> Result<Outcome, String> {
    let workspace = load_workspace(path)?;
    let files = workspace.files();
    Ok(Outcome {
        files: files.len() as u64,
        bytes: files.iter().map(|f| f.byte_len() as u64).sum(),
        count: workspace.diagnostics.len() as u64,
        ..Outcome::default()
    })
}

/// The steps of a check, in order, that [`Outcome::stages`] times.
pub const STAGES: [&str; 5] = [
    "load (kasb_load::load: discover, read, parse, typed model, checks)",
    "graph (StandardsGraph::build)",
    "rules (kasb_check::run)",
    "configuration and sort",
    "dropping the report",
];

fn check(path: &Path) -> Result<Outcome, String> {
    let start = Instant::now();
    let cpu_start = cpu_seconds();
    let mark = || (start.elapsed().as_secs_f64(), cpu_seconds() - cpu_start);
    let marks = RefCell::new(Vec::with_capacity(STAGES.len()));
    let report = kasb::check_with_progress(
        &[path.to_path_buf()],
        &kasb::CheckOptions::default(),
        &|_| marks.borrow_mut().push(mark()),
    )
    .map_err(|error| error.to_string())?;
    let mut marks = marks.into_inner();
    marks.push(mark());
    let files = report.graph.workspace().files();
    let (files, bytes) = (
        files.len() as u64,
        files.iter().map(|f| f.byte_len() as u64).sum(),
    );
    let count = report.diagnostics.len() as u64;
    drop(report);
    marks.push(mark());
    // A check that reports more or fewer steps than these has changed: time none rather
    // than misname them.
    let stages = if marks.len() == STAGES.len() {
        let since = |previous: &mut (f64, f64), now: &(f64, f64)| {
            let last = std::mem::replace(previous, *now);
            Some((now.0 - last.0, now.1 - last.1))
        };
        marks.iter().scan((0.0, 0.0), since).collect()
    } else {
        Vec::new()
    };
    Ok(Outcome {
        files,
        bytes,
        count,
        stages,
        ..Outcome::default()
    })
}

fn compare(path: &Path) -> Result<Outcome, String> {
    let start = Instant::now();
    let (graph, diagnostics) = kasb_graph::StandardsGraph::build(load_workspace(path)?);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_result_line_reads_back() {
        let outcome = Outcome {
            seconds: 1.25,
            peak_kb: 2048,
            start_kb: 8000,
            files: 997,
            bytes: 14_000_000,
            count: 3,
            extra: 0.5,
            cpu: 1.5,
            stages: vec![(0.75, 0.5), (0.25, 0.125), (0.0625, 0.0625)],
        };
        let line = result_line(&outcome);
        let read = parse_result(line.strip_prefix("RESULT ").unwrap()).unwrap();
        assert_eq!(result_line(&read), line);
        assert_eq!(read.stages, outcome.stages);
    }

    #[test]
    fn a_short_or_garbled_result_line_is_refused() {
        assert!(parse_result("1.0 2 3 4 5 6").is_err());
        assert!(parse_result("1.0 2 3 4 5 6 0 NaN").is_err());
        assert!(parse_result("1.0 2 3 4 5 6 0 x").is_err());
        assert!(
            parse_result("1.0 2 3 4 5 6 0 1.0 0.5").is_err(),
            "half a stage"
        );
    }
}
