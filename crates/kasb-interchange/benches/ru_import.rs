//! Importing all 23 Russian professional-standard XML files, against just reading their bytes.
//!
//! `cargo bench -p kasb-interchange --bench ru_import`

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

fn files() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/data/ru-profstandart");
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("tests/data/ru-profstandart")
        .map(|entry| entry.expect("entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "xml"))
        .collect();
    files.sort();
    files
}

fn best_of(runs: usize, mut f: impl FnMut()) -> Duration {
    (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .min()
        .unwrap_or_default()
}

fn main() {
    let files = files();
    let bytes: u64 = files
        .iter()
        .map(|f| std::fs::metadata(f).map_or(0, |m| m.len()))
        .sum();
    let read = best_of(10, || {
        for file in &files {
            std::hint::black_box(std::fs::read(file).expect("read"));
        }
    });
    let mut standards = 0;
    let import = best_of(10, || {
        let import = kasb_interchange::ru::import_files(&files);
        standards = import.documents.len();
        std::hint::black_box(import);
    });
    let dir = std::env::temp_dir().join(format!("kasb-bench-{}", std::process::id()));
    let write = best_of(5, || {
        let import = kasb_interchange::ru::import_files(&files);
        import.write(&dir, true).expect("write");
    });
    let _ = std::fs::remove_dir_all(&dir);
    println!(
        "{} files, {:.1} MB, {standards} standards: read {:.2} ms, import {:.2} ms ({:.1}x reading), import and write YAML {:.2} ms",
        files.len(),
        bytes as f64 / 1e6,
        read.as_secs_f64() * 1e3,
        import.as_secs_f64() * 1e3,
        import.as_secs_f64() / read.as_secs_f64().max(1e-9),
        write.as_secs_f64() * 1e3,
    );
    assert!(
        import < Duration::from_secs(1),
        "importing must take under 1 s"
    );
}
