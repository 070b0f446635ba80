// A post-quantum file encryptor's PEM tags (shaped on pqfile, audit round 94): a PEM block's type names its
// key's or signature's algorithm, whatever words follow.
pub(crate) const PRIV_ENC_TAG: &str = "ML-KEM-768 ENCRYPTED PRIVATE KEY"; // qready-expect: ML-KEM reference
const SIG_TAG: &str = "ML-DSA-65 SIGNATURE"; // qready-expect: ML-DSA reference
pub(crate) const SLH_VK_TAG: &str = "SLH-DSA-SHAKE-192F VERIFYING KEY"; // qready-expect: SLH-DSA reference
pub const HW_TAG_HYBRID_768: &str = "X25519+ML-KEM-768 HARDWARE KEY REFERENCE"; // qready-expect: Hybrid-KEM reference
const GENERIC_TAG: &str = "PUBLIC KEY";

