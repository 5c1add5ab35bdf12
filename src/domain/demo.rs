//! The demo account a new user meets offline: made once, from injected randomness and time.

use chrono::{DateTime, Duration, Utc};

use super::account::{Account, AccountDomain, AccountId, DebugSessionKey};
use super::random::Random;

/// The demo organisation's name.
pub const DEMO_ACCOUNT_NAME: &str = "Northwind Traders";
/// The demo account's domain (`.example` is reserved, so the link never reaches a real site).
pub const DEMO_ACCOUNT_DOMAIN: &str = "northwind-traders.flowdeck.example";

/// Everything the demo account starts with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoData {
    /// The account and its identifiers.
    pub account: Account,
}

/// Builds the demo account: fresh identifiers from `rng`, an account that has existed for two years.
pub fn demo_data(rng: &mut impl Random, now: DateTime<Utc>) -> DemoData {
    let domain = match AccountDomain::parse(DEMO_ACCOUNT_DOMAIN) {
        Ok(domain) => domain,
        Err(error) => unreachable!("the demo domain is a valid host name: {error}"),
    };
    DemoData {
        account: Account {
            id: AccountId::generate(rng),
            name: DEMO_ACCOUNT_NAME.to_owned(),
            domain,
            debug_session_key: DebugSessionKey::generate(rng),
            created_at: now - Duration::days(2 * 365),
        },
    }
}
