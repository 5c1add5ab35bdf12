//! The credential check: an ID + secret pair and a call, answered as the API would, and what is recorded
//! of a refusal.

use chrono::{DateTime, Utc};

use super::activity::event_by;
use super::{Changes, WorkspaceView};
use crate::domain::access_key::{AccessKey, AccessKeyId};
use crate::domain::connection::{ActivityEvent, ActivityKind, Actor, Connection};
use crate::domain::error::DomainError;
use crate::domain::ids::{ConnectionId, record_id};
use crate::domain::network::{parse_client_address, show_address};
use crate::domain::permissions::{Operation, Resource};
use crate::domain::random::Random;
use crate::domain::secret::AccessKeySecret;

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

impl WorkspaceView<'_> {
    /// Checks an ID + secret pair and a call as the API would. On success a connection for the call's
    /// client is established and the key's "last used" is updated; each failure says exactly what is
    /// wrong, in this order: malformed input, an unknown or deleted key, a wrong secret, an address the
    /// key does not allow, an operation it may not do, a disabled or expired key. The secret is checked
    /// before anything else about the key, so nobody learns about a key without its secret.
    pub fn authenticate(
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
        let Some(key) = self.access_keys.iter().find(|key| key.id == id) else {
            return Err(match self.deleted_at(&id) {
                Some(at) => DomainError::KeyDeleted(at),
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
            return Err(DomainError::KeyExpired(expires_at));
        }
        let used = AccessKey {
            last_used_at: Some(now),
            ..key.clone()
        };
        let client: String = client.chars().take(80).collect();
        let by = Actor::Client {
            name: client.clone(),
            address: Some(show_address(address)),
        };
        let mut events = Vec::new();
        // A client that connected with this key before uses its connection again, as an API client keeps
        // its session: one connection per client, not one per call.
        let connection = match self
            .active_connections(&id)
            .into_iter()
            .find(|connection| connection.client == client && connection.integration.is_none())
        {
            Some(known) => Connection {
                last_used_at: Some(now),
                ..known.clone()
            },
            None => {
                let kind = ActivityKind::ConnectionEstablished { client: client.clone() };
                events.push(event_by(rng, now, &used, kind, by.clone()));
                Connection {
                    id: ConnectionId::generate(rng, now),
                    access_key_id: id,
                    client,
                    established_at: now,
                    last_used_at: Some(now),
                    revoked_at: None,
                    integration: None,
                }
            }
        };
        // "Used" is logged once a day per key, however many calls there are.
        let used_today = self.activity.iter().any(|e| {
            e.access_key_id == used.id && e.kind == ActivityKind::Used && e.at.date_naive() == now.date_naive()
        });
        if !used_today {
            events.push(event_by(rng, now, &used, ActivityKind::Used, by));
        }
        let changes = Changes {
            events,
            put_keys: vec![used],
            connections: vec![connection.clone()],
            ..Changes::default()
        };
        Ok((changes, connection))
    }

    /// What to record of a call the credential check refused with `error`: an entry, with the client's
    /// name and address and the reason, in the log of the key whose ID was tried — an unknown or deleted
    /// key's too, under the ID tried; `told` is the refusal in the words the caller was told. A form the check could not send (no client name, a malformed ID or
    /// address) names no key or no caller, and leaves no trace.
    pub fn refusal(
        &self,
        id_text: &str,
        call: &ApiCall<'_>,
        error: &DomainError,
        told: &str,
        now: DateTime<Utc>,
        rng: &mut impl Random,
    ) -> Option<Changes> {
        let unsent = matches!(
            error,
            DomainError::ClientNameEmpty
                | DomainError::MalformedAccessKeyId
                | DomainError::MalformedClientAddress(_)
                | DomainError::ClientAddressEmpty
        );
        if unsent {
            return None;
        }
        let id = AccessKeyId::parse(id_text).ok()?;
        let address = show_address(parse_client_address(call.address).ok()?);
        // A deleted key is named as it was last called; an unknown ID has no name.
        let key_name = match self.key(&id) {
            Ok(key) => key.name.as_str().to_owned(),
            Err(_) => self
                .activity
                .iter()
                .rev()
                .find(|e| e.access_key_id == id)
                .map(|e| e.key_name.clone())
                .unwrap_or_default(),
        };
        let by = Actor::Client {
            name: call.client.trim().chars().take(80).collect(),
            address: Some(address.clone()),
        };
        let kind = ActivityKind::Refused {
            address,
            reason: told.to_owned(),
        };
        let entry = ActivityEvent {
            id: record_id(rng, now),
            at: now,
            access_key_id: id,
            key_name,
            kind,
            by: Some(by.stored()),
        };
        Some(Changes {
            events: vec![entry],
            ..Changes::default()
        })
    }
}
