//! Native tests of how stored dates and times are read: exactly as chrono's RFC 3339 parser (the oracle
//! here; it no longer ships) reads them, on every instant and any date-shaped text; what is no date is
//! refused, never guessed at.
#![cfg(not(target_arch = "wasm32"))]

use api_auth::domain::AccessKey;
use api_auth::domain::dates::parse_stored;
use chrono::{DateTime, FixedOffset, TimeZone, Utc};
use proptest::prelude::*;

proptest! {
    #[test]
    fn what_chrono_writes_reads_back_as_the_same_instant(seconds in 0i64..8_000_000_000, nanos in 0u32..1_000_000_000) {
        let at = Utc.timestamp_opt(seconds, nanos).unwrap();
        let written = api_auth::domain::json::to_string(&at);
        // Written as chrono's serde writes it (what every earlier build stored).
        prop_assert_eq!(&written, &serde_json::to_string(&at).unwrap());
        prop_assert_eq!(parse_stored(written.trim_matches('"')), Some(at));
        // `Date.toISOString()` (milliseconds) and the `+00:00` spelling too.
        let millis = at.format("%Y-%m-%dT%H:%M:%S%.3fZ").to_string();
        prop_assert_eq!(parse_stored(&millis), DateTime::parse_from_rfc3339(&millis).ok().map(|t| t.to_utc()));
        let offset = at.format("%Y-%m-%dT%H:%M:%S+00:00").to_string();
        prop_assert_eq!(parse_stored(&offset), Some(Utc.timestamp_opt(seconds, 0).unwrap()));
    }

    #[test]
    fn any_text_is_read_as_chrono_reads_it(text in "[0-9T:.Z+-]{0,32}") {
        prop_assert_eq!(parse_stored(&text), DateTime::parse_from_rfc3339(&text).ok().map(|t| t.to_utc()));
    }

    #[test]
    fn any_date_shaped_text_is_read_as_chrono_reads_it(
        date in "[0-9]{4}-[0-1][0-9]-[0-3][0-9]",
        separator in "[Tt ]",
        time in "[0-2][0-9]:[0-6][0-9]:[0-6][0-9]",
        fraction in "(\\.[0-9]{0,12})?",
        zone in "[Zz]|[+-][0-2][0-9]:[0-6][0-9]|[+-][0-9]{4}|",
    ) {
        let text = format!("{date}{separator}{time}{fraction}{zone}");
        prop_assert_eq!(parse_stored(&text), DateTime::parse_from_rfc3339(&text).ok().map(|t| t.to_utc()), "{}", text);
    }
}

#[test]
fn other_offsets_and_spellings_read_as_chrono_reads_them_and_bad_text_is_refused() {
    let paris = FixedOffset::east_opt(3600).unwrap();
    assert_eq!(
        parse_stored("2026-12-02T12:22:50+01:00"),
        Some(paris.with_ymd_and_hms(2026, 12, 2, 12, 22, 50).unwrap().to_utc())
    );
    for same in [
        "2026-12-02t12:22:50.5+01:00",
        "2026-12-02 11:22:50.500Z",
        "2026-12-02T06:52:50.5000000001-04:30",
        "2016-12-31T23:59:60Z",
        "2016-12-31T23:59:60.25+00:00",
        "0000-01-01t00:00:60-00:01",
    ] {
        assert_eq!(
            parse_stored(same),
            DateTime::parse_from_rfc3339(same).ok().map(|t| t.to_utc()),
            "{same}"
        );
        assert!(parse_stored(same).is_some(), "{same}");
    }
    for bad in [
        "",
        "2026-12-02",
        "2026-13-02T11:22:50Z",
        "2026-02-30T11:22:50Z",
        "2026-12-02T24:00:00Z",
        "2026-12-02T11:22:50.Z",
        "2026-12-02T11:22:50",
        "2026-12-02T11:22:50Zjunk",
        "２026-12-02T11:22:50Z",
    ] {
        assert_eq!(parse_stored(bad), None, "{bad}");
    }
}

#[test]
fn a_stored_key_without_the_optional_dates_reads_as_never() {
    let stored = r#"{"id":"Ak00000001-0000-4000-8000-000000001eef","name":"CI","secret_hash":"0000000000000000000000000000000000000000000000000000000000000001","created_at":"2026-12-02T11:22:50.123Z"}"#;
    let key: AccessKey = api_auth::domain::json::from_str(stored).unwrap();
    assert_eq!(key.expires_at, None);
    assert_eq!(key.last_used_at, None);
    assert_eq!(
        key.created_at,
        Utc.with_ymd_and_hms(2026, 12, 2, 11, 22, 50).unwrap() + chrono::Duration::milliseconds(123)
    );
    let bad = stored.replace("2026-12-02T11:22:50.123Z", "yesterday");
    let error = api_auth::domain::json::from_str::<AccessKey>(&bad)
        .unwrap_err()
        .to_string();
    assert!(error.contains("an RFC 3339 date and time"), "{error}");
}
