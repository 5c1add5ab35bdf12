//! Native tests of keys that can do only what they need: created with a description, permissions and
//! allowed addresses; the credential check's refusals in their order, each recorded with the address;
//! editing details and permissions; "Create similar"'s name and period; search and the list's words.

use api_auth::domain::access_key::{
    AccessKeyName, KeyDescription, KeySettings, access_as_seen, copy_name, description_as_seen,
};
use api_auth::domain::key_list::Filter;
use api_auth::domain::network::AllowedIps;
use api_auth::domain::permissions::{Access, Operation, Permissions, Resource};
use api_auth::domain::workspace::ApiCall;
use api_auth::domain::{
    AccessKey, ActivityKind, DomainError, ExpiryPeriod, ExpiryPolicy, IntegrationId, SeededRandom, Workspace,
};
use api_auth::ui::access_keys::words::access_line;
use api_auth::ui::activity::words::{access, what, who};
use api_auth::ui::words::Words;
use chrono::{DateTime, Duration, TimeZone, Utc};

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 28, 12, 0, 0).unwrap()
}

/// Boards read, Processes read and write, from 203.0.113.0/24 and 2001:db8::/32.
fn narrow() -> KeySettings {
    KeySettings {
        description: KeyDescription::parse("Deploys the site.\nOwner: platform").unwrap(),
        permissions: Permissions::restricted([
            (Resource::Boards, Access::Read),
            (Resource::Processes, Access::ReadWrite),
        ]),
        allowed_ips: AllowedIps::parse("203.0.113.0/24\n2001:db8::/32").unwrap(),
    }
}

/// A workspace with one key "Deploy" made with `settings`, expiring in 30 days: its ID and secret.
fn with_key(settings: &KeySettings, rng: &mut SeededRandom) -> (Workspace, String, String) {
    let mut workspace = Workspace::default();
    let (changes, created) = workspace
        .view()
        .create_key("Deploy", Some(now() + Duration::days(30)), settings, now(), rng)
        .unwrap();
    workspace.apply(&changes);
    let (id, secret) = (created.key.id.as_str().to_owned(), created.secret.reveal().to_owned());
    (workspace, id, secret)
}

fn call(address: &str, resource: Resource, operation: Operation) -> ApiCall<'_> {
    ApiCall {
        client: "CI runner",
        address,
        resource,
        operation,
    }
}

#[test]
fn a_key_keeps_the_settings_it_was_created_with() {
    let (workspace, _, _) = with_key(&narrow(), &mut SeededRandom::new(1));
    let key = &workspace.access_keys[0];
    assert_eq!(key.description.as_str(), "Deploys the site.\nOwner: platform");
    assert_eq!(key.permissions.access(Resource::Boards), Access::Read);
    assert_eq!(key.permissions.access(Resource::Users), Access::None);
    assert_eq!(key.allowed_ips.lines(), "203.0.113.0/24\n2001:db8::/32");
    assert_eq!(access_line(key), "Restricted: 2 resources · 2 allowed IP addresses");
    let (plain, _, _) = with_key(&KeySettings::default(), &mut SeededRandom::new(1));
    assert_eq!(access_line(&plain.access_keys[0]), "Full access");
}

#[test]
fn the_check_accepts_what_the_key_may_do_from_where_it_may() {
    let mut rng = SeededRandom::new(2);
    let (workspace, id, secret) = with_key(&narrow(), &mut rng);
    for (address, resource, operation) in [
        ("203.0.113.10", Resource::Processes, Operation::Write),
        ("203.0.113.255", Resource::Boards, Operation::Read),
        ("2001:db8:1::5", Resource::Processes, Operation::Read),
        ("::ffff:203.0.113.7", Resource::Boards, Operation::Read),
    ] {
        let outcome = workspace
            .view()
            .authenticate(&id, &secret, &call(address, resource, operation), now(), &mut rng);
        assert!(outcome.is_ok(), "{address} {resource:?} {operation:?}: {outcome:?}");
    }
}

#[test]
fn refusals_come_in_order_wrong_secret_then_address_then_permission_then_state() {
    let mut rng = SeededRandom::new(3);
    let (mut workspace, id, secret) = with_key(&narrow(), &mut rng);
    let other_secret = with_key(&narrow(), &mut SeededRandom::new(77)).2;
    let check = |workspace: &Workspace, secret: &str, call: ApiCall<'_>, at| {
        workspace
            .view()
            .authenticate(&id, secret, &call, at, &mut SeededRandom::new(9))
            .map(|_| ())
            .unwrap_err()
    };
    // Everything wrong at once: the wrong secret is what is said.
    let all_wrong = call("198.51.100.1", Resource::Users, Operation::Write);
    assert_eq!(
        check(&workspace, &other_secret, all_wrong, now()),
        DomainError::SecretMismatch
    );
    // Right secret, wrong address and operation: the address.
    assert_eq!(
        check(&workspace, &secret, all_wrong, now()).words(),
        "198.51.100.1 is not in this key's allowed IP addresses."
    );
    // Right address, an operation it may not do.
    let write_boards = call("203.0.113.10", Resource::Boards, Operation::Write);
    assert_eq!(
        check(&workspace, &secret, write_boards, now()).words(),
        "This key can read Boards but not write them."
    );
    assert_eq!(
        check(
            &workspace,
            &secret,
            call("203.0.113.10", Resource::Users, Operation::Read),
            now()
        )
        .words(),
        "This key has no access to Users."
    );
    // Disabled and expired come after the permissions.
    let key = workspace.access_keys[0].clone();
    workspace.access_keys[0] = AccessKey {
        disabled: true,
        ..key.clone()
    };
    assert_eq!(
        check(&workspace, &secret, write_boards, now()).words(),
        "This key can read Boards but not write them."
    );
    let read_boards = call("203.0.113.10", Resource::Boards, Operation::Read);
    assert_eq!(check(&workspace, &secret, read_boards, now()), DomainError::KeyDisabled);
    workspace.access_keys[0] = key;
    assert!(matches!(
        check(&workspace, &secret, read_boards, now() + Duration::days(31)),
        DomainError::KeyExpired(_)
    ));
    // A malformed address is input, said before anything about the key.
    assert_eq!(
        check(
            &workspace,
            &other_secret,
            call("300.1.2.3", Resource::Boards, Operation::Read),
            now()
        ),
        DomainError::MalformedClientAddress("300.1.2.3".into())
    );
    // No address at all is asked for in words.
    assert_eq!(
        check(
            &workspace,
            &other_secret,
            call("  ", Resource::Boards, Operation::Read),
            now()
        ),
        DomainError::ClientAddressEmpty
    );
    assert_eq!(
        DomainError::ClientAddressEmpty.words(),
        "Enter the client's IP address, such as 203.0.113.10."
    );
}

#[test]
fn every_refused_call_is_recorded_with_its_caller_and_reason_and_a_form_that_names_no_key_is_not() {
    let mut rng = SeededRandom::new(4);
    let (workspace, id, secret) = with_key(&narrow(), &mut rng);
    let refused = call("2001:DB9::1", Resource::Processes, Operation::Read);
    let error = workspace
        .view()
        .authenticate(&id, &secret, &refused, now(), &mut rng)
        .map(|_| ())
        .unwrap_err();
    let recorded = workspace
        .view()
        .refusal(&id, &refused, &error, &error.words(), now(), &mut rng)
        .unwrap();
    assert!(recorded.put_keys.is_empty() && recorded.connections.is_empty());
    assert_eq!(recorded.events.len(), 1);
    assert_eq!(recorded.events[0].access_key_id.as_str(), id);
    assert_eq!(
        recorded.events[0].kind,
        ActivityKind::Refused {
            address: "2001:db9::1".into(),
            reason: "2001:db9::1 is not in this key's allowed IP addresses.".into(),
        }
    );
    assert_eq!(
        what(&recorded.events[0].kind),
        "Refused a call from 2001:db9::1: 2001:db9::1 is not in this key's allowed IP addresses."
    );
    assert_eq!(who(&recorded.events[0].actor()), "“CI runner” from 2001:db9::1");
    // A form that could not be sent (a malformed ID) names no key: nothing to record.
    let malformed = DomainError::MalformedAccessKeyId;
    assert!(
        workspace
            .view()
            .refusal("Ak-nope", &refused, &malformed, &malformed.words(), now(), &mut rng)
            .is_none()
    );
    // An unknown ID is recorded under the ID tried, with no name; a mistyped secret under its key.
    let unknown = "Ak00000000-0000-4000-8000-000000000000";
    let error = DomainError::UnknownAccessKey(unknown.into());
    let recorded = workspace
        .view()
        .refusal(unknown, &refused, &error, &error.words(), now(), &mut rng)
        .unwrap();
    assert_eq!(recorded.events[0].access_key_id.as_str(), unknown);
    assert_eq!(recorded.events[0].key_name, "");
    let mistyped = workspace
        .view()
        .authenticate(&id, &format!("{secret}x"), &refused, now(), &mut rng)
        .map(|_| ())
        .unwrap_err();
    let recorded = workspace
        .view()
        .refusal(&id, &refused, &mistyped, &mistyped.words(), now(), &mut rng)
        .unwrap();
    assert!(matches!(&recorded.events[0].kind, ActivityKind::Refused { reason, .. } if *reason == mistyped.words()));
}

#[test]
fn details_record_what_changed_and_nothing_when_nothing_did() {
    let mut rng = SeededRandom::new(5);
    let (mut workspace, _, _) = with_key(&narrow(), &mut rng);
    let id = workspace.access_keys[0].id.clone();
    let same = workspace
        .view()
        .edit_details(&id, "Deploy", "Deploys the site.\r\nOwner: platform ", now(), &mut rng)
        .unwrap();
    assert!(same.events.is_empty() && same.put_keys.is_empty());
    let described = workspace
        .view()
        .edit_details(&id, "Deploy", "", now(), &mut rng)
        .unwrap();
    assert_eq!(described.events.len(), 1);
    assert_eq!(what(&described.events[0].kind), "Description removed");
    let both = workspace
        .view()
        .edit_details(&id, "Deploy (prod)", "Prod only", now(), &mut rng)
        .unwrap();
    let kinds: Vec<String> = both.events.iter().map(|e| what(&e.kind)).collect();
    assert_eq!(
        kinds,
        ["Renamed (was \"Deploy\")", "Description changed to \"Prod only\""]
    );
    workspace.apply(&both);
    assert_eq!(workspace.access_keys[0].description.as_str(), "Prod only");
    assert_eq!(
        workspace
            .view()
            .edit_details(&id, "Deploy (prod)", &"x".repeat(501), now(), &mut rng),
        Err(DomainError::DescriptionTooLong(501))
    );
}

#[test]
fn permissions_change_with_an_entry_and_a_system_key_keeps_its_integrations() {
    let mut rng = SeededRandom::new(6);
    let (mut workspace, _, _) = with_key(&KeySettings::default(), &mut rng);
    let id = workspace.access_keys[0].id.clone();
    let read_only = Permissions::every(Access::Read);
    let pinned = AllowedIps::parse("203.0.113.10").unwrap();
    let changes = workspace
        .view()
        .set_access(&id, &read_only, &pinned, now(), &mut rng)
        .unwrap();
    assert_eq!(
        what(&changes.events[0].kind),
        "Permissions changed: Restricted (Processes: Read; Boards: Read; Apps: Read; Datasets: Read; Users: Read; \
         Integrations: Read); allowed from 203.0.113.10"
    );
    workspace.apply(&changes);
    // The same again (however it is spelled) changes nothing.
    let unchanged = Permissions::Restricted(Resource::ALL.into_iter().map(|r| (r, Access::Read)).collect());
    assert_eq!(
        workspace
            .view()
            .set_access(&id, &unchanged, &pinned, now(), &mut rng)
            .unwrap(),
        Default::default()
    );
    assert_eq!(
        access(&Permissions::Full, &AllowedIps::any()),
        "Full access; any IP address"
    );
    // Recorded as values (shown in the page's language), not as words.
    assert_eq!(
        changes.events[0].kind,
        ActivityKind::PermissionsChanged {
            permissions: Some(read_only.clone()),
            allowed_ips: pinned.clone(),
            summary: None,
        }
    );

    // An integration's key gets the integration's permissions, which cannot be changed here.
    let slack = workspace
        .view()
        .connect_integration(&IntegrationId::new("slack"), now(), &mut rng)
        .unwrap();
    workspace.apply(&slack);
    let system = workspace.access_keys.iter().find(|k| k.system).unwrap().clone();
    assert_eq!(system.permissions.granted(), Some(2));
    assert_eq!(
        api_auth::ui::words::permission_details(&system.permissions),
        "Processes: Read; Boards: Read"
    );
    assert_eq!(
        workspace
            .view()
            .set_access(&system.id, &Permissions::Full, &AllowedIps::any(), now(), &mut rng),
        Err(DomainError::SystemKeyAccess)
    );
}

#[test]
fn a_dialog_that_edits_a_setting_is_refused_when_that_setting_changed_elsewhere() {
    let mut rng = SeededRandom::new(7);
    let (workspace, _, _) = with_key(&narrow(), &mut rng);
    let seen = workspace.access_keys[0].clone();
    let keys = |key: AccessKey| vec![key];
    let described = AccessKey {
        description: KeyDescription::parse("changed").unwrap(),
        ..seen.clone()
    };
    assert_eq!(
        description_as_seen(&keys(described.clone()), &seen)
            .unwrap_err()
            .words(),
        "The description of “Deploy” was changed in another tab, so nothing was saved. Close this dialog and try again."
    );
    // A description changed elsewhere does not stop a permissions edit, and the other way round.
    assert!(access_as_seen(&keys(described), &seen).is_ok());
    let opened = AccessKey {
        permissions: Permissions::Full,
        ..seen.clone()
    };
    assert!(matches!(
        access_as_seen(&keys(opened.clone()), &seen),
        Err(DomainError::AccessChangedElsewhere(_))
    ));
    assert!(description_as_seen(&keys(opened), &seen).is_ok());
    let moved = AccessKey {
        allowed_ips: AllowedIps::any(),
        ..seen.clone()
    };
    assert!(matches!(
        access_as_seen(&keys(moved), &seen),
        Err(DomainError::AccessChangedElsewhere(_))
    ));
    assert!(matches!(
        access_as_seen(&[], &seen),
        Err(DomainError::DeletedElsewhere(_))
    ));
}

#[test]
fn create_similar_proposes_a_free_copy_name_within_64_characters() {
    let mut rng = SeededRandom::new(8);
    let (mut workspace, _, _) = with_key(&narrow(), &mut rng);
    let name = AccessKeyName::parse("Deploy").unwrap();
    assert_eq!(copy_name(&name, &workspace.access_keys), "Deploy (copy)");
    let (changes, _) = workspace
        .view()
        .create_key("Deploy (COPY)", None, &KeySettings::default(), now(), &mut rng)
        .unwrap();
    workspace.apply(&changes);
    assert_eq!(copy_name(&name, &workspace.access_keys), "Deploy (copy 2)");
    let long = AccessKeyName::parse(&"k".repeat(64)).unwrap();
    let copy = copy_name(&long, &workspace.access_keys);
    assert_eq!(copy.chars().count(), 64);
    assert!(copy.ends_with("k (copy)"));
}

#[test]
fn create_similar_keeps_the_period_while_the_policy_allows_it() {
    let policy = ExpiryPolicy::default();
    let created = now();
    assert_eq!(
        policy.period_like(created, Some(created + Duration::days(60))),
        ExpiryPeriod::Days(60)
    );
    // Not allowed (7 days, no expiry) or a custom date: the policy's default.
    assert_eq!(
        policy.period_like(created, Some(created + Duration::days(7))),
        policy.default
    );
    assert_eq!(policy.period_like(created, None), policy.default);
    assert_eq!(
        policy.period_like(created, Some(created + Duration::hours(30))),
        policy.default
    );
    let open = ExpiryPolicy {
        allowed: vec![ExpiryPeriod::NoExpiry, ExpiryPeriod::Days(30)],
        default: ExpiryPeriod::Days(30),
        max_custom_days: 30,
    };
    assert_eq!(open.period_like(created, None), ExpiryPeriod::NoExpiry);
}

#[test]
fn the_search_box_matches_the_description_too() {
    let (workspace, _, _) = with_key(&narrow(), &mut SeededRandom::new(9));
    let key = &workspace.access_keys[0];
    assert!(Filter::new("OWNER: plat", false).shows(key));
    assert!(Filter::new("deploy", false).shows(key));
    assert!(!Filter::new("billing", false).shows(key));
}

#[test]
fn the_new_activity_entries_read_back_as_stored() {
    for kind in [
        ActivityKind::DescriptionChanged {
            to: "Prod, \"only\"".into(),
        },
        ActivityKind::PermissionsChanged {
            permissions: Some(Permissions::every(Access::Read)),
            allowed_ips: AllowedIps::parse("203.0.113.0/24").unwrap(),
            summary: None,
        },
        ActivityKind::PermissionsChanged {
            permissions: Some(Permissions::Full),
            allowed_ips: AllowedIps::any(),
            summary: None,
        },
        ActivityKind::Refused {
            address: "203.0.113.10".into(),
            reason: "This key has no access to Users.".into(),
        },
    ] {
        let text = api_auth::domain::json::to_string(&kind);
        assert_eq!(
            api_auth::domain::json::from_str::<ActivityKind>(&text).unwrap(),
            kind,
            "{text}"
        );
    }
    assert!(
        api_auth::domain::json::from_str::<ActivityKind>(r#"{"kind":"refused","address":"203.0.113.10"}"#).is_err()
    );
    // An entry recorded before permissions were stored as values keeps its words.
    let older = r#"{"kind":"permissions_changed","summary":"Full access; any IP address"}"#;
    let read = api_auth::domain::json::from_str::<ActivityKind>(older).unwrap();
    assert_eq!(what(&read), "Permissions changed: Full access; any IP address");
    assert!(api_auth::domain::json::from_str::<ActivityKind>(r#"{"kind":"permissions_changed"}"#).is_err());
}
