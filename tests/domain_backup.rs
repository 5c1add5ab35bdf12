//! Native tests of backups: the file round-trips (a property test), a changed or damaged file, a newer
//! format and a file that is no backup are refused in words, and a restore merges the same account
//! (added, kept, updated, never resurrecting a deleted key) and replaces another.
#![cfg(not(target_arch = "wasm32"))]

use api_auth::domain::access_key::KeySettings;
use api_auth::domain::backup::{
    AccountData, BackupContent, BackupRead, LOCK_ITERATIONS, LockedContent, backup_text, base64_decode, base64_encode,
    locked_text, plan_restore, read_backup,
};
use api_auth::domain::demo::demo_data;
use api_auth::domain::{ActivityKind, DomainError, SeededRandom, Workspace};
use api_auth::ui::words::Words;
use chrono::{DateTime, Duration, TimeZone, Utc};

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 3, 9, 0, 0).unwrap()
}

/// The demo account, as its data.
fn account(seed: u64) -> AccountData {
    let demo = demo_data(&mut SeededRandom::new(seed), now() - Duration::days(10));
    AccountData::from(demo)
}

fn workspace_of(data: &AccountData) -> Workspace {
    Workspace {
        access_keys: data.access_keys.clone(),
        connections: data.connections.clone(),
        integrations: data.integrations.clone(),
        activity: data.activity.clone(),
    }
}

fn with_workspace(data: &AccountData, workspace: Workspace) -> AccountData {
    AccountData {
        access_keys: workspace.access_keys,
        connections: workspace.connections,
        integrations: workspace.integrations,
        activity: workspace.activity,
        ..data.clone()
    }
}

fn read_plain(text: &str) -> BackupContent {
    match read_backup(text) {
        Ok(BackupRead::Plain(content)) => content,
        other => panic!("not a plain backup: {other:?}"),
    }
}

#[test]
fn a_backup_names_its_format_and_version_and_holds_hashes_never_secrets() {
    let mut rng = SeededRandom::new(1);
    let data = account(1);
    let mut workspace = workspace_of(&data);
    let (changes, created) = workspace
        .view()
        .create_key("Backed up", None, &KeySettings::default(), now(), &mut rng)
        .unwrap();
    workspace.apply(&changes);
    let data = with_workspace(&data, workspace);
    let text = backup_text(&data, now());
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(json["format"], "flowdeck-backup");
    assert_eq!(json["version"], 1);
    assert_eq!(json["sha256"].as_str().unwrap().len(), 64);
    assert!(!text.contains(created.secret.reveal()));
    assert!(text.contains(created.key.secret_hash.as_str()));
    let content = read_plain(&text);
    assert_eq!(content.made_at, now());
    assert_eq!(content.data, data);
}

#[test]
fn a_changed_or_damaged_backup_a_newer_one_and_other_files_are_refused_in_words() {
    let data = account(2);
    let text = backup_text(&data, now());
    // Re-indented: the same content, still good.
    let compact = serde_json::to_string(&serde_json::from_str::<serde_json::Value>(&text).unwrap()).unwrap();
    assert!(matches!(read_backup(&compact), Ok(BackupRead::Plain(_))));
    // A key renamed by hand, a character lost at the end, the digest edited.
    let name = data.access_keys[0].name.as_str();
    let renamed = text.replacen(&format!("\"{name}\""), "\"Renamed by hand\"", 1);
    assert_ne!(renamed, text);
    assert_eq!(read_backup(&renamed), Err(DomainError::BackupDamaged));
    assert_eq!(read_backup(&text[..text.len() - 2]), Err(DomainError::BackupDamaged));
    let mut json: serde_json::Value = serde_json::from_str(&text).unwrap();
    json["sha256"] = serde_json::Value::String("0".repeat(64));
    assert_eq!(read_backup(&json.to_string()), Err(DomainError::BackupDamaged));
    // A newer format.
    let mut newer: serde_json::Value = serde_json::from_str(&text).unwrap();
    newer["version"] = 2.into();
    assert_eq!(
        read_backup(&newer.to_string()),
        Err(DomainError::BackupFromNewerVersion)
    );
    // Not a backup at all.
    for other in [
        "",
        "garbage",
        "[1,2]",
        "{}",
        r#"{"format":"something-else","version":1}"#,
    ] {
        assert_eq!(read_backup(other), Err(DomainError::NotABackup), "{other}");
    }
    assert_eq!(
        DomainError::BackupDamaged.words(),
        "This backup has been changed or damaged since it was made."
    );
    assert_eq!(DomainError::NotABackup.words(), "This file is not a Flowdeck backup.");
    assert_eq!(
        DomainError::BackupFromNewerVersion.words(),
        "This backup was made by a newer version of this page."
    );
}

#[test]
fn a_locked_backup_shows_only_its_format_and_key_derivation() {
    let locked = LockedContent {
        kdf: "PBKDF2-HMAC-SHA256".into(),
        iterations: LOCK_ITERATIONS,
        salt: base64_encode(&[1; 16]),
        cipher: "AES-256-GCM".into(),
        iv: base64_encode(&[2; 12]),
        data: base64_encode(b"sealed"),
    };
    let text = locked_text(locked.clone());
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(json["format"], "flowdeck-backup");
    assert_eq!(json["locked"]["iterations"], 600_000);
    assert!(json.get("content").is_none() && json.get("sha256").is_none());
    assert_eq!(read_backup(&text), Ok(BackupRead::Locked(locked)));
}

#[test]
fn restoring_the_same_account_merges_and_never_brings_back_a_key_deleted_here() {
    let mut rng = SeededRandom::new(3);
    let start = account(3);
    let mut workspace = workspace_of(&start);
    for name in ["Kept", "Deleted later", "Renamed later"] {
        let (changes, _) = workspace
            .view()
            .create_key(name, None, &KeySettings::default(), now() - Duration::days(5), &mut rng)
            .unwrap();
        workspace.apply(&changes);
    }
    let id_of = |w: &Workspace, name: &str| {
        w.access_keys
            .iter()
            .find(|k| k.name.as_str() == name)
            .unwrap()
            .id
            .clone()
    };
    // A backup made on day -4, then changed in the backup's copy only (as another browser would).
    let made = now() - Duration::days(4);
    let mut theirs = workspace.clone();
    let (changes, _) = theirs
        .view()
        .create_key("Only in the backup", None, &KeySettings::default(), made, &mut rng)
        .unwrap();
    theirs.apply(&changes);
    let renamed_id = id_of(&theirs, "Renamed later");
    let changes = theirs
        .view()
        .rename_key(&renamed_id, "Renamed in the backup", made, &mut rng)
        .unwrap();
    theirs.apply(&changes);
    let backup = BackupContent {
        made_at: made,
        data: with_workspace(&start, theirs),
    };
    // Here, after the backup: one key deleted, one created.
    let deleted_id = id_of(&workspace, "Deleted later");
    let changes = workspace
        .view()
        .delete_key(&deleted_id, now() - Duration::days(1), &mut rng)
        .unwrap();
    workspace.apply(&changes);
    let (changes, _) = workspace
        .view()
        .create_key(
            "Only here",
            None,
            &KeySettings::default(),
            now() - Duration::days(1),
            &mut rng,
        )
        .unwrap();
    workspace.apply(&changes);
    let here = with_workspace(&start, workspace);

    let plan = plan_restore(&here, &backup, now(), &mut rng);
    let preview = &plan.preview;
    assert!(preview.same_account);
    assert_eq!(preview.added, ["Only in the backup"]);
    // Named as the user knows them here.
    assert_eq!(preview.updated, ["Renamed later"]);
    assert_eq!(preview.staying_deleted, ["Deleted later"]);
    assert!(preview.kept.contains(&"Kept".to_owned()) && preview.kept.contains(&"Only here".to_owned()));
    let names: Vec<&str> = plan.result.access_keys.iter().map(|k| k.name.as_str()).collect();
    assert!(!names.contains(&"Deleted later"), "a deleted key came back: {names:?}");
    assert!(
        names.contains(&"Only here")
            && names.contains(&"Only in the backup")
            && names.contains(&"Renamed in the backup")
    );
    // The log forgets nothing, records the restore per key, and the deleted key is still deleted.
    assert!(here.activity.iter().all(|e| plan.result.activity.contains(e)));
    let restored = plan
        .result
        .activity
        .iter()
        .filter(|e| e.kind == ActivityKind::Restored)
        .count();
    assert_eq!(restored, 2);
    assert!(
        plan.result
            .activity
            .iter()
            .any(|e| e.access_key_id == deleted_id && e.kind == ActivityKind::Deleted)
    );
    // Legacy API keys and the account's settings stay as they are here.
    assert_eq!(plan.result.api_keys, here.api_keys);
    assert_eq!(plan.result.account, here.account);
    // Restoring the same backup twice changes nothing more.
    let again = plan_restore(&plan.result, &backup, now(), &mut rng);
    assert!(again.preview.added.is_empty() && again.preview.updated.is_empty());
}

#[test]
fn a_backup_of_another_account_replaces_this_one() {
    let mut rng = SeededRandom::new(4);
    let here = account(4);
    let other = account(5);
    assert_ne!(here.account.id, other.account.id);
    let plan = plan_restore(
        &here,
        &BackupContent {
            made_at: now(),
            data: other.clone(),
        },
        now(),
        &mut rng,
    );
    assert!(!plan.preview.same_account);
    assert_eq!(plan.preview.backup_account.1, other.account.id.as_str());
    assert_eq!(plan.preview.this_account.1, here.account.id.as_str());
    assert_eq!(plan.result.account, other.account);
    assert_eq!(plan.result.access_keys, other.access_keys);
    assert_eq!(plan.preview.added.len(), other.access_keys.len());
}

proptest::proptest! {
    #[test]
    fn any_backup_round_trips(seed in 0u64..1_000, names in proptest::collection::vec("[A-Za-z0-9 ,\"'=+@-]{1,30}", 0..8), days in 0i64..3_000) {
        let mut rng = SeededRandom::new(seed);
        let data = account(seed);
        let mut workspace = workspace_of(&data);
        for name in &names {
            if let Ok((changes, _)) = workspace.view().create_key(name, Some(now() + Duration::days(days)), &KeySettings::default(), now(), &mut rng) {
                workspace.apply(&changes);
            }
        }
        let data = with_workspace(&data, workspace);
        let content = read_plain(&backup_text(&data, now()));
        proptest::prop_assert_eq!(content.data, data);
    }

    #[test]
    fn base64_round_trips(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..100)) {
        proptest::prop_assert_eq!(base64_decode(&base64_encode(&bytes)), Some(bytes));
    }
}

#[test]
fn base64_is_the_standard_alphabet() {
    assert_eq!(base64_encode(b"Man"), "TWFu");
    assert_eq!(base64_encode(b"Ma"), "TWE=");
    assert_eq!(base64_encode(b"M"), "TQ==");
    assert_eq!(base64_decode("TWE="), Some(b"Ma".to_vec()));
    assert_eq!(base64_decode("not base64!"), None);
}

#[test]
fn the_preview_says_what_happens_in_numbers_and_names() {
    use api_auth::domain::backup::RestorePreview;
    use api_auth::ui::settings::restore_words::{preview_lines, restored};
    let preview = RestorePreview {
        made_at: now(),
        backup_account: ("Northwind".into(), "Ac0000000001".into()),
        this_account: ("Northwind".into(), "Ac0000000001".into()),
        same_account: true,
        added: vec!["A".into(), "B".into()],
        kept: vec!["C".into()],
        updated: vec![],
        staying_deleted: vec!["Leaked".into()],
    };
    assert_eq!(
        preview_lines(&preview),
        [
            "This backup is of this account, “Northwind” (Ac0000000001): it is merged, and nothing here is lost.",
            "2 keys added: “A” and “B”.",
            "1 key kept as it is here.",
            "1 key deleted in this browser after the backup was made stays deleted: “Leaked”.",
        ]
    );
    assert_eq!(restored(&preview), "Backup restored: 2 keys added, 0 updated.");
    let other = RestorePreview {
        backup_account: ("Acme".into(), "Ac0000000002".into()),
        same_account: false,
        added: (1..=12).map(|n| format!("K{n}")).collect(),
        kept: vec![],
        staying_deleted: vec![],
        ..preview
    };
    assert_eq!(
        preview_lines(&other),
        [
            "This backup is of another account, “Acme” (Ac0000000002). Restoring it replaces this browser's account, “Northwind” (Ac0000000001): its keys, settings and activity log.",
            "12 keys restored: “K1”, “K2”, “K3”, “K4”, “K5”, “K6”, “K7”, “K8”, “K9”, “K10”, and 2 more.",
        ]
    );
    assert_eq!(restored(&other), "Backup restored: the account “Acme” with 12 keys.");
}
