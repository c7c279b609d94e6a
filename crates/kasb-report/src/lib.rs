//! Reports for the people who decide, in their language: the assessment mapping matrix of a
//! qualification ([`assessment`]), and an occupational standard or a qualification laid out as
//! a ministry publishes it for approval ([`standard`], [`qualification`]).
//!
//! Reports read the graph (its queries: units, criteria, coverage, levels) and the documents'
//! own texts in the chosen language, falling back to each document's default language and
//! saying so. Headings and labels come from the Fluent messages of `kasb-i18n`.
//!
//! ```
//! use kasb_graph::StandardsGraph;
//! use kasb_i18n::Lang;
//! use kasb_report::{Format, assessment};
//!
//! let workspace = kasb_load::load(&["../../standards".into()], &Default::default()).unwrap();
//! let (graph, _) = StandardsGraph::build(workspace);
//! let csv = assessment(&graph, "kg-welder-q3", Lang::ENGLISH, Format::Csv).unwrap();
//! assert!(csv.lines().next().unwrap().contains("kg-welder-q3-assessment/PR-1"));
//! ```

mod assessment;
mod document;
mod evidence;
mod html;
mod layout;
mod markdown;

use kasb_graph::{NodeKind, StandardsGraph};
use kasb_i18n::{Args, Lang, Messages};

pub use assessment::{Column, Gaps, Matrix, Row, Tool, UnitRows, assessment_matrix};
pub use evidence::{InstrumentEvidence, StatedRule};
pub use layout::Localised;

/// A report's output format. Every report has HTML and Markdown; the matrix also has CSV and
/// JSON.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Format {
    /// One self-contained page that prints cleanly.
    Html,
    /// GitHub-flavoured Markdown.
    Markdown,
    /// One row per requirement, one column per task (the matrix only).
    Csv,
    /// The matrix as data (the matrix only).
    Json,
}

impl Format {
    /// The format's name on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Format::Html => "html",
            Format::Markdown => "markdown",
            Format::Csv => "csv",
            Format::Json => "json",
        }
    }
}

/// Why a report cannot be made.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ReportError {
    /// No document of the kind has the id.
    #[error("no {expected} has the id `{id}`{}", did_you_mean(.suggestion))]
    Unknown {
        /// The id asked about.
        id: String,
        /// What was asked for: "qualification", "occupational standard".
        expected: &'static str,
        /// The closest id of that kind, when one is close.
        suggestion: Option<String>,
    },
    /// The matrix has more crossings than a table can show; its JSON has no table and is made
    /// whatever the size.
    #[error(
        "the matrix has {cells} crossings, more than the {limit} a table shows; use --format json"
    )]
    TooLarge {
        /// Requirements × tasks.
        cells: usize,
        /// [`MAX_TABLE_CELLS`].
        limit: usize,
    },
    /// The report has no such format.
    #[error("the {report} report is made as {supported}, not {}", .format.name())]
    Unsupported {
        /// The report.
        report: &'static str,
        /// The format asked for.
        format: Format,
        /// The formats it has.
        supported: &'static str,
    },
}

impl ReportError {
    /// The error in `lang`, from `report.ftl`; `Display` stays the English text. A format the
    /// report does not make is said in English: the CLI offers only the formats each report has.
    ///
    /// ```
    /// use kasb_i18n::Lang;
    /// use kasb_report::ReportError;
    ///
    /// let error = ReportError::Unknown {
    ///     id: "kg-welder-q4".into(),
    ///     expected: "qualification",
    ///     suggestion: Some("kg-welder-q3".into()),
    /// };
    /// assert_eq!(
    ///     error.said(Lang::parse("ru").unwrap()),
    ///     "нет квалификации с идентификатором `kg-welder-q4`; возможно, имелась в виду `kg-welder-q3`?"
    /// );
    /// assert_eq!(error.said(Lang::ENGLISH), error.to_string());
    /// ```
    pub fn said(&self, lang: Lang) -> String {
        let messages = Messages::of(lang);
        match self {
            ReportError::Unknown {
                id,
                expected,
                suggestion,
            } => {
                let kind = if *expected == "qualification" {
                    "qualification"
                } else {
                    "standard"
                };
                let args = Args::new().with("kind", kind).with("id", id.as_str());
                match suggestion {
                    Some(near) => messages.format(
                        "report-error-unknown-suggestion",
                        &args.with("suggestion", near.as_str()),
                    ),
                    None => messages.format("report-error-unknown", &args),
                }
            }
            ReportError::TooLarge { cells, limit } => messages.format(
                "report-error-too-large",
                &Args::new()
                    .with("cells", cells.to_string())
                    .with("limit", limit.to_string()),
            ),
            ReportError::Unsupported { .. } => self.to_string(),
        }
    }
}

fn did_you_mean(suggestion: &Option<String>) -> String {
    suggestion
        .as_ref()
        .map_or_else(String::new, |id| format!("; did you mean `{id}`?"))
}

/// The most crossings (requirements × tasks) an HTML, Markdown or CSV matrix shows: a large
/// qualification has a few thousand; beyond this the table would take gigabytes.
pub const MAX_TABLE_CELLS: usize = 2_000_000;

/// The assessment mapping matrix of a qualification: its units' criteria, knowledge and skills
/// against the tasks of every assessment tool that serves the qualification or assesses them.
pub fn assessment(
    graph: &StandardsGraph,
    qualification: &str,
    lang: Lang,
    format: Format,
) -> Result<String, ReportError> {
    let matrix = assessment_matrix(graph, qualification, lang)?;
    if format != Format::Json && matrix.cells() > MAX_TABLE_CELLS {
        return Err(ReportError::TooLarge {
            cells: matrix.cells(),
            limit: MAX_TABLE_CELLS,
        });
    }
    Ok(match format {
        Format::Html => html::render(&assessment::doc(&matrix, lang)),
        Format::Markdown => markdown::render(&assessment::doc(&matrix, lang)),
        Format::Csv => assessment::csv(&matrix, lang),
        Format::Json => assessment::json(&matrix),
    })
}

/// An occupational standard as a document for approval, in HTML or Markdown.
pub fn standard(
    graph: &StandardsGraph,
    id: &str,
    lang: Lang,
    format: Format,
) -> Result<String, ReportError> {
    let standard = document::find_standard(graph, id)?;
    render_document("standard", format, || {
        document::standard_doc(graph, standard, lang)
    })
}

/// A qualification as a document for approval, with its units in full, in HTML or Markdown.
pub fn qualification(
    graph: &StandardsGraph,
    id: &str,
    lang: Lang,
    format: Format,
) -> Result<String, ReportError> {
    let qualification = document::find_qualification(graph, id)?;
    render_document("qualification", format, || {
        document::qualification_doc(graph, qualification, lang)
    })
}

fn render_document(
    report: &'static str,
    format: Format,
    doc: impl FnOnce() -> layout::Doc,
) -> Result<String, ReportError> {
    match format {
        Format::Html => Ok(html::render(&doc())),
        Format::Markdown => Ok(markdown::render(&doc())),
        _ => Err(ReportError::Unsupported {
            report,
            format,
            supported: "html or markdown",
        }),
    }
}

/// The document node of `kind` with `id`, or [`ReportError::Unknown`] with the closest id of
/// that kind.
fn find_document<'g>(
    graph: &'g StandardsGraph,
    id: &str,
    kind: NodeKind,
    expected: &'static str,
) -> Result<&'g kasb_graph::Node, ReportError> {
    if let Some(node) = graph.node(id).filter(|node| node.kind == kind) {
        return Ok(node);
    }
    let candidates = graph.documents().filter(|node| node.kind == kind);
    let suggestion =
        kasb_diagnostics::closest(id, candidates.map(|node| node.id.as_str())).map(str::to_owned);
    Err(ReportError::Unknown {
        id: id.to_owned(),
        expected,
        suggestion,
    })
}
