//! Token signing and session keys with ring (and aws-lc-rs for the post-quantum KEM).

use aws_lc_rs::kem::{DecapsulationKey, ML_KEM_768}; // qready-expect: ML-KEM reference
use ring::agreement::{self, EphemeralPrivateKey, UnparsedPublicKey, X25519}; // qready-expect: ECDH reference
use ring::error::Unspecified;
use ring::rand::SystemRandom;
use ring::signature::{self, EcdsaKeyPair, Ed25519KeyPair, KeyPair, RsaKeyPair}; // qready-expect: ECDSA reference; EdDSA reference; RSA reference
use ring::{aead, digest};

pub struct Signers {
    rsa: RsaKeyPair, // qready-expect: RSA reference
    ecdsa: EcdsaKeyPair, // qready-expect: ECDSA reference
    rng: SystemRandom,
}

impl Signers {
    pub fn load(rsa_pkcs8: &[u8], ec_pkcs8: &[u8]) -> Result<Self, Unspecified> {
        let rng = SystemRandom::new();
        let rsa = RsaKeyPair::from_pkcs8(rsa_pkcs8).map_err(|_| Unspecified)?; // qready-expect: RSA reference
        let ecdsa = EcdsaKeyPair::from_pkcs8(&signature::ECDSA_P256_SHA256_FIXED_SIGNING, ec_pkcs8, &rng) // qready-expect: ECDSA reference P-256
            .map_err(|_| Unspecified)?;
        Ok(Self { rsa, ecdsa, rng })
    }

    pub fn sign_rs256(&self, msg: &[u8]) -> Result<Vec<u8>, Unspecified> { // qready-expect: RSA reference
        let mut sig = vec![0; self.rsa.public().modulus_len()];
        self.rsa.sign(&signature::RSA_PKCS1_SHA256, &self.rng, msg, &mut sig)?; // qready-expect: RSA sign
        Ok(sig)
    }

    pub fn sign_ps256(&self, msg: &[u8]) -> Result<Vec<u8>, Unspecified> { // qready-expect: RSA reference
        let mut sig = vec![0; self.rsa.public().modulus_len()];
        self.rsa.sign(&signature::RSA_PSS_SHA256, &self.rng, msg, &mut sig)?; // qready-expect: RSA sign
        Ok(sig)
    }
}

pub fn new_device_key(rng: &SystemRandom) -> Result<Vec<u8>, Unspecified> {
    let pkcs8 = EcdsaKeyPair::generate_pkcs8(&signature::ECDSA_P384_SHA384_ASN1_SIGNING, rng)?; // qready-expect: ECDSA keygen
    Ok(pkcs8.as_ref().to_vec())
}

pub fn new_release_key(rng: &SystemRandom) -> Result<Ed25519KeyPair, Unspecified> { // qready-expect: EdDSA reference
    let pkcs8 = Ed25519KeyPair::generate_pkcs8(rng)?; // qready-expect: EdDSA keygen
    Ed25519KeyPair::from_pkcs8(pkcs8.as_ref()).map_err(|_| Unspecified) // qready-expect: EdDSA reference
}

pub fn verify_legacy(public_key: &[u8], msg: &[u8], sig: &[u8]) -> bool {
    let key = signature::UnparsedPublicKey::new(&signature::RSA_PKCS1_2048_8192_SHA256, public_key); // qready-expect: RSA reference
    key.verify(msg, sig).is_ok()
}

pub fn accepted_algorithms() -> Vec<&'static dyn signature::VerificationAlgorithm> {
    vec![&signature::RSA_PKCS1_2048_8192_SHA256, &signature::ECDSA_P256_SHA256_ASN1] // qready-expect: RSA reference; ECDSA reference P-256
}

pub fn session_key(rng: &SystemRandom, peer: &[u8]) -> Result<[u8; 32], Unspecified> {
    let private_key = EphemeralPrivateKey::generate(&X25519, rng)?; // qready-expect: ECDH keygen Curve25519
    let peer_public_key = UnparsedPublicKey::new(&agreement::X25519, peer); // qready-expect: ECDH reference
    agreement::agree_ephemeral(private_key, &peer_public_key, |material| { // qready-expect: ECDH key-agree
        let mut out = [0u8; 32];
        out.copy_from_slice(&material[..32]);
        out
    })
}

pub fn seal_key(bytes: &[u8; 32]) -> aead::LessSafeKey {
    let unbound = aead::UnboundKey::new(&aead::AES_256_GCM, bytes).expect("32-byte key"); // qready-expect: AES reference
    aead::LessSafeKey::new(unbound)
}

pub fn legacy_etag(body: &[u8]) -> digest::Digest {
    digest::digest(&digest::SHA1_FOR_LEGACY_USE_ONLY, body) // qready-expect: SHA-1 reference
}

pub fn pq_decapsulation_key() -> DecapsulationKey {
    DecapsulationKey::generate(&ML_KEM_768).expect("ML-KEM-768 keygen") // qready-expect: ML-KEM reference
}

// Not findings: SHA-256 digests and HMAC keys are out of scope.
pub fn body_digest(body: &[u8]) -> digest::Digest {
    digest::digest(&digest::SHA256, body)
}
