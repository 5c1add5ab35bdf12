//! Compiles the message files of every slice (`src/ui/<slice>/locales/<lang>.txt`, see
//! `src/i18n/source.rs`) into:
//! - `$OUT_DIR/messages.rs`: one typed constant per message (`i18n::m::<slice>::<KEY>`, so a key that does
//!   not exist, or the wrong number of arguments, does not compile) and the English catalog;
//! - `target/i18n/<lang>.<hash>.txt`: every other language's catalog, fetched when it is chosen
//!   (`scripts/harden-dist.mjs` copies them into `dist/i18n/`), and the pseudo-locale `en-XA`.
//!
//! A language file that lacks a message, a plural form or a placeholder stops the build, naming it.
//!
//! It also writes `$OUT_DIR/lowercase.rs`, the compiler's own lowercase mapping as runs of characters
//! (see `domain::text::caseless`).

#[path = "src/i18n/source.rs"]
#[allow(dead_code)]
mod source;

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

fn main() {
    lowercase_runs();
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let ui = root.join("src/ui");
    println!("cargo::rerun-if-changed=src/i18n/source.rs");
    println!("cargo::rerun-if-changed=src/ui");

    let mut slices: Vec<(String, PathBuf)> = fs::read_dir(&ui)
        .expect("src/ui exists")
        .filter_map(Result::ok)
        .map(|entry| entry.path().join("locales"))
        .filter(|locales| locales.join("en.txt").is_file())
        .map(|locales| {
            let slice = locales.parent().and_then(Path::file_name).expect("a slice folder");
            (slice.to_string_lossy().into_owned(), locales)
        })
        .collect();
    slices.sort();

    let mut problems: Vec<String> = Vec::new();
    let mut code = String::new();
    let mut english: Vec<String> = Vec::new();
    let mut keys = String::new();
    let languages: Vec<&str> = source::LANGUAGES.iter().map(|(code, _)| *code).skip(1).collect();
    let mut catalogs: Vec<Vec<String>> = vec![Vec::new(); languages.len() + 1];

    for (slice, locales) in &slices {
        println!("cargo::rerun-if-changed={}", locales.display());
        let read = |language: &str| -> Vec<source::Entry> {
            let path = locales.join(format!("{language}.txt"));
            let text = fs::read_to_string(&path).unwrap_or_default();
            source::parse(&text).unwrap_or_else(|problem| panic!("{}: {problem}", path.display()))
        };
        let en = read("en");
        let messages = source::messages(&en);
        let _ = writeln!(
            code,
            "/// The messages of `ui::{slice}`.\npub mod {slice} {{\n    #[allow(unused_imports)]\n    use crate::i18n::{{Msg, Plural}};"
        );
        let translated: Vec<Vec<source::Entry>> = languages.iter().map(|language| read(language)).collect();
        for (language, entries) in languages.iter().zip(&translated) {
            for problem in source::check(&messages, language, entries) {
                problems.push(format!("src/ui/{slice}/locales/{problem}"));
            }
        }
        for message in &messages {
            let at = english.len();
            let en_slots = source::slots(message, &en);
            let shown: Vec<&str> = en
                .iter()
                .filter(|e| e.key == message.key)
                .map(|e| e.text.as_str())
                .collect();
            let doc = shown.join(" | ").replace('\\', "\\\\").replace('"', "\\\"");
            let kind = if message.plural { "Plural" } else { "Msg" };
            let arity = message.arguments.len();
            let arguments = if arity == 0 {
                String::new()
            } else {
                format!(" Arguments: {}.", message.arguments.join(", "))
            };
            let _ = writeln!(
                code,
                "    #[doc = \"“{doc}”.{arguments}\"]\n    pub const {}: {kind}<{arity}> = {kind}::at({at});",
                message.key.to_uppercase()
            );
            let _ = write!(keys, "{slice}.{}:{arity}:{};", message.key, message.plural);
            for (catalog, entries) in catalogs.iter_mut().zip(&translated) {
                catalog.extend(source::slots(message, entries));
            }
            let pseudo = catalogs.last_mut().expect("the pseudo-locale's catalog");
            pseudo.extend(
                en_slots
                    .iter()
                    .map(|s| if s.is_empty() { s.clone() } else { source::pseudo(s) }),
            );
            english.extend(en_slots);
        }
        code.push_str("}\n");
    }
    if !problems.is_empty() {
        panic!("the message catalogs are incomplete:\n  {}", problems.join("\n  "));
    }

    let keys_hash = source::fnv1a(keys.as_bytes());
    let out_dir = target_dir(&root).join("i18n");
    let _ = fs::remove_dir_all(&out_dir);
    fs::create_dir_all(&out_dir).expect("target/i18n can be made");
    let mut files = String::new();
    let mut names: Vec<String> = languages.iter().map(|l| l.to_string()).collect();
    names.push("en-XA".to_string());
    for (language, catalog) in names.iter().zip(&catalogs) {
        let mut text = format!("flowdeck-i18n {language} {keys_hash:016x} {}\n", catalog.len());
        for slot in catalog {
            assert!(!slot.contains('\n'), "a message is one line");
            text.push_str(slot);
            text.push('\n');
        }
        let name = format!("{language}.{:016x}.txt", source::fnv1a(text.as_bytes()));
        fs::write(out_dir.join(&name), &text).expect("a catalog can be written");
        let _ = write!(files, "(\"{language}\", \"/i18n/{name}\"), ");
    }

    let mut generated = String::new();
    let _ = writeln!(
        generated,
        "/// How many texts a catalog holds (plural messages hold six).\npub const SLOTS: usize = {};",
        english.len()
    );
    let _ = writeln!(
        generated,
        "/// Ties a catalog file to this build's messages.\npub const KEYS: &str = \"{keys_hash:016x}\";"
    );
    let _ = writeln!(
        generated,
        "/// The other languages' catalog files, by code.\npub const FILES: [(&str, &str); {}] = [{files}];",
        names.len()
    );
    // One text, a line per slot (as the other languages' files are): no table of pointers in the binary.
    let english_text: String = english.iter().map(|slot| format!("{slot}\n")).collect();
    let _ = writeln!(
        generated,
        "/// The English catalog, compiled in: a line per slot.\npub static ENGLISH: &str = {english_text:?};"
    );
    generated.push_str(&code);
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("messages.rs");
    fs::write(out, generated).expect("messages.rs can be written");
}

/// Every character that `char::to_lowercase` maps to one other character, as runs that share one
/// difference between a character and its lowercase: `Run { first, last, step, delta }` covers `first`,
/// `first + step`, … `last` (step 1 or 2: Latin and Greek alternate upper and lower case). The compiler's
/// table is 1,400 pairs; the runs are a tenth of that. One character lowercases to two (U+0130, İ → i̇):
/// `caseless` spells it out; any other would stop the build.
fn lowercase_runs() {
    let mut runs: Vec<(u32, u32, u32, i64)> = Vec::new();
    for c in (0..=0x10_FFFF_u32).filter_map(char::from_u32) {
        let lower: Vec<char> = c.to_lowercase().collect();
        if lower.len() > 1 {
            assert_eq!(c, '\u{130}', "a new character lowercases to {} characters", lower.len());
            continue;
        }
        let (from, to) = (u32::from(c), u32::from(lower[0]));
        if from == to {
            continue;
        }
        let delta = i64::from(to) - i64::from(from);
        match runs.last_mut() {
            Some((_, last, step, d)) if *d == delta && (from - *last == *step || (*step == 0 && from - *last <= 2)) => {
                *step = from - *last;
                *last = from;
            }
            _ => runs.push((from, from, 0, delta)),
        }
    }
    let mut text = format!("static RUNS: [Run; {}] = [\n", runs.len());
    for (first, last, step, delta) in runs {
        let step = step.max(1);
        let _ = writeln!(
            text,
            "    Run {{ first: {first:#x}, last: {last:#x}, step: {step}, delta: {delta} }},"
        );
    }
    text.push_str("];\n");
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("lowercase.rs");
    fs::write(out, text).expect("lowercase.rs can be written");
}

/// Where cargo builds: `CARGO_TARGET_DIR`, or `target/` beside Cargo.toml.
fn target_dir(root: &Path) -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root.join("target"), PathBuf::from)
}
