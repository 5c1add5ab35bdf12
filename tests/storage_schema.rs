//! Native tests of schema versions, migrations and the quarantine of unreadable records.

use api_auth::storage::records::{SCHEMA_KEY, SCHEMA_VERSION, UnreadableRecord, decode_snapshot, quarantine_writes};
use api_auth::storage::schema::{migrate, stored_version};
use api_auth::storage::{Collection, RawSnapshot, StorageError, StoredRecord, Write};
use api_auth::ui::words::Words;

fn record(key: &str, value: &str) -> StoredRecord {
    StoredRecord {
        key: key.into(),
        value: value.into(),
    }
}

/// A version 1 fixture: the legacy API key stored in full.
fn version_one() -> RawSnapshot {
    let mut raw = RawSnapshot::new();
    raw.insert(Collection::Meta, vec![record(SCHEMA_KEY, "1")]);
    raw.insert(
        Collection::ApiKeys,
        vec![record(
            "api-1",
            r#"{"id":"api-1","name":"CRM","key":"legacyKEY0123456789wxyz","created_at":"2023-01-01T00:00:00Z","last_used_at":null,"enabled":true}"#,
        )],
    );
    raw
}

fn apply(raw: &mut RawSnapshot, writes: &[Write]) {
    for write in writes {
        if let Write::Put { collection, key, value } = write {
            let records = raw.get_mut(*collection);
            records.retain(|r| &r.key != key);
            records.push(record(key, value));
        }
    }
}

#[test]
fn version_one_is_migrated_forward_and_the_plaintext_key_is_gone() {
    let mut raw = version_one();
    assert_eq!(stored_version(&raw), Some(1));
    let writes = migrate(&raw).unwrap();
    assert!(writes.contains(&Write::Put {
        collection: Collection::Meta,
        key: SCHEMA_KEY.into(),
        value: SCHEMA_VERSION.to_string()
    }));
    apply(&mut raw, &writes);
    assert_eq!(stored_version(&raw), Some(SCHEMA_VERSION));
    let text: String = raw.records().map(|r| r.value.clone()).collect();
    assert!(!text.contains("legacyKEY0123456789wxyz"));
    let loaded = decode_snapshot(&raw);
    assert!(loaded.unreadable.is_empty(), "{:?}", loaded.unreadable);
    assert_eq!(loaded.api_keys[0].last_four, "wxyz");
    assert_eq!(
        migrate(&raw).unwrap(),
        Vec::<Write>::new(),
        "a migrated store needs nothing more"
    );
}

#[test]
fn data_from_a_newer_version_is_refused_so_it_opens_read_only() {
    let mut raw = RawSnapshot::new();
    raw.insert(
        Collection::Meta,
        vec![record(SCHEMA_KEY, &(SCHEMA_VERSION + 1).to_string())],
    );
    assert_eq!(migrate(&raw), Err(StorageError::ReadOnly(SCHEMA_VERSION + 1)));
    assert!(StorageError::ReadOnly(3).words().contains("read-only"));
}

#[test]
fn nothing_stored_needs_no_migration() {
    assert_eq!(migrate(&RawSnapshot::new()).unwrap(), Vec::<Write>::new());
}

#[test]
fn unreadable_records_move_aside_with_their_original_text() {
    let unreadable = vec![UnreadableRecord {
        collection: Collection::AccessKeys,
        record: record("Akbroken", "{not json at all"),
        reason: "expected value".into(),
    }];
    let writes = quarantine_writes(&unreadable);
    assert_eq!(writes.len(), 2);
    assert_eq!(
        writes[1],
        Write::Delete {
            collection: Collection::AccessKeys,
            key: "Akbroken".into()
        }
    );
    let Write::Put { collection, key, value } = &writes[0] else {
        panic!("{writes:?}")
    };
    assert_eq!(*collection, Collection::Quarantine);
    assert_eq!(key, "access_keys/Akbroken");
    let mut raw = RawSnapshot::new();
    raw.insert(Collection::Quarantine, vec![record(key, value)]);
    let loaded = decode_snapshot(&raw);
    assert_eq!(loaded.quarantined.len(), 1);
    assert_eq!(loaded.quarantined[0].original, "{not json at all");
    assert_eq!(loaded.quarantined[0].collection, "access_keys");
}

/// A version 2 fixture: an access key as version 2 stored it (no description, permissions or addresses)
/// and one record that is not JSON.
fn version_two() -> RawSnapshot {
    let mut raw = RawSnapshot::new();
    raw.insert(Collection::Meta, vec![record(SCHEMA_KEY, "2")]);
    raw.insert(
        Collection::AccessKeys,
        vec![
            record(
                "Ak00000001-0000-4000-8000-000000001eef",
                r#"{"id":"Ak00000001-0000-4000-8000-000000001eef","name":"CI","secret_hash":"0000000000000000000000000000000000000000000000000000000000000001","created_at":"2026-01-02T03:04:05Z","expires_at":null,"system":false,"last_used_at":null,"disabled":false,"previous_secret":null}"#,
            ),
            record("Ak00000002-0000-4000-8000-000000003dde", "not json"),
        ],
    );
    raw
}

#[test]
fn version_two_keys_become_full_access_from_any_address_with_no_description() {
    use api_auth::domain::permissions::Permissions;
    let mut raw = version_two();
    let writes = migrate(&raw).unwrap();
    let migrated: Vec<&str> = writes
        .iter()
        .filter_map(|write| match write {
            Write::Put {
                collection: Collection::AccessKeys,
                value,
                ..
            } => Some(value.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(
        migrated.len(),
        1,
        "the unreadable record is left for start-up to set aside"
    );
    for field in [r#""description":"""#, r#""permissions":"full""#, r#""allowed_ips":[]"#] {
        assert!(migrated[0].contains(field), "{field} in {}", migrated[0]);
    }
    apply(&mut raw, &writes);
    assert_eq!(stored_version(&raw), Some(3));
    let loaded = decode_snapshot(&raw);
    let key = &loaded.access_keys[0];
    assert_eq!((key.name.as_str(), key.description.as_str()), ("CI", ""));
    assert_eq!(key.permissions, Permissions::Full);
    assert!(key.allowed_ips.is_any());
    assert_eq!(loaded.unreadable.len(), 1);
    assert_eq!(
        migrate(&raw).unwrap(),
        Vec::<Write>::new(),
        "a migrated store needs nothing more"
    );
}

#[test]
fn a_stored_key_with_a_range_that_does_not_read_is_set_aside_not_guessed_at() {
    let mut raw = version_two();
    raw.insert(Collection::Meta, vec![record(SCHEMA_KEY, "3")]);
    let records = raw.get_mut(Collection::AccessKeys);
    records[0].value = records[0].value.replace(
        r#""previous_secret":null"#,
        r#""previous_secret":null,"allowed_ips":["10.0.0.0/8","300.1.2.3"]"#,
    );
    let loaded = decode_snapshot(&raw);
    assert!(loaded.access_keys.is_empty());
    assert!(
        loaded.unreadable.iter().any(|u| u.reason.contains("300.1.2.3")),
        "{:?}",
        loaded.unreadable
    );
}
