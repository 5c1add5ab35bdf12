//! The key lifecycle on the workspace: create, rename and describe, set what a key may do, disable,
//! rotate and delete (one or many).

use chrono::{DateTime, Duration, Utc};

use super::activity::{event, expired_entry};
use super::{Changes, WorkspaceView};
use crate::domain::access_key::{
    AccessKey, AccessKeyId, AccessKeyName, KeyDescription, KeySettings, NewAccessKey, PreviousSecret, RetiredSecret,
    create_access_key, ensure_unique_name,
};
use crate::domain::connection::{ActivityKind, Connection};
use crate::domain::error::DomainError;
use crate::domain::integration::{DisconnectReason, IntegrationLink};
use crate::domain::network::AllowedIps;
use crate::domain::permissions::Permissions;
use crate::domain::random::Random;
use crate::domain::secret::AccessKeySecret;

impl WorkspaceView<'_> {
    /// Creates a key named `name` expiring at `expires_at` with `settings`; the secret is returned once.
    pub fn create_key(
        &self,
        name: &str,
        expires_at: Option<DateTime<Utc>>,
        settings: &KeySettings,
        now: DateTime<Utc>,
        rng: &mut impl Random,
    ) -> Result<(Changes, NewAccessKey), DomainError> {
        let created = create_access_key(name, expires_at, settings, self.access_keys, now, rng)?;
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
    pub fn rename_key(
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
    pub fn edit_details(
        &self,
        id: &AccessKeyId,
        name: &str,
        description: &str,
        now: DateTime<Utc>,
        rng: &mut impl Random,
    ) -> Result<Changes, DomainError> {
        let name = AccessKeyName::parse(name)?;
        let description = KeyDescription::parse(description)?;
        ensure_unique_name(&name, self.access_keys, Some(id))?;
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
    pub fn set_access(
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
        let permissions = permissions.usable()?.normalized();
        if permissions == key.permissions.normalized() && *allowed_ips == key.allowed_ips {
            return Ok(Changes::default());
        }
        let kind = ActivityKind::PermissionsChanged {
            permissions: Some(permissions.clone()),
            allowed_ips: allowed_ips.clone(),
            summary: None,
        };
        let edited = AccessKey {
            permissions,
            allowed_ips: allowed_ips.clone(),
            ..key.clone()
        };
        Ok(Changes {
            events: vec![event(rng, now, &edited, kind)],
            put_keys: vec![edited],
            ..Changes::default()
        })
    }

    /// Deletes the key `id`: its active connections are revoked and an integration using it is marked
    /// disconnected because its key was deleted.
    pub fn delete_key(
        &self,
        id: &AccessKeyId,
        now: DateTime<Utc>,
        rng: &mut impl Random,
    ) -> Result<Changes, DomainError> {
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
        changes.events.extend(expired_entry(key, now));
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

    /// Deletes several keys in one batch (each as [`WorkspaceView::delete_key`] would).
    pub fn delete_keys(
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
            all.extend(self.delete_key(id, now, rng)?);
        }
        Ok(all)
    }

    /// Switches the key `id` off (`disabled`) or on again.
    pub fn set_disabled(
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

    /// Switches several keys off in one batch (each as [`WorkspaceView::set_disabled`] would).
    pub fn disable_keys(
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
            all.extend(self.set_disabled(id, true, now, rng)?);
        }
        Ok(all)
    }

    /// Gives the key `id` a new secret (same ID, name, settings and expiry). The old secret keeps
    /// working for `grace` (zero: not at all). The new secret is returned once.
    pub fn rotate_key(
        &self,
        id: &AccessKeyId,
        grace: Duration,
        now: DateTime<Utc>,
        rng: &mut impl Random,
    ) -> Result<(Changes, NewAccessKey), DomainError> {
        let expires_at = self.key(id)?.expires_at;
        self.rotate_key_until(id, grace, expires_at, now, rng)
    }

    /// Gives the key `id` a new secret that expires at `expires_at` (`None`: never), as GitHub's
    /// "Regenerate token" does: so an expired key can be brought back to work. The old secret keeps
    /// working for `grace`, unless the key had expired: then it no longer worked, and gets no grace.
    pub fn rotate_key_until(
        &self,
        id: &AccessKeyId,
        grace: Duration,
        expires_at: Option<DateTime<Utc>>,
        now: DateTime<Utc>,
        rng: &mut impl Random,
    ) -> Result<(Changes, NewAccessKey), DomainError> {
        let key = self.key(id)?;
        let expired = key.has_expired(now);
        let secret = AccessKeySecret::generate(rng);
        let grace_until = (grace > Duration::zero() && !expired).then(|| now + grace);
        // What stops working now is kept as a hash, with when it stopped, for the leak check.
        let stopped = key.expires_at.filter(|_| expired).unwrap_or(now);
        let mut retired_secrets = key.retired_secrets.clone();
        if let Some(previous) = &key.previous_secret {
            retired_secrets.push(RetiredSecret {
                hash: previous.hash.clone(),
                since: previous.valid_until.min(stopped),
            });
        }
        if grace_until.is_none() {
            retired_secrets.push(RetiredSecret {
                hash: key.secret_hash.clone(),
                since: stopped,
            });
        }
        let rotated = AccessKey {
            secret_hash: secret.hash(),
            previous_secret: grace_until.map(|valid_until| PreviousSecret {
                hash: key.secret_hash.clone(),
                valid_until,
            }),
            expires_at,
            retired_secrets,
            ..key.clone()
        };
        // The new expiry replaces the one that passed: its entry is stored before it is.
        let mut events: Vec<_> = expired_entry(key, now).into_iter().collect();
        events.push(event(rng, now, &rotated, ActivityKind::Rotated { grace_until }));
        let changes = Changes {
            events,
            put_keys: vec![rotated.clone()],
            ..Changes::default()
        };
        Ok((changes, NewAccessKey { key: rotated, secret }))
    }

    /// `base`, or `base (2)`, `base (3)`… — the first name no key has.
    pub fn free_name(&self, base: &str) -> String {
        let taken = |name: &str| {
            AccessKeyName::parse(name)
                .map(|name| self.access_keys.iter().any(|key| key.name.same_as(&name)))
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

    /// Ends the grace period of the key `id`'s old secret now: from this moment only the current secret
    /// works. Refused when no old secret is in its grace period at `now`.
    pub fn revoke_previous_secret(
        &self,
        id: &AccessKeyId,
        now: DateTime<Utc>,
        rng: &mut impl Random,
    ) -> Result<Changes, DomainError> {
        let key = self.key(id)?;
        if key.grace_until(now).is_none() {
            return Err(DomainError::NoOldSecret);
        }
        let mut retired_secrets = key.retired_secrets.clone();
        if let Some(previous) = &key.previous_secret {
            retired_secrets.push(RetiredSecret {
                hash: previous.hash.clone(),
                since: now,
            });
        }
        let revoked = AccessKey {
            previous_secret: None,
            retired_secrets,
            ..key.clone()
        };
        Ok(Changes {
            events: vec![event(rng, now, &revoked, ActivityKind::OldSecretRevoked)],
            put_keys: vec![revoked],
            ..Changes::default()
        })
    }
}
