//! Integrations on the workspace: connecting one creates its system-generated key and a connection;
//! disconnecting revokes it and deletes the key.

use chrono::{DateTime, Utc};

use super::activity::event_by;
use super::{Changes, WorkspaceView};
use crate::domain::access_key::{AccessKey, KeySettings};
use crate::domain::connection::{ActivityKind, Actor, Connection};
use crate::domain::error::DomainError;
use crate::domain::ids::{ConnectionId, IntegrationId};
use crate::domain::integration::{DisconnectReason, IntegrationLink, integration};
use crate::domain::random::Random;

impl WorkspaceView<'_> {
    /// Connects the integration `integration_id`: a system-generated key named after it (its secret is
    /// handed to the integration and never shown) and a connection that uses it.
    pub fn connect_integration(
        &self,
        integration_id: &IntegrationId,
        now: DateTime<Utc>,
        rng: &mut impl Random,
    ) -> Result<Changes, DomainError> {
        let found =
            integration(integration_id).ok_or_else(|| DomainError::UnknownIntegration(integration_id.to_string()))?;
        if self
            .integrations
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
        // The integration made its key and connected with it.
        let by = Actor::Integration(found.name.to_owned());
        for entry in &mut changes.events {
            entry.by = Some(by.stored());
        }
        let kind = ActivityKind::ConnectionEstablished {
            client: connection.client.clone(),
        };
        changes.events.push(event_by(rng, now, &key, kind, by));
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
    pub fn disconnect_integration(
        &self,
        integration_id: &IntegrationId,
        now: DateTime<Utc>,
        rng: &mut impl Random,
    ) -> Result<Changes, DomainError> {
        let link = self
            .integrations
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
}
