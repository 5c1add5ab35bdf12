//! ISO 8601 dates without chrono's strftime machinery (which costs the shipped wasm dearly).

use chrono::{DateTime, Datelike, NaiveDate, Timelike, Utc};

/// `YYYY-MM-DD`.
pub fn iso_date(date: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day())
}

/// `YYYY-MM-DDTHH:MM:SSZ`.
pub fn iso_date_time(at: DateTime<Utc>) -> String {
    format!(
        "{}T{:02}:{:02}:{:02}Z",
        iso_date(at.date_naive()),
        at.hour(),
        at.minute(),
        at.second()
    )
}

/// Reads `YYYY-MM-DD` (what an `<input type="date">` gives).
pub fn parse_iso_date(text: &str) -> Option<NaiveDate> {
    let mut parts = text.trim().splitn(3, '-');
    let year = parts.next()?.parse().ok()?;
    let month = parts.next()?.parse().ok()?;
    let day = parts.next()?.parse().ok()?;
    NaiveDate::from_ymd_opt(year, month, day)
}

/// Reads the RFC 3339 text that records are stored with. The UTC form chrono and `Date.toISOString()`
/// write (`2026-12-02T11:22:50.123Z`, any number of fraction digits) is read directly, which is several
/// times faster than chrono's general parser at 10,000 keys; any other offset goes through chrono.
pub fn parse_stored(text: &str) -> Option<DateTime<Utc>> {
    fn digits(bytes: &[u8]) -> Option<u32> {
        bytes.iter().try_fold(0u32, |value, byte| {
            byte.is_ascii_digit().then(|| value * 10 + u32::from(byte - b'0'))
        })
    }
    let fast = || -> Option<DateTime<Utc>> {
        let bytes = text.as_bytes();
        let rest = bytes.get(19..)?;
        if (bytes[4], bytes[7], bytes[10], bytes[13], bytes[16]) != (b'-', b'-', b'T', b':', b':') {
            return None;
        }
        let (fraction, zone) = match rest.split_first() {
            Some((b'.', after)) => {
                let count = after.iter().take_while(|b| b.is_ascii_digit()).count();
                (&after[..count], &after[count..])
            }
            _ => (&rest[..0], rest),
        };
        if zone != b"Z" && zone != b"+00:00" || fraction.is_empty() && rest.first() == Some(&b'.') {
            return None;
        }
        let nanos = fraction
            .iter()
            .chain(std::iter::repeat(&b'0'))
            .take(9)
            .try_fold(0u32, |value, byte| Some(value * 10 + u32::from(byte - b'0')))?;
        let date = NaiveDate::from_ymd_opt(
            digits(&bytes[..4])? as i32,
            digits(&bytes[5..7])?,
            digits(&bytes[8..10])?,
        )?;
        let time = date.and_hms_nano_opt(
            digits(&bytes[11..13])?,
            digits(&bytes[14..16])?,
            digits(&bytes[17..19])?,
            nanos,
        )?;
        Some(time.and_utc())
    };
    fast().or_else(|| DateTime::parse_from_rfc3339(text).ok().map(|at| at.with_timezone(&Utc)))
}

/// Serde for a stored `DateTime<Utc>` (`#[serde(with = "stored")]`): written as chrono writes it, read
/// by [`parse_stored`].
pub mod stored {
    use chrono::{DateTime, Utc};
    use serde::{Deserializer, Serialize, Serializer, de};

    struct Visitor;

    impl de::Visitor<'_> for Visitor {
        type Value = DateTime<Utc>;

        fn expecting(&self, formatter: &mut std::fmt::Formatter) -> std::fmt::Result {
            formatter.write_str("an RFC 3339 date and time")
        }

        fn visit_str<E: de::Error>(self, text: &str) -> Result<Self::Value, E> {
            super::parse_stored(text).ok_or_else(|| E::invalid_value(de::Unexpected::Str(text), &self))
        }
    }

    /// Writes `at` as chrono does.
    pub fn serialize<S: Serializer>(at: &DateTime<Utc>, serializer: S) -> Result<S::Ok, S::Error> {
        at.serialize(serializer)
    }

    /// Reads a stored date and time.
    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<DateTime<Utc>, D::Error> {
        deserializer.deserialize_str(Visitor)
    }

    /// The same for an optional date and time (`null`: `None`).
    pub mod option {
        use chrono::{DateTime, Utc};
        use serde::{Deserialize, Deserializer, Serialize, Serializer};

        /// Writes `at` as chrono does (`null` for `None`).
        pub fn serialize<S: Serializer>(at: &Option<DateTime<Utc>>, serializer: S) -> Result<S::Ok, S::Error> {
            at.serialize(serializer)
        }

        /// Reads a stored date and time or `null`.
        pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<DateTime<Utc>>, D::Error> {
            #[derive(Deserialize)]
            struct Stored(#[serde(with = "super")] DateTime<Utc>);
            Ok(Option::<Stored>::deserialize(deserializer)?.map(|Stored(at)| at))
        }
    }
}
