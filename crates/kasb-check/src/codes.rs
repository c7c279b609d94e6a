//! Codes: ISCO-08 (K601, K602), countries (K603), language tags (K604), required languages
//! (K605), ESCO URIs (K606).

use crate::rules;
use kasb_diagnostics::{Data, Suggester};
use kasb_graph::{ISCO_08_ID, NodeKind};
use kasb_model::{Document, FieldPath, Text};

use crate::context::Context;

pub(crate) fn check(context: &mut Context<'_>) {
    let mut isco = Isco::default();
    for (index, document) in context.documents().collect::<Vec<_>>() {
        let root = FieldPath::root();
        language_tag(context, index, &root.key("language"), document.language());
        if let Some(code) = document.country() {
            country(context, index, code);
        }
        match document {
            Document::OccupationalStandard(standard) => {
                if let Some(code) = &standard.occupation.isco {
                    isco.check(context, index, &root.key("occupation").key("isco"), code);
                }
                let occupation = root.key("occupation").key("esco");
                esco_uris(context, index, &occupation, &standard.occupation.esco);
                for (i, unit) in standard.units.iter().enumerate() {
                    let path = root.key("units").index(i);
                    esco_uris(context, index, &path.key("esco_skills"), &unit.esco_skills);
                }
            }
            Document::Qualification(qualification) => {
                if let Some(code) = &qualification.isco {
                    isco.check(context, index, &root.key("isco"), code);
                }
            }
            // Only standards and qualifications name ISCO codes and ESCO URIs.
            _ => {}
        }
    }
    texts(context);
}

fn country(context: &mut Context<'_>, index: usize, code: &str) {
    let valid = code.len() == 2 && isocountry::CountryCode::for_alpha2(code).is_ok();
    if !valid {
        let help = if code.len() == 2
            && isocountry::CountryCode::for_alpha2(&code.to_uppercase()).is_ok()
        {
            format!("write it in capitals: `{}`", code.to_uppercase())
        } else {
            "use the two-letter ISO 3166-1 code, such as KG, AM, TJ, RU, AZ, KZ or UZ".to_owned()
        };
        context
            .report(
                &rules::INVALID_COUNTRY,
                index,
                &FieldPath::root().key("country"),
                format!("`{code}` is not an ISO 3166-1 alpha-2 country code"),
                help,
            )
            .data = code_data(code, COUNTRY_SCHEME);
    }
}

/// A BCP 47 tag whose language subtag is an ISO 639 code (two or three letters), as the JSON
/// Schema requires: BCP 47 alone also admits five-to-eight-letter subtags such as `english`.
fn is_language_tag(tag: &str) -> bool {
    let language = tag.split('-').next().unwrap_or("");
    (2..=3).contains(&language.len()) && oxilangtag::LanguageTag::parse(tag).is_ok()
}

fn language_tag(context: &mut Context<'_>, index: usize, path: &FieldPath, tag: &str) {
    if !is_language_tag(tag) {
        context
            .report(
                &rules::INVALID_LANGUAGE_TAG,
                index,
                path,
                format!("`{tag}` is not a BCP 47 language tag"),
                "use a tag such as en, ru, ky, hy, tg, az, kk, uz-Latn",
            )
            .data = code_data(tag, LANGUAGE_SCHEME);
    }
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
                .into_iter()
                .map(|entry| entry.local_id())
                .filter(|code| code.len() == 4)
                .map(str::to_owned)
                .collect()
        })
    }

    fn check(&mut self, context: &mut Context<'_>, index: usize, path: &FieldPath, code: &str) {
        let graph = context.graph;
        let is_unit_group =
            |code: &str| code.len() == 4 && code.bytes().all(|b| b.is_ascii_digit());
        if graph.node(ISCO_08_ID).is_none() {
            // Without the classification, only the shape can be checked.
            if !is_unit_group(code) {
                context
                    .report(
                        &rules::ISCO_NOT_UNIT_GROUP,
                        index,
                        path,
                        format!("`{code}` is not an ISCO-08 unit group (four digits)"),
                        "give the four-digit unit group, such as \"7212\"",
                    )
                    .data = code_data(code, ISCO_SCHEME);
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
            let children = self
                .unit_groups(graph)
                .iter()
                .filter(|child| child.starts_with(group))
                .take(4)
                .map(String::as_str)
                .collect::<Vec<_>>()
                .join(", ");
            context
                .report(
                    &rules::ISCO_NOT_UNIT_GROUP,
                    index,
                    path,
                    format!("`{code}` is the ISCO-08 group `{group}`, not a unit group"),
                    format!("choose one of its unit groups, such as {children}"),
                )
                .data = code_data(code, ISCO_SCHEME);
        } else {
            // Suggest unit groups only: a group would just trade this error for K602.
            self.unit_groups(graph);
            let unit_groups = self.unit_groups.as_deref().unwrap_or_default();
            let near = self
                .suggester
                .closest(code, unit_groups.iter().map(String::as_str));
            let help = match near {
                Some(near) => format!("did you mean \"{near}\"?"),
                None => {
                    "look the occupation up in ISCO-08 (standards/classifications/isco-08.yaml)"
                        .to_owned()
                }
            };
            context
                .report(
                    &rules::UNKNOWN_ISCO_CODE,
                    index,
                    path,
                    format!("`{code}` is not an ISCO-08 code"),
                    help,
                )
                .data = code_data(code, ISCO_SCHEME);
        }
    }
}

fn esco_uris(context: &mut Context<'_>, index: usize, path: &FieldPath, uris: &[String]) {
    for (i, uri) in uris.iter().enumerate() {
        if !is_esco_uri(uri) {
            context
                .report(
                    &rules::MALFORMED_ESCO_URI,
                    index,
                    &path.index(i),
                    format!("`{uri}` is not an ESCO concept URI"),
                    "use http://data.europa.eu/esco/occupation/<uuid> or http://data.europa.eu/esco/skill/<uuid>",
                )
                .data = code_data(uri, ESCO_SCHEME);
        }
    }
}

/// `http://data.europa.eu/esco/{occupation|skill|isco}/<id>`, the id a UUID (or `C` and an
/// ISCO code for ISCO groups).
fn is_esco_uri(uri: &str) -> bool {
    let Some(rest) = uri.strip_prefix("http://data.europa.eu/esco/") else {
        return false;
    };
    let Some((scheme, id)) = rest.split_once('/') else {
        return false;
    };
    let uuid = id.len() == 36
        && id.char_indices().all(|(i, c)| {
            if matches!(i, 8 | 13 | 18 | 23) {
                c == '-'
            } else {
                c.is_ascii_hexdigit()
            }
        });
    match scheme {
        "occupation" | "skill" => uuid,
        "isco" => id
            .strip_prefix('C')
            .is_some_and(|code| !code.is_empty() && code.bytes().all(|b| b.is_ascii_digit())),
        _ => false,
    }
}

/// Language tags of translations (K604) and required languages (K605), for every labelled node.
fn texts(context: &mut Context<'_>) {
    let graph = context.graph;
    let required = context.config.required_languages.clone();
    // (rule, node, message, help, the translation's tag when the finding is about one, data)
    let mut findings = Vec::new();
    for node in graph.petgraph().node_weights() {
        let language = graph.document_of(node).language();
        let key = label_key(node.kind);
        if let Text::Translations(pairs) = &node.label {
            for tag in pairs
                .iter()
                .map(|(tag, _)| tag)
                .filter(|tag| !is_language_tag(tag))
            {
                let message = format!("`{tag}` is not a BCP 47 language tag");
                let help = "use a tag such as en, ru, ky, hy, tg, az, kk, uz-Latn".to_owned();
                findings.push((
                    &rules::INVALID_LANGUAGE_TAG,
                    node,
                    message,
                    help,
                    Some(tag.clone()),
                    code_data(tag, LANGUAGE_SCHEME),
                ));
            }
        }
        let generated = matches!(node.kind, NodeKind::Level)
            && matches!(node.label, Text::Plain(ref t) if t.starts_with("Level "));
        if generated {
            continue; // the level has no title of its own
        }
        for wanted in &required {
            if node.label.get(wanted, language).is_none() {
                let message = format!("the {key} of `{}` is not given in `{wanted}`", node.id);
                let help = format!("add `{wanted}:` to the {key}");
                let data = Data::MissingLanguage {
                    language: wanted.clone(),
                };
                findings.push((&rules::MISSING_LANGUAGE, node, message, help, None, data));
            }
        }
    }
    for (rule, node, message, help, translation, data) in findings {
        // A bad tag is shown at its translation; a missing language at the whole text.
        let text = node.path.key(label_key(node.kind));
        let path = match translation {
            Some(tag) => text.key(tag),
            None => text,
        };
        context
            .report(rule, node.document, &path, message, help)
            .data = data;
    }
}

const ISCO_SCHEME: &str = "ISCO-08";
const COUNTRY_SCHEME: &str = "ISO 3166-1";
const LANGUAGE_SCHEME: &str = "BCP 47";
const ESCO_SCHEME: &str = "ESCO";

fn code_data(code: &str, scheme: &'static str) -> Data {
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

#[cfg(test)]
mod tests {
    use super::is_esco_uri;

    #[test]
    fn esco_uris_are_recognised() {
        assert!(is_esco_uri(
            "http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b"
        ));
        assert!(is_esco_uri("http://data.europa.eu/esco/isco/C7212"));
        assert!(!is_esco_uri(
            "https://esco.ec.europa.eu/en/classification/occupation?uri=x"
        ));
        assert!(!is_esco_uri("http://data.europa.eu/esco/skill/not-a-uuid"));
    }
}
