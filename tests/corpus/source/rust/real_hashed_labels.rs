// Post-quantum algorithms simulated with hashes (shaped on hope-genome's pqc/mod.rs, audit round 178): the
// domain labels fed to the hasher are data, no algorithm chosen; the types the module names are its own.
use sha2::{Digest, Sha256, Sha512};

pub struct Kyber768; // qready-expect: Kyber reference

pub fn shared_secret(seed: &[u8]) -> Vec<u8> {
    let mut hasher = Sha256::new();
    hasher.update(b"KYBER_SHARED_SECRET");
    hasher.update(seed);
    hasher.finalize().to_vec()
}

pub fn keygen(seed: &[u8]) -> Vec<u8> {
    let mut hasher = Sha512::new();
    hasher.update(b"DILITHIUM_KEYGEN");
    hasher.update("ED25519_DOMAIN");
    hasher.update(seed);
    hasher.finalize().to_vec()
}
