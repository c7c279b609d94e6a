//! K607 `look-alike-in-code`: a code written with a letter of another script that looks Latin.

use kasb_diagnostics::{Data, Message, declare_rule};
use kasb_model::id::check_code_script;
use kasb_model::{Document, FieldPath, NationalCode};

use crate::context::Context;

declare_rule! {
    /// Codes (an ISCO-08 code, a country, a code in a national classification such as OKZ or OKSO) are compared character by character, so a Cyrillic or Greek letter that looks like a Latin letter or a digit makes a different code that no reader can tell apart: `72І2` with a Cyrillic `І` is not `7212`, and `КG` with a Cyrillic `К` is not `KG`. It is the most likely typo on a keyboard that switches between Cyrillic and Latin. The message names the letter, its script and its place, and the help gives the code in Latin letters and digits.
    ///
    /// Failing:
    /// ```yaml
    /// isco: "72І2"
    /// ```
    /// Passing:
    /// ```yaml
    /// isco: "7212"
    /// ```
    pub static LOOK_ALIKE_IN_CODE = Rule {
        code: "K607",
        name: "look-alike-in-code",
        severity: Error,
        summary: "A code holds a letter of another script that looks like a Latin letter or digit.",
    };
}

/// Reports `code`, written at `path` of document `index`, when it holds a look-alike: at the
/// letter, naming it. True when it did, so the rules of the code's scheme stay silent about
/// the same mistake.
pub(crate) fn check(context: &mut Context<'_>, index: usize, path: &FieldPath, code: &str) -> bool {
    let Err(error) = check_code_script(code) else {
        return false;
    };
    let workspace = context.graph.workspace();
    let location = workspace.locate_char(
        workspace.documents[index].file,
        path,
        code,
        error.position - 1,
    );
    let help = match &error.suggestion {
        Some(latin) => Message::new("k607-did-you-mean").with("code", latin),
        None => Message::new("k607-help"),
    };
    let message = Message::new("k607-message")
        .with("code", code)
        .with("problem", kasb_load::rules::id_problem(&error.reason))
        .with("position", error.position);
    let report = context.say(&LOOK_ALIKE_IN_CODE, index, path, message, help);
    report.location = location;
    report.data = Data::LookAlike {
        written: code.to_owned(),
        position: error.position,
        suggestion: error.suggestion,
    };
    true
}

/// Checks the codes of national classifications a standard gives (its occupation's and its
/// generalised functions'), which no other rule reads.
pub(crate) fn check_national_codes(context: &mut Context<'_>, index: usize, document: &Document) {
    let Document::OccupationalStandard(standard) = document else {
        return;
    };
    let root = FieldPath::root();
    let mut each = |path: FieldPath, codes: &[NationalCode]| {
        for (i, national) in codes.iter().enumerate() {
            check(context, index, &path.index(i).key("code"), &national.code);
        }
    };
    each(
        root.key("occupation").key("national_codes"),
        &standard.occupation.national_codes,
    );
    for (i, function) in standard.functions.iter().enumerate() {
        let path = root.key("functions").index(i).key("national_codes");
        each(path, &function.national_codes);
    }
}
