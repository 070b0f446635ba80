// An EDHOC implementation's crypto trait, in the style of lakers (round 15 of the source audit): P-256 here
// only agrees on keys, so its curve names are ECDH's; a turbofish call is its function's. A buffer's type named
// for its length is a size, as round 15's auditor judged its uses (`private_key: &BytesP256ElemLen`).
pub type BytesP256ElemLen = [u8; 32];

pub trait Crypto {
    fn p256_ecdh(&mut self, private_key: &BytesP256ElemLen, public_key: &BytesP256ElemLen) -> BytesP256ElemLen; // qready-expect: ECDH reference P-256
}

pub fn seal(crypto: &mut impl Crypto, key: &[u8], iv: &[u8], plaintext: &[u8]) -> Vec<u8> {
    crypto.aes_ccm_encrypt::<MAX_MESSAGE_SIZE_LEN, CcmTagLen8>(key, iv, plaintext) // qready-expect: AES encrypt
}

pub struct Device {
    secret: BytesP256ElemLen,
}

pub fn element_size() -> u32 {
    let size: u32 = P256_ELEM_LEN.try_into().unwrap();
    size
}
