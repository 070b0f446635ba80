// HPKE's DH-KEM over curves (shaped on mls-rs's crypto crates, audit round 342): its `DhType` trait and the
// `DhKem` built on it are elliptic-curve Diffie-Hellman, no finite-field group; the curve named is the use.
use mls_rs_crypto_traits::{DhType, KdfType, KemType};

pub struct DhKem<DH: DhType, KDF: KdfType> {
    dh: DH,
    kdf: KDF,
}

impl<DH: DhType, KDF: KdfType> KemType for DhKem<DH, KDF> {
    type Error = DhKemError;
}

impl mls_rs_crypto_traits::DhType for Ecdh { // qready-expect: ECDH reference
    type Error = EcdhError;
}

// A test looking for an algorithm's name in an error's text (jacs' binding tests): the text's words, no use.
fn rejects_the_legacy_scheme(error: BindingError) {
    assert!(
        error.message.contains("pq-dilithium"),
        "unexpected error: {}",
        error.message
    );
    assert!(error.to_string().contains("RSA-PSS"));
}
