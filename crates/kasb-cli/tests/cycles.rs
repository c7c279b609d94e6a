//! Relations that cycle, run through the `kasb` binary in a child process: the process ends
//! with exit status 1 and one located error per cycle, never a stack overflow (exit 134) or an
//! endless walk.

use std::fmt::Write as _;
use std::io::Read;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

/// Far above what these inputs need even unoptimised: only a hang reaches it.
const DEADLINE: Duration = Duration::from_secs(120);

const FRAMEWORK: &str =
    "kind: LevelFramework\nformat: 1\nid: fw\ntitle: F\nlanguage: en\nlevels:\n  - level: 3\n";

fn standard(isco: &str, units: &str) -> String {
    format!(
        "kind: OccupationalStandard\nformat: 1\nid: s\ntitle: S\nlanguage: en\ncountry: KG\n\
         framework: fw\noccupation:\n  title: W\n  isco: \"{isco}\"\nunits:\n{units}"
    )
}

/// `kasb check DIR --format json`, killed (and the test failed) if it outlives the deadline.
/// Its output is read while it runs: a report larger than a pipe's buffer would otherwise
/// block the child before it could end.
fn check_json(dir: &Path) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_kasb"))
        .args(["check", dir.to_str().unwrap(), "--format", "json"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("kasb runs");
    let stdout = read_all(child.stdout.take().expect("piped"));
    let stderr = read_all(child.stderr.take().expect("piped"));
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("waits") {
            break status;
        }
        if started.elapsed() > DEADLINE {
            child.kill().ok();
            panic!("kasb check did not end within {DEADLINE:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    Output {
        status,
        stdout: stdout.join().expect("read"),
        stderr: stderr.join().expect("read"),
    }
}

/// Reads `pipe` to its end on a thread of its own.
fn read_all(mut pipe: impl Read + Send + 'static) -> std::thread::JoinHandle<Vec<u8>> {
    std::thread::spawn(move || {
        let mut bytes = Vec::new();
        pipe.read_to_end(&mut bytes).ok();
        bytes
    })
}

fn count(output: &Output, code: &str) -> usize {
    String::from_utf8_lossy(&output.stdout)
        .matches(&format!("\"code\": \"{code}\""))
        .count()
}

/// 19,000 units in one file, each a prerequisite of the next; with `ring`, the first needs
/// the last.
fn chain(dir: &Path, ring: bool) {
    let n = 19_000;
    let mut units = String::new();
    for i in 0..n {
        let before = match i {
            0 if ring => format!("U{}", n - 1),
            0 => String::new(),
            _ => format!("U{}", i - 1),
        };
        writeln!(
            units,
            "  - {{id: U{i}, title: T, prerequisites: [{before}]}}"
        )
        .unwrap();
    }
    std::fs::write(dir.join("fw.yaml"), FRAMEWORK).unwrap();
    std::fs::write(dir.join("s.yaml"), standard("7212", &units)).unwrap();
}

#[test]
fn a_chain_of_19000_prerequisites_is_clean_and_its_ring_is_one_error() {
    let dir = tempfile::tempdir().unwrap();
    chain(dir.path(), false);
    let output = check_json(dir.path());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "{stderr}");

    chain(dir.path(), true);
    let output = check_json(dir.path());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(!stderr.contains("overflow"), "{stderr}");
    assert_eq!(count(&output, "K204"), 1);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.contains("`s/U0` → `s/U18999` → `s/U18998`"),
        "{stdout}"
    );
    assert!(stdout.contains("… 18990 more …"), "{stdout}");
}

#[test]
fn classification_parents_in_a_cycle_end_in_one_error() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("fw.yaml"), FRAMEWORK).unwrap();
    std::fs::write(
        dir.path().join("isco.yaml"),
        "kind: Classification\nformat: 1\nid: isco-08\ntitle: I\nlanguage: en\nentries:\n\
         \x20 - {code: \"1111\", title: A, parent: \"2222\"}\n\
         \x20 - {code: \"2222\", title: B, parent: \"1111\"}\n",
    )
    .unwrap();
    // An unknown code makes the code rule walk the classification's entries.
    std::fs::write(
        dir.path().join("s.yaml"),
        standard("9999", "  - {id: U1, title: T}\n"),
    )
    .unwrap();
    let output = check_json(dir.path());
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(count(&output, "K206"), 1);
    assert_eq!(count(&output, "K601"), 1);
}
