//! Application code in the style of an OPC-UA stack, a Node.js-compat layer and a DKIM signer: AES cipher
//! aliases with their key size, generic cipher traits re-exported by the `aes` and `rsa` crates, and an
//! algorithm enum that the application dispatches on.
use aes::cipher::block_padding::Pkcs7; // qready-expect: AES reference
use aes::cipher::{BlockDecryptMut, BlockEncryptMut, KeyIvInit}; // qready-expect: AES reference
use openssl::ssl::{SslContextBuilder, SslOptions};
use rsa::pkcs8::AssociatedOid; // qready-expect: RSA reference
use rsa::{pkcs1::DecodeRsaPrivateKey, pkcs1v15::Pkcs1v15Sign, RsaPrivateKey}; // qready-expect: RSA reference

type Aes128CbcEnc = cbc::Encryptor<aes::Aes128>; // qready-expect: AES reference
type Aes256CbcDec = cbc::Decryptor<aes::Aes256>; // qready-expect: AES reference
type Aes192Ctr = ctr::Ctr64BE<aes::Aes192>; // qready-expect: AES reference

#[derive(Debug, Clone, Copy)]
pub enum CipherAlgorithm {
    Aes128Cbc, // qready-expect: AES reference
    Aes256Cbc, // qready-expect: AES reference
    ChaCha20Poly1305,
}

pub enum Algorithm {
    HS256,
    ES256, // qready-expect: ECDSA reference
    RS256, // qready-expect: RSA reference
    PS384, // qready-expect: RSA reference
    EdDSA, // qready-expect: EdDSA reference
}

impl CipherAlgorithm {
    pub fn key_length(&self) -> usize {
        match self {
            CipherAlgorithm::Aes128Cbc => 16, // qready-expect: AES reference
            CipherAlgorithm::Aes256Cbc => 32, // qready-expect: AES reference
            CipherAlgorithm::ChaCha20Poly1305 => 32,
        }
    }
}

pub struct AesKey { // qready-expect: AES reference
    value: Vec<u8>,
}

fn encrypt_aes128_cbc(key: &[u8], iv: &[u8], buffer: &mut [u8], len: usize) -> Result<usize, String> { // qready-expect: AES reference 128
    let cipher = Aes128CbcEnc::new_from_slices(key, iv).map_err(|e| e.to_string())?; // qready-expect: AES encrypt
    cipher.encrypt_padded_mut::<Pkcs7>(buffer, len).map_err(|_| "padding".to_string())?;
    Ok(len)
}

fn hash_oid<H: AssociatedOid>() -> &'static str {
    "oid"
}

fn dkim_sign(private_key: &RsaPrivateKey, hashed: &[u8]) -> Vec<u8> { // qready-expect: RSA reference
    private_key.sign(Pkcs1v15Sign::new::<Sha256>(), hashed).unwrap() // qready-expect: RSA sign
}

fn tls_context(ctx: &mut SslContextBuilder, dh: &Dh<Params>) -> Result<(), ErrorStack> { // qready-expect: FFDH reference
    ctx.set_options(SslOptions::NO_COMPRESSION | SslOptions::SINGLE_DH_USE); // qready-expect: FFDH key-agree
    ctx.set_tmp_dh(dh)?; // qready-expect: FFDH key-agree
    ctx.set_ecdh_auto(true) // qready-expect: ECDH key-agree
}

#[test]
fn parses_algorithm_names() {
    assert!(Algorithm::from_str("RS256").is_ok()); // qready-expect: RSA reference
    assert!(Algorithm::from_str("HS256").is_ok());
    assert_eq!(format!("{:?}", CipherAlgorithm::ChaCha20Poly1305), "ChaCha20Poly1305", "unsupported: ES256");
}

// dryoc's tests: calls inside assertion macros run, and so do those whose result a logger prints (audit rounds
// 64 and 135); test vectors' names do not count.
#[test]
fn detached_signatures() {
    assert!(crypto_sign_ed25519_verify_detached(&bad_s, message, &public_key).is_err()); // qready-expect: EdDSA sign
    assert_eq!(x25519(&b, &a_pub), shared); // qready-expect: ECDH reference
    log::info!("modulus: {} bits", rsa_bits(&key)); // qready-expect: RSA reference
}

const ED25519_VECTORS: [Vector; 5] = [VECTOR_1, VECTOR_2, VECTOR_3, VECTOR_4, VECTOR_5];

// asherah's configuration: an algorithm name made an owned String on the way
fn drift_guard() -> Config {
    Config {
        aead_algorithm: "AES-256-GCM".to_string(), // qready-expect: AES reference
        region: "eu-west-1".to_string(),
    }
}

// rustls' enums, declared through a macro; HPKE's DHKEM is elliptic-curve DH, not finite-field DH
enum_builder! {
    #[repr(u16)]
    pub enum CipherSuite {
        TLS_NULL_WITH_NULL_NULL => 0x0000,
        TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256 => 0xc027, // qready-expect: ECDH reference; RSA reference; AES reference
        TLS_ECDH_anon_WITH_RC4_128_SHA_draft => 0x0058, // qready-expect: ECDH reference; RC4 reference
    }
}
static DH_KEM_P384_HKDF_SHA384: &DhKem<SHA384_OUTPUT_LEN> = &DhKem { id: 0x0011 }; // qready-expect: ECDH reference P-384
