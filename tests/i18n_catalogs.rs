//! The catalogs: every message in every language, none unused, placeholders and plural forms complete,
//! and the runtime reading a language's file and choosing plural forms by CLDR rules.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Path, PathBuf};

use api_auth::i18n::plural::category;
use api_auth::i18n::source::{self, CATEGORIES, LANGUAGES};
use api_auth::i18n::{Catalog, CatalogError, Locale, m, scope, scopes, set_locale, t, tf, tn};
use leptos::prelude::{ArcMemo, Get, Owner};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every slice with messages, and its locales folder.
fn slices() -> Vec<(String, PathBuf)> {
    let mut found: Vec<(String, PathBuf)> = fs::read_dir(root().join("src/ui"))
        .unwrap()
        .filter_map(Result::ok)
        .map(|entry| entry.path().join("locales"))
        .filter(|locales| locales.join("en.txt").is_file())
        .map(|locales| {
            (
                locales
                    .parent()
                    .unwrap()
                    .file_name()
                    .unwrap()
                    .to_string_lossy()
                    .into_owned(),
                locales,
            )
        })
        .collect();
    found.sort();
    found
}

fn read(locales: &Path, language: &str) -> Vec<source::Entry> {
    let path = locales.join(format!("{language}.txt"));
    let text = fs::read_to_string(&path).unwrap_or_else(|_| panic!("{} is missing", path.display()));
    source::parse(&text).unwrap_or_else(|problem| panic!("{}: {problem}", path.display()))
}

#[test]
fn every_message_is_in_every_language_with_its_placeholders_and_plural_forms() {
    let slices = slices();
    assert!(slices.len() >= 4, "the slices with messages: {slices:?}");
    for (slice, locales) in &slices {
        let messages = source::messages(&read(locales, "en"));
        assert!(!messages.is_empty(), "{slice} has no messages");
        for (language, _) in LANGUAGES.iter().skip(1) {
            let problems = source::check(&messages, language, &read(locales, language));
            assert!(problems.is_empty(), "{slice}: {problems:#?}");
        }
    }
}

#[test]
fn no_message_is_unused() {
    let mut code = String::new();
    let mut stack = vec![root().join("src")];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(dir).unwrap().filter_map(Result::ok) {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                code.push_str(&fs::read_to_string(path).unwrap());
            }
        }
    }
    let mut unused = Vec::new();
    for (slice, locales) in slices() {
        for message in source::messages(&read(&locales, "en")) {
            let constant = format!("::{}", message.key.to_uppercase());
            let used = code.match_indices(&constant).any(|(at, _)| {
                !code[at + constant.len()..].starts_with(|c: char| c.is_ascii_alphanumeric() || c == '_')
            });
            if !used {
                unused.push(format!("{slice}::{}", message.key));
            }
        }
    }
    assert!(unused.is_empty(), "messages no code uses: {unused:?}");
}

#[test]
fn the_checker_names_what_a_translation_lacks() {
    let en = source::parse("a = Hello {name}\nb[one] = {count} key\nb[other] = {count} keys\n").unwrap();
    let messages = source::messages(&en);
    let complete = source::parse(
        "a = Hola {name}\nb[one] = {count} clave\nb[many] = {count} de claves\nb[other] = {count} claves\n",
    )
    .unwrap();
    assert_eq!(source::check(&messages, "es", &complete), Vec::<String>::new());

    let lacking = source::parse("b[one] = {count} clave\nb[other] = {count} claves\nc = Extra\n").unwrap();
    let problems = source::check(&messages, "es", &lacking);
    assert!(problems.iter().any(|p| p.contains("`a` is missing")), "{problems:?}");
    assert!(
        problems.iter().any(|p| p.contains("`b` has no `[many]` form")),
        "{problems:?}"
    );
    assert!(
        problems
            .iter()
            .any(|p| p.contains("`c` (line 3) is not an English message")),
        "{problems:?}"
    );

    let wrong =
        source::parse("a = Hallo {nmae}\nb[one] = {count} Schlüssel\nb[few] = x\nb[other] = {count} Schlüssel\n")
            .unwrap();
    let problems = source::check(&messages, "de", &wrong);
    assert!(
        problems.iter().any(|p| p.contains("unknown placeholder {nmae}")),
        "{problems:?}"
    );
    assert!(
        problems.iter().any(|p| p.contains("does not use {name}")),
        "{problems:?}"
    );
    assert!(
        problems.iter().any(|p| p.contains("de has no `few` form")),
        "{problems:?}"
    );

    assert!(source::parse("a b = x").unwrap_err().contains("line 1"));
    assert!(source::parse("a = x\na = y").unwrap_err().contains("twice"));
    assert!(source::parse("a = {open").unwrap_err().contains("`{` without `}`"));
    assert!(
        source::parse("a[several] = x")
            .unwrap_err()
            .contains("not a plural category")
    );
}

#[test]
fn plural_rules_follow_cldr() {
    let of = |code: &str, n: u64| CATEGORIES[category(code, n)];
    assert_eq!(
        [of("en", 0), of("en", 1), of("en", 2), of("en", 1_000_000)],
        ["other", "one", "other", "other"]
    );
    assert_eq!([of("de", 1), of("de", 21)], ["one", "other"]);
    assert_eq!(
        [
            of("es", 0),
            of("es", 1),
            of("es", 2),
            of("es", 1_000_000),
            of("es", 2_000_000),
            of("es", 1_000_001)
        ],
        ["other", "one", "other", "many", "many", "other"]
    );
    assert_eq!(
        [
            of("ar", 0),
            of("ar", 1),
            of("ar", 2),
            of("ar", 3),
            of("ar", 10),
            of("ar", 11),
            of("ar", 99),
            of("ar", 100),
            of("ar", 102),
            of("ar", 103),
            of("ar", 111)
        ],
        [
            "zero", "one", "two", "few", "few", "many", "many", "other", "other", "few", "many"
        ]
    );
    assert_eq!([of("ja", 0), of("ja", 1), of("ja", 2)], ["other", "other", "other"]);
    // Each language's listed categories are exactly those its rule gives.
    for (code, listed) in LANGUAGES {
        let mut given: Vec<&str> = (0..=2_000_000u64)
            .step_by(7)
            .chain(0..=200)
            .chain([1_000_000, 2_000_000])
            .map(|n| of(code, n))
            .collect();
        given.sort_by_key(|c| CATEGORIES.iter().position(|x| x == c));
        given.dedup();
        assert_eq!(given, listed.to_vec(), "{code}");
    }
}

#[test]
fn languages_are_matched_by_their_primary_tag() {
    assert_eq!(Locale::best_match(["de-CH", "en"]), Locale::De);
    assert_eq!(Locale::best_match(["pt-BR", "es-419"]), Locale::Es);
    assert_eq!(Locale::best_match(["ar-EG"]), Locale::Ar);
    assert_eq!(Locale::best_match(["ja_JP"]), Locale::Ja);
    assert_eq!(Locale::best_match(["pt-BR", "fr"]), Locale::En);
    assert_eq!(Locale::best_match([]), Locale::En);
    // The pseudo-locale is never chosen for a user.
    assert_eq!(Locale::best_match(["en-XA"]), Locale::En);
    assert_eq!(Locale::from_code("en-XA"), Some(Locale::Pseudo));
    assert!(Locale::Ar.is_rtl() && !Locale::Ja.is_rtl());
    assert_eq!(
        Locale::OFFERED.map(Locale::own_name),
        ["English", "Español", "Deutsch", "العربية", "日本語"]
    );
}

/// The catalog file build.rs wrote for `locale`.
fn catalog_text(locale: Locale) -> String {
    let name = locale.file().unwrap().trim_start_matches("/i18n/").to_string();
    let dir = std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root().join("target"), PathBuf::from);
    fs::read_to_string(dir.join("i18n").join(&name)).unwrap_or_else(|_| panic!("{name} was not written"))
}

#[test]
fn a_language_file_is_read_and_its_plurals_and_placeholders_filled() {
    assert_eq!(Locale::En.file(), None, "English is compiled in");
    assert_eq!(t(m::shell::LANGUAGE), "Language");
    assert_eq!(tn(m::words::PERIOD_DAYS, 1, []), "1 day");
    assert_eq!(tn(m::words::PERIOD_DAYS, 1_000, []), "1,000 days");
    assert_eq!(tf(m::access_keys::CREATED, ["CI"]), "Access key “CI” created.");

    let arabic = Catalog::read(Locale::Ar, catalog_text(Locale::Ar)).unwrap();
    set_locale(Locale::Ar, arabic);
    assert_eq!(t(m::shell::LANGUAGE), "اللغة");
    assert_eq!(tn(m::words::PERIOD_DAYS, 2, []), "يومان");
    assert_eq!(tn(m::words::PERIOD_DAYS, 7, []), "7 أيام");
    assert_eq!(tn(m::words::PERIOD_DAYS, 30, []), "30 يومًا");

    let german = Catalog::read(Locale::De, catalog_text(Locale::De)).unwrap();
    set_locale(Locale::De, german);
    assert_eq!(tf(m::access_keys::CREATED, ["CI"]), "Zugriffsschlüssel „CI“ erstellt.");
    // Placeholders may move: German puts the integration's name first.
    assert_eq!(tf(m::pages::ACTION_INTEGRATION, ["Trennen", "Slack"]), "Slack: Trennen");

    let pseudo = Catalog::read(Locale::Pseudo, catalog_text(Locale::Pseudo)).unwrap();
    set_locale(Locale::Pseudo, pseudo);
    let text = tf(m::access_keys::CREATED, ["CI"]);
    assert!(
        text.starts_with('⟦') && text.ends_with('⟧') && text.contains("“CI”"),
        "{text}"
    );
    assert!(
        text.chars().count() as f64 >= 1.3 * "Access key “CI” created.".chars().count() as f64,
        "{text}"
    );
    set_locale(Locale::En, Catalog::english());
}

#[test]
fn a_file_of_another_language_or_build_is_refused() {
    let spanish = catalog_text(Locale::Es);
    assert_eq!(
        Catalog::read(Locale::De, spanish.clone()).unwrap_err(),
        CatalogError::OtherLanguage
    );
    assert_eq!(
        Catalog::read(Locale::Es, "<!doctype html>\n<html>".into()).unwrap_err(),
        CatalogError::NotACatalog
    );
    let other_build = spanish.replacen(m::KEYS, "0000000000000000", 1);
    assert_eq!(
        Catalog::read(Locale::Es, other_build).unwrap_err(),
        CatalogError::OtherBuild
    );
    let short = spanish.lines().take(10).collect::<Vec<_>>().join("\n");
    assert_eq!(Catalog::read(Locale::Es, short).unwrap_err(), CatalogError::OtherBuild);
}

#[test]
fn the_pseudo_locale_keeps_placeholders_and_marks_every_text() {
    let text = source::pseudo("Delete {name}? It cannot be undone.");
    assert!(text.starts_with('⟦') && text.ends_with('⟧'));
    assert!(text.contains("{name}"), "{text}");
    assert!(text.contains("Délété"), "{text}");
}

#[test]
fn every_integration_says_in_its_own_words_what_it_does() {
    use api_auth::domain::integration::INTEGRATIONS;
    use api_auth::ui::pages::integration_description;
    let mut said: Vec<&str> = INTEGRATIONS
        .iter()
        .map(|integration| t(integration_description(integration.code).expect("described")))
        .collect();
    said.sort_unstable();
    said.dedup();
    assert_eq!(said.len(), INTEGRATIONS.len());
    assert_eq!(integration_description("unheard-of"), None);
}

#[test]
fn a_part_drawn_under_its_own_scope_follows_the_language_and_is_forgotten_when_dropped() {
    let page = Owner::new();
    let row = page.child();
    let label = row.with(|| {
        scope();
        ArcMemo::new(|_| t(m::access_keys::CREATE).to_owned())
    });
    assert_eq!(label.get(), "Create");
    assert_eq!(scopes(), 1);

    // The label reads the language through the row's own trigger, which the language change notifies.
    set_locale(Locale::De, Catalog::read(Locale::De, catalog_text(Locale::De)).unwrap());
    assert_eq!(label.get(), "Erstellen");

    // Dropping the row forgets its trigger: nothing of it is left to notify.
    row.cleanup();
    assert_eq!(scopes(), 0);
    set_locale(Locale::En, Catalog::english());
}
