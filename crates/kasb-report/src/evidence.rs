//! The rules of evidence (valid, sufficient, authentic, current) that an assessment tool and
//! its instruments state: read from the model, shown in the matrix's own section.

use kasb_i18n::Lang;
use kasb_model::{AssessmentTool, RulesOfEvidence};
use serde::Serialize;

use crate::assessment::{Matrix, Tool, method_name};
use crate::layout::{Block, Cell, Doc, Inline, Line, Localised, Table, cell, plain};

/// One rule of evidence a tool or an instrument states.
#[derive(Clone, Debug, Serialize)]
#[non_exhaustive]
pub struct StatedRule {
    /// `valid`, `sufficient`, `authentic` or `current`, as in the YAML.
    pub rule: &'static str,
    /// How the evidence meets it, in the chosen language.
    #[serde(flatten)]
    pub text: Localised,
}

/// An instrument of a tool, with the rules of evidence it states itself.
#[derive(Clone, Debug, Serialize)]
#[non_exhaustive]
pub struct InstrumentEvidence {
    /// Its id within the tool.
    pub id: String,
    /// Its title.
    pub title: Localised,
    /// Its method, snake_case as in the YAML (`practical_task`).
    pub method: String,
    /// The rules it states, in the order valid, sufficient, authentic, current; the tool's
    /// apply to the others.
    pub rules_of_evidence: Vec<StatedRule>,
}

/// The rules stated in `rules`, in their usual order, each in `lang`.
pub(crate) fn stated(
    rules: Option<&RulesOfEvidence>,
    lang: Lang,
    default: &str,
) -> Vec<StatedRule> {
    let Some(rules) = rules else {
        return Vec::new();
    };
    rules
        .rules()
        .into_iter()
        .filter_map(|(rule, text)| {
            text.map(|text| StatedRule {
                rule,
                text: Localised::pick(text, lang, default),
            })
        })
        .collect()
}

/// Each instrument of `tool` with the rules it states.
pub(crate) fn instruments(tool: &AssessmentTool, lang: Lang) -> Vec<InstrumentEvidence> {
    tool.instruments
        .iter()
        .map(|instrument| InstrumentEvidence {
            id: instrument.id.clone(),
            title: Localised::pick(&instrument.title, lang, &tool.language),
            method: method_name(instrument.method),
            rules_of_evidence: stated(instrument.rules_of_evidence.as_ref(), lang, &tool.language),
        })
        .collect()
}

/// The four rules, in the order their columns and explanations follow.
const RULES: [&str; 4] = RulesOfEvidence::RULES;

/// The section of the rules of evidence: what each rule means, then one table per tool, a row
/// for the whole tool and one per instrument, a column per rule.
pub(crate) fn section(doc: &mut Doc, matrix: &Matrix) {
    if matrix.tools.is_empty() {
        return;
    }
    let heading = plain(doc.say("report-section-evidence"));
    doc.push(Block::Section(heading));
    let intro = doc.say("report-evidence-intro");
    doc.push(Block::Paragraph(plain(intro)));
    let meanings = RULES
        .iter()
        .map(|rule| {
            let name = doc.say(&format!("report-evidence-{rule}"));
            let means = doc.say(&format!("report-evidence-{rule}-means"));
            plain(format!("{name}: {means}"))
        })
        .collect();
    doc.push(Block::List(meanings));
    for tool in &matrix.tools {
        tool_rules(doc, tool);
    }
}

fn tool_rules(doc: &mut Doc, tool: &Tool) {
    let mut heading = vec![Inline::Code(tool.id.clone()), Inline::Plain(" ".into())];
    heading.push(doc.localised(tool.title.clone()));
    doc.push(Block::Heading(heading));
    let states_none = tool.rules_of_evidence.is_empty()
        && tool
            .instruments
            .iter()
            .all(|i| i.rules_of_evidence.is_empty());
    if states_none {
        let none = doc.say("report-evidence-none");
        doc.push(Block::Paragraph(plain(none)));
        return;
    }
    let mut head = vec![plain(doc.say("report-column-stated-for"))];
    head.extend(
        RULES
            .iter()
            .map(|rule| plain(doc.say(&format!("report-evidence-{rule}")))),
    );
    let whole = plain(doc.say("report-evidence-whole-tool"));
    let mut rows = vec![rule_cells(doc, whole, &tool.rules_of_evidence, None)];
    for instrument in &tool.instruments {
        let mut scope = vec![
            Inline::Code(instrument.id.clone()),
            Inline::Plain(" ".into()),
        ];
        scope.push(doc.localised(instrument.title.clone()));
        let own = &instrument.rules_of_evidence;
        rows.push(rule_cells(doc, scope, own, Some(&tool.rules_of_evidence)));
    }
    doc.push(Block::Table(Table { head, rows }));
}

/// A row: its scope, then each rule's text; a rule an instrument leaves out says it is the
/// tool's when the tool states it (`tool`), else that it is not stated.
fn rule_cells(
    doc: &mut Doc,
    scope: Line,
    own: &[StatedRule],
    tool: Option<&[StatedRule]>,
) -> Vec<Cell> {
    let find = |rules: &[StatedRule], rule| rules.iter().any(|stated| stated.rule == rule);
    let mut cells = vec![cell(scope)];
    for rule in RULES {
        let line = match own.iter().find(|stated| stated.rule == rule) {
            Some(stated) => vec![doc.localised(stated.text.clone())],
            None if tool.is_some_and(|tool| find(tool, rule)) => {
                plain(doc.say("report-evidence-as-tool"))
            }
            None => plain(doc.say("report-evidence-not-stated")),
        };
        cells.push(cell(line));
    }
    cells
}
