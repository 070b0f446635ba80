// rust-x3dh (round 100): cryptimitives' x25519_ristretto module holds X25519 keys, and a Schnorr signature
// over Ristretto255 (X25519 signs nothing)
use cryptimitives::{aead, key::x25519_ristretto}; // qready-expect: ECDH reference

fn protocol() {
    let identity = x25519_ristretto::KeyPair::generate_with(OsRng); // qready-expect: ECDH keygen
    let protocol = Protocol::<
        x25519_ristretto::SecretKey, // qready-expect: ECDH reference
        x25519_ristretto::Signature,
    >::new(identity);
}
