// A TLS client's WebCrypto layer (shaped on @reclaimprotocol/tls's lib/crypto/webcrypto.js, audit round 185):
// a curve alone on its line is a signing key's, unless the line opening the table or list it is an item of is
// about key exchange (the lengths of ECDH's shared secrets, a list of groups).
const SHARED_KEY_LEN_MAP = {
  'P-256': 32, // qready-expect: ECDH reference
  'P-384': 48, // qready-expect: ECDH reference
}

const SUPPORTED_GROUPS = [
  'P-256', // qready-expect: ECDH reference
  'X25519', // qready-expect: ECDH reference
]

const SIGNATURE_CURVES = [
  'P-256', // qready-expect: ECDSA reference P-256
  'P-384', // qready-expect: ECDSA reference P-384
]

async function sharedSecret(alg, privateKey, publicKey) {
  const bits = await crypto.subtle.deriveBits({ name: 'ECDH', public: publicKey }, privateKey, 8 * SHARED_KEY_LEN_MAP[alg]) // qready-expect: ECDH key-agree
  return new Uint8Array(bits)
}

module.exports = { sharedSecret, SUPPORTED_GROUPS, SIGNATURE_CURVES }
