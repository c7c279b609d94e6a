//! Lists the rule files of `src/rules/` (one file per rule) for `src/rules/mod.rs`.

fn main() {
    kasb_diagnostics::rules::write_rule_list("src/rules");
}
