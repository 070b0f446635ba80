// A pure-JS libsodium's signing code (shaped on sodium-javascript's crypto_sign.js, audit round 77): the field
// arithmetic helpers its Ed25519 module exports are one or two letters long and say nothing; the curve's own
// functions do
const { M, Z, gf, pack25519, unpack25519 } = require('./internal/ed25519') // qready-expect: EdDSA reference

function unpackneg (r, p, D2) {
  const t = gf()
  Z(r[0], gf(), r[0])
  M(t, t, D2)
  return unpack25519(t, p) // qready-expect: EdDSA reference
}

module.exports = { unpackneg, pack25519 } // qready-expect: EdDSA reference
