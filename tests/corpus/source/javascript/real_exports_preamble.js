"use strict";
// TypeScript compiled to CommonJS (shaped on ehbp's dist/cjs/index.js, audit round 197): the preamble declares
// the module's exports, void for now; the exports themselves are defined below, where they are uses.
Object.defineProperty(exports, "__esModule", { value: true });
exports.AES_GCM_NONCE_LENGTH = exports.AES256_KEY_LENGTH = exports.rsaOaepEncrypt = void 0;
const node_crypto_1 = require("node:crypto");

function rsaOaepEncrypt(publicKey, data) { // qready-expect: RSA reference
  return node_crypto_1.publicEncrypt({ key: publicKey, oaepHash: "sha256" }, data); // qready-expect: RSA encrypt
}
exports.rsaOaepEncrypt = rsaOaepEncrypt; // qready-expect: RSA reference
