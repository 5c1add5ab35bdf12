//! The API authentication page: identifiers, debug session key, API keys and access keys.

use leptos::prelude::*;

use crate::state::{Phase, expect_app_state};
use crate::ui::access_keys::{AccessKeysSection, CreateAccessKeyButton, provide_access_keys};
use crate::ui::account::{AccountIdentifiersSection, DebugSessionKeySection};
use crate::ui::activity::ActivityLogSection;
use crate::ui::api_keys::ApiKeysSection;
use crate::ui::set_page_title;

/// The page's sections, as links (the page is long on a phone), beside its main task: "Create access key"
/// is one step away at any width.
#[component]
fn SectionLinks() -> impl IntoView {
    let links = [
        ("#account-identifiers", "Account identifiers"),
        ("#debug-session-key", "Debug session key"),
        ("#api-keys", "API keys"),
        ("#access-keys", "Access keys"),
        ("#activity-log", "Activity log"),
    ];
    view! {
        <div class="page__bar">
            <nav class="section-links" aria-label="On this page">
                <ul class="section-links__list">
                    {links.map(|(href, label)| view! { <li><a class="section-links__link" href=href>{label}</a></li> }).collect_view()}
                </ul>
            </nav>
            <CreateAccessKeyButton />
        </div>
    }
}

/// `/settings/api-authentication`.
#[component]
pub fn ApiAuthenticationPage() -> impl IntoView {
    set_page_title("API authentication");
    let state = expect_app_state();
    // The activity log's key filter, which a key's "Activity" sets.
    let activity_key = RwSignal::new(None);
    // The sections are built once per account: another tab's change patches them, it never rebuilds
    // them (a rebuild would lose a secret on screen, the search text, the selection and open dialogs).
    let account_id = Memo::new(move |_| state.account.with(|account| account.as_ref().map(|a| a.id.clone())));
    let body = move || match state.phase.get() {
        Phase::Loading => view! { <p class="loading" role="status">"Loading your account…"</p> }.into_any(),
        Phase::Failed(message) => view! {
            <div class="banner banner--error" role="alert">
                <p>"Your account could not be loaded. " {message}</p>
                <p>"Reload the page to try again."</p>
            </div>
        }
        .into_any(),
        Phase::Ready => match account_id.get().and_then(|_| state.account.get_untracked()) {
            Some(account) => {
                provide_access_keys(activity_key);
                view! {
                    <SectionLinks />
                    <AccountIdentifiersSection account=account.clone() />
                    <DebugSessionKeySection key=account.debug_session_key />
                    <ApiKeysSection />
                    <AccessKeysSection />
                    <ActivityLogSection key=activity_key />
                }
                .into_any()
            }
            None => view! {
                <div class="banner banner--error" role="alert">
                    <p>"No account is stored. Reset the demo data from Account settings."</p>
                </div>
            }
            .into_any(),
        },
    };
    view! {
        <div class="page">
            <h1 class="page__title">"API authentication"</h1>
            <p class="page__lead">
                "Identify your account in API calls and manage the keys that authenticate them."
            </p>
            {body}
        </div>
    }
}
