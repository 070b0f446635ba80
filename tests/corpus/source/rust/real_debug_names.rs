// A cipher's Debug output (shaped on sayaka's chacha20.rs, audit round 124): the name a Debug impl shows is
// text for people; the cipher built is the use.
use aes_gcm::Aes256Gcm; // qready-expect: AES reference
use std::fmt;

pub struct Sealer {
    cipher: Aes256Gcm, // qready-expect: AES reference
}

impl fmt::Debug for Sealer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Aes256Gcm").finish_non_exhaustive()
    }
}
