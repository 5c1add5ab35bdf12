//! The header's theme switch: System, Light or Dark, remembered in this browser.

use crate::i18n::{Msg, m::shell as m, tx};
use leptos::prelude::*;

use crate::browser::theme::{self, Theme};

/// A labelled select; the choice applies at once (a native select, so arrows, typeahead and Escape
/// work as everywhere else).
#[component]
pub fn ThemeSwitch() -> impl IntoView {
    let chosen = RwSignal::new(theme::current());
    let change = move |event: leptos::ev::Event| {
        if let Some(picked) = Theme::from_code(&event_target_value(&event)) {
            theme::apply(picked);
            chosen.set(picked);
        }
    };
    view! {
        <label class="theme-switch">
            <span class="visually-hidden">{tx(m::THEME)}</span>
            <select class="theme-switch__select" on:change=change>
                {Theme::ALL
                    .into_iter()
                    .map(|option| view! {
                        <option value=option.code() selected=move || chosen.get() == option>{tx(label_of(option))}</option>
                    })
                    .collect_view()}
            </select>
        </label>
    }
}

/// What the switch shows for a choice.
fn label_of(theme: Theme) -> Msg<0> {
    match theme {
        Theme::System => m::THEME_SYSTEM,
        Theme::Light => m::THEME_LIGHT,
        Theme::Dark => m::THEME_DARK,
    }
}
