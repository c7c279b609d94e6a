//! The tables the parent prints: one per corpus, where check's time goes, scaling, compare,
//! and the targets of issue 11, each computed from the figures of this run.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use crate::Settings;
use crate::child::{Job, Measure, Outcome, STAGES, run_child, run_rounds, run_rounds_each};

/// A corpus written to disk.
pub struct CorpusDir {
    /// What it is, for the headings.
    pub label: String,
    /// Its root.
    pub dir: PathBuf,
    /// The same corpus with ~1 % of its references broken, when there is one.
    pub broken: Option<PathBuf>,
    /// Files written.
    pub files: usize,
    /// Bytes written.
    pub bytes: u64,
}

/// The figures of one corpus that the targets read.
pub struct Figures {
    /// The corpus's label.
    pub label: String,
    /// Its size in bytes.
    pub bytes: u64,
    /// The ruler, 1 thread.
    pub ruler: Outcome,
    /// `kasb::check` with 1 and with 2 threads.
    pub check: [Outcome; 2],
    /// `kasb::check` on the broken variant with 1 and with 2 threads.
    pub broken: Option<[Outcome; 2]>,
}

fn threads_word(threads: usize) -> &'static str {
    if threads == 1 {
        "1 thread"
    } else {
        "2 threads"
    }
}

fn mb(bytes: u64) -> f64 {
    bytes as f64 / 1e6
}

fn row(table: &mut String, name: &str, outcome: &Outcome, ruler: &Outcome, bytes: u64) {
    let _ = writeln!(
        table,
        "| {name} | {:.3} s | {:.3} s | {:.1} | {:.2} | {:.2} | {:.0} MB | {:.2} | {} |",
        outcome.seconds,
        outcome.cpu,
        mb(bytes) / outcome.seconds,
        outcome.seconds / ruler.seconds,
        outcome.cpu / ruler.cpu,
        outcome.peak_kb as f64 / 1024.0,
        outcome.peak_kb as f64 * 1024.0 / bytes as f64,
        outcome.count,
    );
}

/// Measures every stage on `corpus` against its ruler, prints the table and where check's
/// time goes, and returns what the targets need.
pub fn corpus_table(settings: &Settings, corpus: &CorpusDir) -> Result<Figures, String> {
    let dir = corpus.dir.as_path();
    let mut jobs: Vec<Job<'_>> = vec![
        (Measure::Ruler, dir, 1),
        (Measure::Read, dir, 1),
        (Measure::Typed, dir, 1),
        (Measure::Events, dir, 1),
        (Measure::Load, dir, 1),
    ];
    // A check of the broken corpus runs right after the clean one it is divided by, so that
    // a slow spell of the machine falls on both alike.
    for threads in [1, 2] {
        jobs.push((Measure::Check, dir, threads));
        if let Some(broken) = &corpus.broken {
            jobs.push((Measure::Check, broken.as_path(), threads));
        }
    }
    if settings.threads != 2 {
        jobs.push((Measure::Check, dir, settings.threads));
    }
    let mut outcomes = run_rounds(&jobs, settings.runs).into_iter();
    let mut next = || outcomes.next().unwrap_or_else(|| Err("not run".to_owned()));
    let (ruler, read, typed, events, load) = (next()?, next()?, next(), next(), next()?);
    let mut check_and_broken = || -> Result<_, String> {
        let check = next()?;
        let broken = corpus.broken.as_ref().map(|_| next()).transpose()?;
        Ok((check, broken))
    };
    let ((single, broken_single), (double, broken_double)) =
        (check_and_broken()?, check_and_broken()?);
    let check = [single, double];
    let broken_outcomes = broken_single.zip(broken_double).map(|(a, b)| [a, b]);
    let all = (settings.threads != 2).then(&mut next).transpose()?;
    let mut table = format!(
        "{}: {} files, {:.1} MB\n\n| measurement | time | CPU time | MB/s | × ruler | CPU × ruler's CPU | peak RSS | × corpus | count |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n",
        corpus.label,
        corpus.files,
        mb(corpus.bytes)
    );
    let bytes = corpus.bytes;
    row(&mut table, "read the bytes", &read, &ruler, bytes);
    row(
        &mut table,
        "**ruler**: serde_yaml::from_str::<Value>, 1 thread",
        &ruler,
        &ruler,
        bytes,
    );
    for (name, outcome) in [
        (
            "(informative) bare event parse, granit-parser (the parser under serde-saphyr), no tree, 1 thread",
            &events,
        ),
        (
            "(informative) serde_saphyr::from_str into the kasb-model types, no locations, 1 thread",
            &typed,
        ),
    ] {
        match outcome {
            Ok(outcome) => row(&mut table, name, outcome, &ruler, bytes),
            Err(error) => {
                let _ = writeln!(
                    table,
                    "| {name} | failed: {} | | | | | | | |",
                    error.lines().next().unwrap_or("").replace('|', "/")
                );
            }
        }
    }
    for (name, outcome) in [
        ("kasb_load::load, 1 thread", &load),
        ("kasb::check, 1 thread", &check[0]),
        ("kasb::check, 2 threads", &check[1]),
    ] {
        row(&mut table, name, outcome, &ruler, bytes);
    }
    if let Some(all) = all {
        row(
            &mut table,
            &format!("kasb::check, {} threads", settings.threads),
            &all,
            &ruler,
            bytes,
        );
    }
    if let Some(outcomes) = &broken_outcomes {
        broken_rows(outcomes, &mut table, &ruler, bytes);
    }
    let broken = broken_outcomes;
    let _ = writeln!(
        table,
        "\n(time: wall clock, the fastest run; CPU time: the least of the runs, user and system, every thread, so with 2 threads it is the work of both. count: diagnostics for load and check; files for read and the parses. peak RSS: of the first run, as a process that checks once; a child idles at {:.1} MB before it measures, and peak RSS includes it.)",
        ruler.start_kb as f64 / 1024.0
    );
    table.push_str(&stages(
        &read,
        events.as_ref().ok(),
        typed.as_ref().ok(),
        &load,
        &check[0],
        &ruler,
    ));
    println!("{table}");
    Ok(Figures {
        label: corpus.label.clone(),
        bytes,
        ruler,
        check,
        broken,
    })
}

fn broken_rows(outcomes: &[Outcome; 2], table: &mut String, ruler: &Outcome, bytes: u64) {
    row(
        table,
        "kasb::check, 1 thread, ~1 % broken references",
        &outcomes[0],
        ruler,
        bytes,
    );
    row(
        table,
        "kasb::check, 2 threads, ~1 % broken references",
        &outcomes[1],
        ruler,
        bytes,
    );
}

/// Where a single-threaded check spends its time: its steps as timed inside the check's own
/// fastest run, in wall-clock and CPU time, with the ruler and the plain parses beside them.
fn stages(
    read: &Outcome,
    events: Option<&Outcome>,
    typed: Option<&Outcome>,
    load: &Outcome,
    check: &Outcome,
    ruler: &Outcome,
) -> String {
    let mut out = String::from(
        "\nwhere kasb::check spends its time, 1 thread (its steps timed within its fastest run):\n\n| step | time | × ruler | CPU time | CPU × ruler's CPU | share of check's CPU |\n| --- | ---: | ---: | ---: | ---: | ---: |\n",
    );
    let mut line = |name: &str, wall: f64, cpu: f64| {
        let _ = writeln!(
            out,
            "| {name} | {wall:.3} s | {:.2} | {cpu:.3} s | {:.2} | {:.0} % |",
            wall / ruler.seconds,
            cpu / ruler.cpu,
            100.0 * cpu / check.cpu
        );
    };
    let timed = check.stages.len() == STAGES.len();
    if timed {
        for (name, &(wall, cpu)) in STAGES.iter().zip(&check.stages) {
            line(name, wall, cpu);
        }
    }
    line("kasb::check in all", check.seconds, check.cpu);
    line(
        "for scale: read the bytes (own child)",
        read.seconds,
        read.cpu,
    );
    let less = |a: &Outcome, b: &Outcome| (a.seconds - b.seconds, a.cpu - b.cpu);
    let (wall, cpu) = less(ruler, read);
    line("for scale: the ruler's parse (ruler − read)", wall, cpu);
    if let Some(events) = events {
        let (wall, cpu) = less(events, read);
        line("for scale: bare event parse (− read)", wall, cpu);
    }
    if let Some(typed) = typed {
        let (wall, cpu) = less(typed, read);
        line(
            "for scale: plain serde-saphyr typed parse (− read)",
            wall,
            cpu,
        );
        let (wall, cpu) = less(load, typed);
        line(
            "for scale: kasb_load::load − plain serde-saphyr (own children)",
            wall,
            cpu,
        );
    }
    if !timed {
        out.push_str("(the check reported other steps than the bench knows: no step times)\n");
    }
    out
}

/// One size of the scaling table: files, a single-threaded check's wall and CPU time per file
/// and the ruler's, µs.
pub struct Point {
    files: usize,
    wall: f64,
    cpu: f64,
    ruler_wall: f64,
    ruler_cpu: f64,
}

/// How many times as many rounds as the largest corpus a smaller one may be measured in.
const MAX_EXTRA_ROUNDS: usize = 20;

/// Per-file cost of a single-threaded check at each size.
pub fn scaling_table(settings: &Settings, corpora: &[CorpusDir]) -> Result<Vec<Point>, String> {
    let runs = settings.runs;
    let mut table = String::from(
        "scaling, generated corpus (per-file cost relative to the smallest corpus; every size measured in every round, a corpus of 1/k the largest's size in k times as many, up to 20):\n\n| files | MB | ruler | ruler µs/file | ruler CPU µs/file | check, 1 thread | check µs/file | per-file × smallest | CPU µs/file | CPU per-file × smallest | check × ruler | check, 2 threads | × ruler | peak RSS, check 1 thread | × corpus |\n| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n",
    );
    // Every size in every round, so a slow spell of the machine falls on all sizes alike (the
    // target divides the largest corpus's figure by the smallest's); a smaller corpus in more
    // rounds, so that every size is measured for about as long as the largest (a run of 1,000
    // files lasts a third of a second, and one spell of the machine moves it by a fifth).
    let largest = corpora.iter().map(|corpus| corpus.files).max().unwrap_or(1);
    let rounds: Vec<usize> = corpora
        .iter()
        .flat_map(|corpus| {
            let more = (largest / corpus.files.max(1)).clamp(1, MAX_EXTRA_ROUNDS);
            [runs * more; 3]
        })
        .collect();
    let jobs: Vec<Job<'_>> = corpora
        .iter()
        .flat_map(|corpus| {
            let dir = corpus.dir.as_path();
            [
                (Measure::Ruler, dir, 1),
                (Measure::Check, dir, 1),
                (Measure::Check, dir, 2),
            ]
        })
        .collect();
    let mut outcomes = run_rounds_each(&jobs, &rounds).into_iter();
    let mut next = || outcomes.next().unwrap_or_else(|| Err("not run".to_owned()));
    let mut points: Vec<Point> = Vec::new();
    for corpus in corpora {
        let (ruler, single, double) = (next()?, next()?, next()?);
        let per_file = |seconds: f64| seconds / corpus.files as f64 * 1e6;
        let point = Point {
            files: corpus.files,
            wall: per_file(single.seconds),
            cpu: per_file(single.cpu),
            ruler_wall: per_file(ruler.seconds),
            ruler_cpu: per_file(ruler.cpu),
        };
        let first = points.first().unwrap_or(&point);
        let _ = writeln!(
            table,
            "| {} | {:.1} | {:.3} s | {:.0} | {:.0} | {:.3} s | {:.0} | {:.2} | {:.0} | {:.2} | {:.2} | {:.3} s | {:.2} | {:.0} MB | {:.2} |",
            corpus.files,
            mb(corpus.bytes),
            ruler.seconds,
            per_file(ruler.seconds),
            point.ruler_cpu,
            single.seconds,
            point.wall,
            point.wall / first.wall,
            point.cpu,
            point.cpu / first.cpu,
            single.seconds / ruler.seconds,
            double.seconds,
            double.seconds / ruler.seconds,
            single.peak_kb as f64 / 1024.0,
            single.peak_kb as f64 * 1024.0 / corpus.bytes as f64,
        );
        points.push(point);
    }
    println!("{table}");
    Ok(points)
}

/// The compare line: two generated standards of 15,000 criteria each.
pub fn compare_line(settings: &Settings, dir: &Path, bytes: u64) -> Result<(), String> {
    let single = run_child(Measure::Compare, dir, 1, settings.runs)?;
    let double = run_child(Measure::Compare, dir, 2, settings.runs)?;
    println!(
        "compare of two standards of 15,000 criteria each ({:.1} MB of YAML): kasb_compare::compare {:.3} s with 1 thread, {:.3} s with 2 threads ({} matches; loading and building the graph before it: {:.3} s; peak RSS {:.0} MB)\n",
        mb(bytes),
        single.seconds,
        double.seconds,
        single.count,
        single.extra,
        single.peak_kb as f64 / 1024.0
    );
    Ok(())
}

/// One target: a measured ratio against its limit (met when at most the limit), and for
/// one-thread timings the same ratio in CPU time, a steadier view on a shared machine.
struct Target {
    what: String,
    basis: String,
    value: f64,
    cpu: Option<f64>,
    limit: f64,
}

fn time_targets(figures: &Figures, targets: &mut Vec<Target>) {
    let ruler = &figures.ruler;
    for (threads, limit) in [(1, 1.2), (2, 0.7)] {
        let check = &figures.check[threads - 1];
        targets.push(Target {
            what: format!(
                "kasb::check, {} ≤ {limit} × ruler — {}",
                threads_word(threads),
                figures.label
            ),
            basis: format!(
                "check {:.3} s / ruler {:.3} s (1 thread)",
                check.seconds, ruler.seconds
            ),
            value: check.seconds / ruler.seconds,
            cpu: (threads == 1).then(|| check.cpu / ruler.cpu),
            limit,
        });
    }
    let peak = figures.check.iter().map(|check| check.peak_kb).max();
    let peak = peak.unwrap_or(0) as f64 * 1024.0;
    targets.push(Target {
        what: format!(
            "peak RSS of kasb::check (1 or 2 threads, the larger) ≤ 3 × corpus — {}",
            figures.label
        ),
        basis: format!(
            "{:.0} MB / {:.1} MB (ruler: {:.0} MB)",
            peak / 1024.0 / 1024.0,
            mb(figures.bytes),
            figures.ruler.peak_kb as f64 / 1024.0
        ),
        value: peak / figures.bytes as f64,
        cpu: None,
        limit: 3.0,
    });
}

fn broken_targets(figures: &Figures, targets: &mut Vec<Target>) {
    let Some(broken) = &figures.broken else {
        return;
    };
    for threads in [1, 2] {
        let (clean, broken) = (&figures.check[threads - 1], &broken[threads - 1]);
        targets.push(Target {
            what: format!(
                "~1 % broken references ≤ 1.5 × the clean check, {} — {}",
                threads_word(threads),
                figures.label
            ),
            basis: format!(
                "{:.3} s ({} diagnostics) / {:.3} s",
                broken.seconds, broken.count, clean.seconds
            ),
            value: broken.seconds / clean.seconds,
            cpu: (threads == 1).then(|| broken.cpu / clean.cpu),
            limit: 1.5,
        });
    }
}

fn scaling_target(points: &[Point], targets: &mut Vec<Target>) {
    let (Some(first), Some(last)) = (points.first(), points.last()) else {
        return;
    };
    if points.len() < 2 {
        return;
    }
    // Per-file cost in the ruler's per-file cost at the same size, measured in the same rounds:
    // flat when check grows no faster than a bare parse of the same files. The machine's own
    // drift between the sizes' runs (which moves the ruler as much) cancels out.
    let growth = |check: f64, ruler: f64, first_check: f64, first_ruler: f64| {
        (check / ruler) / (first_check / first_ruler)
    };
    targets.push(Target {
        what: format!(
            "per-file cost flat within 15 %: check's µs/file in the ruler's, at {} files ÷ at {} files (1 thread)",
            last.files, first.files
        ),
        basis: format!(
            "check {:.0} µs / {:.0} µs per file (× {:.2}), ruler {:.0} µs / {:.0} µs (× {:.2})",
            last.wall,
            first.wall,
            last.wall / first.wall,
            last.ruler_wall,
            first.ruler_wall,
            last.ruler_wall / first.ruler_wall
        ),
        value: growth(last.wall, last.ruler_wall, first.wall, first.ruler_wall),
        cpu: Some(growth(last.cpu, last.ruler_cpu, first.cpu, first.ruler_cpu)),
        limit: 1.15,
    });
}

/// Prints the targets of issue 11 against the figures of this run.
pub fn targets_table(figures: &[Figures], scaling: &[Point], quick: bool) {
    let mut targets = Vec::new();
    for figures in figures {
        time_targets(figures, &mut targets);
    }
    for figures in figures {
        broken_targets(figures, &mut targets);
    }
    scaling_target(scaling, &mut targets);
    let mut table = String::from(
        "targets of issue 11 (computed from the figures above, this run; met? reads the measured wall-clock or memory ratio):\n\n| target | measured | limit | from | met? | the same in CPU time |\n| --- | ---: | ---: | --- | --- | ---: |\n",
    );
    for target in &targets {
        let met = if target.value <= target.limit {
            "yes"
        } else {
            "**no**"
        };
        let cpu = target
            .cpu
            .map_or_else(|| "—".to_owned(), |cpu| format!("{cpu:.2} ×"));
        let _ = writeln!(
            table,
            "| {} | {:.2} × | {:.2} × | {} | {met} | {cpu} |",
            target.what, target.value, target.limit, target.basis
        );
    }
    if targets.is_empty() {
        table.push_str("(no table that a target reads was run)\n");
    }
    if quick {
        table.push_str("\n(--quick: small corpora and one run; these say the bench works, not whether the targets are met)\n");
    }
    println!("{table}");
}
