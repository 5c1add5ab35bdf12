//! The leak check's reading loop, outside any view: the pasted text, then each file a chunk at a time
//! (decoded, scanned, the bytes zeroed), with progress and cancellation.

use chrono::{DateTime, Utc};
use web_sys::File;
use zeroize::Zeroize;

use crate::browser::files;
use crate::domain::AccessKey;
use crate::domain::leak_check::{MAX_FILE_BYTES, Report, Scanner, TextDecoder};
use crate::i18n::{m::leak_check as m, t, tf};
use crate::ui::words::size as size_text;

/// How much of a file is read at a time.
const CHUNK_BYTES: u64 = 1024 * 1024;

/// What one source (the pasted text or a file) held.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checked {
    /// "Pasted text", or the file's name.
    pub source: String,
    /// What was found in it.
    pub report: Report,
}

/// What a check found, and what could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scanned {
    /// Each source read, in order.
    pub checked: Vec<Checked>,
    /// Each file that could not be read, and why.
    pub trouble: Vec<String>,
}

/// Checks `pasted` (zeroed once read) and `chosen` against `keys` at `now`, telling `progress` the bytes
/// read of the total after each chunk. Stops and returns `None` as soon as `wanted` says the check is no
/// longer wanted (the dialog closed).
pub async fn scan(
    mut pasted: String,
    chosen: &[File],
    keys: &[AccessKey],
    now: DateTime<Utc>,
    progress: impl Fn(u64, u64),
    wanted: impl Fn() -> bool,
) -> Option<Scanned> {
    let mut checked = Vec::new();
    let mut trouble = Vec::new();
    if !pasted.trim().is_empty() {
        let mut scanner = Scanner::new(keys, now);
        scanner.feed(&pasted);
        checked.push(Checked {
            source: t(m::PASTED_TEXT).to_owned(),
            report: scanner.finish(),
        });
    }
    pasted.zeroize();
    let readable = |file: &File| file.size() as u64 <= MAX_FILE_BYTES;
    let total: u64 = chosen.iter().filter(|f| readable(f)).map(|f| f.size() as u64).sum();
    let mut done = 0;
    for file in chosen {
        let (name, size) = (file.name(), file.size() as u64);
        if !readable(file) {
            trouble.push(tf(m::TOO_LARGE, [&name, &size_text(size), &size_text(MAX_FILE_BYTES)]));
            continue;
        }
        let mut decoder = TextDecoder::new();
        let mut scanner = Scanner::new(keys, now);
        let mut at = 0;
        let mut failed = false;
        while at < size {
            let end = (at + CHUNK_BYTES).min(size);
            match files::read_slice(file, at, end).await {
                Ok(mut bytes) => {
                    scanner.feed(&decoder.decode(&bytes));
                    bytes.zeroize();
                }
                Err(_) => {
                    failed = true;
                    break;
                }
            }
            if !wanted() {
                return None;
            }
            done += end - at;
            at = end;
            progress(done, total);
        }
        if failed {
            trouble.push(tf(m::UNREADABLE_FILE, [&name]));
            continue;
        }
        scanner.feed(&decoder.finish());
        checked.push(Checked {
            source: name,
            report: scanner.finish(),
        });
    }
    wanted().then_some(Scanned { checked, trouble })
}
