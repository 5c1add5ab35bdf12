//! Expiry reminders due while the page is open, as browser notifications (when the user turned them on).

use leptos::prelude::*;

use crate::browser::{notify, perf};
use crate::domain::reminders::due_reminders;
use crate::i18n::{m::access_keys as m, t, tn};
use crate::state::{Phase, expect_app_state};

/// Shows each reminder that is due, once: checked when the keys or the reminders change, and every hour.
pub fn notify_due_reminders() {
    let state = expect_app_state();
    let notify_due = move || {
        // Marked whether or not it shows anything, so that a test can wait for the check itself.
        perf::mark("expiry-reminders-checked");
        if !notify::enabled() || notify::allowed() != notify::Allowed::Granted {
            return;
        }
        let now = state.now();
        let due = state.reminders.with_untracked(|reminders| {
            state
                .access_keys
                .with_untracked(|keys| due_reminders(keys, reminders, now, &notify::shown()))
        });
        for reminder in due {
            let title = tn(m::EXPIRES_IN_DAYS, reminder.days_left as usize, [&reminder.name]);
            let _ = notify::show(&title, t(m::REMINDER_BODY), &reminder.marks);
        }
    };
    Effect::new(move |_| {
        if state.phase.get() == Phase::Ready {
            state.reminders.track();
            state.access_keys.track();
            notify_due();
        }
    });
    let hourly = set_interval_with_handle(notify_due, std::time::Duration::from_secs(3600)).ok();
    on_cleanup(move || {
        if let Some(handle) = hourly {
            handle.clear();
        }
    });
}
