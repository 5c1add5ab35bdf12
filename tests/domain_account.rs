//! Native tests of the account identifiers and the demo account.

use api_auth::domain::demo::{DEMO_ACCOUNT_DOMAIN, demo_data};
use api_auth::domain::{Account, AccountDomain, AccountId, DebugSessionKey, DomainError, SeededRandom};
use api_auth::ui::words::Words;
use chrono::{TimeZone, Utc};

fn is_base62(text: &str) -> bool {
    text.bytes().all(|b| b.is_ascii_alphanumeric())
}

#[test]
fn generated_account_ids_are_ac_and_ten_base62_characters() {
    let mut rng = SeededRandom::new(7);
    for _ in 0..200 {
        let id = AccountId::generate(&mut rng);
        let text = id.as_str();
        assert_eq!(text.len(), 12, "{text}");
        assert!(text.starts_with("Ac"), "{text}");
        assert!(is_base62(&text[2..]), "{text}");
        assert_eq!(AccountId::parse(text), Ok(id.clone()));
    }
}

#[test]
fn the_same_seed_gives_the_same_identifiers_and_another_seed_does_not() {
    let a = AccountId::generate(&mut SeededRandom::new(42));
    let b = AccountId::generate(&mut SeededRandom::new(42));
    let c = AccountId::generate(&mut SeededRandom::new(43));
    assert_eq!(a, b);
    assert_ne!(a, c);
}

#[test]
fn malformed_account_ids_are_refused_with_the_value_in_the_message() {
    for bad in [
        "",
        "Ac",
        "Ac123456789",
        "Ac12345678901",
        "Xy1234567890",
        "Ac12345-7890",
        "ac1234567890",
        "Ac12345678é",
    ] {
        let error = AccountId::parse(bad).unwrap_err();
        assert_eq!(error, DomainError::MalformedAccountId(bad.to_owned()));
        assert!(error.words().contains("followed by 10 letters or digits"), "{error}");
    }
}

#[test]
fn debug_session_keys_are_32_base62_characters_and_never_printed_by_debug() {
    let mut rng = SeededRandom::new(1);
    let key = DebugSessionKey::generate(&mut rng);
    assert_eq!(key.reveal().len(), 32);
    assert!(is_base62(key.reveal()));
    assert!(!format!("{key:?}").contains(key.reveal()));
    assert_eq!(
        DebugSessionKey::parse("short"),
        Err(DomainError::MalformedDebugSessionKey)
    );
    assert_eq!(
        DebugSessionKey::parse(&"-".repeat(32)),
        Err(DomainError::MalformedDebugSessionKey)
    );
}

#[test]
fn account_domains_must_be_lower_case_host_names() {
    let domain = AccountDomain::parse("acme.example.com").unwrap();
    assert_eq!(domain.url(), "https://acme.example.com");
    for bad in [
        "",
        "localhost",
        "Acme.example",
        "acme..example",
        "-acme.example",
        "acme.example/",
        "ac me.example",
    ] {
        assert!(
            matches!(AccountDomain::parse(bad), Err(DomainError::MalformedAccountDomain(_))),
            "{bad}"
        );
    }
}

#[test]
fn the_demo_account_has_fresh_identifiers_and_a_reserved_domain() {
    let now = Utc.with_ymd_and_hms(2026, 11, 28, 9, 0, 0).unwrap();
    let first = demo_data(&mut SeededRandom::new(1), now).account;
    let second = demo_data(&mut SeededRandom::new(2), now).account;
    assert_ne!(first.id, second.id);
    assert_ne!(first.debug_session_key, second.debug_session_key);
    assert_eq!(first.domain.as_str(), DEMO_ACCOUNT_DOMAIN);
    assert!(DEMO_ACCOUNT_DOMAIN.ends_with(".example"));
    assert!(first.created_at < now);
}

#[test]
fn an_account_round_trips_through_json_and_a_tampered_id_is_refused() {
    let now = Utc.with_ymd_and_hms(2026, 1, 31, 0, 0, 0).unwrap();
    let account = demo_data(&mut SeededRandom::new(9), now).account;
    let json = api_auth::domain::json::to_string(&account);
    assert_eq!(api_auth::domain::json::from_str::<Account>(&json).unwrap(), account);
    let tampered = json.replace(account.id.as_str(), "Ac!!");
    assert!(api_auth::domain::json::from_str::<Account>(&tampered).is_err());
}
