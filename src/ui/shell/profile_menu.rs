//! The profile picture button and its menu: "My settings", "Account settings", and the page's language.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::language;
use crate::i18n::{Locale, locale, m::shell as m, tf, tx};
use crate::state::expect_app_state;
use crate::ui::kit::{MenuButton, MenuItem, expect_toasts};
use crate::ui::router::{ACCOUNT_SETTINGS_PATH, API_AUTHENTICATION_PATH, navigate};

/// What the profile menu's items do.
#[derive(Clone, Copy)]
enum Choice {
    Go(&'static str),
    Speak(Locale),
}

/// The profile menu button (accessible name "Profile").
#[component]
pub fn ProfileMenu() -> impl IntoView {
    let state = expect_app_state();
    let toasts = expect_toasts();
    let initials = move || {
        state
            .account
            .with(|account| account.as_ref().map(|account| initials_of(&account.name)))
            .unwrap_or_default()
    };
    let items = vec![
        MenuItem::link(
            tx(m::MY_SETTINGS),
            Choice::Go(API_AUTHENTICATION_PATH),
            API_AUTHENTICATION_PATH,
        ),
        MenuItem::link(
            tx(m::ACCOUNT_SETTINGS),
            Choice::Go(ACCOUNT_SETTINGS_PATH),
            ACCOUNT_SETTINGS_PATH,
        ),
    ];
    // Each language by its own name, in its own language; the current one checked when the menu opens.
    let languages = Callback::new(move |()| {
        let current = locale();
        Locale::OFFERED
            .into_iter()
            .map(|choice| {
                MenuItem::choice(
                    choice.own_name(),
                    Choice::Speak(choice),
                    choice == current,
                    choice.code(),
                )
            })
            .collect::<Vec<_>>()
    });
    let on_select = Callback::new(move |choice: Choice| match choice {
        Choice::Go(path) => navigate(path),
        Choice::Speak(chosen) => spawn_local(async move {
            if language::apply(chosen).await {
                language::remember(chosen);
            } else {
                toasts.show(tf(m::LANGUAGE_NOT_LOADED, [chosen.own_name()]));
            }
        }),
    });
    let choices = (TextProp::from(tx(m::LANGUAGE)), languages);
    view! {
        <MenuButton label=tx(m::PROFILE) button_class="avatar" items choices on_select>
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
