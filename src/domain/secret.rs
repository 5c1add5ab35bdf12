//! Access key secrets: generated once, shown once, stored only as a SHA-256 hash.
//!
//! Format: `aks_` + 43 base62 characters (≥ 256 bits) + a 6-character base62 CRC-32 of those 43
//! characters, 53 characters in all. The prefix lets secret scanners recognise a leaked secret; the
//! checksum tells a mistyped secret apart from a wrong one without asking the server.

use super::json::{self};
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;
use zeroize::Zeroize;

use super::error::DomainError;
use super::random::{BASE62, Random, base62_string, is_base62};

/// Every secret starts with this.
pub const SECRET_PREFIX: &str = "aks_";
/// Random characters after the prefix.
pub const SECRET_BODY_LEN: usize = 43;
/// Checksum characters at the end.
pub const CHECKSUM_LEN: usize = 6;
/// The whole secret's length.
pub const SECRET_LEN: usize = SECRET_PREFIX.len() + SECRET_BODY_LEN + CHECKSUM_LEN;

/// An access key secret in plaintext. It has no `Display`, its `Debug` is redacted, and its memory is
/// zeroed when it is dropped.
#[derive(Clone, PartialEq, Eq)]
pub struct AccessKeySecret(String);

impl AccessKeySecret {
    /// A fresh secret from `rng`.
    pub fn generate(rng: &mut impl Random) -> Self {
        let body = base62_string(rng, SECRET_BODY_LEN);
        let checksum = checksum_of(&body);
        Self(format!("{SECRET_PREFIX}{body}{checksum}"))
    }

    /// Checks a typed or pasted secret, telling apart each way it can be wrong.
    pub fn parse(text: &str) -> Result<Self, DomainError> {
        let Some(rest) = text.strip_prefix(SECRET_PREFIX) else {
            return Err(DomainError::SecretPrefix);
        };
        let length = text.chars().count();
        if length != SECRET_LEN {
            return Err(DomainError::SecretLength(length));
        }
        if let Some((index, bad)) = rest.chars().enumerate().find(|&(_, c)| !is_base62(c)) {
            return Err(DomainError::SecretCharacter {
                character: bad,
                position: SECRET_PREFIX.len() + index + 1,
            });
        }
        let (body, checksum) = rest.split_at(SECRET_BODY_LEN);
        if checksum_of(body) != checksum {
            return Err(DomainError::SecretChecksum);
        }
        Ok(Self(text.to_owned()))
    }

    /// The plaintext, for the one moment it is shown, copied or downloaded.
    pub fn reveal(&self) -> &str {
        &self.0
    }

    /// The SHA-256 hash that is stored instead of the secret.
    pub fn hash(&self) -> SecretHash {
        let digest = Sha256::digest(self.0.as_bytes());
        SecretHash(digest.iter().map(|b| format!("{b:02x}")).collect())
    }
}

impl std::fmt::Debug for AccessKeySecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("AccessKeySecret(redacted)")
    }
}

impl Drop for AccessKeySecret {
    fn drop(&mut self) {
        self.0.zeroize();
    }
}

/// The base62 CRC-32 (IEEE, as zlib computes it) of `body`, most significant digit first, padded to 6.
pub fn checksum_of(body: &str) -> String {
    let mut value = crc32(body.as_bytes());
    let mut digits = [b'0'; CHECKSUM_LEN];
    for slot in digits.iter_mut().rev() {
        *slot = BASE62[(value % 62) as usize];
        value /= 62;
    }
    digits.iter().map(|&b| char::from(b)).collect()
}

/// The CRC-32 of `bytes` (IEEE 802.3, reflected, as zlib computes it), bit by bit. A checksum is taken
/// of 43 characters: a lookup table would buy nothing here, and crc32fast's is 16 KB of the download
/// (16,407 B gzip; tables do not compress).
pub fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &byte in bytes {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            crc = (crc >> 1) ^ (0xEDB8_8320 & (crc & 1).wrapping_neg());
        }
    }
    !crc
}

/// The lowercase hex SHA-256 of a secret: all that is ever stored.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct SecretHash(String);

json::checked!(SecretHash: String);

impl SecretHash {
    /// Whether `secret` hashes to this value, compared in constant time.
    pub fn matches(&self, secret: &AccessKeySecret) -> bool {
        self.0.as_bytes().ct_eq(secret.hash().0.as_bytes()).into()
    }

    /// The hash as hex text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for SecretHash {
    type Error = DomainError;
    fn try_from(text: String) -> Result<Self, Self::Error> {
        if text.len() == 64 && text.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)) {
            Ok(Self(text))
        } else {
            Err(DomainError::MalformedSecretHash)
        }
    }
}

impl From<SecretHash> for String {
    fn from(hash: SecretHash) -> Self {
        hash.0
    }
}
