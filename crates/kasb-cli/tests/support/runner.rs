//! TEMPORARY stand-in (lead): replaced by the runner model of the render helper.
pub const ANNOTATIONS: &[&str] = &["error", "warning", "notice"];
pub struct Command { pub name: String, pub line: String }
pub fn commands(text: &str) -> Vec<Command> {
    let mut found = Vec::new();
    for line in text.lines() {
        let trimmed = line.trim_start();
        if let Some(rest) = trimmed.strip_prefix("::") {
            let name: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '-').collect();
            found.push(Command { name, line: line.to_string() });
        } else if let Some(at) = line.find("##[") {
            let name: String = line[at + 3..].chars().take_while(|c| c.is_alphanumeric() || *c == '-').collect();
            found.push(Command { name, line: line.to_string() });
        }
    }
    found
}
