//! Native tests of `state` over the memory store: start-up, every operation, and two tabs (two states
//! over one shared store) racing each other. A "stale" tab is one that has not yet heard of the other
//! tab's change — as a throttled background tab, or a commit landing between compute and write.
#![cfg(not(target_arch = "wasm32"))]

use std::cell::Cell;
use std::rc::Rc;

use api_auth::domain::access_key::KeySettings;
use api_auth::domain::workspace::ApiCall;
use api_auth::domain::{
    AccessKey, ActivityEvent, DomainError, ExpiryPeriod, ExpiryPolicy, IntegrationId, SeededRandom,
};
use api_auth::state::{ActionError, AppState, Env, Phase, SHOWN_AT_ONCE};
use api_auth::storage::records::{SCHEMA_KEY, decode_snapshot, put};
use api_auth::storage::{AnyStore, Collection, MemoryStore, Revision, StorageError, Store, Write};
use api_auth::ui::words::Words;
use chrono::{DateTime, Duration, TimeZone, Utc};
use futures::executor::block_on;
use leptos::prelude::*;

fn start() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 1, 9, 0, 0).unwrap()
}

/// One browser tab: its state, its clock and how often it announced a change.
struct Tab {
    state: AppState,
    clock: Rc<Cell<DateTime<Utc>>>,
    announced: Rc<Cell<usize>>,
}

fn open_tab(store: &MemoryStore, seed: u64) -> Tab {
    let clock = Rc::new(Cell::new(start()));
    let announced = Rc::new(Cell::new(0));
    let state = AppState::new(Env::manual(clock.clone(), SeededRandom::new(seed), announced.clone()));
    block_on(state.open(AnyStore::Memory(store.clone())));
    assert_eq!(state.phase.get_untracked(), Phase::Ready);
    Tab {
        state,
        clock,
        announced,
    }
}

/// Two tabs over one fresh store: the first seeds the demo account.
fn two_tabs() -> (MemoryStore, Tab, Tab) {
    let store = MemoryStore::default();
    let a = open_tab(&store, 1);
    let b = open_tab(&store, 2);
    (store, a, b)
}

#[test]
fn a_change_another_tab_makes_while_this_one_opens_is_shown_once_it_has() {
    use futures::FutureExt;
    let store = MemoryStore::default();
    let a = open_tab(&store, 1);
    let ci = key_named(&a, "CI pipeline");
    // A large account (over `SHOWN_AT_ONCE` records: shown in a task of its own after it is decoded).
    let entry = a.state.activity.get_untracked()[0].clone();
    let entries: Vec<Write> = (0..SHOWN_AT_ONCE)
        .map(|n| {
            let id = format!("{}-{n:05}", entry.id);
            put(
                Collection::Activity,
                &id,
                &ActivityEvent {
                    id: id.clone(),
                    ..entry.clone()
                },
            )
        })
        .collect();
    let revision = decode_snapshot(&block_on(store.load_all()).unwrap()).revision;
    block_on(store.commit(&entries, revision)).unwrap();
    block_on(a.state.refresh());
    // B has read the account when A renames a key and announces it, before B has shown what it read.
    let b: Rc<Cell<Option<AppState>>> = Rc::new(Cell::new(None));
    let meanwhile = {
        let (a, b) = (a.state, b.clone());
        move || {
            a.rename_access_key(&ci, "Build").now_or_never().unwrap().unwrap();
            b.get().unwrap().refresh().now_or_never().unwrap();
        }
    };
    let env = Env::manual(Rc::new(Cell::new(start())), SeededRandom::new(2), Rc::new(Cell::new(0)));
    let state = AppState::new(env.with_pause(meanwhile));
    b.set(Some(state));
    block_on(state.open(AnyStore::Memory(store.clone())));
    let names: Vec<String> = state
        .access_keys
        .get_untracked()
        .iter()
        .map(|k| k.name.as_str().to_owned())
        .collect();
    assert!(names.contains(&"Build".to_owned()), "B shows the rename: {names:?}");
    assert!(!names.contains(&"CI pipeline".to_owned()));
}

fn key_named(tab: &Tab, name: &str) -> AccessKey {
    tab.state
        .access_keys
        .get_untracked()
        .into_iter()
        .find(|key| key.name.as_str() == name)
        .unwrap_or_else(|| panic!("{name} is not in this tab"))
}

fn stored_names(store: &MemoryStore) -> Vec<String> {
    let loaded = decode_snapshot(&block_on(store.load_all()).unwrap());
    let mut names: Vec<String> = loaded.access_keys.iter().map(|k| k.name.as_str().to_owned()).collect();
    names.sort();
    names
}

fn shown_names(tab: &Tab) -> Vec<String> {
    let mut names: Vec<String> = tab
        .state
        .access_keys
        .get_untracked()
        .iter()
        .map(|k| k.name.as_str().to_owned())
        .collect();
    names.sort();
    names
}

/// The period the create dialog preselects.
fn usual() -> ExpiryPeriod {
    ExpiryPolicy::default().default
}

fn refused(outcome: Result<impl std::fmt::Debug, ActionError>) -> DomainError {
    match outcome {
        Err(ActionError::Invalid(error)) => error,
        other => panic!("expected a refusal, got {other:?}"),
    }
}

#[test]
fn the_first_tab_seeds_the_demo_and_a_second_tab_opens_the_same_account() {
    let (store, a, b) = two_tabs();
    assert_eq!(a.announced.get(), 1, "the seeding tab tells the others");
    assert_eq!(b.announced.get(), 0, "the second tab seeds nothing");
    assert_eq!(a.state.account.get_untracked(), b.state.account.get_untracked());
    assert_eq!(shown_names(&a), stored_names(&store));
    assert_eq!(
        shown_names(&a),
        ["CI pipeline", "Data warehouse sync", "Reporting dashboard", "Slack"]
    );
}

#[test]
fn a_stale_tab_cannot_rename_a_key_deleted_in_another_tab() {
    let (store, a, b) = two_tabs();
    let seen_in_a = key_named(&a, "CI pipeline");
    block_on(b.state.delete_access_keys(&[key_named(&b, "CI pipeline")])).unwrap();
    // A has not heard yet and saves a rename of what it still shows.
    let error = refused(block_on(a.state.rename_access_key(&seen_in_a, "CI (prod)")));
    assert_eq!(error, DomainError::DeletedElsewhere("CI pipeline".into()));
    assert_eq!(
        error.words(),
        "“CI pipeline” was deleted in another tab, so nothing was changed."
    );
    assert!(
        !stored_names(&store).iter().any(|n| n.starts_with("CI")),
        "the deleted key stays deleted"
    );
    assert_eq!(shown_names(&a), stored_names(&store), "tab A now shows what is stored");
}

#[test]
fn a_stale_tab_cannot_rotate_disable_or_delete_a_key_deleted_in_another_tab() {
    let (store, a, b) = two_tabs();
    let seen_in_a = key_named(&a, "Reporting dashboard");
    block_on(b.state.delete_access_keys(&[key_named(&b, "Reporting dashboard")])).unwrap();
    let before = block_on(store.load_all()).unwrap();

    let rotated = block_on(a.state.rotate_access_key(&seen_in_a, Duration::hours(1)));
    assert!(matches!(
        rotated,
        Err(ActionError::Invalid(DomainError::DeletedElsewhere(_)))
    ));
    // A fresh copy of A's stale view, as another dialog of A might hold it.
    assert_eq!(
        refused(block_on(a.state.set_disabled(&seen_in_a, true))),
        DomainError::DeletedElsewhere("Reporting dashboard".into())
    );
    assert_eq!(
        refused(block_on(a.state.delete_access_keys(std::slice::from_ref(&seen_in_a)))),
        DomainError::DeletedElsewhere("Reporting dashboard".into())
    );
    assert_eq!(block_on(store.load_all()).unwrap(), before, "nothing was written");
}

#[test]
fn rename_racing_rename_tells_the_later_one_and_keeps_the_first() {
    let (store, a, b) = two_tabs();
    let seen_in_a = key_named(&a, "CI pipeline");
    block_on(b.state.rename_access_key(&key_named(&b, "CI pipeline"), "Build")).unwrap();
    let error = refused(block_on(a.state.rename_access_key(&seen_in_a, "Deploy")));
    assert_eq!(
        error,
        DomainError::RenamedElsewhere {
            was: "CI pipeline".into(),
            now: "Build".into()
        }
    );
    assert!(stored_names(&store).contains(&"Build".to_owned()));
    assert!(!stored_names(&store).contains(&"Deploy".to_owned()));
    assert!(
        shown_names(&a).contains(&"Build".to_owned()),
        "A shows the name that won"
    );
}

#[test]
fn two_tabs_creating_the_same_name_the_second_is_refused_with_the_usual_message() {
    let (store, a, b) = two_tabs();
    block_on(a.state.create_access_key("CI", usual(), None, &KeySettings::default())).unwrap();
    let error = refused(block_on(b.state.create_access_key(
        "ci",
        usual(),
        None,
        &KeySettings::default(),
    )));
    assert_eq!(error, DomainError::NameTaken("CI".into()));
    assert_eq!(
        stored_names(&store)
            .iter()
            .filter(|n| n.eq_ignore_ascii_case("ci"))
            .count(),
        1
    );
    assert!(
        shown_names(&b).contains(&"CI".to_owned()),
        "B shows the key that took the name"
    );
}

#[test]
fn an_unrelated_change_elsewhere_does_not_refuse_and_nothing_is_lost() {
    let (store, a, b) = two_tabs();
    let seen_in_a = key_named(&a, "CI pipeline");
    block_on(
        b.state
            .create_access_key("Made in B", usual(), None, &KeySettings::default()),
    )
    .unwrap();
    // A is stale (it does not show "Made in B"), yet its rename is computed again on what is stored.
    block_on(a.state.rename_access_key(&seen_in_a, "CI (prod)")).unwrap();
    let names = stored_names(&store);
    assert!(names.contains(&"Made in B".to_owned()), "{names:?}");
    assert!(names.contains(&"CI (prod)".to_owned()), "{names:?}");
    assert_eq!(shown_names(&a), names);
}

#[test]
fn a_key_disabled_or_rotated_elsewhere_is_not_acted_on_blindly() {
    let (store, a, b) = two_tabs();
    let seen_in_a = key_named(&a, "CI pipeline");
    block_on(b.state.set_disabled(&key_named(&b, "CI pipeline"), true)).unwrap();
    assert_eq!(
        refused(block_on(a.state.set_disabled(&seen_in_a, true))),
        DomainError::DisabledElsewhere("CI pipeline".into())
    );
    let seen_in_a = key_named(&a, "CI pipeline");
    assert!(seen_in_a.disabled, "A now shows it disabled");
    block_on(
        b.state
            .rotate_access_key(&key_named(&b, "CI pipeline"), Duration::zero()),
    )
    .unwrap();
    assert_eq!(
        refused(block_on(a.state.delete_access_keys(&[seen_in_a]))),
        DomainError::RotatedElsewhere("CI pipeline".into())
    );
    assert!(stored_names(&store).contains(&"CI pipeline".to_owned()));
}

#[test]
fn a_bulk_delete_with_one_key_changed_elsewhere_deletes_none() {
    let (store, a, b) = two_tabs();
    let chosen = vec![key_named(&a, "CI pipeline"), key_named(&a, "Reporting dashboard")];
    block_on(
        b.state
            .rename_access_key(&key_named(&b, "Reporting dashboard"), "Dashboards"),
    )
    .unwrap();
    assert!(matches!(
        refused(block_on(a.state.delete_access_keys(&chosen))),
        DomainError::RenamedElsewhere { .. }
    ));
    let names = stored_names(&store);
    assert!(names.contains(&"CI pipeline".to_owned()) && names.contains(&"Dashboards".to_owned()));
}

#[test]
fn refresh_shows_the_other_tabs_change_and_a_rotation_keeps_its_secret_working() {
    let (_store, a, b) = two_tabs();
    let rotated = block_on(
        b.state
            .rotate_access_key(&key_named(&b, "CI pipeline"), Duration::zero()),
    )
    .unwrap();
    block_on(a.state.refresh());
    let in_a = key_named(&a, "CI pipeline");
    assert_eq!(in_a.secret_hash, rotated.key.secret_hash);
    // The new pair authenticates from tab A.
    a.clock.set(start() + Duration::minutes(5));
    let connection = block_on(a.state.authenticate(
        in_a.id.as_str(),
        rotated.secret.reveal(),
        &ApiCall::reading("Tab A check"),
        DomainError::words,
    ))
    .unwrap();
    assert_eq!(connection.access_key_id, in_a.id);
    assert_eq!(
        key_named(&a, "CI pipeline").last_used_at,
        Some(start() + Duration::minutes(5))
    );
}

#[test]
fn every_commit_announces_once_and_a_refused_one_not_at_all() {
    let (_store, a, _b) = two_tabs();
    let before = a.announced.get();
    block_on(
        a.state
            .create_access_key("Announced", usual(), None, &KeySettings::default()),
    )
    .unwrap();
    assert_eq!(a.announced.get(), before + 1);
    let again = block_on(
        a.state
            .create_access_key("Announced", usual(), None, &KeySettings::default()),
    );
    assert!(matches!(refused(again), DomainError::NameTaken(_)));
    assert_eq!(a.announced.get(), before + 1);
}

#[test]
fn policy_saves_race_and_the_later_is_told() {
    let (store, a, b) = two_tabs();
    let stale = open_tab(&store, 3);
    let seen = a.state.policy.get_untracked();
    let seven = ExpiryPolicy {
        allowed: vec![ExpiryPeriod::Days(7)],
        default: ExpiryPeriod::Days(7),
        max_custom_days: 7,
    };
    block_on(b.state.save_policy(&b.state.policy.get_untracked(), seven.clone())).unwrap();
    let error = refused(block_on(a.state.save_policy(&seen, ExpiryPolicy::default())));
    assert_eq!(error, DomainError::PolicyChangedElsewhere);
    assert_eq!(
        decode_snapshot(&block_on(store.load_all()).unwrap()).policy,
        Some(seven.clone())
    );
    assert_eq!(a.state.policy.get_untracked(), seven);
    // A tab that has not heard of the new policy creates under the stored one, not its old copy.
    assert_eq!(
        refused(block_on(stale.state.create_access_key(
            "Old period",
            usual(),
            None,
            &KeySettings::default()
        ))),
        DomainError::ExpiryNotAllowed
    );
    assert!(!stored_names(&store).contains(&"Old period".to_owned()));
}

#[test]
fn legacy_api_keys_are_deleted_once() {
    let (store, a, b) = two_tabs();
    let id = a.state.api_keys.get_untracked()[0].id.clone();
    block_on(b.state.delete_api_key(&id)).unwrap();
    assert_eq!(
        refused(block_on(a.state.delete_api_key(&id))),
        DomainError::ApiKeyDeletedElsewhere
    );
    let loaded = decode_snapshot(&block_on(store.load_all()).unwrap());
    assert!(loaded.api_keys.iter().all(|key| key.id != id));
}

#[test]
fn integrations_connect_and_disconnect_against_what_is_stored() {
    let (store, a, b) = two_tabs();
    block_on(b.state.connect_integration(&IntegrationId::new("github"))).unwrap();
    // A has not heard, but connecting again is refused on the stored state.
    assert_eq!(
        refused(block_on(a.state.connect_integration(&IntegrationId::new("github")))),
        DomainError::AlreadyConnected
    );
    block_on(a.state.disconnect_integration(&IntegrationId::new("slack"))).unwrap();
    let loaded = decode_snapshot(&block_on(store.load_all()).unwrap());
    assert!(
        loaded
            .access_keys
            .iter()
            .any(|k| k.system && k.name.as_str() == "GitHub")
    );
    assert!(!loaded.access_keys.iter().any(|k| k.name.as_str() == "Slack"));
}

#[test]
fn unreadable_records_are_quarantined_at_start_up_and_discarded_on_request() {
    let store = MemoryStore::default();
    let _seed = open_tab(&store, 1);
    let revision = decode_snapshot(&block_on(store.load_all()).unwrap()).revision;
    block_on(store.commit(
        &[Write::Put {
            collection: Collection::AccessKeys,
            key: "broken".into(),
            value: "{not json".into(),
        }],
        revision,
    ))
    .unwrap();
    let tab = open_tab(&store, 2);
    let quarantined = tab.state.quarantined.get_untracked();
    assert_eq!(quarantined.len(), 1);
    assert_eq!(quarantined[0].original, "{not json");
    block_on(tab.state.discard_quarantine()).unwrap();
    assert!(tab.state.quarantined.get_untracked().is_empty());
    assert!(
        decode_snapshot(&block_on(store.load_all()).unwrap())
            .quarantined
            .is_empty()
    );
}

#[test]
fn data_from_a_newer_version_opens_read_only_and_every_operation_is_refused() {
    let store = MemoryStore::default();
    block_on(store.commit(
        &[Write::Put {
            collection: Collection::Meta,
            key: SCHEMA_KEY.into(),
            value: "99".into(),
        }],
        Revision::default(),
    ))
    .unwrap();
    let tab = open_tab(&store, 1);
    assert_eq!(tab.state.read_only.get_untracked(), Some(99));
    assert_eq!(
        block_on(tab.state.create_access_key("x", usual(), None, &KeySettings::default())).map(|_| ()),
        Err(ActionError::Storage(StorageError::ReadOnly(99)))
    );
}

#[test]
fn reset_demo_in_one_tab_replaces_the_account_in_both() {
    let (_store, a, b) = two_tabs();
    let before = a.state.account.get_untracked();
    block_on(b.state.reset_demo()).unwrap();
    block_on(a.state.refresh());
    assert_ne!(a.state.account.get_untracked(), before);
    assert_eq!(a.state.account.get_untracked(), b.state.account.get_untracked());
}

#[test]
fn a_keyed_patch_keeps_the_signal_of_every_item_that_stays_and_sets_only_the_changed_ones() {
    use api_auth::state::Keyed;
    let keyed: Keyed<String, u32> = Keyed::new();
    let key = |name: &str| name.to_owned();
    keyed.patch([(key("a"), 1), (key("b"), 2), (key("c"), 3)]);
    let (a, b) = (keyed.get(&key("a")).unwrap(), keyed.get(&key("b")).unwrap());
    // What a row shows of "a", counting how often it is computed.
    let computed = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let count = || computed.load(std::sync::atomic::Ordering::SeqCst);
    let shown_a = {
        let (a, computed) = (a.clone(), computed.clone());
        ArcMemo::new(move |_| {
            computed.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            a.get()
        })
    };
    assert_eq!(shown_a.get_untracked(), 1);

    keyed.patch([(key("b"), 20), (key("a"), 1), (key("d"), 4)]);
    // The same signals follow "a" and "b"; "b" was set, "a" was not touched; "c" is gone, "d" is new.
    assert!(keyed.get(&key("a")).unwrap() == a && keyed.get(&key("b")).unwrap() == b);
    assert_eq!(b.get_untracked(), 20);
    assert_eq!((shown_a.get_untracked(), count()), (1, 1));
    assert!(keyed.get(&key("c")).is_none());
    assert_eq!(keyed.get(&key("d")).map(|s| s.get_untracked()), Some(4));

    keyed.patch([(key("a"), 10)]);
    assert_eq!((shown_a.get_untracked(), count()), (10, 2));
    assert!(keyed.get(&key("b")).is_none());
}

#[test]
fn permissions_edited_in_two_tabs_the_later_is_told_and_the_first_kept() {
    use api_auth::domain::network::AllowedIps;
    use api_auth::domain::permissions::{Access, Permissions};
    let (store, a, b) = two_tabs();
    let seen_in_a = key_named(&a, "CI pipeline");
    let pinned = AllowedIps::parse("203.0.113.0/24").unwrap();
    block_on(b.state.set_access(
        &key_named(&b, "CI pipeline"),
        &Permissions::every(Access::Read),
        &pinned,
    ))
    .unwrap();
    let error = refused(block_on(a.state.set_access(
        &seen_in_a,
        &Permissions::Full,
        &AllowedIps::any(),
    )));
    assert_eq!(error, DomainError::AccessChangedElsewhere("CI pipeline".into()));
    let stored = decode_snapshot(&block_on(store.load_all()).unwrap());
    let key = stored
        .access_keys
        .iter()
        .find(|k| k.name.as_str() == "CI pipeline")
        .unwrap();
    assert_eq!(key.permissions.granted(), Some(6));
    assert_eq!(key.allowed_ips, pinned);
    // A description saved elsewhere in between does not stop a rename that keeps it.
    block_on(
        b.state
            .save_details(&key_named(&b, "CI pipeline"), "CI pipeline", "Runs the tests"),
    )
    .unwrap();
    block_on(a.state.refresh());
    let seen = key_named(&a, "CI pipeline");
    assert_eq!(seen.description.as_str(), "Runs the tests");
    block_on(
        b.state
            .save_details(&key_named(&b, "CI pipeline"), "CI pipeline", "Runs the tests nightly"),
    )
    .unwrap();
    assert!(matches!(
        refused(block_on(a.state.save_details(&seen, "CI", "Runs the tests"))),
        DomainError::DescriptionChangedElsewhere(_)
    ));
    assert_eq!(stored_names(&store).iter().filter(|n| *n == "CI pipeline").count(), 1);
}

#[test]
fn a_refused_check_is_recorded_in_the_keys_activity_and_said() {
    use api_auth::domain::ActivityKind;
    use api_auth::domain::network::AllowedIps;
    use api_auth::domain::permissions::{Operation, Permissions, Resource};
    let (store, a, _b) = two_tabs();
    let key = key_named(&a, "CI pipeline");
    let rotated = block_on(a.state.rotate_access_key(&key, Duration::zero())).unwrap();
    let pinned = AllowedIps::parse("2001:db8::/32").unwrap();
    block_on(a.state.set_access(&rotated.key, &Permissions::Full, &pinned)).unwrap();
    let call = ApiCall {
        client: "Laptop",
        address: "203.0.113.10",
        resource: Resource::Boards,
        operation: Operation::Write,
    };
    let error = refused(block_on(a.state.authenticate(
        key.id.as_str(),
        rotated.secret.reveal(),
        &call,
        DomainError::words,
    )));
    assert_eq!(error.words(), "203.0.113.10 is not in this key's allowed IP addresses.");
    let stored = decode_snapshot(&block_on(store.load_all()).unwrap());
    let last = stored.activity.iter().rfind(|e| e.access_key_id == key.id).unwrap();
    assert_eq!(
        last.kind,
        ActivityKind::Refused {
            address: "203.0.113.10".into(),
            reason: error.words()
        }
    );
    assert!(
        stored.connections.iter().all(|c| c.client != "Laptop"),
        "no connection is made"
    );
    // From an allowed address it connects.
    let allowed = ApiCall {
        address: "2001:db8::7",
        ..call
    };
    let connection =
        block_on(
            a.state
                .authenticate(key.id.as_str(), rotated.secret.reveal(), &allowed, DomainError::words),
        )
        .unwrap();
    assert_eq!(connection.client, "Laptop");
}

#[test]
fn disable_all_unused_disables_every_key_named_or_none_when_one_changed_elsewhere() {
    let (store, a, b) = two_tabs();
    let seen = [key_named(&a, "CI pipeline"), key_named(&a, "Reporting dashboard")];
    block_on(
        b.state
            .rename_access_key(&key_named(&b, "Reporting dashboard"), "Dashboards"),
    )
    .unwrap();
    assert!(matches!(
        refused(block_on(a.state.disable_access_keys(&seen))),
        DomainError::RenamedElsewhere { .. }
    ));
    let stored = decode_snapshot(&block_on(store.load_all()).unwrap());
    assert!(stored.access_keys.iter().all(|k| !k.disabled), "none is disabled");
    let seen = [key_named(&a, "CI pipeline"), key_named(&a, "Dashboards")];
    block_on(a.state.disable_access_keys(&seen)).unwrap();
    let stored = decode_snapshot(&block_on(store.load_all()).unwrap());
    let disabled: Vec<&str> = stored
        .access_keys
        .iter()
        .filter(|k| k.disabled)
        .map(|k| k.name.as_str())
        .collect();
    assert_eq!(disabled.len(), 2);
    assert!(disabled.contains(&"CI pipeline") && disabled.contains(&"Dashboards"));
    let disabled_events = stored
        .activity
        .iter()
        .filter(|e| e.kind == api_auth::domain::ActivityKind::Disabled)
        .count();
    assert_eq!(disabled_events, 2);
}
