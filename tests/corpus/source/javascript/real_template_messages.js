// Sizes checked before a box is opened (shaped on @mapeo/crypto's invite-utils.js, audit round 131): a value
// put into a sentence of a template string is a message; a name built of pieces, or a hash computed inside
// one, is a use.
const sodium = require('sodium-universal');
const crypto = require('crypto');

function checkKeys(senderSecretKey, size, deviceId) {
  assert(
    senderSecretKey.length >= sodium.crypto_box_SECRETKEYBYTES, // qready-expect: ECDH reference
    `senderSecretKey must be at least ${sodium.crypto_box_SECRETKEYBYTES} bytes`
  );
  const cipher = `aes-${size}-cbc`; // qready-expect: AES reference
  const tag = `digest ${crypto.createHash('md5').update(deviceId).digest('hex')}`; // qready-expect: MD5 digest
  return [cipher, tag];
}

module.exports = { checkKeys };
