//! TLS client and server configuration (rustls with the aws-lc-rs provider).

use std::sync::Arc;

use rustls::crypto::aws_lc_rs::{self as provider, cipher_suite, kx_group};
use rustls::crypto::CryptoProvider;
use rustls::{ClientConfig, NamedGroup, SignatureScheme};

/// Post-quantum hybrid key exchange first, then classical X25519 and P-256.
pub fn crypto_provider() -> CryptoProvider {
    CryptoProvider {
        kx_groups: vec![
            kx_group::X25519MLKEM768, // qready-expect: Hybrid-KEM reference
            kx_group::X25519, // qready-expect: ECDH reference
            kx_group::SECP256R1, // qready-expect: ECDH reference
        ],
        cipher_suites: vec![
            cipher_suite::TLS13_AES_256_GCM_SHA384, // qready-expect: AES reference
            cipher_suite::TLS13_CHACHA20_POLY1305_SHA256,
            cipher_suite::TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256, // qready-expect: ECDH reference; ECDSA reference; AES reference
            cipher_suite::TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384, // qready-expect: ECDH reference; RSA reference; AES reference
        ],
        ..provider::default_provider()
    }
}

pub fn client_config(roots: rustls::RootCertStore) -> Arc<ClientConfig> {
    let config = ClientConfig::builder_with_provider(Arc::new(crypto_provider()))
        .with_safe_default_protocol_versions()
        .expect("TLS 1.2 and 1.3")
        .with_root_certificates(roots)
        .with_no_client_auth();
    Arc::new(config)
}

pub fn is_post_quantum(group: NamedGroup) -> bool {
    group == NamedGroup::X25519MLKEM768 // qready-expect: Hybrid-KEM reference
}

pub fn preferred_group() -> &'static str {
    "X25519MLKEM768" // qready-expect: Hybrid-KEM reference
}

pub fn accepted_schemes() -> [SignatureScheme; 3] {
    [
        SignatureScheme::ECDSA_NISTP256_SHA256, // qready-expect: ECDSA reference P-256
        SignatureScheme::RSA_PSS_SHA256, // qready-expect: RSA reference
        SignatureScheme::ED25519, // qready-expect: EdDSA reference
    ]
}

// Not findings: the provider's name and a log message naming a group.
pub fn describe() -> String {
    tracing::info!("offering X25519MLKEM768 first");
    String::from("aws-lc-rs")
}
