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

/// Reads RFC 3339 text (`2026-12-02T11:22:50.123Z`, `…+01:00`; what chrono and `Date.toISOString()`
/// write) as chrono's `DateTime::parse_from_rfc3339` would, without chrono's general parser: several
/// times faster at 10,000 keys, and that parser no longer ships.
pub fn parse_stored(text: &str) -> Option<DateTime<Utc>> {
    fn number(bytes: &[u8]) -> Option<u32> {
        bytes.iter().try_fold(0u32, |value, byte| {
            byte.is_ascii_digit().then(|| value * 10 + u32::from(byte - b'0'))
        })
    }
    let bytes = text.as_bytes();
    let rest = bytes.get(19..)?;
    if (bytes[4], bytes[7], bytes[13], bytes[16]) != (b'-', b'-', b':', b':') || !b"Tt ".contains(&bytes[10]) {
        return None;
    }
    let (fraction, zone) = match rest.split_first() {
        Some((b'.', after)) => {
            let count = after.iter().take_while(|b| b.is_ascii_digit()).count();
            if count == 0 {
                return None;
            }
            after.split_at(count)
        }
        _ => rest.split_at(0),
    };
    // Digits past nanoseconds are dropped, as chrono does.
    let nanos = number(&fraction[..fraction.len().min(9)])? * 10u32.pow(9 - fraction.len().min(9) as u32);
    let offset_seconds = match zone {
        b"Z" | b"z" => 0,
        [sign @ (b'+' | b'-'), h1, h2, b':', m1, m2] => {
            let (hours, minutes) = (number(&[*h1, *h2])?, number(&[*m1, *m2])?);
            if hours >= 24 || minutes >= 60 {
                return None;
            }
            let seconds = i64::from(hours * 3600 + minutes * 60);
            if *sign == b'-' { -seconds } else { seconds }
        }
        _ => return None,
    };
    let date = NaiveDate::from_ymd_opt(
        i32::try_from(number(&bytes[..4])?).ok()?,
        number(&bytes[5..7])?,
        number(&bytes[8..10])?,
    )?;
    let (hour, minute, second) = (
        number(&bytes[11..13])?,
        number(&bytes[14..16])?,
        number(&bytes[17..19])?,
    );
    // A leap second (`:60`) is kept as chrono keeps it: the 59th second, with a second of nanoseconds
    // more, and it stays one across the offset (offsets are whole minutes).
    let leap = second == 60;
    let local = date.and_hms_nano_opt(hour, minute, if leap { 59 } else { second }, nanos)?;
    let utc = local.checked_sub_signed(chrono::TimeDelta::seconds(offset_seconds))?;
    let utc = if leap {
        utc.with_nanosecond(nanos.checked_add(1_000_000_000)?)?
    } else {
        utc
    };
    Some(utc.and_utc())
}
