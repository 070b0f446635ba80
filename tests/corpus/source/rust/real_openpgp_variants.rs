// An OpenPGP library's algorithm enum used through a glob import, a TLS parser's signature-scheme registry
// in snake case, and OpenSSL's cipher list continued over lines (sequoia-openpgp, tls-parser and the openssl
// crate, round 48 of the source audit).
use crate::types::PublicKeyAlgorithm::*;

pub enum SignatureScheme {
    rsa_pkcs1_sha256 = 0x0401, // qready-expect: RSA reference
    ecdsa_brainpoolP256r1tls13_sha256 = 0x081a, // qready-expect: ECDSA reference brainpoolP256r1
    ed25519 = 0x0807, // qready-expect: EdDSA reference
    max_fragment_length,
}

pub enum ErrorKind {
    rsa_too_small,
}

impl From<PublicKeyAlgorithm> for u8 {
    fn from(p: PublicKeyAlgorithm) -> u8 {
        match p {
            RSAEncrypt => 2, // qready-expect: RSA reference
            ElGamalEncrypt => 16, // qready-expect: ElGamal reference
            EdDSA => 22, // qready-expect: EdDSA reference
            Private(u) => u,
            Unknown(u) => u,
        }
    }
}

fn size_class(algo: PublicKeyAlgorithm, bits: Option<usize>) -> SizeClass {
    match (algo, bits) {
        (ElGamalEncryptSign, None) // qready-expect: ElGamal reference
            | (ElGamalEncrypt, None) => unreachable!(), // qready-expect: ElGamal reference
        (Unknown(_), _) => Default,
    }
}

fn generated(public: &[u8]) -> (PublicKeyAlgorithm, Vec<u8>) {
    (
        EdDSA, // qready-expect: EdDSA reference
        public.to_vec(),
    )
}

fn secure(ctx: &mut SslContextBuilder) -> Result<(), ErrorStack> {
    ctx.set_cipher_list(
        "HIGH:!aNULL:\
         DHE-RSA-AES256-GCM-SHA384" // qready-expect: FFDH reference; RSA reference; AES reference
    )?;
    let banner = "Welcome:\
        to the server";
    warn("ciphers: HIGH:\
         DHE-RSA-AES256-GCM-SHA384");
    Ok(())
}
