//! Key generation and use for the signing service (RustCrypto crates).
//!
//! RSA keys are 3072 bits; `RsaPrivateKey::new(&mut rng, 1024)` was the old default.

use ed25519_dalek::{Signer, SigningKey as EdSigningKey, Verifier}; // qready-expect: EdDSA reference
use p256::ecdsa::{signature::Signer as _, Signature, SigningKey, VerifyingKey}; // qready-expect: ECDSA reference P-256
use rand_core::OsRng;
use rsa::pkcs8::DecodePrivateKey; // qready-expect: RSA reference
use rsa::{Oaep, Pkcs1v15Sign, RsaPrivateKey, RsaPublicKey}; // qready-expect: RSA reference
use sha2::{Digest, Sha256};
use tracing::info;
use x25519_dalek::{EphemeralSecret, PublicKey as X25519Public}; // qready-expect: ECDH reference

const RSA_BITS: usize = 3072;

pub struct KeyStore {
    rsa: RsaPrivateKey, // qready-expect: RSA reference
    device: SigningKey, // qready-expect: ECDSA reference P-256
    rsa_key_id: String,
}

pub fn new_rsa_key() -> Result<RsaPrivateKey, rsa::Error> { // qready-expect: RSA reference
    let mut rng = rand::thread_rng();
    info!("generating RSA key of {} bits", RSA_BITS);
    RsaPrivateKey::new(&mut rng, RSA_BITS) // qready-expect: RSA keygen 3072
}

pub fn load_rsa_key(pem: &str) -> RsaPrivateKey { // qready-expect: RSA reference
    RsaPrivateKey::from_pkcs8_pem(pem).expect("RSA private key") // qready-expect: RSA reference
}

pub fn wrap_key(public_key: &RsaPublicKey, content_key: &[u8]) -> Vec<u8> { // qready-expect: RSA reference
    let mut rng = rand::thread_rng();
    public_key.encrypt(&mut rng, Oaep::new::<Sha256>(), content_key).unwrap() // qready-expect: RSA encrypt
}

pub fn sign_manifest(key: &RsaPrivateKey, manifest: &[u8]) -> Vec<u8> { // qready-expect: RSA reference
    let digest = Sha256::digest(manifest);
    key.sign(Pkcs1v15Sign::new::<Sha256>(), &digest).unwrap() // qready-expect: RSA sign
}

pub fn new_device_key() -> (SigningKey, VerifyingKey) { // qready-expect: ECDSA reference P-256
    let signing_key = SigningKey::random(&mut OsRng); // qready-expect: ECDSA keygen P-256
    let verifying_key = VerifyingKey::from(&signing_key); // qready-expect: ECDSA reference P-256
    (signing_key, verifying_key)
}

pub fn sign_telemetry(key: &SigningKey, payload: &[u8]) -> Signature { // qready-expect: ECDSA reference P-256
    key.sign(payload)
}

pub fn new_backup_key() -> p384::SecretKey { // qready-expect: ECDSA reference P-384
    p384::SecretKey::random(&mut OsRng) // qready-expect: ECDSA keygen P-384
}

pub fn new_wallet_key() -> k256::ecdsa::SigningKey { // qready-expect: ECDSA reference secp256k1
    k256::ecdsa::SigningKey::random(&mut OsRng) // qready-expect: ECDSA keygen secp256k1
}

pub fn new_release_key() -> EdSigningKey { // qready-expect: EdDSA reference
    let mut csprng = OsRng;
    ed25519_dalek::SigningKey::generate(&mut csprng) // qready-expect: EdDSA keygen
}

pub fn session_secret(peer: &X25519Public) -> [u8; 32] { // qready-expect: ECDH reference
    let secret = EphemeralSecret::random_from_rng(OsRng); // qready-expect: ECDH keygen
    secret.diffie_hellman(peer).to_bytes() // qready-expect: ECDH key-agree
}

pub fn p256_agreement(peer: &p256::PublicKey) -> Vec<u8> { // qready-expect: ECDSA reference P-256
    let secret = p256::ecdh::EphemeralSecret::random(&mut OsRng); // qready-expect: ECDH keygen P-256
    secret.diffie_hellman(peer).raw_secret_bytes().to_vec() // qready-expect: ECDH key-agree
}

#[cfg(test)]
mod tests {
    use super::*;

    // Test names are not findings: rsa_keygen_3072, ecdsa_p256_roundtrip.
    #[test]
    fn rsa_keygen_3072() {
        let key = new_rsa_key().unwrap(); // qready-expect: RSA reference
        assert_eq!(key.size() * 8, RSA_BITS, "RSA key should have {} bits", RSA_BITS);
    }
}
