//! The Integrations page. Connecting integrations arrives with its own issue.

use leptos::prelude::*;

use crate::ui::set_page_title;

/// `/integrations`.
#[component]
pub fn IntegrationsPage() -> impl IntoView {
    set_page_title("Integrations");
    view! {
        <div class="page page--narrow">
            <h1 class="page__title">"Integrations"</h1>
            <p class="page__lead">
                "Integrations connect your account to other tools. Each connected integration authenticates "
                "with a system-generated access key."
            </p>
            <p class="empty">"Connecting integrations from this page is coming soon."</p>
        </div>
    }
}
