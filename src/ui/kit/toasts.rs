//! Toasts: a short confirmation after an action completes ("Access key “CI” deleted."), announced by
//! screen readers through one polite live region, dismissed after a few seconds or with its button.

use std::time::Duration;

use crate::i18n::{m::kit as m, tx};
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

    /// Shows `text`, about the element with id `about` (a row of a list): once the toast is drawn, the
    /// page scrolls as little as needed for the toast not to cover that element.
    pub fn show_about(self, text: impl Into<String>, about: String) {
        self.push(text.into(), None);
        keep_clear(about);
    }

    /// As [`Toasts::show_with_action`], about the element with id `about` (see [`Toasts::show_about`]).
    pub fn show_about_with_action(
        self,
        text: impl Into<String>,
        about: String,
        label: &'static str,
        run: Callback<()>,
    ) {
        self.push(text.into(), Some((label, run)));
        keep_clear(about);
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

/// Scrolls the page, once the toast and the closing dialog have been drawn, so that the element `about`
/// is clear of the toasts (above them); the page's bottom padding leaves room for the last row.
fn keep_clear(about: String) {
    set_timeout(
        move || {
            let document = document();
            let (Some(element), Ok(Some(region))) = (
                document.get_element_by_id(&about),
                document.query_selector(".toasts:not(.toasts--update)"),
            ) else {
                return;
            };
            let (row, toasts) = (element.get_bounding_client_rect(), region.get_bounding_client_rect());
            let covered = row.bottom() > toasts.top()
                && row.top() < toasts.bottom()
                && row.right() > toasts.left()
                && row.left() < toasts.right();
            if covered {
                let gap = 8.0;
                window().scroll_by_with_x_and_y(0.0, row.bottom() - toasts.top() + gap);
            }
        },
        Duration::from_millis(50),
    );
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
            {super::keyed_list(
                move || toasts.shown.get(),
                |toast| toast.id.to_string(),
                move |Toast { id, text, action }| {
                    crate::i18n::scope();
                    view! {
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
                            <button type="button" class="toast__close" aria-label=tx(m::DISMISS_NOTIFICATION) on:click=move |_| toasts.dismiss(id)>
                                {tx(m::DISMISS)}
                            </button>
                        </div>
                    }
                    .into_any()
                },
            )}
        </div>
    }
}
