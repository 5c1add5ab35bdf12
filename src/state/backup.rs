//! Backup and restore: the account as this tab holds it, written as a backup file; a backup restored in
//! one atomic commit against what is stored (planned again if another tab commits first).

use super::transact::Planned;
use super::{ActionError, AppState};
use crate::domain::backup::{AccountData, BackupContent, RestorePreview, backup_text, plan_restore};
use crate::domain::dates::iso_date;
use crate::domain::{Changes, SeededRandom};
use crate::storage::records::account_data_writes;

impl AppState {
    /// Everything this tab holds of the account (`None` before it is loaded).
    pub fn account_data(self) -> Option<AccountData> {
        Some(AccountData {
            account: self.account.get_untracked()?,
            access_keys: self.access_keys.get_untracked(),
            api_keys: self.api_keys.get_untracked(),
            integrations: self.integrations.get_untracked(),
            connections: self.connections.get_untracked(),
            policy: Some(self.policy.get_untracked()),
            reminders: Some(self.reminders.get_untracked()),
            activity: self.activity.get_untracked(),
        })
    }

    /// A plain backup of the account made now: its file name (`flowdeck-backup-<account ID>-<date>.json`)
    /// and its text.
    pub fn backup(self) -> Option<(String, String)> {
        let data = self.account_data()?;
        let name = format!(
            "flowdeck-backup-{}-{}.json",
            data.account.id.as_str(),
            iso_date(self.today())
        );
        Some((name, backup_text(&data, self.now())))
    }

    /// What restoring `backup` would do now (the preview; nothing is written).
    pub fn preview_restore(self, backup: &BackupContent) -> Option<RestorePreview> {
        let here = self.account_data()?;
        Some(plan_restore(&here, backup, self.now(), &mut SeededRandom::new(0)).preview)
    }

    /// Restores `backup`: planned on what is stored at commit time, written in one atomic batch (another
    /// tab sees it at once), then read back. Returns what was done.
    pub async fn restore(self, backup: &BackupContent) -> Result<RestorePreview, ActionError> {
        let store = self.store()?;
        let done = self
            .transact(|now, rng| {
                // With no account here (storage was empty), the backup's is taken as it is.
                let here = self.account_data().unwrap_or_else(|| backup.data.clone());
                let plan = plan_restore(&here, backup, now, rng);
                Ok(Planned {
                    extra: account_data_writes(&plan.result),
                    ..Planned::of(Changes::default(), plan.preview)
                })
            })
            .await?;
        self.reload(&store).await?;
        Ok(done)
    }
}
