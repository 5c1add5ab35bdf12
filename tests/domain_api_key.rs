//! Native tests of legacy API keys: masking, and the migration name in any language.

use api_auth::domain::api_key::equivalent_access_key_name;
use api_auth::domain::{AccessKeyName, ApiKey, SeededRandom};
use chrono::{NaiveDate, TimeZone, Utc};

#[test]
fn api_keys_are_deprecated_from_15_july_2023_on() {
    use api_auth::domain::api_key::{DEPRECATION_DATE, is_deprecated};
    let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    assert_eq!(DEPRECATION_DATE, day(2023, 7, 15));
    assert!(!is_deprecated(day(2023, 7, 14)));
    for today in [day(2023, 7, 15), day(2023, 7, 16), day(2026, 11, 28)] {
        assert!(is_deprecated(today));
    }
}

#[test]
fn an_api_key_shows_only_its_last_four_characters() {
    let now = Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap();
    let key = ApiKey::legacy(&mut SeededRandom::new(3), "CRM", now, None, true);
    assert_eq!(key.last_four.chars().count(), 4);
    assert!(key.masked().ends_with(&key.last_four));
    assert_eq!(key.masked().chars().count(), 16);
}

#[test]
fn the_equivalent_access_key_name_is_marked_and_always_a_valid_name() {
    let english = |base: &str| format!("{base} (from API key)");
    let japanese = |base: &str| format!("{base}（API キーから）");
    assert_eq!(
        equivalent_access_key_name("Legacy CRM sync", english),
        "Legacy CRM sync (from API key)"
    );
    let long = "x".repeat(80);
    let name = equivalent_access_key_name(&long, english);
    assert!(name.ends_with(" (from API key)"));
    assert_eq!(name.chars().count(), 64);
    assert!(AccessKeyName::parse(&name).is_ok());
    assert!(AccessKeyName::parse(&equivalent_access_key_name(&"é".repeat(70), english)).is_ok());
    let name = equivalent_access_key_name(&"東".repeat(70), japanese);
    assert!(
        name.ends_with("（API キーから）") && name.chars().count() == 64,
        "{name}"
    );
}
