// A COSE library's content encryption, in the style of @auth0/cose (round 17 of the source audit): the
// cipher's name is built by a template from its key size.
"use strict";
const crypto = require("crypto");

function encrypt(keySize, key, iv, plaintext) {
  const algorithm = `aes-${keySize}-cbc`; // qready-expect: AES reference
  const label = `key-${keySize}`;
  return { label, data: crypto.createCipheriv(algorithm, key, iv).update(plaintext) };
}

module.exports = { encrypt };
