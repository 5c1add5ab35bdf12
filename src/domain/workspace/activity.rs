//! The activity log: its entries as operations write them, a key's access in words, and the log as
//! shown at a moment (with the expiries that have happened by then).

use chrono::{DateTime, Utc};

use super::WorkspaceView;
use crate::domain::access_key::AccessKey;
use crate::domain::connection::{ActivityEvent, ActivityKind, Actor};
use crate::domain::ids::record_id;
use crate::domain::network::AllowedIps;
use crate::domain::permissions::Permissions;
use crate::domain::random::Random;

/// A key's permissions and allowed addresses in words, as the activity log records a change of them:
/// "Restricted: Processes: Read; allowed from 203.0.113.0/24".
pub fn access_summary(permissions: &Permissions, allowed_ips: &AllowedIps) -> String {
    let from = if allowed_ips.is_any() {
        "any IP address".to_owned()
    } else {
        let ranges: Vec<String> = allowed_ips.ranges().iter().map(ToString::to_string).collect();
        format!("allowed from {}", ranges.join(", "))
    };
    match permissions {
        Permissions::Full => format!("Full access; {from}"),
        restricted => format!("Restricted ({}); {from}", restricted.details()),
    }
}

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

impl WorkspaceView<'_> {
    /// The activity log with the expiries that have happened by `now`, newest first.
    pub fn activity_at(&self, now: DateTime<Utc>) -> Vec<ActivityEvent> {
        let mut log = self.activity.to_vec();
        log.extend(self.access_keys.iter().filter_map(|key| expired_entry(key, now)));
        log.sort_by(|a, b| b.at.cmp(&a.at).then(b.id.cmp(&a.id)));
        log
    }
}
