//! A time shown relatively ("3 days ago"), with the exact time as a tooltip and in the accessible text.

use chrono::{DateTime, Utc};
use leptos::prelude::*;

use crate::browser::format;

/// `at` as "3 days ago" seen from `now`, or `never` when there is no time.
#[component]
pub fn RelativeTime(
    /// The moment shown.
    at: Option<DateTime<Utc>>,
    /// The moment it is seen from (the app's clock, so that tests can fix it).
    now: DateTime<Utc>,
    /// What to say when there is no moment.
    #[prop(into)]
    never: String,
) -> impl IntoView {
    // Written again when the language changes (a component's body is read once).
    at.map(|at| {
        let exact = move || format::date_time(at);
        view! {
            <time datetime=format::machine(at) title=exact>
                {move || format::relative(at, now)}
                <span class="visually-hidden">{move || format!(" ({})", exact())}</span>
            </time>
        }
        .into_any()
    })
    .unwrap_or_else(|| never.into_any())
}
