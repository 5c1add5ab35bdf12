//! The Integrations page: connect or disconnect each integration. Connecting creates a system-generated
//! access key and a connection that uses it.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::Integration;
use crate::domain::integration::{DisconnectReason, INTEGRATIONS};
use crate::state::{Phase, expect_app_state};
use crate::ui::set_page_title;

/// `/integrations`.
#[component]
pub fn IntegrationsPage() -> impl IntoView {
    set_page_title("Integrations");
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
            Some(l) if l.is_connected() => "Connected".to_owned(),
            Some(l) if l.reason == Some(DisconnectReason::KeyDeleted) => {
                "Disconnected — its access key was deleted".to_owned()
            }
            _ => "Not connected".to_owned(),
        };
        let button_label = move || match link() {
            Some(l) if l.is_connected() => "Disconnect",
            Some(l) if l.reason == Some(DisconnectReason::KeyDeleted) => "Reconnect",
            _ => "Connect",
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
                    Ok(()) if was_connected => announcement.set(format!("{} was disconnected.", integration.name)),
                    Ok(()) => announcement.set(format!("{} is connected.", integration.name)),
                    Err(error) => failure.set(Some(error.to_string())),
                }
            });
        };
        view! {
            <li class="integration">
                <div class="integration__logo" aria-hidden="true">{integration.name.chars().next().map(String::from)}</div>
                <div class="integration__text">
                    <h2 class="integration__name">{integration.name}</h2>
                    <p class="integration__description">{integration.description}</p>
                    <p class="integration__status" class:integration__status--on=connected>{status}</p>
                </div>
                <button
                    type="button"
                    class=move || if connected() { "button" } else { "button button--primary" }
                    aria-label=move || format!("{} {}", button_label(), integration.name)
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
            <h1 class="page__title">"Integrations"</h1>
            <p class="page__lead">
                "Integrations connect your account to other tools. Each connected integration authenticates with a "
                "system-generated access key, listed under Access keys when you check \"Show system-generated\"."
            </p>
            <p class="status-line" role="status">{move || announcement.get()}</p>
            <p class="error-line" role="alert">{move || failure.get()}</p>
            <ul class="integrations">{INTEGRATIONS.into_iter().map(card).collect_view()}</ul>
        </div>
    }
}
