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
