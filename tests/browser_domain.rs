//! The domain compiled for the browser gives the answers it gives natively where the build differs: the
//! wasm build takes sha2's compact SHA-256 (`.cargo/config.toml`).
#![cfg(target_arch = "wasm32")]

use api_auth::domain::AccessKeySecret;
use api_auth::domain::backup::{BackupRead, read_backup};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn a_secret_hashes_to_its_sha256() {
    // Python: hashlib.sha256(b"aks_" + b"A" * 43 + b"0DofJ8").hexdigest()
    let secret = AccessKeySecret::parse(&format!("aks_{}0DofJ8", "A".repeat(43))).unwrap();
    assert_eq!(
        secret.hash().as_str(),
        "4a0113dd26fa6da4721faf42b678147833f4996a454d92f06057503910d38706"
    );
}

#[wasm_bindgen_test]
fn a_backup_written_natively_reads_here() {
    // Its digest is a SHA-256 over 9 KB of content (over a hundred blocks), written by the native build.
    let read = read_backup(include_str!("fixtures/written/backup.json"));
    assert!(matches!(read, Ok(BackupRead::Plain(_))), "{read:?}");
}
