"use strict";
// Shapes of compiled and bundled npm packages (tsc's CommonJS output, noble-curves' helpers, the Signal
// protocol's ratchet, libp2p's WebCrypto cipher): names a module exports, operations given a key by name.
Object.defineProperty(exports, "__esModule", { value: true });
Object.defineProperty(exports, "ed25519PairFromSeed", { enumerable: true, get: function () { return fromSeed_js_1.ed25519PairFromSeed; } }); // qready-expect: EdDSA reference
Object.defineProperty(exports, "secp256k1Compress", { enumerable: true, get: function () { return compress_js_1.secp256k1Compress; } }); // qready-expect: ECDSA reference secp256k1
Object.defineProperty(exports, "mnemonicToEntropy", { enumerable: true, get: function () { return bip39_js_1.mnemonicToEntropy; } });
Object.defineProperty(window, "rsaSign", { value: 1 });
const secp256k1_js_1 = require("@noble/curves/secp256k1"); // qready-expect: ECDSA reference secp256k1

function isValidPrivateKey(privateKey) {
    return secp256k1_js_1.secp256k1.utils.isValidPrivateKey(privateKey); // qready-expect: ECDSA reference secp256k1
}
function randomKey(ed25519) {
    return ed25519.utils.randomPrivateKey(); // qready-expect: EdDSA reference
}
function helpers(utils) {
    return utils.randomBytes(32);
}

class SendingRatchet {
    async encrypt(message, keys, iv) {
        const aesKey = await Secret.importAES(keys[0]); // qready-expect: AES reference
        const cipherText = await Secret.encrypt(aesKey, message, iv); // qready-expect: AES encrypt
        const plain = await Secret.decrypt(aesKey, cipherText, iv); // qready-expect: AES decrypt
        const sealed = await box.encrypt(message, keyLength, iv);
        const padded = await box.encrypt(message, aesKeyLength, iv);
        return sealed.encrypt(cipherKey, plain, padded);
    }
}

async function encryptGcm(aesGcm, cryptoKey, data) {
    return crypto.subtle.encrypt(aesGcm, cryptoKey, data); // qready-expect: AES encrypt
}
async function signWith(rsaPrivateKey, payload) {
    return jwt.sign(payload, rsaPrivateKey); // qready-expect: RSA sign
}

// noble-ciphers' modes, each a function expression given its name; micro-rsa-dsa-dh's PKCS #1 primitives
export const ctr = wrapCipher({ blockSize: 16, nonceLength: 16 }, function aesctr(key, nonce) { // qready-expect: AES reference
    return { encrypt: (plaintext) => plaintext, decrypt: (ciphertext) => ciphertext };
});
export const helper = wrapCipher({ blockSize: 16 }, function wrapped(key) {
    return key;
});
function RSAEP(publicKey, m) { // qready-expect: RSA reference
    return m;
}
function RSADP(privateKey, c) { // qready-expect: RSA reference
    return c;
}

// graphene-pk11's PKCS #11 key types: DES2 is two-key triple DES, not DES
var KeyType;
(function (KeyType) {
    KeyType[KeyType["DES2"] = pkcs11.CKK_DES2] = "DES2"; // qready-expect: 3DES reference
    KeyType[KeyType["DES3"] = pkcs11.CKK_DES3] = "DES3"; // qready-expect: 3DES reference
})(KeyType || (KeyType = {}));
class KeyTypes {
    static secp = 'Secp256k1'; // qready-expect: ECDSA reference secp256k1
}
const aesCipher_1 = require("./aesCipher"); // qready-expect: AES reference
async function encryptWith(iv, key, plaintext) {
    const cipher = await (0, aesCipher_1.createCipher)(); // qready-expect: AES reference
    return cipher.update(plaintext);
}
var SHA1 = require("./sha1").SHA1; // qready-expect: SHA-1 reference
function finalize(x) {
    return (new SHA1).finalize(x); // qready-expect: SHA-1 reference
}
function privatePem(asnWriter) {
    return makePEM('DSA PRIVATE', asnWriter.buffer); // qready-expect: DSA reference
}

// @cryptography/sha1's CommonJS build (audit round 135): the module's one export, by its name
function sha1(message) { // qready-expect: SHA-1 reference
  return message;
}
module.exports = sha1; // qready-expect: SHA-1 reference

// rsa-key's tests and node-bignumber's example (rounds 131 and 103): an RSA key's format chosen by name is
// RSA's; a module named after RSA asked to wrap lines for printing is no RSA operation
function exportDer(testKey, rsa, sig) {
    const testEncoded = testKey.exportKey('pkcs1-public-der'); // qready-expect: RSA reference
    console.log("String signature: \n" + rsa.linebrk(sig, 64));
    return testEncoded;
}
// cozy-keys-lib's (Bitwarden's) encryption types, compiled: an enum of schemes, each its RSA key size named
var EncryptionType;
(function (EncryptionType) {
    EncryptionType[EncryptionType["Rsa2048_OaepSha256_B64"] = 3] = "Rsa2048_OaepSha256_B64"; // qready-expect: RSA reference 2048
})(EncryptionType || (EncryptionType = {}));
