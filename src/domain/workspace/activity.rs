//! The activity log: its entries as operations write them, and the log as shown at a moment (with the
//! expiries that have happened by then).

use chrono::{DateTime, Utc};

use super::WorkspaceView;
use crate::domain::access_key::{AccessKey, AccessKeyId};
use crate::domain::connection::{ActivityEvent, ActivityKind, Actor};
use crate::domain::ids::record_id;
use crate::domain::key_list::Page;
use crate::domain::random::Random;

/// A log entry of `kind` about `key` at `now`, done by the user (or as the kind implies).
pub(super) fn event(rng: &mut impl Random, now: DateTime<Utc>, key: &AccessKey, kind: ActivityKind) -> ActivityEvent {
    ActivityEvent {
        id: record_id(rng, now),
        at: now,
        access_key_id: key.id.clone(),
        key_name: key.name.as_str().to_owned(),
        kind,
        by: None,
    }
}

/// A log entry of `kind` about `key` at `now`, done by `by`.
pub(super) fn event_by(
    rng: &mut impl Random,
    now: DateTime<Utc>,
    key: &AccessKey,
    kind: ActivityKind,
    by: Actor,
) -> ActivityEvent {
    ActivityEvent {
        by: Some(by.stored()),
        ..event(rng, now, key, kind)
    }
}

/// The "Expired" entry of `key`, if it has expired by `now`. The log shows it while the key's expiry stands
/// (it is derived, not stored); an operation that deletes the key or gives it a new expiry stores it first,
/// so the log never forgets that the key expired.
pub(super) fn expired_entry(key: &AccessKey, now: DateTime<Utc>) -> Option<ActivityEvent> {
    let at = key.expires_at.filter(|at| *at <= now)?;
    Some(ActivityEvent {
        id: format!("{:013}-expired-{}", at.timestamp_millis().max(0), key.id.as_str()),
        at,
        access_key_id: key.id.clone(),
        key_name: key.name.as_str().to_owned(),
        kind: ActivityKind::Expired,
        by: None,
    })
}

/// Which entries of the log are shown: those about one key (`None`: every key) and of one kind (its
/// [`ActivityKind::code`]; `None`: every kind).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ActivityFilter<'a> {
    /// The key.
    pub key: Option<&'a AccessKeyId>,
    /// The kind's code.
    pub kind: Option<&'a str>,
}

impl WorkspaceView<'_> {
    /// The activity log with the expiries that have happened by `now`, newest first.
    pub fn activity_at(&self, now: DateTime<Utc>) -> Vec<ActivityEvent> {
        self.activity_window(now, ActivityFilter::default(), 0, usize::MAX).0
    }

    /// One page of the log as shown at `now`: the entries `filter` keeps, newest first, page `wanted` (past
    /// the end: the last) at `size` per page, and where that page is. Only the page is copied: the rest is
    /// sorted by reference, so a change costs one pass over the log, not one per entry shown.
    pub fn activity_window(
        &self,
        now: DateTime<Utc>,
        filter: ActivityFilter<'_>,
        wanted: usize,
        size: usize,
    ) -> (Vec<ActivityEvent>, Page) {
        let expired: Vec<ActivityEvent> = self
            .access_keys
            .iter()
            .filter(|key| filter.key.is_none_or(|id| key.id == *id))
            .filter_map(|key| expired_entry(key, now))
            .collect();
        let mut kept: Vec<&ActivityEvent> = self
            .activity
            .iter()
            .chain(&expired)
            .filter(|e| filter.key.is_none_or(|id| e.access_key_id == *id))
            .filter(|e| filter.kind.is_none_or(|kind| e.kind.code() == kind))
            .collect();
        crate::domain::sort::sort_by(&mut kept, |a, b| b.at.cmp(&a.at).then(b.id.cmp(&a.id)));
        let page = Page::of(kept.len(), size, wanted);
        let shown = kept[page.start..page.end].iter().map(|e| (*e).clone()).collect();
        (shown, page)
    }
}
