//! "API keys": the legacy mechanism. Its list, deletion and FAQ arrive with their own issue.

use leptos::prelude::*;

/// The API keys section.
#[component]
pub fn ApiKeysSection() -> impl IntoView {
    view! {
        <section class="card" aria-labelledby="api-keys-title">
            <h2 class="card__title" id="api-keys-title">"API keys"</h2>
            <p class="card__lead">
                "An API key is a unique identifier that authenticates requests associated with your account. "
                "We have moved to access keys, which authenticate API calls more securely; if you still use API "
                "keys, create equivalent access keys before API keys are deprecated."
            </p>
            <p class="empty">"Managing your existing API keys from this page is coming soon."</p>
        </section>
    }
}
