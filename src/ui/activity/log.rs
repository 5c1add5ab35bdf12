//! "Activity log": every event on every key, deleted keys included, filterable by key and event, and
//! exportable as CSV.

use std::collections::HashSet;

use leptos::prelude::*;

use super::words::{entries_line, key_label, kind_name, what, who};
use crate::browser::download;
use crate::domain::connection::{ACTIVITY_KINDS, activity_csv};
use crate::domain::key_list::Page;
use crate::domain::text::caseless;
use crate::domain::workspace::ActivityFilter;
use crate::domain::{AccessKeyId, ActivityEvent, ActivityKind};
use crate::i18n::{m::activity as m, tx};
use crate::state::expect_app_state;
use crate::ui::kit::{RelativeTime, keyed_list};
use crate::ui::words::page_label;

/// The element id of the activity log, which "Activity" on a key scrolls to.
pub const ACTIVITY_LOG_ID: &str = "activity-log";

/// Entries shown at a time; older ones are a page away.
const PAGE_SIZE: usize = 50;

/// The account-wide activity log. `key` filters by key (`None`: all keys).
#[component]
pub fn ActivityLogSection(
    /// The key filter, shared with "More options" → "Activity".
    key: RwSignal<Option<AccessKeyId>>,
) -> impl IntoView {
    let state = expect_app_state();
    let kind = RwSignal::new(String::new());
    let page_wanted = RwSignal::new(0usize);
    // One window of the log per change: only the entries on screen are copied; the rest is sorted by
    // reference (see `activity_window`).
    let window = Memo::new(move |_| -> (Vec<ActivityEvent>, Page) {
        let (wanted, key_filter) = (page_wanted.get(), key.get());
        state.activity.track();
        state.access_keys.track();
        kind.with(|kind_filter| {
            let filter = ActivityFilter {
                key: key_filter.as_ref(),
                kind: (!kind_filter.is_empty()).then_some(kind_filter.as_str()),
            };
            state.with_workspace(|w| w.activity_window(state.now(), filter, wanted, PAGE_SIZE))
        })
    });
    // Which keys are gone, from the log's own "Deleted" entries: one set per change of the log, read by
    // each entry instead of a scan of every key per entry.
    let deleted = Memo::new(move |_| {
        state.activity.with(|log| {
            log.iter()
                .filter(|e| e.kind == ActivityKind::Deleted)
                .map(|e| e.access_key_id.clone())
                .collect::<HashSet<_>>()
        })
    });
    let is_deleted = move |id: &AccessKeyId| deleted.with(|gone| gone.contains(id));
    // Every key that appears in the log, deleted ones too, by its latest name, as the filter names it:
    // keyed by ID and words, so a change to the log redraws only the options it changed (one per key).
    let key_options = Memo::new(move |_| {
        state.activity.with(|log| {
            // Each with its name as sorted (lower case).
            let mut seen: Vec<(String, AccessKeyId, &str)> = Vec::new();
            let mut known = HashSet::new();
            for event in log.iter().rev() {
                if known.insert(&event.access_key_id) {
                    let name = event.key_name.as_str();
                    seen.push((caseless(name), event.access_key_id.clone(), name));
                }
            }
            crate::domain::sort::sort_by(&mut seen, |a, b| a.0.cmp(&b.0));
            seen.into_iter()
                .map(|(_, id, name)| {
                    let label = key_label(name, id.as_str(), is_deleted(&id));
                    (id, label)
                })
                .collect::<Vec<_>>()
        })
    });
    // The options are drawn the first time the filter is used (focused, which pressing it also does, or
    // set from a key's "Activity"), and kept from then on: with one per key they are most of the page at
    // 10,000 keys, and most visits never open the filter.
    let used = RwSignal::new(false);
    let listed =
        Memo::new(move |was: Option<&bool>| was.copied().unwrap_or(false) || used.get() || key.with(Option::is_some));
    let export = move |_| {
        let all = kind.with_untracked(|kind_filter| {
            key.with_untracked(|key_filter| {
                let filter = ActivityFilter {
                    key: key_filter.as_ref(),
                    kind: (!kind_filter.is_empty()).then_some(kind_filter.as_str()),
                };
                state.with_workspace(|w| w.activity_window(state.now(), filter, 0, usize::MAX).0)
            })
        });
        let _ = download::download_text("access-key-activity.csv", "text/csv", &activity_csv(&all, what, who));
    };
    let page = Memo::new(move |_| window.with(|(_, page)| *page));
    view! {
        <section class="card" id=ACTIVITY_LOG_ID tabindex="-1" aria-labelledby="activity-log-title">
            <div class="card__header">
                <h2 class="card__title" id="activity-log-title">{tx(m::ACTIVITY_LOG)}</h2>
                <button type="button" class="button" on:click=export>{tx(m::EXPORT_CSV)}</button>
            </div>
            <div class="keys__tools">
                <label class="field__label" for="activity-key">{tx(m::ACCESS_KEY)}</label>
                <select id="activity-key" class="field__input policy__narrow"
                    prop:value=move || key.with(|id| id.as_ref().map_or_else(String::new, |id| id.as_str().to_owned()))
                    on:focus=move |_| used.set(true)
                    on:change=move |event| {
                        page_wanted.set(0);
                        key.set(AccessKeyId::parse(&event_target_value(&event)).ok());
                    }>
                    <option value="">{tx(m::ALL_ACCESS_KEYS)}</option>
                    {keyed_list(
                        move || if listed.get() { key_options.get() } else { Vec::new() },
                        |(id, label)| format!("{}\n{label}", id.as_str()),
                        // Selected as it is drawn when it is the key filtered by (set before it was drawn).
                        move |(id, label)| view! {
                            <option value=id.as_str().to_owned() selected=key.with_untracked(|k| k.as_ref() == Some(&id))>
                                {label}
                            </option>
                        }
                        .into_any(),
                    )}
                </select>
                <label class="field__label" for="activity-event">{tx(m::EVENT)}</label>
                <select id="activity-event" class="field__input policy__narrow" prop:value=move || kind.get()
                    on:change=move |event| {
                        page_wanted.set(0);
                        kind.set(event_target_value(&event));
                    }>
                    <option value="">{tx(m::ALL_EVENTS)}</option>
                    {ACTIVITY_KINDS
                        .iter()
                        .filter_map(|code| kind_name(code).map(|name| view! { <option value=*code>{tx(name)}</option> }))
                        .collect_view()}
                </select>
            </div>
            <ol class="activity">
                // Keyed by entry and whether its key is gone: a change that adds one entry draws one item,
                // a key's deletion redraws its entries on screen (an item reads nothing that outlives it
                // but the language, through its own scope).
                {keyed_list(
                    move || window.with(|(events, _)| {
                        events.iter().map(|event| (is_deleted(&event.access_key_id), event.clone())).collect::<Vec<_>>()
                    }),
                    |(gone, event)| format!("{}{}", event.id.as_str(), if *gone { "\ngone" } else { "" }),
                    move |(gone, event)| {
                        crate::i18n::scope();
                        let alert = matches!(event.kind, ActivityKind::Deleted | ActivityKind::Expired | ActivityKind::ConnectionRevoked { .. });
                        let actor = event.actor();
                        let (id, name, kind, at) = (event.access_key_id, event.key_name, event.kind, event.at);
                        view! {
                            <li class="activity__item" class:activity__item--alert=alert>
                                <span class="activity__what">{move || what(&kind)}</span>
                                // A name someone gave, isolated from the page's direction.
                                <bdi class="activity__key">
                                    {move || key_label(&name, id.as_str(), gone)}
                                </bdi>
                                <span class="activity__when"><RelativeTime at=Some(at) now=state.now() never="" /></span>
                                <span class="activity__who">{move || who(&actor)}</span>
                            </li>
                        }
                        .into_any()
                    },
                )}
            </ol>
            <p class="empty" hidden=move || page.with(|p| p.total != 0)>{tx(m::NO_ACTIVITY)}</p>
            <nav class="pager" aria-label=tx(m::PAGES_OF_LOG)>
                <p class="pager__summary" role="status">{move || page.with(entries_line)}</p>
                <span class="pager__group" hidden=move || page.with(|p| p.count <= 1)>
                    <button type="button" class="button button--small" disabled=move || page.with(|p| p.index == 0)
                        on:click=move |_| page_wanted.set(page.with_untracked(|p| p.index.saturating_sub(1)))>
                        {tx(m::NEWER)}
                    </button>
                    <span class="pager__where">{move || page.with(page_label)}</span>
                    <button type="button" class="button button--small" disabled=move || page.with(|p| p.index + 1 >= p.count)
                        on:click=move |_| page_wanted.set(page.with_untracked(|p| p.index + 1))>
                        {tx(m::OLDER)}
                    </button>
                </span>
            </nav>
        </section>
    }
}
