//! What a language's messages are and which named arguments each takes, read from the
//! translation files' syntax trees, so a test can require two languages to agree.

use std::collections::BTreeSet;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

use crate::{Catalogue, Lang};

/// Every message of `lang` (and each attribute, as `message.attribute`) with the named
/// arguments (`$count`) it uses, and the syntax errors of its files as messages named
/// `!syntax <file>: <error>` so that a broken file cannot pass as complete.
pub fn catalogue(lang: Lang) -> Catalogue {
    let mut catalogue = Catalogue::new();
    for (name, text) in lang.files() {
        let resource = match fluent_syntax::parser::parse(*text) {
            Ok(resource) => resource,
            Err((resource, errors)) => {
                for error in errors {
                    catalogue.insert(format!("!syntax {name}: {error:?}"), BTreeSet::new());
                }
                resource
            }
        };
        for entry in resource.body {
            let Entry::Message(message) = entry else {
                continue;
            };
            let id = message.id.name.to_owned();
            if let Some(value) = &message.value {
                catalogue.insert(id.clone(), variables(value));
            }
            for attribute in &message.attributes {
                let key = format!("{id}.{}", attribute.id.name);
                catalogue.insert(key, variables(&attribute.value));
            }
        }
    }
    catalogue
}

/// How a language's catalogue differs from the reference language's.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Difference {
    /// The reference has the message, the language does not.
    Missing(String),
    /// The language has a message the reference does not.
    Extra(String),
    /// Both have it, with different named arguments.
    Arguments {
        /// The message.
        id: String,
        /// Its arguments in the reference language.
        reference: BTreeSet<String>,
        /// Its arguments in the other language.
        other: BTreeSet<String>,
    },
}

/// Every message one catalogue has and the other lacks, and every message whose named arguments
/// differ, in id order.
///
/// ```
/// use kasb_i18n::{Difference, Lang, catalogue, differences};
///
/// let english = catalogue(Lang::ENGLISH);
/// let mut broken = english.clone();
/// let (id, _) = broken.pop_first().unwrap();
/// assert_eq!(differences(&english, &broken), [Difference::Missing(id)]);
/// ```
pub fn differences(reference: &Catalogue, other: &Catalogue) -> Vec<Difference> {
    let mut found = Vec::new();
    for (id, arguments) in reference {
        match other.get(id) {
            None => found.push(Difference::Missing(id.clone())),
            Some(theirs) if theirs != arguments => found.push(Difference::Arguments {
                id: id.clone(),
                reference: arguments.clone(),
                other: theirs.clone(),
            }),
            Some(_) => {}
        }
    }
    let extra = other.keys().filter(|id| !reference.contains_key(*id));
    found.extend(extra.map(|id| Difference::Extra(id.clone())));
    found
}

/// The named arguments a pattern uses, in its text, selectors, variants and function calls.
fn variables(pattern: &Pattern<&str>) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    // An explicit stack: placeables nest as deep as the file writes them.
    let mut patterns = vec![pattern];
    let mut expressions: Vec<&InlineExpression<&str>> = Vec::new();
    while let Some(pattern) = patterns.pop() {
        for element in &pattern.elements {
            let PatternElement::Placeable { expression } = element else {
                continue;
            };
            match expression {
                Expression::Inline(inline) => expressions.push(inline),
                Expression::Select { selector, variants } => {
                    expressions.push(selector);
                    patterns.extend(variants.iter().map(|variant| &variant.value));
                }
            }
        }
        while let Some(expression) = expressions.pop() {
            match expression {
                InlineExpression::VariableReference { id } => {
                    found.insert(id.name.to_owned());
                }
                InlineExpression::FunctionReference { arguments, .. } => {
                    expressions.extend(arguments.positional.iter());
                    expressions.extend(arguments.named.iter().map(|named| &named.value));
                }
                InlineExpression::Placeable { expression } => match expression.as_ref() {
                    Expression::Inline(inline) => expressions.push(inline),
                    Expression::Select { selector, variants } => {
                        expressions.push(selector);
                        patterns.extend(variants.iter().map(|variant| &variant.value));
                    }
                },
                _ => {}
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(source: &'static str) -> Catalogue {
        let resource = fluent_syntax::parser::parse(source).unwrap();
        let mut catalogue = Catalogue::new();
        for entry in resource.body {
            if let Entry::Message(message) = entry {
                catalogue.insert(
                    message.id.name.to_owned(),
                    variables(message.value.as_ref().unwrap()),
                );
            }
        }
        catalogue
    }

    #[test]
    fn arguments_are_found_in_selectors_variants_and_calls() {
        let catalogue = parsed(
            "a = { $n ->\n    [one] one { $what }\n   *[other] { NUMBER($digits, minimumFractionDigits: 2) }\n}\n",
        );
        let expected: BTreeSet<String> = ["digits", "n", "what"].map(String::from).into();
        assert_eq!(catalogue["a"], expected);
    }

    #[test]
    fn a_missing_message_and_a_renamed_argument_are_differences() {
        let english = parsed("a = A { $count }\nb = B\n");
        let other = parsed("a = А { $number }\nc = В\n");
        assert_eq!(
            differences(&english, &other),
            [
                Difference::Arguments {
                    id: "a".into(),
                    reference: ["count".to_owned()].into(),
                    other: ["number".to_owned()].into(),
                },
                Difference::Missing("b".into()),
                Difference::Extra("c".into()),
            ]
        );
    }
}
