//! The message files, as people write them: one per slice and language (`src/ui/<slice>/locales/<lang>.txt`).
//!
//! ```text
//! # A comment.
//! create_access_key = Create access key
//! keys_selected[one] = {count} key selected
//! keys_selected[other] = {count} keys selected
//! ```
//!
//! A message is a key and one line of text; `{name}` is a placeholder, and a message whose key carries a
//! CLDR plural category (`[one]`, `[other]`…) is chosen by `{count}`. This file is std-only: `build.rs`
//! includes it to compile the catalogs (and refuses to build when one is incomplete), and the tests read
//! the same files through it.

use std::collections::BTreeSet;

/// The plural categories, in the order their slots are stored.
pub const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// The languages with a catalog: code, and the CLDR plural categories its integers use.
pub const LANGUAGES: [(&str, &[&str]); 5] = [
    ("en", &["one", "other"]),
    ("es", &["one", "many", "other"]),
    ("de", &["one", "other"]),
    ("ar", &["zero", "one", "two", "few", "many", "other"]),
    ("ja", &["other"]),
];

/// The CLDR plural categories of `code`'s integers (an unknown code: English's).
pub fn categories_of(code: &str) -> &'static [&'static str] {
    LANGUAGES
        .iter()
        .find(|(c, _)| *c == code)
        .map_or(LANGUAGES[0].1, |(_, categories)| categories)
}

/// One line of a message file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The message's key.
    pub key: String,
    /// The plural category this text is for, if the message has plural forms.
    pub form: Option<String>,
    /// The text.
    pub text: String,
    /// The line it is on (1-based), for messages about it.
    pub line: usize,
}

/// Reads a message file; an error names the line.
pub fn parse(text: &str) -> Result<Vec<Entry>, String> {
    let mut entries: Vec<Entry> = Vec::new();
    for (index, raw) in text.lines().enumerate() {
        let line = index + 1;
        let trimmed = raw.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let Some((name, value)) = trimmed.split_once(" = ") else {
            return Err(format!("line {line}: expected `key = text`"));
        };
        let (key, form) = match name.split_once('[') {
            Some((key, rest)) => {
                let form = rest.strip_suffix(']').ok_or(format!("line {line}: `[` without `]`"))?;
                if !CATEGORIES.contains(&form) {
                    return Err(format!("line {line}: `{form}` is not a plural category"));
                }
                (key, Some(form.to_string()))
            }
            None => (name, None),
        };
        let valid = key.starts_with(|c: char| c.is_ascii_lowercase())
            && key
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
        if !valid {
            return Err(format!("line {line}: `{key}` is not a key (a-z, 0-9, _)"));
        }
        if entries.iter().any(|e| e.key == key && e.form == form) {
            return Err(format!("line {line}: `{name}` is defined twice"));
        }
        placeholders(value).map_err(|problem| format!("line {line}: {problem}"))?;
        entries.push(Entry {
            key: key.to_string(),
            form,
            text: value.trim().to_string(),
            line,
        });
    }
    Ok(entries)
}

/// The placeholders of `text` in order of first appearance (`count` included).
pub fn placeholders(text: &str) -> Result<Vec<String>, String> {
    let mut found: Vec<String> = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find(['{', '}']) {
        if rest[open..].starts_with('}') {
            return Err("`}` without `{`".to_string());
        }
        let after = &rest[open + 1..];
        let close = after.find('}').ok_or("`{` without `}`")?;
        let name = &after[..close];
        if name.is_empty() || !name.chars().all(|c| c.is_ascii_lowercase() || c == '_') {
            return Err(format!("`{{{name}}}` is not a placeholder"));
        }
        if !found.iter().any(|f| f == name) {
            found.push(name.to_string());
        }
        rest = &after[close + 1..];
    }
    Ok(found)
}

/// A message of the source language: its key, its placeholders (without `count`), and whether it has
/// plural forms.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// The key.
    pub key: String,
    /// Its placeholders other than `count`, in the order the English text first uses them.
    pub arguments: Vec<String>,
    /// Whether it is chosen by a count.
    pub plural: bool,
}

/// The messages of a source-language file, in file order.
pub fn messages(entries: &[Entry]) -> Vec<Message> {
    let mut messages: Vec<Message> = Vec::new();
    for entry in entries {
        let names = placeholders(&entry.text).unwrap_or_default();
        let arguments = names.into_iter().filter(|n| n != "count");
        match messages.iter_mut().find(|m| m.key == entry.key) {
            Some(message) => {
                for name in arguments {
                    if !message.arguments.contains(&name) {
                        message.arguments.push(name);
                    }
                }
            }
            None => messages.push(Message {
                key: entry.key.clone(),
                arguments: arguments.collect(),
                plural: entry.form.is_some(),
            }),
        }
    }
    messages
}

/// What is wrong with `language`'s file (`entries`) against the source `messages`: a missing or extra
/// message, a plural form missing or not in the language, a placeholder missing or unknown. Empty when it
/// is complete.
pub fn check(messages: &[Message], language: &str, entries: &[Entry]) -> Vec<String> {
    let mut problems = Vec::new();
    let wanted = categories_of(language);
    for message in messages {
        let lines: Vec<&Entry> = entries.iter().filter(|e| e.key == message.key).collect();
        if lines.is_empty() {
            problems.push(format!("{language}: `{}` is missing", message.key));
            continue;
        }
        if message.plural {
            let forms: BTreeSet<&str> = lines.iter().filter_map(|e| e.form.as_deref()).collect();
            for category in wanted {
                if !forms.contains(category) {
                    problems.push(format!("{language}: `{}` has no `[{category}]` form", message.key));
                }
            }
            for form in &forms {
                if !wanted.contains(form) {
                    problems.push(format!(
                        "{language}: `{}[{form}]`: {language} has no `{form}` form",
                        message.key
                    ));
                }
            }
            if lines.iter().any(|e| e.form.is_none()) {
                problems.push(format!("{language}: `{}` needs plural forms", message.key));
            }
        } else if lines.iter().any(|e| e.form.is_some()) {
            problems.push(format!("{language}: `{}` has no plural forms in English", message.key));
        }
        let mut used: BTreeSet<String> = BTreeSet::new();
        for line in &lines {
            for name in placeholders(&line.text).unwrap_or_default() {
                if name == "count" && message.plural {
                    continue;
                }
                if !message.arguments.contains(&name) {
                    problems.push(format!(
                        "{language}: `{}` has an unknown placeholder {{{name}}}",
                        message.key
                    ));
                }
                used.insert(name);
            }
        }
        for name in &message.arguments {
            if !used.contains(name) {
                problems.push(format!("{language}: `{}` does not use {{{name}}}", message.key));
            }
        }
    }
    for entry in entries {
        if !messages.iter().any(|m| m.key == entry.key) {
            problems.push(format!(
                "{language}: `{}` (line {}) is not an English message",
                entry.key, entry.line
            ));
        }
    }
    problems.dedup();
    problems
}

/// The stored slots of one message in `language`: one for a plain message, one per entry of
/// [`CATEGORIES`] for a plural one (empty where the language has no such form). Placeholders become
/// their index among the message's arguments (`{0}`), and `{count}` becomes `{#}`.
pub fn slots(message: &Message, entries: &[Entry]) -> Vec<String> {
    let compile = |text: &str| -> String {
        let mut out = text.to_string();
        for (index, name) in message.arguments.iter().enumerate() {
            out = out.replace(&format!("{{{name}}}"), &format!("{{{index}}}"));
        }
        out.replace("{count}", "{#}")
    };
    let text_of = |form: Option<&str>| {
        entries
            .iter()
            .find(|e| e.key == message.key && e.form.as_deref() == form)
            .map(|e| compile(&e.text))
            .unwrap_or_default()
    };
    if message.plural {
        CATEGORIES.iter().map(|category| text_of(Some(category))).collect()
    } else {
        vec![text_of(None)]
    }
}

/// The pseudo-locale of an English text: accented, about a third longer, in brackets, its placeholders
/// kept, so a screen shows at once which text did not come from a catalog and where a longer language
/// will not fit.
pub fn pseudo(text: &str) -> String {
    let mut out = String::from("⟦");
    let mut in_placeholder = false;
    let mut letters: usize = 0;
    for c in text.chars() {
        match c {
            '{' => in_placeholder = true,
            '}' => in_placeholder = false,
            _ => {}
        }
        if in_placeholder || c == '}' {
            out.push(c);
            continue;
        }
        let accented = match c {
            'a' => 'á',
            'e' => 'é',
            'i' => 'í',
            'o' => 'ö',
            'u' => 'ü',
            'c' => 'ç',
            'n' => 'ñ',
            'y' => 'ý',
            'A' => 'Å',
            'E' => 'É',
            'I' => 'Î',
            'O' => 'Ø',
            'U' => 'Û',
            'C' => 'Ç',
            'N' => 'Ñ',
            'S' => 'Š',
            other => other,
        };
        if c.is_alphabetic() {
            letters += 1;
        }
        out.push(accented);
    }
    out.push(' ');
    out.extend(std::iter::repeat_n('~', letters.div_ceil(3).max(1)));
    out.push('⟧');
    out
}

/// FNV-1a, 64 bits: names a catalog file by its content, and ties a file to the build that reads it.
pub fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3)
    })
}
