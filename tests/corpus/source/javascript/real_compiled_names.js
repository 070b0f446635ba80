// Names in compiled JavaScript (shapes of @peculiar/webcrypto and react-native-quick-crypto's Babel output):
// a member named after an algorithm, an indirect call, a parameter type named in a string.
'use strict';
const core = require('webcrypto-core');
const crypto = require('crypto');

function importPrivate(data) {
  return AsnParser.parse(data, core.asn1.RsaPrivateKey); // qready-expect: RSA reference
}

function agree(a, b) {
  return crypto.diffieHellman({ privateKey: a, publicKey: b }); // qready-expect: FFDH reference
}

function generate(type, options) {
  return (0, _rsa.rsa_generateKeyPairNode)(type, options); // qready-expect: RSA keygen
}

const PARAMS = {
  encrypt: 'AesCtrParams', // qready-expect: AES reference
  label: 'Parameters', // not an algorithm
  note: 'RSA keys are slow', // a sentence
};

function check(name) {
  console.warn('RsaCipher missing', name); // a message
  return name;
}

module.exports = { importPrivate, agree, generate, PARAMS, check };

function isAesKey(key) { // qready-expect: AES reference
  return key instanceof AesCryptoKey; // qready-expect: AES reference
}

function isBytes(value) {
  return value instanceof Uint8Array || Buffer.isBuffer(value); // no algorithm
}

const PROVIDERS = [RsaSsaProvider, EcdsaProvider]; // qready-expect: ECDSA reference; RSA reference

// A compiled TypeScript enum (shapes from @azure/keyvault-keys and react-native-fast-rsa's dist code): each
// member's name is a string key of the enum object.
var KnownKeyWrapAlgorithm;
(function (KnownKeyWrapAlgorithm) {
  KnownKeyWrapAlgorithm["RsaAesKeyWrap256"] = "RSA_AES_KEY_WRAP_256"; // qready-expect: RSA reference; AES reference
  KnownKeyWrapAlgorithm["Plain"] = "PLAIN";
})(KnownKeyWrapAlgorithm || (KnownKeyWrapAlgorithm = {}));
const requestHeaders = {};
requestHeaders["Content-Type"] = "application/json";

// CommonJS as TypeScript compiles it (shapes from eccrypto-js): exports named after an algorithm, and calls
// on an exported module.
exports.aesCbcEncrypt = aesCbcEncrypt; // qready-expect: AES reference
exports.secp256k1Compress = secp256k1Compress; // qready-expect: ECDSA reference secp256k1
exports.randomBytes = randomBytes;
function secp256k1GetPublic(privateKey) { // qready-expect: ECDSA reference secp256k1
  return exports.secp256k1.publicKeyCreate(privateKey, false); // qready-expect: ECDSA reference secp256k1
}

// eccrypto-js's compiled index: modules re-exported, and calls on a project module imported under TypeScript's
// `_1` alias.
__export(require("./ecdsa")); // qready-expect: ECDSA reference
__export(require("./utils"));
const ecdh_1 = require("./ecdh"); // qready-expect: ECDH reference
function deriveShared(privateKey, publicKey) {
  return ecdh_1.derive(privateKey, publicKey); // qready-expect: ECDH key-agree
}

// forge's and digitalbazaar's shapes: a function defined on a module object, a key type compared by name.
forge.aes._expandKey = function (key, decrypt) { // qready-expect: AES reference
  return expandKey(key, decrypt);
};
forge.util.encode64 = function (input) {
  return btoa(input);
};
function isLegacyKey(options) {
  return options.type === 'Ed25519VerificationKey2018'; // qready-expect: EdDSA reference
}
