//! "Access keys": ID + secret pairs. Creating and managing them arrives with their own issue.

use leptos::prelude::*;

/// The access keys section.
#[component]
pub fn AccessKeysSection() -> impl IntoView {
    view! {
        <section class="card" aria-labelledby="access-keys-title">
            <h2 class="card__title" id="access-keys-title">"Access keys"</h2>
            <p class="card__lead">
                "An access key authenticates a user, developer or calling program to the API. Each access key "
                "is an ID-secret pair that gives programmatic access to your account."
            </p>
            <p class="empty">"Creating and managing access keys from this page is coming soon."</p>
        </section>
    }
}
