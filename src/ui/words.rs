//! The UI edge where the domain's values become words, in the page's language: the domain names no
//! language. Any slice may use it (periods, access levels, resources, and in time every error).

mod error;

pub use error::{Words, error_with};

use crate::domain::ExpiryPeriod;
use crate::domain::key_list::Page;
use crate::domain::permissions::{Access, Permissions, Resource};
use crate::i18n::{Msg, m::words as m, number, t, tf, tn};

/// A size as people read it: "812 bytes", "340 KB", "72.4 MB" (1 KB = 1,024 bytes), in the page's
/// language.
pub fn size(bytes: u64) -> String {
    const KB: u64 = 1024;
    const MB: u64 = 1024 * KB;
    match bytes {
        0..KB => tn(m::SIZE_BYTES, bytes as usize, []),
        KB..MB => tf(m::SIZE_KB, [&number(bytes.div_ceil(KB) as usize)]),
        _ => {
            let tenths = (bytes * 10).div_ceil(MB);
            tf(
                m::SIZE_MB,
                [&number((tenths / 10) as usize), &(tenths % 10).to_string()],
            )
        }
    }
}

/// Where a page of a list is: "Page 2 of 40".
pub fn page_label(page: &Page) -> String {
    tf(m::PAGE_OF, [&number(page.index + 1), &number(page.count)])
}

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
