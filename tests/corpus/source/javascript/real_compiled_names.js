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

// A project's own module imported with its file extension (digitalbazaar's `import ed25519 from './ed25519.js'`,
// @azure/keyvault-keys' `-browser.mjs` files, xmldsigjs' compiled `require("./rsa_hash.js")`): calls on it
// are its algorithm's; a hash named by the function or the constant is the hash's.
import ed25519 from './ed25519.js'; // qready-expect: EdDSA reference
import { RsaCryptographyProvider } from './cryptography/rsaCryptographyProvider-browser.mjs'; // qready-expect: RSA reference
const rsa_hash_js_1 = require("./rsa_hash.js"); // qready-expect: RSA reference
async function generateFromSeed(seed) {
  return ed25519.generateKeyPairFromSeed(seed); // qready-expect: EdDSA keygen
}
async function fingerprintOf(data) {
  return new Uint8Array(await ed25519.sha256digest({data}));
}
function localProviders(keyMaterial) {
  return [new RsaCryptographyProvider(keyMaterial)]; // qready-expect: RSA reference
}
function hashOf(alg) {
  switch (alg) {
    case rsa_hash_js_1.SHA512:
      return 'sha512';
  }
}

// hdkey's checks: a call an assertion makes still runs; forge's module objects and functions defined on them.
function setPrivateKey(value) {
  assert(secp256k1.privateKeyVerify(value) === true, 'Invalid private key'); // qready-expect: ECDSA verify secp256k1
}
var aes = forge.aes = forge.aes || {}; // qready-expect: AES reference
pki.publicKeyToRSAPublicKeyPem = function (key, maxline) { // qready-expect: RSA reference
  return pem(key, maxline);
};
sha1.create = function () { // qready-expect: SHA-1 reference
  return new Sha1(); // qready-expect: SHA-1 reference
};
pki.toPem = function (key) {
  return pem(key);
};

// rn-encryption's web entry: functions of a package imported whole (bound to `web-secure-encryption`)
import * as WebEncryption from 'web-secure-encryption';
export const decryptAsyncRSA = WebEncryption.decryptAsyncRSA; // qready-expect: RSA reference
export const base64Encode = WebEncryption.base64Encode;

// dev-tunnels-ssh's key formatters: the parts of a key held in a variable named after its algorithm
function writeRsaPublicKey(writer, rsa) { // qready-expect: RSA reference
  writer.writeInteger(rsa.exponent); // qready-expect: RSA reference
  writer.writeInteger(rsa.modulus); // qready-expect: RSA reference
  writer.writeInteger(options.size);
}

// xml-encryption: XML Encryption 1.1's URIs have no month in their path
function keyLength(algorithm) {
  switch (algorithm) {
    case 'http://www.w3.org/2009/xmlenc11#aes128-gcm': // qready-expect: AES reference
      return 16;
  }
  return 0;
}

// (round 41) node-firebird's authentication plugins: SRP over SHA-256 is no P-256
const AUTH_PLUGIN_SRP256 = 'Srp256';
