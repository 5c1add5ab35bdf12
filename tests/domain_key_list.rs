//! Native tests of the access key list's rules, and of its sentences in English (`ui::access_keys::words`
//! and the slice's catalog; the other languages are checked by `i18n_catalogs`).

use api_auth::domain::access_key::{KeySettings, create_access_key};
use api_auth::domain::expiry::EXPIRING_SOON_DAYS;
use api_auth::domain::key_list::{Column, ExpiryDue, Filter, Selection, expiry_due, selection, sorted};
use api_auth::domain::{AccessKey, SeededRandom};
use api_auth::i18n::{m::access_keys as m, tn};
use api_auth::ui::access_keys::words::{
    blast_radius, connections_summary, cutover_warning, deleted_toast, disable_warning, page_summary, system_warning,
    unused_notice,
};
use api_auth::ui::words::page_label;
use chrono::{DateTime, Duration, TimeZone, Utc};

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 1, 12, 0, 0).unwrap()
}

/// Keys named `names`, created a day apart (the first oldest), expiring at `expiries` (days from now).
fn keys(names: &[&str], expiries: &[Option<i64>]) -> Vec<AccessKey> {
    let mut rng = SeededRandom::new(9);
    let mut all: Vec<AccessKey> = Vec::new();
    for (i, name) in names.iter().enumerate() {
        let created = now() - Duration::days(30 - i as i64);
        let expires = expiries.get(i).copied().flatten().map(|d| now() + Duration::days(d));
        let key = create_access_key(name, expires, &KeySettings::default(), &all, created, &mut rng)
            .unwrap()
            .key
            .clone();
        all.push(key);
    }
    all
}

/// The expiry banner's sentence for `keys` now, if any key is due.
fn expiry_banner(keys: &[AccessKey], now: DateTime<Utc>) -> Option<String> {
    expiry_due(keys, now, EXPIRING_SOON_DAYS).map(|due| api_auth::ui::access_keys::words::expiry_banner(&due))
}

/// The line under the list, as it is said.
fn selection_line(
    selected: usize,
    listed_selected: usize,
    on_page: usize,
    page: usize,
    listed: usize,
) -> Option<String> {
    selection(selected, listed_selected, on_page, page, listed).map(api_auth::ui::access_keys::words::selection)
}

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| s.to_string()).collect()
}

#[test]
fn the_search_matches_name_or_id_ignoring_case_and_hides_system_keys_unless_asked() {
    let mut list = keys(&["CI Pipeline", "Reports"], &[]);
    list[1].system = true;
    let id = list[0].id.as_str().to_uppercase();
    assert!(Filter::new("  pipe ", false).shows(&list[0]));
    assert!(
        Filter::new(&id[..10], false).shows(&list[0]),
        "part of the ID, any case"
    );
    assert!(
        !Filter::new("reports", false).shows(&list[1]),
        "system keys stay hidden"
    );
    assert!(Filter::new("reports", true).shows(&list[1]));
    assert!(!Filter::new("nothing", true).shows(&list[0]));
    assert!(Filter::new("", false).shows(&list[0]));
}

#[test]
fn system_keys_come_first_then_the_column_either_way() {
    let mut list = keys(&["beta", "Alpha", "gamma"], &[Some(10), None, Some(3)]);
    list[2].system = true;
    let names = |column, descending| -> Vec<String> {
        sorted(&list, column, descending)
            .iter()
            .map(|k| k.name.as_str().to_owned())
            .collect()
    };
    assert_eq!(names(Column::Name, false), ["gamma", "Alpha", "beta"]);
    assert_eq!(names(Column::Name, true), ["gamma", "beta", "Alpha"]);
    assert_eq!(names(Column::Created, true), ["gamma", "Alpha", "beta"]);
    // "Never" sorts after every date.
    assert_eq!(names(Column::Expires, false), ["gamma", "beta", "Alpha"]);
}

#[test]
fn the_expiry_banner_names_five_keys_expired_first_and_counts_the_rest() {
    assert_eq!(expiry_banner(&keys(&["Fine"], &[Some(200)]), now()), None);
    let names = ["k1", "k2", "k3", "k4", "k5", "k6", "k7"];
    let expiries = [Some(6), Some(5), Some(4), Some(3), Some(2), Some(1), Some(-1)];
    let list = keys(&names, &expiries);
    let due = expiry_due(&list, now(), EXPIRING_SOON_DAYS).unwrap();
    assert_eq!((due.shown.len(), due.more, due.total, due.expired), (5, 2, 7, 1));
    assert_eq!(due.shown[0].0, "k7");
    let text = expiry_banner(&list, now()).unwrap();
    assert!(
        text.starts_with("k7 has expired, k6 expires in 1 day, k5 expires "),
        "{text}"
    );
    assert!(text.contains(", and 2 more keys."), "{text}");
    assert!(!text.contains("k1") && !text.contains("k2"), "{text}");
    assert!(text.ends_with(
        "Replace the expired keys, and rotate or replace the others before anything that uses them breaks."
    ));
    let one_more = expiry_banner(&list[1..], now()).unwrap();
    assert!(one_more.contains(", and 1 more key."), "{one_more}");
    // A longer window ("soon" from the account's earliest reminder) names keys further out.
    let fine = keys(&["Fine"], &[Some(20)]);
    assert_eq!(expiry_due(&fine, now(), 7), None);
    assert_eq!(
        expiry_due(&fine, now(), 30),
        Some(ExpiryDue {
            shown: vec![(
                "Fine".to_owned(),
                api_auth::domain::ExpiryStatus::ExpiresSoon { days: 20 }
            )],
            more: 0,
            total: 1,
            expired: 0,
        })
    );
}

#[test]
fn delete_wording_names_one_and_counts_many() {
    assert_eq!(deleted_toast(&strings(&["CI"])), "Access key “CI” deleted.");
    assert_eq!(deleted_toast(&strings(&["CI", "Build"])), "2 access keys deleted.");
    assert_eq!(blast_radius(&[]), "No active connections use this key.");
    assert_eq!(
        blast_radius(&strings(&["Metabase"])),
        "1 active connection will be revoked: Metabase."
    );
    assert_eq!(
        blast_radius(&strings(&["Runner", "Backup", "Nightly"])),
        "3 active connections will be revoked: Runner, Backup, and Nightly."
    );
    assert_eq!(system_warning(&[]), None);
    assert_eq!(
        system_warning(&strings(&["Slack"])).unwrap(),
        "This system-generated key belongs to Slack: deleting it stops Slack from working until you reconnect it."
    );
    assert_eq!(connections_summary(0, false), "No active connections");
    assert_eq!(connections_summary(1, false), "1 active connection");
    assert_eq!(connections_summary(3, false), "3 active connections");
}

#[test]
fn pages_cover_the_list_once_and_a_page_past_the_end_is_the_last() {
    use api_auth::domain::key_list::Page;
    let first = Page::of(1000, 25, 0);
    assert_eq!((first.index, first.count, first.start, first.end), (0, 40, 0, 25));
    assert_eq!(page_label(&first), "Page 1 of 40");
    assert_eq!(page_summary(&first), "Showing 1–25 of 1,000 access keys");
    let second = Page::of(1000, 25, 1);
    assert_eq!((second.start, second.end), (25, 50));
    assert_eq!(page_summary(&second), "Showing 26–50 of 1,000 access keys");
    // The last page is short; a page past the end (after deletes) is the last one.
    let last = Page::of(1001, 25, 40);
    assert_eq!((last.index, last.count, last.start, last.end), (40, 41, 1000, 1001));
    assert_eq!(Page::of(30, 25, 7), Page::of(30, 25, 1));
    // Every position is on exactly one page.
    for total in [0, 1, 24, 25, 26, 99, 100, 101] {
        for size in [25, 50, 100] {
            let pages: Vec<Page> = (0..Page::of(total, size, 0).count)
                .map(|i| Page::of(total, size, i))
                .collect();
            let covered: usize = pages.iter().map(|p| p.end - p.start).sum();
            assert_eq!(covered, total, "{total} keys at {size} per page");
            assert!(pages.windows(2).all(|w| w[0].end == w[1].start));
        }
    }
    assert_eq!(page_summary(&Page::of(0, 25, 0)), "No access keys shown");
    assert_eq!(page_summary(&Page::of(1, 25, 0)), "Showing 1 access key");
    assert_eq!(page_summary(&Page::of(12, 25, 0)), "Showing all 12 access keys");
}

#[test]
fn thousands_are_grouped_by_commas() {
    use api_auth::domain::key_list::thousands;
    assert_eq!(thousands(0), "0");
    assert_eq!(thousands(999), "999");
    assert_eq!(thousands(1000), "1,000");
    assert_eq!(thousands(10_000), "10,000");
    assert_eq!(thousands(1_234_567), "1,234,567");
}

#[test]
fn a_key_that_still_works_and_has_gone_90_days_without_a_call_is_unused() {
    use api_auth::domain::key_list::is_unused;
    let base = keys(&["Key"], &[])[0].clone();
    let at = |days: i64| now() - Duration::days(days);
    let with = |created: i64, used: Option<i64>| AccessKey {
        created_at: at(created),
        last_used_at: used.map(at),
        ..base.clone()
    };
    assert!(is_unused(&with(200, Some(90)), now()), "last used exactly 90 days ago");
    assert!(!is_unused(&with(200, Some(89)), now()), "used 89 days ago");
    assert!(is_unused(&with(90, None), now()), "never used, created 90 days ago");
    assert!(!is_unused(&with(89, None), now()), "never used but only 89 days old");
    // Left out: system-generated, disabled and expired keys.
    let old = with(300, Some(200));
    assert!(!is_unused(
        &AccessKey {
            system: true,
            ..old.clone()
        },
        now()
    ));
    assert!(!is_unused(
        &AccessKey {
            disabled: true,
            ..old.clone()
        },
        now()
    ));
    assert!(!is_unused(
        &AccessKey {
            expires_at: Some(at(1)),
            ..old.clone()
        },
        now()
    ));
    assert!(is_unused(
        &AccessKey {
            expires_at: Some(now() + Duration::days(1)),
            ..old.clone()
        },
        now()
    ));

    // "Review unused keys" narrows the list, the search still applies.
    let recent = with(300, Some(3));
    let filter = Filter::new("", false).unused_only(now());
    assert!(filter.shows(&old) && !filter.shows(&recent));
    assert!(!Filter::new("nothing like it", false).unused_only(now()).shows(&old));

    assert_eq!(
        unused_notice(1),
        "1 access key has not been used for 90 days or more. A key nobody uses is a risk if it leaks: disable it, \
         or delete it if nothing needs it."
    );
    assert!(unused_notice(1200).starts_with("1,200 access keys have not been used"));
}

#[test]
fn the_banner_speaks_of_one_key_as_this_key_and_of_expired_keys_as_no_longer_working() {
    let one_soon = keys(&["Soon"], &[Some(3)]);
    assert_eq!(
        expiry_banner(&one_soon, now()).unwrap(),
        "Soon expires in 3 days. Rotate or replace this key before anything that uses it breaks."
    );
    let one_gone = keys(&["Gone"], &[Some(-2)]);
    assert_eq!(
        expiry_banner(&one_gone, now()).unwrap(),
        "Gone has expired. It no longer works: replace it with a new key."
    );
    let two_gone = keys(&["A", "B"], &[Some(-2), Some(-1)]);
    assert!(
        expiry_banner(&two_gone, now())
            .unwrap()
            .ends_with("They no longer work: replace them with new keys.")
    );
    let two_soon = keys(&["A", "B"], &[Some(2), Some(1)]);
    assert!(
        expiry_banner(&two_soon, now())
            .unwrap()
            .ends_with("Rotate or replace these keys before anything that uses them breaks.")
    );
}

#[test]
fn a_first_click_sorts_expiry_soonest_first_and_dates_of_the_past_newest_first() {
    assert!(!Column::Name.starts_descending());
    assert!(!Column::Expires.starts_descending());
    assert!(Column::Created.starts_descending());
    assert!(Column::LastUsed.starts_descending());
}

#[test]
fn words_for_one_key_and_for_several() {
    assert_eq!(tn(m::DELETE_TITLE, 1, []), "Delete access key?");
    assert_eq!(tn(m::DELETE_TITLE, 4, []), "Delete 4 access keys?");
    assert_eq!(tn(m::DELETE_TITLE, 1_200, []), "Delete 1,200 access keys?");
    assert!(tn(m::DELETE_CONSEQUENCE, 1, ["CI"]).contains("established with it"));
    assert_eq!(
        tn(m::DELETE_CONSEQUENCE, 4, ["A, B, C, and D"]),
        "A, B, C, and D will be deleted permanently, and their connections are revoked."
    );
    assert_eq!(tn(m::DISABLE_UNUSED, 1, []), "Disable 1 key");
    assert_eq!(tn(m::DISABLE_UNUSED, 3, []), "Disable all 3");
}

#[test]
fn rotating_with_no_grace_names_the_connections_that_stop() {
    assert_eq!(
        cutover_warning(&[]),
        "The old secret stops working the moment you rotate."
    );
    assert_eq!(
        cutover_warning(&strings(&["Jenkins"])),
        "The old secret stops working the moment you rotate, and so does the active connection that uses it: \
         Jenkins."
    );
    assert_eq!(
        cutover_warning(&strings(&["A", "B"])),
        "The old secret stops working the moment you rotate, and so do the 2 active connections that use it: A and B."
    );
}

#[test]
fn a_search_counts_the_system_generated_keys_it_matches_but_hides() {
    let mut list = keys(&["Slack", "Slacker", "Other"], &[None, None, None]);
    list[0].system = true;
    list[1].system = true;
    assert_eq!(Filter::new("slack", false).hidden_system(&list), 2);
    assert_eq!(Filter::new("slacker", false).hidden_system(&list), 1);
    // Shown anyway, or nothing searched: nothing is hidden by the box.
    assert_eq!(Filter::new("slack", true).hidden_system(&list), 0);
    assert_eq!(Filter::new("", false).hidden_system(&list), 0);
    assert_eq!(tn(m::HIDDEN_SYSTEM, 1, []), "1 system-generated key matches.");
    assert_eq!(tn(m::HIDDEN_SYSTEM, 2, []), "2 system-generated keys match.");
}

#[test]
fn the_selection_is_said_for_a_page_for_every_match_and_in_between() {
    assert_eq!(selection(0, 0, 0, 25, 63), None);
    assert_eq!(selection(63, 63, 25, 25, 63), Some(Selection::AllMatching(63)));
    assert_eq!(selection(25, 25, 25, 25, 63), Some(Selection::AllOnPage(25)));
    assert_eq!(
        selection_line(25, 25, 25, 25, 63).unwrap(),
        "All 25 keys on this page are selected."
    );
    assert_eq!(
        selection_line(63, 63, 25, 25, 63).unwrap(),
        "All 63 matching keys are selected."
    );
    assert_eq!(selection_line(62, 62, 24, 25, 63).unwrap(), "62 keys selected.");
    assert_eq!(selection_line(1, 1, 1, 3, 3).unwrap(), "1 key selected.");
    // A list that fits on one page is counted, not called "all on this page".
    assert_eq!(selection_line(3, 3, 3, 3, 3).unwrap(), "3 keys selected.");
    // Keys selected and then searched away still count: the line agrees with "Delete selected".
    assert_eq!(selection_line(25, 0, 0, 0, 0).unwrap(), "25 keys selected.");
}

#[test]
fn disabling_names_the_connections_that_stop_and_calls_them_paused() {
    assert_eq!(
        disable_warning("CI", &[]),
        "“CI” stops working until you enable it again."
    );
    assert_eq!(
        disable_warning("CI", &strings(&["Jenkins", "Nightly"])),
        "“CI” stops working until you enable it again, and so do its 2 active connections: Jenkins and Nightly."
    );
    assert_eq!(connections_summary(1, true), "1 connection paused");
    assert_eq!(connections_summary(2, true), "2 connections paused");
    assert_eq!(connections_summary(0, true), "No active connections");
}

#[test]
fn the_access_line_says_what_a_key_may_do_and_from_how_many_addresses() {
    use api_auth::domain::network::AllowedIps;
    use api_auth::domain::permissions::{Access, Permissions};
    use api_auth::ui::access_keys::words::access_line;
    let base = keys(&["Key"], &[])[0].clone();
    assert_eq!(access_line(&base), "Full access");
    let read_only = AccessKey {
        permissions: Permissions::every(Access::Read),
        ..base.clone()
    };
    assert_eq!(access_line(&read_only), "Restricted: 6 resources");
    let nothing = AccessKey {
        permissions: Permissions::every(Access::None),
        allowed_ips: AllowedIps::parse("203.0.113.0/24").unwrap(),
        ..base.clone()
    };
    assert_eq!(access_line(&nothing), "Restricted: no access · 1 allowed IP address");
    let pinned = AccessKey {
        allowed_ips: AllowedIps::parse("203.0.113.0/24\n2001:db8::/32").unwrap(),
        ..base
    };
    assert_eq!(access_line(&pinned), "Full access · 2 allowed IP addresses");
}
