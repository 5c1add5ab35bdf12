//! The API authentication page: identifiers, debug session key, API keys and access keys.

use crate::i18n::{m::pages as m, tf, tx};
use leptos::prelude::*;

use crate::browser::perf;
use crate::state::{Phase, expect_app_state, shown_in_steps};
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

/// The steps in which the page draws a large stored account (see [`ApiAuthenticationPage`]).
const STEPS: u8 = 2;

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
    // A large account is drawn in steps, top to bottom, each in a task of its own after the one that read
    // it, so that no task holds the page for long and nothing drawn moves: the sections down to the access
    // keys, then the activity log. A small one is drawn at once (a step drawn costs a frame).
    // `page-rendered` marks the first frame with all of it.
    let step = RwSignal::new(0u8);
    Effect::new(move |before: Option<u8>| {
        let now = step.get();
        if state.phase.get() == Phase::Ready && now < STEPS {
            if shown_in_steps(
                state.access_keys.with_untracked(Vec::len),
                state.activity.with_untracked(Vec::len),
            ) {
                perf::next_task(move || step.set(now + 1));
            } else {
                step.set(STEPS);
            }
        }
        if now == STEPS && before != Some(STEPS) {
            perf::mark_after_frame("page-rendered");
        }
        now
    });
    let drawn = move |from: u8| Memo::new(move |_| step.get() >= from);
    let (top_drawn, log_drawn) = (drawn(1), drawn(2));
    // Still "Loading" until the first step is drawn (the same element, not drawn again).
    let shown = Memo::new(move |_| match state.phase.get() {
        Phase::Ready if !top_drawn.get() => Phase::Loading,
        phase => phase,
    });
    let body = move || match shown.get() {
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
                    {move || log_drawn.get().then(|| view! { <ActivityLogSection key=activity_key /> })}
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
