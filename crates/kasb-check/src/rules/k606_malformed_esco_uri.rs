//! K606 `malformed-esco-uri`: a malformed ESCO URI.

use crate::codes::{ESCO_SCHEME, code_data};
use crate::context::Context;
use kasb_diagnostics::{Message, declare_rule};
use kasb_model::FieldPath;

declare_rule! {
    /// ESCO concepts are `http://data.europa.eu/esco/occupation/<uuid>` or `http://data.europa.eu/esco/skill/<uuid>`.
    ///
    /// Failing:
    /// ```yaml
    /// esco: [esco.ec.europa.eu/occupation/welder]
    /// ```
    /// Passing:
    /// ```yaml
    /// esco: [http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b]
    /// ```
    pub static MALFORMED_ESCO_URI = Rule {
        code: "K606",
        name: "malformed-esco-uri",
        severity: Error,
        summary: "An ESCO link is not an ESCO concept URI.",
    };
}

pub(crate) fn check(context: &mut Context<'_>, index: usize, path: &FieldPath, uris: &[String]) {
    for (i, uri) in uris.iter().enumerate() {
        if !is_esco_uri(uri) {
            context
                .say(
                    &MALFORMED_ESCO_URI,
                    index,
                    &path.index(i),
                    Message::new("k606-message").with("uri", uri.as_str()),
                    Message::new("k606-help"),
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
