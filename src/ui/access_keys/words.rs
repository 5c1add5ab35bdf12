//! The access keys list in words: the domain decides what is due, selected, shown or revoked, and this
//! file says it in the page's language.

use crate::domain::AccessKey;
use crate::domain::expiry::ExpiryStatus;
use crate::domain::key_list::{Column, ExpiryDue, Page, Selection, UNUSED_AFTER_DAYS};
use crate::domain::network::{LineError, MAX_RANGES, RangeError};
use crate::domain::reminders::CalendarWords;
use crate::i18n::{Msg, Plural, list, m::access_keys as m, number, t, tf, tn};

/// What a key may do and from where, in a few words for the list: "Full access", "Restricted: 3
/// resources", with " · 2 allowed IP addresses" when it is pinned to addresses.
pub fn access_line(key: &AccessKey) -> String {
    let access = match key.permissions.granted() {
        None => t(m::FULL_ACCESS).to_owned(),
        Some(0) => t(m::RESTRICTED_NONE).to_owned(),
        Some(n) => tn(m::RESTRICTED_RESOURCES, n, []),
    };
    match key.allowed_ips.ranges().len() {
        0 => access,
        n => tn(m::ALLOWED_ADDRESSES, n, [&access]),
    }
}

/// A column's heading.
pub fn column(column: Column) -> Msg<0> {
    match column {
        Column::Name => m::NAME,
        Column::Created => m::CREATED_COLUMN,
        Column::Expires => m::EXPIRES,
        Column::LastUsed => m::LAST_USED_COLUMN,
    }
}

/// An expiry status as its badge says it ("Expires in 3 days").
pub fn status(status: ExpiryStatus) -> String {
    match status {
        ExpiryStatus::Active => t(m::ACTIVE).to_owned(),
        ExpiryStatus::ExpiresSoon { days } => tn(m::EXPIRES_IN, days.max(0) as usize, []),
        ExpiryStatus::Expired => t(m::EXPIRED).to_owned(),
    }
}

/// The expiry banner: "“CI” has expired, “Deploy” expires in 3 days, and 2 more keys. <advice>"
pub fn expiry_banner(due: &ExpiryDue) -> String {
    let mut notes: Vec<String> = due
        .shown
        .iter()
        .map(|(name, status)| match status {
            ExpiryStatus::ExpiresSoon { days } => tn(m::BANNER_EXPIRES_IN, (*days).max(0) as usize, [name]),
            _ => tf(m::BANNER_EXPIRED, [name]),
        })
        .collect();
    if due.more > 0 {
        notes.push(tn(m::BANNER_MORE, due.more, []));
    }
    let advice = match (due.total, due.expired) {
        (1, 1) => m::ADVICE_ONE_EXPIRED,
        (1, _) => m::ADVICE_ONE_SOON,
        (all, expired) if expired == all => m::ADVICE_ALL_EXPIRED,
        (_, 0) => m::ADVICE_ALL_SOON,
        _ => m::ADVICE_MIXED,
    };
    tf(m::BANNER, [&list(&notes), t(advice)])
}

/// The unused-keys notice for `count` keys.
pub fn unused_notice(count: usize) -> String {
    tn(m::UNUSED_NOTICE, count, [&number(UNUSED_AFTER_DAYS as usize)])
}

/// What is selected, as the line under the list says it.
pub fn selection(selection: Selection) -> String {
    match selection {
        Selection::AllMatching(n) => tn(m::SELECTED_ALL_MATCHING, n, []),
        Selection::AllOnPage(n) => tn(m::SELECTED_ALL_ON_PAGE, n, []),
        Selection::Some(n) => tn(m::SELECTED, n, []),
    }
}

/// "Showing 26–50 of 1,000 access keys" (said to screen readers when it changes).
pub fn page_summary(page: &Page) -> String {
    match page.total {
        0 => t(m::NO_KEYS_SHOWN).to_owned(),
        1 => t(m::SHOWING_ONE).to_owned(),
        total if page.start == 0 && page.end == total => tn(m::SHOWING_ALL, total, []),
        total => tf(
            m::SHOWING_RANGE,
            [&number(page.start + 1), &number(page.end), &number(total)],
        ),
    }
}

/// A sentence about `clients` (the client names of active connections): `none` when there are none,
/// else `some` with their number and their names listed.
fn naming_clients(clients: &[String], none: Msg<0>, some: Plural<1>) -> String {
    if clients.is_empty() {
        t(none).to_owned()
    } else {
        tn(some, clients.len(), [&list(clients)])
    }
}

/// What rotating with no grace period ("Now") does to the active connections of the key, by client.
pub fn cutover_warning(clients: &[String]) -> String {
    naming_clients(clients, m::CUTOVER_NONE, m::CUTOVER)
}

/// What a delete revokes, from the clients of the active connections of the keys deleted.
pub fn blast_radius(clients: &[String]) -> String {
    naming_clients(clients, m::REVOKES_NONE, m::REVOKES)
}

/// What disabling the key `name` does to the clients of its active connections.
pub fn disable_warning(name: &str, clients: &[String]) -> String {
    if clients.is_empty() {
        tf(m::DISABLE_WARNING_NONE, [name])
    } else {
        tn(m::DISABLE_WARNING, clients.len(), [name, &list(clients)])
    }
}

/// The warning when system-generated keys of these integrations are deleted (`None` for none).
pub fn system_warning(integrations: &[String]) -> Option<String> {
    (!integrations.is_empty()).then(|| tf(m::SYSTEM_WARNING, [&list(integrations)]))
}

/// The toast after a delete: one key by name, several by count.
pub fn deleted_toast(names: &[String]) -> String {
    match names {
        [one] => tf(m::DELETED_ONE, [one]),
        many => tn(m::DELETED_MANY, many.len(), []),
    }
}

/// A row's connection summary from its number of active connections (`paused` for a disabled key's).
pub fn connections_summary(active: usize, paused: bool) -> String {
    match (active, paused) {
        (0, _) => t(m::NO_ACTIVE_CONNECTIONS).to_owned(),
        (n, true) => tn(m::CONNECTIONS_PAUSED, n, []),
        (n, false) => tn(m::ACTIVE_CONNECTIONS, n, []),
    }
}

/// Why a line of the allowed addresses was refused: "Line 2: 300.1.2.3 is not an IP address or range".
pub fn line_error(error: &LineError) -> String {
    let text = error.text.as_str();
    let problem = match &error.problem {
        RangeError::NotAnAddress => tf(m::NOT_AN_ADDRESS, [text]),
        RangeError::PrefixTooLong { version, max } => {
            tf(m::PREFIX_TOO_LONG, [text, &version.to_string(), &max.to_string()])
        }
        RangeError::HostBits { meant } => tf(m::HOST_BITS, [text, meant]),
        RangeError::TooMany { listed } => tf(m::TOO_MANY_RANGES, [&number(MAX_RANGES), &number(*listed)]),
    };
    tf(m::LINE_ERROR, [&number(error.line), &problem])
}

/// What the calendar file of `key` says: its summary, its description and each alarm.
pub fn calendar_words(key: &AccessKey) -> CalendarWords<'static> {
    let name = key.name.as_str().to_owned();
    CalendarWords {
        summary: tf(m::CALENDAR_SUMMARY, [&name]),
        description: tf(m::CALENDAR_DESCRIPTION, [&name, key.id.as_str()]),
        alarm: Box::new(move |days| tn(m::EXPIRES_IN_DAYS, days as usize, [&name])),
    }
}
