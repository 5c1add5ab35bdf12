//! Native tests of expiry: the default policy, expiry arithmetic across month ends and leap days, custom
//! dates against the policy, and key statuses at their boundaries.

use api_auth::domain::{DomainError, ExpiryPeriod, ExpiryPolicy, ExpiryStatus};
use api_auth::ui::access_keys::words::status as said;
use api_auth::ui::words::{Words, period};
use chrono::{Duration, FixedOffset, NaiveDate, TimeZone, Utc};

fn utc() -> FixedOffset {
    FixedOffset::east_opt(0).unwrap()
}

#[test]
fn the_default_policy_offers_30_to_365_days_and_a_custom_date_with_90_preselected() {
    let policy = ExpiryPolicy::default();
    let labels: Vec<String> = policy.allowed.iter().map(|p| period(*p)).collect();
    assert_eq!(
        labels,
        ["30 days", "60 days", "90 days", "180 days", "365 days", "Custom date"]
    );
    assert_eq!(policy.default, ExpiryPeriod::Days(90));
    for period in &policy.allowed {
        assert_eq!(ExpiryPeriod::from_code(&period.code()), Some(*period));
    }
    assert_eq!(ExpiryPeriod::from_code("0"), None);
    assert_eq!(ExpiryPeriod::from_code("soon"), None);
}

#[test]
fn periods_count_whole_days_across_month_ends_and_leap_days() {
    let policy = ExpiryPolicy::default();
    let cases = [
        ((2026, 1, 31), ExpiryPeriod::Days(30), (2026, 3, 2)),
        ((2028, 1, 31), ExpiryPeriod::Days(30), (2028, 3, 1)), // 2028 is a leap year
        ((2028, 2, 29), ExpiryPeriod::Days(365), (2029, 2, 28)),
        ((2027, 3, 1), ExpiryPeriod::Days(365), (2028, 2, 29)),
        ((2026, 12, 31), ExpiryPeriod::Days(60), (2027, 3, 1)),
    ];
    for ((y, m, d), period, (ey, em, ed)) in cases {
        let now = Utc.with_ymd_and_hms(y, m, d, 15, 30, 0).unwrap();
        let expires = policy.expires_at(period, None, now, utc()).unwrap().unwrap();
        assert_eq!(
            expires,
            Utc.with_ymd_and_hms(ey, em, ed, 15, 30, 0).unwrap(),
            "{y}-{m}-{d} + {period:?}"
        );
    }
}

#[test]
fn a_custom_date_is_valid_through_that_whole_local_day() {
    let policy = ExpiryPolicy::default();
    let now = Utc.with_ymd_and_hms(2026, 11, 28, 22, 0, 0).unwrap();
    let date = NaiveDate::from_ymd_opt(2026, 12, 31).unwrap();
    let in_utc = policy
        .expires_at(ExpiryPeriod::CustomDate, Some(date), now, utc())
        .unwrap();
    assert_eq!(in_utc, Some(Utc.with_ymd_and_hms(2027, 1, 1, 0, 0, 0).unwrap()));
    // In UTC+5:30 the next local midnight is 18:30 UTC the day before.
    let india = FixedOffset::east_opt(5 * 3600 + 1800).unwrap();
    let in_india = policy
        .expires_at(ExpiryPeriod::CustomDate, Some(date), now, india)
        .unwrap();
    assert_eq!(in_india, Some(Utc.with_ymd_and_hms(2026, 12, 31, 18, 30, 0).unwrap()));
}

#[test]
fn custom_dates_must_be_chosen_after_today_and_within_the_maximum() {
    let policy = ExpiryPolicy::default();
    let now = Utc.with_ymd_and_hms(2026, 11, 28, 9, 0, 0).unwrap();
    let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    let at = |date| policy.expires_at(ExpiryPeriod::CustomDate, date, now, utc());
    assert_eq!(at(None), Err(DomainError::CustomDateMissing));
    assert_eq!(at(Some(day(2026, 11, 28))), Err(DomainError::CustomDateNotInFuture));
    assert_eq!(at(Some(day(2025, 1, 1))), Err(DomainError::CustomDateNotInFuture));
    assert!(at(Some(day(2026, 11, 29))).is_ok());
    assert!(at(Some(day(2027, 11, 28))).is_ok(), "exactly 365 days away is allowed");
    let error = at(Some(day(2027, 11, 29))).unwrap_err();
    assert_eq!(
        error,
        DomainError::CustomDateTooLate {
            max_days: 365,
            last_date: "2027-11-28".into()
        }
    );
    assert!(error.to_string().contains("2027-11-28"));
}

#[test]
fn a_period_outside_the_policy_is_refused() {
    let policy = ExpiryPolicy::default();
    let now = Utc.with_ymd_and_hms(2026, 11, 28, 9, 0, 0).unwrap();
    assert_eq!(
        policy.expires_at(ExpiryPeriod::NoExpiry, None, now, utc()),
        Err(DomainError::ExpiryNotAllowed)
    );
    assert_eq!(
        policy.expires_at(ExpiryPeriod::Days(7), None, now, utc()),
        Err(DomainError::ExpiryNotAllowed)
    );
    let lenient = ExpiryPolicy {
        allowed: vec![ExpiryPeriod::NoExpiry],
        ..ExpiryPolicy::default()
    };
    assert_eq!(lenient.expires_at(ExpiryPeriod::NoExpiry, None, now, utc()), Ok(None));
}

#[test]
fn statuses_change_at_seven_days_and_at_the_expiry_instant() {
    let expires = Utc.with_ymd_and_hms(2026, 3, 1, 12, 0, 0).unwrap();
    let status = |before: Duration| ExpiryStatus::at(Some(expires), expires - before);
    assert_eq!(ExpiryStatus::at(None, expires), ExpiryStatus::Active);
    assert_eq!(status(Duration::days(30)), ExpiryStatus::Active);
    assert_eq!(status(Duration::days(7) + Duration::seconds(1)), ExpiryStatus::Active);
    assert_eq!(status(Duration::days(7)), ExpiryStatus::ExpiresSoon { days: 7 });
    assert_eq!(status(Duration::hours(25)), ExpiryStatus::ExpiresSoon { days: 2 });
    assert_eq!(status(Duration::seconds(1)), ExpiryStatus::ExpiresSoon { days: 1 });
    assert_eq!(status(Duration::zero()), ExpiryStatus::Expired);
    assert_eq!(status(-Duration::days(3)), ExpiryStatus::Expired);
    assert_eq!(said(ExpiryStatus::ExpiresSoon { days: 1 }), "Expires in 1 day");
    assert_eq!(said(ExpiryStatus::ExpiresSoon { days: 5 }), "Expires in 5 days");
    assert_eq!(said(ExpiryStatus::Expired), "Expired");
    assert_eq!(said(ExpiryStatus::Active), "Active");
}

#[test]
fn invalid_policies_get_specific_messages() {
    let ok = ExpiryPolicy::default();
    assert_eq!(ok.validate(), Ok(()));
    let nothing = ExpiryPolicy {
        allowed: vec![],
        ..ok.clone()
    };
    assert_eq!(nothing.validate(), Err(DomainError::PolicyNothingAllowed));
    let stray_default = ExpiryPolicy {
        default: ExpiryPeriod::NoExpiry,
        ..ok.clone()
    };
    assert_eq!(stray_default.validate(), Err(DomainError::PolicyDefaultNotAllowed));
    let zero = ExpiryPolicy {
        max_custom_days: 0,
        ..ok.clone()
    };
    assert_eq!(zero.validate(), Err(DomainError::PolicyMaximumTooSmall));
    let huge = ExpiryPolicy {
        max_custom_days: 3651,
        ..ok
    };
    assert_eq!(huge.validate(), Err(DomainError::PolicyMaximumTooLarge));
    let messages = [
        DomainError::PolicyNothingAllowed,
        DomainError::PolicyDefaultNotAllowed,
        DomainError::PolicyMaximumTooSmall,
    ]
    .map(|e| e.words());
    assert_eq!(messages[0], "Allow at least one expiry period.");
    assert_ne!(messages[1], messages[2]);
}

#[test]
fn the_maximum_lifetime_follows_the_longest_allowed_period() {
    let policy = |allowed: Vec<ExpiryPeriod>, max| ExpiryPolicy {
        default: allowed[0],
        allowed,
        max_custom_days: max,
    };
    assert_eq!(ExpiryPolicy::default().max_lifetime_days(), Some(366));
    assert_eq!(
        policy(vec![ExpiryPeriod::Days(7), ExpiryPeriod::Days(30)], 365).max_lifetime_days(),
        Some(30)
    );
    assert_eq!(
        policy(vec![ExpiryPeriod::Days(7), ExpiryPeriod::CustomDate], 14).max_lifetime_days(),
        Some(15)
    );
    assert_eq!(
        policy(vec![ExpiryPeriod::Days(7), ExpiryPeriod::NoExpiry], 14).max_lifetime_days(),
        None
    );
}

#[test]
fn keys_outliving_a_tightened_policy_are_found_and_never_expiring_keys_count() {
    let now = Utc.with_ymd_and_hms(2026, 11, 28, 0, 0, 0).unwrap();
    let tight = ExpiryPolicy {
        allowed: vec![ExpiryPeriod::Days(30)],
        default: ExpiryPeriod::Days(30),
        max_custom_days: 1,
    };
    assert!(!tight.exceeded_by(Some(now + Duration::days(30)), now));
    assert!(tight.exceeded_by(Some(now + Duration::days(31)), now));
    assert!(tight.exceeded_by(None, now));
    let open = ExpiryPolicy {
        allowed: vec![ExpiryPeriod::NoExpiry],
        default: ExpiryPeriod::NoExpiry,
        max_custom_days: 1,
    };
    assert!(!open.exceeded_by(None, now));
}
