//! The API authentication page: identifiers, debug session key, API keys and access keys.

use crate::i18n::{m::pages as m, tf, tx};
use leptos::prelude::*;

use crate::state::{Phase, expect_app_state};
use crate::ui::access_keys::{AccessKeysSection, CreateAccessKeyButton, provide_access_keys};
use crate::ui::account::{AccountIdentifiersSection, DebugSessionKeySection};
use crate::ui::activity::ActivityLogSection;
use crate::ui::api_keys::ApiKeysSection;
use crate::ui::set_page_title;
use crate::ui::words::Words;

/// The page's sections, as links (the page is long on a phone), beside its main task: "Create access key"
/// is one step away at any width.
#[component]
fn SectionLinks() -> impl IntoView {
    let links = [
        ("#account-identifiers", m::ACCOUNT_IDENTIFIERS),
        ("#debug-session-key", m::DEBUG_SESSION_KEY),
        ("#api-keys", m::API_KEYS),
        ("#access-keys", m::ACCESS_KEYS),
        ("#activity-log", m::ACTIVITY_LOG),
    ];
    view! {
        <div class="page__bar">
            <nav class="section-links" aria-label=tx(m::ON_THIS_PAGE)>
                <ul class="section-links__list">
                    {links.map(|(href, label)| view! { <li><a class="section-links__link" href=href>{tx(label)}</a></li> }).collect_view()}
                </ul>
            </nav>
            <CreateAccessKeyButton />
        </div>
    }
}

/// `/settings/api-authentication`.
#[component]
pub fn ApiAuthenticationPage() -> impl IntoView {
    set_page_title(m::API_AUTHENTICATION);
    let state = expect_app_state();
    // The activity log's key filter, which a key's "Activity" sets.
    let activity_key = RwSignal::new(None);
    // The sections are built once per account: another tab's change patches them, it never rebuilds
    // them (a rebuild would lose a secret on screen, the search text, the selection and open dialogs).
    let account_id = Memo::new(move |_| state.account.with(|account| account.as_ref().map(|a| a.id.clone())));
    let body = move || match state.phase.get() {
        Phase::Loading => view! { <p class="loading" role="status">{tx(m::LOADING)}</p> }.into_any(),
        Phase::Failed(message) => view! {
            <div class="banner banner--error" role="alert">
                <p>{tf(m::NOT_LOADED, [&message.words()])}</p>
                <p>{tx(m::RELOAD_TO_TRY_AGAIN)}</p>
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
                    <p>{tx(m::NO_ACCOUNT)}</p>
                </div>
            }
            .into_any(),
        },
    };
    view! {
        <div class="page">
            <h1 class="page__title">{tx(m::API_AUTHENTICATION)}</h1>
            <p class="page__lead">
                {tx(m::API_AUTHENTICATION_LEAD)}
            </p>
            {body}
        </div>
    }
}
