//! The assessment mapping matrix: a qualification's requirements (performance criteria,
//! knowledge, skills of each unit) against the tasks of the assessment tools, read from the
//! graph's queries (units of the qualification, criteria, tasks covering an item).

use std::collections::{BTreeSet, HashMap, HashSet};

use kasb_graph::{EdgeKind, Inclusion, Node, NodeKind, StandardsGraph};
use kasb_i18n::{Args, Lang};
use kasb_model::{Document, Instrument, MarkingCriterion, Task};
use serde::Serialize;

use crate::evidence::{self, InstrumentEvidence, StatedRule};
use crate::layout::{Block, Cell, Doc, Inline, Line, Localised, Mark, Table, cell, number, plain};
use crate::{ReportError, find_document};

/// The matrix as data: what every format of the report shows. Keys and ids are stable English;
/// texts are in the chosen language, each with the language it is in.
#[derive(Clone, Debug, Serialize)]
#[non_exhaustive]
pub struct Matrix {
    /// The JSON contract's version.
    pub version: u32,
    /// The language asked for.
    pub language: String,
    /// The qualification's id.
    pub qualification: String,
    /// Its title.
    pub title: Localised,
    /// The assessment tools whose tasks are the columns, by id.
    pub tools: Vec<Tool>,
    /// The columns: every task of those tools, tool by tool in document order.
    pub tasks: Vec<Column>,
    /// The rows, unit by unit: core units first, then electives.
    pub units: Vec<UnitRows>,
    /// What no task covers, and the tasks that cover nothing here.
    pub gaps: Gaps,
}

impl Matrix {
    /// The crossings a table of the matrix has: requirements × tasks.
    pub fn cells(&self) -> usize {
        let rows: usize = self.units.iter().map(|unit| unit.rows.len()).sum();
        rows.saturating_mul(self.tasks.len())
    }
}

/// An assessment tool of the matrix.
#[derive(Clone, Debug, Serialize)]
#[non_exhaustive]
pub struct Tool {
    /// Its id.
    pub id: String,
    /// Its title.
    pub title: Localised,
    /// The pass mark, a percentage, when it states one.
    pub pass_mark: Option<f64>,
    /// The rules of evidence it states for the whole tool.
    pub rules_of_evidence: Vec<StatedRule>,
    /// Its instruments, each with the rules of evidence it states itself.
    pub instruments: Vec<InstrumentEvidence>,
}

/// A task: one column.
#[derive(Clone, Debug, Serialize)]
#[non_exhaustive]
pub struct Column {
    /// Its global id, `tool/task`.
    pub id: String,
    /// The assessment tool's id.
    pub tool: String,
    /// The instrument's id.
    pub instrument: String,
    /// Its title.
    pub title: Localised,
    /// The instrument's method, snake_case as in the YAML (`practical_task`).
    pub method: String,
    /// The sum of its marking criteria's weights.
    pub weight: f64,
    /// The most marks it can give: each marking criterion's `max_score`, or its rubric's top
    /// score.
    pub marks: f64,
    /// How many requirements of the qualification it assesses.
    pub covers: usize,
}

/// A unit's rows.
#[derive(Clone, Debug, Serialize)]
#[non_exhaustive]
pub struct UnitRows {
    /// The unit's global id.
    pub id: String,
    /// Its title.
    pub title: Localised,
    /// `core` or `elective`.
    pub inclusion: &'static str,
    /// Its criteria, then its knowledge, then its skills, each in document order.
    pub rows: Vec<Row>,
}

/// A requirement: one row.
#[derive(Clone, Debug, Serialize)]
#[non_exhaustive]
pub struct Row {
    /// Its global id.
    pub id: String,
    /// `criterion`, `knowledge` or `skill`.
    pub kind: &'static str,
    /// Its statement.
    pub statement: Localised,
    /// The columns (task ids) that assess it, in column order.
    pub tasks: Vec<String>,
}

/// The gaps of a matrix, as ids.
#[derive(Clone, Debug, Default, Serialize)]
#[non_exhaustive]
pub struct Gaps {
    /// Performance criteria no task covers.
    pub criteria: Vec<String>,
    /// Knowledge and skills no task covers.
    pub knowledge_skills: Vec<String>,
    /// Tasks that cover no requirement of the qualification.
    pub tasks: Vec<String>,
}

const REQUIREMENTS: [(NodeKind, &str); 3] = [
    (NodeKind::Criterion, "criterion"),
    (NodeKind::Knowledge, "knowledge"),
    (NodeKind::Skill, "skill"),
];

/// The matrix of `qualification`, with texts in `lang`.
pub fn assessment_matrix(
    graph: &StandardsGraph,
    qualification: &str,
    lang: Lang,
) -> Result<Matrix, ReportError> {
    let node = find_document(
        graph,
        qualification,
        NodeKind::Qualification,
        "qualification",
    )?;
    let units = unit_rows(graph, &node.id, lang);
    let tools = tools(graph, node, &units, lang);
    let mut tasks: Vec<Column> = tools
        .iter()
        .flat_map(|tool| columns(graph, &tool.id, lang))
        .collect();
    let rows = || units.iter().flat_map(|unit| &unit.rows);
    // Counted from the rows' own lists: linear in the crossings, not rows × columns.
    let mut covers: HashMap<&str, usize> = HashMap::new();
    for task in rows().flat_map(|row| &row.tasks) {
        *covers.entry(task.as_str()).or_default() += 1;
    }
    for column in &mut tasks {
        column.covers = covers.get(column.id.as_str()).copied().unwrap_or_default();
    }
    let uncovered = |kinds: &[&str]| -> Vec<String> {
        rows()
            .filter(|row| kinds.contains(&row.kind) && row.tasks.is_empty())
            .map(|row| row.id.clone())
            .collect()
    };
    let gaps = Gaps {
        criteria: uncovered(&["criterion"]),
        knowledge_skills: uncovered(&["knowledge", "skill"]),
        tasks: tasks
            .iter()
            .filter(|column| column.covers == 0)
            .map(|column| column.id.clone())
            .collect(),
    };
    Ok(Matrix {
        version: 1,
        language: lang.tag().to_owned(),
        qualification: node.id.clone(),
        title: label(graph, node, lang),
        tools,
        tasks,
        units,
        gaps,
    })
}

/// A node's title or statement in `lang`, falling back to its document's language.
fn label(graph: &StandardsGraph, node: &Node, lang: Lang) -> Localised {
    let default = graph.document_of(node).language();
    Localised::pick(&graph.label(node), lang, default)
}

fn unit_rows(graph: &StandardsGraph, qualification: &str, lang: Lang) -> Vec<UnitRows> {
    // The id names a qualification (found above), so the queries cannot refuse it.
    let units = graph
        .units_of_qualification(qualification)
        .unwrap_or_default();
    let items: Vec<Vec<(&Node, &'static str)>> = units
        .iter()
        .map(|(unit, _)| requirements(graph, unit))
        .collect();
    let wanted = units.iter().map(|(unit, _)| unit.id.as_str());
    let wanted = wanted.chain(items.iter().flatten().map(|(item, _)| item.id.as_str()));
    let mut labels = labels(graph, wanted.collect(), lang);
    let mut label = |id: &str| labels.remove(id).unwrap_or_default();
    units
        .iter()
        .zip(items)
        .map(|((unit, inclusion), items)| UnitRows {
            id: unit.id.clone(),
            title: label(&unit.id),
            inclusion: if *inclusion == Inclusion::Elective {
                "elective"
            } else {
                "core"
            },
            rows: items
                .into_iter()
                .map(|(item, kind)| Row {
                    id: item.id.clone(),
                    kind,
                    statement: label(&item.id),
                    tasks: graph
                        .tasks_covering(&item.id)
                        .unwrap_or_default()
                        .into_iter()
                        .map(|task| task.id.clone())
                        .collect(),
                })
                .collect(),
        })
        .collect()
}

/// A unit's criteria, then its knowledge, then its skills, each in document order.
fn requirements<'g>(graph: &'g StandardsGraph, unit: &Node) -> Vec<(&'g Node, &'static str)> {
    REQUIREMENTS
        .iter()
        .flat_map(|&(kind, name)| {
            let items = graph.descendants(&unit.id, kind).unwrap_or_default();
            items.into_iter().map(move |item| (item, name))
        })
        .collect()
}

/// The titles and statements of the nodes `wanted`, in `lang`: one walk over the graph's texts
/// (reading them node by node would walk a document's items once per node).
fn labels(graph: &StandardsGraph, wanted: HashSet<&str>, lang: Lang) -> HashMap<String, Localised> {
    let mut found = HashMap::with_capacity(wanted.len());
    graph.for_each_text(|_, node, _, text| {
        if wanted.contains(node.id.as_str()) {
            let default = graph.document_of(node).language();
            found.insert(node.id.clone(), Localised::pick(text, lang, default));
        }
    });
    found
}

/// The tools that serve the qualification, and those whose tasks assess one of its
/// requirements, by id.
fn tools(
    graph: &StandardsGraph,
    qualification: &Node,
    units: &[UnitRows],
    lang: Lang,
) -> Vec<Tool> {
    let mut ids = BTreeSet::new();
    if let Some(index) = graph.index(&qualification.id) {
        let serving = graph.links_to(index).filter(|link| {
            link.kind() == EdgeKind::Serves && link.from().kind == NodeKind::AssessmentTool
        });
        ids.extend(serving.map(|link| link.from().id.clone()));
    }
    let tasks = units
        .iter()
        .flat_map(|unit| &unit.rows)
        .flat_map(|row| &row.tasks);
    ids.extend(
        tasks
            .filter_map(|task| task.split_once('/'))
            .map(|(tool, _)| tool.to_owned()),
    );
    ids.into_iter()
        .filter_map(|id| graph.node(&id))
        .filter_map(|node| match graph.document_of(node) {
            Document::AssessmentTool(tool) => Some(Tool {
                id: node.id.clone(),
                title: Localised::pick(&tool.title, lang, &tool.language),
                pass_mark: tool.pass_mark.map(|mark| mark.get()),
                rules_of_evidence: evidence::stated(
                    tool.rules_of_evidence.as_ref(),
                    lang,
                    &tool.language,
                ),
                instruments: evidence::instruments(tool, lang),
            }),
            _ => None,
        })
        .collect()
}

fn columns(graph: &StandardsGraph, tool: &str, lang: Lang) -> Vec<Column> {
    let Some(Document::AssessmentTool(document)) = graph.document(tool) else {
        return Vec::new();
    };
    let by_id: HashMap<&str, (&Instrument, &Task)> = document
        .instruments
        .iter()
        .flat_map(|instrument| {
            instrument
                .tasks
                .iter()
                .map(move |task| (task.id.as_str(), (instrument, task)))
        })
        .collect();
    let tasks = graph.descendants(tool, NodeKind::Task).unwrap_or_default();
    tasks
        .into_iter()
        .filter_map(|node| {
            let &(instrument, task) = by_id.get(node.local_id())?;
            Some(Column {
                id: node.id.clone(),
                tool: tool.to_owned(),
                instrument: instrument.id.clone(),
                title: Localised::pick(&task.title, lang, &document.language),
                method: method_name(instrument.method),
                weight: task
                    .marking
                    .iter()
                    .filter_map(|m| m.weight)
                    .map(|w| w.get())
                    .sum(),
                marks: task.marking.iter().map(top_score).sum(),
                covers: 0,
            })
        })
        .collect()
}

/// The most a marking criterion gives: its `max_score`, else its rubric's highest score.
fn top_score(marking: &MarkingCriterion) -> f64 {
    marking
        .max_score
        .map(|score| score.get())
        .unwrap_or_else(|| {
            let scores = marking.rubric.iter().map(|level| level.score.get());
            scores.fold(0.0, f64::max)
        })
}

/// The method's snake_case name, as serde writes it (the one spelling of it).
pub(crate) fn method_name(method: kasb_model::AssessmentMethod) -> String {
    serde_json::to_value(method)
        .ok()
        .and_then(|value| value.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// The matrix laid out for HTML and Markdown: the tools, the gaps, the tasks, then one table
/// per unit.
pub(crate) fn doc(matrix: &Matrix, lang: Lang) -> Doc {
    let mut doc = Doc::new(lang);
    doc.wide = true;
    doc.title = doc.say_text(
        "report-assessment-title",
        Args::new(),
        "qualification",
        matrix.title.clone(),
    );
    let intro = doc.say("report-assessment-intro");
    doc.push(Block::Paragraph(plain(intro)));
    general(&mut doc, matrix);
    gaps(&mut doc, matrix);
    tasks_table(&mut doc, matrix);
    evidence::section(&mut doc, matrix);
    let heading = plain(doc.say("report-section-matrix"));
    doc.push(Block::Section(heading));
    for unit in &matrix.units {
        unit_table(&mut doc, matrix, unit);
    }
    doc.finish()
}

fn general(doc: &mut Doc, matrix: &Matrix) {
    let title = doc.localised(matrix.title.clone());
    let mut fields = vec![(
        doc.say("report-kind-qualification"),
        vec![vec![
            Inline::Code(matrix.qualification.clone()),
            Inline::Plain(" ".into()),
            title,
        ]],
    )];
    let mut tools = Vec::new();
    for tool in &matrix.tools {
        let mut line = vec![Inline::Code(tool.id.clone()), Inline::Plain(" ".into())];
        line.push(doc.localised(tool.title.clone()));
        if let Some(percent) = tool.pass_mark {
            let args = Args::new().with("percent", number(percent));
            line.push(Inline::Plain(format!(
                "; {}",
                doc.say_with("report-tool-pass-mark", &args)
            )));
        }
        tools.push(line);
    }
    if tools.is_empty() {
        tools.push(plain(doc.say("report-assessment-no-tools")));
    }
    fields.push((doc.say("report-column-tool"), tools));
    doc.push(Block::Fields(fields));
    let args = Args::new()
        .with(
            "rows",
            matrix
                .units
                .iter()
                .map(|unit| unit.rows.len())
                .sum::<usize>(),
        )
        .with("units", matrix.units.len())
        .with("tasks", matrix.tasks.len())
        .with("tools", matrix.tools.len());
    let summary = doc.say_with("report-assessment-summary", &args);
    doc.push(Block::Paragraph(plain(summary)));
}

fn gaps(doc: &mut Doc, matrix: &Matrix) {
    let heading = plain(doc.say("report-section-gaps"));
    doc.push(Block::Section(heading));
    let gaps = &matrix.gaps;
    let lists = [
        ("report-gap-criteria", &gaps.criteria),
        ("report-gap-knowledge-skills", &gaps.knowledge_skills),
        ("report-gap-tasks", &gaps.tasks),
    ];
    let mut items = Vec::new();
    for (message, ids) in lists {
        let mut line = plain(doc.say_with(message, &Args::new().with("count", ids.len())));
        for (n, id) in ids.iter().enumerate() {
            line.push(Inline::Plain(if n == 0 { ": " } else { ", " }.into()));
            line.push(Inline::Code(id.clone()));
        }
        items.push(line);
    }
    doc.push(Block::List(items));
    let total = gaps.criteria.len() + gaps.knowledge_skills.len() + gaps.tasks.len();
    if total == 0 {
        let none = doc.say("report-gap-none");
        doc.push(Block::Paragraph(plain(none)));
    }
}

fn tasks_table(doc: &mut Doc, matrix: &Matrix) {
    let heading = plain(doc.say("report-section-tasks"));
    doc.push(Block::Section(heading));
    let head = [
        "report-column-task",
        "report-column-tool",
        "report-column-title",
        "report-column-method",
        "report-column-weight",
        "report-column-marks",
        "report-column-covers",
    ]
    .map(|id| plain(doc.say(id)))
    .to_vec();
    let mut rows = Vec::new();
    for column in &matrix.tasks {
        let title = doc.localised(column.title.clone());
        let covers = Cell {
            line: plain(column.covers.to_string()),
            mark: if column.covers == 0 {
                Mark::Gap
            } else {
                Mark::Plain
            },
        };
        rows.push(vec![
            cell(vec![Inline::Code(local(&column.id).to_owned())]),
            cell(vec![Inline::Code(column.tool.clone())]),
            cell(vec![title]),
            cell(plain(doc.say(&format!("report-method-{}", column.method)))),
            cell(plain(number(column.weight))),
            cell(plain(number(column.marks))),
            covers,
        ]);
    }
    doc.push(Block::Table(Table { head, rows }));
}

fn unit_table(doc: &mut Doc, matrix: &Matrix, unit: &UnitRows) {
    let inclusion = doc.say(&format!("report-inclusion-{}", unit.inclusion));
    let args = Args::new().with("id", local(&unit.id).to_owned());
    let mut heading = doc.say_text("report-unit-heading", args, "title", unit.title.clone());
    heading.push(Inline::Plain(format!(" ({inclusion})")));
    doc.push(Block::Heading(heading));
    let mut head: Vec<Line> = [
        "report-column-requirement",
        "report-column-kind",
        "report-column-statement",
    ]
    .map(|id| plain(doc.say(id)))
    .to_vec();
    head.extend(
        matrix
            .tasks
            .iter()
            .map(|column| vec![Inline::Code(local(&column.id).to_owned())]),
    );
    head.push(plain(doc.say("report-column-tasks")));
    let rows = unit
        .rows
        .iter()
        .map(|row| matrix_row(doc, matrix, row))
        .collect();
    doc.push(Block::Table(Table { head, rows }));
}

fn matrix_row(doc: &mut Doc, matrix: &Matrix, row: &Row) -> Vec<Cell> {
    let statement = doc.localised(row.statement.clone());
    let mut cells = vec![
        cell(vec![Inline::Code(local(&row.id).to_owned())]),
        cell(plain(doc.say(&format!("report-kind-{}", row.kind)))),
        cell(vec![statement]),
    ];
    for column in &matrix.tasks {
        cells.push(if row.tasks.contains(&column.id) {
            Cell {
                line: plain(crossing(doc, column)),
                mark: Mark::Hit,
            }
        } else {
            cell(Vec::new())
        });
    }
    cells.push(if row.tasks.is_empty() {
        Cell {
            line: plain(doc.say("report-not-covered")),
            mark: Mark::Gap,
        }
    } else {
        cell(plain(row.tasks.len().to_string()))
    });
    cells
}

/// What a crossing says: the task's method, weight and marks.
fn crossing(doc: &Doc, column: &Column) -> String {
    let args = Args::new()
        .with(
            "method",
            doc.say(&format!("report-method-{}", column.method)),
        )
        .with("weight", number(column.weight))
        .with("marks", column.marks);
    doc.say_with("report-cell", &args)
}

/// The item id within its document: `kg-welder/WLD-01` → `WLD-01`.
fn local(id: &str) -> &str {
    id.split_once('/').map_or(id, |(_, item)| item)
}

/// The matrix as CSV: one row per requirement, one column per task; a crossing says the method,
/// weight and marks. Every text from the files is shown visibly and cannot start a formula.
pub(crate) fn csv(matrix: &Matrix, lang: Lang) -> String {
    let doc = Doc::new(lang);
    let mut head: Vec<String> = [
        "report-column-unit",
        "report-column-inclusion",
        "report-column-kind",
        "report-column-requirement",
        "report-column-statement",
        "report-column-language",
    ]
    .map(|id| doc.say(id))
    .to_vec();
    head.extend(
        matrix
            .tasks
            .iter()
            .map(|column| format!("{}: {}", column.id, column.title.text)),
    );
    head.push(doc.say("report-column-tasks"));
    let mut writer = csv::Writer::from_writer(Vec::new());
    let _ = writer.write_record(head.iter().map(|field| inert(field)));
    for unit in &matrix.units {
        for row in &unit.rows {
            let _ = writer.write_record(csv_row(&doc, matrix, unit, row).iter().map(|f| inert(f)));
        }
    }
    let bytes = writer.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}

fn csv_row(doc: &Doc, matrix: &Matrix, unit: &UnitRows, row: &Row) -> Vec<String> {
    let mut fields = vec![
        unit.id.clone(),
        doc.say(&format!("report-inclusion-{}", unit.inclusion)),
        doc.say(&format!("report-kind-{}", row.kind)),
        row.id.clone(),
        row.statement.text.clone(),
        row.statement.language.clone(),
    ];
    for column in &matrix.tasks {
        fields.push(if row.tasks.contains(&column.id) {
            crossing(doc, column)
        } else {
            String::new()
        });
    }
    fields.push(row.tasks.len().to_string());
    fields
}

/// A CSV field a spreadsheet shows as text: control characters visible, and a leading `=`, `+`,
/// `-`, `@`, tab or carriage return (which would start a formula) behind an apostrophe.
fn inert(field: &str) -> String {
    let field = kasb_diagnostics::visible(field);
    if field.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{field}")
    } else {
        field.into_owned()
    }
}

/// The matrix as JSON (`"version": 1`), every string inert.
pub(crate) fn json(matrix: &Matrix) -> String {
    let text = serde_json::to_string_pretty(matrix).unwrap_or_default();
    kasb_diagnostics::safe_json(text) + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_field_cannot_start_a_formula() {
        for field in ["=1+1", "+SUM(A1)", "-2", "@cmd"] {
            assert!(inert(field).starts_with('\''), "{field}");
        }
        // A tab or carriage return is shown as `\t`, `\r`: no longer a control character.
        assert_eq!(inert("\t=1"), "\\t=1");
        assert_eq!(inert("WLD-01"), "WLD-01");
    }
}
