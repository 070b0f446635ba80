// A key encryptor's errors (shaped on naixi-key-encryptor's lib.rs, audit round 124): an error type named
// after an algorithm, converted or returned, is an error's name; the crate it comes from and the cipher used
// are the uses.
use aes_gcm::{Aes256Gcm, KeyInit}; // qready-expect: AES reference
use aes_gcm::Error as AesError; // qready-expect: AES reference

#[derive(Debug)]
pub enum CryptoError {
    Cipher,
}

impl From<AesError> for CryptoError {
    fn from(_: AesError) -> Self {
        CryptoError::Cipher
    }
}

pub fn cipher(key: &[u8; 32]) -> Result<Aes256Gcm, CryptoError> { // qready-expect: AES reference
    Aes256Gcm::new_from_slice(key).map_err(|_| CryptoError::Cipher) // qready-expect: AES encrypt
}

// snafu's context selectors (decrypt-cookies' chromium-crypto, audit round 231): `AesGcmSnafu` is the
// generated selector of an error variant named after the cipher, no use; the cipher's call is the use.
mod error {
    #[derive(Debug, snafu::Snafu)]
    pub enum Error {
        AesGcm { source: aes_gcm::Error },
        Aes256Empty { len: usize },
    }
}

pub fn open(cipher: &Aes256Gcm, nonce: &[u8], data: &[u8]) -> Result<Vec<u8>, error::Error> { // qready-expect: AES reference
    let plain = cipher.decrypt(nonce.into(), data).context(error::AesGcmSnafu)?;
    snafu::ensure!(!plain.is_empty(), error::Aes256EmptySnafu { len: 0 });
    Ok(plain)
}
