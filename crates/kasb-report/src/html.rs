//! One self-contained HTML file: no scripts, fonts or network; a print stylesheet puts each
//! section on a new page. Every value is escaped as `kasb-compare`'s HTML report escapes it.

use std::fmt::Write;

pub(crate) use kasb_diagnostics::escape::html as esc;
use kasb_diagnostics::{Notation, visible_in};

use crate::layout::{Block, Cell, Doc, Inline, Line, Mark, Table};

const STYLE: &str = "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;\
margin:2rem auto;max-width:75rem;padding:0 1rem;color:#1a1a1a;line-height:1.45}\
h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2rem;border-bottom:1px solid #ddd}\
h3{font-size:1.05rem;margin:1.4rem 0 .4rem}h4{font-size:.95rem;margin:.8rem 0 .3rem}\
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #ccc;\
padding:.3rem .45rem;text-align:left;vertical-align:top;font-size:.88rem}th{background:#f3f5f8}\
table.fields th{width:28%;font-weight:600}code{font-size:.88em;background:#f3f5f8;padding:0 .2em;white-space:nowrap}\
.lang{color:#a15c00;font-size:.8em;margin-left:.25em}.note{background:#fff8e1;\
border-left:4px solid #f0b400;padding:.5rem .8rem}.muted{color:#666}p.label{font-weight:600;margin:.6rem 0 .2rem}\
td:nth-child(3){min-width:14rem}td.hit{background:#e6f4ea}td.gap{background:#fde8e8;color:#8a1c1c;font-weight:600}\
@media print{body{margin:0;max-width:none}section{break-before:page}section:first-of-type{break-before:auto}\
h2,h3{break-after:avoid}tr{break-inside:avoid}thead{display:table-header-group}\
td.hit,td.gap,th{-webkit-print-color-adjust:exact;print-color-adjust:exact}}\
@page{size:A4 portrait;margin:15mm}@page wide{size:A4 landscape;margin:12mm}body.wide{page:wide}";

/// The report as an HTML page in its language.
pub(crate) fn render(doc: &Doc) -> String {
    let mut body = String::new();
    let _ = writeln!(body, "<h1>{}</h1>", line(&doc.title));
    let mut open = false;
    for block in &doc.blocks {
        if let Block::Section(heading) = block {
            if open {
                body.push_str("</section>\n");
            }
            let _ = writeln!(body, "<section>\n<h2>{}</h2>", line(heading));
            open = true;
        } else {
            write_block(&mut body, block);
        }
    }
    if open {
        body.push_str("</section>\n");
    }
    let title: String = doc.title.iter().map(inline_text).collect();
    let page = format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body{}>\n{body}</body>\n</html>\n",
        esc(doc.lang().tag()),
        esc(&title),
        if doc.wide { " class=\"wide\"" } else { "" }
    );
    guard(&page)
}

fn write_block(out: &mut String, block: &Block) {
    match block {
        Block::Section(_) => {}
        Block::Heading(text) => {
            let _ = writeln!(out, "<h3>{}</h3>", line(text));
        }
        Block::Subheading(text) => {
            let _ = writeln!(out, "<h4>{}</h4>", line(text));
        }
        Block::Paragraph(text) => {
            let _ = writeln!(out, "<p>{}</p>", line(text));
        }
        Block::Label(text) => {
            let _ = writeln!(out, "<p class=\"label\">{}</p>", line(text));
        }
        Block::Note(text) => {
            let _ = writeln!(out, "<p class=\"note\">{}</p>", line(text));
        }
        Block::Fields(fields) => {
            out.push_str("<table class=\"fields\">\n");
            for (label, values) in fields {
                let values: Vec<String> = values.iter().map(line).collect();
                let _ = writeln!(
                    out,
                    "<tr><th scope=\"row\">{}</th><td>{}</td></tr>",
                    esc(label),
                    values.join("<br>")
                );
            }
            out.push_str("</table>\n");
        }
        Block::List(items) => {
            out.push_str("<ul>\n");
            for item in items {
                let _ = writeln!(out, "<li>{}</li>", line(item));
            }
            out.push_str("</ul>\n");
        }
        Block::Table(table) => write_table(out, table),
    }
}

fn write_table(out: &mut String, table: &Table) {
    out.push_str("<table>\n<thead><tr>");
    for head in &table.head {
        let _ = write!(out, "<th scope=\"col\">{}</th>", line(head));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for row in &table.rows {
        out.push_str("<tr>");
        for cell in row {
            write_cell(out, cell);
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n");
}

fn write_cell(out: &mut String, cell: &Cell) {
    let class = match cell.mark {
        Mark::Plain => "",
        Mark::Hit => " class=\"hit\"",
        Mark::Gap => " class=\"gap\"",
    };
    let _ = write!(out, "<td{class}>{}</td>", line(&cell.line));
}

fn line(parts: &Line) -> String {
    parts.iter().map(inline).collect()
}

fn inline(part: &Inline) -> String {
    match part {
        Inline::Plain(text) => esc(text),
        Inline::Code(text) => format!("<code>{}</code>", esc(text)),
        Inline::Marker(lang) => format!("<span class=\"lang\">[{}]</span>", esc(lang)),
        Inline::Foreign(text) => {
            let lang = esc(&text.language);
            format!(
                "<span lang=\"{lang}\">{}</span><span class=\"lang\">[{lang}]</span>",
                esc(&text.text)
            )
        }
    }
}

/// The plain words of an inline, for the page's `<title>`.
fn inline_text(part: &Inline) -> &str {
    match part {
        Inline::Plain(text) | Inline::Code(text) => text,
        Inline::Marker(_) => "",
        Inline::Foreign(text) => &text.text,
    }
}

/// Each line of a finished page through [`visible_in`]: the values are escaped already, so this
/// changes nothing unless a value and the layout around it form a `##[` or a leading `::`.
fn guard(page: &str) -> String {
    let mut out = String::with_capacity(page.len());
    for line in page.split_inclusive('\n') {
        let (text, end) = line
            .strip_suffix('\n')
            .map_or((line, ""), |text| (text, "\n"));
        out.push_str(&visible_in(text, Notation::Entity));
        out.push_str(end);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_controls_and_workflow_commands() {
        assert_eq!(
            esc("<b a='1'>&\"x\""),
            "&lt;b a=&#39;1&#39;&gt;&amp;&quot;x&quot;"
        );
        let escaped = esc("a\u{1b}[31m\u{202e}b ##[error]");
        assert!(!escaped.contains('\u{1b}') && !escaped.contains('\u{202e}'));
        assert!(!escaped.contains("##["), "{escaped}");
    }
}
