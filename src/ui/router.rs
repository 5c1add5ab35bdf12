//! Client-side navigation for the app's few pages: the current path as a signal, links that mark the
//! current page, and the route each path shows. (leptos_router did the same with route trees, URL parsing
//! and nested outlets; for four pages it cost more of the download than the pages it routed.)

use leptos::prelude::*;

use crate::browser::history;

/// Where "My settings" and `/` lead.
pub const API_AUTHENTICATION_PATH: &str = "/settings/api-authentication";

/// Where Account settings live.
pub const ACCOUNT_SETTINGS_PATH: &str = "/account-settings";

/// What a path shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Route {
    /// "My settings" → API authentication.
    ApiAuthentication,
    /// The integrations.
    Integrations,
    /// The account's settings (the expiry policy).
    AccountSettings,
    /// No page has this address.
    NotFound,
}

impl Route {
    /// The route of `path`, and where to go instead when the path is only a way in (`/`, `/settings`).
    /// A trailing slash is the same page.
    pub fn of(path: &str) -> (Self, Option<&'static str>) {
        let path = match path.trim_end_matches('/') {
            "" => "/",
            trimmed => trimmed,
        };
        match path {
            "/" | "/settings" => (Self::ApiAuthentication, Some(API_AUTHENTICATION_PATH)),
            API_AUTHENTICATION_PATH => (Self::ApiAuthentication, None),
            "/integrations" => (Self::Integrations, None),
            ACCOUNT_SETTINGS_PATH => (Self::AccountSettings, None),
            _ => (Self::NotFound, None),
        }
    }
}

/// The current path, in context, and the page's unsaved edits (which going elsewhere asks about).
#[derive(Debug, Clone, Copy)]
struct CurrentPath(RwSignal<String>, UnsavedEdits);

/// How many forms on the page hold edits that are not saved: while there are any, going to another page
/// or leaving the site asks first.
#[derive(Debug, Clone, Copy)]
pub struct UnsavedEdits(RwSignal<usize>);

impl UnsavedEdits {
    /// The page's count, if the app provides one.
    pub fn of_page() -> Option<Self> {
        use_context::<Self>()
    }

    /// A form now holds unsaved edits.
    pub fn add(self) {
        self.0.update(|n| *n += 1);
    }

    /// A form's edits were saved, reset or left behind.
    pub fn remove(self) {
        self.0.try_update(|n| *n = n.saturating_sub(1));
    }
}

/// Follows the address bar: provides the current path to [`Link`] and [`navigate`], handles plain clicks
/// on the app's own links and Back/Forward, and returns the current route.
pub fn provide_router() -> Memo<Route> {
    let unsaved = UnsavedEdits(RwSignal::new(0));
    provide_context(unsaved);
    let current = CurrentPath(RwSignal::new(String::new()), unsaved);
    provide_context(current);
    // Leaving the site (a reload, a closed tab) with unsaved edits asks too, in the browser's words.
    let guard = StoredValue::new_local(None::<crate::browser::leave::LeaveGuard>);
    Effect::new(move |_| {
        let pending = unsaved.0.get() > 0;
        guard.update_value(|held| match (pending, held.is_some()) {
            (true, false) => *held = crate::browser::leave::LeaveGuard::new(),
            (false, true) => *held = None,
            _ => {}
        });
    });
    arrive(current, history::path());
    history::on_back_or_forward(move || arrive(current, history::path()));
    history::on_link_click(move |url| go(current, &url));
    let path = current.0;
    Memo::new(move |_| path.with(|path| Route::of(path).0))
}

/// Shows `path`, which the address bar already holds; a way in is replaced there by where it leads.
fn arrive(current: CurrentPath, path: String) {
    match Route::of(&path).1 {
        Some(to) => {
            history::go(to, true);
            current.0.set(to.to_owned());
        }
        None => current.0.set(path),
    }
}

fn go(current: CurrentPath, url: &str) {
    let (path, fragment) = match url.find(['?', '#']) {
        Some(at) => url.split_at(at),
        None => (url, ""),
    };
    let same_page = current.0.with_untracked(|now| now == path);
    if same_page && fragment.is_empty() {
        return;
    }
    let unsaved = current.1.0.get_untracked() > 0;
    // Asked before a page with unsaved edits is left for another page of the app.
    if !same_page
        && unsaved
        && !window()
            .confirm_with_message(crate::i18n::t(crate::i18n::m::shell::LEAVE_UNSAVED))
            .unwrap_or(true)
    {
        return;
    }
    history::go(url, false);
    arrive(current, path.to_owned());
    let id = fragment.split_once('#').map_or("", |(_, id)| id).to_owned();
    // Once the new page is drawn.
    request_animation_frame(move || history::scroll_to(&id));
}

/// Goes to `url`, a path of the app (maybe with `#fragment`), as a link would.
pub fn navigate(url: &str) {
    go(expect_context::<CurrentPath>(), url);
}

/// A link to a page of the app, `aria-current="page"` while that page is shown.
#[component]
pub fn Link(href: &'static str, class: &'static str, children: Children) -> impl IntoView {
    let current = expect_context::<CurrentPath>().0;
    let here = move || current.with(|path| (path.trim_end_matches('/') == href && href != "/").then_some("page"));
    view! {
        <a href=href class=class aria-current=here>
            {children()}
        </a>
    }
}
