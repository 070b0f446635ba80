// Rollup's CommonJS output (shaped on @blockcerts/ecdsa-secp256k1-verification-key-2019, audit round 73): a
// bundled module's namespace keeps its name with `__namespace` after it
'use strict';

var secp256k1 = require('@noble/secp256k1'); // qready-expect: ECDSA reference secp256k1

function _interopNamespace(e) {
  return e && e.__esModule ? e : Object.freeze(Object.assign({}, e));
}

var secp256k1__namespace = /*#__PURE__*/_interopNamespace(secp256k1); // qready-expect: ECDSA reference secp256k1

function generate(seed) {
  if (seed && !secp256k1__namespace.utils.isValidSecretKey(seed)) { // qready-expect: ECDSA reference secp256k1
    throw new Error('bad seed');
  }
  return seed;
}

module.exports = { generate };
