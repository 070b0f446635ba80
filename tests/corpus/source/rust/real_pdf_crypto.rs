// A PDF library's crypto provider (shaped on pdf-oxide, audit round 35): a method called at the end of a chain
// broken over lines is called on the line that names it, and a method of a call's result (`.unwrap()`) adds
// nothing to that call.
use crate::crypto::{AesKeySize, AlgorithmId, SecurityPolicy}; // qready-expect: AES reference

fn decrypt(p: &dyn Provider, key: &[u8], iv: &[u8], data: &[u8]) -> Vec<u8> {
    let pt = p
        .aes_cbc_decrypt(AesKeySize::Aes128, key, iv, data) // qready-expect: AES reference
        .unwrap();
    pt
}

fn policy() -> SecurityPolicy {
    SecurityPolicy::builder(PolicyMode::Compat)
        .deny(AlgorithmId::CipherRc4, "weak") // qready-expect: RC4 reference
        .build()
}

fn sign(keys: &Keys, seed: &[u8], msg: &[u8]) -> Signature {
    let sig = keys
        .ed25519_signer(seed) // qready-expect: EdDSA sign
        .sign(msg);
    sig
}
