//! Browser notifications for expiry reminders: asked for only on a click, remembered per browser, and
//! each reminder shown once (what was shown is kept in this browser's localStorage; it holds key IDs and
//! days, nothing secret).

use std::collections::HashSet;

use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Notification, NotificationOptions, NotificationPermission};

const ENABLED_KEY: &str = "api-auth/notify";
const SHOWN_KEY: &str = "api-auth/notified";

/// What the browser allows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Allowed {
    /// Notifications may be shown.
    Granted,
    /// The user or the browser refused them.
    Denied,
    /// Not asked yet.
    NotAsked,
    /// This browser has no notifications.
    Unsupported,
}

fn supported() -> bool {
    web_sys::window()
        .is_some_and(|window| js_sys::Reflect::has(&window, &JsValue::from_str("Notification")).unwrap_or(false))
}

/// What the browser allows now.
pub fn allowed() -> Allowed {
    if !supported() {
        return Allowed::Unsupported;
    }
    match Notification::permission() {
        NotificationPermission::Granted => Allowed::Granted,
        NotificationPermission::Denied => Allowed::Denied,
        _ => Allowed::NotAsked,
    }
}

/// Asks the browser (only ever from a click) and says what it answered.
pub async fn ask() -> Allowed {
    if !supported() {
        return Allowed::Unsupported;
    }
    let Ok(promise) = Notification::request_permission() else {
        return Allowed::Denied;
    };
    match JsFuture::from(promise)
        .await
        .ok()
        .and_then(|answer| answer.as_string())
        .as_deref()
    {
        Some("granted") => Allowed::Granted,
        Some("denied") => Allowed::Denied,
        _ => Allowed::NotAsked,
    }
}

/// This browser's localStorage, if the page may use it (it may be blocked: then reminders in this
/// browser are simply off).
fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Whether the user turned reminders in this browser on.
pub fn enabled() -> bool {
    storage()
        .and_then(|s| s.get_item(ENABLED_KEY).ok().flatten())
        .as_deref()
        == Some("1")
}

/// Turns reminders in this browser on or off.
pub fn set_enabled(on: bool) {
    if let Some(storage) = storage() {
        let _ = if on {
            storage.set_item(ENABLED_KEY, "1")
        } else {
            storage.remove_item(ENABLED_KEY)
        };
    }
}

/// The reminders already shown in this browser (`<key id>:<days>`, one per line).
pub fn shown() -> HashSet<String> {
    storage()
        .and_then(|s| s.get_item(SHOWN_KEY).ok().flatten())
        .map(|text| {
            let mut shown = HashSet::new();
            shown.extend(text.lines().map(str::to_owned));
            shown
        })
        .unwrap_or_default()
}

/// Shows a notification and records `marks` as shown. Nothing is shown when the marks cannot be kept,
/// so that a notification is never repeated at every visit.
pub fn show(title: &str, body: &str, marks: &[String]) -> Result<(), JsValue> {
    let storage = storage().ok_or_else(|| JsValue::from_str("no storage"))?;
    let mut all = shown();
    all.extend(marks.iter().cloned());
    let mut all: Vec<String> = all.into_iter().collect();
    crate::domain::sort::sort_by(&mut all, Ord::cmp);
    storage.set_item(SHOWN_KEY, &all.join("\n"))?;
    let options = NotificationOptions::new();
    options.set_body(body);
    options.set_tag(&marks.join(" "));
    Notification::new_with_options(title, &options)?;
    Ok(())
}
