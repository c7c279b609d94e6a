//! Writes a generated kasb repository: `kasb-corpus DIR [--files N | --standards N] [--seed S]
//! [--broken PER_MILLE]`. The same options always write the same bytes.

use std::path::PathBuf;
use std::process::ExitCode;

use kasb_bench::{CorpusOptions, generate};

const USAGE: &str = "usage: kasb-corpus DIR [--files N | --standards N] [--seed S] [--broken PER_MILLE]\n\
  --files N          about N files in all (default 1000)\n\
  --standards N      exactly N occupational standards (about 3.5 files each)\n\
  --seed S           the seed (default 42)\n\
  --broken PER_MILLE break this many references in a thousand (10 = ~1 %; default 0)";

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("kasb-corpus: {message}\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn run() -> Result<(), String> {
    let mut args = std::env::args().skip(1);
    let mut dir = None;
    let mut files = 1000;
    let mut standards = None;
    let mut seed = 42;
    let mut broken = 0;
    while let Some(arg) = args.next() {
        let mut number = |name: &str| -> Result<u64, String> {
            args.next()
                .and_then(|value| value.parse().ok())
                .ok_or_else(|| format!("{name} needs a number"))
        };
        match arg.as_str() {
            "--files" => files = number("--files")? as usize,
            "--standards" => standards = Some(number("--standards")? as usize),
            "--seed" => seed = number("--seed")?,
            "--broken" => broken = number("--broken")? as u32,
            "-h" | "--help" => {
                println!("{USAGE}");
                return Ok(());
            }
            other if !other.starts_with('-') && dir.is_none() => dir = Some(PathBuf::from(other)),
            other => return Err(format!("unexpected argument `{other}`")),
        }
    }
    let dir = dir.ok_or("give the directory to write")?;
    let mut options = CorpusOptions::for_files(files, seed, broken);
    if let Some(standards) = standards {
        options.standards = standards;
    }
    let corpus = generate(&options);
    corpus
        .write_to(&dir)
        .map_err(|error| format!("cannot write {}: {error}", dir.display()))?;
    println!(
        "{} files, {} bytes, {} references ({} broken) in {}",
        corpus.files.len(),
        corpus.bytes(),
        corpus.references,
        corpus.broken_references,
        dir.display()
    );
    Ok(())
}
