// A signature check's tests (shaped on certmonitor's rust_certinfo verify.rs, audit round 141): constants of a
// test-vector module named after their algorithm are data handed to a decoder; the OID under test is a use.
fn verify_signature(_oid: &str, _sig: &[u8], _spki: &[u8]) -> Result<(), ()> { Ok(()) }

#[cfg(test)]
mod tests {
    use super::*;
    use crate::crypto::test_vectors::{
        hex, DIGEST256, RSA_SIG, RSA_SPKI,
    };

    #[test]
    fn verifies() {
        assert!(verify_signature(
            "1.2.840.113549.1.1.11", // qready-expect: RSA reference
            &hex(RSA_SIG),
            &hex(RSA_SPKI)
        ).is_ok());
    }
}
