// A protocol's tests (shaped on syftbox-crypto-python's protocol tests, audit round 130): a type named by its
// crate's path inside an assertion is read, and a name an assertion compares a value to is a use; a value's
// text compared is not.
use ed25519_dalek::SigningKey; // qready-expect: EdDSA reference

#[test]
fn verifies_envelope() {
    let key = SigningKey::from_bytes(&[7u8; 32]); // qready-expect: EdDSA reference
    assert!(
        key.verifying_key()
            .verify_strict(
                &message,
                &ed25519_dalek::Signature::from_slice(&parsed.signature).unwrap() // qready-expect: EdDSA reference
            )
            .is_ok(),
        "Signature should verify"
    );
}

#[test]
fn stores_keys() {
    assert_eq!(identity_dh["type"], "X25519KeyAgreementKey2020"); // qready-expect: ECDH reference
    assert_eq!(identity_dh["publicKeyJwk"]["crv"], "X25519"); // qready-expect: ECDH reference
    assert_eq!(vm["publicKeyJwk"]["crv"], "Ed25519", "curve of {}", name); // qready-expect: EdDSA reference
    assert_eq!(format!("{:?}", curve), "Ed25519");
}
