//! Keys for the HSM bridge, made with the openssl crate (FIPS provider).

use openssl::dh::Dh; // qready-expect: FFDH reference
use openssl::dsa::Dsa; // qready-expect: DSA reference
use openssl::ec::{EcGroup, EcKey}; // qready-expect: ECDSA reference
use openssl::error::ErrorStack;
use openssl::hash::{hash, MessageDigest};
use openssl::nid::Nid;
use openssl::pkey::{PKey, Private};
use openssl::rsa::{Padding, Rsa}; // qready-expect: RSA reference
use openssl::symm::{decrypt, Cipher};

const RSA_BITS: u32 = 4096;

pub fn rsa_key() -> Result<PKey<Private>, ErrorStack> { // qready-expect: RSA reference
    let rsa = Rsa::generate(RSA_BITS)?; // qready-expect: RSA keygen 4096
    PKey::from_rsa(rsa) // qready-expect: RSA reference
}

pub fn ec_key() -> Result<EcKey<Private>, ErrorStack> { // qready-expect: ECDSA reference
    let group = EcGroup::from_curve_name(Nid::SECP384R1)?; // qready-expect: ECDSA reference P-384
    EcKey::generate(&group) // qready-expect: ECDSA keygen
}

pub fn dsa_key() -> Result<Dsa<Private>, ErrorStack> { // qready-expect: DSA reference
    Dsa::generate(2048) // qready-expect: DSA keygen 2048
}

pub fn dh_params() -> Result<Dh<openssl::pkey::Params>, ErrorStack> { // qready-expect: FFDH reference
    Dh::generate_params(2048, 2) // qready-expect: FFDH keygen 2048
}

pub fn ed25519_key() -> Result<PKey<Private>, ErrorStack> { // qready-expect: EdDSA reference
    PKey::generate_ed25519() // qready-expect: EdDSA keygen
}

pub fn x25519_key() -> Result<PKey<Private>, ErrorStack> { // qready-expect: ECDH reference
    PKey::generate_x25519() // qready-expect: ECDH keygen
}

pub fn unwrap_key(rsa: &Rsa<Private>, wrapped: &[u8]) -> Result<Vec<u8>, ErrorStack> { // qready-expect: RSA reference
    let mut out = vec![0; rsa.size() as usize];
    let n = rsa.private_decrypt(wrapped, &mut out, Padding::PKCS1_OAEP)?; // qready-expect: RSA reference
    out.truncate(n);
    Ok(out)
}

pub fn decrypt_partner_feed(key: &[u8], iv: &[u8], data: &[u8]) -> Result<Vec<u8>, ErrorStack> {
    decrypt(Cipher::des_ede3_cbc(), key, Some(iv), data) // qready-expect: 3DES encrypt
}

pub fn decrypt_export(key: &[u8], iv: &[u8], data: &[u8]) -> Result<Vec<u8>, ErrorStack> {
    decrypt(Cipher::aes_256_cbc(), key, Some(iv), data) // qready-expect: AES encrypt
}

pub fn partner_checksum(data: &[u8]) -> Result<Vec<u8>, ErrorStack> {
    Ok(hash(MessageDigest::md5(), data)?.to_vec()) // qready-expect: MD5 digest
}

// Not findings: a SHA-256 digest; a log line that names RSA.
pub fn manifest_digest(data: &[u8]) -> Result<Vec<u8>, ErrorStack> {
    log::debug!("hashing manifest (RSA signature follows)");
    Ok(hash(MessageDigest::sha256(), data)?.to_vec())
}

// pyca/cryptography's curve table: a curve's name beside OpenSSL's is a signing key's curve (OpenSSL is no TLS)
pub fn curve_nid(name: &str) -> Option<Nid> {
    let nid = match name {
        "secp384r1" => openssl::nid::Nid::SECP384R1, // qready-expect: ECDSA reference P-384
        _ => return None,
    };
    Some(nid)
}
