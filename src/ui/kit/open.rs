//! A dialog's open state, two-way: the dialog reads whether it is open and closes itself, so no caller
//! writes the plumbing that makes "open" false (as thaw's `Dialog(open: Model<bool>)`).

use leptos::prelude::*;

/// Whether a dialog is open, and how it closes itself.
#[derive(Clone, Copy)]
pub struct Open {
    shown: Signal<bool>,
    close: Callback<()>,
}

impl Open {
    /// Open while `shown` is true; `close` makes it false.
    pub fn new(shown: impl Fn() -> bool + Send + Sync + 'static, close: impl Fn() + Send + Sync + 'static) -> Self {
        Self {
            shown: Signal::derive(shown),
            close: Callback::new(move |()| close()),
        }
    }

    /// Whether the dialog is open (tracked).
    pub fn get(self) -> bool {
        self.shown.get()
    }

    /// Whether the dialog is open (untracked).
    pub fn get_untracked(self) -> bool {
        self.shown.get_untracked()
    }

    /// Closes the dialog.
    pub fn close(self) {
        self.close.run(());
    }
}

impl From<RwSignal<bool>> for Open {
    fn from(open: RwSignal<bool>) -> Self {
        Self::new(move || open.get(), move || open.set(false))
    }
}

impl<T: Send + Sync + 'static> From<RwSignal<Option<T>>> for Open {
    /// Open while the payload is there; closing drops it.
    fn from(payload: RwSignal<Option<T>>) -> Self {
        Self::new(move || payload.with(Option::is_some), move || payload.set(None))
    }
}
