//! `kasb compare`: two documents side by side, or a matrix of many.

use std::path::PathBuf;

use clap::ValueEnum;
use kasb::compare::{CompareOptions, Format, compare, compare_matrix, render};
use kasb::diagnostics::visible;
use kasb::graph::StandardsGraph;
use kasb::i18n::{Args, Lang, Messages};
use kasb::model::Document;

/// Compare standards, qualifications or assessment tools across countries.
///
/// Two ids compare side by side; `--matrix` or `--isco` compares many. Every match says why:
/// a crosswalk, a shared reference or similar wording.
#[derive(clap::Args)]
pub(crate) struct CompareArgs {
    /// The left document id (a standard, qualification or assessment tool).
    #[arg(value_name = "LEFT", required_unless_present_any = ["matrix", "isco"])]
    left: Option<String>,
    /// The right document id.
    #[arg(value_name = "RIGHT", required_unless_present_any = ["matrix", "isco"])]
    right: Option<String>,
    /// Compare every pair of these documents.
    #[arg(long, value_name = "ID", num_args = 2.., conflicts_with_all = ["left", "isco"])]
    matrix: Vec<String>,
    /// Compare the standards of this ISCO-08 occupation (four digits).
    #[arg(long, value_name = "CODE", conflicts_with = "left")]
    isco: Option<String>,
    /// With --isco: only these countries, in this order (ISO codes, comma-separated).
    #[arg(long, value_name = "KG,AM,…", value_delimiter = ',', requires = "isco")]
    countries: Vec<String>,
    /// Where the documents are (repeatable).
    #[arg(long = "in", value_name = "PATH", default_value = ".")]
    paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = CompareFormat::Human)]
    format: CompareFormat,
    /// Write the report to this file instead of standard output.
    #[arg(long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// The lowest text similarity (0 to 1) that matches two items without other evidence.
    #[arg(long, value_name = "F", value_parser = parse_threshold)]
    threshold: Option<f64>,
    /// The language of the report (JSON stays English: its texts are a contract). Default:
    /// from LC_ALL, LC_MESSAGES or LANG, else English.
    #[arg(long, value_name = "LANG", value_parser = crate::report::parse_lang)]
    lang: Option<Lang>,
}

#[derive(Clone, Copy, ValueEnum)]
enum CompareFormat {
    Human,
    Markdown,
    Json,
    Html,
}

fn parse_threshold(text: &str) -> Result<f64, String> {
    let value: f64 = text
        .parse()
        .map_err(|_| format!("`{text}` is not a number"))?;
    if (0.0..=1.0).contains(&value) {
        Ok(value)
    } else {
        Err(format!(
            "the threshold must be between 0 and 1, got {value}"
        ))
    }
}

/// Runs `kasb compare`. Exit 0 on success; problems are returned as messages (exit 2), in the
/// report's language, shown visibly since they may quote ids and paths from the files.
pub(crate) fn run(args: CompareArgs) -> Result<u8, String> {
    let lang = args.lang.unwrap_or_else(Lang::from_env);
    compare_documents(args, lang).map_err(|message| visible(&message).into_owned())
}

fn compare_documents(args: CompareArgs, lang: Lang) -> Result<u8, String> {
    // Levels compare through the frameworks, which kasb's reference set provides.
    let graph = crate::load_graph(&args.paths, true, "comparing")?;
    let mut options = CompareOptions::default();
    if let Some(threshold) = args.threshold {
        options.threshold = threshold;
    }
    let format = match args.format {
        CompareFormat::Human => Format::Human,
        CompareFormat::Markdown => Format::Markdown,
        CompareFormat::Json => Format::Json,
        CompareFormat::Html => Format::Html,
    };

    let ids: Vec<String> = if let Some(code) = &args.isco {
        standards_for(&graph, code, &args.countries, Messages::of(lang))?
    } else if !args.matrix.is_empty() {
        args.matrix.clone()
    } else {
        Vec::new()
    };
    let text = if ids.is_empty() {
        let (Some(left), Some(right)) = (&args.left, &args.right) else {
            return Err("give LEFT and RIGHT, or --matrix ID ID…, or --isco CODE".into());
        };
        let comparison = compare(&graph, left, right, &options).map_err(|e| e.said(lang))?;
        render::comparison(&comparison, format, lang)
    } else {
        let matrix = compare_matrix(&graph, &ids, &options).map_err(|e| e.said(lang))?;
        render::matrix(&matrix, format, lang)
    };

    crate::write_report(
        args.output.as_deref(),
        &text,
        crate::files_read(&args.paths, graph.workspace(), None),
    )?;
    Ok(0)
}

/// The standards of an ISCO-08 occupation: in the order of `countries` when given (one per
/// country, each required), else every one, sorted by country and id.
fn standards_for(
    graph: &StandardsGraph,
    code: &str,
    countries: &[String],
    messages: &Messages,
) -> Result<Vec<String>, String> {
    let mut found: Vec<(String, String)> = graph
        .standards_for_isco(code)
        .into_iter()
        .filter_map(|node| match graph.document_of(node) {
            Document::OccupationalStandard(standard) => {
                Some((standard.country.to_ascii_uppercase(), standard.id.clone()))
            }
            _ => None,
        })
        .collect();
    found.sort();
    if countries.is_empty() {
        if found.len() < 2 {
            let args = Args::new().with("code", code).with("count", found.len());
            return Err(messages.format("compare-error-isco-too-few", &args));
        }
        return Ok(found.into_iter().map(|(_, id)| id).collect());
    }
    let mut ids = Vec::new();
    for country in countries {
        let country = country.trim().to_ascii_uppercase();
        let id = found
            .iter()
            .find(|(c, _)| *c == country)
            .map(|(_, id)| id.clone())
            .ok_or_else(|| {
                let mut countries: Vec<&str> = found.iter().map(|(c, _)| c.as_str()).collect();
                countries.dedup();
                let countries = if countries.is_empty() {
                    messages.text("compare-none")
                } else {
                    countries.join(", ")
                };
                let args = Args::new()
                    .with("code", code)
                    .with("country", country.as_str())
                    .with("countries", countries);
                messages.format("compare-error-isco-country", &args)
            })?;
        ids.push(id);
    }
    Ok(ids)
}
