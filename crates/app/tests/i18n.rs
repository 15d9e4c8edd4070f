//! Every language has exactly the messages English has, with the same
//! arguments and the plural forms its grammar needs; and no words are
//! written into the screens' code instead of the Fluent files.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

use fluent_syntax::ast::{
    Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey,
};

/// For each message: the variables it uses and the plural keys of each
/// select on a variable.
#[derive(Debug, Default)]
struct Shape {
    variables: BTreeSet<String>,
    plural_keys: Vec<BTreeSet<String>>,
}

fn walk_pattern(pattern: &Pattern<&str>, shape: &mut Shape) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            walk_expression(expression, shape);
        }
    }
}

fn walk_inline(inline: &InlineExpression<&str>, shape: &mut Shape) {
    match inline {
        InlineExpression::VariableReference { id } => {
            shape.variables.insert(id.name.to_owned());
        }
        InlineExpression::Placeable { expression } => walk_expression(expression, shape),
        _ => {}
    }
}

fn walk_expression(expression: &Expression<&str>, shape: &mut Shape) {
    match expression {
        Expression::Select { selector, variants } => {
            walk_inline(selector, shape);
            let keys = variants
                .iter()
                .filter_map(|v| match &v.key {
                    VariantKey::Identifier { name } => Some((*name).to_owned()),
                    VariantKey::NumberLiteral { .. } => None,
                })
                .collect();
            shape.plural_keys.push(keys);
            for variant in variants {
                walk_pattern(&variant.value, shape);
            }
        }
        Expression::Inline(inline) => walk_inline(inline, shape),
    }
}

fn load(language: &str) -> BTreeMap<String, Shape> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../i18n")
        .join(language)
        .join("commplan.ftl");
    let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let resource = fluent_syntax::parser::parse(text.as_str())
        .unwrap_or_else(|(_, errors)| panic!("{}: syntax errors: {errors:?}", path.display()));
    let mut messages = BTreeMap::new();
    for entry in resource.body {
        match entry {
            Entry::Message(message) => {
                let mut shape = Shape::default();
                if let Some(value) = &message.value {
                    walk_pattern(value, &mut shape);
                }
                let id = message.id.name.to_owned();
                assert!(
                    messages.insert(id.clone(), shape).is_none(),
                    "{language}: {id} twice"
                );
            }
            Entry::Junk { content } => panic!("{language}: cannot parse {content:?}"),
            _ => {}
        }
    }
    messages
}

fn languages() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../i18n");
    let mut languages: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.path().join("commplan.ftl").is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    languages.sort();
    languages
}

/// The plural categories (CLDR) a language needs for whole numbers.
fn plural_categories(language: &str) -> &'static [&'static str] {
    match language {
        "sl" => &["one", "two", "few", "other"],
        "fr" | "it" => &["one", "many", "other"],
        _ => &["one", "other"],
    }
}

#[test]
fn every_language_has_exactly_the_english_messages_and_arguments() {
    let english = load("en");
    assert!(english.len() > 100, "English has its messages");
    let mut problems = Vec::new();
    for language in languages().iter().filter(|l| *l != "en") {
        let other = load(language);
        for id in english.keys().filter(|id| !other.contains_key(*id)) {
            problems.push(format!("{language}: missing {id}"));
        }
        for id in other.keys().filter(|id| !english.contains_key(*id)) {
            problems.push(format!("{language}: {id} is not an English message"));
        }
        for (id, shape) in &other {
            if let Some(en) = english.get(id)
                && en.variables != shape.variables
            {
                problems.push(format!(
                    "{language}: {id} uses {:?}, English uses {:?}",
                    shape.variables, en.variables
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn counted_messages_have_every_plural_form_of_their_language() {
    let english = load("en");
    let mut problems = Vec::new();
    for language in languages() {
        let needed = plural_categories(&language);
        for (id, shape) in load(&language) {
            let counted = english
                .get(&id)
                .is_some_and(|en| !en.plural_keys.is_empty());
            if !counted {
                continue;
            }
            for keys in &shape.plural_keys {
                // A select on words (not counts) has no plural keys at all.
                if !keys
                    .iter()
                    .any(|k| ["one", "two", "few", "many", "other"].contains(&k.as_str()))
                {
                    continue;
                }
                for category in needed.iter().filter(|c| **c != "many") {
                    if !keys.contains(*category) {
                        problems.push(format!("{language}: {id} has no [{category}] form"));
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// String literals in the screens and widgets that look like words for
/// people. Ids, format patterns and code are allowed; a line may opt out
/// with the comment `// not words`.
#[test]
fn screens_and_widgets_take_their_words_from_fluent() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    for dir in ["screen", "widget", "app"] {
        collect(&root.join(dir), &mut files);
    }
    for file in ["screen.rs", "widget.rs", "app.rs"] {
        files.push(root.join(file));
    }
    let mut found = Vec::new();
    for file in files.iter().filter(|f| f.is_file()) {
        let text = fs::read_to_string(file).unwrap();
        let code = text.split("#[cfg(test)]").next().unwrap_or("");
        for (number, line) in code.lines().enumerate() {
            let trimmed = line.trim_start();
            if trimmed.starts_with("//")
                || trimmed.starts_with("#[")
                || line.contains("// not words")
                || line.contains("tracing::")
                || line.contains("fl!(")
            {
                continue;
            }
            for literal in literals(line) {
                if looks_like_words(&literal) {
                    found.push(format!("{}:{}: {literal:?}", file.display(), number + 1));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "words outside Fluent:\n{}",
        found.join("\n")
    );
}

fn collect(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.filter_map(Result::ok) {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The contents of the plain string literals on a line.
fn literals(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = line.chars().peekable();
    let mut previous = ' ';
    while let Some(c) = chars.next() {
        if c == '"' && previous != '\'' && previous != 'r' && previous != '#' {
            let mut literal = String::new();
            let mut escaped = false;
            for c in chars.by_ref() {
                if escaped {
                    escaped = false;
                } else if c == '\\' {
                    escaped = true;
                } else if c == '"' {
                    break;
                }
                literal.push(c);
            }
            out.push(literal);
        }
        previous = c;
    }
    out
}

/// Two words of letters separated by a space, or a capitalised word:
/// "Add partner", "Save". Not: "partner-id", "{} · {}", "#ff0000".
fn looks_like_words(literal: &str) -> bool {
    let words: Vec<&str> = literal
        .split(|c: char| c.is_whitespace())
        .filter(|w| {
            w.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && w.chars()
                    .all(|c| c.is_alphabetic() || ",.:;!?'’".contains(c))
        })
        .collect();
    let capitalised = literal.chars().next().is_some_and(char::is_uppercase)
        && literal.chars().skip(1).all(|c| c.is_lowercase())
        && literal.len() > 2;
    words.len() >= 2 || capitalised
}
