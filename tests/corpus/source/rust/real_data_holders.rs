// A data holder's type bound by its own name (hivecomb and rsn-db's `Nonce::from_slice`, spec256k1's
// `Message::from_digest`, rounds 29 and 102): its algorithm is its module's, which the line does not show
use aes_gcm::aead::{Aead, KeyInit}; // qready-expect: AES reference
use aes_gcm::{Aes256Gcm, Key, Nonce}; // qready-expect: AES reference
use secp256k1::{Message, Secp256k1}; // qready-expect: ECDSA reference secp256k1

fn open(key: &[u8], d: &[u8]) -> Vec<u8> {
    let cipher = Aes256Gcm::new(Key::<Aes256Gcm>::from_slice(key)); // qready-expect: AES encrypt
    let n = Nonce::from_slice(&d[..12]);
    let tagged = Nonce::<Aes256Gcm>::from_slice(&d[..12]); // qready-expect: AES reference
    cipher.decrypt(n, &d[12..]).unwrap()
}

fn digest_message(buf: [u8; 32]) -> Message {
    Message::from_digest(buf)
}
