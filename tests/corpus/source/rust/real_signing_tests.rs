// rpm-rs's signature tests (round 44): the keys are read from files whose paths are constants named after the
// key's algorithm; the signer built from them is the use, the file's name is not
use rpm::signature::pgp::{Signer, Verifier};
use std::fs;

mod common {
    pub mod keys {
        pub mod v4 {
            pub const RSA_4K_PRIVATE: &str = "tests/assets/signing_keys/v4/rsa4096_private.asc";
            pub const ED25519_PUBLIC: &str = "tests/assets/signing_keys/v4/ed25519_public.asc";
        }
    }
}

fn sign_and_verify(package: &mut rpm::Package) -> Result<(), rpm::Error> {
    let private = fs::read(common::keys::v4::RSA_4K_PRIVATE)?;
    let public = std::fs::read_to_string(common::keys::v4::ED25519_PUBLIC)?;
    let signer = Signer::load_from_asc_bytes(&private)?;
    package.sign(signer)?;
    let verifier = Verifier::load_from_asc_bytes(public.as_bytes())?;
    let rsa = rsa::RsaPrivateKey::new(&mut rand::thread_rng(), 2048); // qready-expect: RSA keygen 2048
    package.verify_signature(verifier)
}

// bitwarden-sdk's COSE key conversion (round 44): the error's variant names the key it failed on, no use
#[derive(Debug)]
pub enum CoseKeyToPkcs8Error {
    FailedToConvertP256PrivateKeyToPkcs8,
}

fn to_pkcs8(key: &[u8]) -> Result<Vec<u8>, CoseKeyToPkcs8Error> {
    let secret = p256::SecretKey::from_slice(key) // qready-expect: ECDSA reference P-256
        .map_err(|_| CoseKeyToPkcs8Error::FailedToConvertP256PrivateKeyToPkcs8)?;
    Ok(secret.to_bytes().to_vec())
}

// bittensor's keys (round 45): a key's crypto type dispatched on, several in one arm
pub const CRYPTO_SR25519: u32 = 1;
pub const CRYPTO_ED25519: u32 = 2; // qready-expect: EdDSA reference

fn supported(kind: u32) -> bool {
    match kind {
        CRYPTO_SR25519 | CRYPTO_ED25519 => true, // qready-expect: EdDSA reference
        _ => false,
    }
}

// uuid-utils (round 46): a UUID's version bits name the hash of versions 3 and 5, and compute nothing
fn version_of(number: u8) -> uuid::Version {
    match number {
        3 => uuid::Version::Md5,
        5 => Version::Sha1,
        _ => Version::Random,
    }
}

fn digest_name(data: &[u8]) -> md5::Digest { // qready-expect: MD5 reference
    md5::compute(data) // qready-expect: MD5 digest
}

// murk-secrets' and pqhybridsign's tests (rounds 103 and 110): a JWT's subject and a domain-separation label
// compared are texts; a test module's key constant is the test's data
#[test]
fn claims_and_labels() {
    assert_eq!(decoded["sub"], "user-rs256");
    assert_eq!(H1Test::LABEL, b"hybrid-ed25519-mldsa44-v1\0");
    assert!(!add_member(&mut murk, "ops", crate::testutil::SSH_ED25519_PK, alice).unwrap());
    assert_eq!(vm["publicKeyJwk"]["crv"], "Ed25519"); // qready-expect: EdDSA reference
}
