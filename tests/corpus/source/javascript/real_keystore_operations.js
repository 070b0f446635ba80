// A browser keystore's symmetric and signing helpers (shaped on keystore-idb, audit round 51): an operation
// named by its verb and what it gives (`encryptBytes`, `signBytes`) on an object named after its algorithm is
// that algorithm's; a size asked of such an object is none (`aesgcm.nonceSize()`).
import * as aes from './aes/index.js' // qready-expect: AES reference
import * as rsa from './rsa/index.js' // qready-expect: RSA reference

export async function encryptMsg(msg, key, cfg) {
  const cipherText = await aes.encryptBytes(toBuffer(msg), key, cfg) // qready-expect: AES encrypt
  return toBase64(cipherText)
}

export async function signMsg(msg, keypair) {
  const signature = await rsa.signBytes(toBuffer(msg), keypair.privateKey) // qready-expect: RSA sign
  return toBase64(signature)
}

export function ivLength(aesgcm) {
  return aesgcm.nonceSize()
}

function toBuffer(msg) {
  return new TextEncoder().encode(msg)
}

function toBase64(buffer) {
  return btoa(String.fromCharCode(...new Uint8Array(buffer)))
}

export function agree(ecdh, peerKey) {
  ecdh.load_received_public_key(peerKey) // qready-expect: ECDH reference
  return ecdh.generateSharedSecret() // qready-expect: ECDH key-agree
}
