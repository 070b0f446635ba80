//! A crypto provider in the style of rustls' ring/aws-lc-rs backends and russh's kex table: algorithm-named
//! types, SCREAMING constants defined and listed in the crate that owns them, error enums that must stay quiet.
use std::collections::HashMap;

use super::ring_like::agreement; // qready-expect: ECDH reference
use super::ring_like::signature::{self, EcdsaSigningAlgorithm, EdDSAParameters}; // qready-expect: ECDSA reference; EdDSA reference
use elliptic_curve::ecdh::{EphemeralSecret, SharedSecret}; // qready-expect: ECDH reference
use dh::{DhGroup14Sha256KexType, DhGroup16Sha512KexType}; // qready-expect: FFDH reference

struct KxGroup {
    agreement_algorithm: &'static agreement::Algorithm, // qready-expect: ECDH reference
}

pub static X25519: &dyn SupportedKxGroup = &KxGroup { // qready-expect: ECDH reference
    agreement_algorithm: &agreement::X25519, // qready-expect: ECDH reference
};

pub static SECP384R1: &dyn SupportedKxGroup = &KxGroup { // qready-expect: ECDH reference
    agreement_algorithm: &agreement::ECDH_P384, // qready-expect: ECDH reference
};

pub static ALL_KX_GROUPS: &[&dyn SupportedKxGroup] = &[X25519, SECP384R1]; // qready-expect: ECDH reference

const MAX_GROUPS: usize = 8;
const RSA_MIN_BITS: usize = 2048;

pub enum SignAlgo {
    EcDsa(&'static EcdsaSigningAlgorithm), // qready-expect: ECDSA reference
    EdDsa(&'static EdDSAParameters), // qready-expect: EdDSA reference
    Rsa(), // qready-expect: RSA reference
}

pub static PKCS_ECDSA_P256_SHA256: SignAlgo = SignAlgo::EcDsa(&signature::ECDSA_P256_SHA256_ASN1_SIGNING); // qready-expect: ECDSA reference P-256
pub static PKCS_RSA_SHA256: SignAlgo = SignAlgo::Rsa(); // qready-expect: RSA reference

fn is_ecdsa(alg: &SignAlgo) -> bool { // qready-expect: ECDSA reference
    std::ptr::eq(alg, &PKCS_ECDSA_P256_SHA256) // qready-expect: ECDSA reference P-256
}

pub(super) struct RsaSigningKey { // qready-expect: RSA reference
    key: Arc<RsaKeyPair>, // qready-expect: RSA reference
}

impl Debug for EcdsaSigner { // qready-expect: ECDSA reference
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        f.debug_struct("EcdsaSigner").field("scheme", &self.scheme).finish()
    }
}

pub struct EcdhNistP256KexType {} // qready-expect: ECDH reference

pub const KEX_ECDH_INIT: u8 = 30; // qready-expect: ECDH reference
pub const DH_G14_SHA256: Name = Name("diffie-hellman-group14-sha256"); // qready-expect: FFDH reference
const _DH_G16_SHA512: DhGroup16Sha512KexType = DhGroup16Sha512KexType {}; // qready-expect: FFDH reference

fn kexes() -> HashMap<&'static Name, &'static dyn KexType> {
    let mut h = HashMap::new();
    h.insert(&DH_G14_SHA256, &_DH_G16_SHA512); // qready-expect: FFDH reference
    h
}

#[derive(Debug)]
enum KeyError {
    Rsa(rsa::pkcs1::Error),
    Ed25519(ed25519_dalek::ed25519::Error),
}

fn load(pem: &str) -> Result<RsaPrivateKey, KeyError> { // qready-expect: RSA reference
    RsaPrivateKey::from_pkcs1_pem(pem).map_err(KeyError::Rsa) // qready-expect: RSA reference
}

fn fail() -> KeyError {
    KeyError::Ed25519(ed25519_dalek::ed25519::Error::new())
}

fn complete(secret: EphemeralSecret<NistP256>, peer: &PublicKey<NistP256>) -> SharedSecret<NistP256> { // qready-expect: ECDH reference
    secret.diffie_hellman(peer) // qready-expect: ECDH key-agree
}

#[test]
fn kx_group_name() {
    assert_eq!(MAX_GROUPS, 8);
    assert!(RSA_MIN_BITS >= 2048, "RSA keys below {} bits", RSA_MIN_BITS);
}

// A post-quantum name given to a macro (shapes of pqcrypto); enum variants the Rust rules read themselves.
pub enum CompositeAlgorithm {
    MLDSA65_Ed25519, // qready-expect: EdDSA reference
    Rsa3072, // qready-expect: RSA reference
}

pqcrypto_sign!(Mldsa44, "ml-dsa-44"); // qready-expect: ML-DSA reference
