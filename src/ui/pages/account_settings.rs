//! Account settings: the expiry policy, the expiry reminders, backup and restore, and the demo data.

use crate::i18n::{m::pages as m, tx};
use leptos::prelude::*;

use crate::ui::set_page_title;
use crate::ui::settings::{BackupRestoreSection, DemoDataSection, ExpiryPolicySection, ExpiryRemindersSection};

/// `/account-settings`.
#[component]
pub fn AccountSettingsPage() -> impl IntoView {
    set_page_title(m::ACCOUNT_SETTINGS);
    view! {
        <div class="page page--narrow">
            <h1 class="page__title">{tx(m::ACCOUNT_SETTINGS)}</h1>
            <ExpiryPolicySection />
            <ExpiryRemindersSection />
            <BackupRestoreSection />
            <DemoDataSection />
        </div>
    }
}
