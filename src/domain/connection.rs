//! Connections established with an access key, and the activity recorded about keys.

use chrono::{DateTime, Utc};

use super::access_key::AccessKeyId;
use super::ids::{ConnectionId, IntegrationId};
use super::json::{self, Fields, FromJson, Json, JsonError, ToJson};
use super::network::AllowedIps;
use super::permissions::Permissions;

/// A client authenticated with an access key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Connection {
    /// The connection's ID.
    pub id: ConnectionId,
    /// The key it authenticated with.
    pub access_key_id: AccessKeyId,
    /// What the client calls itself ("CI runner", "Slack").
    pub client: String,
    /// When it was established.
    pub established_at: DateTime<Utc>,
    /// When it last made a call.
    pub last_used_at: Option<DateTime<Utc>>,
    /// When it was revoked (`None`: active).
    pub revoked_at: Option<DateTime<Utc>>,
    /// The integration that owns it, if any.
    pub integration: Option<IntegrationId>,
}

impl Connection {
    /// Whether it still works.
    pub fn is_active(&self) -> bool {
        self.revoked_at.is_none()
    }
}

/// What happened to a key. Stored as `{"kind": "renamed", "from": "…"}`: the tag beside the fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ActivityKind {
    /// The key was created.
    Created,
    /// The key was renamed.
    Renamed {
        /// The old name.
        from: String,
    },
    /// The key was deleted.
    Deleted,
    /// A client connected with the key.
    ConnectionEstablished {
        /// The client's name.
        client: String,
    },
    /// The key was switched off.
    Disabled,
    /// The key was switched on again.
    Enabled,
    /// The key got a new secret; the old one stays valid until `grace_until` (`None`: not at all).
    Rotated {
        /// The end of the old secret's grace period.
        grace_until: Option<DateTime<Utc>>,
    },
    /// The key authenticated calls (one entry per day).
    Used,
    /// The key reached its expiry (derived from the key, not stored).
    Expired,
    /// A connection made with the key was revoked.
    ConnectionRevoked {
        /// The client's name.
        client: String,
    },
    /// The key's description changed.
    DescriptionChanged {
        /// The new description (empty: removed).
        to: String,
    },
    /// What the key may do, or where from, changed.
    PermissionsChanged {
        /// What it may do now (`None` in entries recorded before this was stored as a value: see
        /// `summary`).
        permissions: Option<Permissions>,
        /// Where it may now be used from (empty: any address).
        allowed_ips: AllowedIps,
        /// What older entries recorded instead: the change in English words.
        summary: Option<String>,
    },
    /// A call with the key was refused.
    Refused {
        /// The client's address.
        address: String,
        /// Why, in the words the caller was told at the time (a record of what was said, kept as said).
        reason: String,
    },
    /// The old secret was revoked before its grace period ended.
    OldSecretRevoked,
    /// The key was added or brought up to date by restoring a backup.
    Restored,
}

json::record!(Connection {
    id,
    access_key_id,
    client,
    established_at,
    last_used_at,
    revoked_at,
    integration
});

/// Written as `{"kind": "renamed", "from": "…"}`: the tag, then the kind's own fields.
impl ToJson for ActivityKind {
    fn write_json(&self, out: &mut String) {
        json::write_object(out, |object| {
            object.field("kind", &self.code());
            match self {
                ActivityKind::Renamed { from } => {
                    object.field("from", from);
                }
                ActivityKind::ConnectionEstablished { client } | ActivityKind::ConnectionRevoked { client } => {
                    object.field("client", client);
                }
                ActivityKind::Rotated { grace_until } => {
                    object.field("grace_until", grace_until);
                }
                ActivityKind::DescriptionChanged { to } => {
                    object.field("to", to);
                }
                ActivityKind::PermissionsChanged {
                    permissions,
                    allowed_ips,
                    summary,
                } => {
                    if let Some(permissions) = permissions {
                        object.field("permissions", permissions);
                    }
                    if !allowed_ips.is_any() {
                        object.field("allowed_ips", allowed_ips);
                    }
                    if let Some(summary) = summary {
                        object.field("summary", summary);
                    }
                }
                ActivityKind::Refused { address, reason } => {
                    object.field("address", address).field("reason", reason);
                }
                ActivityKind::Created
                | ActivityKind::Deleted
                | ActivityKind::Disabled
                | ActivityKind::Enabled
                | ActivityKind::Used
                | ActivityKind::Expired
                | ActivityKind::OldSecretRevoked
                | ActivityKind::Restored => {}
            }
        });
    }
}

/// Read from the fields beside its tag, `kind`; every field a kind does not use is ignored.
impl FromJson for ActivityKind {
    fn from_json(value: &Json<'_>) -> Result<Self, JsonError> {
        let fields = Fields::of(value)?;
        let kind: String = fields.field("kind")?;
        Ok(match kind.as_str() {
            "created" => ActivityKind::Created,
            "renamed" => ActivityKind::Renamed {
                from: fields.field("from")?,
            },
            "deleted" => ActivityKind::Deleted,
            "connection_established" => ActivityKind::ConnectionEstablished {
                client: fields.field("client")?,
            },
            "disabled" => ActivityKind::Disabled,
            "enabled" => ActivityKind::Enabled,
            "rotated" => ActivityKind::Rotated {
                grace_until: fields.field("grace_until")?,
            },
            "used" => ActivityKind::Used,
            "expired" => ActivityKind::Expired,
            "connection_revoked" => ActivityKind::ConnectionRevoked {
                client: fields.field("client")?,
            },
            "description_changed" => ActivityKind::DescriptionChanged {
                to: fields.field("to")?,
            },
            "permissions_changed" => {
                let permissions: Option<Permissions> = fields.field("permissions")?;
                let summary: Option<String> = fields.field("summary")?;
                if permissions.is_none() && summary.is_none() {
                    return Err(JsonError::missing_field("permissions"));
                }
                ActivityKind::PermissionsChanged {
                    permissions,
                    allowed_ips: fields.field::<Option<AllowedIps>>("allowed_ips")?.unwrap_or_default(),
                    summary,
                }
            }
            "refused" => ActivityKind::Refused {
                address: fields.field("address")?,
                reason: fields.field("reason")?,
            },
            "old_secret_revoked" => ActivityKind::OldSecretRevoked,
            "restored" => ActivityKind::Restored,
            other => return Err(json::unknown_variant(other, ACTIVITY_KINDS)),
        })
    }
}

/// Every kind of activity entry by its code ([`ActivityKind::code`]), in the order the activity log's filter
/// lists them. The one list: storage reads these codes and no others.
pub const ACTIVITY_KINDS: [&str; 15] = [
    "created",
    "renamed",
    "description_changed",
    "permissions_changed",
    "rotated",
    "old_secret_revoked",
    "disabled",
    "enabled",
    "connection_established",
    "connection_revoked",
    "used",
    "refused",
    "expired",
    "deleted",
    "restored",
];

impl ActivityKind {
    /// A stable code for filters and CSV.
    pub fn code(&self) -> &'static str {
        match self {
            ActivityKind::Created => "created",
            ActivityKind::Renamed { .. } => "renamed",
            ActivityKind::Deleted => "deleted",
            ActivityKind::Disabled => "disabled",
            ActivityKind::Enabled => "enabled",
            ActivityKind::Rotated { .. } => "rotated",
            ActivityKind::Used => "used",
            ActivityKind::Expired => "expired",
            ActivityKind::ConnectionEstablished { .. } => "connection_established",
            ActivityKind::ConnectionRevoked { .. } => "connection_revoked",
            ActivityKind::DescriptionChanged { .. } => "description_changed",
            ActivityKind::PermissionsChanged { .. } => "permissions_changed",
            ActivityKind::Refused { .. } => "refused",
            ActivityKind::OldSecretRevoked => "old_secret_revoked",
            ActivityKind::Restored => "restored",
        }
    }
}

/// Who or what made an activity entry happen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Actor {
    /// The account's user, in this browser.
    You,
    /// An integration, by its name.
    Integration(String),
    /// A client of the API: the name it gave (empty: none known) and the address it called from.
    Client {
        /// What the client calls itself.
        name: String,
        /// Its IP address, if known.
        address: Option<String>,
    },
    /// Flowdeck itself, on schedule: a key reaching its expiry.
    Schedule,
}

impl Actor {
    /// The stored form: `you`, `schedule`, `integration|Slack`, `client|203.0.113.10|CI runner` (an address
    /// holds no `|`; a name may). Stored as plain text, read by the string reader every record already uses,
    /// where a derived enum would add its own reader to the download.
    pub fn stored(&self) -> String {
        match self {
            Actor::You => "you".to_owned(),
            Actor::Schedule => "schedule".to_owned(),
            Actor::Integration(name) => format!("integration|{name}"),
            Actor::Client { name, address } => format!("client|{}|{name}", address.as_deref().unwrap_or("")),
        }
    }

    /// Reads [`Actor::stored`]'s form; `None` for anything else.
    pub fn from_stored(text: &str) -> Option<Self> {
        let (kind, rest) = text.split_once('|').unwrap_or((text, ""));
        Some(match kind {
            "you" => Actor::You,
            "schedule" => Actor::Schedule,
            "integration" => Actor::Integration(rest.to_owned()),
            "client" => {
                let (address, name) = rest.split_once('|')?;
                Actor::Client {
                    name: name.to_owned(),
                    address: (!address.is_empty()).then(|| address.to_owned()),
                }
            }
            _ => return None,
        })
    }
}

/// One entry of the activity log. Entries outlive the key they are about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActivityEvent {
    /// The entry's ID (sorts by time).
    pub id: String,
    /// When it happened.
    pub at: DateTime<Utc>,
    /// The key it is about.
    pub access_key_id: AccessKeyId,
    /// The key's name at the time.
    pub key_name: String,
    /// What happened.
    pub kind: ActivityKind,
    /// Who or what acted, in [`Actor::stored`]'s form, when the kind does not say it (read it with
    /// [`ActivityEvent::actor`]).
    pub by: Option<String>,
}

json::record!(ActivityEvent {
    id,
    at,
    access_key_id,
    key_name,
    kind,
    by: omit
});

impl ActivityEvent {
    /// Who or what acted: as recorded, or, for an entry that records none, as its kind implies (a client
    /// connects, uses and is refused; a key expires on schedule; the rest is the user's doing).
    pub fn actor(&self) -> Actor {
        if let Some(by) = self.by.as_deref().and_then(Actor::from_stored) {
            return by;
        }
        match &self.kind {
            ActivityKind::ConnectionEstablished { client } => Actor::Client {
                name: client.clone(),
                address: None,
            },
            ActivityKind::Used => Actor::Client {
                name: String::new(),
                address: None,
            },
            ActivityKind::Refused { address, .. } => Actor::Client {
                name: String::new(),
                address: Some(address.clone()),
            },
            ActivityKind::Expired => Actor::Schedule,
            _ => Actor::You,
        }
    }
}

/// The activity log as CSV (RFC 4180): a header and one row per entry, its details and who acted in the
/// words of `details` and `by` (the header and the event codes stay as programs read them).
pub fn activity_csv(
    events: &[ActivityEvent],
    details: impl Fn(&ActivityKind) -> String,
    by: impl Fn(&Actor) -> String,
) -> String {
    use super::credentials_file::csv_field;
    let mut out = String::from("Time,Access key ID,Access key,Event,Details,By\r\n");
    for event in events {
        let row = [
            super::dates::iso_date_time(event.at),
            event.access_key_id.as_str().to_owned(),
            event.key_name.clone(),
            event.kind.code().to_owned(),
            details(&event.kind),
            by(&event.actor()),
        ];
        let row: Vec<String> = row.iter().map(|field| csv_field(field)).collect();
        out.push_str(&row.join(","));
        out.push_str("\r\n");
    }
    out
}
