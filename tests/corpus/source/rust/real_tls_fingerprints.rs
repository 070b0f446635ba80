// A browser-impersonating HTTP client's TLS fingerprints (shaped on impit, audit round 35): the key exchange
// groups a ClientHello offers, listed in a macro, each select their group.
use crate::fingerprint::{KeyExchangeGroup, TlsFingerprint};

pub fn chrome_groups() -> Vec<KeyExchangeGroup> {
    vec![
        KeyExchangeGroup::X25519MLKEM768, // qready-expect: Hybrid-KEM reference
        KeyExchangeGroup::X25519, // qready-expect: ECDH reference
        KeyExchangeGroup::Secp256r1, // qready-expect: ECDH reference P-256
        KeyExchangeGroup::Secp384r1, // qready-expect: ECDH reference P-384
    ]
}

// A fingerprint's supported groups mapped from their IANA code points to the TLS library's names (shaped on
// utls, round 149): a curve given its group's code point is the group's, a key exchange.
fn group_name(codepoint: u16) -> Option<&'static str> {
    match codepoint {
        0x0017 => Some("P-256"), // qready-expect: ECDH reference
        0x0018 => Some("P-384"), // qready-expect: ECDH reference
        0x001D => Some("X25519"), // qready-expect: ECDH reference
        _ => None,
    }
}

// a signature scheme's code point is no group's: the curve stays a signing key's
const SIGNING: (u16, &str) = (0x0403, "P-256"); // qready-expect: ECDSA reference P-256

// a fingerprint's extensions given as code points, each named in a comment (utls's tests/extension_order.rs,
// round 149)
fn chrome_extensions() -> Extensions {
    Extensions {
        supported_groups: vec![0x001D /* X25519 */], // qready-expect: ECDH reference
        signature_algorithms: vec![0x0403 /* ecdsa_secp256r1_sha256 */], // qready-expect: ECDSA reference
        padding: vec![0x0015 /* X25519 */],
    }
}
