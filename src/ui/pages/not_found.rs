//! What an unknown address shows.

use crate::i18n::{m::pages as m, tx};
use crate::ui::router::{API_AUTHENTICATION_PATH, Link};
use crate::ui::set_page_title;
use leptos::prelude::*;

/// Any path no route matches.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    set_page_title(m::PAGE_NOT_FOUND);
    view! {
        <div class="page page--narrow">
            <h1 class="page__title">{tx(m::PAGE_NOT_FOUND)}</h1>
            <p class="page__lead">{tx(m::PAGE_NOT_FOUND_LEAD)}</p>
            <p>
                <Link href=API_AUTHENTICATION_PATH class="button button--primary">{tx(m::GO_TO_API_AUTHENTICATION)}</Link>
            </p>
        </div>
    }
}
