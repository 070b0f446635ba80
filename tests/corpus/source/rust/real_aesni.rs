// tgcryptorust's AES-256: an AES-NI module beside the portable code, chosen at run time
pub const BLOCK: usize = 16;

pub fn encrypt(key: &[u8; 32], block: &mut [u8; BLOCK]) {
    if aesni::is_available() { // qready-expect: AES reference
        aesni::encrypt_block(key, block); // qready-expect: AES encrypt
    }
}

mod aesni { // qready-expect: AES reference
    pub fn is_available() -> bool {
        std::is_x86_feature_detected!("aes")
    }

    pub fn encrypt_block(_key: &[u8; 32], _block: &mut [u8; 16]) {}
}
