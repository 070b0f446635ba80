// @ipld/dag-ucan, libp2p-crypto and @transmute/cose (round 58): algorithm constants switched on, modules
// required into an export or called as they load, and a COSE registry's WalnutDSA (a braid-group signature,
// no DSA).
const RSA = 0x1205 // qready-expect: RSA reference
const SECP256K1 = 0xe7 // qready-expect: ECDSA reference secp256k1
const P256 = 0x1200 // qready-expect: ECDSA reference P-256

export const codeName = (code) => {
  switch (code) {
    case RSA: // qready-expect: RSA reference
      return 1
    case SECP256K1: // qready-expect: ECDSA reference secp256k1
      return 2
    case EdDSA: // qready-expect: EdDSA reference
      return 3
    case RS256: // qready-expect: RSA reference
      return 4
    case UNKNOWN:
      return 5
    default:
      return 0
  }
}

exports.utils = require('./rsa-utils') // qready-expect: RSA reference
exports.format = require('./pem-format')
crypto = crypto || require('./secp256k1')() // qready-expect: ECDSA reference secp256k1
const keys = nativeKeys || require('./ed25519-keys') // qready-expect: EdDSA reference

export const registry = [
  { "Name": "WalnutDSA", "Value": -260 },
  { "Name": "ES256", "Value": -7 }, // qready-expect: ECDSA reference
]
