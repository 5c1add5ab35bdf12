//! Native tests of the base62 sampler: shape and uniformity (no modulo bias).

use api_auth::domain::SeededRandom;
use api_auth::domain::random::{BASE62, Random, base62_string};

#[test]
fn base62_strings_have_the_requested_length_and_alphabet() {
    let mut rng = SeededRandom::new(3);
    for len in [0, 1, 10, 43, 64, 65, 200] {
        let text = base62_string(&mut rng, len);
        assert_eq!(text.len(), len);
        assert!(text.bytes().all(|b| BASE62.contains(&b)));
    }
}

#[test]
fn every_base62_character_is_equally_likely() {
    let mut rng = SeededRandom::new(11);
    let text = base62_string(&mut rng, 620_000);
    let mut counts = [0u32; 62];
    for b in text.bytes() {
        let index = BASE62.iter().position(|&c| c == b).unwrap();
        counts[index] += 1;
    }
    // 10,000 expected per character. Chi-squared with 61 degrees of freedom: 99.9th percentile ≈ 100.9.
    let expected = 10_000.0;
    let chi2: f64 = counts
        .iter()
        .map(|&c| (f64::from(c) - expected).powi(2) / expected)
        .sum();
    assert!(chi2 < 100.9, "chi-squared {chi2:.1} suggests bias: {counts:?}");
}

/// A source that only ever yields bytes ≥ 248 (all must be rejected) before a fixed byte.
struct RejectedThen(u8, usize);

impl Random for RejectedThen {
    fn fill_bytes(&mut self, buf: &mut [u8]) {
        for byte in buf {
            *byte = if self.1 > 0 {
                self.1 -= 1;
                248 + (self.1 % 8) as u8
            } else {
                self.0
            };
        }
    }
}

#[test]
fn bytes_that_would_bias_the_result_are_rejected() {
    // 100 rejected bytes, then 61 → 'z' (61 % 62). A modulo sampler would have used 248 % 62 = 0 → '0'.
    let text = base62_string(&mut RejectedThen(61, 100), 3);
    assert_eq!(text, "zzz");
}
