// A wallet's sodium-compatible key pairs (shaped on @exodus/crypto's sodium-compat, audit round 34): the curve a
// returned key pair names is its algorithm.
import * as curve25519 from './curve25519.js' // qready-expect: ECDH reference

export async function genSignKeyPair(seed) {
  const publicKey = await curve25519.edwardsToPublic({ privateKey: seed, format: 'buffer' }) // qready-expect: ECDH reference
  return { publicKey, privateKey: seed, keyType: 'ed25519' } // qready-expect: EdDSA reference
}

export async function genBoxKeyPair(privateKey) {
  const publicKey = await curve25519.montgomeryToPublic({ privateKey, format: 'buffer' }) // qready-expect: ECDH reference
  return { publicKey, privateKey, curve: 'x25519' } // qready-expect: ECDH reference
}

