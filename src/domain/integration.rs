//! Integrations: other tools that connect to the account with a system-generated access key.

use super::access_key::AccessKeyId;
use super::ids::{ConnectionId, IntegrationId};
use super::json::{self, FromJson, Json, JsonError, ToJson};
use super::permissions::{Access, Permissions, Resource};

/// An integration the account can connect.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Integration {
    /// Its stable identifier, as written in the catalogue (see [`Integration::id`]).
    pub code: &'static str,
    /// Its name (also the name of its system-generated key).
    pub name: &'static str,
    /// What its system-generated key may do (every other resource: no access).
    pub access: &'static [(Resource, Access)],
}

/// Every integration offered.
pub const INTEGRATIONS: [Integration; 4] = [
    Integration {
        code: "slack",
        name: "Slack",
        access: &[(Resource::Processes, Access::Read), (Resource::Boards, Access::Read)],
    },
    Integration {
        code: "google-sheets",
        name: "Google Sheets",
        access: &[
            (Resource::Processes, Access::Read),
            (Resource::Datasets, Access::ReadWrite),
        ],
    },
    Integration {
        code: "zapier",
        name: "Zapier",
        access: &[
            (Resource::Processes, Access::ReadWrite),
            (Resource::Boards, Access::Read),
            (Resource::Apps, Access::Read),
        ],
    },
    Integration {
        code: "github",
        name: "GitHub",
        access: &[
            (Resource::Processes, Access::ReadWrite),
            (Resource::Boards, Access::ReadWrite),
        ],
    },
];

impl Integration {
    /// Its identifier.
    pub const fn id(&self) -> IntegrationId {
        IntegrationId::new(self.code)
    }

    /// The permissions of its system-generated key.
    pub fn permissions(&self) -> Permissions {
        Permissions::restricted(self.access.iter().copied())
    }
}

/// The integration with `id`.
pub fn integration(id: &IntegrationId) -> Option<Integration> {
    INTEGRATIONS
        .into_iter()
        .find(|integration| integration.code == id.as_str())
}

/// Why an integration is not connected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DisconnectReason {
    /// Someone disconnected it.
    Disconnected,
    /// Its access key was deleted, which revoked its connection.
    KeyDeleted,
}

/// An integration's stored state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IntegrationLink {
    /// Which integration.
    pub integration: IntegrationId,
    /// Its system-generated key while connected.
    pub access_key_id: Option<AccessKeyId>,
    /// Its connection while connected.
    pub connection_id: Option<ConnectionId>,
    /// Why it is not connected, if it was once.
    pub reason: Option<DisconnectReason>,
}

impl DisconnectReason {
    const ALL: [DisconnectReason; 2] = [DisconnectReason::Disconnected, DisconnectReason::KeyDeleted];

    /// As stored.
    fn code(self) -> &'static str {
        match self {
            DisconnectReason::Disconnected => "disconnected",
            DisconnectReason::KeyDeleted => "key_deleted",
        }
    }
}

impl ToJson for DisconnectReason {
    fn write_json(&self, out: &mut String) {
        self.code().write_json(out);
    }
}

impl FromJson for DisconnectReason {
    fn from_json(value: &Json<'_>) -> Result<Self, JsonError> {
        json::read_code(value, &Self::ALL, Self::code)
    }
}

json::record!(IntegrationLink {
    integration,
    access_key_id,
    connection_id,
    reason
});

impl IntegrationLink {
    /// Whether it is connected.
    pub fn is_connected(&self) -> bool {
        self.connection_id.is_some()
    }
}
