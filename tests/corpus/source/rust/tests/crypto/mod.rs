// A binding crate's test modules, one per API they test (libsodium-sys, round 50 of the source audit): their
// names are tests' names, and their tests call what they test.
mod crypto_box_curve25519xsalsa20poly1305;
mod crypto_sign_ed25519;

use libsodium_sys::crypto_sign_ed25519_keypair; // qready-expect: EdDSA reference

#[test]
fn keypair() {
    let (mut pk, mut sk) = ([0u8; 32], [0u8; 64]);
    unsafe { crypto_sign_ed25519_keypair(pk.as_mut_ptr(), sk.as_mut_ptr()) }; // qready-expect: EdDSA sign
}
