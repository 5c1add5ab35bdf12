//! The UI edge where the domain's values become words, in the page's language: the domain names no
//! language. Any slice may use it (periods, access levels, resources, and in time every error).

mod error;

pub use error::{Words, error_with};

use crate::domain::ExpiryPeriod;
use crate::domain::permissions::{Access, Permissions, Resource};
use crate::i18n::{Msg, m::words as m, t, tf, tn};

/// An expiry period as the Expiry period field lists it ("90 days", "Custom date").
pub fn period(period: ExpiryPeriod) -> String {
    match period {
        ExpiryPeriod::Days(days) => tn(m::PERIOD_DAYS, days as usize, []),
        ExpiryPeriod::CustomDate => t(m::CUSTOM_DATE).to_owned(),
        ExpiryPeriod::NoExpiry => t(m::NO_EXPIRY).to_owned(),
    }
}

/// A level of access.
pub fn access(access: Access) -> Msg<0> {
    match access {
        Access::None => m::NO_ACCESS,
        Access::Read => m::READ,
        Access::ReadWrite => m::READ_AND_WRITE,
    }
}

/// A resource of the platform.
pub fn resource(resource: Resource) -> Msg<0> {
    match resource {
        Resource::Processes => m::PROCESSES,
        Resource::Boards => m::BOARDS,
        Resource::Apps => m::APPS,
        Resource::Datasets => m::DATASETS,
        Resource::Users => m::USERS,
        Resource::Integrations => m::INTEGRATIONS,
    }
}

/// What a key may do, in full: "Full access", or each resource it may use and how ("Processes: Read;
/// Boards: Read and write"), or "No access".
pub fn permission_details(permissions: &Permissions) -> String {
    if !permissions.is_restricted() {
        return t(m::FULL_ACCESS).to_owned();
    }
    let granted: Vec<String> = Resource::ALL
        .into_iter()
        .filter(|r| permissions.access(*r) != Access::None)
        .map(|r| tf(m::RESOURCE_ACCESS, [t(resource(r)), t(access(permissions.access(r)))]))
        .collect();
    if granted.is_empty() {
        t(m::NO_ACCESS).to_owned()
    } else {
        granted.join("; ")
    }
}
