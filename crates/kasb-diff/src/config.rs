//! `[diff]` of `kasb.toml`: per-rule class overrides and the classifier's thresholds.
//!
//! ```toml
//! [diff]
//! rename-threshold = 0.8   # the lowest similarity that makes a removed and an added item a rename
//! typo-distance = 2        # the largest edit distance of a spelling correction
//!
//! [diff.rules]
//! D116 = "substantive"     # a changed ISCO or ESCO link counts as substantive here
//! ```

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::rules::{self, Class, Rule};

/// The settings of `kasb diff`.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct DiffConfig {
    /// The lowest similarity (0 to 1) at which a removed and an added item of the same kind
    /// and parent are one item renamed.
    pub rename_threshold: f64,
    /// The largest edit distance between two words that counts as a spelling correction.
    pub typo_distance: usize,
    /// Classes that differ from the rules' defaults, by rule code.
    pub classes: BTreeMap<&'static str, Class>,
}

impl Default for DiffConfig {
    fn default() -> Self {
        Self {
            rename_threshold: 0.8,
            typo_distance: 2,
            classes: BTreeMap::new(),
        }
    }
}

/// A `[diff]` table that cannot be used.
#[derive(Debug, thiserror::Error)]
#[error("[diff] in kasb.toml: {0}")]
pub struct DiffConfigError(String);

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawDiff {
    rename_threshold: Option<f64>,
    typo_distance: Option<usize>,
    #[serde(default)]
    rules: BTreeMap<String, String>,
}

impl DiffConfig {
    /// Reads the `[diff]` table of a `kasb.toml` (the table itself, as
    /// `kasb_check::Config::diff` keeps it).
    ///
    /// ```
    /// let table: toml::Table = toml::from_str("rename-threshold = 0.9\n[rules]\nD116 = \"substantive\"").unwrap();
    /// let config = kasb_diff::DiffConfig::from_table(&table).unwrap();
    /// assert_eq!(config.rename_threshold, 0.9);
    /// assert_eq!(config.class_of(kasb_diff::rules::find("D116").unwrap()), kasb_diff::Class::Substantive);
    /// ```
    ///
    /// # Errors
    /// Unknown keys, a threshold outside 0 to 1, an unknown rule, a class other than
    /// `substantive` or `editorial`.
    pub fn from_table(table: &toml::Table) -> Result<Self, DiffConfigError> {
        let raw: RawDiff = toml::Value::Table(table.clone())
            .try_into()
            .map_err(|error: toml::de::Error| DiffConfigError(error.message().to_owned()))?;
        let mut config = DiffConfig::default();
        if let Some(threshold) = raw.rename_threshold {
            if !(0.0..=1.0).contains(&threshold) {
                return Err(DiffConfigError(format!(
                    "rename-threshold must be between 0 and 1, got {threshold}"
                )));
            }
            config.rename_threshold = threshold;
        }
        if let Some(distance) = raw.typo_distance {
            config.typo_distance = distance.min(8);
        }
        for (rule, class) in raw.rules {
            let found = rules::find(&rule)
                .ok_or_else(|| DiffConfigError(format!("no rule `{rule}` (D101…D190)")))?;
            let class = Class::parse(&class).ok_or_else(|| {
                DiffConfigError(format!(
                    "`{rule}` = `{class}`: a class is `substantive` or `editorial`"
                ))
            })?;
            config.classes.insert(found.code, class);
        }
        Ok(config)
    }

    /// The class of the changes `rule` decides, with this configuration.
    pub fn class_of(&self, rule: &Rule) -> Class {
        self.classes.get(rule.code).copied().unwrap_or(rule.class)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<DiffConfig, DiffConfigError> {
        DiffConfig::from_table(&toml::from_str(text).unwrap())
    }

    #[test]
    fn kasb_toml_keeps_the_diff_table_for_it() {
        let text = "[diff]\nrename-threshold = 0.9\n[diff.rules]\nD116 = \"substantive\"\n";
        let config = kasb_check::Config::from_toml(text).expect("kasb.toml accepts [diff]");
        let diff = DiffConfig::from_table(&config.diff).unwrap();
        assert_eq!(diff.rename_threshold, 0.9);
        assert_eq!(
            diff.class_of(&rules::CLASSIFICATION_LINK_CHANGED),
            Class::Substantive
        );
    }

    #[test]
    fn refuses_what_it_cannot_use() {
        assert!(parse("rename-threshold = 1.5").is_err());
        assert!(parse("colour = true").is_err());
        assert!(parse("[rules]\nD999 = \"editorial\"").is_err());
        assert!(parse("[rules]\nD101 = \"minor\"").is_err());
        let config = parse("[rules]\nwording-changed = \"editorial\"").unwrap();
        assert_eq!(config.class_of(&rules::WORDING_CHANGED), Class::Editorial);
        assert_eq!(config.class_of(&rules::ITEM_ADDED), Class::Substantive);
    }
}
