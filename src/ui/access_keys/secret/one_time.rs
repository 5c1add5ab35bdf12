//! The secret of a new or rotated access key, from the moment it is issued until "Proceed": shown once,
//! then "Done" → the alert → "Proceed". The flow owns the app's only copy of the secret and drops it
//! (zeroed) when it ends, however its dialog closes. Creating and rotating a key both use it.

use leptos::prelude::*;

use super::{CredentialsReveal, SecretGoneAlert};
use crate::browser::leave::LeaveGuard;
use crate::domain::{AccessKey, NewAccessKey};

/// Where a one-time secret is: held (and on screen) or not, and whether the alert asks to let it go.
#[derive(Debug, Clone, Copy)]
pub struct OneTimeSecret {
    held: StoredValue<Option<NewAccessKey>, LocalStorage>,
    /// While a secret is on screen, leaving the page (reload, close) asks first.
    leaving: StoredValue<Option<LeaveGuard>, LocalStorage>,
    revealed: RwSignal<bool>,
    asking: RwSignal<bool>,
}

impl OneTimeSecret {
    /// A flow holding nothing yet.
    pub fn new() -> Self {
        Self {
            held: StoredValue::new_local(None),
            leaving: StoredValue::new_local(None),
            revealed: RwSignal::new(false),
            asking: RwSignal::new(false),
        }
    }

    /// Takes the one copy of `new_key`'s secret and shows it.
    pub fn reveal(self, new_key: NewAccessKey) {
        self.held.set_value(Some(new_key));
        self.leaving.set_value(LeaveGuard::new());
        self.revealed.set(true);
    }

    /// Whether a secret is on screen (tracked).
    pub fn is_revealed(self) -> bool {
        self.revealed.get()
    }

    /// What Escape may do: close the dialog, or, while a secret is on screen, only open the alert.
    pub fn allow_escape(self) -> bool {
        if self.revealed.get_untracked() {
            self.asking.set(true);
            false
        } else {
            true
        }
    }

    /// Ends the flow: drops the secret, which zeroes it, and returns its key (hash only) if one was held.
    pub fn finish(self) -> Option<AccessKey> {
        let key = self
            .held
            .try_update_value(Option::take)
            .flatten()
            .map(|new_key| new_key.key.clone());
        self.leaving.try_set_value(None);
        self.revealed.set(false);
        self.asking.set(false);
        key
    }

    /// Runs `read` on the held key and secret, if any, without copying them out.
    pub fn with<R>(self, read: impl FnOnce(&NewAccessKey) -> R) -> Option<R> {
        self.held.try_with_value(|held| held.as_ref().map(read)).flatten()
    }
}

impl Default for OneTimeSecret {
    fn default() -> Self {
        Self::new()
    }
}

/// The reveal step while `secret` is on screen, and the alert before it goes.
#[component]
pub fn SecretReveal(
    /// The flow, owned by the dialog that issued the secret.
    secret: OneTimeSecret,
    /// Runs on "Proceed"; it should end the flow (`OneTimeSecret::finish`) and close the dialog.
    on_proceed: Callback<()>,
) -> impl IntoView {
    view! {
        <Show when=move || secret.is_revealed()>
            <CredentialsReveal secret on_done=Callback::new(move |()| secret.asking.set(true)) />
        </Show>
        <SecretGoneAlert open=secret.asking on_proceed />
    }
}
