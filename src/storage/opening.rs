//! Start-up: bring what is stored to the current schema, set unreadable records aside, make the demo
//! account on a first start and give an unreadable account fresh identifiers. Every step commits against
//! the revision it read, so two tabs starting at once cannot both seed.

use chrono::{DateTime, Utc};

use super::records::{
    ACCOUNT_KEY, Loaded, SCHEMA_KEY, SCHEMA_VERSION, decode_snapshot, demo_writes, put, quarantine_writes,
};
use super::{Collection, StorageError, Store, schema};
use crate::domain::Random;
use crate::domain::demo::demo_data;

/// How often start-up begins again when another tab commits in the middle of it.
const ATTEMPTS: usize = 5;

/// What start-up found and did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Opened {
    /// The account's data, as stored now.
    pub loaded: Loaded,
    /// Set when the data comes from a newer version of the app (its schema version): nothing may be written.
    pub read_only: Option<u32>,
    /// Whether this start made the demo account (a first start).
    pub seeded: bool,
}

/// Opens the account kept in `store`; see the module documentation for the steps.
pub async fn open_account(
    store: &impl Store,
    rng: &mut impl Random,
    now: DateTime<Utc>,
) -> Result<Opened, StorageError> {
    for _ in 1..ATTEMPTS {
        match open_once(store, rng, now).await {
            Err(StorageError::Conflict) => continue,
            outcome => return outcome,
        }
    }
    open_once(store, rng, now).await
}

async fn open_once(store: &impl Store, rng: &mut impl Random, now: DateTime<Utc>) -> Result<Opened, StorageError> {
    let mut raw = store.load_all().await?;
    match schema::migrate(&raw) {
        Err(StorageError::ReadOnly(version)) => {
            return Ok(Opened {
                loaded: decode_snapshot(&raw),
                read_only: Some(version),
                seeded: false,
            });
        }
        Err(error) => return Err(error),
        Ok(writes) if !writes.is_empty() => {
            store.commit(&writes, super::records::revision(&raw)).await?;
            raw = store.load_all().await?;
        }
        Ok(_) => {}
    }
    let mut loaded = decode_snapshot(&raw);
    if !loaded.unreadable.is_empty() {
        let mut writes = quarantine_writes(&loaded.unreadable);
        writes.push(put(Collection::Meta, SCHEMA_KEY, &SCHEMA_VERSION));
        store.commit(&writes, loaded.revision).await?;
        loaded = decode_snapshot(&store.load_all().await?);
    }
    if loaded.is_empty() {
        let demo = demo_data(rng, now);
        store.commit(&demo_writes(&demo), loaded.revision).await?;
        return Ok(Opened {
            loaded: decode_snapshot(&store.load_all().await?),
            read_only: None,
            seeded: true,
        });
    }
    if loaded.account.is_none() {
        // The account record was unreadable (and is kept aside): the account gets fresh identifiers.
        let account = demo_data(rng, now).account;
        loaded.revision = store
            .commit(&[put(Collection::Accounts, ACCOUNT_KEY, &account)], loaded.revision)
            .await?;
        loaded.account = Some(account);
    }
    Ok(Opened {
        loaded,
        read_only: None,
        seeded: false,
    })
}
