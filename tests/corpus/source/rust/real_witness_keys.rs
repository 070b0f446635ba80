// witness-log (round 314): a function of a project's crate whose path holds `log` or `error` (`witness_log_core`)
// is read by its own name: `for_ed25519` makes an Ed25519 verifier key; its signature type's constant too.
use witness_log_core::c2sp::{key_id, VerifierKey, SIG_TYPE_ED25519}; // qready-expect: EdDSA reference

pub fn check(origin: &str, identity: &[u8; 32]) -> bool {
    let vkey = VerifierKey::for_ed25519(origin, identity); // qready-expect: EdDSA verify
    let material = vec![SIG_TYPE_ED25519]; // qready-expect: EdDSA reference
    key_id(origin, &material);
    vkey.sig_type == SIG_TYPE_ED25519 // qready-expect: EdDSA reference
}
