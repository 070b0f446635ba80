// Shapes from tgcrypto-rs and cryptopyx (round 18 of the source audit): a module's functions registered with
// Python through a macro name their module (`aes::ctr256_encrypt`).
use pyo3::prelude::*;

mod aes; // qready-expect: AES reference
mod utils;

#[pymodule]
fn tgcrypto(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(aes::ctr256_encrypt, m)?)?; // qready-expect: AES reference
    m.add_function(wrap_pyfunction!(aes::ige256_decrypt, m)?)?; // qready-expect: AES reference
    m.add_function(wrap_pyfunction!(utils::hex_encode, m)?)?;
    assert!(std::mem::size_of::<u8>() == 1);
    Ok(())
}

// (round 19) crates named in `extern crate`, and the crate's own function registered with Python
extern crate ed25519_dalek; // qready-expect: EdDSA reference
extern crate aes_soft as aes; // qready-expect: AES reference

#[pymodule]
fn ciphertoken(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(generate_rsa_keypair, m)?)?; // qready-expect: RSA reference
    m.add_function(wrap_pyfunction!(encode_token, m)?)?;
    Ok(())
}

// (round 20) a parameter set's name is no curve (`p256s`: SPHINCS+'s 256-bit small set); a key generation
// registered by its name
mod p256s;

#[pymodule]
fn hashsigs(module: &Bound<'_, PyModule>) -> PyResult<()> {
    module.add_function(wrap_pyfunction!(sphincs_plus_c_keygen, module)?)?; // qready-expect: SLH-DSA reference
    Ok(())
}

// (round 40) bitcurve's functions registered by their names, with words after the algorithm's
#[pymodule]
fn bitcurve(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(ecdsa_verify_der, m)?)?; // qready-expect: ECDSA reference
    m.add_function(wrap_pyfunction!(ecdsa_recoverable_signature_parse, m)?)?; // qready-expect: ECDSA reference
    m.add_function(wrap_pyfunction!(ecdh, m)?)?; // qready-expect: ECDH reference
    m.add_function(wrap_pyfunction!(version, m)?)?;
    Ok(())
}

// (round 41) garaga: functions registered by their module's path; a prime field's type is field arithmetic
#[pymodule]
fn garaga(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(signatures::ecdsa_calldata_builder, m)?)?; // qready-expect: ECDSA reference
    m.add_function(wrap_pyfunction!(signatures::rsa_2048_calldata_builder, m)?)?; // qready-expect: RSA reference 2048
    Ok(())
}

fn sqrt_minus_one() -> FieldElement<X25519PrimeField> {
    FieldElement::<X25519PrimeField>::from_hex("2b8324804fc1df0b").unwrap()
}
