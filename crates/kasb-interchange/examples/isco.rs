//! Generates kasb's ISCO reference data from the sources vendored in
//! `standards/classifications/sources/` (see the README there):
//!
//! - `isco-08.yaml`: all 619 ISCO-08 groups, titles from the ILO's structure, ESCO's labels as
//!   alternative titles where they differ, ESCO URIs;
//! - `isco-88.yaml`: all 544 ISCO-88 groups, titles from the ILO;
//! - `isco-88-to-isco-08.yaml`: the ISCO-88 → ISCO-08 correspondence between unit groups, as a
//!   `Crosswalk`.
//!
//! Run from anywhere (paths default to this checkout):
//!
//! ```text
//! cargo run -p kasb-interchange --example isco [-- SOURCES_DIR OUT_DIR]
//! ```
//!
//! The output is deterministic, and a test regenerates it and compares it byte for byte with
//! the committed files. Not a published API: an example, so only this repository builds it.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// A source title the ILO published with an evident typo, and what kasb writes instead.
struct Correction {
    classification: &'static str,
    code: &'static str,
    source: &'static str,
    corrected: &'static str,
    why: &'static str,
}

const fn fix(
    classification: &'static str,
    code: &'static str,
    source: &'static str,
    corrected: &'static str,
    why: &'static str,
) -> Correction {
    Correction {
        classification,
        code,
        source,
        corrected,
        why,
    }
}

const CAPITAL: &str = "title case not applied, unlike the rest of the ISCO-08 structure";

/// Every correction of the sources: each must match its source title exactly, or the generator
/// stops (a new source edition is then reviewed rather than silently patched).
const CORRECTIONS: &[Correction] = &[
    fix(
        "isco-08",
        "01",
        "Commissioned Armed forces Officers",
        "Commissioned Armed Forces Officers",
        CAPITAL,
    ),
    fix(
        "isco-08",
        "133",
        "Information and Communications Technology Service managers",
        "Information and Communications Technology Service Managers",
        CAPITAL,
    ),
    fix(
        "isco-08",
        "1346",
        "Financial and Insurance Services Branch managers",
        "Financial and Insurance Services Branch Managers",
        CAPITAL,
    ),
    fix(
        "isco-08",
        "2114",
        "Geologists and geophysicists",
        "Geologists and Geophysicists",
        CAPITAL,
    ),
    fix(
        "isco-08",
        "232",
        "Vocational education teachers",
        "Vocational Education Teachers",
        CAPITAL,
    ),
    fix(
        "isco-08",
        "2522",
        "Systems Aministrators",
        "Systems Administrators",
        "letter missing (ESCO: \"Systems administrators\")",
    ),
    fix(
        "isco-08",
        "3117",
        "Mining and metallurgical technicians",
        "Mining and Metallurgical Technicians",
        CAPITAL,
    ),
    fix(
        "isco-08",
        "3331",
        "Clearing and Forwarding Aents",
        "Clearing and Forwarding Agents",
        "letter missing (ESCO: \"Clearing and forwarding agents\")",
    ),
    fix(
        "isco-08",
        "3333",
        "Employment agents and contractors",
        "Employment Agents and Contractors",
        CAPITAL,
    ),
    fix(
        "isco-08",
        "335",
        "Government Regulatory  Associate Professionals",
        "Government Regulatory Associate Professionals",
        "double space",
    ),
    fix(
        "isco-08",
        "3359",
        "Government Regulatory AssociatePprofessionals Not Elsewhere Classified",
        "Government Regulatory Associate Professionals Not Elsewhere Classified",
        "space missing and letter doubled (its minor group 335 reads \"Associate Professionals\")",
    ),
    fix(
        "isco-08",
        "522",
        "Shop Aalespersons",
        "Shop Salespersons",
        "wrong letter (unit groups 5221-5223 and ESCO: \"Shop salespersons\")",
    ),
    fix(
        "isco-08",
        "7223",
        "Metal Working Machine Tool Setters and  Operators",
        "Metal Working Machine Tool Setters and Operators",
        "double space",
    ),
    fix(
        "isco-08",
        "8343",
        "Crane, hoist and related plant operators",
        "Crane, Hoist and Related Plant Operators",
        CAPITAL,
    ),
    fix(
        "isco-88",
        "1311",
        "General managers in agriculture, hunting, forestry/ and fishing",
        "General managers in agriculture, hunting, forestry and fishing",
        "stray slash (1221 reads \"hunting, forestry and fishing\")",
    ),
];

/// One classification read from the ILO label files.
struct Structure {
    id: &'static str,
    /// Code (natural length: "0", "01", "011", "0110") → title.
    titles: BTreeMap<String, String>,
}

/// Reads the data lines of a Stata help file: those after `{asis}`, less blanks and comments.
fn data_lines(path: &Path) -> Result<Vec<(usize, String)>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut lines = text.lines().enumerate();
    lines
        .by_ref()
        .find(|(_, line)| line.trim() == "{asis}")
        .ok_or_else(|| format!("{}: no {{asis}} line", path.display()))?;
    Ok(lines
        .filter(|(_, line)| !line.trim().is_empty() && !line.starts_with('*'))
        .map(|(i, line)| (i + 1, line.to_owned()))
        .collect())
}

/// `1111 "Legislators"` lines: digits, a space, a double-quoted title.
fn labels(path: &Path) -> Result<Vec<(String, String)>, String> {
    let mut out = Vec::new();
    for (line, text) in data_lines(path)? {
        let parsed = text.split_once(" \"").and_then(|(code, rest)| {
            let title = rest.strip_suffix('"')?;
            let digits = !code.is_empty() && code.bytes().all(|b| b.is_ascii_digit());
            (digits && !title.contains('"')).then(|| (code.to_owned(), title.to_owned()))
        });
        out.push(parsed.ok_or_else(|| format!("{}:{line}: not a label line", path.display()))?);
    }
    Ok(out)
}

/// Reads `labels_<prefix>{_1,_2,_3,}.sthlp`. Codes are padded with zeros there (`1000` is major
/// group 1); a padded code names a group of the shorter length when its extra digits are zeros,
/// since no sub-major or minor group ends in 0. A four-digit code ending in 0 is a unit group
/// when its minor group has no other unit (0110, 1120), else the padded minor group.
fn structure(dir: &Path, prefix: &str, id: &'static str) -> Result<Structure, String> {
    let file = |suffix: &str| dir.join(format!("{prefix}{suffix}.sthlp"));
    let mut titles = BTreeMap::new();
    for (digits, suffix) in [(1, "_1"), (2, "_2"), (3, "_3")] {
        for (code, title) in labels(&file(suffix))? {
            if code.len() != digits {
                return Err(format!("{}: code {code} is not {digits} digits", prefix));
            }
            if digits == 1 || !code.ends_with('0') {
                titles.insert(code, title);
            }
        }
    }
    let main = labels(&file(""))?;
    let split: BTreeSet<&str> = main
        .iter()
        .filter(|(code, _)| code.len() == 4 && !code.ends_with('0'))
        .map(|(code, _)| &code[..3])
        .collect();
    for (code, title) in &main {
        let minor = code.get(..3).unwrap_or_default();
        let unit = code.len() == 4
            && (!code.ends_with('0') || (!minor.ends_with('0') && !split.contains(minor)));
        if unit {
            titles.insert(code.clone(), title.clone());
        }
    }
    Ok(Structure { id, titles })
}

/// Checks the group counts by level and that every group's parent exists.
fn check_structure(structure: &Structure, expected: [usize; 4]) -> Result<(), String> {
    let mut counts = [0; 4];
    for code in structure.titles.keys() {
        counts[code.len() - 1] += 1;
        if code.len() > 1 && !structure.titles.contains_key(&code[..code.len() - 1]) {
            return Err(format!("{}: group {code} has no parent", structure.id));
        }
    }
    if counts != expected {
        return Err(format!(
            "{}: {counts:?} groups by level, expected {expected:?}",
            structure.id
        ));
    }
    Ok(())
}

/// Applies the corrections of `structure`'s classification; each must match its source.
fn correct(structure: &mut Structure) -> Result<(), String> {
    for fix in CORRECTIONS
        .iter()
        .filter(|f| f.classification == structure.id)
    {
        let title = structure.titles.get_mut(fix.code);
        match title {
            Some(title) if title == fix.source => fix.corrected.clone_into(title),
            _ => {
                return Err(format!(
                    "{} {}: the correction's source text {:?} is not in the source any more",
                    fix.classification, fix.code, fix.source
                ));
            }
        }
    }
    Ok(())
}

/// ESCO's label and URI per ISCO-08 code, from `ISCOGroups.csv` (columns by name, so the full
/// ESCO file gives the same result as the vendored extract).
fn esco_groups(path: &Path) -> Result<BTreeMap<String, (String, String)>, String> {
    let fail = |e: &dyn std::fmt::Display| format!("{}: {e}", path.display());
    let mut reader = csv::Reader::from_path(path).map_err(|e| fail(&e))?;
    let headers = reader.headers().map_err(|e| fail(&e))?.clone();
    let column = |name: &str| {
        headers
            .iter()
            .position(|h| h == name)
            .ok_or_else(|| fail(&format!("no column {name}")))
    };
    let (code, label, uri) = (
        column("CODE")?,
        column("PREFERREDLABEL")?,
        column("ORIGINURI")?,
    );
    let mut groups = BTreeMap::new();
    for record in reader.records() {
        let record = record.map_err(|e| fail(&e))?;
        let field = |i: usize| record.get(i).unwrap_or_default().trim().to_owned();
        let label = field(label)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        let (code, uri) = (field(code), field(uri));
        if uri != format!("http://data.europa.eu/esco/isco/C{code}") {
            return Err(fail(&format!("code {code} has the URI {uri}")));
        }
        if groups.insert(code.clone(), (label, uri)).is_some() {
            return Err(fail(&format!("code {code} twice")));
        }
    }
    Ok(groups)
}

/// Titles equal but for letter case and the typographic apostrophe ESCO uses.
fn same_title(a: &str, b: &str) -> bool {
    let key = |s: &str| s.to_lowercase().replace('\u{2019}', "'");
    key(a) == key(b)
}

/// A double-quoted YAML scalar.
fn quote(value: &str) -> String {
    let mut out = String::from("\"");
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() || matches!(c, '\u{2028}' | '\u{2029}' | '\u{feff}') => {
                let _ = write!(out, "\\u{:04X}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn comment(text: &str) -> String {
    text.lines()
        .map(|line| {
            if line.is_empty() {
                "#".to_owned()
            } else {
                format!("# {line}")
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn corrections_comment(id: &str) -> String {
    let mut out = String::from(
        "Corrections of evident typos in the source (code: source → corrected, why):\n",
    );
    for fix in CORRECTIONS.iter().filter(|f| f.classification == id) {
        let _ = writeln!(
            out,
            "  {}: {:?} → {:?} ({})",
            fix.code, fix.source, fix.corrected, fix.why
        );
    }
    out
}

const ISCO_08_HEADER: &str = "\
ISCO-08, the International Standard Classification of Occupations (ILO, 2008): all 619 groups
(10 major, 43 sub-major, 130 minor, 436 unit groups).

GENERATED FILE: do not edit by hand. Regenerate with
  cargo run -p kasb-interchange --example isco
from the sources in standards/classifications/sources/ (README there).

Titles: the ILO's \"ISCO-08 EN Structure and definitions\" (labels_isco08*.sthlp, Ben Jann's
Stata crosswalk tables, BSD-3), with the corrections below. alternative_titles: ESCO v1.1.1's
preferred label (ISCOGroups.csv, EU open data) where it differs from the title by more than
letter case. uri: ESCO's URI of the group.
";

fn isco_08_yaml(
    ilo: &Structure,
    esco: &BTreeMap<String, (String, String)>,
) -> Result<String, String> {
    let mut out = format!(
        "# yaml-language-server: $schema=../../schemas/Classification.json\n#\n{}\n#\n{}\n",
        comment(ISCO_08_HEADER),
        comment(&corrections_comment(ilo.id))
    );
    out.push_str(&document_head(
        "isco-08",
        "International Standard Classification of Occupations (ISCO-08)",
        "International Labour Organization (ILO): ISCO-08 EN Structure and definitions (titles), \
         via Ben Jann's crosswalk tables for Stata (labels_isco08*.sthlp, BSD-3); alternative \
         titles and URIs: ESCO v1.1.1 ISCOGroups.csv (European Commission, EU open data). \
         Evident typos of the ILO titles corrected as listed in this file's header.",
    ));
    for (code, title) in &ilo.titles {
        let (label, uri) = esco
            .get(code)
            .ok_or_else(|| format!("ESCO has no ISCO-08 group {code}"))?;
        let alternative = (!same_title(title, label)).then_some(label.as_str());
        entry(&mut out, code, title, alternative, Some(uri));
    }
    if esco.len() != ilo.titles.len() {
        return Err(format!(
            "ESCO has {} groups, the ILO {}",
            esco.len(),
            ilo.titles.len()
        ));
    }
    Ok(out)
}

const ISCO_88_HEADER: &str = "\
ISCO-88, the International Standard Classification of Occupations (ILO, 1988): all 544 groups
(10 major, 28 sub-major, 116 minor, 390 unit groups).

GENERATED FILE: do not edit by hand. Regenerate with
  cargo run -p kasb-interchange --example isco
from the sources in standards/classifications/sources/ (README there).

Titles: the ILO's ISCO-88 structure (labels_isco88*.sthlp, Ben Jann's Stata crosswalk tables,
BSD-3; the ILO's upper-case spelling of major, sub-major and minor groups lower-cased there),
with the corrections below.
";

fn isco_88_yaml(ilo: &Structure) -> String {
    let mut out = format!(
        "# yaml-language-server: $schema=../../schemas/Classification.json\n#\n{}\n#\n{}\n",
        comment(ISCO_88_HEADER),
        comment(&corrections_comment(ilo.id))
    );
    out.push_str(&document_head(
        "isco-88",
        "International Standard Classification of Occupations (ISCO-88)",
        "International Labour Organization (ILO): ISCO-88 structure \
         (www.ilo.org/public/english/bureau/stat/isco/isco88/), via Ben Jann's crosswalk tables \
         for Stata (labels_isco88*.sthlp, BSD-3). Evident typos corrected as listed in this \
         file's header.",
    ));
    for (code, title) in &ilo.titles {
        entry(&mut out, code, title, None, None);
    }
    out
}

fn document_head(id: &str, title: &str, source: &str) -> String {
    format!(
        "kind: \"Classification\"\nformat: 1\nid: \"{id}\"\ntitle: {}\nlanguage: \"en\"\npublisher: {}\n\
         source: {}\ncode_pattern: {}\nentries:\n",
        quote(title),
        quote("International Labour Organization (ILO)"),
        quote(source),
        quote("[0-9]{1,4}"),
    )
}

fn entry(out: &mut String, code: &str, title: &str, alternative: Option<&str>, uri: Option<&str>) {
    let _ = writeln!(
        out,
        "  - code: {}\n    title: {}",
        quote(code),
        quote(title)
    );
    if let Some(alternative) = alternative {
        let _ = writeln!(
            out,
            "    alternative_titles:\n      - {}",
            quote(alternative)
        );
    }
    if code.len() > 1 {
        let _ = writeln!(out, "    parent: {}", quote(&code[..code.len() - 1]));
    }
    if let Some(uri) = uri {
        let _ = writeln!(out, "    uri: {}", quote(uri));
    }
}

/// `0110 0300` lines: two padded codes.
fn pairs(path: &Path) -> Result<Vec<(String, String)>, String> {
    let mut out = Vec::new();
    for (line, text) in data_lines(path)? {
        let pair = text.split_once(' ').filter(|(a, b)| {
            [a, b]
                .iter()
                .all(|c| c.len() == 4 && c.bytes().all(|b| b.is_ascii_digit()))
        });
        let (a, b) = pair.ok_or_else(|| format!("{}:{line}: not a code pair", path.display()))?;
        out.push((a.to_owned(), b.to_owned()));
    }
    Ok(out)
}

/// The correspondence between unit groups: every pair of the two conversion tables, with the
/// tables (`88`, `08`) that list it.
struct Correspondence {
    pairs: BTreeMap<(String, String), BTreeSet<&'static str>>,
    /// Rows left out: a code that is no ISCO-88 group (national extensions), or a group above
    /// unit level on either side (padded codes for coarsely coded data).
    not_in_isco_88: BTreeSet<String>,
    higher_level: usize,
    /// Unit groups of ISCO-88 and of ISCO-08 that no pair names.
    unaligned: (BTreeSet<String>, BTreeSet<String>),
}

/// The unit groups (four-digit codes) of `structure` that `named` does not hold.
fn unaligned<'a>(
    structure: &Structure,
    named: impl Iterator<Item = &'a String>,
) -> BTreeSet<String> {
    let named: BTreeSet<&String> = named.collect();
    structure
        .titles
        .keys()
        .filter(|code| code.len() == 4 && !named.contains(code))
        .cloned()
        .collect()
}

/// The group a padded code names: the code itself when it is a unit group, else the shortest
/// group it pads with zeros (`1000` → `1`), if any.
fn natural<'a>(code: &'a str, structure: &Structure) -> Option<&'a str> {
    (1..=code.len()).rev().map(|n| &code[..n]).find(|group| {
        code[group.len()..].bytes().all(|b| b == b'0') && structure.titles.contains_key(*group)
    })
}

fn correspondence(
    dir: &Path,
    isco88: &Structure,
    isco08: &Structure,
) -> Result<Correspondence, String> {
    let mut out = Correspondence {
        pairs: BTreeMap::new(),
        not_in_isco_88: BTreeSet::new(),
        higher_level: 0,
        unaligned: Default::default(),
    };
    let forward = pairs(&dir.join("isco88_to_isco08.sthlp"))?;
    let backward = pairs(&dir.join("isco08_to_isco88.sthlp"))?;
    let rows = forward
        .into_iter()
        .map(|pair| (pair, "88"))
        .chain(backward.into_iter().map(|(new, old)| ((old, new), "08")));
    for ((old, new), table) in rows {
        let Some(new_group) = natural(&new, isco08) else {
            return Err(format!(
                "the conversion tables name {new}, no ISCO-08 group"
            ));
        };
        match natural(&old, isco88) {
            None => {
                out.not_in_isco_88.insert(old);
            }
            Some(old_group) if old_group.len() == 4 && new_group.len() == 4 => {
                out.pairs.entry((old, new)).or_default().insert(table);
            }
            Some(_) => out.higher_level += 1,
        }
    }
    out.unaligned = (
        unaligned(isco88, out.pairs.keys().map(|(old, _)| old)),
        unaligned(isco08, out.pairs.keys().map(|(_, new)| new)),
    );
    Ok(out)
}

/// The relation of one pair, from how many partners each side has: 1:1 `exact`; an ISCO-88
/// group split into several ISCO-08 groups `narrow` (the target is narrower); several merged
/// into one `broad`; many-to-many `major` when both tables list the pair (each group is the
/// other's main conversion), else `related`.
fn relation(correspondence: &Correspondence, old: &str, new: &str) -> &'static str {
    let partners_of_old = correspondence
        .pairs
        .keys()
        .filter(|(o, _)| o == old)
        .count();
    let partners_of_new = correspondence
        .pairs
        .keys()
        .filter(|(_, n)| n == new)
        .count();
    let both_tables = correspondence.pairs[&(old.to_owned(), new.to_owned())].len() == 2;
    match (partners_of_old > 1, partners_of_new > 1) {
        (false, false) => "exact",
        (true, false) => "narrow",
        (false, true) => "broad",
        (true, true) if both_tables => "major",
        (true, true) => "related",
    }
}

const CROSSWALK_HEADER: &str = "\
The correspondence between ISCO-88 and ISCO-08 unit groups.

GENERATED FILE: do not edit by hand. Regenerate with
  cargo run -p kasb-interchange --example isco
from the sources in standards/classifications/sources/ (README there).

Pairs: every row of Harry Ganzeboom's two conversion tables (isco8808.sps: each ISCO-88 unit
group to one ISCO-08 unit group; isco0888.sps: each ISCO-08 unit group to one ISCO-88 unit
group), both derived from the ILO's ISCO-08/ISCO-88 correspondence table, as published in Ben
Jann's Stata crosswalk tables (isco88_to_isco08.sthlp, isco08_to_isco88.sthlp, BSD-3), and
their union taken. The ILO's own many-to-many table is not among the sources, so a partial
correspondence that neither table chose is missing.

relation, from how many partners each side has in the union: 1:1 exact; an ISCO-88 group split
into several ISCO-08 groups (each ISCO-08 group with this one partner) narrow; several ISCO-88
groups merged into one ISCO-08 group broad; many-to-many major when both tables list the pair
(each group is the other's main conversion), related when only one does.
";

fn crosswalk_yaml(correspondence: &Correspondence) -> String {
    let join = |codes: &BTreeSet<String>| codes.iter().cloned().collect::<Vec<_>>().join(", ");
    let left_out = format!(
        "Left out: {} rows naming a group above unit level (padded codes for coarsely coded\n\
         data), and the rows of codes that are no ISCO-88 group (national extensions):\n{}.\n\
         Unit groups the tables map only to or from groups above unit level, so not aligned\n\
         here: ISCO-88 {}; ISCO-08 {}.",
        correspondence.higher_level,
        join(&correspondence.not_in_isco_88),
        join(&correspondence.unaligned.0),
        join(&correspondence.unaligned.1),
    );
    let mut out = format!(
        "# yaml-language-server: $schema=../../schemas/Crosswalk.json\n#\n{}\n#\n{}\n",
        comment(CROSSWALK_HEADER),
        comment(&left_out)
    );
    let _ = write!(
        out,
        "kind: \"Crosswalk\"\nformat: 1\nid: \"isco-88-to-isco-08\"\ntitle: {}\nlanguage: \"en\"\n\
         source: \"isco-88\"\ntarget: \"isco-08\"\nprovenance:\n  author: {}\n  method: {}\n\
         alignments:\n",
        quote("ISCO-88 to ISCO-08 correspondence of unit groups"),
        quote("International Labour Organization (ILO); conversion tables by Harry Ganzeboom"),
        quote(
            "Union of Ganzeboom's ISCO-88 to ISCO-08 and ISCO-08 to ISCO-88 conversion tables \
             (harryganzeboom.nl/isco08), derived from the ILO's correspondence table; relation \
             from the number of partners of each group (see this file's header)."
        ),
    );
    for (old, new) in correspondence.pairs.keys() {
        let _ = writeln!(
            out,
            "  - source: {}\n    target: {}\n    relation: \"{}\"",
            quote(old),
            quote(new),
            relation(correspondence, old, new)
        );
    }
    out
}

/// The generated files: (file name, text).
pub fn generate(sources: &Path) -> Result<Vec<(&'static str, String)>, String> {
    let mut isco08 = structure(sources, "labels_isco08", "isco-08")?;
    check_structure(&isco08, [10, 43, 130, 436])?;
    correct(&mut isco08)?;
    let mut isco88 = structure(sources, "labels_isco88", "isco-88")?;
    check_structure(&isco88, [10, 28, 116, 390])?;
    correct(&mut isco88)?;
    let esco = esco_groups(&sources.join("esco-v1.1.1-ISCOGroups.csv"))?;
    let correspondence = correspondence(sources, &isco88, &isco08)?;
    Ok(vec![
        ("isco-08.yaml", isco_08_yaml(&isco08, &esco)?),
        ("isco-88.yaml", isco_88_yaml(&isco88)),
        ("isco-88-to-isco-08.yaml", crosswalk_yaml(&correspondence)),
    ])
}

/// This checkout's `standards/classifications`.
pub fn default_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../standards/classifications")
}

#[allow(dead_code)] // The test that includes this file calls `generate` only.
fn main() -> ExitCode {
    let args: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    let (sources, out) = match args.as_slice() {
        [] => (default_dir().join("sources"), default_dir()),
        [sources, out] => (sources.clone(), out.clone()),
        _ => {
            eprintln!(
                "usage: cargo run -p kasb-interchange --example isco [-- SOURCES_DIR OUT_DIR]"
            );
            return ExitCode::from(2);
        }
    };
    let files = match generate(&sources) {
        Ok(files) => files,
        Err(error) => {
            eprintln!("error: {error}");
            return ExitCode::FAILURE;
        }
    };
    for (name, text) in files {
        let path = out.join(name);
        let outcome = kasb_interchange::write_file(
            &path,
            text.as_bytes(),
            kasb_interchange::Overwrite::Regular,
            [],
        );
        match outcome {
            Ok(outcome) => eprintln!("{}: {outcome:?}", path.display()),
            Err(error) => {
                eprintln!("error: {}: {error}", path.display());
                return ExitCode::FAILURE;
            }
        }
    }
    ExitCode::SUCCESS
}
