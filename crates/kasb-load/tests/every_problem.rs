//! Files with several independent mistakes: `load_str` reports each one, at its own line and
//! column, and nothing else.

use kasb_load::{LoadOptions, load_str};

/// Code, line and column of each diagnostic `load_str` gives for `text`, in order.
fn found(text: &str) -> Vec<(&'static str, u32, u32)> {
    let error = load_str("standard.yaml", text, &LoadOptions::default())
        .expect_err("the document has mistakes");
    error
        .iter()
        .map(|d| (d.rule.code, d.location.line(), d.location.column()))
        .collect()
}

#[test]
fn a_quoted_code_a_misspelt_field_and_a_level_in_words() {
    let text = "\
kind: OccupationalStandard
format: 1
id: fx-std
title: Welder
language: en
country: KG
framework: fx-nqf
occupation:
  title: Welder
  isco: 7212
units:
  - id: U1
    titel: Prepare the workplace
    level: four
    criteria:
      - id: U1.1
        statement: The workplace is arranged.
";
    assert_eq!(
        found(text),
        [("K105", 10, 9), ("K104", 13, 5), ("K102", 14, 12),]
    );
}

#[test]
fn yes_a_bare_code_a_dotted_date_a_cyrillic_letter_a_missing_statement_an_unknown_field() {
    let text = "\
kind: OccupationalStandard
format: 1
id: fx-std
title: Yes
language: en
country: KG
framework: fx-nqf
approval:
  valid_from: 01.01.2026
occupation:
  title: Electrician
  isco: 7411
units:
  - id: ЕLC-01
    title: Install wiring
    level: 3
    criteria:
      - id: ELC-01.1
        statment: Cables are laid to the drawing.
";
    assert_eq!(
        found(text),
        [
            ("K105", 4, 8),
            ("K112", 9, 15),
            ("K105", 12, 9),
            ("K111", 14, 9),
            ("K104", 19, 9),
        ]
    );
}

#[test]
fn a_statement_one_space_short_is_one_diagnostic_at_its_own_line() {
    // Not "missing field `statement`" on the line above: the criterion lacks it only because
    // of the indentation.
    let text = "\
kind: OccupationalStandard
format: 1
id: fx-std
title: Welder
language: en
country: KG
framework: fx-nqf
occupation:
  title: Welder
units:
  - id: U1
    title: Weld
    level: 3
    criteria:
      - id: U1.1
       statement: The joint is clean.
";
    assert_eq!(found(text), [("K115", 16, 8)]);
}

#[test]
fn repeated_keys_items_without_dashes_and_wrong_types_together() {
    let text = "\
kind: OccupationalStandard
format: 1
id: fx-std
title: Welder
title: Сварщик
language: en
country: KG
framework: fx-nqf
occupation: Welder
units:
  - id: U1
    title: Weld
    level: 3
    criteria:
      - id: U1.1
        statement: The joint is clean.
        id: U1.2
        statement: The joint is dry.
  - id: U2
    title: Inspect
    level: 3
    knowledge: Weld defects
";
    assert_eq!(
        found(text),
        [
            ("K106", 5, 1),
            ("K102", 9, 13),
            ("K116", 17, 9),
            ("K102", 22, 16),
        ]
    );
}
