//! The report as GitHub-flavoured Markdown: headings, field tables, lists and tables. Every value
//! is escaped as `kasb-compare`'s Markdown report escapes it.

use std::fmt::Write;

use kasb_diagnostics::escape::{markdown as md, markdown_code as code};
use kasb_diagnostics::{Notation, visible_in};

use crate::layout::{Block, Cell, Doc, Inline, Line, Mark};

/// The report as Markdown in its language.
pub(crate) fn render(doc: &Doc) -> String {
    let mut out = format!("# {}\n\n", line(&doc.title));
    for block in &doc.blocks {
        write_block(&mut out, block);
    }
    // Values are escaped already; a line the layout starts with a value cannot begin a
    // workflow command either.
    out.split_inclusive('\n')
        .map(|line| visible_in(line.trim_end_matches('\n'), Notation::Backslash) + "\n")
        .collect()
}

fn write_block(out: &mut String, block: &Block) {
    match block {
        Block::Section(text) => {
            let _ = writeln!(out, "## {}\n", line(text));
        }
        Block::Heading(text) => {
            let _ = writeln!(out, "### {}\n", line(text));
        }
        Block::Subheading(text) => {
            let _ = writeln!(out, "#### {}\n", line(text));
        }
        Block::Paragraph(text) => {
            let _ = writeln!(out, "{}\n", line(text));
        }
        Block::Label(text) => {
            let _ = writeln!(out, "**{}**\n", line(text));
        }
        Block::Note(text) => {
            let _ = writeln!(out, "> {}\n", line(text));
        }
        Block::Fields(fields) => {
            out.push_str("| | |\n| --- | --- |\n");
            for (label, values) in fields {
                let values: Vec<String> = values.iter().map(line).collect();
                let _ = writeln!(out, "| **{}** | {} |", md(label), values.join("<br>"));
            }
            out.push('\n');
        }
        Block::List(items) => {
            for item in items {
                let _ = writeln!(out, "- {}", line(item));
            }
            out.push('\n');
        }
        Block::Table(table) => {
            let head: Vec<String> = table.head.iter().map(line).collect();
            let _ = writeln!(out, "| {} |", head.join(" | "));
            let _ = writeln!(out, "|{}", " --- |".repeat(head.len()));
            for row in &table.rows {
                let cells: Vec<String> = row.iter().map(cell).collect();
                let _ = writeln!(out, "| {} |", cells.join(" | "));
            }
            out.push('\n');
        }
    }
}

fn cell(cell: &Cell) -> String {
    let text = line(&cell.line);
    match cell.mark {
        Mark::Gap => format!("**{text}**"),
        Mark::Plain | Mark::Hit => text,
    }
}

fn line(parts: &Line) -> String {
    parts.iter().map(inline).collect()
}

fn inline(part: &Inline) -> String {
    match part {
        Inline::Plain(text) => md(text),
        Inline::Code(text) => code(text),
        Inline::Marker(lang) => format!(" \\[{}\\]", md(lang)),
        Inline::Foreign(text) => format!("{} \\[{}\\]", md(&text.text), md(&text.language)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_cannot_break_a_table_or_a_heading() {
        assert_eq!(md("a|b\n# c"), "a\\|b\\n\\# c");
        assert_eq!(code("a|b"), "`a\\|b`");
        assert_eq!(code("x`y"), "``x`y``");
    }
}
