// Modules required where no variable binds them (shaped on bitsharesjs and bitcore, audit round 72): an
// object's members, and a member of a module's member
module.exports = {
  aes: require("./ecc/src/aes"), // qready-expect: AES reference
  PrivateKey: require("./ecc/src/PrivateKey"),
  util: require("./util"),
};

var ec = require("elliptic").curves.secp256k1; // qready-expect: ECDSA reference
