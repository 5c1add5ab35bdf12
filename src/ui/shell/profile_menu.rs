//! The profile picture button and its menu: "My settings", "Account settings".

use leptos::prelude::*;

use crate::state::expect_app_state;
use crate::ui::router::{API_AUTHENTICATION_PATH, navigate};

use crate::ui::kit::{MenuButton, MenuItem};

/// The profile menu button (accessible name "Profile").
#[component]
pub fn ProfileMenu() -> impl IntoView {
    let state = expect_app_state();
    let initials = move || {
        state
            .account
            .with(|account| account.as_ref().map(|account| initials_of(&account.name)))
            .unwrap_or_default()
    };
    let items = vec![
        MenuItem::link("My settings", API_AUTHENTICATION_PATH, API_AUTHENTICATION_PATH),
        MenuItem::link("Account settings", "/account-settings", "/account-settings"),
    ];
    let on_select = Callback::new(move |path: &'static str| navigate(path));
    view! {
        <MenuButton label="Profile" button_class="avatar" items on_select>
            // Drawn by CSS from the attribute: the button's name is "Profile", and visible text that is not
            // part of it would contradict the name for speech input users.
            <span class="avatar__initials" aria-hidden="true" data-initials=initials></span>
        </MenuButton>
    }
}

fn initials_of(name: &str) -> String {
    name.split_whitespace()
        .filter_map(|word| word.chars().next())
        .take(2)
        .collect()
}
