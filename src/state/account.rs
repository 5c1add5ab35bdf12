//! What the account holds beside its access keys: integrations, legacy API keys, the expiry policy and
//! reminders, the demo data and the records set aside.

use leptos::prelude::*;

use super::transact::Planned;
use super::{ActionError, AppState};
use crate::domain::account::AccountChanges;
use crate::domain::demo::demo_data;
use crate::domain::reminders::ExpiryReminders;
use crate::domain::{ApiKeyId, Changes, DomainError, ExpiryPolicy, IntegrationId};
use crate::storage::records::demo_writes;
use crate::storage::{Collection, Write};

impl AppState {
    /// Shows the account's changes that storage has just accepted.
    pub(super) fn apply_account(self, changes: &AccountChanges) {
        if !changes.deleted_api_keys.is_empty() {
            self.api_keys
                .writer()
                .update(|keys| keys.retain(|key| !changes.deleted_api_keys.contains(&key.id)));
        }
        if let Some(policy) = &changes.policy {
            self.policy.writer().set(policy.clone());
        }
        if let Some(reminders) = &changes.reminders {
            self.reminders.writer().set(reminders.clone());
        }
    }

    /// Deletes the records set aside as unreadable, for good.
    pub async fn discard_quarantine(self) -> Result<(), ActionError> {
        self.transact(|_, _| {
            Ok(Planned {
                extra: vec![Write::Clear {
                    collection: Collection::Quarantine,
                }],
                ..Planned::of(Changes::default(), ())
            })
        })
        .await?;
        self.quarantined.writer().set(Vec::new());
        Ok(())
    }

    /// Replaces everything stored with a fresh demo account.
    pub async fn reset_demo(self) -> Result<(), ActionError> {
        let store = self.store()?;
        self.transact(|now, rng| {
            let demo = demo_data(rng, now);
            Ok(Planned {
                extra: demo_writes(&demo),
                ..Planned::of(Changes::default(), ())
            })
        })
        .await?;
        self.reload(&store).await?;
        Ok(())
    }

    /// Connects an integration (a system-generated key and a connection).
    pub async fn connect_integration(self, integration: &IntegrationId) -> Result<(), ActionError> {
        self.transact(|now, rng| {
            let changes = self.with_workspace(|w| w.connect_integration(integration, now, rng))?;
            Ok(Planned::of(changes, ()))
        })
        .await
    }

    /// Disconnects an integration (its connection revoked, its key deleted).
    pub async fn disconnect_integration(self, integration: &IntegrationId) -> Result<(), ActionError> {
        self.transact(|now, rng| {
            let changes = self.with_workspace(|w| w.disconnect_integration(integration, now, rng))?;
            Ok(Planned::of(changes, ()))
        })
        .await
    }

    /// Deletes the legacy API key `id` for good.
    pub async fn delete_api_key(self, id: &ApiKeyId) -> Result<(), ActionError> {
        self.transact(|_, _| {
            let changes = self
                .api_keys
                .with_untracked(|keys| AccountChanges::delete_api_key(keys, id))?;
            Ok(Planned::account(changes, ()))
        })
        .await
    }

    /// Validates and saves the account's expiry policy, if the stored one is still `seen` (what the
    /// form was filled in from). Existing keys are left exactly as they are.
    pub async fn save_policy(self, seen: &ExpiryPolicy, policy: ExpiryPolicy) -> Result<(), ActionError> {
        policy.validate()?;
        self.transact(|_, _| {
            if self.policy.with_untracked(|stored| stored != seen) {
                return Err(DomainError::PolicyChangedElsewhere.into());
            }
            let changes = AccountChanges {
                policy: Some(policy.clone()),
                ..AccountChanges::default()
            };
            Ok(Planned::account(changes, ()))
        })
        .await
    }

    /// Saves the days before expiry the account is reminded, if the stored ones are still `seen`
    /// (what the form was filled in from).
    pub async fn save_reminders(self, seen: &ExpiryReminders, reminders: ExpiryReminders) -> Result<(), ActionError> {
        self.transact(|_, _| {
            if self.reminders.with_untracked(|stored| stored != seen) {
                return Err(DomainError::RemindersChangedElsewhere.into());
            }
            let changes = AccountChanges {
                reminders: Some(reminders.clone()),
                ..AccountChanges::default()
            };
            Ok(Planned::account(changes, ()))
        })
        .await
    }
}
