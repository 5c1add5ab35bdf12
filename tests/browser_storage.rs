//! Each storage adapter round-trips records in a real browser (IndexedDB, localStorage, memory).
#![cfg(target_arch = "wasm32")]

use api_auth::domain::access_key::{KeySettings, create_access_key};
use api_auth::domain::demo::demo_data;
use api_auth::domain::{ExpiryPeriod, ExpiryPolicy, SeededRandom, Workspace};
use api_auth::storage::records::revision;
use api_auth::storage::records::{
    SCHEMA_VERSION, changes_writes, decode_snapshot, delete_access_key, delete_api_key, demo_writes, put_access_key,
    put_policy,
};
use api_auth::storage::{
    Collection, IndexedDbStore, LocalStorageStore, MemoryStore, RawSnapshot, Revision, StorageError, StorageKind,
    Store, StoredRecord, Write,
};
use chrono::{TimeZone, Utc};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn put(collection: Collection, key: &str, value: &str) -> Write {
    Write::Put {
        collection,
        key: key.into(),
        value: value.into(),
    }
}

/// Commits `writes` against the revision stored now (each test is its store's only writer).
async fn commit(store: &impl Store, writes: &[Write]) -> Result<Revision, StorageError> {
    let now = revision(&store.load_all().await?);
    store.commit(writes, now).await
}

/// A batch computed on an old revision is refused whole, and what is stored stays as it was.
async fn refuses_stale_batches(store: &impl Store) {
    let first = revision(&store.load_all().await.unwrap());
    let second = store
        .commit(&[put(Collection::AccessKeys, "k", r#"{"v":1}"#)], first)
        .await
        .unwrap();
    assert_eq!(second, first.next());
    // Another "tab" still holding `first` tries to write: refused, nothing applied.
    let stale = store
        .commit(
            &[
                put(Collection::AccessKeys, "k", r#"{"v":"stale"}"#),
                put(Collection::AccessKeys, "other", r#"{"v":2}"#),
            ],
            first,
        )
        .await;
    assert_eq!(stale, Err(StorageError::Conflict));
    let snapshot = store.load_all().await.unwrap();
    assert_eq!(revision(&snapshot), second);
    let keys = records(&snapshot, Collection::AccessKeys);
    assert!(keys.contains(&("k".into(), r#"{"v":1}"#.into())), "{keys:?}");
    assert!(!keys.iter().any(|(key, _)| key == "other"), "{keys:?}");
    // On the current revision the same batch goes through.
    assert_eq!(
        store
            .commit(&[put(Collection::AccessKeys, "other", r#"{"v":2}"#)], second)
            .await,
        Ok(second.next())
    );
}

fn records(snapshot: &RawSnapshot, collection: Collection) -> Vec<(String, String)> {
    snapshot
        .get(collection)
        .iter()
        .map(|StoredRecord { key, value }| (key.clone(), value.clone()))
        .collect()
}

/// The same observable contract for every adapter: puts, replaces, deletes and clears, all visible to a
/// fresh read, and a demo account that decodes back exactly.
async fn exercise(store: &impl Store) {
    commit(
        store,
        &[
            put(Collection::AccessKeys, "b", r#"{"n":2}"#),
            put(Collection::AccessKeys, "a", r#"{"n":1}"#),
            put(Collection::ApiKeys, "x", r#"{"legacy":true}"#),
        ],
    )
    .await
    .unwrap();
    let snapshot = store.load_all().await.unwrap();
    assert_eq!(
        records(&snapshot, Collection::AccessKeys),
        vec![("a".into(), r#"{"n":1}"#.into()), ("b".into(), r#"{"n":2}"#.into())]
    );
    assert_eq!(
        records(&snapshot, Collection::ApiKeys),
        vec![("x".into(), r#"{"legacy":true}"#.into())]
    );

    commit(
        store,
        &[
            put(Collection::AccessKeys, "a", r#"{"n":10}"#),
            Write::Delete {
                collection: Collection::AccessKeys,
                key: "b".into(),
            },
            Write::Clear {
                collection: Collection::ApiKeys,
            },
        ],
    )
    .await
    .unwrap();
    let snapshot = store.load_all().await.unwrap();
    assert_eq!(
        records(&snapshot, Collection::AccessKeys),
        vec![("a".into(), r#"{"n":10}"#.into())]
    );
    assert!(records(&snapshot, Collection::ApiKeys).is_empty());

    let demo = demo_data(
        &mut SeededRandom::new(8),
        Utc.with_ymd_and_hms(2026, 6, 1, 12, 0, 0).unwrap(),
    );
    commit(store, &demo_writes(&demo)).await.unwrap();
    let loaded = decode_snapshot(&store.load_all().await.unwrap());
    assert_eq!(loaded.schema_version, Some(SCHEMA_VERSION));
    assert_eq!(loaded.account, Some(demo.account));
    assert_eq!(loaded.access_keys.len(), demo.access_keys.len());

    // Access keys round-trip, and what is stored never holds a secret.
    let now = Utc.with_ymd_and_hms(2026, 6, 2, 8, 0, 0).unwrap();
    let mut rng = SeededRandom::new(77);
    let created = create_access_key(
        "Deploy, \"prod\" 🔑",
        None,
        &KeySettings::default(),
        &loaded.access_keys,
        now,
        &mut rng,
    )
    .unwrap();
    commit(store, &[put_access_key(&created.key)]).await.unwrap();
    let raw = store.load_all().await.unwrap();
    let reloaded = decode_snapshot(&raw);
    assert!(reloaded.access_keys.contains(&created.key));
    let everything: String = raw.records().map(|record| record.value.as_str()).collect();
    assert!(!everything.contains(created.secret.reveal()));
    assert!(!everything.contains(&created.secret.reveal()[4..47]));
    assert!(everything.contains(created.key.secret_hash.as_str()));

    commit(store, &[delete_access_key(&created.key.id)]).await.unwrap();
    let after = decode_snapshot(&store.load_all().await.unwrap());
    assert!(!after.access_keys.iter().any(|key| key.id == created.key.id));
    assert_eq!(after.access_keys.len(), demo.access_keys.len());

    // Connections, integrations and the activity log round-trip.
    assert_eq!(after.connections.len(), demo.connections.len());
    for connection in &demo.connections {
        assert!(after.connections.contains(connection));
    }
    assert_eq!(after.integrations, demo.integrations);
    assert_eq!(after.activity, demo.activity);

    // A delete through the workspace stores the revocations with it, atomically.
    let workspace = Workspace {
        access_keys: after.access_keys.clone(),
        connections: after.connections.clone(),
        integrations: after.integrations.clone(),
        activity: after.activity.clone(),
    };
    let ci = workspace
        .access_keys
        .iter()
        .find(|k| k.name.as_str() == "CI pipeline")
        .unwrap()
        .id
        .clone();
    let changes = workspace.view().delete_key(&ci, now, &mut rng).unwrap();
    commit(store, &changes_writes(&changes)).await.unwrap();
    let revoked = decode_snapshot(&store.load_all().await.unwrap());
    assert!(revoked.access_keys.iter().all(|k| k.id != ci));
    let of_ci: Vec<_> = revoked.connections.iter().filter(|c| c.access_key_id == ci).collect();
    assert_eq!(of_ci.len(), 2);
    assert!(of_ci.iter().all(|c| c.revoked_at == Some(now)));
    assert_eq!(revoked.activity.len(), demo.activity.len() + 3);

    // Rotation (with its grace period), disabling and their activity entries round-trip.
    let workspace = Workspace {
        access_keys: revoked.access_keys.clone(),
        activity: revoked.activity.clone(),
        ..Workspace::default()
    };
    let target = workspace.access_keys[0].id.clone();
    let (rotation, _secret) = workspace
        .view()
        .rotate_key(&target, chrono::Duration::hours(24), now, &mut rng)
        .unwrap();
    let mut workspace = workspace;
    workspace.apply(&rotation);
    let disabling = workspace.view().set_disabled(&target, true, now, &mut rng).unwrap();
    workspace.apply(&disabling);
    let mut writes = changes_writes(&rotation);
    writes.extend(changes_writes(&disabling));
    commit(store, &writes).await.unwrap();
    let lifecycle = decode_snapshot(&store.load_all().await.unwrap());
    let stored = lifecycle.access_keys.iter().find(|k| k.id == target).unwrap();
    assert_eq!(Some(stored), workspace.access_keys.iter().find(|k| k.id == target));
    assert!(stored.disabled);
    assert_eq!(stored.grace_until(now), Some(now + chrono::Duration::hours(24)));
    let mut codes: Vec<&str> = lifecycle
        .activity
        .iter()
        .filter(|e| e.access_key_id == target && e.at == now)
        .map(|e| e.kind.code())
        .collect();
    codes.sort_unstable();
    assert_eq!(codes, ["disabled", "rotated"]);

    // The demo's API keys and default policy are stored; a saved policy and a deleted API key stick.
    let by_id = |mut keys: Vec<api_auth::domain::ApiKey>| {
        keys.sort_by(|a, b| a.id.cmp(&b.id));
        keys
    };
    assert_eq!(by_id(after.api_keys.clone()), by_id(demo.api_keys.clone()));
    assert_eq!(after.policy, Some(ExpiryPolicy::default()));
    let strict = ExpiryPolicy {
        allowed: vec![ExpiryPeriod::Days(7)],
        default: ExpiryPeriod::Days(7),
        max_custom_days: 7,
    };
    let gone = demo.api_keys[0].id.clone();
    commit(store, &[put_policy(&strict), delete_api_key(&gone)])
        .await
        .unwrap();
    let last = decode_snapshot(&store.load_all().await.unwrap());
    assert_eq!(last.policy, Some(strict));
    assert_eq!(last.api_keys.len(), demo.api_keys.len() - 1);
    assert!(last.api_keys.iter().all(|key| key.id != gone));
}

#[wasm_bindgen_test]
async fn memory_store_round_trips() {
    let store = MemoryStore::default();
    assert_eq!(store.kind(), StorageKind::Memory);
    exercise(&store).await;
    refuses_stale_batches(&store).await;
}

#[wasm_bindgen_test]
async fn indexed_db_store_round_trips_and_keeps_data_across_connections() {
    let name = "api-auth-test-roundtrip";
    let store = IndexedDbStore::open(name).await.unwrap();
    assert_eq!(store.kind(), StorageKind::IndexedDb);
    commit(
        &store,
        &[Write::Clear {
            collection: Collection::AccessKeys,
        }],
    )
    .await
    .unwrap();
    exercise(&store).await;
    refuses_stale_batches(&store).await;
    commit(&store, &[put(Collection::Activity, "current", r#"{"max":90}"#)])
        .await
        .unwrap();
    store.close();

    let reopened = IndexedDbStore::open(name).await.unwrap();
    let snapshot = reopened.load_all().await.unwrap();
    let kept: Vec<_> = records(&snapshot, Collection::Activity)
        .into_iter()
        .filter(|(key, _)| key == "current")
        .collect();
    assert_eq!(kept, vec![("current".into(), r#"{"max":90}"#.into())]);
    reopened.close();
}

#[wasm_bindgen_test]
async fn local_storage_store_round_trips_under_its_own_prefix() {
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.clear().unwrap();
    storage.set_item("someone-else", "untouched").unwrap();
    let store = LocalStorageStore::open().unwrap();
    assert_eq!(store.kind(), StorageKind::LocalStorage);
    exercise(&store).await;
    assert_eq!(
        storage.get_item("api-auth/meta/schema_version").unwrap(),
        Some(SCHEMA_VERSION.to_string())
    );
    assert_eq!(
        storage.get_item("api-auth/access_keys/a").unwrap(),
        None,
        "the demo batch clears access keys"
    );
    assert_eq!(storage.get_item("someone-else").unwrap().as_deref(), Some("untouched"));
    refuses_stale_batches(&store).await;
    storage.clear().unwrap();
}

/// A backup locked with a passphrase through WebCrypto opens with it, and with no other; each lock has its
/// own salt and IV; the locked file holds nothing of the plain one.
#[wasm_bindgen_test]
async fn a_locked_backup_opens_with_its_passphrase_only() {
    use api_auth::browser::crypto::{LockError, lock, unlock};
    use api_auth::domain::backup::{AccountData, BackupRead, backup_text, locked_text, read_backup};
    let now = Utc.with_ymd_and_hms(2026, 12, 3, 9, 0, 0).unwrap();
    let demo = demo_data(&mut SeededRandom::new(8), now);
    let data = AccountData::from(demo);
    let plain = backup_text(&data, now);
    let locked = lock(&plain, "correct horse").await.unwrap();
    assert_eq!(locked.iterations, 600_000);
    let text = locked_text(locked.clone());
    assert!(!text.contains(data.account.id.as_str()) && !text.contains("Northwind"));
    assert!(matches!(read_backup(&text), Ok(BackupRead::Locked(_))));
    assert_eq!(unlock(&locked, "correct horse").await.unwrap(), plain);
    assert_eq!(unlock(&locked, "wrong horse").await, Err(LockError::WrongPassphrase));
    let again = lock(&plain, "correct horse").await.unwrap();
    assert_ne!(
        (again.salt.clone(), again.iv.clone()),
        (locked.salt.clone(), locked.iv.clone())
    );
    // A sealed byte changed: refused as the passphrase would be.
    let mut tampered = locked.clone();
    tampered
        .data
        .replace_range(0..1, if tampered.data.starts_with('A') { "B" } else { "A" });
    assert_eq!(
        unlock(&tampered, "correct horse").await,
        Err(LockError::WrongPassphrase)
    );
}
