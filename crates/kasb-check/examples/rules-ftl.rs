//! Writes `crates/kasb-i18n/locales/en/rules.ftl` from the rule registry:
//! `cargo run -p kasb-check --example rules-ftl`. Run it after changing a rule's summary or doc
//! comment, then bring `locales/ru/rules.ftl` (and every other language) up to date.

// The ids and the command are for the test that shares this module.
#[allow(dead_code)]
#[path = "../tests/rules_ftl/mod.rs"]
mod rules_ftl;

fn main() -> std::io::Result<()> {
    let path = rules_ftl::english_path();
    std::fs::write(&path, rules_ftl::english())?;
    println!("wrote {}", path.display());
    Ok(())
}
