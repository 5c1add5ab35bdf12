//! Native tests of the record encoding kept through the storage port.

use api_auth::domain::SeededRandom;
use api_auth::domain::demo::demo_data;
use api_auth::storage::records::{ACCOUNT_KEY, SCHEMA_KEY, SCHEMA_VERSION, decode_snapshot, demo_writes};
use api_auth::storage::{Collection, RawSnapshot, StoredRecord, Write};
use chrono::{TimeZone, Utc};

fn apply(writes: &[Write]) -> RawSnapshot {
    let mut snapshot = RawSnapshot::new();
    for write in writes {
        match write {
            Write::Put { collection, key, value } => {
                let records = snapshot.get_mut(*collection);
                records.retain(|r| &r.key != key);
                records.push(StoredRecord {
                    key: key.clone(),
                    value: value.clone(),
                });
            }
            Write::Delete { collection, key } => snapshot.get_mut(*collection).retain(|r| &r.key != key),
            Write::Clear { collection } => {
                snapshot.insert(*collection, Vec::new());
            }
        }
    }
    snapshot
}

#[test]
fn the_demo_batch_clears_every_collection_and_stores_the_schema_version_and_account() {
    let demo = demo_data(
        &mut SeededRandom::new(5),
        Utc.with_ymd_and_hms(2026, 3, 1, 0, 0, 0).unwrap(),
    );
    let writes = demo_writes(&demo);
    for collection in Collection::ALL {
        assert!(
            writes.contains(&Write::Clear { collection }),
            "{collection:?} is not cleared"
        );
    }
    let loaded = decode_snapshot(&apply(&writes));
    assert_eq!(loaded.schema_version, Some(SCHEMA_VERSION));
    assert_eq!(loaded.account, Some(demo.account));
    assert!(loaded.unreadable.is_empty());
    assert!(!loaded.is_empty());
}

#[test]
fn nothing_stored_is_a_first_start() {
    assert!(decode_snapshot(&RawSnapshot::new()).is_empty());
}

#[test]
fn an_unreadable_account_is_reported_with_its_original_text_not_dropped() {
    let mut snapshot = RawSnapshot::new();
    snapshot.insert(
        Collection::Meta,
        vec![StoredRecord {
            key: SCHEMA_KEY.into(),
            value: SCHEMA_VERSION.to_string(),
        }],
    );
    let garbage = r#"{"id":"not an id"}"#.to_owned();
    snapshot.insert(
        Collection::Accounts,
        vec![StoredRecord {
            key: ACCOUNT_KEY.into(),
            value: garbage.clone(),
        }],
    );
    let loaded = decode_snapshot(&snapshot);
    assert_eq!(loaded.account, None);
    assert_eq!(loaded.unreadable.len(), 1);
    assert_eq!(loaded.unreadable[0].collection, Collection::Accounts);
    assert_eq!(loaded.unreadable[0].record.value, garbage);
    assert!(
        !loaded.is_empty(),
        "unreadable data must never be mistaken for a first start"
    );
}

#[test]
fn every_activity_kind_is_stored_with_its_tag_beside_its_fields_and_reads_back() {
    use api_auth::domain::ActivityKind;
    let at = Utc.with_ymd_and_hms(2026, 11, 28, 9, 30, 0).unwrap();
    let kinds = [
        (ActivityKind::Created, r#"{"kind":"created"}"#),
        (
            ActivityKind::Renamed { from: "CI".into() },
            r#"{"kind":"renamed","from":"CI"}"#,
        ),
        (ActivityKind::Deleted, r#"{"kind":"deleted"}"#),
        (
            ActivityKind::ConnectionEstablished { client: "Slack".into() },
            r#"{"kind":"connection_established","client":"Slack"}"#,
        ),
        (ActivityKind::Disabled, r#"{"kind":"disabled"}"#),
        (ActivityKind::Enabled, r#"{"kind":"enabled"}"#),
        (
            ActivityKind::Rotated { grace_until: Some(at) },
            r#"{"kind":"rotated","grace_until":"2026-11-28T09:30:00Z"}"#,
        ),
        (
            ActivityKind::Rotated { grace_until: None },
            r#"{"kind":"rotated","grace_until":null}"#,
        ),
        (ActivityKind::Used, r#"{"kind":"used"}"#),
        (ActivityKind::Expired, r#"{"kind":"expired"}"#),
        (
            ActivityKind::ConnectionRevoked {
                client: "Zapier".into(),
            },
            r#"{"kind":"connection_revoked","client":"Zapier"}"#,
        ),
    ];
    for (kind, json) in kinds {
        assert_eq!(api_auth::domain::json::to_string(&kind), json);
        assert_eq!(
            api_auth::domain::json::from_str::<ActivityKind>(json).unwrap(),
            kind,
            "{json}"
        );
    }
    // Written before grace periods existed: no field at all still reads as "no grace".
    assert_eq!(
        api_auth::domain::json::from_str::<ActivityKind>(r#"{"kind":"rotated"}"#).unwrap(),
        ActivityKind::Rotated { grace_until: None }
    );
    // Order of fields does not matter; unknown kinds and missing fields are errors that name them.
    assert_eq!(
        api_auth::domain::json::from_str::<ActivityKind>(r#"{"from":"CI","kind":"renamed"}"#).unwrap(),
        ActivityKind::Renamed { from: "CI".into() }
    );
    let unknown = api_auth::domain::json::from_str::<ActivityKind>(r#"{"kind":"teleported"}"#).unwrap_err();
    assert!(
        unknown.to_string().contains("unknown variant `teleported`"),
        "{unknown}"
    );
    let missing = api_auth::domain::json::from_str::<ActivityKind>(r#"{"kind":"renamed"}"#).unwrap_err();
    assert!(missing.to_string().contains("missing field `from`"), "{missing}");
}

#[test]
fn connection_integration_and_api_key_ids_are_stored_as_the_plain_strings_they_always_were() {
    let record = |key: &str, value: &str| StoredRecord {
        key: key.to_owned(),
        value: value.to_owned(),
    };
    let key_id = "Ak8f14e45f-ceea-467f-a9b2-6f1ee2f4e1aa";
    let mut raw = RawSnapshot::new();
    raw.insert(
        Collection::Connections,
        vec![record(
            "0001767225600000-AbCdEfGh",
            &format!(
                r#"{{"id":"0001767225600000-AbCdEfGh","access_key_id":"{key_id}","client":"Slack","established_at":"2026-01-01T00:00:00Z","last_used_at":null,"revoked_at":null,"integration":"slack"}}"#
            ),
        )],
    );
    raw.insert(
        Collection::Integrations,
        vec![record(
            "slack",
            &format!(
                r#"{{"integration":"slack","access_key_id":"{key_id}","connection_id":"0001767225600000-AbCdEfGh","reason":null}}"#
            ),
        )],
    );
    raw.insert(
        Collection::ApiKeys,
        vec![record(
            "api-0123456789ab",
            r#"{"id":"api-0123456789ab","name":"Old","last_four":"wxyz","created_at":"2022-01-01T00:00:00Z","last_used_at":null,"enabled":true}"#,
        )],
    );
    let loaded = decode_snapshot(&raw);
    assert!(loaded.unreadable.is_empty(), "{:?}", loaded.unreadable);
    let connection = &loaded.connections[0];
    assert_eq!(connection.id.as_str(), "0001767225600000-AbCdEfGh");
    assert_eq!(connection.integration.as_ref().map(|id| id.as_str()), Some("slack"));
    let link = &loaded.integrations[0];
    assert_eq!(link.integration.as_str(), "slack");
    assert_eq!(link.connection_id.as_ref(), Some(&connection.id));
    assert_eq!(loaded.api_keys[0].id.as_str(), "api-0123456789ab");
    // Written back, each ID is the same plain string.
    let json = api_auth::domain::json::to_string(link);
    assert!(
        json.contains(r#""integration":"slack""#) && json.contains(r#""connection_id":"0001767225600000-AbCdEfGh""#),
        "{json}"
    );
}
