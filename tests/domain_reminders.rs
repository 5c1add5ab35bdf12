//! Native tests of expiry reminders: the days offered, the "expiring soon" window they set, the calendar
//! file (RFC 5545: escaping, folding, one alarm per reminder, a stable UID, no secret) and which
//! notifications are due.

use std::collections::HashSet;

use api_auth::domain::access_key::KeySettings;
use api_auth::domain::key_list::expiry_due;
use api_auth::domain::reminders::{ExpiryReminders, calendar_file_name, due_reminders};
use api_auth::i18n::{m::access_keys as m, tn};
use api_auth::ui::access_keys::words::calendar_words;

/// The calendar file of `key`, in English.
fn expiry_calendar(key: &AccessKey, reminders: &ExpiryReminders, now: DateTime<Utc>) -> Option<String> {
    api_auth::domain::reminders::expiry_calendar(key, reminders, now, &calendar_words(key))
}
use api_auth::domain::{AccessKey, DomainError, ExpiryStatus, SeededRandom, Workspace};
use api_auth::ui::access_keys::words::expiry_banner;
use chrono::{DateTime, Duration, TimeZone, Utc};

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 2, 12, 0, 0).unwrap()
}

fn key(name: &str, expires_in: Option<Duration>) -> (AccessKey, String) {
    let (_, created) = Workspace::default()
        .view()
        .create_key(
            name,
            expires_in.map(|d| now() + d),
            &KeySettings::default(),
            now(),
            &mut SeededRandom::new(3),
        )
        .unwrap();
    (created.key.clone(), created.secret.reveal().to_owned())
}

#[test]
fn reminders_are_chosen_from_the_days_offered_and_set_the_soon_window() {
    let default = ExpiryReminders::default();
    assert_eq!(default.days(), [7, 1]);
    let chosen = ExpiryReminders::new([1, 30, 60, 30]).unwrap();
    assert_eq!(chosen.days(), [60, 30, 1]);
    assert_eq!(chosen.window_days(), 60);
    assert_eq!(ExpiryReminders::new([7, 10]), Err(DomainError::ReminderNotOffered(10)));
    assert!(ExpiryReminders::new([]).unwrap().days().is_empty());
    // A stored list that is not offered does not read (the record is set aside, never guessed at).
    assert!(api_auth::domain::json::from_str::<ExpiryReminders>("[7,3]").is_err());
    assert_eq!(
        api_auth::domain::json::from_str::<ExpiryReminders>("[1,14]")
            .unwrap()
            .days(),
        [14, 1]
    );

    // The badge and the banner start at the earliest reminder.
    let in_20_days = Some(now() + Duration::days(20));
    assert_eq!(ExpiryStatus::within(in_20_days, now(), 7), ExpiryStatus::Active);
    assert_eq!(
        ExpiryStatus::within(in_20_days, now(), 30),
        ExpiryStatus::ExpiresSoon { days: 20 }
    );
    let (soon, _) = key("Soon", Some(Duration::days(5)));
    assert_eq!(
        expiry_banner(&expiry_due(std::slice::from_ref(&soon), now(), 7).unwrap()),
        "Soon expires in 5 days. Rotate or replace this key before anything that uses it breaks."
    );
    assert_eq!(expiry_due(std::slice::from_ref(&soon), now(), 1), None);
}

/// The calendar file's lines with folding undone (RFC 5545 §3.1).
fn unfolded(text: &str) -> Vec<String> {
    text.replace("\r\n ", "").split("\r\n").map(str::to_owned).collect()
}

#[test]
fn the_calendar_file_has_one_event_at_the_expiry_with_one_alarm_per_reminder_and_no_secret() {
    let (deploy, secret) = key("Deploy; prod, \"eu\"", Some(Duration::days(90)));
    let reminders = ExpiryReminders::new([30, 7, 1]).unwrap();
    let text = expiry_calendar(&deploy, &reminders, now()).unwrap();
    assert!(text.ends_with("\r\n"));
    assert!(
        text.split("\r\n").all(|line| line.len() <= 75),
        "every line folded within 75 octets"
    );
    let lines = unfolded(&text);
    assert_eq!(lines.first().unwrap(), "BEGIN:VCALENDAR");
    assert!(lines.contains(&"VERSION:2.0".to_owned()));
    assert!(lines.contains(&format!("UID:{}-expiry@api-auth.flowdeck.example", deploy.id.as_str())));
    assert!(lines.contains(&"DTSTART:20270302T120000Z".to_owned()));
    assert!(lines.contains(&"SUMMARY:Access key “Deploy\\; prod\\, \"eu\"” expires".to_owned()));
    assert!(lines.contains(&"DESCRIPTION:Access key “Deploy\\; prod\\, \"eu\"” expires in 7 days".to_owned()));
    let triggers: Vec<&String> = lines.iter().filter(|l| l.starts_with("TRIGGER:")).collect();
    assert_eq!(triggers, ["TRIGGER:-P30D", "TRIGGER:-P7D", "TRIGGER:-P1D"]);
    assert_eq!(lines.iter().filter(|l| *l == "BEGIN:VALARM").count(), 3);
    assert!(!text.contains(&secret[4..]), "no secret in the file");
    // The same key gives the same UID tomorrow; a key that never expires has no file.
    let again = expiry_calendar(&deploy, &reminders, now() + Duration::days(1)).unwrap();
    assert!(unfolded(&again).contains(&format!("UID:{}-expiry@api-auth.flowdeck.example", deploy.id.as_str())));
    assert_eq!(expiry_calendar(&key("Never", None).0, &reminders, now()), None);
    assert_eq!(calendar_file_name(&deploy), "deploy-prod-eu-expires.ics");
}

#[test]
fn a_due_reminder_is_notified_once_and_only_the_nearest_of_several() {
    let (soon, _) = key("Soon", Some(Duration::days(5)));
    let (later, _) = key("Later", Some(Duration::days(40)));
    let keys = vec![soon.clone(), later];
    let reminders = ExpiryReminders::new([30, 7, 1]).unwrap();
    let due = due_reminders(&keys, &reminders, now(), &HashSet::new());
    assert_eq!(due.len(), 1, "only Soon has reached a reminder");
    assert_eq!((due[0].name.as_str(), due[0].days_left), ("Soon", 5));
    // Both the 30- and the 7-day reminders are reached: one notification stands for both.
    assert_eq!(
        due[0].marks,
        [format!("{}:30", soon.id.as_str()), format!("{}:7", soon.id.as_str())]
    );
    let shown: HashSet<String> = due[0].marks.iter().cloned().collect();
    assert!(due_reminders(&keys, &reminders, now(), &shown).is_empty(), "not twice");
    // Four days later the 1-day reminder is due.
    let due = due_reminders(
        &keys,
        &reminders,
        now() + Duration::days(4) + Duration::hours(1),
        &shown,
    );
    assert_eq!(due[0].days_left, 1);
    let title = tn(m::EXPIRES_IN_DAYS, due[0].days_left as usize, [&due[0].name]);
    assert_eq!(title, "Access key “Soon” expires in 1 day");
    // Disabled and expired keys are not reminded.
    let off = AccessKey {
        disabled: true,
        ..soon.clone()
    };
    assert!(due_reminders(&[off], &reminders, now(), &HashSet::new()).is_empty());
    assert!(
        due_reminders(
            std::slice::from_ref(&soon),
            &reminders,
            now() + Duration::days(6),
            &HashSet::new()
        )
        .is_empty()
    );
}
