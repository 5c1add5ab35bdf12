//! The Integrations page: connect or disconnect each integration. Connecting creates a system-generated
//! access key and a connection that uses it.

use crate::i18n::{m::pages as m, t, tf, tx};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::Integration;
use crate::domain::integration::{DisconnectReason, INTEGRATIONS};
use crate::state::{Phase, expect_app_state};
use crate::ui::set_page_title;
use crate::ui::words::Words;

/// What an integration does, in one line (by its code; `None` for a code that is no integration).
pub fn description(code: &str) -> Option<crate::i18n::Msg<0>> {
    Some(match code {
        "slack" => m::SLACK_DOES,
        "google-sheets" => m::GOOGLE_SHEETS_DOES,
        "zapier" => m::ZAPIER_DOES,
        "github" => m::GITHUB_DOES,
        _ => return None,
    })
}

/// `/integrations`.
#[component]
pub fn IntegrationsPage() -> impl IntoView {
    set_page_title(m::INTEGRATIONS);
    let state = expect_app_state();
    let failure = RwSignal::new(None::<String>);
    let announcement = RwSignal::new(String::new());
    let card = move |integration: Integration| {
        let link = move || {
            state
                .integrations
                .with(|all| all.iter().find(|l| l.integration.as_str() == integration.code).cloned())
        };
        let connected = move || link().is_some_and(|l| l.is_connected());
        let status = move || match link() {
            Some(l) if l.is_connected() => t(m::CONNECTED),
            Some(l) if l.reason == Some(DisconnectReason::KeyDeleted) => t(m::DISCONNECTED_KEY_DELETED),
            _ => t(m::NOT_CONNECTED),
        };
        let button_label = move || match link() {
            Some(l) if l.is_connected() => t(m::DISCONNECT),
            Some(l) if l.reason == Some(DisconnectReason::KeyDeleted) => t(m::RECONNECT),
            _ => t(m::CONNECT),
        };
        let toggle = move |_| {
            failure.set(None);
            let was_connected = connected();
            spawn_local(async move {
                let result = if was_connected {
                    state.disconnect_integration(&integration.id()).await
                } else {
                    state.connect_integration(&integration.id()).await
                };
                match result {
                    Ok(()) if was_connected => announcement.set(tf(m::WAS_DISCONNECTED, [integration.name])),
                    Ok(()) => announcement.set(tf(m::IS_CONNECTED, [integration.name])),
                    Err(error) => failure.set(Some(error.words())),
                }
            });
        };
        view! {
            <li class="integration">
                <div class="integration__logo" aria-hidden="true">{integration.name.chars().next().map(String::from)}</div>
                <div class="integration__text">
                    <h2 class="integration__name">{integration.name}</h2>
                    <p class="integration__description">{description(integration.code).map(tx)}</p>
                    <p class="integration__status" class:integration__status--on=connected>{status}</p>
                </div>
                <button
                    type="button"
                    class=move || if connected() { "button" } else { "button button--primary" }
                    aria-label=move || tf(m::ACTION_INTEGRATION, [button_label(), integration.name])
                    // Until the account is open its connections are not known.
                    disabled=move || state.phase.get() != Phase::Ready
                    on:click=toggle
                >
                    {button_label}
                </button>
            </li>
        }
    };
    view! {
        <div class="page page--narrow">
            <h1 class="page__title">{tx(m::INTEGRATIONS)}</h1>
            <p class="page__lead">
                {tx(m::INTEGRATIONS_LEAD)}
            </p>
            <p class="status-line" role="status">{move || announcement.get()}</p>
            <p class="error-line" role="alert">{move || failure.get()}</p>
            <ul class="integrations">{INTEGRATIONS.into_iter().map(card).collect_view()}</ul>
        </div>
    }
}
