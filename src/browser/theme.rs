//! The colour theme: follow the system, or pinned to light or dark for this browser.
//!
//! `static/theme.js` applies the remembered choice before the first paint; this reads what it applied
//! and records a new choice.

use gloo_storage::{LocalStorage, Storage};

/// The localStorage key (also read by `static/theme.js`).
const KEY: &str = "flowdeck.theme";

/// A theme choice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Theme {
    /// Follow `prefers-color-scheme`.
    System,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl Theme {
    /// Every choice, in the order the switch lists them.
    pub const ALL: [Theme; 3] = [Theme::System, Theme::Light, Theme::Dark];

    /// The stored and `data-theme` value.
    pub fn code(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    /// The choice a code names, if any.
    pub fn from_code(code: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|theme| theme.code() == code)
    }
}

fn root() -> Option<web_sys::Element> {
    web_sys::window()?.document()?.document_element()
}

/// The theme in effect (what `static/theme.js` applied, or the last [`apply`]).
pub fn current() -> Theme {
    root()
        .and_then(|root| root.get_attribute("data-theme"))
        .and_then(|code| Theme::from_code(&code))
        .unwrap_or(Theme::System)
}

/// Shows `theme` now and remembers it in this browser. Remembering may fail (storage blocked); the page
/// still switches.
pub fn apply(theme: Theme) {
    if let Some(root) = root() {
        let _ = match theme {
            Theme::System => root.remove_attribute("data-theme"),
            pinned => root.set_attribute("data-theme", pinned.code()),
        };
    }
    let _ = match theme {
        Theme::System => {
            LocalStorage::delete(KEY);
            Ok(())
        }
        pinned => LocalStorage::set(KEY, pinned.code()),
    };
}
