// Shaped on s2n-tls's bindings/rust/extended/s2n-tls-tokio/tests/common/mod.rs (awscrt 0.38.0, audit round
// 172): a test's key and certificate bytes, named with their algorithm and encoding, are the test's data.
use rsa::RsaPrivateKey; // qready-expect: RSA reference

pub static RSA_CERT_PEM: &[u8] = include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/../certs/cert_rsa.pem"));
pub static RSA_KEY_PEM: &[u8] =
    include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/../certs/key_rsa.pem"));

pub fn server_key() -> RsaPrivateKey { // qready-expect: RSA reference
    let text = std::str::from_utf8(RSA_KEY_PEM).unwrap();
    RsaPrivateKey::from_pkcs8_pem(text).unwrap() // qready-expect: RSA reference
}
