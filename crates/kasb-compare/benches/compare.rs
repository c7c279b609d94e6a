//! Compares two generated frameworks of 15,000 performance criteria each and prints the time,
//! next to a baseline measured in the same run: the time to tokenise both sides' texts (which
//! any comparison must do at least once). Run with `cargo bench -p kasb-compare`.
//!
//! The frameworks are deterministic: 1,000 units × 3 elements × 5 criteria, sentences of 8-14
//! words drawn with a skewed (Zipf-like) frequency from 20,000 made-up words. The right side
//! rewrites 70 % of the left's criteria (a third of their words replaced, order shuffled) and
//! adds new ones, in a shuffled unit order.

use std::fmt::Write;
use std::path::Path;
use std::time::{Duration, Instant};

use kasb_compare::{CompareOptions, compare};
use kasb_graph::StandardsGraph;

/// A small deterministic generator (SplitMix64).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

const SYLLABLES: &[&str] = &[
    "ka", "lo", "mi", "ter", "san", "vel", "dor", "pra", "nu", "gle", "bex", "tor", "ril", "mon",
    "sta", "que", "fen", "hal", "zor", "wip",
];

fn vocabulary(size: usize) -> Vec<String> {
    (0..size)
        .map(|mut i| {
            let mut word = String::new();
            for _ in 0..3 {
                word.push_str(SYLLABLES[i % SYLLABLES.len()]);
                i /= SYLLABLES.len();
            }
            word.push_str(SYLLABLES[i % SYLLABLES.len()]);
            word
        })
        .collect()
}

fn sentence(rng: &mut Rng, words: &[String]) -> Vec<usize> {
    let length = 8 + rng.below(7);
    // Skewed towards the first words: a few very common, most rare.
    (0..length)
        .map(|_| ((words.len() as f64) * rng.unit().powi(3)) as usize)
        .collect()
}

struct Framework {
    yaml: String,
    texts: Vec<String>,
}

fn framework(id: &str, units: &[Vec<Vec<Vec<usize>>>], words: &[String]) -> Framework {
    let mut yaml = format!(
        "kind: OccupationalStandard\nformat: 1\nid: {id}\ntitle: Generated {id}\nlanguage: en\ncountry: XX\nframework: gen-nqf\noccupation:\n  title: Generated\nunits:\n"
    );
    let mut texts = Vec::new();
    let text = |sentence: &Vec<usize>| {
        sentence
            .iter()
            .map(|&w| words[w].as_str())
            .collect::<Vec<_>>()
            .join(" ")
    };
    for (u, unit) in units.iter().enumerate() {
        let title = text(&unit[0][0]);
        let _ = write!(
            yaml,
            "  - id: U{u}\n    title: \"{title}\"\n    level: 4\n    elements:\n"
        );
        texts.push(title);
        for (e, element) in unit.iter().enumerate() {
            let title = text(&element[0]);
            let _ = write!(
                yaml,
                "      - id: U{u}.{e}\n        title: \"{title}\"\n        criteria:\n"
            );
            texts.push(title);
            for (c, criterion) in element.iter().enumerate() {
                let statement = text(criterion);
                let _ = writeln!(
                    yaml,
                    "          - id: U{u}.{e}.{c}\n            statement: \"{statement}\""
                );
                texts.push(statement);
            }
        }
    }
    Framework { yaml, texts }
}

type Units = Vec<Vec<Vec<Vec<usize>>>>;

fn generate(units: usize, seed: u64) -> (Units, Units) {
    let words = 20_000;
    let mut rng = Rng(seed);
    let dummy = vocabulary(words);
    let left: Units = (0..units)
        .map(|_| {
            (0..3)
                .map(|_| (0..5).map(|_| sentence(&mut rng, &dummy)).collect())
                .collect()
        })
        .collect();
    let mut right: Units = left
        .iter()
        .map(|unit| {
            unit.iter()
                .map(|element| {
                    element
                        .iter()
                        .map(|criterion| {
                            if rng.unit() < 0.3 {
                                return sentence(&mut rng, &dummy);
                            }
                            let mut rewritten: Vec<usize> = criterion
                                .iter()
                                .map(|&w| {
                                    if rng.unit() < 0.33 {
                                        ((words as f64) * rng.unit().powi(3)) as usize
                                    } else {
                                        w
                                    }
                                })
                                .collect();
                            for i in (1..rewritten.len()).rev() {
                                let j = rng.below(i + 1);
                                rewritten.swap(i, j);
                            }
                            rewritten
                        })
                        .collect()
                })
                .collect()
        })
        .collect();
    for i in (1..right.len()).rev() {
        let j = rng.below(i + 1);
        right.swap(i, j);
    }
    (left, right)
}

fn load(dir: &Path, units: usize) -> (StandardsGraph, Vec<String>) {
    let words = vocabulary(20_000);
    let (left, right) = generate(units, 42);
    let left = framework("gen-left", &left, &words);
    let right = framework("gen-right", &right, &words);
    std::fs::write(
        dir.join("nqf.yaml"),
        "kind: LevelFramework\nformat: 1\nid: gen-nqf\ntitle: NQF\nlanguage: en\nlevels:\n  - level: 4\n",
    )
    .unwrap();
    std::fs::write(dir.join("left.yaml"), &left.yaml).unwrap();
    std::fs::write(dir.join("right.yaml"), &right.yaml).unwrap();
    let workspace = kasb_load::load(&[dir.to_path_buf()], &Default::default()).unwrap();
    let (graph, diagnostics) = StandardsGraph::build(workspace);
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    let mut texts = left.texts;
    texts.extend(right.texts);
    (graph, texts)
}

fn best_of<T>(runs: usize, mut f: impl FnMut() -> T) -> (Duration, T) {
    let mut best = Duration::MAX;
    let mut last = None;
    for _ in 0..runs {
        let start = Instant::now();
        let value = f();
        best = best.min(start.elapsed());
        last = Some(value);
    }
    (best, last.unwrap())
}

fn measure(units: usize) -> Duration {
    let dir = tempfile::tempdir().unwrap();
    let (graph, texts) = load(dir.path(), units);
    let (tokenise, terms) = best_of(3, || {
        texts
            .iter()
            .map(|text| kasb_compare::terms("en", text).len())
            .sum::<usize>()
    });
    let options = CompareOptions::default();
    let (time, comparison) = best_of(3, || {
        compare(&graph, "gen-left", "gen-right", &options).unwrap()
    });
    println!(
        "{:>6} criteria per side: compare {:>8.1} ms (best of 3) | baseline tokenise both sides {:>7.1} ms ({} terms) | ratio {:.1}x | {} unit and {} criterion matches, criteria coverage {:.0}% / {:.0}%",
        comparison.left.criteria,
        time.as_secs_f64() * 1e3,
        tokenise.as_secs_f64() * 1e3,
        terms,
        time.as_secs_f64() / tokenise.as_secs_f64(),
        comparison.unit_matches().count(),
        comparison.criterion_matches().count(),
        comparison.coverage.left_criteria * 100.0,
        comparison.coverage.right_criteria * 100.0,
    );
    time
}

fn main() {
    // `cargo test --benches` runs this too: keep that quick.
    if std::env::args().any(|arg| arg == "--test") {
        measure(50);
        return;
    }
    let quarter = measure(250);
    let half = measure(500);
    let full = measure(1_000);
    println!(
        "growth: 4x the criteria took {:.1}x the time (2x: {:.1}x); limit 2 s, measured {:.2} s",
        full.as_secs_f64() / quarter.as_secs_f64(),
        full.as_secs_f64() / half.as_secs_f64(),
        full.as_secs_f64()
    );
    assert!(
        full <= Duration::from_secs(2),
        "15,000 criteria must compare within 2 s"
    );
}
