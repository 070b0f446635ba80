// Shapes from bittensor-wallet and qh3: a keypair built through an algorithm's module, and keys derived or
// written out from objects named after their algorithm.
use sp_core::{ed25519, Pair}; // qready-expect: EdDSA reference

pub fn from_seed(seed: &[u8]) -> Result<ed25519::Pair, String> { // qready-expect: EdDSA reference
    let pair = ed25519::Pair::from_seed_slice(seed).map_err(|e| format!("{e:?}"))?; // qready-expect: EdDSA reference
    Ok(pair)
}

impl Agreement {
    pub fn public_key(&self) -> Vec<u8> {
        let raw = self.x25519_private.compute_public_key().unwrap(); // qready-expect: ECDH reference
        raw.as_ref().to_vec()
    }

    pub fn export(&self) -> String {
        self.rsa_key.to_pkcs8_pem(LineEnding::LF).unwrap().to_string() // qready-expect: RSA reference
    }

    // look-alikes: an object named after an algorithm whose method does no cryptography
    pub fn describe(&self) -> usize {
        self.rsa_key.len()
    }
}

// pqc-py's pre-standard Dilithium wrappers (CRYSTALS-Dilithium, round 3)
pub fn dilithium_verify(public_key: &[u8], message: &[u8], signature: &[u8]) -> bool { // qready-expect: Dilithium reference
    !public_key.is_empty() && !message.is_empty() && !signature.is_empty()
}

// asherah's shape: a chain on a call whose closure spans lines; what the closure does is read on its lines only
pub async fn seal_all(data: Vec<u8>) -> Vec<u8> {
    tokio::task::spawn_blocking(move || {
        let crypto = aead::AES256GCM::new(); // qready-expect: AES reference
        crypto.seal(&data)
    })
    .await
    .unwrap()
}
