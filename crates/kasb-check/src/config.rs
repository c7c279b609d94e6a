use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::rules;
use kasb_diagnostics::Severity;
use kasb_load::LoadOptions;
use kasb_model::{DATE_FORMAT_HELP, Date};
use serde::Deserialize;

/// The name of the configuration file, looked for from the checked path upwards.
pub const FILE_NAME: &str = "kasb.toml";

/// What a rule is set to in `kasb.toml`. Exhaustive on purpose, like `Severity`: off or a
/// severity, and a new severity should fail to compile wherever settings are mapped.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RuleSetting {
    /// The rule does not run.
    Off,
    /// Findings are infos.
    Info,
    /// Findings are warnings.
    Warning,
    /// Findings are errors.
    Error,
}

/// The checked configuration: `kasb.toml`, or the defaults.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct Config {
    /// Per-rule settings, keyed by rule code.
    pub rules: BTreeMap<&'static str, RuleSetting>,
    /// Languages every title and statement must be given in (rule K605).
    pub required_languages: Vec<String>,
    /// Globs of files to check (all YAML files when empty), relative to `root`.
    pub include: Vec<String>,
    /// Globs of files to skip, relative to `root`.
    pub exclude: Vec<String>,
    /// The directory of the configuration file, that globs are relative to.
    pub root: Option<PathBuf>,
    /// Limits on what one file may cost, where they differ from the defaults.
    pub limits: Limits,
    /// The day validity is judged on (rule K705), from `[check] date`; `None` is today, by
    /// the system clock (UTC). Set it for output that does not change with the calendar.
    pub check_date: Option<Date>,
    /// Whether kasb's reference set is loaded beside the repository (`[reference]`).
    pub reference: Reference,
    /// `[diff]` as written: `kasb diff`'s settings, which `kasb_diff::DiffConfig` reads.
    pub diff: toml::Table,
}

/// `[reference]`: whether kasb's built-in reference set (EQF, national frameworks, ISCO) is
/// loaded beside the repository's files, and which version the repository expects.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Reference {
    /// Loaded unless `enabled = false`.
    pub enabled: bool,
    /// The version `kasb.toml` pins, if any; a configuration that pins another version than
    /// [`kasb_reference::VERSION`] does not load.
    pub version: Option<String>,
}

impl Default for Reference {
    fn default() -> Self {
        Self {
            enabled: true,
            version: None,
        }
    }
}

impl Reference {
    /// The reference set turned off.
    pub fn disabled() -> Self {
        Self {
            enabled: false,
            version: None,
        }
    }
}

/// Per-file limits from `[limits]`; `None` keeps the loader's default.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
#[non_exhaustive]
pub struct Limits {
    /// Largest file read, in bytes.
    pub max_file_bytes: Option<u64>,
    /// Deepest nesting of mappings and sequences.
    pub max_depth: Option<usize>,
    /// Most YAML nodes in one file.
    pub max_nodes: Option<usize>,
    /// Most alias uses in one file.
    pub max_aliases: Option<usize>,
    /// Most problems reported for one file (then one more says how many were not shown).
    pub max_problems_per_file: Option<usize>,
}

/// The hard ceilings of `[limits]`: no `kasb.toml` can raise a limit above them, so a pull
/// request's configuration cannot make kasb spend unbounded time or memory on one file.
pub const CEILINGS: Limits = Limits {
    max_file_bytes: Some(LoadOptions::CEILING_FILE_BYTES),
    max_depth: Some(LoadOptions::CEILING_DEPTH),
    max_nodes: Some(LoadOptions::CEILING_NODES),
    max_aliases: Some(LoadOptions::CEILING_ALIASES),
    max_problems_per_file: Some(LoadOptions::CEILING_PROBLEMS_PER_FILE),
};

impl Limits {
    /// The first limit above its ceiling in [`CEILINGS`]: its key, the value and the ceiling.
    pub fn above_ceiling(&self) -> Option<(&'static str, u64, u64)> {
        let as_u64 = |value: Option<usize>| value.map(|value| value as u64);
        [
            (
                "max-file-bytes",
                self.max_file_bytes,
                CEILINGS.max_file_bytes,
            ),
            (
                "max-depth",
                as_u64(self.max_depth),
                as_u64(CEILINGS.max_depth),
            ),
            (
                "max-nodes",
                as_u64(self.max_nodes),
                as_u64(CEILINGS.max_nodes),
            ),
            (
                "max-aliases",
                as_u64(self.max_aliases),
                as_u64(CEILINGS.max_aliases),
            ),
            (
                "max-problems-per-file",
                as_u64(self.max_problems_per_file),
                as_u64(CEILINGS.max_problems_per_file),
            ),
        ]
        .into_iter()
        .find_map(|(key, value, ceiling)| match (value, ceiling) {
            (Some(value), Some(ceiling)) if value > ceiling => Some((key, value, ceiling)),
            _ => None,
        })
    }

    /// `options` with these limits applied.
    pub fn apply(&self, options: &kasb_load::LoadOptions) -> kasb_load::LoadOptions {
        let mut options = options.clone();
        options.max_file_bytes = self.max_file_bytes.unwrap_or(options.max_file_bytes);
        options.max_depth = self.max_depth.unwrap_or(options.max_depth);
        options.max_nodes = self.max_nodes.unwrap_or(options.max_nodes);
        options.max_aliases = self.max_aliases.unwrap_or(options.max_aliases);
        match self.max_problems_per_file {
            Some(problems) => options.with_max_problems_per_file(problems),
            None => options,
        }
    }
}

/// A configuration file that cannot be used.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ConfigError {
    /// The file cannot be read.
    #[error("cannot read {path}")]
    Read {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// The file is not valid TOML, has an unknown key, or a value of the wrong type.
    #[error("{path}: {message}")]
    Invalid {
        /// The file.
        path: PathBuf,
        /// What is wrong, with the line and column.
        message: String,
    },
    /// A `[limits]` value above its hard ceiling.
    #[error(
        "{path}: [limits] {key} = {value} is above the most kasb allows ({ceiling}); no kasb.toml can raise a limit past it"
    )]
    LimitAboveCeiling {
        /// The file.
        path: PathBuf,
        /// The key, such as `max-file-bytes`.
        key: &'static str,
        /// The value given.
        value: u64,
        /// The ceiling.
        ceiling: u64,
    },
    /// `[reference] version` pins another version of the reference set than this kasb carries.
    #[error(
        "{path}: [reference] version = \"{pinned}\", but this kasb carries reference set {carried}; pin \"{carried}\", use a kasb release that carries {pinned}, or set `enabled = false` and keep the reference documents in the repository"
    )]
    ReferenceVersion {
        /// The file.
        path: PathBuf,
        /// The version pinned.
        pinned: String,
        /// The version this kasb carries.
        carried: &'static str,
    },
    /// A rule code or name that no rule has.
    #[error("{path}: unknown rule `{rule}` in [rules]{hint}")]
    UnknownRule {
        /// The file.
        path: PathBuf,
        /// The code or name given.
        rule: String,
        /// A suggestion, if any.
        hint: String,
    },
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    #[serde(default)]
    rules: BTreeMap<String, RuleSetting>,
    #[serde(default)]
    languages: RawLanguages,
    #[serde(default)]
    files: RawFiles,
    #[serde(default)]
    limits: Limits,
    #[serde(default)]
    check: RawCheck,
    #[serde(default)]
    reference: RawReference,
    #[serde(default)]
    diff: toml::Table,
}

#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCheck {
    /// A TOML date (`2026-12-01`) or a string (`"2026-12-01"`): both read as a day.
    #[serde(default)]
    date: Option<toml::Value>,
}

#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawReference {
    enabled: Option<bool>,
    version: Option<String>,
}

#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLanguages {
    #[serde(default)]
    required: Vec<String>,
}

#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFiles {
    #[serde(default)]
    include: Vec<String>,
    #[serde(default)]
    exclude: Vec<String>,
}

/// The day `[check] date` names: a TOML local date or an ISO 8601 string, nothing else.
fn check_date(value: toml::Value) -> Result<Date, String> {
    let text = match value {
        toml::Value::String(text) => text,
        toml::Value::Datetime(datetime) if datetime.time.is_none() && datetime.offset.is_none() => {
            datetime.to_string()
        }
        other => other.to_string(),
    };
    text.parse()
        .map_err(|error| format!("[check] date = {text}: {error}; {DATE_FORMAT_HELP}"))
}

impl Config {
    /// The loader's options this configuration sets: its limits, and its include and exclude
    /// globs with their root; everything else as [`kasb_load::LoadOptions::default`].
    pub fn load_options(&self) -> kasb_load::LoadOptions {
        self.limits
            .apply(&kasb_load::LoadOptions::default())
            .with_globs(
                self.include.clone(),
                self.exclude.clone(),
                self.root.clone(),
            )
    }

    /// Parses the text of a `kasb.toml`.
    ///
    /// # Errors
    /// Invalid TOML, unknown keys, unknown rule codes, invalid globs.
    pub fn from_toml(text: &str) -> Result<Self, ConfigError> {
        Self::parse(text, Path::new(FILE_NAME))
    }

    fn parse(text: &str, path: &Path) -> Result<Self, ConfigError> {
        let invalid = |message: String| ConfigError::Invalid {
            path: path.to_path_buf(),
            message,
        };
        let raw: RawConfig =
            toml::from_str(text).map_err(|error| invalid(error.to_string().trim().to_owned()))?;
        let mut config = Config {
            required_languages: raw.languages.required,
            include: raw.files.include,
            exclude: raw.files.exclude,
            limits: raw.limits,
            check_date: raw
                .check
                .date
                .map(check_date)
                .transpose()
                .map_err(invalid)?,
            reference: Reference {
                enabled: raw.reference.enabled.unwrap_or(true),
                version: raw.reference.version,
            },
            diff: raw.diff,
            ..Config::default()
        };
        if let Some(pinned) = &config.reference.version
            && pinned != kasb_reference::VERSION
        {
            return Err(ConfigError::ReferenceVersion {
                path: path.to_path_buf(),
                pinned: pinned.clone(),
                carried: kasb_reference::VERSION,
            });
        }
        if let Some((key, value, ceiling)) = config.limits.above_ceiling() {
            return Err(ConfigError::LimitAboveCeiling {
                path: path.to_path_buf(),
                key,
                value,
                ceiling,
            });
        }
        for (key, setting) in raw.rules {
            let Some(rule) = rules::find(&key) else {
                let names = rules::all().iter().flat_map(|rule| [rule.code, rule.name]);
                let hint = kasb_diagnostics::closest(&key, names)
                    .map(|name| format!(" (did you mean `{name}`?)"))
                    .unwrap_or_default();
                return Err(ConfigError::UnknownRule {
                    path: path.to_path_buf(),
                    rule: key,
                    hint,
                });
            };
            config.rules.insert(rule.code, setting);
        }
        for glob in config.include.iter().chain(&config.exclude) {
            globset::Glob::new(glob)
                .map_err(|error| invalid(format!("invalid glob `{glob}`: {error}")))?;
        }
        Ok(config)
    }

    /// Reads a configuration file.
    ///
    /// # Errors
    /// As [`Config::from_toml`], or when the file cannot be read.
    pub fn read(path: &Path) -> Result<Self, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
            path: path.to_path_buf(),
            source,
        })?;
        let mut config = Self::parse(&text, path)?;
        config.root = path.parent().map(Path::to_path_buf);
        Ok(config)
    }

    /// Finds `kasb.toml` in `start` (a file's directory, or a directory) or the nearest
    /// directory above it.
    pub fn find(start: &Path) -> Option<PathBuf> {
        let absolute = std::path::absolute(start).ok()?;
        let mut directory = if absolute.is_dir() {
            Some(absolute.as_path())
        } else {
            absolute.parent()
        };
        while let Some(current) = directory {
            let candidate = current.join(FILE_NAME);
            if candidate.is_file() {
                return Some(candidate);
            }
            directory = current.parent();
        }
        None
    }

    /// The severity findings of `code` get: the configured one, or the rule's default;
    /// `None` when the rule is off, as the rules of [`rules::OFF_BY_DEFAULT`] are unless
    /// configured.
    pub fn severity(&self, code: &str, default: Severity) -> Option<Severity> {
        match self.rules.get(code) {
            None if rules::OFF_BY_DEFAULT.iter().any(|rule| rule.code == code) => None,
            None => Some(default),
            Some(RuleSetting::Off) => None,
            Some(RuleSetting::Info) => Some(Severity::Info),
            Some(RuleSetting::Warning) => Some(Severity::Warning),
            Some(RuleSetting::Error) => Some(Severity::Error),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_up_to_their_ceilings_are_accepted() {
        let config = Config::from_toml("[limits]\nmax-file-bytes = 67108864\nmax-depth = 256\n")
            .unwrap_or_else(|error| panic!("{error}"));
        assert_eq!(config.limits.max_depth, Some(256));
        let config = Config::from_toml("[limits]\nmax-problems-per-file = 3\n")
            .unwrap_or_else(|error| panic!("{error}"));
        assert_eq!(config.load_options().max_problems_per_file, 3);
    }

    #[test]
    fn a_rule_off_by_default_runs_only_when_configured() {
        let default = Severity::Info;
        assert_eq!(Config::default().severity("K506", default), None);
        assert_eq!(Config::default().severity("K501", default), Some(default));
        let config = Config::from_toml("[rules]\nknowledge-or-skill-not-assessed = \"warning\"\n")
            .unwrap_or_else(|error| panic!("{error}"));
        assert_eq!(config.severity("K506", default), Some(Severity::Warning));
        let config = Config::from_toml("[rules]\nK506 = \"off\"\n").unwrap();
        assert_eq!(config.severity("K506", default), None);
    }

    #[test]
    fn the_check_date_is_a_day_written_either_way() {
        let day: Date = "2026-12-01".parse().unwrap();
        for toml in ["date = 2026-12-01", "date = \"2026-12-01\""] {
            let config = Config::from_toml(&format!("[check]\n{toml}\n"))
                .unwrap_or_else(|error| panic!("{toml}: {error}"));
            assert_eq!(config.check_date, Some(day), "{toml}");
        }
        assert_eq!(Config::default().check_date, None);
        for toml in [
            "date = \"01.12.2026\"",
            "date = 2026-12-01T10:00:00",
            "date = 20261201",
            "day = 2026-12-01",
        ] {
            let error = Config::from_toml(&format!("[check]\n{toml}\n")).unwrap_err();
            assert!(
                matches!(error, ConfigError::Invalid { .. }),
                "{toml}: {error}"
            );
        }
        let error = Config::from_toml("[check]\ndate = \"01.12.2026\"\n").unwrap_err();
        assert!(error.to_string().contains("write 2026-12-01"), "{error}");
    }

    #[test]
    fn the_reference_set_is_on_unless_turned_off_and_its_version_can_be_pinned() {
        let parse = |text: &str| Config::from_toml(text).unwrap_or_else(|error| panic!("{error}"));
        assert!(parse("").reference.enabled);
        assert!(!parse("[reference]\nenabled = false\n").reference.enabled);
        let pinned = parse(&format!(
            "[reference]\nversion = \"{}\"\n",
            kasb_reference::VERSION
        ));
        assert_eq!(
            pinned.reference.version.as_deref(),
            Some(kasb_reference::VERSION)
        );
        let error = Config::from_toml("[reference]\nversion = \"1999.1\"\n").unwrap_err();
        assert!(matches!(error, ConfigError::ReferenceVersion { .. }));
        let message = error.to_string();
        assert!(message.contains("1999.1"), "{message}");
        assert!(message.contains(&format!(
            "carries reference set {}",
            kasb_reference::VERSION
        )));
        assert!(
            Config::from_toml("[reference]\nenable = false\n").is_err(),
            "a misspelt key"
        );
    }

    #[test]
    fn no_configuration_can_raise_a_limit_past_its_ceiling() {
        for (toml, key) in [
            ("max-file-bytes = 1000000000000", "max-file-bytes"),
            ("max-depth = 100000", "max-depth"),
            ("max-nodes = 18446744073709551615", "max-nodes"),
            ("max-aliases = 100001", "max-aliases"),
            ("max-problems-per-file = 100001", "max-problems-per-file"),
        ] {
            let error = Config::from_toml(&format!("[limits]\n{toml}\n")).unwrap_err();
            assert!(
                matches!(&error, ConfigError::LimitAboveCeiling { key: found, .. } if *found == key),
                "{toml}: {error}"
            );
            assert!(error.to_string().contains("above the most kasb allows"));
        }
    }
}
