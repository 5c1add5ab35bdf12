//! The root: state in context, the shell and the routes.

use leptos::prelude::*;
use leptos_router::components::{ParentRoute, Redirect, Route, Router, Routes};
use leptos_router::path;

use super::components::{ToastRegion, provide_toasts};
use super::pages::{AccountSettingsPage, ApiAuthenticationPage, IntegrationsPage, NotFoundPage};
use super::shell::{DataBanners, Header, SettingsLayout, StorageNotice, UpdateNotice};
use crate::state::{AppState, Env, provide_app_state};

/// Where "My settings" and `/` lead.
pub const API_AUTHENTICATION_PATH: &str = "/settings/api-authentication";

/// The whole app: opens storage, then routes.
#[component]
pub fn App() -> impl IntoView {
    let state = AppState::new(Env::browser());
    provide_app_state(state);
    provide_toasts();
    state.start();
    view! {
        <Router>
            <a class="skip-link" href="#main">"Skip to main content"</a>
            <Header />
            <StorageNotice />
            <DataBanners />
            <main id="main" class="app-main" tabindex="-1">
                <Routes fallback=NotFoundPage>
                    <Route path=path!("/") view=|| view! { <Redirect path=API_AUTHENTICATION_PATH /> } />
                    <ParentRoute path=path!("/settings") view=SettingsLayout>
                        <Route path=path!("") view=|| view! { <Redirect path=API_AUTHENTICATION_PATH /> } />
                        <Route path=path!("api-authentication") view=ApiAuthenticationPage />
                    </ParentRoute>
                    <Route path=path!("/integrations") view=IntegrationsPage />
                    <Route path=path!("/account-settings") view=AccountSettingsPage />
                </Routes>
            </main>
            <ToastRegion />
            <UpdateNotice />
        </Router>
    }
}
