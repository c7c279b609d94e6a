//! One side of a comparison: the units and performance criteria of a standard, a qualification
//! or an assessment tool, with their texts, references, EQF levels and assessment methods.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use kasb_graph::{EdgeKind, NodeId, NodeKind, StandardsGraph};
use kasb_model::{AssessmentMethod, AssessmentTool, Document, OccupationalStandard, Text, Unit};

use crate::Texts;
use crate::text::primary_language;
use crate::{CompareError, DocumentSummary};

/// A unit or criterion, ready to compare.
#[derive(Debug)]
pub(crate) struct Item {
    /// Global id.
    pub id: String,
    /// The title or statement to show.
    pub title: String,
    /// The title or statement in every language it has.
    pub shown: Texts,
    /// Text per primary language tag, in tag order.
    pub texts: BTreeMap<String, String>,
    /// ESCO URIs.
    pub esco: BTreeSet<String>,
    /// For a criterion, the index of its unit on this side; for a unit, itself.
    pub unit: usize,
}

/// A document on one side of a comparison.
#[derive(Debug)]
pub(crate) struct ComparedDocument {
    pub summary: DocumentSummary,
    pub units: Vec<Item>,
    pub criteria: Vec<Item>,
    /// EQF level of each unit.
    pub unit_eqf: Vec<Option<u8>>,
    /// How each unit is assessed.
    pub unit_methods: Vec<BTreeSet<Method>>,
    /// The standards the units come from.
    pub standards: BTreeSet<String>,
}

/// An assessment method, ordered as in the model.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) struct Method(pub u8);

impl Method {
    pub(crate) fn from_model(method: AssessmentMethod) -> Self {
        Method(match method {
            AssessmentMethod::PracticalTask => 0,
            AssessmentMethod::WrittenTest => 1,
            AssessmentMethod::Oral => 2,
            AssessmentMethod::Observation => 3,
            AssessmentMethod::Portfolio => 4,
        })
    }

    pub(crate) const PRACTICAL: Method = Method(0);
    pub(crate) const WRITTEN: Method = Method(1);

    pub(crate) fn as_str(self) -> &'static str {
        [
            "practical_task",
            "written_test",
            "oral",
            "observation",
            "portfolio",
        ][self.0 as usize]
    }
}

fn add_text(texts: &mut BTreeMap<String, String>, text: &Text, default_language: &str) {
    for (language, value) in text.entries(default_language) {
        if value.trim().is_empty() {
            continue;
        }
        let entry = texts.entry(primary_language(language)).or_default();
        if !entry.is_empty() {
            entry.push_str(" \n");
        }
        entry.push_str(value);
    }
}

fn texts_of(text: &Text, default_language: &str) -> BTreeMap<String, String> {
    let mut texts = BTreeMap::new();
    add_text(&mut texts, text, default_language);
    texts
}

fn languages_of(text: &Text, default_language: &str) -> BTreeSet<String> {
    text.entries(default_language)
        .map(|(language, _)| primary_language(language))
        .collect()
}

/// The parent of a node along `part_of`, preferring a parent in the same document.
fn parent(graph: &StandardsGraph, index: NodeId) -> Option<NodeId> {
    let document = graph[index].document;
    let mut parents: Vec<NodeId> = graph
        .links_from(index)
        .filter(|link| link.kind() == EdgeKind::PartOf)
        .map(|link| link.target())
        .filter(|target| graph[*target].document == document)
        .collect();
    parents.sort();
    // A unit points to its function and its standard; any element or unit parent comes first.
    parents
        .iter()
        .copied()
        .find(|p| matches!(graph[*p].kind, NodeKind::Element | NodeKind::Unit))
        .or_else(|| parents.first().copied())
}

/// The unit an item (criterion, knowledge, skill, element) belongs to.
fn unit_of(graph: &StandardsGraph, mut index: NodeId) -> Option<NodeId> {
    for _ in 0..8 {
        if graph[index].kind == NodeKind::Unit {
            return Some(index);
        }
        index = parent(graph, index)?;
    }
    None
}

/// What a document contributes to its side, before its units are read.
struct Resolved {
    /// `standard`, `qualification` or `assessment_tool`.
    kind: String,
    country: Option<String>,
    title: Text,
    /// The document's default language.
    language: String,
    eqf: Option<u8>,
    isco: Option<String>,
    /// Its unit nodes, in order.
    units: Vec<NodeId>,
    /// For an assessment tool: the criteria it assesses, the only ones compared.
    criteria_filter: Option<BTreeSet<NodeId>>,
    /// For an assessment tool: its document index, whose tasks alone say how units are assessed.
    tool: Option<usize>,
}

/// What the document `id` contributes, by its kind.
fn resolve(graph: &StandardsGraph, id: &str) -> Result<Resolved, CompareError> {
    let node = graph.node(id).ok_or_else(|| CompareError::UnknownId {
        id: id.to_owned(),
        suggestion: suggest(graph, id),
    })?;
    match graph.document(id) {
        Some(Document::OccupationalStandard(standard)) => Ok(Resolved {
            kind: "standard".into(),
            country: Some(standard.country.clone()),
            title: standard.title.clone(),
            language: standard.language.clone(),
            eqf: None,
            isco: standard.occupation.isco.clone(),
            units: standard
                .units
                .iter()
                .filter_map(|unit| graph.index(&format!("{}/{}", standard.id, unit.id)))
                .collect(),
            criteria_filter: None,
            tool: None,
        }),
        Some(Document::Qualification(qualification)) => Ok(Resolved {
            kind: "qualification".into(),
            country: Some(qualification.country.clone()),
            title: qualification.title.clone(),
            language: qualification.language.clone(),
            eqf: graph.eqf_level(id).ok().flatten(),
            isco: qualification.isco.clone(),
            units: graph
                .units_of_qualification(id)
                .unwrap_or_default()
                .into_iter()
                .filter_map(|(unit, _)| graph.index(&unit.id))
                .collect(),
            criteria_filter: None,
            tool: None,
        }),
        Some(Document::AssessmentTool(tool)) => Ok(resolve_tool(graph, id, tool)),
        _ => Err(CompareError::UnsupportedKind {
            id: id.to_owned(),
            kind: node.kind.as_str(),
        }),
    }
}

/// The id of the comparable document spelt most like `id`, if one is close enough to be a typo.
fn suggest(graph: &StandardsGraph, id: &str) -> Option<String> {
    let comparable = graph.documents().filter(|node| {
        matches!(
            node.kind,
            NodeKind::Standard | NodeKind::Qualification | NodeKind::AssessmentTool
        )
    });
    kasb_diagnostics::closest(id, comparable.map(|node| node.id.as_str())).map(str::to_owned)
}

/// The English short name of a country (ISO 3166-1 alpha-2 code, any case).
fn country_name(code: &str) -> Option<String> {
    isocountry::CountryCode::for_alpha2_caseless(code)
        .ok()
        .map(|country| country.name().to_owned())
}

/// The title of an ISCO-08 group, in English when the classification has it.
fn isco_title(graph: &StandardsGraph, code: &str) -> Option<String> {
    let node = graph.node(&format!("{}/{code}", kasb_model::ISCO_08_ID))?;
    let label = graph.label(node);
    let title = label.get("en", "en").unwrap_or_else(|| label.any());
    (!title.trim().is_empty()).then(|| title.to_owned())
}

/// The titles of an ISCO-08 group in every language the classification has (ILO's English
/// by default).
fn isco_titles(graph: &StandardsGraph, code: &str) -> Texts {
    graph
        .node(&format!("{}/{code}", kasb_model::ISCO_08_ID))
        .map_or_else(Texts::default, |node| Texts::of(&graph.label(node), "en"))
}

/// An assessment tool contributes the units it assesses, and only the criteria it assesses.
fn resolve_tool(graph: &StandardsGraph, id: &str, tool: &AssessmentTool) -> Resolved {
    let index = graph.index(id).expect("the node exists");
    let mut assessed = BTreeSet::new();
    let mut units = Vec::new();
    for task in graph.descendants(id, NodeKind::Task).unwrap_or_default() {
        let task = graph.index(&task.id).expect("a node of the graph");
        for link in graph.links_from(task) {
            if link.kind() != EdgeKind::Assesses {
                continue;
            }
            assessed.insert(link.target());
            if let Some(unit) = unit_of(graph, link.target()) {
                units.push(unit);
            }
        }
    }
    units.sort();
    units.dedup();
    let qualification = tool.qualification.as_deref();
    Resolved {
        kind: "assessment_tool".into(),
        country: tool.country.clone(),
        title: tool.title.clone(),
        language: tool.language.clone(),
        eqf: qualification.and_then(|q| graph.eqf_level(q).ok().flatten()),
        isco: qualification.and_then(|q| match graph.document(q) {
            Some(Document::Qualification(q)) => q.isco.clone(),
            _ => None,
        }),
        units,
        criteria_filter: Some(assessed),
        tool: Some(graph[index].document),
    }
}

/// Builds the side for a document id.
pub(crate) fn side(graph: &StandardsGraph, id: &str) -> Result<ComparedDocument, CompareError> {
    let resolved = resolve(graph, id)?;
    let mut side = ComparedDocument {
        summary: DocumentSummary {
            id: id.to_owned(),
            kind: resolved.kind.clone(),
            country: resolved.country.clone(),
            country_name: resolved.country.as_deref().and_then(country_name),
            title: resolved.title.any().to_owned(),
            titles: Texts::of(&resolved.title, &resolved.language),
            languages: languages_of(&resolved.title, &resolved.language),
            units: 0,
            criteria: 0,
            eqf: resolved.eqf,
            isco: resolved.isco.clone(),
            isco_title: resolved
                .isco
                .as_deref()
                .and_then(|code| isco_title(graph, code)),
            isco_titles: resolved
                .isco
                .as_deref()
                .map_or_else(Texts::default, |code| isco_titles(graph, code)),
        },
        units: Vec::new(),
        criteria: Vec::new(),
        unit_eqf: Vec::new(),
        unit_methods: Vec::new(),
        standards: BTreeSet::new(),
    };
    add_units(&mut side, graph, &resolved);
    side.summary.units = side.units.len();
    side.summary.criteria = side.criteria.len();
    for item in side.units.iter().chain(&side.criteria) {
        side.summary.languages.extend(item.texts.keys().cloned());
    }
    Ok(side)
}

/// Adds the resolved units with their criteria, levels and assessment methods.
fn add_units(side: &mut ComparedDocument, graph: &StandardsGraph, resolved: &Resolved) {
    let mut methods = MethodFinder::default();
    // Each standard's units by id, built once: a search per unit would be quadratic.
    let mut units_by_id: HashMap<usize, HashMap<&str, &Unit>> = HashMap::new();
    for &unit_index in &resolved.units {
        let unit_node = &graph[unit_index];
        let Some(Document::OccupationalStandard(standard)) = Some(graph.document_of(unit_node))
        else {
            continue;
        };
        let by_id = units_by_id.entry(unit_node.document).or_insert_with(|| {
            let mut by_id = HashMap::new();
            for unit in &standard.units {
                by_id.entry(unit.id.as_str()).or_insert(unit);
            }
            by_id
        });
        let Some(&unit) = by_id.get(unit_node.local_id()) else {
            continue;
        };
        side.standards.insert(standard.id.clone());
        add_unit(
            side,
            standard,
            unit,
            resolved.criteria_filter.as_ref(),
            graph,
        );
        side.unit_eqf
            .push(graph.eqf_level(&unit_node.id).ok().flatten());
        side.unit_methods
            .push(methods.unit_methods(graph, &unit_node.id, resolved.tool));
    }
}

fn add_unit(
    side: &mut ComparedDocument,
    standard: &OccupationalStandard,
    unit: &Unit,
    filter: Option<&BTreeSet<NodeId>>,
    graph: &StandardsGraph,
) {
    let language = standard.language.as_str();
    let unit_position = side.units.len();
    let mut texts = texts_of(&unit.title, language);
    let mut esco: BTreeSet<String> = unit.esco_skills.iter().cloned().collect();
    let criteria = unit
        .elements
        .iter()
        .flat_map(|element| element.criteria.iter())
        .chain(&unit.criteria);
    for element in &unit.elements {
        add_text(&mut texts, &element.title, language);
    }
    for criterion in criteria {
        add_text(&mut texts, &criterion.statement, language);
        esco.extend(criterion.esco_skills.iter().cloned());
        let id = format!("{}/{}", standard.id, criterion.id);
        if let Some(filter) = filter {
            match graph.index(&id) {
                Some(index) if filter.contains(&index) => {}
                _ => continue,
            }
        }
        side.criteria.push(Item {
            id,
            title: criterion.statement.any().to_owned(),
            shown: Texts::of(&criterion.statement, language),
            texts: texts_of(&criterion.statement, language),
            esco: criterion.esco_skills.iter().cloned().collect(),
            unit: unit_position,
        });
    }
    side.units.push(Item {
        id: format!("{}/{}", standard.id, unit.id),
        title: unit.title.any().to_owned(),
        shown: Texts::of(&unit.title, language),
        texts,
        esco,
        unit: unit_position,
    });
}

/// Finds how units are assessed, caching each instrument's method.
#[derive(Default)]
struct MethodFinder {
    instruments: HashMap<NodeId, Option<Method>>,
    /// Each tool's instrument methods by instrument id, by document index.
    tools: HashMap<usize, HashMap<String, Method>>,
}

impl MethodFinder {
    /// The methods of the tasks that assess any criterion, knowledge item or skill of a unit;
    /// only tasks of document `tool` when it is given.
    fn unit_methods(
        &mut self,
        graph: &StandardsGraph,
        unit: &str,
        tool: Option<usize>,
    ) -> BTreeSet<Method> {
        let mut found = BTreeSet::new();
        for kind in [NodeKind::Criterion, NodeKind::Knowledge, NodeKind::Skill] {
            for item in graph.descendants(unit, kind).unwrap_or_default() {
                for task in graph.tasks_covering(&item.id).unwrap_or_default() {
                    if tool.is_some_and(|tool| task.document != tool) {
                        continue;
                    }
                    let Some(task_index) = graph.index(&task.id) else {
                        continue;
                    };
                    let Some(instrument) = parent(graph, task_index) else {
                        continue;
                    };
                    let method = *self
                        .instruments
                        .entry(instrument)
                        .or_insert_with(|| instrument_method(graph, instrument, &mut self.tools));
                    found.extend(method);
                }
            }
        }
        found
    }
}

fn instrument_method(
    graph: &StandardsGraph,
    instrument: NodeId,
    tools: &mut HashMap<usize, HashMap<String, Method>>,
) -> Option<Method> {
    let node = &graph[instrument];
    let Document::AssessmentTool(tool) = graph.document_of(node) else {
        return None;
    };
    // Built once per tool: a search per instrument would be quadratic.
    let methods = tools.entry(node.document).or_insert_with(|| {
        let mut methods = HashMap::new();
        for instrument in &tool.instruments {
            methods
                .entry(instrument.id.clone())
                .or_insert_with(|| Method::from_model(instrument.method));
        }
        methods
    });
    methods.get(node.local_id()).copied()
}
