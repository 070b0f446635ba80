// murk-secrets' weak-key check (round 103): curve25519-dalek's Edwards form is the Ed25519 signature's group,
// its Montgomery form X25519's
use curve25519_dalek::edwards::CompressedEdwardsY; // qready-expect: EdDSA reference
use curve25519_dalek::montgomery::MontgomeryPoint; // qready-expect: ECDH reference

fn small_order(bytes: [u8; 32]) -> bool {
    CompressedEdwardsY(bytes).decompress().map_or(true, |p| p.is_small_order())
}
