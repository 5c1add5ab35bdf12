//! Identifiers of the records other than access keys, each its own type so that one is never passed
//! where another is meant. Stored as plain strings (the schema does not change).

use std::borrow::Cow;
use std::fmt;

use super::json::{FromJson, Json, JsonError, ToJson};
use chrono::{DateTime, Utc};

use super::random::{Random, base62_string};

/// A record ID that sorts by time: milliseconds since the epoch, then 8 random characters.
pub fn record_id(rng: &mut impl Random, now: DateTime<Utc>) -> String {
    format!("{:013}-{}", now.timestamp_millis().max(0), base62_string(rng, 8))
}

macro_rules! string_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(String);

        impl ToJson for $name {
            fn write_json(&self, out: &mut String) {
                self.0.write_json(out);
            }
        }

        impl FromJson for $name {
            fn from_json(value: &Json<'_>) -> Result<Self, JsonError> {
                String::from_json(value).map(Self)
            }
        }

        impl $name {
            /// A fresh ID that sorts by the time `now`.
            pub fn generate(rng: &mut impl Random, now: DateTime<Utc>) -> Self {
                Self(record_id(rng, now))
            }

            /// The ID as stored.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl From<String> for $name {
            fn from(text: String) -> Self {
                Self(text)
            }
        }

        impl From<&str> for $name {
            fn from(text: &str) -> Self {
                Self(text.to_owned())
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

string_id!(
    /// A connection's ID.
    ConnectionId
);
string_id!(
    /// A legacy API key's ID.
    ApiKeyId
);

/// An integration's ID: one of the catalogue's (`"slack"`, `"github"`, …).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct IntegrationId(Cow<'static, str>);

impl ToJson for IntegrationId {
    fn write_json(&self, out: &mut String) {
        self.0.as_ref().write_json(out);
    }
}

impl FromJson for IntegrationId {
    fn from_json(value: &Json<'_>) -> Result<Self, JsonError> {
        String::from_json(value).map(|id| Self(Cow::Owned(id)))
    }
}

impl IntegrationId {
    /// The ID `text`, written in the catalogue.
    pub const fn new(text: &'static str) -> Self {
        Self(Cow::Borrowed(text))
    }

    /// The ID as stored.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for IntegrationId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}
