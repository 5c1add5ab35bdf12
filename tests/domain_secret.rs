//! Native tests of access key secrets: format, checksum, parse errors, hashing.
#![cfg(not(target_arch = "wasm32"))]

use api_auth::domain::secret::{SECRET_LEN, checksum_of, crc32};
use api_auth::domain::{AccessKeySecret, DomainError, SeededRandom};
use api_auth::ui::words::Words;
use proptest::prelude::*;

#[test]
fn a_secret_is_aks_43_base62_characters_and_a_6_character_checksum() {
    let mut rng = SeededRandom::new(21);
    for _ in 0..100 {
        let secret = AccessKeySecret::generate(&mut rng);
        let text = secret.reveal();
        assert_eq!(text.len(), 53);
        assert_eq!(SECRET_LEN, 53);
        assert!(text.starts_with("aks_"));
        assert!(text[4..].bytes().all(|b| b.is_ascii_alphanumeric()));
        assert_eq!(&text[47..], checksum_of(&text[4..47]));
        assert_eq!(AccessKeySecret::parse(text), Ok(secret.clone()));
    }
}

#[test]
fn the_checksum_is_zlib_crc32_in_base62_most_significant_first() {
    // Expected values from Python's zlib.crc32, converted to base62 independently.
    // CRC-32 check value of "123456789" is 0xCBF43926.
    assert_eq!(checksum_of("123456789"), "3jZRME");
    assert_eq!(checksum_of(""), "000000");
    assert_eq!(checksum_of("a"), "4GEHKN");
    assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
}

proptest! {
    #[test]
    fn the_crc32_is_crc32fast_s_on_any_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        prop_assert_eq!(crc32(&bytes), crc32fast::hash(&bytes));
    }
}

#[test]
fn each_way_a_secret_can_be_wrong_has_its_own_message() {
    let secret = AccessKeySecret::generate(&mut SeededRandom::new(5));
    let good = secret.reveal().to_owned();

    assert_eq!(
        AccessKeySecret::parse(&good.replacen("aks_", "akx_", 1)),
        Err(DomainError::SecretPrefix)
    );
    assert_eq!(AccessKeySecret::parse(&good[..52]), Err(DomainError::SecretLength(52)));
    assert_eq!(
        AccessKeySecret::parse(&format!("{good}x")),
        Err(DomainError::SecretLength(54))
    );

    let mut bad_char = good.clone();
    bad_char.replace_range(10..11, "-");
    assert_eq!(
        AccessKeySecret::parse(&bad_char),
        Err(DomainError::SecretCharacter {
            character: '-',
            position: 11
        })
    );

    // One character of the body changed: the checksum catches the typo.
    let mut typo = good.clone();
    let replacement = if &good[20..21] == "A" { "B" } else { "A" };
    typo.replace_range(20..21, replacement);
    let error = AccessKeySecret::parse(&typo).unwrap_err();
    assert_eq!(error, DomainError::SecretChecksum);
    assert!(error.words().contains("looks mistyped"));

    let messages: Vec<String> = [
        DomainError::SecretPrefix,
        DomainError::SecretLength(52),
        DomainError::SecretCharacter {
            character: '-',
            position: 11,
        },
        DomainError::SecretChecksum,
    ]
    .iter()
    .map(ToString::to_string)
    .collect();
    let mut unique = messages.clone();
    unique.dedup();
    assert_eq!(unique.len(), 4, "{messages:?}");
}

#[test]
fn only_a_sha256_hash_is_kept_and_it_matches_only_its_secret() {
    let mut rng = SeededRandom::new(6);
    let secret = AccessKeySecret::generate(&mut rng);
    let other = AccessKeySecret::generate(&mut rng);
    let hash = secret.hash();
    assert_eq!(hash.as_str().len(), 64);
    assert!(!hash.as_str().contains(&secret.reveal()[4..20]));
    assert!(hash.matches(&secret));
    assert!(!hash.matches(&other));
    // Expected value from Python's hashlib.sha256 of the same 53 characters.
    let known = AccessKeySecret::parse("aks_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa4SHDYg").unwrap();
    assert_eq!(
        known.hash().as_str(),
        "b5182faf7188ce0634ed76c9c066a620d97a8efd8ff9d21111d2598a349fe645"
    );
}

#[test]
fn debug_output_never_shows_the_secret() {
    let secret = AccessKeySecret::generate(&mut SeededRandom::new(8));
    let printed = format!("{secret:?}");
    assert!(!printed.contains(secret.reveal()));
    assert!(!printed.contains("aks_"));
}
