// X3DH over X25519 (shaped on syft-crypto-python's protocol crate, audit round 92): a key agreement called on
// the line below the statement's start is reported on the call's line, where it is.
use x25519_dalek::{PublicKey, StaticSecret}; // qready-expect: ECDH reference

pub fn first_secret(identity_dh: &StaticSecret, signed_prekey: &PublicKey) -> [u8; 32] { // qready-expect: ECDH reference
    let dh1 = identity_dh
        .diffie_hellman(signed_prekey); // qready-expect: ECDH key-agree
    *dh1.as_bytes()
}

// a DID document's keys, deep in a json! literal: their types and curves name their algorithms
use serde_json::json;
pub fn did_document(did_id: &str) -> serde_json::Value {
    json!({
        "id": did_id,
        "verificationMethod": [{
            "type": "Ed25519VerificationKey2020", // qready-expect: EdDSA reference
            "publicKeyJwk": {
                "kty": "OKP",
                "crv": "Ed25519", // qready-expect: EdDSA reference
                "kid": "identity-key"
            }
        }],
        "keyAgreement": [{
            "publicKeyJwk": { "crv": "X25519", "use": "enc" } // qready-expect: ECDH reference
        }]
    })
}
