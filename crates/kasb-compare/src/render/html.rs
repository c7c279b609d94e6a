//! One self-contained HTML file: no scripts, no fonts, no network; charts are inline SVG. It
//! prints on A4 (a print stylesheet: each section on a new page, table heads repeated, no row
//! cut across pages).

use std::fmt::Write;

use kasb_diagnostics::Notation;
use kasb_diagnostics::escape::html as esc;

use kasb_i18n::Lang;

use super::words::{self, Words};
use super::{
    comparison_headline, difference_titles, document_name, document_names, evidence_kinds, guard,
    local, matrix_headline, methods, relation_words, side_names, untranslated,
};
use crate::{
    Comparison, Coverage, ItemKind, ItemRef, Match, MatchStatus, Matrix, OptionsUsed, PairSummary,
    Side, Texts, Unmatched,
};

const STYLE: &str = "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;\
margin:2rem auto;max-width:70rem;padding:0 1rem;color:#1a1a1a;line-height:1.45}\
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.25rem;margin-top:2rem;border-bottom:1px solid #ddd}\
.subtitle{margin-top:0;color:#444}\
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #ddd;\
padding:.35rem .5rem;text-align:left;vertical-align:top;font-size:.92rem}th{background:#f3f5f8}\
code{font-size:.88em;background:#f3f5f8;padding:0 .2em}.muted{color:#666}.partial{color:#a15c00}\
.note{background:#fff8e1;border-left:4px solid #f0b400;padding:.5rem .8rem}\
ul.evidence{margin:0;padding-left:1.1rem}figure{margin:1rem 0}figcaption{color:#555;font-size:.9rem}\
svg{max-width:100%;height:auto}\
.legend dl{margin:.5rem 0}.legend dt{font-weight:600;margin-top:.6rem}.legend dd{margin:0 0 0 1.2rem}\
.legend dd ul{margin:.3rem 0;padding-left:1.1rem}\
@page{size:A4;margin:14mm}\
@media print{body{margin:0;max-width:none;padding:0;font-size:9.5pt;color:#000}\
section{break-before:page}section.legend{break-before:auto}\
h1,h2,h3{break-after:avoid}thead{display:table-header-group}\
tr,li,figure,dt,dd,.note{break-inside:avoid}\
th,td{font-size:8.5pt;padding:.2rem .35rem}\
th,code,.note{-webkit-print-color-adjust:exact;print-color-adjust:exact}}";

/// The page around a body, titled `title` (plain text).
fn page(w: Words, title: &str, body: &str) -> String {
    let page = format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n{body}\
<p class=\"muted\">{}</p>\n</body>\n</html>\n",
        w.lang().tag(),
        esc(title),
        esc(&w.t(words::FOOTER))
    );
    guard(&page, Notation::Entity)
}

/// The head of a table: a row of titles (plain text).
fn table_head<S: AsRef<str>>(titles: &[S]) -> String {
    let cells: String = titles
        .iter()
        .map(|title| format!("<th>{}</th>", esc(title.as_ref())))
        .collect();
    format!("<table><thead><tr>{cells}</tr></thead><tbody>\n")
}

/// The end of a table opened by [`table_head`].
const TABLE_END: &str = "</tbody></table>\n";

/// The legend: each kind of evidence and each mark, in plain words.
fn legend(body: &mut String, w: Words, options: &OptionsUsed) {
    let _ = write!(
        body,
        "<section class=\"legend\"><h2>{}</h2><dl>",
        esc(&w.t(words::LEGEND))
    );
    for entry in w.legend(options) {
        let details: String = entry
            .details
            .iter()
            .map(|(term, meaning)| format!("<li><b>{}</b>: {}</li>", esc(term), esc(meaning)))
            .collect();
        let details = if details.is_empty() {
            details
        } else {
            format!("<ul>{details}</ul>")
        };
        let _ = write!(
            body,
            "<dt>{}</dt><dd>{}{details}</dd>",
            esc(&entry.term),
            esc(&entry.meaning)
        );
    }
    body.push_str("</dl></section>\n");
}

/// A colour from white (0) to dark blue (1).
fn shade(value: f64) -> String {
    let value = value.clamp(0.0, 1.0);
    let (from, to) = ((247.0, 251.0, 255.0), (8.0, 48.0, 107.0));
    let mix = |a: f64, b: f64| (a + (b - a) * value).round() as u8;
    format!(
        "#{:02x}{:02x}{:02x}",
        mix(from.0, to.0),
        mix(from.1, to.1),
        mix(from.2, to.2)
    )
}

/// Horizontal bars of the four coverage figures of a pair.
fn coverage_bars(w: Words, coverage: &Coverage, left: &str, right: &str) -> String {
    let rows = [
        (w.bar_label(left, ItemKind::Unit), coverage.left_units),
        (w.bar_label(right, ItemKind::Unit), coverage.right_units),
        (
            w.bar_label(left, ItemKind::Criterion),
            coverage.left_criteria,
        ),
        (
            w.bar_label(right, ItemKind::Criterion),
            coverage.right_criteria,
        ),
    ];
    let (label_width, bar_width, row_height) = (260.0, 360.0, 26.0);
    let height = row_height * rows.len() as f64 + 8.0;
    let mut svg = format!(
        "<svg class=\"bars\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{}\" height=\"{height}\" viewBox=\"0 0 {} {height}\">\
<title>{}</title>",
        label_width + bar_width + 60.0,
        label_width + bar_width + 60.0,
        esc(&w.bars_title(left, right))
    );
    for (i, (label, value)) in rows.iter().enumerate() {
        let y = 4.0 + i as f64 * row_height;
        let _ = write!(
            svg,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\" font-size=\"13\">{}</text>\
<rect x=\"{label_width}\" y=\"{}\" width=\"{bar_width}\" height=\"16\" fill=\"#e8edf3\"/>\
<rect x=\"{label_width}\" y=\"{}\" width=\"{:.1}\" height=\"16\" fill=\"{}\"/>\
<text x=\"{}\" y=\"{}\" font-size=\"13\">{}</text>",
            label_width - 8.0,
            y + 13.0,
            esc(label),
            y + 1.0,
            y + 1.0,
            bar_width * value,
            if i < 2 { "#2c6fbb" } else { "#6aa5e0" },
            label_width + bar_width + 6.0,
            y + 13.0,
            w.percent(*value)
        );
    }
    svg.push_str("</svg>");
    svg
}

/// A comparison as one self-contained HTML page, in `lang`.
pub fn html(c: &Comparison, lang: Lang) -> String {
    let w = Words::new(lang);
    let mut body = String::new();
    html_header(&mut body, w, c);
    legend(&mut body, w, &c.options);
    let names = side_names(w, c);
    let _ = writeln!(
        body,
        "<section><h2>{}</h2><figure>{}<figcaption>{}</figcaption></figure>",
        esc(&w.t(words::COVERAGE)),
        coverage_bars(w, &c.coverage, &names[0], &names[1]),
        esc(&w.t(words::COVERAGE_CAPTION))
    );
    html_differences(&mut body, w, c, &names);
    body.push_str("</section>\n");
    html_unit_matches(&mut body, w, c, &names);
    html_criterion_matches(&mut body, w, c, &names);
    for (side, name) in Side::BOTH.into_iter().zip(&names) {
        html_unmatched(&mut body, w, c.unmatched(side), name);
    }
    page(w, &comparison_headline(w, c), &body)
}

/// The headline, the table of the two documents, what they share and the notes.
fn html_header(body: &mut String, w: Words, c: &Comparison) {
    let [left, right] = document_names(c, str::to_owned);
    let names = side_names(w, c);
    let _ = writeln!(
        body,
        "<h1>{}</h1><p class=\"subtitle\">{}</p>",
        esc(&comparison_headline(w, c)),
        esc(&w.documents_line(&left, &right))
    );
    let _ = writeln!(
        body,
        "<table><tr><th></th><th>{}</th><th>{}</th></tr>\
<tr><th>{}</th><td><code>{}</code> ({})</td><td><code>{}</code> ({})</td></tr>\
<tr><th>{}</th><td>{}</td><td>{}</td></tr>\
<tr><th>{}</th><td>{}</td><td>{}</td></tr><tr><th>{}</th><td>{}</td><td>{}</td></tr></table>",
        esc(&names[0]),
        esc(&names[1]),
        esc(&w.t(words::DOCUMENT)),
        esc(&c.left.id),
        esc(&w.document_kind(&c.left.kind)),
        esc(&c.right.id),
        esc(&w.document_kind(&c.right.kind)),
        esc(&w.t(words::TITLE)),
        own_html(w, &c.left.titles),
        own_html(w, &c.right.titles),
        esc(&w.kind(ItemKind::Unit, true)),
        c.left.units,
        c.right.units,
        esc(&w.t(words::PERFORMANCE_CRITERIA)),
        c.left.criteria,
        c.right.criteria
    );
    for reference in &c.shared_references {
        let sentence = w.shared_reference(&reference.detail);
        let _ = writeln!(body, "<p>{}</p>", esc(&sentence));
    }
    let languages = if c.shared_languages.is_empty() {
        w.t(words::NO_SHARED_LANGUAGE)
    } else {
        c.shared_languages.join(", ")
    };
    let sentence = w.texts_compared_in(&languages);
    let _ = writeln!(body, "<p>{}</p>", esc(&sentence));
    if let Some(untranslated) = untranslated(w, c) {
        let _ = writeln!(body, "<p>{}</p>", esc(&untranslated));
    }
    for note in &c.notes {
        let note = w.document_note(note);
        let _ = writeln!(body, "<p class=\"note\">{}</p>", esc(&note));
    }
}

/// The table of matched units: evidence, level and how each is assessed.
fn html_unit_matches(body: &mut String, w: Words, c: &Comparison, names: &[String; 2]) {
    let _ = write!(body, "<section><h2>{}</h2>", esc(&w.t(words::UNITS)));
    body.push_str(&table_head(&[
        names[0].clone(),
        names[1].clone(),
        w.t(words::SCORE),
        w.t(words::RELATION),
        w.t(words::LEVEL),
        w.t(words::EVIDENCE),
        w.t(words::ASSESSED_BY),
    ]));
    for m in c.unit_matches() {
        let evidence: String = m
            .evidence
            .iter()
            .map(|e| format!("<li>{}</li>", esc(&w.detail(&e.detail))))
            .collect();
        let assessment = m.assessment.as_ref().map_or(String::new(), |a| {
            format!("{} | {}", methods(w, &a.left), methods(w, &a.right))
        });
        let _ = writeln!(
            body,
            "{}<td>{}</td><td><ul class=\"evidence\">{evidence}</ul></td><td>{}</td></tr>",
            pair_cells(w, m),
            esc(&w.eqf(&m.level)),
            esc(&assessment)
        );
    }
    body.push_str(TABLE_END);
    body.push_str("</section>\n");
}

/// A table row's opening cells for a matched pair: each item's id and title, the score and the
/// relation (marked when partial).
fn pair_cells(w: Words, m: &Match) -> String {
    let partial = if m.status == MatchStatus::Partial {
        " class=\"partial\""
    } else {
        ""
    };
    format!(
        "<tr><td><code>{}</code> {}</td><td><code>{}</code> {}</td><td>{}</td><td{partial}>{}</td>",
        esc(local(&m.left)),
        own_html(w, &m.left_texts),
        esc(local(&m.right)),
        own_html(w, &m.right_texts),
        w.score(m.score),
        esc(&relation_words(w, m))
    )
}

/// The table of matched units assessed practically on one side and only in writing on the
/// other.
fn html_differences(body: &mut String, w: Words, c: &Comparison, names: &[String; 2]) {
    if c.assessment_differences.is_empty() {
        return;
    }
    let _ = write!(
        body,
        "<h3>{}</h3><p>{}</p>",
        esc(&w.t(words::ASSESSED_DIFFERENTLY)),
        esc(&w.t(words::ASSESSED_DIFFERENTLY_TEXT))
    );
    body.push_str(&table_head(&names[..]));
    for d in &c.assessment_differences {
        let [left_title, right_title] = difference_titles(c, d);
        let _ = writeln!(
            body,
            "<tr><td><code>{}</code> {}: {}</td><td><code>{}</code> {}: {}</td></tr>",
            esc(local(&d.left)),
            own_html(w, left_title),
            esc(&methods(w, &d.left_methods)),
            esc(local(&d.right)),
            own_html(w, right_title),
            esc(&methods(w, &d.right_methods))
        );
    }
    body.push_str(TABLE_END);
}

/// The items of one side without a match, with the closest item and why.
fn html_unmatched(body: &mut String, w: Words, items: &[Unmatched], name: &str) {
    let _ = writeln!(
        body,
        "<section><h2>{}</h2><ul>",
        esc(&w.only_in(name, items.len()))
    );
    for item in items {
        let closest = item.closest.as_ref().map_or(String::new(), |closest| {
            let closest = w.closest(local(&closest.id), closest.score);
            format!(" <span class=\"muted\">({})</span>", esc(&closest))
        });
        let note = if item.why.is_empty() {
            String::new()
        } else {
            format!(
                " <span class=\"muted\">— {}</span>",
                esc(&w.notes(&item.why))
            )
        };
        let _ = writeln!(
            body,
            "<li><code>{}</code> {}{closest}{note}</li>",
            esc(local(&item.id)),
            own_html(w, &item.texts)
        );
    }
    body.push_str("</ul></section>\n");
}

/// The matched criteria with their statements and the kinds of evidence.
fn html_criterion_matches(body: &mut String, w: Words, c: &Comparison, names: &[String; 2]) {
    let _ = write!(
        body,
        "<section><h2>{} ({})</h2>",
        esc(&w.t(words::CRITERIA)),
        c.criterion_matches().count()
    );
    body.push_str(&table_head(&[
        names[0].clone(),
        names[1].clone(),
        w.t(words::SCORE),
        w.t(words::RELATION),
        w.t(words::EVIDENCE),
    ]));
    for m in c.criterion_matches() {
        let _ = writeln!(
            body,
            "{}<td>{}</td></tr>",
            pair_cells(w, m),
            esc(&evidence_kinds(w, m))
        );
    }
    body.push_str(TABLE_END);
    body.push_str("</section>\n");
}

/// The heatmap of a matrix's unit coverage.
fn heatmap(w: Words, m: &Matrix) -> String {
    let n = m.documents.len() as f64;
    let (label, top, cell) = (190.0, 36.0, 72.0);
    let (width, height) = (label + cell * n + 10.0, top + cell * n + 10.0);
    let mut svg = format!(
        "<svg id=\"heatmap\" class=\"heatmap\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\" \
width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\">\
<title>{}</title>",
        esc(&w.t(words::HEATMAP_TITLE))
    );
    for (j, d) in m.documents.iter().enumerate() {
        let x = label + cell * j as f64 + cell / 2.0;
        let _ = write!(
            svg,
            "<text x=\"{x}\" y=\"{}\" text-anchor=\"middle\" font-size=\"13\" font-weight=\"bold\">{}</text>",
            top - 12.0,
            esc(d.country.as_deref().unwrap_or(&d.id))
        );
    }
    for (i, d) in m.documents.iter().enumerate() {
        let y = top + cell * i as f64;
        let _ = write!(
            svg,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\" font-size=\"13\" font-weight=\"bold\">{}</text>",
            label - 10.0,
            y + cell / 2.0 + 5.0,
            esc(&format!("{} {}", d.country.as_deref().unwrap_or(""), d.id))
        );
        for (j, value) in m.units[i].iter().enumerate() {
            let x = label + cell * j as f64;
            let _ = write!(
                svg,
                "<rect class=\"cell\" x=\"{x}\" y=\"{y}\" width=\"{cell}\" height=\"{cell}\" fill=\"{}\" stroke=\"#fff\">\
<title>{}</title></rect>\
<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" font-size=\"15\" fill=\"{}\">{}</text>",
                shade(*value),
                esc(&w.heat_cell(&d.id, &m.documents[j].id, &w.percent(*value))),
                x + cell / 2.0,
                y + cell / 2.0 + 5.0,
                if *value > 0.5 { "#fff" } else { "#111" },
                w.percent(*value)
            );
        }
    }
    svg.push_str("</svg>");
    svg
}

/// A matrix as one self-contained HTML page: a heatmap, coverage bars per pair, the common core
/// and what is unique to each document.
pub fn matrix_html(m: &Matrix, lang: Lang) -> String {
    let w = Words::new(lang);
    let mut body = String::new();
    let headline = matrix_headline(w, m);
    let _ = writeln!(
        body,
        "<h1>{}</h1><p class=\"subtitle\">{}</p>",
        esc(&headline),
        esc(&w.t(words::MATRIX_INTRO))
    );
    body.push_str(&table_head(&[
        w.t(words::DOCUMENT),
        w.t(words::COUNTRY),
        w.t(words::TITLE),
        w.kind(ItemKind::Unit, true),
        w.kind(ItemKind::Criterion, true),
    ]));
    let all: Vec<_> = m.documents.iter().collect();
    for d in &m.documents {
        let _ = writeln!(
            body,
            "<tr><td><code>{}</code></td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            esc(&d.id),
            esc(&w.place(d, &all)),
            own_html(w, &d.titles),
            d.units,
            d.criteria
        );
    }
    body.push_str(TABLE_END);
    let _ = writeln!(
        body,
        "<section><h2>{}</h2><figure>{}<figcaption>{}</figcaption></figure></section>",
        esc(&w.t(words::HEATMAP_HEADING)),
        heatmap(w, m),
        esc(&w.t(words::HEATMAP_CAPTION))
    );
    let _ = writeln!(body, "<section><h2>{}</h2>", esc(&w.t(words::PAIRS)));
    for pair in &m.pairs {
        matrix_pair(&mut body, w, m, pair);
    }
    body.push_str("</section>\n");
    matrix_common_core(&mut body, w, m);
    let _ = writeln!(body, "<section><h2>{}</h2>", esc(&w.t(words::UNIQUE)));
    for unique in &m.unique {
        let count = w.unique_count(&unique.document, unique.units.len());
        let _ = writeln!(body, "<h3>{}</h3><ul>", esc(&count));
        for unit in &unique.units {
            let _ = writeln!(body, "<li>{}</li>", item_html(w, unit));
        }
        body.push_str("</ul>\n");
    }
    body.push_str("</section>\n");
    page(w, &headline, &body)
}

/// A unit named in a matrix: its id within its document, and its title.
fn item_html(w: Words, item: &ItemRef) -> String {
    format!(
        "<code>{}</code> {}",
        esc(local(&item.id)),
        own_html(w, &item.texts)
    )
}

/// A document's own text in the report's language, else in the document's language, marked
/// with its tag as `kasb report` marks it.
fn own_html(w: Words, texts: &Texts) -> String {
    match texts.pick(w.lang().tag()) {
        (text, None) => esc(text),
        (text, Some(language)) => {
            let language = esc(language);
            format!(
                "<span lang=\"{language}\">{}</span> <span class=\"lang\">[{language}]</span>",
                esc(text)
            )
        }
    }
}

/// One pair of a matrix: its coverage bars and figures.
fn matrix_pair(body: &mut String, w: Words, m: &Matrix, pair: &PairSummary) {
    let name = |id: &str| {
        m.documents
            .iter()
            .find(|d| d.id == id)
            .and_then(|d| d.country.clone())
            .unwrap_or_else(|| id.to_owned())
    };
    let level_deltas = if pair.level_deltas.is_empty() {
        w.t(words::NOT_COMPARABLE)
    } else {
        pair.level_deltas
            .iter()
            .map(|d| format!("{d:+}"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let _ = writeln!(
        body,
        "<h3>{}</h3><figure>{}<figcaption>{}</figcaption></figure>",
        esc(&w.pair(&pair.left, &pair.right)),
        coverage_bars(w, &pair.coverage, &name(&pair.left), &name(&pair.right)),
        esc(&w.pair_caption(
            pair.unit_matches,
            pair.criterion_matches,
            &level_deltas,
            pair.assessment_differences
        ))
    );
}

/// The common core: a column per document, a row per unit of the first matched in all.
fn matrix_common_core(body: &mut String, w: Words, m: &Matrix) {
    let _ = writeln!(
        body,
        "<section><h2>{}</h2><p>{}</p>",
        esc(&w.t(words::COMMON_CORE)),
        esc(&w.common_core_intro(&m.documents[0].id))
    );
    let titles: Vec<String> = m.documents.iter().map(document_name).collect();
    body.push_str(&table_head(&titles));
    for row in &m.common_core {
        body.push_str("<tr>");
        for unit in &row.units {
            let _ = write!(body, "<td>{}</td>", item_html(w, unit));
        }
        body.push_str("</tr>\n");
    }
    body.push_str(TABLE_END);
    body.push_str("</section>\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup() {
        assert_eq!(
            esc("<a href=\"x\">&'"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;"
        );
        assert_eq!(
            esc("t\u{1b}]0;x\u{7}\n::error::y ##[z]"),
            "t\\u{1b}]0;x\\u{7}\\n::error::y #&#35;[z]"
        );
    }

    #[test]
    fn shades_run_from_white_to_blue() {
        assert_eq!(shade(0.0), "#f7fbff");
        assert_eq!(shade(1.0), "#08306b");
    }
}
