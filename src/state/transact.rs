//! The optimistic commit loop: an operation is planned on what this tab holds, committed against the
//! revision that was read at, and planned again on what is stored if another tab committed first.

use chrono::{DateTime, Utc};
use leptos::prelude::*;

use super::{ActionError, AppState, SharedRandom};
use crate::domain::account::AccountChanges;
use crate::domain::{AccessKey, Changes, DomainError, WorkspaceView};
use crate::storage::records::{account_writes, changes_writes};
use crate::storage::{StorageError, Store, Write};

/// How often an operation is computed again when other tabs keep committing first.
const ATTEMPTS: usize = 4;

/// What an operation stores: the workspace's changes, the account's, and raw writes for what only
/// storage knows of.
pub(super) struct Planned<T> {
    pub changes: Changes,
    pub account: AccountChanges,
    pub extra: Vec<Write>,
    pub outcome: T,
}

impl<T> Planned<T> {
    /// Stores `changes` and returns `outcome`.
    pub fn of(changes: Changes, outcome: T) -> Self {
        Self {
            changes,
            account: AccountChanges::default(),
            extra: Vec::new(),
            outcome,
        }
    }

    /// Stores `account` and returns `outcome`.
    pub fn account(account: AccountChanges, outcome: T) -> Self {
        Self {
            account,
            ..Self::of(Changes::default(), outcome)
        }
    }
}

/// An operation's plan: what to store, computed on what this tab holds at `now` with `rng`.
type Plan<'a, T> = dyn FnMut(DateTime<Utc>, &mut SharedRandom) -> Result<Planned<T>, ActionError> + 'a;

/// What counts as "still as the user saw it" for a key (see [`crate::domain::access_key::as_seen`] and
/// its stricter siblings).
pub type SeenRule = for<'a> fn(&'a [AccessKey], &AccessKey) -> Result<&'a AccessKey, DomainError>;

impl AppState {
    /// Runs `read` on the keys and what hangs off them as this tab holds them, borrowed (untracked).
    pub fn with_workspace<R>(self, read: impl FnOnce(WorkspaceView<'_>) -> R) -> R {
        // Through one compiled borrow of the four collections, not one per caller (thirteen callers).
        let mut read = Some(read);
        let mut result = None;
        self.with_workspace_dyn(&mut |workspace| result = read.take().map(|read| read(workspace)));
        result.expect("with_workspace_dyn calls back once")
    }

    fn with_workspace_dyn(self, read: &mut dyn FnMut(WorkspaceView<'_>)) {
        self.access_keys.with_untracked(|access_keys| {
            self.connections.with_untracked(|connections| {
                self.integrations.with_untracked(|integrations| {
                    self.activity.with_untracked(|activity| {
                        read(WorkspaceView {
                            access_keys,
                            connections,
                            integrations,
                            activity,
                        })
                    })
                })
            })
        })
    }

    /// Computes `plan` on what this tab holds and commits it against the revision that was read at. If
    /// another tab committed first, re-reads, shows what is stored and computes again; a refusal from
    /// `plan` (on fresh data, when it came to that) is returned and nothing is written.
    pub(super) async fn transact<T>(
        self,
        mut plan: impl FnMut(DateTime<Utc>, &mut SharedRandom) -> Result<Planned<T>, ActionError>,
    ) -> Result<T, ActionError> {
        // One copy of the retry loop per outcome type rather than one per operation: the loop and its
        // storage calls are the same for every operation (measured: several KB of the download).
        self.transact_dyn(&mut plan).await
    }

    /// An operation on the keys the user saw as `seen`: each must still be as seen by `rule` (on what is
    /// stored when it comes to that), then `operate` computes the changes and the outcome.
    pub(super) async fn on_seen<T>(
        self,
        seen: &[AccessKey],
        rule: SeenRule,
        mut operate: impl FnMut(WorkspaceView<'_>, DateTime<Utc>, &mut SharedRandom) -> Result<(Changes, T), DomainError>,
    ) -> Result<T, ActionError> {
        self.transact(|now, rng| {
            let (changes, outcome) = self.with_workspace(|w| {
                for key in seen {
                    rule(w.access_keys, key)?;
                }
                operate(w, now, rng)
            })?;
            Ok(Planned::of(changes, outcome))
        })
        .await
    }

    async fn transact_dyn<T>(self, plan: &mut Plan<'_, T>) -> Result<T, ActionError> {
        let store = self.store()?;
        let env = self.env();
        let mut attempt = 0;
        loop {
            attempt += 1;
            let based_on = self.revision.get_value();
            let planned = plan(env.now(), &mut env.random())?;
            let mut writes = changes_writes(&planned.changes);
            writes.extend(account_writes(&planned.account));
            writes.extend(planned.extra.iter().cloned());
            match store.commit(&writes, based_on).await {
                Ok(revision) => {
                    // If a read showed a newer state meanwhile, it already holds this commit.
                    if self.revision.get_value() == based_on {
                        self.apply(&planned.changes);
                        self.apply_account(&planned.account);
                        self.revision.set_value(revision);
                        self.epoch.update_value(|epoch| *epoch += 1);
                    }
                    env.announce();
                    return Ok(planned.outcome);
                }
                Err(StorageError::Conflict) if attempt < ATTEMPTS => self.reload(&store).await?,
                Err(error) => return Err(error.into()),
            }
        }
    }
}
