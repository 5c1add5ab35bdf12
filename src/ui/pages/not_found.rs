//! What an unknown address shows.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::ui::app::API_AUTHENTICATION_PATH;
use crate::ui::set_page_title;

/// Any path no route matches.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    set_page_title("Page not found");
    view! {
        <div class="page page--narrow">
            <h1 class="page__title">"Page not found"</h1>
            <p class="page__lead">"There is no page at this address. It may have moved, or the link may be mistyped."</p>
            <p>
                <A href=API_AUTHENTICATION_PATH attr:class="button button--primary">"Go to API authentication"</A>
            </p>
        </div>
    }
}
