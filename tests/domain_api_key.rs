//! Native tests of legacy API keys: the clock-aware deprecation notice, masking, and the migration name.

use api_auth::domain::api_key::{DEPRECATION_DATE, deprecation_notice, equivalent_access_key_name};
use api_auth::domain::{AccessKeyName, ApiKey, SeededRandom};
use chrono::{NaiveDate, TimeZone, Utc};

#[test]
fn the_notice_says_will_be_before_the_date_and_are_from_the_date_on() {
    let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    assert_eq!(DEPRECATION_DATE, day(2023, 7, 15));
    let before = deprecation_notice(day(2023, 7, 14));
    assert!(
        before.starts_with("API keys will be deprecated on or after 15 July 2023"),
        "{before}"
    );
    for today in [day(2023, 7, 15), day(2023, 7, 16), day(2026, 11, 28)] {
        let after = deprecation_notice(today);
        assert!(
            after.starts_with("API keys are deprecated as of 15 July 2023"),
            "{after}"
        );
        assert!(!after.contains("will be"));
    }
}

#[test]
fn an_api_key_shows_only_its_last_four_characters() {
    let now = Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap();
    let key = ApiKey::legacy(&mut SeededRandom::new(3), "CRM", now, None, true);
    assert_eq!(key.last_four.chars().count(), 4);
    assert!(key.masked().ends_with(&key.last_four));
    assert_eq!(key.masked().chars().count(), 16);
    assert_eq!(key.status_label(), "ON");
    assert_eq!(ApiKey { enabled: false, ..key }.status_label(), "OFF");
}

#[test]
fn the_equivalent_access_key_name_is_marked_and_always_a_valid_name() {
    assert_eq!(
        equivalent_access_key_name("Legacy CRM sync"),
        "Legacy CRM sync (from API key)"
    );
    let long = "x".repeat(80);
    let name = equivalent_access_key_name(&long);
    assert!(name.ends_with(" (from API key)"));
    assert_eq!(name.chars().count(), 64);
    assert!(AccessKeyName::parse(&name).is_ok());
    assert!(AccessKeyName::parse(&equivalent_access_key_name(&"é".repeat(70))).is_ok());
}

#[test]
fn the_faq_speaks_of_the_deadline_as_ahead_or_as_passed() {
    use api_auth::domain::api_key::{DEPRECATION_DATE, deadline_answers};
    let (before, _) = deadline_answers(DEPRECATION_DATE.pred_opt().unwrap());
    assert!(before.starts_with("Yes. API keys are deprecated across all accounts on or after 15 July 2023."));
    let (after, how) = deadline_answers(DEPRECATION_DATE);
    assert!(
        after.starts_with(
            "Yes, and it has passed: API keys have been deprecated across all accounts since 15 July 2023"
        )
    );
    assert!(how.starts_with("Existing keys have been deprecated since 15 July 2023"));
}

#[test]
fn the_demo_legacy_keys_were_made_before_api_keys_were_deprecated() {
    use api_auth::domain::SeededRandom;
    use api_auth::domain::api_key::DEPRECATION_DATE;
    use api_auth::domain::demo::demo_data;
    let demo = demo_data(&mut SeededRandom::new(3), chrono::Utc::now());
    assert!(!demo.api_keys.is_empty());
    for key in &demo.api_keys {
        assert!(key.created_at.date_naive() < DEPRECATION_DATE, "{}", key.name);
    }
}
