// Shapes from @multiversx/sdk-core and @stacks/transactions (round 59 of the source audit): a curve
// library's `utils` also holds generic byte helpers, which are no operation of the curve's.
"use strict";
const ed25519_1 = require("@noble/ed25519"); // qready-expect: EdDSA reference
const secp = require("@noble/secp256k1"); // qready-expect: ECDSA reference secp256k1

class Randomness {
  constructor(init) {
    this.iv = init?.iv || Buffer.from(ed25519_1.utils.randomBytes(16));
    this.id = init?.id || secp.utils.bytesToHex(secp.utils.randomBytes(16));
  }
}

function newSigningKey() {
  return secp.utils.randomPrivateKey(); // qready-expect: ECDSA keygen
}

module.exports = { Randomness, newSigningKey };
