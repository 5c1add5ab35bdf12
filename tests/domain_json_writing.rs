//! What the page writes, byte for byte: a backup (every stored type, every kind of activity, every optional
//! field set and unset, text that needs escaping), a credentials file in JSON and the unreadable-data file.
//! A backup's digest is over these bytes, so a backup made by any earlier build must still read: the
//! fixtures in `tests/fixtures/written/` were written by serde_json, and the page must write the same.
//! (`WRITE_FIXTURES=1 cargo test --test domain_json_writing` rewrites them; only for a deliberate change.)
#![cfg(not(target_arch = "wasm32"))]

use api_auth::domain::access_key::{KeyDescription, PreviousSecret, RetiredSecret};
use api_auth::domain::backup::{AccountData, BackupRead, backup_text, read_backup};
use api_auth::domain::credentials_file::{Credentials, CredentialsFormat};
use api_auth::domain::demo::demo_data;
use api_auth::domain::expiry::{ExpiryPeriod, ExpiryPolicy};
use api_auth::domain::integration::DisconnectReason;
use api_auth::domain::network::AllowedIps;
use api_auth::domain::permissions::{Access, Permissions, Resource};
use api_auth::domain::reminders::ExpiryReminders;
use api_auth::domain::{AccessKeyId, AccessKeySecret, ActivityEvent, ActivityKind, IntegrationLink, SeededRandom};
use api_auth::storage::records::QuarantinedRecord;
use chrono::{DateTime, Duration, TimeZone, Utc};

fn at(day: u32, millis: i64) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, day, 9, 30, 5).unwrap() + Duration::milliseconds(millis)
}

/// The demo account with one of everything added.
fn everything() -> AccountData {
    let mut rng = SeededRandom::new(11);
    let mut data = AccountData::from(demo_data(&mut rng, at(1, 0)));
    data.policy = Some(ExpiryPolicy {
        allowed: vec![ExpiryPeriod::Days(30), ExpiryPeriod::CustomDate, ExpiryPeriod::NoExpiry],
        default: ExpiryPeriod::Days(30),
        max_custom_days: 400,
    });
    data.reminders = Some(ExpiryReminders::try_from(vec![14, 1]).unwrap());
    let mut key = data.access_keys[0].clone();
    key.description = KeyDescription::parse("Line one, \"quoted\"\n\tTabbed — é 日本 😀").unwrap();
    key.permissions = Permissions::restricted([
        (Resource::Processes, Access::ReadWrite),
        (Resource::Users, Access::Read),
    ]);
    key.allowed_ips = AllowedIps::parse("203.0.113.0/24\n2001:db8::/48").unwrap();
    key.previous_secret = Some(PreviousSecret {
        hash: AccessKeySecret::generate(&mut rng).hash(),
        valid_until: at(20, 123),
    });
    key.retired_secrets = vec![RetiredSecret {
        hash: AccessKeySecret::generate(&mut rng).hash(),
        since: at(21, 456_789),
    }];
    key.expires_at = Some(at(30, 1));
    key.last_used_at = None;
    key.disabled = true;
    data.access_keys[0] = key.clone();
    data.integrations.push(IntegrationLink {
        integration: api_auth::domain::IntegrationId::new("zapier"),
        access_key_id: None,
        connection_id: None,
        reason: Some(DisconnectReason::KeyDeleted),
    });
    let kinds = [
        ActivityKind::Created,
        ActivityKind::Renamed {
            from: "back\\slash \"and\" \u{1}control\u{7f}".into(),
        },
        ActivityKind::Deleted,
        ActivityKind::ConnectionEstablished { client: "Slack".into() },
        ActivityKind::Disabled,
        ActivityKind::Enabled,
        ActivityKind::Rotated {
            grace_until: Some(at(22, 7)),
        },
        ActivityKind::Rotated { grace_until: None },
        ActivityKind::Used,
        ActivityKind::Expired,
        ActivityKind::ConnectionRevoked {
            client: "Zapier".into(),
        },
        ActivityKind::DescriptionChanged { to: String::new() },
        ActivityKind::PermissionsChanged {
            permissions: Some(Permissions::Full),
            allowed_ips: AllowedIps::any(),
            summary: None,
        },
        ActivityKind::PermissionsChanged {
            permissions: Some(key.permissions.clone()),
            allowed_ips: key.allowed_ips.clone(),
            summary: None,
        },
        ActivityKind::PermissionsChanged {
            permissions: None,
            allowed_ips: AllowedIps::any(),
            summary: Some("Read only".into()),
        },
        ActivityKind::Refused {
            address: "198.51.100.7".into(),
            reason: "Not an allowed address".into(),
        },
        ActivityKind::OldSecretRevoked,
        ActivityKind::Restored,
    ];
    for (n, kind) in kinds.into_iter().enumerate() {
        data.activity.push(ActivityEvent {
            id: format!("{:013}-event{n:03}", 1_790_000_000_000u64 + n as u64),
            at: at(23, n as i64 * 1_000_001),
            access_key_id: key.id.clone(),
            key_name: key.name.as_str().to_owned(),
            kind,
            by: (n % 3 == 0).then(|| format!("user:{n}")),
        });
    }
    data
}

fn fixture(name: &str, written: &str) -> String {
    let path = format!("{}/tests/fixtures/written/{name}", env!("CARGO_MANIFEST_DIR"));
    if std::env::var_os("WRITE_FIXTURES").is_some() {
        std::fs::write(&path, written).unwrap();
    }
    std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{path}: {error}"))
}

#[test]
fn a_backup_is_written_byte_for_byte_as_before_and_an_earlier_one_still_reads() {
    let data = everything();
    let written = backup_text(&data, at(24, 999));
    let before = fixture("backup.json", &written);
    assert_eq!(written, before);
    // Its digest is over the content as this build writes it: an earlier file reads only if that is unchanged.
    match read_backup(&before) {
        Ok(BackupRead::Plain(content)) => assert_eq!(content.data, data),
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_credentials_file_in_json_is_written_as_before() {
    let mut rng = SeededRandom::new(5);
    let id = AccessKeyId::generate(&mut rng);
    let secret = AccessKeySecret::generate(&mut rng);
    let credentials = |expires_at| Credentials {
        name: "CI \"main\" — 日本",
        id: &id,
        secret: &secret,
        expires_at,
        description: "Two\nlines",
        account_id: "acc_123",
        api_base_url: "https://api.example.test/v1",
    };
    let written = [Some(at(30, 0)), None]
        .map(|expires| credentials(expires).render(CredentialsFormat::Json))
        .join("");
    assert_eq!(written, fixture("credentials.json", &written));
}

#[test]
fn the_unreadable_data_file_is_written_as_before() {
    let records = vec![
        QuarantinedRecord {
            collection: "access_keys".into(),
            key: "Akbroken".into(),
            reason: "expected value at line 1 column 1".into(),
            original: "{not \"json\"\n at all".into(),
        },
        QuarantinedRecord {
            collection: "activity".into(),
            key: "0001".into(),
            reason: String::new(),
            original: String::new(),
        },
    ];
    let written = api_auth::storage::records::quarantine_file_text(&records)
        + &api_auth::storage::records::quarantine_file_text(&[]);
    assert_eq!(written, fixture("unreadable.json", &written));
}
