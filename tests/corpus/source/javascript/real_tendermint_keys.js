// Tendermint's public keys as protobuf code generators write them (shaped on @kava-labs/javascript-sdk's and
// secretjs' `tendermint/crypto/keys`, audit rounds 343, 355 and 368): a record's field named after a curve
// alone holds that curve's key. An object's own member keeps a library (`this.secp256k1 = secp256k1`, compiled
// TypeScript's `_this`, `_a`), no key.
"use strict";

function createBasePublicKey() {
  return { ed25519: undefined, secp256k1: undefined };
}

const PublicKey = {
  encode(message, writer) {
    if (message.ed25519 !== undefined) { // qready-expect: EdDSA reference
      writer.uint32(10).bytes(message.ed25519); // qready-expect: EdDSA reference
    }
    return writer;
  },
  decode(reader, message) {
    message.secp256k1 = reader.bytes(); // qready-expect: ECDSA reference secp256k1
    return message;
  },
  fromPartial(object) {
    const message = createBasePublicKey();
    message.ed25519 = object.ed25519 ?? undefined; // qready-expect: EdDSA reference
    return message;
  },
  toJSON(message) {
    const obj = {};
    obj.secp256k1 = base64FromBytes(message.secp256k1); // qready-expect: ECDSA reference secp256k1
    return obj;
  },
};

class Wallet {
  constructor(secp256k1) {
    var _this = this;
    this.secp256k1 = secp256k1;
    _this.secp256k1 = secp256k1;
  }
}

function base64FromBytes(bytes) {
  return Buffer.from(bytes).toString("base64");
}

module.exports = { PublicKey, Wallet, base64FromBytes };
