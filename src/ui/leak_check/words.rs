//! What the leak check found, in words: the domain reports typed findings and counts.

use chrono::{DateTime, Utc};

use crate::domain::leak_check::{Finding, Report};
use crate::i18n::{m::leak_check as m, t, tf, tn};

/// What a finding is ("The current secret of “Deploy”."), its dates written by `date`.
pub fn finding(finding: &Finding, date: impl Fn(DateTime<Utc>) -> String) -> String {
    match finding {
        Finding::CurrentSecret { name, .. } => tf(m::CURRENT_SECRET, [name]),
        Finding::GraceSecret { name, until, .. } => tf(m::GRACE_SECRET, [name, &date(*until)]),
        Finding::RetiredSecret { name, since, .. } => tf(m::RETIRED_SECRET, [name, &date(*since)]),
        Finding::Mistyped => t(m::MISTYPED).to_owned(),
        Finding::Unknown => t(m::UNKNOWN).to_owned(),
        Finding::KeyId { name: Some(name), .. } => tf(m::KEY_ID_OF, [name]),
        Finding::KeyId { name: None, .. } => t(m::FOREIGN_KEY_ID).to_owned(),
    }
}

/// The summary line: "Read 1,204 lines: 2 findings, 1 secret that still works."
pub fn summary(report: &Report) -> String {
    let lines = tn(m::LINES, report.lines, []);
    let total = report.found.len() + report.more;
    if total == 0 {
        return tf(m::NOTHING_FOUND, [&lines]);
    }
    let live = report.found.iter().filter(|f| f.finding.is_live()).count();
    let live = if live == 0 {
        t(m::NO_LIVE).to_owned()
    } else {
        tn(m::LIVE, live, [])
    };
    tf(m::SUMMARY, [&lines, &tn(m::FINDINGS, total, []), &live])
}
