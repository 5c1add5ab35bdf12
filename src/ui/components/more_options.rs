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
        <MenuButton label=format!("More options for {name}") button_class="button button--ghost icon-button more-options" entries=entries />
    }
}
