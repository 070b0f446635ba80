// An Ethereum keystore's cipher (shaped on keythereum, audit round 36): browserify-aes, bound under the name
// `aes`, encrypts and decrypts with AES whatever the mode string it is given.
var aes = require('browserify-aes'); // qready-expect: AES reference

function encrypt(plaintext, key, iv, algo) {
  var cipher = aes.createCipheriv(algo, key, iv); // qready-expect: AES encrypt
  return Buffer.concat([cipher.update(plaintext), cipher.final()]);
}

function decrypt(ciphertext, key, iv, algo) {
  var decipher = aes.createDecipheriv(algo, key, iv); // qready-expect: AES decrypt
  return Buffer.concat([decipher.update(ciphertext), decipher.final()]);
}

module.exports = { encrypt, decrypt };
