//! The access key list's rules and sentences: what the search shows, how columns sort, and the words of
//! the expiry banner and of the delete confirmation. Pure, so each is a native test.

use std::cmp::Ordering;

use chrono::{DateTime, Utc};

use super::access_key::{AccessKey, list_order};
use super::expiry::ExpiryStatus;

/// How many expiring keys the banner names before it only counts the rest.
pub const SHOWN_IN_BANNER: usize = 5;

/// What the list shows: system keys or not, and the search text (matched against name, ID and
/// description, ignoring case).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    show_system: bool,
    needle: String,
    /// Only the keys unused at this time ("Review unused keys").
    unused_at: Option<DateTime<Utc>>,
}

impl Filter {
    /// A filter for the search box's `text` and the "Show system-generated" box.
    pub fn new(text: &str, show_system: bool) -> Self {
        Self {
            show_system,
            needle: text.trim().to_lowercase(),
            unused_at: None,
        }
    }

    /// The same filter, narrowed to the keys unused at `now` (see [`is_unused`]).
    pub fn unused_only(self, now: DateTime<Utc>) -> Self {
        Self {
            unused_at: Some(now),
            ..self
        }
    }

    /// Whether a key with these properties is shown; name, ID and description come lower-cased.
    pub fn matches(&self, system: bool, name_lower: &str, id_lower: &str, description_lower: &str) -> bool {
        (self.show_system || !system)
            && (self.needle.is_empty()
                || name_lower.contains(&self.needle)
                || id_lower.contains(&self.needle)
                || description_lower.contains(&self.needle))
    }

    /// How many system-generated keys of `keys` the search matches but "Show system-generated" hides
    /// (0 while they are shown, or nothing is searched).
    pub fn hidden_system(&self, keys: &[AccessKey]) -> usize {
        if self.show_system || self.needle.is_empty() || self.unused_at.is_some() {
            return 0;
        }
        let shown = Self {
            show_system: true,
            ..self.clone()
        };
        keys.iter().filter(|key| key.system && shown.shows(key)).count()
    }

    /// Whether `key` is shown.
    pub fn shows(&self, key: &AccessKey) -> bool {
        if !self.show_system && key.system {
            return false;
        }
        if self.unused_at.is_some_and(|now| !is_unused(key, now)) {
            return false;
        }
        self.needle.is_empty()
            || self.matches(
                key.system,
                &key.name.as_str().to_lowercase(),
                &key.id.as_str().to_lowercase(),
                &key.description.as_str().to_lowercase(),
            )
    }
}

/// What a key may do and from where, in a few words for the list: "Full access", "Restricted: 3
/// resources", followed by " · 2 allowed IP addresses" when it is pinned to addresses.
pub fn access_line(key: &AccessKey) -> String {
    let summary = key.permissions.summary();
    match key.allowed_ips.ranges().len() {
        0 => summary,
        1 => format!("{summary} · 1 allowed IP address"),
        n => format!("{summary} · {n} allowed IP addresses"),
    }
}

/// How long a key goes without a call before it counts as unused.
pub const UNUSED_AFTER_DAYS: i64 = 90;

/// Whether `key` is unused at `now`: not used for [`UNUSED_AFTER_DAYS`] days, or never used and created
/// at least that long ago. Only keys that still work count: system-generated keys (their integration
/// decides), disabled and expired keys are left out.
pub fn is_unused(key: &AccessKey, now: DateTime<Utc>) -> bool {
    let idle_since = key.last_used_at.unwrap_or(key.created_at);
    !key.system
        && !key.disabled
        && ExpiryStatus::at(key.expires_at, now) != ExpiryStatus::Expired
        && idle_since <= now - chrono::Duration::days(UNUSED_AFTER_DAYS)
}

/// The unused-keys notice for `count` keys (`None` for none).
pub fn unused_notice(count: usize) -> Option<String> {
    let lead = match count {
        0 => return None,
        1 => "1 access key has".to_owned(),
        n => format!("{} access keys have", thousands(n)),
    };
    Some(format!(
        "{lead} not been used for {UNUSED_AFTER_DAYS} days or more. A key nobody uses is a risk if it leaks: \
         disable it, or delete it if nothing needs it."
    ))
}

/// A sortable column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    /// The key's name (ignoring case).
    Name,
    /// When it was created.
    Created,
    /// When it expires ("Never" after every date).
    Expires,
    /// When it was last used ("Never" first).
    LastUsed,
}

impl Column {
    /// Whether the first click on the column sorts it descending: creation and last use newest first;
    /// names A to Z, and expiry soonest first (the keys that need attention).
    pub fn starts_descending(self) -> bool {
        matches!(self, Column::Created | Column::LastUsed)
    }

    /// The column's heading.
    pub fn label(self) -> &'static str {
        match self {
            Column::Name => "Name",
            Column::Created => "Created",
            Column::Expires => "Expires",
            Column::LastUsed => "Last used",
        }
    }

    fn compare(self, a: &AccessKey, b: &AccessKey) -> Ordering {
        match self {
            Column::Name => a.name.as_str().to_lowercase().cmp(&b.name.as_str().to_lowercase()),
            Column::Created => a.created_at.cmp(&b.created_at),
            Column::Expires => (a.expires_at.is_none(), a.expires_at).cmp(&(b.expires_at.is_none(), b.expires_at)),
            Column::LastUsed => a.last_used_at.cmp(&b.last_used_at),
        }
    }
}

/// The list's order of `keys`: system keys first, then by `column` (reversed when `descending`), then
/// the usual order of [`list_order`].
pub fn sorted<'a>(
    keys: impl IntoIterator<Item = &'a AccessKey>,
    column: Column,
    descending: bool,
) -> Vec<&'a AccessKey> {
    let mut sorted: Vec<&AccessKey> = keys.into_iter().collect();
    sorted.sort_by(|a, b| {
        let by_column = column.compare(a, b);
        let by_column = if descending { by_column.reverse() } else { by_column };
        b.system.cmp(&a.system).then(by_column).then_with(|| list_order(a, b))
    });
    sorted
}

/// The expiry banner: the keys that have expired or expire soon at `now` — expired first, then the
/// soonest — naming [`SHOWN_IN_BANNER`] of them and counting the rest. `None` when no key is due.
pub fn expiry_banner(keys: &[AccessKey], now: DateTime<Utc>) -> Option<String> {
    expiry_banner_within(keys, now, super::expiry::EXPIRING_SOON_DAYS)
}

/// [`expiry_banner`] with "soon" meaning within `soon_days` days (the account's earliest reminder).
pub fn expiry_banner_within(keys: &[AccessKey], now: DateTime<Utc>, soon_days: i64) -> Option<String> {
    let mut due: Vec<(Option<DateTime<Utc>>, &str, ExpiryStatus)> = keys
        .iter()
        .filter_map(|key| match ExpiryStatus::within(key.expires_at, now, soon_days) {
            ExpiryStatus::Active => None,
            status => Some((key.expires_at, key.name.as_str(), status)),
        })
        .collect();
    if due.is_empty() {
        return None;
    }
    due.sort_by_key(|a| a.0);
    let total = due.len();
    let expired = due
        .iter()
        .filter(|(_, _, status)| *status == ExpiryStatus::Expired)
        .count();
    let notes: Vec<String> = due
        .into_iter()
        .take(SHOWN_IN_BANNER)
        .map(|(_, name, status)| match status {
            ExpiryStatus::Expired => format!("{name} has expired"),
            status => format!("{name} {}", status.label().to_lowercase()),
        })
        .collect();
    let more = match total - notes.len() {
        0 => String::new(),
        1 => "; and 1 more key".to_owned(),
        n => format!("; and {n} more keys"),
    };
    let advice = match (total, expired) {
        (1, 1) => "It no longer works: replace it with a new key.",
        (1, _) => "Rotate or replace this key before anything that uses it breaks.",
        (all, expired) if expired == all => "They no longer work: replace them with new keys.",
        (_, 0) => "Rotate or replace these keys before anything that uses them breaks.",
        _ => "Replace the expired keys, and rotate or replace the others before anything that uses them breaks.",
    };
    Some(format!("{}{more}. {advice}", notes.join("; ")))
}

/// The delete confirmation's title for `count` keys: "Delete access key?", "Delete 4 access keys?".
pub fn delete_title(count: usize) -> String {
    match count {
        1 => "Delete access key?".to_owned(),
        n => format!("Delete {} access keys?", thousands(n)),
    }
}

/// What deleting `count` keys does, after their names.
pub fn delete_consequence(count: usize) -> &'static str {
    match count {
        1 => " will be deleted permanently, and the connections established with it are revoked.",
        _ => " will be deleted permanently, and their connections are revoked.",
    }
}

/// The button that disables the `count` unused keys: "Disable 1 key", "Disable all 3".
pub fn disable_unused_label(count: usize) -> String {
    match count {
        1 => "Disable 1 key".to_owned(),
        n => format!("Disable all {}", thousands(n)),
    }
}

/// What rotating with no grace period ("Now") does to the active connections of the key, by client.
pub fn cutover_warning(clients: &[&str]) -> String {
    let lead = "The old secret stops working the moment you rotate";
    match clients {
        [] => format!("{lead}."),
        [one] => format!("{lead}, and so does the active connection that uses it: {one}."),
        many => format!(
            "{lead}, and so do the {} active connections that use it: {}.",
            many.len(),
            many.join(", ")
        ),
    }
}

/// The hint under the search box when `count` system-generated keys match it but are hidden
/// ("Show system-generated" is off); `None` for none.
pub fn hidden_system_matches(count: usize) -> Option<String> {
    match count {
        0 => None,
        1 => Some("1 system-generated key matches.".to_owned()),
        n => Some(format!("{} system-generated keys match.", thousands(n))),
    }
}

/// What is selected, said under the list (and announced): `selected` keys in all, `listed_selected` of
/// the `listed` keys that match, `on_page` of the `page` keys shown. `None` while nothing is selected.
pub fn selection_line(
    selected: usize,
    listed_selected: usize,
    on_page: usize,
    page: usize,
    listed: usize,
) -> Option<String> {
    let keys = |n: usize| {
        if n == 1 {
            "1 key".to_owned()
        } else {
            format!("{} keys", thousands(n))
        }
    };
    match selected {
        0 => None,
        _ if listed > page && listed_selected == listed => {
            Some(format!("All {} matching keys are selected.", thousands(listed)))
        }
        _ if listed > page && page > 0 && on_page == page => {
            Some(format!("All {} on this page are selected.", keys(page)))
        }
        n => Some(format!("{} selected.", keys(n))),
    }
}

/// The toast after a delete: one key by name, several by count.
pub fn deleted_toast(names: &[&str]) -> String {
    match names {
        [one] => format!("Access key “{one}” deleted."),
        many => format!("{} access keys deleted.", many.len()),
    }
}

/// What a delete revokes, from the clients of the active connections of the keys deleted.
pub fn blast_radius(clients: &[&str]) -> String {
    match clients {
        [] => "No active connections use this key.".to_owned(),
        [one] => format!("1 active connection will be revoked: {one}."),
        many => format!(
            "{} active connections will be revoked: {}.",
            many.len(),
            many.join(", ")
        ),
    }
}

/// The warning when system-generated keys of these integrations are deleted (`None` for none).
pub fn system_warning(integrations: &[&str]) -> Option<String> {
    if integrations.is_empty() {
        return None;
    }
    let names = integrations.join(", ");
    Some(format!(
        "This system-generated key belongs to {names}: deleting it stops {names} from working until you reconnect it."
    ))
}

/// What disabling the key `name` does to the clients of its active connections.
pub fn disable_warning(name: &str, clients: &[&str]) -> String {
    let lead = format!("“{name}” stops working until you enable it again");
    match clients {
        [] => format!("{lead}."),
        [one] => format!("{lead}, and so does its active connection: {one}."),
        many => format!(
            "{lead}, and so do its {} active connections: {}.",
            many.len(),
            many.join(", ")
        ),
    }
}

/// A disabled key's connection summary: its connections that would work again when it is enabled.
pub fn paused_summary(paused: usize) -> String {
    match paused {
        0 => "No active connections".to_owned(),
        1 => "1 connection paused".to_owned(),
        n => format!("{n} connections paused"),
    }
}

/// A row's connection summary from its number of active connections.
pub fn connections_summary(active: usize) -> String {
    match active {
        0 => "No active connections".to_owned(),
        1 => "1 active connection".to_owned(),
        n => format!("{n} active connections"),
    }
}

/// Whether a key's description may not fit the two lines the list gives it (then the list offers to show
/// it whole): more than two lines, or more characters than two lines of the column hold.
pub fn description_is_long(text: &str) -> bool {
    text.lines().count() > 2 || text.chars().count() > 90
}

/// The page sizes offered ("Rows per page"); the first is the default.
pub const PAGE_SIZES: [usize; 3] = [25, 50, 100];

/// One page of a list of `total` keys: which page it is (0-based) of how many, and the range of the list
/// it shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Page {
    /// The page's index, 0 for the first.
    pub index: usize,
    /// How many pages there are (at least 1, even for an empty list).
    pub count: usize,
    /// The first position shown.
    pub start: usize,
    /// One past the last position shown.
    pub end: usize,
    /// How many keys the list has in all.
    pub total: usize,
}

impl Page {
    /// The page `wanted` of `total` keys at `size` per page; past the end it is the last page, so a page
    /// emptied by deletes or a narrower search falls back to one that shows something.
    pub fn of(total: usize, size: usize, wanted: usize) -> Self {
        let size = size.max(1);
        let count = total.div_ceil(size).max(1);
        let index = wanted.min(count - 1);
        let start = (index * size).min(total);
        Self {
            index,
            count,
            start,
            end: (start + size).min(total),
            total,
        }
    }

    /// "Page 2 of 40".
    pub fn label(&self) -> String {
        format!("Page {} of {}", self.index + 1, self.count)
    }

    /// "Showing 26–50 of 1,000 access keys" (said to screen readers when it changes).
    pub fn summary(&self) -> String {
        match self.total {
            0 => "No access keys shown".to_owned(),
            1 => "Showing 1 access key".to_owned(),
            total if self.start == 0 && self.end == total => format!("Showing all {} access keys", thousands(total)),
            total => format!(
                "Showing {}–{} of {} access keys",
                thousands(self.start + 1),
                thousands(self.end),
                thousands(total)
            ),
        }
    }
}

/// `n` with a comma between groups of three digits: 1,000.
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}
