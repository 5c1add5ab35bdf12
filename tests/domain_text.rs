//! `text::caseless` against the standard library: `str::to_lowercase`, except that every sigma is σ.
#![cfg(not(target_arch = "wasm32"))]

use api_auth::domain::AccessKeyName;
use api_auth::domain::text::caseless;
use proptest::prelude::*;

/// What `caseless` promises: the standard library's lowercase, sigma folded to σ.
fn expected(text: &str) -> String {
    text.to_lowercase().replace('ς', "σ")
}

#[test]
fn every_character_lowercases_as_the_standard_library_lowercases_it() {
    let mut differ = Vec::new();
    for c in (0..=0x10_FFFF_u32).filter_map(char::from_u32) {
        let text = c.to_string();
        if caseless(&text) != expected(&text) {
            differ.push(c);
        }
    }
    assert!(
        differ.is_empty(),
        "{} characters differ, the first {:?}",
        differ.len(),
        &differ[..differ.len().min(10)]
    );
}

#[test]
fn texts_in_many_scripts_lowercase_as_expected() {
    assert_eq!(caseless("Deploy KEY"), "deploy key");
    assert_eq!(caseless("ÄPFEL Über"), "äpfel über");
    assert_eq!(caseless("ĀĂĄĆ ǅ ǈ"), "āăąć ǆ ǉ");
    assert_eq!(caseless("МОСКВА Ёж"), "москва ёж");
    assert_eq!(caseless("ԱՐԵՎ"), "արեվ");
    assert_eq!(caseless("İstanbul"), "i\u{307}stanbul");
    assert_eq!(caseless("𐐀𐐁"), "𐐨𐐩");
    assert_eq!(caseless("東京 キー"), "東京 キー");
}

#[test]
fn a_final_sigma_is_the_same_letter_as_any_other_sigma() {
    assert_eq!(caseless("ΟΔΟΣ"), "οδοσ");
    assert_eq!(caseless("οδος"), "οδοσ");
    assert_eq!(
        "ΟΔΟΣ".to_lowercase(),
        "οδος",
        "the standard library writes a final sigma"
    );
    let upper = AccessKeyName::parse("ΟΔΟΣ").unwrap();
    for same in ["οδος", "οδοσ", "Οδος"] {
        assert!(upper.same_as(&AccessKeyName::parse(same).unwrap()), "{same}");
    }
    assert!(!upper.same_as(&AccessKeyName::parse("οδοι").unwrap()));
}

proptest! {
    #[test]
    fn any_text_lowercases_as_the_standard_library_lowercases_it(text in any::<String>()) {
        prop_assert_eq!(caseless(&text), expected(&text));
    }

    #[test]
    fn greek_words_lowercase_as_the_standard_library_lowercases_them(text in "[ΣσςΑαΟοΔδ' .İ-]{0,12}") {
        prop_assert_eq!(caseless(&text), expected(&text));
    }
}
