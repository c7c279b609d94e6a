//! The loader against a bare YAML parse of the same bytes, on one thread:
//! `cargo run --release -p kasb-load --example speed -- DIR [ROUNDS]`.
//!
//! The ruler is `serde_yaml::from_str::<serde_yaml::Value>` per file (as the bench's); the
//! loader is `kasb_load::load_str` per file, which parses, deserialises and, for a broken
//! file, explains. Reading the files is outside both timings, which are the thread's CPU
//! time (best of ROUNDS), so other work on the machine does not skew the ratio.

use std::path::{Path, PathBuf};
use std::time::Duration;

/// Every YAML file under `root`, as the loader discovers them (sorted).
fn yaml_files(root: &Path) -> Vec<PathBuf> {
    kasb_load::discover(&[root.to_path_buf()], &kasb_load::LoadOptions::default())
        .expect("the directory is readable")
        .files
}

/// The CPU time of this thread: other processes on a shared machine do not count.
fn cpu_time() -> Duration {
    clock(libc::CLOCK_THREAD_CPUTIME_ID)
}

fn clock(id: libc::clockid_t) -> Duration {
    let mut now = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `now` is a valid timespec for the call to write.
    unsafe { libc::clock_gettime(id, &mut now) };
    Duration::new(now.tv_sec as u64, now.tv_nsec as u32)
}

/// The process's peak resident memory.
fn peak_rss_bytes() -> u64 {
    // SAFETY: an all-zero rusage is valid, and the call only writes it.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: `usage` is a valid rusage for the call to write.
    unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut usage) };
    usage.ru_maxrss as u64 * 1024
}

/// The process CPU time of `kasb_load::load` on one worker thread: discovery, reading and
/// parsing from disk, the way `kasb check --threads 1` loads.
fn load_from_disk(root: &Path, rounds: usize) -> Duration {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .expect("a thread pool");
    let options = kasb_load::LoadOptions::default();
    (0..rounds)
        .map(|_| {
            let start = clock(libc::CLOCK_PROCESS_CPUTIME_ID);
            let workspace = pool.install(|| kasb_load::load(&[root.to_path_buf()], &options));
            std::hint::black_box(workspace.map(|workspace| workspace.documents.len()).ok());
            clock(libc::CLOCK_PROCESS_CPUTIME_ID) - start
        })
        .min()
        .unwrap_or_default()
}

/// The best of `rounds` timings (thread CPU time) of `run` over every file.
fn best(rounds: usize, texts: &[(PathBuf, String)], run: impl Fn(&Path, &str) -> bool) -> Duration {
    (0..rounds)
        .map(|_| {
            let start = cpu_time();
            let ok = texts.iter().filter(|(path, text)| run(path, text)).count();
            std::hint::black_box(ok);
            cpu_time() - start
        })
        .min()
        .unwrap_or_default()
}

fn main() {
    let mut args = std::env::args().skip(1);
    let root = PathBuf::from(args.next().expect("usage: speed DIR [ROUNDS]"));
    let rounds: usize = args.next().map_or(5, |n| n.parse().expect("ROUNDS"));
    if std::env::var_os("SPEED_MEMORY").is_some() {
        // Peak memory of one load from disk (one worker thread), before anything else.
        let seconds = load_from_disk(&root, 1).as_secs_f64();
        let bytes: u64 = yaml_files(&root)
            .iter()
            .filter_map(|path| std::fs::metadata(path).ok())
            .map(|metadata| metadata.len())
            .sum();
        let peak = peak_rss_bytes();
        println!(
            "load from disk {seconds:.3}s; peak RSS {:.1} MB for {:.1} MB of YAML ({:.2}x)",
            peak as f64 / 1e6,
            bytes as f64 / 1e6,
            peak as f64 / bytes as f64
        );
        return;
    }
    let texts: Vec<(PathBuf, String)> = yaml_files(&root)
        .into_iter()
        .filter_map(|path| Some((path.clone(), std::fs::read_to_string(&path).ok()?)))
        .collect();
    let bytes: usize = texts.iter().map(|(_, text)| text.len()).sum();
    let options = kasb_load::LoadOptions::default();
    if std::env::var_os("SPEED_LOAD_ONLY").is_some() {
        // For a profiler: the loader alone.
        let load = best(rounds, &texts, |path, text| {
            kasb_load::load_str(path, text, &options).is_ok()
        });
        println!("load {:.3}s", load.as_secs_f64());
        return;
    }
    let ruler = best(rounds, &texts, |_, text| {
        serde_yaml::from_str::<serde_yaml::Value>(text).is_ok()
    });
    // What the loader's parser alone costs: every event, nothing kept.
    let events = best(rounds, &texts, |_, text| {
        let mut options = granit_parser::Options::default();
        options.set_emit_comments(false);
        let mut parser = granit_parser::Parser::new_from_str_with_options(text, options);
        let mut count = 0usize;
        while let Some(Ok(_)) = parser.next_event() {
            count += 1;
        }
        count > 0
    });
    let load = best(rounds, &texts, |path, text| {
        kasb_load::load_str(path, text, &options).is_ok()
    });
    let loaded = texts
        .iter()
        .filter(|(path, text)| kasb_load::load_str(path, text, &options).is_ok())
        .count();
    let disk = load_from_disk(&root, rounds);
    println!(
        "{} files, {:.1} MB, {loaded} load; ruler {:.3}s, events {:.3}s, load {:.3}s, \
         load/ruler {:.2}; kasb_load::load from disk on one thread {:.3}s ({:.2}x the ruler)",
        texts.len(),
        bytes as f64 / 1e6,
        ruler.as_secs_f64(),
        events.as_secs_f64(),
        load.as_secs_f64(),
        load.as_secs_f64() / ruler.as_secs_f64(),
        disk.as_secs_f64(),
        disk.as_secs_f64() / ruler.as_secs_f64()
    );
}
