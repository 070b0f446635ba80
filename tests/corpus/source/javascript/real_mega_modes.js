// A cloud drive's file cipher (shaped on megajs, audit round 35): its own CTR and MAC classes, built over a
// cipher object named after AES, run AES in counter mode and as a CBC-MAC.
import { AES } from './aes.js' // qready-expect: AES reference

function getCipher (key) {
  return new AES(key.slice(0, 16)) // qready-expect: AES reference
}

function decrypt (key, start) {
  const aes = getCipher(key)
  const ctr = new CTR(aes, key.slice(16), start) // qready-expect: AES encrypt
  const mac = new MAC(aes, key.slice(16)) // qready-expect: AES encrypt
  const other = new MAC(hmac, key)
  return { ctr, mac, other }
}

// jsbn's RSA, its acronym fused to its operation in lower case (megajs, audit round 35)
function RSAdecrypt (m, d, p, q, u) { // qready-expect: RSA reference
  return m.modPow(d, p.multiply(q))
}

function decryptKey (ciphertext, privkey) {
  return RSAdecrypt(ciphertext, privkey[2], privkey[0], privkey[1], privkey[3]) // qready-expect: RSA decrypt
}

export { decrypt, decryptKey }
