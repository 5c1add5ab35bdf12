//! "Expiry reminders" on Account settings: which days before a key expires the account is warned (the
//! expiry banner and the "Expires in N days" badge follow them, and so do the calendar files), and
//! whether this browser shows a notification when a reminder is due.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::notify::{self, Allowed};
use crate::domain::DomainError;
use crate::domain::reminders::{ExpiryReminders, REMINDER_CHOICES};
use crate::state::expect_app_state;

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
            Err(problem) => return error.set(Some(problem.to_string())),
        };
        spawn_local(async move {
            let outcome = state.save_reminders(&form.basis(), reminders).await;
            form.settle(&outcome, DomainError::RemindersChangedElsewhere);
            match outcome {
                Ok(()) => saved.set(format!(
                    "Saved: {}.",
                    state.reminders.with_untracked(ExpiryReminders::describe)
                )),
                Err(failure) => error.set(Some(failure.to_string())),
            }
        });
    };
    let checkboxes = REMINDER_CHOICES
        .into_iter()
        .map(|days| {
            let id = format!("remind-{days}");
            let label = if days == 1 {
                "1 day before".to_owned()
            } else {
                format!("{days} days before")
            };
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
                Allowed::Granted => "This browser will notify you when a reminder is due and this page is open.".into(),
                Allowed::Unsupported => "This browser cannot show notifications. The banner and the calendar files still remind you.".into(),
                _ => "This browser blocks notifications from this page. Allow them in the site settings of your browser, or rely on the banner and the calendar files.".into(),
            });
        });
    };
    view! {
        <section class="card" id="expiry-reminders" aria-labelledby="expiry-reminders-title">
            <h2 class="card__title" id="expiry-reminders-title">"Expiry reminders"</h2>
            <p class="card__lead">
                "When to be warned that an access key will expire: the banner above the access keys and their "
                "\"Expires in\" badges start at the earliest reminder, and \"Add to calendar\" puts one alarm per "
                "reminder into your calendar."
            </p>
            <form class="policy" on:submit=save novalidate>
                <fieldset class="policy__periods">
                    <legend class="field__label">"Remind me"</legend>
                    {checkboxes}
                </fieldset>
                <p class="error-line" role="alert">{move || error.get()}</p>
                <div class="policy__actions">
                    <button type="submit" class="button button--primary">"Save reminders"</button>
                    <span class="status-line" role="status">{move || saved.get()}</span>
                </div>
            </form>
            <div class="check">
                <input id="notify-me" type="checkbox" prop:checked=move || notifying.get() on:change=toggle_notify />
                <label for="notify-me">"Notify me in this browser"</label>
            </div>
            <p class="field__hint">
                "A notification once per key and reminder, while this page is open. Your browser asks first."
            </p>
            <p class="status-line" role="status">{move || notify_status.get()}</p>
        </section>
    }
}
