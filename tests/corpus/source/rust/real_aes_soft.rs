// A software AES crate's macro building its ciphers from fixsliced functions, a benchmark of them, and a
// sodium binding's NUL-terminated primitive names (aes-soft and libsodium-sys, round 50 of the source audit).
use aes_soft::Aes256; // qready-expect: AES reference

define_aes_impl!(
    Aes128, // qready-expect: AES reference
    fixslice::aes128_key_schedule, // qready-expect: AES reference 128
    fixslice::aes128_encrypt, // qready-expect: AES reference 128
);

#[bench]
pub fn aes256_encrypt8(bh: &mut test::Bencher) {
    bh.iter(|| run(8));
}

pub const crypto_scalarmult_PRIMITIVE: &[u8; 11usize] = b"curve25519\0"; // qready-expect: ECDH reference
pub const crypto_stream_PRIMITIVE: &[u8; 8usize] = b"xsalsa\0";
