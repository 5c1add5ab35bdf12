//! Native tests of key permissions: the lattice of access levels, the refusals in words, the summary
//! and the stored form.
#![cfg(not(target_arch = "wasm32"))]

use api_auth::domain::DomainError;
use api_auth::domain::permissions::{Access, Levels, Operation, Permissions, Resource};
use api_auth::ui::words::Words;
use proptest::prelude::*;

fn restricted(granted: &[(Resource, Access)]) -> Permissions {
    Permissions::Restricted(granted.iter().copied().collect())
}

fn any_permissions() -> impl Strategy<Value = Permissions> {
    prop_oneof![
        Just(Permissions::Full),
        proptest::collection::vec((0usize..6, 0usize..3), 0..8).prop_map(|pairs| {
            Permissions::Restricted(
                pairs
                    .into_iter()
                    .map(|(r, a)| (Resource::ALL[r], Access::ALL[a]))
                    .collect::<Levels>(),
            )
        }),
    ]
}

proptest! {
    #[test]
    fn a_key_may_do_an_operation_exactly_when_its_access_includes_it(permissions in any_permissions(), r in 0usize..6, write in any::<bool>()) {
        let (resource, operation) = (Resource::ALL[r], if write { Operation::Write } else { Operation::Read });
        let access = permissions.access(resource);
        prop_assert_eq!(permissions.check(resource, operation).is_ok(), access >= operation.needs());
        // Write includes read.
        if permissions.check(resource, Operation::Write).is_ok() {
            prop_assert!(permissions.check(resource, Operation::Read).is_ok());
        }
        prop_assert!(permissions.within(&Permissions::Full));
        prop_assert!(permissions.within(&permissions));
        let stored = api_auth::domain::json::to_string(&permissions);
        prop_assert_eq!(api_auth::domain::json::from_str::<Permissions>(&stored).unwrap(), permissions);
    }

    #[test]
    fn within_is_an_order(a in any_permissions(), b in any_permissions(), c in any_permissions()) {
        if a.within(&b) && b.within(&c) {
            prop_assert!(a.within(&c));
        }
        if a.within(&b) && b.within(&a) {
            for resource in Resource::ALL {
                prop_assert_eq!(a.access(resource), b.access(resource));
            }
        }
    }
}

#[test]
fn full_access_is_the_default_and_can_do_everything() {
    assert_eq!(Permissions::default(), Permissions::Full);
    for resource in Resource::ALL {
        assert_eq!(Permissions::Full.check(resource, Operation::Write), Ok(()));
    }
    assert_eq!(Permissions::Full.granted(), None);
}

#[test]
fn a_refusal_says_what_the_key_may_do_instead() {
    let boards_read = restricted(&[(Resource::Boards, Access::Read), (Resource::Apps, Access::ReadWrite)]);
    assert_eq!(boards_read.check(Resource::Boards, Operation::Read), Ok(()));
    assert_eq!(
        boards_read.check(Resource::Boards, Operation::Write),
        Err(DomainError::NotPermitted {
            resource: Resource::Boards,
            can_read: true
        })
    );
    assert_eq!(
        boards_read.check(Resource::Users, Operation::Read).unwrap_err().words(),
        "This key has no access to Users."
    );
    assert_eq!(boards_read.check(Resource::Apps, Operation::Write), Ok(()));
}

#[test]
fn the_presets_and_how_many_resources_they_grant() {
    let read_only = Permissions::every(Access::Read);
    assert!(Resource::ALL.iter().all(|r| read_only.access(*r) == Access::Read));
    assert_eq!(read_only.granted(), Some(6));
    assert_eq!(Permissions::every(Access::None).granted(), Some(0));
    assert_eq!(restricted(&[(Resource::Datasets, Access::Read)]).granted(), Some(1));
    assert_eq!(
        restricted(&[
            (Resource::Datasets, Access::Read),
            (Resource::Users, Access::None),
            (Resource::Apps, Access::ReadWrite),
            (Resource::Boards, Access::Read)
        ])
        .granted(),
        Some(3)
    );
    assert!(Permissions::every(Access::None).within(&read_only));
    assert!(!read_only.within(&Permissions::every(Access::None)));
}

#[test]
fn the_stored_form_names_resources_and_levels_in_words() {
    let stored = api_auth::domain::json::to_string(&restricted(&[
        (Resource::Boards, Access::ReadWrite),
        (Resource::Users, Access::Read),
    ]));
    assert_eq!(stored, r#"{"restricted":{"boards":"read_write","users":"read"}}"#);
    assert_eq!(api_auth::domain::json::to_string(&Permissions::Full), r#""full""#);
    let said = Access::ALL.map(|access| api_auth::i18n::t(api_auth::ui::words::access(access)));
    assert_eq!(said, ["No access", "Read", "Read and write"]);
}

/// The credential check's refusals, by a model: the first that applies of a wrong secret, an address not
/// allowed, an operation not permitted, a disabled key, an expired key.
mod refusal_order {
    use super::*;
    use api_auth::domain::access_key::KeySettings;
    use api_auth::domain::network::AllowedIps;
    use api_auth::domain::workspace::ApiCall;
    use api_auth::domain::{AccessKey, SeededRandom, Workspace};
    use chrono::{Duration, TimeZone, Utc};

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]
        #[test]
        fn the_first_refusal_that_applies_is_the_one_said(
            permissions in any_permissions(),
            pinned in any::<bool>(),
            third_octet in 0u8..4,
            resource in 0usize..6,
            write in any::<bool>(),
            right_secret in any::<bool>(),
            disabled in any::<bool>(),
            expired in any::<bool>(),
            seed in any::<u64>(),
        ) {
            let now = Utc.with_ymd_and_hms(2026, 11, 28, 12, 0, 0).unwrap();
            let mut rng = SeededRandom::new(seed);
            let allowed_ips = if pinned { AllowedIps::parse("203.0.113.0/24").unwrap() } else { AllowedIps::any() };
            // Created with full access, then given `permissions` as stored (a stored key may grant nothing).
            let settings = KeySettings { allowed_ips, ..KeySettings::default() };
            let mut workspace = Workspace::default();
            let (changes, created) =
                workspace.view().create_key("Key", Some(now + Duration::days(1)), &settings, now, &mut rng).unwrap();
            workspace.apply(&changes);
            workspace.access_keys[0] =
                AccessKey { disabled, permissions: permissions.normalized(), ..workspace.access_keys[0].clone() };
            let (_, other) = Workspace::default()
                .view()
                .create_key("Other", None, &KeySettings::default(), now, &mut rng)
                .unwrap();
            let secret = if right_secret { created.secret.reveal() } else { other.secret.reveal() };
            let address = format!("203.0.{}.9", 113 + third_octet);
            let (resource, operation) = (Resource::ALL[resource], if write { Operation::Write } else { Operation::Read });
            let call = ApiCall { client: "c", address: &address, resource, operation };
            let at = if expired { now + Duration::days(2) } else { now };
            let outcome = workspace.view()
                .authenticate(created.key.id.as_str(), secret, &call, at, &mut rng)
                .map(|_| ());

            let expected = if !right_secret {
                Some("mismatch")
            } else if pinned && third_octet != 0 {
                Some("address")
            } else if !permissions.access(resource).allows(operation) {
                Some("permission")
            } else if disabled {
                Some("disabled")
            } else if expired {
                Some("expired")
            } else {
                None
            };
            let got = outcome.as_ref().err().map(|error| match error {
                DomainError::SecretMismatch => "mismatch",
                DomainError::AddressNotAllowed(_) => "address",
                DomainError::NotPermitted { .. } => "permission",
                DomainError::KeyDisabled => "disabled",
                DomainError::KeyExpired(_) => "expired",
                _ => "other",
            });
            prop_assert_eq!(got, expected, "{:?}", outcome);
            // Whatever was refused on a key that exists is recorded, once, with the address.
            if let Err(error) = &outcome {
                let recorded = workspace.view().refusal(created.key.id.as_str(), &call, error, &format!("{error:?}"), at, &mut rng).unwrap();
                prop_assert_eq!(recorded.events.len(), 1);
            }
        }
    }
}

#[test]
fn a_restricted_key_that_could_do_nothing_is_refused_in_words() {
    use api_auth::domain::access_key::{KeySettings, create_access_key};
    use api_auth::domain::{DomainError, SeededRandom};
    let nothing = Permissions::every(Access::None);
    assert!(nothing.grants_nothing());
    assert!(!Permissions::Full.grants_nothing());
    assert!(!Permissions::restricted([(Resource::Boards, Access::Read)]).grants_nothing());
    let settings = KeySettings {
        permissions: nothing,
        ..KeySettings::default()
    };
    let now = chrono::Utc::now();
    let refused = create_access_key("Idle", None, &settings, &[], now, &mut SeededRandom::new(1)).unwrap_err();
    assert_eq!(refused, DomainError::NoAccessAtAll);
    assert!(
        refused
            .words()
            .starts_with("With no access to any resource, this key could do nothing.")
    );
}
