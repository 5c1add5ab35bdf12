//! Native tests of the workspace: every authentication outcome, deletes that revoke connections,
//! integrations with system-generated keys, and the demo's lived-in state.

use api_auth::domain::access_key::KeySettings;
use api_auth::domain::demo::demo_data;
use api_auth::domain::integration::DisconnectReason;
use api_auth::domain::secret::checksum_of;
use api_auth::domain::workspace::ApiCall;
use api_auth::domain::{ActivityKind, DomainError, IntegrationId, SeededRandom, Workspace};
use api_auth::ui::words::error_with;
use chrono::{DateTime, Duration, TimeZone, Utc};

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 28, 12, 0, 0).unwrap()
}

/// A workspace with one key "CI" expiring in 30 days; returns its ID and secret.
fn with_key(rng: &mut SeededRandom) -> (Workspace, String, String) {
    let mut workspace = Workspace::default();
    let (changes, created) = workspace
        .view()
        .create_key(
            "CI",
            Some(now() + Duration::days(30)),
            &KeySettings::default(),
            now(),
            rng,
        )
        .unwrap();
    workspace.apply(&changes);
    (
        workspace,
        created.key.id.as_str().to_owned(),
        created.secret.reveal().to_owned(),
    )
}

#[test]
fn a_correct_pair_connects_and_records_last_used() {
    let mut rng = SeededRandom::new(1);
    let (mut workspace, id, secret) = with_key(&mut rng);
    let later = now() + Duration::hours(5);
    let (changes, connection) = workspace
        .view()
        .authenticate(
            &format!(" {id} "),
            &secret,
            &ApiCall::reading(" CI runner "),
            later,
            &mut rng,
        )
        .unwrap();
    assert_eq!(connection.client, "CI runner");
    assert_eq!(connection.established_at, later);
    workspace.apply(&changes);
    assert_eq!(workspace.access_keys[0].last_used_at, Some(later));
    assert_eq!(
        workspace
            .view()
            .active_connections(&workspace.access_keys[0].id.clone())
            .len(),
        1
    );
    assert!(matches!(
        workspace.activity[workspace.activity.len() - 2].kind,
        ActivityKind::ConnectionEstablished { .. }
    ));
    assert_eq!(workspace.activity.last().unwrap().kind, ActivityKind::Used);
}

#[test]
fn each_failure_says_exactly_what_is_wrong() {
    let mut rng = SeededRandom::new(2);
    let (workspace, id, secret) = with_key(&mut rng);
    let check = |id: &str, secret: &str, at| {
        workspace
            .view()
            .authenticate(id, secret, &ApiCall::reading("client"), at, &mut SeededRandom::new(9))
            .map(|_| ())
    };

    assert_eq!(
        workspace
            .view()
            .authenticate(&id, &secret, &ApiCall::reading("  "), now(), &mut SeededRandom::new(3))
            .map(|_| ()),
        Err(DomainError::ClientNameEmpty)
    );
    assert_eq!(
        check("Ak-nonsense", &secret, now()),
        Err(DomainError::MalformedAccessKeyId)
    );
    assert_eq!(check(&id, "sk_live_123", now()), Err(DomainError::SecretPrefix));
    assert_eq!(check(&id, &secret[..50], now()), Err(DomainError::SecretLength(50)));

    let mut typo = secret.clone();
    typo.replace_range(30..31, if &secret[30..31] == "x" { "y" } else { "x" });
    assert_eq!(check(&id, &typo, now()), Err(DomainError::SecretChecksum));

    // A well-formed secret with a valid checksum that belongs to no key: a wrong secret, not a typo.
    let body = "Z".repeat(43);
    let wrong = format!("aks_{body}{}", checksum_of(&body));
    assert_eq!(check(&id, &wrong, now()), Err(DomainError::SecretMismatch));

    let stranger = "Ak00000000-0000-4000-8000-000000000000";
    assert_eq!(
        check(stranger, &secret, now()),
        Err(DomainError::UnknownAccessKey(stranger.into()))
    );

    let expiry = now() + Duration::days(30);
    assert_eq!(check(&id, &secret, expiry - Duration::seconds(1)), Ok(()));
    assert_eq!(check(&id, &secret, expiry), Err(DomainError::KeyExpired(expiry)));
    assert_eq!(
        error_with(&DomainError::KeyExpired(expiry), |at| at.date_naive().to_string()),
        "This access key expired on 2026-12-28. Rotate its secret to give it a new expiry, or create a new access key."
    );
    assert_eq!(
        check(&id, &wrong, expiry),
        Err(DomainError::SecretMismatch),
        "no key state without its secret"
    );
}

#[test]
fn deleting_a_key_revokes_its_connections_and_its_credentials_stop_working() {
    let mut rng = SeededRandom::new(4);
    let (mut workspace, id, secret) = with_key(&mut rng);
    for client in ["CI runner", "Backup job"] {
        let (changes, _) = workspace
            .view()
            .authenticate(&id, &secret, &ApiCall::reading(client), now(), &mut rng)
            .unwrap();
        workspace.apply(&changes);
    }
    let key_id = workspace.access_keys[0].id.clone();
    let when = now() + Duration::days(1);
    let changes = workspace.view().delete_key(&key_id, when, &mut rng).unwrap();
    assert_eq!(changes.deleted_keys, vec![key_id.clone()]);
    assert_eq!(changes.connections.len(), 2);
    assert!(changes.connections.iter().all(|c| c.revoked_at == Some(when)));
    workspace.apply(&changes);
    assert!(workspace.access_keys.is_empty());
    assert!(workspace.view().active_connections(&key_id).is_empty());
    assert_eq!(
        workspace.connections.len(),
        2,
        "revoked connections are kept, with the time"
    );
    let revoked = workspace
        .activity
        .iter()
        .filter(|e| matches!(e.kind, ActivityKind::ConnectionRevoked { .. }))
        .count();
    assert_eq!(revoked, 2);
    assert_eq!(
        workspace
            .view()
            .authenticate(&id, &secret, &ApiCall::reading("again"), when, &mut rng)
            .map(|_| ()),
        Err(DomainError::KeyDeleted(when))
    );
}

#[test]
fn connecting_an_integration_makes_a_system_key_and_deleting_it_disconnects_the_integration() {
    let mut rng = SeededRandom::new(5);
    let mut workspace = Workspace::default();
    let changes = workspace
        .view()
        .connect_integration(&IntegrationId::new("zapier"), now(), &mut rng)
        .unwrap();
    workspace.apply(&changes);
    let key = workspace.access_keys[0].clone();
    assert!(key.system);
    assert_eq!(key.name.as_str(), "Zapier");
    assert_eq!(workspace.view().active_connections(&key.id)[0].client, "Zapier");
    assert!(workspace.integrations[0].is_connected());
    assert_eq!(
        workspace
            .view()
            .connect_integration(&IntegrationId::new("zapier"), now(), &mut rng),
        Err(DomainError::AlreadyConnected)
    );
    assert!(matches!(
        workspace
            .view()
            .connect_integration(&IntegrationId::new("nope"), now(), &mut rng),
        Err(DomainError::UnknownIntegration(_))
    ));

    let changes = workspace.view().delete_key(&key.id, now(), &mut rng).unwrap();
    workspace.apply(&changes);
    let link = &workspace.integrations[0];
    assert!(!link.is_connected());
    assert_eq!(link.reason, Some(DisconnectReason::KeyDeleted));

    // Reconnecting makes a fresh key; a name clash with a user's key gets a suffix.
    let (changes, _) = workspace
        .view()
        .create_key("zapier", None, &KeySettings::default(), now(), &mut rng)
        .unwrap();
    workspace.apply(&changes);
    let changes = workspace
        .view()
        .connect_integration(&IntegrationId::new("zapier"), now(), &mut rng)
        .unwrap();
    workspace.apply(&changes);
    assert!(
        workspace
            .access_keys
            .iter()
            .any(|k| k.system && k.name.as_str() == "Zapier (2)")
    );
}

#[test]
fn disconnecting_revokes_the_connection_and_removes_the_system_key() {
    let mut rng = SeededRandom::new(6);
    let mut workspace = Workspace::default();
    let changes = workspace
        .view()
        .connect_integration(&IntegrationId::new("slack"), now(), &mut rng)
        .unwrap();
    workspace.apply(&changes);
    let changes = workspace
        .view()
        .disconnect_integration(&IntegrationId::new("slack"), now(), &mut rng)
        .unwrap();
    workspace.apply(&changes);
    assert!(workspace.access_keys.is_empty());
    assert!(workspace.connections.iter().all(|c| !c.is_active()));
    assert_eq!(workspace.integrations[0].reason, Some(DisconnectReason::Disconnected));
}

#[test]
fn the_demo_has_one_connected_integration_and_keys_in_use() {
    let demo = demo_data(&mut SeededRandom::new(7), now());
    let system: Vec<_> = demo.access_keys.iter().filter(|k| k.system).collect();
    assert_eq!(system.len(), 1);
    assert_eq!(demo.integrations.iter().filter(|l| l.is_connected()).count(), 1);
    assert!(demo.connections.len() >= 3);
    let ci = demo
        .access_keys
        .iter()
        .find(|k| k.name.as_str() == "CI pipeline")
        .unwrap();
    assert!(ci.last_used_at.is_some());
    assert!(
        demo.activity.windows(2).all(|w| w[0].id <= w[1].id),
        "the log is in time order"
    );
}

#[test]
fn a_batch_delete_of_a_used_key_and_a_system_key_revokes_both_and_a_key_named_twice_is_refused() {
    let mut rng = SeededRandom::new(8);
    let (mut workspace, id, secret) = with_key(&mut rng);
    let (changes, _) = workspace
        .view()
        .authenticate(&id, &secret, &ApiCall::reading("Deploy bot"), now(), &mut rng)
        .unwrap();
    workspace.apply(&changes);
    let changes = workspace
        .view()
        .connect_integration(&IntegrationId::new("zapier"), now(), &mut rng)
        .unwrap();
    workspace.apply(&changes);
    let ids: Vec<_> = workspace.access_keys.iter().map(|key| key.id.clone()).collect();
    assert_eq!(ids.len(), 2);

    // Borrowed or owned, the records give the same answer.
    let view = api_auth::domain::WorkspaceView {
        access_keys: &workspace.access_keys,
        connections: &workspace.connections,
        integrations: &workspace.integrations,
        activity: &workspace.activity,
    };
    let changes = view.delete_keys(&ids, now(), &mut SeededRandom::new(9)).unwrap();
    assert_eq!(
        changes,
        workspace
            .view()
            .delete_keys(&ids, now(), &mut SeededRandom::new(9))
            .unwrap()
    );
    workspace.apply(&changes);
    assert!(workspace.access_keys.is_empty());
    assert!(workspace.connections.iter().all(|c| !c.is_active()));
    assert_eq!(workspace.integrations[0].reason, Some(DisconnectReason::KeyDeleted));
    let revoked: Vec<_> = changes
        .events
        .iter()
        .filter(|e| matches!(e.kind, ActivityKind::ConnectionRevoked { .. }))
        .collect();
    assert_eq!(revoked.len(), 2, "the deploy bot's and Zapier's connections");

    let (workspace, id, _) = with_key(&mut rng);
    let twice = vec![workspace.access_keys[0].id.clone(), workspace.access_keys[0].id.clone()];
    assert_eq!(
        workspace.view().delete_keys(&twice, now(), &mut rng),
        Err(DomainError::UnknownAccessKey(id))
    );
}

#[test]
fn the_log_filter_lists_every_kind_of_entry_once_and_storage_reads_each_code() {
    use api_auth::domain::connection::ACTIVITY_KINDS;
    use api_auth::ui::activity::words::kind_name;
    let every_kind = [
        ActivityKind::Created,
        ActivityKind::Renamed { from: "a".into() },
        ActivityKind::Deleted,
        ActivityKind::Disabled,
        ActivityKind::Enabled,
        ActivityKind::Rotated { grace_until: None },
        ActivityKind::Rotated {
            grace_until: Some(now() + chrono::Duration::milliseconds(1_234)),
        },
        ActivityKind::Used,
        ActivityKind::Expired,
        ActivityKind::ConnectionEstablished { client: "c".into() },
        ActivityKind::ConnectionRevoked { client: "c".into() },
        ActivityKind::DescriptionChanged { to: "d".into() },
        ActivityKind::PermissionsChanged {
            permissions: Some(api_auth::domain::permissions::Permissions::Full),
            allowed_ips: Default::default(),
            summary: None,
        },
        ActivityKind::PermissionsChanged {
            permissions: None,
            allowed_ips: Default::default(),
            summary: Some("s".into()),
        },
        ActivityKind::Refused {
            address: "203.0.113.10".into(),
            reason: "r".into(),
        },
        ActivityKind::OldSecretRevoked,
        ActivityKind::Restored,
    ];
    // A kind added to the domain but not to the filter fails here (and the match in `code` fails to
    // compile without it).
    let mut codes: Vec<&str> = every_kind.iter().map(ActivityKind::code).collect();
    codes.dedup();
    let mut listed: Vec<&str> = ACTIVITY_KINDS.to_vec();
    codes.sort_unstable();
    listed.sort_unstable();
    assert_eq!(listed, codes);
    // Each has its own name in the filter.
    let mut names: Vec<&str> = ACTIVITY_KINDS
        .iter()
        .map(|code| api_auth::i18n::t(kind_name(code).expect("every kind is named")))
        .collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), ACTIVITY_KINDS.len());
    assert_eq!(kind_name("nothing"), None);
    for kind in &every_kind {
        let stored = api_auth::domain::json::to_string(kind);
        assert_eq!(
            &api_auth::domain::json::from_str::<ActivityKind>(&stored).unwrap(),
            kind
        );
    }
    // A grace period stored with an offset other than Z is read as the same moment.
    let offset = r#"{"kind":"rotated","grace_until":"2026-12-03T10:00:00.5+01:30"}"#;
    assert_eq!(
        api_auth::domain::json::from_str::<ActivityKind>(offset).unwrap(),
        ActivityKind::Rotated {
            grace_until: Some("2026-12-03T08:30:00.5Z".parse().unwrap())
        }
    );
}

#[test]
fn an_integration_is_named_as_who_made_its_key_and_connected() {
    let mut rng = SeededRandom::new(31);
    let mut workspace = Workspace::default();
    let changes = workspace
        .view()
        .connect_integration(&api_auth::domain::IntegrationId::new("slack"), now(), &mut rng)
        .unwrap();
    workspace.apply(&changes);
    let actors: Vec<String> = workspace
        .activity
        .iter()
        .map(|e| api_auth::ui::activity::words::who(&e.actor()))
        .collect();
    assert_eq!(actors, ["Slack (integration)", "Slack (integration)"]);
}
