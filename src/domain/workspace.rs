//! The account's access keys with everything that hangs off them — connections, integrations and the
//! activity log — and the operations that change them together. Each operation returns the [`Changes`]
//! to store; nothing here performs I/O.

use chrono::{DateTime, Duration, Utc};

use super::access_key::{
    AccessKey, AccessKeyId, AccessKeyName, KeyDescription, KeySettings, NewAccessKey, PreviousSecret, as_seen,
    create_access_key, ensure_unique_name,
};
use super::connection::{ActivityEvent, ActivityKind, Connection};
use super::dates::iso_date;
use super::error::DomainError;
use super::expiry::ExpiryPolicy;
use super::ids::{ApiKeyId, ConnectionId, IntegrationId, record_id};
use super::integration::{DisconnectReason, IntegrationLink, integration};
use super::network::{AllowedIps, parse_client_address, show_address};
use super::permissions::{Operation, Permissions, Resource};
use super::random::Random;
use super::secret::AccessKeySecret;

/// Everything about the account's access keys.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Workspace {
    /// The keys (hashes only).
    pub access_keys: Vec<AccessKey>,
    /// Every connection ever established, revoked ones included.
    pub connections: Vec<Connection>,
    /// The integrations' states.
    pub integrations: Vec<IntegrationLink>,
    /// The activity log, oldest first.
    pub activity: Vec<ActivityEvent>,
}

/// What an operation changes: records to store (insert or replace) and keys to remove.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Changes {
    /// Keys to store.
    pub put_keys: Vec<AccessKey>,
    /// Keys to remove.
    pub deleted_keys: Vec<AccessKeyId>,
    /// Connections to store.
    pub connections: Vec<Connection>,
    /// Integration states to store.
    pub integrations: Vec<IntegrationLink>,
    /// Activity entries to add.
    pub events: Vec<ActivityEvent>,
    /// Legacy API keys to remove (by ID).
    pub deleted_api_keys: Vec<ApiKeyId>,
    /// The account's expiry policy to store, if it changes.
    pub policy: Option<ExpiryPolicy>,
    /// The account's expiry reminders to store, if they change.
    pub reminders: Option<super::reminders::ExpiryReminders>,
}

/// A call to the API as the credential check tries it: who calls, from where, and what it does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ApiCall<'a> {
    /// What the client calls itself.
    pub client: &'a str,
    /// The client's IP address, as typed.
    pub address: &'a str,
    /// The resource the call uses.
    pub resource: Resource,
    /// Whether it reads or writes it.
    pub operation: Operation,
}

/// The address the credential check starts with: one reserved for documentation (RFC 5737).
pub const EXAMPLE_CLIENT_ADDRESS: &str = "203.0.113.10";

impl<'a> ApiCall<'a> {
    /// A call by `client` from [`EXAMPLE_CLIENT_ADDRESS`] that reads Processes.
    pub fn reading(client: &'a str) -> Self {
        Self {
            client,
            address: EXAMPLE_CLIENT_ADDRESS,
            resource: Resource::Processes,
            operation: Operation::Read,
        }
    }
}

/// A key's permissions and allowed addresses in words, as the activity log records a change of them:
/// "Restricted: Processes: Read; allowed from 203.0.113.0/24".
pub fn access_summary(permissions: &Permissions, allowed_ips: &AllowedIps) -> String {
    let from = if allowed_ips.is_any() {
        "any IP address".to_owned()
    } else {
        let ranges: Vec<String> = allowed_ips.ranges().iter().map(ToString::to_string).collect();
        format!("allowed from {}", ranges.join(", "))
    };
    match permissions {
        Permissions::Full => format!("Full access; {from}"),
        restricted => format!("Restricted ({}); {from}", restricted.details()),
    }
}

fn event(rng: &mut impl Random, now: DateTime<Utc>, key: &AccessKey, kind: ActivityKind) -> ActivityEvent {
    ActivityEvent {
        id: record_id(rng, now),
        at: now,
        access_key_id: key.id.clone(),
        key_name: key.name.as_str().to_owned(),
        kind,
    }
}

fn upsert<T: Clone>(items: &mut Vec<T>, item: &T, same: impl Fn(&T, &T) -> bool) {
    match items.iter_mut().find(|existing| same(existing, item)) {
        Some(existing) => *existing = item.clone(),
        None => items.push(item.clone()),
    }
}

impl Workspace {
    /// Applies `changes` (what storage has just accepted).
    pub fn apply(&mut self, changes: &Changes) {
        for key in &changes.put_keys {
            upsert(&mut self.access_keys, key, |a, b| a.id == b.id);
        }
        self.access_keys.retain(|key| !changes.deleted_keys.contains(&key.id));
        for connection in &changes.connections {
            upsert(&mut self.connections, connection, |a, b| a.id == b.id);
        }
        for link in &changes.integrations {
            upsert(&mut self.integrations, link, |a, b| a.integration == b.integration);
        }
        self.activity.extend(changes.events.iter().cloned());
    }
}

/// The account's collections as an operation reads them: owned ([`Workspace`]) or borrowed from what the
/// app holds ([`WorkspaceView`]), so that an operation on 10,000 keys copies none of them.
pub trait Records {
    /// The keys (hashes only).
    fn access_keys(&self) -> &[AccessKey];
    /// Every connection, revoked ones included.
    fn connections(&self) -> &[Connection];
    /// The integrations' states.
    fn integrations(&self) -> &[IntegrationLink];
    /// The activity log, oldest first.
    fn activity(&self) -> &[ActivityEvent];

    /// The key `seen.id` as stored, if it is still as the user saw it (see [`as_seen`]).
    fn as_seen(&self, seen: &AccessKey) -> Result<&AccessKey, DomainError> {
        as_seen(self.access_keys(), seen)
    }

    /// The key `seen.id` as stored, if it is as the user saw it, its description included.
    fn description_as_seen(&self, seen: &AccessKey) -> Result<&AccessKey, DomainError> {
        super::access_key::description_as_seen(self.access_keys(), seen)
    }

    /// The key `seen.id` as stored, if it is as the user saw it, its permissions and addresses included.
    fn access_as_seen(&self, seen: &AccessKey) -> Result<&AccessKey, DomainError> {
        super::access_key::access_as_seen(self.access_keys(), seen)
    }

    /// The key `id`.
    fn key(&self, id: &AccessKeyId) -> Result<&AccessKey, DomainError> {
        self.access_keys()
            .iter()
            .find(|key| &key.id == id)
            .ok_or_else(|| DomainError::UnknownAccessKey(id.as_str().into()))
    }

    /// The key's connections that still work.
    fn active_connections(&self, id: &AccessKeyId) -> Vec<&Connection> {
        self.connections()
            .iter()
            .filter(|c| &c.access_key_id == id && c.is_active())
            .collect()
    }

    /// The integration that owns the system key `id`, if any.
    fn integration_of(&self, id: &AccessKeyId) -> Option<&IntegrationLink> {
        self.integrations()
            .iter()
            .find(|link| link.access_key_id.as_ref() == Some(id))
    }

    /// When the key `id` was deleted, if it was.
    fn deleted_at(&self, id: &AccessKeyId) -> Option<DateTime<Utc>> {
        self.activity()
            .iter()
            .find(|e| &e.access_key_id == id && e.kind == ActivityKind::Deleted)
            .map(|e| e.at)
    }

    /// Creates a key named `name` expiring at `expires_at` with `settings`; the secret is returned once.
    fn create_key(
        &self,
        name: &str,
        expires_at: Option<DateTime<Utc>>,
        settings: &KeySettings,
        now: DateTime<Utc>,
        rng: &mut impl Random,
    ) -> Result<(Changes, NewAccessKey), DomainError> {
        let created = create_access_key(name, expires_at, settings, self.access_keys(), now, rng)?;
        let events = vec![event(rng, now, &created.key, ActivityKind::Created)];
        Ok((
            Changes {
                put_keys: vec![created.key.clone()],
                events,
                ..Changes::default()
            },
            created,
        ))
    }

    /// Renames the key `id` (its description stays).
    fn rename_key(
        &self,
        id: &AccessKeyId,
        name: &str,
        now: DateTime<Utc>,
        rng: &mut impl Random,
    ) -> Result<Changes, DomainError> {
        let description = self.key(id)?.description.as_str().to_owned();
        self.edit_details(id, name, &description, now, rng)
    }

    /// Gives the key `id` the name `name` and the description `description`, each checked first; the
    /// activity log records each that changed. Nothing changed: no changes.
    fn edit_details(
        &self,
        id: &AccessKeyId,
        name: &str,
        description: &str,
        now: DateTime<Utc>,
        rng: &mut impl Random,
    ) -> Result<Changes, DomainError> {
        let name = AccessKeyName::parse(name)?;
        let description = KeyDescription::parse(description)?;
        ensure_unique_name(&name, self.access_keys(), Some(id))?;
        let key = self.key(id)?;
        let edited = AccessKey {
            name,
            description,
            ..key.clone()
        };
        let mut changes = Changes::default();
        if edited.name != key.name {
            let from = key.name.as_str().to_owned();
            changes
                .events
                .push(event(rng, now, &edited, ActivityKind::Renamed { from }));
        }
        if edited.description != key.description {
            let to = edited.description.as_str().to_owned();
            changes
                .events
                .push(event(rng, now, &edited, ActivityKind::DescriptionChanged { to }));
        }
        if !changes.events.is_empty() {
            changes.put_keys.push(edited);
        }
        Ok(changes)
    }

    /// Sets what the key `id` may do and where from; the activity log records the change. A
    /// system-generated key's permissions are its integration's and are refused. Nothing changed: no
    /// changes.
    fn set_access(
        &self,
        id: &AccessKeyId,
        permissions: &Permissions,
        allowed_ips: &AllowedIps,
        now: DateTime<Utc>,
        rng: &mut impl Random,
    ) -> Result<Changes, DomainError> {
        let key = self.key(id)?;
        if key.system {
            return Err(DomainError::SystemKeyAccess);
        }
        let permissions = permissions.normalized();
        if permissions == key.permissions.normalized() && *allowed_ips == key.allowed_ips {
            return Ok(Changes::default());
        }
        let summary = access_summary(&permissions, allowed_ips);
        let edited = AccessKey {
            permissions,
            allowed_ips: allowed_ips.clone(),
            ..key.clone()
        };
        Ok(Changes {
            events: vec![event(rng, now, &edited, ActivityKind::PermissionsChanged { summary })],
            put_keys: vec![edited],
            ..Changes::default()
        })
    }

    /// Deletes the key `id`: its active connections are revoked and an integration using it is marked
    /// disconnected because its key was deleted.
    fn delete_key(&self, id: &AccessKeyId, now: DateTime<Utc>, rng: &mut impl Random) -> Result<Changes, DomainError> {
        let key = self.key(id)?;
        let mut changes = Changes {
            deleted_keys: vec![id.clone()],
            ..Changes::default()
        };
        for connection in self.active_connections(id) {
            changes.connections.push(Connection {
                revoked_at: Some(now),
                ..connection.clone()
            });
            let kind = ActivityKind::ConnectionRevoked {
                client: connection.client.clone(),
            };
            changes.events.push(event(rng, now, key, kind));
        }
        if let Some(link) = self.integration_of(id) {
            changes.integrations.push(IntegrationLink {
                integration: link.integration.clone(),
                access_key_id: None,
                connection_id: None,
                reason: Some(DisconnectReason::KeyDeleted),
            });
        }
        changes.events.push(event(rng, now, key, ActivityKind::Deleted));
        Ok(changes)
    }

    /// Deletes several keys in one batch (each as [`Records::delete_key`] would).
    fn delete_keys(
        &self,
        ids: &[AccessKeyId],
        now: DateTime<Utc>,
        rng: &mut impl Random,
    ) -> Result<Changes, DomainError> {
        // Each key's connections and integration are its own, so the deletions do not interact; a key
        // named twice is, the second time, a key that is no more.
        let mut all = Changes::default();
        for (at, id) in ids.iter().enumerate() {
            if ids[..at].contains(id) {
                return Err(DomainError::UnknownAccessKey(id.as_str().into()));
            }
            let changes = self.delete_key(id, now, rng)?;
            all.deleted_keys.extend(changes.deleted_keys);
            all.connections.extend(changes.connections);
            all.integrations.extend(changes.integrations);
            all.events.extend(changes.events);
        }
        Ok(all)
    }

    /// Checks an ID + secret pair and a call as the API would. On success a connection for the call's
    /// client is established and the key's "last used" is updated; each failure says exactly what is
    /// wrong, in this order: malformed input, an unknown or deleted key, a wrong secret, an address the
    /// key does not allow, an operation it may not do, a disabled or expired key. The secret is checked
    /// before anything else about the key, so nobody learns about a key without its secret.
    fn authenticate(
        &self,
        id_text: &str,
        secret_text: &str,
        call: &ApiCall<'_>,
        now: DateTime<Utc>,
        rng: &mut impl Random,
    ) -> Result<(Changes, Connection), DomainError> {
        let client = call.client.trim();
        if client.is_empty() {
            return Err(DomainError::ClientNameEmpty);
        }
        let id = AccessKeyId::parse(id_text)?;
        let secret = AccessKeySecret::parse(secret_text.trim())?;
        let address = parse_client_address(call.address)?;
        let Some(key) = self.access_keys().iter().find(|key| key.id == id) else {
            return Err(match self.deleted_at(&id) {
                Some(at) => DomainError::KeyDeleted(iso_date(at.date_naive())),
                None => DomainError::UnknownAccessKey(id.as_str().to_owned()),
            });
        };
        if !key.accepts(&secret, now) {
            return Err(DomainError::SecretMismatch);
        }
        key.allowed_ips.check(address)?;
        key.permissions.check(call.resource, call.operation)?;
        if key.disabled {
            return Err(DomainError::KeyDisabled);
        }
        if let Some(expires_at) = key.expires_at
            && expires_at <= now
        {
            return Err(DomainError::KeyExpired(iso_date(expires_at.date_naive())));
        }
        let connection = Connection {
            id: ConnectionId::generate(rng, now),
            access_key_id: id,
            client: client.chars().take(80).collect(),
            established_at: now,
            last_used_at: Some(now),
            revoked_at: None,
            integration: None,
        };
        let used = AccessKey {
            last_used_at: Some(now),
            ..key.clone()
        };
        let kind = ActivityKind::ConnectionEstablished {
            client: connection.client.clone(),
        };
        let mut events = vec![event(rng, now, &used, kind)];
        // "Used" is logged once a day per key, however many calls there are.
        let used_today = self.activity().iter().any(|e| {
            e.access_key_id == used.id && e.kind == ActivityKind::Used && e.at.date_naive() == now.date_naive()
        });
        if !used_today {
            events.push(event(rng, now, &used, ActivityKind::Used));
        }
        let changes = Changes {
            events,
            put_keys: vec![used],
            connections: vec![connection.clone()],
            ..Changes::default()
        };
        Ok((changes, connection))
    }

    /// What to record of a call the credential check refused with `error`: an entry in the log of the
    /// key it named, with the client's address and the reason, when the key exists and the input was
    /// well-formed (a malformed ID, secret or address, or an unknown key, leave no trace).
    fn refusal(
        &self,
        id_text: &str,
        call: &ApiCall<'_>,
        error: &DomainError,
        now: DateTime<Utc>,
        rng: &mut impl Random,
    ) -> Option<Changes> {
        let recorded = matches!(
            error,
            DomainError::SecretMismatch
                | DomainError::AddressNotAllowed(_)
                | DomainError::NotPermitted(_)
                | DomainError::KeyDisabled
                | DomainError::KeyExpired(_)
        );
        if !recorded {
            return None;
        }
        let id = AccessKeyId::parse(id_text).ok()?;
        let key = self.key(&id).ok()?;
        let address = show_address(parse_client_address(call.address).ok()?);
        let kind = ActivityKind::Refused {
            address,
            reason: error.to_string(),
        };
        Some(Changes {
            events: vec![event(rng, now, key, kind)],
            ..Changes::default()
        })
    }

    /// Connects the integration `integration_id`: a system-generated key named after it (its secret is
    /// handed to the integration and never shown) and a connection that uses it.
    fn connect_integration(
        &self,
        integration_id: &IntegrationId,
        now: DateTime<Utc>,
        rng: &mut impl Random,
    ) -> Result<Changes, DomainError> {
        let found =
            integration(integration_id).ok_or_else(|| DomainError::UnknownIntegration(integration_id.to_string()))?;
        if self
            .integrations()
            .iter()
            .any(|link| link.integration == found.id() && link.is_connected())
        {
            return Err(DomainError::AlreadyConnected);
        }
        let name = self.free_name(found.name);
        let settings = KeySettings {
            permissions: found.permissions(),
            ..KeySettings::default()
        };
        let (mut changes, created) = self.create_key(&name, None, &settings, now, rng)?;
        let key = AccessKey {
            system: true,
            last_used_at: Some(now),
            ..created.key.clone()
        };
        drop(created);
        let connection = Connection {
            id: ConnectionId::generate(rng, now),
            access_key_id: key.id.clone(),
            client: found.name.to_owned(),
            established_at: now,
            last_used_at: Some(now),
            revoked_at: None,
            integration: Some(found.id()),
        };
        changes.events.push(event(
            rng,
            now,
            &key,
            ActivityKind::ConnectionEstablished {
                client: connection.client.clone(),
            },
        ));
        changes.put_keys = vec![key.clone()];
        changes.integrations.push(IntegrationLink {
            integration: found.id(),
            access_key_id: Some(key.id),
            connection_id: Some(connection.id.clone()),
            reason: None,
        });
        changes.connections.push(connection);
        Ok(changes)
    }

    /// Disconnects the integration `integration_id`: its connection is revoked and its system key, which
    /// nothing else may use, is deleted.
    fn disconnect_integration(
        &self,
        integration_id: &IntegrationId,
        now: DateTime<Utc>,
        rng: &mut impl Random,
    ) -> Result<Changes, DomainError> {
        let link = self
            .integrations()
            .iter()
            .find(|link| link.integration == *integration_id && link.is_connected())
            .ok_or_else(|| DomainError::UnknownIntegration(integration_id.to_string()))?;
        let mut changes = match &link.access_key_id {
            Some(id) if self.key(id).is_ok() => self.delete_key(id, now, rng)?,
            _ => Changes::default(),
        };
        changes.integrations = vec![IntegrationLink {
            integration: link.integration.clone(),
            access_key_id: None,
            connection_id: None,
            reason: Some(DisconnectReason::Disconnected),
        }];
        Ok(changes)
    }

    /// Switches the key `id` off (`disabled`) or on again.
    fn set_disabled(
        &self,
        id: &AccessKeyId,
        disabled: bool,
        now: DateTime<Utc>,
        rng: &mut impl Random,
    ) -> Result<Changes, DomainError> {
        let key = AccessKey {
            disabled,
            ..self.key(id)?.clone()
        };
        let kind = if disabled {
            ActivityKind::Disabled
        } else {
            ActivityKind::Enabled
        };
        Ok(Changes {
            events: vec![event(rng, now, &key, kind)],
            put_keys: vec![key],
            ..Changes::default()
        })
    }

    /// Switches several keys off in one batch (each as [`Records::set_disabled`] would).
    fn disable_keys(
        &self,
        ids: &[AccessKeyId],
        now: DateTime<Utc>,
        rng: &mut impl Random,
    ) -> Result<Changes, DomainError> {
        let mut all = Changes::default();
        for (at, id) in ids.iter().enumerate() {
            if ids[..at].contains(id) {
                continue;
            }
            let changes = self.set_disabled(id, true, now, rng)?;
            all.put_keys.extend(changes.put_keys);
            all.events.extend(changes.events);
        }
        Ok(all)
    }

    /// Gives the key `id` a new secret (same ID, name and settings). The old secret keeps working for
    /// `grace` (zero: not at all). The new secret is returned once.
    fn rotate_key(
        &self,
        id: &AccessKeyId,
        grace: Duration,
        now: DateTime<Utc>,
        rng: &mut impl Random,
    ) -> Result<(Changes, NewAccessKey), DomainError> {
        let key = self.key(id)?;
        let secret = AccessKeySecret::generate(rng);
        let grace_until = (grace > Duration::zero()).then(|| now + grace);
        let rotated = AccessKey {
            secret_hash: secret.hash(),
            previous_secret: grace_until.map(|valid_until| PreviousSecret {
                hash: key.secret_hash.clone(),
                valid_until,
            }),
            ..key.clone()
        };
        let changes = Changes {
            events: vec![event(rng, now, &rotated, ActivityKind::Rotated { grace_until })],
            put_keys: vec![rotated.clone()],
            ..Changes::default()
        };
        Ok((changes, NewAccessKey { key: rotated, secret }))
    }

    /// The activity log with the expiries that have happened by `now`, newest first.
    fn activity_at(&self, now: DateTime<Utc>) -> Vec<ActivityEvent> {
        let mut log = self.activity().to_vec();
        for key in self.access_keys() {
            if let Some(at) = key.expires_at.filter(|at| *at <= now) {
                log.push(ActivityEvent {
                    id: format!("{:013}-expired-{}", at.timestamp_millis().max(0), key.id.as_str()),
                    at,
                    access_key_id: key.id.clone(),
                    key_name: key.name.as_str().to_owned(),
                    kind: ActivityKind::Expired,
                });
            }
        }
        log.sort_by(|a, b| b.at.cmp(&a.at).then(b.id.cmp(&a.id)));
        log
    }

    /// `base`, or `base (2)`, `base (3)`… — the first name no key has.
    fn free_name(&self, base: &str) -> String {
        let taken = |name: &str| {
            AccessKeyName::parse(name)
                .map(|name| self.access_keys().iter().any(|key| key.name.same_as(&name)))
                .unwrap_or(true)
        };
        (1..)
            .map(|n| {
                if n == 1 {
                    base.to_owned()
                } else {
                    format!("{base} ({n})")
                }
            })
            .find(|name| !taken(name))
            .unwrap_or_else(|| base.to_owned())
    }
}

impl Records for Workspace {
    fn access_keys(&self) -> &[AccessKey] {
        &self.access_keys
    }
    fn connections(&self) -> &[Connection] {
        &self.connections
    }
    fn integrations(&self) -> &[IntegrationLink] {
        &self.integrations
    }
    fn activity(&self) -> &[ActivityEvent] {
        &self.activity
    }
}

/// The account's collections, borrowed.
#[derive(Debug, Clone, Copy)]
pub struct WorkspaceView<'a> {
    /// The keys (hashes only).
    pub access_keys: &'a [AccessKey],
    /// Every connection, revoked ones included.
    pub connections: &'a [Connection],
    /// The integrations' states.
    pub integrations: &'a [IntegrationLink],
    /// The activity log, oldest first.
    pub activity: &'a [ActivityEvent],
}

impl Records for WorkspaceView<'_> {
    fn access_keys(&self) -> &[AccessKey] {
        self.access_keys
    }
    fn connections(&self) -> &[Connection] {
        self.connections
    }
    fn integrations(&self) -> &[IntegrationLink] {
        self.integrations
    }
    fn activity(&self) -> &[ActivityEvent] {
        self.activity
    }
}
