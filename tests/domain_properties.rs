//! Property tests over every parser and validator: never a panic, always a specific error or a correct
//! value, whatever the input.
#![cfg(not(target_arch = "wasm32"))]

use api_auth::domain::access_key::NAME_MAX_CHARS;
use api_auth::domain::credentials_file::{Credentials, CredentialsFormat, FORMULA_TRIGGERS, csv_field};
use api_auth::domain::{
    AccessKeyId, AccessKeyName, AccessKeySecret, AccountId, DomainError, ExpiryPeriod, ExpiryPolicy, SeededRandom,
};
use proptest::prelude::*;

proptest! {
    #[test]
    fn a_name_is_valid_exactly_when_the_rules_allow_it(input in any::<String>()) {
        match AccessKeyName::parse(&input) {
            Ok(name) => {
                let text = name.as_str();
                prop_assert_eq!(text, input.trim());
                prop_assert!(!text.is_empty() && text.chars().count() <= NAME_MAX_CHARS);
                prop_assert!(!text.chars().any(char::is_control));
            }
            Err(error) => prop_assert!(error.concerns_name(), "unexpected error {:?}", error),
        }
    }

    #[test]
    fn any_text_parses_as_a_secret_or_gets_a_secret_error(input in any::<String>()) {
        match AccessKeySecret::parse(&input) {
            Ok(secret) => prop_assert_eq!(secret.reveal(), input.as_str()),
            Err(error) => {
                let specific = matches!(
                    error,
                    DomainError::SecretPrefix
                        | DomainError::SecretLength(_)
                        | DomainError::SecretCharacter { .. }
                        | DomainError::SecretChecksum
                );
                prop_assert!(specific, "unexpected error {:?}", error);
            }
        }
    }

    #[test]
    fn near_secrets_are_never_accepted_by_accident(seed in any::<u64>(), index in 4usize..53, replacement in "[0-9A-Za-z]") {
        let secret = AccessKeySecret::generate(&mut SeededRandom::new(seed));
        let mut changed = secret.reveal().to_owned();
        let original = &changed[index..=index];
        prop_assume!(original != replacement);
        changed.replace_range(index..=index, &replacement);
        // A one-character change is always caught by the checksum (CRC-32 finds every burst of up to 32
        // bits), in the body or in the checksum itself: a typo is told apart from a wrong secret.
        prop_assert_eq!(AccessKeySecret::parse(&changed).err(), Some(DomainError::SecretChecksum));
    }

    #[test]
    fn generated_identifiers_always_parse(seed in any::<u64>()) {
        let mut rng = SeededRandom::new(seed);
        let secret = AccessKeySecret::generate(&mut rng);
        prop_assert!(AccessKeySecret::parse(secret.reveal()).is_ok());
        let id = AccessKeyId::generate(&mut rng);
        prop_assert_eq!(AccessKeyId::parse(id.as_str()), Ok(id.clone()));
        let account = AccountId::generate(&mut rng);
        prop_assert_eq!(AccountId::parse(account.as_str()), Ok(account.clone()));
    }

    #[test]
    fn ids_parse_or_get_their_error(input in any::<String>()) {
        prop_assert!(matches!(AccessKeyId::parse(&input), Ok(_) | Err(DomainError::MalformedAccessKeyId)));
        prop_assert!(matches!(AccountId::parse(&input), Ok(_) | Err(DomainError::MalformedAccountId(_))));
    }

    #[test]
    fn csv_quoting_round_trips_any_name(name in any::<String>(), seed in any::<u64>()) {
        let mut rng = SeededRandom::new(seed);
        let (id, secret) = (AccessKeyId::generate(&mut rng), AccessKeySecret::generate(&mut rng));
        let text = Credentials { name: &name, id: &id, secret: &secret, expires_at: None, description: "", account_id: "Ac0123456789", api_base_url: "https://a.example/user/2/Ac0123456789" }.render(CredentialsFormat::Csv);
        let field = csv_field(&name);
        prop_assert!(text.contains(&field));
        // A name that would start a formula is written after an apostrophe (see domain_credentials_file).
        let written = if name.starts_with(FORMULA_TRIGGERS) { format!("'{name}") } else { name.clone() };
        if field.starts_with('"') {
            let inner = &field[1..field.len() - 1];
            prop_assert_eq!(inner.replace("\"\"", "\""), written);
        } else {
            prop_assert!(!written.contains([',', '"', '\r', '\n']));
            prop_assert_eq!(field, written);
        }
    }

    #[test]
    fn any_policy_validates_or_says_why(days in proptest::collection::vec(0u32..4000, 0..6), custom in any::<bool>(), never in any::<bool>(), max in 0u32..5000, default_index in 0usize..8) {
        let mut allowed: Vec<ExpiryPeriod> = days.into_iter().filter(|d| *d > 0).map(ExpiryPeriod::Days).collect();
        if custom { allowed.push(ExpiryPeriod::CustomDate); }
        if never { allowed.push(ExpiryPeriod::NoExpiry); }
        let policy = ExpiryPolicy { allowed, default: ExpiryPeriod::CHOICES[default_index], max_custom_days: max };
        match policy.validate() {
            Ok(()) => {
                prop_assert!(policy.allowed.contains(&policy.default));
                prop_assert!((1..=3650).contains(&policy.max_custom_days));
            }
            Err(error) => prop_assert!(error.to_string().len() > 10),
        }
    }
}

proptest! {
    #[test]
    fn the_shared_sort_orders_as_the_standard_stable_sort_does(keys in proptest::collection::vec(0u8..8, 0..200)) {
        // Few distinct keys, so many ties: the payload (the original position) shows whether ties keep order.
        let items: Vec<(u8, usize)> = keys.into_iter().enumerate().map(|(at, key)| (key, at)).collect();
        let mut expected = items.clone();
        expected.sort_by_key(|item| std::cmp::Reverse(item.0));
        let mut ours = items.clone();
        api_auth::domain::sort::sort_by(&mut ours, |a, b| b.0.cmp(&a.0));
        prop_assert_eq!(&ours, &expected);
        let mut by_key = items;
        api_auth::domain::sort::sort_by_key(&mut by_key, |item| std::cmp::Reverse(item.0));
        prop_assert_eq!(by_key, expected);
    }
}
