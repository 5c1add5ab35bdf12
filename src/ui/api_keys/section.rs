//! "API keys": the legacy mechanism. A clock-aware deprecation notice, the remaining keys (delete only,
//! or replace with an equivalent access key), and the troubleshooting questions.

use crate::i18n::{m::api_keys as m, t, tf, tx};
use crate::ui::kit::strong_within;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::format;
use crate::domain::ApiKey;
use crate::domain::api_key::{DEPRECATION_DATE, equivalent_access_key_name, is_deprecated};
use crate::state::expect_app_state;
use crate::ui::access_keys::CreateAccessKeyDialog;
use crate::ui::kit::{ConfirmDialog, MenuItem, MoreOptions, expect_toasts, keyed_list};
use crate::ui::words::Words;

/// The API keys section.
#[component]
pub fn ApiKeysSection() -> impl IntoView {
    let state = expect_app_state();
    let toasts = expect_toasts();
    let today = state.today();
    let passed = is_deprecated(today);
    let deprecation = move || format::day(DEPRECATION_DATE);
    // The key whose deletion is asked about: the confirmation is open while it is there.
    let deleting = RwSignal::new(None::<ApiKey>);
    let replacing = RwSignal::new(None::<ApiKey>);
    let creating = RwSignal::new(false);
    let offer_open = RwSignal::new(false);
    let failure = RwSignal::new(None::<String>);

    let delete_key = move |key: Option<ApiKey>| {
        let Some(key) = key else { return };
        failure.set(None);
        spawn_local(async move {
            match state.delete_api_key(&key.id).await {
                Ok(()) => toasts.show(tf(m::DELETED, [&key.name])),
                Err(error) => failure.set(Some(error.words())),
            }
        });
    };
    let on_delete_confirmed = Callback::new(move |()| delete_key(deleting.get_untracked()));
    let on_offer_accepted = Callback::new(move |()| delete_key(replacing.get_untracked()));
    let on_replaced = Callback::new(move |_| offer_open.set(true));
    let replacement_name = Signal::derive(move || {
        replacing.with(|key| {
            key.as_ref()
                .map(|key| equivalent_access_key_name(&key.name, |base| tf(m::FROM_API_KEY, [base])))
                .unwrap_or_default()
        })
    });
    let name_of = |signal: RwSignal<Option<ApiKey>>| {
        move || signal.with(|key| key.as_ref().map(|key| key.name.clone()).unwrap_or_default())
    };

    let newest_first = move || {
        let mut keys = state.api_keys.get();
        crate::domain::sort::sort_by_key(&mut keys, |key| std::cmp::Reverse(key.created_at));
        keys
    };
    let row = move |key: ApiKey| {
        let last_four = key.last_four.clone();
        let items = vec![
            MenuItem::new(tx(m::CREATE_EQUIVALENT), ApiKeyAction::Replace),
            MenuItem::new(tx(m::DELETE), ApiKeyAction::Delete),
        ];
        let chosen = key.clone();
        let on_select = Callback::new(move |action: ApiKeyAction| match action {
            ApiKeyAction::Replace => {
                replacing.set(Some(chosen.clone()));
                creating.set(true);
            }
            ApiKeyAction::Delete => {
                deleting.set(Some(chosen.clone()));
            }
        });
        let status_class = if key.enabled {
            "badge badge--active"
        } else {
            "badge badge--off"
        };
        view! {
            <tr>
                <th scope="row" class="keys__name"><bdi>{key.name.clone()}</bdi></th>
                <td data-label=tx(m::API_KEY)><code class="mono" aria-label=move || tf(m::ENDING_IN, [&last_four])>{key.masked()}</code></td>
                <td data-label=tx(m::CREATED)>{move || format::date(key.created_at)}</td>
                <td data-label=tx(m::LAST_USED)>{move || key.last_used_at.map_or_else(|| t(m::NEVER).to_owned(), format::date)}</td>
                <td data-label=tx(m::STATUS)><span class=status_class>{tx(if key.enabled { m::ON } else { m::OFF })}</span></td>
                <td class="keys__actions">
                    <MoreOptions name=key.name.clone() items on_select />
                </td>
            </tr>
        }
        .into_any()
    };

    view! {
        <section class="card" id="api-keys" aria-labelledby="api-keys-title">
            <h2 class="card__title" id="api-keys-title">{tx(m::API_KEYS)}</h2>
            <div class="banner" role="note">
                <p><strong>{move || tf(if passed { m::DEPRECATED } else { m::DEPRECATED_SOON }, [&deprecation()])}</strong></p>
            </div>
            <p class="card__lead">
                {tx(m::LEAD)}
            </p>
            <p class="error-line" role="alert">{move || failure.get()}</p>
            <Show
                when=move || state.api_keys.with(|keys| !keys.is_empty())
                fallback=|| view! {
                    <div class="empty">
                        <p>{tx(m::NONE_REMAIN)}</p>
                    </div>
                }
            >
                <div class="table-scroll">
                    <table class="keys keys--legacy">
                        <caption class="visually-hidden">{tx(m::CAPTION)}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{tx(m::NAME)}</th>
                                <th scope="col">{tx(m::API_KEY)}</th>
                                <th scope="col">{tx(m::CREATED)}</th>
                                <th scope="col">{tx(m::LAST_USED)}</th>
                                <th scope="col">{tx(m::STATUS)}</th>
                                <th scope="col"><span class="visually-hidden">{tx(m::ACTIONS)}</span></th>
                            </tr>
                        </thead>
                        <tbody>
                            {keyed_list(newest_first, |key| key.id.as_str().to_owned(), row)}
                        </tbody>
                    </table>
                </div>
            </Show>
            // Folded: the questions take one line until they are wanted.
            <details class="faq">
                <summary class="faq__title">{tx(m::TROUBLESHOOTING)}</summary>
                <details class="faq__item">
                    <summary>{tx(m::DEADLINE_QUESTION)}</summary>
                    <p>
                        {move || tf(if passed { m::DEADLINE_PASSED } else { m::DEADLINE_AHEAD }, [&deprecation()])}
                        " "
                        {tx(m::DEADLINE_ADVICE)}
                    </p>
                </details>
                <details class="faq__item">
                    <summary>{tx(m::CREATE_QUESTION)}</summary>
                    <p>
                        {tx(m::CREATE_MOVED)}
                        " "
                        {move || tf(if passed { m::DEPRECATED_SINCE } else { m::SUPPORTED_UNTIL }, [&deprecation()])}
                        " "
                        {tx(m::CREATE_INSTEAD)}
                    </p>
                </details>
            </details>
            <ConfirmDialog open=deleting title=tx(m::DELETE_TITLE) confirm_label=tx(m::DELETE) on_confirm=on_delete_confirmed>
                <p>{move || strong_within(m::DELETE_BODY, name_of(deleting)())}</p>
            </ConfirmDialog>
            <CreateAccessKeyDialog open=creating initial_name=replacement_name on_proceed=on_replaced />
            <ConfirmDialog
                open=offer_open
                title=tx(m::OFFER_TITLE)
                confirm_label=tx(m::OFFER_DELETE)
                cancel_label=tx(m::OFFER_KEEP)
                on_confirm=on_offer_accepted
            >
                <p>{move || strong_within(m::OFFER_BODY, name_of(replacing)())}</p>
            </ConfirmDialog>
        </section>
    }
}

/// What a legacy API key's "More options" offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ApiKeyAction {
    /// "Create equivalent access key".
    Replace,
    /// "Delete".
    Delete,
}
