//! What a key may do: everything its owner can (Full access, the default), or for each resource of the
//! platform no access, read, or read and write.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::error::DomainError;

/// A resource of the platform that a key's permissions name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Resource {
    /// Processes.
    Processes,
    /// Boards.
    Boards,
    /// Apps.
    Apps,
    /// Datasets.
    Datasets,
    /// Users.
    Users,
    /// Integrations.
    Integrations,
}

impl Resource {
    /// Every resource, in the order the page lists them.
    pub const ALL: [Resource; 6] = [
        Resource::Processes,
        Resource::Boards,
        Resource::Apps,
        Resource::Datasets,
        Resource::Users,
        Resource::Integrations,
    ];

    /// Its name as the page shows it.
    pub fn name(self) -> &'static str {
        match self {
            Resource::Processes => "Processes",
            Resource::Boards => "Boards",
            Resource::Apps => "Apps",
            Resource::Datasets => "Datasets",
            Resource::Users => "Users",
            Resource::Integrations => "Integrations",
        }
    }
}

/// How much of one resource a key may use; each level includes the ones before it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Access {
    /// Nothing.
    #[default]
    None,
    /// Read only.
    Read,
    /// Read and write.
    ReadWrite,
}

impl Access {
    /// Every level, lowest first.
    pub const ALL: [Access; 3] = [Access::None, Access::Read, Access::ReadWrite];

    /// Its label as the page shows it.
    pub fn label(self) -> &'static str {
        match self {
            Access::None => "No access",
            Access::Read => "Read",
            Access::ReadWrite => "Read and write",
        }
    }

    /// Whether it allows `operation`.
    pub fn allows(self, operation: Operation) -> bool {
        self >= operation.needs()
    }
}

/// What a call does to a resource.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Operation {
    /// Reads it.
    Read,
    /// Changes it.
    Write,
}

impl Operation {
    /// The least access that allows it.
    pub fn needs(self) -> Access {
        match self {
            Operation::Read => Access::Read,
            Operation::Write => Access::ReadWrite,
        }
    }
}

/// A key's permissions.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Permissions {
    /// The key can perform the same operations as you.
    #[default]
    Full,
    /// Only what is listed; a resource not listed is no access.
    Restricted(BTreeMap<Resource, Access>),
}

impl Permissions {
    /// Restricted to `access` on every resource (the presets "Read only" and "No access").
    pub fn every(access: Access) -> Self {
        Permissions::Restricted(Resource::ALL.into_iter().map(|resource| (resource, access)).collect())
    }

    /// What the key may do with `resource`.
    pub fn access(&self, resource: Resource) -> Access {
        match self {
            Permissions::Full => Access::ReadWrite,
            Permissions::Restricted(granted) => granted.get(&resource).copied().unwrap_or_default(),
        }
    }

    /// Refuses `operation` on `resource` when the key may not, saying what it may do instead.
    pub fn check(&self, resource: Resource, operation: Operation) -> Result<(), DomainError> {
        let name = resource.name();
        match self.access(resource) {
            access if access.allows(operation) => Ok(()),
            Access::Read => Err(DomainError::NotPermitted(format!(
                "This key can read {name} but not write them."
            ))),
            _ => Err(DomainError::NotPermitted(format!("This key has no access to {name}."))),
        }
    }

    /// Whether the key may do no more than `other` on any resource.
    pub fn within(&self, other: &Permissions) -> bool {
        Resource::ALL
            .into_iter()
            .all(|resource| self.access(resource) <= other.access(resource))
    }

    /// "Full access", or a short summary such as "Restricted: 3 resources" (those it may use at all).
    pub fn summary(&self) -> String {
        match self {
            Permissions::Full => "Full access".to_owned(),
            Permissions::Restricted(_) => {
                match Resource::ALL
                    .into_iter()
                    .filter(|r| self.access(*r) != Access::None)
                    .count()
                {
                    0 => "Restricted: no access".to_owned(),
                    1 => "Restricted: 1 resource".to_owned(),
                    n => format!("Restricted: {n} resources"),
                }
            }
        }
    }
}
