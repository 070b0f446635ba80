// A JWE library naming its AES ciphers by templates (node-webtokens, round 50 of the source audit).
'use strict';
const crypto = require('crypto');

function unwrapGcm(bits, cek, iv) {
  return crypto.createDecipheriv(`id-aes${bits}-GCM`, cek, iv); // qready-expect: AES reference
}

function unwrapKey(bits, key, z) {
  return crypto.createDecipheriv(`AES${bits}`, key, z); // qready-expect: AES reference
}

function label(x) {
  return `aesthetic${x}`;
}

module.exports = { unwrapGcm, unwrapKey, label };
