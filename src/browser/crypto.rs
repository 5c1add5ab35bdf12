//! Locking and unlocking a backup with a passphrase, through the browser's WebCrypto (`crypto.subtle`):
//! AES-256-GCM with a key derived by PBKDF2-HMAC-SHA256 from the passphrase and a random salt. Nothing
//! here keeps the passphrase or the key.

use js_sys::{Array, Object, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{CryptoKey, SubtleCrypto};

use super::random::CryptoRandom;
use crate::domain::Random;
use crate::domain::backup::{LOCK_ITERATIONS, LockedContent, base64_decode, base64_encode};

const KDF: &str = "PBKDF2-HMAC-SHA256";
const CIPHER: &str = "AES-256-GCM";

/// Why a backup could not be locked or unlocked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LockError {
    /// The passphrase (or the file's sealed data) does not open it.
    WrongPassphrase,
    /// The browser has no WebCrypto here (an insecure origin) or refused.
    Unavailable(String),
}

fn subtle() -> Result<SubtleCrypto, LockError> {
    let crypto = web_sys::window()
        .ok_or_else(|| LockError::Unavailable("no window".into()))?
        .crypto()
        .map_err(|_| LockError::Unavailable("no crypto".into()))?;
    Ok(crypto.subtle())
}

fn object(fields: &[(&str, &JsValue)]) -> Object {
    let object = Object::new();
    for (name, value) in fields {
        let _ = Reflect::set(&object, &JsValue::from_str(name), value);
    }
    object
}

fn unavailable(error: JsValue) -> LockError {
    LockError::Unavailable(format!("{error:?}"))
}

/// The AES-GCM key for `passphrase` and `salt`, after `iterations` of PBKDF2-HMAC-SHA256.
async fn derive(passphrase: &str, salt: &[u8], iterations: u32) -> Result<CryptoKey, LockError> {
    let subtle = subtle()?;
    let usages = Array::of1(&JsValue::from_str("deriveKey"));
    let raw = Uint8Array::from(passphrase.as_bytes());
    let base = JsFuture::from(
        subtle
            .import_key_with_str("raw", &raw, "PBKDF2", false, &usages)
            .map_err(unavailable)?,
    )
    .await
    .map_err(unavailable)?;
    let base: CryptoKey = base.unchecked_into();
    let params = object(&[
        ("name", &JsValue::from_str("PBKDF2")),
        ("hash", &JsValue::from_str("SHA-256")),
        ("salt", &Uint8Array::from(salt).into()),
        ("iterations", &JsValue::from_f64(f64::from(iterations))),
    ]);
    let aes = object(&[
        ("name", &JsValue::from_str("AES-GCM")),
        ("length", &JsValue::from_f64(256.0)),
    ]);
    let usages = Array::of2(&JsValue::from_str("encrypt"), &JsValue::from_str("decrypt"));
    let key = JsFuture::from(
        subtle
            .derive_key_with_object_and_object(&params, &base, &aes, false, &usages)
            .map_err(unavailable)?,
    )
    .await
    .map_err(unavailable)?;
    Ok(key.unchecked_into())
}

fn gcm(iv: &[u8]) -> Object {
    object(&[
        ("name", &JsValue::from_str("AES-GCM")),
        ("iv", &Uint8Array::from(iv).into()),
    ])
}

/// Seals `plain` (a plain backup's text) with `passphrase`: a fresh random salt and IV each time.
pub async fn lock(plain: &str, passphrase: &str) -> Result<LockedContent, LockError> {
    let (mut salt, mut iv) = ([0u8; 16], [0u8; 12]);
    CryptoRandom.fill_bytes(&mut salt);
    CryptoRandom.fill_bytes(&mut iv);
    let key = derive(passphrase, &salt, LOCK_ITERATIONS).await?;
    let sealed = JsFuture::from(
        subtle()?
            .encrypt_with_object_and_u8_array(&gcm(&iv), &key, plain.as_bytes())
            .map_err(unavailable)?,
    )
    .await
    .map_err(unavailable)?;
    Ok(LockedContent {
        kdf: KDF.to_owned(),
        iterations: LOCK_ITERATIONS,
        salt: base64_encode(&salt),
        cipher: CIPHER.to_owned(),
        iv: base64_encode(&iv),
        data: base64_encode(&Uint8Array::new(&sealed).to_vec()),
    })
}

/// Opens `locked` with `passphrase`: the plain backup's text. A wrong passphrase and a tampered file
/// look the same to AES-GCM, and are told as a wrong passphrase.
pub async fn unlock(locked: &LockedContent, passphrase: &str) -> Result<String, LockError> {
    let (Some(salt), Some(iv), Some(data)) = (
        base64_decode(&locked.salt),
        base64_decode(&locked.iv),
        base64_decode(&locked.data),
    ) else {
        return Err(LockError::WrongPassphrase);
    };
    if locked.kdf != KDF || locked.cipher != CIPHER || iv.len() != 12 {
        return Err(LockError::WrongPassphrase);
    }
    let key = derive(passphrase, &salt, locked.iterations).await?;
    let opened = JsFuture::from(
        subtle()?
            .decrypt_with_object_and_u8_array(&gcm(&iv), &key, &data)
            .map_err(unavailable)?,
    )
    .await
    .map_err(|_| LockError::WrongPassphrase)?;
    String::from_utf8(Uint8Array::new(&opened).to_vec()).map_err(|_| LockError::WrongPassphrase)
}
