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

// a Matrix event's signatures in a test's JSON: a key's id keys a signature written out, test data
pub fn signed_event() -> serde_json::Value {
    json!({
        "signatures": {
            "domain": {
                "ed25519:a_phSE": "G8cfk/m97sndxMNrEZ2nMMSXkVeJE05G7if4JiVzAwGfD3TwnF/jfSHt2acWrpNqv/aEhZug3WLofc2id+rVBw"
            }
        }
    })
}

// a key built over several lines, its result handled on the last: reported where the key is built (snowflake's
// DPoP proof test, audit round 26)
#[cfg(test)]
mod tests {
    #[test]
    fn proof_verifies_against_published_jwk() {
        use openssl::bn::BigNum;
        use openssl::ec::{EcGroup, EcKey}; // qready-expect: ECDSA reference
        use openssl::ecdsa::EcdsaSig; // qready-expect: ECDSA reference
        use openssl::nid::Nid;

        let x = decode("x");
        let y = decode("y");
        let group = EcGroup::from_curve_name(Nid::X9_62_PRIME256V1).unwrap(); // qready-expect: ECDSA reference P-256
        let public = EcKey::from_public_key_affine_coordinates( // qready-expect: ECDSA reference
            &group,
            &BigNum::from_slice(&x).unwrap(),
            &BigNum::from_slice(&y).unwrap(),
        )
        .expect("jwk coordinates form a valid P-256 point");
        let sig = EcdsaSig::from_private_components(BigNum::new().unwrap(), BigNum::new().unwrap()).unwrap(); // qready-expect: ECDSA reference
        assert!(sig.verify(&[0u8; 32], &public).unwrap()); // a key given to an operation shows no algorithm there
    }
}
