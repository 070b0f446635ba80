// AES-GCM through the AEAD traits (shaped on mnemo-engine's crypto.rs, audit round 141): the crate's import
// and the cipher are uses; the traits' generic types it re-exports (a nonce, a payload, a generic array) name
// no algorithm where they are used; encrypting with the cipher made on the line above is a use.
use aes_gcm::{aead::{Aead, KeyInit, Payload}, Aes256Gcm, Nonce}; // qready-expect: AES reference
use aes_gcm::aead::generic_array::GenericArray; // qready-expect: AES reference

pub fn seal(key: &[u8], nonce: &[u8], data: &[u8], aad: &[u8]) -> Vec<u8> {
    let cipher = Aes256Gcm::new_from_slice(key).expect("32-byte key"); // qready-expect: AES encrypt
    let payload = Payload {
        msg: data,
        aad,
    };
    let iv = GenericArray::from_slice(nonce);
    cipher.encrypt(Nonce::from_slice(iv), payload).expect("sealed") // qready-expect: AES encrypt
}
