//! Toasts: a short confirmation after an action completes ("Access key “CI” deleted."), announced by
//! screen readers through one polite live region, dismissed after a few seconds or with its button.

use std::time::Duration;

use leptos::prelude::*;

/// How long a toast stays: long enough to read twice.
const SHOWN_FOR: Duration = Duration::from_secs(6);
/// At most this many at once; the oldest goes first.
const MAX_SHOWN: usize = 3;

/// One toast: its text, and the button that undoes what it confirms, if any.
#[derive(Clone)]
struct Toast {
    id: u32,
    text: String,
    action: Option<(&'static str, Callback<()>)>,
}

/// The toasts on screen; `Copy`, shared through context.
#[derive(Clone, Copy)]
pub struct Toasts {
    shown: RwSignal<Vec<Toast>>,
    next_id: StoredValue<u32>,
}

impl Toasts {
    /// Shows `text` for a few seconds.
    pub fn show(self, text: impl Into<String>) {
        self.push(text.into(), None);
    }

    /// Shows `text` with a button `label` ("Undo") that runs `action` and dismisses the toast.
    pub fn show_with_action(self, text: impl Into<String>, label: &'static str, action: Callback<()>) {
        self.push(text.into(), Some((label, action)));
    }

    fn push(self, text: String, action: Option<(&'static str, Callback<()>)>) {
        let id = self.next_id.get_value();
        self.next_id.set_value(id.wrapping_add(1));
        self.shown.update(|shown| {
            shown.push(Toast { id, text, action });
            if shown.len() > MAX_SHOWN {
                shown.remove(0);
            }
        });
        set_timeout(move || self.dismiss(id), SHOWN_FOR);
    }

    fn dismiss(self, id: u32) {
        // The owner may be gone (page torn down in a test); nothing to update then.
        let _ = self.shown.try_update(|shown| shown.retain(|toast| toast.id != id));
    }
}

/// Puts an empty toast list in context.
pub fn provide_toasts() {
    provide_context(Toasts {
        shown: RwSignal::new(Vec::new()),
        next_id: StoredValue::new(0),
    });
}

/// The toast list; panics outside [`provide_toasts`].
pub fn expect_toasts() -> Toasts {
    expect_context::<Toasts>()
}

/// Where toasts appear (bottom right). The live region exists from the start so that the first toast
/// is announced too.
#[component]
pub fn ToastRegion() -> impl IntoView {
    let toasts = expect_toasts();
    view! {
        <div class="toasts" role="status" aria-live="polite">
            <For
                each=move || toasts.shown.get()
                key=|toast| toast.id
                children=move |Toast { id, text, action }| view! {
                    <div class="toast">
                        <span class="toast__text">{text}</span>
                        {action.map(|(label, run)| view! {
                            <button type="button" class="toast__action" on:click=move |_| {
                                toasts.dismiss(id);
                                run.run(());
                            }>
                                {label}
                            </button>
                        })}
                        <button type="button" class="toast__close" aria-label="Dismiss notification" on:click=move |_| toasts.dismiss(id)>
                            "Dismiss"
                        </button>
                    </div>
                }
            />
        </div>
    }
}
