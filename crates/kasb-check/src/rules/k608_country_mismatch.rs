//! K608 `country-mismatch`: a standard or qualification of one country placed on another
//! country's framework, or a qualification derived from another country's standard.

use kasb_diagnostics::{Data, Message, declare_rule};
use kasb_model::{Document, FieldPath};

use crate::context::Context;
use crate::rules::k603_invalid_country::is_country;

declare_rule! {
    /// A national framework belongs to one country: its levels are that country's, set by its law and referenced to the EQF by its own report. A Georgian qualification placed on `kg-nqf` claims a Kyrgyz level it was never given, and comparisons through the EQF then read the wrong referencing. A qualification is awarded in the country of the standards it is derived from, so a different country there is usually a typo too. The country is compared with the `country` of the framework (frameworks without one, such as the EQF, are not compared) and, for a qualification, of each standard in `derived_from`. A standard adopted from another country on purpose can keep its line with `# kasb: ignore[K608]`.
    ///
    /// Failing:
    /// ```yaml
    /// country: GE
    /// framework: kg-nqf      # country: KG
    /// ```
    /// Passing:
    /// ```yaml
    /// country: GE
    /// framework: ge-nqf      # country: GE
    /// ```
    pub static COUNTRY_MISMATCH = Rule {
        code: "K608",
        name: "country-mismatch",
        severity: Warning,
        summary: "A standard's or qualification's country differs from its framework's, or a qualification's from its standard's.",
    };
}

/// Compares the `country` of a standard or qualification (already known to be a country code)
/// with its framework's and, for a qualification, with each standard's it is derived from.
pub(crate) fn check(context: &mut Context<'_>, index: usize, document: &Document, country: &str) {
    let root = FieldPath::root();
    let (framework, derived_from): (&str, &[String]) = match document {
        Document::OccupationalStandard(standard) => (&standard.framework, &[]),
        Document::Qualification(qualification) => {
            (&qualification.framework, &qualification.derived_from)
        }
        _ => return,
    };
    let words = Words {
        what: "framework",
        help: "k608-help-framework",
    };
    compare(
        context,
        index,
        &root.key("country"),
        country,
        framework,
        &words,
    );
    let words = Words {
        what: "standard",
        help: "k608-help-standard",
    };
    for (i, standard) in derived_from.iter().enumerate() {
        let path = root.key("derived_from").index(i);
        compare(context, index, &path, country, standard, &words);
    }
}

/// How a mismatch with one kind of document is told.
struct Words {
    /// `framework` or `standard`.
    what: &'static str,
    help: &'static str,
}

/// Reports at `path` when the document `other` names has a valid country other than `country`.
fn compare(
    context: &mut Context<'_>,
    index: usize,
    path: &FieldPath,
    country: &str,
    other: &str,
    words: &Words,
) {
    let graph = context.graph;
    // An unresolved or wrong-kind reference is K202/K203's; a framework without a country
    // (the EQF) or with an invalid one (K603) has nothing to compare.
    let Some(node) = graph.node(other).filter(|node| node.kind.is_document()) else {
        return;
    };
    let Some(other_country) = graph.document_of(node).country() else {
        return;
    };
    if other_country == country || !is_country(other_country) {
        return;
    }
    let report = context.say(
        &COUNTRY_MISMATCH,
        index,
        path,
        Message::new("k608-message")
            .with("country", country)
            .with("other_country", other_country)
            .with("what", words.what)
            .with("other", other),
        Message::new(words.help),
    );
    report.data = Data::CountryMismatch {
        country: country.to_owned(),
        other: other.to_owned(),
        other_country: other_country.to_owned(),
    };
    context.relate(
        node.document,
        &FieldPath::root().key("country"),
        Message::new("k608-related")
            .with("what", words.what)
            .with("other", other),
    );
}
