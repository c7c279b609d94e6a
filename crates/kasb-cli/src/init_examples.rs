//! The worked examples `kasb init` writes: a welder's standard, qualification, assessment tool
//! and training programme on the country's framework, built through the model's types so they
//! cannot drift from it, with their texts in English and in the repository's language.

use kasb::model::markers::{AssessmentToolKind, TrainingProgrammeKind};
use kasb::model::{
    AssessmentMethod, AssessmentTool, Criterion, DeliveryMode, Document, Element, FormatVersion,
    Instrument, Module, Occupation, OccupationalStandard, Qualification, Statement, Status, Task,
    Text, TrainingProgramme, Unit,
};

use crate::init::Setting;
use crate::new::national_framework;

/// A phrase of the worked examples.
#[derive(Clone, Copy)]
pub(crate) enum Phrase {
    Welder,
    PrepareWorkplace,
    SetUpStation,
    StationSafe,
    SafetyRules,
    CheckEquipment,
    Assessment,
    Examination,
    Task,
    Programme,
    Module,
    Framework,
}

const PHRASE_COUNT: usize = 12;

/// The phrases in English, then in each language of the reference countries (and Russian,
/// spoken in all of them). Welding terms follow kasb's bundled welder standards.
const TRANSLATIONS: [(&str, [&str; PHRASE_COUNT]); 8] = [
    (
        "en",
        [
            "Welder",
            "Prepare the workplace",
            "Set up the welding station",
            "The welding station is set up according to the safety rules.",
            "Safety rules for welding work.",
            "Check the welding equipment before work.",
            "Final assessment: welder",
            "Practical examination",
            "Set up the welding station and check the equipment.",
            "Welder training programme",
            "Workplace preparation and occupational safety",
            "National qualifications framework",
        ],
    ),
    (
        "ru",
        [
            "Сварщик",
            "Подготовка рабочего места",
            "Подготовка сварочного поста",
            "Сварочный пост подготовлен в соответствии с правилами безопасности.",
            "Правила безопасности при сварочных работах.",
            "Проверять сварочное оборудование перед работой.",
            "Итоговая аттестация: сварщик",
            "Практический экзамен",
            "Подготовить сварочный пост и проверить оборудование.",
            "Программа подготовки сварщиков",
            "Подготовка рабочего места и охрана труда",
            "Национальная рамка квалификаций",
        ],
    ),
    (
        "ky",
        [
            "Ширетүүчү",
            "Жумуш ордун даярдоо",
            "Ширетүү постун даярдоо",
            "Ширетүү посту коопсуздук эрежелерине ылайык даярдалган.",
            "Ширетүү иштериндеги коопсуздук эрежелери.",
            "Ширетүү жабдууларын иштин алдында текшерүү.",
            "Жыйынтыктоочу баалоо: ширетүүчү",
            "Практикалык экзамен",
            "Ширетүү постун даярдап, жабдууларды текшерүү.",
            "Ширетүүчүлөрдү даярдоо программасы",
            "Жумуш ордун даярдоо жана эмгекти коргоо",
            "Улуттук квалификациялар алкагы",
        ],
    ),
    (
        "kk",
        [
            "Дәнекерлеуші",
            "Жұмыс орнын дайындау",
            "Дәнекерлеу постын дайындау",
            "Дәнекерлеу посты қауіпсіздік ережелеріне сәйкес дайындалған.",
            "Дәнекерлеу жұмыстарындағы қауіпсіздік ережелері.",
            "Жұмыс алдында дәнекерлеу жабдығын тексеру.",
            "Қорытынды бағалау: дәнекерлеуші",
            "Практикалық емтихан",
            "Дәнекерлеу постын дайындап, жабдықты тексеру.",
            "Дәнекерлеушілерді даярлау бағдарламасы",
            "Жұмыс орнын дайындау және еңбекті қорғау",
            "Ұлттық біліктілік шеңбері",
        ],
    ),
    (
        "uz",
        [
            "Payvandchi",
            "Ish joyini tayyorlash",
            "Payvandlash postini tayyorlash",
            "Payvandlash posti xavfsizlik qoidalariga muvofiq tayyorlangan.",
            "Payvandlash ishlarida xavfsizlik qoidalari.",
            "Ishdan oldin payvandlash uskunasini tekshirish.",
            "Yakuniy baholash: payvandchi",
            "Amaliy imtihon",
            "Payvandlash postini tayyorlash va uskunani tekshirish.",
            "Payvandchilarni tayyorlash dasturi",
            "Ish joyini tayyorlash va mehnat muhofazasi",
            "Milliy malaka ramkasi",
        ],
    ),
    (
        "az",
        [
            "Qaynaqçı",
            "İş yerinin hazırlanması",
            "Qaynaq postunun hazırlanması",
            "Qaynaq postu təhlükəsizlik qaydalarına uyğun hazırlanıb.",
            "Qaynaq işlərində təhlükəsizlik qaydaları.",
            "İşdən əvvəl qaynaq avadanlığını yoxlamaq.",
            "Yekun qiymətləndirmə: qaynaqçı",
            "Praktiki imtahan",
            "Qaynaq postunu hazırlamaq və avadanlığı yoxlamaq.",
            "Qaynaqçıların hazırlanması proqramı",
            "İş yerinin hazırlanması və əməyin mühafizəsi",
            "Milli kvalifikasiyalar çərçivəsi",
        ],
    ),
    (
        "tg",
        [
            "Кафшергар",
            "Омода кардани ҷои корӣ",
            "Омода кардани пости кафшергарӣ",
            "Пости кафшергарӣ мувофиқи қоидаҳои бехатарӣ омода карда шудааст.",
            "Қоидаҳои бехатарӣ дар корҳои кафшергарӣ.",
            "Пеш аз кор санҷидани таҷҳизоти кафшергарӣ.",
            "Арзёбии ниҳоӣ: кафшергар",
            "Имтиҳони амалӣ",
            "Пости кафшергариро омода кардан ва таҷҳизотро санҷидан.",
            "Барномаи тайёр кардани кафшергарон",
            "Омода кардани ҷои корӣ ва ҳифзи меҳнат",
            "Чаҳорчӯбаи миллии тахассусҳо",
        ],
    ),
    (
        "hy",
        [
            "Եռակցող",
            "Աշխատատեղի նախապատրաստում",
            "Եռակցման կետի նախապատրաստում",
            "Եռակցման կետը նախապատրաստված է անվտանգության կանոններին համապատասխան։",
            "Եռակցման աշխատանքների անվտանգության կանոններ։",
            "Աշխատանքից առաջ ստուգել եռակցման սարքավորումները։",
            "Ամփոփիչ գնահատում՝ եռակցող",
            "Գործնական քննություն",
            "Նախապատրաստել եռակցման կետը և ստուգել սարքավորումները։",
            "Եռակցողների պատրաստման ծրագիր",
            "Աշխատատեղի նախապատրաստում և աշխատանքի պաշտպանություն",
            "Որակավորումների ազգային շրջանակ",
        ],
    ),
];

/// The examples' phrases in English and, when kasb has them, in the repository's language.
pub(crate) struct Phrases {
    language: String,
    row: Option<&'static [&'static str; PHRASE_COUNT]>,
}

impl Phrases {
    /// The phrases for `language` (a BCP 47 tag; its language subtag picks the row).
    pub(crate) fn for_language(language: &str) -> Self {
        let primary = language.split('-').next().unwrap_or(language);
        let row = TRANSLATIONS
            .iter()
            .skip(1)
            .find(|(tag, _)| tag.eq_ignore_ascii_case(primary))
            .map(|(_, row)| row);
        Phrases {
            language: language.to_owned(),
            row,
        }
    }

    /// True when the examples carry the repository's language beside English.
    pub(crate) fn has_language(&self) -> bool {
        self.row.is_some()
    }

    /// `phrase` in English and the repository's language, each followed by ` (suffix)` when
    /// `suffix` is not empty.
    pub(crate) fn text(&self, phrase: Phrase, suffix: &str) -> Text {
        let with = |text: &str| {
            if suffix.is_empty() {
                text.to_owned()
            } else {
                format!("{text} ({suffix})")
            }
        };
        let english = ("en".to_owned(), with(TRANSLATIONS[0].1[phrase as usize]));
        let own = self
            .row
            .map(|row| (self.language.clone(), with(row[phrase as usize])));
        Text::from_translations(std::iter::once(english).chain(own))
    }
}

/// The worked examples, each with the comment lines that head its file.
pub(crate) fn example_documents(setting: &Setting) -> Vec<(Document, &'static [&'static str])> {
    let ids = Ids::new(&setting.country);
    vec![
        (standard(setting, &ids), STANDARD_HEADER),
        (qualification(setting, &ids), QUALIFICATION_HEADER),
        (assessment(setting, &ids), ASSESSMENT_HEADER),
        (programme(setting, &ids), PROGRAMME_HEADER),
    ]
}

const STANDARD_HEADER: &[&str] = &[
    "A worked example: an occupational standard with one unit of competency. Rename it, or",
    "delete it once your first standard is written (`kasb new standard ID --country CC`).",
];
const QUALIFICATION_HEADER: &[&str] = &[
    "A worked example: a qualification on the national framework, built from the standard's units.",
];
const ASSESSMENT_HEADER: &[&str] = &[
    "A worked example: the assessment tool of the qualification. Its tasks assess every",
    "performance criterion, knowledge and skill item of the qualification's units. Say how its",
    "evidence is valid, sufficient, authentic and current under `rules_of_evidence:` (on the",
    "tool, or on an instrument that differs), as external verifiers ask.",
];
const PROGRAMME_HEADER: &[&str] =
    &["A worked example: a training programme leading to the qualification."];

/// The ids of the examples, prefixed with the country code.
struct Ids {
    standard: String,
    qualification: String,
    assessment: String,
    programme: String,
}

impl Ids {
    fn new(country: &str) -> Self {
        let prefix = format!("{}-example-welder", country.to_ascii_lowercase());
        Ids {
            qualification: format!("{prefix}-q3"),
            assessment: format!("{prefix}-q3-assessment"),
            programme: format!("{prefix}-programme"),
            standard: prefix,
        }
    }

    /// The global id of an item of the standard.
    fn item(&self, item: &str) -> String {
        format!("{}/{item}", self.standard)
    }
}

/// The example's unit level and the qualification's, on every national framework.
const LEVEL: u8 = 3;
/// The ISCO-08 unit group of welders and flame cutters.
const ISCO_WELDERS: &str = "7212";

fn standard(setting: &Setting, ids: &Ids) -> Document {
    let say = |phrase| setting.phrases.text(phrase, "");
    let mut occupation = Occupation::new(say(Phrase::Welder));
    occupation.isco = Some(ISCO_WELDERS.to_owned());
    let mut element = Element::new("WLD-01.1", say(Phrase::SetUpStation));
    element
        .criteria
        .push(Criterion::new("WLD-01.1.1", say(Phrase::StationSafe)));
    let mut unit = Unit::new("WLD-01", say(Phrase::PrepareWorkplace));
    unit.level = Some(LEVEL);
    unit.elements.push(element);
    unit.knowledge
        .push(Statement::new("WLD-01.K1", say(Phrase::SafetyRules)));
    unit.skills
        .push(Statement::new("WLD-01.S1", say(Phrase::CheckEquipment)));
    Document::OccupationalStandard(
        OccupationalStandard::new(
            ids.standard.clone(),
            say(Phrase::Welder),
            "en",
            setting.country.clone(),
            national_framework(&setting.country),
            occupation,
        )
        .with_unit(unit),
    )
}

fn qualification(setting: &Setting, ids: &Ids) -> Document {
    let mut qualification = Qualification::new(
        ids.qualification.clone(),
        setting.phrases.text(Phrase::Welder, ""),
        "en",
        setting.country.clone(),
        national_framework(&setting.country),
        LEVEL,
    );
    qualification.isco = Some(ISCO_WELDERS.to_owned());
    qualification.derived_from = vec![ids.standard.clone()];
    qualification.core = vec![ids.item("WLD-01")];
    Document::Qualification(qualification)
}

fn assessment(setting: &Setting, ids: &Ids) -> Document {
    let say = |phrase| setting.phrases.text(phrase, "");
    let task = Task {
        id: "T1".to_owned(),
        title: say(Phrase::Task),
        instructions: None,
        assesses: ["WLD-01.1.1", "WLD-01.K1", "WLD-01.S1"]
            .iter()
            .map(|item| ids.item(item))
            .collect(),
        marking: Vec::new(),
    };
    let instrument = Instrument {
        id: "PR".to_owned(),
        title: say(Phrase::Examination),
        method: AssessmentMethod::PracticalTask,
        duration_minutes: Some(120),
        conditions: None,
        rules_of_evidence: None,
        tasks: vec![task],
    };
    Document::AssessmentTool(AssessmentTool {
        kind: AssessmentToolKind,
        format: FormatVersion::CURRENT,
        id: ids.assessment.clone(),
        title: say(Phrase::Assessment),
        language: "en".to_owned(),
        country: Some(setting.country.clone()),
        qualification: Some(ids.qualification.clone()),
        standards: vec![ids.standard.clone()],
        total_weight: None,
        pass_mark: None,
        status: Status::default(),
        rules_of_evidence: None,
        instruments: vec![instrument],
    })
}

fn programme(setting: &Setting, ids: &Ids) -> Document {
    let say = |phrase| setting.phrases.text(phrase, "");
    let module = Module {
        id: "M01".to_owned(),
        title: say(Phrase::Module),
        hours: 40,
        delivery_mode: None,
        units: vec![ids.item("WLD-01")],
    };
    Document::TrainingProgramme(TrainingProgramme {
        kind: TrainingProgrammeKind,
        format: FormatVersion::CURRENT,
        id: ids.programme.clone(),
        title: say(Phrase::Programme),
        language: "en".to_owned(),
        country: setting.country.clone(),
        provider: None,
        qualification: Some(ids.qualification.clone()),
        delivery_mode: DeliveryMode::FaceToFace,
        status: Status::default(),
        modules: vec![module],
    })
}
