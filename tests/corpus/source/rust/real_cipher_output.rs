// Shapes of tapo's media-stream cipher test (round 26): a variable given an encryption's output holds
// ciphertext, not an object of the algorithm; decoding it is no AES operation.
use base64::{engine::general_purpose, Engine as _};

fn roundtrip(key: &[u8], iv: &[u8], plaintext: &str) -> Vec<u8> {
    let ciphertext_base64 = crypto::aes128_cbc_encrypt(key, iv, plaintext).unwrap(); // qready-expect: AES encrypt 128
    let ciphertext = general_purpose::STANDARD.decode(ciphertext_base64).unwrap();
    ciphertext
}

use md5::{Digest as _, Md5}; // qready-expect: MD5 reference

struct Sha256Reader<'a, R> {
    source: R,
    hasher: &'a mut Vec<u8>,
}

impl<R: std::io::Read> std::io::Read for Sha256Reader<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let _ = Md5::new(); // qready-expect: MD5 digest
        self.source.read(buf)
    }
}

// hashsigs' tests (round 20): a call whose error a test expects still runs
fn rejects_short_seeds() {
    let err = expect_err(super::sphincs_plus_c_keygen(&[0u8; 31])); // qready-expect: SLH-DSA keygen
    assert!(err.is_some());
}
