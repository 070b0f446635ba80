// Shaped on s2n-tls's bindings/rust/standard/s2n-tls-metrics-schema/src/static_lists.rs (awscrt 0.38.0, audit
// round 172): associated constants named in snake case, as the TLS registries spell their signature schemes
// and groups, define what the crate supports; a size constant stays none.
pub struct Signature(u16);
pub struct Group(u16);

#[allow(non_upper_case_globals)]
impl Signature {
    pub const rsa_pss_rsae_sha256: Self = Signature(0x0804); // qready-expect: RSA reference
    pub const ecdsa_secp384r1_sha384: Self = Signature(0x0503); // qready-expect: ECDSA reference P-384
    pub const mldsa65: Self = Signature(0x0905); // qready-expect: ML-DSA reference
    pub const wire_len: usize = 2;
}

#[allow(non_upper_case_globals)]
impl Group {
    pub const x25519: Self = Group(29); // qready-expect: ECDH reference
}
