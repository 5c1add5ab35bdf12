//! The top bar: product name, the Integrations link, the theme switch and the profile menu.

use crate::i18n::{m::shell as m, tx};
use leptos::prelude::*;

use super::{ProfileMenu, ThemeSwitch};
use crate::ui::PRODUCT_NAME;
use crate::ui::router::Link;

/// The app header.
#[component]
pub fn Header() -> impl IntoView {
    view! {
        <header class="app-header">
            <Link href="/" class="app-header__brand">
                <span class="app-header__logo" aria-hidden="true">"F"</span>
                <span class="app-header__name">{PRODUCT_NAME}</span>
            </Link>
            <nav class="app-header__nav" aria-label=tx(m::MAIN_NAVIGATION)>
                <Link href="/integrations" class="app-header__link">{tx(m::INTEGRATIONS)}</Link>
            </nav>
            <ThemeSwitch />
            <ProfileMenu />
        </header>
    }
}
