// A JOSE library's dispatch on algorithm names and its key parsing, in the style of webtoken (round 14 of the
// source audit): or-patterns, OIDs as values, nested `use` trees and aws-lc-rs' AES block modes.
use aws_lc_rs::{
    rsa::{PublicEncryptingKey, OaepPublicEncryptingKey}, // qready-expect: RSA reference
    rand,
};
use aws_lc_rs::cipher::{PaddedBlockEncryptingKey, UnboundCipherKey};
use x509_cert::der::asn1::ObjectIdentifier;

pub fn key_length(alg: &str) -> usize {
    match alg {
        "EdDSA" | "Ed25519" => 32, // qready-expect: EdDSA reference
        "RSA-OAEP" | "RSA-OAEP-256" => 256, // qready-expect: RSA reference
        _ => 0,
    }
}

pub fn public_key(der: &[u8]) -> Result<PublicEncryptingKey, Error> { // qready-expect: RSA reference
    PublicEncryptingKey::from_der(der) // qready-expect: RSA encrypt
}

pub fn encrypting_key(unbound: UnboundCipherKey) -> Result<PaddedBlockEncryptingKey, Error> {
    PaddedBlockEncryptingKey::cbc_pkcs7(unbound) // qready-expect: AES encrypt
}

pub const EC_PUBLIC_KEY: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.10045.2.1"); // qready-expect: ECDSA reference

pub fn is_ecdsa(alg: &str) -> bool { // qready-expect: ECDSA reference
    matches!(alg, "ES256" | "ES384") // qready-expect: ECDSA reference
}

pub fn cached(alg: &str, decoding: bool) -> bool {
    match (alg, decoding) {
        ("EdDSA", true) => true, // qready-expect: EdDSA reference
        _ => false,
    }
}

// (round 18) a borrowed string passed to a call
pub fn allows_default(algorithms: &[&str]) -> bool {
    algorithms.contains(&"RS256") // qready-expect: RSA reference
}
