//! `kasb rules` and `kasb explain`: the rule registry in the language of `--lang` or of the
//! locale. English is each rule's own text (its doc comment); other languages come from
//! `locales/<tag>/rules.ftl`, and a message a language lacks falls back to English.

use clap::Args as ClapArgs;
use kasb::diagnostics::{Rule, Severity};
use kasb::i18n::{Args, Lang, Messages};
use kasb::rules;

/// `kasb rules`' options.
#[derive(ClapArgs)]
pub(crate) struct RulesArgs {
    /// The language of the summaries. Default: from LC_ALL, LC_MESSAGES or LANG, else English.
    #[arg(long, value_name = "LANG", value_parser = crate::report::parse_lang)]
    lang: Option<Lang>,
}

/// `kasb explain`'s options.
#[derive(ClapArgs)]
pub(crate) struct ExplainArgs {
    /// A rule code (`K202`) or name (`unresolved-reference`).
    rule: String,
    /// The language of the explanation (its YAML examples stay as written). Default: from
    /// LC_ALL, LC_MESSAGES or LANG, else English.
    #[arg(long, value_name = "LANG", value_parser = crate::report::parse_lang)]
    lang: Option<Lang>,
}

/// One rule's texts in one language.
struct Localised {
    messages: &'static Messages,
}

impl Localised {
    fn new(lang: Option<Lang>) -> Localised {
        Localised {
            messages: Messages::of(lang.unwrap_or_else(Lang::from_env)),
        }
    }

    fn english(&self) -> bool {
        self.messages.lang() == Lang::ENGLISH
    }

    /// The rule's text under `id`, or its own English `text`.
    fn rule_text(&self, id: String, text: &'static str) -> String {
        if self.english() || !self.messages.has(&id) {
            text.to_owned()
        } else {
            self.messages.text(&id)
        }
    }

    fn summary(&self, rule: &Rule) -> String {
        self.rule_text(format!("rule-{}-summary", rule.code), rule.summary)
    }

    fn explanation(&self, rule: &Rule) -> String {
        self.rule_text(format!("rule-{}-explanation", rule.code), rule.explanation)
    }

    fn severity(&self, severity: Severity) -> String {
        self.messages
            .text(&format!("rules-severity-{}", severity.as_str()))
    }
}

/// Runs `kasb rules`: code, name, default severity and summary of every rule.
pub(crate) fn run_rules(args: RulesArgs) -> Result<u8, String> {
    let words = Localised::new(args.lang);
    let severities: Vec<(&Rule, String)> = rules::all()
        .iter()
        .map(|rule| (*rule, words.severity(rule.severity)))
        .collect();
    // The severity column is as wide as its longest word ("предупреждение" is 14 letters).
    let width = severities
        .iter()
        .map(|(_, word)| word.chars().count())
        .fold(8, usize::max);
    let text: String = severities
        .iter()
        .map(|(rule, severity)| {
            format!(
                "{}  {:<24} {severity:<width$} {}\n",
                rule.code,
                rule.name,
                words.summary(rule)
            )
        })
        .collect();
    crate::emit(&text)?;
    Ok(crate::EXIT_CLEAN)
}

/// Runs `kasb explain`: one rule's summary and explanation; an unknown rule is a usage error.
pub(crate) fn run_explain(args: ExplainArgs) -> Result<u8, String> {
    let words = Localised::new(args.lang);
    if let Some(rule) = kasb::diff::rules::find(&args.rule) {
        return explain_diff_rule(rule, &words);
    }
    let rule = rules::find(&args.rule).ok_or_else(|| {
        let args = Args::new().with("rule", args.rule.clone());
        words.messages.format("rules-unknown", &args)
    })?;
    let by_default = words.messages.format(
        "rules-by-default",
        &Args::new().with("severity", words.severity(rule.severity)),
    );
    crate::emit(&format!(
        "{} {} ({by_default})\n\n{}\n\n{}\n",
        rule.code,
        rule.name,
        words.summary(rule),
        words.explanation(rule)
    ))?;
    Ok(crate::EXIT_CLEAN)
}

/// Explains a rule of `kasb diff` (a `D` code): English is the rule's doc comment, another
/// language its `diff-rule-CODE` of `locales/<tag>/diff.ftl`; its class in that language.
fn explain_diff_rule(rule: &kasb::diff::rules::Rule, words: &Localised) -> Result<u8, String> {
    let (code, name) = (rule.code, rule.name);
    let class = words
        .messages
        .text(&format!("diff-class-{}", rule.class.as_str()));
    let by_default = words
        .messages
        .format("rules-by-default", &Args::new().with("severity", class));
    let explanation = words.rule_text(format!("diff-rule-{code}"), rule.explanation);
    let explanation = if explanation.ends_with('\n') {
        explanation
    } else {
        explanation + "\n"
    };
    crate::emit(&format!("{code} {name} ({by_default})\n\n{explanation}"))?;
    Ok(crate::EXIT_CLEAN)
}
