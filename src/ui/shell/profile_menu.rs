//! The profile picture button and its menu: "My settings", "Account settings".

use leptos::prelude::*;

use crate::state::expect_app_state;
use crate::ui::app::API_AUTHENTICATION_PATH;
use crate::ui::components::{MenuAction, MenuButton, MenuEntry};

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
    let entries = vec![
        MenuEntry::new("My settings", MenuAction::Navigate(API_AUTHENTICATION_PATH.to_owned())),
        MenuEntry::new("Account settings", MenuAction::Navigate("/account-settings".to_owned())),
    ];
    view! {
        <MenuButton label="Profile" button_class="avatar" entries=entries>
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
