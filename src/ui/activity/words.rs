//! The activity log in words: what happened, who acted, which key, and how many entries.

use crate::domain::connection::{ActivityKind, Actor};
use crate::domain::key_list::Page;
use crate::domain::network::AllowedIps;
use crate::domain::permissions::Permissions;
use crate::i18n::{Msg, m::activity as m, number, t, tf, tn};
use crate::ui::words::permission_details;

/// The name of an event kind, by its code, as the filter lists it (`None` for a code that is no kind).
pub fn kind_name(code: &str) -> Option<Msg<0>> {
    Some(match code {
        "created" => m::KIND_CREATED,
        "renamed" => m::KIND_RENAMED,
        "description_changed" => m::KIND_DESCRIPTION_CHANGED,
        "permissions_changed" => m::KIND_PERMISSIONS_CHANGED,
        "rotated" => m::KIND_ROTATED,
        "old_secret_revoked" => m::KIND_OLD_SECRET_REVOKED,
        "disabled" => m::KIND_DISABLED,
        "enabled" => m::KIND_ENABLED,
        "connection_established" => m::KIND_CONNECTION_ESTABLISHED,
        "connection_revoked" => m::KIND_CONNECTION_REVOKED,
        "used" => m::KIND_USED,
        "refused" => m::KIND_REFUSED,
        "expired" => m::KIND_EXPIRED,
        "deleted" => m::KIND_DELETED,
        "restored" => m::KIND_RESTORED,
        _ => return None,
    })
}

/// What an entry says happened: "Renamed (was "CI")", "Permissions changed: Full access; any IP address".
pub fn what(kind: &ActivityKind) -> String {
    match kind {
        ActivityKind::Renamed { from } => tf(m::RENAMED_FROM, [from]),
        ActivityKind::Rotated { grace_until: None } => t(m::ROTATED_AT_ONCE).to_owned(),
        ActivityKind::Rotated { grace_until: Some(_) } => t(m::ROTATED_WITH_GRACE).to_owned(),
        ActivityKind::ConnectionEstablished { client } => tf(m::CONNECTION_ESTABLISHED, [client]),
        ActivityKind::ConnectionRevoked { client } => tf(m::CONNECTION_REVOKED, [client]),
        ActivityKind::DescriptionChanged { to } if to.is_empty() => t(m::DESCRIPTION_REMOVED).to_owned(),
        ActivityKind::DescriptionChanged { to } => tf(m::DESCRIPTION_CHANGED_TO, [to]),
        ActivityKind::PermissionsChanged {
            permissions: Some(permissions),
            allowed_ips,
            ..
        } => tf(m::PERMISSIONS_CHANGED, [&access(permissions, allowed_ips)]),
        // Recorded in words before permissions were stored as values.
        ActivityKind::PermissionsChanged { summary, .. } => {
            tf(m::PERMISSIONS_CHANGED, [summary.as_deref().unwrap_or_default()])
        }
        ActivityKind::Refused { address, reason } => tf(m::REFUSED, [address, reason]),
        ActivityKind::OldSecretRevoked => t(m::OLD_SECRET_REVOKED_EARLY).to_owned(),
        other => kind_name(other.code()).map(t).unwrap_or_default().to_owned(),
    }
}

/// A key's permissions and allowed addresses: "Restricted (Processes: Read); allowed from 203.0.113.0/24".
pub fn access(permissions: &Permissions, allowed_ips: &AllowedIps) -> String {
    let from = if allowed_ips.is_any() {
        t(m::FROM_ANY).to_owned()
    } else {
        let ranges: Vec<String> = allowed_ips.ranges().iter().map(ToString::to_string).collect();
        tf(m::ALLOWED_FROM, [&ranges.join(", ")])
    };
    if permissions.is_restricted() {
        tf(m::ACCESS_RESTRICTED, [&permission_details(permissions), &from])
    } else {
        tf(m::ACCESS_FULL, [&from])
    }
}

/// Who or what acted: "You, in this browser", "Slack (integration)", "“CI runner” from 203.0.113.10".
pub fn who(actor: &Actor) -> String {
    match actor {
        Actor::You => t(m::BY_YOU).to_owned(),
        Actor::Integration(name) => tf(m::BY_INTEGRATION, [name]),
        Actor::Client { name, address } => match (name.is_empty(), address) {
            (false, Some(address)) => tf(m::BY_CLIENT_FROM, [name, address]),
            (false, None) => tf(m::BY_CLIENT, [name]),
            (true, Some(address)) => tf(m::BY_A_CLIENT_FROM, [address]),
            (true, None) => t(m::BY_A_CLIENT).to_owned(),
        },
        Actor::Schedule => t(m::BY_SCHEDULE).to_owned(),
    }
}

/// How the log names the key of an entry: its name, "(deleted)" once it is gone, and an ID that was
/// tried but was never a key of this account by the ID itself.
pub fn key_label(name: &str, id: &str, gone: bool) -> String {
    match (name.is_empty(), gone) {
        (true, _) => tf(m::UNKNOWN_ID, [id]),
        (false, true) => tf(m::DELETED_KEY, [name]),
        (false, false) => name.to_owned(),
    }
}

/// The count line: "3 entries", "1 entry", "Entries 51–100 of 1,234".
pub fn entries_line(page: &Page) -> String {
    match page.total {
        0 => t(m::NO_ENTRIES).to_owned(),
        total if page.start == 0 && page.end == total => tn(m::ENTRIES_ALL, total, []),
        total => tf(
            m::ENTRIES_RANGE,
            [&number(page.start + 1), &number(page.end), &number(total)],
        ),
    }
}
