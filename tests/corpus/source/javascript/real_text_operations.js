// Shapes from alipay-sdk and snowflake-sdk (round 19 of the source audit): an operation on text is named
// after its algorithm (`aesEncryptText`); a mode's constant asked its cipher's name selects it.
const crypto = require('crypto')
const AES_CBC = { cipherName: (bits) => `aes-${bits}-cbc`, ivSize: 16 } // qready-expect: AES reference

function aesEncryptText(plainText, key) { // qready-expect: AES reference
  return plainText
}

function encryptFile(key, keySize, iv) {
  const cipher = crypto.createCipheriv(AES_CBC.cipherName(keySize), key, iv) // qready-expect: AES reference
  return cipher
}

const rsaKeyName = 'primary'
module.exports = { aesEncryptText, encryptFile, rsaKeyName } // qready-expect: AES reference
exports.aesEncryptText = aesEncryptText // qready-expect: AES reference

// (round 21) Babel's interop reads a module's default export: `_EcdsaPublicKey.default.fromBytes` is
// `EcdsaPublicKey.fromBytes` (hashgraph's .cjs files)
function publicKeyFromBytes(_EcdsaPublicKey, data) {
  return _EcdsaPublicKey.default.fromBytes(data) // qready-expect: ECDSA reference
}

// (round 22) an Algorand standard is no RC2 (`ARC28Event`)
const { ARC28Event } = require('./arc28')
function newEvent() {
  return new ARC28Event()
}
// (round 65) nor its ARC-2 note format (algokit-utils)
function deployNote(TransactionComposer, updateParams) {
  return TransactionComposer.arc2Note({ dAppName: 'app', format: 'j', data: updateParams })
}

// (round 23) a PDF crypt filter's method names AES (pdfkit)
const cryptFilter = { CFM: 'AESV2', AuthEvent: 'DocOpen', Length: 16 } // qready-expect: AES reference
module.exports.cryptFilter = cryptFilter
