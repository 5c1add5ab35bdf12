//! Random bytes from the platform: `crypto.getRandomValues` in the browser, the OS natively.

use crate::domain::Random;

/// The cryptographic source the app uses for every identifier and secret.
#[derive(Debug, Clone, Copy, Default)]
pub struct CryptoRandom;

impl Random for CryptoRandom {
    fn fill_bytes(&mut self, buf: &mut [u8]) {
        // Without a working CSPRNG no identifier can be made safely; stopping is the only safe answer.
        if let Err(error) = getrandom::fill(buf) {
            panic!("the browser's cryptographic random source failed: {error}");
        }
    }
}
