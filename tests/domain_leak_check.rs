//! Native tests of the leak check: every kind of finding, where it is and how it is shown; CRLF and
//! UTF-16 text, secrets at line ends and side by side, chunks cut anywhere, and a 20 MB file.

use api_auth::domain::access_key::KeySettings;
use api_auth::domain::dates::iso_date_time;
use api_auth::domain::leak_check::{Finding, MAX_FINDINGS, Report, Scanner, TextDecoder};
use api_auth::domain::secret::checksum_of;
use api_auth::domain::{AccessKey, SeededRandom, Workspace};
use api_auth::ui::leak_check::words;
use chrono::{DateTime, Duration, TimeZone, Utc};

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 2, 12, 0, 0).unwrap()
}

/// Keys "Deploy" (rotated an hour ago, the old secret good for a day) and "Reports" (rotated with a
/// grace period that ended); the secrets: Deploy's current and old, Reports' old, and a stranger's.
struct Fixture {
    keys: Vec<AccessKey>,
    current: String,
    old_in_grace: String,
    retired: String,
    stranger: String,
}

fn fixture() -> Fixture {
    let mut rng = SeededRandom::new(11);
    let mut workspace = Workspace::default();
    let start = now() - Duration::days(3);
    let (changes, deploy) = workspace
        .view()
        .create_key("Deploy", None, &KeySettings::default(), start, &mut rng)
        .unwrap();
    workspace.apply(&changes);
    let (changes, reports) = workspace
        .view()
        .create_key("Reports", None, &KeySettings::default(), start, &mut rng)
        .unwrap();
    workspace.apply(&changes);
    let (changes, rotated) = workspace
        .view()
        .rotate_key(&deploy.key.id, Duration::days(1), now() - Duration::hours(1), &mut rng)
        .unwrap();
    workspace.apply(&changes);
    let (changes, _) = workspace
        .view()
        .rotate_key(
            &reports.key.id,
            Duration::hours(1),
            now() - Duration::hours(2),
            &mut rng,
        )
        .unwrap();
    workspace.apply(&changes);
    let (_, stranger) = Workspace::default()
        .view()
        .create_key(
            "Elsewhere",
            None,
            &KeySettings::default(),
            start,
            &mut SeededRandom::new(99),
        )
        .unwrap();
    Fixture {
        keys: workspace.access_keys.clone(),
        current: rotated.secret.reveal().to_owned(),
        old_in_grace: deploy.secret.reveal().to_owned(),
        retired: reports.secret.reveal().to_owned(),
        stranger: stranger.secret.reveal().to_owned(),
    }
}

fn scan(keys: &[AccessKey], text: &str) -> Report {
    let mut scanner = Scanner::new(keys, now());
    scanner.feed(text);
    scanner.finish()
}

/// `secret` with one character of its body changed: the checksum no longer matches.
fn mistype(secret: &str) -> String {
    let mut chars: Vec<char> = secret.chars().collect();
    chars[10] = if chars[10] == 'x' { 'y' } else { 'x' };
    chars.into_iter().collect()
}

#[test]
fn each_secret_found_says_whose_it_is() {
    let f = fixture();
    let deploy = f.keys.iter().find(|k| k.name.as_str() == "Deploy").unwrap();
    let log = format!(
        "2026-12-01 deploy started\nusing {}\nretry with {}\ntypo {}\nfrom a friend {}\nancient {}\n",
        f.current,
        f.old_in_grace,
        mistype(&f.current),
        f.stranger,
        f.retired
    );
    let report = scan(&f.keys, &log);
    assert_eq!(report.lines, 6);
    let lines: Vec<usize> = report.found.iter().map(|found| found.line).collect();
    assert_eq!(lines, [2, 3, 4, 5, 6]);
    assert_eq!(
        report.found[0].finding,
        Finding::CurrentSecret {
            id: deploy.id.clone(),
            name: "Deploy".into()
        }
    );
    assert_eq!(
        report.found[1].finding,
        Finding::GraceSecret {
            id: deploy.id.clone(),
            name: "Deploy".into(),
            until: now() - Duration::hours(1) + Duration::days(1)
        }
    );
    assert_eq!(report.found[2].finding, Finding::Mistyped);
    assert_eq!(report.found[3].finding, Finding::Unknown);
    assert!(
        matches!(&report.found[4].finding, Finding::RetiredSecret { name, since, .. }
        if name == "Reports" && *since == now() - Duration::hours(1))
    );
    let said: Vec<String> = report
        .found
        .iter()
        .map(|found| words::finding(&found.finding, iso_date_time))
        .collect();
    assert_eq!(
        said,
        [
            "The current secret of “Deploy”.",
            "An old secret of “Deploy”, still accepted until 2026-12-03T11:00:00Z (its grace period).",
            "Looks mistyped: it matches no key.",
            "Not a secret of this account.",
            "An old secret of “Reports”, no longer valid since 2026-12-02T11:00:00Z.",
        ]
    );
    assert_eq!(
        words::summary(&report),
        "Read 6 lines: 5 findings, 2 secrets that still work."
    );
}

#[test]
fn a_secret_is_shown_only_by_its_last_four_characters_and_the_report_holds_no_plaintext() {
    let f = fixture();
    let report = scan(&f.keys, &f.current);
    let last_four = &f.current[f.current.len() - 4..];
    assert_eq!(report.found[0].shown, format!("aks_••••••••{last_four}"));
    let everything = format!("{report:?}");
    assert!(!everything.contains(&f.current[4..20]), "the report holds the secret");
}

#[test]
fn key_ids_are_found_and_named_and_other_words_are_not_ids() {
    let f = fixture();
    let reports = f.keys.iter().find(|k| k.name.as_str() == "Reports").unwrap();
    let foreign = "Ak00000000-0000-4000-8000-000000000000";
    let text = format!(
        "ACCESS_KEY_ID={}\nid: {foreign}, done\nXAk00000000-0000-4000-8000-000000000000 is a longer word\nAkward Akron\n",
        reports.id.as_str()
    );
    let report = scan(&f.keys, &text);
    assert_eq!(
        report
            .found
            .iter()
            .map(|found| (found.line, words::finding(&found.finding, iso_date_time)))
            .collect::<Vec<_>>(),
        [
            (1, "The access key ID of “Reports”.".to_owned()),
            (2, "An access key ID that is not this account's.".to_owned()),
        ]
    );
    assert_eq!(report.found[1].shown, foreign);
}

#[test]
fn crlf_line_ends_secrets_at_line_ends_and_secrets_side_by_side() {
    let f = fixture();
    let text = format!(
        "first\r\nKEY={}\r\n{}{}\r\n\"{}\",{}\r\n",
        f.current, f.current, f.stranger, f.stranger, f.old_in_grace
    );
    let report = scan(&f.keys, &text);
    assert_eq!(report.lines, 4);
    let found: Vec<(usize, &str)> = report
        .found
        .iter()
        .map(|found| (found.line, words::finding(&found.finding, iso_date_time).leak_name()))
        .collect();
    assert_eq!(
        found,
        [
            (2, "current"),
            (3, "current"),
            (3, "unknown"),
            (4, "unknown"),
            (4, "grace")
        ]
    );
}

/// A short name for a finding's description, for compact assertions.
trait LeakName {
    fn leak_name(&self) -> &'static str;
}

impl LeakName for String {
    fn leak_name(&self) -> &'static str {
        match self.as_str() {
            s if s.starts_with("The current secret") => "current",
            s if s.contains("grace period") => "grace",
            s if s.contains("no longer valid") => "retired",
            s if s.starts_with("Looks mistyped") => "mistyped",
            s if s.starts_with("Not a secret") => "unknown",
            _ => "id",
        }
    }
}

#[test]
fn a_secret_with_a_character_lost_or_added_looks_mistyped_and_other_tokens_are_ignored() {
    let f = fixture();
    let short = &f.current[..f.current.len() - 1];
    let long = format!("{}Z", f.current);
    let text = format!(
        "{short}\n{long}\naks_tooshort\naks_{}\nsnake_case aks_ done\n",
        "a".repeat(80)
    );
    let report = scan(&f.keys, &text);
    let found: Vec<(usize, &str)> = report
        .found
        .iter()
        .map(|found| (found.line, words::finding(&found.finding, iso_date_time).leak_name()))
        .collect();
    assert_eq!(found, [(1, "mistyped"), (2, "mistyped")]);
    // A well-formed body with a wrong checksum is mistyped too.
    let body = "A".repeat(43);
    let bad = format!(
        "aks_{body}{}",
        if checksum_of(&body) == "000000" {
            "111111"
        } else {
            "000000"
        }
    );
    assert_eq!(scan(&f.keys, &bad).found[0].finding, Finding::Mistyped);
}

#[test]
fn text_cut_into_chunks_anywhere_reads_the_same() {
    let f = fixture();
    let text = format!("a\r\nb {} c\n\nd {}\r\nend", f.current, f.old_in_grace);
    let whole = scan(&f.keys, &text);
    assert_eq!(whole.lines, 5);
    for size in [1, 2, 3, 7, 53, 64] {
        let mut scanner = Scanner::new(&f.keys, now());
        let chars: Vec<char> = text.chars().collect();
        for chunk in chars.chunks(size) {
            scanner.feed(&chunk.iter().collect::<String>());
        }
        assert_eq!(scanner.finish(), whole, "chunks of {size}");
    }
}

fn decode_in_chunks(bytes: &[u8], size: usize) -> String {
    let mut decoder = TextDecoder::new();
    let mut text = String::new();
    for chunk in bytes.chunks(size) {
        text.push_str(&decoder.decode(chunk));
    }
    text + &decoder.finish()
}

#[test]
fn utf16_and_utf8_files_decode_whatever_the_chunk_size() {
    let text = "KEY=aks_abc 🔑 déjà vu\r\nnext line\n";
    let mut utf16le = vec![0xFF, 0xFE];
    let mut utf16be = vec![0xFE, 0xFF];
    for unit in text.encode_utf16() {
        utf16le.extend(unit.to_le_bytes());
        utf16be.extend(unit.to_be_bytes());
    }
    let mut utf8_bom = vec![0xEF, 0xBB, 0xBF];
    utf8_bom.extend(text.as_bytes());
    for size in [1, 2, 3, 5, 1024] {
        assert_eq!(decode_in_chunks(&utf16le, size), text, "UTF-16LE in chunks of {size}");
        assert_eq!(decode_in_chunks(&utf16be, size), text, "UTF-16BE in chunks of {size}");
        assert_eq!(
            decode_in_chunks(&utf8_bom, size),
            text,
            "UTF-8 with BOM in chunks of {size}"
        );
        assert_eq!(
            decode_in_chunks(text.as_bytes(), size),
            text,
            "UTF-8 in chunks of {size}"
        );
    }
    assert_eq!(decode_in_chunks(b"ok", 1), "ok");
    assert_eq!(decode_in_chunks(&[b'a', 0xFF, b'b'], 1), "a\u{FFFD}b");
}

#[test]
fn a_secret_in_a_utf16_file_is_found() {
    let f = fixture();
    let text = format!("line one\r\nACCESS_KEY_SECRET={}\r\n", f.current);
    let mut bytes = vec![0xFF, 0xFE];
    for unit in text.encode_utf16() {
        bytes.extend(unit.to_le_bytes());
    }
    let report = scan(&f.keys, &decode_in_chunks(&bytes, 7));
    assert_eq!(report.lines, 2);
    assert!(matches!(report.found[0].finding, Finding::CurrentSecret { .. }));
}

#[test]
fn a_20_mb_file_read_a_megabyte_at_a_time_finds_the_secret_near_its_end() {
    let f = fixture();
    let filler = "2026-12-02T12:00:00Z INFO request served in 12 ms path=/api/items status=200\n";
    let mut bytes = Vec::with_capacity(21 * 1024 * 1024);
    while bytes.len() < 20 * 1024 * 1024 {
        bytes.extend_from_slice(filler.as_bytes());
    }
    let filler_lines = bytes.len() / filler.len();
    bytes.extend_from_slice(format!("ERROR auth failed for {}\n", f.current).as_bytes());
    let mut decoder = TextDecoder::new();
    let mut scanner = Scanner::new(&f.keys, now());
    for chunk in bytes.chunks(1024 * 1024) {
        scanner.feed(&decoder.decode(chunk));
    }
    scanner.feed(&decoder.finish());
    let report = scanner.finish();
    assert_eq!(report.lines, filler_lines + 1);
    assert_eq!(report.found.len(), 1);
    assert_eq!(report.found[0].line, filler_lines + 1);
    assert!(matches!(report.found[0].finding, Finding::CurrentSecret { .. }));
}

#[test]
fn at_most_500_findings_are_listed_and_the_rest_counted() {
    let f = fixture();
    let text = format!("{}\n", f.stranger).repeat(MAX_FINDINGS + 20);
    let report = scan(&f.keys, &text);
    assert_eq!(report.found.len(), MAX_FINDINGS);
    assert_eq!(report.more, 20);
    assert_eq!(
        words::summary(&report),
        "Read 520 lines: 520 findings, no secret that still works."
    );
    assert_eq!(
        words::summary(&scan(&f.keys, "")),
        "Read 0 lines: no access key secrets or IDs found."
    );
}

#[test]
fn sizes_and_the_message_for_a_file_too_large() {
    use api_auth::domain::leak_check::MAX_FILE_BYTES;
    use api_auth::i18n::{m::leak_check as m, tf};
    use api_auth::ui::words::size as size_text;
    let too_large = |name: &str, bytes: u64| tf(m::TOO_LARGE, [name, &size_text(bytes), &size_text(MAX_FILE_BYTES)]);
    assert_eq!(size_text(812), "812 bytes");
    assert_eq!(size_text(1), "1 byte");
    assert_eq!(size_text(340 * 1024), "340 KB");
    assert_eq!(size_text(MAX_FILE_BYTES), "50.0 MB");
    assert_eq!(
        too_large("big.log", 72 * 1024 * 1024 + 400 * 1024),
        "“big.log” was not checked: it is 72.4 MB, and files up to 50.0 MB are checked. Check a part of it instead."
    );
}

#[test]
fn every_secret_a_key_had_is_named_as_its_old_secret_never_as_foreign() {
    let mut rng = SeededRandom::new(5);
    let mut workspace = Workspace::default();
    let start = now() - Duration::days(10);
    let (changes, first) = workspace
        .view()
        .create_key("Leaky key", None, &KeySettings::default(), start, &mut rng)
        .unwrap();
    workspace.apply(&changes);
    let id = first.key.id.clone();
    let mut secrets = vec![first.secret.reveal().to_owned()];
    // Rotated with no grace, with a grace period later cut short by a second rotation, and with a grace
    // period revoked early: each secret replaced is still known, with when it stopped working.
    let steps = [
        (Duration::zero(), now() - Duration::days(5)),
        (Duration::days(7), now() - Duration::days(4)),
        (Duration::days(7), now() - Duration::days(3)),
    ];
    for (grace, at) in steps {
        let (changes, rotated) = workspace.view().rotate_key(&id, grace, at, &mut rng).unwrap();
        workspace.apply(&changes);
        secrets.push(rotated.secret.reveal().to_owned());
    }
    let revoked_at = now() - Duration::days(2);
    let changes = workspace
        .view()
        .revoke_previous_secret(&id, revoked_at, &mut rng)
        .unwrap();
    workspace.apply(&changes);
    let report = scan(&workspace.access_keys, &secrets.join("\n"));
    let said: Vec<String> = report
        .found
        .iter()
        .map(|found| words::finding(&found.finding, iso_date_time))
        .collect();
    assert_eq!(
        said,
        [
            "An old secret of “Leaky key”, no longer valid since 2026-11-27T12:00:00Z.",
            "An old secret of “Leaky key”, no longer valid since 2026-11-29T12:00:00Z.",
            "An old secret of “Leaky key”, no longer valid since 2026-11-30T12:00:00Z.",
            "The current secret of “Leaky key”.",
        ]
    );
    // Stored as hashes only.
    let stored = api_auth::domain::json::to_string(&workspace.access_keys);
    assert!(secrets.iter().all(|secret| !stored.contains(&secret[4..])));
}

#[test]
fn an_old_secret_of_an_expired_key_stopped_working_when_the_key_expired() {
    let mut rng = SeededRandom::new(6);
    let mut workspace = Workspace::default();
    let expires = now() - Duration::days(1);
    let (changes, first) = workspace
        .view()
        .create_key(
            "Short",
            Some(expires),
            &KeySettings::default(),
            now() - Duration::days(9),
            &mut rng,
        )
        .unwrap();
    workspace.apply(&changes);
    let (changes, _) = workspace
        .view()
        .rotate_key(&first.key.id, Duration::days(7), now() - Duration::days(3), &mut rng)
        .unwrap();
    workspace.apply(&changes);
    let report = scan(&workspace.access_keys, first.secret.reveal());
    assert_eq!(
        words::finding(&report.found[0].finding, iso_date_time),
        "An old secret of “Short”, no longer valid since 2026-12-01T12:00:00Z."
    );
}
