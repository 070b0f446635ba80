//! Apple's Security framework key types declared to Rust (security-framework-sys, round 52): Apple's constants
//! start with a `k`, and name the algorithm all the same.
use core_foundation_sys::string::CFStringRef;

extern "C" {
    pub static kSecAttrKeyTypeRSA: CFStringRef; // qready-expect: RSA reference
    pub static kSecAttrKeyTypeDSA: CFStringRef; // qready-expect: DSA reference
    pub static kSecAttrKeyTypeAES: CFStringRef; // qready-expect: AES reference
    pub static kSecClassKey: CFStringRef;
    pub static kSecAttrKeySizeInBits: CFStringRef;
}

pub fn rsa_key_type() -> CFStringRef { // qready-expect: RSA reference
    unsafe { kSecAttrKeyTypeRSA } // qready-expect: RSA reference
}
