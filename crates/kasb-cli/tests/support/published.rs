//! What a published report (`kasb report`'s HTML, Markdown and CSV) must never carry from its
//! documents: markup that runs or injects, Markdown that breaks its tables, CSV cells that a
//! spreadsheet would run as formulas.

/// HTML and Markdown: no element or comment the documents wrote (kasb's own pages have no
/// script, image or comment), no `javascript:` link.
pub fn raw_markup(text: &str) -> Option<String> {
    let lower = text.to_lowercase();
    ["<script", "<img", "<!--", "href=\"javascript:"]
        .into_iter()
        .find(|needle| lower.contains(needle))
        .map(|needle| format!("raw `{needle}` in the report"))
}

/// Markdown: no element, comment or `javascript:` link the text wrote and kasb left
/// unescaped (`\<script` and `\](` are text).
pub fn raw_markdown(text: &str) -> Option<String> {
    let lower = text.to_lowercase();
    ["<script", "<img", "<!--", "](javascript:"]
        .into_iter()
        .find(|needle| {
            lower
                .match_indices(needle)
                .any(|(at, _)| !lower[..at].ends_with('\\'))
        })
        .map(|needle| format!("unescaped `{needle}` in the Markdown"))
}

/// Markdown: every row of a table has as many unescaped `|` as its header, so no text opened a
/// column or a row of its own.
pub fn broken_table(text: &str) -> Option<String> {
    let pipes = |line: &str| {
        let mut count = 0;
        let mut escaped = false;
        for c in line.chars() {
            match c {
                '\\' if !escaped => escaped = true,
                '|' if !escaped => count += 1,
                _ => escaped = false,
            }
            if c != '\\' {
                escaped = false;
            }
        }
        count
    };
    let mut header: Option<usize> = None;
    for (number, line) in text.lines().enumerate() {
        if !line.starts_with('|') {
            header = None;
            continue;
        }
        match header {
            None => header = Some(pipes(line)),
            Some(expected) if pipes(line) != expected => {
                return Some(format!(
                    "Markdown table row at line {} has {} columns' pipes, its header {expected}: {line}",
                    number + 1,
                    pipes(line)
                ));
            }
            Some(_) => {}
        }
    }
    None
}

/// CSV (RFC 4180, quoted cells may hold line breaks): no cell starts with a character a
/// spreadsheet reads as a formula (`=`, `+`, `-`, `@`, tab, carriage return), unless it is a
/// number.
pub fn formula_cell(text: &str) -> Option<String> {
    cells(text)
        .into_iter()
        .find(|cell| {
            cell.starts_with(['=', '+', '-', '@', '\t', '\r']) && cell.parse::<f64>().is_err()
        })
        .map(|cell| format!("CSV cell a spreadsheet would run: {cell:?}"))
}

fn cells(text: &str) -> Vec<String> {
    let (mut cells, mut cell, mut quoted) = (Vec::new(), String::new(), false);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            ('"', true) => quoted = false,
            ('"', false) if cell.is_empty() => quoted = true,
            (',' | '\n', false) => cells.push(std::mem::take(&mut cell)),
            ('\r', false) if chars.peek() == Some(&'\n') => {}
            _ => cell.push(c),
        }
    }
    cells.push(cell);
    cells
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_check_finds_what_it_looks_for() {
        assert!(raw_markup("<p>a</p><SCRIPT>x</SCRIPT>").is_some());
        assert!(raw_markup("<p>&lt;script&gt;</p>").is_none());
        assert!(raw_markdown("[a](javascript:x)").is_some());
        assert!(raw_markdown("a <script>").is_some());
        assert!(raw_markdown("\\[a\\](javascript:x) \\<script\\>").is_none());
        assert!(broken_table("| a | b |\n| --- | --- |\n| x \\| y | z |\n").is_none());
        assert!(broken_table("| a | b |\n| --- | --- |\n| x | y | z |\n").is_some());
        assert!(formula_cell("id,title\nA,\"=1+1\"\n").is_some());
        assert!(formula_cell("id,title\nA,\"'=1+1\"\nB,-2\n").is_none());
        assert!(formula_cell("a,\"x\ny\",\"@SUM(1)\"\n").is_some());
    }
}
