//! CASE 1.0 and 1.1 (1EdTech Competencies and Academic Standards Exchange) packages: import
//! and export.
//!
//! A package (`CFDocument`, `CFItems`, `CFAssociations`, `CFDefinitions`, `CFRubrics`) is
//! imported as a kasb [`Classification`]: one entry per CFItem, whose code is its
//! `humanCodingScheme` (or its identifier when it has none or shares it), its title the
//! `fullStatement`, its parent the item it `isChildOf`, its URI the item's `uri`, its
//! `associations` the other associations that start from it (typed: `exactMatchOf`,
//! `isRelatedTo`, `precedes`…, to a code of the package or an outside URI). kasb's model
//! has no place for everything CASE says (association types, sequence numbers, groupings,
//! associations to nodes outside the package, item types, definitions, rubrics), so the
//! package itself is kept beside the YAML file as a sidecar, `ID.case.json`. An export starts
//! from the sidecar and applies the YAML's current titles, codes and entries, so CASE → kasb →
//! CASE keeps every identifier, URI, statement, coding scheme, item type and association, while
//! edits made in kasb flow back.
//!
//! The sidecar is written with its YAML file or not at all, and the YAML file's header names it
//! and its fingerprint (`# kasb-sidecar: ID.case.json FINGERPRINT`). An export reads the sidecar
//! only beside the YAML file the document was loaded from, only under a plain file name, only as
//! a regular file (never through a symbolic link), and refuses one that is missing or is not the
//! one written with the YAML file: exporting without it would invent new identifiers. (Imports
//! made before the header line are recognised by the `source` the importer wrote.) The sidecar
//! keeps every number exactly as the package wrote it (`12345678901234567890123` stays so).
//!
//! Documents that were not imported from CASE (an [`OccupationalStandard`] written in kasb) are
//! exported with identifiers derived from their kasb ids (UUID v5), so the same document gives
//! the same package every time.
//!
//! An import is validated against the official schema of the package's version
//! ([`CaseVersion`], `schema.rs`); an export is made valid against the version asked for
//! (`repair.rs`), dating only what the YAML changed (`overlay.rs`).
//!
//! Real deviations: a `sequenceNumber` written as a string (`"1"`) loads with a located warning
//! and is exported as a number; the pre-1.0 draft format (`lsDoc`, `lsItems`) is refused.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use kasb_diagnostics::{Location, Severity};
use kasb_load::Workspace;
use kasb_model::id::{IdKind, check_id};
use kasb_model::{
    AssociationRelation, Classification, ClassificationEntry, Document, EntryAssociation,
    FormatVersion, OccupationalStandard, Status, Text,
};
use serde_json::value::RawValue;
use serde_json::{Map, Value, json};
use uuid::Uuid;

use crate::json::{Json, Object};

mod overlay;
mod repair;
mod schema;

use crate::locate::{at, offset_of, position_in};
use crate::{Import, ImportedDocument, Problem, Sidecar};
pub use schema::CaseVersion;

/// The namespace of the UUID v5 identifiers kasb derives from its ids (for CASE and CTDL-ASN).
pub const KASB_NAMESPACE: Uuid = Uuid::from_u128(0x6b61_7362_2d69_6473_8000_0000_0000_0001);

/// The file name suffix of the sidecar that keeps an imported package.
pub const SIDECAR_SUFFIX: &str = ".case.json";

/// Largest package read, in bytes.
const MAX_FILE_BYTES: u64 = 256 * 1024 * 1024;

/// Imports a CASE 1.0 package from a file.
pub fn import_file(path: &Path) -> Import {
    let error = |message: String| Import {
        documents: Vec::new(),
        problems: vec![Problem::new(Severity::Error, Location::file(path), message)],
    };
    match std::fs::metadata(path) {
        Ok(metadata) if metadata.len() > MAX_FILE_BYTES => {
            return error(format!(
                "the file has {} bytes, more than the limit of {MAX_FILE_BYTES}",
                metadata.len()
            ));
        }
        Err(io) => return error(format!("cannot read the file: {io}")),
        Ok(_) => {}
    }
    match std::fs::read_to_string(path) {
        Ok(text) => import_str(path, &text),
        Err(io) => error(format!("cannot read the file as UTF-8 text: {io}")),
    }
}

/// Imports a CASE 1.0 package from its JSON text, reporting problems against `file`.
pub fn import_str(file: impl AsRef<Path>, text: &str) -> Import {
    import_package(file.as_ref(), text).unwrap_or_else(|problem| Import {
        documents: Vec::new(),
        problems: vec![problem],
    })
}

/// The steps of [`import_str`]; a fatal problem is the only one reported.
fn import_package(file: &Path, text: &str) -> Result<Import, Problem> {
    let error = |at: Location, message: String| Problem::new(Severity::Error, at, message);
    let raw = raw_top_level(file, text)?;
    refuse_draft_format(file, text, &raw)?;
    let Some(raw_document) = raw.get("CFDocument") else {
        return Err(error(
            at(file, kasb_diagnostics::Position::new(1, 1)),
            "not a CASE 1.0 package: there is no `CFDocument`".into(),
        ));
    };
    let mut problems = string_sequence_numbers(file, text, &raw);
    // Such as nesting deeper than serde_json's limit of 128, which the raw pass skips.
    let whole: Value = serde_json::from_str(text).map_err(|e| {
        error(
            at(file, json_position(&e)),
            format!("not a CASE package: {e}"),
        )
    })?;
    let Value::Object(package) = &whole else {
        return Err(error(
            at(file, kasb_diagnostics::Position::new(1, 1)),
            "not a CASE package: not a JSON object".into(),
        ));
    };
    let (version, mut violations) = schema::version_of(&whole, text);
    // A string `sequenceNumber` has its own warning, which says how it is exported.
    violations.retain(|v| !(v.keyword == "type" && v.pointer.ends_with("/sequenceNumber")));
    problems.extend(schema::problems(file, text, version, &violations));
    let located = |value: &RawValue| at(file, position_in(text, offset_of(text, value.get())));
    let (document, identifier) =
        document_of(package).map_err(|message| error(located(raw_document), message.into()))?;
    let items = items_of(package).map_err(|message| {
        let at = raw
            .get("CFItems")
            .map_or(Location::file(file), |v| located(v));
        error(at, message.into())
    })?;
    let associations: Vec<&Map<String, Value>> = match package.get("CFAssociations") {
        Some(Value::Array(list)) => list.iter().filter_map(Value::as_object).collect(),
        _ => Vec::new(),
    };
    let items_at = raw
        .get("CFItems")
        .map_or(0, |value| offset_of(text, value.get()));
    let items = without_duplicates(items, (text, items_at), file, &mut problems);
    let classification = to_classification(document, (identifier, version), &items, &associations);
    // The sidecar keeps the package as written: numbers exactly, nesting bounded.
    let sidecar = Json::parse(text)
        .map(|tree| tree.to_pretty())
        .map_err(|e| {
            error(
                at(file, position_in(text, e.offset)),
                format!("not a CASE package: {}", e.message),
            )
        })?;
    Ok(Import {
        documents: vec![ImportedDocument {
            file_name: format!("{}.yaml", classification.id),
            sidecars: vec![Sidecar {
                file_name: format!("{}{SIDECAR_SUFFIX}", classification.id),
                contents: sidecar,
            }],
            document: Document::Classification(classification),
        }],
        problems,
    })
}

/// The raw top level of the package, to locate values; a spreadsheet or malformed JSON is
/// refused.
fn raw_top_level<'a>(
    file: &Path,
    text: &'a str,
) -> Result<BTreeMap<String, &'a RawValue>, Problem> {
    serde_json::from_str(text).map_err(|error| {
        if !text.trim_start().starts_with(['{', '[']) && text.contains(',') {
            Problem::new(
                Severity::Error,
                at(file, kasb_diagnostics::Position::new(1, 1)),
                "not a CASE package: this looks like a spreadsheet (CSV, such as OpenSALT's \
                 import sheet); kasb reads CASE 1.0 JSON packages, which a CASE server exports",
            )
        } else {
            Problem::new(
                Severity::Error,
                at(file, json_position(&error)),
                format!("not a CASE package: {error}"),
            )
        }
    })
}

/// Refuses the pre-1.0 draft format.
fn refuse_draft_format(
    file: &Path,
    text: &str,
    raw: &BTreeMap<String, &RawValue>,
) -> Result<(), Problem> {
    let Some(draft) = raw.get("lsDoc").or(raw.get("lsItems")) else {
        return Ok(());
    };
    Err(Problem::new(
        Severity::Error,
        at(file, position_in(text, offset_of(text, draft.get()))),
        "this is the pre-1.0 CASE draft format (`lsDoc`, `lsItems`, `lsAssociations`), which \
         kasb does not read; export the framework again as a CASE 1.0 package (`CFDocument`, \
         `CFItems`, `CFAssociations`)",
    ))
}

/// A located warning for each association whose `sequenceNumber` is a string.
fn string_sequence_numbers(
    file: &Path,
    text: &str,
    raw: &BTreeMap<String, &RawValue>,
) -> Vec<Problem> {
    let Some(Ok(list)) = raw
        .get("CFAssociations")
        .map(|list| serde_json::from_str::<Vec<BTreeMap<String, &RawValue>>>(list.get()))
    else {
        return Vec::new();
    };
    list.iter()
        .filter_map(|association| association.get("sequenceNumber"))
        .filter(|number| number.get().starts_with('"'))
        .map(|number| {
            Problem::new(
                Severity::Warning,
                at(file, position_in(text, offset_of(text, number.get()))),
                format!(
                    "`sequenceNumber` {} is a string; CASE 1.0 requires an integer \
                             (exported as one)",
                    number.get()
                ),
            )
        })
        .collect()
}

/// The `CFDocument` object and its identifier, or what is wrong with it.
fn document_of(package: &Map<String, Value>) -> Result<(&Map<String, Value>, &str), &'static str> {
    let Some(Value::Object(document)) = package.get("CFDocument") else {
        return Err("`CFDocument` must be an object");
    };
    let identifier = document
        .get("identifier")
        .and_then(Value::as_str)
        .ok_or("`CFDocument` has no `identifier`")?;
    Ok((document, identifier))
}

/// The `CFItems` objects (none when the key is missing or null).
fn items_of(package: &Map<String, Value>) -> Result<Vec<&Map<String, Value>>, &'static str> {
    match package.get("CFItems") {
        None | Some(Value::Null) => Ok(Vec::new()),
        Some(Value::Array(items)) => Ok(items.iter().filter_map(Value::as_object).collect()),
        Some(_) => Err("`CFItems` must be a list"),
    }
}

/// Where serde_json stopped, as a position.
fn json_position(error: &serde_json::Error) -> kasb_diagnostics::Position {
    kasb_diagnostics::Position::new(
        u32::try_from(error.line()).unwrap_or(u32::MAX).max(1),
        u32::try_from(error.column()).unwrap_or(u32::MAX).max(1),
    )
}

fn str_of<'a>(object: &'a Map<String, Value>, key: &str) -> Option<&'a str> {
    object.get(key).and_then(Value::as_str)
}

/// The identifier a `LinkGenURI` (`originNodeURI`, `destinationNodeURI`) points at.
fn link_identifier<'a>(association: &'a Map<String, Value>, key: &str) -> Option<&'a str> {
    association
        .get(key)
        .and_then(Value::as_object)
        .and_then(|link| str_of(link, "identifier"))
}

/// The kasb id of an imported package: `case-` and a slug of its title, then the first block of
/// its identifier, so two packages with the same title stay apart.
pub fn document_id(title: &str, identifier: &str) -> String {
    let mut slug = String::new();
    for ch in title.chars() {
        if ch.is_ascii_alphanumeric() {
            slug.push(ch.to_ascii_lowercase());
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
        if slug.len() >= 40 {
            break;
        }
    }
    let slug = slug.trim_end_matches('-');
    let short: String = identifier
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .take(8)
        .collect::<String>()
        .to_ascii_lowercase();
    if slug.is_empty() {
        format!("case-{short}")
    } else {
        format!("case-{slug}-{short}")
    }
}

/// The kasb code of every item, by identifier: its `humanCodingScheme` when present, unique in
/// the package and a valid kasb id; else its identifier when that is a valid id; else an id
/// derived from the identifier. The exporter derives the same codes, so an unedited code is
/// never written back as a new `humanCodingScheme`.
/// `items` are each item's identifier and `humanCodingScheme`.
fn item_codes<'a, I>(items: I) -> BTreeMap<&'a str, String>
where
    I: Iterator<Item = (&'a str, Option<&'a str>)> + Clone,
{
    let valid = |code: &str| check_id(code, IdKind::Item).is_ok();
    let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
    for (_, human) in items.clone() {
        if let Some(code) = human.filter(|c| !c.trim().is_empty()) {
            *seen.entry(code).or_default() += 1;
        }
    }
    items
        .map(|(id, human)| {
            let code = human
                .filter(|code| seen.get(code) == Some(&1) && valid(code))
                .or(Some(id).filter(|id| valid(id)))
                .map_or_else(|| format!("case-{}", uuid_of(id).simple()), str::to_owned);
            (id, code)
        })
        .collect()
}

/// Items listed twice under one identifier, and items without one: each is reported and left
/// out (the export, which keeps only the items the YAML has, leaves it out too).
fn without_duplicates<'a>(
    items: Vec<&'a Map<String, Value>>,
    (text, mut search_from): (&str, usize),
    file: &Path,
    problems: &mut Vec<Problem>,
) -> Vec<&'a Map<String, Value>> {
    let mut seen = BTreeSet::new();
    let mut index = 0;
    items
        .into_iter()
        .filter(|item| {
            index += 1;
            let Some(identifier) = str_of(item, "identifier") else {
                let pointer = format!("/CFItems/{}", index - 1);
                let offset = schema::pointer_offset(text, &pointer).unwrap_or(search_from);
                problems.push(Problem::new(
                    Severity::Error,
                    at(file, position_in(text, offset)),
                    "this CFItem has no `identifier`, so nothing can refer to it; it is left \
                     out, here and in any export",
                ));
                return false;
            };
            let quoted = serde_json::to_string(identifier).unwrap_or_default();
            let offset = text[search_from..]
                .find(&quoted)
                .map_or(search_from, |found| search_from + found);
            search_from = (offset + quoted.len()).min(text.len());
            if seen.insert(identifier) {
                return true;
            }
            problems.push(Problem::new(
                Severity::Error,
                at(file, position_in(text, offset)),
                format!(
                    "the package lists the CFItem `{}` twice; the second is left out, here and \
                     in any export (an identifier names one item); give each item its own",
                    identifier.escape_debug()
                ),
            ));
            false
        })
        .collect()
}

fn to_classification(
    document: &Map<String, Value>,
    (identifier, version): (&str, CaseVersion),
    items: &[&Map<String, Value>],
    associations: &[&Map<String, Value>],
) -> Classification {
    let title = str_of(document, "title").unwrap_or(identifier);
    let language = str_of(document, "language")
        .filter(|language| !language.is_empty())
        .unwrap_or("en")
        .to_owned();
    let code_of = item_codes(items.iter().filter_map(|item| {
        Some((
            str_of(item, "identifier")?,
            str_of(item, "humanCodingScheme"),
        ))
    }));
    // Parent: the first isChildOf whose destination is another item of the package.
    let mut parent_of: BTreeMap<&str, &str> = BTreeMap::new();
    for association in associations {
        if str_of(association, "associationType") != Some("isChildOf") {
            continue;
        }
        let (Some(origin), Some(destination)) = (
            link_identifier(association, "originNodeURI"),
            link_identifier(association, "destinationNodeURI"),
        ) else {
            continue;
        };
        if code_of.contains_key(origin) && code_of.contains_key(destination) {
            parent_of.entry(origin).or_insert(destination);
        }
    }
    let mut associations_of = typed_associations(associations, &code_of);
    let entries = items
        .iter()
        .filter_map(|item| {
            let id = str_of(item, "identifier")?;
            let statement = str_of(item, "fullStatement").unwrap_or_default().to_owned();
            let title = match str_of(item, "language") {
                Some(own) if !own.is_empty() && own != language => {
                    Text::Translations(vec![(own.to_owned(), statement)])
                }
                _ => Text::Plain(statement),
            };
            Some(ClassificationEntry {
                code: code_of[id].clone(),
                title,
                alternative_titles: Vec::new(),
                description: None,
                skill_type: None,
                reuse_level: None,
                parent: parent_of.get(id).map(|parent| code_of[parent].clone()),
                uri: str_of(item, "uri").map(str::to_owned),
                associations: associations_of.remove(id).unwrap_or_default(),
            })
        })
        .collect();
    let id = document_id(title, identifier);
    let uri = str_of(document, "CFPackageURI")
        .or_else(|| {
            document
                .get("CFPackageURI")
                .and_then(Value::as_object)
                .and_then(|link| str_of(link, "uri"))
        })
        .or_else(|| str_of(document, "uri"))
        .unwrap_or(identifier);
    Classification {
        kind: Default::default(),
        format: FormatVersion::CURRENT,
        id: id.clone(),
        title: Text::Plain(title.to_owned()),
        description: None,
        language,
        publisher: str_of(document, "publisher")
            .or_else(|| str_of(document, "creator"))
            .map(|publisher| Text::Plain(publisher.to_owned())),
        source: Some(Text::Plain(format!(
            "CASE {} package {uri} (CFDocument {identifier}); identifiers, associations and \
             definitions are kept in {id}{SIDECAR_SUFFIX}",
            version.as_str()
        ))),
        code_pattern: None,
        entries,
    }
}

/// The CASE association types kasb's model types ([`AssociationRelation`]), by their CASE name.
/// `isChildOf` is the tree (`parent`); other types stay in the sidecar only.
const RELATIONS: [(&str, AssociationRelation); 9] = [
    ("exactMatchOf", AssociationRelation::ExactMatchOf),
    ("isRelatedTo", AssociationRelation::IsRelatedTo),
    ("precedes", AssociationRelation::Precedes),
    ("isPartOf", AssociationRelation::IsPartOf),
    ("isPeerOf", AssociationRelation::IsPeerOf),
    ("exemplar", AssociationRelation::Exemplar),
    ("hasSkillLevel", AssociationRelation::HasSkillLevel),
    ("replacedBy", AssociationRelation::ReplacedBy),
    ("isTranslationOf", AssociationRelation::IsTranslationOf),
];

/// The CASE association type of a typed relation.
fn relation_name(relation: AssociationRelation) -> &'static str {
    RELATIONS
        .iter()
        .find(|(_, known)| *known == relation)
        .map_or("isRelatedTo", |(name, _)| name)
}

/// The typed relation of a CASE association type.
fn relation_of(association_type: &str) -> Option<AssociationRelation> {
    RELATIONS
        .iter()
        .find(|(name, _)| *name == association_type)
        .map(|(_, relation)| *relation)
}

/// The associations beyond the tree, by the identifier of the item they start from: to the
/// code of an item of the package, else to the destination's URI. Associations from a node
/// outside the package, or to one with neither, stay in the sidecar only.
fn typed_associations<'a>(
    associations: &[&'a Map<String, Value>],
    code_of: &BTreeMap<&str, String>,
) -> BTreeMap<&'a str, Vec<EntryAssociation>> {
    let mut found: BTreeMap<&str, Vec<EntryAssociation>> = BTreeMap::new();
    for association in associations {
        let Some(relation) = str_of(association, "associationType").and_then(relation_of) else {
            continue;
        };
        let Some(origin) = link_identifier(association, "originNodeURI")
            .filter(|origin| code_of.contains_key(origin))
        else {
            continue;
        };
        let destination = link_identifier(association, "destinationNodeURI");
        let target = destination.and_then(|id| code_of.get(id)).cloned();
        let uri = association
            .get("destinationNodeURI")
            .and_then(Value::as_object)
            .and_then(|link| str_of(link, "uri"))
            .filter(|_| target.is_none())
            .map(str::to_owned);
        if target.is_some() || uri.is_some() {
            found.entry(origin).or_default().push(EntryAssociation {
                relation,
                target,
                uri,
            });
        }
    }
    found
}

/// Why an export failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ExportError {
    /// No document has this id (or CASE identifier).
    #[error("no document has the id `{id}`{}", did_you_mean(.suggestion.as_deref()))]
    NotFound {
        /// The id asked for.
        id: String,
        /// The closest id that exists.
        suggestion: Option<String>,
    },
    /// Several imported packages have this CASE identifier: export one by its kasb id.
    #[error(
        "{} documents were imported from the CASE package `{id}`: {}; export one by its kasb id",
        .candidates.len(),
        .candidates.iter().map(|c| format!("`{c}`")).collect::<Vec<_>>().join(", ")
    )]
    Ambiguous {
        /// The CASE identifier asked for.
        id: String,
        /// The kasb ids of the documents that have it.
        candidates: Vec<String>,
    },
    /// The package would not be valid against the schema of the CASE version asked for, even
    /// after the repairs kasb makes.
    #[error(
        "the export would break the CASE {version} schema {count} times, which kasb cannot \
         repair; the first: {}",
        .first.join("; ")
    )]
    Invalid {
        /// The version.
        version: &'static str,
        /// How many violations are left.
        count: usize,
        /// The first few, with their JSON pointers.
        first: Vec<String>,
    },
    /// The document's kind cannot be exported in this format, or its id is not valid.
    #[error("{0}")]
    Unsupported(String),
    /// The sidecar is unreadable.
    #[error("{0}")]
    Sidecar(String),
    /// The export could not be written ([`export_to_file`]).
    #[error(transparent)]
    Write(#[from] crate::WriteError),
}

fn did_you_mean(suggestion: Option<&str>) -> String {
    suggestion.map_or_else(String::new, |suggestion| {
        format!(" (did you mean `{suggestion}`?)")
    })
}

/// A loaded document, the YAML file it came from, and every file read to find it.
pub(crate) struct Found<'a> {
    pub(crate) document: &'a Document,
    /// The YAML file the document was loaded from.
    path: PathBuf,
    /// The sidecars its header names, with their fingerprints.
    markers: Vec<(String, String)>,
    pub(crate) all: Vec<&'a Document>,
    /// Every file read: the loaded YAML files (and, once read, the sidecar).
    pub(crate) read: Vec<PathBuf>,
}

/// Where a document's CASE sidecar is, beside its YAML file, and the fingerprint the YAML file
/// records for it (imports made before fingerprints record none).
struct Expected {
    path: PathBuf,
    fingerprint: Option<String>,
    /// The CFDocument identifier the YAML names, for sidecars without a fingerprint.
    identifier: Option<String>,
}

/// The sidecar a document must have: named in its YAML header, or (older imports) in the
/// `source` the importer wrote. None when the document was not imported from CASE. The name
/// is confined to a plain file name beside the YAML file.
fn expected_sidecar(
    document: &Document,
    path: &Path,
    markers: &[(String, String)],
) -> Result<Option<Expected>, ExportError> {
    let marker = markers
        .iter()
        .find(|(name, _)| name.ends_with(SIDECAR_SUFFIX));
    // Only a classification is imported from CASE, so only one has a CASE sidecar.
    let Document::Classification(classification) = document else {
        return Ok(None);
    };
    let (name, fingerprint, identifier) = match marker {
        Some((name, print)) => (name.clone(), Some(print.clone()), None),
        None => {
            let Some(source) = classification.source.as_ref().map(Text::any) else {
                return Ok(None);
            };
            let Some(name) = imported_from(source)
                .and_then(|(_, rest)| rest.rsplit_once(" are kept in "))
                .map(|(_, name)| name.trim().to_owned())
                .filter(|name| name.ends_with(SIDECAR_SUFFIX))
            else {
                return Ok(None);
            };
            let identifier = source
                .split_once("(CFDocument ")
                .and_then(|(_, rest)| rest.split_once(')'))
                .map(|(identifier, _)| identifier.to_owned());
            (name, None, identifier)
        }
    };
    crate::check_file_name(&name).map_err(|reason| {
        ExportError::Sidecar(format!(
            "`{}` names the sidecar {name:?}, which is refused: {reason}",
            path.display()
        ))
    })?;
    Ok(Some(Expected {
        path: path.with_file_name(&name),
        fingerprint,
        identifier,
    }))
}

/// The CASE version a classification's `source` says it was imported from, and the rest of
/// that text (`CASE 1.1 package URI (CFDocument …) …`).
fn imported_from(source: &str) -> Option<(CaseVersion, &str)> {
    let rest = source.strip_prefix("CASE ")?;
    let (version, rest) = rest.split_once(" package ")?;
    Some((CaseVersion::parse(version)?, rest))
}

/// Reads the sidecar `expected` names for the YAML file `yaml`: a regular file (never through
/// a symbolic link) within the size limit, with the recorded fingerprint, holding a CASE
/// package whose CFDocument has the recorded identifier.
fn read_sidecar(yaml: &Path, expected: &Expected) -> Result<Object, ExportError> {
    let sidecar = &expected.path;
    let fail = |message: String| Err(ExportError::Sidecar(message));
    let metadata = match std::fs::symlink_metadata(sidecar) {
        Ok(metadata) => metadata,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
            return fail(format!(
                "`{}` was imported from CASE, but its sidecar `{}` is missing: without it the \
                 export would give the package new identifiers; restore the sidecar, or import \
                 the package again",
                yaml.display(),
                sidecar.display()
            ));
        }
        Err(error) => return fail(format!("cannot read `{}`: {error}", sidecar.display())),
    };
    if !metadata.file_type().is_file() {
        return fail(format!(
            "the sidecar `{}` is a symbolic link or not a regular file; kasb reads a sidecar \
             only as a regular file beside its YAML file",
            sidecar.display()
        ));
    }
    if metadata.len() > MAX_FILE_BYTES {
        return fail(format!(
            "the sidecar `{}` has {} bytes, more than the limit of {MAX_FILE_BYTES}",
            sidecar.display(),
            metadata.len()
        ));
    }
    let text = read_regular(sidecar, &metadata).map_err(|error| {
        ExportError::Sidecar(format!("cannot read `{}`: {error}", sidecar.display()))
    })?;
    if let Some(expected_print) = &expected.fingerprint {
        let actual = crate::fingerprint(text.as_bytes());
        if actual != *expected_print {
            return fail(format!(
                "the sidecar `{}` is not the one written with `{}` (its fingerprint is {actual}, \
                 the YAML file records {expected_print}): it was changed or left by another \
                 import; import the package again, or restore the sidecar",
                sidecar.display(),
                yaml.display()
            ));
        }
    }
    let package = match Json::parse(&text) {
        Ok(Json::Object(package)) => package,
        Ok(_) => {
            return fail(format!(
                "`{}` is not a CASE package: not an object",
                sidecar.display()
            ));
        }
        Err(error) => {
            let at = position_in(&text, error.offset);
            return fail(format!(
                "`{}`:{}:{}: not a CASE package: {}",
                sidecar.display(),
                at.line,
                at.column,
                error.message
            ));
        }
    };
    let identifier = package
        .get("CFDocument")
        .and_then(|document| document.get("identifier"))
        .and_then(Json::as_str);
    if let Some(expected_identifier) = &expected.identifier
        && identifier != Some(expected_identifier.as_str())
    {
        return fail(format!(
            "the sidecar `{}` holds the package of CFDocument {}, but `{}` was imported from \
                 CFDocument {expected_identifier}",
            sidecar.display(),
            identifier.unwrap_or("(none)"),
            yaml.display()
        ));
    }
    Ok(package)
}

/// Reads a file already seen (`seen`) as a regular file, checking that the file opened is that
/// one (a swap for a link between the two steps is refused).
fn read_regular(path: &Path, seen: &std::fs::Metadata) -> std::io::Result<String> {
    use std::io::Read;
    let file = std::fs::File::open(path)?;
    let opened = file.metadata()?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if (opened.dev(), opened.ino()) != (seen.dev(), seen.ino()) {
            return Err(std::io::Error::other(
                "the file changed while it was opened",
            ));
        }
    }
    #[cfg(not(unix))]
    let _ = seen;
    let mut text = String::new();
    file.take(MAX_FILE_BYTES.min(opened.len()) + 1)
        .read_to_string(&mut text)?;
    Ok(text)
}

/// The imported classification whose CASE sidecar has the CFDocument identifier `identifier`;
/// an error naming every candidate when several have it.
fn by_case_identifier<'a>(
    workspace: &'a Workspace,
    identifier: &str,
) -> Result<Option<&'a kasb_load::LoadedDocument>, ExportError> {
    let mut matches = Vec::new();
    for loaded in &workspace.documents {
        if !matches!(loaded.document, Document::Classification(_)) {
            continue;
        }
        let file = workspace.file(loaded.file);
        let markers = crate::sidecar_markers(file.text().unwrap_or_default());
        let package = expected_sidecar(&loaded.document, file.path(), &markers)
            .ok()
            .flatten()
            .and_then(|expected| read_sidecar(file.path(), &expected).ok());
        let found = package.as_ref().and_then(|package| {
            package
                .get("CFDocument")
                .and_then(|document| document.get("identifier"))
                .and_then(Json::as_str)
        });
        if found == Some(identifier) {
            matches.push(loaded);
        }
    }
    if matches.len() > 1 {
        return Err(ExportError::Ambiguous {
            id: identifier.to_owned(),
            candidates: matches.iter().map(|l| l.document.id().to_owned()).collect(),
        });
    }
    Ok(matches.pop())
}

/// Finds the document of `workspace` with kasb id `id`, or whose CASE sidecar has the
/// CFDocument identifier `id`.
pub(crate) fn find<'a>(workspace: &'a Workspace, id: &str) -> Result<Found<'a>, ExportError> {
    let found = match workspace.documents.iter().find(|l| l.document.id() == id) {
        Some(loaded) => Some(loaded),
        None => by_case_identifier(workspace, id)?,
    };
    let all: Vec<&Document> = workspace
        .documents
        .iter()
        .map(|loaded| &loaded.document)
        .collect();
    let Some(loaded) = found else {
        let suggestion = kasb_diagnostics::closest(id, all.iter().map(|document| document.id()))
            .map(str::to_owned);
        return Err(ExportError::NotFound {
            id: id.to_owned(),
            suggestion,
        });
    };
    let file = workspace.file(loaded.file);
    // Exports derive URIs, CTIDs and identifiers from the id: never from one outside the grammar.
    if let Err(error) = check_id(loaded.document.id(), IdKind::Document) {
        return Err(ExportError::Unsupported(format!(
            "the document's id `{}` is not a valid id: {}; correct it (`kasb check` shows where, \
             rule K111) before exporting",
            kasb_diagnostics::visible(loaded.document.id()),
            error.message
        )));
    }
    Ok(Found {
        document: &loaded.document,
        path: file.path().to_path_buf(),
        markers: crate::sidecar_markers(file.text().unwrap_or_default()),
        read: workspace
            .files()
            .iter()
            .map(|file| file.path().to_path_buf())
            .collect(),
        all,
    })
}

impl Found<'_> {
    /// The document's CASE sidecar, when it was imported from CASE; an error when that sidecar
    /// is missing, unreadable or not the one written with the YAML file.
    fn sidecar(&mut self) -> Result<Option<Object>, ExportError> {
        let Some(expected) = expected_sidecar(self.document, &self.path, &self.markers)? else {
            return Ok(None);
        };
        self.read.push(expected.path.clone());
        read_sidecar(&self.path, &expected).map(Some)
    }
}

/// An export: its text, and every file read to make it (so a caller can refuse to write over
/// one of them).
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Exported {
    /// The exported text.
    pub text: String,
    /// The files read.
    pub read: Vec<PathBuf>,
}

/// Exports the document `id` (a kasb id, or the CASE identifier of an imported package) of
/// `workspace` (loaded with the caller's options, as [`kasb_load::load`] loads) as a CASE 1.0
/// package, pretty-printed JSON.
///
/// # Errors
/// When no document has the id, it is of a kind CASE has no shape
/// for (only classifications and occupational standards are exported), or it was imported from
/// CASE and its sidecar is missing or does not match.
pub fn export(workspace: &Workspace, id: &str) -> Result<String, ExportError> {
    export_package(workspace, id).map(|exported| exported.text)
}

/// [`export`], with the list of files read.
///
/// # Errors
/// As [`export`].
pub fn export_package(workspace: &Workspace, id: &str) -> Result<Exported, ExportError> {
    export_package_with(workspace, id, &ExportOptions::default()).map(|export| export.exported)
}

/// 9999-12-31T23:59:59Z, the last second an RFC 3339 time can name, in seconds since 1970.
const LAST_SECOND: u64 = 253_402_300_799;

/// How an export is made.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ExportOptions {
    /// When the edits exported were made: the `lastChangeDateTime` of what changed since the
    /// import (default: now). Set it for reproducible exports (`SOURCE_DATE_EPOCH`).
    pub changed_at: Option<SystemTime>,
    /// The CASE version to write (default: the one the package was imported from, else 1.0).
    pub case_version: Option<CaseVersion>,
}

impl ExportOptions {
    /// Writes CASE `version`.
    pub fn with_case_version(mut self, version: CaseVersion) -> Self {
        self.case_version = Some(version);
        self
    }

    /// Dates what changed at `at`.
    pub fn with_changed_at(mut self, at: SystemTime) -> Self {
        self.changed_at = Some(at);
        self
    }

    /// Dates what changed at `date` (RFC 3339, such as `2030-01-02T03:04:05Z`), else at
    /// `source_date_epoch` (seconds since 1970, as the `SOURCE_DATE_EPOCH` convention), else
    /// leaves the time unset (now).
    ///
    /// ```
    /// use kasb_interchange::case::ExportOptions;
    ///
    /// let options = ExportOptions::default().with_date(None, Some("1893553445")).unwrap();
    /// let from_text = ExportOptions::default().with_date(Some("2030-01-02T03:04:05Z"), None);
    /// assert_eq!(options.changed_at, from_text.unwrap().changed_at);
    /// assert!(ExportOptions::default().with_date(Some("yesterday"), None).is_err());
    /// ```
    ///
    /// # Errors
    /// When the one that is set is not a time of that form.
    pub fn with_date(
        self,
        date: Option<&str>,
        source_date_epoch: Option<&str>,
    ) -> Result<Self, ExportError> {
        let invalid = |what: String| ExportError::Unsupported(what);
        let at = match (date, source_date_epoch) {
            (Some(date), _) => humantime::parse_rfc3339_weak(date).map_err(|error| {
                invalid(format!(
                    "`--date {}` is not an RFC 3339 time such as 2030-01-02T03:04:05Z: {error}",
                    kasb_diagnostics::visible(date)
                ))
            })?,
            (None, Some(seconds)) => {
                let seconds: u64 = seconds.trim().parse().map_err(|_| {
                    invalid(format!(
                        "SOURCE_DATE_EPOCH `{}` is not a number of seconds since 1970",
                        kasb_diagnostics::visible(seconds)
                    ))
                })?;
                std::time::UNIX_EPOCH + std::time::Duration::from_secs(seconds.min(LAST_SECOND))
            }
            (None, None) => return Ok(self),
        };
        Ok(self.with_changed_at(at))
    }
}

/// [`export_package`] with `options`.
///
/// # Errors
/// As [`export`].
pub fn export_package_with(
    workspace: &Workspace,
    id: &str,
    options: &ExportOptions,
) -> Result<CaseExport, ExportError> {
    let mut found = find(workspace, id)?;
    let sidecar = found.sidecar()?;
    let imported = match found.document {
        Document::Classification(c) => c.source.as_ref().and_then(|s| imported_from(s.any())),
        _ => None,
    };
    let version = options
        .case_version
        .or(imported.map(|(version, _)| version))
        .unwrap_or_default();
    let mut package = package_of(found.document, sidecar, options)?;
    let conformed = repair::conform(&mut package, version);
    if !conformed.remaining.is_empty() {
        return Err(ExportError::Invalid {
            version: version.as_str(),
            count: conformed.remaining.len(),
            first: conformed
                .remaining
                .iter()
                .take(5)
                .map(|v| format!("`{}`: {}", v.pointer, v.message))
                .collect(),
        });
    }
    Ok(CaseExport {
        exported: Exported {
            text: kasb_diagnostics::safe_json(package.to_pretty()),
            read: found.read,
        },
        version,
        repairs: conformed.repairs,
    })
}

/// A CASE export, the version it is written in, and what was repaired to make it valid.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct CaseExport {
    /// The package and the files read.
    pub exported: Exported,
    /// The CASE version it is valid against.
    pub version: CaseVersion,
    /// Each kind of repair made to what the source package broke, in words, with its count.
    pub repairs: Vec<String>,
}

/// The package of `document`: its sidecar with the YAML's edits applied, or one built from it.
fn package_of(
    document: &Document,
    sidecar: Option<Object>,
    options: &ExportOptions,
) -> Result<Json, ExportError> {
    Ok(match (document, sidecar) {
        (Document::Classification(classification), Some(sidecar)) => {
            let now = options.changed_at.unwrap_or_else(SystemTime::now);
            // RFC 3339 has four-digit years from 1970 on (as the formatter does).
            let last = std::time::UNIX_EPOCH + std::time::Duration::from_secs(LAST_SECOND);
            let now = now.clamp(std::time::UNIX_EPOCH, last);
            let now = humantime::format_rfc3339_seconds(now).to_string();
            Json::Object(overlay::overlay(sidecar, classification, &now))
        }
        (Document::Classification(classification), None) => {
            Json::from(Value::Object(from_classification(classification)))
        }
        (Document::OccupationalStandard(standard), _) => {
            Json::from(Value::Object(from_standard(standard)))
        }
        (other, _) => {
            return Err(ExportError::Unsupported(format!(
                "`{}` is a {}; CASE export takes a Classification or an OccupationalStandard",
                other.id(),
                other.kind()
            )));
        }
    })
}

/// Writes [`export`]'s package to `out`, atomically, refusing to overwrite without `force`
/// and refusing to overwrite any file the export read.
///
/// # Errors
/// As [`export`], or when the file is in the way (without `force`), is one of the files read,
/// or cannot be written.
pub fn export_to_file(
    workspace: &Workspace,
    id: &str,
    out: &Path,
    force: bool,
) -> Result<crate::Outcome, ExportError> {
    let exported = export_package(workspace, id)?;
    let overwrite = if force {
        crate::Overwrite::Force
    } else {
        crate::Overwrite::Never
    };
    let read = exported.read.iter().map(PathBuf::as_path);
    Ok(crate::write_file(
        out,
        exported.text.as_bytes(),
        overwrite,
        read,
    )?)
}

/// The UUID v5 of a kasb id.
pub fn uuid_of(id: &str) -> Uuid {
    Uuid::new_v5(&KASB_NAMESPACE, id.as_bytes())
}

fn text_in(text: &Text, language: &str) -> String {
    text.get(language, language)
        .unwrap_or_else(|| text.any())
        .to_owned()
}

const EPOCH: &str = "1970-01-01T00:00:00+00:00";

/// An `isChildOf` association from `child` to `parent` (or to the document).
fn child_of(
    key: &str,
    child: (&str, &str, &str),
    parent: Option<Value>,
    document: Option<Value>,
    changed_at: Option<Value>,
    sequence: Option<usize>,
) -> Value {
    let identifier = uuid_of(key).to_string();
    let (child_identifier, child_uri, child_title) = child;
    let mut association = Map::new();
    association.insert("identifier".into(), json!(identifier));
    association.insert("associationType".into(), json!("isChildOf"));
    if let Some(sequence) = sequence {
        association.insert("sequenceNumber".into(), json!(sequence));
    }
    association.insert("uri".into(), json!(format!("urn:uuid:{identifier}")));
    association.insert(
        "originNodeURI".into(),
        json!({"title": child_title, "identifier": child_identifier, "uri": child_uri}),
    );
    association.insert(
        "destinationNodeURI".into(),
        parent.or(document.clone()).unwrap_or(Value::Null),
    );
    association.insert(
        "lastChangeDateTime".into(),
        changed_at.unwrap_or_else(|| json!(EPOCH)),
    );
    if let Some(document) = document {
        association.insert("CFDocumentURI".into(), document);
    }
    Value::Object(association)
}

/// A package built from scratch: one item per node of a tree.
struct Builder {
    document_id: String,
    language: String,
    changed_at: String,
    document_link: Value,
    items: Vec<Value>,
    associations: Vec<Value>,
    item_types: BTreeMap<String, String>,
    children: BTreeMap<String, usize>,
}

impl Builder {
    fn new(id: &str, title: &str, language: &str, changed_at: String) -> Self {
        let identifier = uuid_of(id).to_string();
        Self {
            document_id: id.to_owned(),
            language: language.to_owned(),
            changed_at,
            document_link: json!({
                "title": title,
                "identifier": identifier,
                "uri": format!("urn:uuid:{identifier}"),
            }),
            items: Vec::new(),
            associations: Vec::new(),
            item_types: BTreeMap::new(),
            children: BTreeMap::new(),
        }
    }

    /// Adds an item with kasb id `code` (unique in the document) under `parent` (a code, or the
    /// document).
    fn item(
        &mut self,
        code: &str,
        statement: &Text,
        item_type: &str,
        parent: Option<&str>,
        level: Option<u8>,
    ) {
        let key = format!("{}/{code}", self.document_id);
        let identifier = uuid_of(&key).to_string();
        let uri = format!("urn:uuid:{identifier}");
        let type_identifier = uuid_of(&format!("kasb-case-item-type/{item_type}")).to_string();
        self.item_types
            .insert(item_type.to_owned(), type_identifier.clone());
        let mut item = Map::new();
        item.insert("identifier".into(), json!(identifier));
        item.insert("uri".into(), json!(uri));
        item.insert(
            "fullStatement".into(),
            json!(text_in(statement, &self.language)),
        );
        item.insert("humanCodingScheme".into(), json!(code));
        item.insert("CFItemType".into(), json!(item_type));
        item.insert(
            "CFItemTypeURI".into(),
            json!({"title": item_type, "identifier": type_identifier, "uri": format!("urn:uuid:{type_identifier}")}),
        );
        item.insert("language".into(), json!(self.language));
        if let Some(level) = level {
            item.insert("educationLevel".into(), json!([level.to_string()]));
        }
        item.insert("lastChangeDateTime".into(), json!(self.changed_at));
        item.insert("CFDocumentURI".into(), self.document_link.clone());
        self.items.push(Value::Object(item));
        let parent_key = parent.unwrap_or("").to_owned();
        let sequence = {
            let count = self.children.entry(parent_key).or_default();
            *count += 1;
            *count
        };
        let parent_link = parent.map(|parent| {
            let parent_identifier = uuid_of(&format!("{}/{parent}", self.document_id)).to_string();
            json!({"title": parent, "identifier": parent_identifier, "uri": format!("urn:uuid:{parent_identifier}")})
        });
        self.associations.push(child_of(
            &format!("{key}/isChildOf"),
            (&identifier, &uri, code),
            parent_link,
            Some(self.document_link.clone()),
            Some(json!(self.changed_at)),
            Some(sequence),
        ));
    }

    fn finish(self, mut document: Map<String, Value>) -> Map<String, Value> {
        let link = self.document_link;
        document.insert("identifier".into(), link["identifier"].clone());
        document.insert("uri".into(), link["uri"].clone());
        document.insert("lastChangeDateTime".into(), json!(self.changed_at));
        document.insert("CFPackageURI".into(), link.clone());
        let item_types: Vec<Value> = self
            .item_types
            .iter()
            .map(|(title, identifier)| {
                json!({
                    "identifier": identifier,
                    "uri": format!("urn:uuid:{identifier}"),
                    "title": title,
                    "description": title,
                    "hierarchyCode": title,
                    "lastChangeDateTime": self.changed_at,
                })
            })
            .collect();
        let mut package = Map::new();
        package.insert("CFDocument".into(), Value::Object(document));
        package.insert("CFItems".into(), Value::Array(self.items));
        package.insert("CFAssociations".into(), Value::Array(self.associations));
        package.insert(
            "CFDefinitions".into(),
            json!({
                "CFConcepts": [], "CFSubjects": [], "CFLicenses": [],
                "CFItemTypes": item_types, "CFAssociationGroupings": [],
            }),
        );
        package
    }
}

fn document_header(
    title: &Text,
    language: &str,
    creator: &str,
    status: Option<Status>,
    version: Option<&str>,
) -> Map<String, Value> {
    let mut document = Map::new();
    document.insert("creator".into(), json!(creator));
    document.insert("title".into(), json!(text_in(title, language)));
    document.insert("language".into(), json!(language));
    if let Some(version) = version {
        document.insert("version".into(), json!(version));
    }
    if let Some(status) = status {
        let status = match status {
            Status::Draft => "Draft",
            Status::Approved => "Adopted",
            Status::Superseded => "Deprecated",
            Status::Withdrawn => "Deprecated",
            // `Status` may grow; a status this exporter does not know is not adopted yet.
            _ => "Draft",
        };
        document.insert("adoptionStatus".into(), json!(status));
    }
    document
}

fn from_classification(classification: &Classification) -> Map<String, Value> {
    let mut builder = Builder::new(
        &classification.id,
        classification.title.any(),
        &classification.language,
        EPOCH.to_owned(),
    );
    for entry in &classification.entries {
        builder.item(
            &entry.code,
            &entry.title,
            "Classification entry",
            entry.parent.as_deref(),
            None,
        );
    }
    let creator = classification
        .publisher
        .as_ref()
        .map_or("kasb", Text::any)
        .to_owned();
    let document = document_header(
        &classification.title,
        &classification.language,
        &creator,
        None,
        None,
    );
    builder.finish(document)
}

fn from_standard(standard: &OccupationalStandard) -> Map<String, Value> {
    let changed_at = standard
        .approval
        .as_ref()
        .and_then(|approval| approval.approved_on.as_ref())
        .map_or_else(|| EPOCH.to_owned(), |date| format!("{date}T00:00:00+00:00"));
    let mut builder = Builder::new(
        &standard.id,
        standard.title.any(),
        &standard.language,
        changed_at,
    );
    for function in &standard.functions {
        builder.item(
            &function.id,
            &function.title,
            "Generalised work function",
            None,
            Some(function.level),
        );
    }
    for unit in &standard.units {
        let parent = unit
            .function
            .as_deref()
            .filter(|function| standard.functions.iter().any(|f| f.id == *function));
        builder.item(&unit.id, &unit.title, "Unit", parent, unit.level);
        for element in &unit.elements {
            builder.item(&element.id, &element.title, "Element", Some(&unit.id), None);
            for criterion in &element.criteria {
                builder.item(
                    &criterion.id,
                    &criterion.statement,
                    "Performance criterion",
                    Some(&element.id),
                    None,
                );
            }
        }
        for criterion in &unit.criteria {
            builder.item(
                &criterion.id,
                &criterion.statement,
                "Performance criterion",
                Some(&unit.id),
                None,
            );
        }
        for knowledge in &unit.knowledge {
            builder.item(
                &knowledge.id,
                &knowledge.statement,
                "Knowledge",
                Some(&unit.id),
                None,
            );
        }
        for skill in &unit.skills {
            builder.item(&skill.id, &skill.statement, "Skill", Some(&unit.id), None);
        }
    }
    let creator = standard
        .approval
        .as_ref()
        .and_then(|approval| approval.developed_by.first())
        .map_or("kasb", Text::any)
        .to_owned();
    let mut document = document_header(
        &standard.title,
        &standard.language,
        &creator,
        Some(standard.status),
        standard.version.as_deref(),
    );
    if let Some(purpose) = &standard.purpose {
        document.insert(
            "description".into(),
            json!(text_in(purpose, &standard.language)),
        );
    }
    if let Some(approved_by) = standard
        .approval
        .as_ref()
        .and_then(|a| a.approved_by.as_ref())
    {
        document.insert(
            "publisher".into(),
            json!(text_in(approved_by, &standard.language)),
        );
    }
    builder.finish(document)
}
