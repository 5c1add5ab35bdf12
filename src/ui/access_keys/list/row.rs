//! One row of the access keys table. It is built once per key ID and reads the key's fields
//! reactively: another tab's rename, rotation or use updates the cells that show them, nothing else.

use crate::i18n::{m::access_keys as m, t, tf, tx};
use chrono::{DateTime, Utc};
use leptos::prelude::*;

use crate::browser::format;
use crate::domain::key_list as domain_key_list;
use crate::domain::key_list::Column;
use crate::domain::{AccessKey, Connection, ExpiryStatus};
use crate::state::{KeyRow, expect_app_state};
use crate::ui::access_keys::actions::KeyAction;
use crate::ui::access_keys::view::AccessKeysView;
use crate::ui::access_keys::words::{self as words, access_line, column};
use crate::ui::kit::{CopyButton, MenuItem, MoreOptions, RelativeTime};

/// A key's row: selection, name (with the System flag and its connections), ID with copy, created,
/// expiry with status, last used, and "More options". Built once per key ID: a change of the key
/// re-renders only the cells that read what changed.
#[component]
pub fn AccessKeyRow(
    /// The key shown and its connections, as stored now.
    row: ArcReadSignal<KeyRow>,
    /// The row's position in the whole list (1 for the first key), for `aria-rowindex`.
    #[prop(into)]
    position: Signal<usize>,
) -> impl IntoView {
    crate::i18n::scope();
    let view = AccessKeysView::expect();
    // The key's signal lives as long as the key; the row reads it once, through a memo of its own, so
    // a row that is dropped leaves one subscription behind in it, not one per cell (reactive_graph 0.2
    // does not take a dropped subscriber out of what it read).
    let row = Memo::new(move |_| row.get());
    // What never changes for a key is read once. Name, state and connections are memos, so a use of
    // the key (its last-used time) leaves the menu, the copy button and the connections alone.
    let (key_id, system, created_at, expires) = row.with_untracked(|r| {
        let key = &r.key;
        (key.id.clone(), key.system, key.created_at, key.expires_at.is_some())
    });
    let state = expect_app_state();
    let key = move || row.with_untracked(|r| r.key.clone());
    let name = Memo::new(move |_| row.with(|r| r.key.name.as_str().to_owned()));
    let disabled = Memo::new(move |_| row.with(|r| r.key.disabled));
    let description = Memo::new(move |_| row.with(|r| r.key.description.as_str().to_owned()));
    let access = Memo::new(move |_| row.with(|r| access_line(&r.key)));
    let connections = Memo::new(move |_| row.with(|r| r.connections.clone()));
    let in_grace = Memo::new(move |_| row.with(|r| r.key.grace_until(state.now()).is_some()));
    // The menu acts on the key as it is when an item is chosen.
    let on_select = Callback::new(move |action: KeyAction| view.act(action, key()));
    let items = move |disabled: bool, in_grace: bool| {
        KeyAction::menu(disabled, system, expires, in_grace)
            .into_iter()
            .map(|action| MenuItem::new(tx(action.label()), action))
            .collect::<Vec<_>>()
    };
    let id = key_id.as_str().to_owned();
    let row_id = row_element_id(&key_id);
    let id_element = format!("access-key-id-{id}");
    let copy_id = id.clone();
    let selected_id = key_id.clone();
    // The selection and the reminders setting outlive the row: followed through the row's own triggers.
    let (selection, reminders) = (view.rows.selection.follow(), view.rows.reminders.follow());
    let checked = move || {
        selection.track();
        untrack(|| view.is_selected(&selected_id))
    };
    view! {
        <tr id=row_id class=move || if disabled.get() { "keys__row keys__row--inactive" } else { "keys__row" } aria-rowindex=move || position.get() + 1>
            <td class="keys__select">
                <input
                    type="checkbox"
                    aria-label=move || name.with(|name| tf(m::SELECT_NAME, [name]))
                    prop:checked=checked
                    on:change=move |event| view.select_all(std::slice::from_ref(&key_id), event_target_checked(&event))
                />
            </td>
            <th scope="row" class="keys__name">
                <bdi class="keys__name-text">{move || name.get()}</bdi>
                {system.then(|| view! { <span class="badge badge--system">{tx(m::SYSTEM)}</span> })}
                {move || description.with(|text| (!text.is_empty()).then(|| description_view(text, name)))}
                <span class="keys__meta keys__access">{move || access.get()}</span>
                {move || connections.with(|all| connections_view(all, disabled.get(), state.now()))}
            </th>
            <td class="keys__id" data-label=tx(m::ACCESS_KEY_ID)>
                <code class="mono" id=id_element.clone()>{id.clone()}</code>
                {move || {
                    let (label, copied) = name.with(|name| (tf(m::COPY_ID_OF, [name]), tf(m::ID_COPIED, [name])));
                    view! { <CopyButton label copied value=copy_id.clone() target_id=id_element.clone() compact=true /> }
                }}
            </td>
            <td data-label=tx(column(Column::Created))>{move || format::date(created_at)}</td>
            <td data-label=tx(m::EXPIRES)>
                {move || {
                    reminders.track();
                    let window = untrack(|| state.reminders.with(|reminders| reminders.window_days()));
                    row.with(|r| expiry_cell(&r.key, window, state.now()))
                }}
            </td>
            <td class="keys__used" data-label=tx(column(Column::LastUsed))>
                {move || view! { <RelativeTime at=row.with(|r| r.key.last_used_at) now=state.now() never=t(m::NEVER) /> }}
            </td>
            <td class="keys__actions">
                {move || view! { <MoreOptions name=name.get() items=items(disabled.get(), in_grace.get()) on_select /> }}
            </td>
        </tr>
    }
}

/// The element id of a key's row (what a toast about the key keeps clear of).
pub fn row_element_id(id: &crate::domain::AccessKeyId) -> String {
    format!("access-key-row-{}", id.as_str())
}

/// A description longer than the two lines it is cut to on screen can be read whole with "Show more"
/// (by keyboard, touch or mouse, without hovering); the whole text is always there for screen readers.
fn description_view(text: &str, name: Memo<String>) -> AnyView {
    if !domain_key_list::description_is_long(text) {
        return view! { <span class="keys__description">{text.to_owned()}</span> }.into_any();
    }
    let whole = RwSignal::new(false);
    view! {
        <span class="keys__description" class:keys__description--whole=move || whole.get()>{text.to_owned()}</span>
        <button
            type="button"
            class="keys__more"
            aria-expanded=move || whole.get().to_string()
            aria-label=move || name.with(|name| tf(if whole.get() { m::SHOW_LESS_OF } else { m::SHOW_MORE_OF }, [name]))
            on:click=move |_| whole.update(|w| *w = !*w)
        >
            {move || t(if whole.get() { m::SHOW_LESS } else { m::SHOW_MORE })}
        </button>
    }
    .into_any()
}

/// The expiry cell: the date, one status ("Disabled" for a disabled key, else "Expires in N days" from
/// `window` days before, "Expired" or "Active") and the old secret's grace period.
fn expiry_cell(key: &AccessKey, window: i64, now: DateTime<Utc>) -> impl IntoView + use<> {
    let status = ExpiryStatus::within(key.expires_at, now, window);
    let expires = key.expires_at.map_or_else(|| t(m::NEVER).to_owned(), format::date);
    let grace = key
        .grace_until(now)
        .map(|until| tf(m::OLD_SECRET_UNTIL, [&format::date_time(until)]));
    view! {
        <span class="keys__expires">{expires}</span>
        {if key.disabled {
            view! { <span class="badge badge--off">{tx(m::DISABLED_BADGE)}</span> }.into_any()
        } else {
            view! { <span class=format!("badge badge--{}", status.as_str())>{words::status(status)}</span> }.into_any()
        }}
        {grace.map(|text| view! { <span class="keys__meta">{text}</span> })}
    }
}

/// The key's connections, folded under a summary ("2 active connections"); a disabled key's are paused.
fn connections_view(all: &[Connection], paused: bool, now: DateTime<Utc>) -> AnyView {
    if all.is_empty() {
        return view! { <span class="keys__meta">{tx(m::NO_CONNECTIONS)}</span> }.into_any();
    }
    let active = all.iter().filter(|c| c.is_active()).count();
    let summary = words::connections_summary(active, paused);
    let items = all
        .iter()
        .map(|c| {
            view! {
                <li class="connections__item">
                    <bdi class="connections__client">{c.client.clone()}</bdi>
                    <span>{tf(m::ESTABLISHED_ON, [&format::date(c.established_at)])}</span>
                    <span>{tx(m::LAST_USED_LABEL)} " " <RelativeTime at=c.last_used_at now never=t(m::NEVER_LOWER) /></span>
                    <span class=if c.is_active() && !paused { "badge badge--active" } else { "badge badge--off" }>
                        {match c.revoked_at {
                            None if paused => t(m::PAUSED).to_owned(),
                            None => t(m::ACTIVE).to_owned(),
                            Some(at) => tf(m::REVOKED_ON, [&format::date(at)]),
                        }}
                    </span>
                </li>
            }
        })
        .collect_view();
    view! {
        <details class="connections">
            <summary class="keys__meta">{summary}</summary>
            <ul class="connections__list">{items}</ul>
        </details>
    }
    .into_any()
}
