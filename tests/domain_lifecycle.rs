//! Native tests of the key lifecycle: disable/enable, rotation with a grace period (boundaries with fixed
//! clocks), "used" coalesced per day, and expiries in the activity log.

use api_auth::domain::access_key::KeySettings;
use api_auth::domain::workspace::ApiCall;
use api_auth::domain::{ActivityKind, DomainError, SeededRandom, Workspace};
use api_auth::ui::activity::words::{what, who};
use chrono::{DateTime, Duration, TimeZone, Utc};

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 28, 9, 0, 0).unwrap()
}

fn one_key(rng: &mut SeededRandom, expires_in: Duration) -> (Workspace, String, String) {
    let mut workspace = Workspace::default();
    let (changes, created) = workspace
        .view()
        .create_key("Deploy", Some(now() + expires_in), &KeySettings::default(), now(), rng)
        .unwrap();
    workspace.apply(&changes);
    (
        workspace,
        created.key.id.as_str().to_owned(),
        created.secret.reveal().to_owned(),
    )
}

fn auth(workspace: &Workspace, id: &str, secret: &str, at: DateTime<Utc>) -> Result<(), DomainError> {
    workspace
        .view()
        .authenticate(id, secret, &ApiCall::reading("client"), at, &mut SeededRandom::new(99))
        .map(|_| ())
}

#[test]
fn a_disabled_key_does_not_authenticate_until_enabled() {
    let mut rng = SeededRandom::new(1);
    let (mut workspace, id, secret) = one_key(&mut rng, Duration::days(30));
    let key_id = workspace.access_keys[0].id.clone();
    let changes = workspace.view().set_disabled(&key_id, true, now(), &mut rng).unwrap();
    workspace.apply(&changes);
    assert_eq!(auth(&workspace, &id, &secret, now()), Err(DomainError::KeyDisabled));
    let changes = workspace.view().set_disabled(&key_id, false, now(), &mut rng).unwrap();
    workspace.apply(&changes);
    assert_eq!(auth(&workspace, &id, &secret, now()), Ok(()));
    let kinds: Vec<_> = workspace.activity.iter().map(|e| e.kind.code()).collect();
    assert_eq!(kinds, ["created", "disabled", "enabled"]);
}

#[test]
fn the_old_secret_works_until_the_grace_period_ends_and_not_a_second_longer() {
    let mut rng = SeededRandom::new(2);
    let (mut workspace, id, old) = one_key(&mut rng, Duration::days(30));
    let key_id = workspace.access_keys[0].id.clone();
    let (changes, rotated) = workspace
        .view()
        .rotate_key(&key_id, Duration::hours(1), now(), &mut rng)
        .unwrap();
    workspace.apply(&changes);
    assert_eq!(rotated.key.id.as_str(), id, "the same access key ID");
    let new = rotated.secret.reveal().to_owned();
    assert_ne!(new, old);
    assert_eq!(auth(&workspace, &id, &new, now()), Ok(()));
    assert_eq!(auth(&workspace, &id, &old, now() + Duration::minutes(59)), Ok(()));
    assert_eq!(
        auth(&workspace, &id, &old, now() + Duration::hours(1)),
        Err(DomainError::SecretMismatch)
    );
    assert_eq!(
        workspace.access_keys[0].grace_until(now()),
        Some(now() + Duration::hours(1))
    );
    assert_eq!(workspace.access_keys[0].grace_until(now() + Duration::hours(1)), None);
}

#[test]
fn rotating_with_no_grace_period_stops_the_old_secret_at_once() {
    let mut rng = SeededRandom::new(3);
    let (mut workspace, id, old) = one_key(&mut rng, Duration::days(30));
    let key_id = workspace.access_keys[0].id.clone();
    let (changes, rotated) = workspace
        .view()
        .rotate_key(&key_id, Duration::zero(), now(), &mut rng)
        .unwrap();
    workspace.apply(&changes);
    assert_eq!(auth(&workspace, &id, &old, now()), Err(DomainError::SecretMismatch));
    assert_eq!(auth(&workspace, &id, rotated.secret.reveal(), now()), Ok(()));
    assert!(matches!(
        workspace.activity.last().unwrap().kind,
        ActivityKind::Rotated { grace_until: None }
    ));
}

#[test]
fn use_is_logged_once_per_day() {
    let mut rng = SeededRandom::new(4);
    let (mut workspace, id, secret) = one_key(&mut rng, Duration::days(30));
    for at in [now(), now() + Duration::hours(3), now() + Duration::days(1)] {
        let (changes, _) = workspace
            .view()
            .authenticate(&id, &secret, &ApiCall::reading("client"), at, &mut rng)
            .unwrap();
        workspace.apply(&changes);
    }
    let used = workspace
        .activity
        .iter()
        .filter(|e| e.kind == ActivityKind::Used)
        .count();
    assert_eq!(used, 2);
}

#[test]
fn expiries_appear_in_the_activity_log_once_they_happen() {
    let mut rng = SeededRandom::new(5);
    let (workspace, _, _) = one_key(&mut rng, Duration::days(2));
    assert!(
        workspace
            .view()
            .activity_at(now() + Duration::days(1))
            .iter()
            .all(|e| e.kind != ActivityKind::Expired)
    );
    let log = workspace.view().activity_at(now() + Duration::days(3));
    assert_eq!(log[0].kind, ActivityKind::Expired, "newest first");
    assert_eq!(log[0].at, now() + Duration::days(2));
}

#[test]
fn the_old_secret_can_be_revoked_before_its_grace_period_ends_and_it_is_logged() {
    let mut rng = SeededRandom::new(7);
    let (mut workspace, id, old) = one_key(&mut rng, Duration::days(30));
    let key_id = workspace.access_keys[0].id.clone();
    let (changes, _rotated) = workspace
        .view()
        .rotate_key(&key_id, Duration::hours(24), now(), &mut rng)
        .unwrap();
    workspace.apply(&changes);
    assert_eq!(auth(&workspace, &id, &old, now() + Duration::hours(1)), Ok(()));

    let revoked_at = now() + Duration::hours(2);
    let changes = workspace
        .view()
        .revoke_previous_secret(&key_id, revoked_at, &mut rng)
        .unwrap();
    assert_eq!(changes.events[0].kind, ActivityKind::OldSecretRevoked);
    workspace.apply(&changes);
    assert_eq!(workspace.access_keys[0].grace_until(revoked_at), None);
    assert_eq!(
        auth(&workspace, &id, &old, revoked_at + Duration::minutes(1)),
        Err(DomainError::SecretMismatch)
    );
    // Nothing is left to revoke, and a rotation with no grace period leaves nothing either.
    assert_eq!(
        workspace.view().revoke_previous_secret(&key_id, revoked_at, &mut rng),
        Err(DomainError::NoOldSecret)
    );
    let (changes, _) = workspace
        .view()
        .rotate_key(&key_id, Duration::zero(), revoked_at, &mut rng)
        .unwrap();
    workspace.apply(&changes);
    assert_eq!(
        workspace.view().revoke_previous_secret(&key_id, revoked_at, &mut rng),
        Err(DomainError::NoOldSecret)
    );
}

#[test]
fn rotating_an_expired_key_gives_it_a_new_expiry_and_no_grace_for_the_old_secret() {
    let mut rng = SeededRandom::new(8);
    let (mut workspace, id, old) = one_key(&mut rng, Duration::days(30));
    let key_id = workspace.access_keys[0].id.clone();
    let later = now() + Duration::days(40);
    assert!(matches!(
        auth(&workspace, &id, &old, later),
        Err(DomainError::KeyExpired(_))
    ));

    let renewed_until = Some(later + Duration::days(90));
    let (changes, rotated) = workspace
        .view()
        .rotate_key_until(&key_id, Duration::hours(24), renewed_until, later, &mut rng)
        .unwrap();
    workspace.apply(&changes);
    let key = &workspace.access_keys[0];
    assert_eq!(key.expires_at, renewed_until);
    // The old secret no longer worked, so it gets no grace period and nothing says it is valid.
    assert_eq!(key.previous_secret, None);
    assert_eq!(key.grace_until(later), None);
    assert_eq!(auth(&workspace, &id, rotated.secret.reveal(), later), Ok(()));
    assert_eq!(auth(&workspace, &id, &old, later), Err(DomainError::SecretMismatch));
}

#[test]
fn an_expired_key_promises_no_old_secret() {
    let mut rng = SeededRandom::new(9);
    let (mut workspace, _id, _old) = one_key(&mut rng, Duration::days(1));
    let key_id = workspace.access_keys[0].id.clone();
    let (changes, _) = workspace
        .view()
        .rotate_key(&key_id, Duration::days(7), now(), &mut rng)
        .unwrap();
    workspace.apply(&changes);
    let key = &workspace.access_keys[0];
    assert!(key.grace_until(now() + Duration::hours(1)).is_some());
    // The key expires on day 1; the grace period would run to day 7, but an expired key works with neither.
    assert_eq!(key.grace_until(now() + Duration::days(2)), None);
}

#[test]
fn the_log_keeps_an_expiry_when_the_key_is_deleted_or_given_a_new_expiry() {
    let mut rng = SeededRandom::new(21);
    let (mut workspace, _, _) = one_key(&mut rng, Duration::days(2));
    let later = now() + Duration::days(5);
    let expired = |w: &Workspace| {
        w.view()
            .activity_at(later)
            .iter()
            .filter(|e| e.kind == ActivityKind::Expired)
            .map(|e| (e.at, who(&e.actor())))
            .collect::<Vec<_>>()
    };
    let once = vec![(now() + Duration::days(2), "Flowdeck, at the key's expiry".to_owned())];
    assert_eq!(expired(&workspace), once);
    // Rotated with a new expiry: the key works again, and the log still says it had expired.
    let key_id = workspace.access_keys[0].id.clone();
    let (changes, _) = workspace
        .view()
        .rotate_key_until(
            &key_id,
            Duration::zero(),
            Some(later + Duration::days(30)),
            later,
            &mut rng,
        )
        .unwrap();
    workspace.apply(&changes);
    assert_eq!(expired(&workspace), once);
    // Deleted: nothing leaves the log.
    let mut deleted = workspace.clone();
    let before = deleted.view().activity_at(later).len();
    let changes = deleted.view().delete_key(&key_id, later, &mut rng).unwrap();
    deleted.apply(&changes);
    assert_eq!(expired(&deleted), once);
    assert_eq!(deleted.view().activity_at(later).len(), before + 1);
    // An expired key deleted at once keeps its entry too.
    let (mut workspace, _, _) = one_key(&mut rng, Duration::days(2));
    let key_id = workspace.access_keys[0].id.clone();
    let changes = workspace.view().delete_key(&key_id, later, &mut rng).unwrap();
    workspace.apply(&changes);
    assert_eq!(expired(&workspace), once);
}

#[test]
fn a_client_that_calls_again_reuses_its_connection_and_each_entry_names_who_acted() {
    let mut rng = SeededRandom::new(22);
    let (mut workspace, id, secret) = one_key(&mut rng, Duration::days(30));
    for minutes in [1, 2, 3] {
        let call = ApiCall {
            address: "198.51.100.7",
            ..ApiCall::reading("CI runner")
        };
        let at = now() + Duration::minutes(minutes);
        let (changes, connection) = workspace
            .view()
            .authenticate(&id, &secret, &call, at, &mut rng)
            .unwrap();
        workspace.apply(&changes);
        assert_eq!(connection.last_used_at, Some(at));
    }
    let (changes, _) = workspace
        .view()
        .authenticate(&id, &secret, &ApiCall::reading("Backup job"), now(), &mut rng)
        .unwrap();
    workspace.apply(&changes);
    let clients: Vec<&str> = workspace.connections.iter().map(|c| c.client.as_str()).collect();
    assert_eq!(clients, ["CI runner", "Backup job"]);
    let said: Vec<(String, String)> = workspace
        .activity
        .iter()
        .map(|e| (what(&e.kind), who(&e.actor())))
        .collect();
    assert_eq!(
        said,
        [
            ("Created".to_owned(), "You, in this browser".to_owned()),
            (
                "Connection established: CI runner".to_owned(),
                "“CI runner” from 198.51.100.7".to_owned()
            ),
            ("Used".to_owned(), "“CI runner” from 198.51.100.7".to_owned()),
            (
                "Connection established: Backup job".to_owned(),
                "“Backup job” from 203.0.113.10".to_owned()
            ),
        ]
    );
}

#[test]
fn who_acted_is_stored_as_text_and_read_back_the_same() {
    use api_auth::domain::Actor;
    let actors = [
        Actor::You,
        Actor::Schedule,
        Actor::Integration("Slack".into()),
        Actor::Client {
            name: "CI | runner".into(),
            address: Some("2001:db8::1".into()),
        },
        Actor::Client {
            name: String::new(),
            address: None,
        },
    ];
    for actor in actors {
        assert_eq!(
            Actor::from_stored(&actor.stored()),
            Some(actor.clone()),
            "{}",
            actor.stored()
        );
    }
    assert_eq!(Actor::from_stored("robot"), None);
    assert_eq!(Actor::from_stored("client"), None);
}

#[test]
fn the_log_is_shown_a_page_at_a_time_newest_first_and_filtered() {
    use api_auth::domain::workspace::ActivityFilter;
    use api_auth::ui::activity::words::entries_line;
    let mut rng = SeededRandom::new(23);
    let (mut workspace, _, _) = one_key(&mut rng, Duration::days(1));
    let key_id = workspace.access_keys[0].id.clone();
    for minute in 1..=60 {
        let disabled = minute % 2 == 1;
        let changes = workspace
            .view()
            .set_disabled(&key_id, disabled, now() + Duration::minutes(minute), &mut rng)
            .unwrap();
        workspace.apply(&changes);
    }
    // 1 created + 60 switches + 1 expiry (a day later) = 62 entries.
    let later = now() + Duration::days(2);
    let view = workspace.view();
    let (first, page) = view.activity_window(later, ActivityFilter::default(), 0, 25);
    assert_eq!((first.len(), page.total, page.count), (25, 62, 3));
    assert_eq!(first[0].kind, ActivityKind::Expired);
    assert!(first.windows(2).all(|pair| pair[0].at >= pair[1].at));
    assert_eq!(entries_line(&page), "Entries 1–25 of 62");
    let (last, page) = view.activity_window(later, ActivityFilter::default(), 9, 25);
    assert_eq!((last.len(), page.index), (12, 2));
    assert_eq!(last.last().unwrap().kind, ActivityKind::Created);
    assert_eq!(entries_line(&page), "Entries 51–62 of 62");
    let filter = ActivityFilter {
        key: Some(&key_id),
        kind: Some("enabled"),
    };
    let (enabled, page) = view.activity_window(later, filter, 0, 50);
    assert_eq!((enabled.len(), entries_line(&page)), (30, "30 entries".to_owned()));
    assert_eq!(view.activity_at(later).len(), 62);
}
