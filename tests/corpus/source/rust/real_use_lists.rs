// Lists of a use declaration over lines (rsn-db, round 102; rookiepy, round 37; pythonkyber, round 100): the
// module's line is the use, a line of generic traits names no algorithm, a line naming one is a use too
use aes_gcm::{ // qready-expect: AES reference
    aead::{Aead, KeyInit},
    Aes256Gcm, Nonce, // qready-expect: AES reference
};
use k256::{
    schnorr::{PrivateKey, PublicKey}, // qready-expect: ECDSA reference
};
use pqcrypto_kyber::{ // qready-expect: Kyber reference
    kyber512::{keypair as keypair512, encapsulate as encapsulate512}, // qready-expect: Kyber reference
    kyber768::{keypair as keypair768}, // qready-expect: Kyber reference
};

fn keys() {
    let (pk, sk) = keypair512(); // qready-expect: ML-KEM reference
    let (ss, ct) = encapsulate512(&pk); // qready-expect: ML-KEM reference
}

// pykyber (round 7): a listed function of the KEM's module is its operation, whatever its name says
use pqc_kyber::{ // qready-expect: Kyber reference
    crypto_kem_keypair_1024, decapsulate, encapsulate, // qready-expect: Kyber reference
    Keypair,
};
