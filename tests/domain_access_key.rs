//! Native tests of access keys: IDs, names, creation, renaming, list order.

use api_auth::domain::access_key::{KeySettings, create_access_key, list_order, rename_access_key};
use api_auth::domain::{AccessKeyId, AccessKeyName, DomainError, SeededRandom};
use api_auth::ui::words::Words;
use chrono::{Duration, TimeZone, Utc};

#[test]
fn access_key_ids_are_ak_and_a_lowercase_uuid_v4() {
    let mut rng = SeededRandom::new(2);
    for _ in 0..100 {
        let id = AccessKeyId::generate(&mut rng);
        let text = id.as_str();
        assert_eq!(text.len(), 38, "{text}");
        assert!(text.starts_with("Ak"));
        let uuid = &text[2..];
        let groups: Vec<&str> = uuid.split('-').collect();
        assert_eq!(groups.iter().map(|g| g.len()).collect::<Vec<_>>(), vec![8, 4, 4, 4, 12]);
        assert!(
            uuid.bytes()
                .all(|b| b == b'-' || b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
        );
        assert_eq!(&groups[2][..1], "4", "version nibble in {text}");
        assert!("89ab".contains(&groups[3][..1]), "variant nibble in {text}");
        assert_eq!(AccessKeyId::parse(text), Ok(id.clone()));
    }
    for bad in [
        "",
        "Ak",
        "AK0e5f3a2c-1d4b-4c8e-9f7a-2b3c4d5e6f70",
        "Ak0E5F3A2C-1D4B-4C8E-9F7A-2B3C4D5E6F70",
        "Ak0e5f3a2c1d4b4c8e9f7a2b3c4d5e6f70",
    ] {
        assert_eq!(AccessKeyId::parse(bad), Err(DomainError::MalformedAccessKeyId), "{bad}");
    }
}

#[test]
fn names_are_trimmed_and_each_broken_rule_has_its_own_message() {
    assert_eq!(AccessKeyName::parse("  CI runner \t").unwrap().as_str(), "CI runner");
    assert_eq!(AccessKeyName::parse(""), Err(DomainError::NameEmpty));
    assert_eq!(AccessKeyName::parse("   "), Err(DomainError::NameEmpty));
    assert_eq!(AccessKeyName::parse(&"x".repeat(65)), Err(DomainError::NameTooLong(65)));
    assert!(AccessKeyName::parse(&"x".repeat(64)).is_ok());
    // 64 multi-byte characters are 64 characters, not 256 bytes.
    assert!(AccessKeyName::parse(&"🔑".repeat(64)).is_ok());
    assert_eq!(AccessKeyName::parse(&"é".repeat(65)), Err(DomainError::NameTooLong(65)));
    assert_eq!(
        AccessKeyName::parse("line\nbreak"),
        Err(DomainError::NameControlCharacter)
    );
    assert_eq!(
        AccessKeyName::parse("bell\u{7}"),
        Err(DomainError::NameControlCharacter)
    );
    assert_eq!(
        AccessKeyName::parse("hid\u{200B}den").map_err(|e| e.words()),
        Err(
            "A name cannot contain invisible or text-direction characters: U+200B zero width space after “hid”. \
             Remove it, or retype the name."
                .to_owned()
        )
    );
    assert!(matches!(
        AccessKeyName::parse("evil\u{202E}txt.exe"),
        Err(DomainError::NameInvisibleCharacter { character: '\u{202E}', ref before }) if before == "evil"
    ));
    assert!(matches!(
        AccessKeyName::parse("\u{200B}x"),
        Err(DomainError::NameInvisibleCharacter { ref before, .. }) if before.is_empty()
    ));
    assert_eq!(
        AccessKeyName::parse("\u{200B}x").unwrap_err().words(),
        "A name cannot contain invisible or text-direction characters: U+200B zero width space at the start. \
         Remove it, or retype the name."
    );
    assert!(
        AccessKeyName::parse("evil\u{202E}txt.exe")
            .unwrap_err()
            .words()
            .contains("U+202E text-direction control after “evil”")
    );
    // Emoji sequences are names like any other: a joiner between pictographs, variation selectors, skin
    // tones, flags (regional indicators and tag sequences).
    for name in [
        "Dev 👩\u{200D}💻",
        "Ops 👨🏽\u{200D}🚀",
        "Rainbow 🏳\u{FE0F}\u{200D}🌈",
        "Berlin 🇩🇪",
        "Scotland 🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}",
        "Heart ❤\u{FE0F}",
    ] {
        assert!(AccessKeyName::parse(name).is_ok(), "{name:?}");
    }
    // A joiner anywhere else still hides text.
    assert!(AccessKeyName::parse("a\u{200D}b").is_err());
    assert!(AccessKeyName::parse("💻\u{200D}").is_err());
    assert!(AccessKeyName::parse("<b>bold</b> & \"quotes\"").is_ok());
    let messages = [
        DomainError::NameEmpty,
        DomainError::NameTooLong(65),
        DomainError::NameControlCharacter,
        DomainError::NameInvisibleCharacter {
            character: '\u{200B}',
            before: "a".into(),
        },
        DomainError::NameTaken("CI".into()),
    ]
    .map(|e| e.to_string());
    for (i, a) in messages.iter().enumerate() {
        assert!(messages.iter().skip(i + 1).all(|b| a != b), "{messages:?}");
    }
}

#[test]
fn creating_a_key_stores_only_the_hash_and_refuses_a_taken_name_case_insensitively() {
    let now = Utc.with_ymd_and_hms(2026, 11, 28, 10, 0, 0).unwrap();
    let mut rng = SeededRandom::new(10);
    let first = create_access_key(
        "CI runner",
        Some(now + Duration::days(90)),
        &KeySettings::default(),
        &[],
        now,
        &mut rng,
    )
    .unwrap();
    assert!(first.key.secret_hash.matches(&first.secret));
    assert_eq!(first.key.created_at, now);
    assert!(!first.key.system);
    let stored = api_auth::domain::json::to_string(&first.key);
    assert!(
        !stored.contains(first.secret.reveal()),
        "the stored record holds the secret"
    );
    assert!(!stored.contains(&first.secret.reveal()[4..47]));

    let keys = vec![first.key.clone()];
    let error = create_access_key("  ci RUNNER ", None, &KeySettings::default(), &keys, now, &mut rng).unwrap_err();
    // The refusal names the key that has the name, as it is written.
    assert_eq!(error, DomainError::NameTaken("CI runner".into()));
    assert!(create_access_key("CI runner 2", None, &KeySettings::default(), &keys, now, &mut rng).is_ok());
}

#[test]
fn renaming_keeps_everything_else_and_allows_a_change_of_case_of_its_own_name() {
    let now = Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap();
    let mut rng = SeededRandom::new(12);
    let a = create_access_key("Alpha", None, &KeySettings::default(), &[], now, &mut rng)
        .unwrap()
        .key;
    let b = create_access_key(
        "Beta",
        None,
        &KeySettings::default(),
        std::slice::from_ref(&a),
        now,
        &mut rng,
    )
    .unwrap()
    .key;
    let keys = vec![a.clone(), b.clone()];

    let renamed = rename_access_key(&keys, &a.id, "ALPHA").unwrap();
    assert_eq!(renamed.name.as_str(), "ALPHA");
    assert_eq!(
        (renamed.id.clone(), renamed.secret_hash.clone()),
        (a.id.clone(), a.secret_hash.clone())
    );
    assert_eq!(
        rename_access_key(&keys, &a.id, "beta"),
        Err(DomainError::NameTaken("Beta".into()))
    );
    assert_eq!(rename_access_key(&keys, &a.id, " "), Err(DomainError::NameEmpty));
    let stranger = AccessKeyId::generate(&mut rng);
    assert!(matches!(
        rename_access_key(&keys, &stranger, "Gamma"),
        Err(DomainError::UnknownAccessKey(_))
    ));
}

#[test]
fn the_list_puts_system_keys_first_then_newest_first() {
    let now = Utc.with_ymd_and_hms(2026, 5, 5, 0, 0, 0).unwrap();
    let mut rng = SeededRandom::new(13);
    let old = create_access_key(
        "Old",
        None,
        &KeySettings::default(),
        &[],
        now - Duration::days(9),
        &mut rng,
    )
    .unwrap()
    .key;
    let new = create_access_key("New", None, &KeySettings::default(), &[], now, &mut rng)
        .unwrap()
        .key;
    let mut system = create_access_key(
        "Zapier",
        None,
        &KeySettings::default(),
        &[],
        now - Duration::days(30),
        &mut rng,
    )
    .unwrap()
    .key;
    system.system = true;
    let mut keys = [old, new, system];
    keys.sort_by(list_order);
    let names: Vec<&str> = keys.iter().map(|k| k.name.as_str()).collect();
    assert_eq!(names, ["Zapier", "New", "Old"]);
}
