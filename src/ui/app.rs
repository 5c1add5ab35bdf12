//! The root: state in context, the shell and the routes.

use crate::i18n::{m::shell as m, tx};
use leptos::prelude::*;

use super::kit::{ToastRegion, provide_toasts};
use super::pages::{AccountSettingsPage, ApiAuthenticationPage, IntegrationsPage, NotFoundPage};
use super::router::{Route, provide_router};
use super::shell::{DataBanners, Header, SettingsLayout, StorageNotice, UpdateNotice};
use crate::state::{AppState, Env, provide_app_state};

/// The whole app: opens storage, then shows the page the address names.
#[component]
pub fn App() -> impl IntoView {
    let state = AppState::new(Env::browser());
    provide_app_state(state);
    provide_toasts();
    state.start();
    let route = provide_router();
    // Each page follows the language through its own scope, which goes when another page is shown.
    let page = move || {
        crate::i18n::scope();
        match route.get() {
            Route::ApiAuthentication => view! {
                <SettingsLayout>
                    <ApiAuthenticationPage />
                </SettingsLayout>
            }
            .into_any(),
            Route::Integrations => view! { <IntegrationsPage /> }.into_any(),
            Route::AccountSettings => view! {
                <SettingsLayout>
                    <AccountSettingsPage />
                </SettingsLayout>
            }
            .into_any(),
            Route::NotFound => view! { <NotFoundPage /> }.into_any(),
        }
    };
    view! {
        <a class="skip-link" href="#main">{tx(m::SKIP_TO_MAIN)}</a>
            <Header />
            <StorageNotice />
            <DataBanners />
            <main id="main" class="app-main" tabindex="-1">
                {page}
            </main>
            <ToastRegion />
            <UpdateNotice />
    }
}
