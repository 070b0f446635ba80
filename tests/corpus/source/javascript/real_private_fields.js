// @matter/general's Node crypto (round 47): a class keeps the crypto module in a private field
'use strict';

class NodeJsStyleCrypto {
  #crypto;

  constructor(crypto) {
    this.#crypto = crypto;
  }

  agree(curve, peerKey) {
    const ecdh = this.#crypto.createECDH(curve); // qready-expect: ECDH reference
    ecdh.generateKeys(); // qready-expect: ECDH keygen
    return ecdh.computeSecret(peerKey); // qready-expect: ECDH reference
  }
}

module.exports = { NodeJsStyleCrypto };
