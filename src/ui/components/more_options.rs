//! The "More options" button of a table row (⋮), opening its menu.

use leptos::prelude::*;

use super::{MenuButton, MenuEntry};

/// "More options for <name>": a kebab button with the row's actions.
#[component]
pub fn MoreOptions(
    /// The name of what the row shows, for the button's accessible name.
    #[prop(into)]
    name: String,
    /// The row's actions.
    entries: Vec<MenuEntry>,
) -> impl IntoView {
    view! {
        <MenuButton label=format!("More options for {name}") button_class="button button--ghost icon-button" entries=entries>
            <svg class="icon" viewBox="0 0 16 16" aria-hidden="true">
                <circle cx="8" cy="3" r="1.5" />
                <circle cx="8" cy="8" r="1.5" />
                <circle cx="8" cy="13" r="1.5" />
            </svg>
        </MenuButton>
    }
}
