//! The access key list's rules and sentences: what the search shows, how columns sort, and the words of
//! the expiry banner and of the delete confirmation. Pure, so each is a native test.

use std::cmp::Ordering;

use chrono::{DateTime, Utc};

use super::access_key::{AccessKey, list_order};
use super::expiry::ExpiryStatus;
use super::text::caseless;

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
            needle: caseless(text.trim()),
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
                &caseless(key.name.as_str()),
                &caseless(key.id.as_str()),
                &caseless(key.description.as_str()),
            )
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

    fn compare(self, a: &AccessKey, b: &AccessKey) -> Ordering {
        match self {
            Column::Name => caseless(a.name.as_str()).cmp(&caseless(b.name.as_str())),
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
    super::sort::sort_by(&mut sorted, |a, b| {
        let by_column = column.compare(a, b);
        let by_column = if descending { by_column.reverse() } else { by_column };
        b.system.cmp(&a.system).then(by_column).then_with(|| list_order(a, b))
    });
    sorted
}

/// What the expiry banner says: the keys that have expired or expire within `soon_days` days at `now` —
/// expired first, then the soonest — [`SHOWN_IN_BANNER`] of them by name and status, with how many more
/// there are and how many of all have expired. `None` when no key is due.
pub fn expiry_due(keys: &[AccessKey], now: DateTime<Utc>, soon_days: i64) -> Option<ExpiryDue> {
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
    super::sort::sort_by_key(&mut due, |a| a.0);
    let total = due.len();
    let expired = due
        .iter()
        .filter(|(_, _, status)| *status == ExpiryStatus::Expired)
        .count();
    let shown: Vec<(String, ExpiryStatus)> = due
        .into_iter()
        .take(SHOWN_IN_BANNER)
        .map(|(_, name, status)| (name.to_owned(), status))
        .collect();
    Some(ExpiryDue {
        more: total - shown.len(),
        shown,
        total,
        expired,
    })
}

/// The keys the expiry banner names (see [`expiry_due`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExpiryDue {
    /// The first keys due, by name, with their status (never `Active`).
    pub shown: Vec<(String, ExpiryStatus)>,
    /// How many more are due than are named.
    pub more: usize,
    /// How many are due in all.
    pub total: usize,
    /// How many of them have expired.
    pub expired: usize,
}

/// What is selected, said under the list (and announced): `selected` keys in all, `listed_selected` of
/// the `listed` keys that match, `on_page` of the `page` keys shown. `None` while nothing is selected.
pub fn selection(
    selected: usize,
    listed_selected: usize,
    on_page: usize,
    page: usize,
    listed: usize,
) -> Option<Selection> {
    match selected {
        0 => None,
        _ if listed > page && listed_selected == listed => Some(Selection::AllMatching(listed)),
        _ if listed > page && page > 0 && on_page == page => Some(Selection::AllOnPage(page)),
        n => Some(Selection::Some(n)),
    }
}

/// What is selected (see [`selection`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Selection {
    /// Every one of the keys that match, more than a page.
    AllMatching(usize),
    /// Every key of the page, and not every key that matches.
    AllOnPage(usize),
    /// This many keys, in no such whole.
    Some(usize),
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
