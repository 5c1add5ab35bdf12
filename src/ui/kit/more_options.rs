//! The "More options" button of a table row (⋮), opening its menu.

use crate::i18n::{m::kit as m, tf};
use leptos::prelude::*;

use super::{MenuButton, MenuItem};

/// "More options for <name>": a kebab button with the row's actions.
#[component]
pub fn MoreOptions<V: Clone + Send + Sync + 'static>(
    /// The name of what the row shows, for the button's accessible name.
    #[prop(into)]
    name: String,
    /// The row's actions.
    items: Vec<MenuItem<V>>,
    /// Runs with the action chosen.
    on_select: Callback<V>,
) -> impl IntoView {
    view! {
        <MenuButton
            label=move || tf(m::MORE_OPTIONS_FOR, [&name])
            button_class="button button--ghost icon-button more-options"
            items
            on_select
        />
    }
}
