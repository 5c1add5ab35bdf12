//! What a key may do: everything its owner can (Full access, the default), or for each resource of the
//! platform no access, read, or read and write.

use super::error::DomainError;
use super::json::{self, Fields, FromJson, Json, JsonError, ToJson};

/// A resource of the platform that a key's permissions name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
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

    /// A stable code for form values: "processes", "boards", ….
    pub fn code(self) -> &'static str {
        match self {
            Resource::Processes => "processes",
            Resource::Boards => "boards",
            Resource::Apps => "apps",
            Resource::Datasets => "datasets",
            Resource::Users => "users",
            Resource::Integrations => "integrations",
        }
    }

    /// The resource a [`Resource::code`] stands for.
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|resource| resource.code() == code)
    }
}

/// How much of one resource a key may use; each level includes the ones before it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
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

    /// A stable code for form values: "none", "read", "read_write".
    pub fn code(self) -> &'static str {
        match self {
            Access::None => "none",
            Access::Read => "read",
            Access::ReadWrite => "read_write",
        }
    }

    /// The level an [`Access::code`] stands for.
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|access| access.code() == code)
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
    /// Both operations, reading first.
    pub const ALL: [Operation; 2] = [Operation::Read, Operation::Write];

    /// A stable code for form values: "read", "write".
    pub fn code(self) -> &'static str {
        match self {
            Operation::Read => "read",
            Operation::Write => "write",
        }
    }

    /// The operation an [`Operation::code`] stands for.
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|operation| operation.code() == code)
    }

    /// The least access that allows it.
    pub fn needs(self) -> Access {
        match self {
            Operation::Read => Access::Read,
            Operation::Write => Access::ReadWrite,
        }
    }
}

/// A key's permissions.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Permissions {
    /// The key can perform the same operations as you.
    #[default]
    Full,
    /// Only what is listed; a resource not listed is no access.
    Restricted(Levels),
}

/// What a restricted key may do, resource by resource, in the resources' order (a resource named once).
/// A sorted list rather than a `BTreeMap`: for six resources a map compiled a B-tree of its own.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Levels(Vec<(Resource, Access)>);

impl Levels {
    /// The level given for `resource`, if it is named.
    pub fn get(&self, resource: &Resource) -> Option<&Access> {
        self.0
            .iter()
            .find(|(named, _)| named == resource)
            .map(|(_, access)| access)
    }

    /// Gives `resource` the level `access` (in place of the one it had).
    pub fn insert(&mut self, resource: Resource, access: Access) {
        match self.0.binary_search_by(|(named, _)| named.cmp(&resource)) {
            Ok(at) => self.0[at].1 = access,
            Err(at) => self.0.insert(at, (resource, access)),
        }
    }

    /// Each named resource and its level, in the resources' order.
    pub fn iter(&self) -> impl Iterator<Item = (&Resource, &Access)> {
        self.0.iter().map(|(resource, access)| (resource, access))
    }

    /// The levels, in the resources' order.
    pub fn values(&self) -> impl Iterator<Item = &Access> {
        self.0.iter().map(|(_, access)| access)
    }
}

/// As a map collects: a resource given twice keeps its last level.
impl FromIterator<(Resource, Access)> for Levels {
    fn from_iter<I: IntoIterator<Item = (Resource, Access)>>(levels: I) -> Self {
        let mut all = Levels::default();
        all.extend(levels);
        all
    }
}

impl Extend<(Resource, Access)> for Levels {
    fn extend<I: IntoIterator<Item = (Resource, Access)>>(&mut self, levels: I) {
        for (resource, access) in levels {
            self.insert(resource, access);
        }
    }
}

/// Stored as `"full"` or `{"restricted": {"processes": "read", …}}` (resources in their order).
impl ToJson for Permissions {
    fn write_json(&self, out: &mut String) {
        match self {
            Permissions::Full => "full".write_json(out),
            Permissions::Restricted(levels) => json::write_object(out, |object| {
                object.field("restricted", &RestrictedLevels(levels));
            }),
        }
    }
}

struct RestrictedLevels<'l>(&'l Levels);

impl ToJson for RestrictedLevels<'_> {
    fn write_json(&self, out: &mut String) {
        json::write_object(out, |object| {
            for (resource, access) in self.0.iter() {
                object.field(resource.code(), &access.code());
            }
        });
    }
}

impl FromJson for Access {
    fn from_json(value: &Json<'_>) -> Result<Self, JsonError> {
        json::read_code(value, &Self::ALL, Self::code)
    }
}

/// Stored as `"full"` or `{"restricted": {"processes": "read", …}}`.
impl FromJson for Permissions {
    fn from_json(value: &Json<'_>) -> Result<Self, JsonError> {
        match json::tagged(value)? {
            ("full", _) => Ok(Permissions::Full),
            ("restricted", Some(levels)) => {
                let mut map = Levels::default();
                for (resource, access) in Fields::of(levels)?.iter() {
                    let resource = json::code_named(resource, &Resource::ALL, Resource::code)?;
                    map.insert(resource, Access::from_json(access)?);
                }
                Ok(Permissions::Restricted(map))
            }
            ("restricted", None) => Err(JsonError::new("invalid type: unit variant, expected newtype variant")),
            (other, _) => Err(json::unknown_variant(other, ["full", "restricted"])),
        }
    }
}

impl Permissions {
    /// Restricted to `access` on every resource (the presets "Read only" and "No access").
    pub fn every(access: Access) -> Self {
        Permissions::restricted(Resource::ALL.into_iter().map(|resource| (resource, access)))
    }

    /// Restricted to what `granted` lists, every resource named (a resource left out: no access), so
    /// that two restrictions that allow the same are equal.
    pub fn restricted(granted: impl IntoIterator<Item = (Resource, Access)>) -> Self {
        let mut all = Levels::default();
        all.extend(Resource::ALL.into_iter().map(|r| (r, Access::None)));
        all.extend(granted);
        Permissions::Restricted(all)
    }

    /// The same permissions with every resource named (see [`Permissions::restricted`]).
    pub fn normalized(&self) -> Self {
        match self {
            Permissions::Full => Permissions::Full,
            Permissions::Restricted(granted) => Permissions::restricted(granted.iter().map(|(r, a)| (*r, *a))),
        }
    }

    /// Whether the permissions let a key do nothing at all (restricted, with no access to any resource).
    pub fn grants_nothing(&self) -> bool {
        match self {
            Permissions::Full => false,
            Permissions::Restricted(granted) => granted.values().all(|access| *access == Access::None),
        }
    }

    /// The permissions, if a key could do something with them; a key that could do nothing is refused in
    /// words rather than saved silently.
    pub fn usable(&self) -> Result<&Self, DomainError> {
        if self.grants_nothing() {
            Err(DomainError::NoAccessAtAll)
        } else {
            Ok(self)
        }
    }

    /// Whether the key is restricted.
    pub fn is_restricted(&self) -> bool {
        matches!(self, Permissions::Restricted(_))
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
        match self.access(resource) {
            access if access.allows(operation) => Ok(()),
            access => Err(DomainError::NotPermitted {
                resource,
                can_read: access == Access::Read,
            }),
        }
    }

    /// Whether the key may do no more than `other` on any resource.
    pub fn within(&self, other: &Permissions) -> bool {
        Resource::ALL
            .into_iter()
            .all(|resource| self.access(resource) <= other.access(resource))
    }

    /// How many resources the key may use at all (`None`: not restricted, every resource).
    pub fn granted(&self) -> Option<usize> {
        self.is_restricted().then(|| {
            Resource::ALL
                .into_iter()
                .filter(|r| self.access(*r) != Access::None)
                .count()
        })
    }
}
