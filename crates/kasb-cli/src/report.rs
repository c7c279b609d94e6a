//! `kasb report`: the assessment mapping matrix, and standards and qualifications as documents,
//! in the language of `--lang` or of the locale.

use std::path::PathBuf;

use clap::{Args, Subcommand, ValueEnum};
use kasb::diagnostics::visible;
use kasb::graph::StandardsGraph;
use kasb::i18n::Lang;
use kasb::report::Format;

/// Reports for the people who decide: the assessment mapping matrix of a qualification, a
/// standard or a qualification as a document for approval.
#[derive(clap::Args)]
pub(crate) struct ReportArgs {
    #[command(subcommand)]
    report: Report,
}

#[derive(Subcommand)]
enum Report {
    /// A qualification's criteria, knowledge and skills against the tasks of its assessment
    /// tools: method, weight and marks at each crossing; gaps counted and highlighted.
    Assessment {
        /// The qualification's id.
        #[arg(value_name = "QUALIFICATION")]
        id: String,
        /// Output format.
        #[arg(long, value_enum, default_value_t = MatrixFormat::Markdown)]
        format: MatrixFormat,
        #[command(flatten)]
        common: Common,
    },
    /// An occupational standard as a ministry publishes it for approval.
    Standard {
        /// The standard's id.
        #[arg(value_name = "ID")]
        id: String,
        /// Output format.
        #[arg(long, value_enum, default_value_t = DocumentFormat::Markdown)]
        format: DocumentFormat,
        #[command(flatten)]
        common: Common,
    },
    /// A qualification as a ministry publishes it for approval, with its units in full.
    Qualification {
        /// The qualification's id.
        #[arg(value_name = "ID")]
        id: String,
        /// Output format.
        #[arg(long, value_enum, default_value_t = DocumentFormat::Markdown)]
        format: DocumentFormat,
        #[command(flatten)]
        common: Common,
    },
}

/// What every report takes.
#[derive(Args)]
struct Common {
    /// The language of the report and of the documents' texts (those without it are shown in
    /// their own language, marked). Default: from LC_ALL, LC_MESSAGES or LANG, else English.
    #[arg(long, value_name = "LANG", value_parser = parse_lang)]
    lang: Option<Lang>,
    /// Where the documents are (repeatable).
    #[arg(long = "in", value_name = "PATH", default_value = ".")]
    paths: Vec<PathBuf>,
    /// Write the report to this file instead of standard output (atomically; never over a
    /// file that was read).
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,
}

#[derive(Clone, Copy, ValueEnum)]
enum MatrixFormat {
    Html,
    Markdown,
    Csv,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum DocumentFormat {
    Html,
    Markdown,
}

impl From<MatrixFormat> for Format {
    fn from(format: MatrixFormat) -> Format {
        match format {
            MatrixFormat::Html => Format::Html,
            MatrixFormat::Markdown => Format::Markdown,
            MatrixFormat::Csv => Format::Csv,
            MatrixFormat::Json => Format::Json,
        }
    }
}

impl From<DocumentFormat> for Format {
    fn from(format: DocumentFormat) -> Format {
        match format {
            DocumentFormat::Html => Format::Html,
            DocumentFormat::Markdown => Format::Markdown,
        }
    }
}

pub(crate) fn parse_lang(text: &str) -> Result<Lang, String> {
    Lang::parse(text).ok_or_else(|| {
        let known: Vec<&str> = Lang::all().map(Lang::tag).collect();
        format!(
            "kasb has no messages in `{}`; it has {}",
            visible(text),
            known.join(", ")
        )
    })
}

/// Runs `kasb report`. Exit 0 on success; an unknown id or an unreadable path is an error
/// (exit 2), shown visibly since it may quote ids and paths from the files.
pub(crate) fn run(args: ReportArgs) -> Result<u8, String> {
    let (id, format, common, make): (_, Format, _, Maker) = match args.report {
        Report::Assessment { id, format, common } => {
            (id, format.into(), common, kasb::report::assessment)
        }
        Report::Standard { id, format, common } => {
            (id, format.into(), common, kasb::report::standard)
        }
        Report::Qualification { id, format, common } => {
            (id, format.into(), common, kasb::report::qualification)
        }
    };
    report(&id, format, &common, make).map_err(|message| visible(&message).into_owned())
}

/// A report of the library: graph, id, language, format.
type Maker = fn(&StandardsGraph, &str, Lang, Format) -> Result<String, kasb::report::ReportError>;

fn report(id: &str, format: Format, common: &Common, make: Maker) -> Result<u8, String> {
    // Levels reach the EQF through the frameworks, and ISCO titles come from the reference set.
    let graph = crate::load_graph(&common.paths, true, "reporting")?;
    let lang = common.lang.unwrap_or_else(Lang::from_env);
    let text = make(&graph, id, lang, format).map_err(|error| error.said(lang))?;
    crate::write_report(
        common.output.as_deref(),
        &text,
        crate::files_read(&common.paths, graph.workspace(), None),
    )?;
    Ok(crate::EXIT_CLEAN)
}
