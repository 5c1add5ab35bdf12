//! "Expiry reminders" on Account settings: which days before a key expires the account is warned (the
//! expiry banner and the "Expires in N days" badge follow them, and so do the calendar files), and
//! whether this browser shows a notification when a reminder is due.

use crate::i18n::{list, m::settings as m, t, tf, tn, tx};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::notify::{self, Allowed};
use crate::domain::DomainError;
use crate::domain::reminders::{ExpiryReminders, REMINDER_CHOICES};
use crate::state::expect_app_state;
use crate::ui::words::Words;

use super::stored_form::StoredForm;

/// The reminders form and the browser notification switch.
#[component]
pub fn ExpiryRemindersSection() -> impl IntoView {
    let state = expect_app_state();
    let chosen = RwSignal::new(Vec::<u32>::new());
    let saved = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    // The form follows what is stored until the user edits it (as the expiry policy form does).
    let form = StoredForm::follow(state.reminders, move |reminders: &ExpiryReminders| {
        chosen.set(reminders.days().to_vec());
    });
    let save = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let reminders = match ExpiryReminders::new(chosen.get_untracked()) {
            Ok(reminders) => reminders,
            Err(problem) => return error.set(Some(problem.words())),
        };
        spawn_local(async move {
            let outcome = state.save_reminders(&form.basis(), reminders).await;
            form.settle(&outcome, DomainError::RemindersChangedElsewhere);
            match outcome {
                Ok(()) => saved.set(tf(m::SAVED_REMINDERS, [&state.reminders.with_untracked(describe)])),
                Err(failure) => error.set(Some(failure.words())),
            }
        });
    };
    let checkboxes = REMINDER_CHOICES
        .into_iter()
        .map(|days| {
            let id = format!("remind-{days}");
            let label = move || tn(m::DAYS_BEFORE, days as usize, []);
            view! {
                <div class="check">
                    <input
                        type="checkbox"
                        id=id.clone()
                        prop:checked=move || chosen.with(|c| c.contains(&days))
                        on:change=move |event| {
                            let on = event_target_checked(&event);
                            chosen.update(|c| {
                                c.retain(|d| *d != days);
                                if on {
                                    c.push(days);
                                }
                            });
                            saved.set(String::new());
                            error.set(None);
                            form.edited();
                        }
                    />
                    <label for=id>{label}</label>
                </div>
            }
        })
        .collect_view();

    // Notifications in this browser: asked for only when the user turns them on.
    let notifying = RwSignal::new(notify::enabled() && notify::allowed() == Allowed::Granted);
    let notify_status = RwSignal::new(String::new());
    let toggle_notify = move |event: leptos::ev::Event| {
        let on = event_target_checked(&event);
        notify_status.set(String::new());
        if !on {
            notify::set_enabled(false);
            notifying.set(false);
            return;
        }
        spawn_local(async move {
            let answer = match notify::allowed() {
                Allowed::Granted => Allowed::Granted,
                Allowed::NotAsked => notify::ask().await,
                other => other,
            };
            let granted = answer == Allowed::Granted;
            notify::set_enabled(granted);
            notifying.set(granted);
            notify_status.set(match answer {
                Allowed::Granted => t(m::NOTIFY_GRANTED).into(),
                Allowed::Unsupported => t(m::NOTIFY_UNSUPPORTED).into(),
                _ => t(m::NOTIFY_BLOCKED).into(),
            });
        });
    };
    view! {
        <section class="card" id="expiry-reminders" aria-labelledby="expiry-reminders-title">
            <h2 class="card__title" id="expiry-reminders-title">{tx(m::REMINDERS_TITLE)}</h2>
            <p class="card__lead">
                {tx(m::REMINDERS_LEAD)}
            </p>
            <form class="policy" on:submit=save novalidate>
                <fieldset class="policy__periods">
                    <legend class="field__label">{tx(m::REMIND_ME)}</legend>
                    {checkboxes}
                </fieldset>
                <p class="error-line" role="alert">{move || error.get()}</p>
                <div class="policy__actions">
                    <button type="submit" class="button button--primary">{tx(m::SAVE_REMINDERS)}</button>
                    <span class="status-line" role="status">{move || saved.get()}</span>
                </div>
            </form>
            <div class="check">
                <input id="notify-me" type="checkbox" prop:checked=move || notifying.get() on:change=toggle_notify />
                <label for="notify-me">{tx(m::NOTIFY_ME)}</label>
            </div>
            <p class="field__hint">
                {tx(m::NOTIFY_HINT)}
            </p>
            <p class="status-line" role="status">{move || notify_status.get()}</p>
        </section>
    }
}

/// "7 days and 1 day before expiry" in the page's language, a list as the language writes one.
fn describe(reminders: &ExpiryReminders) -> String {
    let days: Vec<String> = reminders
        .days()
        .iter()
        .map(|days| tn(m::REMINDER_DAYS, *days as usize, []))
        .collect();
    if days.is_empty() {
        return t(m::NO_REMINDERS).to_owned();
    }
    tf(m::BEFORE_EXPIRY, [&list(&days)])
}
