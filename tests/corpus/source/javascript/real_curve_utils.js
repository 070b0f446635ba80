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

// @vechain/sdk-core's keystore: the same helper on the curve's class draws an IV
class Keystore {
  encrypt(options) {
    const iv = options.iv ?? Secp256k1.randomBytes(16);
    return iv;
  }
}

// did-key.js's resolver: a key type's module required and called on at once
function resolve(did) {
  switch (did.substring(8, 12)) {
    case 'z6Mk':
      return require('@transmute/did-key-ed25519').driver.get({ did }); // qready-expect: EdDSA reference
    case 'z6LS':
      return require('@transmute/did-key-x25519').driver.get({ did }); // qready-expect: ECDH reference
  }
}

// a module loaded on demand by a function returning it
function loadSigner() {
  return require('./rsa'); // qready-expect: RSA reference
}
