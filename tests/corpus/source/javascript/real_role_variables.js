// A cipher, a hash or a curve given to its role by the variable holding it (shaped on virgil-crypto's
// recipient cipher, digest-fetch's hash function and @peculiar/x509's EC curves, audit rounds 68, 107 and
// 113): the variable's name says what it holds. A key given to a key's role, and a hash's value given to a
// `hash` field, say nothing of an algorithm.
const foundation = require("@virgilsecurity/core-foundation");
const md5 = require("md5"); // qready-expect: MD5 reference

function encrypt(data, publicKey, aesKey) {
  const aes256Gcm = new foundation.Aes256Gcm(); // qready-expect: AES reference 256
  const recipientCipher = new foundation.RecipientCipher();
  recipientCipher.encryptionCipher = aes256Gcm; // qready-expect: AES reference 256
  recipientCipher.key = aesKey;
  return recipientCipher.encrypt(data, publicKey);
}

class DigestClient {
  constructor(options) {
    this.hashFunc = md5; // qready-expect: MD5 reference
    this.options = options;
  }
}

function ecParams(brainpoolP256t1, sha1) {
  return { namedCurve: brainpoolP256t1, hash: sha1 }; // qready-expect: ECDSA reference brainpoolP256t1
}

module.exports = { encrypt, DigestClient, ecParams };
