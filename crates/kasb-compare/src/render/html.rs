//! One self-contained HTML file: no scripts, no fonts, no network; charts are inline SVG.

use std::fmt::Write;

use kasb_diagnostics::{Notation, visible_in};

use super::{
    document_name, document_names, guard, level_words, local, methods, percent, relation_words,
};
use crate::{
    Comparison, Coverage, ItemRef, Match, MatchStatus, Matrix, PairSummary, Side, Unmatched,
};

const STYLE: &str = "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;\
margin:2rem auto;max-width:70rem;padding:0 1rem;color:#1a1a1a;line-height:1.45}\
h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2rem;border-bottom:1px solid #ddd}\
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #ddd;\
padding:.35rem .5rem;text-align:left;vertical-align:top;font-size:.92rem}th{background:#f3f5f8}\
code{font-size:.88em;background:#f3f5f8;padding:0 .2em}.muted{color:#666}.partial{color:#a15c00}\
.note{background:#fff8e1;border-left:4px solid #f0b400;padding:.5rem .8rem}\
ul.evidence{margin:0;padding-left:1.1rem}figure{margin:1rem 0}figcaption{color:#555;font-size:.9rem}";

/// Escapes text for HTML: markup as character references, control characters shown as `\n` or
/// `\u{1b}`, `##[` as `#&#35;[` (the same text on the page).
fn esc(text: &str) -> String {
    visible_in(&markup(text), Notation::Entity).into_owned()
}

/// Escapes HTML's own syntax.
fn markup(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn page(title: &str, body: &str) -> String {
    let page = format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n{body}\
<p class=\"muted\">Made by kasb compare. Matches are suggestions with their evidence: a crosswalk \
made by experts, a shared ESCO or ISCO reference, or similar wording (TF-IDF cosine, 0 to 1).</p>\n\
</body>\n</html>\n",
        esc(title)
    );
    guard(&page, Notation::Entity)
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
fn coverage_bars(coverage: &Coverage, left: &str, right: &str) -> String {
    let rows = [
        (format!("{left}: units"), coverage.left_units),
        (format!("{right}: units"), coverage.right_units),
        (format!("{left}: criteria"), coverage.left_criteria),
        (format!("{right}: criteria"), coverage.right_criteria),
    ];
    let (label_width, bar_width, row_height) = (260.0, 360.0, 26.0);
    let height = row_height * rows.len() as f64 + 8.0;
    let mut svg = format!(
        "<svg class=\"bars\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{}\" height=\"{height}\" viewBox=\"0 0 {} {height}\">\
<title>Coverage of {} and {}</title>",
        label_width + bar_width + 60.0,
        label_width + bar_width + 60.0,
        esc(left),
        esc(right)
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
            percent(*value)
        );
    }
    svg.push_str("</svg>");
    svg
}

/// A comparison as one self-contained HTML page.
pub fn html(c: &Comparison) -> String {
    let mut body = String::new();
    html_header(&mut body, c);
    // Tables and charts name each side by its country, when known.
    let names = Side::BOTH.map(|side| {
        let document = c.document(side);
        document
            .country
            .clone()
            .unwrap_or_else(|| document.id.clone())
    });
    let _ = writeln!(
        body,
        "<h2>Coverage</h2><figure>{}<figcaption>Share of each side's units and performance criteria \
that have a match on the other side (fully or partially).</figcaption></figure>",
        coverage_bars(&c.coverage, &names[0], &names[1])
    );
    html_unit_matches(&mut body, c, &names);
    html_differences(&mut body, c, &names);
    for (side, name) in Side::BOTH.into_iter().zip(&names) {
        html_unmatched(&mut body, c.unmatched(side), name);
    }
    html_criterion_matches(&mut body, c, &names);
    let [left, right] = document_names(c, str::to_owned);
    page(&format!("{left} compared with {right}"), &body)
}

/// The heading, the table of the two documents, what they share and the notes.
fn html_header(body: &mut String, c: &Comparison) {
    let [left, right] = document_names(c, esc);
    let _ = writeln!(body, "<h1>{left} compared with {right}</h1>");
    let _ = writeln!(
        body,
        "<table><tr><th></th><th>left</th><th>right</th></tr>\
<tr><th>document</th><td><code>{}</code> ({})</td><td><code>{}</code> ({})</td></tr>\
<tr><th>title</th><td>{}</td><td>{}</td></tr>\
<tr><th>units</th><td>{}</td><td>{}</td></tr><tr><th>performance criteria</th><td>{}</td><td>{}</td></tr></table>",
        esc(&c.left.id),
        esc(&c.left.kind.replace('_', " ")),
        esc(&c.right.id),
        esc(&c.right.kind.replace('_', " ")),
        esc(&c.left.title),
        esc(&c.right.title),
        c.left.units,
        c.right.units,
        c.left.criteria,
        c.right.criteria
    );
    for reference in &c.shared_references {
        let _ = writeln!(body, "<p>Shared reference: {}.</p>", esc(&reference.detail));
    }
    let _ = writeln!(
        body,
        "<p>Texts compared in: {}.</p>",
        if c.shared_languages.is_empty() {
            "no shared language".to_owned()
        } else {
            esc(&c.shared_languages.join(", "))
        }
    );
    for note in &c.notes {
        let _ = writeln!(body, "<p class=\"note\">{}</p>", esc(note));
    }
}

/// The table of matched units: evidence, level and how each is assessed.
fn html_unit_matches(body: &mut String, c: &Comparison, names: &[String; 2]) {
    let _ = writeln!(
        body,
        "<h2>Matched units</h2><table><tr><th>{}</th><th>{}</th><th>score</th><th>relation</th>\
<th>level</th><th>why</th><th>assessed by</th></tr>",
        esc(&names[0]),
        esc(&names[1])
    );
    for m in c.unit_matches() {
        let evidence: String = m
            .evidence
            .iter()
            .map(|e| format!("<li>{}</li>", esc(&e.detail)))
            .collect();
        let assessment = m.assessment.as_ref().map_or(String::new(), |a| {
            format!("{} | {}", methods(&a.left), methods(&a.right))
        });
        let partial = if m.status == MatchStatus::Partial {
            " class=\"partial\""
        } else {
            ""
        };
        let _ = writeln!(
            body,
            "{}<td{partial}>{}</td><td>{}</td><td><ul class=\"evidence\">{evidence}</ul></td><td>{}</td></tr>",
            pair_cells(m),
            esc(&relation_words(m)),
            esc(&level_words(&m.level)),
            esc(&assessment)
        );
    }
    body.push_str("</table>\n");
}

/// A table row's opening cells for a matched pair: each item's id and title, and the score.
fn pair_cells(m: &Match) -> String {
    format!(
        "<tr><td><code>{}</code> {}</td><td><code>{}</code> {}</td><td>{:.2}</td>",
        esc(local(&m.left)),
        esc(&m.left_title),
        esc(local(&m.right)),
        esc(&m.right_title),
        m.score
    )
}

/// The table of matched units assessed practically on one side and only in writing on the
/// other.
fn html_differences(body: &mut String, c: &Comparison, names: &[String; 2]) {
    if c.assessment_differences.is_empty() {
        return;
    }
    let _ = writeln!(
        body,
        "<h2>Assessed differently</h2><p>Matched units assessed by a practical task on one side \
and only by written tests on the other.</p><table><tr><th>{}</th><th>{}</th></tr>",
        esc(&names[0]),
        esc(&names[1])
    );
    for d in &c.assessment_differences {
        let _ = writeln!(
            body,
            "<tr><td><code>{}</code> {}</td><td><code>{}</code> {}</td></tr>",
            esc(local(&d.left)),
            esc(&methods(&d.left_methods)),
            esc(local(&d.right)),
            esc(&methods(&d.right_methods))
        );
    }
    body.push_str("</table>\n");
}

/// The items of one side without a match, with the closest item and why.
fn html_unmatched(body: &mut String, items: &[Unmatched], name: &str) {
    let _ = writeln!(
        body,
        "<h2>Only in {} ({} items)</h2><ul>",
        esc(name),
        items.len()
    );
    for item in items {
        let closest = item.closest.as_ref().map_or(String::new(), |closest| {
            format!(
                " <span class=\"muted\">(closest: {} {:.2})</span>",
                esc(local(&closest.id)),
                closest.score
            )
        });
        let note = item.note.as_ref().map_or(String::new(), |note| {
            format!(" <span class=\"muted\">— {}</span>", esc(note))
        });
        let _ = writeln!(
            body,
            "<li><code>{}</code> {}{closest}{note}</li>",
            esc(local(&item.id)),
            esc(&item.title)
        );
    }
    body.push_str("</ul>\n");
}

/// The matched criteria, folded away.
fn html_criterion_matches(body: &mut String, c: &Comparison, names: &[String; 2]) {
    let _ = writeln!(
        body,
        "<h2>Matched performance criteria ({})</h2><details><summary>Show all</summary><table>\
<tr><th>{}</th><th>{}</th><th>score</th><th>relation</th></tr>",
        c.criterion_matches().count(),
        esc(&names[0]),
        esc(&names[1])
    );
    for m in c.criterion_matches() {
        let _ = writeln!(
            body,
            "{}<td>{}</td></tr>",
            pair_cells(m),
            esc(&relation_words(m))
        );
    }
    body.push_str("</table></details>\n");
}

/// The heatmap of a matrix's unit coverage.
fn heatmap(m: &Matrix) -> String {
    let n = m.documents.len() as f64;
    let (label, top, cell) = (190.0, 36.0, 72.0);
    let (width, height) = (label + cell * n + 10.0, top + cell * n + 10.0);
    let mut svg = format!(
        "<svg id=\"heatmap\" class=\"heatmap\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\" \
width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\">\
<title>Unit coverage: share of the row's units matched in the column's document</title>"
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
<title>{} units covered by {}: {}</title></rect>\
<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" font-size=\"15\" fill=\"{}\">{}</text>",
                shade(*value),
                esc(&d.id),
                esc(&m.documents[j].id),
                percent(*value),
                x + cell / 2.0,
                y + cell / 2.0 + 5.0,
                if *value > 0.5 { "#fff" } else { "#111" },
                percent(*value)
            );
        }
    }
    svg.push_str("</svg>");
    svg
}

/// A matrix as one self-contained HTML page: a heatmap, coverage bars per pair, the common core
/// and what is unique to each document.
pub fn matrix_html(m: &Matrix) -> String {
    let mut body = String::new();
    let _ = writeln!(
        body,
        "<h1>Comparison of {} documents</h1><table><tr><th>document</th><th>country</th><th>title</th>\
<th>units</th><th>criteria</th></tr>",
        m.documents.len()
    );
    for d in &m.documents {
        let _ = writeln!(
            body,
            "<tr><td><code>{}</code></td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            esc(&d.id),
            esc(d.country.as_deref().unwrap_or("–")),
            esc(&d.title),
            d.units,
            d.criteria
        );
    }
    body.push_str("</table>\n");
    let _ = writeln!(
        body,
        "<h2>How much of each standard is found in the others</h2><figure>{}<figcaption>Each row is \
a document; each cell is the share of its units that have a match in the column's document. \
Darker is more.</figcaption></figure>",
        heatmap(m)
    );
    body.push_str("<h2>Pairs</h2>\n");
    for pair in &m.pairs {
        matrix_pair(&mut body, m, pair);
    }
    matrix_common_core(&mut body, m);
    body.push_str("</table>\n<h2>Unique to one document</h2>\n");
    for unique in &m.unique {
        let _ = writeln!(
            body,
            "<h3><code>{}</code>: {} units</h3><ul>",
            esc(&unique.document),
            unique.units.len()
        );
        for unit in &unique.units {
            let _ = writeln!(body, "<li>{}</li>", item_html(unit));
        }
        body.push_str("</ul>\n");
    }
    page(
        &format!("Comparison of {} documents", m.documents.len()),
        &body,
    )
}

/// A unit named in a matrix: its id within its document, and its title.
fn item_html(item: &ItemRef) -> String {
    format!("<code>{}</code> {}", esc(local(&item.id)), esc(&item.title))
}

/// One pair of a matrix: its coverage bars and figures.
fn matrix_pair(body: &mut String, m: &Matrix, pair: &PairSummary) {
    let name = |id: &str| {
        m.documents
            .iter()
            .find(|d| d.id == id)
            .and_then(|d| d.country.clone())
            .unwrap_or_else(|| id.to_owned())
    };
    let level_deltas = if pair.level_deltas.is_empty() {
        "not comparable".to_owned()
    } else {
        pair.level_deltas
            .iter()
            .map(|d| format!("{d:+}"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let _ = writeln!(
        body,
        "<h3>{} and {}</h3><figure>{}<figcaption>{} unit pairs and {} criterion pairs matched; \
EQF differences of matched units: {level_deltas}; {} matched units assessed practically on one side and only \
in writing on the other.</figcaption></figure>",
        esc(&pair.left),
        esc(&pair.right),
        coverage_bars(&pair.coverage, &name(&pair.left), &name(&pair.right)),
        pair.unit_matches,
        pair.criterion_matches,
        pair.assessment_differences
    );
}

/// The common core: a column per document, a row per unit of the first matched in all.
fn matrix_common_core(body: &mut String, m: &Matrix) {
    let _ = writeln!(
        body,
        "<h2>Common core</h2><p>Units of <code>{}</code> that have a match in every other document.</p><table><tr>",
        esc(&m.documents[0].id)
    );
    for d in &m.documents {
        let _ = write!(body, "<th>{}</th>", esc(&document_name(d)));
    }
    body.push_str("</tr>\n");
    for row in &m.common_core {
        body.push_str("<tr>");
        for unit in &row.units {
            let _ = write!(body, "<td>{}</td>", item_html(unit));
        }
        body.push_str("</tr>\n");
    }
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
