//! The top bar: product name, the Integrations link, the theme switch and the profile menu.

use leptos::prelude::*;
use leptos_router::components::A;

use super::{ProfileMenu, ThemeSwitch};
use crate::ui::PRODUCT_NAME;

/// The app header.
#[component]
pub fn Header() -> impl IntoView {
    view! {
        <header class="app-header">
            <A href="/" attr:class="app-header__brand">
                <span class="app-header__logo" aria-hidden="true">"F"</span>
                <span class="app-header__name">{PRODUCT_NAME}</span>
            </A>
            <nav class="app-header__nav" aria-label="Main">
                <A href="/integrations" attr:class="app-header__link">"Integrations"</A>
            </nav>
            <ThemeSwitch />
            <ProfileMenu />
        </header>
    }
}
