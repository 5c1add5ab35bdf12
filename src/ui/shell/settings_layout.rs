//! "My settings": a side navigation and the chosen settings page. Every settings page has it, so each
//! is one click from the others.

use crate::i18n::{m::shell as m, tx};
use crate::ui::router::{ACCOUNT_SETTINGS_PATH, API_AUTHENTICATION_PATH, Link};
use leptos::prelude::*;

/// The settings layout with its "My settings" navigation.
#[component]
pub fn SettingsLayout(children: Children) -> impl IntoView {
    view! {
        <div class="settings">
            <nav class="settings__nav" aria-label=tx(m::MY_SETTINGS)>
                <p class="settings__nav-title">{tx(m::MY_SETTINGS)}</p>
                <ul class="settings__nav-list">
                    <li>
                        <Link href=API_AUTHENTICATION_PATH class="settings__nav-link">{tx(m::API_AUTHENTICATION)}</Link>
                    </li>
                    <li>
                        <Link href=ACCOUNT_SETTINGS_PATH class="settings__nav-link">{tx(m::ACCOUNT_SETTINGS)}</Link>
                    </li>
                </ul>
            </nav>
            <div class="settings__content">
                {children()}
            </div>
        </div>
    }
}
