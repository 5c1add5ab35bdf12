//! "Activity log": every event on every key, deleted keys included, filterable by key and event, and
//! exportable as CSV.

use leptos::prelude::*;

use crate::browser::download;
use crate::domain::connection::{ACTIVITY_KINDS, activity_csv};
use crate::domain::{AccessKeyId, ActivityEvent, ActivityKind};
use crate::state::expect_app_state;
use crate::ui::kit::RelativeTime;

/// The element id of the activity log, which "Activity" on a key scrolls to.
pub const ACTIVITY_LOG_ID: &str = "activity-log";

/// How the log names the key of an entry: its name, "(deleted)" once it is gone, and an ID that was
/// tried but was never a key of this account by the ID itself.
fn key_label(name: &str, id: &str, gone: bool) -> String {
    match (name.is_empty(), gone) {
        (true, _) => format!("{id} (unknown ID)"),
        (false, true) => format!("{name} (deleted)"),
        (false, false) => name.to_owned(),
    }
}

/// The account-wide activity log. `key` filters by key (`None`: all keys).
#[component]
pub fn ActivityLogSection(
    /// The key filter, shared with "More options" → "Activity".
    key: RwSignal<Option<AccessKeyId>>,
) -> impl IntoView {
    let state = expect_app_state();
    let kind = RwSignal::new(String::new());
    // One computation per change, shared by the list, the count and the export.
    let shown = Memo::new(move |_| -> Vec<ActivityEvent> {
        let (key_filter, kind_filter) = (key.get(), kind.get());
        state.activity.track();
        state.access_keys.track();
        state
            .with_workspace(|w| w.activity_at(state.now()))
            .into_iter()
            .filter(|e| key_filter.as_ref().is_none_or(|id| e.access_key_id == *id))
            .filter(|e| kind_filter.is_empty() || e.kind.code() == kind_filter)
            .collect()
    });
    // Every key that appears in the log, deleted ones too, by its latest name.
    let key_options = move || {
        let mut seen: Vec<(String, String)> = Vec::new();
        for event in state.activity.get().iter().rev() {
            if !seen.iter().any(|(id, _)| id == event.access_key_id.as_str()) {
                seen.push((event.access_key_id.as_str().to_owned(), event.key_name.clone()));
            }
        }
        seen.sort_by_key(|(_, name)| name.to_lowercase());
        // A deleted key is named as such, as its entries are; an ID tried that was never a key, by the ID.
        state.access_keys.with(|keys| {
            seen.into_iter()
                .map(|(id, name)| {
                    let label = key_label(&name, &id, !keys.iter().any(|key| key.id.as_str() == id));
                    view! { <option value=id>{label}</option> }
                })
                .collect_view()
        })
    };
    let export = move |_| {
        let _ = download::download_text(
            "access-key-activity.csv",
            "text/csv",
            &activity_csv(&shown.get_untracked()),
        );
    };
    view! {
        <section class="card" id=ACTIVITY_LOG_ID tabindex="-1" aria-labelledby="activity-log-title">
            <div class="card__header">
                <h2 class="card__title" id="activity-log-title">"Activity log"</h2>
                <button type="button" class="button" on:click=export>"Export CSV"</button>
            </div>
            <div class="keys__tools">
                <label class="field__label" for="activity-key">"Access key"</label>
                <select id="activity-key" class="field__input policy__narrow"
                    prop:value=move || key.with(|id| id.as_ref().map_or_else(String::new, |id| id.as_str().to_owned()))
                    on:change=move |event| key.set(AccessKeyId::parse(&event_target_value(&event)).ok())>
                    <option value="">"All access keys"</option>
                    {key_options}
                </select>
                <label class="field__label" for="activity-event">"Event"</label>
                <select id="activity-event" class="field__input policy__narrow" prop:value=move || kind.get()
                    on:change=move |event| kind.set(event_target_value(&event))>
                    <option value="">"All events"</option>
                    {ACTIVITY_KINDS.iter().map(|(code, label)| view! { <option value=*code>{*label}</option> }).collect_view()}
                </select>
            </div>
            <ol class="activity">
                {move || shown.get().into_iter().take(200).map(|event| {
                    let deleted = state.access_keys.with(|keys| !keys.iter().any(|k| k.id == event.access_key_id));
                    view! {
                        <li class="activity__item" class:activity__item--alert=matches!(event.kind, ActivityKind::Deleted | ActivityKind::Expired | ActivityKind::ConnectionRevoked { .. })>
                            <span class="activity__what">{event.kind.describe()}</span>
                            <span class="activity__key">
                                {key_label(&event.key_name, event.access_key_id.as_str(), deleted)}
                            </span>
                            <span class="activity__when"><RelativeTime at=Some(event.at) now=state.now() never="" /></span>
                            <span class="activity__who">{event.actor().describe()}</span>
                        </li>
                    }
                }).collect_view()}
            </ol>
            <p class="empty" hidden=move || shown.with(|s| !s.is_empty())>"No activity matches these filters."</p>
            <p class="keys__meta">
                {move || match shown.with(Vec::len) {
                    n if n > 200 => format!("Showing the latest 200 of {n} entries; export CSV for all of them."),
                    1 => "1 entry".to_owned(),
                    n => format!("{n} entries"),
                }}
            </p>
        </section>
    }
}
