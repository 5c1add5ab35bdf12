//! "My settings": a side navigation and the chosen settings page.

use leptos::prelude::*;
use leptos_router::components::{A, Outlet};

use crate::ui::app::API_AUTHENTICATION_PATH;

/// The settings layout with its "My settings" navigation.
#[component]
pub fn SettingsLayout() -> impl IntoView {
    view! {
        <div class="settings">
            <nav class="settings__nav" aria-label="My settings">
                <p class="settings__nav-title">"My settings"</p>
                <ul class="settings__nav-list">
                    <li>
                        <A href=API_AUTHENTICATION_PATH attr:class="settings__nav-link">"API authentication"</A>
                    </li>
                </ul>
            </nav>
            <div class="settings__content">
                <Outlet />
            </div>
        </div>
    }
}
