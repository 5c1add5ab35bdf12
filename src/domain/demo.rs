//! The demo account a new user meets offline: made once, from injected randomness and time.

use chrono::{DateTime, Duration, Utc};

use super::access_key::{AccessKey, AccessKeyId, AccessKeyName, KeyDescription, KeySettings};
use super::account::{Account, AccountDomain, AccountId, DebugSessionKey};
use super::api_key::ApiKey;
use super::connection::{ActivityEvent, ActivityKind, Connection};
use super::ids::{ConnectionId, IntegrationId, record_id};
use super::integration::IntegrationLink;
use super::network::AllowedIps;
use super::permissions::{Access, Permissions, Resource};
use super::random::Random;
use super::secret::AccessKeySecret;
use super::workspace::Workspace;

/// The demo organisation's name.
pub const DEMO_ACCOUNT_NAME: &str = "Northwind Traders";
/// The demo account's domain (`.example` is reserved, so the link never reaches a real site).
pub const DEMO_ACCOUNT_DOMAIN: &str = "northwind-traders.flowdeck.example";

/// The demo's access keys: name, age in days, days until expiry (negative: already expired).
const DEMO_ACCESS_KEYS: [(&str, i64, i64); 3] = [
    ("CI pipeline", 120, 245),
    ("Reporting dashboard", 85, 5),
    ("Data warehouse sync", 368, -3),
];

/// What the demo's keys are for, what they may do and where from: a team that narrowed some of them.
fn demo_settings(name: &str) -> KeySettings {
    let (description, permissions, allowed_ips) = match name {
        "CI pipeline" => (
            "Runs the test suite and deploys main from GitHub Actions. Owner: platform team.",
            Permissions::restricted([
                (Resource::Processes, Access::ReadWrite),
                (Resource::Apps, Access::ReadWrite),
                (Resource::Boards, Access::Read),
            ]),
            "203.0.113.0/24\n2001:db8:40::/48",
        ),
        "Reporting dashboard" => (
            "Metabase reads process and dataset metrics for the weekly report.",
            Permissions::restricted([(Resource::Processes, Access::Read), (Resource::Datasets, Access::Read)]),
            "",
        ),
        _ => ("", Permissions::Full, ""),
    };
    KeySettings {
        description: KeyDescription::parse(description).unwrap_or_default(),
        permissions,
        allowed_ips: AllowedIps::parse(allowed_ips).unwrap_or_default(),
    }
}

/// Connections in the demo: key name, client, established (days ago), last used (days ago).
const DEMO_CONNECTIONS: [(&str, &str, i64, i64); 3] = [
    ("CI pipeline", "GitHub Actions runner", 110, 0),
    ("CI pipeline", "Nightly backup job", 60, 1),
    ("Reporting dashboard", "Metabase", 80, 2),
];

/// Everything the demo account starts with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoData {
    /// The account and its identifiers.
    pub account: Account,
    /// Access keys a team would have made over time (their secrets were never kept).
    pub access_keys: Vec<AccessKey>,
    /// Legacy API keys not yet replaced.
    pub api_keys: Vec<ApiKey>,
    /// Connections made with the keys.
    pub connections: Vec<Connection>,
    /// Integration states (one is connected).
    pub integrations: Vec<IntegrationLink>,
    /// The activity log.
    pub activity: Vec<ActivityEvent>,
}

/// Builds the demo account: fresh identifiers from `rng`, an account that has existed for two years.
pub fn demo_data(rng: &mut impl Random, now: DateTime<Utc>) -> DemoData {
    let domain = match AccountDomain::parse(DEMO_ACCOUNT_DOMAIN) {
        Ok(domain) => domain,
        Err(error) => unreachable!("the demo domain is a valid host name: {error}"),
    };
    let account = Account {
        id: AccountId::generate(rng),
        name: DEMO_ACCOUNT_NAME.to_owned(),
        domain,
        debug_session_key: DebugSessionKey::generate(rng),
        created_at: now - Duration::days(2 * 365),
    };
    let access_keys: Vec<AccessKey> = DEMO_ACCESS_KEYS
        .iter()
        .filter_map(|&(name, age, left)| {
            let settings = demo_settings(name);
            Some(AccessKey {
                id: AccessKeyId::generate(rng),
                name: AccessKeyName::parse(name).ok()?,
                secret_hash: AccessKeySecret::generate(rng).hash(),
                created_at: now - Duration::days(age),
                expires_at: Some(now + Duration::days(left)),
                system: false,
                last_used_at: None,
                disabled: false,
                previous_secret: None,
                description: settings.description,
                permissions: settings.permissions,
                allowed_ips: settings.allowed_ips,
                retired_secrets: Vec::new(),
            })
        })
        .collect();
    let days = Duration::days;
    // Legacy keys were made before API keys were deprecated (none could be made after).
    let deprecated = super::api_key::DEPRECATION_DATE
        .and_hms_opt(0, 0, 0)
        .map_or(now, |at| at.and_utc())
        .min(now);
    let api_keys = vec![
        ApiKey::legacy(
            rng,
            "Legacy CRM sync",
            deprecated - days(620),
            Some(now - days(2)),
            true,
        ),
        ApiKey::legacy(
            rng,
            "Old reporting script",
            deprecated - days(500),
            Some(now - days(410)),
            false,
        ),
        ApiKey::legacy(rng, "Zapier (2022)", deprecated - days(300), Some(now - days(45)), true),
    ];
    let mut workspace = Workspace {
        access_keys,
        ..Workspace::default()
    };
    // Each key was created on its day; two of them are in use.
    let created: Vec<ActivityEvent> = workspace
        .access_keys
        .iter()
        .map(|key| ActivityEvent {
            id: record_id(rng, key.created_at),
            at: key.created_at,
            access_key_id: key.id.clone(),
            key_name: key.name.as_str().to_owned(),
            kind: ActivityKind::Created,
            by: None,
        })
        .collect();
    workspace.activity = created;
    for (key_name, client, age, idle) in DEMO_CONNECTIONS {
        let Some(key) = workspace.access_keys.iter_mut().find(|k| k.name.as_str() == key_name) else {
            continue;
        };
        let last_used = now - days(idle) - Duration::minutes(37);
        key.last_used_at = Some(key.last_used_at.map_or(last_used, |at| at.max(last_used)));
        let established_at = now - days(age);
        workspace.connections.push(Connection {
            id: ConnectionId::generate(rng, established_at),
            access_key_id: key.id.clone(),
            client: client.to_owned(),
            established_at,
            last_used_at: Some(last_used),
            revoked_at: None,
            integration: None,
        });
        workspace.activity.push(ActivityEvent {
            id: record_id(rng, established_at),
            at: established_at,
            access_key_id: key.id.clone(),
            key_name: key_name.to_owned(),
            kind: ActivityKind::ConnectionEstablished {
                client: client.to_owned(),
            },
            by: None,
        });
    }
    if let Ok(slack) = workspace
        .view()
        .connect_integration(&IntegrationId::new("slack"), now - days(30), rng)
    {
        workspace.apply(&slack);
    }
    super::sort::sort_by(&mut workspace.activity, |a, b| a.id.cmp(&b.id));
    let Workspace {
        access_keys,
        connections,
        integrations,
        activity,
    } = workspace;
    DemoData {
        account,
        access_keys,
        api_keys,
        connections,
        integrations,
        activity,
    }
}
