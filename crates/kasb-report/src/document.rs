//! An occupational standard or a qualification laid out as a document for approval: general
//! information, units with their elements, criteria, knowledge and skills, levels with their EQF
//! reference (through the framework), and approval metadata.

use std::collections::HashMap;

use kasb_graph::{NodeKind, StandardsGraph};
use kasb_i18n::{Args, Lang};
use kasb_model::{
    Approval, Date, Document, ElectiveGroup, OccupationalStandard, Qualification, Statement,
    Status, Text, Unit,
};

use crate::layout::{Block, Doc, Inline, Line, Localised, plain};
use crate::{ReportError, find_document};

/// The standard with `id`, or an error naming the closest standard id.
pub(crate) fn find_standard<'g>(
    graph: &'g StandardsGraph,
    id: &str,
) -> Result<&'g OccupationalStandard, ReportError> {
    let node = find_document(graph, id, NodeKind::Standard, "occupational standard")?;
    match graph.document_of(node) {
        Document::OccupationalStandard(standard) => Ok(standard),
        _ => unreachable_kind(id, "occupational standard"),
    }
}

/// The qualification with `id`, or an error naming the closest qualification id.
pub(crate) fn find_qualification<'g>(
    graph: &'g StandardsGraph,
    id: &str,
) -> Result<&'g Qualification, ReportError> {
    let node = find_document(graph, id, NodeKind::Qualification, "qualification")?;
    match graph.document_of(node) {
        Document::Qualification(qualification) => Ok(qualification),
        _ => unreachable_kind(id, "qualification"),
    }
}

/// A node of a document kind holds a document of that kind; should the graph ever disagree,
/// the id is reported unknown rather than the program stopped.
fn unreachable_kind<T>(id: &str, expected: &'static str) -> Result<T, ReportError> {
    Err(ReportError::Unknown {
        id: id.to_owned(),
        expected,
        suggestion: None,
    })
}

/// The standard as a document.
pub(crate) fn standard_doc(
    graph: &StandardsGraph,
    standard: &OccupationalStandard,
    lang: Lang,
) -> Doc {
    let mut doc = Doc::new(lang);
    let language = standard.language.as_str();
    let kind = doc.say("report-kind-standard");
    let title = Localised::pick(&standard.title, lang, language);
    doc.title = doc.say_text(
        "report-document-title",
        Args::new().with("kind", kind),
        "title",
        title,
    );
    let heading = plain(doc.say("report-section-general"));
    doc.push(Block::Section(heading));
    let mut fields = Fields::new();
    fields.code(&doc, "report-field-id", &standard.id);
    if let Some(version) = &standard.version {
        fields.plain(&doc, "report-field-version", version);
    }
    fields.plain(&doc, "report-field-country", &standard.country);
    fields.status(&doc, standard.status);
    let occupation = doc.text(&standard.occupation.title, language);
    fields.line(&doc, "report-field-occupation", vec![occupation]);
    if let Some(code) = &standard.occupation.isco {
        let line = isco(&mut doc, graph, code);
        fields.line(&doc, "report-field-isco", line);
    }
    fields.texts(
        &mut doc,
        "report-field-job-titles",
        &standard.occupation.job_titles,
        language,
    );
    if let Some(purpose) = &standard.purpose {
        fields.texts(
            &mut doc,
            "report-field-purpose",
            std::slice::from_ref(purpose),
            language,
        );
    }
    let framework = framework_title(&mut doc, graph, &standard.framework);
    fields.line(&doc, "report-field-framework", framework);
    doc.push(Block::Fields(fields.0));
    functions(&mut doc, graph, standard);
    let heading = plain(doc.say("report-section-units"));
    doc.push(Block::Section(heading));
    for unit in &standard.units {
        unit_blocks(&mut doc, graph, standard, unit);
    }
    approval(&mut doc, standard.approval.as_ref(), language);
    doc.finish()
}

/// The qualification as a document, with each of its units in full.
pub(crate) fn qualification_doc(graph: &StandardsGraph, q: &Qualification, lang: Lang) -> Doc {
    let mut doc = Doc::new(lang);
    let language = q.language.as_str();
    let kind = doc.say("report-kind-qualification");
    let title = Localised::pick(&q.title, lang, language);
    doc.title = doc.say_text(
        "report-document-title",
        Args::new().with("kind", kind),
        "title",
        title,
    );
    let heading = plain(doc.say("report-section-general"));
    doc.push(Block::Section(heading));
    let mut fields = Fields::new();
    fields.code(&doc, "report-field-id", &q.id);
    fields.plain(&doc, "report-field-country", &q.country);
    fields.status(&doc, q.status);
    let framework = framework_title(&mut doc, graph, &q.framework);
    fields.line(&doc, "report-field-framework", framework);
    let level = level_line(&mut doc, graph, &q.id);
    fields.line(&doc, "report-field-level", level);
    if let Some(code) = &q.isco {
        let line = isco(&mut doc, graph, code);
        fields.line(&doc, "report-field-isco", line);
    }
    let derived: Vec<Line> = q
        .derived_from
        .iter()
        .map(|id| document_line(&mut doc, graph, id))
        .collect();
    fields.lines(&doc, "report-field-derived-from", derived);
    if let Some(body) = &q.awarding_body {
        fields.texts(
            &mut doc,
            "report-field-awarding-body",
            std::slice::from_ref(body),
            language,
        );
    }
    fields.texts(
        &mut doc,
        "report-field-entry-requirements",
        &q.entry_requirements,
        language,
    );
    if let Some(hours) = q.volume_hours {
        let volume = doc.say_with("report-volume-hours", &Args::new().with("hours", hours));
        fields.plain(&doc, "report-field-volume", &volume);
    }
    doc.push(Block::Fields(fields.0));
    let units = unit_index(graph, q);
    let heading = plain(doc.say("report-section-core"));
    doc.push(Block::Section(heading));
    for id in &q.core {
        included_unit(&mut doc, graph, &units, id);
    }
    if !q.electives.is_empty() {
        let heading = plain(doc.say("report-section-electives"));
        doc.push(Block::Section(heading));
        for group in &q.electives {
            elective_group(&mut doc, graph, &units, group, language);
        }
    }
    approval(&mut doc, q.approval.as_ref(), language);
    doc.finish()
}

fn elective_group(
    doc: &mut Doc,
    graph: &StandardsGraph,
    units: &UnitIndex<'_>,
    group: &ElectiveGroup,
    language: &str,
) {
    let args = Args::new().with("id", group.id.clone());
    let heading = match &group.title {
        Some(title) => {
            let title = Localised::pick(title, doc.lang(), language);
            doc.say_text("report-elective-group", args, "title", title)
        }
        None => plain(doc.say_with("report-elective-group-untitled", &args)),
    };
    doc.push(Block::Label(heading));
    let args = Args::new()
        .with("choose", group.choose)
        .with("total", group.units.len());
    let choose = doc.say_with("report-elective-choose", &args);
    doc.push(Block::Paragraph(plain(choose)));
    for id in &group.units {
        included_unit(doc, graph, units, id);
    }
}

/// The units a qualification names, by global id, each with its standard: every standard that
/// holds one is indexed once, so a long list of units costs one pass over those standards.
type UnitIndex<'g> = HashMap<String, (&'g OccupationalStandard, &'g Unit)>;

fn unit_index<'g>(graph: &'g StandardsGraph, q: &Qualification) -> UnitIndex<'g> {
    let mut standards: HashMap<&str, &OccupationalStandard> = HashMap::new();
    let ids = q
        .core
        .iter()
        .chain(q.electives.iter().flat_map(|group| &group.units));
    for node in ids.filter_map(|id| graph.node(id)) {
        if let (NodeKind::Unit, Document::OccupationalStandard(standard)) =
            (node.kind, graph.document_of(node))
        {
            standards.insert(standard.id.as_str(), standard);
        }
    }
    let units = standards.into_values().flat_map(|standard| {
        let key = move |unit: &Unit| format!("{}/{}", standard.id, unit.id);
        standard
            .units
            .iter()
            .map(move |unit| (key(unit), (standard, unit)))
    });
    units.collect()
}

/// A unit a qualification includes, in full from its standard; its id alone when it is not
/// loaded.
fn included_unit(doc: &mut Doc, graph: &StandardsGraph, units: &UnitIndex<'_>, id: &str) {
    let found = graph.node(id).and_then(|node| units.get(&node.id));
    match found {
        Some(&(standard, unit)) => unit_blocks(doc, graph, standard, unit),
        None => doc.push(Block::Heading(vec![Inline::Code(id.to_owned())])),
    }
}

fn unit_blocks(
    doc: &mut Doc,
    graph: &StandardsGraph,
    standard: &OccupationalStandard,
    unit: &Unit,
) {
    let language = standard.language.as_str();
    let title = Localised::pick(&unit.title, doc.lang(), language);
    let args = Args::new().with("id", unit.id.clone());
    let heading = doc.say_text("report-unit-heading", args, "title", title);
    doc.push(Block::Heading(heading));
    let mut fields = Fields::new();
    let global = format!("{}/{}", standard.id, unit.id);
    if unit.level.is_some() {
        let level = level_line(doc, graph, &global);
        fields.line(doc, "report-field-level", level);
    }
    if let Some(description) = &unit.description {
        fields.texts(
            doc,
            "report-field-description",
            std::slice::from_ref(description),
            language,
        );
    }
    if !unit.prerequisites.is_empty() {
        let ids = unit
            .prerequisites
            .iter()
            .map(|id| vec![Inline::Code(id.clone())])
            .collect();
        fields.lines(doc, "report-field-prerequisites", ids);
    }
    if !fields.0.is_empty() {
        doc.push(Block::Fields(fields.0));
    }
    for element in &unit.elements {
        let title = Localised::pick(&element.title, doc.lang(), language);
        let args = Args::new().with("id", element.id.clone());
        let heading = doc.say_text("report-element-heading", args, "title", title);
        doc.push(Block::Subheading(heading));
        let criteria: Vec<(&str, &Text)> = element
            .criteria
            .iter()
            .map(|c| (c.id.as_str(), &c.statement))
            .collect();
        statements(doc, "report-criteria", &criteria, language);
    }
    let criteria: Vec<(&str, &Text)> = unit
        .criteria
        .iter()
        .map(|c| (c.id.as_str(), &c.statement))
        .collect();
    statements(doc, "report-criteria", &criteria, language);
    let pairs = |items: &'_ [Statement]| -> Vec<(String, Text)> {
        items
            .iter()
            .map(|item| (item.id.clone(), item.statement.clone()))
            .collect()
    };
    for (label, items) in [
        ("report-knowledge", pairs(&unit.knowledge)),
        ("report-skills", pairs(&unit.skills)),
    ] {
        let borrowed: Vec<(&str, &Text)> =
            items.iter().map(|(id, text)| (id.as_str(), text)).collect();
        statements(doc, label, &borrowed, language);
    }
}

/// A labelled list of statements, each after its id; nothing when there are none.
fn statements(doc: &mut Doc, label: &str, items: &[(&str, &Text)], language: &str) {
    if items.is_empty() {
        return;
    }
    let label = doc.say(label);
    doc.push(Block::Label(plain(label)));
    let lines = items
        .iter()
        .map(|(id, text)| {
            let text = doc.text(text, language);
            vec![
                Inline::Code((*id).to_owned()),
                Inline::Plain(" ".into()),
                text,
            ]
        })
        .collect();
    doc.push(Block::List(lines));
}

fn functions(doc: &mut Doc, graph: &StandardsGraph, standard: &OccupationalStandard) {
    if standard.functions.is_empty() {
        return;
    }
    let heading = plain(doc.say("report-section-functions"));
    doc.push(Block::Section(heading));
    for function in &standard.functions {
        let title = Localised::pick(&function.title, doc.lang(), &standard.language);
        let args = Args::new().with("id", function.id.clone());
        let heading = doc.say_text("report-function-heading", args, "title", title);
        doc.push(Block::Heading(heading));
        let level = level_line(doc, graph, &format!("{}/{}", standard.id, function.id));
        let mut fields = Fields::new();
        fields.line(doc, "report-field-level", level);
        doc.push(Block::Fields(fields.0));
    }
}

/// "level 3 of <framework>; EQF level 3" for a unit, function or qualification, through the
/// graph's level and EQF queries.
fn level_line(doc: &mut Doc, graph: &StandardsGraph, id: &str) -> Line {
    let Some(level) = graph.level_of(id).ok().flatten() else {
        return plain(doc.say("report-none"));
    };
    let framework = graph.document_of(level);
    let title = Localised::pick(framework.title(), doc.lang(), framework.language());
    let args = Args::new().with("level", level.level.unwrap_or_default());
    let mut line = doc.say_text("report-level-value", args, "framework", title);
    let eqf = match graph.eqf_level(id).ok().flatten() {
        Some(eqf) => doc.say_with("report-level-eqf", &Args::new().with("eqf", eqf)),
        None => doc.say("report-level-no-eqf"),
    };
    line.push(Inline::Plain(format!("; {eqf}")));
    line
}

/// An ISCO-08 code with its title from the classification, when loaded.
fn isco(doc: &mut Doc, graph: &StandardsGraph, code: &str) -> Line {
    let mut line = vec![Inline::Code(code.to_owned())];
    if let Some(node) = graph.node(&format!("{}/{code}", kasb_graph::ISCO_08_ID)) {
        let title = graph.label(node);
        let text = doc.text(&title, graph.document_of(node).language());
        line.extend([Inline::Plain(" ".into()), text]);
    }
    line
}

/// A framework's title with its id, or the id alone when it is not loaded.
fn framework_title(doc: &mut Doc, graph: &StandardsGraph, id: &str) -> Line {
    document_line(doc, graph, id)
}

/// A document's id and title.
fn document_line(doc: &mut Doc, graph: &StandardsGraph, id: &str) -> Line {
    let mut line = vec![Inline::Code(id.to_owned())];
    if let Some(document) = graph.document(id) {
        let text = doc.text(document.title(), document.language());
        line.extend([Inline::Plain(" ".into()), text]);
    }
    line
}

fn approval(doc: &mut Doc, approval: Option<&Approval>, language: &str) {
    let Some(approval) = approval else {
        return;
    };
    let heading = plain(doc.say("report-section-approval"));
    doc.push(Block::Section(heading));
    let mut fields = Fields::new();
    fields.texts(
        doc,
        "report-field-developed-by",
        &approval.developed_by,
        language,
    );
    if let Some(body) = &approval.approved_by {
        fields.texts(
            doc,
            "report-field-approved-by",
            std::slice::from_ref(body),
            language,
        );
    }
    let numbers = [
        (
            "report-field-registration-number",
            &approval.registration_number,
        ),
        ("report-field-order-number", &approval.order_number),
    ];
    for (label, number) in numbers {
        if let Some(number) = number {
            fields.code(doc, label, number);
        }
    }
    let dates = [
        ("report-field-approved-on", approval.approved_on),
        ("report-field-valid-from", approval.valid_from),
        ("report-field-valid-to", approval.valid_to),
    ];
    for (label, date) in dates {
        if let Some(date) = date {
            let text = date_text(doc, date);
            fields.plain(doc, label, &text);
        }
    }
    doc.push(Block::Fields(fields.0));
}

/// A date as the language writes it (`2022-06-15`, `15.06.2022`).
fn date_text(doc: &Doc, date: Date) -> String {
    let args = Args::new()
        .with("year", date.year().to_string())
        .with("month", format!("{:02}", date.month()))
        .with("day", format!("{:02}", date.day()));
    doc.say_with("report-date", &args)
}

/// The labelled values of a fields table, each label a message.
struct Fields(Vec<(String, Vec<Line>)>);

impl Fields {
    fn new() -> Self {
        Fields(Vec::new())
    }

    fn lines(&mut self, doc: &Doc, label: &str, lines: Vec<Line>) {
        if !lines.is_empty() {
            self.0.push((doc.say(label), lines));
        }
    }

    fn line(&mut self, doc: &Doc, label: &str, line: Line) {
        self.lines(doc, label, vec![line]);
    }

    fn plain(&mut self, doc: &Doc, label: &str, value: &str) {
        self.line(doc, label, plain(value));
    }

    fn code(&mut self, doc: &Doc, label: &str, value: &str) {
        self.line(doc, label, vec![Inline::Code(value.to_owned())]);
    }

    fn status(&mut self, doc: &Doc, status: Status) {
        let name = serde_json::to_value(status)
            .ok()
            .and_then(|value| value.as_str().map(str::to_owned))
            .unwrap_or_default();
        let value = doc.say(&format!("report-status-{name}"));
        self.plain(doc, "report-field-status", &value);
    }

    /// Document texts, one line each, in the report's language where they have it.
    fn texts(&mut self, doc: &mut Doc, label: &str, texts: &[Text], language: &str) {
        let lines = texts
            .iter()
            .map(|text| vec![doc.text(text, language)])
            .collect();
        self.lines(doc, label, lines);
    }
}
