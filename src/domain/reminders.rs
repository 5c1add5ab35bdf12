//! Expiry reminders: which days before a key expires the account wants to be warned, the calendar
//! file that carries those warnings to any calendar (RFC 5545), and which browser notifications are due.

use std::collections::HashSet;

use super::json::{self};
use chrono::{DateTime, Duration, Utc};

use super::access_key::AccessKey;
use super::credentials_file::slug;
use super::error::DomainError;

/// The days before expiry a reminder may be set for, earliest first.
pub const REMINDER_CHOICES: [u32; 5] = [60, 30, 14, 7, 1];

/// The days before expiry the account is warned: any of [`REMINDER_CHOICES`] (default 7 and 1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExpiryReminders(Vec<u32>);

json::checked!(ExpiryReminders: Vec<u32>);

impl Default for ExpiryReminders {
    fn default() -> Self {
        Self(vec![7, 1])
    }
}

impl TryFrom<Vec<u32>> for ExpiryReminders {
    type Error = DomainError;
    fn try_from(days: Vec<u32>) -> Result<Self, Self::Error> {
        Self::new(days)
    }
}

impl From<ExpiryReminders> for Vec<u32> {
    fn from(reminders: ExpiryReminders) -> Self {
        reminders.0
    }
}

impl ExpiryReminders {
    /// Reminders on `days` (in any order, repeats ignored); each must be one of [`REMINDER_CHOICES`].
    pub fn new(days: impl IntoIterator<Item = u32>) -> Result<Self, DomainError> {
        let given: Vec<u32> = days.into_iter().collect();
        if let Some(bad) = given.iter().find(|day| !REMINDER_CHOICES.contains(day)) {
            return Err(DomainError::ReminderNotOffered(*bad));
        }
        // In the order offered (earliest first), each once.
        Ok(Self(
            REMINDER_CHOICES.into_iter().filter(|day| given.contains(day)).collect(),
        ))
    }

    /// The days, earliest reminder (most days) first.
    pub fn days(&self) -> &[u32] {
        &self.0
    }

    /// Whether a reminder is set `days` before expiry.
    pub fn has(&self, days: u32) -> bool {
        self.0.contains(&days)
    }

    /// How many days before expiry a key counts as "expiring soon" (the earliest reminder; 0: none).
    pub fn window_days(&self) -> i64 {
        self.0.first().copied().map_or(0, i64::from)
    }
}

/// Text for an RFC 5545 TEXT value: backslash, semicolon, comma and line breaks escaped.
fn ics_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// A content line folded as RFC 5545 asks: at most 75 octets a line, continued after CRLF and a space,
/// never inside a character.
fn fold(line: &str, out: &mut String) {
    let mut used = 0;
    for c in line.chars() {
        if used + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += c.len_utf8();
    }
    out.push_str("\r\n");
}

/// A UTC date-time as RFC 5545 writes it: `20270302T120000Z` (from the ISO form, without chrono's
/// general formatter, which would cost the download several KB).
fn ics_time(at: DateTime<Utc>) -> String {
    super::dates::iso_date_time(at).replace(['-', ':'], "")
}

/// What a calendar file says, in the user's language (the UI words it): the event's summary and
/// description, and each alarm's text from the days before expiry it rings.
pub struct CalendarWords<'a> {
    /// The event's title ("Access key “CI” expires").
    pub summary: String,
    /// What the event says.
    pub description: String,
    /// An alarm's text, `days` before expiry.
    pub alarm: Box<dyn Fn(u32) -> String + 'a>,
}

/// The calendar file "Add to calendar" downloads for `key`: one event at its expiry with one alarm per
/// reminder, a UID that is the same every time for the same key, and no secret; its texts are `words`,
/// escaped and folded as RFC 5545 asks, so no text can add a property. `None` when the key never expires.
pub fn expiry_calendar(
    key: &AccessKey,
    reminders: &ExpiryReminders,
    now: DateTime<Utc>,
    words: &CalendarWords<'_>,
) -> Option<String> {
    let expires = key.expires_at?;
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        "PRODID:-//Flowdeck//API authentication//EN".to_owned(),
        "CALSCALE:GREGORIAN".to_owned(),
        "METHOD:PUBLISH".to_owned(),
        "BEGIN:VEVENT".to_owned(),
        format!("UID:{}-expiry@api-auth.flowdeck.example", key.id.as_str()),
        format!("DTSTAMP:{}", ics_time(now)),
        format!("DTSTART:{}", ics_time(expires)),
        format!("DTEND:{}", ics_time(expires + Duration::minutes(30))),
        format!("SUMMARY:{}", ics_text(&words.summary)),
        format!("DESCRIPTION:{}", ics_text(&words.description)),
        "TRANSP:TRANSPARENT".to_owned(),
    ];
    for days in reminders.days() {
        lines.extend([
            "BEGIN:VALARM".to_owned(),
            "ACTION:DISPLAY".to_owned(),
            format!("TRIGGER:-P{days}D"),
            format!("DESCRIPTION:{}", ics_text(&(words.alarm)(*days))),
            "END:VALARM".to_owned(),
        ]);
    }
    lines.extend(["END:VEVENT".to_owned(), "END:VCALENDAR".to_owned()]);
    let mut out = String::new();
    for line in &lines {
        fold(line, &mut out);
    }
    Some(out)
}

/// The file name of [`expiry_calendar`]'s file: `<key name>-expires.ics`.
pub fn calendar_file_name(key: &AccessKey) -> String {
    format!("{}-expires.ics", slug(key.name.as_str()))
}

/// A browser notification that is due: the key, the days left, and the marks that record it as shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DueReminder {
    /// The key's name.
    pub name: String,
    /// Whole days left before it expires, rounded up (6 days and 2 hours is 7).
    pub days_left: u32,
    /// One mark per reminder it stands for (`<key id>:<days>`), so none is shown twice.
    pub marks: Vec<String>,
}

/// The notifications due at `now`: one per key that has reached a reminder not yet `shown`, for the
/// nearest of them (a page opened a day before expiry does not also say "in 7 days").
pub fn due_reminders(
    keys: &[AccessKey],
    reminders: &ExpiryReminders,
    now: DateTime<Utc>,
    shown: &HashSet<String>,
) -> Vec<DueReminder> {
    let mut due = Vec::new();
    for key in keys.iter().filter(|key| !key.disabled) {
        let Some(expires) = key.expires_at.filter(|at| *at > now) else {
            continue;
        };
        let reached: Vec<u32> = reminders
            .days()
            .iter()
            .copied()
            .filter(|days| now >= expires - Duration::days(i64::from(*days)))
            .collect();
        let marks: Vec<String> = reached
            .iter()
            .map(|days| format!("{}:{days}", key.id.as_str()))
            .filter(|mark| !shown.contains(mark))
            .collect();
        if marks.is_empty() {
            continue;
        }
        // Whole days left, rounded up: 6 days and 2 hours is "7 days".
        let left = ((expires - now).num_seconds() + 86_399) / 86_400;
        due.push(DueReminder {
            name: key.name.as_str().to_owned(),
            days_left: u32::try_from(left).unwrap_or(u32::MAX),
            marks,
        });
    }
    due
}
