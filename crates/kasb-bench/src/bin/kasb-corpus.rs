//! Writes a generated kasb repository: `kasb-corpus DIR [--files N | --standards N] [--seed S]
//! [--broken PER_MILLE]`, or the bundled standards replicated to a size:
//! `kasb-corpus DIR --replicate-standards MB [--from STANDARDS]`. The same options always write
//! the same bytes.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use kasb_bench::{
    Corpus, CorpusOptions, bundled_standards, generate, read_standards, replicate_to_size,
};

const USAGE: &str = "usage: kasb-corpus DIR [--files N | --standards N] [--seed S] [--broken PER_MILLE]\n\
  --files N          about N files in all (default 1000)\n\
  --standards N      exactly N occupational standards (about 3.5 files each)\n\
  --seed S           the seed (default 42)\n\
  --broken PER_MILLE break this many references in a thousand (10 = ~1 %; default 0)\n\
  --replicate-standards MB  instead, copy the bundled standards until they make at least MB\n\
                     megabytes (10^6 bytes), document ids renamed per copy (kg-welder -> kg-welder-r7)\n\
  --from DIR         the standards folder to replicate (default: the repository's standards/)";

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
    let mut replicate_mb = None;
    let mut from = bundled_standards();
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
            "--replicate-standards" => replicate_mb = Some(number("--replicate-standards")?),
            "--from" => from = PathBuf::from(args.next().ok_or("--from needs a folder")?),
            "-h" | "--help" => {
                println!("{USAGE}");
                return Ok(());
            }
            other if !other.starts_with('-') && dir.is_none() => dir = Some(PathBuf::from(other)),
            other => return Err(format!("unexpected argument `{other}`")),
        }
    }
    let dir = dir.ok_or("give the directory to write")?;
    if let Some(mb) = replicate_mb {
        return write_replica(&dir, &from, mb);
    }
    let mut options = CorpusOptions::for_files(files, seed, broken);
    if let Some(standards) = standards {
        options.standards = standards;
    }
    let corpus = generate(&options);
    write(&corpus, &dir)?;
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

fn write(corpus: &Corpus, dir: &Path) -> Result<(), String> {
    corpus
        .write_to(dir)
        .map_err(|error| format!("cannot write {}: {error}", dir.display()))
}

fn write_replica(dir: &Path, from: &Path, mb: u64) -> Result<(), String> {
    let source =
        read_standards(from).map_err(|error| format!("cannot read {}: {error}", from.display()))?;
    let corpus = replicate_to_size(&source, mb.saturating_mul(1_000_000))
        .map_err(|error| error.to_string())?;
    write(&corpus, dir)?;
    println!(
        "{} files, {} bytes (the standards of {} replicated) in {}",
        corpus.files.len(),
        corpus.bytes(),
        from.display(),
        dir.display()
    );
    Ok(())
}
