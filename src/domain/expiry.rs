//! Expiry: the periods an account's policy allows, the date a new key expires, a key's status.

use chrono::{DateTime, Duration, FixedOffset, NaiveDate, TimeZone, Utc};

use super::error::DomainError;
use super::json::{self, FromJson, Json, JsonError, ToJson};

/// Within this many days of expiry a key is "expiring soon".
pub const EXPIRING_SOON_DAYS: i64 = 7;

/// A choice in the "Expiry period" field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ExpiryPeriod {
    /// A fixed number of days from creation.
    Days(u32),
    /// A date the user picks.
    CustomDate,
    /// The key never expires.
    NoExpiry,
}

impl ExpiryPeriod {
    /// Every period an account can allow, in the order they are offered.
    pub const CHOICES: [ExpiryPeriod; 8] = [
        ExpiryPeriod::Days(7),
        ExpiryPeriod::Days(30),
        ExpiryPeriod::Days(60),
        ExpiryPeriod::Days(90),
        ExpiryPeriod::Days(180),
        ExpiryPeriod::Days(365),
        ExpiryPeriod::CustomDate,
        ExpiryPeriod::NoExpiry,
    ];

    /// A stable code for form values: "90", "custom", "never".
    pub fn code(self) -> String {
        match self {
            ExpiryPeriod::Days(days) => days.to_string(),
            ExpiryPeriod::CustomDate => "custom".to_owned(),
            ExpiryPeriod::NoExpiry => "never".to_owned(),
        }
    }

    /// The period a [`ExpiryPeriod::code`] stands for.
    pub fn from_code(code: &str) -> Option<Self> {
        match code {
            "custom" => Some(ExpiryPeriod::CustomDate),
            "never" => Some(ExpiryPeriod::NoExpiry),
            days => days.parse().ok().filter(|&d| d > 0).map(ExpiryPeriod::Days),
        }
    }
}

/// The account-level policy: which periods a new key may have, the preselected one, and how far away a
/// custom date may be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExpiryPolicy {
    /// The periods offered, in order.
    pub allowed: Vec<ExpiryPeriod>,
    /// The period preselected in the create dialog.
    pub default: ExpiryPeriod,
    /// The latest custom date, in days from today.
    pub max_custom_days: u32,
}

impl ToJson for ExpiryPeriod {
    fn write_json(&self, out: &mut String) {
        match self {
            ExpiryPeriod::Days(days) => json::write_object(out, |object| {
                object.field("days", days);
            }),
            ExpiryPeriod::CustomDate => "custom_date".write_json(out),
            ExpiryPeriod::NoExpiry => "no_expiry".write_json(out),
        }
    }
}

/// Stored as `{"days": 30}`, `"custom_date"` or `"no_expiry"`.
impl FromJson for ExpiryPeriod {
    fn from_json(value: &Json<'_>) -> Result<Self, JsonError> {
        match json::tagged(value)? {
            ("days", Some(days)) => u32::from_json(days).map(ExpiryPeriod::Days),
            ("custom_date", _) => Ok(ExpiryPeriod::CustomDate),
            ("no_expiry", _) => Ok(ExpiryPeriod::NoExpiry),
            (other, _) => Err(json::unknown_variant(other, ["days", "custom_date", "no_expiry"])),
        }
    }
}

json::record!(ExpiryPolicy {
    allowed,
    default,
    max_custom_days
});

impl Default for ExpiryPolicy {
    fn default() -> Self {
        Self {
            allowed: vec![
                ExpiryPeriod::Days(30),
                ExpiryPeriod::Days(60),
                ExpiryPeriod::Days(90),
                ExpiryPeriod::Days(180),
                ExpiryPeriod::Days(365),
                ExpiryPeriod::CustomDate,
            ],
            default: ExpiryPeriod::Days(90),
            max_custom_days: 365,
        }
    }
}

/// The largest custom-date maximum a policy may set.
pub const MAX_CUSTOM_DAYS_LIMIT: u32 = 3650;

impl ExpiryPolicy {
    /// Checks that the policy can be applied: something allowed, an allowed default, a sane maximum.
    pub fn validate(&self) -> Result<(), DomainError> {
        if self.allowed.is_empty() {
            return Err(DomainError::PolicyNothingAllowed);
        }
        if !self.allowed.contains(&self.default) {
            return Err(DomainError::PolicyDefaultNotAllowed);
        }
        if self.max_custom_days < 1 {
            return Err(DomainError::PolicyMaximumTooSmall);
        }
        if self.max_custom_days > MAX_CUSTOM_DAYS_LIMIT {
            return Err(DomainError::PolicyMaximumTooLarge);
        }
        Ok(())
    }

    /// The longest lifetime a new key can get, in days (`None`: unlimited, "No expiry" is allowed).
    pub fn max_lifetime_days(&self) -> Option<u32> {
        let mut longest = 0;
        for period in &self.allowed {
            match period {
                ExpiryPeriod::NoExpiry => return None,
                ExpiryPeriod::Days(days) => longest = longest.max(*days),
                // A custom date may fall late on its last day: count that day whole.
                ExpiryPeriod::CustomDate => longest = longest.max(self.max_custom_days + 1),
            }
        }
        Some(longest)
    }

    /// Whether a key expiring at `expires_at` lives longer, seen from `now`, than this policy allows a new
    /// key to live.
    pub fn exceeded_by(&self, expires_at: Option<DateTime<Utc>>, now: DateTime<Utc>) -> bool {
        match (self.max_lifetime_days(), expires_at) {
            (None, _) => false,
            (Some(_), None) => true,
            (Some(days), Some(at)) => at > now + Duration::days(i64::from(days)),
        }
    }

    /// The period "Create similar" proposes for a copy of a key created at `created_at` and expiring at
    /// `expires_at`: the same number of days, or no expiry, when the policy still allows it; otherwise
    /// (a custom date among them) the policy's default.
    pub fn period_like(&self, created_at: DateTime<Utc>, expires_at: Option<DateTime<Utc>>) -> ExpiryPeriod {
        let like = match expires_at {
            None => ExpiryPeriod::NoExpiry,
            Some(at) => {
                let hours = (at - created_at).num_hours();
                // Whole days only: a custom date ends at a local midnight, rarely a whole number of days.
                if hours > 0 && hours % 24 == 0 {
                    ExpiryPeriod::Days(u32::try_from(hours / 24).unwrap_or(0))
                } else {
                    ExpiryPeriod::CustomDate
                }
            }
        };
        if like != ExpiryPeriod::CustomDate && self.allowed.contains(&like) {
            like
        } else {
            self.default
        }
    }

    /// The latest date a custom expiry may be, seen from `today`.
    pub fn last_custom_date(&self, today: NaiveDate) -> NaiveDate {
        today + Duration::days(i64::from(self.max_custom_days))
    }

    /// When a key created at `now` with `period` expires (`None`: never).
    ///
    /// A custom date means "valid through that whole day" where the user is: the key expires at the
    /// following midnight in `local` (the user's UTC offset), stored in UTC.
    pub fn expires_at(
        &self,
        period: ExpiryPeriod,
        custom_date: Option<NaiveDate>,
        now: DateTime<Utc>,
        local: FixedOffset,
    ) -> Result<Option<DateTime<Utc>>, DomainError> {
        if !self.allowed.contains(&period) {
            return Err(DomainError::ExpiryNotAllowed);
        }
        match period {
            ExpiryPeriod::Days(days) => Ok(Some(now + Duration::days(i64::from(days)))),
            ExpiryPeriod::NoExpiry => Ok(None),
            ExpiryPeriod::CustomDate => {
                let date = custom_date.ok_or(DomainError::CustomDateMissing)?;
                let today = now.with_timezone(&local).date_naive();
                if date <= today {
                    return Err(DomainError::CustomDateNotInFuture);
                }
                let last = self.last_custom_date(today);
                if date > last {
                    return Err(DomainError::CustomDateTooLate {
                        max_days: self.max_custom_days,
                        last_date: super::dates::iso_date(last),
                    });
                }
                let next_midnight = (date + Duration::days(1)).and_hms_opt(0, 0, 0).unwrap_or_default();
                Ok(local
                    .from_local_datetime(&next_midnight)
                    .single()
                    .map(|at| at.with_timezone(&Utc)))
            }
        }
    }
}

/// Where a key stands against the clock.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExpiryStatus {
    /// Valid, and not expiring within [`EXPIRING_SOON_DAYS`].
    Active,
    /// Valid for `days` more days (rounded up), at most [`EXPIRING_SOON_DAYS`].
    ExpiresSoon {
        /// Whole days left, rounded up (1 means within the next 24 hours).
        days: i64,
    },
    /// Past its expiry; it no longer authenticates.
    Expired,
}

impl ExpiryStatus {
    /// The status of a key expiring at `expires_at` (never, if `None`), seen at `now`, "expiring soon"
    /// within [`EXPIRING_SOON_DAYS`].
    pub fn at(expires_at: Option<DateTime<Utc>>, now: DateTime<Utc>) -> Self {
        Self::within(expires_at, now, EXPIRING_SOON_DAYS)
    }

    /// The status as [`ExpiryStatus::at`] gives it, "expiring soon" within `soon_days` days (the
    /// account's earliest expiry reminder; 0: never before it has expired).
    pub fn within(expires_at: Option<DateTime<Utc>>, now: DateTime<Utc>, soon_days: i64) -> Self {
        let Some(expires_at) = expires_at else {
            return ExpiryStatus::Active;
        };
        if now >= expires_at {
            return ExpiryStatus::Expired;
        }
        let left = expires_at - now;
        let days = (left.num_seconds() + 86_399) / 86_400;
        if days <= soon_days {
            ExpiryStatus::ExpiresSoon { days }
        } else {
            ExpiryStatus::Active
        }
    }

    /// A BEM modifier for the status badge.
    pub fn as_str(self) -> &'static str {
        match self {
            ExpiryStatus::Active => "active",
            ExpiryStatus::ExpiresSoon { .. } => "soon",
            ExpiryStatus::Expired => "expired",
        }
    }
}
