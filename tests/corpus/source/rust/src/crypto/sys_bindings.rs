//! Round 54's Rust shapes: web-sys' WebCrypto types, libgit2-sys' macro-declared enums, ahash's AES path.

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(extends = ::js_sys::Object, js_name = RsaPssParams)] // qready-expect: RSA reference
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub type RsaPssParams; // qready-expect: RSA reference
    pub type Headers;
}

git_enum! {
    pub enum git_cert_ssh_raw_type_t {
        GIT_CERT_SSH_RAW_TYPE_UNKNOWN = 0,
        GIT_CERT_SSH_RAW_TYPE_RSA = 1, // qready-expect: RSA reference
    }
}

#[cfg(all(
    any(target_arch = "x86", target_arch = "x86_64"),
    target_feature = "aes", // qready-expect: AES reference
    not(miri)
))]
pub use crate::fallback::Hasher;

#[cfg(target_feature = "sse2")]
pub fn fast() {}

// md5-asm's bench: a call through the crate named after its algorithm
pub fn compress_block(state: &mut [u32; 4], data: &[[u8; 64]]) {
    md5_asm::compress(state, data); // qready-expect: MD5 reference
}
