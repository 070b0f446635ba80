// TLS 1.3's signature schemes by name (shaped on @nodertc/dtls, audit round 43): a registry's keys and the
// members a handshake compares
const signatureScheme = {
  rsa_pkcs1_sha256: 0x0401, // qready-expect: RSA reference
  ecdsa_secp256r1_sha256: 0x0403, // qready-expect: ECDSA reference
  rsa_pss_rsae_sha512: 0x0806, // qready-expect: RSA reference
  ed25519: 0x0807, // qready-expect: EdDSA reference
};

function hashOf(scheme, stats) {
  switch (scheme) {
    case signatureScheme.ecdsa_secp384r1_sha384: // qready-expect: ECDSA reference
      return 'sha384';
    case signatureScheme.rsa_pss_rsae_sha256: // qready-expect: RSA reference
      return 'sha256';
    default:
      return stats.rsa_pss_rsae_sha256_count;
  }
}

module.exports = { signatureScheme, hashOf };
