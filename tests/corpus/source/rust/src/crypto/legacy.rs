//! Readers for the v1 archive format (3DES-CBC, MD5 checksums) and the v2 format (AES-256-GCM).
//! Nothing here writes the v1 format any more; see docs/archive.md for the TdesEde3 key schedule.

use aes_gcm::{ // qready-expect: AES reference
    aead::{Aead, KeyInit, OsRng}, // (generic traits: no algorithm on the line, rounds 37, 87 and 102 not-use)
    Aes256Gcm, Nonce, // qready-expect: AES reference
};
use cbc::cipher::{block_padding::Pkcs7, BlockDecryptMut, KeyIvInit};
use des::TdesEde3; // qready-expect: 3DES reference
use md5::{Digest as _, Md5}; // qready-expect: MD5 reference
use sha1::Sha1; // qready-expect: SHA-1 reference

type TdesCbcDec = cbc::Decryptor<TdesEde3>; // qready-expect: 3DES reference

const CHECKSUM_LEN: usize = 16;

#[derive(Debug)]
pub enum ArchiveError {
    Md5Mismatch,
    Truncated,
}

pub fn decrypt_v1(key: &[u8; 24], iv: &[u8; 8], data: &mut [u8]) -> Result<Vec<u8>, ArchiveError> {
    let cipher = TdesCbcDec::new(key.into(), iv.into());
    let plain = cipher.decrypt_padded_mut::<Pkcs7>(data).map_err(|_| ArchiveError::Truncated)?;
    verify_checksum(plain)?;
    Ok(plain.to_vec())
}

fn verify_checksum(plain: &[u8]) -> Result<(), ArchiveError> {
    let (body, expected) = plain.split_at(plain.len() - CHECKSUM_LEN);
    let actual = md5::compute(body); // qready-expect: MD5 digest
    if actual.0 != expected {
        log::warn!("MD5 checksum mismatch in v1 archive");
        return Err(ArchiveError::Md5Mismatch);
    }
    Ok(())
}

pub fn legacy_fingerprint(data: &[u8]) -> Vec<u8> {
    let mut hasher = Md5::new(); // qready-expect: MD5 digest
    hasher.update(data);
    hasher.finalize().to_vec()
}

pub fn git_object_id(data: &[u8]) -> String {
    let mut hasher = Sha1::new(); // qready-expect: SHA-1 digest
    hasher.update(format!("blob {}\0", data.len()).as_bytes());
    hasher.update(data);
    hex::encode(hasher.finalize())
}

pub fn single_des_block(key: &[u8; 8], block: &mut [u8; 8]) { // qready-expect: DES reference
    use cipher::BlockEncrypt;
    let des = des::Des::new_from_slice(key).expect("8-byte key"); // qready-expect: DES encrypt
    des.encrypt_block(block.into()); // qready-expect: DES encrypt
}

pub fn decrypt_v2(key: &[u8; 32], nonce: &[u8; 12], data: &[u8]) -> Option<Vec<u8>> {
    let cipher = Aes256Gcm::new(key.into()); // qready-expect: AES encrypt
    cipher.decrypt(Nonce::from_slice(nonce), data).ok() // qready-expect: AES decrypt
}

pub fn new_v2_key() -> Vec<u8> {
    Aes256Gcm::generate_key(&mut OsRng).to_vec() // qready-expect: AES keygen
}

// Not findings: SHA-256 and BLAKE3 are out of scope, and these names only look like algorithms.
pub fn content_hash(data: &[u8]) -> [u8; 32] {
    let md5_compat = false;
    let des_mode = "passthrough";
    let _ = (md5_compat, des_mode);
    blake3::hash(data).into()
}
