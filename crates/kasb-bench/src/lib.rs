//! Deterministic kasb repositories for the benchmark and for tests: generated ones, and the
//! bundled standards replicated to a size.
//!
//! [`generate`] writes, for `N` occupational standards spread over eight countries, the EQF and
//! eight national qualifications frameworks referenced to it, the bundled ISCO-08
//! classification, and per standard: the standard (units → elements → performance criteria,
//! knowledge and skills, in English and the country's language), a qualification built from its
//! units (core and an elective group), an assessment tool whose tasks cover every criterion, and
//! for every second standard a crosswalk to its neighbour. Everything is valid for
//! `kasb check` (no diagnostic at all) unless [`CorpusOptions::broken_per_mille`] asks for
//! broken references.
//!
//! The output depends only on the options: the same seed gives the same bytes, and the corpus of
//! `N` standards is a prefix of the corpus of `M > N` standards (each standard draws from its own
//! generator), so per-file costs at different sizes compare like with like.
//!
//! ```
//! use kasb_bench::{CorpusOptions, generate};
//!
//! let corpus = generate(&CorpusOptions { standards: 4, ..CorpusOptions::default() });
//! assert_eq!(corpus.files.len(), 10 + 4 * 3 + 2);
//! assert_eq!(corpus, generate(&CorpusOptions { standards: 4, ..CorpusOptions::default() }));
//! ```
//!
//! [`replicate`] and [`replicate_to_size`] copy the files of a standards folder (by default the
//! repository's [`bundled_standards`]) as many times as asked, renaming each copy's document ids
//! (`kg-welder` → `kg-welder-r7`) so that the copies check together as cleanly as the original.

#![warn(missing_docs)]

mod replicate;

pub use replicate::{SHARED_DIRS, bundled_standards, read_standards, replicate, replicate_to_size};

use std::fmt::Write as _;
use std::io;
use std::path::{Path, PathBuf};

/// The bundled ISCO-08 classification, copied into every corpus so that ISCO codes are checked.
const ISCO_08: &str = include_str!("../../../standards/classifications/isco-08.yaml");

/// Countries of the generated standards: ISO 3166 code, the national language's BCP 47 tag and
/// the script its words are drawn in.
const COUNTRIES: [(&str, &str, Script); 8] = [
    ("KG", "ky", Script::Cyrillic),
    ("AM", "hy", Script::Armenian),
    ("TJ", "tg", Script::Cyrillic),
    ("RU", "ru", Script::Cyrillic),
    ("AZ", "az", Script::Latin),
    ("KZ", "kk", Script::Cyrillic),
    ("UZ", "uz", Script::Latin),
    ("GE", "ka", Script::Georgian),
];

/// Fixed files of every corpus: the EQF, eight national frameworks, ISCO-08.
pub const FIXED_FILES: usize = 10;

/// A small deterministic generator (SplitMix64): no dependency, same numbers everywhere.
#[derive(Clone, Debug)]
pub struct Rng(pub u64);

impl Rng {
    /// A generator for stream `stream` of `seed`: independent streams for independent parts.
    pub fn stream(seed: u64, stream: u64) -> Self {
        let mut rng = Rng(seed ^ stream.wrapping_mul(0xD6E8_FEB8_6659_FD93));
        rng.next_u64();
        rng
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// A number in `low..=high`.
    pub fn range(&mut self, low: usize, high: usize) -> usize {
        low + self.below(high - low + 1)
    }

    /// A number in `[0, 1)`.
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// What to generate.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CorpusOptions {
    /// How many occupational standards (each brings a qualification, an assessment tool and
    /// half a crosswalk: about 3.5 files).
    pub standards: usize,
    /// The seed; the same seed gives the same corpus.
    pub seed: u64,
    /// How many references in a thousand are broken (made to point at nothing). 0: a valid
    /// corpus; 10: the "~1 % broken references" variant.
    pub broken_per_mille: u32,
}

impl Default for CorpusOptions {
    fn default() -> Self {
        Self {
            standards: 100,
            seed: 42,
            broken_per_mille: 0,
        }
    }
}

impl CorpusOptions {
    /// Options for about `files` files in all (at least one standard).
    pub fn for_files(files: usize, seed: u64, broken_per_mille: u32) -> Self {
        Self {
            standards: (files.saturating_sub(FIXED_FILES) * 2 / 7).max(1),
            seed,
            broken_per_mille,
        }
    }
}

/// One generated file: its path relative to the corpus root, and its text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GeneratedFile {
    /// The path, relative to the corpus root, with `/`.
    pub path: PathBuf,
    /// The YAML text.
    pub text: String,
}

/// A generated repository.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Corpus {
    /// Every file, frameworks first.
    pub files: Vec<GeneratedFile>,
    /// How many references were written.
    pub references: usize,
    /// How many of them were broken on purpose.
    pub broken_references: usize,
}

impl Corpus {
    /// The total size of the files, in bytes.
    pub fn bytes(&self) -> u64 {
        self.files.iter().map(|file| file.text.len() as u64).sum()
    }

    /// Writes every file under `root`, creating directories as needed.
    ///
    /// # Errors
    /// When a directory or file cannot be written.
    pub fn write_to(&self, root: &Path) -> io::Result<()> {
        for file in &self.files {
            let path = root.join(&file.path);
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent)?;
            }
            std::fs::write(path, &file.text)?;
        }
        Ok(())
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Script {
    Latin,
    Cyrillic,
    Armenian,
    Georgian,
}

impl Script {
    fn syllables(self) -> &'static [&'static str] {
        match self {
            Script::Latin => &[
                "ka", "lo", "mi", "ter", "san", "vel", "dor", "pra", "nu", "gle", "bex", "tor",
                "ril", "mon", "sta", "que", "fen", "hal", "zor", "wip", "ba", "chi", "du", "ep",
            ],
            Script::Cyrillic => &[
                "ка", "ло", "ми", "тер", "сан", "вел", "дор", "пра", "ну", "гле", "бек", "тор",
                "рил", "мон", "ста", "ше", "фен", "хал", "зор", "жип", "ба", "чи", "ду", "ыр",
            ],
            Script::Armenian => &[
                "կա", "լո", "մի", "տեր", "սան", "վել", "դոր", "պրա", "նու", "գլե", "բեք", "թոր",
                "րիլ", "մոն", "ստա", "քե", "ֆեն", "հալ", "զոր", "ժիպ", "բա", "չի", "դու", "եպ",
            ],
            Script::Georgian => &[
                "კა",
                "ლო",
                "მი",
                "ტერ",
                "სან",
                "ველ",
                "დორ",
                "პრა",
                "ნუ",
                "გლე",
                "ბექ",
                "ტორ",
                "რილ",
                "მონ",
                "სტა",
                "ქე",
                "ფენ",
                "ჰალ",
                "ზორ",
                "ჟიპ",
                "ბა",
                "ჩი",
                "დუ",
                "ეპ",
            ],
        }
    }
}

/// Words of one script: a fixed vocabulary, drawn with a skewed (Zipf-like) frequency.
struct Vocabulary {
    words: Vec<String>,
}

impl Vocabulary {
    fn new(script: Script, size: usize) -> Self {
        let syllables = script.syllables();
        let words = (0..size)
            .map(|index| {
                let mut i = index;
                let mut word = String::new();
                let count = 2 + index % 3;
                for _ in 0..count {
                    word.push_str(syllables[i % syllables.len()]);
                    i /= syllables.len();
                }
                word
            })
            .collect();
        Self { words }
    }

    fn word(&self, rng: &mut Rng) -> &str {
        let index = (self.words.len() as f64 * rng.unit().powi(3)) as usize;
        &self.words[index.min(self.words.len() - 1)]
    }

    /// A sentence of `low..=high` words, capitalised, with a full stop when `stop`.
    fn sentence(&self, rng: &mut Rng, low: usize, high: usize, stop: bool) -> String {
        let count = rng.range(low, high);
        let mut out = String::new();
        for i in 0..count {
            let word = self.word(rng);
            if i == 0 {
                let mut chars = word.chars();
                if let Some(first) = chars.next() {
                    out.extend(first.to_uppercase());
                    out.push_str(chars.as_str());
                }
            } else {
                out.push(' ');
                out.push_str(word);
            }
        }
        if stop {
            out.push('.');
        }
        out
    }
}

/// Text in English and one other language, or plain English.
enum Text {
    Plain(String),
    Two(String, &'static str, String),
}

struct Writer {
    vocabularies: Vec<(Script, Vocabulary)>,
    isco: Vec<&'static str>,
    broken_per_mille: u32,
    broken_rng: Rng,
    references: usize,
    broken: usize,
}

impl Writer {
    fn vocabulary(&self, script: Script) -> &Vocabulary {
        &self
            .vocabularies
            .iter()
            .find(|(s, _)| *s == script)
            .expect("every script has a vocabulary")
            .1
    }

    fn text(&self, rng: &mut Rng, country: usize, low: usize, high: usize, stop: bool) -> Text {
        let (_, language, script) = COUNTRIES[country];
        let english = self
            .vocabulary(Script::Latin)
            .sentence(rng, low, high, stop);
        let national = self.vocabulary(script).sentence(rng, low, high, stop);
        Text::Two(english, language, national)
    }

    fn plain(&self, rng: &mut Rng, low: usize, high: usize, stop: bool) -> Text {
        Text::Plain(
            self.vocabulary(Script::Latin)
                .sentence(rng, low, high, stop),
        )
    }

    /// A reference, broken (pointing at nothing) with the configured probability.
    fn reference(&mut self, target: String) -> String {
        self.references += 1;
        if self.broken_per_mille > 0 && self.broken_rng.below(1000) < self.broken_per_mille as usize
        {
            self.broken += 1;
            format!("{target}9")
        } else {
            target
        }
    }
}

/// Appends `key:` and the text at `indent` spaces, block style as people write it.
fn put_text(out: &mut String, indent: usize, key: &str, text: &Text) {
    let pad = " ".repeat(indent);
    match text {
        Text::Plain(value) => {
            let _ = writeln!(out, "{pad}{key}: {value}");
        }
        Text::Two(english, language, national) => {
            let _ = writeln!(
                out,
                "{pad}{key}:\n{pad}  en: {english}\n{pad}  {language}: {national}"
            );
        }
    }
}

/// Appends a list item `- en: …` of texts at `indent`.
fn put_text_item(out: &mut String, indent: usize, text: &Text) {
    let pad = " ".repeat(indent);
    match text {
        Text::Plain(value) => {
            let _ = writeln!(out, "{pad}- {value}");
        }
        Text::Two(english, language, national) => {
            let _ = writeln!(out, "{pad}- en: {english}\n{pad}  {language}: {national}");
        }
    }
}

fn schema_line(out: &mut String, depth: usize, kind: &str) {
    let _ = writeln!(
        out,
        "# yaml-language-server: $schema={}schemas/{kind}.json",
        "../".repeat(depth)
    );
}

/// Generates a corpus.
pub fn generate(options: &CorpusOptions) -> Corpus {
    let mut writer = Writer {
        vocabularies: [
            Script::Latin,
            Script::Cyrillic,
            Script::Armenian,
            Script::Georgian,
        ]
        .into_iter()
        .map(|script| (script, Vocabulary::new(script, 6000)))
        .collect(),
        isco: isco_unit_groups(),
        broken_per_mille: options.broken_per_mille,
        broken_rng: Rng::stream(options.seed, u64::MAX),
        references: 0,
        broken: 0,
    };
    let mut files = Vec::with_capacity(FIXED_FILES + options.standards * 4);
    files.extend(frameworks(&writer, options.seed));
    files.push(GeneratedFile {
        path: "classifications/isco-08.yaml".into(),
        text: ISCO_08.to_owned(),
    });
    let mut shapes = Vec::with_capacity(options.standards);
    for index in 0..options.standards {
        let mut rng = Rng::stream(options.seed, index as u64 + 1);
        let shape = standard(&mut writer, &mut rng, index, &mut files);
        qualification_and_assessment(&mut writer, &mut rng, &shape, &mut files);
        if index % 2 == 1 {
            crosswalk(
                &mut writer,
                &mut rng,
                &shapes[index - 1],
                &shape,
                &mut files,
            );
        }
        shapes.push(shape);
    }
    Corpus {
        files,
        references: writer.references,
        broken_references: writer.broken,
    }
}

/// The four-digit unit groups of the bundled ISCO-08.
fn isco_unit_groups() -> Vec<&'static str> {
    ISCO_08
        .lines()
        .filter_map(|line| line.trim().strip_prefix("- code: \""))
        .map(|rest| rest.trim_end_matches('"'))
        .filter(|code| code.len() == 4)
        .collect()
}

fn frameworks(writer: &Writer, seed: u64) -> Vec<GeneratedFile> {
    let mut rng = Rng::stream(seed, 0);
    let mut files = Vec::new();
    let mut eqf = String::new();
    schema_line(&mut eqf, 1, "LevelFramework");
    eqf.push_str("#\n# The European Qualifications Framework (generated sample descriptors).\nkind: LevelFramework\nformat: 1\nid: eqf\ntitle: European Qualifications Framework\nlanguage: en\nlevels:\n");
    for level in 1..=8 {
        let _ = writeln!(eqf, "  - level: {level}");
        put_text(&mut eqf, 4, "title", &writer.plain(&mut rng, 2, 4, false));
        eqf.push_str("    descriptors:\n");
        for key in ["knowledge", "skills", "responsibility_autonomy"] {
            put_text(&mut eqf, 6, key, &writer.plain(&mut rng, 10, 20, true));
        }
    }
    files.push(GeneratedFile {
        path: "frameworks/eqf.yaml".into(),
        text: eqf,
    });
    for (country, (code, _, _)) in COUNTRIES.iter().enumerate() {
        let id = format!("{}-nqf", code.to_lowercase());
        let mut out = String::new();
        schema_line(&mut out, 1, "LevelFramework");
        let _ = writeln!(out, "kind: LevelFramework\nformat: 1\nid: {id}\n");
        out.truncate(out.len() - 1);
        put_text(
            &mut out,
            0,
            "title",
            &writer.text(&mut rng, country, 4, 7, false),
        );
        let _ = writeln!(out, "language: en\ncountry: \"{code}\"");
        put_text(
            &mut out,
            0,
            "description",
            &writer.text(&mut rng, country, 30, 60, true),
        );
        out.push_str("referencing:\n  framework: eqf\n");
        put_text(&mut out, 2, "source", &writer.plain(&mut rng, 6, 12, true));
        out.push_str("levels:\n");
        for level in 1..=8 {
            let _ = writeln!(out, "  - level: {level}");
            put_text(
                &mut out,
                4,
                "title",
                &writer.text(&mut rng, country, 2, 4, false),
            );
            out.push_str("    descriptors:\n");
            for key in ["knowledge", "skills", "responsibility_autonomy"] {
                put_text(
                    &mut out,
                    6,
                    key,
                    &writer.text(&mut rng, country, 10, 20, true),
                );
            }
            let _ = writeln!(out, "    referenced_level: {level}");
        }
        files.push(GeneratedFile {
            path: format!("frameworks/{id}.yaml").into(),
            text: out,
        });
    }
    files
}

/// What later documents need to know about a generated standard.
struct Shape {
    id: String,
    country: usize,
    dir: String,
    level: usize,
    isco: &'static str,
    /// Per unit: its id, its criteria and skills, its knowledge.
    units: Vec<(String, Vec<String>, Vec<String>)>,
}

fn standard(
    writer: &mut Writer,
    rng: &mut Rng,
    index: usize,
    files: &mut Vec<GeneratedFile>,
) -> Shape {
    let country = index % COUNTRIES.len();
    let (code, _, _) = COUNTRIES[country];
    let name = writer
        .vocabulary(Script::Latin)
        .sentence(rng, 1, 1, false)
        .to_lowercase();
    let id = format!("{}-{name}-{index:05}", code.to_lowercase());
    let dir = format!("standards/{}/{name}-{index:05}", code.to_lowercase());
    let prefix: String = (0..3)
        .map(|i| char::from(b'A' + ((index / 26usize.pow(i)) % 26) as u8))
        .collect();
    let level = rng.range(2, 5);
    let isco = writer.isco[rng.below(writer.isco.len())];

    let mut out = String::new();
    let header = Header {
        country,
        id: &id,
        isco,
        index,
    };
    standard_header(&mut out, writer, rng, &header);
    out.push_str("units:\n");
    let unit_count = rng.range(4, 8);
    let mut units = Vec::with_capacity(unit_count);
    for u in 1..=unit_count {
        units.push(unit(&mut out, writer, rng, (country, &prefix, level), u));
    }
    files.push(GeneratedFile {
        path: format!("{dir}/standard.yaml").into(),
        text: out,
    });
    Shape {
        id,
        country,
        dir,
        level,
        isco,
        units,
    }
}

/// What the header of a generated standard is made from.
struct Header<'a> {
    country: usize,
    id: &'a str,
    isco: &'static str,
    index: usize,
}

/// The top of a standard, up to its units: identity, occupation, purpose, approval.
fn standard_header(out: &mut String, writer: &mut Writer, rng: &mut Rng, header: &Header<'_>) {
    let Header {
        country,
        id,
        isco,
        index,
    } = *header;
    let (code, _, _) = COUNTRIES[country];
    schema_line(out, 3, "OccupationalStandard");
    out.push_str("#\n# Generated by kasb-corpus: real-shaped, not real data.\n");
    let _ = writeln!(
        out,
        "kind: OccupationalStandard\nformat: 1\nid: {id}\nversion: \"1.{}\"",
        rng.below(4)
    );
    put_text(out, 0, "title", &writer.text(rng, country, 2, 5, false));
    let _ = writeln!(
        out,
        "language: en\ncountry: {code}\nframework: {}-nqf",
        code.to_lowercase()
    );
    out.push_str("occupation:\n");
    put_text(out, 2, "title", &writer.text(rng, country, 1, 3, false));
    let _ = writeln!(out, "  isco: \"{isco}\"\n  job_titles:");
    for _ in 0..rng.range(1, 3) {
        put_text_item(out, 4, &writer.text(rng, country, 1, 3, false));
    }
    put_text(out, 0, "purpose", &writer.text(rng, country, 12, 25, true));
    out.push_str("status: approved\napproval:\n  developed_by:\n");
    put_text_item(out, 4, &writer.text(rng, country, 4, 8, false));
    put_text(
        out,
        2,
        "approved_by",
        &writer.text(rng, country, 4, 8, false),
    );
    let _ = writeln!(
        out,
        "  registration_number: \"{code}-OS-{index:05}\"\n  approved_on: \"2023-{:02}-{:02}\"\n  valid_from: \"2024-01-01\"",
        rng.range(1, 12),
        rng.range(1, 28)
    );
}

/// Unit `u` of a standard (its id from `prefix`, its level at most `level`): returns its id,
/// the criteria and skills a practical task must cover, and its knowledge items.
fn unit(
    out: &mut String,
    writer: &mut Writer,
    rng: &mut Rng,
    (country, prefix, level): (usize, &str, usize),
    u: usize,
) -> (String, Vec<String>, Vec<String>) {
    let unit_id = format!("{prefix}-{u:02}");
    let unit_level = level - rng.below(2).min(level - 1);
    let _ = writeln!(out, "  # {}\n  - id: {unit_id}", "-".repeat(93));
    put_text(out, 4, "title", &writer.text(rng, country, 3, 7, false));
    let _ = writeln!(out, "    level: {unit_level}");
    if rng.below(2) == 0 {
        put_text(
            out,
            4,
            "description",
            &writer.text(rng, country, 15, 30, true),
        );
    }
    if u > 1 && rng.below(10) < 3 {
        let previous = writer.reference(format!("{prefix}-{:02}", u - 1));
        let _ = writeln!(out, "    prerequisites:\n      - {previous}");
    }
    out.push_str("    elements:\n");
    let mut covered = Vec::new();
    for e in 1..=rng.range(2, 3) {
        let element = format!("{unit_id}.{e}");
        let _ = writeln!(out, "      - id: {element}");
        put_text(out, 8, "title", &writer.text(rng, country, 3, 6, false));
        out.push_str("        criteria:\n");
        for c in 1..=rng.range(2, 4) {
            let criterion = format!("{element}.{c}");
            let _ = writeln!(out, "          - id: {criterion}");
            put_text(
                out,
                12,
                "statement",
                &writer.text(rng, country, 8, 18, true),
            );
            covered.push(criterion);
        }
    }
    out.push_str("    knowledge:\n");
    let mut knowledge = Vec::new();
    for k in 1..=2 {
        let item = format!("{unit_id}.K{k}");
        let _ = writeln!(out, "      - id: {item}");
        put_text(out, 8, "statement", &writer.text(rng, country, 6, 14, true));
        knowledge.push(item);
    }
    out.push_str("    skills:\n");
    for s in 1..=rng.range(1, 2) {
        let item = format!("{unit_id}.S{s}");
        let _ = writeln!(out, "      - id: {item}");
        put_text(out, 8, "statement", &writer.text(rng, country, 6, 14, true));
        covered.push(item);
    }
    (unit_id, covered, knowledge)
}

fn qualification_and_assessment(
    writer: &mut Writer,
    rng: &mut Rng,
    shape: &Shape,
    files: &mut Vec<GeneratedFile>,
) {
    let id = qualification(writer, rng, shape, files);
    assessment(writer, rng, shape, &id, files);
}

/// The qualification derived from a standard; returns its id.
fn qualification(
    writer: &mut Writer,
    rng: &mut Rng,
    shape: &Shape,
    files: &mut Vec<GeneratedFile>,
) -> String {
    let country = shape.country;
    let (code, _, _) = COUNTRIES[country];
    let id = format!("{}-q{}", shape.id, shape.level);
    let mut out = String::new();
    schema_line(&mut out, 3, "Qualification");
    out.push_str("#\n# Generated by kasb-corpus: real-shaped, not real data.\n");
    let _ = writeln!(out, "kind: Qualification\nformat: 1\nid: {id}");
    put_text(
        &mut out,
        0,
        "title",
        &writer.text(rng, country, 3, 8, false),
    );
    let framework = writer.reference(format!("{}-nqf", code.to_lowercase()));
    let standard = writer.reference(shape.id.clone());
    let _ = writeln!(
        out,
        "language: en\ncountry: {code}\nframework: {framework}\nlevel: {}\nisco: \"{}\"\nderived_from:\n  - {standard}\ncore:",
        shape.level, shape.isco
    );
    let electives = if shape.units.len() >= 5 { 2 } else { 0 };
    let core = shape.units.len() - electives;
    for (unit, _, _) in &shape.units[..core] {
        let reference = writer.reference(format!("{}/{unit}", shape.id));
        let _ = writeln!(out, "  - {reference}");
    }
    if electives > 0 {
        out.push_str("electives:\n  - id: EL-1\n");
        put_text(
            &mut out,
            4,
            "title",
            &writer.text(rng, country, 3, 5, false),
        );
        out.push_str("    choose: 1\n    units:\n");
        for (unit, _, _) in &shape.units[core..] {
            let reference = writer.reference(format!("{}/{unit}", shape.id));
            let _ = writeln!(out, "      - {reference}");
        }
    }
    out.push_str("entry_requirements:\n");
    put_text_item(&mut out, 2, &writer.text(rng, country, 8, 16, false));
    put_text(
        &mut out,
        0,
        "awarding_body",
        &writer.text(rng, country, 5, 10, false),
    );
    let _ = writeln!(
        out,
        "volume_hours: {}\nstatus: approved",
        20 * rng.range(20, 90)
    );
    files.push(GeneratedFile {
        path: format!("{}/qualification.yaml", shape.dir).into(),
        text: out,
    });
    id
}

/// The assessment tool: a practical task per unit covering its criteria and skills, and a
/// written test covering all knowledge. Weights are whole numbers adding up to 100.
fn assessment(
    writer: &mut Writer,
    rng: &mut Rng,
    shape: &Shape,
    id: &str,
    files: &mut Vec<GeneratedFile>,
) {
    let country = shape.country;
    let (code, _, _) = COUNTRIES[country];
    let mut out = String::new();
    schema_line(&mut out, 3, "AssessmentTool");
    out.push_str(
        "#\n# Generated by kasb-corpus: every performance criterion is covered by a task.\n",
    );
    let _ = writeln!(out, "kind: AssessmentTool\nformat: 1\nid: {id}-assessment");
    put_text(
        &mut out,
        0,
        "title",
        &writer.text(rng, country, 4, 8, false),
    );
    let qualification = writer.reference(id.to_owned());
    let standard = writer.reference(shape.id.clone());
    let _ = writeln!(
        out,
        "language: en\ncountry: {code}\nqualification: {qualification}\nstandards:\n  - {standard}\ntotal_weight: 100\npass_mark: 70\nstatus: approved\ninstruments:"
    );
    let tasks = shape.units.len() + 1;
    let weight = 100 / tasks;
    let first_weight = 100 - weight * (tasks - 1);
    out.push_str("  - id: PR\n");
    put_text(
        &mut out,
        4,
        "title",
        &writer.text(rng, country, 3, 6, false),
    );
    let _ = writeln!(
        out,
        "    method: practical_task\n    duration_minutes: {}",
        60 * rng.range(2, 8)
    );
    put_text(
        &mut out,
        4,
        "conditions",
        &writer.text(rng, country, 20, 40, true),
    );
    out.push_str("    tasks:\n");
    for (t, (_, covered, _)) in shape.units.iter().enumerate() {
        let this_weight = if t == 0 { first_weight } else { weight };
        practical_task(
            &mut out,
            writer,
            rng,
            (shape, country),
            (t, covered, this_weight),
        );
    }
    out.push_str("  - id: WT\n");
    put_text(
        &mut out,
        4,
        "title",
        &writer.text(rng, country, 2, 4, false),
    );
    out.push_str(
        "    method: written_test\n    duration_minutes: 60\n    tasks:\n      - id: WT-1\n",
    );
    put_text(
        &mut out,
        8,
        "title",
        &writer.text(rng, country, 3, 6, false),
    );
    out.push_str("        assesses:\n");
    for (_, _, knowledge) in &shape.units {
        for item in knowledge {
            let reference = writer.reference(format!("{}/{item}", shape.id));
            let _ = writeln!(out, "          - {reference}");
        }
    }
    let _ = writeln!(
        out,
        "        marking:\n          - id: WT-1.M1\n            description: Correct answers\n            type: measurement\n            weight: {weight}\n            max_score: 40"
    );
    files.push(GeneratedFile {
        path: format!("{}/assessment.yaml", shape.dir).into(),
        text: out,
    });
}

/// Task `t` of the practical examination: it assesses `covered`, with one marking criterion of
/// `weight`, measured for even tasks and judged on a rubric for odd ones.
fn practical_task(
    out: &mut String,
    writer: &mut Writer,
    rng: &mut Rng,
    (shape, country): (&Shape, usize),
    (t, covered, this_weight): (usize, &[String], usize),
) {
    let task = format!("PR-{}", t + 1);
    let _ = writeln!(out, "      - id: {task}");
    put_text(out, 8, "title", &writer.text(rng, country, 4, 8, false));
    put_text(
        out,
        8,
        "instructions",
        &writer.text(rng, country, 15, 30, true),
    );
    out.push_str("        assesses:\n");
    for item in covered {
        let reference = writer.reference(format!("{}/{item}", shape.id));
        let _ = writeln!(out, "          - {reference}");
    }
    let _ = writeln!(out, "        marking:\n          - id: {task}.M1");
    put_text(
        out,
        12,
        "description",
        &writer.text(rng, country, 6, 12, false),
    );
    if t % 2 == 0 {
        let _ = writeln!(
            out,
            "            type: measurement\n            weight: {this_weight}\n            max_score: {}",
            rng.range(4, 10)
        );
    } else {
        let _ = writeln!(
            out,
            "            type: judgement\n            weight: {this_weight}\n            rubric:"
        );
        for score in 0..=3 {
            let _ = writeln!(out, "              - score: {score}");
            put_text(
                out,
                16,
                "descriptor",
                &writer.text(rng, country, 5, 12, false),
            );
        }
    }
}

fn crosswalk(
    writer: &mut Writer,
    rng: &mut Rng,
    source: &Shape,
    target: &Shape,
    files: &mut Vec<GeneratedFile>,
) {
    const RELATIONS: [&str; 6] = ["exact", "broad", "narrow", "major", "minor", "related"];
    let id = format!("{}-{}", source.id, target.id);
    let mut out = String::new();
    schema_line(&mut out, 1, "Crosswalk");
    out.push_str(
        "#\n# Generated by kasb-corpus: alignments unit by unit, then criterion by criterion.\n",
    );
    let _ = writeln!(out, "kind: Crosswalk\nformat: 1\nid: {id}");
    put_text(
        &mut out,
        0,
        "title",
        &writer.text(rng, source.country, 4, 8, false),
    );
    let from = writer.reference(source.id.clone());
    let to = writer.reference(target.id.clone());
    let _ = writeln!(
        out,
        "language: en\nsource: {from}\ntarget: {to}\nprovenance:"
    );
    put_text(
        &mut out,
        2,
        "author",
        &writer.text(rng, source.country, 5, 10, false),
    );
    let _ = writeln!(
        out,
        "  date: \"2024-{:02}-{:02}\"",
        rng.range(1, 12),
        rng.range(1, 28)
    );
    put_text(&mut out, 2, "method", &writer.plain(rng, 20, 40, true));
    out.push_str("alignments:\n");
    for ((left, left_items, _), (right, right_items, _)) in source.units.iter().zip(&target.units) {
        let a = writer.reference(format!("{}/{left}", source.id));
        let b = writer.reference(format!("{}/{right}", target.id));
        let _ = writeln!(
            out,
            "  - source: {a}\n    target: {b}\n    relation: {}",
            RELATIONS[rng.below(RELATIONS.len())]
        );
        if rng.below(2) == 0 {
            put_text(&mut out, 4, "note", &writer.plain(rng, 10, 25, true));
        }
        for (l, r) in left_items.iter().zip(right_items).take(2) {
            let a = writer.reference(format!("{}/{l}", source.id));
            let b = writer.reference(format!("{}/{r}", target.id));
            let _ = writeln!(
                out,
                "  - source: {a}\n    target: {b}\n    relation: {}",
                RELATIONS[rng.below(RELATIONS.len())]
            );
        }
    }
    files.push(GeneratedFile {
        path: format!("crosswalks/{id}.yaml").into(),
        text: out,
    });
}

/// Two occupational standards of `units × 3 × 5` performance criteria each (15,000 for 1,000
/// units) on one framework, for the comparison benchmark: the right side rewrites 70 % of the
/// left's criteria (a third of the words replaced, the order shuffled) and replaces the rest,
/// with its units in a shuffled order. Ids: `cmp-left`, `cmp-right`.
pub fn compare_pair(units: usize, seed: u64) -> Corpus {
    let mut rng = Rng::stream(seed, 7);
    let vocabulary = Vocabulary::new(Script::Latin, 20_000);
    let sentence = |rng: &mut Rng| -> Vec<usize> {
        (0..rng.range(8, 14))
            .map(|_| ((vocabulary.words.len() as f64) * rng.unit().powi(3)) as usize)
            .collect()
    };
    let left: Vec<Vec<Vec<Vec<usize>>>> = (0..units)
        .map(|_| {
            (0..3)
                .map(|_| (0..5).map(|_| sentence(&mut rng)).collect())
                .collect()
        })
        .collect();
    let mut right = left.clone();
    for unit in &mut right {
        for element in unit.iter_mut() {
            for criterion in element.iter_mut() {
                if rng.unit() < 0.3 {
                    *criterion = sentence(&mut rng);
                    continue;
                }
                for word in criterion.iter_mut() {
                    if rng.unit() < 0.33 {
                        *word = ((vocabulary.words.len() as f64) * rng.unit().powi(3)) as usize;
                    }
                }
                for i in (1..criterion.len()).rev() {
                    criterion.swap(i, rng.below(i + 1));
                }
            }
        }
    }
    for i in (1..right.len()).rev() {
        right.swap(i, rng.below(i + 1));
    }
    let words = |sentence: &[usize]| {
        sentence
            .iter()
            .map(|&w| vocabulary.words[w].as_str())
            .collect::<Vec<_>>()
            .join(" ")
    };
    let document = |id: &str, units: &[Vec<Vec<Vec<usize>>>]| {
        let mut out = format!(
            "kind: OccupationalStandard\nformat: 1\nid: {id}\ntitle: Generated {id}\nlanguage: en\ncountry: KG\nframework: kg-nqf\noccupation:\n  title: Generated\nunits:\n"
        );
        for (u, unit) in units.iter().enumerate() {
            let _ = writeln!(
                out,
                "  - id: U{u}\n    title: {}\n    level: 4\n    elements:",
                words(&unit[0][0])
            );
            for (e, element) in unit.iter().enumerate() {
                let _ = writeln!(
                    out,
                    "      - id: U{u}.{e}\n        title: {}\n        criteria:",
                    words(&element[0])
                );
                for (c, criterion) in element.iter().enumerate() {
                    let _ = writeln!(
                        out,
                        "          - id: U{u}.{e}.{c}\n            statement: {}",
                        words(criterion)
                    );
                }
            }
        }
        out
    };
    let framework = "kind: LevelFramework\nformat: 1\nid: kg-nqf\ntitle: NQF\nlanguage: en\nlevels:\n  - level: 4\n";
    Corpus {
        files: vec![
            GeneratedFile {
                path: "nqf.yaml".into(),
                text: framework.to_owned(),
            },
            GeneratedFile {
                path: "left.yaml".into(),
                text: document("cmp-left", &left),
            },
            GeneratedFile {
                path: "right.yaml".into(),
                text: document("cmp-right", &right),
            },
        ],
        references: 0,
        broken_references: 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_smaller_corpus_is_a_prefix_of_a_larger_one() {
        let small = generate(&CorpusOptions {
            standards: 6,
            ..CorpusOptions::default()
        });
        let large = generate(&CorpusOptions {
            standards: 12,
            ..CorpusOptions::default()
        });
        for file in &small.files {
            assert!(large.files.contains(file), "{}", file.path.display());
        }
    }

    #[test]
    fn the_generated_corpus_checks_clean() {
        let corpus = generate(&CorpusOptions {
            standards: 24,
            ..CorpusOptions::default()
        });
        let dir = tempfile::tempdir().unwrap();
        corpus.write_to(dir.path()).unwrap();
        // The corpus carries its own (generated) `eqf`, so it checks as a repository that
        // keeps its own reference data: with kasb's reference set it would replace kasb's
        // `eqf` (one K210 info).
        let mut config = kasb::config::Config::default();
        config.reference = kasb::config::Reference::disabled();
        let options = kasb::CheckOptions::new(config);
        let report =
            kasb::check(&[dir.path().to_path_buf()], &options).expect("the directory exists");
        assert_eq!(report.files(), corpus.files.len());
        assert!(report.diagnostics.is_empty(), "{:#?}", report.diagnostics);
    }

    #[test]
    fn the_broken_variant_breaks_about_one_percent() {
        let corpus = generate(&CorpusOptions {
            standards: 200,
            broken_per_mille: 10,
            ..CorpusOptions::default()
        });
        let share = corpus.broken_references as f64 / corpus.references as f64;
        assert!((0.005..0.015).contains(&share), "{share}");
        let dir = tempfile::tempdir().unwrap();
        corpus.write_to(dir.path()).unwrap();
        let report = kasb::check(&[dir.path().to_path_buf()], &kasb::CheckOptions::default())
            .expect("the directory exists");
        assert!(report.errors() > 0);
        assert!(
            report.diagnostics.iter().any(|d| d.rule.code == "K202"),
            "unresolved references are reported"
        );
    }

    #[test]
    fn the_compare_pair_loads_clean() {
        let corpus = compare_pair(20, 1);
        let dir = tempfile::tempdir().unwrap();
        corpus.write_to(dir.path()).unwrap();
        let report = kasb::check(&[dir.path().to_path_buf()], &kasb::CheckOptions::default())
            .expect("the directory exists");
        assert_eq!(report.errors(), 0, "{:#?}", report.diagnostics);
    }
}
