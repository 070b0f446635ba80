//! openssl-sys' shapes (round 52): items a `cfg_if!` chooses among are code, though the grammar keeps a
//! macro's body as tokens.
use libc::c_ulong;

cfg_if! {
    if #[cfg(ossl300)] {
        pub const SSL_OP_ALL: c_ulong = SSL_OP_CRYPTOPRO_TLSEXT_BUG
            | SSL_OP_TLSEXT_PADDING
            | SSL_OP_SAFARI_ECDHE_ECDSA_BUG; // qready-expect: ECDSA reference
    } else {
        pub const SSL_OP_ALL: c_ulong = 0x80000BFF;
    }
}

cfg_if::cfg_if! {
    if #[cfg(ossl110)] {
        extern "C" {
            pub fn RSA_get0_key(r: *const RSA, n: *mut *const BIGNUM, e: *mut *const BIGNUM); // qready-expect: RSA reference
        }
    }
}

// a macro's own arguments are no code: a message naming an algorithm
fn report(bits: u32) {
    info!("{} bits of RSA_KEY", bits);
}
