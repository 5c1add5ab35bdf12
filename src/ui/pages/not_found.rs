//! What an unknown address shows.

use crate::ui::router::{API_AUTHENTICATION_PATH, Link};
use crate::ui::set_page_title;
use leptos::prelude::*;

/// Any path no route matches.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    set_page_title("Page not found");
    view! {
        <div class="page page--narrow">
            <h1 class="page__title">"Page not found"</h1>
            <p class="page__lead">"There is no page at this address. It may have moved, or the link may be mistyped."</p>
            <p>
                <Link href=API_AUTHENTICATION_PATH class="button button--primary">"Go to API authentication"</Link>
            </p>
        </div>
    }
}
