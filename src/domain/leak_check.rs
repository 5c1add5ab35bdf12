//! The leak check: finds access key secrets and IDs in text the user is about to share (a log, a `.env`, a
//! CSV) and says, for each, whose it is — all in the page, offline. Secrets are recognised by their
//! prefix, and told apart by their checksum (mistyped) and by the stored hashes (current, old, unknown).
//! Text arrives in chunks ([`TextDecoder`] for bytes, [`Scanner::feed`] for text), so a large file is
//! read a piece at a time; nothing here keeps the text once a line has been read.

use std::collections::HashMap;

use chrono::{DateTime, Utc};

use super::access_key::{AccessKey, AccessKeyId};
use super::secret::{AccessKeySecret, SECRET_BODY_LEN, SECRET_PREFIX};

/// The largest file the leak check reads, in bytes (50 MB).
pub const MAX_FILE_BYTES: u64 = 50 * 1024 * 1024;

/// The most findings a report lists; any more are only counted.
pub const MAX_FINDINGS: usize = 500;

/// The characters after the prefix of a well-formed secret: body and checksum.
const SECRET_TAIL_LEN: usize = SECRET_BODY_LEN + 6;

/// A run this much shorter or longer than a secret's, after the prefix, is a secret with characters
/// lost or added, not some other token.
const MISTYPED_SLACK: usize = 4;

/// What one string found in the text is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Finding {
    /// The current secret of a key.
    CurrentSecret {
        /// The key.
        id: AccessKeyId,
        /// Its name.
        name: String,
    },
    /// A rotated-out secret of a key, still accepted until `until`.
    GraceSecret {
        /// The key.
        id: AccessKeyId,
        /// Its name.
        name: String,
        /// When the old secret stops working.
        until: DateTime<Utc>,
    },
    /// A secret a rotation replaced (or a revocation ended): it no longer works.
    RetiredSecret {
        /// The key.
        id: AccessKeyId,
        /// Its name.
        name: String,
        /// When it stopped working.
        since: DateTime<Utc>,
    },
    /// Shaped like a secret, but its checksum fails (or a character is missing or extra).
    Mistyped,
    /// A well-formed secret that is no key's of this account.
    Unknown,
    /// An access key ID, and the name of the key it is, if it is one of this account's.
    KeyId {
        /// The ID.
        id: String,
        /// The key's name, if the account has it.
        name: Option<String>,
    },
}

impl Finding {
    /// Whether it is a secret that still works somewhere: the user should act on it.
    pub fn is_live(&self) -> bool {
        matches!(self, Finding::CurrentSecret { .. } | Finding::GraceSecret { .. })
    }
}

/// One string found, where it is, and what it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// The line it is on, from 1.
    pub line: usize,
    /// A secret masked but for its last four characters (`aks_••••••••Xy9Z`), or an ID as it is.
    pub shown: String,
    /// What it is.
    pub finding: Finding,
}

/// What the leak check read and found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    /// How many lines were read.
    pub lines: usize,
    /// What was found, in the order of the text (at most [`MAX_FINDINGS`]).
    pub found: Vec<Found>,
    /// How many more were found than are listed.
    pub more: usize,
}

/// What a stored hash is the hash of.
#[derive(Debug, Clone)]
enum Known {
    Current(usize),
    Previous(usize),
    Retired(usize, DateTime<Utc>),
}

/// Reads text a chunk at a time and finds secrets and key IDs in each complete line.
#[derive(Debug)]
pub struct Scanner<'a> {
    keys: &'a [AccessKey],
    hashes: HashMap<&'a str, Known>,
    ids: HashMap<&'a str, usize>,
    now: DateTime<Utc>,
    carry: String,
    report: Report,
}

impl<'a> Scanner<'a> {
    /// A scanner that knows `keys` (hashes only) and judges grace periods at `now`.
    pub fn new(keys: &'a [AccessKey], now: DateTime<Utc>) -> Self {
        let mut hashes = HashMap::new();
        for (at, key) in keys.iter().enumerate() {
            hashes.insert(key.secret_hash.as_str(), Known::Current(at));
            if let Some(previous) = &key.previous_secret {
                hashes.entry(previous.hash.as_str()).or_insert(Known::Previous(at));
            }
            for retired in &key.retired_secrets {
                hashes
                    .entry(retired.hash.as_str())
                    .or_insert(Known::Retired(at, retired.since));
            }
        }
        let ids = keys.iter().enumerate().map(|(at, key)| (key.id.as_str(), at)).collect();
        Self {
            keys,
            hashes,
            ids,
            now,
            carry: String::new(),
            report: Report::default(),
        }
    }

    /// Reads `text`, the next piece of the input; a line cut by the end of the piece is read with the
    /// next one.
    pub fn feed(&mut self, text: &str) {
        self.carry.push_str(text);
        let Some(last_break) = self.carry.rfind('\n') else {
            return;
        };
        let rest = self.carry.split_off(last_break + 1);
        let complete = std::mem::replace(&mut self.carry, rest);
        for line in complete.split_terminator('\n') {
            self.line(line);
        }
    }

    /// Reads what is left and returns the report.
    pub fn finish(mut self) -> Report {
        let rest = std::mem::take(&mut self.carry);
        if !rest.is_empty() {
            self.line(&rest);
        }
        self.report
    }

    fn line(&mut self, line: &str) {
        self.report.lines += 1;
        let number = self.report.lines;
        let line = line.strip_suffix('\r').unwrap_or(line);
        if line.contains(SECRET_PREFIX) {
            for (at, run) in secret_runs(line) {
                let finding = self.judge_secret(run);
                let shown = mask(&line[at..at + SECRET_PREFIX.len() + run.len()]);
                self.push(number, shown, finding);
            }
        }
        if line.contains("Ak") {
            for id in key_ids(line) {
                let name = self.ids.get(id).map(|at| self.keys[*at].name.as_str().to_owned());
                let finding = Finding::KeyId {
                    id: id.to_owned(),
                    name,
                };
                self.push(number, id.to_owned(), finding);
            }
        }
    }

    fn push(&mut self, line: usize, shown: String, finding: Finding) {
        if self.report.found.len() < MAX_FINDINGS {
            self.report.found.push(Found { line, shown, finding });
        } else {
            self.report.more += 1;
        }
    }

    fn judge_secret(&self, run: &str) -> Finding {
        if run.len() != SECRET_TAIL_LEN {
            return Finding::Mistyped;
        }
        // The shape is right, so the only way left for it to be wrong is its checksum.
        let Ok(secret) = AccessKeySecret::parse(&format!("{SECRET_PREFIX}{run}")) else {
            return Finding::Mistyped;
        };
        let hash = secret.hash();
        let Some(known) = self.hashes.get(hash.as_str()) else {
            return Finding::Unknown;
        };
        match *known {
            Known::Current(at) => {
                let key = &self.keys[at];
                Finding::CurrentSecret {
                    id: key.id.clone(),
                    name: key.name.as_str().to_owned(),
                }
            }
            Known::Previous(at) => {
                let key = &self.keys[at];
                let (id, name) = (key.id.clone(), key.name.as_str().to_owned());
                match (key.grace_until(self.now), &key.previous_secret) {
                    (Some(until), _) => Finding::GraceSecret { id, name, until },
                    (None, Some(previous)) => {
                        // Its grace period ended, or the key expired first.
                        let ended = key
                            .expires_at
                            .map_or(previous.valid_until, |at| at.min(previous.valid_until));
                        Finding::RetiredSecret { id, name, since: ended }
                    }
                    (None, None) => Finding::Unknown,
                }
            }
            Known::Retired(at, since) => {
                let key = &self.keys[at];
                Finding::RetiredSecret {
                    id: key.id.clone(),
                    name: key.name.as_str().to_owned(),
                    since,
                }
            }
        }
    }
}

/// Each `aks_` in `line` followed by a secret-shaped run of letters and digits: the prefix's position
/// and the run. A run that ends where another secret begins (`…aks_`) is cut there.
fn secret_runs(line: &str) -> Vec<(usize, &str)> {
    let mut runs = Vec::new();
    let mut from = 0;
    while let Some(offset) = line[from..].find(SECRET_PREFIX) {
        let at = from + offset;
        let start = at + SECRET_PREFIX.len();
        let length = line[start..].bytes().take_while(u8::is_ascii_alphanumeric).count();
        let mut run = &line[start..start + length];
        // "aks" right before an underscore is the next secret's prefix, not this one's tail.
        if line[start + length..].starts_with('_') && run.ends_with("aks") && run.len() > 3 {
            run = &run[..run.len() - 3];
        }
        if run.len().abs_diff(SECRET_TAIL_LEN) <= MISTYPED_SLACK {
            runs.push((at, run));
        }
        from = start + run.len();
    }
    runs
}

/// Every access key ID (`Ak` + a lowercase UUID) in `line` that is not part of a longer word.
fn key_ids(line: &str) -> Vec<&str> {
    const LEN: usize = 38;
    let bytes = line.as_bytes();
    let mut ids = Vec::new();
    let mut from = 0;
    while let Some(offset) = line[from..].find("Ak") {
        let at = from + offset;
        from = at + 2;
        let Some(candidate) = line.get(at..at + LEN) else {
            continue;
        };
        let before_ok = at == 0 || !bytes[at - 1].is_ascii_alphanumeric();
        let after_ok = bytes
            .get(at + LEN)
            .is_none_or(|b| !b.is_ascii_alphanumeric() && *b != b'-');
        if before_ok && after_ok && AccessKeyId::parse(candidate).is_ok() {
            ids.push(candidate);
            from = at + LEN;
        }
    }
    ids
}

/// A secret as the report shows it: its prefix, dots, and its last four characters (a found secret is
/// ASCII letters and digits, so bytes are characters).
fn mask(secret: &str) -> String {
    format!("{SECRET_PREFIX}••••••••{}", &secret[secret.len().saturating_sub(4)..])
}

/// The text encodings a dropped file is read in: UTF-8, or UTF-16 when it starts with a byte order mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Encoding {
    Utf8,
    Utf16Le,
    Utf16Be,
}

/// Turns a file's bytes, given a chunk at a time, into text: UTF-8 (a byte order mark skipped), or
/// UTF-16 little- or big-endian after its byte order mark. A character cut by the end of a chunk is
/// completed by the next; bytes that are not text become U+FFFD.
#[derive(Debug, Default)]
pub struct TextDecoder {
    encoding: Option<Encoding>,
    pending: Vec<u8>,
}

impl TextDecoder {
    /// A decoder that has read nothing yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// The text of `bytes`, the next chunk, as far as it is complete.
    pub fn decode(&mut self, bytes: &[u8]) -> String {
        self.pending.extend_from_slice(bytes);
        if self.encoding.is_none() {
            if self.pending.len() < 3 {
                // Too little to tell the encoding yet (unless this is all there is: see `finish`).
                return String::new();
            }
            self.detect();
        }
        self.take(false)
    }

    /// The text of whatever is left.
    pub fn finish(mut self) -> String {
        if self.encoding.is_none() {
            self.detect();
        }
        self.take(true)
    }

    /// Reads the byte order mark, if there is one, and drops it.
    fn detect(&mut self) {
        let (encoding, bom) = match self.pending.as_slice() {
            [0xEF, 0xBB, 0xBF, ..] => (Encoding::Utf8, 3),
            [0xFF, 0xFE, ..] => (Encoding::Utf16Le, 2),
            [0xFE, 0xFF, ..] => (Encoding::Utf16Be, 2),
            _ => (Encoding::Utf8, 0),
        };
        self.encoding = Some(encoding);
        self.pending.drain(..bom);
    }

    fn take(&mut self, last: bool) -> String {
        match self.encoding.unwrap_or(Encoding::Utf8) {
            Encoding::Utf8 => {
                let complete = match std::str::from_utf8(&self.pending) {
                    Ok(_) => self.pending.len(),
                    // An incomplete character at the end waits for the next chunk.
                    Err(error) if error.error_len().is_none() && !last => error.valid_up_to(),
                    Err(_) => self.pending.len(),
                };
                let bytes: Vec<u8> = self.pending.drain(..complete).collect();
                String::from_utf8_lossy(&bytes).into_owned()
            }
            encoding => {
                let mut units: Vec<u16> = self
                    .pending
                    .chunks_exact(2)
                    .map(|pair| match encoding {
                        Encoding::Utf16Le => u16::from_le_bytes([pair[0], pair[1]]),
                        _ => u16::from_be_bytes([pair[0], pair[1]]),
                    })
                    .collect();
                let mut used = units.len() * 2;
                // A high surrogate at the end waits for its low half.
                if !last && units.last().is_some_and(|unit| (0xD800..0xDC00).contains(unit)) {
                    units.pop();
                    used -= 2;
                }
                if last {
                    used = self.pending.len();
                }
                self.pending.drain(..used);
                String::from_utf16_lossy(&units)
            }
        }
    }
}
