// A module built by a factory that returns its API (shaped on libp2p-crypto-secp256k1's src/index.js, audit
// round 109): the classes and functions it hands out, named after their curve, are the curve's; a digest's
// value returned under its hash's name is a value, no use.
module.exports = (secp256k1) => {
  class Secp256k1PublicKey { // qready-expect: ECDSA reference secp256k1
    constructor(key) {
      this._key = secp256k1.publicKeyConvert(key, true); // qready-expect: ECDSA reference secp256k1
    }
  }

  function unmarshalSecp256k1PublicKey(bytes) { // qready-expect: ECDSA reference secp256k1
    return new Secp256k1PublicKey(bytes); // qready-expect: ECDSA reference secp256k1
  }

  function fileInfo(data, digest) {
    const sha1 = digest(data);
    return { sha1, size: data.length };
  }

  return {
    Secp256k1PublicKey, // qready-expect: ECDSA reference secp256k1
    unmarshalSecp256k1PublicKey, // qready-expect: ECDSA reference secp256k1
    fileInfo,
  };
};
