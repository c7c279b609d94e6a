//! Codes: ISCO-08 (K601, K602), countries (K603), language tags (K604), required languages
//! (K605), ESCO URIs (K606), look-alike letters in codes (K607), countries that differ from their framework's or
//! standard's (K608), classification code patterns (K609): the walk over documents and labelled nodes, and the ISCO lookup
//! the two ISCO rules share; the rules' files hold what each reports.

use kasb_diagnostics::{Data, Suggester};
use kasb_graph::{ISCO_08_ID, NodeKind};
use kasb_model::{Document, FieldPath, Target};

use crate::context::Context;
use crate::rules::{
    k601_unknown_isco_code, k602_isco_not_unit_group, k603_invalid_country,
    k604_invalid_language_tag, k605_missing_language, k606_malformed_esco_uri,
    k607_look_alike_in_code, k608_country_mismatch, k609_code_against_pattern,
};

pub(crate) fn check(context: &mut Context<'_>) {
    let mut isco = Isco::default();
    for (index, document) in context.documents().collect::<Vec<_>>() {
        let root = FieldPath::root();
        k604_invalid_language_tag::check(
            context,
            index,
            &root.key("language"),
            document.language(),
        );
        // A look-alike letter is the one mistake reported (K607), not also an unknown code;
        // only a valid country is compared with others' (K608).
        if let Some(code) = document.country()
            && !k607_look_alike_in_code::check(context, index, &root.key("country"), code)
            && k603_invalid_country::check(context, index, code)
        {
            k608_country_mismatch::check(context, index, document, code);
        }
        for (path, code) in isco_codes(document) {
            if !k607_look_alike_in_code::check(context, index, &path, code) {
                isco.check(context, index, &path, code);
            }
        }
        k607_look_alike_in_code::check_national_codes(context, index, document);
        if let Document::Classification(classification) = document {
            k609_code_against_pattern::check(context, index, classification);
        }
        // ESCO URIs are not references (nothing loaded resolves them): their paths are the
        // rule's own.
        if let Document::OccupationalStandard(standard) = document {
            let occupation = root.key("occupation").key("esco");
            k606_malformed_esco_uri::check(context, index, &occupation, &standard.occupation.esco);
            for (i, unit) in standard.units.iter().enumerate() {
                let path = root.key("units").index(i);
                k606_malformed_esco_uri::check(
                    context,
                    index,
                    &path.key("esco_skills"),
                    &unit.esco_skills,
                );
            }
        }
    }
    texts(context);
}

/// The ISCO-08 codes `document` names, with where each is written, from its reference
/// declarations (`occupation.isco` of a standard, `isco` of a qualification).
fn isco_codes(document: &Document) -> Vec<(FieldPath, &str)> {
    let mut found = Vec::new();
    document.references(&mut |reference| {
        if let Target::Code {
            classification: ISCO_08_ID,
            code,
        } = reference.target
        {
            found.push((reference.path, code));
        }
    });
    found
}

/// The ISCO-08 unit groups (four-digit codes) of the loaded classification, in document order,
/// collected on the first code that needs them: a repository of many standards with unknown
/// codes walks the classification once, and all their suggestions share one budget.
struct Isco {
    unit_groups: Option<Vec<String>>,
    suggester: Suggester,
}

impl Default for Isco {
    fn default() -> Self {
        Self {
            unit_groups: None,
            suggester: Suggester::new(SUGGESTION_BUDGET),
        }
    }
}

/// The work all ISCO did-you-mean suggestions of a run may do (see `Suggester`).
const SUGGESTION_BUDGET: u64 = 50_000_000;

impl Isco {
    fn unit_groups(&mut self, graph: &kasb_graph::StandardsGraph) -> &[String] {
        self.unit_groups.get_or_insert_with(|| {
            graph
                .descendants(ISCO_08_ID, NodeKind::ClassificationEntry)
                .unwrap_or_default()
                .into_iter()
                .map(|entry| entry.local_id())
                .filter(|code| code.len() == 4)
                .map(str::to_owned)
                .collect()
        })
    }

    /// Decides which ISCO rule `code` breaks, if any: the shape when the classification is not
    /// loaded (K602), a group rather than a unit group (K602), or no code at all (K601).
    fn check(&mut self, context: &mut Context<'_>, index: usize, path: &FieldPath, code: &str) {
        let graph = context.graph;
        if graph.node(ISCO_08_ID).is_none() {
            // Without the classification, only the shape can be checked.
            if !is_unit_group(code) {
                k602_isco_not_unit_group::report_shape(context, index, path, code);
            }
            return;
        }
        let exists = |code: &str| graph.node(&format!("{ISCO_08_ID}/{code}")).is_some();
        if exists(code) && is_unit_group(code) {
            return;
        }
        let trimmed = code.trim_end_matches('0');
        if exists(code) || (!trimmed.is_empty() && exists(trimmed)) {
            let group = if exists(code) { code } else { trimmed };
            let children: Vec<&str> = self
                .unit_groups(graph)
                .iter()
                .filter(|child| child.starts_with(group))
                .take(4)
                .map(String::as_str)
                .collect();
            k602_isco_not_unit_group::report_group(context, index, path, code, group, &children);
        } else {
            // Suggest unit groups only: a group would just trade this error for K602.
            self.unit_groups(graph);
            let unit_groups = self.unit_groups.as_deref().unwrap_or_default();
            let near = self
                .suggester
                .closest(code, unit_groups.iter().map(String::as_str));
            k601_unknown_isco_code::report(context, index, path, code, near);
        }
    }
}

/// Four digits: the shape of an ISCO-08 unit group.
fn is_unit_group(code: &str) -> bool {
    code.len() == 4 && code.bytes().all(|b| b.is_ascii_digit())
}

/// Language tags of translations (K604) and required languages (K605), in one walk over every
/// labelled node.
fn texts(context: &mut Context<'_>) {
    let graph = context.graph;
    let required = context.config.required_languages.clone();
    graph.for_each_text(|_, node, path, label| {
        k604_invalid_language_tag::check_translations(context, node, path, label);
        k605_missing_language::check(context, node, (path, label), &required);
    });
}

pub(crate) const ISCO_SCHEME: &str = "ISCO-08";
pub(crate) const COUNTRY_SCHEME: &str = "ISO 3166-1";
pub(crate) const LANGUAGE_SCHEME: &str = "BCP 47";
pub(crate) const ESCO_SCHEME: &str = "ESCO";

/// A code and its scheme, as a diagnostic's data.
pub(crate) fn code_data(code: &str, scheme: &'static str) -> Data {
    Data::Code {
        code: code.to_owned(),
        scheme,
    }
}

pub(crate) fn label_key(kind: NodeKind) -> &'static str {
    match kind {
        NodeKind::Criterion | NodeKind::Knowledge | NodeKind::Skill => "statement",
        NodeKind::MarkingCriterion => "description",
        _ => "title",
    }
}
