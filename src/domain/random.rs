//! Randomness as a parameter: the [`Random`] trait, a seeded generator for tests, and unbiased base62.

/// A source of random bytes. In the app it is the browser's `crypto.getRandomValues`
/// ([`crate::browser::random::CryptoRandom`]); in tests a [`SeededRandom`].
pub trait Random {
    /// Fills `buf` with random bytes.
    fn fill_bytes(&mut self, buf: &mut [u8]);
}

/// A deterministic generator (SplitMix64) for tests and demo fixtures. Not cryptographic.
#[derive(Debug, Clone)]
pub struct SeededRandom {
    state: u64,
}

impl SeededRandom {
    /// A generator whose output is fixed by `seed`.
    pub fn new(seed: u64) -> Self {
        Self { state: seed }
    }

    fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
}

impl Random for SeededRandom {
    fn fill_bytes(&mut self, buf: &mut [u8]) {
        for chunk in buf.chunks_mut(8) {
            let bytes = self.next_u64().to_le_bytes();
            chunk.copy_from_slice(&bytes[..chunk.len()]);
        }
    }
}

/// The base62 alphabet, digits first, then upper case, then lower case.
pub const BASE62: &[u8; 62] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/// Bytes at or above this bound are rejected: 248 = 4 × 62, so `byte % 62` is uniform below it.
const REJECT_FROM: u8 = 248;

/// `len` characters drawn uniformly from [`BASE62`] by rejection sampling (no modulo bias).
pub fn base62_string(rng: &mut impl Random, len: usize) -> String {
    let mut out = String::with_capacity(len);
    let mut buf = [0u8; 64];
    while out.len() < len {
        rng.fill_bytes(&mut buf);
        for &byte in &buf {
            if byte < REJECT_FROM {
                out.push(char::from(BASE62[usize::from(byte % 62)]));
                if out.len() == len {
                    break;
                }
            }
        }
    }
    out
}

/// Whether `c` is one of the [`BASE62`] characters.
pub fn is_base62(c: char) -> bool {
    c.is_ascii_alphanumeric()
}

/// A borrowed source is a source: lets an injected `&mut dyn Random` reach functions generic over it.
impl<R: Random + ?Sized> Random for &mut R {
    fn fill_bytes(&mut self, buf: &mut [u8]) {
        (**self).fill_bytes(buf);
    }
}
