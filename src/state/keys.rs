//! Access key commands and the queries the UI asks about keys.

use chrono::NaiveDate;
use leptos::prelude::*;

use super::transact::{Planned, SeenRule};
use super::{ActionError, AppState};
use crate::domain::access_key::{KeySettings, access_as_seen, as_seen, description_as_seen};
use crate::domain::network::AllowedIps;
use crate::domain::permissions::Permissions;
use crate::domain::workspace::ApiCall;
use crate::domain::{AccessKey, AccessKeyId, Connection, DomainError, ExpiryPeriod, NewAccessKey};

impl AppState {
    /// What happened to the key the user saw as `seen` since (deleted, renamed, rotated, disabled or
    /// enabled elsewhere), as the refusal an operation on it would get; `None` while it is as seen, or
    /// nothing is seen.
    /// Follows the stored keys as they change.
    pub fn changed_elsewhere(self, seen: Signal<Option<AccessKey>>) -> Memo<Option<DomainError>> {
        self.changed_elsewhere_by(seen, as_seen)
    }

    /// [`AppState::changed_elsewhere`] by another rule of what counts as changed (such as
    /// [`access_as_seen`], which also watches the permissions).
    pub fn changed_elsewhere_by(self, seen: Signal<Option<AccessKey>>, rule: SeenRule) -> Memo<Option<DomainError>> {
        // Still nothing changed: no news. A refusal is news each time it is worked out (the shipped build
        // then needs no comparison of refusals, which would cost it their whole derived `eq`).
        Memo::new_with_compare(
            move |_| {
                seen.with(|seen| {
                    let seen = seen.as_ref()?;
                    self.access_keys.with(|keys| rule(keys, seen).err())
                })
            },
            |old, new| !matches!((old, new), (Some(None), Some(None))),
        )
    }

    /// The clients of the active connections of the key `id` (tracked: follows the connections).
    pub fn active_clients(self, id: &AccessKeyId) -> Vec<String> {
        self.connections.track();
        self.with_workspace(|w| w.active_connections(id).into_iter().map(|c| c.client.clone()).collect())
    }

    /// Creates an access key with `settings` and stores it (hash only) *before* returning the secret, so
    /// a secret that is shown always works. The name must be free among the keys as stored.
    pub async fn create_access_key(
        self,
        name: &str,
        period: ExpiryPeriod,
        custom_date: Option<NaiveDate>,
        settings: &KeySettings,
    ) -> Result<NewAccessKey, ActionError> {
        let offset = self.local_offset();
        self.transact(|now, rng| {
            let expires_at = self
                .policy
                .with_untracked(|policy| policy.expires_at(period, custom_date, now, offset))?;
            let (changes, created) = self.with_workspace(|w| w.create_key(name, expires_at, settings, now, rng))?;
            Ok(Planned::of(changes, created))
        })
        .await
    }

    /// Renames the access key the user saw as `seen`.
    pub async fn rename_access_key(self, seen: &AccessKey, name: &str) -> Result<(), ActionError> {
        self.on_seen(std::slice::from_ref(seen), as_seen, |w, now, rng| {
            Ok((w.rename_key(&seen.id, name, now, rng)?, ()))
        })
        .await
    }

    /// Gives the access key the user saw as `seen` a name and a description (the Rename dialog). Refused
    /// when its description changed elsewhere since, as well as for what [`as_seen`] refuses.
    pub async fn save_details(self, seen: &AccessKey, name: &str, description: &str) -> Result<(), ActionError> {
        self.on_seen(std::slice::from_ref(seen), description_as_seen, |w, now, rng| {
            Ok((w.edit_details(&seen.id, name, description, now, rng)?, ()))
        })
        .await
    }

    /// Sets what the access key the user saw as `seen` may do and where from. Refused when its
    /// permissions or addresses changed elsewhere since, as well as for what [`as_seen`] refuses.
    pub async fn set_access(
        self,
        seen: &AccessKey,
        permissions: &Permissions,
        allowed_ips: &AllowedIps,
    ) -> Result<(), ActionError> {
        self.on_seen(std::slice::from_ref(seen), access_as_seen, |w, now, rng| {
            Ok((w.set_access(&seen.id, permissions, allowed_ips, now, rng)?, ()))
        })
        .await
    }

    /// Deletes the access keys the user saw as `seen` in one atomic batch, revoking their connections.
    /// If any of them changed since, none is deleted.
    pub async fn delete_access_keys(self, seen: &[AccessKey]) -> Result<(), ActionError> {
        let ids: Vec<_> = seen.iter().map(|key| key.id.clone()).collect();
        self.on_seen(seen, as_seen, |w, now, rng| Ok((w.delete_keys(&ids, now, rng)?, ())))
            .await
    }

    /// Switches the access key the user saw as `seen` off or on again.
    pub async fn set_disabled(self, seen: &AccessKey, disabled: bool) -> Result<(), ActionError> {
        self.on_seen(std::slice::from_ref(seen), as_seen, |w, now, rng| {
            Ok((w.set_disabled(&seen.id, disabled, now, rng)?, ()))
        })
        .await
    }

    /// Switches off the access keys the user saw as `seen` in one atomic batch ("Disable all"). If any
    /// of them changed since, none is disabled.
    pub async fn disable_access_keys(self, seen: &[AccessKey]) -> Result<(), ActionError> {
        let ids: Vec<_> = seen.iter().map(|key| key.id.clone()).collect();
        self.on_seen(seen, as_seen, |w, now, rng| Ok((w.disable_keys(&ids, now, rng)?, ())))
            .await
    }

    /// Gives the access key the user saw as `seen` a new secret, stored (hash only) before it is
    /// returned; the old secret keeps working for `grace`.
    pub async fn rotate_access_key(
        self,
        seen: &AccessKey,
        grace: chrono::Duration,
    ) -> Result<NewAccessKey, ActionError> {
        self.on_seen(std::slice::from_ref(seen), as_seen, |w, now, rng| {
            w.rotate_key(&seen.id, grace, now, rng)
        })
        .await
    }

    /// Gives the access key the user saw as `seen` a new secret and a new expiry from `period` (and
    /// `custom_date`) under the account's policy, stored (hash only) before it is returned. The old secret
    /// keeps working for `grace`, unless the key had expired.
    pub async fn rotate_and_renew(
        self,
        seen: &AccessKey,
        grace: chrono::Duration,
        period: ExpiryPeriod,
        custom_date: Option<NaiveDate>,
    ) -> Result<NewAccessKey, ActionError> {
        let offset = self.local_offset();
        let policy = self.policy;
        self.on_seen(std::slice::from_ref(seen), as_seen, |w, now, rng| {
            let expires_at = policy.with_untracked(|policy| policy.expires_at(period, custom_date, now, offset))?;
            w.rotate_key_until(&seen.id, grace, expires_at, now, rng)
        })
        .await
    }

    /// Ends the grace period of the old secret of the key the user saw as `seen`, now.
    pub async fn revoke_old_secret(self, seen: &AccessKey) -> Result<(), ActionError> {
        self.on_seen(std::slice::from_ref(seen), as_seen, |w, now, rng| {
            Ok((w.revoke_previous_secret(&seen.id, now, rng)?, ()))
        })
        .await
    }

    /// Checks an ID + secret pair and `call` as the API would, establishing a connection for its
    /// client. A refusal of a call with an existing key is recorded in that key's activity log, in the
    /// words the caller is `told` (the UI's).
    pub async fn authenticate(
        self,
        id: &str,
        secret: &str,
        call: &ApiCall<'_>,
        told: impl Fn(&DomainError) -> String,
    ) -> Result<Connection, ActionError> {
        let outcome = self
            .transact(|now, rng| {
                self.with_workspace(|w| match w.authenticate(id, secret, call, now, rng) {
                    Ok((changes, connection)) => Ok(Planned::of(changes, Ok(connection))),
                    Err(error) => match w.refusal(id, call, &error, &told(&error), now, rng) {
                        Some(changes) => Ok(Planned::of(changes, Err(error))),
                        None => Err(error.into()),
                    },
                })
            })
            .await?;
        Ok(outcome?)
    }
}
