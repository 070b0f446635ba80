// sr25519 keys and a Ristretto sealed box (shaped on samp-crypto's src/lib.rs, audit round 132): the
// group arithmetic of curve25519-dalek names no algorithm, and schnorrkel's secret key expanded the way
// Ed25519 expands its seed is an sr25519 key; the Montgomery form's X25519 is a use.
use chacha20poly1305::{ChaCha20Poly1305, Nonce};
use curve25519_dalek::constants::RISTRETTO_BASEPOINT_POINT;
use curve25519_dalek::ristretto::CompressedRistretto;
use curve25519_dalek::scalar::Scalar;
use curve25519_dalek::montgomery::MontgomeryPoint; // qready-expect: ECDH reference
use schnorrkel::keys::{ExpansionMode, MiniSecretKey};

fn seed_to_keypair(seed: &[u8; 32]) -> schnorrkel::Keypair {
    let msk = MiniSecretKey::from_bytes(seed).unwrap();
    msk.expand_to_keypair(ExpansionMode::Ed25519)
}

fn ephemeral_point(scalar: &Scalar) -> CompressedRistretto {
    (scalar * RISTRETTO_BASEPOINT_POINT).compress()
}
